"""pandas views (the analysis extra): typed columns, dates as dates, rows traceable to their sentences."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas", reason="the analysis extra is not installed (pip install -e '.[analysis]')")

from extractor.analysis import load_meetings, load_units, metric_frame, register_frame  # noqa: E402

COLUMNS = [
    # case, loader, column, dtype kind (numpy kind letter or a name)
    ("unit-date", "units", "meeting_date", "M"),
    ("unit-label-category", "units", "label", "category"),
    ("unit-index", "units", "index", "i"),
    ("unit-confidence", "units", "confidence", "f"),
    ("meeting-date", "meetings", "date", "M"),
    ("meeting-present-count", "meetings", "present", "i"),
    ("register-meeting-date", "register", "meeting_date", "M"),
    ("register-due-by", "register", "due_by", "M"),
    ("register-status-category", "register", "status", "category"),
    ("series-date", "series", "meeting_date", "M"),
    ("series-value", "series", "value", "f"),
]


@pytest.fixture(scope="module")
def frames(archive_output):
    units, meetings = archive_output
    return {"units": load_units(units), "meetings": load_meetings(meetings),
            "register": register_frame(units, meetings), "series": metric_frame(units, meetings)}


@pytest.mark.parametrize("case,frame,column,kind", COLUMNS, ids=[c[0] for c in COLUMNS])
def test_columns_are_typed(frames, case, frame, column, kind):
    dtype = frames[frame][column].dtype
    assert (dtype.name == kind) if kind == "category" else dtype.kind == kind, dtype


def test_rows_trace_back_to_their_units(frames):
    units = frames["units"].set_index("unit_id")
    for frame in (frames["register"].rename(columns={"id": "unit_id"}), frames["series"]):
        assert frame.unit_id.isin(units.index).all()
        assert (units.loc[frame.unit_id, "text"].to_numpy() == frame.text.to_numpy()).all()


def test_register_status_is_ordered_and_due_by_is_the_last_day(frames):
    register = frames["register"]
    assert list(register.status.cat.categories) == ["open", "overdue", "carried forward", "done"]
    monthly = register[register.due.str.len() == 7]
    assert not monthly.empty and (monthly.due_by.dt.is_month_end).all()


def test_empty_inputs_give_empty_frames_with_the_columns():
    assert load_units([]).empty and "unit_id" in load_units([])
    assert register_frame([], []).empty and "status" in register_frame([], [])
    assert metric_frame([]).empty and "indicator" in metric_frame([])
