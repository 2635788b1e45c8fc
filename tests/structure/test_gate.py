"""PhraseGate and per_lexicon, and the running-list reader behind its gate: it skips only lines neither of its
patterns could read, so every line gives the same lists with the gate as without it."""

import pytest

from extractor.structure import flat, presence
from extractor.structure.layout import scan_lines
from extractor.structure.gate import PhraseGate, per_lexicon
from extractor.structure.people import default_lexicon

GATE_CASES = [
    # (phrases, space, text, can match)
    (("in attendance", "present"), r"\ ", "Also In Attendance: Ms Rao", True),
    (("in attendance",), r"\ ", "Also in  attendance: Ms Rao", False),  # a literal space is one space
    (("in attendance",), r"\s+", "Also in\n   attendance: Ms Rao", True),
    (("present",), r"\ ", "PRESENT – Café committee", True),  # not ASCII: the IGNORECASE search
    (("absent",), r"\ ", "AB\u017fENT: Rosa Lind", True),  # a long s is an s to an IGNORECASE pattern
    (("\u017fenior",), r"\ ", "Senior staff", True),  # a phrase that is not ASCII: never the lower-cased search
    (("apologies", "regrets"), r"\ ", "The hall is booked for the fair.", False),
    ((), r"\ ", "anything at all", False),
]


@pytest.mark.parametrize("phrases,space,text,expected", GATE_CASES, ids=[c[2] for c in GATE_CASES])
def test_phrase_gate(phrases, space, text, expected):
    assert PhraseGate(phrases, space=space)(text) is expected


def test_per_lexicon_builds_once_per_object():
    calls = []

    @per_lexicon
    def build(lex):
        calls.append(lex)
        return len(calls)

    one, two = ["a"], ["a"]  # equal, not the same object
    assert (build(one), build(one), build(two), build(one)) == (1, 1, 2, 1)


RUNNING = [
    "held at the Village Hall at 7pm Present: Cllr. Ames (Chairman), Cllrs. Bell and Cole In attendance: "
    "Mrs E Fry (Clerk) 21/24 TO ACCEPT APOLOGIES",
    "The meeting opened at 6:00 p.m. Commissioners present: Stoltz, Mbeki. Commissioners absent: Whitley.",
    "The chair welcomed everyone. Also In\n  Attendance: Ms K Rao, Mr T Obi",
    "Minutes were signed. Apologies: Revd P Hale; Mr S Dunn",
    "Minutes were signed. Leave of\n   absence: Mr S Dunn",  # the running patterns take any run of spaces
    "Opened by the Chair. PRÉSENT / Present – Luc Roy, Zoé Blanc",
    "The treasurer circulated the accounts and the hall booking was confirmed for June.",
]


@pytest.mark.parametrize("text", RUNNING)
def test_running_lists_same_with_and_without_the_gate(text, monkeypatch):
    lex = default_lexicon()
    gated = flat.running_lists(text, lex)
    monkeypatch.setattr(flat, "_running_gate", lambda lex: (lambda text: True))
    assert flat.running_lists(text, lex) == gated


def test_running_lists_found_here():
    lex = default_lexicon()
    assert sum(bool(flat.running_lists(text, lex)) for text in RUNNING) >= 4


PRESENCE = (
    "Mr Ian Cole joined the meeting during item 3.\n"
    "Jo Reyes (Roads Manager) and Al Pike (Engineer) kindly attended the meeting.\n"
    "Ann Ode and Rab Finn were present as observers.\n"
    "Guest speaker Lena Holm from the Food Bank\n"
    "The meeting was called to order at 7.02 pm by Chair Dana Whitby.\n"
    "Minutes were taken by Tomás Ó Briain.\n"  # not ASCII: passes the gate, read by the cues as before
    "No members of the public were present.\n"
    "The hall roof repairs were agreed.\n"
)


def test_present_in_text_same_with_and_without_the_gate(monkeypatch):
    lex = default_lexicon()
    lines = scan_lines(PRESENCE)
    gated = presence.present_in_text(lines, lex)
    assert presence._gate(*presence._cues(lex.presence_after, lex.presence_before)) is not None
    monkeypatch.setattr(presence, "_gate", lambda after, before: None)
    assert presence.present_in_text(lines, lex) == gated
    assert len(gated) >= 5
