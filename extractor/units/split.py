"""split_units: sentences and bullet lines of a minutes text, with character offsets.

Follows ../shared/ANNOTATION.md: a unit is a sentence, or a bullet / list line;
headings alone are not units; a heading glued to its sentence stays with it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..rules import lexicon, read_rules
from ..structure.layout import Line

_WORD_CHAR = re.compile(r"\w")  # compiled once, not looked up in re's cache at every call

RULES_PATH = Path(__file__).with_name("rules.jsonl")
CLOSING_BLOCK_KINDS = {"blank", "rule", "marker", "heading"}
BOUNDARY = re.compile(r"(?P<punct>\.{1,3}|[!?]+|…)(?P<close>[\"'”’)\]*_]*)(?P<space>\s+)(?=\S)")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?[.,;:]?")
WORD_BEFORE = re.compile(r"([\w.’'-]+)$")
WORD_CHARS = re.compile(r"[\w.’'-]+")  # WORD_BEFORE's characters, matched on reversed text by word_before
TIME_BEFORE_NOUN = re.compile(r"\b(?:the|a|an|its|our|their|this)\s+\d{1,2}(?:[:.]\d{2})?\s*$", re.I)  # 'the 6 '
SENTENCE_OPENERS = "\"'“‘([*_`#@>&-–—\\$£€"
TERMINAL = tuple(".!?:;")
# a sentence end with no space after it: 'needs cutting.The Clerk', 'was £790.£3,500 sits', 'agreed!The'
# (the stop is matched first and the letters before it looked back at: a pattern that opens on a look-behind is
# tried at every offset of the block, one that opens on [.!?] only where one stands, 5x faster; same matches)
GLUED = re.compile(r"[.!?](?:(?<=[a-z]{2}[.!?])(?=[A-Z][A-Za-z]*[a-z])|(?<=\d\.)(?=[£$€]\d))")
NOT_GLUED = re.compile(r"/|@|www|\.(?:com|org|net|gov|ac|co|uk|io)\b", re.I)  # a URL, address or file name
# what follows a sentence end without opening a sentence: '? -> next week', '? - raised by Sam'
TAIL = re.compile(r"(?:->|=>|→|⇒)|[-–—]\s+[a-z]")
LOWER_OPENER = re.compile(r"[a-z][\w'’.-]*[,;:!?]?")  # a word, not an address or path ('treasurer@x.org')
# a line opening on a short label: 'Ann – book the hall', 'Raj/Ed – quotes', 'Claire: rota done'
LABELLED = re.compile(r"[A-Z][\w.'’/&-]*(?:\s+[A-Z][\w.'’/&-]*){0,2}(?:\s+[–—-]\s|:\s)")
INLINE_ITEM = re.compile(r"(?P<n>\d(?<=\s\d)\d?)\s+(?=[A-Z][a-z])")  # '... 3 Roads Report ...' (a digit after a space)
MARKER_AT_END = re.compile(r"[a-z][.)](?:\s+[A-Z]|\s*$)")  # '... in 2015. b.' + 'Website ...': the next item's letter
LEAD_IN = re.compile(r":\s*[-–—]?$")  # 'Resolved:', 'RESOLVED that the following be approved: –'
# How far the boundary checks read around a full stop: a few words each way, bounded so a paragraph or
# line of any length splits in linear time (a 400k-character line is one block).
_NEAR = 500
_LETTERS_THEN_SPACE = re.compile(r"[A-Za-z]+(?:\s|$)")
INLINE_BOX = re.compile(r"\[(?<=\s\[)[ xX]\]\s+(?=\S)")  # '... soon [ ] Book the hall': a task inside a line (after a space)
TABLE_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")  # '|---|:--:|' under a table's header row
HYPHENATED = re.compile(r"[^\W\d_]{2}-$")  # 'recom-': a word broken at the line end
# an owner's initials and their task open a sentence after a letter that ends one ('... of Family B. KS will draft')
INITIALS_OWNER = re.compile(r"[A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3})*\s+(?:to|will)\s")
INLINE_LIST = re.compile(r":\s*(?P<marker>--|[•▪●])\s+")  # 'items donated: -- a desk -- a lamp'


@dataclass(frozen=True, slots=True)
class UnitSpan:
    start: int
    end: int
    kind: str  # "sentence" | "bullet" | "row"
    line: int  # index of the line the unit starts on
    marker: str = ""  # bullet type: task_open | task_done | number | letter | dash | glyph | wiki


@dataclass(frozen=True)
class SplitRules:
    abbreviations: frozenset[str]
    attach: tuple[re.Pattern[str], ...]
    final_abbreviations: frozenset[str] = frozenset()  # may end a sentence: "etc."
    dangling: frozenset[str] = frozenset()  # words a wrapped line ends on: "the", "of", "that"
    continuation_openers: frozenset[str] = frozenset()  # 'Of', 'And': a line that opens with one goes on
    minute_number: re.Pattern[str] = re.compile(r"(?!)")  # '21.307', 'FP/23/94' opening a line opens a unit
    sentence_openers: frozenset[str] = frozenset()  # 'The', 'It', 'We': never the middle of a sentence
    name_titles: frozenset[str] = frozenset()  # 'mr', 'cllr', 'st': an abbreviation that a name follows
    page_furniture: re.Pattern[str] = re.compile(r"(?!)")  # 'Page 3 of 7', "Chair's initials ____" (whole line)
    mid_abbreviations: frozenset[str] = frozenset()  # 'i.e', 'e.g': what follows always belongs to the sentence
    log_header: re.Pattern[str] = re.compile(r"(?!)")  # 'Ref | Action | Owner | Due': the titles of an action log
    log_row: re.Pattern[str] = re.compile(r"(?!)")  # 'A22 | Chase the quote | KS | 17/12/25': a log row, no titles



@lru_cache(maxsize=1)
def default_rules() -> SplitRules:
    return load_rules(RULES_PATH)


def load_rules(path: Path) -> SplitRules:
    records = read_rules(path, ("id", "kind", "value"))
    return SplitRules(
        abbreviations=frozenset(lexicon(records, "abbreviation")),
        attach=tuple(re.compile(p) for p in lexicon(records, "attach_parenthetical")),
        final_abbreviations=frozenset(lexicon(records, "final_abbreviation")),
        dangling=frozenset(lexicon(records, "dangling")),
        continuation_openers=frozenset(lexicon(records, "continuation_opener")),
        minute_number=re.compile("|".join(f"(?:{p})" for p in lexicon(records, "minute_number")) or r"(?!)"),
        sentence_openers=frozenset(lexicon(records, "sentence_opener")),
        name_titles=frozenset(lexicon(records, "name_title")),
        page_furniture=re.compile("|".join(f"(?:{p})" for p in lexicon(records, "page_furniture")) or r"(?!)"),
        mid_abbreviations=frozenset(lexicon(records, "mid_abbreviation")),
        log_header=_any_of(lexicon(records, "action_log_header")),
        log_row=_any_of(lexicon(records, "action_log_row")),
    )


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def split_units(text: str, lines: list[Line], skip_lines: set[int], rules: SplitRules | None = None) -> list[UnitSpan]:
    """Every unit of `text` in order; `lines` and `skip_lines` come from the structure step."""
    rules = rules or default_rules()
    units: list[UnitSpan] = []
    for kind, first, start, end, row_marker in _blocks(lines, skip_lines, rules):
        if kind == "row":
            units.extend(_trimmed(text, start, end, "row", first, row_marker))
            continue
        piece_kind = "bullet" if kind == "bullet" else "sentence"
        marker = marker_type(lines[first]) if kind == "bullet" else ""
        for a, b, item_marker in _inline_items(text, start, end):
            if item_marker:  # an item run on after a lead-in or a task box inside the line
                piece_kind, marker = "bullet", item_marker
            for s, e in split_sentences(text, a, b, rules):
                units.extend(_trimmed(text, s, e, piece_kind, first, marker))
    return units


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Items run together on one line, each without its marker: after a lead-in ('donated: --
    a desk -- a lamp', the lead-in ending at its colon) or after task boxes ('[ ] book the
    hall [ ] order the urn'). (start, end, marker type), '' for the text before the first."""
    block = text[start:end]
    cuts: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "task_done" if "x" in m[0].lower() else "task_open") for m in INLINE_BOX.finditer(block)
    ]
    lead = INLINE_LIST.search(block)
    if lead:
        item = re.compile(rf"(?:(?<=\s)|(?<=:)){re.escape(lead['marker'])}\s+")
        seps = list(item.finditer(block, lead.start("marker")))
        if len(seps) >= 2:
            cuts += [(m.start(), m.end(), "dash") for m in seps]
    if not cuts:
        return [(start, end, "")]
    cuts.sort()
    bounds = [(0, 0, "")] + cuts
    ends = [c[0] for c in cuts] + [len(block)]
    return [(start + b[1], start + e, b[2]) for b, e in zip(bounds, ends) if block[b[1]:e].strip()]


def marker_type(line: Line) -> str:
    """What kind of list marker a bullet line has (a classifier signal: '- [ ]' is a task)."""
    marker = line.text[: line.content_start - line.start].strip()
    if "[ ]" in marker or marker == "☐":
        return "task_open"
    if "[x]" in marker.lower() or marker in {"☑", "☒"}:
        return "task_done"
    if marker[:1].isdigit():
        return "number"
    if "<" in marker and ">" in marker:
        return "chat"
    if marker.startswith(":"):
        return "wiki"
    if re.match(r"\(?[a-zA-Z]+\)", marker):
        return "letter"
    return "dash" if marker[:1] in "-*+–—" else "glyph"


def _blocks(lines: list[Line], skip: set[int], rules: SplitRules) -> list[tuple[str, int, int, int]]:
    """Runs of lines that read as one paragraph, bullet or table row: (kind, line, start, end, marker); a row
    of an action log (under an 'Action | Owner | Due' header row, or shaped as one) has the marker 'action_log',
    that header row the marker 'log_header'."""
    blocks: list[list] = []
    in_log = False  # the table being read has an action log's header row
    wrap = _wrap_width(lines)
    open_block: list | None = None
    tops: list[tuple[int, str]] | None = None  # the document's first lines, which a running head repeats
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.kind not in {"table", "blank", "rule"}:
            in_log = False
        if line.index in skip or line.kind in CLOSING_BLOCK_KINDS:
            # cheap check first: only a block left mid-sentence can run on over a page break
            if open_block is not None and not open_block[4].text.rstrip().endswith(TERMINAL):
                tops = tops if tops is not None else _top_lines(lines)
                after = _past_page_break(lines, index - 1, rules, tops)
                if after is not None and lines[after].index not in skip \
                        and _runs_on(open_block[4].text, lines[after].text, rules):
                    open_block[3], open_block[4] = lines[after].end, lines[after]
                    index = after + 1
                    continue
            open_block = None
            continue
        if line.kind == "table":
            if rules.log_header.search(line.text):
                in_log = True
            if index < len(lines) and lines[index].kind in {"rule", "table"} \
                    and TABLE_RULE.fullmatch(lines[index].text.strip()):
                open_block = None
                continue  # a Markdown table's header row: the columns' titles, no statement
            cells = line.text.strip().strip("|").strip()
            offset = line.start + line.text.index(cells) if cells else line.start
            titles = rules.log_header.search(line.text) is not None
            logged = in_log and not titles or rules.log_row.search(line.text)
            blocks.append(["row", line.index, offset, offset + len(cells),
                           "log_header" if titles else "action_log" if logged else ""])
            open_block = None
        elif line.kind == "bullet":
            open_block = ["bullet", line.index, line.content_start, line.end, line]
            blocks.append(open_block)
        elif open_block is not None and not _hard_break(open_block[4], line, wrap, rules):
            open_block[3], open_block[4] = line.end, line
        else:
            open_block = ["text", line.index, line.content_start, line.end, line]
            blocks.append(open_block)
    return [(b[0], b[1], b[2], b[3], b[4] if b[0] == "row" else "") for b in blocks]


def _top_lines(lines: list[Line]) -> list[tuple[int, str]]:
    return [(ln.index, ln.text.strip()) for ln in lines if ln.kind != "blank"][:3]


def _past_page_break(lines: list[Line], at: int, rules: SplitRules, tops: list[tuple[int, str]]) -> int | None:
    """The index of the first content line after a page break that starts at lines[at] (blank lines,
    page numbers, "Chair's initials", a running head repeating one of the document's first lines),
    None when no page mark is there (a blank line alone is a paragraph break)."""
    k, marked = at, False
    while k < len(lines) and k - at < 12:
        text = lines[k].text.strip()
        if not text:
            marked = marked or "\f" in lines[k].text  # a form feed: the text extractor's own page break
        elif len(text) <= 80 and (rules.page_furniture.fullmatch(text.strip("\f")) or any(
                len(top) >= 10 and first < at and (text == top or text.startswith(top) and lines[k].kind != "text")
                for first, top in tops)):
            marked = True
        else:
            return k if marked and lines[k].kind == "text" else None
        k += 1
    return None


def _runs_on(before: str, after: str, rules: SplitRules) -> bool:
    """Does the line after a page break carry on the sentence the line before it left open? It opens
    in lower case, or the line before ends on a broken word, a comma or a word that leaves a phrase open."""
    before, after = before.rstrip(), after.strip()
    if after[:1].islower():
        return True
    if _bare(after.split()[0]) in rules.sentence_openers:
        return False  # '... booked for the' + 'The next item ...': a new sentence, whatever the last
    words = before.split()
    return bool(words) and (HYPHENATED.search(before) is not None or before.endswith(",")
                            or words[-1].lower() in rules.dangling)


def _wrap_width(lines: list[Line]) -> int | None:
    """The width the text was hard-wrapped at, or None when lines were not wrapped.

    Wrapped text shows many lines, each followed by more of its paragraph, ending
    close to one width; unwrapped text has a line per statement.
    """
    inner = [
        len(a.text.rstrip()) for a, b in zip(lines, lines[1:])
        if a.kind in {"text", "bullet"} and b.kind == "text"
    ]
    if len(inner) >= 5:
        width = sorted(inner)[int(len(inner) * 0.9)]
        if width <= 130 and sum(n >= 0.8 * width for n in inner) >= 0.4 * len(inner):
            return width
    # a short page: a line that a lower-case line carries on from was wrapped, and their
    # lengths give the width
    carried = [
        len(a.text.rstrip()) for a, b in zip(lines, lines[1:])
        if a.kind in {"text", "bullet"} and b.kind == "text" and b.text.strip()[:1].islower()
        and not a.text.rstrip().endswith(TERMINAL)
    ]
    if len(carried) >= 2 and max(carried) <= 130 and min(carried) >= 0.7 * max(carried):
        return max(carried)
    return None


def _hard_break(previous: Line, line: Line, wrap: int | None, rules: SplitRules) -> bool:
    """Does a new statement start on `line`? A line without end punctuation followed by a
    capitalised line is two statements, unless the text is hard-wrapped and the line is full:
    near the width, or too full for the next line's first word."""
    before = previous.text.rstrip()
    after = line.text.strip()
    if not after:
        return True
    if before.endswith("|") and after.endswith("|") and after.count("|") == 1 and len(after.split()) <= 7:
        return False  # a flattened table row's owner cell, on a line of its own
    if before.endswith(";") and after.split()[0].lower().strip(",") not in {"and", "or", "but", "nor", "then"}:
        return True  # items of a list flattened without bullets, each closed by ';' ('amend the policy;')
    if LEAD_IN.search(before):
        return True  # a lead-in: the list below it starts on the next line, in either case
    if not (after[0].isupper() or after[0].isdigit() or unicodedata.category(after[0]) == "So"):
        return False  # (an emoji or symbol opening a line marks an entry as a capital does: '✅ Budget approved')
    if before.endswith(TERMINAL):
        return False
    words = before.split()
    if before.endswith((",", "-", "–", "&", "(", "/")) or words and words[-1].lower() in rules.dangling:
        return False
    if after.split()[0] in rules.continuation_openers:
        return False  # '... at the bottom' + 'Of Station Hill ...': no statement opens with 'Of'
    if rules.minute_number.match(after) and not re.search(r"\b[A-Z]{1,5}$", before):
        return True  # 'FP/23/94 Revise the plan': a numbered minute or log entry starts here ('QC' + '19/84' is one)
    if _bare(after.split()[0]) in rules.sentence_openers:
        return True  # '... and matters arising' + 'The minutes were ...': 'The' opens a sentence
    if LABELLED.match(before.lstrip()) and LABELLED.match(after):
        return True  # 'Ann – book the hall' + 'Raj – chase the quote': entries of one list
    if wrap is None:
        return True
    full = len(before) >= 0.75 * wrap or len(before) + 1 + len(after.split()[0]) > 0.9 * wrap
    return not full


def split_sentences(text: str, start: int, end: int, rules: SplitRules) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (a paragraph or one bullet)."""
    cuts = [start]
    block = text[start:end]
    for image in IMAGE.finditer(block):
        cuts.extend([start + image.start(), start + image.end()])
    for match in BOUNDARY.finditer(block):
        if _is_boundary(block, match, rules):
            cuts.append(start + match.end("close"))
    cuts.extend(start + m.end() for m in GLUED.finditer(block) if _is_glued(block, m.start(), rules))
    cuts.extend(start + at for at in _item_numbers_run_on(block, rules))
    cuts.append(end)
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def _is_boundary(block: str, match: re.Match[str], rules: SplitRules) -> bool:
    punct, following = match.group("punct"), block[match.end(): match.end() + _NEAR]
    word, word_start = word_before(block, max(0, match.start() - _NEAR), match.start())
    nxt = following.split(None, 1)[0] if following.split() else ""
    if punct == "." and not match.group("close"):
        if word.lower() in rules.final_abbreviations and nxt[:1].isupper():
            return not TIME_BEFORE_NOUN.search(block, 0, word_start)  # not 'the 6 p.m. Board meeting'
        if re.fullmatch(r"[A-Z]", word):  # an initial ('Maya J. Rao'), unless a sentence follows:
            return _bare(nxt) in rules.sentence_openers or "  " in match["space"] \
                or INITIALS_OWNER.match(following) is not None  # 'in Stair D. The', 'Child T. HG to commission'
        bare = word.lower().rstrip(".")
        if _bare(nxt) in rules.sentence_openers and bare not in rules.name_titles \
                and bare not in rules.mid_abbreviations \
                and "." not in nxt:
            return True  # 'parking on Mill Rd. The police ...', 'the U.S. They ...': 'The' opens a sentence
        if bare in rules.abbreviations or word.lower() in rules.abbreviations:
            return False
        token = block[max(0, match.start() - 12):match.start()].rsplit(None, 1)[-1:]
        if token and "/" in token[0] and token[0].lower() in rules.abbreviations:
            return False  # 'M/s. Arun Builders': the word before the stop holds a slash the word pattern stops at
        if "." in word and word.lower().rsplit(".", 1)[-1] in rules.abbreviations:
            return False  # 'sq.ft.', 'p.a.'
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word) or re.fullmatch(r"[a-z]", word) and nxt[:1].isdigit():
            return False  # 'e.g', 'U.K', 'c. 40 people'

    first = following[:1]
    if first == "(" and any(p.search(following) for p in rules.attach):
        return False
    if TAIL.match(following):
        return False
    if first.isupper() or first.isdigit() or first in SENTENCE_OPENERS:
        return True
    if unicodedata.category(first) == "So":
        return True  # 'Booked! 🎉 The room is ours'
    # informal notes start sentences in lower case ('not on the wiki. it splits', 'rc2? will it ship');
    # an ellipsis, a closing bracket or quote ('(by Ola?) is') or a one-letter abbreviation ('c. fifty') runs on
    return first.islower() and punct not in {"..", "...", "…"} and not match.group("close") \
        and len(word.rstrip(".")) > 1 and LOWER_OPENER.fullmatch(nxt) is not None \
        and nxt.rstrip(".").lower() not in rules.final_abbreviations and not MARKER_AT_END.match(following)


def _item_numbers_run_on(block: str, rules: SplitRules) -> list[int]:
    """Where the items of a flattened agenda open: '... opened the meeting 2 Accounts The figures were
    accepted 3 Roads Report Mr Kay spoke ...'. Only a run of three or more numbers in sequence,
    each before a capitalised word, three words or more apart and not after a word that leaves a
    phrase open ('were 2 Members and 3 Officers and 4 Residents' is no run)."""
    found = []
    words, counted = 0, 0  # words before each number, counted once along the block
    for m in INLINE_ITEM.finditer(block):
        # a number follows a space, so no word straddles `counted`: the pieces' counts add up
        words += len(block[counted:m.start("n")].split())
        counted = m.start("n")
        last = _last_word(block, m.start("n"))
        if last and (last.lower() in rules.dangling or last.endswith(",")):
            continue
        found.append((m.start("n"), int(m["n"]), words))
    best = _longest_run(found)
    return best if len(best) >= 3 else []


def _last_word(block: str, end: int) -> str:
    words = block[max(0, end - _NEAR):end].split()
    return words[-1] if words else ""


def _longest_run(found: list[tuple[int, int, int]]) -> list[int]:
    """The longest run from any number: each next the first later number one higher, three words or
    more on (the earliest start wins a tie). A number's successor is found by bisection and run lengths
    are summed from the end: O(n log n) where trying every start was O(n^2)."""
    by_value: dict[int, list[int]] = {}
    for index, (_, n, _) in enumerate(found):
        by_value.setdefault(n, []).append(index)
    successor: list[int | None] = []
    for index, (_, n, words) in enumerate(found):
        later = by_value.get(n + 1, [])
        # later numbers come in order of position, so of word count too: bisect on both
        k = bisect_left(_WordKeys(found, later), words + 3, lo=bisect_left(later, index + 1))
        successor.append(later[k] if k < len(later) else None)
    length = [1] * len(found)
    for index in range(len(found) - 1, -1, -1):
        if successor[index] is not None:
            length[index] = 1 + length[successor[index]]
    if not found:
        return []
    index: int | None = max(range(len(found)), key=lambda i: (length[i], -i))
    run = []
    while index is not None:
        run.append(found[index][0])
        index = successor[index]
    return run


class _WordKeys:
    """The word counts of `later`'s numbers as a sequence bisect can search, without copying them."""

    def __init__(self, found: list[tuple[int, int, int]], later: list[int]) -> None:
        self.found, self.later = found, later

    def __len__(self) -> int:
        return len(self.later)

    def __getitem__(self, k: int) -> int:
        return self.found[self.later[k]][2]


def _bare(word: str) -> str:
    return word.strip(",;:'\"“”‘’()")


def _is_glued(block: str, at: int, rules: SplitRules) -> bool:
    """A full stop with no space after it ends a sentence unless it sits in a URL, an address,
    a file name or after an abbreviation ('Mrs.Jones')."""
    left = block.rfind(" ", 0, at) + 1
    right = block.find(" ", at)
    token = block[left: right if right >= 0 else len(block)]
    word, _ = word_before(block, max(0, at - _NEAR), at)
    if block[at + 1].isalpha() and not _LETTERS_THEN_SPACE.match(block, at + 1):
        return False  # 'context.Context",' or 'ui.Button()': an identifier, not two sentences
    return not NOT_GLUED.search(token) and not (word and word.lower() in rules.abbreviations)


def word_before(block: str, start: int, end: int) -> tuple[str, int]:
    """(the word WORD_BEFORE.search(block, start, end) finds, where it starts), ("", end) for none: read
    backwards from `end` on the reversed window instead of tried at each of the 500 offsets before it
    (6,000 sentence ends a training run). Like `$`, the word may end before a line break that ends the window."""
    stop = end - 1 if end > start and block[end - 1] == "\n" else end
    found = WORD_CHARS.match(block[start:stop][::-1])
    return (block[stop - found.end():stop], stop - found.end()) if found else ("", end)


def _trimmed(text: str, start: int, end: int, kind: str, line: int, marker: str = "") -> list[UnitSpan]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right <= left or not _WORD_CHAR.search(piece):
        return []
    return [UnitSpan(start + left, start + right, kind, line, marker)]
