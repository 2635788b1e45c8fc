"""split_units: sentences and bullets with offsets, as ANNOTATION.md defines units."""

import pytest

from extractor.structure import parse_structure
from extractor.units import split_units


def units_of(text: str) -> list[str]:
    meeting = parse_structure(text)
    return [text[u.start:u.end] for u in split_units(text, meeting.lines, meeting.skip_lines)]


CASES = [
    (
        "bullets-with-owner-tails",
        "Actions:\n\n· To circulate the revised budget – Peter Lowe.\n\n· Letters to be sent to all schools - Ann Roe/Ben Hay.\n",
        ["To circulate the revised budget – Peter Lowe.", "Letters to be sent to all schools - Ann Roe/Ben Hay."],
    ),
    (
        "heading-alone-is-not-a-unit",
        "Resolved:\nThe Board approved the minutes of its 4 May 2021 meeting.\n",
        ["The Board approved the minutes of its 4 May 2021 meeting."],
    ),
    (
        "heading-glued-to-sentence-stays",
        "Resolved: that the Board agreed the refreshed plan.\n",
        ["Resolved: that the Board agreed the refreshed plan."],
    ),
    (
        "two-sentences-in-one-bullet",
        "  • Dr. Khan reported good progress. The audit closed on time (Action: Sue Bell)\n",
        ["Dr. Khan reported good progress.", "The audit closed on time (Action: Sue Bell)"],
    ),
    (
        "action-tail-after-full-stop-stays",
        "  • The draft policy goes to the Board in July. (Action: Jo Park/Ed Lim)\n",
        ["The draft policy goes to the Board in July. (Action: Jo Park/Ed Lim)"],
    ),
    (
        "hard-wrapped-paragraph",
        "Our savings would cover three months of rent, leaving out the cash set\n"
        "aside for the laser. Our rent rose in May, which\nhurts. Quorum is 12.\n"
        "This line pads the wrap width so the paragraph above reads as hard-wrapped text.\n"
        "Another long line of about the same width keeps the wrap detector confident here.\n"
        "And a third long line that is also close to the wrap width of this document now.\n",
        [
            "Our savings would cover three months of rent, leaving out the cash set\naside for the laser.",
            "Our rent rose in May, which\nhurts.",
            "Quorum is 12.",
            "This line pads the wrap width so the paragraph above reads as hard-wrapped text.",
            "Another long line of about the same width keeps the wrap detector confident here.",
            "And a third long line that is also close to the wrap width of this document now.",
        ],
    ),
    (
        "markdown-tasks-and-speakers",
        "## Notes\n\n- [x] KT: packaging guide merged\n    - feedback welcome\n- [ ] Raj: will take the release notes.\n",
        ["KT: packaging guide merged", "feedback welcome", "Raj: will take the release notes."],
    ),
    (
        "numbered-resolution-list",
        "RESOLVED – That\n(1) the forecast position be noted;\n(2) the virement of £350k be approved.\n",
        ["the forecast position be noted;", "the virement of £350k be approved."],  # the lead-in is a heading
    ),
    (
        "abbreviations-and-initials-do-not-split",
        "Maya J. Rao asked about e.g. the No. 3 account. Approx. 40 people came.\n",
        ["Maya J. Rao asked about e.g. the No. 3 account.", "Approx. 40 people came."],
    ),
    (
        "statement-lines-without-full-stops",
        "KH thanked everyone for coming\n\nAction – LP to update the wording of the estates strategy\n",
        ["KH thanked everyone for coming", "Action – LP to update the wording of the estates strategy"],
    ),
    (
        "short-lines-are-separate-statements",
        "The following were elected unopposed:\nChair – Pat Lowe\nTreasurer – Dev Shah\n",
        ["The following were elected unopposed:", "Chair – Pat Lowe", "Treasurer – Dev Shah"],
    ),
    (
        "flattened-column-table-rows",
        "Harbour Board Action Log\n\nRef        Action                         Owner   Due\n"
        "AB/12/01   Revise the winter plan         JS      Jan 2024\n",
        ["Ref        Action                         Owner   Due", "AB/12/01   Revise the winter plan         JS      Jan 2024"],
    ),
    (
        "image-separates-sentences",
        "Here is the summary for June:\n![](fin.pdf \"fin.pdf\") Rent has\nfinally cleared.\n",
        ["Here is the summary for June:", "![](fin.pdf \"fin.pdf\")", "Rent has\nfinally cleared."],
    ),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_split_units(case: str, text: str, expected: list[str]) -> None:
    assert units_of(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "Title Line\r\n\r\n· First point made.\r\n· Second point made.\r\n"
    meeting = parse_structure(text)
    units = split_units(text, meeting.lines, meeting.skip_lines)
    assert [text[u.start:u.end] for u in units] == ["First point made.", "Second point made."]
    assert all(u.kind == "bullet" for u in units)


def test_attendance_lines_are_not_units() -> None:
    text = "Present:\n\tJane Smith\n\tNorthshire Council\n\n1. Minutes\n\nThe minutes were approved.\n"
    assert units_of(text) == ["The minutes were approved."]
