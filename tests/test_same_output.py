"""The shipped pipeline's records on our own minutes, frozen before the speed work (issue 10).

Every unit and meeting record of the examples/ folder and a fixed sample of training_data/docs is
compared, field by field, with the JSONL in tests/fixtures/same_output/. A speed change must leave
labels, confidences, owners, due dates, metrics and every other field as they were. When a change
is *meant* to alter output, regenerate the fixtures with `python -m tests.test_same_output` and
say so in the commit.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import pytest

from extractor.batch import collect_sources, process
from extractor.schema import as_json

from .conftest import EXAMPLES, REPO

FIXTURES = REPO / "tests" / "fixtures" / "same_output"
TRAINING_DOCS = REPO / "training_data" / "docs"
SAMPLE_EVERY = 6  # about one training document in 6, of every kind and shape


def sampled(path: Path) -> bool:
    """Chosen by a hash of the file name, not by position, so adding training minutes leaves the
    sample of the others as it was."""
    return zlib.crc32(path.name.encode("utf-8")) % SAMPLE_EVERY == 0


def sample_paths() -> list[Path]:
    """The minutes frozen, relative to the repository (records name their source path)."""
    examples = sorted(p for p in EXAMPLES.rglob("*") if p.is_file())
    training = sorted(p for p in TRAINING_DOCS.iterdir() if sampled(p))
    return [p.relative_to(REPO) for p in examples + training]


def run(nlp, paths: list[Path]) -> tuple[list[dict], list[dict]]:
    """(meeting records, unit records) as the CLI writes them with --all."""
    meetings, units = [], []
    for result in process(collect_sources(paths), nlp, include_other=True):
        meetings.append(as_json(result.meeting))
        units.extend(as_json(u) for u in result.units)
    return meetings, units


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def current(shipped_nlp) -> tuple[list[dict], list[dict]]:
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return run(shipped_nlp, sample_paths())
    finally:
        os.chdir(cwd)


def test_same_documents_in_the_same_order(current):
    meetings, _ = current
    expected = read_jsonl(FIXTURES / "meetings.jsonl")
    assert [m["doc_id"] for m in meetings] == [m["doc_id"] for m in expected]


@pytest.mark.parametrize("kind", ["meetings", "units"])
def test_every_record_as_frozen(current, kind):
    got = current[0] if kind == "meetings" else current[1]
    expected = read_jsonl(FIXTURES / f"{kind}.jsonl")
    assert len(got) == len(expected)
    for new, old in zip(got, expected):
        assert new == old, f"{old['doc_id']}: {kind} record changed"


def regenerate() -> None:
    from extractor.pipeline import load_pipeline

    os.chdir(REPO)
    meetings, units = run(load_pipeline(REPO / "models" / "minutes-en"), sample_paths())
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for kind, records in (("meetings", meetings), ("units", units)):
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        (FIXTURES / f"{kind}.jsonl").write_text(lines, encoding="utf-8")
    print(f"{len(meetings)} meetings, {len(units)} units written to {FIXTURES}")


if __name__ == "__main__":
    regenerate()
