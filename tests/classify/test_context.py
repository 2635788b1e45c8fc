"""What the classifier sees around a unit: the lead-in that opened its list."""

import pytest

from extractor.classify.context import unit_contexts
from extractor.classify.features import unit_features
from extractor.pipeline import build_pipeline


def contexts(text: str):
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    doc._.source = {}
    for name in ("minutes_structure", "minutes_units", "minutes_cues", "minutes_resolver"):
        doc = nlp.get_pipe(name)(doc)
    return {c.text: c for c in unit_contexts(doc)}


MINUTES = """Grants

RESOLVED that the Committee:
(i) awards £400 to the scout group;
(ii) asks the Treasurer to pay it this month.

The Chair thanked the applicants. The meeting moved on.

It was agreed to fund:
Replacement of the notice board
New bins for the play area

Next steps:
- Print the flyers
- Book the hall
Then the meeting closed.

Co-option

The governors APPROVED the co-option of:

Mrs Amina Okafor (1.9.25 - 31.8.29)

Mr Tomasz Wrobel (1.9.25 - 31.8.29)

The Clerk will update the register of interests before the next meeting of the full governing body.

Planning

After discussion it was RESOLVED that the Council:

(a) supports the application for two dwellings at Mill Lane;

objects to the change of use at the old forge.

The Chair reminded members that comments had to reach the planning authority within twenty-one days of the notice.
"""

COUNCIL = "After discussion it was RESOLVED that the Council:"
LEAD_INS = [
    # case, unit, the lead-in it is read with ("" for none)
    ("numbered-item-under-resolved", "awards £400 to the scout group;", "RESOLVED that the Committee:"),
    ("second-item-keeps-the-lead-in", "asks the Treasurer to pay it this month.", "RESOLVED that the Committee:"),
    ("prose-after-the-list", "The Chair thanked the applicants.", ""),
    ("lead-in-itself", "RESOLVED that the Committee:", ""),
    ("plain-line-items", "New bins for the play area", "It was agreed to fund:"),
    ("bullet-under-next-steps", "Book the hall", "Next steps:"),
    ("sentence-after-bullets", "Then the meeting closed.", ""),
    # word-processor text: the items stand a blank line apart
    ("blank-line-apart-name", "Mrs Amina Okafor (1.9.25 - 31.8.29)", "The governors APPROVED the co-option of:"),
    ("blank-line-apart-second-name", "Mr Tomasz Wrobel (1.9.25 - 31.8.29)",
     "The governors APPROVED the co-option of:"),
    ("blank-line-apart-prose-ends-the-list",
     "The Clerk will update the register of interests before the next meeting of the full governing body.", ""),
    ("blank-line-apart-lettered", "supports the application for two dwellings at Mill Lane;", COUNCIL),
    ("blank-line-apart-clause-goes-on", "objects to the change of use at the old forge.", COUNCIL),
    ("blank-line-apart-long-sentence",
     "The Chair reminded members that comments had to reach the planning authority within twenty-one days of the "
     "notice.", ""),
]


@pytest.fixture(scope="module")
def parsed():
    return contexts(MINUTES)


@pytest.mark.parametrize("case,unit,lead_in", LEAD_INS, ids=[c[0] for c in LEAD_INS])
def test_lead_in(parsed, case, unit, lead_in):
    assert parsed[unit].lead_in == lead_in


def test_lead_in_gives_features(parsed):
    feats = unit_features(parsed["awards £400 to the scout group;"])
    assert feats["has_lead_in"] == 1.0 and "lead_cue=RESOLUTION_MARKER" in feats and "lead_w=resolved" in feats
    assert "has_lead_in" not in unit_features(parsed["The Chair thanked the applicants."])


@pytest.mark.parametrize("unit,bare", [
    ("Mrs Amina Okafor (1.9.25 - 31.8.29)", True),  # a name: only its lead-in says it was approved
    ("New bins for the play area", True),
    ("awards £400 to the scout group;", False),  # says something itself (a cue of its own)
    ("Print the flyers", False),  # under a lead-in without cues: nothing to carry
])
def test_a_bare_item_carries_its_lead_ins_cues(parsed, unit, bare):
    feats = unit_features(parsed[unit])
    assert ("bare_item" in feats) is bare
    if bare:
        assert [k for k in feats if k.startswith("bare_lead_cue=")] == [
            f"bare_lead_cue={label}" for label in dict.fromkeys(parsed[unit].lead_in_cues)]
