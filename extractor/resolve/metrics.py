"""Find the numbers in one unit that are an indicator's values.

`parse_metrics(text)` is the pure core (ANNOTATION.md, "Metric values"). The
lexicons (number words, scales, currencies, units, counted nouns) and the
masks for numbers that are not values (dates, times, references, ages, URLs)
live in `metric_rules.jsonl`, one rule a record; the code only reads numbers,
applies the masks and links comparisons.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from extractor.errors import RuleError
from extractor.rules import (Prechecked, RecordsByKind, compile_rule, factored_alternation, precheck_group, prechecked,
                             records_by_kind)

RULES_PATH = Path(__file__).with_name("metric_rules.jsonl")

_FLAGS = re.IGNORECASE | re.MULTILINE
# South Asian grouping first ('Rs 2,50,000', '1,25,00,000'): read as Western thousands it lost its head
_NUMBER = re.compile(r"(?:(?<![\w#/@.])|(?<=\bc\.)|(?<=\bca\.))(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|[/.:,]\d|\.[A-Za-z])")
_DIGIT = re.compile(r"\d")
_NEXT_WORD = re.compile(r"\s+([\w'’]+)")
_PREV_WORD = re.compile(r"([\w'’]+)\s+(?:the\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)
_ARROW = re.compile(r"\s*\\?(?:-{1,2}>|→|=>|⇒)\s*")
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"\W*\s*(?:up|down|rising|falling|rose|fell|increased|decreased|dropped|a\s+(?:rise|fall|drop|increase|decrease))\s+from\s+", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:to|or)\s+", re.IGNORECASE)
_OUT_OF = re.compile(r"\s+(?:out\s+of|of)\s+", re.IGNORECASE)
# How far back the word and bracket checks look: they read a few words, and a bounded look keeps a
# unit of any length linear (a 400k-character line without a full stop is one unit).
_LOOKBACK = 200


@dataclass(frozen=True)
class Metric:
    """One indicator value as written, its plain number, unit and offsets."""

    text: str
    value: float
    unit: str | None
    start: int
    end: int
    from_value: float | None = None
    to_value: float | None = None


# ---------------------------------------------------------------- rule loading

_STRINGS = "list of strings"
_REQUIRED: dict[str, dict[str, Any]] = {
    "number_word": {"words": _STRINGS, "value": (int, float)},
    "scale": {"pattern": str, "factor": int},
    "unit_suffix": {"pattern": str, "unit": str},
    "currency": {"unit": str, "symbols": _STRINGS, "codes": _STRINGS, "words": _STRINGS},
    "rate": {"pattern": str},
    "unit_noun": {"words": _STRINGS},
    "ref_word": {"words": _STRINGS},
    "count_stop": {"words": _STRINGS},
    "period_word": {"words": _STRINGS},
    "time_noun": {"words": _STRINGS},
    "fragment": {"name": str, "pattern": str},
    "mask": {"pattern": str},
    "pair": {"pattern": str},
    "fraction": {"pattern": str, "numerators": dict, "denominators": dict},
    "reading": {"pattern": str},
    "negative": {"pattern": str},
}

_LEXICONS = ("number_word", "currency", "unit_noun", "ref_word", "count_stop", "period_word", "time_noun")


@dataclass(frozen=True)
class _Suffix:
    regex: re.Pattern[str]
    unit: str | None
    factor: int


@dataclass(frozen=True)
class MetricRules:
    """The validated lexicons and compiled masks of one rules file."""

    words: dict[str, tuple[float, bool]]
    word_re: re.Pattern[str] | Prechecked
    word_range: re.Pattern[str]
    word_and: re.Pattern[str]  # "five and seven" after "between": the other end of a range
    suffixes: tuple[_Suffix, ...]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_units: dict[str, str]
    rates: tuple[re.Pattern[str], ...]
    noun_after: re.Pattern[str]
    near_noun: re.Pattern[str]
    stops: frozenset[str]
    period_words: frozenset[str]
    time_nouns: frozenset[str]
    masks: tuple[re.Pattern[str] | Prechecked, ...]
    # shapes whose numbers a mask would hide or no digit writes: "rated 8/10", "two-thirds of", "Arrears: nil"
    pairs: tuple[re.Pattern[str] | Prechecked, ...] = ()
    fractions: tuple[tuple[re.Pattern[str] | Prechecked, dict[str, int], dict[str, int]], ...] = ()
    # a reading's fixed value ("nil": 0), or None: the digits of its group "v" ("x2.5", "40-odd")
    readings: tuple[tuple[re.Pattern[str] | Prechecked, float | None], ...] = ()
    # an accountant's negative: "Variance: (£12,000)", "| (1,200) |": the sum in group "v" is below zero
    negatives: tuple[re.Pattern[str] | Prechecked, ...] = ()
    shape_gate: re.Pattern[str] | Prechecked | None = None  # any string a fraction or reading needs; None: always try them
    # "R1.2m", "R450,000": one-letter codes glued to a sum (currency "glued"), their letters and units
    glued: re.Pattern[str] | None = None
    glued_units: dict[str, str] = field(default_factory=dict)


def _valid(value: Any, want: Any) -> bool:
    if want == _STRINGS:
        return isinstance(value, list) and all(isinstance(v, str) and v for v in value)
    return isinstance(value, want) and not isinstance(value, bool)


def _check(path: Path, line_no: int, record: dict[str, Any], seen: set[str]) -> None:
    rule_id, kind = record.get("id"), record.get("kind")
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleError(path, line_no, "missing string 'id'")
    if rule_id in seen:
        raise RuleError(path, line_no, f"duplicate id {rule_id!r}")
    seen.add(rule_id)
    if kind not in _REQUIRED:
        raise RuleError(path, line_no, f"{rule_id}: unknown kind {kind!r}; use one of {sorted(_REQUIRED)}")
    for key, want in _REQUIRED[kind].items():
        if not _valid(record.get(key), want):
            name = want if isinstance(want, str) else getattr(want, "__name__", "number")
            raise RuleError(path, line_no, f"{rule_id}: '{key}' must be {name}")


def _alternation(words: list[str]) -> str:
    return factored_alternation(sorted(set(words), key=len, reverse=True))


def _compile(path: Path, line_no: int | None, pattern: str, fragments: dict[str, str]) -> re.Pattern[str]:
    return compile_rule(path, line_no, pattern, fragments, _FLAGS)


def load_rules(path: Path = RULES_PATH) -> MetricRules:
    """Read and validate a metric rules file; a bad record raises RuleError naming file:line."""
    return _build(path, records_by_kind(path, _REQUIRED, _check))


def _number_word_pattern(words: dict[str, tuple[float, bool]]) -> str:
    """Well-formed number phrases only: "twenty-five", "two hundred and ten", "a dozen"."""
    simple = _alternation([w for w, (_, mult) in words.items() if not mult])
    tens = _alternation([w for w, (v, mult) in words.items() if not mult and v >= 20 and v % 10 == 0])
    units = _alternation([w for w, (v, mult) in words.items() if not mult and 1 <= v <= 9])
    mult = _alternation([w for w, (_, m) in words.items() if m])
    base = f"(?:(?:{tens})[-\\s](?:{units})|{simple})"
    return f"(?:(?:a|{base})\\s+(?:{mult})(?:\\s+(?:and\\s+)?{base})?|{base})"


def _words_of(entries: list[tuple[int, dict[str, Any]]]) -> list[str]:
    return [w for _, rec in entries for w in rec["words"]]


def _build(path: Path, by_kind: RecordsByKind) -> MetricRules:
    fragments = {rec["name"]: rec["pattern"] for _, rec in by_kind["fragment"]}
    fragments["ref_word"] = _alternation(_words_of(by_kind["ref_word"]))
    fragments["noun"] = nouns = _alternation(_words_of(by_kind["unit_noun"]))
    # each mask behind a pre-check for the words it cannot match without ("http", "quarter", "meeting"; up to 24
    # of them: a dozen substring tests cost less than one pass of the month masks)
    # (a single character counts too: the masks are checked together, see _masked, so a check costs one
    # substring test a unit, shared by every mask that needs the same string)
    masks = tuple(prechecked(_compile(path, n, r["pattern"], fragments), max_strings=24, min_chars=1)
                  for n, r in by_kind["mask"])
    rates = _rates(path, by_kind, fragments)
    suffixes = tuple(_Suffix(_compile(path, n, r["pattern"], {}), r.get("unit"), r.get("factor", 1))
                     for kind in ("unit_suffix", "scale") for n, r in by_kind[kind])
    missing = sorted(kind for kind in _LEXICONS if not by_kind[kind])
    if missing:  # checked after the patterns so a bad record is reported with its line first
        raise RuleError(path, None, f"no rules of kind {', '.join(missing)}; every lexicon needs at least one record")
    words = {_norm(w): (float(rec["value"]), bool(rec.get("multiplier"))) for _, rec in by_kind["number_word"]
             for w in rec["words"]}
    word = _number_word_pattern(words)
    fractions = tuple((_grouped(path, n, r, fragments, ("num", "den")), {_norm(k): v for k, v in r["numerators"].items()},
                       {_norm(k): v for k, v in r["denominators"].items()}) for n, r in by_kind["fraction"])
    readings = tuple((_grouped(path, n, r, fragments, ("v",)), _reading_value(path, n, r)) for n, r in by_kind["reading"])
    return MetricRules(
        words=words,
        # one of 21 number words must be in the unit: tested as strings, 6x cheaper than the alternation
        word_re=prechecked(re.compile(rf"(?<![\w-]){word}(?![\w-])", _FLAGS), max_strings=32),
        word_range=re.compile(rf"(?:\s*[-–]\s*|\s+(?:to|or)\s+){word}(?![\w-])", _FLAGS),
        word_and=re.compile(rf"\s+and\s+(?:{word}|\d)", _FLAGS),
        suffixes=suffixes,
        **_currency_patterns([rec for _, rec in by_kind["currency"]]),
        rates=rates,
        noun_after=re.compile(rf"\s+(?P<noun>{nouns})['’]?(?!\w)", _FLAGS),
        near_noun=re.compile(rf"\s+(?:[\w'’-]+\s+)?(?:{nouns})(?!\w)", _FLAGS),
        stops=frozenset(_norm(w) for w in _words_of(by_kind["count_stop"])),
        period_words=frozenset(_norm(w) for w in _words_of(by_kind["period_word"])),
        time_nouns=frozenset(_norm(w) for w in _words_of(by_kind["time_noun"])),
        masks=masks,
        pairs=tuple(_grouped(path, n, r, fragments, ("a", "b")) for n, r in by_kind["pair"]),
        fractions=fractions,
        readings=readings,
        negatives=tuple(_grouped(path, n, r, fragments, ("v",)) for n, r in by_kind["negative"]),
        shape_gate=_gate([f[0] for f in fractions] + [r[0] for r in readings]),
    )


def _reading_value(path: Path, line_no: int, rec: dict[str, Any]) -> float | None:
    if "value" not in rec:
        return None
    if not _valid(rec["value"], (int, float)):
        raise RuleError(path, line_no, f"{rec['id']}: 'value' must be a number")
    return float(rec["value"])


def _gate(patterns: list[re.Pattern[str] | Prechecked]) -> re.Pattern[str] | Prechecked | None:
    """One search for every string the word shapes need ("third", "nil"): most units hold none, and one
    search costs less than a pre-check a pattern. The search itself runs behind substring tests of the
    same strings (a case-blind alternation is scanned a position at a time, the tests are not)."""
    if not patterns or not all(isinstance(p, Prechecked) for p in patterns):
        return None
    strings = [n for p in patterns for n in p.needed]
    return Prechecked(re.compile("|".join(map(re.escape, strings)), re.IGNORECASE), strings, also=())


def _grouped(path: Path, line_no: int, rec: dict[str, Any], fragments: dict[str, str],
             groups: tuple[str, ...]) -> re.Pattern[str] | Prechecked:
    regex = _compile(path, line_no, rec["pattern"], fragments)
    if not set(groups) <= set(regex.groupindex):
        raise RuleError(path, line_no, f"{rec['id']}: a {rec['kind']} pattern needs the groups {', '.join(groups)}")
    needs = rec.get("needs")
    if needs is not None and not (isinstance(needs, list) and needs and all(isinstance(n, str) and n for n in needs)):
        raise RuleError(path, line_no, f"{rec['id']}: 'needs' must be a list of strings")
    # "needs": strings every match holds, when the pattern's own cannot be worked out ("/" of a score)
    return Prechecked(regex, [n.lower() for n in needs]) if needs else prechecked(regex, max_strings=24)


def _rates(path: Path, by_kind: RecordsByKind, fragments: dict[str, str]) -> tuple[re.Pattern[str], ...]:
    rates = []
    for line_no, rec in by_kind["rate"]:
        rate = _compile(path, line_no, rec["pattern"], fragments)
        if "base" not in rate.groupindex:
            raise RuleError(path, line_no, f"{rec['id']}: a rate pattern needs a (?P<base>...) group")
        rates.append(rate)
    return tuple(rates)


# a glued one-letter code ("R1.2m") is money only before a sum's shape: thousands commas or a scale; "R1",
# "R12" stay references (a recommendation, a room, a risk)
_MONEY_SHAPED = r"(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:k|m|mn|bn|million|billion)(?![\w-]))"


def _currency_patterns(currencies: list[dict[str, Any]]) -> dict[str, Any]:
    """"£", "\\$" and "GBP" before the number; "GBP", "pounds" after it; glued letter codes ("R1.2m")."""
    glued_units = {g: c["unit"] for c in currencies for g in c.get("glued", [])}
    glued = "|".join(re.escape(g) for g in sorted(glued_units, key=len, reverse=True))
    symbols = "".join(re.escape(s) for c in currencies for s in c["symbols"])
    codes = _alternation([s for c in currencies for s in c["codes"]])
    after = _alternation([s for c in currencies for s in c["codes"] + c["words"]])
    return {
        "currency_before": re.compile(rf"(?:\\?(?P<sym>[{symbols}])\s?|(?<!\w)(?P<code>{codes})\s?)$", _FLAGS),
        "currency_after": re.compile(rf"\s+(?P<cur>{after})(?!\w)", _FLAGS),
        "currency_units": {s.lower(): c["unit"] for c in currencies for s in c["symbols"] + c["codes"] + c["words"]},
        # the code first, so the scan looks for its letter alone; what comes before is checked in _glued_codes
        "glued": re.compile(rf"(?:{glued}){_MONEY_SHAPED}") if glued else None,
        "glued_units": glued_units,
    }


@cache
def default_rules() -> MetricRules:
    """The packaged rules, loaded and validated once."""
    return load_rules(RULES_PATH)


def _norm(word: str) -> str:
    return " ".join(word.lower().replace("’", "'").split())


# ------------------------------------------------------------------- mentions

@dataclass
class _Mention:
    start: int
    end: int
    number: Decimal
    factor: int = 1
    unit: str | None = None
    suffixed: bool = False  # carries its own %, scale or data unit
    from_value: float | None = None
    to_value: float | None = None

    @property
    def value(self) -> float:
        return float(self.number * self.factor)


class _Masked:
    """The masked spans of a text, merged and sorted so each lookup is a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_left(self.ends, start + 1)  # the first span ending after `start`
        return at < len(self.starts) and self.starts[at] < end


def _masked(text: str, rules: MetricRules) -> _Masked:
    gate = precheck_group(rules.masks)  # the ~40 masks' pre-checks made together: most masks need what a unit lacks
    plain = gate.plain
    return _Masked([m.span() for at in gate.allowed(text) for m in plain[at].finditer(text) if m.end() > m.start()])



def _suffix(text: str, pos: int, rules: MetricRules) -> tuple[_Suffix, int] | None:
    """The longest unit or scale suffix at `pos` ("mb" beats the million "m")."""
    best: tuple[_Suffix, int] | None = None
    for suffix in rules.suffixes:
        m = suffix.regex.match(text, pos)
        if m and m.end() > pos and (best is None or m.end() > best[1]):
            best = (suffix, m.end())
    return best


def _currency_before(text: str, start: int, rules: MetricRules) -> tuple[str, int] | None:
    m = rules.currency_before.search(text, max(0, start - 6), start)
    if not m:
        return None
    key = (m["sym"] or m["code"]).lower()
    return rules.currency_units[key], m.start()


def _is_enumerator(text: str, start: int, end: int) -> bool:
    """"discuss 1)." numbers a list; the 8 in "(6 out of 8)" closes a parenthesis."""
    if not text.startswith(")", end) or (start and not text[start - 1].isspace()):
        return False
    depth = 0
    for char in text[max(0, start - _LOOKBACK):start]:
        depth = depth + 1 if char == "(" else max(0, depth - 1) if char == ")" else depth
    return depth == 0


def _is_period(text: str, start: int, end: int, rules: MetricRules) -> bool:
    """"in the last three months" is a period, not a count of months; "over three months of
    reserves" and "four months' running costs" are readings."""
    after, before = _NEXT_WORD.match(text, end), _PREV_WORD.search(text, max(0, start - _LOOKBACK), start)
    if after and _MEASURED_TIME.match(text, after.end()):
        return False
    if not (after and before and _norm(after[1]).rstrip("'") in rules.time_nouns
            and _norm(before[1]) in rules.period_words):
        return False
    # "cleared within 72 hours, against a target of 48 hours": a time set against a target in the same
    # unit of time is the reading itself
    noun = _norm(after[1]).rstrip("'s")
    return not (_norm(before[1]) == "within" and any(
        _norm(m["noun"]).rstrip("s") == noun for m in _TIME_TARGET.finditer(text)))


_TIME_TARGET = re.compile(r"\b(?:target|standard|benchmark|goal|compared\s+(?:with|to)|against)\b[^.;\d]{0,25}?"
                          r"\d+(?:\.\d+)?\s*(?P<noun>[a-z]+)", re.I)
_MINUS = "-−–"  # a hyphen, the minus sign, an en dash typed as one, glued to the number
_SCALES = {"k": 1000, "m": 1000000, "mn": 1000000, "bn": 1000000000}
_SPACED_SCALE = re.compile(r"\s(?P<scale>k|m|mn|bn)(?![\w-])", re.IGNORECASE)
_MEASURED_TIME = re.compile(r"['’]|\s+of\s+(?:reserves?|expenses?|costs?|spend|running|cover|income|rent)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM_TO = re.compile(r"\bfrom\s+[£$€]?(?P<other>[\w.,-]+?)(?:%|\s+per\s*cent)?\s+to\s+$", re.I)
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|against|from|up\s+to|down\s+to)\s+$", re.I)


def _digit_mention(m: re.Match[str], text: str, rules: MetricRules) -> _Mention | None:
    start, end = m.span()
    mention = _Mention(start, end, Decimal(m["num"].replace(",", "")))
    if start >= 1 and text[start - 1] in _MINUS and (start == 1 or text[start - 2] in " (:\t"):
        mention.start, mention.number = start - 1, -mention.number  # "-3.5%", "(-0.21)": a sign, not a range
    found = _suffix(text, end, rules)
    if found and found[0].unit == "s" and re.fullmatch(r"(?:1[89]|20)\d0", m["num"]):
        return None  # "the 1990s" is a decade, not 1990 seconds
    if found:
        suffix, mention.end = found
        mention.unit, mention.factor, mention.suffixed = suffix.unit, suffix.factor, True
    elif re.match(r"[^\W_]|-[A-Za-z]", text[end:end + 2]):
        return None  # "10am", "1st", "3DP", "24-bit": glued letters make a time, ordinal, name or modifier
    currency = _currency_before(text, start, rules)
    if currency:
        mention.unit, mention.start = mention.unit or currency[0], currency[1]
        at = currency[1]
        if mention.number > 0 and at >= 1 and text[at - 1] in _MINUS and (at == 1 or text[at - 2] in " (:\t"):
            mention.start, mention.number = at - 1, -mention.number  # "-£25k", "–£3,200": a loss, a deficit
        if not found:
            spaced = _SPACED_SCALE.match(text, end)
            if spaced:  # "£1.2 m", "€3 bn": a scale written apart from a sum of money
                mention.factor, mention.end, mention.suffixed = _SCALES[spaced["scale"].lower()], spaced.end(), True
    _attach_after(text, mention, rules)
    if _not_a_value(text, m, mention, rules):
        return None
    return mention


def _attach_after(text: str, mention: _Mention, rules: MetricRules) -> None:
    cur = rules.currency_after.match(text, mention.end)
    if cur and mention.unit in (None, *rules.currency_units.values()):
        mention.unit, mention.end = rules.currency_units[cur["cur"].lower()], cur.end()
    for rate in rules.rates:
        found = rate.match(text, mention.end)
        if found and mention.unit is None:
            mention.unit = "per_" + found["base"].replace(",", "")
    noun = rules.noun_after.match(text, mention.end)
    if noun and mention.unit is None:
        mention.unit = _norm(noun["noun"])


def _not_a_value(text: str, m: re.Match[str], mention: _Mention, rules: MetricRules) -> bool:
    if mention.unit is None and not mention.suffixed and _YEAR.fullmatch(m["num"]):
        return True
    if not mention.suffixed and _is_enumerator(text, m.start(), m.end()):
        return True
    return _is_period(text, m.start(), mention.end, rules)


def _word_value(phrase: str, rules: MetricRules) -> Decimal:
    total = current = Decimal(0)
    for token in re.split(r"[\s-]+", _norm(phrase)):
        if token in ("and", "a"):
            continue
        value, multiplier = rules.words[token]
        if multiplier:
            current = max(current, Decimal(1)) * Decimal(int(value))
            if value >= 1000:
                total, current = total + current, Decimal(0)
        else:
            current += Decimal(int(value))
    return total + current


def _word_mention(m: re.Match[str], text: str, rules: MetricRules, counted_from: int | None = None) -> _Mention | None:
    mention = _Mention(m.start(), m.end(), _word_value(m[0], rules))
    found = _suffix(text, m.end(), rules)
    if found and found[0].unit == "%":
        mention.unit, mention.end, mention.suffixed = "%", found[1], True
        return mention
    parts_a_total = counted_from is not None and counted_from < m.start() and _parts_a_total(text, m, mention)
    if not parts_a_total and not _counts_something(text, m, mention, rules):
        return None
    _attach_after(text, mention, rules)
    return mention


def _counts_something(text: str, m: re.Match[str], mention: _Mention, rules: MetricRules) -> bool:
    """A number word is a value only when it counts the noun after it."""
    following = _NEXT_WORD.match(text, m.end())
    if _in_pair(text, m, rules):
        return True  # "six out of eight", "six of the eight schools": both numbers are the reading
    if _COMPARED.search(text[max(0, m.start() - 16):m.start()]):
        return True  # "two incidents, compared with five in September"
    if _BETWEEN.search(text[max(0, m.start() - 12):m.start()]) and rules.word_and.match(text, m.end()):
        return True  # "between five and seven per cent": the range's low end, its unit written once after both
    moved = _FROM_TO.search(text[max(0, m.start() - 40):m.start()])
    if moved and (moved["other"][:1].isdigit()
                  or all(w in rules.words for w in re.split(r"[\s-]+", _norm(moved["other"])))):
        return True  # "down from twelve to nine.": the change's other end, no noun after it
    if not following or _is_period(text, m.start(), m.end(), rules):
        return False
    if mention.number == 1:
        return bool(rules.near_noun.match(text, m.end()))  # "one concern", "one of the"
    if _norm(following[1]) in rules.stops:
        return bool(rules.word_range.match(text, m.end()))  # "two to three members"
    return True


# "Of the 14 indicators, nine were on target and five were below", "12 stewards, two of them new": a number
# word standing for part of a total counted earlier in the unit is a value though no noun follows it
_PARTITION_AFTER = re.compile(r"\s+(?:of\s+(?:them|these|those|which)\b|(?:were|was|are|is|had|have|has|remain(?:ed)?)\b)", re.I)
_PARTITION_OF = re.compile(r"\s+of\s+(?:them|these|those|which)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|those|these|other|both|all|that|this)\s+$", re.I)  # "those two are in"


def _parts_a_total(text: str, m: re.Match[str], mention: _Mention) -> bool:
    if _DETERMINER_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
        return False
    if mention.number == 1:  # "the other one is ...": only "one of them" parts a total
        return bool(_PARTITION_OF.match(text, m.end()))
    return bool(_PARTITION_AFTER.match(text, m.end()))


# "six out of eight", "six of the eight", "one in ten": both numbers are the reading
_PAIR_BEFORE = re.compile(r"(?:\bout\s+of|\bof\s+the)\s+$", re.I)
_PAIR_AFTER = re.compile(r"\s+(?:out\s+of|of\s+the)\s+(?P<other>[\w-]+)", re.I)
# "one in ten": a share, its part smaller than its whole ("eleven in one morning" is no pair)
_IN_BEFORE = re.compile(r"(?<![\w-])(?P<other>[\w-]+)\s+in\s+(?:every\s+)?$", re.I)
_IN_AFTER = re.compile(r"\s+in\s+(?:every\s+)?(?P<other>[\w-]+)", re.I)


def _in_pair(text: str, m: re.Match[str], rules: MetricRules) -> bool:
    if _PAIR_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
        return True
    after = _PAIR_AFTER.match(text, m.end())
    if after and (after["other"][0].isdigit() or _norm(after["other"]) in rules.words):
        return True
    own = _plain_value(m[0], rules)
    before = _IN_BEFORE.search(text[max(0, m.start() - 24):m.start()])
    after = _IN_AFTER.match(text, m.end())
    return own is not None and (before is not None and (_plain_value(before["other"], rules) or own) < own
                                or after is not None and (_plain_value(after["other"], rules) or 0) > own)


def _plain_value(word: str, rules: MetricRules) -> float | None:
    """A digit run or a single number word's value: "10", "ten"."""
    if word.isdigit():
        return float(word)
    found = rules.words.get(_norm(word))
    return found[0] if found and not found[1] else None


def _is_count(mention: _Mention, money: set[str]) -> bool:
    """A plain count ("14 indicators", "40 responses"), not a sum, a rate, a percentage or a measurement."""
    return not mention.suffixed and mention.unit not in money and not (mention.unit or "").startswith("per_")


def _mentions(text: str, rules: MetricRules) -> list[_Mention]:
    glued = _glued_codes(text, rules)
    if glued:  # "R1.2m": the code blanked so the number is read, its unit set below
        blanked = text
        for number_at, code_at in glued.items():
            blanked = blanked[:code_at] + " " * (number_at - code_at) + blanked[number_at:]
        numbers = list(_NUMBER.finditer(blanked))
    else:  # a unit without a digit (most) has no number to find: one scan for a digit, not the lookbehinds at each place
        numbers = list(_NUMBER.finditer(text)) if _DIGIT.search(text) else []
    words = list(rules.word_re.finditer(text))
    shaped = _shaped(text, rules)
    if not numbers and not words:
        return shaped  # most units: no number to mask, so none of the ~40 masks need to run
    masked = _masked(text, rules)
    taken = _Masked([(m.start, m.end) for m in shaped])
    found = [_digit_mention(m, text, rules) for m in numbers
             if not masked.overlaps(*m.span()) and not taken.overlaps(*m.span())]
    money = set(rules.currency_units.values())
    counted_from = min((f.start for f in found if f is not None and _is_count(f, money)), default=None)
    found += [_word_mention(m, text, rules, counted_from) for m in words
              if not masked.overlaps(*m.span()) and not taken.overlaps(*m.span())]
    for f in found:
        if f is not None and f.start in glued:
            f.unit, f.start = rules.glued_units[text[glued[f.start]:f.start]], glued[f.start]
    found = sorted([f for f in found if f is not None] + shaped, key=lambda f: f.start)
    for negative in rules.negatives:
        for m in negative.finditer(text):
            scale = m.groupdict().get("scale")
            for f in found:
                if m.start("v") <= f.start and f.end <= m.end("v") and f.number > 0:
                    f.number = -f.number
                    if scale and f.factor == 1:  # "£(0.3)m": the scale written after the brackets
                        f.factor, f.end = _SCALES[scale.lower()], m.end("scale")
    return found


def _glued_codes(text: str, rules: MetricRules) -> dict[int, int]:
    """Where a glued letter code's number starts -> where the code starts; a substring test spares the regex."""
    if rules.glued is None or not any(code in text for code in rules.glued_units):
        return {}
    return {m.end(): m.start() for m in rules.glued.finditer(text)
            if not m.start() or not _GLUED_AFTER.match(text, m.start() - 1)}


_GLUED_AFTER = re.compile(r"[\w#/@.]")  # a code glued to what precedes it is part of a word or reference


def _pair_value(written: str, rules: MetricRules) -> Decimal:
    """"8" of "8/10", "one" of "one-in-five": a digit run or number words."""
    return Decimal(written) if written[:1].isdigit() else _word_value(written, rules)


_GROUPING = re.compile(r"[,\s]")  # the thousands separators a reading's digits may hold: "24 300", "57, 964.46"


def _shaped(text: str, rules: MetricRules) -> list[_Mention]:
    """Values of the shapes the rules spell out whole: a score ("rated 8/10": both numbers, as "8 out of 10"),
    a fraction ("two-thirds of members": 2/3), a nil reading ("Arrears: nil": 0)."""
    found: list[_Mention] = []
    for pair in rules.pairs:  # behind their "needs" pre-check ("/" of a score)
        for m in pair.finditer(text):
            a, b = _pair_value(m["a"], rules), _pair_value(m["b"], rules)
            if a <= b:  # a part and its whole: "6-in-1 vaccine" names a product, "11/10" no score
                found += [_Mention(m.start("a"), m.end("a"), a), _Mention(m.start("b"), m.end("b"), b)]
    if rules.shape_gate is not None and not rules.shape_gate.search(text):
        return found
    for fraction, numerators, denominators in rules.fractions:
        for m in fraction.finditer(text):
            num, den = numerators.get(_norm(m["num"])), denominators.get(_norm(m["den"]))
            if num and den:
                found.append(_Mention(m.start("num"), m.end("den"), Decimal(num) / Decimal(den)))
    for reading, value in rules.readings:
        found += [_Mention(m.start("v"), m.end("v"), Decimal(_GROUPING.sub("", m["v"])) if value is None else Decimal(value))
                  for m in reading.finditer(text)]
    found.sort(key=lambda f: f.start)
    return [f for i, f in enumerate(found) if not i or f.start >= found[i - 1].end]  # the first of overlapping shapes


# ----------------------------------------------------------------- comparisons

def _link(text: str, mentions: list[_Mention]) -> None:
    for a, b in zip(mentions, mentions[1:]):
        between = text[a.end:b.start]
        window = max(0, a.start - _LOOKBACK)
        if _ARROW.fullmatch(between) or (_TO.fullmatch(between) and _FROM_BEFORE.search(text, window, a.start)):
            _compare(a, b, old=a, new=b)
        elif (_FROM.fullmatch(between) and _TO_BEFORE.search(text, window, a.start)) or _CHANGE_FROM.fullmatch(between):
            _compare(a, b, old=b, new=a)
        elif _RANGE.fullmatch(between):
            _share(a, b)
        elif _OUT_OF.fullmatch(between) and a.unit is None:
            a.unit = b.unit


def _compare(a: _Mention, b: _Mention, *, old: _Mention, new: _Mention) -> None:
    _share(a, b)
    for mention in (a, b):
        mention.from_value, mention.to_value = old.value, new.value


def _share(a: _Mention, b: _Mention) -> None:
    """"£2-3m", "10-15%": a unit or scale written once covers both ends."""
    if a.factor == 1 and b.factor != 1 and not a.suffixed:
        a.factor = b.factor
    a.unit = a.unit or b.unit
    b.unit = b.unit or a.unit


def _not_list_counts(text: str, mentions: list[_Mention], rules: MetricRules) -> list[_Mention]:
    """"Two bids received: $6,850 and $7,420": a count of the sums a colon lists is no value of its own."""
    if ":" not in text or len(mentions) < 3:
        return mentions
    money = set(rules.currency_units.values())
    for i, count in enumerate(mentions[:-2]):
        listed = mentions[i + 1:]
        if _is_count(count, money) and count.unit is None and ":" in text[count.end:listed[0].start] \
                and count.number == len(listed) and all(m.unit in money for m in listed):
            return mentions[:i] + listed
    return mentions


def parse_metrics(text: str, *, rules: MetricRules | None = None) -> list[Metric]:
    """Every number in `text` that is an indicator's value, in reading order."""
    rules = rules or default_rules()
    mentions = _not_list_counts(text, [m for m in _mentions(text, rules) if math.isfinite(m.value)], rules)
    _link(text, mentions)
    return [Metric(text[m.start:m.end], m.value, m.unit, m.start, m.end, m.from_value, m.to_value)
            for m in mentions]
