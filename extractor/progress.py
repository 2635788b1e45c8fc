"""Progress of a batch on stderr: a rich bar for a person watching, plain lines now and then for a log.

A terminal gets a live bar (documents done of total, documents/s, time left, errors so far); a stream
that is not a terminal (a log file, CI, a pipe) gets a plain line every `interval` seconds with the same
figures and no escape codes; --quiet gets nothing.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def duration(seconds: float) -> str:
    """'4.2s', '3m05s', '2h07m': short and exact enough for a summary line."""
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    return f"{minutes // 60}h{minutes % 60:02d}m"


def figures(done: int, total: int, failed: int, elapsed: float) -> str:
    """'120/1,000 documents, 3 failed, 4.1 documents/s, about 3m34s left'."""
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{done:,}/{total:,} documents, {failed:,} failed, {rate:.1f} documents/s"
    if 0 < done < total and rate > 0:
        line += f", about {duration((total - done) / rate)} left"
    return line


class BatchProgress:
    """Counts documents as they are written; a context manager that shows them (module docstring)."""

    def __init__(self, total: int, *, quiet: bool = False, stream: TextIO | None = None,
                 interval: float = 30.0) -> None:
        self.total, self.interval = total, interval
        self.stream = stream or sys.stderr
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._last_line = self.started
        self.mode = "off" if quiet else "bar" if _is_terminal(self.stream) else "lines"
        self._bar = self._task = None

    def __enter__(self) -> "BatchProgress":
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} docs/s"), TextColumn("{task.fields[errors]} errors"),
                TimeRemainingColumn(), console=Console(file=self.stream), transient=True, redirect_stderr=True)
            self._bar.start()
            self._task = self._bar.add_task("extracting", total=self.total, rate="0.0", errors=0)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def advance(self, *, failed: bool = False) -> None:
        """One more document written (or kept from an interrupted run)."""
        self.done += 1
        self.failed += failed
        if self._bar is not None:
            rate = self.done / self.elapsed if self.elapsed > 0 else 0.0
            self._bar.update(self._task, completed=self.done, rate=f"{rate:.1f}", errors=self.failed)
        elif self.mode == "lines" and time.monotonic() - self._last_line >= self.interval:
            self._last_line = time.monotonic()
            self.stream.write(f"progress: {figures(self.done, self.total, self.failed, self.elapsed)}\n")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
