"""Gold files written to ANNOTATION.md: load, validate, and align gold units to our units."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..schema import LABELS

GOLD_LABELS = set(LABELS) - {"other"}


@dataclass
class GoldItem:
    text: str
    label: str
    owners: list[str] = field(default_factory=list)
    due: str | None = None
    values: list[float] = field(default_factory=list)


@dataclass
class GoldDoc:
    doc_id: str
    path: Path  # the minutes text the items are copied from
    meeting_date: dt.date | None
    attendees: list[str]
    items: list[GoldItem]
    source: Path  # the gold file
    line: int
    fields: dict[str, str] = field(default_factory=dict)  # the record's other plain fields (group, organisation, set)


def load_gold(path: Path) -> list[GoldDoc]:
    """Read one gold JSONL file; a malformed record raises DataError naming file and line."""
    from .formats import jsonl_records

    text = path.read_text(encoding="utf-8-sig")
    return [_gold_doc(record, path, number) for number, record in jsonl_records(path, text)]


def _gold_doc(record: dict, path: Path, number: int) -> GoldDoc:
    for key in ("doc_id", "file", "items"):
        if key not in record:
            raise DataError(path, number, f"gold record lacks {key!r} (see ANNOTATION.md 'File format')")
    text_path = path.parent / record["file"]
    if not text_path.is_file():
        raise DataError(path, number, f"document {record['file']!r} not found next to the gold file")
    items = []
    for k, item in enumerate(record["items"], 1):
        label = item.get("label")
        if label not in GOLD_LABELS or not item.get("text"):
            raise DataError(path, number, f"item {k}: needs text and a label in {sorted(GOLD_LABELS)}, got {label!r}")
        items.append(GoldItem(item["text"], label, list(item.get("owners") or []), item.get("due"),
                              [float(v) for v in item.get("values") or []]))
    date = record.get("meeting_date")
    try:
        meeting_date = dt.date.fromisoformat(date) if date else None
    except ValueError as exc:
        raise DataError(path, number, f"meeting_date {date!r} is not YYYY-MM-DD") from exc
    fields = {k: str(v) for k, v in record.items() if k not in _GOLD_KEYS and isinstance(v, (str, int)) and v != ""}
    return GoldDoc(record["doc_id"], text_path, meeting_date, list(record.get("attendees") or []), items, path, number,
                   fields)


_GOLD_KEYS = {"doc_id", "file", "items", "meeting_date", "attendees"}


def folded_index(text: str) -> tuple[str, list[int]]:
    """White space folded to single spaces, with each folded char's offset in `text`."""
    chars, offsets = [], []
    previous_space = True
    for i, ch in enumerate(text.replace("\u00a0", " ")):
        if ch.isspace():
            if not previous_space:
                chars.append(" ")
                offsets.append(i)
            previous_space = True
        else:
            chars.append(ch)
            offsets.append(i)
            previous_space = False
    return "".join(chars), offsets


def locate_items(text: str, items: list[GoldItem]) -> list[tuple[int, int] | None]:
    """Character spans of gold items in `text`, found in order as score.py finds them."""
    folded, offsets = folded_index(text)
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for item in items:
        needle = re.sub(r"\s+", " ", item.text.replace("\u00a0", " ")).strip()
        i = folded.find(needle, pos)
        if i < 0:
            i = folded.find(needle)
        if i < 0 or not needle:
            spans.append(None)
            continue
        spans.append((offsets[i], offsets[i + len(needle) - 1] + 1))
        pos = i + len(needle)
    return spans


def align(units: list[tuple[int, int]], gold: list[tuple[int, int] | None]) -> list[int | None]:
    """For each unit, the index of the gold item it covers by at least half of either, else None."""
    matched: list[int | None] = []
    for start, end in units:
        best, best_overlap = None, 0
        for k, span in enumerate(gold):
            if span is None:
                continue
            overlap = max(0, min(end, span[1]) - max(start, span[0]))
            if overlap > best_overlap and overlap * 2 >= min(end - start, span[1] - span[0]):
                best, best_overlap = k, overlap
        matched.append(best)
    return matched
