"""Metric series: the same indicator followed from meeting to meeting.

Two metric sentences of different meetings are one indicator when their wording, numbers and
months left out, is similar (TF-IDF cosine, `min_similarity_indicator`) and their headline
values share a unit (%, £, none). A series point keeps the unit it came from, so every value
can be traced to its sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from .register import name_key, name_words, parse_date, people_aliases, unit_id
from .settings import AnalysisRules, default_rules
from .similarity import Similarity, content_words


@dataclass
class SeriesPoint:
    indicator: str  # a readable name: the words most of its sentences share
    indicator_id: int
    doc_id: str
    meeting_date: str | None
    value: float  # the headline value: the end of a from -> to comparison, else the first value
    unit: str | None
    values: list[float]
    unit_id: str
    text: str
    label: str
    source: str | None
    start: int | None
    end: int | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def headline(metrics: list[dict[str, Any]]) -> tuple[float, str | None]:
    """The value a chart plots for one sentence: where it ended up ('from 51 to 29' -> 29), else the first value."""
    first = metrics[0]
    if first.get("to") is not None:
        end = next((m for m in metrics if m.get("value") == first["to"]), first)
        return float(first["to"]), end.get("unit")
    return float(first["value"]), first.get("unit")


def metric_series(
    units: Iterable[dict[str, Any]], meetings: Iterable[dict[str, Any]] = (), rules: AnalysisRules | None = None,
    labels: Iterable[str] = ("metric",),
) -> list[SeriesPoint]:
    """One point per metric unit with parsed values, grouped into indicators across meetings, in date order."""
    rules = rules or default_rules()
    meetings = list(meetings)
    dates = {m["doc_id"]: m.get("date") for m in meetings if not m.get("error")}
    wanted = set(labels)
    records = list(units)
    chosen = [u for u in records if u["label"] in wanted and u.get("metrics")]
    chosen.sort(key=lambda u: (parse_date(dates.get(u["doc_id"]) or u.get("meeting_date")) or dt.date.max,
                               u["doc_id"], u["index"]))
    ignore = rules.ignore_words | name_words(people_aliases(meetings, records))
    # IDF from every unit of the archive: fitted on the metric sentences alone, an indicator's own
    # words (repeated every meeting) would weigh least
    similarity = Similarity([u["text"] for u in chosen] + [u["text"] for u in records], ignore=ignore, numbers=False)
    groups = _group(chosen, similarity, rules.min_similarity_indicator)
    titles = {g: _title([chosen[i]["text"] for i in members], ignore) for g, members in _members(groups).items()}
    points = []
    for i, unit in enumerate(chosen):
        value, value_unit = headline(unit["metrics"])
        points.append(SeriesPoint(
            indicator=titles[groups[i]], indicator_id=groups[i], doc_id=unit["doc_id"],
            meeting_date=dates.get(unit["doc_id"]) or unit.get("meeting_date"), value=value, unit=value_unit,
            values=[float(m["value"]) for m in unit["metrics"]], unit_id=unit_id(unit), text=unit["text"],
            label=unit["label"], source=unit.get("source"), start=unit.get("start"), end=unit.get("end")))
    return points


def _group(chosen: list[dict[str, Any]], similarity: Similarity, threshold: float) -> list[int]:
    """Greedy in date order: a sentence joins the most similar indicator with no point from its meeting yet."""
    groups: list[int] = []
    members: dict[int, list[int]] = {}
    for i, unit in enumerate(chosen):
        row = similarity.sparse([i])
        scores = {j: score for j, score in zip(row.indices.tolist(), row.data.tolist()) if j < len(chosen)}
        unit_kind = headline(unit["metrics"])[1]
        best, best_score = None, threshold
        for group, indices in members.items():
            if any(chosen[j]["doc_id"] == unit["doc_id"] for j in indices):
                continue
            if headline(chosen[indices[0]]["metrics"])[1] != unit_kind:
                continue
            score = max(scores.get(j, 0.0) for j in indices)
            if score >= best_score:
                best, best_score = group, score
        if best is None:
            best = len(members)
            members[best] = []
        members[best].append(i)
        groups.append(best)
    return groups


def _members(groups: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, group in enumerate(groups):
        out.setdefault(group, []).append(i)
    return out


def _title(texts: list[str], ignore: frozenset[str]) -> str:
    """The first sentence's words that at least half the indicator's sentences use, in its order."""
    common = Counter(w for text in texts for w in set(content_words(text, ignore, numbers=False)))
    need = max(1, (len(texts) + 1) // 2)
    words = []
    for raw in re.findall(r"[A-Za-z][A-Za-z'’-]*", texts[0]):
        stems = content_words(raw, ignore, numbers=False)
        if stems and common[stems[0]] >= need and raw.lower() not in {name_key(w) for w in words}:
            words.append(raw)
    return " ".join(words) or texts[0]
