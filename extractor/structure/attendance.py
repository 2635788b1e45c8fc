"""Present, in-attendance and apologies lists: who was there, with roles and initials."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import Line
from .people import PeopleLexicon, Person, looks_like_name, looks_like_role, parse_person

INITIALS_LINE = re.compile(r"^\W*(?:[A-Z]{2,5}\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*\([A-Z]{2,4}\)")
APOLOGY_SENTENCE = re.compile(
    r"\bapologies(?:\s+for\s+absence)?\s+(?:were|was|had been|have been)?\s*"
    r"(?:received|accepted|noted|given|tendered|reported)?\s*(?:from|by|for)\s*:?\s*(?P<names>[^.\n]*)",
    re.I,
)
LIST_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+")
STOP_KINDS = {"heading", "marker", "rule"}


@dataclass
class Attendance:
    attendees: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    in_attendance: list[Person] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # line indices that hold the lists


def find_attendance(lines: list[Line], lex: PeopleLexicon, header_limit: int) -> Attendance:
    """Read every attendance list; header-less initials lists are looked for before `header_limit`."""
    found = Attendance()
    i = 0
    while i < len(lines):
        group, rest = _header(lines[i], lex)
        if group is None:
            i += 1
            continue
        people, used = _read_list(lines, i, rest, lex)
        if not people:
            i += 1
            continue
        found.consumed.update(used)
        target = {"present": found.attendees, "attend": found.in_attendance, "apologies": found.apologies}[group]
        target.extend(people)
        i = max(used) + 1
    if not found.attendees and not found.in_attendance:
        _initials_block(lines[:header_limit], lex, found)
    _apology_sentences(lines, lex, found)
    found.attendees.extend(p for p in found.in_attendance if p not in found.attendees)
    return found


def _header(line: Line, lex: PeopleLexicon) -> tuple[str | None, str]:
    """('present' | 'attend' | 'apologies', text after the colon) when the line heads a list."""
    if line.kind in {"blank", "rule", "marker"}:
        return None, ""
    words = line.text[line.content_start - line.start:]
    words = re.sub(r"^[\s:*#=_]+|[\s*#=_]+$", "", words).replace("**", "")
    for group, phrases in (("apologies", lex.apologies), ("attend", lex.in_attendance), ("present", lex.present)):
        for phrase in phrases:
            match = re.match(rf"^{re.escape(phrase)}\s*(?:[:\-–]\s*(?P<rest>.*)|$)", words, re.I)
            if match:
                return group, (match.group("rest") or "").strip()
    return None, ""


def _read_list(lines: list[Line], start: int, rest: str, lex: PeopleLexicon) -> tuple[list[Person], set[int]]:
    """People listed after a header line: inline after the colon, or in the lines below it."""
    used = {start}
    if rest:
        text = rest
        j = start + 1
        while j < len(lines) and lines[j].kind in {"text", "bullet"} and _header(lines[j], lex)[0] is None:
            text += " " + lines[j].text.strip()
            used.add(j)
            j += 1
        return _people_in_text(text, lex), used
    people: list[Person] = []
    j = start + 1
    table_header: list[str] | None = None
    while j < len(lines):
        line = lines[j]
        if line.kind == "blank" or line.kind == "rule" and "|" in line.text:
            j += 1
            continue
        if line.kind in STOP_KINDS and not (line.kind == "heading" and looks_like_name(line.text, lex)):
            break
        if _header(line, lex)[0] is not None:
            break
        if line.kind == "table":
            cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
            if table_header is None:
                table_header = [c.lower() for c in cells]
            else:
                person = _person_from_row(table_header, cells, lex)
                if person:
                    people.append(person)
            used.add(j)
            j += 1
            continue
        block = [j]
        while j + 1 < len(lines) and lines[j + 1].kind not in {"blank", "rule", "marker", "table"} and _header(lines[j + 1], lex)[0] is None:
            j += 1
            block.append(j)
        found = _people_in_block([lines[k].text for k in block], lex)
        if not found:
            break
        people.extend(found)
        used.update(block)
        j += 1
    return people, used


def _people_in_block(texts: list[str], lex: PeopleLexicon) -> list[Person]:
    """A run of lines: 'name / role' pairs, one person a line, or a comma-separated list."""
    stripped = [t.strip() for t in texts]
    if any("," in t for t in stripped) and not any(parse_person(t, lex) for t in stripped if "," not in t):
        joined = " ".join(stripped)
        if sum(bool(looks_like_name(p, lex)) for p in LIST_SPLIT.split(joined)) >= 2:
            return _people_in_text(joined, lex)
    people: list[Person] = []
    k = 0
    while k < len(stripped):
        if people and k > 0 and looks_like_role(stripped[k], lex) and not looks_like_name(stripped[k], lex):
            people[-1].role = ", ".join(filter(None, [people[-1].role, stripped[k]]))
            k += 1
            continue
        person = parse_person(stripped[k], lex)
        if person is None:
            return people
        people.append(person)
        k += 1
    return people


def _people_in_text(text: str, lex: PeopleLexicon) -> list[Person]:
    people = []
    for part in LIST_SPLIT.split(text):
        person = parse_person(part, lex)
        if person:
            people.append(person)
    return people


def _person_from_row(header: list[str], cells: list[str], lex: PeopleLexicon) -> Person | None:
    def column(*names: str) -> str | None:
        for index, title in enumerate(header):
            if any(n in title for n in names) and index < len(cells) and cells[index]:
                return cells[index]
        return None

    name = column("name") or (cells[0] if cells else "")
    person = parse_person(name, lex, role=column("affiliation", "organisation", "organization", "role", "title", "position"))
    if person:
        person.initials = column("initial") or person.initials
        handle = column("github", "gh ", "handle", "username")
        person.handle = handle.lstrip("@") if handle else person.handle
    return person


def _initials_block(lines: list[Line], lex: PeopleLexicon, found: Attendance) -> None:
    """Fire-board style: 'Stephen Mold (SM)' lines at the top with no header at all."""
    run: list[int] = []
    for line in lines:
        if line.kind == "blank":
            continue
        if INITIALS_LINE.match(line.text.strip()) and parse_person(line.text, lex):
            run.append(line.index)
        elif len(run) >= 3:
            break
        else:
            run = []
    if len(run) >= 3:
        found.attendees.extend(p for p in (parse_person(lines[k].text, lex) for k in run) if p)
        found.consumed.update(run)


def _apology_sentences(lines: list[Line], lex: PeopleLexicon, found: Attendance) -> None:
    """'Apologies were accepted from Rob Porter' (names may follow on the next line)."""
    known = {p.name for p in found.apologies}
    for i, line in enumerate(lines):
        match = APOLOGY_SENTENCE.search(line.text)
        if not match:
            continue
        names = match.group("names").strip()
        if not names:
            following = next((l for l in lines[i + 1:i + 4] if l.kind != "blank"), None)
            names = following.text.strip() if following else ""
            if following is not None and _people_in_text(names, lex):
                found.consumed.add(following.index)
        for person in _people_in_text(names, lex):
            if person.name not in known:
                found.apologies.append(person)
                known.add(person.name)
