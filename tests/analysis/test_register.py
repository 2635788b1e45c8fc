"""The register's status logic on hand-made records: what a later meeting says decides an action's status."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.analysis.register import action_verb, build_register, due_end, mention_kind, status_counts
from extractor.analysis.settings import default_rules

from .records import archive, meeting

M1, M2, M3 = meeting("show-2023-03-14", "2023-03-14"), meeting("show-2023-04-18", "2023-04-18"), meeting("show-2023-05-16", "2023-05-16")
BOOK = ("ACTION: Ann Lee to book the village hall for the autumn show by 30 April 2023.", "action", ("Ann Lee",), "2023-04-30")

CASES = [
    # case, units of the second meeting, units of the third, status of the first meeting's action
    ("status-word-done", [("Village hall booking for the autumn show (AL): done.", "update", (), None)], [], "done"),
    ("status-word-completed-in-third", [], [("Booking the village hall for the autumn show (AL): completed.", "update", (), None)], "done"),
    ("passive-of-the-action-verb", [("The village hall was booked for the autumn show on 3 April.", "update", (), None)], [], "done"),
    ("ticked-box", [("- [x] book the village hall for the autumn show (Ann Lee)", "update", (), None)], [], "done"),
    ("carried-forward-word", [("Village hall for the autumn show (AL): carried forward.", "update", (), None)], [], "carried forward"),
    ("not-yet-completed", [("Booking of the village hall for the autumn show (AL) is not yet completed.", "update", (), None)], [],
     "carried forward"),
    ("listed-again-as-action", [], [("ACTION: Ann Lee to book the village hall for the autumn show.", "action", ("Ann Lee",), None)],
     "carried forward"),
    ("progress-with-partial-verb", [("Village hall for the autumn show (AL): ongoing; a date has been booked so far.", "update", (), None)],
     [], "carried forward"),
    ("carried-then-done", [("Village hall for the autumn show (AL): carried forward.", "update", (), None)],
     [("Village hall for the autumn show (AL): done.", "update", (), None)], "done"),
    ("initials-name-the-owner-when-the-resolver-does-not", [],
     [("Village hall for the autumn show (AL): completed.", "action", ("the hall committee",), None)], "done"),
    ("another-owner-same-task", [("ACTION: Raj Patel to book the village hall for the autumn show.", "action", ("Raj Patel",), None)], [],
     "overdue"),
    ("topic-without-status", [("The village hall has a new kitchen for the autumn show.", "update", (), None)], [], "overdue"),
    ("unrelated-completion", [("The audit of the society's accounts is complete.", "update", (), None)], [], "overdue"),
    ("to-be-completed-is-not-done", [("The village hall booking form for the autumn show is to be completed by Ann.", "update", (), None)],
     [], "carried forward"),
    ("nothing-said", [], [], "overdue"),
]


@pytest.mark.parametrize("case,second,third,expected", CASES, ids=[c[0] for c in CASES])
def test_later_meetings_decide_the_status(case, second, third, expected):
    units, meetings = archive((M1, [BOOK]), (M2, second), (M3, third))
    first = build_register(units, meetings)[0]
    assert first.text == BOOK[0]
    assert first.status == expected, (first.reason, [(m.kind, m.similarity, m.text) for m in first.mentions])


DUE_CASES = [
    # case, due date, status with no later mention (last meeting 2023-05-16)
    ("day-before-last-meeting", "2023-05-15", "overdue"),
    ("day-of-last-meeting", "2023-05-16", "open"),
    ("month-of-last-meeting", "2023-05", "open"),
    ("month-before", "2023-04", "overdue"),
    ("after-the-archive", "2023-09-30", "open"),
    ("no-due-date", None, "open"),
]


@pytest.mark.parametrize("case,due,expected", DUE_CASES, ids=[c[0] for c in DUE_CASES])
def test_overdue_means_due_before_the_last_meeting(case, due, expected):
    action = ("ACTION: Tom Dunne to repaint the noticeboard at the gate.", "action", ("Tom Dunne",), due)
    units, meetings = archive((M1, [action]), (M2, []), (M3, []))
    assert build_register(units, meetings)[0].status == expected


def test_a_follow_up_row_takes_up_the_earlier_action_and_shares_its_thread():
    again = ("Village hall for the autumn show (AL): carried forward to May.", "action", ("Ann Lee",), "2023-05")
    done = ("The village hall has now been booked for the autumn show (AL).", "update", (), None)
    units, meetings = archive((M1, [BOOK]), (M2, [again]), (M3, [done]))
    first, second = build_register(units, meetings)
    assert second.follows == first.id and second.thread == first.id == first.thread
    assert [m.kind for m in first.mentions] == ["carried", "done"] and first.status == second.status == "done"


def test_an_earlier_note_is_no_mention_of_a_later_action():
    units, meetings = archive((M1, [("Village hall for the autumn show (AL): done.", "update", (), None)]), (M2, [BOOK]), (M3, []))
    assert build_register(units, meetings)[0].status == "overdue"


def test_a_later_unit_takes_up_only_the_most_similar_action_of_a_meeting():
    seeds = ("ACTION: Ann Lee to order seed potatoes for the communal bed.", "action", ("Ann Lee",), None)
    units, meetings = archive((M1, [BOOK, seeds]), (M2, [("Village hall for the autumn show (AL): done.", "update", (), None)]), (M3, []))
    book, potatoes = build_register(units, meetings)
    assert (book.status, potatoes.status) == ("done", "open")


def test_owners_absent_from_the_meeting_are_flagged_groups_are_not():
    m1 = meeting("show-2023-03-14", "2023-03-14", present=("Ann Lee", "Tom Dunne"), apologies=("Raj Patel",))
    rows = [("ACTION: Raj Patel to mend the shed roof.", "action", ("Raj Patel",), None),
            ("ACTION: Committee members to walk the plots before May.", "action", ("Committee members",), None),
            ("ACTION: Ann Lee to chase unpaid rents.", "action", ("Ann Lee",), None),
            ("ACTION: Nadia Vos of the water company to fix the leak.", "action", ("Nadia Vos",), None)]
    units, meetings = archive((m1, rows), (M2, []))
    assert [e.absent_owners for e in build_register(units, meetings)] == [["Raj Patel"], [], [], ["Nadia Vos"]]


def test_meetings_without_a_date_keep_their_actions_open_and_unmatched():
    undated = meeting("show-undated", None)
    units, meetings = archive((M1, [BOOK]), (undated, [("Village hall for the autumn show (AL): done.", "update", (), None)]))
    first = build_register(units, meetings)[0]
    assert (first.status, first.mentions) == ("open", [])  # the last dated meeting is the first one


def test_counts_cover_every_status():
    units, meetings = archive((M1, [BOOK]), (M2, []), (M3, []))
    assert status_counts(build_register(units, meetings)) == {"open": 0, "overdue": 1, "carried forward": 0, "done": 0}


VERBS = [
    ("marker-name-to", "ACTION: Ann Lee to circulate the plot map.", "circulate"),
    ("will", "Tom will write to the landlord about the fence.", "write"),
    ("passive", "The plot map to be circulated to members (AL).", "circulated"),
    ("no-verb-after-to", "A report to the June meeting on water use - Raj Patel.", None),
    ("skips-an-article", "Raj Patel to the landlord: to ask about the fence.", "ask"),
    ("none", "Seed order - Ann Lee.", None),
]


@pytest.mark.parametrize("case,text,verb", VERBS, ids=[c[0] for c in VERBS])
def test_action_verb(case, text, verb):
    assert action_verb(text) == verb


KINDS = [
    # case, later text, its label, the action's verb, kind
    ("status-done", "Plot map (AL): done.", "update", "circulate", "done"),
    ("perfect-completed", "The plot map has now been completed.", "update", "draw", "done"),
    ("regular-past", "The plot map was circulated on Friday.", "update", "circulate", "done"),
    ("irregular-past", "A letter has been sent to the landlord.", "update", "send", "done"),
    ("other-verb-past", "The plot map was discussed at length.", "update", "circulate", None),
    ("carried-beats-done", "Plot map (AL): carried forward, part done.", "update", "circulate", "carried"),
    ("negated", "The plot map has not been completed.", "update", "circulate", "carried"),
    ("action-again", "AL to circulate the plot map.", "action", "circulate", "carried"),
    ("update-without-status", "The plot map shows twelve plots.", "update", "circulate", None),
    ("resolved-is-no-completion", "RESOLVED: That the plot map be adopted.", "resolution", "circulate", None),
]


@pytest.mark.parametrize("case,text,label,verb,kind", KINDS, ids=[c[0] for c in KINDS])
def test_mention_kind(case, text, label, verb, kind):
    assert mention_kind(text, label, verb, default_rules()) == kind


DUE_ENDS = [
    ("day", "2024-02-29", dt.date(2024, 2, 29)),
    ("month-leap", "2024-02", dt.date(2024, 2, 29)),
    ("month", "2023-11", dt.date(2023, 11, 30)),
    ("year", "2025", dt.date(2025, 12, 31)),
    ("garbage", "soon", None),
    ("none", None, None),
]


@pytest.mark.parametrize("case,value,expected", DUE_ENDS, ids=[c[0] for c in DUE_ENDS])
def test_due_end_is_the_last_day_the_due_date_allows(case, value, expected):
    assert due_end(value) == expected
