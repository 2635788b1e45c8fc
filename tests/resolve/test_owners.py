"""find_owners / resolve_owner: the owners an action names, canonical against the attendee list."""

import pytest

from extractor.resolve.owners import find_owners, resolve_owner
from extractor.structure.people import Person

BOARD = [
    Person("Susan Charles", "County Councillor Mrs Susan Charles"),
    Person("Geoffrey Dryden", "County Councillor Geoffrey Dryden CBE"),
    Person("Natalie Wren", "Natalie Wren", role="Care Leaver"),
    Person("Darren Dale", "CFO Darren Dale (DD)", role="CFO", initials="DD"),
    Person("Stephen Moss", "PFCC Stephen Moss (SM)", role="PFCC", initials="SM"),
    Person("Jonas Lind", "Jonas Lind", initials="JL", handle="jlind"),
    Person("Dave P. Clarke", "Dave P. Clarke", initials="DPC"),
    Person("Matteo Rossi", "Matteo Rossi @mrossi", handle="mrossi"),
    Person("Ben Norris", "Ben Norris"),
    Person("Priya Hale", "Priya Hale (PH) Director of Operations", initials="PH"),
    Person("Kamal Said", "Kamal Said (KS)", initials="KS"),
    Person("Rukhsana Khan", "Inspector Rukhsana Khan"),
    Person("Craig Whitworth", "Mr Craig Whitworth"),
]

CASES = [
    ("owner-tail", "To share the social worker profiles with the Board - Natalie Wren.", ["Natalie Wren"]),
    ("titled-tail-pair", "To present the video to all elected members - CC Charles/CC Dryden.", ["Susan Charles", "Geoffrey Dryden"]),
    ("not-on-the-list-kept-as-written", "Intelligence input to be on the September agenda – Ian Whitfield.", ["Ian Whitfield"]),
    ("group-as-written", "To show the video and Natalie to contact schools – Natalie Wren/Board Members.", ["Natalie Wren", "Board Members"]),
    ("initials-after-marker", "Action – DD to change the wording to match the fleet strategy", ["Darren Dale"]),
    ("initials-subject-will", "Action – Once received, SM will review it alongside police needs.", ["Stephen Moss"]),
    ("agreed-that-x-will", "It was agreed that DD will provide a revised list.", ["Darren Dale"]),
    ("asker-is-not-owner", "SM asked for the wording in the strategy to be amended.", []),
    ("speaker-prefix", "JL: will take this.", ["Jonas Lind"]),
    ("three-letter-initials", "DPC will make inquiries with the foundation.", ["Dave P. Clarke"]),
    ("first-name", "Matteo will create a separate issue to discuss it.", ["Matteo Rossi"]),
    ("said-he-would", "Ben said he would follow up with a PR.", ["Ben Norris"]),
    ("handle", "Action: @jlind to cut the release candidate on Monday.", ["Jonas Lind"]),
    ("action-tail-in-brackets", "Details of the audit to go to the subgroup. (Action: Jennie Grey)", ["Jennie Grey"]),
    ("two-in-brackets", "The final report would come in July. (Action: Alison Burns/Jon Pick)", ["Alison Burns", "Jon Pick"]),
    ("two-subjects", "(Aside: Matteo and Ben were asked to look at the p1/p2 issue)", ["Matteo Rossi", "Ben Norris"]),
    ("pronoun-names-nobody", "She has volunteered to lead the badges effort.", []),
    ("first-person-asked-x", "I've asked Andy T. to set up a demo of his printer.", ["Andy T"]),
    ("thing-is-not-owner", "Emails to go out to solicit ideas for badges.", []),
    ("report-is-not-owner", "Report to come back to the Board in March.", []),
    ("lower-case-group", "It was agreed that officers would bring a costed programme.", ["officers"]),
    ("object-is-not-owner", "Natalie to contact the members to see who has used it.", ["Natalie Wren"]),
    ("encouraged-group", "The LSCB were encouraged to respond to the consultation.", ["The LSCB"]),
    ("lead-owner-dash", "Ben/Matteo – sponsor outreach", ["Ben Norris", "Matteo Rossi"]),
    ("owner-slot", "Issue the grant offer letter – Owner: Jo Evans / Due: 30 September", ["Jo Evans"]),
    ("group-in-action-brackets", "Nominations to be sent to the Chair by Friday. (Action: All partners)", ["All partners"]),
    ("group-tail-ending-lower-case", "Single agency plans to be confirmed in two weeks – All Board members.", ["All Board members"]),
    ("asked-officers-to", "The Board asked officers to report back in June on the options.", ["officers"]),
    ("asked-that-x-provide", "The Panel asked that the Commissioner provide a written response.", ["the Commissioner"]),
    ("resolution-that-x-provide", "that Mr Whitworth provide a breakdown of demand for the January meeting.", ["Craig Whitworth"]),
    ("said-shed", "Natalie said she'd request the CVE and coordinate the advisory.", ["Natalie Wren"]),
    ("slot-outranks-inferred", "The Board requested that the MASH Board considers it. (Action: Natalie Wren)", ["Natalie Wren"]),
    ("lead-marker-keeps-later-clauses", "Action: Matteo to schedule onboarding, Ben to tune in.", ["Matteo Rossi", "Ben Norris"]),
    ("object-initials-are-not-owners", "Action – DD to provide the final list and send to SM", ["Darren Dale"]),
    ("action-log-row-initials", "BD/18/117 Revised discharge-to-assess trajectory PH Jan 2019 Open", ["Priya Hale"]),
    ("shared-speaker-prefix", "PH/KS: migration scripts call", ["Priya Hale", "Kamal Said"]),
    ("rank-with-full-stop", "Action – Insp. Khan to share the figures next week.", ["Rukhsana Khan"]),
    ("body-by-acronym", "The PI to submit the revised documents by 4 February.", ["The PI"]),
    ("honorific-is-not-initials", "To present the film to members - CC Charles/CC Dryden.", ["Susan Charles", "Geoffrey Dryden"]),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_find_owners(case: str, text: str, expected: list[str]) -> None:
    assert [o.name.rstrip(".") for o in find_owners(text, BOARD)] == expected


def test_attendee_flag_and_role() -> None:
    owners = find_owners("Action – DD to circulate the plan – Ian Whitfield.", BOARD)
    assert [(o.name, o.attendee, o.role) for o in owners] == [("Darren Dale", True, "CFO"), ("Ian Whitfield", False, None)]


@pytest.mark.parametrize(
    "mention,expected",
    [("Cllr Charles", "Susan Charles"), ("CC Dryden", "Geoffrey Dryden"), ("Mrs Susan Charles", "Susan Charles"),
     ("SM", "Stephen Moss"), ("@mrossi", "Matteo Rossi"), ("the Chair", "the Chair"), ("Board Members", "Board Members")],
)
def test_resolve_owner(mention: str, expected: str | None) -> None:
    owner = resolve_owner(mention, BOARD)
    assert (owner.name if owner else None) == expected
