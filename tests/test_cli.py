"""The `minutes` command as a user runs it: batches, bad files, atomic output, exit codes."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

from .conftest import EXAMPLES
from .read.builders import sample_docx, sample_html, sample_pdf, sample_txt

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("archive"))  # the three one-off examples
    return folder


def test_extract_writes_units_and_meetings(archive, tmp_path):
    result = run("extract", archive, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl")
    assert result.exit_code == 0, result.stderr
    meetings = {m["doc_id"]: m for m in read_jsonl(tmp_path / "m.jsonl")}
    assert set(meetings) == {"harbourside-cabinet-2024-03-12", "ketch-steering-2025-05-07", "northmoor-safeguarding-2023-11-17"}
    cabinet = meetings["harbourside-cabinet-2024-03-12"]
    assert cabinet["date"] == "2024-03-12" and cabinet["time"] == "18:00"
    assert [p["name"] for p in cabinet["apologies"]] == ["Jean Pollard"]
    assert {"name": "Simon Okafor", "initials": "SO"}.items() <= cabinet["attendees"][-1].items()
    units = read_jsonl(tmp_path / "u.jsonl")
    assert units and all(u["label"] != "other" for u in units)
    assert {"doc_id", "source", "meeting_date", "item", "section", "index", "start", "end", "text", "label",
            "confidence", "owners", "due", "metrics"} == set(units[0])
    tracker = next(u for u in units if u["text"].startswith("To circulate the savings tracker"))
    assert tracker["label"] == "action" and [o["name"] for o in tracker["owners"]] == ["Simon Okafor"]
    assert tracker["section"] == "Actions" and tracker["item"]["number"] == "3"


def test_all_includes_other_units_and_offsets_point_into_text(archive, tmp_path):
    result = run("extract", archive, "--all", "-o", tmp_path / "u.jsonl", "--text-dir", tmp_path / "text")
    assert result.exit_code == 0
    units = read_jsonl(tmp_path / "u.jsonl")
    assert any(u["label"] == "other" for u in units)
    for unit in units:
        text = (tmp_path / "text" / f"{unit['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[unit["start"]:unit["end"]] == unit["text"]


def test_units_go_to_stdout_by_default(archive):
    result = run("extract", archive / "ketch-steering-2025-05-07.md", "-q")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and {u["doc_id"] for u in lines} == {"ketch-steering-2025-05-07"}


BAD_FILES = [
    ("empty", "empty.txt", b"", "empty"),
    ("binary", "scan.txt", bytes(range(256)) * 20, "binary"),
    ("truncated-pdf", "cut.pdf", sample_pdf()[:900], "PDF"),
    ("not-a-docx", "fake.docx", b"PK\x03\x04 not really a zip", "docx"),
]


@pytest.mark.parametrize("case,name,data,reason", BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_file_is_one_line_and_the_batch_goes_on(archive, tmp_path, case, name, data, reason):
    (archive / name).write_bytes(data)
    result = run("extract", archive, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl")
    assert result.exit_code == 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and name in errors[0] and reason.lower() in errors[0].lower()
    meetings = {m["doc_id"]: m for m in read_jsonl(tmp_path / "m.jsonl")}
    assert meetings[Path(name).stem]["error"] and len(meetings) == 4
    assert {u["doc_id"] for u in read_jsonl(tmp_path / "u.jsonl")} >= {"ketch-steering-2025-05-07"}


def test_wrong_encoding_is_still_read(tmp_path):
    path = tmp_path / "parish-2022-06-01.txt"
    path.write_bytes("Minutes\n\nThe clerk reported a balance of £1,204.\n".encode("cp1252"))
    result = run("extract", path, "--all", "-q")
    assert "£1,204" in result.stdout


def test_huge_file_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "bound-volume.txt"
    path.write_text("The Board noted the report.\n" * 2000, encoding="utf-8")
    result = run("extract", path, "--max-bytes", "10000")
    assert result.exit_code == 1 and "bound-volume.txt" in result.stderr and "--max-bytes" in result.stderr


def test_no_attendee_list_is_a_warning_not_an_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Team notes 3 March 2022\n\nACTION: Priya to book the hall by Friday.\n", encoding="utf-8")
    result = run("extract", path, "--meetings", tmp_path / "m.jsonl")
    assert result.exit_code == 0 and "no attendee list found" in result.stderr
    assert read_jsonl(tmp_path / "m.jsonl")[0]["warnings"] == ["no attendee list found"]


def test_exit_status_is_nonzero_when_nothing_could_be_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    result = run("extract", tmp_path, "-o", tmp_path / "u.jsonl")
    assert result.exit_code == 1
    assert (tmp_path / "u.jsonl").read_text() == "" and not list(tmp_path.glob("*.part"))


def test_folder_without_minutes(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    result = run("extract", tmp_path)
    assert result.exit_code == 1 and "no minutes files found" in result.stderr
    assert "photo.png: skipped" in result.stderr


def test_clashing_stems_get_unique_doc_ids(tmp_path):
    for board in ("north", "south"):
        (tmp_path / board).mkdir()
        (tmp_path / board / "2023-01-10.txt").write_text("Minutes\n\nThe report was noted.\n", encoding="utf-8")
    run("extract", tmp_path, "--meetings", tmp_path / "m.jsonl", "-q")
    assert sorted(m["doc_id"] for m in read_jsonl(tmp_path / "m.jsonl")) == ["north/2023-01-10", "south/2023-01-10"]


def test_same_minutes_in_every_format_give_the_same_units(tmp_path):
    (tmp_path / "m.txt").write_text(sample_txt(), encoding="utf-8")
    (tmp_path / "m.html").write_text(sample_html(), encoding="utf-8")
    (tmp_path / "m.docx").write_bytes(sample_docx())
    (tmp_path / "m.pdf").write_bytes(sample_pdf())
    run("extract", tmp_path, "--all", "-o", tmp_path / "u.jsonl", "-q")
    by_format: dict[str, list] = {}
    for unit in read_jsonl(tmp_path / "u.jsonl"):
        by_format.setdefault(unit["source"].rsplit(".", 1)[1], []).append((" ".join(unit["text"].split()), unit["label"]))
    assert len(by_format) == 4
    assert by_format["txt"] == by_format["html"] == by_format["docx"] == by_format["pdf"]


def test_inspect_shows_structure(archive):
    result = run("inspect", archive / "northmoor-safeguarding-2023-11-17.html")
    assert result.exit_code == 0
    assert "Lena Hartmann" in result.stdout and "2023-11-17" in result.stdout and "action" in result.stdout


def test_schema_is_json_schema_of_both_records():
    schema = json.loads(run("schema").stdout)
    assert {"UnitRecord", "MeetingRecord"} <= set(schema["$defs"])  # with the records they nest (tests/test_schema.py)
    assert "from" in json.dumps(schema["$defs"]["MetricRecord"])


@pytest.mark.parametrize("fmt", ["project", "prodigy"])
def test_annotate_tasks_feed_train_unchanged(archive, tmp_path, fmt):
    tasks = tmp_path / "tasks" / f"{fmt}.jsonl"
    result = run("annotate", archive, "-o", tasks, "--format", fmt, "--limit", "20")
    assert result.exit_code == 0, result.stderr
    records = read_jsonl(tasks)
    assert 0 < len(records) <= 20
    if fmt == "prodigy":  # least certain first
        confidences = [r["meta"]["confidence"] for r in records]
        assert confidences == sorted(confidences)
    trained = run("train", tasks, "-o", tmp_path / "model")
    assert trained.exit_code == 0, trained.stderr
    assert (tmp_path / "model" / "minutes_classifier" / "model.json").exists()


def test_train_names_file_and_line_of_a_malformed_record(tmp_path):
    data = tmp_path / "doccano.jsonl"
    data.write_text('{"text": "Noted.", "label": ["resolution"]}\n{"text": "Hm", "label": []}\n', encoding="utf-8")
    result = run("train", data, "-o", tmp_path / "model")
    assert result.exit_code == 2 and "doccano.jsonl:2" in result.stderr and not (tmp_path / "model").exists()


def test_interrupted_run_keeps_the_earlier_output_and_its_part_files(archive, tmp_path, monkeypatch):
    import extractor.batch as batch

    (tmp_path / "m.jsonl").write_text("complete earlier run\n")
    real_read = batch.read_file_bytes
    calls = {"n": 0}

    def read_then_interrupt(path, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(batch, "read_file_bytes", read_then_interrupt)
    result = run("extract", archive, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "--workers", "1")
    assert result.exit_code == 130 and "interrupted" in result.stderr and "--resume" in result.stderr
    assert (tmp_path / "m.jsonl").read_text() == "complete earlier run\n"  # only a complete run replaces it
    meetings = read_jsonl(tmp_path / "m.jsonl.part")  # every line parses: nothing half-written
    assert len(meetings) == 2
    assert {u["doc_id"] for u in read_jsonl(tmp_path / "u.jsonl.part")} <= {m["doc_id"] for m in meetings}
