"""Agenda items from minute references: '31/22 APOLOGIES FOR ABSENCE' heads an item as '3. Apologies' does,
while a minute that runs on as a sentence, a date, a fraction, a time or a planning reference stays text."""

import pytest

from extractor.structure import parse_structure

from . import test_unseen_round9 as round9
from . import test_unseen_round12 as round12
from . import test_unseen_round13 as round13

HEAD = "Little Fenmore Parish Council\nMinutes of the meeting held on Tuesday 7 March 2023 at 7.30pm\n\n" \
       "Present: Cllr A Ward (Chair), Cllr B Lee, Cllr C Moss\n\n"

CASES = [
    (
        "capitals-text-on-next-line",
        "31/22 APOLOGIES FOR ABSENCE\nCllr D Fenn sent apologies, which were accepted.\n\n"
        "32/22 DECLARATIONS OF INTEREST\nNone were declared.\n\n"
        "33/22 PLANNING\n22/0412/FUL Erection of a garden room, 3 Mill Lane. No objection.\n",
        [("31/22", "APOLOGIES FOR ABSENCE"), ("32/22", "DECLARATIONS OF INTEREST"), ("33/22", "PLANNING")],
        ["22/0412/FUL Erection of a garden room, 3 Mill Lane. No objection."],
    ),
    (
        "year-first-title-case",
        "2022/45 Planning\nThe council noted the decision on the school extension.\n"
        "2022/46 Highways\nThe Clerk will report the pothole on Church Road.\n",
        [("2022/45", "Planning"), ("2022/46", "Highways")],
        ["The Clerk will report the pothole on Church Road."],
    ),
    (
        "reference-with-point-and-colon",
        "45/23. Finance:\nPayments of £310.00 were approved.\n\n46/23. Correspondence\nA letter from the school was noted.\n",
        [("45/23", "Finance"), ("46/23", "Correspondence")],
        ["Payments of £310.00 were approved."],
    ),
    (
        "committee-prefix",
        "CM 12/24 Correspondence\nThe Clerk read a letter from the bus company.\n"
        "CM 13/24 Grass Cutting Contract\nThree quotes were received.\n"
        "CM 14/24 Minutes of 2 May 2024, matters arising and action log\nAll actions were complete.\n",
        [("CM 12/24", "Correspondence"), ("CM 13/24", "Grass Cutting Contract"),
         ("CM 14/24", "Minutes of 2 May 2024, matters arising and action log")],
        ["Three quotes were received."],
    ),
    (
        "three-digit-minute-numbers",
        "123/24 Public Participation\nTwo residents raised parking on the green.\n"
        "124/24 To consider the play area inspection report\nThe report was received and noted.\n",
        [("123/24", "Public Participation"), ("124/24", "To consider the play area inspection report")],
        ["Two residents raised parking on the green."],
    ),
    (
        "number-and-year-joined-by-a-point",
        "45.23 Finance\nThe bank reconciliation was checked by the Chair.\n\n46.23 Allotments\nTwo plots are vacant.\n",
        [("45.23", "Finance"), ("46.23", "Allotments")],
        ["Two plots are vacant."],
    ),
    (
        "run-on-minutes-stay-text",
        "26/21 Minutes of the meeting of 4 March were confirmed and signed.\n"
        "27/21 Apologies for absence were received from Cllr Fenn and Cllr Dyer\n"
        "28/21 Finance\nThe precept of £2,500 has been received.\n"
        "29/21 Highways\nThe footpath is still closed.\n",
        [("28/21", "Finance"), ("29/21", "Highways")],
        ["26/21 Minutes of the meeting of 4 March were confirmed and signed.",
         "27/21 Apologies for absence were received from Cllr Fenn and Cllr Dyer"],
    ),
    (
        "dates-fractions-and-scores-are-no-minutes",
        "Notes\n12/05 Meeting with the bank about the loan\n1/2 of members supported the idea\n"
        "4/5 Members voted in favour\n3/4 Majority needed for the byelaw\n",
        [],
        ["12/05 Meeting with the bank about the loan", "4/5 Members voted in favour",
         "3/4 Majority needed for the byelaw"],
    ),
    (
        "planning-references-under-a-minute",
        "34/22 Planning Applications\n22/0412/FUL Garden Room at 3 Mill Lane\n23/00871/HOUS Rear Extension\n"
        "35/22 Finance\nPayments were approved.\n",
        [("34/22", "Planning Applications"), ("35/22", "Finance")],
        ["22/0412/FUL Garden Room at 3 Mill Lane", "23/00871/HOUS Rear Extension"],
    ),
    (
        "times-of-a-timed-agenda",
        "19.30 Welcome\nThe Chair opened the meeting.\n20.15 Close\nThe meeting closed.\n",
        [],
        [],
    ),
]


@pytest.mark.parametrize("name, body, items, units", [pytest.param(*c, id=c[0]) for c in CASES]
                         + round9._params(round12.ITEMS, round12.ITEMS_KNOWN)
                         + round9._params(round13.ITEMS, round13.ITEMS_KNOWN))
def test_minute_references_head_items(name: str, body: str, items: list[tuple[str, str]], units: list[str]) -> None:
    meeting = parse_structure(HEAD + body)
    assert [(item.number, item.title) for item in meeting.items] == items
    content = {ln.text for ln in meeting.lines if ln.index not in meeting.skip_lines and ln.kind in {"text", "bullet"}}
    for line in units:
        assert line in content, f"{line!r} should stay a unit"
