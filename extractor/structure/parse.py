"""parse_structure: title, date, attendance, agenda items and headings of one minutes text."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .attendance import find_attendance
from .dates import find_dates, find_time
from .front_matter import FrontMatter, parse_front_matter
from .layout import ITEM_WORD, Line, LayoutRules, default_layout_rules, is_cue_heading, is_heading_text, scan_lines
from .meeting_date import HeaderRules, choose_meeting_date, default_header_rules
from .people import PeopleLexicon, Person, default_lexicon, parse_person, people_in_text

AI_OPEN = re.compile(r"<AI(?P<n>\d+)>")
# OCR and some PDF text put two spaces between every word ('Ashdown  Community  Trust'); a wider gap is a column's
OCR_DOUBLE_SPACE = re.compile(r"(?<=\S) {2}(?=\S)")
NUMBERED_TITLE = re.compile(r"^\s*(?:item\s+)?(?P<n>\d{1,3}(?:\.\d{1,2})?|\d{1,4}/\d{1,4})[.):]?\s+(?:[-–—]\s+)?(?P<title>\S.*)$",
                            re.I)  # 'Item 4 – Finance': the dash is no part of the title
VENUE_LINE = re.compile(r"^\W*(?:venue|location|place|where)\s*:\s*(?P<venue>.+)$", re.I)
VENUE_AFTER_TIME = re.compile(r"\b(?:\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|\d{1,2}\s*[ap]\.?m\.?)\s*,?\s+(?:in|at)\s+(?:the\s+)?(?P<venue>[^.]+)", re.I)
TITLE_NOISE = re.compile(r"\b(?:minutes?|meeting|notes)\b(?:\s+of(?:\s+the)?)?|\bheld\s+on\b", re.I)
HEADER_CHARS = 3000
PAGE_FURNITURE = re.compile(r"(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|-\s*\d{1,3}\s*-|draft|confidential)", re.I)


@dataclass
class AgendaItem:
    number: str | None
    title: str
    start: int
    end: int


@dataclass
class Heading:
    start: int
    end: int
    text: str
    level: int
    line: int


@dataclass
class MeetingStructure:
    title: str | None = None
    body: str | None = None
    date: dt.date | None = None
    time: str | None = None
    venue: str | None = None
    attendees: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    in_attendance: list[Person] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    skip_lines: set[int] = field(default_factory=set)  # lines that hold structure, not units
    warnings: list[str] = field(default_factory=list)
    next_meeting: dt.date | None = None  # "Date of next meeting: ...": resolves "by the next meeting"

    # item and heading starts, built once (not once a unit: that made long minutes quadratic)
    _starts: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def _offsets(self) -> tuple[list[int], list[int], bool]:
        key = (id(self.items), len(self.items), id(self.headings), len(self.headings))
        if self._starts is None or self._starts[0] != key:
            heading_starts = [heading.start for heading in self.headings]
            ordered = all(a <= b for a, b in zip(heading_starts, heading_starts[1:]))
            self._starts = (key, [item.start for item in self.items], heading_starts, ordered)
        return self._starts[1], self._starts[2], self._starts[3]

    def item_at(self, offset: int) -> AgendaItem | None:
        starts = self._offsets()[0]
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.items[index].end:
            return self.items[index]
        return None

    def section_at(self, offset: int) -> str | None:
        """The nearest heading above `offset` inside its agenda item (not the item title)."""
        item = self.item_at(offset)
        floor = item.start if item else 0
        _, starts, ordered = self._offsets()
        last = bisect_left(starts, offset) if ordered else len(self.headings)  # headings from here on start later
        for index in range(last - 1, -1, -1):
            heading = self.headings[index]
            if heading.start < offset and heading.start >= floor:
                if item and heading.text == item.title:
                    return None
                return heading.text
            if heading.start < floor:
                break
        return None


def parse_structure(
    text: str, lex: PeopleLexicon | None = None, fallback_date: dt.date | None = None,
    header_rules: HeaderRules | None = None, layout_rules: LayoutRules | None = None,
) -> MeetingStructure:
    """Read the structure of one minutes text (a pure function; see MeetingStructure)."""
    lex = lex or default_lexicon()
    header_rules = header_rules or default_header_rules()
    lines = scan_lines(text, layout_rules)
    meeting = MeetingStructure(lines=lines)
    front = parse_front_matter(lines, header_rules.front_matter_keys)
    meeting.skip_lines.update(front.lines)
    header_limit = _line_at(lines, HEADER_CHARS)
    attendance = find_attendance(lines, lex, header_limit)
    meeting.attendees, meeting.apologies = attendance.attendees, attendance.apologies
    meeting.in_attendance = attendance.in_attendance
    meeting.skip_lines.update(attendance.consumed)
    _front_matter_people(meeting, front, header_rules, lex)
    title_line = _title_line(lines[:header_limit], meeting.skip_lines, lex, layout_rules)
    if title_line is not None:
        title = _heading_text(title_line) if title_line.kind == "heading" else title_line.text.strip()
        meeting.title = OCR_DOUBLE_SPACE.sub(" ", title)
        meeting.skip_lines.add(title_line.index)
    excluded = meeting.skip_lines | {title_line.index if title_line else -1}
    meeting.items, item_lines = _items(text, lines, lex, excluded)
    meeting.skip_lines.update(item_lines)
    meeting.headings = [
        Heading(ln.content_start, ln.end, _heading_text(ln), ln.level, ln.index)
        for ln in lines
        if ln.kind == "heading" and ln.index not in attendance.consumed
    ]
    meeting.skip_lines.update(ln.index for ln in lines if ln.kind in {"heading", "rule", "marker"})
    dollars = _month_first(text)
    body_from = max(attendance.consumed) + 1 if attendance.consumed else None
    _header_facts(meeting, lines[:header_limit], fallback_date, dollars, front, header_rules, body_from)
    meeting.next_meeting = _next_meeting(lines, meeting.date)
    if not meeting.attendees:
        meeting.warnings.append("no attendee list found")
    if meeting.date is None:
        meeting.warnings.append("no meeting date found")
    return meeting


def _heading_text(line: Line) -> str:
    return line.text[line.content_start - line.start:].strip().strip("#=*_ ").rstrip(":").strip()


def _front_matter_people(meeting: MeetingStructure, front: FrontMatter, rules: HeaderRules, lex: PeopleLexicon) -> None:
    """People a site's front matter lists ('attendees:', 'directors:', 'apologies:'), when the text did not."""
    known = {p.name.lower() for p in meeting.attendees + meeting.apologies}
    for key, value in front.fields.items():
        group = meeting.attendees if key in rules.front_matter_present else \
            meeting.apologies if key in rules.front_matter_apologies else None
        if group is None:
            continue
        entries = value if isinstance(value, list) else [value]
        people = [p for entry in entries for p in (
            [parse_person(entry, lex)] if isinstance(value, list) else people_in_text(entry, lex))]
        for person in people:
            if person is not None and person.name.lower() not in known:
                group.append(person)
                known.add(person.name.lower())


def _line_at(lines: list[Line], offset: int) -> int:
    return next((ln.index for ln in lines if ln.start >= offset), len(lines))


def _title_line(head: list[Line], skip: set[int], lex: PeopleLexicon, layout_rules: LayoutRules | None) -> Line | None:
    """The document's title: a heading among the first lines, or a short first line."""
    content = [ln for ln in head if ln.kind not in {"blank", "rule"} and ln.index not in skip][:5]
    passed_date = False
    for line in content:
        words = _heading_text(line) if line.kind == "heading" else line.text.strip()
        if words.lower() in lex.generic_headings or is_cue_heading(words):
            continue
        if PAGE_FURNITURE.fullmatch(words) and line is next(ln for ln in head if ln.kind not in {"blank", "rule"}):
            continue  # 'Page 1 of 4', 'DRAFT' over the title at the very top: page furniture
        if (layout_rules or default_layout_rules()).masthead.search(words):
            continue  # 'Public Document Pack', a letterhead's address and contacts, a publication stamp
        if find_dates(words) and _date_only(words):
            passed_date = True  # a bare date line comes after the title, never before it
            continue
        titled = is_heading_text(words, layout_rules) or re.search(r"\b(?:Minutes|Meeting|MINUTES|MEETING)\b", words) \
            or _named_meeting(words, layout_rules)
        if line.kind == "heading" or not passed_date and len(words) < 100 and titled:
            return line
        return None
    return None


# 'Project Heron – weekly team meeting': a name, a dash, then the kind of meeting in lower case
NAMED_MEETING = re.compile(r"^(?P<name>[A-Z][^–—:]{1,60}?)\s+[–—-]\s+(?:[a-z][\w'-]*\s+){0,3}"
                           r"(?:meeting|minutes|call|sync|stand-?up|check-?in|catch-?up)$")


def _named_meeting(words: str, layout_rules: LayoutRules | None) -> bool:
    """A title whose meeting word is in lower case after a dash; the name before the dash must read as a
    title, so a pad's first comment ('Please add notes – see meeting') is none."""
    match = NAMED_MEETING.match(words)
    return bool(match) and is_heading_text(match.group("name"), layout_rules)


def _items(text: str, lines: list[Line], lex: PeopleLexicon, excluded: set[int]) -> tuple[list[AgendaItem], set[int]]:
    """Agenda items from <AIn> markers, else numbered headings, else the main heading level."""
    starts = [ln.start for ln in lines]
    marked = list(AI_OPEN.finditer(text))
    if marked:
        return _marked_items(text, lines, starts, marked)
    candidates = [ln for ln in lines if ln.index not in excluded]
    roman = _roman_items(candidates)
    if len(roman) >= 2:  # 'I. CALL TO ORDER', 'II. ROLL CALL': the numbers 1., 2. below them are the items' points
        return _spans(text, [(n, title, ln.start) for n, title, ln in roman]), {ln.index for _, _, ln in roman}
    numbered = [ln for ln in candidates if ln.kind == "heading" and ln.level == 7
                and (NUMBERED_TITLE.match(ln.text) or ln.numbered)]
    numbered += [ln for ln in candidates if ln.kind == "marker"]
    run_in = _run_in_minutes(lines)  # attendance lines too: "18/19 Apologies for absence: Cllrs A and B"
    if len(numbered) + len(run_in) >= 2:
        items, used = _numbered_items(text, lines, sorted(numbered, key=lambda ln: ln.start))
        if not run_in:
            return items, used
        entries = [(item.number, item.title, item.start) for item in items] + run_in
        return _spans(text, sorted(entries, key=lambda entry: entry[2])), used
    headed = [
        ln for ln in candidates
        if ln.kind == "heading" and not is_cue_heading(_heading_text(ln))
        and _heading_text(ln).lower() not in lex.generic_headings and ":" not in _heading_text(ln)
    ]
    # The level with most headings (ties: the shallower) holds the agenda items.
    counts = {level: sum(ln.level == level for ln in headed) for level in {ln.level for ln in headed}}
    ranked = sorted(counts, key=lambda level: (-counts[level], level))
    if ranked and counts[ranked[0]] >= 2:
        chosen = [ln for ln in headed if ln.level == ranked[0]]
        return _spans(text, [(_reference(ln), _heading_text(ln), ln.start) for ln in chosen]), set()
    return [], set()


RUN_IN_TITLE = re.compile(r"(?P<title>[^:]{2,60}?)\s*:\s+\S")  # 'Apologies: Cllr A sent his apologies.'


def _run_in_minutes(candidates: list[Line]) -> list[tuple[str, str, int]]:
    """'82/23 Apologies: Cllr A sent his apologies.': a minute's reference and title run into its first sentence.
    The minute starts an item (number, title, start) while its line stays a unit; only a reference (a slash or
    the word 'item'), as a plain '1. Ann: ...' is as often a list of tasks."""
    rules = default_layout_rules()
    found = []
    for line in candidates:
        if line.kind != "text" or not line.text.lstrip()[:1].isdecimal() and not line.text.lstrip()[:1].isupper():
            continue
        ref = rules.minute_ref.match(line.text)
        if ref is None or rules.not_minute_ref.match(ref.group("ref")) or ref.group("ref").replace(".", "").isdigit():
            continue
        title = RUN_IN_TITLE.match(line.text, ref.end())
        if title and len(title.group("title").split()) <= 8 and is_heading_text(title.group("title"), rules):
            rest = line.text[ref.end():].strip()
            # 'ICB 23/64  Resident story: “Getting home”': a subtitle, no sentence, after the colon is the title's own
            whole = not rest.endswith((".", "!", "?", ";")) and len(rest.split()) <= 12
            found.append((ITEM_WORD.sub("", ref.group("ref")), rest if whole else title.group("title").strip(),
                          line.start))
    return found


ROMAN_TITLE = re.compile(r"^\s*(?P<n>[IVX]{1,5})\.\s+(?P<title>\S.*?)\s*$")
ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
          "XVIII", "XIX", "XX")


def _roman_items(candidates: list[Line]) -> list[tuple[str, str, Line]]:
    """Items numbered 'I.', 'II.', 'III.' (US agendas): only a run that counts up from I, so a lone 'V. Patel'
    in a list of people or 'I. Introduction' in a report's text is no item."""
    found: list[tuple[str, str, Line]] = []
    for line in candidates:
        match = ROMAN_TITLE.match(line.text) if line.kind in {"text", "heading"} and line.text.lstrip()[:1] in "IVX" \
            else None
        if match is None or len(found) >= len(ROMANS) or match.group("n") != ROMANS[len(found)]:
            continue
        title = match.group("title").strip("*_ ").rstrip(":")
        if is_heading_text(title) or title.isupper() and len(title) <= 90:
            found.append((match.group("n"), title, line))
    return found


def _reference(line: Line) -> str | None:
    """A minute's reference the layout read off a heading ('31/22'); plain list numbers do not count here."""
    return line.numbered if line.numbered and not line.numbered.isdigit() else None


def _marked_items(text, lines, starts, marked) -> tuple[list[AgendaItem], set[int]]:
    found, used = [], set()
    for match in marked:
        close = text.find(f"</AI{match.group('n')}>", match.end())
        end = close + len(f"</AI{match.group('n')}>") if close >= 0 else len(text)
        first = bisect_right(starts, match.end())
        number, title = match.group("n"), ""
        for line in lines[first:first + 8]:
            if line.start >= end or line.kind == "blank":
                continue
            if line.kind == "marker" and not title:
                number = line.numbered or number
                used.add(line.index)
                continue
            title = _heading_text(line) if line.kind == "heading" else line.text.strip()
            used.add(line.index)
            break
        found.append(AgendaItem(number, title, match.start(), end))
    return found, used


def _numbered_items(text, lines, heads) -> tuple[list[AgendaItem], set[int]]:
    entries, used = [], set()
    for line in heads:
        if line.kind == "marker":
            following = next((ln for ln in lines[line.index + 1:line.index + 4] if ln.kind != "blank"), None)
            if following is None:
                continue
            entries.append((line.numbered, following.text.strip(), line.start))
            used.update({line.index, following.index})
        elif _reference(line) or line.numbered and not NUMBERED_TITLE.match(line.text):
            # 'CM 12/24 Correspondence', 'Agenda item 4 – Finance': the layout read the reference off
            entries.append((line.numbered, _heading_text(line).lstrip("-–— "), line.start))
        else:
            match = NUMBERED_TITLE.match(line.text)
            entries.append((match.group("n"), match.group("title").strip().rstrip(":"), line.start))
    return _spans(text, entries), used


def _spans(text: str, entries: list[tuple[str | None, str, int]]) -> list[AgendaItem]:
    items = []
    for k, (number, title, start) in enumerate(entries):
        end = entries[k + 1][2] if k + 1 < len(entries) else len(text)
        items.append(AgendaItem(number, title, start, end))
    return items


def _header_facts(
    meeting: MeetingStructure, head: list[Line], fallback: dt.date | None, dollars: bool,
    front: FrontMatter, rules: HeaderRules, body_from: int | None = None,
) -> None:
    """Title, body, date, time and venue from the top of the document (the body starts at line `body_from`)."""
    if meeting.title:
        body = " ".join(TITLE_NOISE.sub(" ", _strip_dates(meeting.title)).split()).strip(" -–,:#")
        meeting.body = body or None
    held = choose_meeting_date(head, front.lines, fallback, front, dollars, rules, body_from)
    meeting.date = held.date
    meeting.warnings.extend(held.warnings)
    if held.source == "text":
        meeting.time = find_time(held.after) or find_time(held.sentence)
        venue = VENUE_AFTER_TIME.search(held.sentence)
        meeting.venue = venue.group("venue").strip() if venue else None
    for line in head:
        if line.index in front.lines:
            continue
        venue = VENUE_LINE.match(line.text)
        if venue and not meeting.venue:
            meeting.venue = re.sub(r"\s*View directions\s*$", "", venue.group("venue")).strip()
        if meeting.time is None and re.search(r"\b(time|called to order|start(ed)?)\b", line.text, re.I):
            meeting.time = find_time(line.text.replace("_", ""))


# spellings that place a document: month-first dates are American; Australian, New Zealand and Canadian
# minutes also count dollars but write the day first ('Cr', 'Councillor', 'centre', 'organisation')
US_SPELLING = re.compile(r"\b(?:[Cc]enter|[Oo]rganization|[Nn]eighborhood|[Cc]olor|[Ll]abor|[Ff]avor|[Cc]ouncilmember|"
                         r"Pledge of Allegiance|[Bb]ehavior|Select ?[Bb]oard|Board of Selectmen|Township|Mayor Pro Tem|"
                         r"City Manager|Village Manager|Town Manager|Ordinance No|[Ff]iscal [Yy]ear)\b")
COMMONWEALTH_SPELLING = re.compile(r"\b(?:[Cc]entre|[Oo]rganisation|[Nn]eighbourhood|[Cc]olour|[Ll]abour|[Ff]avour|"
                                   r"[Cc]ouncill?or|Cllr|Cr|[Pp]rogramme)\b")


NUMERIC_DATE = re.compile(r"(?<![\w./-])(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)(?:19|20)?\d\d"
                          r"(?![\w/-]|\.\d)")


def _month_first(text: str) -> bool:
    """Whether the document writes numeric dates month first. Its own unambiguous dates say so best
    ('03/20/2025' elsewhere in it: month first; '18/02/2025': day first); failing those, an American
    document: dollars or American spelling, and no pounds or Commonwealth spelling."""
    order = {"month": 0, "day": 0}
    for match in NUMERIC_DATE.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        if 1 <= first <= 12 < second <= 31:
            order["month"] += 1
        elif 1 <= second <= 12 < first <= 31:
            order["day"] += 1
    if order["month"] != order["day"] and not (order["month"] and order["day"]):
        return order["month"] > 0
    return ("$" in text or bool(US_SPELLING.search(text))) and "£" not in text \
        and not COMMONWEALTH_SPELLING.search(text)


NEXT_MEETING = re.compile(
    r"\bnext\s+(?:\w+\s+){0,2}(?:meeting|board|call|session|sync|plenum|plenary|telecon(?:ference)?|gathering)\b", re.I
)
TIME_OF_DAY = re.compile(r"\b\d{1,2}(?:[.:][0-9O]{2})?\s*(?:[ap]\.?m\b\.?)|\b\d{1,2}:\d{2}\b", re.I)
# a "Date of next meeting" heading gives its date on the lines below it, within a few lines
NEXT_MEETING_LOOKAHEAD = 3


def _next_meeting(lines: list[Line], held: dt.date | None) -> dt.date | None:
    """The date the minutes give for the next meeting ("Date of next meeting: 4 May 2021"), on the line
    that names it or, under a heading that names it, on the lines below ("## Next meeting" / "- 2021-05-04 19:00")."""
    for n, line in enumerate(lines):
        named = NEXT_MEETING.search(line.text)
        if not named:
            continue
        future = _future_dates(line.text[named.start():], held)
        if future:
            return future[0]
        if not _heading_like(line.text):
            continue  # "... report to the next meeting." is a sentence: what follows is not its date
        below = [ln for ln in lines[n + 1:n + 1 + 2 * NEXT_MEETING_LOOKAHEAD] if ln.text.strip()][:NEXT_MEETING_LOOKAHEAD]
        named_below = [_future_dates(ln.text[m.start():], held) for ln in below for m in [NEXT_MEETING.search(ln.text)] if m]
        if any(named_below):  # "13 May (lease), and the next board meeting on 24 June": the one it names
            return next(dates for dates in named_below if dates)[0]
        dated = [(ln, _future_dates(ln.text, held)) for ln in below]
        dated = [(ln, dates) for ln, dates in dated if dates]
        # a line with a time of day is the meeting's ("2021-05-04 19:00"), not a remark ("the clocks change on ...")
        timed = [dates for ln, dates in dated if TIME_OF_DAY.search(ln.text)]
        if timed or dated:
            return (timed or [dates for _, dates in dated])[0][0]
    return None


def _future_dates(text: str, held: dt.date | None) -> list[dt.date]:
    return [d.date for d in find_dates(text) if held is None or d.date > held]


def _heading_like(text: str) -> bool:
    """A short line that does not end a sentence: '9. Date of next meeting', '## Next sync', 'Next meeting:'."""
    words = text.strip().rstrip(":").split()
    return 0 < len(words) <= 8 and not text.rstrip().endswith((".", "?", "!", ";", ","))


DATE_LINE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "at", "on",
                   "am", "pm", "held", "the", "of", "date", "time", "and"}


def _date_only(words: str) -> bool:
    """'Tuesday, 1st August, 2017 at 2.30 pm' is a date line; 'Team Meeting 2022-01-05' is a title."""
    rest = re.findall(r"[^\W\d_]+", _strip_dates(words).lower())
    return all(w in DATE_LINE_WORDS for w in rest)


def _strip_dates(words: str) -> str:
    kept, at = [], 0  # joined once: cutting one date at a time copied the line once a date
    for found in find_dates(words):
        kept.append(words[at:found.start])
        at = found.end
    return "".join(kept) + words[at:]
