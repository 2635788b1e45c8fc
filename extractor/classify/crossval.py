"""Grouped cross-validation scored as `minutes extract` output is scored.

Which documents are scored and how they are grouped (the one rule, stated in
`minutes train --help` and models/README.md):
- with `group_by` (e.g. "group"): the documents whose gold record carries that
  field are split into K folds, all documents sharing a value held out
  together; documents without the field (our synthetic training_data) and
  single-unit data are in every training fold and never scored;
- without it: every document is its own group and every document is scored.
Each fold's model is put into the pipeline, the held-out documents are run
through the whole pipeline (so boundaries, owners and due dates are those of
`minutes extract`), and the pooled outputs are scored with extractor.evaluate
(the definitions of ../shared/score.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.language import Language

from .gold import GoldDoc
from .model import LinearModel
from .train import Examples


def fold_plan(docs: list[GoldDoc], k: int, group_by: str | None) -> list[list[GoldDoc]]:
    """The held-out documents of each fold; whole groups stay together, folds balanced by gold units."""
    from sklearn.model_selection import GroupKFold

    scored = [d for d in docs if not group_by or d.fields.get(group_by)]
    groups = [d.fields[group_by] if group_by else d.doc_id for d in scored]
    k = min(k, len(set(groups)))  # never more folds than groups to hold out
    if k < 2:
        return []
    # one row per gold unit (at least one per document): GroupKFold then balances units, not documents
    rows = [i for i, d in enumerate(scored) for _ in range(max(1, len(d.items)))]
    folds = []
    for _, test in GroupKFold(n_splits=k).split(rows, groups=[groups[i] for i in rows]):
        held = sorted({rows[j] for j in test})
        folds.append([scored[i] for i in held])
    return folds


def predict_records(nlp: Language, golds: list[GoldDoc]) -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """Unit and meeting records for each gold document, as `minutes extract --all` writes them."""
    from ..batch import Source, process
    from ..schema import as_json

    units: dict[str, list[dict]] = {}
    meetings: dict[str, dict] = {}
    for result in process([Source(g.path, g.doc_id, str(g.path)) for g in golds], nlp, include_other=True):
        units[result.source.doc_id] = [as_json(u) for u in result.units]
        meetings[result.source.doc_id] = as_json(result.meeting)
    return units, meetings


def cross_validate(
    nlp: Language, examples: Examples, docs: list[GoldDoc], k: int, fit: Callable[[Examples], LinearModel],
    *, group_by: str | None = None,
) -> dict:
    """Pooled scores of the held-out documents over K grouped folds (see the module doc for the rule)."""
    from ..evaluate import evaluate_records

    folds = fold_plan(docs, k, group_by)
    if not folds:
        return {"folds": len(folds), "macro_f1": None, "note": "fewer than two groups to hold out"}
    classifier = nlp.get_pipe("minutes_classifier")
    kept = classifier.model
    units: dict[str, list[dict]] = {}
    meetings: dict[str, dict] = {}
    fold_f1 = []
    try:
        for held in folds:
            out = {d.doc_id for d in held}
            classifier.model = fit(examples.subset([i for i, g in enumerate(examples.groups) if g not in out]))
            fold_units, fold_meetings = predict_records(nlp, held)
            units.update(fold_units)
            meetings.update(fold_meetings)
            fold_f1.append(evaluate_records(held, fold_units, fold_meetings)["macro_f1"])
    finally:
        classifier.model = kept
    scored = [d for fold in folds for d in fold]
    result = evaluate_records(scored, units, meetings)
    return {
        "folds": len(folds),
        "group_by": group_by,
        "documents": len(scored),
        "groups": len({d.fields.get(group_by) if group_by else d.doc_id for d in scored}),
        "gold_units": result["gold_units"],
        "macro_f1": result["macro_f1"],
        "per_label_f1": {label: v["f1"] for label, v in result["per_label"].items()},
        "per_label_recall": {label: v["recall"] for label, v in result["per_label"].items()},
        "owner_exact_accuracy": result["owner_exact_accuracy"],
        "due_accuracy": result["due_accuracy"],
        "unit_boundary_match": result["unit_boundary_match"],
        "fold_macro_f1": fold_f1,
        "fold_macro_f1_sd": round(float(np.std(fold_f1)), 3),
    }
