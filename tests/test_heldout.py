"""Quality on the held-out invented minutes in evaluation/ (blind tests, never trained on).

Floors sit a little under the figures in evaluation/README.md: a change that loses a
document's attendance, a date or a run of owners fails here, while the classifier's
ordinary movement between retrains does not.
"""

import pytest

from extractor.classify.gold import load_gold
from extractor.evaluate import evaluate_pipeline

from .conftest import REPO

FIGURES = ("macro_f1", "owner_exact_accuracy", "due_accuracy", "metric_value_recall", "unit_boundary_match",
           "meeting_date_accuracy", "attendee_f1")
FLOORS = {
    # set: a floor for each of FIGURES, in that order
    "blind-1": (0.90, 0.90, 0.90, 0.95, 0.98, 1.0, 0.95),
    "blind-2": (0.92, 0.90, 0.90, 0.95, 0.98, 1.0, 0.95),
    "blind-3": (0.87, 0.68, 0.80, 0.95, 0.97, 1.0, 0.95),
}


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
    floor = FLOORS[name][FIGURES.index(figure)]
    assert result[figure] >= floor, f"{name}: {figure} {result[figure]:.3f} fell below {floor}"
