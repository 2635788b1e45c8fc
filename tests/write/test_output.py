"""BatchOutput: outputs replaced only by a complete run; an interrupted run resumes with each document once."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from extractor.write import BatchOutput, OutputError, UsageError

SETTINGS = {"all": False, "meetings": "m.jsonl", "model": None}


def unit(doc_id: str, index: int) -> str:
    return json.dumps({"doc_id": doc_id, "index": index, "text": f"Unit {index} of {doc_id}."}) + "\n"


def meeting(doc_id: str) -> str:
    return json.dumps({"doc_id": doc_id, "title": f"Minutes {doc_id}"}) + "\n"


def write_docs(out: BatchOutput, names: list[str]) -> None:
    for name in names:
        out.write(name, f"sha-{name}", [unit(name, 0), unit(name, 1)], meeting(name))


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def doc_ids(path: Path) -> list[str]:
    return sorted(record["doc_id"] for record in lines(path))


@pytest.fixture
def paths(tmp_path) -> tuple[Path, Path]:
    return tmp_path / "u.jsonl", tmp_path / "m.jsonl"


def interrupted(paths, names=("a", "b")) -> BatchOutput:
    """A run that wrote `names` whole and then stopped (Ctrl-C or kill -9: the files are the same)."""
    out = BatchOutput(*paths, settings=SETTINGS)
    out.open(resume=False)
    write_docs(out, list(names))
    out.close(keep_parts=True)
    return out


def test_a_complete_run_replaces_the_outputs_and_leaves_nothing_else(paths):
    units, meetings = paths
    units.write_text("old\n")
    out = BatchOutput(units, meetings, settings=SETTINGS)
    out.open(resume=False)
    write_docs(out, ["a", "b"])
    assert units.read_text() == "old\n"  # untouched while the run goes on
    out.commit()
    assert doc_ids(units) == ["a", "a", "b", "b"] and doc_ids(meetings) == ["a", "b"]
    assert sorted(p.name for p in units.parent.iterdir()) == ["m.jsonl", "u.jsonl"]


def test_an_interrupted_run_keeps_the_earlier_output_and_its_part_files(paths):
    units, meetings = paths
    units.write_text("complete earlier run\n")
    out = interrupted(paths)
    assert units.read_text() == "complete earlier run\n" and not meetings.exists()
    assert [p.name for p in out.parts()] == ["u.jsonl.part", "m.jsonl.part"]
    assert (units.parent / "u.jsonl.progress").exists() and not (units.parent / "u.jsonl.lock").exists()


def test_a_run_where_every_document_failed_keeps_an_existing_output(paths):
    units, meetings = paths
    units.write_text("complete earlier run\n")
    out = BatchOutput(units, meetings, settings=SETTINGS)
    out.open(resume=False)
    out.write("bad", None, [], json.dumps({"doc_id": "bad", "error": "file is empty"}) + "\n")
    notes = out.commit(replace_existing=False)
    assert units.read_text() == "complete earlier run\n" and notes == [f"{units} is unchanged (no document could be read)"]
    assert doc_ids(meetings) == ["bad"]  # a new output is still written
    assert not list(units.parent.glob("*.part"))


TORN = [
    # case, what kill -9 left after documents a and b were whole, documents kept by --resume
    ("nothing after b", lambda u, m, j: None, ["a", "b"]),
    ("c's units written, c not journalled", lambda u, m, j: _append(u, unit("c", 0) + unit("c", 1)), ["a", "b"]),
    ("c's unit line torn", lambda u, m, j: _append(u, unit("c", 0)[:17]), ["a", "b"]),
    ("c's meeting line torn", lambda u, m, j: (_append(u, unit("c", 0)), _append(m, meeting("c")[:9])), ["a", "b"]),
    ("c whole but its journal line torn",
     lambda u, m, j: (_append(u, unit("c", 0)), _append(m, meeting("c")), _append(j, '{"doc_id": "c", "sha')),
     ["a", "b"]),
    ("b's journal line lost", lambda u, m, j: _drop_last_line(j), ["a"]),
    ("journal holds only its header", lambda u, m, j: (_drop_last_line(j), _drop_last_line(j)), []),
]


def _append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)


def _drop_last_line(path: Path) -> None:
    kept = path.read_text().splitlines(keepends=True)[:-1]
    path.write_text("".join(kept))


@pytest.mark.parametrize("case,damage,kept", TORN, ids=[c[0] for c in TORN])
def test_resume_keeps_whole_journalled_documents_only(paths, case, damage, kept):
    units, meetings = paths
    out = interrupted(paths)
    damage(units.with_name("u.jsonl.part"), meetings.with_name("m.jsonl.part"), out.journal_path)
    again = BatchOutput(units, meetings, settings=SETTINGS)
    resumed = again.open(resume=True)
    assert sorted(resumed.done) == kept
    rest = [name for name in ("a", "b", "c", "d") if name not in kept]
    write_docs(again, rest)
    again.commit()
    assert doc_ids(meetings) == ["a", "b", "c", "d"]  # every document exactly once
    assert doc_ids(units) == sorted(["a", "b", "c", "d"] * 2)


LOST = [
    # case, what happened to an interrupted run's files, documents --resume keeps
    ("units part deleted", lambda u, m: u.unlink(), []),
    ("meetings part deleted", lambda u, m: m.unlink(), []),
    ("b's meeting line removed by hand", lambda u, m: m.write_text(meeting("a")), ["a"]),
]


@pytest.mark.parametrize("case,lose,kept", LOST, ids=[c[0] for c in LOST])
def test_resume_keeps_only_documents_still_in_the_part_files(paths, case, lose, kept):
    units, meetings = paths
    interrupted(paths)
    lose(units.with_name("u.jsonl.part"), meetings.with_name("m.jsonl.part"))
    again = BatchOutput(units, meetings, settings=SETTINGS)
    assert sorted(again.open(resume=True).done) == kept
    write_docs(again, [name for name in ("a", "b") if name not in kept])
    again.commit()
    assert doc_ids(meetings) == ["a", "b"] and doc_ids(units) == ["a", "a", "b", "b"]


def test_resume_then_kill_again_then_resume(paths):
    units, meetings = paths
    interrupted(paths, ["a"])
    second = BatchOutput(units, meetings, settings=SETTINGS)
    second.open(resume=True)
    write_docs(second, ["b"])
    _append(units.with_name("u.jsonl.part"), unit("c", 0)[:5])  # killed while writing c
    second.close(keep_parts=True)
    third = BatchOutput(units, meetings, settings=SETTINGS)
    assert sorted(third.open(resume=True).done) == ["a", "b"]
    write_docs(third, ["c"])
    third.commit()
    assert doc_ids(meetings) == ["a", "b", "c"]


def test_forget_drops_a_finished_document_whose_file_changed(paths):
    units, meetings = paths
    interrupted(paths, ["a", "b"])
    again = BatchOutput(units, meetings, settings=SETTINGS)
    again.open(resume=True)
    again.forget({"a"})
    write_docs(again, ["a"])
    again.commit()
    assert doc_ids(meetings) == ["a", "b"] and doc_ids(units) == ["a", "a", "b", "b"]


def test_resume_with_other_settings_is_refused(paths):
    interrupted(paths)
    with pytest.raises(UsageError, match=r"other settings \(all\)"):
        BatchOutput(*paths, settings={**SETTINGS, "all": True}).open(resume=True)
    assert paths[0].with_name("u.jsonl.part").exists()  # the interrupted work is still there


def test_a_second_run_on_the_same_output_is_refused(paths):
    first = BatchOutput(*paths, settings=SETTINGS)
    first.open(resume=False)
    with pytest.raises(OutputError) as caught:
        BatchOutput(paths[0], None, settings=SETTINGS).open(resume=False)
    assert str(caught.value) == f"{paths[0]}: another minutes run (pid {os.getpid()}) is writing it; wait for it " \
                                "to finish or choose another output"
    first.commit()
    second = BatchOutput(paths[0], None, settings=SETTINGS)  # free again once the first is done
    second.open(resume=False)
    second.commit()


def test_a_symlink_is_followed_and_kept(tmp_path):
    real = tmp_path / "store" / "units.jsonl"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "units.jsonl"
    link.symlink_to(real)
    out = BatchOutput(link, None, settings=SETTINGS)
    out.open(resume=False)
    write_docs(out, ["a"])
    out.commit()
    assert link.is_symlink() and doc_ids(real) == ["a", "a"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_a_character_device_is_written_through_never_replaced():
    out = BatchOutput(Path("/dev/null"), None, settings=SETTINGS)
    out.open(resume=False)
    write_docs(out, ["a"])
    out.commit()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and out.parts() == []


REFUSED = [
    # case, output path (made by the function), error words
    ("a folder", lambda tmp: tmp, "is a folder; give a file name for the output"),
    ("below a regular file", lambda tmp: _file(tmp / "notes.txt") / "u.jsonl", "cannot use it as output: Not a directory"),
]


def _file(path: Path) -> Path:
    path.write_text("x")
    return path


@pytest.mark.parametrize("case,make,words", REFUSED, ids=[c[0] for c in REFUSED])
def test_targets_that_cannot_be_written_are_one_error_naming_them(tmp_path, case, make, words):
    target = make(tmp_path)
    with pytest.raises(OutputError) as caught:
        BatchOutput(target, None, settings=SETTINGS).open(resume=False)
    assert str(caught.value) == f"{target}: {words}"


def test_units_and_meetings_in_one_file_are_refused(tmp_path):
    with pytest.raises(UsageError, match="names the same file"):
        BatchOutput(tmp_path / "out.jsonl", tmp_path / "." / "out.jsonl", settings=SETTINGS)


def test_resume_to_standard_output_is_refused():
    with pytest.raises(UsageError, match="--resume needs -o naming a regular file"):
        BatchOutput(None, None, settings=SETTINGS).open(resume=True)
