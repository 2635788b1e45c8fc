"""minutes_classifier: tags each unit action / resolution / metric / update / other.

A linear model over unit_features (weights in `model.json` in the component's
folder); with no trained weights it falls back to the cue rules in `rule_label`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions, unit_spans
from ..schema import LABELS
from .context import unit_contexts
from .features import CHAR_WEIGHT, GramTable, UnitContext, unit_features, unit_features_apart
from .model import LinearModel
from .vectors import StaticVectors

MODEL_FILE = "model.json"
OVERRIDES_FILE = "overrides.jsonl"
OVERRIDES_PATH = Path(__file__).with_name(OVERRIDES_FILE)


@dataclass(frozen=True)
class Override:
    """A rule of the labelling standard that no model may overrule (e.g. explicit action markers)."""

    id: str
    label: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    marker: str | None = None  # only units with this marker (e.g. 'action_log': a row of an action log)
    # optional context: the unit's section heading or item title must match `heading` (then it must be a list
    # item carrying none of the `blocked` cue labels), its list's lead-in must match `lead_in`, and the model's
    # label must be one of `over` (empty: any label)
    heading: re.Pattern[str] | None = None
    blocked: frozenset[str] = frozenset()
    over: frozenset[str] = frozenset()
    lead_in: re.Pattern[str] | None = None  # the line that opened the unit's list must match it

    def applies(self, text: str) -> bool:
        return bool(self.pattern.search(text)) and not (self.unless and self.unless.search(text))

    def fits(self, context: UnitContext, label: str) -> bool:
        """applies() to the unit's text, and its context conditions (if any) hold for the unit."""
        if self.over and label not in self.over or self.marker is not None and context.marker != self.marker:
            return False
        if self.lead_in is not None and not self.lead_in.search(context.lead_in or ""):
            return False
        if self.heading is not None:
            if context.kind != "bullet" or any(cue[0] in self.blocked for cue in context.cues):
                return False
            if not any(self.heading.search(h) for h in (context.section, context.item_title) if h):
                return False
        return self.applies(context.text)


def load_overrides(path: Path = OVERRIDES_PATH) -> list[Override]:
    from ..rules import read_rules

    rules = []
    for record in read_rules(path, ("id", "label", "pattern")):
        unless = re.compile(record["unless"], re.I) if record.get("unless") else None
        heading = re.compile(record["heading"], re.I) if record.get("heading") else None
        lead_in = re.compile(record["lead_in"], re.I) if record.get("lead_in") else None
        rules.append(Override(record["id"], record["label"], re.compile(record["pattern"], re.I), unless,
                              record.get("marker"), heading, frozenset(record.get("blocked", ())),
                              frozenset(record.get("over", ())), lead_in))
    return rules


def rule_label(unit: UnitContext) -> tuple[str, float]:
    """The first simple rule: cue precedence as ANNOTATION.md orders the labels."""
    labels = {c[0] for c in unit.cues}
    starts = {c[0] for c in unit.cues if c[2]}
    words = len(unit.text.split())
    if "ACTION_MARKER" in labels or "ACTION_TO" in starts or unit.marker == "task_open":
        return "action", 0.7
    if labels & {"ACTION_WILL", "ACTION_AGREED", "ACTION_PASSIVE"} and "DEADLINE" in labels:
        return "action", 0.6
    if labels & {"RESOLUTION_MARKER", "VOTE"} or "RESOLUTION" in starts:
        return "resolution", 0.6
    if labels & {"METRIC", "METRIC_CHANGE"}:
        return "metric", 0.55
    if words >= 4 and not unit.text.rstrip().endswith(":"):
        return "update", 0.5
    return "other", 0.5


class ClassifierComponent:
    def __init__(self, name: str = "minutes_classifier", labels: list[str] | None = None) -> None:
        self.name = name
        self.labels = list(labels or LABELS)
        self.model: LinearModel | None = None
        self.vectors: StaticVectors | None = None  # optional dense features (vectors.npy/.json in the folder)
        self.overrides_text = OVERRIDES_PATH.read_text(encoding="utf-8")  # saved with the pipeline as written
        self.overrides: list[Override] = load_overrides()
        self._dense: tuple | None = None  # (model, vectors, dense columns, kept dimensions)
        self._gram_table: tuple | None = None  # (model, GramTable)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        spans = unit_spans(doc)
        for span, prediction in zip(spans, self.predict_all(unit_contexts(doc, spans))):
            ext = span._
            ext.label, ext.confidence, ext.scores = prediction
        return doc

    def predict(self, context: UnitContext) -> tuple[str, float, dict[str, float]]:
        return self.predict_all([context])[0]

    def predict_all(self, contexts: list[UnitContext]) -> list[tuple[str, float, dict[str, float]]]:
        """(label, confidence, scores) of each unit; a document's units are scored in one product."""
        if self.model is None:
            labels = [rule_label(context) for context in contexts]
            return [self._overruled(c, label, confidence, {label: confidence}) for c, (label, confidence) in
                    zip(contexts, labels)]
        classes = self.model.classes
        table = self._grams()
        dense, dense_columns = self._dense_rows(contexts)
        if table.usable:
            parts = [unit_features_apart(c) for c in contexts]
            grams, owners = table.flat([padded for _, _, padded in parts])
            columns, values, sizes = self.model.rows_around([(feats, at) for feats, at, _ in parts], grams, owners,
                                                            CHAR_WEIGHT)
            scored = self.model.scores_flat(columns, values, sizes, dense, dense_columns)
        else:  # more distinct gram characters than four codes fit in 64 bits: the strings themselves
            rows = [self.model.columns(unit_features(c)) for c in contexts]
            scored = self.model.scores_rows(rows, dense, dense_columns)
        predictions = []
        # the rows as Python floats and their best classes in two calls, not a few numpy scalars a unit
        for context, probs, best in zip(contexts, scored.tolist(), scored.argmax(axis=1).tolist()):
            scores = {c: round(p, 4) for c, p in zip(classes, probs)}
            predictions.append(self._overruled(context, classes[best], probs[best], scores))
        return predictions

    def _overruled(self, context: UnitContext, label: str, confidence: float,
                   scores: dict[str, float]) -> tuple[str, float, dict[str, float]]:
        for rule in self.overrides:
            if label != rule.label and rule.fits(context, label):
                return rule.label, 1.0, scores
        return label, confidence, scores

    def _grams(self) -> GramTable:
        """The model's character grams as integers, built once per model."""
        if self._gram_table is None or self._gram_table[0] is not self.model:
            self._gram_table = (self.model, GramTable(self.model._index))
        return self._gram_table[1]

    def _dense_rows(self, contexts: list[UnitContext]) -> tuple[np.ndarray | None, list[int] | None]:
        """The units' static vectors (scaled, dimensions the model weighs only) and their columns, or (None, None)."""
        if self.vectors is None or not contexts:
            return None, None
        dense_columns, kept = self._dense_columns()
        vectors = self.vectors.embed_many([c.text for c in contexts]) * self.vectors.scale  # float32, as trained
        return np.asarray(vectors if kept is None else vectors[:, kept], dtype=np.float64), dense_columns

    def _dense_columns(self) -> tuple[list[int], list[int] | None]:
        """The vector features' columns and the dimensions that have one (None: all), the same for every
        unit: looked up once per (model, vectors) pair rather than once a unit."""
        if self._dense is None or self._dense[0] is not self.model or self._dense[1] is not self.vectors:
            found = [self.model._index.get(name) for name in self.vectors.names]
            kept = None if None not in found else [i for i, c in enumerate(found) if c is not None]
            self._dense = (self.model, self.vectors, [c for c in found if c is not None], kept)
        return self._dense[2], self._dense[3]

    def features(self, context: UnitContext) -> dict[str, float]:
        """unit_features plus, when the pipeline ships static vectors, the unit's dense vector."""
        feats = unit_features(context)
        if self.vectors is not None:
            feats.update(self.vectors.features(context.text))
        return feats

    def to_disk(self, path: str | Path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.save(path / MODEL_FILE)
        if self.vectors is not None:
            self.vectors.to_disk(path)
        (path / OVERRIDES_FILE).write_text(self.overrides_text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude=tuple()) -> "ClassifierComponent":
        weights = Path(path) / MODEL_FILE
        self.model = LinearModel.load(weights) if weights.exists() else None
        self.vectors = StaticVectors.from_disk(Path(path)) if StaticVectors.exists(Path(path)) else None
        rules = Path(path) / OVERRIDES_FILE
        if rules.exists():
            self.overrides = load_overrides(rules)
            self.overrides_text = rules.read_text(encoding="utf-8")
        return self


@Language.factory(
    "minutes_classifier",
    assigns=["span._.label", "span._.confidence", "span._.scores"],
    requires=["doc.spans"],
    default_config={"labels": list(LABELS)},
)
def make_classifier(nlp: Language, name: str, labels: list[str]) -> ClassifierComponent:
    return ClassifierComponent(name, labels)
