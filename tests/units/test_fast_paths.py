"""The units step's fast paths give what the plain ones did: the split patterns that open on the character
they match (not on a look-behind), and the unit attributes written straight into doc.user_data."""

import re

import pytest

from extractor.pipeline import build_pipeline
from extractor.extensions import SPAN_EXTENSIONS, UNITS_KEY
from extractor.units import component, split

# the patterns as they were written first, a look-behind opening each
LOOK_BEHIND_FIRST = {
    "GLUED": re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][A-Za-z]*[a-z])|(?<=\d)\.(?=[£$€]\d)"),
    "INLINE_ITEM": re.compile(r"(?<=\s)(?P<n>\d{1,2})\s+(?=[A-Z][a-z])"),
    "INLINE_BOX": re.compile(r"(?<=\s)\[[ xX]\]\s+(?=\S)"),
}
TEXTS = [
    "The hedge needs cutting.The Clerk will ask the contractor!Agreed.",
    "Last year the float was £790.£3,500 now sits in reserve; see www.example.org.Uk for details.",
    "Chair opened the meeting 2 Accounts The figures were accepted 3 Roads Report Mr Kay spoke 4 AOB None",
    "Tasks: soon [ ] Book the hall [x] Order the urn [X] Pay the deposit [] nothing",
    "12 Members and 3 Officers were present; 7  Items Tabled 99 Bottles 100 Years",
    "e.g.This is odd.A.B.C. Mr.Jones arrived at 7.30pm.Then left",
    "Tuesday's AGM?Yes.In person 4\u00a0Items\t5 More Items",
]


@pytest.mark.parametrize("name", sorted(LOOK_BEHIND_FIRST))
@pytest.mark.parametrize("text", TEXTS)
def test_patterns_match_as_before(name, text):
    old, new = LOOK_BEHIND_FIRST[name], getattr(split, name)
    assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == [(m.span(), m.groupdict()) for m in old.finditer(text)]


def test_the_inline_patterns_find_something_here():
    assert all(getattr(split, name).search(" ".join(TEXTS)) for name in LOOK_BEHIND_FIRST)


MINUTES = (
    "Oakfield Allotment Society – Committee Meeting, 3 June 2025\n\n"
    "Present: Ann Lee (Chair), Bo Roe, Cai Poe\n\n"
    "## Water troughs\n\nTwo troughs leak.Bo will get quotes by 20 June.\n\n"
    "## Shed\n\n- [ ] Cai to fix the lock\n- [x] New padlock bought\n\n"
    "| Plot | Holder |\n|---|---|\n| 14 | Dee Fox |\n"
)


def _attributes(doc):
    return [tuple(getattr(span._, name) for name in SPAN_EXTENSIONS) for span in doc.spans[UNITS_KEY]]


def test_user_data_writes_equal_the_accessor(monkeypatch):
    nlp = build_pipeline()
    fast = nlp(MINUTES)
    monkeypatch.setattr(component, "_plain_keys", lambda span: False)
    slow = nlp(MINUTES)
    assert len(fast.spans[UNITS_KEY]) >= 5
    assert _attributes(fast) == _attributes(slow)
    kinds = {s._.kind for s in fast.spans[UNITS_KEY]}
    assert {"sentence", "bullet", "row"} <= kinds
    assert any(s._.item is not None for s in fast.spans[UNITS_KEY])
