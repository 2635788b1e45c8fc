"""Faults a batch meets in the wild: damaged encodings, stray NULs, special files, inflating .docx parts."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from extractor.errors import ReadError
from extractor.read import read_bytes, read_document, read_file_bytes, sniff_format
from extractor.read.common import UnreadableInput
from extractor.read.docx import docx_to_text
from extractor.read.text import BINARY_REASON, decode_text

from .builders import sample_docx, sample_html, sample_pdf

ENGLISH = "Finance\nThe Treasurer reported a balance of £1,204 and a grant of £350 from the Lottery fund.\n"
GREEK = ("Πρακτικά της συνεδρίασης του Συλλόγου Γονέων της 3ης Μαΐου 2024.\n"
         "Παρόντες: ο Πρόεδρος, η Γραμματέας και πέντε μέλη.\n"
         "Αποφασίστηκε ομόφωνα η έγκριση του προϋπολογισμού ύψους 1.400 ευρώ.\n")
RUSSIAN = ("Протокол заседания правления жилищного кооператива от 3 мая 2024 года.\n"
           "Присутствовали: председатель, секретарь и пять членов правления.\n")
PORTUGUESE = "Ata da reunião da associação: aprovação das contas e eleição da direção. Não houve objeções.\n"
FRENCH = "Procès-verbal de la réunion du comité: présents Zoë et Hélène; décisions approuvées à l'unanimité.\n"
GREEK_NAMES = "Twinning committee, 3 May 2024\nPresent: Ann Lee, Νίκος Λαμπράκης, Bo Ray\nThe visit was agreed.\n"


def _damaged_utf8() -> bytes:
    data = ENGLISH.encode("utf-8")
    return data[:20] + b"\xff" + data[20:40] + b"\xfe\x80" + data[40:]


DECODED = [
    # case, bytes, text read (None: only the check below), encoding, warning fragment (None: no warning)
    ("utf-8 with three bad bytes stays utf-8", _damaged_utf8(), None, "utf-8", "3 bytes are not valid UTF-8"),
    ("greek iso-8859-7 is detected", GREEK.encode("iso8859_7"), GREEK, "cp1253", None),
    ("russian cp1251 is detected", RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251", None),
    ("greek names in english text: a weak guess", GREEK_NAMES.encode("iso8859_7"), None, None, "weak guess"),
    ("portuguese cp1252 stays cp1252", PORTUGUESE.encode("cp1252"), PORTUGUESE, "cp1252", None),
    ("french cp1252 stays cp1252", FRENCH.encode("cp1252"), FRENCH, "cp1252", None),
    ("cp1252 with one pair that happens to be valid UTF-8 stays cp1252", (FRENCH * 3 + "Â£5").encode("cp1252"),
     FRENCH * 3 + "Â£5", "cp1252", None),
    ("one stray NUL is dropped", ENGLISH.encode()[:30] + b"\x00" + ENGLISH.encode()[30:], ENGLISH, "utf-8",
     "removed 1 NUL byte"),
    ("NUL padding after the text is dropped", ENGLISH.encode() + b"\x00" * 4096, ENGLISH, "utf-8",
     "removed 4,096 NUL bytes"),
    ("clean utf-8 has no warning", ENGLISH.encode(), ENGLISH, "utf-8", None),
]


@pytest.mark.parametrize("case,data,text,encoding,warning", DECODED, ids=[c[0] for c in DECODED])
def test_decoding_says_what_it_repaired_or_guessed(case, data, text, encoding, warning):
    decoded = decode_text(data)
    if text is not None:
        assert decoded.text == text
    if encoding is not None:
        assert decoded.encoding == encoding
    if warning is None:
        assert decoded.warnings == ()
    else:
        assert len(decoded.warnings) == 1 and warning in decoded.warnings[0]


def test_damaged_utf8_keeps_every_pound_sign():
    decoded = decode_text(_damaged_utf8())
    assert decoded.text.count("£") == 2 and "Â" not in decoded.text and decoded.text.count("\ufffd") == 3


@pytest.mark.parametrize("case,data", [
    ("NULs all through", b"Minutes\x00 of\x00 the\x00 meeting\x00" * 10),
    ("a database page", b"SQLite format 3\x00" + b"\x00\x10\x00\x01" * 200 + b"CREATE TABLE minutes"),
], ids=lambda c: c if isinstance(c, str) else "")
def test_many_nuls_are_still_binary(case, data):
    with pytest.raises(UnreadableInput, match=BINARY_REASON):
        decode_text(data)


def test_a_stray_nul_is_a_warning_on_the_document(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Minutes\n\nThe hall\x00 was booked.\n")
    document = read_document(path)
    assert document.text == "Minutes\n\nThe hall was booked.\n" and "NUL" in document.warnings[0]


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe.txt")
    return tmp / "pipe.txt"


def _symlink_to_fifo(tmp: Path) -> Path:
    (tmp / "link.txt").symlink_to(_fifo(tmp))
    return tmp / "link.txt"


SPECIAL = [
    ("a FIFO named .txt is refused without waiting", _fifo, "is a FIFO (named pipe), not a regular file"),
    ("a symlink to a FIFO is refused", _symlink_to_fifo, "is a FIFO (named pipe), not a regular file"),
    ("a character device", lambda tmp: Path("/dev/null"), "is a character device, not a regular file"),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize("case,make,reason", SPECIAL, ids=[c[0] for c in SPECIAL])
def test_only_regular_files_are_read(tmp_path, case, make, reason):
    path = make(tmp_path)
    with pytest.raises(ReadError) as caught:
        read_file_bytes(path)
    assert str(caught.value) == f"{path}: {reason}; only regular files are read"


def test_a_symlink_to_a_regular_file_is_read(tmp_path):
    (tmp_path / "real.txt").write_text("Minutes\n\nNoted.\n", encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    assert read_document(tmp_path / "alias.txt").text == "Minutes\n\nNoted.\n"


def _inflated_docx(padding: int) -> bytes:
    """The sample minutes with `padding` bytes of whitespace after the root of document.xml."""
    source = zipfile.ZipFile(io.BytesIO(sample_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data += b" " * padding
            target.writestr(info.filename, data)
    return out.getvalue()


def _many_parts(count: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for index in range(count):
            target.writestr(f"customXml/item{index}.xml", "")
    return out.getvalue()


def test_an_inflating_docx_part_is_refused_before_it_is_unpacked():
    data = _inflated_docx(3 * 2**20)
    assert len(data) < 2**20 // 8  # small on disk
    with pytest.raises(UnreadableInput, match=r"word/document.xml unpacks to 3\.\d MiB, over the 1\.0 MiB limit"):
        docx_to_text(data, max_part_bytes=2**20)
    assert docx_to_text(data).startswith("Hartwell Vale Parish Council")  # within the default limits it reads


def test_the_whole_docx_has_a_limit_too():
    with pytest.raises(UnreadableInput, match="the .docx unpacks to"):
        docx_to_text(_inflated_docx(2**20), max_part_bytes=2**21, max_total_bytes=2**20)


def test_a_docx_of_countless_parts_is_refused(monkeypatch):
    import extractor.read.docx as docx_module

    monkeypatch.setattr(docx_module, "MAX_PARTS", 50)
    with pytest.raises(UnreadableInput, match="holds 51 parts"):
        docx_to_text(_many_parts(51))


def test_read_document_applies_the_part_limit(tmp_path, monkeypatch):
    import extractor.read.docx as docx_module

    monkeypatch.setattr(docx_module, "MAX_PART_BYTES", 2**20)
    path = tmp_path / "minutes.docx"
    path.write_bytes(_inflated_docx(3 * 2**20))
    with pytest.raises(ReadError, match="minutes.docx: word/document.xml unpacks to"):
        read_document(path)


SNIFFED = [
    ("pdf", sample_pdf(), "pdf"),
    ("docx", sample_docx(), "docx"),
    ("html page", sample_html().encode(), "html"),
    ("html fragment with a body", b"<head><title>x</title></head><body><p>Noted.</p></body>", "html"),
    ("plain text", b"Minutes of the meeting\n\nNoted.\n", "txt"),
    ("markdown", b"# Minutes\n\n- Noted <b>well</b>.\n", "txt"),
]


@pytest.mark.parametrize("case,data,fmt", SNIFFED, ids=[c[0] for c in SNIFFED])
def test_standard_input_format_is_sniffed(case, data, fmt):
    assert sniff_format(data) == fmt
    assert read_bytes(Path("<stdin>"), data, fmt).format == fmt
