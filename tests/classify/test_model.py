"""LinearModel: a document's units scored at once give each unit's own scores."""

import numpy as np
import pytest

from extractor.classify.model import LinearModel

MODEL = LinearModel(
    ["action", "other", "update"], ["w=send", "w=the", "cue=ACTION_TO", "c= se", "v0"],
    np.array([[1.25, 0.1, 2.0, 0.3, -0.7], [-0.4, 0.2, -1.0, 0.0, 0.05], [0.3, 0.0, 0.1, -0.2, 0.9]]),
    np.array([-0.5, 0.6, 0.1]),
)

ROWS = [
    ("one unit", [([0, 1, 2], [1.0, 1.0, 1.0])]),
    ("several units of different lengths", [([0, 3], [1.0, 0.3]), ([1], [1.0]), ([2, 4, 0, 1], [1.0, -0.12, 1.0, 1.0])]),
    ("a unit with no known feature between two", [([0], [1.0]), ([], []), ([4], [0.5])]),
    ("the last unit has no known feature", [([2], [1.0]), ([], [])]),
    ("dense values, a column repeated", [([4, 4, 3], [0.25, -0.5, 0.3])]),
    ("no units", []),
]


@pytest.mark.parametrize("case, rows", ROWS, ids=[r[0] for r in ROWS])
def test_scores_rows_are_each_units_scores(case, rows):
    batch = MODEL.scores_rows(rows)
    assert batch.shape == (len(rows), len(MODEL.classes))
    for (columns, values), probs in zip(rows, batch):
        assert probs == pytest.approx(MODEL.scores_at(columns, values), abs=1e-12)
        assert [round(float(p), 4) for p in probs] == [round(float(p), 4) for p in MODEL.scores_at(columns, values)]


DENSE = [
    ("dense part only", [([], []), ([], [])], [[0.2, -0.1], [0.0, 0.7]]),
    ("sparse and dense parts", [([0, 1], [1.0, 1.0]), ([2, 3], [1.0, 0.3])], [[0.5, 0.25], [-0.3, 0.1]]),
]


@pytest.mark.parametrize("case, rows, dense", DENSE, ids=[d[0] for d in DENSE])
def test_dense_features_add_to_each_units_scores(case, rows, dense):
    dense_columns = [4, 3]
    batch = MODEL.scores_rows(rows, np.array(dense), dense_columns)
    for (columns, values), vector, probs in zip(rows, dense, batch):
        assert probs == pytest.approx(MODEL.scores_at(columns + dense_columns, values + vector), abs=1e-12)


COLUMNS = [
    ("all known, in the order given", {"c= se": 0.3, "w=send": 1.0}, [3, 0], [0.3, 1.0]),
    ("unknown names dropped", {"w=minutes": 1.0, "w=the": 1.0, "b=the_minutes": 1.0, "v0": -0.25}, [1, 4], [1.0, -0.25]),
    ("none known", {"w=agenda": 1.0}, [], []),
    ("no features", {}, [], []),
]


@pytest.mark.parametrize("case, feats, columns, values", COLUMNS, ids=[c[0] for c in COLUMNS])
def test_columns_keep_known_features_in_order(case, feats, columns, values):
    found, kept = MODEL.columns(feats)
    assert found.tolist() == columns and kept.tolist() == values
    assert MODEL.scores(feats) == pytest.approx(MODEL.scores_at(columns, values), abs=1e-15)
