"""pandas views of an archive (needs the `analysis` extra): typed frames, dates as dates.

Every frame keeps `doc_id` and, for units, `unit_id` (`doc_id#index`), so a row can always be
traced back to its sentence and meeting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd

from .archive import extract_archive, read_jsonl
from .indicators import metric_series
from .register import STATUSES, RegisterEntry, build_register, due_end
from .settings import AnalysisRules

__all__ = ["extract_archive", "load_meetings", "load_units", "metric_frame", "read_jsonl", "register_frame"]

Records = Path | str | Iterable[dict[str, Any]]


def _records(source: Records) -> list[dict[str, Any]]:
    return read_jsonl(source) if isinstance(source, (str, Path)) else list(source)


def _dates(column: pd.Series) -> pd.Series:
    """ISO dates to datetime64 (a day); partial dates such as '2024-06' become the 1st, missing ones NaT."""
    return pd.to_datetime(column, format="ISO8601", errors="coerce")


def load_units(source: Records) -> pd.DataFrame:
    """Units JSONL (or records) -> one row a unit, with item, owners, due date and values flattened."""
    records = _records(source)
    frame = pd.DataFrame.from_records(records, columns=[
        "doc_id", "source", "meeting_date", "item", "section", "index", "start", "end", "text", "label",
        "confidence", "owners", "due", "metrics"])
    frame.insert(0, "unit_id", frame.doc_id + "#" + frame["index"].astype(str))
    frame["meeting_date"] = _dates(frame.meeting_date)
    frame["item_number"] = frame["item"].map(lambda i: (i or {}).get("number")).astype("string")
    frame["item_title"] = frame["item"].map(lambda i: (i or {}).get("title")).astype("string")
    frame["owner_names"] = frame.owners.map(lambda os: [o["name"] for o in os or []])
    frame["due_date"] = frame.due.map(lambda d: (d or {}).get("date")).astype("string")
    frame["values"] = frame.metrics.map(lambda ms: [m["value"] for m in ms or []])
    frame["label"] = pd.Categorical(frame.label, categories=["action", "resolution", "metric", "update", "other"])
    for column in ("doc_id", "source", "section", "text"):
        frame[column] = frame[column].astype("string")
    return frame.astype({"index": "int64", "start": "int64", "end": "int64", "confidence": "float64"})


def load_meetings(source: Records) -> pd.DataFrame:
    """Meetings JSONL (or records) -> one row a meeting, with attendee names and counts."""
    records = _records(source)
    frame = pd.DataFrame.from_records(records, columns=[
        "doc_id", "source", "format", "title", "body", "date", "time", "venue", "next_meeting", "attendees",
        "apologies", "in_attendance", "items", "counts", "warnings", "error"])
    frame["date"] = _dates(frame.date)
    frame["next_meeting"] = _dates(frame.next_meeting)
    for column in ("attendees", "apologies", "in_attendance"):
        frame[column] = frame[column].map(lambda people: people if isinstance(people, list) else [])
    frame["attendee_names"] = frame.attendees.map(lambda people: [p["name"] for p in people])
    frame["present"] = frame.attendees.map(len)
    frame["absent"] = frame.apologies.map(len)
    for column in ("doc_id", "source", "format", "title", "body", "time", "venue", "error"):
        frame[column] = frame[column].astype("string")
    return frame.sort_values(["date", "doc_id"], na_position="last").reset_index(drop=True)


def register_frame(units: Records, meetings: Records, rules: AnalysisRules | None = None) -> pd.DataFrame:
    """The action register (see `build_register`) as a frame; `status` is an ordered category."""
    entries = build_register(_records(units), _records(meetings), rules)
    rows = [{**e.as_json(), "mention_count": len(e.mentions)} for e in entries]
    frame = pd.DataFrame.from_records(rows, columns=[f.name for f in fields(RegisterEntry)] + ["mention_count"])
    frame["meeting_date"] = _dates(frame.meeting_date)
    frame["due_by"] = frame.due.map(_due_end)
    frame["status"] = pd.Categorical(frame.status, categories=list(STATUSES), ordered=True)
    return frame


def metric_frame(units: Records, meetings: Records = (), rules: AnalysisRules | None = None,
                 labels: Iterable[str] = ("metric",)) -> pd.DataFrame:
    """Metric series: one row per (indicator, meeting) point, with the sentence it came from."""
    points = [p.as_json() for p in metric_series(_records(units), _records(meetings), rules, labels)]
    frame = pd.DataFrame.from_records(points, columns=[
        "indicator", "indicator_id", "doc_id", "meeting_date", "value", "unit", "values", "unit_id", "text",
        "label", "source", "start", "end"])
    frame["meeting_date"] = _dates(frame.meeting_date)
    return frame.astype({"value": "float64", "indicator_id": "int64"})


def _due_end(value: Any) -> pd.Timestamp:
    day = due_end(value) if isinstance(value, str) else None
    return pd.Timestamp(day) if day else pd.NaT
