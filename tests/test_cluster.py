"""`--engine dask`: the pipeline on a Dask cluster (a LocalCluster on loopback here) writes what one process does."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

from .archive_minutes import minutes_text, write_archive

distributed = pytest.importorskip("distributed", reason="the cluster extra (in the test extra) is not installed")

runner = CliRunner()


def run(*args, input: bytes | str | None = None):
    return runner.invoke(app, [os.fspath(a) if isinstance(a, Path) else a for a in args], input=input,
                         catch_exceptions=False)


@pytest.fixture(scope="module")
def scheduler():
    """Two single-thread workers in this process, reached over TCP on loopback; no dashboard."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, host="127.0.0.1",
                                  protocol="tcp", dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def outputs(tmp: Path, name: str, *args, input: str | None = None) -> bytes:
    result = run("extract", *args, "-o", tmp / f"{name}.jsonl", "--meetings", tmp / f"{name}-m.jsonl", "--all", "-q",
                 input=input)
    assert result.exit_code == 0, result.stderr
    return (tmp / f"{name}.jsonl").read_bytes() + b"--\n" + (tmp / f"{name}-m.jsonl").read_bytes()


def test_a_dask_run_writes_the_same_bytes_as_one_process(tmp_path, scheduler):
    folder = write_archive(tmp_path / "docs", 40)  # three partitions
    (folder / "empty.txt").write_bytes(b"")
    one = outputs(tmp_path, "one", folder, "--workers", "1", "--text-dir", tmp_path / "t1")
    dask = outputs(tmp_path, "dask", folder, "--engine", "dask", "--scheduler", scheduler, "--text-dir", tmp_path / "t2")
    assert one == dask and one.count(b'"error": null') == 40
    assert [p.name for p in tmp_path.iterdir() if "partition" in p.name] == []  # merged and removed
    assert sorted(p.name for p in (tmp_path / "t2").iterdir()) == sorted(p.name for p in (tmp_path / "t1").iterdir())


def test_a_dask_run_resumes_an_interrupted_run_and_reads_standard_input(tmp_path, scheduler, monkeypatch):
    import extractor.batch as batch

    folder = write_archive(tmp_path / "docs", 20)
    text = minutes_text(30)[1]
    one = outputs(tmp_path, "one", folder, "-", "--workers", "1", input=text)
    real_read, calls = batch.read_file_bytes, {"n": 0}

    def interrupt_at_sixth(path, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(batch, "read_file_bytes", interrupt_at_sixth)
    options = ["-o", tmp_path / "dask.jsonl", "--meetings", tmp_path / "dask-m.jsonl", "--all"]
    first = run("extract", folder, "-", *options, "--workers", "1", input=text)
    assert first.exit_code == 130
    monkeypatch.setattr(batch, "read_file_bytes", real_read)
    resumed = run("extract", folder, "-", *options, "--engine", "dask", "--scheduler", scheduler, "--resume",
                  input=text)
    assert resumed.exit_code == 0 and "resuming: 5 documents already done" in resumed.stderr
    dask = (tmp_path / "dask.jsonl").read_bytes() + b"--\n" + (tmp_path / "dask-m.jsonl").read_bytes()
    assert dask == one and b'"doc_id": "stdin"' in one


def test_dask_needs_a_scheduler(tmp_path):
    result = run("extract", write_archive(tmp_path / "docs", 1), "--engine", "dask")
    assert result.exit_code == 2 and "needs --scheduler ADDRESS" in result.stderr


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = run("extract", write_archive(tmp_path / "docs", 1), "-o", tmp_path / "u.jsonl", "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9", "--errors", tmp_path / "e.jsonl")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert result.exit_code == 2 and len(errors) == 1 and "cannot reach the Dask scheduler" in errors[0]
    assert not list(tmp_path.glob("u.jsonl*"))


def test_every_document_over_its_budget_on_a_worker_thread_gets_an_error_record(tmp_path, scheduler):
    folder = write_archive(tmp_path / "docs", 3)
    result = run("extract", folder, "--meetings", tmp_path / "m.jsonl", "--engine", "dask", "--scheduler", scheduler,
                 "--doc-timeout", "0.001")
    meetings = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text().splitlines()]
    assert len(meetings) == 3 and all("--doc-timeout" in m["error"] for m in meetings)
    assert result.exit_code == 1


def test_a_partition_folder_the_workers_do_not_share_is_one_line_and_the_run_resumes(tmp_path, scheduler, monkeypatch):
    import extractor.cluster as cluster

    folder = write_archive(tmp_path / "docs", 40)
    real = cluster.process_partition

    def written_elsewhere(sources, settings, target):
        path = real(sources, settings, target)
        if "000001" in path:  # the second partition lands on a disk this machine cannot see
            os.unlink(path)
        return path

    monkeypatch.setattr(cluster, "process_partition", written_elsewhere)
    options = ["-o", tmp_path / "u.jsonl", "--engine", "dask", "--scheduler", scheduler]
    result = run("extract", folder, *options)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert result.exit_code == 1 and len(errors) == 1 and "Traceback" not in result.stderr
    assert "--partitions a folder every worker and this machine share" in errors[0]
    assert "16 documents written" in errors[0] and "--resume" in errors[0]
    monkeypatch.setattr(cluster, "process_partition", real)
    resumed = run("extract", folder, *options, "--resume")
    assert resumed.exit_code == 0 and "resuming: 16 documents already done" in resumed.stderr
