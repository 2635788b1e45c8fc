"""The register and metric series on examples/archive: six meetings of one invented trust."""

from __future__ import annotations

import pytest

from extractor.analysis.indicators import metric_series
from extractor.analysis.register import build_register

EXPECTED = [
    # case, how the action begins, status at the end of the archive
    ("policy-carried-then-completed", "ACTION: Lucy Tranter to draft a safeguarding policy", "done"),
    ("website-never-mentioned-again", "ACTION: Bram Oduya to update the trust's website", "overdue"),
    ("quotes-reported-completed", "ACTION: Devesh Rana to obtain three quotes", "done"),
    ("letter-carried-twice-then-completed", "ACTION: Margaret Ilsley to write to the district council", "done"),
    ("engineer-not-present-done", "ACTION: Gavin Solberg, the trust's contract fleet engineer", "done"),
    ("training-day-due-in-april", "ACTION: Owen Petrakis to arrange a refresher training day", "overdue"),
    ("accounts-circulated", "ACTION: Devesh Rana to circulate the draft annual accounts", "done"),
    ("bid-taken-up-as-a-new-action", "ACTION: Corinne Athow to prepare a funding bid", "carried forward"),
    ("rota-contract-due-in-may", "ACTION: Lucy Tranter to review the contract for the driver rota", "overdue"),
    ("drivers-carried-in-the-log", "ACTION: Owen Petrakis to recruit two more volunteer drivers", "carried forward"),
    ("bid-due-after-the-last-meeting", "ACTION: Corinne Athow to submit the funding bid", "open"),
    ("venue-due-after-the-last-meeting", "ACTION: Bram Oduya to book a venue", "open"),
    ("reserves-review-for-september", "ACTION: Devesh Rana to present a review of the reserves policy", "open"),
    ("annual-report-last-meeting", "ACTION: Margaret Ilsley to send the chair's annual report", "open"),
]


@pytest.fixture(scope="module")
def register(archive_records):
    return build_register(*archive_records)


@pytest.mark.parametrize("case,start,status", EXPECTED, ids=[c[0] for c in EXPECTED])
def test_each_marked_action_has_its_status(register, case, start, status):
    found = [e for e in register if e.text.startswith(start)]
    assert len(found) == 1, [e.text for e in register]
    assert found[0].status == status, (found[0].reason, [(m.kind, m.similarity, m.text) for m in found[0].mentions])


def test_every_other_register_row_is_a_follow_up_of_a_marked_action(register):
    marked = {e.id for e in register if e.text.startswith("ACTION:")}
    assert len(marked) == len(EXPECTED)
    for entry in register:
        if entry.id not in marked:
            assert entry.follows is not None and entry.thread in marked, entry.text


def test_owners_and_absence(register):
    by_start = {e.text[:40]: e for e in register}
    engineer = next(e for e in register if "Gavin Solberg" in e.text)
    assert engineer.owners == ["Gavin Solberg"] and engineer.absent_owners == ["Gavin Solberg"]
    drivers = next(e for e in register if e.text.startswith("ACTION: Owen Petrakis to recruit"))
    assert drivers.absent_owners == ["Owen Petrakis"]  # sent apologies to that meeting
    assert all(not e.absent_owners for k, e in by_start.items() if "Margaret Ilsley" in k)


SERIES = [
    # case, words of the sentences, values by meeting
    ("passenger-trips", "passenger trips", [1412, 1296, 1344, 1478, 1530, 1561]),
    ("punctuality", "journeys arrived within ten minutes", [92, 88, 90, 91, 93, 94]),
    ("reserves", "unrestricted reserves", [48200, 46900, 45100, 47300, 49800, 50400]),
    ("volunteer-drivers", "active volunteer drivers", [34, 33, 33, 35, 36, 37]),
]


@pytest.mark.parametrize("case,words,values", SERIES, ids=[c[0] for c in SERIES])
def test_each_indicator_is_one_series_across_the_six_meetings(archive_records, case, words, values):
    # updates too: which of metric/update a count sentence gets is the classifier's call, not the series'
    points = metric_series(*archive_records, labels=("metric", "update"))
    mine = [p for p in points if words in p.text.lower()]
    assert len({p.indicator_id for p in mine}) == 1, {(p.indicator, p.text) for p in mine}
    assert [p.value for p in mine] == values
    assert [p.meeting_date for p in mine] == sorted(p.meeting_date for p in mine)
