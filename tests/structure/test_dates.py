"""find_dates: the dates of header lines, and its pre-checks (a digit, the strings each pattern needs) change none."""

import datetime as dt
import re

import pytest

from extractor.structure import dates

LINES = [
    # (line, the dates found)
    ("Minutes of the meeting held on Tuesday 4th March 2025 at 7.30 pm", [dt.date(2025, 3, 4)]),
    ("Board of Directors – 2024-11-19T18:00", [dt.date(2024, 11, 19)]),
    ("Regular Meeting, March 6, 2025, 6:00 p.m.", [dt.date(2025, 3, 6)]),
    ("Date: 14/06/2023", [dt.date(2023, 6, 14)]),
    ("Date: 4.3.25", [dt.date(2025, 3, 4)]),
    ("Meeting of 04-15-2025 (rescheduled)", [dt.date(2025, 4, 15)]),
    ("Staff huddle 23-Apr-26", [dt.date(2026, 4, 23)]),
    ("Committee notes 20250304", [dt.date(2025, 3, 4)]),
    ("AGM 30 September – 1 October 2025", [dt.date(2025, 9, 30)]),
    ("the third day of March, Two Thousand and Twenty-Six", [dt.date(2026, 3, 3)]),
    ("the twenty-first day of October 2025", [dt.date(2025, 10, 21)]),
    ("Committee meeting 3rd March '26 – Café Room", [dt.date(2026, 3, 3)]),
    ("Réunion du 12 mars / Meeting of 12 March 2024", [dt.date(2024, 3, 12)]),
    ("Meeting on \u0664 March 2025", [dt.date(2025, 3, 4)]),  # an Arabic-Indic four: \d reads it
    ("Staff huddle \u0664-Mar-\u0662\u0666", [dt.date(2026, 3, 4)]),  # no ASCII digit at all: the gate's \d must read them
    ("Tue Apr  3 16:00:11 2012 <kim> we start", [dt.date(2012, 4, 3)]),
    ("Paragraph 4.3.25 of the policy was amended", []),
    ("The treasurer may circulate the accounts before the next meeting.", []),
    ("Agreed: the café reopens in spring", []),
    ("Section 3.1.2 – no change", []),
]


@pytest.mark.parametrize("text,expected", LINES, ids=[t for t, _ in LINES])
def test_dates_found(text, expected):
    assert [found.date for found in dates.find_dates(text)] == expected


@pytest.mark.parametrize("text", [t for t, _ in LINES], ids=[t for t, _ in LINES])
def test_prechecks_change_nothing(text, monkeypatch):
    checked = dates.find_dates(text)
    monkeypatch.setattr(dates, "_DIGIT", re.compile(""))
    monkeypatch.setattr(dates, "_GATED", [(pattern, ()) for pattern, _ in dates._GATED])
    assert dates.find_dates(text) == checked
