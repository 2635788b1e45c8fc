"""paths -> documents -> pipeline -> records, one file at a time; a bad file never stops the batch.

`gather` turns the paths a user gives into sources: each file once (however often it is named, or a
folder and a file inside it), hidden, Office lock and `._` files skipped and counted, every doc_id unique
in the batch (case-insensitively, so `--text-dir` never writes two documents to one file), and names
that are not valid UTF-8 shown with U+FFFD instead of ending the batch. `process` reads each source
within a time budget and turns every failure into an error record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import signal
import stat
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import MinutesError, ReadError
from .inputs import Member, ZipLimits, expand_glob, has_glob, is_archive, list_members, read_member
from .read import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, read_bytes, read_file_bytes, sniff_format
from .schema import MeetingRecord, UnitRecord, as_json
from .write import doc_to_records, error_record, json_line

if TYPE_CHECKING:  # spaCy is imported by the pipeline's loader: a parent of workers never needs it
    from spacy.language import Language

FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_. ]?(0[1-9]|1[0-2])[-_. ]?(0[1-9]|[12]\d|3[01])(?!\d)")
STDIN = "-"
# Documents at least this long report each pipeline step as it finishes (a visible sign of progress).
PROGRESS_CHARS = 250_000
# A document's default time budget: five minutes, or a minute a megabyte for a bound volume (every step is
# linear, about 30 CPU seconds a megabyte on one core), so only a stall, never a big file, runs it out.
DEFAULT_DOC_TIMEOUT = 300.0
DEFAULT_TIMEOUT_PER_MB = 60.0

# Why a document failed, as written to --errors: a path that is not there, a file that cannot be read as
# minutes (including archive members refused by the zip guards), a document over its time budget, a
# record that would not be valid JSON, and a bug.
ERROR_KINDS = ("missing", "unreadable", "timeout", "invalid output", "internal")

# Files in a folder that are never minutes: (test on the name, reason counted in the summary)
_NOT_MINUTES: tuple[tuple[Callable[[str], bool], str], ...] = (
    (lambda name: name.startswith("._"), "macOS ._ file"),
    (lambda name: name.startswith("~$"), "Office lock file"),
    (lambda name: name.startswith("."), "hidden"),
)


@dataclass
class Source:
    path: Path
    doc_id: str
    shown: str  # the path as the user will recognise it (valid UTF-8)
    stdin: bool = False
    missing: str | None = None  # why a path the user gave does not exist
    data: bytes | None = None  # bytes already read (standard input)
    archive: Path | None = None  # the .zip a member comes from (then `path` is archive/member, never opened)
    member: Member | None = None


@dataclass
class DocResult:
    source: Source
    meeting: MeetingRecord
    units: list[UnitRecord] = field(default_factory=list)
    text: str | None = None
    status: str = "done"  # done | failed | kept (finished by an interrupted run being resumed)
    sha256: str | None = None
    unit_lines: list[str] = field(default_factory=list)  # the records as JSON lines, checked to be valid JSON
    meeting_line: str = ""
    error_kind: str | None = None  # a failed document's class of failure (ERROR_KINDS)

    @property
    def ok(self) -> bool:
        return self.status == "done"


@dataclass
class Gathered:
    sources: list[Source]
    skipped: Counter = field(default_factory=Counter)  # reason -> files skipped
    notes: list[str] = field(default_factory=list)  # one line per file skipped that the user may have meant


def shown_path(path: Path | str) -> str:
    """A path as valid UTF-8 text: bytes that are not UTF-8 in a file name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


@dataclass
class _Found:
    path: Path
    missing: str | None = None
    stdin: bool = False
    archive: Path | None = None
    member: Member | None = None


def gather(paths: Iterable[Path | str], max_bytes: int = DEFAULT_MAX_BYTES) -> Gathered:
    """The sources to process, in the order given (folders sorted, archives in their own order), each file
    once (module docstring); quoted glob patterns are expanded here, `.zip` archives listed member by member."""
    gathered = Gathered([])
    found: list[_Found] = []
    seen: set[tuple[int, int]] = set()
    limits = ZipLimits(member_bytes=max_bytes)
    for given in paths:
        given_text = os.fspath(given)
        if given_text == STDIN:
            if any(f.stdin for f in found):
                gathered.notes.append("-: standard input given more than once; read once")
                continue
            found.append(_Found(Path("<stdin>"), stdin=True))
        elif has_glob(given_text) and not os.path.lexists(given_text):
            matches = expand_glob(given_text)
            if not matches:
                found.append(_Found(Path(given_text), "no files match the pattern"))
            for match in matches:
                _take(Path(match), found, seen, gathered, limits)
        else:
            _take(Path(given), found, seen, gathered, limits)
    preset = [f"{f.archive.stem}/{f.member.doc_path}" if f.member else None for f in found]
    ids = _doc_ids([f.path for f in found], [f.stdin for f in found], preset)
    for item, doc_id in zip(found, ids):
        shown = ("<stdin>" if item.stdin else f"{shown_path(item.archive)}:{item.member.name}" if item.member
                 else shown_path(item.path))
        gathered.sources.append(Source(item.path, doc_id, shown, stdin=item.stdin, missing=item.missing,
                                       archive=item.archive, member=item.member))
    return gathered


def _take(given: Path, found: list[_Found], seen: set, gathered: Gathered, limits: ZipLimits) -> None:
    """One path the user named: a folder walked, a file or archive added, a missing path an error."""
    try:
        info = os.stat(given)
    except OSError as err:
        reason = "no such file or folder" if isinstance(err, FileNotFoundError) else err.strerror or str(err)
        found.append(_Found(given, reason))
        return
    if stat.S_ISDIR(info.st_mode):
        for path, file_info in _walk(given, gathered):
            _add(path, file_info, found, seen, gathered, limits)
    elif not _not_minutes(given.name, gathered, given):
        _add(given, info, found, seen, gathered, limits)


def collect_sources(paths: Iterable[Path], skipped: list[str] | None = None) -> list[Source]:
    """`gather` for callers that only want the sources (and, optionally, the lines about skipped files)."""
    gathered = gather(paths)
    if skipped is not None:
        skipped.extend(gathered.notes)
    return gathered.sources


def _walk(folder: Path, gathered: Gathered) -> list[tuple[Path, os.stat_result]]:
    """Regular files under `folder` with a supported suffix, sorted; hidden folders and links to folders
    are not entered (a link loop cannot trap the walk)."""
    files: list[tuple[Path, os.stat_result]] = []

    def unreadable(err: OSError) -> None:
        gathered.skipped["unreadable folder"] += 1
        gathered.notes.append(f"{shown_path(err.filename or folder)}: skipped (cannot list the folder: "
                              f"{err.strerror or err})")

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        hidden = [d for d in dirs if d.startswith(".")]
        if hidden:
            gathered.skipped["hidden"] += len(hidden)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(root) / name
            if _not_minutes(name, gathered):
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES and not is_archive(path):
                gathered.skipped["unsupported format"] += 1
                gathered.notes.append(f"{shown_path(path)}: skipped (not a supported format: "
                                      f"{', '.join(sorted(SUPPORTED_SUFFIXES))})")
                continue
            try:
                info = os.stat(path)
            except OSError as err:
                gathered.skipped["broken link"] += 1
                gathered.notes.append(f"{shown_path(path)}: skipped ({err.strerror or err})")
                continue
            if not stat.S_ISREG(info.st_mode):
                gathered.skipped["not a regular file"] += 1
                gathered.notes.append(f"{shown_path(path)}: skipped (not a regular file)")
                continue
            files.append((path, info))
    return sorted(files, key=lambda item: os.fsencode(item[0]))


def _not_minutes(name: str, gathered: Gathered, given: Path | None = None) -> bool:
    """Hidden, Office lock and macOS ._ files; a file named on the command line is only refused
    when it is a lock or ._ file (a hidden file named on purpose is read)."""
    for test, reason in _NOT_MINUTES:
        if test(name) and (given is None or reason != "hidden"):
            gathered.skipped[reason] += 1
            if given is not None:
                gathered.notes.append(f"{shown_path(given)}: skipped ({reason}, not minutes)")
            return True
    return False


def _add(path: Path, info: os.stat_result, found: list[_Found], seen: set, gathered: Gathered,
         limits: ZipLimits) -> None:
    key = (info.st_dev, info.st_ino)
    if key in seen:
        gathered.skipped["named twice"] += 1
        gathered.notes.append(f"{shown_path(path)}: given more than once (or inside a folder also given); read once")
        return
    seen.add(key)
    if not (is_archive(path) and stat.S_ISREG(info.st_mode)):
        found.append(_Found(path))
        return
    listing = list_members(path, SUPPORTED_SUFFIXES, limits)
    if listing.problem:
        found.append(_Found(path, listing.problem))
    gathered.skipped.update(listing.skipped)
    gathered.notes.extend(listing.notes)
    for member in listing.members:
        found.append(_Found(path / member.inner, archive=path, member=member))


def _doc_ids(paths: list[Path], stdin: list[bool], preset: list[str | None]) -> list[str]:
    """File stems; where stems clash (case-insensitively), the path below the clashing files' common
    folder, with the suffix when that clashes too; what still clashes gets ~2, ~3. An archive member's
    id is preset (archive stem/member path) and only ever gets the ~N."""
    absolute = [Path(os.path.abspath(p)) for p in paths]
    ids = [p if p is not None else "stdin" if s else shown_path(path.stem)
           for path, s, p in zip(paths, stdin, preset)]

    def widen(make: Callable[[Path], Path]) -> None:
        groups: dict[str, list[int]] = defaultdict(list)
        for index, doc_id in enumerate(ids):
            groups[doc_id.casefold()].append(index)
        for members in (m for m in groups.values() if len(m) > 1):
            files = [i for i in members if not stdin[i] and preset[i] is None]
            if len(files) < 2:
                continue
            root = Path(os.path.commonpath([absolute[i].parent for i in files]))
            for i in files:
                ids[i] = shown_path("/".join(make(absolute[i].relative_to(root)).parts))

    widen(lambda rel: rel.with_suffix(""))
    widen(lambda rel: rel)
    taken: set[str] = set()
    for index, doc_id in enumerate(ids):
        number, unique = 2, doc_id
        while unique.casefold() in taken:
            unique, number = f"{doc_id}~{number}", number + 1
        ids[index] = unique
        taken.add(unique.casefold())
    return ids


def filename_date(path: Path) -> dt.date | None:
    match = FILENAME_DATE.search(path.stem)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def source_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a source (standard input is read once and kept); raises ReadError."""
    if source.missing is not None:
        raise ReadError(source.shown, source.missing)
    if source.member is not None:
        return read_member(source.archive, source.member, ZipLimits(member_bytes=max_bytes))
    if source.stdin:
        if source.data is None:
            source.data = sys.stdin.buffer.read(max_bytes + 1)
        if len(source.data) > max_bytes:
            raise ReadError(source.shown, f"input is over the {max_bytes:,}-byte limit; raise it with --max-bytes")
        return source.data
    return read_file_bytes(source.path, max_bytes)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class DocumentTimeout(BaseException):
    """Raised inside a document's processing when its time budget runs out (a BaseException, so no
    `except Exception` in library code swallows it)."""


class _Budget:
    """A running time budget; `extend` raises it to a new total (e.g. once the input's size is known)."""

    def __init__(self, seconds: float | None, armed: bool, alarm: "_ThreadAlarm | None" = None) -> None:
        self.seconds, self.armed, self.started, self.alarm = seconds, armed, time.monotonic(), alarm

    def overran(self) -> bool:
        """Whether the budget ran out. On a worker thread the timer thread may get the interpreter only
        after a short document has ended, so the end of a block asks as well: a document over its budget
        is stopped whichever comes first."""
        return self.armed and bool(self.seconds) and time.monotonic() - self.started > self.seconds

    def extend(self, total: float) -> None:
        if self.armed and self.seconds and total > self.seconds:
            self.seconds = total
            remaining = max(0.001, total - (time.monotonic() - self.started))
            if self.alarm is not None:
                self.alarm.start(remaining)
            else:
                signal.setitimer(signal.ITIMER_REAL, remaining)


class _ThreadAlarm:
    """DocumentTimeout raised in one thread that is not the main thread (a Dask worker's task thread),
    where no signal can reach: a timer thread sets the exception on the thread's state, which Python
    raises at its next instruction. Disarming under a lock means it never fires once the budget is over."""

    def __init__(self) -> None:
        self.thread, self.lock, self.armed, self.fired = threading.get_ident(), threading.Lock(), True, False
        self.timer: threading.Timer | None = None

    def start(self, seconds: float) -> None:
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(seconds, self._fire)
            self.timer.daemon = True
            self.timer.start()

    def _fire(self) -> None:
        import ctypes

        with self.lock:
            if self.armed:
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread), ctypes.py_object(DocumentTimeout))

    def disarm(self) -> None:
        """Stop the timer; an exception it set that the thread has not raised yet is withdrawn, so none
        can surface after the budget's block."""
        import ctypes

        with self.lock:
            self.armed = False
            if self.timer is not None:
                self.timer.cancel()
            if self.fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread), None)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[_Budget]:
    """Raise DocumentTimeout in this thread after `seconds` of wall time: by SIGALRM in the POSIX main
    thread, by a timer thread in any other thread of CPython (None/0: no limit)."""
    if not seconds:
        yield _Budget(seconds, armed=False)
        return
    if not (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()):
        if sys.implementation.name != "cpython":
            yield _Budget(seconds, armed=False)
            return
        alarm = _ThreadAlarm()
        alarm.start(seconds)
        try:
            yield _Budget(seconds, armed=True, alarm=alarm)
        finally:
            alarm.disarm()
        return

    def expire(signum, frame) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield _Budget(seconds, armed=True)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


Progress = Callable[[Source, str, float], None]


def process(
    sources: Iterable[Source], nlp: Language, *, include_other: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
    doc_timeout: float | None = None, timeout_per_mb: float = 0.0, skip: Container[str] = (),
    progress: Progress | None = None,
) -> Iterator[DocResult]:
    """Read and process each source; failures become a MeetingRecord with `error` set.

    Each document's budget (reading included) is `doc_timeout` seconds, or `timeout_per_mb` seconds a
    megabyte of its file when that is more (None: no limit); `skip` holds doc_ids already
    finished (yielded as status "kept", unread); `progress(source, step, seconds)` hears about each
    step of a long document.
    """
    for source in sources:
        fmt = SUPPORTED_SUFFIXES.get(source.path.suffix.lower())
        if source.doc_id in skip:
            yield kept_result(source)
            continue
        yield _process_one(source, fmt, nlp, include_other, max_bytes, (doc_timeout, timeout_per_mb), progress)


def _process_one(source: Source, fmt: str | None, nlp: Language, include_other: bool, max_bytes: int,
                 timeout: tuple[float | None, float], progress: Progress | None) -> DocResult:
    digest = None
    doc_timeout, per_mb = timeout
    try:
        with time_limit(doc_timeout) as budget:  # never yield inside: the alarm must not fire in the caller's code
            data = source_bytes(source, max_bytes)
            budget.extend(per_mb * len(data) / 1_000_000)
            digest = sha256_of(data)
            if source.stdin:
                fmt = sniff_format(data)
            result = _run(source, data, fmt, digest, nlp, include_other, progress)
        if budget.overran():
            raise DocumentTimeout
        return result
    except DocumentTimeout:
        reason = (f"took longer than its {round(budget.seconds, 1):g} s budget (--doc-timeout) and was stopped; split "
                  "the file or raise --doc-timeout")
        return failed_result(source, fmt, reason, digest, "timeout")
    except ReadError as exc:
        kind = "missing" if source.missing is not None and not is_archive(source.path) else "unreadable"
        return failed_result(source, fmt, exc.reason, digest, kind)
    except MinutesError as exc:
        return failed_result(source, fmt, str(exc), digest, "invalid output")
    except Exception as exc:  # a bug must not lose the rest of the batch
        return failed_result(source, fmt, f"internal error: {exc!r}", digest, "internal")


def _run(source: Source, data: bytes, fmt: str | None, digest: str, nlp: Language, include_other: bool,
         progress: Progress | None) -> DocResult:
    document = read_bytes(source.path if not source.stdin else Path(source.shown), data, fmt)
    if len(document.text) > nlp.max_length:
        raise ReadError(source.shown, f"text is {len(document.text):,} characters, over the {nlp.max_length:,} "
                                      "the pipeline takes; split the file into meetings")
    from .extensions import remember_text

    started = time.perf_counter()
    report = progress if progress is not None and len(document.text) >= PROGRESS_CHARS else None
    if report:
        report(source, "read", time.perf_counter() - started)
    doc = remember_text(nlp.make_doc(document.text), document.text)
    doc._.source = {
        "doc_id": source.doc_id, "source": source.shown, "format": document.format,
        "fallback_date": None if source.stdin else filename_date(source.path),
    }
    for name, component in nlp.pipeline:
        doc = component(doc)
        if report:
            report(source, name, time.perf_counter() - started)
    meeting, units = doc_to_records(doc, include_other=include_other)
    meeting.warnings.extend(document.warnings)
    try:
        unit_lines = [json_line(as_json(u)) for u in units]
        meeting_line = json_line(as_json(meeting))
    except ValueError as exc:  # NaN or an infinity would make the line invalid JSON
        raise MinutesError(f"internal error: a record is not valid JSON ({exc})") from None
    return DocResult(source, meeting, units, document.text, "done", digest, unit_lines, meeting_line)


def failed_result(source: Source, fmt: str | None, reason: str, digest: str | None, kind: str) -> DocResult:
    """The result of a document that could not be processed: an error record, and its class (ERROR_KINDS)."""
    meeting = error_record(source.doc_id, source.shown, fmt, reason)
    return DocResult(source, meeting, status="failed", sha256=digest, meeting_line=json_line(as_json(meeting)),
                     error_kind=kind)


def kept_result(source: Source) -> DocResult:
    """A document an interrupted run finished, passed over unread."""
    fmt = SUPPORTED_SUFFIXES.get(source.path.suffix.lower())
    return DocResult(source, MeetingRecord(doc_id=source.doc_id, source=source.shown, format=fmt), status="kept")


def in_order(sources: Iterable[Source], skip: Container[str],
             run: Callable[[list[Source]], Iterator[DocResult]]) -> Iterator[DocResult]:
    """Every source's result in input order: those in `skip` as "kept", the rest from `run`, which gets
    them in input order and must yield their results in that order (a pool of workers, a cluster)."""
    sources = list(sources)
    results = run([source for source in sources if source.doc_id not in skip])
    for source in sources:
        yield kept_result(source) if source.doc_id in skip else next(results)


def unchanged(sources: Iterable[Source], done: dict[str, str], max_bytes: int = DEFAULT_MAX_BYTES) -> set[str]:
    """The doc_ids in `done` (doc_id -> SHA-256 of an interrupted run) whose file still has those bytes."""
    same: set[str] = set()
    for source in sources:
        if source.doc_id in done:
            try:
                if sha256_of(source_bytes(source, max_bytes)) == done[source.doc_id]:
                    same.add(source.doc_id)
            except MinutesError:
                continue
    return same


def journal_settings(include_other: bool, meetings: Path | None, model: Path | None) -> dict:
    """The options a resumed run must share with the run it continues (they change what is written)."""
    return {"all": include_other, "meetings": os.fspath(meetings) if meetings else None,
            "model": os.fspath(Path(model).resolve()) if model else None}
