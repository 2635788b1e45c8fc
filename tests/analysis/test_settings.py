"""The register's rule file: settings and cues are data; a bad record names its file and line."""

from __future__ import annotations

import json

import pytest

from extractor.analysis.register import build_register
from extractor.analysis.settings import RULES_PATH, load_rules
from extractor.analysis.similarity import content_words, stem
from extractor.errors import RuleError

from .records import archive, meeting

SETTINGS = [{"id": f"s{i}", "kind": "setting", "name": name, "value": 0.3}
            for i, name in enumerate(("min_similarity_named", "min_similarity_unnamed", "min_similarity_indicator"))]

BAD = [
    # case, records, words the error must contain
    ("unknown-kind", [*SETTINGS, {"id": "x", "kind": "colour", "value": "red"}], ["rules.jsonl:4", "unknown kind"]),
    ("duplicate-id", [*SETTINGS, {"id": "s0", "kind": "ignore_word", "value": "x"}], ["rules.jsonl:4", "unique"]),
    ("bad-regex", [*SETTINGS, {"id": "d", "kind": "done", "pattern": "(unclosed"}], ["rules.jsonl:4", "bad pattern"]),
    ("setting-not-a-number", [{**SETTINGS[0], "value": "high"}, *SETTINGS[1:]], ["rules.jsonl:1", "value"]),
    ("missing-setting", SETTINGS[:2], ["min_similarity_indicator"]),
]


@pytest.mark.parametrize("case,records,words", BAD, ids=[c[0] for c in BAD])
def test_a_bad_rule_file_names_file_and_line(tmp_path, case, records, words):
    path = tmp_path / "rules.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rules(path)
    assert all(w in str(error.value) for w in words), str(error.value)


def test_the_shipped_rule_file_loads_and_thresholds_come_from_it(tmp_path):
    rules = load_rules(RULES_PATH)
    assert 0 < rules.min_similarity_named <= rules.min_similarity_unnamed < 1
    strict = tmp_path / "strict.jsonl"
    strict.write_text(RULES_PATH.read_text(encoding="utf-8").replace('"value": 0.3,', '"value": 0.99,')
                      .replace('"value": 0.45,', '"value": 0.99,'), encoding="utf-8")
    m1, m2 = meeting("club-2023-01-10", "2023-01-10"), meeting("club-2023-02-14", "2023-02-14")
    units, meetings = archive((m1, [("ACTION: Ann Lee to order new hose reels.", "action", ("Ann Lee",), None)]),
                              (m2, [("New hose reels (AL): done.", "update", (), None)]))
    assert build_register(units, meetings, rules)[0].status == "done"
    assert build_register(units, meetings, load_rules(strict))[0].status == "open"


STEMS = [
    ("past", "circulated", "circulat"),
    ("base", "circulate", "circulat"),
    ("gerund", "circulating", "circulat"),
    ("plural", "drivers", "driver"),
    ("short-word-kept", "bus", "bus"),
]


@pytest.mark.parametrize("case,word,expected", STEMS, ids=[c[0] for c in STEMS])
def test_stem(case, word, expected):
    assert stem(word) == expected


def test_content_words_drop_stop_words_ignored_words_and_numbers():
    assert content_words("ACTION: to book 3 halls by May", frozenset({"action", "may"}), numbers=False) == ["book", "hall"]
