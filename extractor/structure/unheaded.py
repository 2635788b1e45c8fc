"""People present without a list header: header-less lists and tables, 'Chair:' lines, lists inside
running text, and names a lost comma ran together.

Each reader adds to `lists` (group -> people) and to `consumed` (line indices that hold
nothing but the list); `find_attendance` decides which to call and in what order.
"""

from __future__ import annotations

import re

from .flat import running_lists, split_at_headers
from .headers import APOLOGY_SENTENCE, content, header_of
from .layout import Line
from .people_tables import vertical_table
from .presence import before_absence_sentence, wraps_on
from .people import (
    PeopleLexicon,
    Person,
    bare,
    has_person_cue,
    is_post,
    looks_like_name,
    looks_like_role,
    parse_person,
    people_in_text,
    person_key,
    same_person,
    split_list,
)

_BOLD_MARKS = re.compile(r"[*_]{2}")  # compiled once, not looked up in re's cache at every call

GROUPS = ("present", "attend", "apologies", "said")  # 'said': apologies given in a sentence
NUMBERED_HEADING = re.compile(r"^\W*(?:item\s+)?\d{1,3}(?:\.\d{1,2})*[.):]?\s+\w", re.I)  # '1. Apologies', '4.2 Finance'
INITIALS_LINE = re.compile(r"^\W*(?:[A-Z]{2,5}\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*\([A-Z]{2,4}\)")


def run_together(people: list[Person], body: str) -> list[Person]:
    """'Ann Lee, Bo Roe, Cai Ida Poe, Di Fox': a comma lost between 'Cai' and 'Ida Poe'. Split a
    three-word name in a list of two-word names only when the minutes use both first names alone
    ('Cai will ...', 'Ida to send ...') and never the two together."""
    if len(people) < 4 or sum(len(p.name.split()) == 2 for p in people) < len(people) - 1:
        return people
    out: list[Person] = []
    for person in people:
        words = person.name.split()
        if len(words) == 3 and all(w[:1].isupper() and w.isalpha() for w in words) and not person.initials:
            first, second = words[0], words[1]
            alone = re.search(rf"\b{first}\b(?!\s+{second})", body) and re.search(rf"(?<!{first}\s)\b{second}\b", body)
            if alone and not re.search(rf"\b{first}\s+{second}\b", body):
                out.append(Person(name=first, mention=first))
                out.append(Person(name=f"{second} {words[2]}", mention=person.mention, role=person.role))
                continue
        out.append(person)
    return out


def lists_in_running_text(head: list[Line], headers: list, lex: PeopleLexicon, consumed: set[int],
                   lists: dict[str, list[Person]]) -> None:
    """Lists inside a line of running text ('... at 7pm Present: Cllr A, Cllr B In attendance: ...').

    The line also holds the title or the first items, so it stays a line of units (not consumed).
    """
    joined: set[int] = set()
    for line in head:
        if line.index in consumed or line.index in joined or headers[line.index][0] \
                or line.kind not in {"text", "heading", "bullet"}:
            continue
        words, last = content(line), line.text
        for below in head[line.index + 1:]:  # '... In attendance were A (chair),' / 'B, C and D.': wrapped prose
            if line.kind != "text" or below.kind != "text" or below.index in consumed or headers[below.index][0] \
                    or not wraps_on(last, below.text, lex):
                break
            words, last = words + " " + below.text.strip(), below.text
            joined.add(below.index)
        words = before_absence_sentence(words)  # '... C and D. Eve Fox and Fay Gee sent apologies.'
        found = [(group, people_in_text(text, lex), marked) for group, text, marked in running_lists(words, lex)]
        several = any(len(people) >= 2 for _, people, _ in found)
        for group, people, marked in found:
            if len(people) < 2 and not (people and marked and several):
                continue  # one name after a header word in prose ('... apologies were received from Ann.')
            known = lists[group] if group == "apologies" else lists["present"] + lists["attend"]
            lists[group].extend(p for p in people if not any(same_person(p, other) for other in known))


def vertical_tables(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """A table flattened to one cell a line with no header above it: 'Name' / 'Category' / 'Attendance'
    titles, then the rows (see people_tables.vertical_table)."""
    for line in head:
        if line.index in consumed or lex.column_kind(line.text.strip()) != "name" or line.text[:1].isspace():
            continue  # 'Ann Lee' / '   Trustee' is a name and its post, not a table's titles
        entries, used = vertical_table(head, line.index, "present", lex)
        for group, person in entries:
            lists[group].append(person)
        consumed.update(used)


def initials_block(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """Fire-board style: 'Karen Holt (KH)' lines at the top with no header at all."""
    run: list[int] = []
    for line in head:
        if line.kind == "blank":
            continue
        if INITIALS_LINE.match(line.text.strip()) and parse_person(line.text, lex):
            run.append(line.index)
        elif len(run) >= 3:
            break
        else:
            run = []
    if len(run) >= 3:
        lists["present"].extend(p for p in (parse_person(head[k].text, lex) for k in run) if p)
        consumed.update(run)


def headerless_list(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """A list with no header between the title block and the apologies or first item:
    'Mr A Lee (Chair), Ms B Roe, Cllr C Poe' or cells 'A Lee (Chair) | B Roe | C Poe |', with
    every cell a person; three people at least."""
    run: list[tuple[Line, list[Person]]] = []
    for line in head:
        text = (line.text if line.kind == "table" else content(line)).strip()
        if line.kind == "blank" or line.index in consumed:
            continue
        if APOLOGY_SENTENCE.search(line.text) or header_of(line, lex)[0] or line.kind == "marker" or line.numbered \
                or line.kind == "heading" and NUMBERED_HEADING.match(content(line)):
            break  # the list, if any, sits above the apologies and the first item ('## 1. Apologies')
        people = _people_line(text, lex)
        if people:
            run.append((line, people))
        elif sum(len(p) for _, p in run) >= 3:
            break
        else:
            run = []
    if sum(len(p) for _, p in run) >= 3:
        for line, people in run:
            lists["present"].extend(people)
            consumed.add(line.index)


def _people_line(text: str, lex: PeopleLexicon) -> list[Person]:
    """The people of a line that holds nothing else: each cell a name with a title, initials or a
    bracketed role ('Mrs A Lee', 'A Lee', 'Ann Lee (Clerk)'); a lone cell needs one of those."""
    cells = [c for c in re.split(r"\s*\|\s*", text.strip(" |")) if c.strip()]
    parts = [part for cell in cells for _, part in split_list(cell)]
    if not parts:
        return []
    people = []
    for part in parts:
        person = parse_person(part, lex)
        words = bare(part).split()
        marked = has_person_cue(part, lex) or "(" in part or " – " in part \
            or len(words) >= 2 and re.fullmatch(r"[A-Z]\.?", words[0]) is not None
        if person is None or not (marked or len(parts) >= 2 and 2 <= len(person.name.split()) <= 3):
            return []
        if person.role and set(re.findall(r"[a-z]+", person.role.lower())) & lex.not_list_qualifiers:
            return []  # 'Ann Lee (nominated by ..., seconded by ...)': a candidate, not someone present
        people.append(person)
    return people


FIELD = re.compile(r"^(?P<label>[A-Za-z][\w'’ -]{0,40}?)\s*:\s*(?P<rest>\S.*)$")
FIELD_GAP = re.compile(r"\t+|[^\S\n]{3,}")


def field_rows(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """'Chair: Ann Lee   Secretary: Bo Roe   Present: Cai Poe, Di Fox': a form's fields on one line parted
    by column gaps, each a post label or a list header with its people."""
    for line in head:
        if line.index in consumed or line.kind not in {"text", "table"} or not FIELD_GAP.search(line.text.strip()):
            continue
        fields, headed = split_at_headers(content(line).strip(), lex)
        cells = [c for c in FIELD_GAP.split(fields) if c.strip()]
        matches = [FIELD.match(c.strip()) for c in cells]
        if len(cells) + len(headed) < 2 or not all(m and _role_label(m.group("label"), lex) for m in matches):
            continue
        found = [(m.group("label"), "present", people_in_text(m.group("rest"), lex)) for m in matches if m]
        found += [(None, group, people_in_text(words, lex)) for group, words in headed]
        if not all(people for _, _, people in found):
            continue
        for label, group, people in found:
            for person in people:
                person.role = person.role or label
                lists[group].append(person)
        consumed.add(line.index)


def role_lines(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """'Chair: Pat Greenhalgh', 'Minutes: Ellie Shaw, Programme Support Officer' near the top: present too.

    Above an attendance list such lines name the body's officers ('Chair: H. Ames', 'Clerk: ...'),
    not who came, so the caller passes only the lines from the first list on.
    """
    for line in head:
        if line.index in consumed or line.kind == "blank":
            continue
        text = _BOLD_MARKS.sub("", content(line)).strip()
        # 'Chairman: Ann Lee; Members: Bo Roe, Cai Poe; Secretary: Dee Fox', 'When: 3 May · Who: Ann, Bo · Notes: Cai':
        # fields parted by semicolons or dots
        fields = FIELD_CUT.split(text) if FIELD_MARK.search(text) else [text]
        for field in fields:
            if _role_line_people(field, lex, lists) and len(fields) == 1:
                consumed.add(line.index)
            elif len(fields) > 1:
                _field_people(field, lex, lists)


ROLE_LINE = re.compile(r"^(?P<label>[A-Za-z][\w'’ -]{0,40}?)\s*:\s*(?P<rest>[^\d:]+)$")
FIELD_CUT = re.compile(r"\s*(?:;|\s[·•|])\s+(?=[A-Z][\w'’ -]{0,40}:\s)")
FIELD_MARK = re.compile(r";|\s[·•|]\s")


def _field_people(text: str, lex: PeopleLexicon, lists: dict[str, list[Person]]) -> None:
    """One field of a line of fields that is a list header or label ('Who: Ann Lee, Bo Roe', 'Attendees: ...')."""
    match = ROLE_LINE.match(text)
    if not match:
        return
    label = " ".join(match.group("label").lower().split())
    group = next((g for g, words in (("present", lex.present + lex.present_labels),
                                      ("attend", lex.in_attendance + lex.in_attendance_labels),
                                      ("apologies", lex.apologies)) if label in words), None)
    if group is None:
        return
    listed = {person_key(p) for g in GROUPS for p in lists[g]}
    lists[group].extend(p for p in people_in_text(match.group("rest"), lex) if person_key(p) not in listed)


def _role_line_people(text: str, lex: PeopleLexicon, lists: dict[str, list[Person]]) -> bool:
    """Add the person a 'Chair: Pat Greenhalgh' field names to those present; whether it named someone."""
    match = ROLE_LINE.match(text)
    if not match or not (_role_label(match.group("label"), lex) or _body_label(match.group("label"), match.group("rest"), lex)):
        return False
    if set(re.findall(r"[a-z]+", match.group("rest").lower())) & lex.not_list_qualifiers:
        return False  # 'President: Ana Bell, elected unopposed' records an election, not who came
    people = [p for p in people_in_text(match.group("rest"), lex, handles=False) if len(p.name.split()) >= 2]
    listed = {person_key(p) for group in GROUPS for p in lists[group]}
    for person in (p for p in people if person_key(p) not in listed):
        person.role = person.role or match.group("label")
        lists["present"].append(person)
    return bool(people)


def _body_label(label: str, rest: str, lex: PeopleLexicon) -> bool:
    """'Police Scotland: PC Alasdair Ross', 'Ex officio: Cllr Fiona Drummond (Highland Council)': a body
    sending someone, when every entry after it is a person with a title or post written first."""
    lowered = set(label.lower().split())
    if lowered & lex.not_role_labels or not looks_like_role(label, lex) or looks_like_name(label, lex):
        return False
    parts = [part for _, part in split_list(rest)]
    return bool(parts) and all(has_person_cue(part, lex) and parse_person(part, lex) is not None for part in parts)


def _role_label(label: str, lex: PeopleLexicon) -> bool:
    """'Chair', 'Minutes', 'Governance Professional' head a present person; 'Contact Officer' does not."""
    lowered = " ".join(label.lower().split())
    if lowered in lex.role_labels:
        return True
    served = re.fullmatch(r"(?P<post>.+?)\s+to\s+the\s+[a-z]+(?:\s+[a-z]+)?", lowered)
    if served and served.group("post") in lex.role_labels:
        return True  # 'Clerk to the Panel', 'Secretary to the Board': the post, whichever body it serves
    if set(lowered.split()) & lex.not_role_labels:
        return False
    # a post someone holds ('Town Clerk'), not a word of a resolution ('Elected:', 'Seconded:')
    return is_post(label, lex) and looks_like_role(label, lex) and not looks_like_name(label, lex)
