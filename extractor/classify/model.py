"""A linear classifier stored as plain JSON (feature names, weights): no pickle anywhere."""

from __future__ import annotations

import json
import math
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

    def scores(self, feats: dict[str, float]) -> np.ndarray:
        """Class probabilities (softmax over the linear scores)."""
        columns, values = [], []
        for name, value in feats.items():
            column = self._index.get(name)
            if column is not None:
                columns.append(column)
                values.append(value)
        logits = self.intercept + self.coef[:, columns] @ np.asarray(values, dtype=np.float64)
        logits -= logits.max()
        probs = np.exp(logits)
        return probs / probs.sum()

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
        if data.get("format") != "minutes-linear-v1":
            raise MinutesError(f"{where}: not a minutes linear model (format {data.get('format')!r}); retrain it")
        coef = np.asarray(data["coef"], dtype=np.float64)
        intercept = np.asarray(data["intercept"], dtype=np.float64)
        if coef.shape != (len(data["classes"]), len(data["features"])) or intercept.shape != (len(data["classes"]),):
            raise MinutesError(f"{where}: weights do not match classes/features; the file is damaged")
        return cls(list(data["classes"]), list(data["features"]), coef, intercept)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        try:
            return cls.from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
        except (OSError, json.JSONDecodeError) as exc:
            raise MinutesError(f"{path}: cannot read classifier weights ({exc}); retrain or reinstall the model") from exc


def softmax_confidence(probs: np.ndarray) -> float:
    return float(probs.max()) if len(probs) else 0.0


def entropy(probs: np.ndarray) -> float:
    return float(-sum(p * math.log(p) for p in probs if p > 0))
