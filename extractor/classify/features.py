"""unit_features: what the classifier sees of one unit, its cues and its context."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

import numpy as np

from ..resolve.attendees import Owner, PeopleIndex
from ..resolve.due import Due, resolve_due
from ..resolve.metrics import Metric, parse_metrics
from ..resolve.owners import find_owners
from ..structure.people import Person

TOKEN = re.compile(r"[£$€]|\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?|[%:;?!()\[\]/–—-]")
OWNER_TAIL = re.compile(r"[–—-]\s*(?:(?:CC|Cllr|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s*(?:/|and|&)\s*(?:(?:CC|Cllr|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*\s*[.)]?$")
SPEAKER = re.compile(r"^(?:@?[A-Z][\w.'’@-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*[:,-]\s")
MONEY = re.compile(r"[£$€]\s?\d|\d\s?(?:k|m|bn|million|billion)\b", re.I)


@dataclass
class UnitContext:
    """Everything the features read of one unit (built from a Doc or from plain text)."""

    text: str
    kind: str = "sentence"
    marker: str = ""
    section: str | None = None
    item_title: str | None = None
    cues: list[tuple[str, str, bool, bool]] = field(default_factory=list)  # (label, id, at_start, at_end)
    prev_cues: list[str] = field(default_factory=list)
    lead_in: str = ""  # the line that introduced the list this unit is an item of ("RESOLVED that the Committee:")
    lead_in_cues: list[str] = field(default_factory=list)
    prev_text: str = ""
    next_text: str = ""
    position: int = 0
    people: frozenset[str] = frozenset()  # attendee names, first names, surnames and initials
    attendees: list[Person] | PeopleIndex = field(default_factory=list)
    meeting_date: dt.date | None = None
    # what minutes_resolver found in the unit; None (units without a document): found here with default rules
    owners: list[Owner] | None = None
    due: Due | None = None
    metrics: list[Metric] | None = None


def tokens(text: str) -> list[str]:
    return [_norm(t) for t in TOKEN.findall(text)]


def _norm(token: str) -> str:
    if token[0].isdigit():
        return "<pct>" if token.endswith("%") else "<num>"
    return token.lower()


def unit_features(unit: UnitContext) -> dict[str, float]:
    feats, at, padded = unit_features_apart(unit)
    if at == len(feats):
        _char_grams_of(padded, feats)
        return feats
    rest = list(feats.items())[at:]
    for key, _ in rest:
        del feats[key]
    _char_grams_of(padded, feats)
    feats.update(rest)
    return feats


def unit_features_apart(unit: UnitContext) -> tuple[dict[str, float], int, str]:
    """`unit_features` without its character grams, the position they go in at and the text they are taken
    from: the classifier looks a document's grams up in one vectorised pass (GramTable) instead of building
    and hashing ~300 strings a unit, and puts them back in the same place, so the weights are summed in the
    same order."""
    # keys go in by dict.fromkeys/update, which keep the order and values of assigning them one by one
    # (the order matters: it is the order the model's weights are summed in)
    raw = TOKEN.findall(unit.text)
    words = _normed(raw)
    feats: dict[str, float] = dict.fromkeys(map("w=".__add__, words), 1.0)
    feats.update(dict.fromkeys([f"b={a}_{b}" for a, b in zip(words, words[1:])], 1.0))
    for n, w in enumerate(words[:3]):
        feats[f"first{n}={w}"] = 1.0
    if words:
        feats[f"last={words[-1]}"] = 1.0
        feats["first_upper_word"] = float(raw[0].isupper() and len(raw[0]) > 1)
    for label, rule_id, at_start, at_end in unit.cues:
        feats[f"cue={label}"] = 1.0
        feats[f"cue_id={rule_id}"] = 1.0
        if at_start:
            feats[f"cue_start={label}"] = 1.0
        if at_end:
            feats[f"cue_end={label}"] = 1.0
    for label in dict.fromkeys(unit.prev_cues):  # first-seen order: the same sum in every run
        feats[f"prev_cue={label}"] = 1.0
    if unit.lead_in:  # ANNOTATION.md: list items are read with their lead-in
        feats["has_lead_in"] = 1.0
        for label in dict.fromkeys(unit.lead_in_cues):
            feats[f"lead_cue={label}"] = 1.0
        for w in _leading_words(unit.lead_in, 4):
            feats[f"lead_w={w}"] = 1.0
        if len(words) <= 10 and all(cue[0] == "NUMBER" for cue in unit.cues):
            # a bare item (a name, an application, a payee) says nothing itself: its lead-in decides
            # ("APPROVED the appointment of:" / "Ms A Bell"), which a sum of separate weights cannot express
            for label in dict.fromkeys(unit.lead_in_cues):
                feats[f"bare_lead_cue={label}"] = 1.0
            feats["bare_item"] = 1.0
    at, padded = len(feats), gram_text(words)
    _shape(unit, words, raw, feats)
    _context(unit, feats)
    _resolvers(unit, feats)
    return feats, at, padded


def _normed(raw: list[str]) -> list[str]:
    """`tokens` of text already split by TOKEN (`_norm` written out: one call a unit, not one a token)."""
    return [("<pct>" if t[-1] == "%" else "<num>") if t[0].isdigit() else t.lower() for t in raw]


@lru_cache(maxsize=4096)
def _leading_words(text: str, n: int, distinct: bool = False) -> tuple[str, ...]:
    """The first `n` tokens (distinct ones: first occurrences) of a text many units share: a lead-in line,
    a section heading, an item title, each tokenised once rather than once a unit."""
    words = tokens(text)
    return tuple((list(dict.fromkeys(words)) if distinct else words)[:n])


@lru_cache(maxsize=4096)
def _heading_features(prefix: str, text: str) -> dict[str, float]:
    """The features of a section heading's or item title's first distinct words, built once a heading
    rather than once a unit under it (read only: callers copy them into their own features)."""
    return dict.fromkeys([prefix + w for w in _leading_words(text, 8, True)], 1.0)


def gram_text(words: list[str]) -> str:
    """The text character grams are taken from: the first words, space-separated and padded."""
    return " " + " ".join(words[:25]) + " "


def _char_grams(words: list[str], feats: dict[str, float]) -> None:
    """Character 3- and 4-grams of the first words: 'voted', 'votes' and 'vote' share evidence."""
    _char_grams_of(gram_text(words), feats)


def _char_grams_of(padded: str, feats: dict[str, float]) -> None:
    # each key joined from single characters in one step ("c=" + a slice would build two strings a gram)
    after1, after2, after3 = padded[1:], padded[2:], padded[3:]
    grams = list(map("".join, zip(repeat("c="), padded, after1, after2)))
    grams += map("".join, zip(repeat("c="), padded, after1, after2, after3))
    feats.update(dict.fromkeys(grams, CHAR_WEIGHT))


CHAR_WEIGHT = 0.3  # many grams per unit: keep their sum from swamping the word features
GRAM_PREFIX = "c="


class GramTable:
    """A model's character-gram features as integers, so a document's grams are found in a few numpy calls.

    Each character of the grams the model knows gets a small code (0: a character no known gram holds), a
    gram the codes of its characters side by side; `columns` gives, for each unit's `gram_text`, the columns
    of the known grams in the order `_char_grams_of` puts them in the features (3-grams then 4-grams, each at
    its first occurrence), exactly what looking the strings up in the model's index keeps."""

    def __init__(self, index: dict[str, int]) -> None:
        grams = {n: [(name[len(GRAM_PREFIX):], column) for name, column in index.items()
                     if name.startswith(GRAM_PREFIX) and len(name) == len(GRAM_PREFIX) + n] for n in (3, 4)}
        alphabet = sorted({ch for found in grams.values() for gram, _ in found for ch in gram})
        self.bits = len(alphabet).bit_length()  # codes 1..len(alphabet)
        self.usable = self.bits <= 16  # four codes in 64 bits
        self.columns_count = max(index.values(), default=-1) + 1
        self.lut = np.zeros(max(map(ord, alphabet), default=0) + 1, dtype=np.uint64)
        for code, ch in enumerate(alphabet, 1):
            self.lut[ord(ch)] = code
        self.tables = {}
        for n, found in grams.items():
            keys = np.array([self._code(gram) for gram, _ in found], dtype=np.uint64)
            order = np.argsort(keys, kind="stable")
            self.tables[n] = (keys[order], np.array([c for _, c in found], dtype=np.intp)[order])

    def _code(self, gram: str) -> int:
        code = 0
        for ch in gram:
            code = code << self.bits | int(self.lut[ord(ch)])
        return code

    def columns(self, texts: list[str]) -> list[np.ndarray]:
        """The known grams' columns of each text, in feature order."""
        found, units = self.flat(texts)
        return np.split(found, np.cumsum(np.bincount(units, minlength=len(texts)))[:-1]) if texts else []

    def flat(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(columns, text numbers) of every text's known grams, text by text, each in feature order."""
        count = len(texts)
        empty = np.zeros(0, dtype=np.intp)
        lengths = np.fromiter(map(len, texts), dtype=np.intp, count=count)
        points = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        codes = self.lut[np.minimum(points, len(self.lut) - 1)]
        codes[points >= len(self.lut)] = 0
        unit_of = np.repeat(np.arange(count), lengths)
        end_of = np.repeat(np.cumsum(lengths), lengths)
        found_parts, unit_parts = [], []
        for n in (3, 4):
            keys, columns = self.tables[n]
            size = len(codes) - n + 1
            if size <= 0 or not len(keys):
                continue
            grams = codes[:size].copy()
            for k in range(1, n):
                grams <<= np.uint64(self.bits)
                grams |= codes[k:size + k]
            at = np.minimum(np.searchsorted(keys, grams), len(keys) - 1)
            hits = np.flatnonzero((keys[at] == grams) & (np.arange(size) + n <= end_of[:size]))
            found, units = columns[at[hits]], unit_of[hits]
            _, first = np.unique(units * self.columns_count + found, return_index=True)
            first.sort()  # each unit's gram at its first occurrence, in text order
            found_parts.append(found[first])
            unit_parts.append(units[first])
        if not found_parts:
            return empty, empty
        found, units = np.concatenate(found_parts), np.concatenate(unit_parts)
        order = np.argsort(units, kind="stable")  # text by text, 3-grams before 4-grams as the features have them
        return found[order], units[order]


def _resolvers(unit: UnitContext, feats: dict[str, float]) -> None:
    """What the resolvers find is evidence too: a named owner, a deadline, indicator values."""
    resolved = unit.metrics is not None  # minutes_resolver ran on this unit's document
    owners = unit.owners or [] if resolved else find_owners(unit.text, unit.attendees)
    for owner in owners[:2]:
        feats["owner=attendee" if owner.attendee else "owner=named"] = 1.0
    due = unit.due if resolved else resolve_due(unit.text, unit.meeting_date)
    if due is not None:
        feats["due=dated" if due.date else "due=open"] = 1.0
    values = unit.metrics if resolved else parse_metrics(unit.text)
    feats[f"values={min(len(values), 3)}"] = 1.0
    for metric in values[:4]:
        feats[f"value_unit={metric.unit if metric.unit in _UNITS else 'noun' if metric.unit else 'none'}"] = 1.0
        if metric.from_value is not None:
            feats["value_change"] = 1.0


_UNITS = {"%", "GBP", "USD", "EUR", "MB", "GB", "per_1000"}


def _shape(unit: UnitContext, words: list[str], raw: list[str], feats: dict[str, float]) -> None:
    text = unit.text.strip()
    numbers = words.count("<num>") + words.count("<pct>")
    feats[f"numbers={min(numbers, 3)}"] = 1.0
    feats[f"len={_bucket(len(words))}"] = 1.0
    # MONEY needs a digit (every digit is in a TOKEN number), OWNER_TAIL a dash: most units have neither
    if numbers and MONEY.search(text):
        feats["money"] = 1.0
    if ("-" in text or "–" in text or "—" in text) and OWNER_TAIL.search(text):
        feats["owner_tail"] = 1.0
    speaker = SPEAKER.match(text)
    if speaker:
        feats["speaker_prefix"] = 1.0
        said = tokens(text[speaker.end():])[:2]  # "JL: will take this" vs "JL: we need a scope"
        if said:
            feats[f"after_speaker={said[0]}"] = 1.0
            feats[f"after_speaker2={'_'.join(said)}"] = 1.0
    people = unit.people
    if raw and _is_person(raw[0], people):
        feats["starts_with_person"] = 1.0
    if people and _mentions(raw, people):
        feats["mentions_person"] = 1.0
    for mark, name in ((":", "ends_colon"), ("?", "ends_question"), (".", "ends_period"), ("!", "ends_bang")):
        if text.endswith(mark):
            feats[name] = 1.0
    if is_lead_in(text):
        feats["lead_in_line"] = 1.0
    if text[:1].islower():
        feats["starts_lower"] = 1.0
    if "http" in text or text.startswith("<"):
        feats["link"] = 1.0


def _context(unit: UnitContext, feats: dict[str, float]) -> None:
    feats[f"kind={unit.kind}"] = 1.0
    if unit.marker:
        feats[f"marker={unit.marker}"] = 1.0
    feats.update(_heading_features("secw=", unit.section or ""))
    feats.update(_heading_features("itemw=", unit.item_title or ""))
    if unit.section is None:
        feats["no_section"] = 1.0
    if unit.prev_text.rstrip().endswith(":"):
        feats["after_colon"] = 1.0
    feats[f"pos={min(unit.position, 3)}"] = 1.0


LEAD_IN_END = re.compile(r"(?::|:-|:–|:—|…)\W*$")


def is_lead_in(text: str) -> bool:
    """A line that opens a list: it ends with ':' or ':-' ('RESOLVED that the Committee:-', '**Next steps**:')."""
    if ":" not in text and "…" not in text:
        return False  # most units: the end the pattern looks for needs one of them (read twice a unit)
    return bool(LEAD_IN_END.search(text.rstrip("*_ ")))


def _bucket(n: int) -> str:
    return "1-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def _mentions(raw: list[str], people: frozenset[str]) -> bool:
    """Is a token after the first `_is_person`? TOKEN's tokens hold none of "@,." and ":" only alone, so
    stripping changes ":" alone (to ""): the lowered tokens are looked up in one C-level pass unless a key
    could tell ":" and "" apart."""
    if ":" in people or "" in people:
        return any(t.strip("@:,.").lower() in people for t in raw[1:])
    return not people.isdisjoint(map(str.lower, raw[1:]))


def _is_person(token: str, people: frozenset[str]) -> bool:
    return token.strip("@:,.").lower() in people if people else False
