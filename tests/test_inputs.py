"""Inputs beyond files and folders: quoted globs, `.zip` archives member by member (zip-bomb guards), `--from-file`."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.batch import gather
from extractor.cli import app
from extractor.inputs import ZipLimits, clean_parts, list_members, read_path_list
from extractor.read import SUPPORTED_SUFFIXES

from .archive_minutes import minutes_text, write_archive

runner = CliRunner()


def run(*args, input: bytes | str | None = None):
    return runner.invoke(app, [os.fspath(a) if isinstance(a, Path) else a for a in args], input=input,
                         catch_exceptions=False)


def meetings_of(path: Path) -> dict[str, dict]:
    return {m["doc_id"]: m for m in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def errors_of(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def make_zip(path: Path, members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return path


def encrypt_flag(path: Path) -> None:
    """Mark every member encrypted (the flag bit, in the local header and the directory), as a zip made with
    a password says; the standard library cannot write real encryption."""
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := raw.find(signature, start)) != -1:
            raw[start + offset] |= 0x1
            start += 4
    path.write_bytes(bytes(raw))


# ------------------------------------------------------------------------------------------------ archives

PARISH = minutes_text(1)[1]
CLUB = minutes_text(0)[1]

MEMBERS = [
    # case, members written, --max-bytes, doc_id expected (None: the member is refused), error words
    ("a member in a folder", {"2024/parish-apr.txt": PARISH}, "200000", "minutes/2024/parish-apr", None),
    ("a name climbing out of the archive", {"../../etc/parish.txt": PARISH}, "200000", "minutes/etc/parish", None),
    ("an absolute name", {"/srv/minutes/club.txt": CLUB}, "200000", "minutes/srv/minutes/club", None),
    ("a Windows name", {"C:\\minutes\\club.txt": CLUB}, "200000", "minutes/minutes/club", None),
    ("markdown keeps its format", {"notes/club.md": CLUB}, "200000", "minutes/notes/club", None),
    ("a zip bomb: megabytes of one byte", {"parish.txt": b"\0" * 3_000_000}, "50000000", None, "zip bomb"),
    ("a member over --max-bytes", {"parish.txt": PARISH * 1000}, "200000", None, "over the 200,000-byte limit"),
]


@pytest.mark.parametrize("case,members,max_bytes,doc_id,words", MEMBERS, ids=[m[0] for m in MEMBERS])
def test_archive_members_are_documents_named_by_archive_and_member(tmp_path, case, members, max_bytes, doc_id, words):
    archive = make_zip(tmp_path / "minutes.zip", members)
    result = run("extract", archive, "--meetings", tmp_path / "m.jsonl", "--max-bytes", max_bytes,
                 "--text-dir", tmp_path / "text")
    meetings = list(meetings_of(tmp_path / "m.jsonl").values())
    name = next(iter(members))
    assert len(meetings) == 1 and meetings[0]["source"] == f"{archive}:{name}"
    if doc_id is None:
        assert errors_of(result) == [f"error: {archive}:{name}: {meetings[0]['error']}"] and words in meetings[0]["error"]
        assert result.exit_code == 1
    else:
        assert meetings[0]["doc_id"] == doc_id and meetings[0]["error"] is None and result.exit_code == 0
        written = [p for p in (tmp_path / "text").rglob("*") if p.is_file()]
        assert written == [tmp_path / "text" / f"{doc_id}.txt"]  # inside --text-dir, whatever the name said


def test_a_bad_member_is_one_error_line_and_the_archive_goes_on(tmp_path):
    archive = make_zip(tmp_path / "spring.zip", {"a-parish.txt": PARISH, "b-bomb.txt": b" " * 5_000_000,
                                                  "c-club.txt": CLUB, "d-empty.txt": b""})
    result = run("extract", archive, "--meetings", tmp_path / "m.jsonl")
    meetings = meetings_of(tmp_path / "m.jsonl")
    assert list(meetings) == ["spring/a-parish", "spring/b-bomb", "spring/c-club", "spring/d-empty"]
    assert [m["error"] is None for m in meetings.values()] == [True, False, True, False]
    assert [line.split(": ")[1] for line in errors_of(result)] == [f"{archive}:b-bomb.txt", f"{archive}:d-empty.txt"]
    assert result.exit_code == 0


def test_an_encrypted_member_is_refused_unread(tmp_path):
    archive = make_zip(tmp_path / "locked.zip", {"parish.txt": PARISH})
    encrypt_flag(archive)
    result = run("extract", archive, "--meetings", tmp_path / "m.jsonl")
    assert "encrypted" in meetings_of(tmp_path / "m.jsonl")["locked/parish"]["error"] and result.exit_code == 1


SKIPPED = [
    # case, member name, reason counted in the summary
    ("a zip inside the zip is not followed", "older/2019.zip", "nested archive"),
    ("macOS resource forks", "__MACOSX/._parish.txt", "macOS ._ file"),
    ("an Office lock file", "~$parish.docx", "Office lock file"),
    ("a hidden file", ".trash/parish.txt", "hidden"),
    ("a spreadsheet", "budget.xlsx", "unsupported format"),
]


@pytest.mark.parametrize("case,name,reason", SKIPPED, ids=[s[0] for s in SKIPPED])
def test_members_that_are_not_minutes_are_skipped_and_counted(tmp_path, case, name, reason):
    archive = make_zip(tmp_path / "box.zip", {"club.txt": CLUB, name: b"PK\x03\x04 not read"})
    result = run("extract", archive, "--meetings", tmp_path / "m.jsonl")
    assert list(meetings_of(tmp_path / "m.jsonl")) == ["box/club"] and result.exit_code == 0
    assert f"1 skipped (1 {reason})" in result.stderr.splitlines()[-1]


def test_the_guards_read_the_archive_directory(tmp_path):
    archive = make_zip(tmp_path / "big.zip", {"a.txt": b"a" * 4_000, "b.txt": os.urandom(3_000), "c.txt": b"c" * 10})
    limits = ZipLimits(member_bytes=5_000, total_bytes=7_000, ratio=20, ratio_from=1_000)
    problems = [m.problem for m in list_members(archive, SUPPORTED_SUFFIXES, limits).members]
    assert "times its packed size" in problems[0]  # 4,000 repeated bytes pack to a few dozen
    assert problems[1] is None  # random bytes do not compress
    assert "unpack to over 7,000 bytes in all" in problems[2]


def test_a_damaged_archive_is_one_error_line(tmp_path):
    (tmp_path / "torn.zip").write_bytes(make_zip(tmp_path / "x.zip", {"club.txt": CLUB}).read_bytes()[:40])
    write_archive(tmp_path / "folder", 1)
    result = run("extract", tmp_path / "torn.zip", tmp_path / "folder", "--meetings", tmp_path / "m.jsonl")
    assert errors_of(result) == [f"error: {tmp_path / 'torn.zip'}: not a readable zip archive (File is not a zip file)"]
    assert result.exit_code == 0


def test_archives_in_a_folder_are_read_and_resume_by_member(tmp_path):
    folder = write_archive(tmp_path / "docs", 2)
    make_zip(folder / "older.zip", {"parish-2019.txt": PARISH, "club-2019.txt": CLUB})
    first = run("extract", folder, "-o", tmp_path / "u.jsonl", "--meetings", tmp_path / "m.jsonl", "-q")
    assert first.exit_code == 0
    assert list(meetings_of(tmp_path / "m.jsonl")) == ["club-000", "governors-001", "older/parish-2019",
                                                       "older/club-2019"]
    gathered = gather([folder])
    assert [s.shown for s in gathered.sources][2:] == [f"{folder / 'older.zip'}:parish-2019.txt",
                                                       f"{folder / 'older.zip'}:club-2019.txt"]


@pytest.mark.parametrize("name,parts", [
    ("minutes/2024/a.txt", ["minutes", "2024", "a.txt"]),
    ("../../a.txt", ["a.txt"]),
    ("/abs/./a.txt", ["abs", "a.txt"]),
    ("D:\\x\\..\\a.txt", ["x", "a.txt"]),
], ids=["plain", "climbing", "absolute", "windows drive"])
def test_member_names_stay_inside_the_archive(name, parts):
    assert clean_parts(name) == parts


def test_two_workers_read_archive_members_as_one_does(tmp_path):
    folder = write_archive(tmp_path / "docs", 6)
    members = {f"{n:02d}/minutes.txt": minutes_text(n)[1] for n in range(6, 16)}
    make_zip(tmp_path / "more.zip", members, zipfile.ZIP_STORED)
    outputs = []
    for workers in ("1", "2"):
        result = run("extract", folder, tmp_path / "more.zip", "-o", tmp_path / f"u{workers}.jsonl", "--meetings",
                     tmp_path / f"m{workers}.jsonl", "--workers", workers, "-q")
        assert result.exit_code == 0
        outputs.append((tmp_path / f"u{workers}.jsonl").read_bytes() + (tmp_path / f"m{workers}.jsonl").read_bytes())
    assert outputs[0] == outputs[1] and b'"doc_id": "more/15/minutes"' in outputs[0]


# -------------------------------------------------------------------------------------------------- globs

GLOBS = [
    # case, pattern (relative to the test folder), doc_ids expected, error line expected
    ("a quoted star", "docs/*.txt", ["club-000", "governors-001", "parish-002"], None),
    ("two stars span folders", "docs/**/*.md", ["tenants-003"], None),
    ("a character class", "docs/[cg]*.txt", ["club-000", "governors-001"], None),
    ("a pattern matching nothing", "docs/*.pdf", [], "no files match the pattern"),
]


@pytest.mark.parametrize("case,pattern,doc_ids,error", GLOBS, ids=[g[0] for g in GLOBS])
def test_quoted_glob_patterns_are_expanded(tmp_path, case, pattern, doc_ids, error):
    folder = write_archive(tmp_path / "docs", 3)
    (folder / "deeper").mkdir()
    (folder / "deeper" / "tenants-003.md").write_text(minutes_text(3)[1], encoding="utf-8")
    (tmp_path / "harbour-notes.txt").write_text(minutes_text(5)[1], encoding="utf-8")
    result = run("extract", str(tmp_path / pattern), tmp_path / "harbour-notes.txt", "--meetings", tmp_path / "m.jsonl")
    found = [d for d, m in meetings_of(tmp_path / "m.jsonl").items() if m["error"] is None]
    assert found == doc_ids + ["harbour-notes"]
    assert [e for e in errors_of(result)] == ([f"error: {tmp_path / pattern}: {error}"] if error else [])


# ---------------------------------------------------------------------------------------------- --from-file

LISTS = [
    # case, list file text ({d} is the docs folder), doc_ids expected
    ("one path a line", "{d}/club-000.txt\n{d}/parish-002.txt\n", ["club-000", "parish-002"]),
    ("comments and blank lines", "# spring batch\n\n{d}/club-000.txt\n   \n# {d}/parish-002.txt\n", ["club-000"]),
    ("a folder, a pattern and spaces around", "  {d}/sub  \n{d}/gov*.txt\n", ["governors-001", "tenants-009"]),
]


@pytest.mark.parametrize("case,text,doc_ids", LISTS, ids=[c[0] for c in LISTS])
def test_paths_are_read_from_a_list_file(tmp_path, case, text, doc_ids):
    folder = write_archive(tmp_path / "docs", 3)
    (folder / "sub").mkdir()
    (folder / "sub" / "tenants-009.txt").write_text(minutes_text(9)[1], encoding="utf-8")
    listing = tmp_path / "batch.list"
    listing.write_text(text.format(d=folder), encoding="utf-8")
    result = run("extract", "--from-file", listing, "--meetings", tmp_path / "m.jsonl")
    assert result.exit_code == 0, result.stderr
    assert sorted(meetings_of(tmp_path / "m.jsonl")) == doc_ids
    assert read_path_list(str(listing))  # the library function reads the same file


def test_the_list_can_come_from_standard_input(tmp_path):
    folder = write_archive(tmp_path / "docs", 2)
    result = run("extract", folder / "club-000.txt", "--from-file", "-", "--meetings", tmp_path / "m.jsonl",
                 input=f"{folder / 'governors-001.txt'}\n")
    assert result.exit_code == 0 and list(meetings_of(tmp_path / "m.jsonl")) == ["club-000", "governors-001"]


LIST_FAULTS = [
    # case, arguments, words on the one error line
    ("a list file that is not there", ["--from-file", "absent.list"], "absent.list: cannot read the list of paths"),
    ("standard input asked for twice", ["-", "--from-file", "-"], "cannot be both a document (-) and the --from-file"),
    ("no input at all", [], "no input given"),
]


@pytest.mark.parametrize("case,args,words", LIST_FAULTS, ids=[c[0] for c in LIST_FAULTS])
def test_list_faults_are_one_line(tmp_path, case, args, words):
    result = run("extract", *args)
    assert result.exit_code == 2 and len(errors_of(result)) == 1 and words in errors_of(result)[0]
