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
"""

LEAD_INS = [
    # case, unit, the lead-in it is read with ("" for none)
    ("numbered-item-under-resolved", "awards £400 to the scout group;", "RESOLVED that the Committee:"),
    ("second-item-keeps-the-lead-in", "asks the Treasurer to pay it this month.", "RESOLVED that the Committee:"),
    ("prose-after-the-list", "The Chair thanked the applicants.", ""),
    ("lead-in-itself", "RESOLVED that the Committee:", ""),
    ("plain-line-items", "New bins for the play area", "It was agreed to fund:"),
    ("bullet-under-next-steps", "Book the hall", "Next steps:"),
    ("sentence-after-bullets", "Then the meeting closed.", ""),
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
