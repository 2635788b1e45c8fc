"""read_document: dispatch by suffix, limits, and one-line errors that name the file."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt

import extractor.read as read
from extractor.errors import ReadError
from extractor.read import SUPPORTED_SUFFIXES, ReadDocument, is_supported, read_document

from .builders import sample_docx, sample_html, sample_pdf, text_pdf

MINUTES = "Hartwell Vale Parish Council\nItem 1. Apologies were received from Cllr Gwen Morris.\n"


@pytest.mark.parametrize(
    "case, name, data, fmt, encoding, starts_with",
    [
        ("utf-8 text", "minutes.txt", MINUTES.encode(), "txt", "utf-8", MINUTES),
        ("markdown counts as text", "minutes.MD", MINUTES.encode(), "txt", "utf-8", MINUTES),
        (
            "utf-16 .text file",
            "minutes.text",
            codecs.BOM_UTF16_LE + MINUTES.encode("utf-16-le"),
            "txt",
            "utf-16-le",
            MINUTES,
        ),
        (
            "html page",
            "minutes.htm",
            sample_html().encode("cp1252"),
            "html",
            "cp1252",
            "Hartwell Vale Parish Council\n\nMinutes of the meeting",
        ),
        ("pdf", "minutes.pdf", sample_pdf(), "pdf", None, "Hartwell Vale Parish Council\nMinutes"),
        (
            "docx",
            "Minutes.DOCX",
            sample_docx(),
            "docx",
            None,
            "Hartwell Vale Parish Council\n\nMinutes",
        ),
    ],
)
def test_read_document_formats(
    tmp_path: Path,
    case: str,
    name: str,
    data: bytes,
    fmt: str,
    encoding: str | None,
    starts_with: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    document = read_document(path)
    assert isinstance(document, ReadDocument)
    assert (document.path, document.format, document.encoding) == (path, fmt, encoding)
    assert document.text.startswith(starts_with)


def test_text_keeps_crlf_so_offsets_point_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes(b"Item 1.\r\nNoted.\r\n")
    assert read_document(path).text == "Item 1.\r\nNoted.\r\n"


def test_guessed_encoding_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes(b"Caf\xe9 licence \x81 renewed.")
    assert read_document(path).warnings == (
        "encoding guessed as latin-1; some characters may be wrong",
    )


def _encrypted_pdf() -> bytes:
    return text_pdf(
        [["Exempt item"]], encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="o")
    )


@pytest.mark.parametrize(
    "case, name, data, reason",
    [
        (
            "binary renamed .txt",
            "minutes.txt",
            b"%PDF-1.4\n\x00\x01\x02binary",
            "looks like a binary file, not text minutes",
        ),
        ("empty text", "minutes.txt", b"", "file is empty"),
        ("blank text", "minutes.md", b"\n \n", "file is empty"),
        (
            "html with no text",
            "minutes.html",
            b"<html><script>x()</script></html>",
            "no text found",
        ),
        (
            "truncated pdf",
            "minutes.pdf",
            sample_pdf()[:3000],
            "could not open PDF (truncated or damaged): ",
        ),
        ("encrypted pdf", "minutes.pdf", _encrypted_pdf(), "PDF is encrypted/password protected"),
        (
            "scanned pdf",
            "minutes.pdf",
            text_pdf([[]]),
            "PDF has no text layer (scanned image?); run OCR first",
        ),
        (
            "corrupt docx",
            "minutes.docx",
            b"PK\x03\x04 broken",
            "not a valid .docx (corrupt or not a Word file)",
        ),
        (
            "unsupported suffix",
            "minutes.odt",
            b"x",
            "unsupported file type '.odt'; expected one of .docx",
        ),
        ("old word file", "minutes.doc", b"x", "save it as .docx"),
        ("no suffix", "MINUTES", b"x", "unsupported file type (no suffix)"),
    ],
)
def test_read_document_errors_name_the_file(
    tmp_path: Path, case: str, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message
    assert caught.value.path == path


def test_file_over_the_limit_names_size_limit_and_option(tmp_path: Path) -> None:
    path = tmp_path / "bundle.txt"
    path.write_bytes(b"Minutes. " * 2000)
    with pytest.raises(ReadError) as caught:
        read_document(path, max_bytes=1000)
    assert str(caught.value) == (
        f"{path}: file is 18,000 bytes, over the 1,000-byte limit; "
        "raise the limit with --max-bytes if this really is one set of minutes"
    )


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes(b"Noted.")
    assert read_document(path, max_bytes=6).text == "Noted."


@pytest.mark.parametrize(
    "case, make, reason",
    [
        ("missing file", lambda tmp: tmp / "missing.txt", "file not found"),
        ("directory", lambda tmp: _mkdir(tmp / "folder.txt"), "is a directory"),
    ],
)
def test_filesystem_errors(
    tmp_path: Path, case: str, make: Callable[[Path], Path], reason: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(ReadError, match=reason) as caught:
        read_document(path)
    assert str(caught.value).startswith(str(path))


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def test_unexpected_reader_bug_becomes_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(data: bytes) -> str:
        raise KeyError("w:body")

    monkeypatch.setattr(read, "docx_to_text", broken)
    path = tmp_path / "minutes.docx"
    path.write_bytes(sample_docx())
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: unexpected error reading docx: KeyError: 'w:body'"


@pytest.mark.parametrize(
    "case, name, supported",
    [
        ("text", "minutes.txt", True),
        ("upper-case suffix", "MINUTES.PDF", True),
        ("htm", "2024-03-12.htm", True),
        ("word lock file", "~$nutes.docx", False),
        ("old word", "minutes.doc", False),
        ("spreadsheet", "budget.xlsx", False),
        ("no suffix", "README", False),
    ],
)
def test_is_supported(case: str, name: str, supported: bool) -> None:
    assert is_supported(Path(name)) is supported


def test_supported_suffixes_cover_every_format() -> None:
    assert set(SUPPORTED_SUFFIXES.values()) == {"txt", "html", "pdf", "docx"}
