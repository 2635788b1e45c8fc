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
from .data import TrainingData
from .gold import GoldDoc
from .train import Examples, cross_validate, fit_linear, gold_examples, label_counts, merge, sentence_examples


def examples_from(nlp: Language, data: TrainingData, progress: Callable | None = None) -> Examples:
    documents = data.documents if progress is None else progress(data.documents)
    return merge(gold_examples(nlp, list(documents)), sentence_examples(data.sentences))


def train_pipeline(
    nlp: Language, data: TrainingData, *, seed: int = 0, c: float = 1.0, cv: int = 0,
    dev: list[GoldDoc] | None = None, progress: Callable | None = None,
) -> dict:
    """Fit the classifier into `nlp` and return the training report (also kept in nlp.meta)."""
    examples = examples_from(nlp, data, progress)
    report: dict = {"examples": len(examples.labels), "label_counts": label_counts(examples)}
    if cv:
        report["cross_validation"] = cross_validate(examples, cv, c=c, seed=seed)
    nlp.get_pipe("minutes_classifier").model = fit_linear(examples, c=c, seed=seed)
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
        "c": c,
        "versions": {"minutes": __version__, "spacy": spacy.__version__, "scikit-learn": sklearn.__version__,
                     "python": platform.python_version()},
        **report,
    }
    return report


def save_pipeline(nlp: Language, out: Path) -> None:
    """Write the pipeline folder; a half-written folder never replaces a good one."""
    out = Path(out)
    staging = out.with_name(out.name + ".part")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)
