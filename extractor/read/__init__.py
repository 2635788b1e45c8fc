"""Read a minutes file of any supported format into one text string.

`read_document(path)` picks the reader by file suffix and returns a
`ReadDocument` whose `text` is what every later stage points into.  Every
failure, expected or not, comes out as `extractor.errors.ReadError` naming
the file; no reader lets a traceback escape.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ReadError
from .common import UnreadableInput
from .html import html_to_text
from .text import decode_text, read_text_bytes

# python-docx and pypdfium2 (about 60 ms of imports) load with the first .docx or .pdf: a run over text
# minutes, and the parent of --workers, which reads no file, never pay for them
_LAZY = {"docx_to_text": "docx", "pdf_to_text": "pdf", "read_pdf": "pdf"}


def __getattr__(name: str):
    if name in _LAZY:
        return _reader(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _reader(name: str) -> Callable:
    """One of the _LAZY functions, imported on first use and kept here (where a test may replace it)."""
    found = globals().get(name)
    if found is None:
        from importlib import import_module

        found = globals()[name] = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    return found

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ReadDocument",
    "docx_to_text",
    "html_to_text",
    "is_supported",
    "pdf_to_text",
    "read_bytes",
    "read_document",
    "read_file_bytes",
    "read_text_bytes",
    "sniff_format",
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
_SURROGATE = re.compile("[\ud800-\udfff]")
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
    return read_bytes(path, read_file_bytes(path, max_bytes), fmt)


def read_bytes(path: Path, data: bytes, fmt: str | None = None) -> ReadDocument:
    """Read minutes already in memory (`path` names them in errors); `fmt` defaults to the suffix's."""
    path = Path(path)
    fmt = fmt or _format_of(path)
    try:
        document = _READERS[fmt](path, data)
    except UnreadableInput as err:
        raise ReadError(path, str(err)) from err
    except Exception as err:  # a reader bug must still be one line naming the file
        reason = f"unexpected error reading {fmt}: {type(err).__name__}: {err}"
        raise ReadError(path, reason) from err
    if _SURROGATE.search(document.text):  # a broken UTF-16 pair (PDF text) cannot be written as UTF-8
        document = replace(document, text=_SURROGATE.sub("\ufffd", document.text))
    return document


def sniff_format(data: bytes) -> str:
    """The format of unnamed bytes (standard input): PDF and DOCX by signature, HTML by its tags."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return "html"
    return "txt"


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return SUPPORTED_SUFFIXES[suffix]
    expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
    hint = f"; {_SUFFIX_HINTS[suffix]}" if suffix in _SUFFIX_HINTS else ""
    shown = f"'{suffix}'" if suffix else "(no suffix)"
    raise ReadError(path, f"unsupported file type {shown}; expected one of {expected}{hint}")


def read_file_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most `max_bytes`; FIFOs, devices and sockets are refused unread."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the type is then checked on the open file.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ReadError(path, "file not found") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory, not a minutes file") from None
    except PermissionError:
        raise ReadError(path, "permission denied; check the file's read permissions") from None
    except OSError as err:
        raise ReadError(path, f"could not open file: {err.strerror or err}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(path, "is a directory, not a minutes file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(path, f"is {_kind(info.st_mode)}, not a regular file; only regular files are read")
        if info.st_size > max_bytes:
            raise ReadError(path, _too_big(info.st_size, max_bytes))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise ReadError(path, f"could not read file: {err.strerror or err}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # the file grew after stat
        raise ReadError(path, _too_big(len(data), max_bytes))
    return data


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a special file"


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
        "raise the limit with --max-bytes if this really is one set of minutes"
    )


def _read_txt(path: Path, data: bytes) -> ReadDocument:
    decoded = decode_text(data)
    return ReadDocument(path, decoded.text, "txt", decoded.encoding, decoded.warnings)


def _read_html(path: Path, data: bytes) -> ReadDocument:
    decoded = decode_text(data)
    text = html_to_text(decoded.text)
    if not text.strip():
        raise UnreadableInput("no text found in the page (only markup, scripts or navigation)")
    return ReadDocument(path, text, "html", decoded.encoding, decoded.warnings)


def _read_pdf(path: Path, data: bytes) -> ReadDocument:
    text, warnings = _reader("read_pdf")(data)
    if not text.strip():
        raise UnreadableInput("no text found in the PDF besides page headers and numbers")
    return ReadDocument(path, text, "pdf", None, warnings)


def _read_docx(path: Path, data: bytes) -> ReadDocument:
    text = _reader("docx_to_text")(data)
    if not text.strip():
        raise UnreadableInput("no text found in the document")
    return ReadDocument(path, text, "docx", None)


_READERS: dict[str, Callable[[Path, bytes], ReadDocument]] = {
    "txt": _read_txt,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
}
