"""Shared fixtures: the repository's paths and ../shared (tests that need it skip without it)."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
MODEL = REPO / "models" / "minutes-en"


@pytest.fixture(scope="session")
def shared_dev() -> Path:
    dev = SHARED / "dev"
    if not (dev / "gold.jsonl").exists():
        pytest.skip("../shared/dev is not present in this checkout (read-only team data)")
    return dev


@pytest.fixture(scope="session")
def shipped_nlp():
    from extractor.pipeline import load_pipeline

    return load_pipeline(MODEL)
