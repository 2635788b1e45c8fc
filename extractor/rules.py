"""Load rule files: JSON Lines, one rule a record, each with a stable `id`.

Rules are data (STYLE.md): lexicons and cue patterns live next to the component
that uses them; a bad record is reported with its file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import RuleError


def numbered_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for every JSON object in a JSONL rule file; blank and // lines skipped."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleError(path, number, f"not valid JSON ({exc.msg}); write one JSON object a line") from None
        if not isinstance(record, dict):
            raise RuleError(path, number, "a rule must be a JSON object")
        yield number, record


def read_rules(path: Path, required: Iterable[str] = ("id",)) -> list[dict[str, Any]]:
    """Read a JSONL rule file, checking every record has the required keys and a unique id."""
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, record in numbered_records(path):
        missing = [key for key in required if key not in record]
        if missing:
            raise RuleError(path, number, f"rule lacks {', '.join(missing)}")
        if record["id"] in seen:
            raise RuleError(path, number, f"duplicate rule id {record['id']!r}")
        seen.add(record["id"])
        records.append(record)
    return records


def lexicon(records: Iterable[dict[str, Any]], kind: str) -> list[str]:
    """The `value`s of every record of one `kind`, in file order."""
    return [r["value"] for r in records if r.get("kind") == kind]
