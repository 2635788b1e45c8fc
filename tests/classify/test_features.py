"""unit_features' fast paths give what the plain definitions give: the same keys, values and order."""

import pytest

from extractor.classify import features as F
from extractor.classify.features import CHAR_WEIGHT, TOKEN, UnitContext, _leading_words, _normed, tokens, unit_features

TEXTS = [
    # case, unit text
    ("action-with-owner", "Priya to circulate the revised budget by Friday 14 June."),
    ("percent-and-money", "Footfall rose 12.5% to 3,400; the café took £1,250 over the weekend."),
    ("repeated-words", "The hall, the hall and the hall again: it's the hall's roof."),
    ("digits-glued", "A15 closure from 9am; Q2 report v2.1.3"),
    ("speaker-prefix", "JL: will take this to the Board"),
    ("superscript-digit", "Area of 40 m² agreed"),
    ("empty", ""),
    ("punctuation-only", "– / ( ) ? !"),
    ("curly-apostrophe", "Sam’s team won’t meet 2 deadlines."),
]


def reference_features(unit: UnitContext) -> dict[str, float]:
    """The word and character-gram part as first written: one key at a time."""
    feats: dict[str, float] = {}
    words = tokens(unit.text)
    for w in words:
        feats[f"w={w}"] = 1.0
    for a, b in zip(words, words[1:]):
        feats[f"b={a}_{b}"] = 1.0
    padded = " " + " ".join(words[:25]) + " "
    for n in (3, 4):
        for i in range(len(padded) - n + 1):
            feats["c=" + padded[i:i + n]] = CHAR_WEIGHT
    return feats


@pytest.mark.parametrize("case,text", TEXTS)
def test_normed_is_tokens(case, text):
    assert _normed(TOKEN.findall(text)) == tokens(text)


@pytest.mark.parametrize("case,text", TEXTS)
def test_word_and_gram_keys_keep_their_order(case, text):
    expected = list(reference_features(UnitContext(text=text)).items())
    got = [(k, v) for k, v in unit_features(UnitContext(text=text)).items() if k[:2] in ("w=", "b=", "c=")]
    assert got == expected


@pytest.mark.parametrize("case,text", TEXTS)
def test_leading_words(case, text):
    assert _leading_words(text, 4) == tuple(tokens(text)[:4])
    assert _leading_words(text, 8, True) == tuple(list(dict.fromkeys(tokens(text)))[:8])


PEOPLE = frozenset({"priya", "jl", "sam"})
MENTIONS = [
    # case, text, people, starts_with_person, mentions_person
    ("first-word-only", "Priya to circulate the budget", PEOPLE, True, False),
    ("later-with-punctuation", "Thanks to @Priya, and JL:", PEOPLE, False, True),
    ("nobody-listed", "Priya to circulate the budget", frozenset(), False, False),
    ("no-names", "The budget was circulated", PEOPLE, False, False),
]


@pytest.mark.parametrize("case,text,people,starts,mentions", MENTIONS)
def test_person_features(case, text, people, starts, mentions):
    feats = unit_features(UnitContext(text=text, people=people))
    raw = TOKEN.findall(text)
    assert ("starts_with_person" in feats) is starts
    assert ("mentions_person" in feats) is mentions is any(F._is_person(t, people) for t in raw[1:])
