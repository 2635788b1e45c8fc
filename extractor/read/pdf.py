"""PDF minutes -> text: pdfium extracts each page's lines, `clean_pdf_lines` tidies them.

The tidying undoes what page layout did to the text:

* running headers and footers go: a line (digits normalised, so "Page 3 of
  10" matches "Page 4 of 10") found among the top or bottom two lines of at
  least half the pages when there are three or more, or of both pages when
  there are two.  It must hold words and not end like a sentence;
* page numbers go: "Page 3", "Page 3 of 10", "3/10", "- 3 -" or a bare number
  as the first or last line of a page;
* lines broken mid-sentence are joined with a space: the line does not end in
  . ! ? : ; and the next line is not a bullet or numbered item, and the next
  line starts in lower case or with punctuation, or the line ends on a word
  like "the", "of", "by" or "that", or the next line starts with a digit or
  symbol after a lower-case word.  A line that starts with a capital is
  otherwise only joined when the line before is nearly as long as the page's
  text width (it wrapped) and the next line is no label ("Present:") and not
  in CAPITALS; short Title Case lines (headings, names in a "Present:" list)
  after a short line stay on their own;
* a word hyphenated at the line end is rejoined: "improve-" + "ment" gives
  "improvement".  The hyphen is kept when the next part starts with a capital
  or digit ("Anglo-" + "Saxon", "COVID-" + "19") or the first part is a common
  compound prefix ("follow-" + "up").  Other lower-case compounds lose their
  hyphen: a known, accepted limitation;
* pages are separated by a blank line, unless a sentence runs on across the
  page break, in which case it is joined like any other broken line.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .common import UnreadableInput, join_lines

ENCRYPTED_REASON = "PDF is encrypted/password protected"
NO_TEXT_REASON = "PDF has no text layer (scanned image?); run OCR first"
DAMAGED_REASON = "could not open PDF (truncated or damaged)"

ZONE = 2  # lines at the top and bottom of a page searched for running headers
FULL_LINE_SHARE = 0.75
MIN_WIDTH = 40
KEEP_HYPHEN = frozenset(
    "anti co cost cross ex follow full long mid multi non part post self short well year".split()
)
# Words a finished line (sentence, heading, name) hardly ever ends on.
DANGLING = frozenset(
    "a about an and are as at be between but by for from if in into is its of on or our than "
    "that the their these this those to was were which who whether with".split()
)

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"  # "3", "Page 3", "Page 3 of 10", "3/10"
    r"|^[-–—]\s*\d{1,4}\s*[-–—]$",  # "- 3 -"
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"^(?:[•●▪◦‣∙·*-]"  # bullet
    r"|\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])"  # 3. 3.1. (a) iv)
    r"(?:\s|$)"
)
_BULLET_GLYPHS = re.compile(r"^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc●▪◦‣∙]\s*")
_SPACES = re.compile(r"[^\S\n]+")
_SOFT_HYPHENS = ("\x02", "\u00ad", "\ufffe")
_INNER_SOFT_HYPHEN = re.compile("[\x02\u00ad\ufffe](?!$)")
_CLOSERS = ")]\"'”’»"
_PASSWORD_ERRORS = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)


def pdf_to_text(data: bytes) -> str:
    """Extract and tidy the text of a PDF; raises UnreadableInput with the reason."""
    return read_pdf(data)[0]


def read_pdf(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Like `pdf_to_text`, also returning warnings (pages without a text layer)."""
    pages = pdf_pages(data)
    if not pages:
        raise UnreadableInput("PDF has no pages")
    empty = [number for number, lines in enumerate(pages, 1) if not any(s.strip() for s in lines)]
    if len(empty) == len(pages):
        raise UnreadableInput(NO_TEXT_REASON)
    warnings: tuple[str, ...] = ()
    if empty:
        listed = ", ".join(map(str, empty))
        warnings = (f"page(s) {listed} have no text layer (scanned?); their text is missing",)
    return clean_pdf_lines(pages), warnings


def pdf_pages(data: bytes) -> list[list[str]]:
    """The raw text lines of each page, as pdfium reads them."""
    document = _open(data)
    try:
        return [_page_lines(document, index) for index in range(len(document))]
    finally:
        document.close()


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if getattr(err, "err_code", None) in _PASSWORD_ERRORS:
            raise UnreadableInput(ENCRYPTED_REASON) from err
        raise UnreadableInput(f"{DAMAGED_REASON}: {_pdfium_reason(err)}") from err


def _pdfium_reason(err: Exception) -> str:
    found = re.search(r"PDFium: ([^)]*)", str(err))
    return found.group(1) if found else str(err)


def _page_lines(document: pdfium.PdfDocument, index: int) -> list[str]:
    try:
        page = document[index]
    except pdfium.PdfiumError as err:
        reason = f"could not read page {index + 1} of the PDF: {_pdfium_reason(err)}"
        raise UnreadableInput(reason) from err
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def clean_pdf_lines(pages: list[list[str]]) -> str:
    """Turn per-page text lines into running text (rules in the module docstring)."""
    tidied = [_tidy(lines) for lines in pages]
    running = _running_keys(tidied)
    bodies = [_strip_page_furniture(lines, running) for lines in tidied]
    return join_lines(_rejoin(bodies, _text_width(bodies)))


def _tidy(lines: list[str]) -> list[str]:
    tidied = (_BULLET_GLYPHS.sub("• ", line.strip()) for line in lines)
    return _trim_blanks([_SPACES.sub(" ", _INNER_SOFT_HYPHEN.sub("", line)) for line in tidied])


def _trim_blanks(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return lines[start:end]


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _zones(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line]
    return filled[:ZONE] + filled[-ZONE:]


def _running_keys(pages: list[list[str]]) -> set[str]:
    """Keys of lines that repeat at the top or bottom of enough pages."""
    count = len(pages)
    if count < 2:
        return set()
    needed = count if count == 2 else math.ceil(count / 2)
    seen = Counter(key for lines in pages for key in {_key(line) for line in _zones(lines)})
    return {key for key, pages_with in seen.items() if pages_with >= needed and _header_like(key)}


def _header_like(key: str) -> bool:
    # Headers have words but are not sentences; "Item # agreed." on every page is body text.
    return sum(char.isalpha() for char in key) >= 3 and not key.endswith((".", "!", "?"))


def _strip_page_furniture(lines: list[str], running: set[str]) -> list[str]:
    filled = [index for index, line in enumerate(lines) if line]
    zone = set(filled[:ZONE] + filled[-ZONE:])
    body = [line for at, line in enumerate(lines) if at not in zone or _key(line) not in running]
    body = _trim_blanks(body)
    for _ in range(ZONE):
        if body and _PAGE_NUMBER.match(body[0]):
            body = _trim_blanks(body[1:])
        if body and _PAGE_NUMBER.match(body[-1]):
            body = _trim_blanks(body[:-1])
    return body


def _text_width(pages: list[list[str]]) -> int:
    """A robust page text width in characters: the 90th percentile line length."""
    lengths = sorted(len(line) for lines in pages for line in lines if line)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _rejoin(pages: list[list[str]], width: int) -> list[str]:
    out: list[str] = []
    previous = ""
    for lines in pages:
        for index, line in enumerate(lines):
            if out and previous and line and _continues(previous, line, width):
                out[-1] = _glue(out[-1], line)
            else:
                if index == 0 and out:
                    out.append("")
                out.append(line)
            previous = line
    return out


def _continues(line: str, following: str, width: int) -> bool:
    if _ends_sentence(line) or _ITEM.match(following):
        return False
    if line.endswith(_SOFT_HYPHENS) or _hyphenated(line, following):
        return True
    first = following[0]
    if first.islower() or first in ",.;:)]–—":
        return True
    last = _last_word(line)
    if last in DANGLING or (not first.isalpha() and last.islower()):
        return True
    full = width >= MIN_WIDTH and len(line) >= FULL_LINE_SHARE * width
    # A full line wrapped; only a label ("Present:") or a CAPITALS heading can follow it.
    return full and not following.endswith(":") and not following.isupper()


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", ":", ";")


def _hyphenated(line: str, following: str) -> bool:
    return line.endswith("-") and line[-2:-1].isalpha() and following[0].isalnum()


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1] if words else ""


def _glue(text: str, following: str) -> str:
    if text.endswith(_SOFT_HYPHENS):
        return text[:-1] + following
    if _hyphenated(text, following):
        stem = _last_word(text)[:-1].lower()
        if following[0].islower() and stem not in KEEP_HYPHEN:
            return text[:-1] + following
        return text + following
    return f"{text} {following}"
