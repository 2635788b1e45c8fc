"""_classify tries each line pattern only where the character it opens on is there: lines whose kind hangs on
such a character (a Turkish capital I, Arabic-Indic digits, no-break or em spaces) keep their kind."""

import re

import pytest

from extractor.structure import layout

LINES = [
    # (line, kind)
    ("3.", "marker"),
    ("Item 12", "marker"),
    ("ITEM 4a)", "marker"),
    ("\u0130tem 5", "marker"),  # 'İ' is an i to the IGNORECASE 'item'
    ("\u0131tem 6", "marker"),  # and so is a dotless 'ı'
    ("\u0663.", "marker"),  # an Arabic-Indic three: \d reads it
    ("  \u00a0 7", "marker"),
    ("</AI3>", "rule"),
    ("<AI12>", "rule"),
    ("| --- | :---: |", "rule"),
    ("\u00a0\u00a0* * *", "rule"),
    ("=====", "rule"),
    ("___", "rule"),
    ("{{agenda}}", "rule"),
    ("  ## Finance report", "heading"),
    ("=== Finance ===", "heading"),
    ("[19:02] <kim> we should book the hall", "bullet"),
    ("18:02 <lou> agreed", "bullet"),
    ("<max> the quote came in", "bullet"),
    ("Name\u2003\u2003\u2003Role\u2003\u2003\u2003Organisation", "table"),
    ("Ann Lee\tChair\tParish Council", "table"),
    ("Item of business", "text"),
    ("The hall was booked for 3 June.", "text"),
]


@pytest.mark.parametrize("text,kind", LINES, ids=[t for t, _ in LINES])
def test_line_kinds(text, kind):
    assert layout._classify(0, 0, text, layout.default_layout_rules()).kind == kind


OLD_COLUMN_GAPS = re.compile(r"\t+|\s{3,}")
GAPPED = ["Ann Lee\t\tChair   Parish", "a \t b", "a  \u00a0b\u00a0\u00a0\u00a0c", "a\t  b  c", "\t\tx", "a \x1c\x1d b",
          "x\n\n\ny", "one two three", "tab\tthen   \t spaces"]


@pytest.mark.parametrize("text", GAPPED)
def test_column_gaps_split_as_before(text):
    assert layout.COLUMN_GAPS.split(text) == OLD_COLUMN_GAPS.split(text)
