"""A small atomic JSONL sink for library callers (notebooks, `extract_archive`).

Lines go to `NAME.part`, each batch of lines written and flushed together; a clean exit renames the
part file over NAME, so readers never see a half-written line or file. After an exception (Ctrl-C
included) NAME is left as it was and the part file stays. `minutes extract` uses the resumable
`BatchOutput` instead (write/output.py).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Iterable


def json_line(record: dict) -> str:
    """One record as a JSON line; NaN and infinities raise ValueError (they are not JSON)."""
    return json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"


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
            self._handle = open(self._part, "w", encoding="utf-8", newline="\n")
        else:
            self._handle = sys.stdout
        return self

    def write_many(self, records: Iterable[dict]) -> None:
        chunk = "".join(json_line(r) for r in records)
        if chunk and self._handle is not None:
            self._handle.write(chunk)
            self._handle.flush()
            self.lines += chunk.count("\n")

    def __exit__(self, exc_type, *exc_info) -> None:
        if self._part is None or self._handle is None:
            return
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        if exc_type is None:
            os.replace(self._part, self.path)
