"""Plain-text minutes: bytes -> (text, encoding name, warnings), keeping the text exact.

Downstream offsets point into the decoded string, so nothing is rewritten
after decoding: no newline translation, no whitespace tidying.  Only a
leading byte-order mark is removed, because it is not part of the text, and
NUL bytes, which no text file should hold (each removal is a warning).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from .common import UnreadableInput

BINARY_REASON = "looks like a binary file, not text minutes"
EMPTY_REASON = "file is empty"

# Share of control characters above which decoded "text" is really binary.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE_CHARS = 20_000
# More NUL bytes than this share (trailing padding aside) make a file binary, not text with a stray NUL.
_MAX_NUL_SHARE = 0.01
# Above this share of high bytes the text is not a Latin script; ask charset-normalizer.
_NON_ASCII_SHARE = 0.2
# A word of 3+ letters none of them ASCII is a Greek or Cyrillic word read through a Latin code page.
_FOREIGN_WORD = re.compile(r"(?<![A-Za-z0-9_])[^\W\d_A-Za-z]{3,}(?![A-Za-z0-9_])")
_FOREIGN_WORDS_NEEDED = 2
# Below this coherence (0-1, charset-normalizer's language fit) a detected encoding is a weak guess.
_WEAK_COHERENCE = 0.2
_WEAK_CHAOS = 0.1
# Code pages of Latin scripts: cp1252 covers Western text better than charset-normalizer guesses it,
# so the detector is only asked to choose among the others.
_LATIN_CODECS = [
    "cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_roman",
    "mac_latin2", "mac_iceland", "mac_turkish", "cp437", "cp775", "cp850", "cp852", "cp858", "cp1140",
]
_BAD_PER_GOOD = 4  # bad bytes tolerated per valid multi-byte character before UTF-8 is given up
_INVALID_UTF8 = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1a")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def read_text_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return (text, encoding used). See `decode_text`."""
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def decode_text(data: bytes) -> DecodedText:
    """Decode the bytes of a text file, saying in warnings what was repaired or guessed.

    Order: a BOM (UTF-8 or UTF-16), UTF-16 without BOM recognised by its NUL
    byte pattern; then NUL bytes are dropped (a warning), strict UTF-8, UTF-8
    with a few bad bytes replaced by U+FFFD (a warning), cp1252 for Latin
    scripts (Windows "smart quotes" and £), charset-normalizer's choice for
    other scripts (a warning when the guess is weak), latin-1 when nothing fits
    (a warning). Raises UnreadableInput for binary or empty input.
    """
    decoded = _decode(data)
    if not decoded.text.strip():
        raise UnreadableInput(EMPTY_REASON)
    if _mostly_control(decoded.text):
        raise UnreadableInput(BINARY_REASON)
    return decoded


def _decode(data: bytes) -> DecodedText:
    for bom, reported, codec in _BOMS:
        if data.startswith(bom):
            return DecodedText(data[len(bom) :].decode(codec, errors="replace"), reported)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    data, notes = _without_nuls(data)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", notes)
    except UnicodeDecodeError:
        pass
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return DecodedText(nearly[0], "utf-8", notes + (nearly[1],))
    if _latin_script(data):
        try:
            return DecodedText(data.decode("cp1252"), "cp1252", notes)
        except UnicodeDecodeError:
            return DecodedText(data.decode("latin-1"), "latin-1", notes + (_guessed("latin-1"),))
    return _detect(data, notes)


def _without_nuls(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Drop NUL bytes (trailing padding, or a stray one) with a warning; many of them mean binary."""
    if b"\x00" not in data:
        return data, ()
    body = data.rstrip(b"\x00")
    inner = body.count(0)
    if inner > max(1, _MAX_NUL_SHARE * len(body)):
        raise UnreadableInput(BINARY_REASON)
    removed = len(data) - len(body) + inner
    note = f"removed {removed:,} NUL byte{'s' if removed > 1 else ''} (0x00), which a text file should not hold"
    return body.replace(b"\x00", b""), (note,)


def _nearly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few damaged bytes. A cp1252 or latin-1 file hardly ever holds a valid UTF-8
    sequence (it would be mojibake such as "Â£"), so a few of them outweigh several bad bytes."""
    loose = data.decode("utf-8", errors="surrogateescape")
    bad = len(_INVALID_UTF8.findall(loose))
    good = len(_NON_ASCII.findall(loose))
    if good == 0 or bad > _BAD_PER_GOOD * good:
        return None
    note = (f"{bad:,} byte{'s are' if bad > 1 else ' is'} not valid UTF-8; read as UTF-8 with "
            f"{'each' if bad > 1 else 'it'} replaced by U+FFFD")
    return data.decode("utf-8", errors="replace"), note


def _latin_script(data: bytes) -> bool:
    """Mostly ASCII, and no run of non-ASCII letters that only a non-Latin script would write."""
    sample = data[: _SAMPLE_CHARS * 4]
    if sum(byte >= 0x80 for byte in sample) > _NON_ASCII_SHARE * len(sample):
        return False
    as_latin = sample.decode("latin-1")
    return sum(1 for _ in zip(range(_FOREIGN_WORDS_NEEDED), _FOREIGN_WORD.finditer(as_latin))) < _FOREIGN_WORDS_NEEDED


def _detect(data: bytes, notes: tuple[str, ...]) -> DecodedText:
    """A non-Latin 8-bit or multi-byte encoding, as charset-normalizer detects it."""
    best = from_bytes(data, cp_exclusion=_LATIN_CODECS).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None:
            weak = best.coherence < _WEAK_COHERENCE or best.chaos > _WEAK_CHAOS
            return DecodedText(text, best.encoding, notes + ((_guessed(best.encoding, weak=True),) if weak else ()))
    return DecodedText(data.decode("latin-1"), "latin-1", notes + (_guessed("latin-1"),))


def _guessed(encoding: str, weak: bool = False) -> str:
    if weak:
        return f"encoding guessed as {encoding} (a weak guess); some characters may be wrong"
    return f"encoding guessed as {encoding}; some characters may be wrong"


def _utf16_without_bom(data: bytes) -> DecodedText | None:
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
        return DecodedText(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


# Replacement characters and control characters (category Cc, all below U+0100) other than the text ones,
# as one character class: counted by the regex engine instead of a category lookup a character.
_NOT_TEXT = re.compile("[" + "".join(re.escape(c) for c in ["\ufffd", *map(chr, range(0x100))]
                                     if c == "\ufffd" or unicodedata.category(c) == "Cc" and c not in _TEXT_CONTROLS) + "]")


def _mostly_control(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    return len(_NOT_TEXT.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)
