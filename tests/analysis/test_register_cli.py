"""`minutes register` as a user runs it: three formats, one-line errors, and no pandas needed."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from extractor.analysis.report import CSV_COLUMNS
from extractor.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["register", *map(str, args)], catch_exceptions=False)


def test_jsonl_to_stdout_and_a_summary_on_stderr(archive_output):
    result = run(*archive_output)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["status"] for r in rows} == {"open", "overdue", "carried forward", "done"}
    assert {"id", "owners", "due", "meeting_date", "item_number", "status", "reason", "mentions", "follows"} <= set(rows[0])
    assert result.stderr.startswith(f"{len(rows)} actions: ")


FORMATS = [
    # case, file name, --format
    ("csv-by-suffix", "register.csv", None),
    ("jsonl-by-suffix", "register.jsonl", None),
    ("html-by-suffix", "register.html", None),
    ("format-option-wins", "register.out", "csv"),
]


@pytest.mark.parametrize("case,name,fmt", FORMATS, ids=[c[0] for c in FORMATS])
def test_formats(archive_output, tmp_path, case, name, fmt):
    target = tmp_path / name
    result = run(*archive_output, "-o", target, *(["--format", fmt] if fmt else []))
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    kind = fmt or name.rsplit(".", 1)[1]
    if kind == "csv":
        rows = list(csv.DictReader(text.splitlines()))
        assert list(rows[0]) == list(CSV_COLUMNS) and all(r["status"] for r in rows)
    elif kind == "jsonl":
        assert all(json.loads(line)["text"] for line in text.splitlines())
    else:
        assert text.startswith("<!DOCTYPE html>") and "<script>" in text and "<style>" in text
        assert "http://" not in text and "https://" not in text  # self-contained: nothing fetched
    assert not list(tmp_path.glob("*.part"))


ERRORS = [
    # case, swap the two files, extra args, words in the error
    ("files-swapped", True, [], "not a unit record"),
    ("unknown-suffix", False, ["-o", "{tmp}/register.txt"], "unknown register format"),
    ("html-needs-a-file", False, ["--format", "html"], "needs -o"),
]


@pytest.mark.parametrize("case,swap,extra,words", ERRORS, ids=[c[0] for c in ERRORS])
def test_errors_are_one_line_and_exit_2(archive_output, tmp_path, case, swap, extra, words):
    units, meetings = archive_output
    args = [meetings, units] if swap else [units, meetings]
    result = run(*args, *[a.format(tmp=tmp_path) for a in extra])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0]


def test_a_damaged_line_is_named(archive_output, tmp_path):
    bad = tmp_path / "units.jsonl"
    bad.write_text(archive_output[0].read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    result = run(bad, archive_output[1])
    assert result.exit_code == 2 and f"units.jsonl:{len(bad.read_text().splitlines())}" in result.stderr


BLOCK_PANDAS = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"pandas", "matplotlib"}:
            raise ImportError(f"{name} is not installed (core install)")
sys.meta_path.insert(0, Block())
from extractor.cli import app
app(sys.argv[1:])
"""


def test_the_register_needs_no_pandas(archive_output, tmp_path):
    target = tmp_path / "register.html"
    done = subprocess.run([sys.executable, "-c", BLOCK_PANDAS, "register", *map(str, archive_output), "-o", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 1000
