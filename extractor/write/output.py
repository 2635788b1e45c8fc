"""The output files of a batch: replaced only by a complete run, resumable after any interruption.

Each regular output file NAME is written as NAME.part and renamed over NAME only when the whole batch
has run, so an earlier complete NAME survives Ctrl-C, kill -9, a full disk or a run where every
document failed. Next to the first output a journal, NAME.progress, gets one line per finished
document (doc_id and the SHA-256 of its bytes) after that document's lines are in the part files;
`--resume` keeps the lines of journalled documents whose file is unchanged and drops everything else
(a torn last line, a document cut short), so every document ends up in the output exactly once.

A lock file, NAME.lock (flock'ed, released by the kernel when the process dies), refuses a second
run on the same output. Targets that are not regular files are never replaced: a character device
or FIFO (`-o /dev/null`) is written through, a symlink is followed to the file it names, and block
devices, sockets and folders are refused. Every failure is an OutputError naming the path.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import MinutesError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a second run is not detected
    fcntl = None  # type: ignore[assignment]

JOURNAL_FORMAT = "minutes-progress-v1"


class OutputError(MinutesError):
    """An output file could not be prepared or written; `str()` is one line naming it."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UsageError(MinutesError):
    """Options that cannot work together (e.g. --meetings naming the -o file)."""


def _io_reason(err: OSError) -> str:
    return err.strerror or str(err)


@dataclass
class _Target:
    """One output: stdout, a file written whole through NAME.part, or a special file written through."""

    given: Path | None
    path: Path | None = None  # the file finally written (a symlink's target), None for stdout
    through: bool = False  # a character device or FIFO: written directly, nothing to replace
    handle: IO[str] | None = None
    lock_fd: int | None = None

    @property
    def part(self) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + ".part")

    @property
    def whole(self) -> bool:
        """Written through a part file (and so resumable)."""
        return self.path is not None and not self.through

    def shown(self) -> str:
        return "standard output" if self.given is None else str(self.given)


def _plan(given: Path | None) -> _Target:
    if given is None or str(given) == "-":
        return _Target(None)
    try:
        info = os.stat(given)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise OutputError(given, f"cannot use it as output: {_io_reason(err)}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(given, "is a folder; give a file name for the output")
    if info is not None and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        return _Target(given, Path(given), through=True)
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = "a block device" if stat.S_ISBLK(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode) else "special"
        raise OutputError(given, f"is {kind}, not a regular file; refusing to write to it")
    # a symlink (or a chain) is followed, so the link stays and the file it names is replaced
    return _Target(given, Path(os.path.realpath(given)))


@dataclass
class Resumed:
    """What an interrupted run left that this run keeps: finished documents by doc_id -> SHA-256."""

    done: dict[str, str] = field(default_factory=dict)
    dropped: int = 0  # lines of documents cut short (or changed since) that were removed


class BatchOutput:
    """The units and meetings files of one `minutes extract` run (see the module docstring)."""

    def __init__(self, units: Path | None, meetings: Path | None, *, settings: dict | None = None) -> None:
        self.units = _plan(units)
        self.meetings = _plan(meetings) if meetings is not None else None
        self.settings = settings or {}
        if self.meetings is not None and self.meetings.whole and self.units.whole \
                and self.meetings.path == self.units.path:
            raise UsageError(f"--meetings {meetings} names the same file as -o {units}; give two different files")
        self._journal: IO[str] | None = None
        self.opened = False

    # ------------------------------------------------------------------ setup

    @property
    def targets(self) -> list[_Target]:
        return [t for t in (self.units, self.meetings) if t is not None]

    @property
    def journal_path(self) -> Path | None:
        first = next((t for t in self.targets if t.whole), None)
        return first.path.with_name(first.path.name + ".progress") if first else None

    def parts(self) -> list[Path]:
        return [t.part for t in self.targets if t.whole]

    def finished(self) -> dict[str, str]:
        """The documents the interrupted run's journal lists as whole (doc_id -> SHA-256)."""
        journal = self.journal_path
        return _read_journal(journal)[1] if journal is not None and journal.exists() else {}

    def interrupted_run(self) -> bool:
        """True when an earlier run left a journal to resume."""
        journal = self.journal_path
        return journal is not None and journal.exists()

    def open(self, *, resume: bool) -> Resumed:
        """Lock the outputs and start the part files, keeping an interrupted run's work when `resume`."""
        if resume and not self.units.whole:
            raise UsageError("--resume needs -o naming a regular file (units written to standard output or a "
                             "device cannot be taken back or continued)")
        for target in self.targets:
            if target.whole:
                self._lock(target)
        try:
            kept = self._recover() if resume and self.interrupted_run() else Resumed()
            for target in self.targets:
                self._open_target(target, append=bool(kept.done))
            self._open_journal(kept)
        except BaseException:
            self.close(keep_parts=True)
            raise
        self.opened = True
        return kept

    def _lock(self, target: _Target) -> None:
        if fcntl is None:
            return
        lock = target.path.with_name(target.path.name + ".lock")
        for _ in range(5):  # the lock file may be removed by a run finishing meanwhile: take the new one
            try:
                lock.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as err:
                raise OutputError(lock, f"cannot create the lock file: {_io_reason(err)}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip()
                os.close(fd)
                raise OutputError(target.given, f"another minutes run{f' (pid {holder})' if holder else ''} is "
                                                f"writing it; wait for it to finish or choose another output") from None
            try:
                same = os.fstat(fd).st_ino == os.stat(lock).st_ino
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                target.lock_fd = fd
                return
            os.close(fd)
        raise OutputError(lock, "could not take the lock; another run keeps replacing it")

    def _open_target(self, target: _Target, append: bool) -> None:
        if target.path is None:
            target.handle = sys.stdout
            return
        path = target.path if target.through else target.part
        try:
            if not target.through:
                path.parent.mkdir(parents=True, exist_ok=True)
            target.handle = open(path, "a" if append and not target.through else "w", encoding="utf-8", newline="\n")
        except OSError as err:
            raise OutputError(path, f"cannot write it: {_io_reason(err)}") from None

    def _open_journal(self, kept: Resumed) -> None:
        journal = self.journal_path
        if journal is None:
            return
        header = {"format": JOURNAL_FORMAT, "settings": self.settings}
        lines = [json.dumps(header)] + [json.dumps({"doc_id": d, "sha256": h}) for d, h in kept.done.items()]
        try:
            _replace_text(journal, "".join(line + "\n" for line in lines))
            self._journal = open(journal, "a", encoding="utf-8", newline="\n")
        except OSError as err:
            raise OutputError(journal, f"cannot write it: {_io_reason(err)}") from None

    # ----------------------------------------------------------------- resume

    def _recover(self) -> Resumed:
        """The documents an interrupted run finished, with every other line removed from the part files."""
        journal = self.journal_path
        header, done = _read_journal(journal)
        if header.get("format") != JOURNAL_FORMAT:
            raise OutputError(journal, "not a minutes progress file; remove it to start again")
        if header.get("settings") != self.settings:
            differ = sorted(k for k in set(header.get("settings", {})) | set(self.settings)
                            if header.get("settings", {}).get(k) != self.settings.get(k))
            raise UsageError(f"the interrupted run used other settings ({', '.join(differ)}); resume with the same "
                             f"options, or run without --resume to start again")
        if any(t.whole and not t.part.exists() for t in self.targets):
            done = {}  # a part file is gone: what the journal lists is no longer there to keep
        elif self.meetings is not None and self.meetings.whole:
            present = _doc_ids_in(self.meetings.part)  # every finished document has its meeting line
            done = {d: h for d, h in done.items() if d in present}
        kept = Resumed(done)
        for target in self.targets:
            if target.whole:
                kept.dropped += _filter_part(target.part, set(done))
        return kept

    def forget(self, doc_ids: set[str]) -> None:
        """Drop finished documents from the resume set before new work is appended (their file changed)."""
        # called before any document is written in this run: rewrite the part files and the journal
        for target in self.targets:
            if target.whole and target.handle is not None:
                target.handle.close()
        remaining: dict[str, str] = {}
        journal = self.journal_path
        if journal is not None:
            _, done = _read_journal(journal)
            remaining = {d: h for d, h in done.items() if d not in doc_ids}
            for target in self.targets:
                if target.whole:
                    _filter_part(target.part, set(remaining))
                    self._open_target(target, append=True)
            if self._journal is not None:
                self._journal.close()
            self._open_journal(Resumed(remaining))

    # ------------------------------------------------------------------ write

    def write(self, doc_id: str, sha256: str | None, unit_lines: list[str], meeting_line: str | None) -> None:
        """One document's lines, then its journal line: a document is in the journal only once whole."""
        self._put(self.units, "".join(unit_lines))
        if self.meetings is not None and meeting_line is not None:
            self._put(self.meetings, meeting_line)
        if self._journal is not None:
            try:
                self._journal.write(json.dumps({"doc_id": doc_id, "sha256": sha256}) + "\n")
                self._journal.flush()
            except OSError as err:
                raise OutputError(self.journal_path, f"cannot write it: {_io_reason(err)}") from None

    def _put(self, target: _Target, chunk: str) -> None:
        if not chunk or target.handle is None:
            return
        try:
            target.handle.write(chunk)
            target.handle.flush()  # the lines reach the kernel before the journal names the document
        except OSError as err:
            where = target.given if target.through or target.path is None else target.part
            raise OutputError(where or "standard output", f"cannot write it: {_io_reason(err)}") from None

    # ----------------------------------------------------------------- finish

    def commit(self, *, replace_existing: bool = True) -> list[str]:
        """Make the part files the outputs; returns notes for the user.

        With `replace_existing=False` (no document could be read) an existing output is left as it was
        and the part files are removed; an output that did not exist yet is still written.
        """
        notes: list[str] = []
        try:
            for target in self.targets:
                if target.handle is None or target.path is None:
                    continue
                try:
                    target.handle.flush()
                    if target.whole:
                        os.fsync(target.handle.fileno())
                except OSError as err:
                    raise OutputError(target.part if target.whole else target.given,
                                      f"cannot write it: {_io_reason(err)}") from None
            for target in self.targets:
                if not target.whole:
                    continue
                target.handle.close()
                if not replace_existing and target.path.exists():
                    target.part.unlink(missing_ok=True)
                    notes.append(f"{target.given} is unchanged (no document could be read)")
                    continue
                try:
                    os.replace(target.part, target.path)
                except OSError as err:
                    raise OutputError(target.path, f"cannot replace it with {target.part.name}: "
                                                   f"{_io_reason(err)}") from None
            if self._journal is not None:
                self._journal.close()
                self._journal = None
                self.journal_path.unlink(missing_ok=True)
        finally:
            self.close(keep_parts=True)
        return notes

    def close(self, *, keep_parts: bool) -> None:
        """Close files and release locks; part files and journal stay for --resume unless told otherwise."""
        for target in self.targets:
            if target.handle is not None and target.handle is not sys.stdout:
                try:
                    target.handle.close()
                except OSError:
                    pass
            target.handle = None
        if self._journal is not None:
            try:
                self._journal.close()
            except OSError:
                pass
            self._journal = None
        if not keep_parts:
            for path in [*self.parts(), self.journal_path]:
                if path is not None:
                    path.unlink(missing_ok=True)
        for target in self.targets:
            if target.lock_fd is not None:
                lock = target.path.with_name(target.path.name + ".lock")
                lock.unlink(missing_ok=True)  # before closing, so a waiting run takes a fresh lock file
                os.close(target.lock_fd)
                target.lock_fd = None


def _read_journal(path: Path) -> tuple[dict, dict[str, str]]:
    """The header and the finished documents; a torn last line (kill -9 mid-write) is ignored."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise OutputError(path, f"cannot read it: {_io_reason(err)}") from None
    header: dict = {}
    done: dict[str, str] = {}
    for number, line in enumerate(raw.split("\n")[:-1]):  # the piece after the last newline is torn
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if number == 0:
            header = record if isinstance(record, dict) else {}
        elif isinstance(record, dict) and isinstance(record.get("doc_id"), str):
            done[record["doc_id"]] = record.get("sha256")
    return header, done


def _doc_ids_in(part: Path) -> set[str]:
    found: set[str] = set()
    try:
        raw = part.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise OutputError(part, f"cannot read it: {_io_reason(err)}") from None
    for line in raw.split("\n")[:-1]:
        try:
            found.add(json.loads(line).get("doc_id"))
        except (json.JSONDecodeError, AttributeError):
            continue
    return found


def _filter_part(part: Path, keep: set[str]) -> int:
    """Keep the whole lines of documents in `keep`; returns how many lines were dropped."""
    try:
        raw = part.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return 0
    except OSError as err:
        raise OutputError(part, f"cannot read it: {_io_reason(err)}") from None
    pieces = raw.split("\n")
    kept, dropped = [], 0
    for line in pieces[:-1]:
        try:
            doc_id = json.loads(line).get("doc_id")
        except (json.JSONDecodeError, AttributeError):
            doc_id = None
        if doc_id in keep:
            kept.append(line + "\n")
        else:
            dropped += 1
    dropped += bool(pieces[-1])
    if dropped:
        try:
            _replace_text(part, "".join(kept))
        except OSError as err:
            raise OutputError(part, f"cannot rewrite it: {_io_reason(err)}") from None
    return dropped


def _replace_text(path: Path, text: str) -> None:
    """Write `text` to `path` whole: a temporary file beside it, synced, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    with open(temp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
