"""`minutes extract --workers N`: the same bytes as one process, in input order, and as safe to interrupt."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.parallel import DOCS_PER_WORKER, plan_workers, usable_cores

from .archive_minutes import journal_docs, minutes_text, write_archive
from .conftest import REPO

runner = CliRunner()


def run(*args, input: bytes | str | None = None):
    return runner.invoke(app, [os.fspath(a) if isinstance(a, Path) else a for a in args], input=input,
                         catch_exceptions=False)


def outputs(folder: Path, tmp: Path, name: str, *options: str, input: str | None = None) -> tuple[bytes, bytes]:
    result = run("extract", folder, *options, "-o", tmp / f"{name}.jsonl", "--meetings", tmp / f"{name}-m.jsonl",
                 "--all", "-q", input=input)
    assert result.exit_code == 0, result.stderr
    return (tmp / f"{name}.jsonl").read_bytes(), (tmp / f"{name}-m.jsonl").read_bytes()


PLANS = [
    # case, --workers given, documents to process, cores usable, workers started
    ("one asked for", 1, 500, 2, 1),
    ("never more workers than documents", 4, 3, 2, 3),
    ("asked for more than the cores", 4, 500, 2, 4),
    ("default: every core for a big batch", None, 500, 2, 2),
    ("default: a small batch stays in one process", None, DOCS_PER_WORKER + 3, 2, 1),
    ("default: one worker a core with enough work each", None, 2 * DOCS_PER_WORKER, 4, 2),
    ("default: a single document", None, 1, 8, 1),
]


@pytest.mark.parametrize("case,requested,documents,cores,expected", PLANS, ids=[p[0] for p in PLANS])
def test_workers_planned(monkeypatch, case, requested, documents, cores, expected):
    import extractor.parallel as parallel

    monkeypatch.setattr(parallel, "usable_cores", lambda: cores)
    assert plan_workers(requested, documents) == expected


def test_usable_cores_are_the_affinity_of_this_process():
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert usable_cores() == expected


def test_two_workers_write_the_same_bytes_as_one(tmp_path):
    folder = write_archive(tmp_path / "archive", 14)
    (folder / "empty-000.txt").write_bytes(b"")  # a failure keeps its place in the order too
    (folder / "scan-001.pdf").write_bytes(b"%PDF-1.4 truncated")
    one = outputs(folder, tmp_path, "one", "--workers", "1", "--text-dir", str(tmp_path / "text1"))
    two = outputs(folder, tmp_path, "two", "--workers", "2", "--text-dir", str(tmp_path / "text2"))
    assert one == two
    meetings = [json.loads(line) for line in one[1].splitlines()]
    assert [m["doc_id"] for m in meetings] == sorted(m["doc_id"] for m in meetings)  # input (sorted) order
    assert sum(m["error"] is not None for m in meetings) == 2
    texts = sorted(p.name for p in (tmp_path / "text2").iterdir())
    assert texts == sorted(p.name for p in (tmp_path / "text1").iterdir()) and len(texts) == 14
    assert all((tmp_path / "text1" / n).read_bytes() == (tmp_path / "text2" / n).read_bytes() for n in texts)


def test_workers_started_by_spawn_write_the_same_bytes(tmp_path, monkeypatch):
    import multiprocessing

    import extractor.parallel as parallel

    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))  # macOS, Windows
    folder = write_archive(tmp_path / "archive", 5)
    assert outputs(folder, tmp_path, "one", "--workers", "1") == outputs(folder, tmp_path, "two", "--workers", "2")


def test_standard_input_goes_to_a_worker_as_bytes(tmp_path):
    folder = write_archive(tmp_path / "archive", 3)
    _, text = minutes_text(7)
    one = outputs(folder, tmp_path, "one", "-", "--workers", "1", input=text)
    two = outputs(folder, tmp_path, "two", "-", "--workers", "3", input=text)
    assert one == two and b'"doc_id": "stdin"' in one[1]


def test_every_document_over_its_budget_in_a_worker_gets_an_error_record(tmp_path):
    folder = write_archive(tmp_path / "archive", 4)
    result = run("extract", folder, "--meetings", tmp_path / "m.jsonl", "--workers", "2", "--doc-timeout", "0.001")
    meetings = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text().splitlines()]
    assert len(meetings) == 4 and all("--doc-timeout" in m["error"] for m in meetings)
    assert result.exit_code == 1  # nothing could be read


def test_a_model_the_workers_cannot_load_is_one_line_before_any_output(tmp_path):
    folder = write_archive(tmp_path / "archive", 3)
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.cfg").write_text("[nlp]\nlang = \"xx-not-a-language\"\n")
    result = run("extract", folder, "-o", tmp_path / "u.jsonl", "--workers", "2", "--model", tmp_path / "model")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")][0].startswith(
        f"error: {tmp_path / 'model'}")
    assert not list(tmp_path.glob("u.jsonl*"))


def _children_of(pid: int) -> set[int]:
    """Processes whose parent, or parent's parent (a forkserver), is `pid` (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    direct = {p for p, parent in parents.items() if parent == pid}
    return direct | {p for p, parent in parents.items() if parent in direct}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from Linux /proc")
def test_kill_9_of_a_parallel_run_then_resume_gives_each_document_once(tmp_path):
    folder = write_archive(tmp_path / "archive", 60)
    units, meetings = tmp_path / "u.jsonl", tmp_path / "m.jsonl"
    command = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-o", str(units), "--meetings",
               str(meetings), "--workers", "2", "-q"]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = tmp_path / "u.jsonl.progress"
    deadline = time.monotonic() + 300
    while journal_docs(journal) < 5 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    workers = _children_of(child.pid)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL and 5 <= journal_docs(journal) < 60, "killed mid-run"
    assert workers, "the run had worker processes"
    assert not units.exists() and (tmp_path / "u.jsonl.part").exists()
    deadline = time.monotonic() + 60
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}/stat").exists() and ") Z " not in Path(f"/proc/{pid}/stat").read_text()
                   for pid in workers), "workers outlive a killed parent"
    resumed = run("extract", folder, "-o", units, "--meetings", meetings, "--resume", "--workers", "2")
    assert resumed.exit_code == 0, resumed.stderr
    assert "documents already done" in resumed.stderr
    clean = run("extract", folder, "-o", tmp_path / "c.jsonl", "--meetings", tmp_path / "c-m.jsonl", "--workers", "1")
    assert clean.exit_code == 0
    clean = (tmp_path / "c.jsonl").read_bytes(), (tmp_path / "c-m.jsonl").read_bytes()
    ids = [json.loads(line)["doc_id"] for line in meetings.read_text().splitlines()]
    assert sorted(ids) == sorted(p.stem for p in folder.iterdir()) and len(set(ids)) == 60
    assert sorted(units.read_bytes().splitlines()) == sorted(clean[0].splitlines())
    assert sorted(meetings.read_bytes().splitlines()) == sorted(clean[1].splitlines())


class _Recorder:
    """Stands in for the process pool: finished futures at once, a record of what is in flight."""

    def __init__(self, broken: set[str] = frozenset()) -> None:
        self.submitted: list[str] = []
        self.broken = broken

    def submit(self, source):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        from extractor.batch import failed_result

        self.submitted.append(source.doc_id)
        future: Future = Future()
        if source.doc_id in self.broken and self.submitted.count(source.doc_id) == 1:
            future.set_exception(BrokenProcessPool("a worker died"))
        else:
            future.set_result(failed_result(source, "txt", "not read in this test", None, "internal"))
        return future


def _sources(count: int):
    from extractor.batch import Source

    return [Source(Path(f"/archive/minutes-{n:03d}.txt"), f"minutes-{n:03d}", f"minutes-{n:03d}.txt")
            for n in range(count)]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_only_a_few_documents_a_worker_are_in_flight(monkeypatch, workers):
    from extractor.parallel import IN_FLIGHT_PER_WORKER, WorkerPool, WorkSettings

    recorder = _Recorder()
    monkeypatch.setattr(WorkerPool, "_submit", lambda pool, source: recorder.submit(source))
    pool = WorkerPool(WorkSettings(model=None), workers)
    most = 0
    for taken, result in enumerate(pool.run(_sources(50)), start=1):
        assert result.source.doc_id == f"minutes-{taken - 1:03d}"  # input order
        most = max(most, len(recorder.submitted) - taken)
    assert most == workers * IN_FLIGHT_PER_WORKER - 1 and len(recorder.submitted) == 50


def test_a_worker_that_dies_fails_its_document_and_the_rest_go_on(monkeypatch):
    from extractor.parallel import WorkerPool, WorkSettings

    recorder = _Recorder(broken={"minutes-004"})
    monkeypatch.setattr(WorkerPool, "_submit", lambda pool, source: recorder.submit(source))
    restarts = []
    monkeypatch.setattr(WorkerPool, "_start", lambda pool: restarts.append(1))
    monkeypatch.setattr(WorkerPool, "stop", lambda pool, now=False: None)
    results = list(WorkerPool(WorkSettings(model=None), 2).run(_sources(10)))
    assert [r.source.doc_id for r in results] == [f"minutes-{n:03d}" for n in range(10)]
    died = results[4]
    assert died.error_kind == "internal" and "worker process reading it died" in died.meeting.error
    assert restarts == [1] and recorder.submitted.count("minutes-005") == 2  # in flight when it died: sent again


@pytest.mark.parametrize("case,workers,answers,raises", [
    ("all-load", 3, [(None, False)] * 3, None),
    ("second-fails", 2, [(None, False), ("cannot read the model", False)], "cannot read the model"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_check_probes_every_worker_so_they_load_the_pipeline_at_once(case, workers, answers, raises):
    """The executor starts a process only for a submission no idle worker can take: one probe a worker."""
    from concurrent.futures import Future

    from extractor.errors import MinutesError
    from extractor.parallel import WorkerPool, WorkSettings, _probe

    submitted = []

    class Executor:
        def submit(self, fn):
            future = Future()
            future.set_result(answers[len(submitted)])
            submitted.append(fn)
            return future

    pool = WorkerPool(WorkSettings(model=None), workers)
    pool._executor = Executor()
    if raises:
        with pytest.raises(MinutesError, match=raises):
            pool.check()
    else:
        assert pool.check() is False
    assert submitted == [_probe] * workers


def test_an_interrupt_ends_the_pool_even_when_a_worker_died_halfway_through_sending_a_result(monkeypatch):
    """A worker ended by the interrupt while it was writing a result (likely on a loaded machine, where the
    parent drains the pipe slowly) leaves part of a message in the result pipe. The executor's thread then
    waits for the rest, which never comes, and Python waits for that thread before it exits: the run hung
    after printing "interrupted". `stop(now=True)` must leave no such thread behind."""
    import multiprocessing
    import struct
    from concurrent.futures import ProcessPoolExecutor

    from extractor.parallel import WorkerPool, WorkSettings

    # a plain worker (no pipeline to load) is enough: what matters is the executor's own machinery
    monkeypatch.setattr(WorkerPool, "_start", lambda pool: setattr(
        pool, "_executor", ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))))
    pool = WorkerPool(WorkSettings(model=None), 1).__enter__()
    executor = pool._executor
    assert executor.submit(os.getpid).result(timeout=60) > 0  # the worker is up
    executor.submit(time.sleep, 60)  # a document in flight when the interrupt comes
    manager, writer = executor._executor_manager_thread, executor._result_queue._writer
    # what a worker killed mid-send leaves: a length header and only the start of the message
    os.write(writer.fileno(), struct.pack("!i", 100_000) + b"\x80\x04partial")
    try:
        pool.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)
        manager.join(timeout=30)
        assert not manager.is_alive(), "the executor's thread still waits: Python would not exit"
    finally:
        if manager.is_alive():  # let this test session end even when the check failed
            writer.close()
            manager.join(timeout=30)


WARM = [
    # case, what the forkserver loaded (None: nothing), change to the folder after, the worker uses the warm copy
    ("the run's folder, unchanged", "folder", None, True),
    ("nothing loaded (the load failed there)", None, None, False),
    ("a file retrained in place since", "folder", "rewrite", False),
    ("a file added since", "folder", "add", False),
    ("another folder", "other", None, False),
]


@pytest.mark.parametrize("case,loaded,change,used", WARM, ids=[c[0] for c in WARM])
def test_a_worker_uses_the_forkservers_pipeline_only_for_this_runs_folder_as_it_is(monkeypatch, tmp_path, case,
                                                                                  loaded, change, used):
    """The forkserver loads the pipeline once (extractor.warm) and workers forked from it start with it; one
    forked for another folder, or for files changed since, loads its own."""
    import types

    from extractor import parallel, warm

    folder, other = tmp_path / "model", tmp_path / "other"
    for path in (folder, other):
        (path / "minutes_classifier").mkdir(parents=True)
        (path / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
        (path / "minutes_classifier" / "model.json").write_text("{}", encoding="utf-8")
    pipeline = object()
    fake = types.SimpleNamespace(pipeline=pipeline if loaded else None, folder_key=warm.folder_key,
                                 key=warm.folder_key(str(other if loaded == "other" else folder)))
    if change == "rewrite":
        (folder / "minutes_classifier" / "model.json").write_text('{"weights": []}', encoding="utf-8")
    elif change == "add":
        (folder / "extra.json").write_text("{}", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "extractor.warm", fake)
    assert (parallel._warm_pipeline(str(folder)) is pipeline) is used


def test_starting_the_forkserver_leaves_this_process_environment_as_it_was(monkeypatch):
    from multiprocessing import forkserver

    from extractor import parallel
    from extractor.parallel import MODEL_ENV

    seen = []
    monkeypatch.setattr(forkserver, "ensure_running", lambda: seen.append(os.environ.get(MODEL_ENV)))
    monkeypatch.delenv(MODEL_ENV, raising=False)
    parallel._start_forkserver("/models/minutes-en")
    assert seen == ["/models/minutes-en"] and MODEL_ENV not in os.environ
