"""People the running text records as present, outside any attendance list.

'Mr Ian Cole joined the meeting during item 3', 'Jo Reyes (Roads Manager) and Al Pike
(Engineer) kindly attended the meeting', 'Ann Ode and Rab Finn were present as
observers', 'Guest speaker Lena Holm from the Food Bank'. The cue phrases are rules
(`presence_after`: the names come before the cue; `presence_before`: after it); the
names must read as people throughout, so 'No members of the public were present' or
'It was noted that the Clerk attended the meeting' name no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..rules import Prechecked, _minimal, needs, prechecked
from .gate import NeededGate
from .layout import Line
from .people import PeopleLexicon, Person, is_post, looks_like_role, parse_person, people_in_text, split_list

# where the sentence holding the cue starts: after a full stop that ends a word, an item number, or a heading's
# colon ('CALL TO ORDER: Mayor Vance called the meeting to order'); a full stop after a date's year ('... 2025. Ann Lee
# and Bo Roe were there') ends a sentence too, and a semicolon a clause ('Ann Lee chaired; Bo Roe also came')
SENTENCE_START = re.compile(r"(?:^|(?<=[a-z]{2}[.!?;])\s+|(?<=[a-z)\d][.!?])\s+|^\s*\d{1,3}(?:\.\d{1,2})*\.?\s+|(?<=:)\s+)(?=[A-Z])")
LEAD = re.compile(r"^[\s\-*•·#>(\[]*(?:\d{1,3}(?:\.\d{1,2})*[.)]?\s+)?")
CLAUSE_START = re.compile(r",\s+(?:and|but|while|with)\s+(?=[A-Z])")
APPOSITION = re.compile(r"^(?:the|our)\s+(?P<post>[A-Za-z][\w' -]{1,40}?),\s+(?P<name>[A-Z][^,]{2,60}?),?$", re.I)
DETERMINER = re.compile(r"(?:the|a|an|this|that|our|their|his|her|its)\b", re.I)
NAME_RUN = re.compile(r"^\s*:?\s*((?:(?:[A-Z][\w'’.-]*|de|van|von|le|la)\s*){1,5})")


_SUBJECT_WINDOW = 1_000
Cue = re.Pattern[str] | Prechecked

# 'Eve Hall sent her apologies.', 'Cllr A and Cllr B had sent apologies': the names before the verb
# (searched on every line: behind a pre-check for the apology word)
SENT_APOLOGIES = prechecked(re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:sent|gave|tendered|offered|submitted)\s+"
                                       r"(?:(?:her|his|their)\s+)?apolog(?:y|ies)\b", re.I))
# 'Joanna Keel was unable to attend.', 'Cllr A could not attend the meeting': an absence told name-first; only at
# the clause's end, so 'was unable to attend the site visit' names no apology for this meeting
UNABLE_TO_ATTEND = prechecked(re.compile(r"\s+(?:was|were|is|are)\s+(?:unable|not\s+able)\s+to\s+(?:attend|be\s+present)"
                                         r"(?:\s+(?:the|this|tonight's|today's)\s+meeting)?(?=\s*(?:[.;,]|$))"
                                         r"|\s+could\s+not\s+(?:attend|be\s+present)(?:\s+(?:the|this)\s+meeting)?"
                                         r"(?=\s*(?:[.;,]|$))"
                                         # informal notes: 'Eve Fox couldn't make it.', 'Di Eve was away.'
                                         r"|\s+(?:could(?:n[’']t|\s+not)\s+make\s+it|(?:was|were)\s+away)(?=\s*(?:[.;,]|$))",
                                         re.I))
# '... Trustee Lindqvist was absent.', 'Commissioners Pryce and Hale were absent.': the names before the verb
WAS_ABSENT = prechecked(re.compile(r"\s+(?:was|were)\s+(?:absent|excused)(?=\s*(?:[.;,]|$))", re.I))
SENTENCE_BREAK = re.compile(r"(?<=[a-z)]{2})[.;]\s+(?=[A-Z])")


def before_absence_sentence(rest: str) -> str:
    """An inline list up to a sentence of its own that tells who sent apologies or could not come
    ('Present were A, B and C. D and E sent their apologies.'): that sentence names no one present."""
    gaps = list(SENTENCE_BREAK.finditer(rest))
    for gap, after in zip(gaps, gaps[1:] + [None]):
        sentence = rest[gap.end():after.start() if after else len(rest)]  # that sentence alone, not all after it
        if SENT_APOLOGIES.search(sentence) or UNABLE_TO_ATTEND.search(sentence) or WAS_ABSENT.search(sentence):
            return rest[:gap.start()]
    return rest


# a line that stops mid-clause (on a comma, inside a bracket, on a lower-case word) goes on in the next: prose
# hard-wrapped by a PDF or a mail client ('Beth Olsen (secretary,' / 'taking notes) and Tom Hale were there')
WRAPPED_END = re.compile(r"(?:,|\([^()]*|(?<![\w'’.-])[a-z][\w'’-]*)\s*$")
WRAPPED_START = re.compile(r"^\s*(?:and|&|or)\s")  # '... Mira Nolan' / 'and Noel Ogden; ...'
# '(Churchwarden), Mr Colin Frame': the post of the name above, then more of the list (a line that is only a
# bracket, '(Ugo Vale joined at 7.30pm)', is a remark of its own)
POST_OPENS_LINE = re.compile(r"^\s*\([^()]{1,40}\)\s*[,;]?\s*\S")
# a long line of prose with no stop at its end runs on too, even on a capital: 'Ann Lee (chair), Bo' / 'Roe, ...'
LOWER_WORDS = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")


def wraps_on(line: str, below: str, lex: PeopleLexicon | None = None) -> bool:
    """Whether the sentence the line `line` ends in goes on in the line `below`."""
    end = line.rstrip()
    if WRAPPED_END.search(end) is not None or WRAPPED_START.match(below) is not None:
        return True
    open_end = not end.endswith((".", "!", "?", ";", ":"))
    if open_end and POST_OPENS_LINE.match(below):
        return True  # 'Also present were Mrs Joan Ashdown' / '(Churchwarden), ...': the post of the name above
    if lex is not None and end.split() and end.split()[-1] in lex.honorifics:
        return True  # '..., Miss' / 'Edna Farley and ...': a title never ends a sentence
    return len(end) >= 60 and open_end and LOWER_WORDS.search(end) is not None


def prose_runs(lines: list[Line], lex: PeopleLexicon | None = None) -> list[str]:
    """The text lines with every wrapped line joined to the next: one string a sentence run, so a cue and its
    names read whole when a line break falls between them; a line that ends a clause stays a string of its own."""
    runs: list[str] = []
    previous: Line | None = None
    for line in lines:
        if line.kind in {"blank", "rule"}:
            previous = None
            continue
        if previous is not None and previous.kind == line.kind == "text" and wraps_on(previous.text, line.text, lex):
            runs[-1] += " " + line.text.strip()
        else:
            runs.append(line.text)
        previous = line
    return runs


def present_in_text(lines: list[Line], lex: PeopleLexicon) -> list[Person]:
    """Everyone a sentence records as present, in document order (duplicates left to the caller)."""
    after, before = _cues(lex.presence_after, lex.presence_before)
    gate = _gate(after, before)
    found: list[Person] = []
    for text in prose_runs(lines, lex):
        if gate is not None and not gate(text):
            continue  # neither cue can match: one search a line instead of two pre-checks
        here: list[tuple[int, list[Person]]] = []  # in the order the names stand in the text
        if after is not None:
            for match in after.finditer(text):
                # a subject is at most 240 characters: reading the 1,000 before the cue finds its sentence
                # start without copying the whole line for every cue (a minutes file on one line)
                here.append((match.start(), _subject(text[max(0, match.start() - _SUBJECT_WINDOW):match.start()], lex)))
        if before is not None:
            here.extend((match.end(), _object(text[match.end():], lex)) for match in before.finditer(text))
        found.extend(person for _, people in sorted(here, key=lambda pair: pair[0]) for person in people)
    return found


@lru_cache(maxsize=4)
def _cues(after: tuple[str, ...], before: tuple[str, ...]) -> tuple[Cue | None, Cue | None]:
    def compiled(patterns: tuple[str, ...], lead: str) -> Cue | None:
        # run on every line: behind a pre-check for the words the cues need ('joined', 'attended', 'present')
        pattern = re.compile(lead + "(?:" + "|".join(patterns) + r")\b", re.I) if patterns else None
        return prechecked(pattern, max_strings=24) if pattern is not None else None
    return compiled(after, r"\s+"), compiled(before, r"\b")


@lru_cache(maxsize=4)
def _gate(after: Cue | None, before: Cue | None) -> NeededGate | None:
    """Both cues' needed strings (rules.needs: 'joined the meeting', 'present', 'guest speaker', ...) in one
    search a line; None when a cue has no such list."""
    needed: set[str] = set()
    for cue in (after, before):
        if cue is not None:
            strings = needs(cue.pattern, cue.flags)
            if not strings:
                return None
            needed |= strings
    return NeededGate(_minimal(needed))


def _listed(text: str, lex: PeopleLexicon) -> list[Person]:
    """Everyone in `text` when it is a list of full names and nothing else ('A (Chair), B and C')."""
    items = [re.sub(r"^(?:and|&)\s+", "", part) for _, part in split_list(text, lex)]
    people = [parse_person(item, lex) for item in items]
    if len(items) < 2 or any(p is None or len(p.name.split()) < 2 for p in people):
        return []
    return [p for p in people if p is not None]


def _subject(text: str, lex: PeopleLexicon) -> list[Person]:
    """The people named before the cue, when the words before it are nothing but names and roles."""
    starts = [m.end() for m in SENTENCE_START.finditer(text)]
    subject = LEAD.sub("", text[starts[-1]:] if starts else text).strip()
    apposed = APPOSITION.match(subject)
    if apposed and looks_like_role(apposed.group("post"), lex):
        person = parse_person(apposed.group("name"), lex)  # 'The Clerk, Dee Moe, was also present'
        if person is not None and len(person.name.split()) >= 2:
            person.role = person.role or apposed.group("post")
            return [person]
    people = _names_only(subject, lex)
    clauses = list(CLAUSE_START.finditer(subject)) if not people else []
    if clauses:
        # '... were there, and Lucy Varga joined by video': the last clause after ', and' has its own subject
        # ('Ann Lee, Bo Roe, and Cai Poe joined' is names throughout and keeps them all)
        people = _names_only(subject[clauses[-1].end():], lex)
    return people


def _names_only(subject: str, lex: PeopleLexicon) -> list[Person]:
    """The people in `subject` when it is names and roles and nothing else, opening with a person."""
    if not subject or len(subject) > 240 or not subject[0].isupper() or DETERMINER.match(subject):
        return []  # 'The Housing Manager attended the meeting' names a post, not a person
    items = [re.sub(r"^(?:and|&)\s+", "", part) for _, part in split_list(subject, lex)]
    if not items or parse_person(items[0], lex) is None:
        return []
    if not all(parse_person(item, lex) or looks_like_role(item, lex) for item in items):
        return []  # 'It was noted that Mr Cole', 'The Chair and officers'
    return people_in_text(subject, lex)


def _object(text: str, lex: PeopleLexicon) -> list[Person]:
    """The people named right after the cue: 'Guest Speaker Lena Holm from the Food Bank' -> Lena Holm;
    'attended by Jo Kale (Chair), Al Price and Ben Osei.' -> all three, when the sentence holds only them."""
    sentence = re.split(r"(?<=[a-z)]{2})\.(?:\s|$)", text.strip(), maxsplit=1)[0]
    listed = _listed(sentence.strip(" :"), lex)
    if listed:
        return listed
    run = NAME_RUN.match(sentence)
    if not run:
        return []
    person = parse_person(run.group(1).strip(), lex)
    if person is None or len(person.name.split()) < 2 and not (person.role and is_post(person.role, lex)):
        return []  # one word needs a post before it: 'by President Oyelaran', not 'by Monday'
    return [person]
