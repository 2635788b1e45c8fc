"""Grouped cross-validation: whole groups held out, ungrouped documents always trained on, scores as extract gives."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.classify.crossval import fold_plan
from extractor.classify.gold import GoldDoc, GoldItem
from extractor.cli import app

from ..conftest import REPO


def doc(doc_id: str, group: str | None, units: int = 3) -> GoldDoc:
    items = [GoldItem(f"Unit {n} of {doc_id}.", "update") for n in range(units)]
    return GoldDoc(doc_id, Path(f"{doc_id}.txt"), None, [], items, Path("gold.jsonl"), 1,
                   {"group": group} if group else {})


# (case, documents, k, group_by, expected held-out doc ids per fold, as sets)
PLANS = [
    ("parish council's two meetings stay in one fold",
     [doc("parish-jan", "parish"), doc("parish-mar", "parish"), doc("tsc-1", "tsc"), doc("coop-1", "coop")],
     3, "group", [{"parish-jan", "parish-mar"}, {"tsc-1"}, {"coop-1"}]),
    ("synthetic documents without a group are never held out",
     [doc("synthetic-a", None), doc("synthetic-b", None), doc("tsc-1", "tsc"), doc("coop-1", "coop")],
     5, "group", [{"tsc-1"}, {"coop-1"}]),
    ("no more folds than groups",
     [doc("a-1", "a"), doc("a-2", "a"), doc("b-1", "b")], 10, "group", [{"a-1", "a-2"}, {"b-1"}]),
    ("one group cannot be cross-validated", [doc("a-1", "a"), doc("a-2", "a"), doc("x", None)], 5, "group", []),
    ("without --group-by every document is its own group and scored",
     [doc("x", None), doc("y", "g"), doc("z", "g")], 3, None, [{"x"}, {"y"}, {"z"}]),
]


@pytest.mark.parametrize("case, docs, k, group_by, expected", PLANS, ids=[p[0] for p in PLANS])
def test_fold_plan(case, docs, k, group_by, expected):
    folds = fold_plan(docs, k, group_by)
    assert sorted(({d.doc_id for d in fold} for fold in folds), key=sorted) == sorted(expected, key=sorted)


def test_folds_balance_gold_units_not_documents():
    docs = [doc("long", "a", units=40)] + [doc(f"short-{n}", f"s{n}", units=5) for n in range(8)]
    folds = fold_plan(docs, 2, "group")
    assert [sum(len(d.items) for d in fold) for fold in folds] == [40, 40]


def grouped_copy(source: Path, target_dir: Path, groups: dict[str, str]) -> Path:
    """A gold file of some of our own documents, each given an organisation group, next to their texts."""
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["doc_id"] in groups:
            record["group"] = groups[record["doc_id"]]
            record["file"] = str((source.parent / record["file"]).resolve())
            lines.append(json.dumps(record))
    target = target_dir / "grouped.jsonl"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def test_train_cv_scores_only_grouped_documents_through_the_pipeline(tmp_path):
    perf = REPO / "training_data" / "perf.jsonl"
    ids = [json.loads(line)["doc_id"] for line in perf.read_text(encoding="utf-8").splitlines()][:4]
    grouped = grouped_copy(perf, tmp_path, {ids[0]: "north", ids[1]: "north", ids[2]: "south", ids[3]: "east"})
    result = CliRunner().invoke(app, ["train", str(REPO / "training_data" / "council.jsonl"), str(grouped),
                                      "-o", str(tmp_path / "model"), "--cv", "3", "--group-by", "group",
                                      "--class-weight", "balanced"])
    assert result.exit_code == 0, result.output
    assert "3-fold CV over 3 groups (4 documents scored)" in result.output
    meta = json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))["minutes"]
    cv = meta["cross_validation"]
    gold_units = sum(len(json.loads(line)["items"]) for line in grouped.read_text(encoding="utf-8").splitlines())
    assert cv["gold_units"] == gold_units and cv["documents"] == 4 and len(cv["fold_macro_f1"]) == 3
    assert 0.0 < cv["macro_f1"] <= 1.0 and cv["owner_exact_accuracy"] is not None
    assert meta["class_weight"] == "balanced" and [d["sha256"] for d in meta["data"]]


OPTION_ERRORS = [
    ("grouping field nobody has", ["--cv", "2", "--group-by", "organisation"], "no training document has"),
    ("C grid without cross-validation", ["--c", "0.3", "--c", "3"], "chosen between by cross-validation"),
    ("unknown class weighting", ["--class-weight", "inverse"], "--class-weight must be"),
]


@pytest.mark.parametrize("case, args, message", OPTION_ERRORS, ids=[e[0] for e in OPTION_ERRORS])
def test_train_option_errors(tmp_path, case, args, message):
    result = CliRunner().invoke(app, ["train", str(REPO / "training_data" / "council.jsonl"),
                                      "-o", str(tmp_path / "model"), *args])
    assert result.exit_code == 2 and message in result.output
