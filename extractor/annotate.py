"""Pre-annotated tasks for correction (active learning): least certain first.

`project` tasks are gold documents (ANNOTATION.md) with the predicted labels,
owners, due dates and values filled in; `prodigy` tasks are one unit each with
the five labels as options. Corrected files feed `minutes train` unchanged.
"""

from __future__ import annotations

import os
from pathlib import Path

from .batch import DocResult, Source, process
from .classify.formats import dump_units


def uncertainty(confidence: float) -> float:
    """Least-confidence sampling: 1 - the probability of the predicted label."""
    return 1.0 - confidence


def project_tasks(results: list[DocResult], out: Path, nlp_units: dict[str, list[dict]]) -> list[dict]:
    tasks = []
    for result in results:
        meeting = result.meeting
        items = []
        for unit in nlp_units[result.source.doc_id]:
            if unit["label"] == "other":
                continue
            item = {"text": unit["text"], "label": unit["label"]}
            if unit["label"] == "action":
                item["owners"] = [o["name"] for o in unit["owners"]]
                item["due"] = unit["due"]["date"] if unit["due"] else None
            if unit["label"] == "metric":
                item["values"] = [m["value"] for m in unit["metrics"]]
            items.append(item)
        tasks.append({
            "doc_id": meeting.doc_id,
            "file": os.path.relpath(result.source.path.resolve(), out.resolve().parent),
            "meeting_date": meeting.date,
            "attendees": [p.name for p in meeting.attendees],
            "items": items,
        })
    return tasks


def annotate(sources: list[Source], nlp, out: Path, *, fmt: str = "project", sort: str | None = "uncertainty",
             limit: int | None = None) -> tuple[str, int]:
    """The task file's text and the number of tasks in it."""
    import json

    from .schema import as_json

    results = [r for r in process(sources, nlp, include_other=True) if r.ok]
    units = {r.source.doc_id: [as_json(u) for u in r.units] for r in results}
    if fmt == "project":
        def doc_uncertainty(result: DocResult) -> float:
            values = [uncertainty(u["confidence"]) for u in units[result.source.doc_id]]
            return max(values, default=0.0)

        if sort == "uncertainty":
            results.sort(key=doc_uncertainty, reverse=True)
        tasks = project_tasks(results[:limit] if limit else results, out, units)
        return "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in tasks), len(tasks)
    records = [dict(u, meta={"source": u["source"], "section": u["section"]}) for r in results
               for u in units[r.source.doc_id]]
    if sort == "uncertainty":
        records.sort(key=lambda u: uncertainty(u["confidence"]), reverse=True)
    records = records[:limit] if limit else records
    return dump_units(records, fmt), len(records)
