"""HTML minutes -> plain text lines, using only the standard library parser.

Block elements start new lines, paragraphs and headings are set off by blank
lines, list items get "• " or "1. ", and each table row becomes one line of
tab-separated cells.  A cell holding several blocks (ModernGov puts a whole
agenda item, heading and minutes, in the second cell of a row) contributes
its first line to the row line; its other lines follow on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .common import join_lines

SKIP_TAGS = frozenset("script style noscript template head title nav header footer svg".split())
# page furniture marked by id or class rather than by tag: <div id="mgHeader">, <div class="cookie-banner">
BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:mg)?(?:header|footer|nav|navigation|menu|breadcrumbs?|cookies?|banner|sidebar|skip)(?:$|[\s_-])", re.I)
VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
PARAGRAPHS = frozenset("p blockquote pre hr dl figure address".split())
LINE_BLOCKS = frozenset(
    "div section article main aside ul ol dt dd caption figcaption tbody thead tfoot details "
    "summary center form fieldset".split()
)
TABLE_TAGS = ("table", "tr", "td", "th")
BULLET = "• "


class _Lines:
    """Output lines of one flow (the page, or one table cell)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.prefix = ""
        self._parts: list[str] = []

    def write(self, text: str) -> None:
        if self.prefix and text.strip():
            self._parts.append(self.prefix)
            self.prefix = ""
        self._parts.append(text)

    def end_line(self) -> None:
        line = " ".join("".join(self._parts).split())
        self._parts.clear()
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        self.end_line()
        self.lines.append("")

    def add(self, line: str) -> None:
        self.end_line()
        self.lines.append(line)

    def finish(self) -> list[str]:
        self.end_line()
        return join_lines(self.lines).splitlines()


@dataclass
class _Table:
    parent: _Lines
    cells: list[_Lines] | None = None
    in_cell: bool = False


@dataclass
class _ListLevel:
    ordered: bool
    count: int = 0


@dataclass
class _State:
    root: _Lines = field(default_factory=_Lines)
    skipping: list[str] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    lists: list[_ListLevel] = field(default_factory=list)
    pre_depth: int = 0


def _boilerplate(attrs: list[tuple[str, str | None]]) -> bool:
    marks = " ".join(value or "" for name, value in attrs if name in ("id", "class", "role"))
    return bool(marks) and bool(BOILERPLATE.search(re.sub(r"([a-z])([A-Z])", r"\1 \2", marks)))


class _MinutesHTMLParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.state = _State()

    def parse_html_declaration(self, i: int) -> int:
        # the standard library asserts on a malformed '<![' ('<![0'); a browser reads it as a bogus
        # comment up to the next '>' and drops it, and so do we, rather than fail the whole page
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return -1 if end < 0 else end + 1

    def sink(self) -> _Lines:
        if self.state.tables:
            table = self.state.tables[-1]
            if table.in_cell and table.cells:
                return table.cells[-1]
            return table.parent
        return self.state.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        state = self.state
        if tag == "body":
            state.skipping.clear()  # an unclosed <head> must not swallow the page
        if state.skipping or tag in SKIP_TAGS or _boilerplate(attrs):
            if tag not in VOID_TAGS:
                state.skipping.append(tag)  # every open tag, so nested <div>s close in order
            return
        if tag in TABLE_TAGS:
            self._table_start(tag)
        elif tag in ("ul", "ol"):
            self.sink().end_line()
            state.lists.append(_ListLevel(tag == "ol", _start_value(attrs) - 1))
        elif tag == "li":
            self._list_item()
        else:
            self._block_start(tag)

    def handle_endtag(self, tag: str) -> None:
        state = self.state
        if state.skipping:
            if tag in state.skipping:
                while state.skipping.pop() != tag:
                    pass
            return
        if tag in TABLE_TAGS:
            self._table_end(tag)
        elif tag in ("ul", "ol"):
            if state.lists:
                state.lists.pop()
            self.sink().end_line()
        elif tag in HEADINGS or tag in PARAGRAPHS:
            if tag == "pre":
                state.pre_depth = max(0, state.pre_depth - 1)
            self._paragraph_break(tag)
        elif tag in LINE_BLOCKS or tag == "li":
            self.sink().end_line()

    def handle_data(self, data: str) -> None:
        if self.state.skipping:
            return
        sink = self.sink()
        if not self.state.pre_depth:
            sink.write(data)
            return
        first, *rest = data.split("\n")
        sink.write(first)
        for piece in rest:
            sink.end_line()
            sink.write(piece)

    def _block_start(self, tag: str) -> None:
        if tag in HEADINGS or tag in PARAGRAPHS:
            if tag == "pre":
                self.state.pre_depth += 1
            self._paragraph_break(tag)
        elif tag in LINE_BLOCKS or tag == "br":
            self.sink().end_line()

    def _paragraph_break(self, tag: str) -> None:
        # A <p> inside a list item must not push its text away from the bullet.
        if self.state.lists and tag not in HEADINGS:
            self.sink().end_line()
        else:
            self.sink().blank()

    def _list_item(self) -> None:
        sink = self.sink()
        sink.end_line()
        level = self.state.lists[-1] if self.state.lists else None
        if level is not None and level.ordered:
            level.count += 1
            sink.prefix = f"{level.count}. "
        else:
            sink.prefix = BULLET

    def _table_start(self, tag: str) -> None:
        tables = self.state.tables
        if tag == "table":
            parent = self.sink()
            parent.end_line()
            tables.append(_Table(parent))
            return
        if not tables:
            return  # a stray row or cell outside any table reads as plain text
        table = tables[-1]
        if tag == "tr":
            _close_row(table)
            table.cells = []
        else:
            if table.cells is None:
                table.cells = []
            table.cells.append(_Lines())
            table.in_cell = True

    def _table_end(self, tag: str) -> None:
        tables = self.state.tables
        if not tables:
            return
        if tag in ("td", "th"):
            tables[-1].in_cell = False
        elif tag == "tr":
            _close_row(tables[-1])
        else:
            _close_row(tables.pop())


def _start_value(attrs: list[tuple[str, str | None]]) -> int:
    value = dict(attrs).get("start") or "1"
    return int(value) if value.strip().isdigit() else 1


def _close_row(table: _Table) -> None:
    """Emit the open row: first lines of its cells tab-joined, then the rest."""
    if table.cells is None:
        return
    cells = [lines for lines in (cell.finish() for cell in table.cells) if lines]
    table.cells, table.in_cell = None, False
    if not cells:
        return
    rest = [line for lines in cells for line in lines[1:]]
    parent = table.parent
    if rest:
        parent.blank()
    parent.add("\t".join(lines[0] for lines in cells))
    for line in rest:
        parent.add(line)
    if rest:
        parent.blank()


def html_to_text(markup: str) -> str:
    """Turn an HTML page of minutes into text lines (see the module docstring)."""
    parser = _MinutesHTMLParser()
    parser.feed(markup)
    parser.close()
    state = parser.state
    while state.tables:
        _close_row(state.tables.pop())
    return join_lines(state.root.finish())
