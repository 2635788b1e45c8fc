"""A damaged pipeline folder is one clear error naming the file, never a silent fall back to rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from extractor.classify.model import LinearModel
from extractor.errors import MinutesError
from extractor.pipeline import build_pipeline, load_pipeline
from extractor.schema import LABELS

FEATURES = ["cue=ACTION_MARKER", "cue=RESOLUTION", "cue=METRIC", "bias"]


@pytest.fixture(scope="module")
def trained_folder(tmp_path_factory) -> Path:
    """A small trained pipeline: a classifier with weights and the training card train writes."""
    nlp = build_pipeline()
    rng = np.random.default_rng(0)
    nlp.get_pipe("minutes_classifier").model = LinearModel(
        list(LABELS), FEATURES, rng.normal(size=(len(LABELS), len(FEATURES))), np.zeros(len(LABELS)))
    nlp.meta["minutes"] = {"seed": 0, "examples": 10}
    folder = tmp_path_factory.mktemp("model") / "trained"
    nlp.to_disk(folder)
    return folder


@pytest.fixture
def model(trained_folder, tmp_path) -> Path:
    copy = tmp_path / "model"
    shutil.copytree(trained_folder, copy)
    return copy


def weights(folder: Path) -> Path:
    return folder / "minutes_classifier" / "model.json"


def rewrite(folder: Path, change) -> None:
    data = json.loads(weights(folder).read_text())
    change(data)
    weights(folder).write_text(json.dumps(data))


def _set(key, value):
    return lambda data: data.__setitem__(key, value)


DAMAGE = [
    # case, damage done to a copy of a trained folder, file named in the error, words in the error
    ("model.json deleted", lambda f: weights(f).unlink(), "minutes_classifier/model.json", "missing"),
    ("classifier folder deleted", lambda f: shutil.rmtree(f / "minutes_classifier"), "minutes_classifier",
     "classifier folder is missing"),
    ("NaN weights", lambda f: rewrite(f, lambda d: d["coef"][0].__setitem__(0, float("nan"))), "model.json",
     "NaN or infinite"),
    ("config.cfg deleted", lambda f: (f / "config.cfg").unlink(), "model", "no config.cfg"),
    ("meta.json damaged", lambda f: (f / "meta.json").write_text("{"), "meta.json", "cannot read it"),
    ("config.cfg damaged", lambda f: (f / "config.cfg").write_text("[nlp\nlang = "), "model",
     "cannot load the pipeline"),
]


@pytest.mark.parametrize("case,damage,named,words", DAMAGE, ids=[c[0] for c in DAMAGE])
def test_a_damaged_folder_is_one_error_naming_the_file(model, case, damage, named, words):
    damage(model)
    with pytest.raises(MinutesError) as caught:
        load_pipeline(model)
    message = str(caught.value)
    assert named in message and words in message and "\n" not in message


WEIGHTS = [
    # case, change to the weights file's JSON (or its text), words in the error
    ("infinite intercept", lambda d: d["intercept"].__setitem__(1, float("inf")), "NaN or infinite"),
    ("empty weights", lambda d: d.update(features=[], coef=[[] for _ in LABELS]), "'features' must be a non-empty"),
    ("no classes", lambda d: d.update(classes=[], coef=[], intercept=[]), "'classes' must be a non-empty list"),
    ("a class twice", lambda d: d["classes"].__setitem__(1, "action"), "distinct labels"),
    ("weights of the wrong shape", lambda d: d["coef"].pop(), "do not match classes/features"),
    ("weights that are not numbers", _set("intercept", ["a"] * len(LABELS)), "not numbers"),
    ("no coefficients", lambda d: d.pop("coef"), "weights missing"),
    ("truncated file", lambda text: text[:50], "cannot read classifier weights"),
    ("a list, not a model", lambda text: "[1, 2]", "not a minutes linear model"),
    ("not UTF-8", lambda text: "\udcff", "cannot read classifier weights"),
]


@pytest.mark.parametrize("case,change,words", WEIGHTS, ids=[c[0] for c in WEIGHTS])
def test_damaged_weights_are_one_error_naming_the_file(trained_folder, tmp_path, case, change, words):
    source = weights(trained_folder).read_text()
    path = tmp_path / "model.json"
    if case in {"truncated file", "a list, not a model", "not UTF-8"}:
        path.write_bytes(change(source).encode("utf-8", "surrogateescape"))
    else:
        data = json.loads(source)
        change(data)
        path.write_text(json.dumps(data))
    with pytest.raises(MinutesError) as caught:
        LinearModel.load(path)
    assert str(caught.value).startswith(f"{path}: ") and words in str(caught.value)


def test_the_intact_trained_folder_loads_with_its_weights(model):
    assert load_pipeline(model).get_pipe("minutes_classifier").model.features == FEATURES


def test_an_untrained_folder_still_loads_on_cue_rules(tmp_path):
    build_pipeline().to_disk(tmp_path / "rules-only")
    assert load_pipeline(tmp_path / "rules-only").get_pipe("minutes_classifier").model is None


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(MinutesError, match="no such pipeline folder"):
        load_pipeline(tmp_path / "nowhere")


def _shipped_rule_files() -> list[tuple[str, str]]:
    nlp = build_pipeline()
    return [(pipe, name) for pipe in nlp.pipe_names for name in getattr(nlp.get_pipe(pipe), "rule_texts", {})]


@pytest.mark.parametrize(("pipe", "name"), _shipped_rule_files())
def test_the_shipped_model_carries_the_package_rules(pipe, name):
    """models/minutes-en keeps its own copy of every rule file and `train --base` reuses it, so a rule
    edited in the package reaches the default pipeline only once it is copied into the folder too."""
    from .conftest import MODEL

    fresh = build_pipeline().get_pipe(pipe).rule_texts[name]
    saved = (MODEL / pipe / name).read_text(encoding="utf-8")
    assert saved == fresh, (f"{MODEL / pipe / name} differs from the package's copy: copy it into the folder "
                            "(and retrain) or revert the package edit")
