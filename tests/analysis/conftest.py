"""The example archive extracted once per test session with the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.analysis.archive import extract_archive, read_jsonl

from ..conftest import EXAMPLES, MODEL

ARCHIVE = EXAMPLES / "archive"


@pytest.fixture(scope="session")
def archive_output(tmp_path_factory) -> tuple[Path, Path]:
    """(units.jsonl, meetings.jsonl) of examples/archive."""
    return extract_archive(ARCHIVE, tmp_path_factory.mktemp("archive"), model=MODEL)


@pytest.fixture(scope="session")
def archive_records(archive_output) -> tuple[list[dict], list[dict]]:
    units, meetings = archive_output
    return read_jsonl(units), read_jsonl(meetings)
