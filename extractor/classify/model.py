"""A linear classifier stored as plain JSON (feature names, weights): no pickle anywhere."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from itertools import chain, repeat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import MinutesError


@dataclass
class LinearModel:
    classes: list[str]
    features: list[str]
    coef: np.ndarray  # (n_classes, n_features)
    intercept: np.ndarray  # (n_classes,)

    def __post_init__(self) -> None:
        self._index = {name: i for i, name in enumerate(self.features)}
        self._by_feature = np.ascontiguousarray(self.coef.T)  # (n_features, n_classes): rows gathered per value

    def scores(self, feats: dict[str, float]) -> np.ndarray:
        """Class probabilities (softmax over the linear scores)."""
        return self.scores_at(*self.columns(feats))

    def columns(self, feats: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """The known features' columns and values, in the order given (unknown names are dropped): looked
        up and filtered in C (map, fromiter, a mask) rather than a Python loop over a unit's ~400 names."""
        found = np.fromiter(map(self._index.get, feats, repeat(-1)), dtype=np.intp, count=len(feats))
        values = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
        known = found >= 0
        return found[known], values[known]

    def rows_around(self, parts: list[tuple[dict[str, float], int]], inserted: np.ndarray, owners: np.ndarray,
                    weight: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Many units' `columns_around` end to end, as `scores_flat` takes them: (columns, values, sizes).
        `parts` are each unit's features and where its inserted columns go; `inserted` the inserted columns
        of all units, unit by unit, and `owners` the unit each belongs to. One lookup for a document's
        features, not a few numpy calls a unit."""
        count = len(parts)
        counts = np.fromiter((len(feats) for feats, _ in parts), dtype=np.intp, count=count)
        total = int(counts.sum())
        found = np.fromiter(map(self._index.get, chain.from_iterable(f for f, _ in parts), repeat(-1)),
                            dtype=np.intp, count=total)
        values = np.fromiter(chain.from_iterable(f.values() for f, _ in parts), dtype=np.float64, count=total)
        ats = np.fromiter((at for _, at in parts), dtype=np.intp, count=count)
        added = np.bincount(owners, minlength=count)
        where = np.repeat(np.cumsum(counts) - counts + ats, added)  # np.insert keeps equal positions in order
        found, values = np.insert(found, where, inserted), np.insert(values, where, weight)
        known = found >= 0
        sizes = np.bincount(np.repeat(np.arange(count), counts + added)[known], minlength=count)
        return found[known], values[known], sizes

    def columns_around(self, feats: dict[str, float], at: int, inserted: np.ndarray,
                       weight: float) -> tuple[np.ndarray, np.ndarray]:
        """`columns` of `feats` with the known columns `inserted` (each valued `weight`) placed where the
        features' first `at` keys end: the same columns and values, in the same order, as `columns` of the
        features with those keys inserted there."""
        found, values = self.columns_all(feats)
        head, tail = found[:at] >= 0, found[at:] >= 0
        return (np.concatenate((found[:at][head], inserted, found[at:][tail])),
                np.concatenate((values[:at][head], np.full(len(inserted), weight), values[at:][tail])))

    def columns_all(self, feats: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """Every feature's column (-1: unknown) and value, in the order given."""
        found = np.fromiter(map(self._index.get, feats, repeat(-1)), dtype=np.intp, count=len(feats))
        return found, np.fromiter(feats.values(), dtype=np.float64, count=len(feats))

    def scores_at(self, columns: Sequence[int], values: Sequence[float]) -> np.ndarray:
        """`scores` of features already looked up by `columns` (the same sum in the same order)."""
        logits = self.intercept + self.coef[:, columns] @ np.asarray(values, dtype=np.float64)
        logits -= logits.max()
        probs = np.exp(logits)
        return probs / probs.sum()

    def scores_rows(self, rows: list[tuple[Sequence[int], Sequence[float]]], dense: np.ndarray | None = None,
                    dense_columns: list[int] | None = None) -> np.ndarray:
        """`scores_at` of many units at once, (n_units, n_classes): a document's units in a few numpy calls
        rather than several a unit. `rows` are each unit's sparse columns and values; `dense` (n_units,
        len(dense_columns)) adds the features every unit has, as one matrix product. The sums are not added in
        BLAS's order, so they may differ from `scores_at` in the last bits (1.8e-15 at most over our minutes,
        far below the 4 decimals written)."""
        sizes = np.fromiter(map(len, (columns for columns, _ in rows)), dtype=np.intp, count=len(rows))
        if sizes.sum():
            columns = np.concatenate([np.asarray(c, dtype=np.intp) for c, _ in rows])
            values = np.concatenate([np.asarray(v, dtype=np.float64) for _, v in rows])
        else:
            columns, values = np.zeros(0, dtype=np.intp), np.zeros(0)
        return self.scores_flat(columns, values, sizes, dense, dense_columns)

    def scores_flat(self, columns: np.ndarray, values: np.ndarray, sizes: np.ndarray, dense: np.ndarray | None = None,
                    dense_columns: list[int] | None = None) -> np.ndarray:
        """`scores_rows` of rows given end to end: `sizes[i]` columns and values a unit."""
        sums = np.zeros((len(sizes), len(self.classes)))
        if sizes.sum():
            filled = sizes > 0  # reduceat cannot express an empty row
            sums[filled] = np.add.reduceat(self._by_feature[columns] * values[:, None], (np.cumsum(sizes) - sizes)[filled],
                                           axis=0)
        if dense is not None and len(sizes):
            sums += dense @ self._by_feature[dense_columns]
        logits = self.intercept + sums
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def to_json(self) -> dict:
        return {
            "format": "minutes-linear-v1",
            "classes": self.classes,
            "features": self.features,
            "intercept": [round(float(v), 6) for v in self.intercept],
            "coef": [[round(float(v), 5) for v in row] for row in self.coef],
        }

    @classmethod
    def from_json(cls, data: dict, where: str = "model") -> "LinearModel":
        """Validate and build; every fault is a MinutesError naming `where` (NaN or missing weights would
        otherwise label every unit alike with a confidence that is not even valid JSON)."""
        retrain = "retrain it with `minutes train` or reinstall the model"
        if not isinstance(data, dict) or data.get("format") != "minutes-linear-v1":
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise MinutesError(f"{where}: not a minutes linear model (format {found!r}); {retrain}")
        classes, features = data.get("classes"), data.get("features")
        if not _strings(classes) or len(set(classes)) != len(classes):
            raise MinutesError(f"{where}: 'classes' must be a non-empty list of distinct labels; {retrain}")
        if not _strings(features):
            raise MinutesError(f"{where}: 'features' must be a non-empty list of names (no weights); {retrain}")
        try:
            coef = np.asarray(data["coef"], dtype=np.float64)
            intercept = np.asarray(data["intercept"], dtype=np.float64)
        except (KeyError, TypeError, ValueError) as exc:
            raise MinutesError(f"{where}: weights missing or not numbers ({exc}); {retrain}") from None
        if coef.shape != (len(classes), len(features)) or intercept.shape != (len(classes),):
            raise MinutesError(f"{where}: weights do not match classes/features; the file is damaged; {retrain}")
        if not (np.isfinite(coef).all() and np.isfinite(intercept).all()):
            raise MinutesError(f"{where}: weights hold NaN or infinite values; the file is damaged; {retrain}")
        return cls(list(classes), list(features), coef, intercept)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        try:
            return cls.from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise MinutesError(f"{path}: cannot read classifier weights ({exc}); retrain or reinstall the model") from exc


def _strings(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v for v in value)


def softmax_confidence(probs: np.ndarray) -> float:
    return float(probs.max()) if len(probs) else 0.0


def entropy(probs: np.ndarray) -> float:
    return float(-sum(p * math.log(p) for p in probs if p > 0))
