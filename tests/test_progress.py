"""Progress on stderr: a bar for a terminal, plain lines for a log, nothing with --quiet; a closing summary."""

from __future__ import annotations

import io
import os

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.progress import BatchProgress, duration, figures

from .archive_minutes import write_archive

runner = CliRunner()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


DURATIONS = [
    ("seconds keep a decimal", 4.24, "4.2s"),
    ("minutes and seconds", 185, "3m05s"),
    ("hours and minutes", 7_620, "2h07m"),
]


@pytest.mark.parametrize("case,seconds,shown", DURATIONS, ids=[d[0] for d in DURATIONS])
def test_durations(case, seconds, shown):
    assert duration(seconds) == shown


FIGURES = [
    # case, done, total, failed, elapsed seconds, line
    ("under way", 120, 1_000, 3, 30.0, "120/1,000 documents, 3 failed, 4.0 documents/s, about 3m40s left"),
    ("finished: no time left shown", 50, 50, 0, 10.0, "50/50 documents, 0 failed, 5.0 documents/s"),
    ("nothing done yet", 0, 10, 0, 0.0, "0/10 documents, 0 failed, 0.0 documents/s"),
]


@pytest.mark.parametrize("case,done,total,failed,elapsed,line", FIGURES, ids=[f[0] for f in FIGURES])
def test_figures(case, done, total, failed, elapsed, line):
    assert figures(done, total, failed, elapsed) == line


STREAMS = [
    # case, stream, quiet, mode, escape codes expected, lines expected
    ("a log file gets plain lines", io.StringIO, False, "lines", False, True),
    ("--quiet gets nothing", io.StringIO, True, "off", False, False),
    ("a terminal gets the bar", Terminal, False, "bar", True, False),
    ("a quiet terminal gets nothing", Terminal, True, "off", False, False),
]


@pytest.mark.parametrize("case,kind,quiet,mode,escapes,lines", STREAMS, ids=[s[0] for s in STREAMS])
def test_the_stream_decides_how_progress_is_shown(case, kind, quiet, mode, escapes, lines):
    stream = kind()
    with BatchProgress(3, quiet=quiet, stream=stream, interval=0.0) as progress:
        for failed in (False, True, False):
            progress.advance(failed=failed)
    text = stream.getvalue()
    assert progress.mode == mode and (progress.done, progress.failed) == (3, 1)
    assert ("\x1b[" in text) == escapes
    assert ("progress: 3/3 documents, 1 failed" in text) == lines


def test_a_run_logged_to_a_file_has_no_escape_codes_and_a_closing_summary(tmp_path):
    folder = write_archive(tmp_path / "docs", 3)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "budget.xlsx").write_bytes(b"PK")
    result = runner.invoke(app, ["extract", os.fspath(folder), "-o", os.fspath(tmp_path / "u.jsonl")])
    assert "\x1b" not in result.stderr
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith("3 documents, ") and " units written in " in summary
    assert summary.endswith("; 1 failed; 1 skipped (1 unsupported format)")


def test_quiet_runs_print_only_errors(tmp_path):
    folder = write_archive(tmp_path / "docs", 2)
    (folder / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", os.fspath(folder), "-o", os.fspath(tmp_path / "u.jsonl"), "-q"])
    assert [line.split(":")[0] for line in result.stderr.splitlines()] == ["error"]
