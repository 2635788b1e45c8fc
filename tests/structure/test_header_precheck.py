"""header_of's pre-check (_may_head): it skips only lines no header pattern could read, so every line's
header is the same with the check as without it, and most prose lines are ruled out by it."""

import pytest

from extractor.structure import headers
from extractor.structure.layout import scan_lines
from extractor.structure.people import default_lexicon

LINES = [
    # (line, a header is expected)
    ("Present: Cllr A Lee (Chair), Cllr B Shah, Mrs C Orme", True),
    ("PRESENT – Mr D Kerr, Ms E Frost", True),
    ("**Pre**sent:** Ann, Bo, Cai", True),  # bold markup inside the word joins it
    ("__Apologies__: Priya Nair", True),
    ("'''Attendees''': Tomas, Ugo", True),
    ("7.1 Apologies for absence: Revd F Marsh", True),
    ("Trustees present: Dr G Hale, Mr H Ives", True),
    ("Also in attendance: the Clerk, Mrs J Pike", True),
    ("12 Members in attendance:", True),
    ("[19:02] <kim> Present: kim, lou, max", True),
    ("| Present | Absent |", True),
    ("| Attendees | Nia Ross, Oli Park |", True),
    ("Présents / Present: Luc Roy, Zoé Blanc", True),
    ("Sorry, couldn't make it: Rhys", True),
    ("Roll call showed the following members present: Mayor Ito, Cllr Vance", True),
    ("In attendance the Clerk A Lee and Mr B Cole", True),
    ("Couldn't ma\u212ae it: Mr Karl Ode", True),  # a Kelvin sign for a K: not ASCII, read by the IGNORECASE search
    ("AB\u017fENT: Rosa Lind", True),  # a long s: the IGNORECASE pattern reads it as an s
    ("Governors: Mrs P Lee, Mr R Shah", True),
    ("The Treasurer reported a balance of £4,210 at the end of March.", False),
    ("Agreed to book the village hall for the summer fair.", False),
    ("Café opening hours – to be reviewed in the spring", False),
    ("3. Minutes of the last meeting", False),
]


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


@pytest.mark.parametrize("text,expected", LINES, ids=[t for t, _ in LINES])
def test_same_header_with_and_without_the_precheck(text, expected, lex, monkeypatch):
    line = scan_lines(text)[0]
    for qualified in (True, False):
        checked = headers.header_of(line, lex, qualified)
        with monkeypatch.context() as patched:
            patched.setattr(headers, "_may_head", lambda text, lex: True)
            unchecked = headers.header_of(line, lex, qualified)
        assert checked == unchecked
    assert bool(headers.header_of(line, lex, True)[0]) == expected


@pytest.mark.parametrize("text", [t for t, expected in LINES if not expected][:3])
def test_prose_is_ruled_out_before_the_patterns(text, lex):
    assert not headers._may_head(text, lex)


def _fresh_patterns():
    headers._header_patterns.cache_clear()
    headers._label_patterns.cache_clear()


@pytest.mark.parametrize("text,expected", LINES, ids=[t for t, _ in LINES])
def test_same_header_without_the_phrase_needles(text, expected, lex, monkeypatch):
    """_header_in skips a phrase's pattern on an ASCII line that lacks the phrase: no header changes for it."""
    line = scan_lines(text)[0]
    with_needles = [headers.header_of(line, lex, qualified) for qualified in (True, False)]
    _fresh_patterns()
    monkeypatch.setattr(headers, "_needle", lambda phrase: None)
    try:
        assert [headers.header_of(line, lex, qualified) for qualified in (True, False)] == with_needles
    finally:
        _fresh_patterns()


def test_a_phrase_that_is_not_ascii_is_always_tried(lex):
    """'preſent' (a long s) matches 'PRESENT' under IGNORECASE: no lower-cased needle may rule the line out."""
    from dataclasses import replace
    odd = replace(lex, present=("pre\u017fent",), present_labels=(), present_suffixes=())
    line = scan_lines("PRESENT: Cllr A Lee, Mrs B Shah")[0]
    assert headers.header_of(line, odd, False) == ("present", "Cllr A Lee, Mrs B Shah")
