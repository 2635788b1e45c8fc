"""find_owners / resolve_owner: the owners an action names, canonical against the attendee list."""

import pytest

from extractor.resolve.owners import find_owners, resolve_owner
from extractor.structure.people import Person

BOARD = [
    Person("Helen Marsh", "County Councillor Mrs Helen Marsh"),
    Person("Robert Kaye", "County Councillor Robert Kaye CBE"),
    Person("Nadia Wells", "Nadia Wells", role="Apprentice"),
    Person("Dana Doyle", "CFO Dana Doyle (DD)", role="CFO", initials="DD"),
    Person("Simon Mercer", "PFCC Simon Mercer (SM)", role="PFCC", initials="SM"),
    Person("Jonas Lind", "Jonas Lind", initials="JL", handle="jlind"),
    Person("Dina P. Cole", "Dina P. Cole", initials="DPC"),
    Person("Marco Rossi", "Marco Rossi @mrossi", handle="mrossi"),
    Person("Ben Ashby", "Ben Ashby"),
    Person("Priya Hale", "Priya Hale (PH) Director of Operations", initials="PH"),
    Person("Kamal Said", "Kamal Said (KS)", initials="KS"),
    Person("Rukhsana Khan", "Inspector Rukhsana Khan"),
    Person("Craig Whitworth", "Mr Craig Whitworth"),
]

CASES = [
    ("owner-tail", "To circulate the staff survey results to the Board - Nadia Wells.", ["Nadia Wells"]),
    ("titled-tail-pair", "To brief all ward councillors on the new policy - CC Marsh/CC Kaye.", ["Helen Marsh", "Robert Kaye"]),
    ("not-on-the-list-kept-as-written", "Parking enforcement item for the September agenda – Ian Webster.", ["Ian Webster"]),
    ("group-as-written", "To trial the new form and Nadia to collect feedback – Nadia Wells/Board Members.", ["Nadia Wells", "Board Members"]),
    ("initials-after-marker", "Action – DD to update the charging policy to reflect the new tariff", ["Dana Doyle"]),
    ("initials-subject-will", "Action – After the audit, SM will check it against the estates plan.", ["Simon Mercer"]),
    ("agreed-that-x-will", "It was agreed that DD will draft a new rota.", ["Dana Doyle"]),
    ("asker-is-not-owner", "SM asked for the figures in the appendix to be corrected.", []),
    ("speaker-prefix", "JL: will look into it.", ["Jonas Lind"]),
    ("three-letter-initials", "DPC will contact the venue about dates.", ["Dina P. Cole"]),
    ("first-name", "Marco will open a new ticket for it.", ["Marco Rossi"]),
    ("said-he-would", "Ben said he would draft the changelog.", ["Ben Ashby"]),
    ("handle", "Action: @jlind to cut the release candidate on Monday.", ["Jonas Lind"]),
    ("action-tail-in-brackets", "Audit details to go to the practice subgroup. (Action: Kerry Grey)", ["Kerry Grey"]),
    ("two-in-brackets", "The survey report is due in July. (Action: Alice Byrne/Tom Hollis)", ["Alice Byrne", "Tom Hollis"]),
    ("two-subjects", "(Aside: Marco and Ben were asked to look at the flaky test)", ["Marco Rossi", "Ben Ashby"]),
    ("pronoun-names-nobody", "She has volunteered to run the quiz night.", []),
    ("first-person-asked-x", "I've asked Rob K. to set up a demo of his loom.", ["Rob K"]),
    ("thing-is-not-owner", "Letters to go out asking residents for logo ideas.", []),
    ("report-is-not-owner", "Report to come back to the Board in March.", []),
    ("lower-case-group", "It was agreed that officers would bring a costed programme.", ["officers"]),
    ("object-is-not-owner", "Nadia to ask the tenants which of them have tried it.", ["Nadia Wells"]),
    ("encouraged-group", "The Forum were encouraged to reply to the survey.", ["The Forum"]),
    ("lead-owner-dash", "Ben/Marco – sponsor outreach", ["Ben Ashby", "Marco Rossi"]),
    ("owner-slot", "Issue the grant offer letter – Owner: Jo Evans / Due: 30 September", ["Jo Evans"]),
    ("group-in-action-brackets", "Nominations to be sent to the Chair by Friday. (Action: All partners)", ["All partners"]),
    ("group-tail-ending-lower-case", "Single agency plans to be confirmed in two weeks – All Board members.", ["All Board members"]),
    ("asked-officers-to", "The Board asked officers to report back in June on the options.", ["officers"]),
    ("asked-that-x-provide", "The Panel asked that the Commissioner provide a written response.", ["the Commissioner"]),
    ("resolution-that-x-provide", "that Mr Whitworth provide a breakdown of demand for the January meeting.", ["Craig Whitworth"]),
    ("said-shed", "Nadia said she'd request the CVE and coordinate the advisory.", ["Nadia Wells"]),
    ("slot-outranks-inferred", "The Board requested that the Housing Panel considers it. (Action: Nadia Wells)", ["Nadia Wells"]),
    ("lead-marker-keeps-later-clauses", "Action: Marco to schedule onboarding, Ben to tune in.", ["Marco Rossi", "Ben Ashby"]),
    ("object-initials-are-not-owners", "Action – DD to finish the costings and pass them to SM", ["Dana Doyle"]),
    ("action-log-row-initials", "BD/18/117 Revised discharge-to-assess trajectory PH Jan 2019 Open", ["Priya Hale"]),
    ("shared-speaker-prefix", "PH/KS: migration scripts call", ["Priya Hale", "Kamal Said"]),
    ("rank-with-full-stop", "Action – Insp. Khan to share the figures next week.", ["Rukhsana Khan"]),
    ("body-by-acronym", "The PI to submit the revised documents by 4 February.", ["The PI"]),
    ("honorific-is-not-initials", "To share the leaflet with members - CC Marsh/CC Kaye.", ["Helen Marsh", "Robert Kaye"]),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_find_owners(case: str, text: str, expected: list[str]) -> None:
    assert [o.name.rstrip(".") for o in find_owners(text, BOARD)] == expected


def test_attendee_flag_and_role() -> None:
    owners = find_owners("Action – DD to circulate the plan – Ian Webster.", BOARD)
    assert [(o.name, o.attendee, o.role) for o in owners] == [("Dana Doyle", True, "CFO"), ("Ian Webster", False, None)]


@pytest.mark.parametrize(
    "mention,expected",
    [("Cllr Marsh", "Helen Marsh"), ("CC Kaye", "Robert Kaye"), ("Mrs Helen Marsh", "Helen Marsh"),
     ("SM", "Simon Mercer"), ("@mrossi", "Marco Rossi"), ("the Chair", "the Chair"), ("Board Members", "Board Members")],
)
def test_resolve_owner(mention: str, expected: str | None) -> None:
    owner = resolve_owner(mention, BOARD)
    assert (owner.name if owner else None) == expected
