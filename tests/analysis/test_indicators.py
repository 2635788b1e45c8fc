"""Metric series on hand-made records: which sentences are one indicator, and the value each point plots."""

from __future__ import annotations

import pytest

from extractor.analysis.indicators import headline, metric_series

from .records import archive, meeting, unit

MEETINGS = [meeting(f"club-2023-0{m}-10", f"2023-0{m}-10") for m in (1, 2, 3)]


def metric(value: float, unit_: str | None = None, from_: float | None = None, to: float | None = None) -> dict:
    return {"text": str(value), "value": value, "unit": unit_, "from": from_, "to": to}


def records(rows_by_meeting: list[list[tuple[str, list[dict]]]]) -> tuple[list[dict], list[dict]]:
    units, meetings = archive(*[(m, []) for m in MEETINGS])
    for m, rows in zip(MEETINGS, rows_by_meeting):
        for i, (text, metrics) in enumerate(rows, 100):
            units.append(unit(m["doc_id"], i, text, "metric", metrics=metrics))
    return units, meetings


CASES = [
    # case, metric sentences per meeting, how many indicators
    ("same-wording-new-month", [[("Plot rents collected in January came to £1,200.", [metric(1200, "GBP")])],
                                [("Plot rents collected in February came to £1,350.", [metric(1350, "GBP")])],
                                [("Plot rents collected in March came to £1,100.", [metric(1100, "GBP")])]], 1),
    ("two-indicators-each-meeting", [[("Plot rents collected came to £1,200.", [metric(1200, "GBP")]),
                                      ("Occupied plots stood at 92%.", [metric(92, "%")])],
                                     [("Plot rents collected came to £1,350.", [metric(1350, "GBP")]),
                                      ("Occupied plots stood at 95%.", [metric(95, "%")])]], 2),
    ("same-words-different-unit", [[("Water use on the plots was 40%.", [metric(40, "%")])],
                                   [("Water use on the plots was £40.", [metric(40, "GBP")])]], 2),
    ("one-meeting-says-it-twice", [[("Plot rents collected came to £1,200.", [metric(1200, "GBP")]),
                                    ("Plot rents collected this year came to £9,000.", [metric(9000, "GBP")])]], 2),
    ("unrelated-wording", [[("Plot rents collected came to £1,200.", [metric(1200, "GBP")])],
                           [("The hedge fund raised £300 at the fete.", [metric(300, "GBP")])]], 2),
]


@pytest.mark.parametrize("case,rows,count", CASES, ids=[c[0] for c in CASES])
def test_indicators_group_across_meetings(case, rows, count):
    points = metric_series(*records(rows))
    assert len({p.indicator_id for p in points}) == count, [(p.indicator_id, p.text) for p in points]
    assert [p.meeting_date for p in points] == sorted(p.meeting_date for p in points)


def test_the_indicator_is_named_by_the_words_its_sentences_share():
    points = metric_series(*records(CASES[0][1]))
    assert points[0].indicator == "Plot rents collected came"
    assert [p.value for p in points] == [1200, 1350, 1100] and points[1].unit_id == "club-2023-02-10#100"


HEADLINES = [
    # case, parsed metrics, value and unit plotted
    ("single", [metric(93, "%")], (93, "%")),
    ("comparison-ends-where-it-went", [metric(51.5, "%", 51.5, 29.4), metric(29.4, "%", 51.5, 29.4)], (29.4, "%")),
    ("two-values-first-wins", [metric(41), metric(52)], (41, None)),
]


@pytest.mark.parametrize("case,metrics,expected", HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headline(case, metrics, expected):
    assert headline(metrics) == expected


def test_only_the_labels_asked_for():
    units, meetings = records([[("Plot rents collected came to £1,200.", [metric(1200, "GBP")])]])
    units[-1]["label"] = "update"
    assert metric_series(units, meetings) == []
    assert len(metric_series(units, meetings, labels=("metric", "update"))) == 1
