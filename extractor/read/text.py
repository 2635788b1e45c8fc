"""Plain-text minutes: bytes -> (text, encoding name), keeping the text exact.

Downstream offsets point into the decoded string, so nothing is rewritten
after decoding: no newline translation, no whitespace tidying.  Only a
leading byte-order mark is removed, because it is not part of the text.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from .common import UnreadableInput

BINARY_REASON = "looks like a binary file, not text minutes"
EMPTY_REASON = "file is empty"

# Share of control characters above which decoded "text" is really binary.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE_CHARS = 20_000
# Above this share of high bytes the text is not a Latin script; ask charset-normalizer.
_NON_ASCII_SHARE = 0.2
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1a")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)


def read_text_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return (text, encoding used).

    Order: a BOM (UTF-8 or UTF-16), UTF-16 without BOM recognised by its NUL
    byte pattern, strict UTF-8, cp1252 (Windows "smart quotes" and £); failing
    those, latin-1 for mostly-ASCII text and charset-normalizer's best guess
    for text in another script (latin-1 again if it has none).
    Raises UnreadableInput for binary or empty input.
    """
    text, encoding = _decode(data)
    if not text.strip():
        raise UnreadableInput(EMPTY_REASON)
    if _mostly_control(text):
        raise UnreadableInput(BINARY_REASON)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, reported, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), reported
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise UnreadableInput(BINARY_REASON)
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return _guess(data)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Recognise BOM-less UTF-16 of mostly Latin text: one NUL in every pair."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _guess(data: bytes) -> tuple[str, str]:
    """Mostly-ASCII text with a stray byte is latin-1; other scripts need a real guess."""
    sample = data[:_SAMPLE_CHARS]
    if sum(byte >= 0x80 for byte in sample) > _NON_ASCII_SHARE * len(sample):
        best = from_bytes(data).best()
        if best is not None and best.encoding:
            try:
                return data.decode(best.encoding), best.encoding
            except (UnicodeDecodeError, LookupError):
                pass
    return data.decode("latin-1"), "latin-1"


def _mostly_control(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    controls = sum(
        1
        for char in sample
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in _TEXT_CONTROLS)
    )
    return controls > _MAX_CONTROL_SHARE * len(sample)
