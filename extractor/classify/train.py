"""Fit the unit classifier from gold documents (ANNOTATION.md format)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from ..batch import filename_date
from ..read import read_document
from .context import unit_contexts
from .features import unit_features
from .gold import GoldDoc, align, locate_items
from .model import LinearModel

FEATURE_PIPES = ("minutes_structure", "minutes_units", "minutes_cues", "minutes_resolver")


@dataclass
class Examples:
    features: list[dict[str, float]]
    labels: list[str]
    groups: list[str]  # doc_id of each example, for grouped cross-validation


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
    return out


def fit_linear(examples: Examples, *, c: float = 1.0, seed: int = 0, class_weight: str | None = None) -> LinearModel:
    """Multinomial logistic regression; weights kept as JSON-able arrays."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=True)
    x = vectorizer.fit_transform(examples.features)
    model = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight, random_state=seed)
    model.fit(x, examples.labels)
    coef = model.coef_
    intercept = model.intercept_
    if coef.shape[0] == 1:  # binary problems come back as one row
        coef = np.vstack([-coef[0], coef[0]])
        intercept = np.array([-intercept[0], intercept[0]])
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
    return out


def merge(*parts: Examples) -> Examples:
    merged = Examples([], [], [])
    for part in parts:
        merged.features += part.features
        merged.labels += part.labels
        merged.groups += part.groups
    return merged


def cross_validate(examples: Examples, k: int, *, c: float = 1.0, seed: int = 0) -> dict:
    """Grouped K-fold (whole documents held out): per-label F1 and macro-F1 over the pooled folds."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    labels = sorted(set(examples.labels))
    predicted = [""] * len(examples.labels)
    k = min(k, len(set(examples.groups)))  # no more folds than documents to hold out
    if k < 2:
        return {"folds": k, "per_label_f1": {}, "macro_f1": None, "note": "too few documents to cross-validate"}
    folds = GroupKFold(n_splits=k)
    for train_idx, test_idx in folds.split(examples.features, examples.labels, examples.groups):
        part = Examples([examples.features[i] for i in train_idx], [examples.labels[i] for i in train_idx], [])
        model = fit_linear(part, c=c, seed=seed)
        for i in test_idx:
            predicted[i] = model.classes[int(model.scores(examples.features[i]).argmax())]
    scored = [label for label in labels if label != "other"]
    per_label = f1_score(examples.labels, predicted, labels=scored, average=None, zero_division=0)
    return {
        "folds": k,
        "per_label_f1": {label: round(float(f), 3) for label, f in zip(scored, per_label)},
        "macro_f1": round(float(np.mean(per_label)), 3),
    }
