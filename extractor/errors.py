"""The project's own exceptions: each says what was wrong, where, and what to do."""

from __future__ import annotations

from pathlib import Path


class MinutesError(Exception):
    """Base class for every error the library raises on purpose."""


class ReadError(MinutesError):
    """A file could not be read as minutes; `str()` is one line naming the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class DataError(MinutesError):
    """A training or gold record is malformed; names the file and line."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {reason}")


class RuleError(MinutesError):
    """A rule file (JSON/JSONL) has a bad record; names the file and line."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {reason}")
