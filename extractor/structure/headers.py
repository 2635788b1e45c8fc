"""Attendance list headers: 'Present:', 'Trustees present', 'F21/001 PRESENT', 'In attendance the Clerk ...'.

`header_of` says whether a line heads a list of people present, in attendance or sending
apologies, and gives the text after the header. The header phrases are rules
(present_header, in_attendance_header, apologies_header and their suffixes).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..rules import factored_alternation, prechecked
from .gate import PhraseGate, per_lexicon
from .layout import Line
from .people import PeopleLexicon, has_person_cue, is_title_row, looks_like_role, parse_person, split_list

# searched on every line: behind a pre-check for 'apolog', 'regrets', 'leave'; 'for' only after a verb ('Apologies were
# received for Cllr A', not 'Apologies for lateness: ...'); 'Regrets were sent by A and B' as North American minutes put it
APOLOGY_SENTENCE = prechecked(re.compile(
    r"\b(?:apolog(?:y|ies)|regrets)(?:\s+for\s+absence)?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:(?:received|accepted|noted|given|tendered|reported|submitted|sent|intimated)(?:\s+and\s+(?:received|accepted|noted))?\s+)?"
    r"(?:from|by|of|on\s+behalf\s+of|(?<=ed\s)for)\s*:?\s*(?P<names>[^.\n]*)"
    r"|\bleave\s+of\s+absence\s+(?:was|were|had\s+been|has\s+been)\s+granted\s+to\s*:?\s*(?P<granted>[^.\n]*)",
    re.I,
))  # 'Leave of absence was granted to Shri A. Menon.' (Indian and Australian minutes): not present either
# 'Present:', 'PRESENT –', 'In Attendance ;', 'Also in attendance were:', 'Present (remote)', a tab or a column gap;
# a bilingual header gives its translation after a slash: 'Present / Yn bresennol:'; 'In attendance via Zoom:';
# 'In attendance for item 4:'; 'Present via Zoom' alone over its names (a call's name after 'via', 'by')


HEADER_TAIL = (r"(?:\s*\([^()]*\))?(?:\s+/\s+[^\W\d][^:/()]{0,30}(?=:))?(?:\s+(?:via|on|by|over)\s+[\w-]+(?=\s*:)|\s+(?:via|on|by|over)\s+(?:zoom|(?:microsoft\s+)?teams|video(?:\s*link|\s*call)?|(?:tele)?phone|skype|webex|google\s+meet)(?=\s*$))?(?:\s+for\s+items?\s+[\d.]+(?:\s*(?:,|and|&|-|–)\s*[\d.]+)*(?=\s*:))?(?:\s+(?P<were>were|was))?(?:(?:\s*[:;]|\s+[-–—](?=\s|$)|\t|\s{2,}|(?P<bare>\s+)"
               r"(?=(?:the\s+)?(?-i:[A-Z])))\s*(?P<rest>.*)|\s*$)")  # 'In attendance the Clerk A Lee, ...'


QUALIFIER = r"(?:[A-Za-z][A-Za-z'’-]*\s+){1,4}"  # 'Trustees', 'Board members', 'Members of the public'


COUNT = r"(?:\d{1,3}\s+)?"  # '12 Members in attendance:'


IRC_PREFIX = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)?<[^>\s]{1,40}>\s*")  # '[20:01] <ann> Present: ...'
# a minute number before the header: 'F21/001 PRESENT', '1     Present' (not a year: '2005 Committee members')


MINUTE_NUMBER = re.compile(r"^(?!(?:19|20)\d\d\s)[A-Z]{0,3}\d{1,4}(?:[./]\d{1,4}){0,2}[.):]?\s+(?=[A-Za-z])")


# compiled once: header_of reads every line; an emoji before the header word goes too ('## 👥 Attendees')
_EDGE_MARKUP = re.compile(r"^[\s:*#=_'\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff]+|[\s*#=_']+$")
BILINGUAL_LEAD = re.compile(r"^[^\W\d][^:/|()\d]{0,30}?\s+/\s+(?=[^\W\d])")  # 'Anwesend / Present:', 'Présents / Present:'


def header_of(line: Line, lex: PeopleLexicon, qualified: bool = True) -> tuple[str | None, str]:
    """('present' | 'attend' | 'apologies', text after the header) when the line heads a list.

    `qualified` also accepts a qualifier before a header word ('Trustees present',
    'Board members'); only near the top, where 'New members' is no attendance list.
    """
    if line.kind in {"blank", "rule", "marker"} or not _may_head(line.text, lex):
        return None, ""
    words = line.text[line.content_start - line.start:]
    if "|" in words:  # '| Present | Absent |' (or without the outer bars, read as a heading over '--- | ---')
        cells = [c.strip() for c in words.strip().strip("|").split("|")]
        titled = [_header_in(_EDGE_MARKUP.sub("", c), lex, False) for c in cells] if len(cells) >= 2 and all(cells) else []
        if titled and all(group and not rest for group, rest in titled):
            return titled[0][0], " | ".join(cells[1:])  # status titles over columns of names
    if line.kind == "table":  # '| Present | |' or '| Officers | |': a header row inside a table of people
        cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
        inline = not line.text.lstrip().startswith("|") and ":" in cells[0] and all(cells)
        if inline:  # 'Present: Rae Sutton | Sami Tran | Tova Ulman': names parted by bars after the header
            group, rest = _header_in(MINUTE_NUMBER.sub("", cells[0]), lex, qualified)
            return (group, ", ".join([rest, *cells[1:]])) if group and rest else (None, "")
        if len(cells) == 2 and all(cells) and line.text.strip().endswith("|"):
            # '| Attendees | Ann Lee, Bo Roe |': a document's table of fields, the names in the value cell
            group, rest = _header_in(_EDGE_MARKUP.sub("", MINUTE_NUMBER.sub("", cells[0])), lex, qualified)
            return (group, cells[1]) if group and not rest else (None, "")
        if not cells[0] or any(cells[1:]):
            return None, ""
        words = cells[0]
    words = _EDGE_MARKUP.sub("", words).replace("**", "").replace("__", "").replace("'''", "")
    words = MINUTE_NUMBER.sub("", IRC_PREFIX.sub("", words))
    if is_title_row(words, lex):
        return None, ""  # 'Name   Present   Apologies': the titles of a table of people, read as a table
    for_item = FOR_ITEM.match(words) if qualified else None
    if for_item:  # 'For item 5: Dominic Ash, Head of Assets' among the lists: in attendance for that item
        person = parse_person(split_list(words[for_item.end():])[0][1], lex)
        return ("attend", words[for_item.end():].strip()) if person and len(person.name.split()) >= 2 else (None, "")
    found = _header_in(words, lex, qualified)
    led = _header_lead(lex).sub("", words) if found[0] is None and lex.header_leads else words
    found = _header_in(led, lex, qualified) if led != words else found
    translated = BILINGUAL_LEAD.sub("", words)
    found = _header_in(translated, lex, qualified) if found[0] is None and translated != words else found
    inner = _header_in(found[1], lex, True) if found[0] and INNER_HEADER.match(found[1]) else (None, "")
    if inner[0] and inner[1] and (found[0] != "apologies" or inner[0] == "apologies"):
        return inner  # 'ROLL CALL: Present: Mayor Ito, ...': the inner header says who ('Apologies: Directors: A' stays)
    if found[0] and found[1] and _header_in(HEAD_COUNT.sub("", found[1]), lex, False) == (found[0], ""):
        return found[0], ""  # 'Committee Members Present (4)': the rest is the header's own word and a count
    return found


@per_lexicon
def _header_gate(lex: PeopleLexicon) -> PhraseGate:
    return PhraseGate(p for group in (lex.apologies, lex.in_attendance, lex.present, lex.present_labels,
                                      lex.in_attendance_labels, lex.apologies_suffixes, lex.in_attendance_suffixes,
                                      lex.present_suffixes) for p in group)


def _may_head(text: str, lex: PeopleLexicon) -> bool:
    """False when no header or label phrase can match in any string header_of derives from `text` (6 lines in 7).

    Every such string is a piece of `text` with '**', '__' and "'''" removed (markup, minute numbers and leads
    are cut off its ends), and every header pattern holds one phrase literally (IGNORECASE, a space for a
    space): a line holding none of the phrases heads no list. 2 µs a line, where the patterns take 9."""
    if "**" in text or "__" in text or "'''" in text:
        text = text.replace("**", "").replace("__", "").replace("'''", "")
    return _header_gate(lex)(text) or text[:1] in "Ff*" and bool(FOR_ITEM.match(text.lstrip("* ")))


_LEADS: dict[int, tuple[PeopleLexicon, re.Pattern[str]]] = {}


def _header_lead(lex: PeopleLexicon) -> re.Pattern[str]:
    """'Roll call showed ' before 'the following members present:': a lead-in the header follows. Kept by
    the lexicon's id: header_of asks for it on every line, and hashing a lexicon costs more than the match."""
    cached = _LEADS.get(id(lex))
    if cached is None or cached[0] is not lex:
        pattern = re.compile(rf"^(?:{'|'.join(lex.header_leads)})\s*,?\s+(?=the\s+following\b)", re.I)
        cached = _LEADS[id(lex)] = (lex, pattern)
    return cached[1]


FOR_ITEM = re.compile(r"^for\s+(?:agenda\s+)?items?\s+\d{1,3}(?:\.\d{1,2})?(?:\s*(?:,|and|&|-|–)\s*\d{1,3}(?:\.\d{1,2})?)*"
                      r"\s*(?:only\s*)?:\s+(?=\S)", re.I)
INNER_HEADER = re.compile(r"^[A-Za-z][A-Za-z ]{1,40}(?::|\s+[-–—])\s")  # "Members: Present – A, B"
HEAD_COUNT = re.compile(r"\s*\(\d{1,3}\)\s*:?\s*$")  # '(4)' after a header: how many, no one's name


def _header_in(words: str, lex: PeopleLexicon, qualified: bool) -> tuple[str | None, str]:
    """header_of for the words of a line, markup and minute number removed.

    Every per-phrase pattern holds its phrase literally (IGNORECASE): on an ASCII line, a pattern whose ASCII
    phrase the lower-cased line lacks cannot match and is not tried (nor compiled: see _Lazy)."""
    lowered = words.lower() if words.isascii() else None
    headers = (lex.apologies, lex.in_attendance, lex.present)
    for group, needle, pattern in _header_patterns(*headers) if _opening(headers).match(words) else ():
        match = pattern.match(words) if lowered is None or needle is None or needle in lowered else None
        if match and _names_follow(match, lex):
            return group, (match.group("rest") or "").strip(" /|").lstrip(": ")  # 'attendees:: A, B' (a note's field)
    for group, labels in (("present", lex.present_labels), ("attend", lex.in_attendance_labels)):
        for needle, pattern in _label_patterns(labels) if labels and _opening((labels,)).match(words) else ():
            match = pattern.match(words) if lowered is None or needle is None or needle in lowered else None
            if match:
                return group, match.group("rest").strip(" /|")
    if not qualified:
        return None, ""
    # 'Mentors there: ...', 'Parent governors: ...'; 'Practice staff: ...', 'Council staff: ...'
    for group, labels in (("present", lex.present_labels), ("attend", lex.in_attendance_labels)):
        opens = _opening((labels,), True).match(words) if labels else None
        for needle, pattern in _label_patterns(labels, qualified=True) if opens else ():
            match = pattern.match(words) if lowered is None or needle is None or needle in lowered else None
            if match and _qualifies(match.group("qualifier"), lex) and not BODY_THE.search(match.group("qualifier")):
                return group, match.group("rest").strip(" /|")
    suffixes = (lex.apologies_suffixes, lex.in_attendance_suffixes, lex.present_suffixes)
    for group, needle, pattern in _header_patterns(*suffixes, qualified=True) if _opening(suffixes, True).match(words) else ():
        match = pattern.match(words) if lowered is None or needle is None or needle in lowered else None
        if match and _qualifies(match.group("qualifier"), lex) and _names_follow(match, lex) \
                and not _person_row(words, match, lex):
            return group, (match.group("rest") or "").strip(" /|").lstrip(": ")  # 'attendees:: A, B' (a note's field)
    return None, ""


def _person_row(words: str, match: re.Match[str], lex: PeopleLexicon) -> bool:
    """'Bo Roe Headteacher Present' (a row of a register flattened with single spaces): a person's full name
    before the status word and no colon, not a group ('Voting Members present', 'Parent Governors absent')."""
    if ":" in words or (match.group("rest") or "").strip():
        return False
    person = parse_person(match.group("qualifier"), lex)
    if person is None or len(person.name.split()) < 2 or not words.startswith(person.name):
        return False
    nouns = {n.lower() for n in lex.group_nouns}
    return not any(w.lower() in nouns for w in person.name.split())



def _qualifies(qualifier: str, lex: PeopleLexicon) -> bool:
    """'Parent governors', 'Board members': words that say which people; not 'New members' (a word of
    the not_list_qualifier rules) or 'Board of Governors – Heathcote College' (the body a title names)."""
    return not set(qualifier.lower().split()) & lex.not_list_qualifiers and not BODY_OF.search(qualifier) \
        and not COLUMN_GAP.search(qualifier)  # 'Mr Z Ellery     Parent     Present': a table row's status cell


BODY_OF = re.compile(r"\bof(?:\s+the)?\s*$", re.I)
# 'Unite the Ward Staff – Northfield Branch': 'the' inside a label's qualifier other than after 'of' ('Friends of the
# Park volunteers:') makes it a body's name, a title line, not a group of people
BODY_THE = re.compile(r"(?<!\bof)\s+the\s+\S", re.I)
COLUMN_GAP = re.compile(r"\t|\s{3,}")


def _names_follow(match: re.Match[str], lex: PeopleLexicon) -> bool:
    """A header set apart by nothing but a space ('Present Cllr A Lee', 'In attendance the Clerk A Lee')
    must be followed by a name with a title, initials or a post, so 'Attendance Record' or 'Councillors
    Other Business:' heads no list."""
    if match.group("bare") is None:
        return True
    parts = [part for _, part in split_list(match.group("rest"))] if match.group("rest").strip() else [""]
    first = re.sub(r"^the\s+", "", parts[0])
    person = parse_person(first, lex)
    if person is None and match.group("were") is not None and len(parts) > 1 and looks_like_role(first, lex):
        person = parse_person(parts[1], lex)  # 'Also present were the Centre Manager, Lorna Baxendale, and ...'
        return person is not None and len(person.name.split()) >= 2
    full = match.group("were") is not None and len(person.name.split()) >= 2 if person else False  # 'Present were A Lee'
    return person is not None and (has_person_cue(first, lex) or "(" in first or bool(person.role) or full) \
        and ":" not in first  # 'Members of the Public Present: ...' is a longer header


class _Lazy:
    """A regex compiled on its first match: of some 300 per-phrase patterns, the few whose phrases the
    documents' header lines hold are ever tried (compiling them all took 0.2 CPU-s a process)."""

    __slots__ = ("source", "flags", "compiled")

    def __init__(self, source: str, flags: int) -> None:
        self.source, self.flags, self.compiled = source, flags, None

    def match(self, text: str) -> re.Match[str] | None:
        if self.compiled is None:
            self.compiled = re.compile(self.source, self.flags)
        return self.compiled.match(text)


def _needle(phrase: str) -> str | None:
    """The phrase lower-cased, looked for in an ASCII line; None (always try the pattern) when not ASCII."""
    return phrase.lower() if phrase.isascii() else None


@lru_cache(maxsize=8)
def _header_patterns(apologies: tuple[str, ...], attend: tuple[str, ...], present: tuple[str, ...],
                     qualified: bool = False) -> list[tuple[str, str | None, _Lazy]]:
    """One pattern per header phrase, in the order they are tried, with the phrase each needs."""
    lead = rf"^{COUNT}(?P<qualifier>{QUALIFIER})" if qualified else rf"^{COUNT}"
    return [
        (group, _needle(phrase), _Lazy(rf"{lead}{re.escape(phrase)}{HEADER_TAIL}", re.I))
        for group, phrases in (("apologies", apologies), ("attend", attend), ("present", present))
        for phrase in phrases
    ]


# A label needs its ':' or dash: 'Governors: Mrs P Lee, Mr R Shah' lists members, while a line
# 'Governors' alone is a title and 'Trustees Annual Report' a heading.
LABEL_TAIL = r"(?:\s*\([^()]*\))?(?:\s*[:;]|\s+[-–—](?=\s|$))\s*(?P<rest>.*)"


@lru_cache(maxsize=16)
def _opening(phrase_lists: tuple[tuple[str, ...], ...], qualified: bool = False) -> re.Pattern[str]:
    """Any of the phrases where a header or label would start: a line that opens with none of them
    (most lines) needs none of the per-phrase patterns tried."""
    lead = rf"^{COUNT}{QUALIFIER}" if qualified else rf"^{COUNT}"
    alternatives = factored_alternation([p for phrases in phrase_lists for p in phrases], space=r"\ ")
    return re.compile(rf"{lead}(?:{alternatives})", re.I)


@lru_cache(maxsize=8)
def _label_patterns(labels: tuple[str, ...], qualified: bool = False) -> list[tuple[str | None, _Lazy]]:
    lead = rf"^{COUNT}(?P<qualifier>{QUALIFIER})" if qualified else rf"^{COUNT}"
    return [(_needle(label), _Lazy(rf"{lead}{re.escape(label)}{LABEL_TAIL}", re.I)) for label in labels]


def content(line: Line) -> str:
    return line.text[line.content_start - line.start:]
