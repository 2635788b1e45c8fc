"""The same minutes as .txt, .html, .pdf and .docx read to the same lines.

This is what lets sentence and bullet splitting downstream give the same
units whatever format a council published in.  Lines are compared after
dropping bullet glyphs and folding whitespace (tabs between table cells,
blank lines), nothing more.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.read import read_document
from extractor.read.pdf import pdf_pages

from .builders import SAMPLE, sample_docx, sample_html, sample_pdf, sample_txt

_BULLET = re.compile(r"^\s*[•●▪◦·*-]\s+")


def normalised_lines(text: str) -> list[str]:
    lines = (" ".join(_BULLET.sub("", line).split()) for line in text.splitlines())
    return [line for line in lines if line]


@pytest.fixture(scope="module")
def minutes_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("same-minutes")
    contents = {
        "minutes.txt": sample_txt().encode("utf-8"),
        "minutes.html": sample_html().encode("utf-8"),
        "minutes.docx": sample_docx(),
        "minutes.pdf": sample_pdf(),
        "minutes-page-break-mid-paragraph.pdf": sample_pdf(push_down=400),
    }
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in contents}


def test_pdf_fixture_is_realistic(minutes_files: dict[str, Path]) -> None:
    for name in ("minutes.pdf", "minutes-page-break-mid-paragraph.pdf"):
        pages = pdf_pages(minutes_files[name].read_bytes())
        assert len(pages) >= 2
        assert sum(len(lines) for lines in pages) > len(normalised_lines(sample_txt())) + 4
    split = pdf_pages(minutes_files["minutes-page-break-mid-paragraph.pdf"].read_bytes())
    assert not split[0][-1].endswith(".")


def test_txt_reference_has_every_part(minutes_files: dict[str, Path]) -> None:
    lines = normalised_lines(read_document(minutes_files["minutes.txt"]).text)
    assert lines[:3] == [SAMPLE.title, SAMPLE.date_line, "Present:"]
    assert "3. Finance report" in lines
    assert SAMPLE.items[2].paragraphs[0] in lines
    assert "To circulate the revised budget – Peter Lowe." in lines
    assert "RESOLVED – That the report be noted." in lines


@pytest.mark.parametrize(
    "case, name",
    [
        ("html in moderngov layout", "minutes.html"),
        ("word document", "minutes.docx"),
        ("pdf with running header and page numbers", "minutes.pdf"),
        ("pdf with a paragraph split over pages", "minutes-page-break-mid-paragraph.pdf"),
    ],
)
def test_same_lines_as_txt(minutes_files: dict[str, Path], case: str, name: str) -> None:
    expected = normalised_lines(read_document(minutes_files["minutes.txt"]).text)
    assert normalised_lines(read_document(minutes_files[name]).text) == expected
