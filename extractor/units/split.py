"""split_units: sentences and bullet lines of a minutes text, with character offsets.

Follows ../shared/ANNOTATION.md: a unit is a sentence, or a bullet / list line;
headings alone are not units; a heading glued to its sentence stays with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..rules import lexicon, read_rules
from ..structure.layout import Line

RULES_PATH = Path(__file__).with_name("rules.jsonl")
CLOSING_BLOCK_KINDS = {"blank", "rule", "marker", "heading"}
BOUNDARY = re.compile(r"(?P<punct>\.{1,3}|[!?]+|…)(?P<close>[\"'”’)\]*_]*)(?P<space>\s+)(?=\S)")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?[.,;:]?")
WORD_BEFORE = re.compile(r"([\w.’'-]+)$")
SENTENCE_OPENERS = "\"'“‘([*_`#@>&-–—\\$£€"
TERMINAL = tuple(".!?:;")


@dataclass(frozen=True)
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



@lru_cache(maxsize=1)
def default_rules() -> SplitRules:
    return load_rules(RULES_PATH)


def load_rules(path: Path) -> SplitRules:
    records = read_rules(path, ("id", "kind", "value"))
    return SplitRules(
        abbreviations=frozenset(lexicon(records, "abbreviation")),
        attach=tuple(re.compile(p) for p in lexicon(records, "attach_parenthetical")),
        final_abbreviations=frozenset(lexicon(records, "final_abbreviation")),
    )


def split_units(text: str, lines: list[Line], skip_lines: set[int], rules: SplitRules | None = None) -> list[UnitSpan]:
    """Every unit of `text` in order; `lines` and `skip_lines` come from the structure step."""
    rules = rules or default_rules()
    units: list[UnitSpan] = []
    for kind, first, start, end in _blocks(lines, skip_lines):
        if kind == "row":
            units.extend(_trimmed(text, start, end, "row", first))
            continue
        piece_kind = "bullet" if kind == "bullet" else "sentence"
        marker = marker_type(lines[first]) if kind == "bullet" else ""
        for s, e in split_sentences(text, start, end, rules):
            units.extend(_trimmed(text, s, e, piece_kind, first, marker))
    return units


def marker_type(line: Line) -> str:
    """What kind of list marker a bullet line has (a classifier signal: '- [ ]' is a task)."""
    marker = line.text[: line.content_start - line.start].strip()
    if "[ ]" in marker:
        return "task_open"
    if "[x]" in marker.lower():
        return "task_done"
    if marker[:1].isdigit():
        return "number"
    if marker.startswith(":"):
        return "wiki"
    if re.match(r"\(?[a-zA-Z]+\)", marker):
        return "letter"
    return "dash" if marker[:1] in "-*+–—" else "glyph"


def _blocks(lines: list[Line], skip: set[int]) -> list[tuple[str, int, int, int]]:
    """Runs of lines that read as one paragraph, bullet or table row: (kind, line, start, end)."""
    blocks: list[list] = []
    wrap = _wrap_width(lines)
    open_block: list | None = None
    for line in lines:
        if line.index in skip or line.kind in CLOSING_BLOCK_KINDS:
            open_block = None
            continue
        if line.kind == "table":
            cells = line.text.strip().strip("|").strip()
            offset = line.start + line.text.index(cells) if cells else line.start
            blocks.append(["row", line.index, offset, offset + len(cells)])
            open_block = None
        elif line.kind == "bullet":
            open_block = ["bullet", line.index, line.content_start, line.end, line]
            blocks.append(open_block)
        elif open_block is not None and not _hard_break(open_block[4], line, wrap):
            open_block[3], open_block[4] = line.end, line
        else:
            open_block = ["text", line.index, line.content_start, line.end, line]
            blocks.append(open_block)
    return [(b[0], b[1], b[2], b[3]) for b in blocks]


def _wrap_width(lines: list[Line]) -> int | None:
    """The width the text was hard-wrapped at, or None when lines were not wrapped.

    Wrapped text shows many lines, each followed by more of its paragraph, ending
    close to one width; unwrapped text has a line per statement.
    """
    inner = [
        len(a.text.rstrip()) for a, b in zip(lines, lines[1:])
        if a.kind in {"text", "bullet"} and b.kind == "text"
    ]
    if len(inner) < 5:
        return None
    width = sorted(inner)[int(len(inner) * 0.9)]
    near = sum(n >= 0.8 * width for n in inner) / len(inner)
    return width if width <= 130 and near >= 0.4 else None


def _hard_break(previous: Line, line: Line, wrap: int | None) -> bool:
    """Does a new statement start on `line`? A line without end punctuation followed by a
    capitalised line is two statements, unless the text is hard-wrapped and the line is full."""
    before = previous.text.rstrip()
    after = line.text.strip()
    if not after:
        return True
    if not (after[0].isupper() or after[0].isdigit()):
        return False
    if before.endswith(":"):
        return True  # a lead-in: the list below it starts on the next line
    if before.endswith(TERMINAL):
        return False
    if before.endswith((",", "-", "–", "&", "(", "/")) or re.search(r"\b(and|or|of|the|to|for|with|a|an|in|on|by|at)$", before, re.I):
        return False
    return wrap is None or len(before) < 0.75 * wrap


def split_sentences(text: str, start: int, end: int, rules: SplitRules) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (a paragraph or one bullet)."""
    cuts = [start]
    block = text[start:end]
    for image in IMAGE.finditer(block):
        cuts.extend([start + image.start(), start + image.end()])
    for match in BOUNDARY.finditer(block):
        if _is_boundary(block, match, rules):
            cuts.append(start + match.end("close"))
    cuts.append(end)
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def _is_boundary(block: str, match: re.Match[str], rules: SplitRules) -> bool:
    punct, following = match.group("punct"), block[match.end():]
    before = WORD_BEFORE.search(block[: match.start()])
    word = before.group(1) if before else ""
    nxt = following.split(None, 1)[0] if following.split() else ""
    if punct == "." and not match.group("close"):
        if word.lower() in rules.final_abbreviations and nxt[:1].isupper():
            return True
        if word.lower().rstrip(".") in rules.abbreviations or word.lower() in rules.abbreviations:
            return False
        if re.fullmatch(r"[A-Z]", word) or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            return False  # an initial ("Maya J. Rao") or "e.g"
    if punct == ".." and nxt[:1].islower():
        return False
    first = following[:1]
    if first == "(" and any(p.search(following) for p in rules.attach):
        return False
    if first.isupper() or first.isdigit() or first in SENTENCE_OPENERS:
        return True
    # lower-case openers only when they are identifiers ("v5 and other ...")
    return first.islower() and any(ch.isdigit() for ch in nxt)


def _trimmed(text: str, start: int, end: int, kind: str, line: int, marker: str = "") -> list[UnitSpan]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right <= left or not re.search(r"\w", piece):
        return []
    return [UnitSpan(start + left, start + right, kind, line, marker)]
