"""read_text_bytes: encodings are detected and the decoded text is kept exactly."""

from __future__ import annotations

import codecs

import pytest

from extractor.read.common import UnreadableInput
from extractor.read.text import read_text_bytes

MINUTES = "Item 4. Finance\r\nThe Clerk reported a £1,250 overspend – see “Appendix B”.\r\n"
ASCII_MINUTES = "Present: Councillor Maria Okafor (Chair), Councillor Tom Hadley.\n"


@pytest.mark.parametrize(
    "case, data, text, encoding",
    [
        ("utf-8", MINUTES.encode("utf-8"), MINUTES, "utf-8"),
        (
            "utf-8 with BOM strips the BOM",
            codecs.BOM_UTF8 + MINUTES.encode("utf-8"),
            MINUTES,
            "utf-8-sig",
        ),
        (
            "utf-16-le with BOM",
            codecs.BOM_UTF16_LE + MINUTES.encode("utf-16-le"),
            MINUTES,
            "utf-16-le",
        ),
        (
            "utf-16-be with BOM",
            codecs.BOM_UTF16_BE + MINUTES.encode("utf-16-be"),
            MINUTES,
            "utf-16-be",
        ),
        ("utf-16-le without BOM", MINUTES.encode("utf-16-le"), MINUTES, "utf-16-le"),
        ("utf-16-be without BOM", MINUTES.encode("utf-16-be"), MINUTES, "utf-16-be"),
        ("cp1252 pound and smart quotes", MINUTES.encode("cp1252"), MINUTES, "cp1252"),
        (
            "cp1252 smart quotes as raw bytes",
            b"The Chair\x92s report was \x93noted\x94 \x96 cost \xa3800.",
            "The Chair’s report was “noted” – cost £800.",
            "cp1252",
        ),
        (
            "latin-1 accents decode the same through cp1252",
            "Councillor Zoë Brontë sent apologies; café licence déferred.\n".encode("latin-1"),
            "Councillor Zoë Brontë sent apologies; café licence déferred.\n",
            "cp1252",
        ),
        (
            "latin-1 with a byte cp1252 lacks",
            b"Caf\xe9 licence \x81 renewed by the Parish Council.",
            "Café licence \x81 renewed by the Parish Council.",
            "latin-1",
        ),
        (
            "shift-jis falls to charset-normalizer",
            "会議録。出席者は議長、副議長、事務局長の三名であった。".encode("shift_jis"),
            "会議録。出席者は議長、副議長、事務局長の三名であった。",
            "cp932",
        ),
        ("plain ascii", ASCII_MINUTES.encode("ascii"), ASCII_MINUTES, "utf-8"),
        ("old mac line ends are kept", b"Item 1\rItem 2\r", "Item 1\rItem 2\r", "utf-8"),
        (
            "form feed between pages is text",
            b"Page one.\fPage two.\n",
            "Page one.\fPage two.\n",
            "utf-8",
        ),
    ],
)
def test_read_text_bytes_decodes(case: str, data: bytes, text: str, encoding: str) -> None:
    assert read_text_bytes(data) == (text, encoding)


@pytest.mark.parametrize(
    "case, data, reason",
    [
        ("png header with NULs", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary"),
        ("zip archive", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "binary"),
        (
            "control bytes without NULs",
            b"\x01\x02\x03\x04\x05\x06minutes\x07\x08\x0e\x0f" * 20,
            "binary",
        ),
        ("empty file", b"", "file is empty"),
        ("only whitespace", b" \r\n\t\r\n  \n", "file is empty"),
        ("only a BOM", codecs.BOM_UTF8, "file is empty"),
        (
            "utf-16 BOM and spaces",
            codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"),
            "file is empty",
        ),
    ],
)
def test_read_text_bytes_rejects(case: str, data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableInput, match=reason):
        read_text_bytes(data)


def test_control_class_is_exactly_the_unicode_controls_not_used_in_text():
    """The one-regex count of _mostly_control sees the characters the category lookup did, in all of Unicode."""
    import sys
    import unicodedata

    from extractor.read.text import _NOT_TEXT, _TEXT_CONTROLS

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        expected = char == "\ufffd" or unicodedata.category(char) == "Cc" and char not in _TEXT_CONTROLS
        assert bool(_NOT_TEXT.match(char)) == expected, hex(code)
