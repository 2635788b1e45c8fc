"""The register's and metric series' settings and cue patterns, read from `register_rules.jsonl`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import RuleError
from ..rules import numbered_records

RULES_PATH = Path(__file__).with_name("register_rules.jsonl")
SETTINGS = ("min_similarity_named", "min_similarity_unnamed", "min_similarity_indicator")
PATTERN_KINDS = ("done", "not_done", "carried")
KINDS = ("setting", "ignore_word", "group_word", "irregular_past", "mention_label", *PATTERN_KINDS)


@dataclass(frozen=True)
class AnalysisRules:
    min_similarity_named: float
    min_similarity_unnamed: float
    min_similarity_indicator: float
    done: tuple[re.Pattern[str], ...]
    not_done: tuple[re.Pattern[str], ...]
    carried: tuple[re.Pattern[str], ...]
    ignore_words: frozenset[str]
    irregular_past: dict[str, tuple[str, ...]]
    mention_labels: frozenset[str]
    group_words: frozenset[str] = frozenset()

    def says(self, kind: str, text: str) -> bool:
        """True when a pattern of `kind` (done, not_done, carried) matches `text`."""
        return any(p.search(text) for p in getattr(self, kind))


def load_rules(path: Path) -> AnalysisRules:
    """Parse a rule file; a bad record raises RuleError naming file:line."""
    settings: dict[str, float] = {}
    patterns: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in PATTERN_KINDS}
    ignore: set[str] = set()
    past: dict[str, tuple[str, ...]] = {}
    labels: set[str] = set()
    groups: set[str] = set()
    seen: set[str] = set()
    for where, record in numbered_records(path):
        kind = record.get("kind")
        if not isinstance(record.get("id"), str) or record["id"] in seen:
            raise RuleError(path, where, "every rule needs a unique string 'id'")
        seen.add(record["id"])
        if kind not in KINDS:
            raise RuleError(path, where, f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        if kind == "setting":
            settings[_field(path, where, record, "name", str)] = float(_field(path, where, record, "value", (int, float)))
        elif kind in PATTERN_KINDS:
            try:
                patterns[kind].append(re.compile(_field(path, where, record, "pattern", str), re.IGNORECASE))
            except re.error as err:
                raise RuleError(path, where, f"bad pattern ({err})") from None
        elif kind == "ignore_word":
            ignore.add(_field(path, where, record, "value", str).lower())
        elif kind == "group_word":
            groups.add(_field(path, where, record, "value", str).lower())
        elif kind == "mention_label":
            labels.add(_field(path, where, record, "value", str))
        else:
            past[_field(path, where, record, "verb", str)] = tuple(_field(path, where, record, "forms", list))
    missing = [name for name in SETTINGS if name not in settings]
    if missing:
        raise RuleError(path, None, f"settings missing: {', '.join(missing)} (add kind 'setting' records)")
    return AnalysisRules(**{name: settings[name] for name in SETTINGS},
                         done=tuple(patterns["done"]), not_done=tuple(patterns["not_done"]),
                         carried=tuple(patterns["carried"]), ignore_words=frozenset(ignore),
                         irregular_past=past, mention_labels=frozenset(labels), group_words=frozenset(groups))


@lru_cache(maxsize=1)
def default_rules() -> AnalysisRules:
    return load_rules(RULES_PATH)


def _field(path: Path, line: int | None, record: dict[str, Any], key: str, types) -> Any:
    value = record.get(key)
    if not isinstance(value, types) or isinstance(value, bool):
        raise RuleError(path, line, f"rule {record['id']!r} needs {key!r} ({getattr(types, '__name__', 'a number')})")
    return value

