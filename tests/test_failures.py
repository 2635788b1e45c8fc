"""`--errors FILE` (one JSON record per failed document, written safely) and `--strict` (stop at the first)."""

from __future__ import annotations

import json
import os
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

from .archive_minutes import minutes_text, write_archive

runner = CliRunner()


def run(*args, input: bytes | str | None = None):
    return runner.invoke(app, [os.fspath(a) if isinstance(a, Path) else a for a in args], input=input,
                         catch_exceptions=False)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def lines(path: Path) -> Counter:
    return Counter(path.read_text(encoding="utf-8").splitlines())


FAILED = [
    # case, how the bad input is made (tmp, docs folder) -> path given, doc_id, reason class, words of the error
    ("an empty file", lambda tmp, d: _write(d / "blank.txt", b""), "blank", "unreadable", "empty"),
    ("a path that is not there", lambda tmp, d: tmp / "gone.txt", "gone", "missing", "no such file or folder"),
    ("a zip bomb member", lambda tmp, d: _zip(tmp / "pack.zip", {"bomb.txt": b"\0" * 4_000_000}), "pack/bomb",
     "unreadable", "zip bomb"),
    ("a PDF cut short", lambda tmp, d: _write(d / "scan.pdf", b"%PDF-1.7\n1 0 obj"), "scan", "unreadable", "PDF"),
]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path.parent


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return path


@pytest.mark.parametrize("case,make,doc_id,reason,words", FAILED, ids=[f[0] for f in FAILED])
def test_each_failed_document_has_one_record(tmp_path, case, make, doc_id, reason, words):
    docs = write_archive(tmp_path / "docs", 2)
    given = make(tmp_path, docs)
    extra = [given] if given != docs else []
    result = run("extract", docs, *extra, "-o", tmp_path / "u.jsonl", "--errors", tmp_path / "failed.jsonl", "-q")
    assert result.exit_code == 0
    [record] = records(tmp_path / "failed.jsonl")
    assert (record["doc_id"], record["reason"]) == (doc_id, reason) and words in record["error"]
    assert record["path"] in result.stderr and sorted(record) == ["doc_id", "error", "path", "reason"]
    assert not list(tmp_path.glob("failed.jsonl.*"))


def test_a_run_with_no_failures_writes_an_empty_errors_file(tmp_path):
    (tmp_path / "failed.jsonl").write_text('{"doc_id": "from last week"}\n')
    result = run("extract", write_archive(tmp_path / "docs", 2), "--errors", tmp_path / "failed.jsonl", "-q")
    assert result.exit_code == 0 and (tmp_path / "failed.jsonl").read_text() == ""


def test_an_interrupted_run_keeps_the_earlier_errors_file_and_resume_lists_each_failure_once(tmp_path, monkeypatch):
    import extractor.batch as batch

    docs = write_archive(tmp_path / "docs", 5)
    for name in ("a-empty.txt", "z-empty.txt"):
        (docs / name).write_bytes(b"")
    (tmp_path / "failed.jsonl").write_text('{"doc_id": "from last week"}\n')
    real_read, calls = batch.read_file_bytes, Counter()

    def interrupt_at_fifth(path, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(batch, "read_file_bytes", interrupt_at_fifth)
    options = ["-o", tmp_path / "u.jsonl", "--errors", tmp_path / "failed.jsonl", "--workers", "1"]
    first = run("extract", docs, *options)
    assert first.exit_code == 130
    assert (tmp_path / "failed.jsonl").read_text() == '{"doc_id": "from last week"}\n'
    assert [r["doc_id"] for r in records(tmp_path / "failed.jsonl.part")] == ["a-empty"]
    monkeypatch.setattr(batch, "read_file_bytes", real_read)
    second = run("extract", docs, *options, "--resume")
    assert second.exit_code == 0
    assert [r["doc_id"] for r in records(tmp_path / "failed.jsonl")] == ["a-empty", "z-empty"]


STRICT = [
    # case, workers
    ("in this process", "1"),
    ("with two worker processes", "2"),
]


@pytest.mark.parametrize("case,workers", STRICT, ids=[s[0] for s in STRICT])
def test_strict_stops_at_the_first_failure_and_the_run_resumes_once_it_is_fixed(tmp_path, case, workers):
    docs = write_archive(tmp_path / "docs", 24)
    (docs / "governors-005.txt").write_bytes(b"")
    order = sorted(path.stem for path in docs.iterdir())
    before = order[:order.index("governors-005")]  # the six club minutes, then governors-001
    options = ["-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "--errors", tmp_path / "failed.jsonl",
               "--workers", workers]
    stopped = run("extract", docs, *options, "--strict")
    assert stopped.exit_code == 1 and "Traceback" not in stopped.stderr
    assert f"stopped at the first failed document (--strict): {len(before)} documents written" in stopped.stderr
    assert "Run the same command with --resume to continue" in stopped.stderr
    assert not (tmp_path / "u.jsonl").exists() and [r["doc_id"] for r in records(tmp_path / "m.jsonl.part")] == before
    assert [r["doc_id"] for r in records(tmp_path / "failed.jsonl")] == ["governors-005"]
    (docs / "governors-005.txt").write_text(minutes_text(5)[1], encoding="utf-8")
    resumed = run("extract", docs, *options, "--strict", "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    assert f"resuming: {len(before)} documents already done" in resumed.stderr
    clean = run("extract", docs, "-o", tmp_path / "c.jsonl", "--meetings", tmp_path / "c-m.jsonl", "-q")
    assert clean.exit_code == 0
    assert lines(tmp_path / "u.jsonl") == lines(tmp_path / "c.jsonl")
    assert lines(tmp_path / "m.jsonl") == lines(tmp_path / "c-m.jsonl")
    assert records(tmp_path / "failed.jsonl") == []


def test_the_errors_file_cannot_be_an_output(tmp_path):
    result = run("extract", write_archive(tmp_path / "docs", 1), "-o", tmp_path / "u.jsonl", "--errors",
                 tmp_path / "u.jsonl")
    assert result.exit_code == 2 and "--errors" in result.stderr and "names the same file as -o" in result.stderr
