"""The labelling standard's overrides: lines whose label no model may change, and lines they must leave alone."""

import pytest

from extractor.classify.component import load_overrides
from extractor.classify.features import UnitContext

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
    unit = UnitContext(text)  # a sentence with no heading: the context rules below never fit it
    applied = next((rule.label for rule in load_overrides() if rule.fits(unit, "update")), None)
    assert applied == label


NO_CUES: list = []
IN_CONTEXT = [
    # (case, unit text, kind, section heading, item title, lead-in of its list, cue labels, the model's label,
    #  the override's label or None)
    ("a bare name under a members-approved heading", "Tomasz Wielgosz", "bullet", "Individual members approved",
     None, None, NO_CUES, "other", "resolution"),
    ("an organisation under a corporate-members heading", "Larchwood Analytics", "bullet", "Corporate members approved",
     "Balance", None, NO_CUES, "other", "resolution"),
    ("a grant and its sum under a grants heading", "Harbour Code Club: USD $450.00", "bullet", "Grants approved",
     None, None, ["METRIC", "NUMBER"], "metric", "resolution"),
    ("an officer under an elected item title", "Treasurer – Moana Rangi", "bullet", None, "Officers elected", None,
     NO_CUES, "update", "resolution"),
    ("a task under an approval heading stays the model's", "Clerk to pay the grants", "bullet", "Grants approved",
     None, None, ["ACTION_TO"], "action", None),
    ("the model's action is never overruled", "Send the welcome pack", "bullet", "New members admitted", None, None,
     NO_CUES, "action", None),
    ("a bare name under an attendance heading", "Tomasz Wielgosz", "bullet", "Present", None, None, NO_CUES, "other",
     None),
    ("a nomination heading records no decision", "Moana Rangi", "bullet", "Nominations received", None, None, NO_CUES,
     "update", None),
    ("a long sentence under the heading is read by the model", "The treasurer said the grants would be paid once "
     "the forms are back", "bullet", "Grants approved", None, None, NO_CUES, "update", None),
    ("a plain sentence, not a list item", "Tomasz Wielgosz", "sentence", "Individual members approved", None, None,
     NO_CUES, "other", None),
    # tasks under a lead-in that names who will do them
    ("a bare verb phrase under 'Name will:'", "prepare a list of possible donors;", "bullet", None, None, "Matt will:",
     ["TASK_VERB"], "update", "action"),
    ("under a role that agreed to", "write to the county council about the verge;", "bullet", None, None,
     "The Clerk agreed to:", NO_CUES, "resolution", "action"),
    ("under two names and a longer lead-in", "abolish the events sub-committee; and", "bullet", None, None,
     "Priya and Tomas will carry out the decisions to:", NO_CUES, "update", "action"),
    ("what a system will do is no task", "reduce double bookings;", "bullet", None, None,
     "The new booking system will:", NO_CUES, "update", None),
    ("a noun phrase under the doer stays the model's", "the minutes of the last meeting.", "bullet", None, None,
     "The Clerk agreed to:", NO_CUES, "resolution", None),
    ("a lead-in that only reports", "improve the signage;", "bullet", None, None, "Members said the park needs to:",
     NO_CUES, "update", None),
    ("what the group needs to learn is no task", "which venues have step-free access;", "bullet", None, None,
     "We need to better understand:", NO_CUES, "update", None),
    ("a question under a doer's lead-in", "ask who will host the next one?", "bullet", None, None, "Sam will:",
     NO_CUES, "update", None),
    ("reasons listed under a noun and 'to' are no tasks", "it would pay for the live captioning", "bullet", None, None,
     "Reasons to apply, as discussed:", NO_CUES, "update", None),
    ("topics after a lead-in ending in a preposition", "onboarding a new volunteer", "bullet", None, None,
     "We will write guides for:", NO_CUES, "update", None),
    ("'We will:' commits the body", "publish the accounts on the website;", "bullet", None, None, "We will:",
     NO_CUES, "update", "action"),
]


@pytest.mark.parametrize("case,text,kind,section,title,lead_in,cues,model_label,label", IN_CONTEXT,
                         ids=[c[0] for c in IN_CONTEXT])
def test_overrides_read_the_heading_or_lead_in_of_a_list_item(case, text, kind, section, title, lead_in, cues,
                                                               model_label, label):
    unit = UnitContext(text, kind=kind, section=section, item_title=title, lead_in=lead_in or "",
                       cues=[(c, c.lower(), False, False) for c in cues])
    applied = next((rule.label for rule in load_overrides()
                    if rule.label != model_label and rule.fits(unit, model_label)), None)
    assert applied == label
