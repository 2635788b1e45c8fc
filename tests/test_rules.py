"""Shared rule helpers: pre-checks and factored alternations never change where a pattern matches."""

import json
import re
from pathlib import Path

import pytest

from extractor.rules import Prechecked, factored_alternation, needs, needs_all, prechecked

REPO = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------- needs / Prechecked

NEEDS = [
    ("a literal run", r"\bagenda\s+item\b", re.I, {"agenda"}),
    ("an alternation of words", r"\b(?:asked|requested)\s+\w+", 0, {"asked", "requested"}),
    ("a group joined to a literal", r"(?:will|would)\s+be", 0, {"will", "would"}),
    ("words spelled with their next literal", r"(?:will|would)be", 0, {"willbe", "wouldbe"}),
    ("the longest run wins", r"\bat\s+the\s+meeting\b", re.I, {"meeting"}),
    ("a repeat of at least one", r"(?:ab)+c", 0, {"ab"}),
    ("an optional part needs nothing", r"(?:http)?\d+", 0, None),
    ("a branch without a literal", r"quarter|\d+", 0, None),
    ("a small character set", r"[xy]z", 0, {"xz", "yz"}),
    ("a wide class needs nothing", r"\w+", 0, None),
    ("a lookahead's words are needed too", r"\d+(?=\s*percent)", 0, {"percent"}),
    ("non-ASCII literals are not listed", r"[’']ll", 0, {"ll"}),
    ("upper case folded", r"(?-i:RESOLVED)", 0, {"resolved"}),
]


@pytest.mark.parametrize("case, pattern, flags, expected", NEEDS, ids=[c[0] for c in NEEDS])
def test_needs_lists_what_every_match_holds(case, pattern, flags, expected):
    found = needs(re.compile(pattern, flags))
    assert (set(found) if found else None) == expected


NEEDS_ALL = [
    # (case, pattern, flags, lists that must be among needs_all's, lists that must not)
    ("each part of a sequence", r"\bby\s+the\s+end\s+of\s+(?:May|June)\b", re.I,
     [{"end"}, {"may", "june"}, {"by"}], []),
    ("the literal runs, not only the longest", r"\bnew\s+year['’]?s\s+eve\b", re.I, [{"new"}, {"year"}, {"eve"}], []),
    ("a group's parts and a repeat of at least one", r"(?:due\s+(?:on|by))+\s+\d+", 0, [{"due"}, {"on", "by"}], []),
    ("a lookahead's parts", r"\d+(?=\s*per\s+cent)", 0, [{"per"}, {"cent"}], []),
    ("an optional part adds nothing", r"(?:next\s+)?meeting", 0, [{"meeting"}], [{"next"}]),
    ("a branch adds only what every branch needs", r"(?:before\s+Easter|after\s+Christmas)\s+break", re.I,
     [{"break"}], [{"before"}, {"easter"}]),
    ("a negative lookahead adds nothing", r"\bterm(?!\s+time)", 0, [{"term"}], [{"time"}]),
]


@pytest.mark.parametrize("case, pattern, flags, present, absent", NEEDS_ALL, ids=[c[0] for c in NEEDS_ALL])
def test_needs_all_lists_every_part(case, pattern, flags, present, absent):
    found = [set(s) for s in needs_all(re.compile(pattern, flags))]
    assert found[0] == set(needs(re.compile(pattern, flags)))  # the best list first
    assert all(lst in found for lst in present)
    assert not any(lst in found for lst in absent)


def test_prechecked_falls_back_to_a_part_when_the_best_list_is_too_long():
    ordinals = "|".join(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
    pattern = re.compile(rf"\b(?:on|by)\s+the\s+(?:{ordinals})\s+of\s+the\s+month", re.I)
    checked = prechecked(pattern)
    assert isinstance(checked, Prechecked) and checked.needed == ("month",)
    assert not checked.possible("on the first of May") and checked.possible("by the third of the month")


PRECHECK_TEXTS = [
    "The Clerk would report back at the meeting.", "ASKED THE CLERK TO WRITE", "no words here",
    "Agenda ITEM 4 was deferred", "Kelvin: \u212a and long s: \u017fome", "Ab ab abc", "", "5 percent",
    "Update from the chair", "\u0130tem 5 deferred", "by New Year's Eve", "by the new year", "year's eve",
    "due on 4 May", "due by 14", "DUE BY 14 June", "on the second of May", "by the end of June", "the end of May",
]
PRECHECK_PATTERNS = [
    re.compile(r"\b(?:asked|requested)\s+the\s+\w+", re.I), re.compile(r"\bagenda\s+item\s+\d+", re.I),
    re.compile(r"(?:ab)+c"), re.compile(r"\d+(?=\s*percent)"), re.compile(r"\bsome\b", re.I),
    re.compile(r"\bk\b", re.I), re.compile(r"\bitem\b", re.I), re.compile(r"would\s+report", re.I),
    # several parts, each a further check: a text holding only some of them is ruled out
    re.compile(r"\bby\s+new\s+year['’]?s\s+eve\b", re.I), re.compile(r"(?:due\s+(?:on|by))+\s+\d+", re.I),
    re.compile(r"\bby\s+the\s+end\s+of\s+(?:May|June)\b", re.I),
]


@pytest.mark.parametrize("pattern", PRECHECK_PATTERNS, ids=[p.pattern for p in PRECHECK_PATTERNS])
def test_prechecked_finds_what_the_pattern_finds(pattern):
    checked = Prechecked(pattern, needs(pattern) or ())
    for text in PRECHECK_TEXTS:  # non-ASCII texts ('ſ' matches 's', 'K' matches 'k' under IGNORECASE) run the regex
        assert [m.span() for m in checked.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert bool(checked.search(text)) == bool(pattern.search(text))
        assert bool(checked.match(text)) == bool(pattern.match(text))


def test_prechecked_rules_find_what_they_found_on_the_training_minutes():
    """Every pre-checked owner and metric rule (masks, number words), on every line of training_data: the same matches."""
    from extractor.resolve import metrics, owner_rules, owners

    rules = [
        *metrics.default_rules().masks, *vars(metrics.default_rules()).values(),
        *vars(owner_rules.default_rules()).values(), *vars(owners).values(),
    ]
    checked = [r for r in rules if isinstance(r, Prechecked)]
    assert checked
    lines = [line for path in sorted((REPO / "training_data").glob("*.jsonl"))
             for record in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if record.get("text")
             for line in record["text"].splitlines()]
    for rule in checked:
        for line in lines:
            assert [m.span() for m in rule.finditer(line)] == [m.span() for m in rule.regex.finditer(line)], rule.pattern


FACTORED = [
    # (case, words longest first, flags, text)
    ("shared first letters, longest first", ["appendix", "annex", "agenda item", "app", "item"], re.I,
     "See Appendix 2, annex B and agenda   item 4; the app crashed on item 9."),
    ("an abbreviation before its word", ["ref.", "reference", "r"], re.I, "Ref. 12 and reference 14, r 3"),
    ("one letter words", ["a", "an", "b"], re.I, "a b an ban"),
    ("case kept", ["May", "Mar", "Jun"], 0, "may May MAR Mar june Jun"),
    ("same letter in two cases: left as written", ["Sep", "sept", "Oct"], 0, "Sept sept Sep Oct"),
    ("non-ASCII first letter: left as written", ["Émile", "Eve", "émile"], re.I, "ÉMILE eve émile"),
    ("long s and Kelvin sign under IGNORECASE", ["sept", "km", "kilo"], re.I, "ſept Km kilo KM"),
]


@pytest.mark.parametrize("case, words, flags, text", FACTORED, ids=[c[0] for c in FACTORED])
def test_factored_alternation_matches_as_the_plain_one(case, words, flags, text):
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    for tail in ("", r"\b", r"\s*\d+"):  # what follows decides which word wins: the order must be kept
        factored = re.compile(rf"(?:{factored_alternation(words)}){tail}", flags)
        expected = re.compile(rf"(?:{plain}){tail}", flags)
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in expected.finditer(text)]
