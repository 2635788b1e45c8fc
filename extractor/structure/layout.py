"""What each line of a minutes text is: blank, heading, bullet, table row, marker or prose.

The layout is the shared ground of structure and units: structure reads headings,
attendance lists and item markers from it; units split the content lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

BULLET = re.compile(
    r"""^(?P<indent>[ \t]*)(?P<marker>
        [-*+]\s+\[[ xX]\]       # Markdown task box
      | [·•●◦▪■□➢➤►‣⁃o∙]         # bullet glyphs (and a lone "o" from Word lists)
      | [-*+–—>](?=\s)           # dash / star bullets ('>' only as a quote prefix, see below)
      | :+(?=\s)                 # MediaWiki definition lines
      | \(?(?:[ivxIVX]{1,4}|[a-zA-Z])\)    # (i) (a) a)
      | \(\d{1,2}\)                # (1)
      | \d{1,2}[.)](?!\d)        # 1. 1)
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
ACTION_LEAD = re.compile(r"^\W*(?:action|actions|resolved|agreed|decision|noted|approved)\b", re.I)


@dataclass(frozen=True)
class Line:
    """One physical line: offsets exclude the line break."""

    index: int
    start: int
    end: int
    text: str
    kind: str  # blank | heading | bullet | text | table | marker | rule
    content_start: int  # where the words start (after a bullet marker, '#', '|')
    level: int = 0  # heading depth: 1-6 for Markdown/wiki, 7 for plain headings
    numbered: str = ""  # "3" for a numbered heading or list line


def scan_lines(text: str) -> list[Line]:
    """Split `text` into lines and give each its kind (context-free first pass + neighbours)."""
    raw: list[Line] = []
    pos = 0
    for index, chunk in enumerate(text.splitlines(keepends=True)):
        body = chunk.rstrip("\r\n")
        raw.append(_classify(index, pos, body))
        pos += len(chunk)
    return [_with_context(raw, i) for i in range(len(raw))]


def _classify(index: int, start: int, body: str) -> Line:
    end = start + len(body)
    stripped = body.strip()
    lead = len(body) - len(body.lstrip())
    if not stripped or stripped in {"- [ ]", "- [x]", "*", "-", "·", "•"}:
        return Line(index, start, end, body, "blank", end)
    if AI_MARKER.match(body) or TABLE_RULE.match(body) or HR_RULE.match(body) or "{{" in stripped[:4]:
        return Line(index, start, end, body, "rule", end)
    if ITEM_NUMBER_ONLY.match(body):
        number = re.sub(r"\D", "", stripped.split()[-1])
        return Line(index, start, end, body, "marker", end, numbered=number)
    heading = MD_HEADING.match(body) or WIKI_HEADING.match(body)
    if heading:
        depth = len(heading.groupdict().get("hashes") or heading.groupdict().get("eq") or "#")
        return Line(index, start, end, body, "heading", start + heading.start("title"), level=depth)
    if stripped.startswith("|") and stripped.count("|") >= 2 or stripped.count(" | ") >= 2:
        return Line(index, start, end, body, "table", start + lead + 1)
    bullet = BULLET.match(body)
    if bullet and bullet.end() < len(body) and not _false_bullet(body, bullet):
        number = re.sub(r"\D", "", bullet.group("marker"))
        return Line(index, start, end, body, "bullet", start + bullet.end(), numbered=number)
    if len(re.split(r"\t+|\s{3,}", stripped)) >= 3:  # columns kept apart by tabs or runs of spaces
        return Line(index, start, end, body, "table", start + lead)
    return Line(index, start, end, body, "text", start + lead)


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
    return False


def _with_context(lines: list[Line], i: int) -> Line:
    """Promote short stand-alone prose lines to plain headings using their neighbours."""
    line = lines[i]
    if line.kind not in {"text", "bullet"}:
        return line
    words = line.text[line.content_start - line.start:].strip()
    before_blank = i == 0 or lines[i - 1].kind in {"blank", "rule", "marker", "heading"}
    after_blank = i + 1 >= len(lines) or lines[i + 1].kind in {"blank", "rule"}
    if line.kind == "bullet":
        short = len(words.split()) <= 8 and not words.rstrip().endswith(TERMINAL)
        text_follows = i + 1 < len(lines) and lines[i + 1].kind == "text"
        if line.numbered and (before_blank and after_blank or text_follows) and (is_heading_text(words) or short):
            return replace(line, kind="heading", level=7)
        return line
    if is_cue_heading(words) or (before_blank and after_blank and is_heading_text(words)):
        return replace(line, kind="heading", level=7)
    return line


def is_cue_heading(words: str) -> bool:
    """'Actions:', 'Resolved:', 'Decision' alone on a line: context for what follows."""
    return bool(CUE_HEADING.match(words.strip().strip("*_ ")))


def is_heading_text(words: str) -> bool:
    """A short title-like line: no sentence punctuation, mostly capitalised words."""
    words = words.strip().strip("*_ ")
    if not words or len(words) > 90 or words.endswith(TERMINAL) or ACTION_LEAD.match(words):
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
