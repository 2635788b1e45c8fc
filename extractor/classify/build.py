"""train_pipeline: annotated data in, a saved pipeline folder out (the library side of `minutes train`)."""

from __future__ import annotations

import platform
import shutil
from collections.abc import Callable
from pathlib import Path

import sklearn
import spacy
from spacy.language import Language

from .. import __version__
from ..errors import MinutesError
from .crossval import cross_validate
from .data import TrainingData
from .gold import GoldDoc
from .train import Examples, fit_linear, gold_examples, label_counts, merge, sentence_examples, with_vectors
from .vectors import StaticVectors


def examples_from(nlp: Language, data: TrainingData, progress: Callable | None = None) -> Examples:
    documents = data.documents if progress is None else progress(data.documents)
    return merge(gold_examples(nlp, list(documents)), sentence_examples(data.sentences))


def train_pipeline(
    nlp: Language, data: TrainingData, *, seed: int = 0, c: float | list[float] = 1.0, cv: int = 0,
    group_by: str | None = None, class_weight: str | None = None, vectors: StaticVectors | None = None,
    dev: list[GoldDoc] | None = None, progress: Callable | None = None, learner: str = "logistic",
) -> dict:
    """Fit the classifier into `nlp` and return the training report (also kept in nlp.meta).

    Several values of `c` are compared by the cross-validation figure and the best is kept (ties go to
    the smaller, more regularised value); `vectors` adds the unit's dense vector to its features (a base
    pipeline's vectors are kept when none are given); `learner` is "logistic" or "svm" (fit_linear).
    """
    grid = sorted(set(c)) if isinstance(c, list) else [c]
    if len(grid) > 1 and not cv:
        raise MinutesError("several --c values are chosen between by cross-validation: add --cv K")
    classifier = nlp.get_pipe("minutes_classifier")
    if vectors is not None:
        classifier.vectors = vectors
    examples = with_vectors(examples_from(nlp, data, progress), classifier.vectors)
    report: dict = {"examples": len(examples.labels), "label_counts": label_counts(examples)}
    fit = lambda value: lambda part: fit_linear(part, c=value, seed=seed, class_weight=class_weight,  # noqa: E731
                                                     learner=learner)
    if cv:
        runs = {value: cross_validate(nlp, examples, data.documents, cv, fit(value), group_by=group_by) for value in grid}
        best = max(grid, key=lambda value: (runs[value]["macro_f1"] or 0.0, -value))
        report["cross_validation"] = runs[best]
        if len(grid) > 1:
            report["c_search"] = {str(value): runs[value]["macro_f1"] for value in grid}
        grid = [best]
    classifier.model = fit(grid[0])(examples)
    if dev:
        from ..evaluate import evaluate_pipeline

        scores = evaluate_pipeline(nlp, dev)
        scores.pop("errors", None)
        report["dev"] = scores
    nlp.meta["name"] = nlp.meta.get("name") or "minutes_en"
    nlp.meta["version"] = __version__
    nlp.meta["minutes"] = {
        "data": data.files,
        "seed": seed,
        "learner": learner,
        "c": grid[0],
        "class_weight": class_weight,
        "vectors": _vectors_card(classifier.vectors),
        "versions": {"minutes": __version__, "spacy": spacy.__version__, "scikit-learn": sklearn.__version__,
                     "python": platform.python_version()},
        **report,
    }
    return report


def _vectors_card(vectors: StaticVectors | None) -> dict | None:
    if vectors is None:
        return None
    return {**vectors.info, "dims": vectors.dims, "pieces": len(vectors.vocab), "scale": vectors.scale,
            "sha256": vectors.digest()}


def save_pipeline(nlp: Language, out: Path) -> None:
    """Write the pipeline folder; a half-written folder never replaces a good one."""
    out = Path(out)
    staging = out.with_name(out.name + ".part")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)
