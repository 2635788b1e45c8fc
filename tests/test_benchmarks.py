"""The benchmark archive builder: the requested number of distinct files of each format, readable back."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from benchmarks.archive import Source, archive_documents, build_archive, cached_archive, cycle_shift, shift_years
from extractor.read import read_document

# Invented minutes: one with years (varied by moving them), one without (varied by a reference line).
SOURCES = [
    Source("ferncliffe-allotments-2021-04-06", "FERNCLIFFE ALLOTMENT SOCIETY\n\nCommittee meeting, 6 April 2021\n\n"
           "Present: Iris Whitlow (Chair), Bram Oduya, Kes Penhallow\n\n1. ACCOUNTS\n\n"
           "The 2020/21 accounts showed a surplus of £412.\n- Bram Oduya to file the return by 30 April 2021.\n\n"
           "| Plot | Holder |\n|---|---|\n| 14 | Kes Penhallow |\n"),
    Source("quillon-standup", "Quillon standup\n\nShip the parser fix today.\n* Tova: reviewing the docs PR\n"),
]


@pytest.mark.parametrize(
    "case, text, shift, expected",
    [
        ("plain year", "held on 6 April 2021", 2, "held on 6 April 2023"),
        ("financial year span", "the 2020/21 accounts", -1, "the 2019/20 accounts"),
        ("ISO date keeps its month", "2019-08-13", 3, "2022-08-13"),
        ("not a year", "1,284 quitters, version 3.2019, code 12019", 5, "1,284 quitters, version 3.2019, code 12019"),
        ("no shift", "in 2021", 0, "in 2021"),
    ],
)
def test_shift_years(case: str, text: str, shift: int, expected: str) -> None:
    assert shift_years(text, shift) == expected


def test_cycle_shift_alternates_around_the_original_years() -> None:
    assert [cycle_shift(c) for c in range(5)] == [0, 1, -1, 2, -2]


def test_documents_are_distinct_even_without_years() -> None:
    documents = archive_documents(SOURCES, 9)
    assert len({d.text for d in documents}) == 9
    assert len({d.name for d in documents}) == 9
    assert "6 April 2022" in documents[2].text and "2021/22 accounts" in documents[2].text  # second cycle: +1 year
    assert "Minutes reference 00003" in documents[3].text  # the yearless source repeated


@pytest.mark.parametrize("case, count, rich", [("some rich", 5, 2), ("all rich", 3, 3), ("txt only", 4, 0)])
def test_build_archive_writes_distinct_files_of_each_format(tmp_path: Path, case: str, count: int, rich: int) -> None:
    archive = build_archive(SOURCES, count, rich, tmp_path)
    assert (len(archive.txt), len(archive.pdf), len(archive.docx)) == (count, rich, rich)
    for paths in (archive.txt, archive.pdf, archive.docx):
        assert len({hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}) == len(paths)
    for txt, pdf, docx in zip(archive.txt, archive.pdf, archive.docx):
        first_line = txt.read_text(encoding="utf-8").splitlines()[0]
        assert first_line in read_document(pdf).text
        assert first_line in read_document(docx).text
    if rich and count > 2:  # the Markdown table became a Word table: one row, cells tab-separated
        assert "14\tKes Penhallow" in read_document(archive.docx[0]).text


def test_cached_archive_is_built_once(tmp_path: Path) -> None:
    first = cached_archive(3, 1, SOURCES, cache=tmp_path)
    stamp = first.txt[0].stat().st_mtime_ns
    again = cached_archive(3, 1, SOURCES, cache=tmp_path)
    assert again == first and again.txt[0].stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [first.root.name]  # no half-built folder left behind
