"""`minutes extract` over archives as they come: faults in the output, the inputs and the run itself."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.write import BatchOutput

from .archive_minutes import journal_docs
from .conftest import EXAMPLES, REPO

runner = CliRunner()
TODAY = "12 March 2024"


def run(*args, input: bytes | str | None = None):
    return runner.invoke(app, [os.fspath(a) if isinstance(a, Path) else a for a in args], input=input,
                         catch_exceptions=False)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line, parse_constant=_no_constant) for line in path.read_text(encoding="utf-8").splitlines()]


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def minutes(number: int, paragraphs: int = 3) -> str:
    """Invented parish minutes, a little different each time."""
    body = "\n".join(
        f"{k + 1}. Item {k + 1}\nThe clerk reported {number * 7 + k} enquiries about plot {k + 3}. "
        f"ACTION: Dana Reyes to reply by Friday. The committee agreed to spend £{100 + number} on seed."
        for k in range(paragraphs))
    return (f"Fernmoor Allotment Society\nMinutes of the committee meeting held on {1 + number % 27} March 2024\n\n"
            f"Present: Dana Reyes (Chair), Omar Haddad, Lise Brandt\n\n{body}\n")


def folder_of(tmp_path: Path, count: int, paragraphs: int = 3) -> Path:
    folder = tmp_path / "minutes"
    folder.mkdir()
    for number in range(count):
        (folder / f"fernmoor-{number:03d}.txt").write_text(minutes(number, paragraphs), encoding="utf-8")
    return folder


def no_traceback(result) -> bool:
    return "Traceback" not in result.stderr and "Traceback" not in result.stdout


# ------------------------------------------------------------------------------------------ output safety


def test_a_run_where_every_document_fails_keeps_the_earlier_output(tmp_path):
    (tmp_path / "u.jsonl").write_text('{"doc_id": "earlier"}\n')
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    result = run("extract", bad, "-o", tmp_path / "u.jsonl")
    assert result.exit_code == 1 and "is unchanged (no document could be read)" in result.stderr
    assert (tmp_path / "u.jsonl").read_text() == '{"doc_id": "earlier"}\n'
    assert not list(tmp_path.glob("u.jsonl.*"))


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    folder = folder_of(tmp_path, 1)
    holder = BatchOutput(tmp_path / "u.jsonl", None, settings={})
    holder.open(resume=False)  # a first run still writing
    try:
        result = run("extract", folder, "-o", tmp_path / "u.jsonl")
    finally:
        holder.close(keep_parts=False)
    assert result.exit_code == 1 and no_traceback(result)
    assert f"error: {tmp_path / 'u.jsonl'}: another minutes run (pid {os.getpid()}) is writing it" in result.stderr


OUTPUT_FAULTS = [
    # case, extra arguments (tmp is the test folder), exit status, words on the one error line
    ("disk full", lambda tmp: ["-o", "/dev/full"], 1, "error: /dev/full: cannot write it: No space left on device"),
    ("read-only file system", lambda tmp: ["-o", "/proc/minutes-units.jsonl"], 1, "error: /proc/minutes-units.jsonl"),
    ("output below a file", lambda tmp: ["-o", tmp / "notes.txt" / "u.jsonl"], 1, "cannot use it as output"),
    ("output is a folder", lambda tmp: ["-o", tmp], 1, "is a folder; give a file name for the output"),
    ("--meetings equal to -o", lambda tmp: ["-o", tmp / "out.jsonl", "--meetings", tmp / "out.jsonl"], 2,
     "names the same file as -o"),
    ("--text-dir below a file", lambda tmp: ["-o", tmp / "u.jsonl", "--text-dir", tmp / "notes.txt"], 1,
     "cannot write the text"),
]


@pytest.mark.skipif(not Path("/dev/full").exists() or not Path("/proc/self").exists(), reason="Linux devices")
@pytest.mark.parametrize("case,extra,status,words", OUTPUT_FAULTS, ids=[c[0] for c in OUTPUT_FAULTS])
def test_an_output_fault_is_one_line_naming_the_path(tmp_path, case, extra, status, words):
    folder = folder_of(tmp_path, 2)
    (tmp_path / "notes.txt").write_text("not a folder")
    result = run("extract", folder, *extra(tmp_path))
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert result.exit_code == status and no_traceback(result)
    assert len(errors) == 1 and words in errors[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_a_fifo_output_is_written_through_and_stays_a_fifo(tmp_path):
    folder = folder_of(tmp_path, 2)
    fifo = tmp_path / "units.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("extract", folder, "-o", fifo, "-q")
    reader.join(timeout=60)
    assert result.exit_code == 0 and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert {json.loads(line)["doc_id"] for line in received[0].splitlines()} == {"fernmoor-000", "fernmoor-001"}


def test_dev_null_output_stays_a_device(tmp_path):
    result = run("extract", folder_of(tmp_path, 1), "-o", "/dev/null", "--meetings", "/dev/null", "-q")
    assert result.exit_code == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode)


# ----------------------------------------------------------------------------------------------- resume


def unit_lines(path: Path) -> Counter:
    return Counter(path.read_text(encoding="utf-8").splitlines())


def test_resume_after_ctrl_c_gives_each_document_once(tmp_path, monkeypatch):
    import extractor.batch as batch

    folder = folder_of(tmp_path, 6)
    clean = run("extract", folder, "-o", tmp_path / "clean.jsonl", "--meetings", tmp_path / "clean-m.jsonl", "-q")
    assert clean.exit_code == 0
    real_read, calls = batch.read_file_bytes, Counter()

    def interrupt_at_fourth(path, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(batch, "read_file_bytes", interrupt_at_fourth)
    first = run("extract", folder, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "--workers", "1")
    assert first.exit_code == 130 and "Run the same command with --resume to continue" in first.stderr
    monkeypatch.setattr(batch, "read_file_bytes", real_read)
    second = run("extract", folder, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "--resume")
    assert second.exit_code == 0 and "resuming: 3 documents already done" in second.stderr
    assert "3 documents" in second.stderr.splitlines()[-1] and "3 kept from the interrupted run" in second.stderr
    assert unit_lines(tmp_path / "u.jsonl") == unit_lines(tmp_path / "clean.jsonl")
    assert unit_lines(tmp_path / "m.jsonl") == unit_lines(tmp_path / "clean-m.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["clean-m.jsonl", "clean.jsonl", "m.jsonl",
                                                                           "u.jsonl"]


def test_resume_redoes_a_document_whose_file_changed(tmp_path, monkeypatch):
    import extractor.batch as batch

    folder = folder_of(tmp_path, 3)
    real_read, calls = batch.read_file_bytes, Counter()

    def interrupt_at_third(path, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(batch, "read_file_bytes", interrupt_at_third)
    run("extract", folder, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "--workers", "1")
    monkeypatch.setattr(batch, "read_file_bytes", real_read)
    (folder / "fernmoor-000.txt").write_text(minutes(0).replace("Omar Haddad", "Omar Haddad, Ines Varo"))
    result = run("extract", folder, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "--resume", "-q")
    assert result.exit_code == 0
    meetings = read_jsonl(tmp_path / "m.jsonl")
    assert sorted(m["doc_id"] for m in meetings) == ["fernmoor-000", "fernmoor-001", "fernmoor-002"]
    changed = next(m for m in meetings if m["doc_id"] == "fernmoor-000")
    assert "Ines Varo" in [p["name"] for p in changed["attendees"]]


def test_resume_with_other_options_is_refused(tmp_path, monkeypatch):
    import extractor.batch as batch

    folder = folder_of(tmp_path, 3)
    monkeypatch.setattr(batch, "read_file_bytes", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))
    run("extract", folder, "-o", tmp_path / "u.jsonl", "--workers", "1")
    monkeypatch.undo()
    result = run("extract", folder, "-o", tmp_path / "u.jsonl", "--all", "--resume")
    assert result.exit_code == 2 and "other settings (all)" in result.stderr and no_traceback(result)


def test_kill_9_of_a_real_run_then_resume_gives_each_document_once(tmp_path):
    folder = folder_of(tmp_path, 40, paragraphs=12)
    units, meetings = tmp_path / "u.jsonl", tmp_path / "m.jsonl"
    command = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-o", str(units), "--meetings",
               str(meetings), "-q"]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = tmp_path / "u.jsonl.progress"
    deadline = time.monotonic() + 300
    while journal_docs(journal) < 3 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL and 3 <= journal_docs(journal) < 40, "killed mid-run"
    assert not units.exists() and (tmp_path / "u.jsonl.part").exists()
    resumed = run("extract", folder, "-o", units, "--meetings", meetings, "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    clean = run("extract", folder, "-o", tmp_path / "clean.jsonl", "--meetings", tmp_path / "clean-m.jsonl", "-q")
    assert clean.exit_code == 0
    assert sorted(m["doc_id"] for m in read_jsonl(meetings)) == [f"fernmoor-{n:03d}" for n in range(40)]
    assert unit_lines(units) == unit_lines(tmp_path / "clean.jsonl")
    assert unit_lines(meetings) == unit_lines(tmp_path / "clean-m.jsonl")


@pytest.mark.parametrize("workers, count, done_before_signal", [("1", 40, 2), ("2", 60, 3)])
def test_sigterm_stops_a_real_run_like_ctrl_c(tmp_path, workers, count, done_before_signal):
    folder = folder_of(tmp_path, count, paragraphs=12)
    command = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-o", str(tmp_path / "u.jsonl"),
               "--workers", workers]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while journal_docs(tmp_path / "u.jsonl.progress") < done_before_signal and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    child.send_signal(signal.SIGTERM)
    stderr = child.communicate(timeout=120)[1]
    assert child.returncode == 130 and "Traceback" not in stderr
    assert "interrupted: " in stderr and "Run the same command with --resume to continue" in stderr
    assert (tmp_path / "u.jsonl.part").exists() and not (tmp_path / "u.jsonl").exists()


# ------------------------------------------------------------------------------------------------ stalls


def test_a_document_over_its_time_budget_gets_an_error_record_and_the_batch_goes_on(tmp_path, monkeypatch):
    import extractor.batch as batch

    folder = folder_of(tmp_path, 3)
    real_run = batch._run

    def stall_on_the_second(source, *args):
        if source.doc_id == "fernmoor-001":
            time.sleep(60)  # a stage that never ends, as far as the batch can tell
        return real_run(source, *args)

    monkeypatch.setattr(batch, "_run", stall_on_the_second)
    started = time.monotonic()
    # a budget the other documents meet even on a loaded 2-core machine (0.5 s was missed under load)
    result = run("extract", folder, "--meetings", tmp_path / "m.jsonl", "--doc-timeout", "5", "-q", "--workers", "1")
    assert time.monotonic() - started < 50
    meetings = {m["doc_id"]: m for m in read_jsonl(tmp_path / "m.jsonl")}
    assert "--doc-timeout" in meetings["fernmoor-001"]["error"]
    assert meetings["fernmoor-000"]["error"] is None and meetings["fernmoor-002"]["error"] is None
    assert result.exit_code == 0 and "error: " in result.stderr


BUDGETS = [
    # case, file size in bytes, doc_timeout, seconds a MB, budget named in the error
    ("a small file gets the base budget", 1_000, 0.3, 0.5, "its 0.3 s budget"),
    ("a big file gets its size's budget", 1_600_000, 0.3, 0.5, "its 0.8 s budget"),
]


@pytest.mark.parametrize("case,size,base,per_mb,named", BUDGETS, ids=[c[0] for c in BUDGETS])
def test_the_time_budget_grows_with_the_file(tmp_path, monkeypatch, shipped_nlp, case, size, base, per_mb, named):
    import extractor.batch as batch

    path = tmp_path / "volume.txt"
    path.write_text(("The hall was booked. " * (size // 21 + 1))[:size], encoding="utf-8")
    monkeypatch.setattr(batch, "_run", lambda *args: time.sleep(60))
    result = next(batch.process(batch.collect_sources([path]), shipped_nlp, doc_timeout=base, timeout_per_mb=per_mb))
    assert result.status == "failed" and named in result.meeting.error


def test_a_document_that_ends_after_its_budget_before_the_alarm_is_still_over_it(tmp_path, monkeypatch, shipped_nlp):
    import extractor.batch as batch

    # a worker thread's timer may get the interpreter only after a short document has ended
    monkeypatch.setattr(batch._ThreadAlarm, "start", lambda self, seconds: None)
    monkeypatch.setattr(batch.threading, "main_thread", lambda: None)  # as on a Dask task thread
    path = tmp_path / "parish.txt"
    path.write_text("Present: Cllr Ada Quill (Chair).\nThe Clerk will order two new benches.\n", encoding="utf-8")
    real_run = batch._run
    monkeypatch.setattr(batch, "_run", lambda *args: (time.sleep(0.3), real_run(*args))[1])
    over = next(batch.process(batch.collect_sources([path]), shipped_nlp, doc_timeout=0.2))
    within = next(batch.process(batch.collect_sources([path]), shipped_nlp, doc_timeout=30))
    assert over.status == "failed" and "its 0.2 s budget" in over.meeting.error
    assert within.meeting.error is None and within.unit_lines


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_a_fifo_among_the_inputs_does_not_hang(tmp_path):
    folder = folder_of(tmp_path, 1)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    result = run("extract", folder, tmp_path / "named.txt", "--meetings", tmp_path / "m.jsonl")
    assert result.exit_code == 0
    assert "pipe.txt: skipped (not a regular file)" in result.stderr
    assert "named.txt: is a FIFO (named pipe), not a regular file" in result.stderr


def test_long_documents_report_each_step(tmp_path, monkeypatch):
    import extractor.batch as batch

    monkeypatch.setattr(batch, "PROGRESS_CHARS", 100)
    result = run("extract", folder_of(tmp_path, 1), "-o", tmp_path / "u.jsonl", "--workers", "1")
    steps = [line for line in result.stderr.splitlines() if "fernmoor-000.txt: " in line and " done after " in line]
    assert [line.split(": ")[1].split(" done")[0] for line in steps] == [
        "read", "minutes_structure", "minutes_units", "minutes_cues", "minutes_resolver", "minutes_classifier"]


# ---------------------------------------------------------------------------------- silent wrong answers


def test_a_file_given_twice_or_inside_a_folder_given_is_read_once(tmp_path):
    folder = folder_of(tmp_path, 2)
    one = folder / "fernmoor-000.txt"
    result = run("extract", folder, one, one, "--meetings", tmp_path / "m.jsonl")
    assert sorted(m["doc_id"] for m in read_jsonl(tmp_path / "m.jsonl")) == ["fernmoor-000", "fernmoor-001"]
    assert "2 named twice" in result.stderr


DOC_IDS = [
    # case, files to write (relative paths), paths given (relative), doc_ids expected
    ("same stem, two folders given as files", ["north/2023-01-10.txt", "south/2023-01-10.txt"],
     ["north/2023-01-10.txt", "south/2023-01-10.txt"], ["north/2023-01-10", "south/2023-01-10"]),
    ("same stem, other suffix", ["board/minutes.txt", "board/minutes.md"], ["board"],
     ["minutes.md", "minutes.txt"]),
    ("names differing in case only", ["a/Minutes.txt", "b/minutes.txt"], ["a", "b"], ["a/Minutes", "b/minutes"]),
]


@pytest.mark.parametrize("case,files,given,expected", DOC_IDS, ids=[c[0] for c in DOC_IDS])
def test_doc_ids_are_unique_and_texts_never_overwrite_each_other(tmp_path, monkeypatch, case, files, given, expected):
    monkeypatch.chdir(tmp_path)
    for number, name in enumerate(files):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(minutes(number), encoding="utf-8")
    result = run("extract", *given, "--all", "-o", "u.jsonl", "--meetings", "m.jsonl", "--text-dir", "text")
    assert result.exit_code == 0
    assert sorted(m["doc_id"] for m in read_jsonl(Path("m.jsonl"))) == sorted(expected)
    assert len(list(Path("text").rglob("*.txt"))) == len(files)
    for unit in read_jsonl(Path("u.jsonl")):
        text = (Path("text") / f"{unit['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[unit["start"]:unit["end"]] == unit["text"]
        assert unit["source"].endswith(".txt") or unit["source"].endswith(".md")


def test_a_file_name_that_is_not_utf8_does_not_stop_the_batch(tmp_path):
    folder = folder_of(tmp_path, 1)
    odd = os.path.join(os.fsencode(folder), b"caf\xe9-minutes.txt")
    with open(odd, "w", encoding="utf-8") as handle:
        handle.write(minutes(5))
    result = run("extract", folder, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "--text-dir",
                 tmp_path / "text")
    assert result.exit_code == 0 and no_traceback(result)
    assert sorted(m["doc_id"] for m in read_jsonl(tmp_path / "m.jsonl")) == ["caf\ufffd-minutes", "fernmoor-000"]
    assert (tmp_path / "text" / "caf\ufffd-minutes.txt").exists()


def test_output_is_valid_json_even_when_a_component_produces_nan(tmp_path, monkeypatch):
    from extractor.classify.component import ClassifierComponent

    real_call = ClassifierComponent.__call__

    def nan_for_one(self, doc):
        doc = real_call(self, doc)
        if doc._.source["doc_id"] == "fernmoor-001":
            for span in doc.spans["units"]:
                span._.confidence = float("nan")
        return doc

    monkeypatch.setattr(ClassifierComponent, "__call__", nan_for_one)
    result = run("extract", folder_of(tmp_path, 2), "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl",
                 "--workers", "1")
    meetings = {m["doc_id"]: m for m in read_jsonl(tmp_path / "m.jsonl")}  # strict JSON: NaN would raise
    assert "not valid JSON" in meetings["fernmoor-001"]["error"] and meetings["fernmoor-000"]["error"] is None
    assert {u["doc_id"] for u in read_jsonl(tmp_path / "u.jsonl")} == {"fernmoor-000"}
    assert result.exit_code == 0


# ---------------------------------------------------------------------------------------- command line


def test_standard_input_is_read_with_a_dash(tmp_path):
    result = run("extract", "-", "--all", "-q", input=minutes(2).encode("utf-8"))
    units = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and units and {u["doc_id"] for u in units} == {"stdin"}
    assert {u["source"] for u in units} == {"<stdin>"}


def test_hidden_lock_and_apple_files_are_skipped_and_counted(tmp_path):
    folder = folder_of(tmp_path, 1)
    for name in ("~$fernmoor-000.docx", "._fernmoor-000.txt", ".draft.txt"):
        (folder / name).write_bytes(b"\x00\x01lock")
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text(minutes(9))
    result = run("extract", folder, "--meetings", tmp_path / "m.jsonl")
    assert result.exit_code == 0 and "error:" not in result.stderr
    assert [m["doc_id"] for m in read_jsonl(tmp_path / "m.jsonl")] == ["fernmoor-000"]
    assert "4 skipped (2 hidden, 1 Office lock file, 1 macOS ._ file)" in result.stderr


def test_nothing_skipped_is_not_mentioned(tmp_path):
    result = run("extract", folder_of(tmp_path, 1), "-o", tmp_path / "u.jsonl")
    assert result.stderr.splitlines()[-1].endswith("; 0 failed")


def test_many_warnings_are_summarised(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(30):
        (folder / f"note-{number:02d}.txt").write_text(f"Team notes\n\nWe tidied shed {number}.\n")
    result = run("extract", folder, "-o", tmp_path / "u.jsonl")
    lines = result.stderr.splitlines()
    assert sum(line.startswith("warning: ") and ".txt: " in line for line in lines) == 20
    summary = next(line for line in lines if "more warnings not shown" in line)
    assert summary.startswith("warning: 40 more warnings not shown: ")  # two a note, 20 of the 60 shown
    assert "no attendee list found (20)" in summary and "no meeting date found (20)" in summary


def test_a_missing_path_among_good_ones_is_an_error_line_and_the_batch_goes_on(tmp_path):
    folder = folder_of(tmp_path, 2)
    result = run("extract", folder, tmp_path / "gone.txt", "--meetings", tmp_path / "m.jsonl")
    assert result.exit_code == 0
    assert f"error: {tmp_path / 'gone.txt'}: no such file or folder" in result.stderr
    meetings = {m["doc_id"]: m for m in read_jsonl(tmp_path / "m.jsonl")}
    assert meetings["gone"]["error"] == "no such file or folder" and meetings["fernmoor-001"]["error"] is None


BAD_OPTIONS = [
    ("negative --max-bytes", ["--max-bytes", "-5"], "--max-bytes"),
    ("zero --max-bytes", ["--max-bytes", "0"], "--max-bytes"),
    ("negative --doc-timeout", ["--doc-timeout", "-1"], "--doc-timeout"),
]


@pytest.mark.parametrize("case,options,named", BAD_OPTIONS, ids=[c[0] for c in BAD_OPTIONS])
def test_bad_option_values_are_refused(tmp_path, case, options, named):
    result = run("extract", folder_of(tmp_path, 1), *options)
    assert result.exit_code == 2 and named in result.stderr and not result.stdout


def test_inspect_all_can_be_turned_off():
    path = EXAMPLES / "harbourside-cabinet-2024-03-12.txt"  # two `other` units: a title and a declaration
    shown, hidden = run("inspect", path), run("inspect", path, "--no-all")
    assert shown.exit_code == hidden.exit_code == 0
    assert any(line.lstrip().startswith("other ") for line in shown.stdout.splitlines())
    assert not any(line.lstrip().startswith("other ") for line in hidden.stdout.splitlines())


def test_train_asks_for_force_before_replacing_a_folder(tmp_path):
    data = tmp_path / "doccano.jsonl"
    data.write_text("".join(json.dumps({"text": text, "label": [label]}) + "\n" for text, label in [
        ("ACTION: Dana to order the seed.", "action"), ("The committee agreed the budget.", "resolution"),
        ("Plot rent income was £1,240.", "metric"), ("The shed roof has been repaired.", "update"),
        ("Apologies were received from Omar.", "other")] * 2), encoding="utf-8")
    target = tmp_path / "model"
    target.mkdir()
    (target / "keep.txt").write_text("someone's pipeline")
    refused = run("train", data, "-o", target)
    assert refused.exit_code == 2 and "pass --force" in refused.stderr
    assert (target / "keep.txt").read_text() == "someone's pipeline"
    forced = run("train", data, "-o", target, "--force")
    assert forced.exit_code == 0 and (target / "minutes_classifier" / "model.json").exists()
