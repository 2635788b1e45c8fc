"""What a user names as input, beyond plain files and folders: glob patterns, `.zip` archives read member by
member, and lists of paths (`--from-file`).

Archives are never extracted to disk: each member is read into memory when its turn comes, so a member
named `../../etc/x.txt` or `/abs/x.txt` can do no harm beyond its doc_id, which is cleaned. The zip-bomb
guards look at the archive's directory first (a member's size, the archive's total, the compression
ratio) and the read itself never decompresses more than the member's declared size; a refused member is
one error naming `archive.zip:member` and the batch goes on. Zips inside a zip are not followed.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import threading
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import MinutesError, ReadError

ZIP_SUFFIX = ".zip"
_GLOB_CHARS = re.compile(r"[*?\[]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class ZipLimits:
    """The zip-bomb guards; a member breaking one is refused, the rest of the archive is read."""

    member_bytes: int = 50_000_000  # one member, uncompressed (--max-bytes)
    total_bytes: int = 2_000_000_000  # all the members of one archive, uncompressed
    ratio: float = 200.0  # uncompressed / compressed; text minutes compress 3-10x, DOCX and PDF barely
    ratio_from: int = 1_000_000  # the ratio is only checked on members bigger than this (tiny files vary)


@dataclass(frozen=True)
class Member:
    """One member of an archive to read: its index in the archive's directory and its stored name."""

    index: int
    name: str  # as stored (control characters shown as U+FFFD)
    inner: str  # the name cleaned: no '..', no root or drive, '/' separated
    problem: str | None = None  # why it is refused (a guard), reported as this member's error

    @property
    def doc_path(self) -> str:
        """The cleaned name without its suffix (the member's part of its doc_id)."""
        inner = PurePosixPath(self.inner)
        return str(inner.with_suffix("")) if inner.stem else self.inner


@dataclass
class Listing:
    members: list[Member] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    problem: str | None = None  # the archive as a whole cannot be read


def has_glob(text: str) -> bool:
    return bool(_GLOB_CHARS.search(text))


def expand_glob(pattern: str) -> list[str]:
    """Paths matching a pattern the shell did not expand (quoted), sorted; `**` spans folders."""
    return sorted(glob.glob(pattern, recursive=True), key=os.fsencode)


def read_path_list(list_file: str) -> list[str]:
    """The paths in a list file, one a line; blank lines and '#' comments are ignored; '-' is standard input.
    Raises MinutesError naming the file."""
    try:
        if list_file == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(list_file, "rb") as handle:
                raw = handle.read()
    except OSError as err:
        raise MinutesError(f"{list_file}: cannot read the list of paths: {err.strerror or err}") from None
    paths = []
    for line in os.fsdecode(raw).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            paths.append(line)
    return paths


def is_archive(path: Path) -> bool:
    return path.suffix.lower() == ZIP_SUFFIX


def list_members(archive: Path, supported: dict[str, str], limits: ZipLimits) -> Listing:
    """The members of a zip to read, in archive order, each checked against the guards."""
    listing = Listing()
    try:
        infos = _open(archive).infolist()
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as err:
        listing.problem = f"not a readable zip archive ({_reason(err)})"
        return listing
    shown_archive = os.fsencode(archive).decode("utf-8", errors="replace")
    total = 0
    for index, info in enumerate(infos):
        if info.is_dir():
            continue
        name = _CONTROL.sub("\ufffd", info.filename)
        parts = clean_parts(name)
        base = parts[-1] if parts else ""
        skip = _skip_reason(parts, base, supported)
        if skip:
            listing.skipped[skip] += 1
            if skip == "nested archive":
                listing.notes.append(f"{shown_archive}:{name}: skipped (an archive inside an archive is not "
                                     "followed; extract it and give it on its own)")
            continue
        total += info.file_size
        problem = _guard(info, total, limits)
        listing.members.append(Member(index, name, "/".join(parts), problem))
    return listing


def clean_parts(name: str) -> list[str]:
    """A stored member name as path parts that stay inside the archive: no root, drive, '.' or '..'."""
    parts = re.split(r"[\\/]+", name)
    return [p for p in parts if p not in ("", ".", "..") and not re.fullmatch(r"[A-Za-z]:", p)]


def _skip_reason(parts: list[str], base: str, supported: dict[str, str]) -> str | None:
    if not parts:
        return "unsupported format"
    if "__MACOSX" in parts or base.startswith("._"):
        return "macOS ._ file"
    if base.startswith("~$"):
        return "Office lock file"
    if any(p.startswith(".") for p in parts):
        return "hidden"
    suffix = PurePosixPath(base).suffix.lower()
    if suffix == ZIP_SUFFIX:
        return "nested archive"
    if suffix not in supported:
        return "unsupported format"
    return None


def _guard(info: zipfile.ZipInfo, total: int, limits: ZipLimits) -> str | None:
    if info.flag_bits & 0x1:
        return "the member is encrypted; extract it with its password and give the file"
    if info.file_size > limits.member_bytes:
        return (f"the member unpacks to {info.file_size:,} bytes, over the {limits.member_bytes:,}-byte limit; "
                "raise it with --max-bytes")
    if info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(1, info.compress_size):
        return (f"the member unpacks {info.file_size / max(1, info.compress_size):,.0f} times its packed size, "
                f"over the {limits.ratio:g}:1 limit (a zip bomb?); refused")
    if total > limits.total_bytes:
        return (f"the archive's members unpack to over {limits.total_bytes:,} bytes in all; split the archive "
                "(members after this one are refused)")
    return None


def read_member(archive: Path, member: Member, limits: ZipLimits) -> bytes:
    """A member's bytes, decompressing no more than its declared size; raises ReadError (its reason)."""
    if member.problem:
        raise ReadError(archive, member.problem)
    try:
        zipped = _open(archive)
        info = zipped.infolist()[member.index]
        if _CONTROL.sub("\ufffd", info.filename) != member.name:
            raise ReadError(archive, "the archive changed since it was listed; run again")
        if _guard(info, 0, limits):
            raise ReadError(archive, _guard(info, 0, limits))
        with zipped.open(info) as handle:  # reads stop at the declared size; the CRC is checked at the end
            data = handle.read(limits.member_bytes + 1)
    except ReadError:
        raise
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, NotImplementedError, EOFError,
            RuntimeError) as err:
        raise ReadError(archive, f"cannot unpack the member ({_reason(err)})") from None
    except Exception as err:  # zlib/bz2/lzma errors on corrupt data
        raise ReadError(archive, f"cannot unpack the member ({type(err).__name__}: {err})") from None
    if len(data) > limits.member_bytes:
        raise ReadError(archive, f"the member is over the {limits.member_bytes:,}-byte limit; raise it with --max-bytes")
    return data


def _reason(err: BaseException) -> str:
    return getattr(err, "strerror", None) or str(err) or type(err).__name__


# A few open archives a process (a worker reads an archive's members in turn): reopening one for every
# member would parse its whole directory each time, the square of the member count.
_cache: dict[tuple[str, int, int], zipfile.ZipFile] = {}
_cache_lock = threading.Lock()
_CACHED_ARCHIVES = 4


def _open(archive: Path) -> zipfile.ZipFile:
    info = os.stat(archive)
    key = (os.fspath(archive), info.st_mtime_ns, info.st_size)
    with _cache_lock:
        zipped = _cache.get(key)
        if zipped is None:
            while len(_cache) >= _CACHED_ARCHIVES:
                _cache.pop(next(iter(_cache))).close()
            zipped = _cache[key] = zipfile.ZipFile(archive)
        return zipped
