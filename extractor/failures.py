"""`--errors FILE`: one JSON record per document that failed, written as safely as the outputs.

The records go to FILE.part and FILE is replaced only when the run ends (completed, or stopped by
--strict: the report of why is then what the user needs); an interrupted run leaves FILE.part, and
`--resume` keeps the records of the documents it keeps, so every failed document is listed once. A
record is written before its document is journalled, so a journalled failure always has its record.
A character device or FIFO (`--errors /dev/stderr`) is written through.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import IO

from .batch import DocResult
from .write import OutputError


def failure_record(result: DocResult) -> dict:
    """What a failed document's record says: which document, where it came from, what went wrong, and the
    class of failure (batch.ERROR_KINDS) to group by."""
    return {"doc_id": result.source.doc_id, "path": result.source.shown, "error": result.meeting.error,
            "reason": result.error_kind or "internal"}


class FailureLog:
    """The --errors file of one run (module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            mode = os.stat(self.path).st_mode
        except OSError:
            mode = 0
        self.through = stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)
        if mode and not self.through and not stat.S_ISREG(mode):
            raise OutputError(self.path, "is not a regular file; give a file name for --errors")
        if not self.through:
            self.path = Path(os.path.realpath(self.path))  # a symlink stays; the file it names is replaced
        self.part = self.path.with_name(self.path.name + ".part")
        self.handle: IO[str] | None = None
        self.count = 0

    def open(self, *, resume: bool, keep: set[str]) -> None:
        """Start the part file; when resuming, keep the records of the documents kept from the earlier run."""
        target = self.path if self.through else self.part
        kept: list[str] = []
        if resume and not self.through and self.part.exists():
            kept = [line for line in _lines(self.part) if _doc_id(line) in keep]
        try:
            if not self.through:
                self.part.parent.mkdir(parents=True, exist_ok=True)
            self.handle = open(target, "w", encoding="utf-8", newline="\n")
            self.handle.writelines(kept)
            self.handle.flush()
        except OSError as err:
            raise OutputError(target, f"cannot write it: {err.strerror or err}") from None

    def write(self, result: DocResult) -> None:
        try:
            self.handle.write(json.dumps(failure_record(result), ensure_ascii=False) + "\n")
            self.handle.flush()
        except OSError as err:
            raise OutputError(self.path if self.through else self.part, f"cannot write it: {err.strerror or err}") from None
        self.count += 1

    def commit(self) -> None:
        """Replace FILE with the part file (synced first)."""
        if self.handle is None:
            return
        try:
            self.handle.flush()
            if not self.through:
                os.fsync(self.handle.fileno())
            self.handle.close()
            self.handle = None
            if not self.through:
                os.replace(self.part, self.path)
        except OSError as err:
            raise OutputError(self.path, f"cannot write it: {err.strerror or err}") from None

    def close(self) -> None:
        """Close without replacing FILE: the part file stays for --resume."""
        if self.handle is not None:
            try:
                self.handle.close()
            except OSError:
                pass
            self.handle = None


def _lines(path: Path) -> list[str]:
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise OutputError(path, f"cannot read it: {err.strerror or err}") from None
    return [line + "\n" for line in raw.split("\n")[:-1]]  # the piece after the last newline is torn


def _doc_id(line: str) -> str | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    return record.get("doc_id") if isinstance(record, dict) else None
