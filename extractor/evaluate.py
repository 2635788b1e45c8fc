"""Score predicted units against gold documents, with the definitions of ../shared/score.py.

A predicted unit is placed by its text (white space folded). A gold unit takes
the label of the predicted unit covering most of it (at least half), else
`other`; boundaries match at intersection-over-union >= 0.6; owners, due dates
and metric values are compared on the gold unit's best prediction.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .classify.gold import GoldDoc
from .read import read_document

SCORED = ("action", "resolution", "metric", "update")
HONORIFICS = {
    "cllr", "councillor", "county", "cc", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
    "lord", "lady", "cbe", "obe", "mbe", "qc", "kc", "rev",
}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip()


def name_key(name) -> str:
    if isinstance(name, dict):
        name = name.get("name") or name.get("mention") or ""
    words = re.sub(r"[^\w\s'-]", " ", str(name).lower()).split()
    return " ".join(w for w in words if w not in HONORIFICS and w != "the")


@dataclass
class Tally:
    confusion: Counter = field(default_factory=Counter)
    boundary_hits: int = 0
    gold_units: int = 0
    unlocated: int = 0
    owner_exact: int = 0
    owner_total: int = 0
    owner_tp: int = 0
    owner_fp: int = 0
    owner_fn: int = 0
    due_ok: int = 0
    due_total: int = 0
    values_found: int = 0
    values_total: int = 0
    metric_exact: int = 0
    metric_total: int = 0
    date_ok: int = 0
    date_total: int = 0
    att_tp: int = 0
    att_fp: int = 0
    att_fn: int = 0


def _locate(needle: str, hay: str, start: int) -> tuple[int, int] | None:
    needle = fold(needle)
    if not needle:
        return None
    i = hay.find(needle, start)
    if i < 0:
        i = hay.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_document(gold: GoldDoc, units: list[dict], meeting: dict | None, tally: Tally, errors: list[dict]) -> None:
    """Add one document's counts to `tally` (units: output records as dicts)."""
    hay = fold(read_document(gold.path).text)
    gold_spans, pos = [], 0
    for item in gold.items:
        span = _locate(item.text, hay, pos) or (0, 0)
        gold_spans.append(span)
        pos = span[1]
    pred_spans, pos = [], 0
    for unit in units:
        span = _locate(unit.get("text", ""), hay, pos)
        tally.unlocated += span is None
        pos = span[1] if span else pos
        pred_spans.append(span)
    tally.gold_units += len(gold.items)
    for g in gold_spans:
        tally.boundary_hits += any(
            p is not None and _overlap(g, p) >= 0.6 * (max(g[1], p[1]) - min(g[0], p[0])) for p in pred_spans
        )
    used: set[int] = set()
    for item, g in zip(gold.items, gold_spans):
        best, best_overlap = None, 0
        for j, p in enumerate(pred_spans):
            if p is not None and _overlap(g, p) > best_overlap:
                best, best_overlap = j, _overlap(g, p)
        if best is not None and best_overlap * 2 >= max(1, g[1] - g[0]):
            used.add(best)
            unit = units[best]
        else:
            unit = {}
        label = unit.get("label", "other")
        label = label if label in SCORED else "other"
        tally.confusion[(item.label, label)] += 1
        if label != item.label:
            errors.append({"doc_id": gold.doc_id, "gold": item.label, "pred": label, "text": item.text[:160]})
        if item.label == "action":
            _score_action(item, unit, tally)
        if item.label == "metric":
            _score_metric(item, unit, tally)
    for j, (unit, p) in enumerate(zip(units, pred_spans)):
        label = unit.get("label", "other")
        if j in used or label not in SCORED:
            continue
        if p is not None and any(_overlap(p, g) * 2 >= min(p[1] - p[0], g[1] - g[0]) for g in gold_spans):
            continue
        tally.confusion[("other", label)] += 1
        errors.append({"doc_id": gold.doc_id, "gold": "other", "pred": label, "text": fold(unit.get("text", ""))[:160]})
    if meeting is not None:
        _score_meeting(gold, meeting, tally)


def _score_action(item, unit: dict, tally: Tally) -> None:
    gold_owners = {name_key(o) for o in item.owners}
    pred_owners = {name_key(o) for o in unit.get("owners") or []}
    tally.owner_total += 1
    tally.owner_exact += gold_owners == pred_owners
    tally.owner_tp += len(gold_owners & pred_owners)
    tally.owner_fp += len(pred_owners - gold_owners)
    tally.owner_fn += len(gold_owners - pred_owners)
    due = unit.get("due")
    due = due.get("date") if isinstance(due, dict) else due
    tally.due_total += 1
    if item.due is None:
        tally.due_ok += not due
    else:
        tally.due_ok += bool(due) and str(due)[: len(item.due)] == item.due


def _score_metric(item, unit: dict, tally: Tally) -> None:
    predicted = []
    for metric in unit.get("metrics") or []:
        value = metric.get("value") if isinstance(metric, dict) else metric
        try:
            predicted.append(float(value))
        except (TypeError, ValueError):
            continue
    found = sum(any(abs(v - p) <= 1e-6 * max(1.0, abs(v)) for p in predicted) for v in item.values)
    tally.values_found += found
    tally.values_total += len(item.values)
    tally.metric_total += 1
    tally.metric_exact += found == len(item.values)


def _score_meeting(gold: GoldDoc, meeting: dict, tally: Tally) -> None:
    if gold.meeting_date:
        tally.date_total += 1
        tally.date_ok += str(meeting.get("date") or "")[:10] == gold.meeting_date.isoformat()
    if gold.attendees:
        want = {name_key(a) for a in gold.attendees}
        got = {name_key(a) for a in meeting.get("attendees") or []}
        tally.att_tp += len(want & got)
        tally.att_fp += len(got - want)
        tally.att_fn += len(want - got)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(tally: Tally, documents: int, errors: list[dict] | None = None) -> dict:
    """The figures, named as score.py names them, plus the confusion matrix."""
    per_label = {}
    for label in SCORED:
        tp = tally.confusion[(label, label)]
        fp = sum(v for (g, p), v in tally.confusion.items() if p == label and g != label)
        fn = sum(v for (g, p), v in tally.confusion.items() if g == label and p != label)
        p, r, f = _prf(tp, fp, fn)
        per_label[label] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": tp + fn}
    ratio = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
    result = {
        "documents": documents,
        "gold_units": tally.gold_units,
        "predicted_units_not_found_in_text": tally.unlocated,
        "macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(SCORED), 3),
        "unit_boundary_match": ratio(tally.boundary_hits, tally.gold_units),
        "per_label": per_label,
        "owner_exact_accuracy": ratio(tally.owner_exact, tally.owner_total),
        "owner_f1": round(_prf(tally.owner_tp, tally.owner_fp, tally.owner_fn)[2], 3) if tally.owner_total else None,
        "due_accuracy": ratio(tally.due_ok, tally.due_total),
        "metric_value_recall": ratio(tally.values_found, tally.values_total),
        "metric_exact_rate": ratio(tally.metric_exact, tally.metric_total),
        "meeting_date_accuracy": ratio(tally.date_ok, tally.date_total),
        "attendee_f1": round(_prf(tally.att_tp, tally.att_fp, tally.att_fn)[2], 3)
        if tally.att_tp + tally.att_fp + tally.att_fn else None,
        "confusion": {f"{g}->{p}": v for (g, p), v in sorted(tally.confusion.items())},
    }
    if errors is not None:
        result["errors"] = errors
    return result


def evaluate_records(golds: list[GoldDoc], units_by_doc: dict[str, list[dict]], meetings: dict[str, dict]) -> dict:
    """Score output records (as `minutes extract --all` writes them) against gold documents."""
    tally, errors, per_doc = Tally(), [], {}
    for gold in golds:
        doc_tally = Tally()
        score_document(gold, units_by_doc.get(gold.doc_id, []), meetings.get(gold.doc_id), doc_tally, errors)
        per_doc[gold.doc_id] = report(doc_tally, 1)
        _merge(tally, doc_tally)
    result = report(tally, len(golds), errors)
    result["per_document"] = {
        doc_id: {k: r[k] for k in ("macro_f1", "unit_boundary_match", "owner_exact_accuracy", "due_accuracy",
                                   "metric_value_recall", "meeting_date_accuracy", "attendee_f1", "gold_units")}
        for doc_id, r in per_doc.items()
    }
    return result


def _merge(into: Tally, other: Tally) -> None:
    for name in vars(into):
        if name == "confusion":
            into.confusion.update(other.confusion)
        else:
            setattr(into, name, getattr(into, name) + getattr(other, name))


def group_by_doc(records: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        grouped[str(record.get("doc_id"))].append(record)
    return grouped


def evaluate_pipeline(nlp, golds: list[GoldDoc]) -> dict:
    """Run the pipeline on each gold document's text and score it (as `extract --all` would)."""
    from .batch import Source, process
    from .schema import as_json

    sources = [Source(g.path, g.doc_id, str(g.path)) for g in golds]
    units: dict[str, list[dict]] = {}
    meetings: dict[str, dict] = {}
    for result in process(sources, nlp, include_other=True):
        units[result.source.doc_id] = [as_json(u) for u in result.units]
        meetings[result.source.doc_id] = as_json(result.meeting)
    return evaluate_records(golds, units, meetings)


def format_report(result: dict) -> str:
    """The report as a terminal table."""
    lines = [f"documents {result['documents']}  gold units {result['gold_units']}  "
             f"predicted units not found in text {result['predicted_units_not_found_in_text']}",
             f"{'label':<12}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for label, v in result["per_label"].items():
        lines.append(f"{label:<12}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>6}")
    for key in ("macro_f1", "unit_boundary_match", "owner_exact_accuracy", "owner_f1", "due_accuracy",
                "metric_value_recall", "metric_exact_rate", "meeting_date_accuracy", "attendee_f1"):
        lines.append(f"{key:<24}{result.get(key)}")
    labels = list(SCORED) + ["other"]
    lines.append("\nconfusion (rows gold, columns predicted)")
    lines.append(" " * 12 + "".join(f"{ln[:8]:>10}" for ln in labels))
    for g in labels:
        lines.append(f"{g:<12}" + "".join(f"{result['confusion'].get(f'{g}->{p}', 0):>10}" for p in labels))
    if result.get("per_document"):
        lines.append("\nper document: macro_f1 boundary owners due values date attendees")
        for doc_id, r in result["per_document"].items():
            cells = [r[k] for k in ("macro_f1", "unit_boundary_match", "owner_exact_accuracy", "due_accuracy",
                                    "metric_value_recall", "meeting_date_accuracy", "attendee_f1")]
            lines.append(f"  {doc_id[:44]:<45}" + " ".join(f"{c if c is not None else '-':>6}" for c in cells))
    return "\n".join(lines)
