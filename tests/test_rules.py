"""Shared rule helpers: the any-of pre-check joins patterns without changing where they match."""

import re

import pytest

from extractor.rules import any_of

WORDS = [re.compile(r"\bnext\s+(?P<what>week|month)\b", re.I), re.compile(r"\b(?P<n>\d+)\s+days?\b", re.I),
         re.compile(r"(?-i:ASAP)|\bas\s+soon\s+as\s+possible\b", re.I)]

CASES = [
    ("first pattern", WORDS, "Draft to the Chair next week.", True),
    ("second pattern, same group names elsewhere", WORDS, "Comments within 10 days please.", True),
    ("scoped case flag kept", WORDS, "Reply asap.", False),
    ("scoped case flag, upper case", WORDS, "Reply ASAP.", True),
    ("case-insensitive flag kept", WORDS, "NEXT MONTH the budget returns.", True),
    ("none matches", WORDS, "The treasurer read out the bank balance.", False),
    ("empty text", WORDS, "", False),
]


@pytest.mark.parametrize("case, patterns, text, expected", CASES, ids=[c[0] for c in CASES])
def test_any_of_matches_where_one_pattern_does(case, patterns, text, expected):
    gate = any_of(patterns)
    assert (gate.search(text) is not None) == expected == any(p.search(text) for p in patterns)


UNJOINABLE = [
    ("no patterns", []),
    ("different flags", [re.compile("next", re.I), re.compile("Next")]),
    ("a back-reference", [re.compile(r"(?P<w>\w+) (?P=w)")]),
    ("a numbered back-reference", [re.compile(r"next"), re.compile(r"(\w+) \1")]),
    ("a conditional group", [re.compile(r"(<)?next(?(1)>)")]),
    ("a global flag inside", [re.compile("(?x) next  week")]),
]


@pytest.mark.parametrize("case, patterns", UNJOINABLE, ids=[c[0] for c in UNJOINABLE])
def test_any_of_declines_what_it_cannot_join(case, patterns):
    assert any_of(patterns) is None
