"""An archive's JSONL records in and out: read them back, or extract them from a folder of minutes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import DataError
from ..rules import json_objects


def read_jsonl(path: Path | str) -> list[dict[str, Any]]:
    """Records of a JSONL file as written by `minutes extract`; a bad line raises DataError naming file:line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(path, None, f"cannot read ({exc.strerror or exc})") from None
    return [record for _, record in json_objects(path, text, DataError)]


def check_units(path: Path, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Unit records need these fields to go into a register; say which line lacks one."""
    for number, record in enumerate(records, 1):
        missing = [k for k in ("doc_id", "index", "text", "label") if k not in record]
        if missing:
            raise DataError(path, number, f"not a unit record (no {', '.join(missing)}); "
                                          "pass the -o file of `minutes extract` first, then its --meetings file")
    return records


def check_meetings(path: Path, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for number, record in enumerate(records, 1):
        if "doc_id" not in record or "label" in record:
            raise DataError(path, number, "not a meeting record; pass the --meetings file of `minutes extract`")
    return records


def extract_archive(paths: list[Path | str] | Path | str, out_dir: Path | str, model: Path | str | None = None,
                    include_other: bool = False) -> tuple[Path, Path]:
    """Run the pipeline over minutes files or folders as `minutes extract` does; returns (units, meetings) paths."""
    from ..batch import collect_sources, process
    from ..pipeline import load_pipeline
    from ..schema import as_json
    from ..write import JsonlSink

    out_dir = Path(out_dir)
    given = [Path(p) for p in (paths if isinstance(paths, list) else [paths])]
    units_path, meetings_path = out_dir / "units.jsonl", out_dir / "meetings.jsonl"
    nlp = load_pipeline(Path(model) if model else None)
    with JsonlSink(units_path) as units, JsonlSink(meetings_path) as meetings:
        for result in process(collect_sources(given), nlp, include_other=include_other):
            units.write_many(as_json(u) for u in result.units)
            meetings.write_many([as_json(result.meeting)])
    return units_path, meetings_path

