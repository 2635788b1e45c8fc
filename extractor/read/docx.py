"""Word (.docx) minutes -> text, walking the body in document order.

Paragraphs and tables are read in the order they appear (python-docx's
`paragraphs` and `tables` lists would lose that order).  List paragraphs get
"• " or "1. ", numbered the way Word counts: per numbering instance and
level, continuing through the document.  Headings sit between blank lines;
a table row is one line of tab-separated cells, each cell's paragraphs joined
by a space.  Page headers and footers live outside the body and are skipped.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from .common import UnreadableInput, join_lines

NOT_DOCX_REASON = "not a valid .docx (corrupt or not a Word file)"
OLD_DOC_HINT = "; it looks like an old binary .doc: save it as .docx"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BULLET = "• "
_TYPED_LABEL = re.compile(r"^(?:[•●▪◦·*-]\s|\(?\d{1,3}[.)]\s)")
HEADING_STYLES = ("Title", "Subtitle")
# python-docx unpacks every part into memory and parses the XML ones whole: a small file whose
# document.xml inflates to hundreds of MiB would take gigabytes, so sizes are checked in the zip index.
MAX_PART_BYTES = 64 * 2**20
MAX_TOTAL_BYTES = 256 * 2**20
MAX_PARTS = 10_000
# Runs shown on the page; deleted runs (w:del) and text-box contents are left out.
_VISIBLE_RUNS = " | ".join(
    f"./{wrapper}w:r"
    for wrapper in (
        "",
        "w:hyperlink/",
        "w:ins/",
        "w:smartTag/",
        "w:fldSimple/",
        "w:sdt/w:sdtContent/",
    )
)


def docx_to_text(data: bytes, *, max_part_bytes: int | None = None, max_total_bytes: int | None = None) -> str:
    """Extract the body text of a .docx; raises UnreadableInput if it is not one or unpacks too large."""
    _check_sizes(data, max_part_bytes or MAX_PART_BYTES, max_total_bytes or MAX_TOTAL_BYTES)
    document = _open(data)
    styles = _Styles()
    numbering = _Numbering(document, styles)
    lines: list[str] = []
    for block in _blocks(document.element.body, document):
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.extend(_paragraph_lines(block, numbering, styles))
    return join_lines(lines)


def _check_sizes(data: bytes, max_part: int, max_total: int) -> None:
    """Refuse a package whose parts would unpack beyond the limits (the sizes the zip index declares;
    zipfile never inflates a member past its declared size)."""
    if data.startswith(_OLE_MAGIC):
        return  # _open names the old .doc format
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip at all: _open says so
    if len(parts) > MAX_PARTS:
        raise UnreadableInput(f"the .docx holds {len(parts):,} parts, over the {MAX_PARTS:,} a document has")
    for part in parts:
        if part.file_size > max_part:
            raise UnreadableInput(f"{part.filename} unpacks to {_mib(part.file_size)}, over the {_mib(max_part)} "
                                  "limit for one part of a .docx (damaged, or not minutes)")
    total = sum(part.file_size for part in parts)
    if total > max_total:
        raise UnreadableInput(f"the .docx unpacks to {_mib(total)}, over the {_mib(max_total)} limit")


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def _open(data: bytes) -> DocxDocument:
    if data.startswith(_OLE_MAGIC):
        raise UnreadableInput(NOT_DOCX_REASON + OLD_DOC_HINT)
    try:
        return Document(io.BytesIO(data))
    except Exception as err:  # zipfile, KeyError, lxml and python-docx errors all mean "not a docx"
        raise UnreadableInput(NOT_DOCX_REASON) from err


def _blocks(element: _Element, parent: DocxDocument) -> Iterator[Paragraph | Table]:
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag == qn("w:sdt"):
            # Content controls (e.g. a fill-in template) wrap ordinary paragraphs.
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, parent)


def _paragraph_lines(paragraph: Paragraph, numbering: _Numbering, styles: _Styles) -> list[str]:
    lines = [line.strip() for line in _text(paragraph._p).split("\n")]
    if not any(lines):
        return [""]
    label = numbering.label(paragraph)
    if not _TYPED_LABEL.match(lines[0]):  # the author typed the bullet or number already
        lines[0] = label + lines[0]
    name = styles.name(paragraph)
    if name.startswith("Heading") or name in HEADING_STYLES:
        return ["", *lines, ""]
    return lines


class _Styles:
    """Each paragraph style looked up once per document: python-docx's `paragraph.style` scans every
    style in the styles part on each access (twice when it falls back to the default style)."""

    def __init__(self) -> None:
        self._found: dict[str | None, tuple[str, _Element | None]] = {}  # style id -> (name, numPr)

    def name(self, paragraph: Paragraph) -> str:
        return self._lookup(paragraph)[0]

    def num_pr(self, paragraph: Paragraph) -> _Element | None:
        """The first numPr along the paragraph style's chain of base styles."""
        return self._lookup(paragraph)[1]

    def _lookup(self, paragraph: Paragraph) -> tuple[str, _Element | None]:
        style_id = paragraph._p.style
        if style_id not in self._found:
            style = paragraph.style
            name = (style.name or "") if style is not None else ""
            num_pr = None
            while num_pr is None and style is not None:
                num_pr = _num_pr(style.element.pPr)
                style = style.base_style
            self._found[style_id] = (name, num_pr)
        return self._found[style_id]


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table._tbl.tr_lst:
        # A vertically merged cell repeats in every row it spans; read it once.
        cells = [_cell_text(cell) for cell in row.tc_lst if cell.vMerge != "continue"]
        line = "\t".join(cell for cell in cells if cell)
        if line:
            lines.append(line)
    return lines


def _cell_text(cell: _Element) -> str:
    texts = (_text(p) for p in cell.iter(qn("w:p")))
    return " ".join(" ".join(texts).split())


def _text(p: _Element) -> str:
    """A paragraph's visible text, including tracked insertions (python-docx drops them)."""
    return "".join(run.text for run in p.xpath(_VISIBLE_RUNS))


class _Numbering:
    """Labels for list paragraphs, counted like Word counts them."""

    def __init__(self, document: DocxDocument, styles: _Styles) -> None:
        self._levels = _level_formats(document)
        self._styles = styles
        self._counts: dict[tuple[object, int], int] = {}

    def label(self, paragraph: Paragraph) -> str:
        name = self._styles.name(paragraph)
        fallback = ("decimal" if "Number" in name else "bullet", 1)
        ref = _numbering_ref(paragraph, self._styles)
        if ref is None:
            if not _list_style_name(name):
                return ""
            key: tuple[object, int] = (name, 0)
            fmt, start = fallback
        elif ref[0] == 0:
            return ""  # numId 0 switches numbering off
        else:
            key = ref
            fmt, start = self._levels.get(ref, fallback)
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return BULLET
        return f"{_format_number(self._count(key, start), fmt)}. "

    def _count(self, key: tuple[object, int], start: int) -> int:
        count = self._counts.get(key, start - 1) + 1
        self._counts[key] = count
        for other in [k for k in self._counts if k[0] == key[0] and k[1] > key[1]]:
            del self._counts[other]  # a new item restarts its sub-levels
        return count


def _list_style_name(name: str) -> bool:
    # "List Continue" and a bare "List Paragraph" are indented text without a bullet.
    return "List" in name and "Continue" not in name and name != "List Paragraph"


def _numbering_ref(paragraph: Paragraph, styles: _Styles) -> tuple[int, int] | None:
    """(numId, level) from the paragraph's own numPr or, failing that, its style's."""
    num_pr = _num_pr(paragraph._p.pPr)
    if num_pr is None:
        num_pr = styles.num_pr(paragraph)
    if num_pr is None or num_pr.find(qn("w:numId")) is None:
        return None
    return int(_val(num_pr, "w:numId", "0")), int(_val(num_pr, "w:ilvl", "0"))


def _num_pr(ppr: _Element | None) -> _Element | None:
    return ppr.find(qn("w:numPr")) if ppr is not None else None


def _level_formats(document: DocxDocument) -> dict[tuple[int, int], tuple[str, int]]:
    """(numId, level) -> (number format, start value) from the numbering part."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
    formats: dict[tuple[int, int], tuple[str, int]] = {}
    for num in root.findall(qn("w:num")):
        num_id = int(num.get(qn("w:numId")))
        definition = abstract.get(_val(num, "w:abstractNumId", ""))
        levels = definition.findall(qn("w:lvl")) if definition is not None else []
        for lvl in levels:
            fmt, start = _val(lvl, "w:numFmt", "decimal"), int(_val(lvl, "w:start", "1"))
            formats[(num_id, int(lvl.get(qn("w:ilvl"))))] = (fmt, start)
        for override in num.findall(qn("w:lvlOverride")):
            key = (num_id, int(override.get(qn("w:ilvl"))))
            if key in formats and override.find(qn("w:startOverride")) is not None:
                formats[key] = (formats[key][0], int(_val(override, "w:startOverride", "1")))
    return formats


def _val(element: _Element, tag: str, default: str) -> str:
    child = element.find(qn(tag))
    return child.get(qn("w:val"), default) if child is not None else default


def _format_number(count: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and 1 <= count <= 26:
        letter = chr(ord("a") + count - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= count < 40:
        roman = _roman(count)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(count)


def _roman(number: int) -> str:
    out = ""
    for value, glyph in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += glyph
            number -= value
    return out
