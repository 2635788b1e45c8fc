"""Compare classifier designs on a gold set (default ../shared/dev): the model card's table.

    python scripts/compare_designs.py [--train training_data] [--dev ../shared/dev/gold.jsonl] [--seed 0]

Designs, all trained on the same units (our segmentation aligned to the gold):
  rules        the cue rules alone (the fallback of an untrained pipeline)
  linear       logistic regression over unit_features (text, cues, section, context): shipped
  linear-text  the same model over the unit's words only (no cues, no context)
  textcat-bow  spaCy's TextCategorizer (TextCatBOW.v3, exclusive classes) over the unit text
Every design is scored with extractor.evaluate (the definitions of ../shared/score.py).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import spacy
from spacy.training import Example

from extractor.classify.build import examples_from
from extractor.classify.component import rule_label
from extractor.classify.context import unit_contexts
from extractor.classify.data import load_training
from extractor.classify.features import unit_features
from extractor.classify.gold import load_gold
from extractor.classify.train import Examples, fit_linear
from extractor.evaluate import evaluate_pipeline
from extractor.pipeline import build_pipeline

LABELS = ["action", "resolution", "metric", "update", "other"]


def words_only(features: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in features.items() if k.startswith(("w=", "b="))}


def train_textcat(texts: list[str], labels: list[str], seed: int):
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                                        "ngram_size": 2, "no_output_layer": False, "length": 262144}})
    for label in LABELS:
        textcat.add_label(label)
    data = [Example.from_dict(nlp.make_doc(t), {"cats": {l: float(l == y) for l in LABELS}}) for t, y in zip(texts, labels)]
    spacy.util.fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(10):
        rng.shuffle(data)
        for batch in spacy.util.minibatch(data, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def score(nlp, predict, dev) -> dict:
    """Score the pipeline with its classifier's model replaced by `predict(UnitContext) -> label`;
    the labelling-standard overrides still apply, as in the shipped component."""
    classifier = nlp.get_pipe("minutes_classifier")
    classifier._predict = lambda context: (predict(context), 1.0, {})
    try:
        return evaluate_pipeline(nlp, dev)
    finally:
        del classifier._predict  # back to the class's own method


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=Path("training_data"))
    parser.add_argument("--dev", type=Path, default=Path("../shared/dev/gold.jsonl"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    nlp = build_pipeline()
    data = load_training([args.train])
    dev = load_gold(args.dev)
    examples = examples_from(nlp, data)
    rows = []

    started = time.perf_counter()
    rows.append(("rules", score(nlp, lambda c: rule_label(c)[0], dev), time.perf_counter() - started))

    started = time.perf_counter()
    linear = fit_linear(examples, c=1.0, seed=args.seed)
    pick = lambda m, f: m.classes[int(m.scores(f).argmax())]  # noqa: E731
    rows.append(("linear", score(nlp, lambda c: pick(linear, unit_features(c)), dev), time.perf_counter() - started))

    started = time.perf_counter()
    text_examples = Examples([words_only(f) for f in examples.features], examples.labels, examples.groups)
    text_model = fit_linear(text_examples, c=1.0, seed=args.seed)
    rows.append(("linear-text", score(nlp, lambda c: pick(text_model, words_only(unit_features(c))), dev),
                 time.perf_counter() - started))

    started = time.perf_counter()
    unit_texts = unit_texts_of(nlp, data)
    textcat = train_textcat(unit_texts, examples.labels, args.seed)
    rows.append(("textcat-bow", score(nlp, lambda c: max(textcat(c.text).cats.items(), key=lambda kv: kv[1])[0], dev),
                 time.perf_counter() - started))

    keys = ["macro_f1", "owner_exact_accuracy", "due_accuracy", "metric_value_recall"]
    print(f"| design | {' | '.join(keys)} | " + " | ".join(f"F1 {l}" for l in LABELS[:4]) + " | train+score s |")
    print("|---" * (len(keys) + 6) + "|")
    for name, result, seconds in rows:
        cells = [str(result[k]) for k in keys] + [str(result["per_label"][l]["f1"]) for l in LABELS[:4]]
        print(f"| {name} | " + " | ".join(cells) + f" | {seconds:.1f} |")


def unit_texts_of(nlp, data) -> list[str]:
    """The unit texts in the same order examples_from produced them."""
    from extractor.classify.train import featurize
    from extractor.read import read_document

    texts = []
    for gold in data.documents:
        doc = featurize(nlp, read_document(gold.path).text, {"doc_id": gold.doc_id})
        texts += [c.text for c in unit_contexts(doc)]
    return texts + [t for t, _ in data.sentences]


if __name__ == "__main__":
    main()
