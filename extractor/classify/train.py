"""Fit the unit classifier from gold documents (ANNOTATION.md format)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from ..batch import filename_date
from ..errors import MinutesError
from ..read import read_document
from .context import unit_contexts
from .features import unit_features
from .gold import GoldDoc, align, locate_items
from .model import LinearModel
from .vectors import StaticVectors

FEATURE_PIPES = ("minutes_structure", "minutes_units", "minutes_cues", "minutes_resolver")


@dataclass
class Examples:
    features: list[dict[str, float]]
    labels: list[str]
    groups: list[str]  # doc_id of each example, for grouped cross-validation
    texts: list[str] = field(default_factory=list)  # the unit text, for features added later (dense vectors)

    def subset(self, keep: list[int]) -> "Examples":
        pick = lambda values: [values[i] for i in keep] if values else []  # noqa: E731
        return Examples(pick(self.features), pick(self.labels), pick(self.groups), pick(self.texts))


def featurize(nlp: Language, text: str, source: dict | None = None) -> Doc:
    """Run the pipeline up to the classifier (structure, units, cues)."""
    doc = nlp.make_doc(text)
    doc._.source = source or {}
    for name in FEATURE_PIPES:
        doc = nlp.get_pipe(name)(doc)
    return doc


def gold_examples(nlp: Language, docs: list[GoldDoc]) -> Examples:
    """One example per unit our segmenter finds; the label comes from the gold unit it covers."""
    out = Examples([], [], [])
    for gold in docs:
        text = read_document(gold.path).text
        # the same source facts `minutes extract` gives the pipeline, file-name date included
        doc = featurize(nlp, text, {"doc_id": gold.doc_id, "fallback_date": filename_date(gold.path)})
        contexts = unit_contexts(doc)
        spans = [(s._.char_start, s._.char_end) for s in doc.spans["units"]]
        matched = align(spans, locate_items(text, gold.items))
        for context, k in zip(contexts, matched):
            out.features.append(unit_features(context))
            out.labels.append(gold.items[k].label if k is not None else "other")
            out.groups.append(gold.doc_id)
            out.texts.append(context.text)
    return out


LEARNERS = ("logistic", "svm")
# LinearSVC's margins are not probabilities; times 2 their softmax had the lowest log loss on held-out real
# minutes (grouped CV: 0.51 against 0.60 for logistic regression's own probabilities), so the saved weights
# are scaled by it and `confidence` stays a usable probability.
SVM_TEMPERATURE = 2.0
# One-vs-rest SVMs recall fewer actions than logistic regression (0.755 against 0.78 in grouped CV over
# the real minutes). Owners and due dates are scored on every gold action, so a missed action costs twice:
# shifting the action margin by 0.15 brought recall to 0.79 at the same F1 (per-fold macro within ±0.005).
SVM_ACTION_SHIFT = 0.15


def fit_linear(examples: Examples, *, c: float = 1.0, seed: int = 0, class_weight: str | None = None,
               learner: str = "logistic") -> LinearModel:
    """Multinomial logistic regression, or a one-vs-rest linear SVM (`learner="svm"`); weights kept as
    JSON-able arrays and scored alike (softmax over the linear scores)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    if learner not in LEARNERS:
        raise MinutesError(f"unknown learner {learner!r}: use one of {', '.join(LEARNERS)}")
    vectorizer = DictVectorizer(sparse=True)
    x = vectorizer.fit_transform(examples.features)
    if learner == "svm":
        # liblinear takes 32-bit indices only; DictVectorizer may give 64-bit ones (the values fit either way)
        x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
        model = LinearSVC(C=c, class_weight=class_weight, random_state=seed, max_iter=5000)
    else:
        model = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight, random_state=seed)
    model.fit(x, examples.labels)
    coef = model.coef_
    intercept = model.intercept_
    if coef.shape[0] == 1:  # binary problems come back as one row
        coef = np.vstack([-coef[0], coef[0]])
        intercept = np.array([-intercept[0], intercept[0]])
    if learner == "svm":
        intercept = intercept + np.array([SVM_ACTION_SHIFT if c == "action" else 0.0 for c in model.classes_])
        coef, intercept = coef * SVM_TEMPERATURE, intercept * SVM_TEMPERATURE
    keep = np.abs(coef).max(axis=0) > 1e-4  # drop features the model ignores: a smaller file
    names = [n for n, k in zip(vectorizer.get_feature_names_out(), keep) if k]
    return LinearModel([str(c) for c in model.classes_], list(names), coef[:, keep], intercept)


def label_counts(examples: Examples) -> dict[str, int]:
    return dict(sorted(Counter(examples.labels).items()))


def sentence_examples(texts: list[tuple[str, str]]) -> Examples:
    """Units given without their document (one record a unit): text-only features."""
    from .features import UnitContext

    out = Examples([], [], [])
    for n, (text, label) in enumerate(texts):
        out.features.append(unit_features(UnitContext(text=text)))
        out.labels.append(label)
        out.groups.append(f"sentence-{n // 50}")
        out.texts.append(text)
    return out


def merge(*parts: Examples) -> Examples:
    merged = Examples([], [], [])
    for part in parts:
        merged.features += part.features
        merged.labels += part.labels
        merged.groups += part.groups
        merged.texts += part.texts
    return merged


def with_vectors(examples: Examples, vectors: StaticVectors | None) -> Examples:
    """The same examples with each unit's dense vector added to its features (as the component adds it)."""
    if vectors is None:
        return examples
    features = [{**feats, **vectors.features(text)} for feats, text in zip(examples.features, examples.texts)]
    return Examples(features, examples.labels, examples.groups, examples.texts)
