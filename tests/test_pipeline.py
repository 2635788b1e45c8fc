"""The pipeline as one spaCy folder: builds, saves, loads back with identical output."""

import json

import pytest
import spacy

from extractor.batch import collect_sources, process
from extractor.errors import RuleError
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


def test_a_loaded_folder_has_every_component_on_and_saves_as_it_was(shipped_nlp, tmp_path):
    """load_pipeline switches the components before the cue ruler off while the folder loads: they are
    all on again after, and a copy saved from it lists none as disabled."""
    assert shipped_nlp.disabled == [] and shipped_nlp.config["nlp"]["disabled"] == []
    shipped_nlp.to_disk(tmp_path / "copy")
    assert json.loads((tmp_path / "copy" / "meta.json").read_text())["disabled"] == []


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


SAVED_RULES = [
    # case, component folder, rule file
    ("people-lexicon-for-attendance", "minutes_structure", "people_rules.jsonl"),
    ("meeting-date-and-front-matter", "minutes_structure", "header_rules.jsonl"),
    ("line-shapes", "minutes_structure", "layout_rules.jsonl"),
    ("sentence-splitting", "minutes_units", "split_rules.jsonl"),
    ("owners", "minutes_resolver", "owner_rules.jsonl"),
    ("due-dates", "minutes_resolver", "due_rules.jsonl"),
    ("metric-values", "minutes_resolver", "metric_rules.jsonl"),
    ("classifier-overrides", "minutes_classifier", "overrides.jsonl"),
]


@pytest.mark.parametrize("case,component,name", SAVED_RULES, ids=[c[0] for c in SAVED_RULES])
def test_every_rule_file_is_saved_with_the_pipeline(case, component, name, tmp_path):
    build_pipeline().to_disk(tmp_path / "fresh")
    assert (tmp_path / "fresh" / component / name).stat().st_size > 0


def test_a_saved_pipeline_runs_on_its_own_rules_not_the_package(tmp_path):
    text = "Harbour board notes\n\nThe cost is approx. 40 pounds a head. We agreed it.\n"
    source = tmp_path / "board-2024-02-01.txt"
    source.write_text(text)
    build_pipeline().to_disk(tmp_path / "model")
    rules = tmp_path / "model" / "minutes_units" / "split_rules.jsonl"
    before = [u["text"] for u in records(spacy.load(tmp_path / "model"), source)[1]]
    kept = [ln for ln in rules.read_text().splitlines() if '"approx"' not in ln]
    rules.write_text("\n".join(kept) + "\n")
    after = [u["text"] for u in records(spacy.load(tmp_path / "model"), source)[1]]
    assert "The cost is approx. 40 pounds a head." in before
    assert "The cost is approx." in after  # the folder's own list, without 'approx', now splits there


def test_a_folder_missing_one_rule_file_is_refused(tmp_path):
    build_pipeline().to_disk(tmp_path / "model")
    (tmp_path / "model" / "minutes_resolver" / "due_rules.jsonl").unlink()
    with pytest.raises(RuleError, match="due_rules.jsonl"):
        spacy.load(tmp_path / "model")
