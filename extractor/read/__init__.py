"""Read a minutes file of any supported format into one text string.

`read_document(path)` picks the reader by file suffix and returns a
`ReadDocument` whose `text` is what every later stage points into.  Every
failure, expected or not, comes out as `extractor.errors.ReadError` naming
the file; no reader lets a traceback escape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReadError
from .common import UnreadableInput
from .docx import docx_to_text
from .html import html_to_text
from .pdf import pdf_to_text, read_pdf
from .text import read_text_bytes

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ReadDocument",
    "docx_to_text",
    "html_to_text",
    "is_supported",
    "pdf_to_text",
    "read_document",
    "read_text_bytes",
]

DEFAULT_MAX_BYTES = 50_000_000
SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
# Encodings a text file is expected to use; anything else was a guess.
_CONFIDENT_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252"})
_SUFFIX_HINTS = {".doc": "save it as .docx", ".rtf": "save it as .docx or .txt"}


@dataclass(frozen=True)
class ReadDocument:
    """One file's text and how it was obtained."""

    path: Path
    text: str  # the document text; all unit offsets downstream point into this string
    format: str  # "txt" | "html" | "pdf" | "docx"
    encoding: str | None  # txt and html: the encoding the bytes were decoded with
    warnings: tuple[str, ...] = ()


def is_supported(path: Path) -> bool:
    """True for a file this package can read; Word's "~$" lock files are not minutes."""
    path = Path(path)
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith("~$")


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadDocument:
    """Read one minutes file; raises ReadError(path, reason) on any failure."""
    path = Path(path)
    fmt = _format_of(path)
    data = _read_bytes(path, max_bytes)
    try:
        return _READERS[fmt](path, data)
    except UnreadableInput as err:
        raise ReadError(path, str(err)) from err
    except Exception as err:  # a reader bug must still be one line naming the file
        reason = f"unexpected error reading {fmt}: {type(err).__name__}: {err}"
        raise ReadError(path, reason) from err


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return SUPPORTED_SUFFIXES[suffix]
    expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
    hint = f"; {_SUFFIX_HINTS[suffix]}" if suffix in _SUFFIX_HINTS else ""
    shown = f"'{suffix}'" if suffix else "(no suffix)"
    raise ReadError(path, f"unsupported file type {shown}; expected one of {expected}{hint}")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ReadError(path, "is a directory, not a minutes file")
        if size > max_bytes:
            raise ReadError(path, _too_big(size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(path, "file not found") from None
    except PermissionError:
        raise ReadError(path, "permission denied; check the file's read permissions") from None
    except OSError as err:
        raise ReadError(path, f"could not read file: {err.strerror or err}") from None
    if len(data) > max_bytes:  # the file grew after stat, or stat lied (a pipe)
        raise ReadError(path, _too_big(len(data), max_bytes))
    return data


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
        "raise the limit with --max-bytes if this really is one set of minutes"
    )


def _read_txt(path: Path, data: bytes) -> ReadDocument:
    text, encoding = read_text_bytes(data)
    return ReadDocument(path, text, "txt", encoding, _encoding_warnings(encoding))


def _read_html(path: Path, data: bytes) -> ReadDocument:
    markup, encoding = read_text_bytes(data)
    text = html_to_text(markup)
    if not text.strip():
        raise UnreadableInput("no text found in the page (only markup, scripts or navigation)")
    return ReadDocument(path, text, "html", encoding, _encoding_warnings(encoding))


def _read_pdf(path: Path, data: bytes) -> ReadDocument:
    text, warnings = read_pdf(data)
    if not text.strip():
        raise UnreadableInput("no text found in the PDF besides page headers and numbers")
    return ReadDocument(path, text, "pdf", None, warnings)


def _read_docx(path: Path, data: bytes) -> ReadDocument:
    text = docx_to_text(data)
    if not text.strip():
        raise UnreadableInput("no text found in the document")
    return ReadDocument(path, text, "docx", None)


def _encoding_warnings(encoding: str) -> tuple[str, ...]:
    if encoding in _CONFIDENT_ENCODINGS:
        return ()
    return (f"encoding guessed as {encoding}; some characters may be wrong",)


_READERS: dict[str, Callable[[Path, bytes], ReadDocument]] = {
    "txt": _read_txt,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
}
