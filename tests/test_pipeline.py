"""The pipeline as one spaCy folder: builds, saves, loads back with identical output."""

import json

import spacy

from extractor.batch import collect_sources, process
from extractor.pipeline import PIPE_NAMES, build_pipeline
from extractor.schema import as_json

from .conftest import EXAMPLES, MODEL


def records(nlp, path):
    result = next(process(collect_sources([path]), nlp, include_other=True))
    return as_json(result.meeting), [as_json(u) for u in result.units]


def test_shipped_model_has_every_component_and_trained_weights(shipped_nlp):
    assert tuple(shipped_nlp.pipe_names) == PIPE_NAMES
    assert shipped_nlp.get_pipe("minutes_classifier").model is not None
    assert (MODEL / "minutes_classifier" / "model.json").exists()
    assert not list(MODEL.rglob("*.pkl")) and not list(MODEL.rglob("*.pickle"))


def test_to_disk_then_spacy_load_gives_identical_output(shipped_nlp, tmp_path):
    shipped_nlp.to_disk(tmp_path / "copy")
    reloaded = spacy.load(tmp_path / "copy")
    for example in sorted(EXAMPLES.iterdir()):
        assert records(reloaded, example) == records(shipped_nlp, example)


def test_cue_rules_travel_with_the_folder(shipped_nlp, tmp_path):
    shipped_nlp.to_disk(tmp_path / "copy")
    patterns = (tmp_path / "copy" / "minutes_cues" / "patterns").read_text().splitlines()
    assert any(json.loads(p)["id"] == "act-marker-colon" for p in patterns)


def test_untrained_pipeline_falls_back_to_cue_rules():
    nlp = build_pipeline()
    meeting, units = records(nlp, EXAMPLES / "ketch-steering-2025-05-07.md")
    by_text = {u["text"]: u["label"] for u in units}
    assert by_text["Action: @sunilv to publish the release notes draft by Thursday."] == "action"
    assert meeting["date"] == "2025-05-07"


def test_analyze_pipes_finds_no_ordering_problem(shipped_nlp):
    problems = shipped_nlp.analyze_pipes()["problems"]
    assert all(not missing for missing in problems.values())
