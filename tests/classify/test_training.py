"""Retraining: new examples change the model the way a user expects; same data and seed, same model."""

import json
from pathlib import Path

import pytest

from extractor.classify.build import save_pipeline, train_pipeline
from extractor.classify.data import load_training
from extractor.classify.features import UnitContext
from extractor.errors import DataError, MinutesError
from extractor.pipeline import build_pipeline

from ..conftest import REPO

BASE_DOCS = sorted((REPO / "training_data").glob("council.jsonl"))

# A house style the shipped data never uses: the clerk marks actions with a flag
# glyph and a name in brackets, and decisions with "Carried:".
NEW_STYLE_TRAIN = [
    ("⚑ [Hollis] chase the drainage survey quote", "action"),
    ("⚑ [Okoro] book the hall for the autumn fair", "action"),
    ("⚑ [Pryce] send the hedge-cutting rota round", "action"),
    ("⚑ [Maddox] ring the insurer about the bus shelter", "action"),
    ("⚑ [Lund] draft a reply to the allotment society", "action"),
    ("⚑ [Ferris] get two quotes for the noticeboard", "action"),
    ("Carried: hedge-cutting contract renewed with the current firm", "resolution"),
    ("Carried: grant of £300 to the youth club", "resolution"),
    ("Carried: the precept request stays the same", "resolution"),
    ("Carried: allotment rents unchanged for next year", "resolution"),
    ("Carried: the clerk's hours go up to twelve a week", "resolution"),
    ("Carried: the play area closes for resurfacing in May", "resolution"),
] * 3
NEW_STYLE_HELD_OUT = [
    ("⚑ [Quinn] chase the footpath signage with the county", "action"),
    ("⚑ [Hollis] order new bins for the recreation ground", "action"),
    ("⚑ [Okoro] write to the bus company about the timetable", "action"),
    ("Carried: the war memorial railings to be repainted", "resolution"),
    ("Carried: a donation of £150 to the village show", "resolution"),
    ("Carried: the standing orders as revised", "resolution"),
]


def accuracy(nlp, units: list[tuple[str, str]]) -> float:
    classifier = nlp.get_pipe("minutes_classifier")
    return sum(classifier.predict(UnitContext(text=t))[0] == y for t, y in units) / len(units)


def write_units(path: Path, units: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"text": t, "label": y}) + "\n" for t, y in units), encoding="utf-8")
    return path


@pytest.mark.parametrize("learner", ["logistic", "svm"])
def test_examples_in_a_new_style_improve_held_out_units_of_that_style(tmp_path, learner):
    before = build_pipeline()
    train_pipeline(before, load_training(BASE_DOCS), seed=0, learner=learner)
    after = build_pipeline()
    extra = write_units(tmp_path / "parish-style.jsonl", NEW_STYLE_TRAIN)
    train_pipeline(after, load_training(BASE_DOCS + [extra]), seed=0, learner=learner)
    assert accuracy(after, NEW_STYLE_HELD_OUT) > accuracy(before, NEW_STYLE_HELD_OUT)
    assert accuracy(after, NEW_STYLE_HELD_OUT) >= 5 / 6


@pytest.mark.parametrize("learner", ["logistic", "svm"])
def test_same_data_and_seed_give_the_same_model(tmp_path, learner):
    for name in ("one", "two"):
        nlp = build_pipeline()
        train_pipeline(nlp, load_training(BASE_DOCS), seed=7, learner=learner)
        save_pipeline(nlp, tmp_path / name)
    for part in ("minutes_classifier/model.json", "meta.json", "config.cfg"):
        assert (tmp_path / "one" / part).read_bytes() == (tmp_path / "two" / part).read_bytes()


def test_svm_scores_are_probabilities_led_by_the_right_label():
    nlp = build_pipeline()
    train_pipeline(nlp, load_training(BASE_DOCS), seed=0, learner="svm", class_weight="balanced")
    classifier = nlp.get_pipe("minutes_classifier")
    for text, label in [("RESOLVED – That the revised hire charges for the pavilion be approved.", "resolution"),
                        ("ACTION: Clerk to write to the highways team about the blocked drain on Mill Lane.", "action")]:
        predicted, confidence, scores = classifier.predict(UnitContext(text=text))
        assert predicted == label and max(scores, key=scores.get) == label
        assert confidence == pytest.approx(scores[label], abs=1e-4) and confidence > 0.3
        assert sum(scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert nlp.meta["minutes"]["learner"] == "svm"


def test_an_unknown_learner_is_refused_with_the_choices():
    with pytest.raises(MinutesError, match="unknown learner 'forest': use one of logistic, svm"):
        train_pipeline(build_pipeline(), load_training(BASE_DOCS), learner="forest")


def test_meta_records_data_hashes_and_label_counts(tmp_path):
    nlp = build_pipeline()
    train_pipeline(nlp, load_training(BASE_DOCS), seed=3)
    meta = nlp.meta["minutes"]
    assert meta["seed"] == 3 and meta["data"][0]["format"] == "gold" and len(meta["data"][0]["sha256"]) == 64
    assert set(meta["label_counts"]) == {"action", "resolution", "metric", "update", "other"}


def test_malformed_training_file_names_file_and_line(tmp_path):
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"text": "Noted.", "label": "resolution"}\n{"text": "Go.", "label": "decision"}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"labels\.jsonl:2: .*decision"):
        load_training([bad])
