"""An atomic JSONL sink: whole documents are written at once, the file appears complete.

Lines go to `NAME.part` and each document's lines are written and flushed
together; closing (also after Ctrl-C or an error) renames the part file over
NAME, so readers never see a half-written line or file.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Iterable


class JsonlSink:
    def __init__(self, path: Path | None) -> None:
        """`path=None` writes to stdout."""
        self.path = path
        self._part = path.with_name(path.name + ".part") if path else None
        self._handle: IO[str] | None = None
        self.lines = 0

    def __enter__(self) -> "JsonlSink":
        if self._part is not None:
            self._part.parent.mkdir(parents=True, exist_ok=True)
            self._handle = open(self._part, "w", encoding="utf-8")
        else:
            self._handle = sys.stdout
        return self

    def write_many(self, records: Iterable[dict]) -> None:
        chunk = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        if chunk and self._handle is not None:
            self._handle.write(chunk)
            self._handle.flush()
            self.lines += chunk.count("\n")

    def __exit__(self, *exc_info) -> None:
        if self._part is None or self._handle is None:
            return
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        os.replace(self._part, self.path)
