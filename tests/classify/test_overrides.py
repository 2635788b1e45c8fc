"""The labelling standard's overrides: lines whose label no model may change, and lines they must leave alone."""

import pytest

from extractor.classify.component import load_overrides

OVERRIDES = [
    # (case, unit text, the label an override gives it or None when no override applies)
    ("action marker", "ACTION: RB to book the hall for the open day.", "action"),
    ("action marker: none", "Actions: none this month.", None),
    ("action tail", "The noticeboard key is to go back to the school (Action: Clerk).", "action"),
    # the body approving its previous minutes, however numbered or worded
    ("minutes confirmed after a minute number", "58/26   Minutes of the meeting of 9 April 2026, were confirmed by the "
     "council and signed by the Chair.", "resolution"),
    ("minutes from the last meeting confirmed", "The minutes from the last meeting (Tuesday 3 March) were confirmed.",
     "resolution"),
    ("minutes taken as read and adopted", "Minutes of the AGM held on 2 May 2025 were taken as read and adopted.",
     "resolution"),
    ("minute after a colon", "Minute of the November meeting: approved", "resolution"),
    ("minutes after a dash", "Minutes of 13 May 2026 – agreed and signed.", "resolution"),
    ("minutes be confirmed", "That the minutes of the meeting held on 23 July 2026 be confirmed as a true record.",
     "resolution"),
    ("minutes after a numbered and lettered item", "3. b) Minutes of the May meeting : Approved by J. Fox, seconded by "
     "R. Lowe.", "resolution"),
    ("a motion as moved, before its outcome: an update", "Moved that the minutes of the 2025 AGM be accepted as a true "
     "record.", None),
    ("minutes not yet confirmed: an update", "The minutes of the March meeting still need to be confirmed.", None),
    ("minutes to be signed later: a task", "The minutes were agreed and will be signed by the Chair at the next meeting.",
     None),
    ("minutes of another body noted elsewhere", "The Board received the minutes of the Audit Committee.", None),
    ("a task about minutes", "Clerk to publish the approved minutes on the website.", None),
]


@pytest.mark.parametrize("case,text,label", OVERRIDES, ids=[c[0] for c in OVERRIDES])
def test_overrides_apply_to_what_the_standard_fixes(case, text, label):
    applied = next((rule.label for rule in load_overrides() if rule.applies(text)), None)
    assert applied == label
