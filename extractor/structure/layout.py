"""What each line of a minutes text is: blank, heading, bullet, table row, marker or prose.

The layout is the shared ground of structure and units: structure reads headings,
attendance lists and item markers from it; units split the content lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..rules import lexicon, needs, read_rules
from .gate import NeededGate

_LETTER_RUNS = re.compile(r"[^\W\d_]+")  # compiled once, not looked up in re's cache at every call

RULES_PATH = Path(__file__).with_name("layout_rules.jsonl")

BULLET = re.compile(
    r"""^(?P<indent>[ \t]*)(?P<marker>
        [-*+]\s+\[[ xX]\]       # Markdown task box
      | \[[ xX]\](?=\s)         # a bare task box: '[ ] Book the hall'
      | --(?=\s)                # plain-text '--' bullets
      | [·•●◦▪■□➢➤►‣⁃o∙\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]  # bullet glyphs, a lone "o" from Word lists, and
                                # the Symbol and Wingdings bullets PDF extraction leaves in the private use area
      | [○◆◇❖▶▸✓✔☐☑☒→](?=\s)    # more list glyphs, ballot boxes and arrows (before a space: '→x' is no list)
      | [-*+–—>](?=\s)           # dash / star bullets ('>' only as a quote prefix, see below)
      | :+(?=\s)                 # MediaWiki definition lines
      | \(?(?:[ivxIVX]{1,4}|[a-zA-Z])\)    # (i) (a) a)
      | \(\d{1,2}\)                # (1)
      | \d{1,2}[.)](?!\d)        # 1. 1)
      | (?:[ivx]{1,4}|[a-z])\.(?=\s)  # a. b. iv. (lower case: 'J. Smith' is a name)
      | (?:[IVX]{1,4}|[A-Z])\.(?=[ \t]+[a-z])  # 'A. the grant be approved;': a capital only before lower case
    )[ \t]*""",
    re.X,
)
AI_MARKER = re.compile(r"^\s*</?AI\d+>\s*$")
ITEM_NUMBER_ONLY = re.compile(r"^\s*(?:item\s+)?\d{1,3}[a-z]?[.)]?\s*$", re.I)
MD_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<title>.*?)\s*#*\s*$")
WIKI_HEADING = re.compile(r"^\s*(?P<eq>={1,6})\s*(?P<title>[^=].*?)\s*=+\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HR_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
TERMINAL = tuple(".!?;")
CUE_HEADING = re.compile(
    r"^(?:actions?(?: agreed| arising| log)?|resolved|resolutions?|decisions?|agreed|recommendations?|outcomes?|"
    r"key points|notes?|discussion|summary|minutes|matters arising|present|apologies|in attendance)\s*[:\-–]?"
    r"(?:\s*that\s*[:\-–]?)?$",  # 'RESOLVED – That' heads the numbered resolutions below it
    re.I,
)
LABEL_LINE = re.compile(r"^[A-Z][\w'’ /&()-]{0,30}:\s+\S")  # 'Apologies: Cllr Ward'
# a bold label run into its text: '**New members:** Ann, Bo', '**The Board agreed** to ...' (not '**Date**: Monday')
BOLD_RUN_IN = re.compile(r"^\s*(\*\*|__)(?:[^*_]{1,80}?:\1\s*\w|[^*_:]{1,80}?\1\s*[a-z])")
# 'Minutes approved', 'Quote obtained': a short line ending on a past participle states something
DONE_WORD = re.compile(r"^(?!.*hundred$)(?:\S+\s+){0,3}(?:[a-z]{2,}[^\We]ed|[a-z]*agreed)$")


@dataclass(frozen=True)
class LayoutRules:
    """Line shapes kept as data (layout_rules.jsonl): chat prefixes, statement leads, amounts."""

    chat_prefix: tuple[re.Pattern[str], ...]
    statement_lead: re.Pattern[str]
    amount: re.Pattern[str]
    commitment: re.Pattern[str] = re.compile(r"(?!)")  # words that make a ':' line a lead-in, not a title
    masthead: re.Pattern[str] = re.compile(r"(?!)")  # lines over a title: a pack's cover, an address, a contact
    minute_ref: re.Pattern[str] = re.compile(r"(?!)")  # '31/22 APOLOGIES': a minute's reference, then its title
    not_minute_ref: re.Pattern[str] = re.compile(r"(?!)")  # references that are dates, fractions or times
    clause_word: re.Pattern[str] = re.compile(r"(?!)")  # verbs that make a minute's line a sentence, not a title
    open_end: frozenset[str] = frozenset()  # 'to', 'the', 'of': words a title never ends on
    outcome_word: re.Pattern[str] = re.compile(r"(?!)")  # 'CARRIED', 'LOST': a line in capitals that records a vote


def load_layout_rules(path: Path) -> LayoutRules:
    records = read_rules(path, ("id", "kind", "value"))
    return LayoutRules(
        chat_prefix=tuple(re.compile(p) for p in lexicon(records, "chat_prefix")),
        statement_lead=re.compile(r"^\W*(?:" + "|".join(lexicon(records, "statement_lead")) + r")\b", re.I),
        amount=re.compile("|".join(f"(?:{p})" for p in lexicon(records, "amount"))),
        commitment=re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon(records, "commitment_word"))) + r")\b", re.I)
        if lexicon(records, "commitment_word") else re.compile(r"(?!)"),
        masthead=re.compile("|".join(f"(?:{p})" for p in lexicon(records, "masthead")), re.I)
        if lexicon(records, "masthead") else re.compile(r"(?!)"),
        minute_ref=_either(lexicon(records, "minute_ref"), r"^\s*(?P<ref>(?:{}))[.):]?\s+(?:[-–—]\s+)?(?=\S)"),
        not_minute_ref=_either(lexicon(records, "not_minute_ref"), r"^(?:{})$"),
        clause_word=_either([re.escape(w) for w in lexicon(records, "clause_word")], r"\b(?:{})\b", re.I),
        open_end=frozenset(lexicon(records, "open_end_word")),
        outcome_word=_either([re.escape(w) for w in lexicon(records, "outcome_word")], r"\b(?:{})\b", re.I),
    )


def _either(patterns: list[str], frame: str, flags: int = 0) -> re.Pattern[str]:
    """One pattern for a rule kind's alternatives, set in `frame`; one that never matches when there are none."""
    return re.compile(frame.format("|".join(f"(?:{p})" for p in patterns)), flags) if patterns else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def default_layout_rules() -> LayoutRules:
    return load_layout_rules(RULES_PATH)


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: offsets exclude the line break. (Slots: 33k lines over the training texts, each
    without a __dict__ to build and for the garbage collector to walk.)"""

    index: int
    start: int
    end: int
    text: str
    kind: str  # blank | heading | bullet | text | table | marker | rule
    content_start: int  # where the words start (after a bullet marker, '#', '|')
    level: int = 0  # heading depth: 1-6 for Markdown/wiki, 7 for plain headings
    numbered: str = ""  # "3" for a numbered heading or list line


def scan_lines(text: str, rules: LayoutRules | None = None) -> list[Line]:
    """Split `text` into lines and give each its kind (context-free first pass + neighbours)."""
    rules = rules or default_layout_rules()
    raw: list[Line] = []
    pos = 0
    for index, chunk in enumerate(text.splitlines(keepends=True)):
        body = chunk.rstrip("\r\n")
        raw.append(_classify(index, pos, body, rules))
        pos += len(chunk)
    listed = _list_items(raw)
    return [_with_context(raw, i, listed, rules) for i in range(len(raw))]


def _classify(index: int, start: int, body: str, rules: LayoutRules) -> Line:
    end = start + len(body)
    stripped = body.strip()
    lead = len(body) - len(body.lstrip())
    if not stripped or stripped in {"- [ ]", "- [x]", "[ ]", "[x]", "*", "-", "--", "·", "•"}:
        return Line(index, start, end, body, "blank", end)
    # each pattern only where the character it opens on (or a string it needs) is there: \s is str.isspace
    # and \d str.isdecimal, so `stripped` starts where the patterns' leading \s* ends
    first = stripped[0]
    if "<" in body and AI_MARKER.match(body) or "---" in body and TABLE_RULE.match(body) \
            or first in "-*_=" and HR_RULE.match(body) or "{{" in stripped[:4]:
        return Line(index, start, end, body, "rule", end)
    if (first.isdecimal() or first in ITEM_FIRST) and ITEM_NUMBER_ONLY.match(body):
        number = re.sub(r"\D", "", stripped.split()[-1])
        return Line(index, start, end, body, "marker", end, numbered=number)
    chat = next((m for p in rules.chat_prefix if (m := p.match(body))), None) if _chat_gate(rules)(body) else None
    if chat and chat.end() < len(body):  # one chat message a line, like a bullet; the prefix is no part of it
        return Line(index, start, end, body, "bullet", start + chat.end())
    heading = (MD_HEADING.match(body) or WIKI_HEADING.match(body)) if first in "#=" else None
    if heading:
        depth = len(heading.groupdict().get("hashes") or heading.groupdict().get("eq") or "#")
        return Line(index, start, end, body, "heading", start + heading.start("title"), level=depth)
    if stripped.startswith("|") and stripped.count("|") >= 2 or stripped.count(" | ") >= 2:
        return Line(index, start, end, body, "table", start + lead + 1)
    bullet = BULLET.match(body)
    if bullet and bullet.end() < len(body) and not _false_bullet(body, bullet):
        number = re.sub(r"\D", "", bullet.group("marker"))
        return Line(index, start, end, body, "bullet", start + bullet.end(), numbered=number)
    if len(COLUMN_GAPS.split(stripped)) >= 3:  # columns kept apart by tabs or runs of spaces
        return Line(index, start, end, body, "table", start + lead)
    return Line(index, start, end, body, "text", start + lead)


ITEM_FIRST = "iI\u0130\u0131"  # what ITEM_NUMBER_ONLY's 'item' can open on (IGNORECASE: 'İ' and 'ı' too)
# a tab run or 3+ spaces, as r"\t+|\s{3,}" matches, written to open on a space class, which the regex engine
# skips to (an alternation of repeats is tried at every offset: 2x slower)
COLUMN_GAPS = re.compile(r"\s(?:(?<=\t)\t*|\s{2,})")
_CHAT_GATES: dict[int, tuple[LayoutRules, Callable[[str], bool]]] = {}


def _chat_gate(rules: LayoutRules) -> Callable[[str], bool]:
    """One search a line for the strings the chat prefixes need ('<' and '>' of a nick): most lines run none of them."""
    hit = _CHAT_GATES.get(id(rules))
    if hit is None or hit[0] is not rules:
        needed = [needs(p) for p in rules.chat_prefix]
        gate = NeededGate(set().union(*needed)) if all(needed) else (lambda text: True)
        hit = _CHAT_GATES[id(rules)] = (rules, gate)
    return hit[1]


def _false_bullet(body: str, bullet: re.Match[str]) -> bool:
    """Markers that are really words: 'a) ...' is fine, 'A lot' or '1.5m' are not bullets."""
    marker = bullet.group("marker").strip()
    rest = body[bullet.end():]
    if marker == ">":
        return True  # a Markdown quote keeps its '>' in the unit text
    if marker == "o" and not rest[:1].isupper():
        return True
    if re.fullmatch(r"[a-zA-Z]\)", marker) and not rest[:1].isalnum():
        return True
    if marker.endswith(".") and not marker[0].isdigit() and not rest[:1].isalpha():
        return True  # 'c. 40 people', 'p. 12': an abbreviation before a number
    return False


def _words(line: Line) -> str:
    return line.text[line.content_start - line.start:].strip()


LEAD_IN_END = re.compile(r":\s*[-–—]?$")
SENTENCE_JOIN = re.compile(r"[a-z][.!?]\s+[A-Z]")


def _is_lead_in(words: str) -> bool:
    return bool(LEAD_IN_END.search(words.strip().strip("*_ ")))


def _is_prose(words: str) -> bool:
    return words.rstrip("*_ ").endswith(TERMINAL) or len(words) > 150 or bool(SENTENCE_JOIN.search(words))


def _list_items(lines: list[Line]) -> set[int]:
    """Lines of a list under a lead-in ('Decisions received from the Borough:'), blank lines
    between them or not: items however Title Case they read, never headings. Prose ends the list,
    and so does a line with prose or bullets right under it (a title over them), unless it is
    shaped like the item before it ('Dr R Amadi (2022 – 2026)' after 'Mrs P Lane (2023 – 2027)')."""
    filled = [ln for ln in lines if ln.kind != "blank"]
    items: set[int] = set()
    open_list = False
    for k, line in enumerate(filled):
        words = _words(line)
        after = filled[k + 1] if k + 1 < len(filled) else None
        if line.kind not in {"text", "bullet"}:
            open_list = False
        elif _is_lead_in(words):
            open_list = True
        elif _is_prose(words) or LABEL_LINE.match(words):
            open_list = False  # 'Apologies: Cllr Ward' after a list is a new label, not one more entry
        elif line.numbered and not (k and filled[k - 1].index in items and filled[k - 1].numbered):
            open_list = False  # '1. Welcome and apologies' after names: the first agenda item
        elif open_list and after is not None and (after.kind == "text" and _is_prose(_words(after))
                                                  or line.kind == "text" and after.kind == "bullet") \
                and not (filled[k - 1].index in items and _same_shape(_words(filled[k - 1]), words)):
            open_list = False  # a title over its paragraph or its bullets
        elif open_list:
            items.add(line.index)
    return items


def _reference_run(lines: list[Line], i: int, rules: LayoutRules) -> bool:
    """Three or more minute headings in a row, nothing between them, whose numbers do not count up by one: the
    rows of an action log ('FP/23/88 Theatre deep dive RC Jan-24 Closed', 'FP/24/03 ...'), not items (a minute
    run into its sentence, '70/18 Public participation: none.', is no heading and breaks no run)."""
    def reference(k: int) -> str | None:
        titled = minute_heading(lines[k].text, rules) if 0 <= k < len(lines) and lines[k].kind == "text" else None
        return titled[0] if titled else None
    first, last = i, i
    while i - first < 4 and reference(first - 1):
        first -= 1
    while last - i < 4 and reference(last + 1):
        last += 1
    if last - first < 2:
        return False
    numbers = [_counted(reference(k) or "0") for k in range(first, last + 1)]
    return any(b != a + 1 for a, b in zip(numbers, numbers[1:]))


def _counted(reference: str) -> int:
    """The number a run of minutes counts by: 'C/26/101' -> 101, '4.2' -> 2, '3.0' -> 3."""
    numbers = [int(n) for n in re.findall(r"\d+", reference)]
    return numbers[-2] if len(numbers) >= 2 and numbers[-1] == 0 else numbers[-1]


def _same_shape(a: str, b: str) -> bool:
    """Two entries of one list: both close on a bracket ('Name (role)')."""
    return a.endswith(")") and b.endswith(")") and "(" in a and "(" in b


def _with_context(lines: list[Line], i: int, listed: set[int], rules: LayoutRules) -> Line:
    """Promote short stand-alone prose lines to plain headings using their neighbours."""
    line = lines[i]
    if line.kind == "text" and (titled := minute_heading(line.text, rules)) and not _reference_run(lines, i, rules):
        return replace(line, kind="heading", level=7, numbered=titled[0], content_start=line.start + titled[1])
    if line.kind not in {"text", "bullet"} or i in listed:
        return line
    words = _words(line)
    before_blank = i == 0 or lines[i - 1].kind in {"blank", "rule", "marker", "heading"}
    after_blank = i + 1 >= len(lines) or lines[i + 1].kind in {"blank", "rule"}
    if line.kind == "bullet" and _dash_run_on(lines, i):
        return replace(line, kind="text", content_start=line.start + len(line.text) - len(line.text.lstrip()))
    if line.kind == "bullet":
        short = len(words.split()) <= 8 and not words.rstrip().endswith(TERMINAL)
        text_follows = i + 1 < len(lines) and lines[i + 1].kind == "text"
        if text_follows and _words(lines[i + 1])[:1].islower() and words.split()[-1:] \
                and words.split()[-1].lower() in rules.open_end:
            return line  # '(2) That the Clerk be authorised to' + '  sign the lease ...': an item wrapped on
        if line.numbered and (before_blank and after_blank or text_follows) and not words[:1].islower() \
                and (is_heading_text(words, rules) or short):  # '(3) and (4) Mill Lane - no action' is an entry
            return replace(line, kind="heading", level=7)
        return line
    if is_cue_heading(words) or (before_blank and after_blank and is_heading_text(words, rules)):
        return replace(line, kind="heading", level=7)
    if _capitals_title(lines, i, words, rules):
        return replace(line, kind="heading", level=7)
    return line


def _capitals_title(lines: list[Line], i: int, words: str, rules: LayoutRules) -> bool:
    """'FINANCE' or 'STREET LIGHTING' in capitals between a finished sentence and the next: a section
    title even with no blank line around it (a line in capitals that records a vote, 'CARRIED', is a unit)."""
    letters = _LETTER_RUNS.findall(words)
    if not letters or not all(w.isupper() for w in letters) or sum(map(len, letters)) < 4 \
            or len(words.split()) > 6 or ":" in words or rules.outcome_word.search(words):
        return False
    before, after = lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None
    if after is None or after.kind not in {"text", "bullet"} or not _words(after)[:1].isupper():
        return False
    closed = before is None or before.kind in {"blank", "rule", "marker", "heading"} \
        or before.text.rstrip().endswith(TERMINAL)
    return closed and is_heading_text(words, rules)


def _dash_run_on(lines: list[Line], i: int) -> bool:
    """'... would make this much easier' + '– something to ask the city for': a dash and a
    lower-case word after an unfinished line carry its sentence on; they open no bullet."""
    line, before = lines[i], lines[i - 1] if i else None
    marker = line.text[: line.content_start - line.start].strip()
    return (marker in {"–", "—"} and _words(line)[:1].islower() and before is not None and before.kind == "text"
            and not before.text.rstrip().endswith((*TERMINAL, ":")))


def minute_heading(text: str, rules: LayoutRules) -> tuple[str, int] | None:
    """'31/22 APOLOGIES FOR ABSENCE', 'CM 12/24 Correspondence': a minute's reference and a short title, as
    (reference, where the title starts). A line that runs on as a sentence ('27/21 Minutes were signed.')
    stays prose, and so do dates, fractions and times ('12/05 Meeting', '4/5 Members', '19.30 Close')."""
    first = text.lstrip()[:1]
    found = rules.minute_ref.match(text) if first.isdecimal() or first.isupper() or first == "§" else None
    if not found or rules.not_minute_ref.match(found.group("ref")):
        return None
    title = text[found.end():].strip().strip("*_ ")
    title = title[:-1].rstrip() if title.endswith(":") else title
    if not title[:1].isupper() or len(title) > 80 or title.endswith(TERMINAL) or rules.clause_word.search(title):
        return None
    if not is_heading_text(title, rules):  # 'To consider the photocopier': an agenda's wording, short and unfinished
        if len(title.split()) > 10 or ": " in title or rules.statement_lead.match(title) \
                or rules.amount.search(title) or DONE_WORD.match(title) or BOLD_RUN_IN.match(title):
            return None
    return ITEM_WORD.sub("", found.group("ref")), found.end()


ITEM_WORD = re.compile(r"^(?:agenda\s+)?item\s+", re.I)  # 'Agenda item 4': the item's number is '4'


def is_cue_heading(words: str) -> bool:
    """'Actions:', 'Resolved:', 'Decision' alone on a line: context for what follows."""
    return bool(CUE_HEADING.match(words.strip().strip("*_ ")))


def is_heading_text(words: str, rules: LayoutRules | None = None) -> bool:
    """A short title-like line: no sentence punctuation, mostly capitalised words."""
    rules = rules or default_layout_rules()
    if BOLD_RUN_IN.match(words):
        return False  # a bold label run into its sentence: the sentence is a unit
    words = words.strip().strip("*_ ")
    if not words or len(words) > 90 or words.endswith(TERMINAL) or rules.statement_lead.match(words):
        return False
    if rules.amount.search(words) or DONE_WORD.match(words):
        return False
    if not words[0].isalnum():
        return False  # '[Moving to GH]', '(continued)': notes, not headings
    head, colon, tail = words.partition(": ")
    if colon and re.search(r"(?:^|\s)[a-z]", tail):
        return False  # 'Rod: Couple it to execPath' is a speaker's line
    tokens = re.findall(r"[^\W\d_][\w'’&/-]*", words)
    if not tokens or len(words.split()) > 12:
        return False
    if words.endswith(":"):
        if rules.commitment.search(words):
            return False  # 'Seun will:' opens a list of tasks
        return len(words.split()) <= 4 and _capital_share(tokens) >= 0.5
    if "," in words and len(words.split()) > 6:
        return False
    threshold = 0.5 if len(tokens) <= 6 else 0.6
    return _capital_share(tokens) >= threshold or len(tokens) <= 2 and tokens[0][0].isupper()


SMALL_WORDS = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at", "from", "&", "or", "vs"}


def _capital_share(tokens: list[str]) -> float:
    content = [t for t in tokens if t.lower() not in SMALL_WORDS]
    if not content:
        return 0.0
    return sum(t[0].isupper() for t in content) / len(content)
