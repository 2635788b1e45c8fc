"""Quality on the held-out invented minutes in evaluation/ (blind tests, never trained on).

Floors sit a little under the figures in evaluation/README.md: a change that loses a
document's attendance, a date or a run of owners fails here, while the classifier's
ordinary movement between retrains does not.
"""

import pytest

from extractor.classify.gold import load_gold
from extractor.evaluate import evaluate_pipeline

from .conftest import REPO

FLOORS = {
    "blind-1": {
        "macro_f1": 0.90,
        "owner_exact_accuracy": 0.90,
        "due_accuracy": 0.90,
        "metric_value_recall": 0.95,
        "unit_boundary_match": 0.98,
        "meeting_date_accuracy": 1.0,
        "attendee_f1": 0.95,
    },
    "blind-2": {
        "macro_f1": 0.92,
        "owner_exact_accuracy": 0.90,
        "due_accuracy": 0.90,
        "metric_value_recall": 0.95,
        "unit_boundary_match": 0.98,
        "meeting_date_accuracy": 1.0,
        "attendee_f1": 0.95,
    },
    "blind-3": {
        "macro_f1": 0.87,
        "owner_exact_accuracy": 0.68,
        "due_accuracy": 0.80,
        "metric_value_recall": 0.95,
        "unit_boundary_match": 0.97,
        "meeting_date_accuracy": 1.0,
        "attendee_f1": 0.95,
    },
}
FIGURES = sorted({figure for floors in FLOORS.values() for figure in floors})


@pytest.fixture(scope="module", params=sorted(FLOORS))
def heldout(request, shipped_nlp):
    golds = load_gold(REPO / "evaluation" / request.param / "gold.jsonl")
    return request.param, evaluate_pipeline(shipped_nlp, golds)


def test_every_gold_document_is_scored(heldout):
    name, result = heldout
    folder = REPO / "evaluation" / name / "docs"
    assert result["documents"] == len(list(folder.glob("*.txt")))
    assert result["predicted_units_not_found_in_text"] == 0


@pytest.mark.parametrize("figure", FIGURES)
def test_figure_stays_above_its_floor(heldout, figure):
    name, result = heldout
    floor = FLOORS[name].get(figure)
    if floor is None:
        pytest.skip(f"{name} sets no floor for {figure}")
    assert result[figure] >= floor, f"{name}: {figure} {result[figure]:.3f} fell below {floor}"
