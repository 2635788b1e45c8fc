"""Rule-based matchers: cue phrases as spaCy span_ruler patterns kept in JSONL.

The cues are signals for the classifier, not labels: `minutes_cues` is a plain
spaCy `span_ruler` (a built-in, saved with the pipeline) whose spans land in
`doc.spans["cues"]`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from itertools import product
from pathlib import Path
from types import MethodType

import numpy as np
from spacy.attrs import IS_ALPHA, LIKE_NUM, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..rules import read_rules

CUES_PATH = Path(__file__).with_name("cues.jsonl")
CUES_KEY = "cues"


def cue_patterns(path: Path = CUES_PATH) -> list[dict]:
    """The cue patterns, validated: each record has id, label and a token pattern."""
    return [
        {"id": r["id"], "label": r["label"], "pattern": r["pattern"]}
        for r in read_rules(path, ("id", "label", "pattern"))
    ]


def add_cue_ruler(nlp: Language, name: str = "minutes_cues") -> None:
    """Add the cue span_ruler with our patterns (patterns are saved with the pipeline)."""
    ruler = nlp.add_pipe(
        "span_ruler",
        name=name,
        config={"spans_key": CUES_KEY, "overwrite": True, "validate": True, "phrase_matcher_attr": "LOWER"},
    )
    ruler.add_patterns(ruler_patterns(cue_patterns(), nlp.make_doc))
    flag_cue_matcher(nlp, name)


def ruler_patterns(records: list[dict], make_doc: Callable[[str], Doc]) -> list[dict]:
    """The span_ruler patterns that find exactly what the cue records' token patterns find, faster.

    spaCy's Matcher starts a state for every pattern at every token, so each token pattern costs a
    pass over the document; a pattern that only lists lower-case words (LOWER, or TEXT without
    cased letters, a position at most optional) is instead spelled out as the phrases it matches,
    which the ruler's LOWER PhraseMatcher finds all in one pass. A word that is not one token on its
    own ("co-opted" is three) stays in a token pattern for its position. A token pattern left opens
    with an exact test where it can (see _cheap_first_token). The spans, labels and ids are the same:
    the ruler keeps each match once, sorted. Phrase records pass through, so compiling twice is safe.
    """
    compiled: list[dict] = []
    for record in records:
        if isinstance(record["pattern"], str):
            compiled.append(record)
            continue
        positions = [_caseless_words(token) for token in record["pattern"]]
        if any(words is None for words, _ in positions):
            compiled.extend(_cheap_first_token(record))
            continue
        single = [[w for w in words if _one_token(w, make_doc)] for words, _ in positions]
        for k, (ok, (words, _)) in enumerate(zip(single, positions)):
            rest = [w for w in words if w not in ok]
            if rest:  # the combinations with a multi-token word here stay a token pattern
                token = {key: v for key, v in record["pattern"][k].items() if key == "OP"}
                token["LOWER"] = rest[0] if len(rest) == 1 else {"IN": rest}
                pattern = [token if n == k else t for n, t in enumerate(record["pattern"])]
                compiled.extend(_cheap_first_token({**record, "pattern": pattern}))
        choices = [ok + [""] if optional else ok for ok, (_, optional) in zip(single, positions)]
        phrases = dict.fromkeys(" ".join(w for w in words if w) for words in product(*choices))
        compiled.extend({**record, "pattern": phrase} for phrase in phrases if phrase)
    return compiled


# A REGEX or IN test is a Python call at every token of every document, as dear as about five exact
# tests (measured on training_data), so a first token listing a few words becomes one pattern a word.
MAX_FIRST_WORDS = 4
_LITERAL_REGEX = re.compile(r"\^(\w+)\$")  # "^AI$": one word, spelled out


def _cheap_first_token(record: dict) -> list[dict]:
    """`record` with its first token's REGEX or IN test made exact tests where that finds the same."""
    first, rest = record["pattern"][0], record["pattern"][1:]
    if len(first) != 1:  # an OP or a second test: left as written
        return [record]
    ((key, value),) = first.items()
    if key not in ("LOWER", "TEXT") or not isinstance(value, dict) or len(value) != 1:
        return [record]
    literal = _LITERAL_REGEX.fullmatch(value["REGEX"]) if isinstance(value.get("REGEX"), str) else None
    words = [literal.group(1)] if literal else value.get("IN")
    if not isinstance(words, list) or not 0 < len(words) <= MAX_FIRST_WORDS:
        return [record]
    return [{**record, "pattern": [{key: word}, *rest]} for word in dict.fromkeys(words)]


def faster_cue_ruler(nlp: Language, name: str = "minutes_cues") -> None:
    """Give a loaded cue ruler the patterns ruler_patterns writes now: a folder saved by an older
    compile carries slower token patterns for the same spans. Only the rules that change are swapped."""
    if name not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(name)
    by_id: dict[str, list[dict]] = {}
    for record in ruler.patterns:
        by_id.setdefault(record.get("id", ""), []).append(record)
    for rule_id, records in by_id.items():
        token = [r for r in records if not isinstance(r["pattern"], str)]
        faster = ruler_patterns(token, nlp.make_doc)
        if not rule_id or faster == token:
            continue
        ruler.remove_by_id(rule_id)
        with nlp.select_pipes(enable=[name]):  # phrases are tokenised only: no structure run on each
            ruler.add_patterns([r for r in records if isinstance(r["pattern"], str)] + faster)
    flag_cue_matcher(nlp, name)


def _caseless_words(token: dict) -> tuple[list[str] | None, bool]:
    """(the lower-case words a pattern token accepts, optional?), or (None, _) for any other test."""
    keys = set(token) - {"OP"}
    if token.get("OP", "?") != "?" or keys not in ({"LOWER"}, {"TEXT"}):
        return None, False
    (key,) = keys
    value = token[key]
    in_list = isinstance(value, dict) and set(value) == {"IN"}
    words = [value] if isinstance(value, str) else value["IN"] if in_list else None
    if not isinstance(words, list) or key == "TEXT" and any(w.lower() != w.upper() for w in words):
        return None, False  # TEXT "and" is case-sensitive: it must not match "And"
    return [w.lower() for w in words], "OP" in token


def _one_token(word: str, make_doc: Callable[[str], Doc]) -> bool:
    doc = make_doc(word)
    return len(doc) == 1 and doc[0].lower_ == word


# Lexeme flag bits below 19 are spaCy's own (IS_ALPHA ... IS_CURRENCY, and 13, once IS_OOV); FLAG19-63 are free.
FIRST_FREE_FLAG = 19


class CueFlag:
    """A REGEX, IN or NOT_IN test on a token's TEXT or LOWER as a lexeme flag getter: spaCy computes it once
    for each word the vocab meets, not at every token of every document as the Matcher calls a predicate."""

    def __init__(self, attr: str, op: str, value: str | list[str], lower: Callable[[str], str]) -> None:
        self.key = (attr, op, value if isinstance(value, str) else tuple(value))
        self.regex = re.compile(value) if op == "REGEX" else None
        self.words = frozenset(value) if op != "REGEX" else frozenset()
        self.lower = lower if attr == "LOWER" else None

    def __call__(self, orth: str) -> bool:
        # the Matcher's own test: REGEX searches the string; IN / NOT_IN compare it with the words
        text = self.lower(orth) if self.lower is not None else orth
        if self.regex is not None:
            return self.regex.search(text) is not None
        return (text in self.words) == (self.key[1] == "IN")


def flag_cue_matcher(nlp: Language, name: str = "minutes_cues") -> None:
    """Give the cue ruler a Matcher whose REGEX / IN / NOT_IN tests on TEXT or LOWER are lexeme flags.

    Such a test depends on the word alone, so a flag finds the same tokens, tested in C. The ruler keeps
    its patterns as they are (they are what `to_disk` saves, and a folder loaded by plain spacy.load
    matches with them as written); only its token Matcher is rebuilt, under the same match keys, and
    rebuilt again from the patterns on a second call. A test the vocab has no flag left for stays a
    Python predicate.
    """
    if name not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(name)
    flags = _vocab_flags(nlp)
    matcher = Matcher(nlp.vocab, validate=False)  # validated as written, by the ruler; FLAG keys are no schema's
    word_first = WordFirstMatcher(nlp.vocab, lambda token: _flagged(token, flags, nlp))
    for record in ruler.patterns:
        if not isinstance(record["pattern"], str):
            label = repr((record["label"], record.get("id", "")))  # the ruler's own match key
            if not word_first.add(label, record["pattern"]):
                matcher.add(label, [[_flagged(token, flags, nlp) for token in record["pattern"]]])
    ruler.matcher = CueMatcher(matcher, word_first)
    ruler.match = MethodType(_match_once, ruler)


def _match_once(ruler, doc: Doc) -> list[Span]:
    """SpanRuler.match, each match made a Span once: the ruler makes a Span of every match, duplicates too (a
    phrase and a token pattern, or two ways through optional tokens, finding the same words), then keeps one
    of each. A match key stands for one (label, id), so equal matches are equal spans: the same sorted spans."""
    ruler._require_patterns()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="\\[W036")
        matches = set(ruler.matcher(doc))
        matches.update(ruler.phrase_matcher(doc))
    labels = ruler._match_label_id_map
    return sorted(Span(doc, start, end, label=labels[key]["label"], span_id=labels[key]["id"])
                  for key, start, end in matches if start != end)


# Common words a first-token REGEX is tried on: one that takes none of them ("^@[\w-]+$", a currency sign,
# "12%") starts few matches, so its pattern is matched from its first token; one that takes capitalised or
# plain words starts one at nearly every word, so its pattern is matched from a later fixed word instead
# ("to", ":"). Which token a pattern is matched from changes the cost only, never the matches.
BROAD_PROBES = ("The", "the", "Council", "Members", "to", "and", "It", "I", "A", "of", "1", "10", "2024")

_BOOL_ATTRS = {"LIKE_NUM": LIKE_NUM, "IS_ALPHA": IS_ALPHA, "IS_SENT_START": SENT_START}


class WordFirstMatcher:
    """Token patterns matched from one fixed test (the anchor) instead of from every token.

    spaCy's Matcher starts every pattern at every token, so each pattern costs a pass over the document
    however rare its words. Here a pattern is matched from the tokens that pass one of its tests: its first
    token's when that is a word ('will', IN a few words), LIKE_NUM or a narrow REGEX (a lexeme flag: a
    handle, a currency sign), else its first later token that is a fixed word ("Name to <verb>" from "to",
    "Name Name: <verb>" from ":"). A document costs one array of its words' attributes and one comparison an
    anchor; the tests after the anchor are tried forwards from it, those before it backwards. Every way
    through the optional ('?') and repeated ('*') tokens is a match, as the Matcher gives them; the ruler
    keeps each span once."""

    def __init__(self, vocab, flagged: Callable[[dict], dict] = lambda token: token) -> None:
        self.vocab = vocab
        self.flagged = flagged  # a REGEX/IN token as a lexeme-flag test, when the vocab has one
        # (anchor attribute, value) -> (key, tests before the anchor nearest first, tests after it)
        self.by_first: dict[tuple[int, int], list[tuple[int, list, list]]] = {}
        self.keys: dict[str, list[tuple[int, int]]] = {}
        self._compiled: tuple | None = None  # _compile(), kept until a pattern is added or removed

    def _test(self, token: dict) -> tuple[str, tuple[tuple[int, frozenset[int], bool], ...]] | None:
        """(quantifier: '', '?' or '*'; conditions) for a pattern token: it passes when, for every condition
        (attribute id, values, wanted), its attribute's value is in `values` == `wanted`; None for a token
        this matcher does not test (its pattern stays in the Matcher)."""
        op = token.get("OP", "")
        if op not in ("", "?", "*"):
            return None
        conditions = []
        for key, value in token.items():
            if key != "OP":
                condition = self._condition(key, value)
                if condition is None:
                    return None
                conditions.append(condition)
        return (op, tuple(conditions)) if conditions else None

    def _condition(self, key: str, value) -> tuple[int, frozenset[int], bool] | None:
        if key in _BOOL_ATTRS:  # the Matcher reads IS_SENT_START as sent_start == 1, as this does
            return (_BOOL_ATTRS[key], frozenset({1}), value) if isinstance(value, bool) else None
        if key not in ("LOWER", "TEXT"):
            return None
        attr = LOWER if key == "LOWER" else ORTH
        if isinstance(value, str):
            return attr, frozenset({self.vocab.strings.add(value)}), True
        if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
            ((op, words),) = value.items()
            if isinstance(words, list) and all(isinstance(w, str) for w in words):
                return attr, frozenset(self.vocab.strings.add(w) for w in words), op == "IN"
            return None
        flagged = self.flagged({key: value})
        name = next(iter(flagged), "")
        if name.startswith("FLAG") and flagged[name] is True:
            return int(name[4:]), frozenset({1}), True
        return None

    def _kind(self, test: tuple) -> str:
        """What a test is as an anchor: 'word', 'number', 'narrow' (a rare REGEX flag) or '' (none)."""
        op, conditions = test
        if op or len(conditions) != 1 or not conditions[0][2]:
            return ""
        attr = conditions[0][0]
        if attr in (LOWER, ORTH):
            return "word"
        if attr == LIKE_NUM:
            return "number"
        getter = self.vocab.lex_attr_getters.get(attr) if attr not in (IS_ALPHA, SENT_START) else None
        return "narrow" if isinstance(getter, CueFlag) and not any(map(getter, BROAD_PROBES)) else ""

    def add(self, label: str, pattern: list[dict]) -> bool:
        """Take `pattern` when this matcher can test it exactly as the Matcher would; False leaves it there."""
        tests = [self._test(token) for token in pattern]
        if not tests or any(test is None for test in tests):
            return False
        anchor = 0 if self._kind(tests[0]) else next(
            (k for k, test in enumerate(tests) if k and self._kind(test) == "word"), None)
        if anchor is None:
            return False
        ((attr, values, _),) = tests[anchor][1]
        key = self.vocab.strings.add(label)
        self._compiled = None
        before, rest = tests[:anchor][::-1], tests[anchor + 1:]
        for value in sorted(values):
            self.by_first.setdefault((attr, value), []).append((key, before, rest))
            self.keys.setdefault(label, []).append((attr, value))
        return True

    def remove(self, label: str) -> None:
        key = self.vocab.strings[label]
        self._compiled = None
        for slot in self.keys.pop(label):
            self.by_first[slot] = [entry for entry in self.by_first[slot] if entry[0] != key]

    def __contains__(self, label: str) -> bool:
        return label in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def _compile(self) -> tuple[list[int], list[tuple]]:
        """The attributes a document's array holds, and for each anchor attribute: its column, the values that
        anchor a pattern, how far the tests after and before an anchor can reach (None: a '*' reaches any
        distance), and value -> entries with the tests' attributes as columns."""
        attrs = sorted({attr for attr, _ in self.by_first} | {
            condition[0] for entries in self.by_first.values() for _, before, rest in entries
            for _, conditions in before + rest for condition in conditions})
        column = {attr: n for n, attr in enumerate(attrs)}

        def columns(tests: list) -> list:
            return [(op, tuple((column[a], values, wanted) for a, values, wanted in conditions))
                    for op, conditions in tests]

        firsts: dict[int, tuple[list[int], int | None, int | None, dict]] = {}
        for (attr, value), entries in self.by_first.items():
            if not entries:
                continue
            values, ahead, behind, by_value = firsts.get(attr, ([], 0, 0, {}))
            for _, before, rest in entries:
                ahead = None if ahead is None or any(op == "*" for op, _ in rest) else max(ahead, len(rest))
                behind = None if behind is None or any(op == "*" for op, _ in before) else max(behind, len(before))
            by_value[value] = [(key, columns(before), columns(rest)) for key, before, rest in entries]
            firsts[attr] = (values + [value], ahead, behind, by_value)
        return attrs, [(column[attr], np.array(values, dtype=np.uint64), ahead, behind, by_value)
                       for attr, (values, ahead, behind, by_value) in firsts.items()]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.by_first or not len(doc):
            return []
        if self._compiled is None:
            self._compiled = self._compile()
        attrs, firsts = self._compiled
        table = doc.to_array(attrs)
        if table.ndim == 1:
            table = table[:, None]
        found: list[tuple[int, int, int]] = []
        for column, values, ahead, behind, by_value in firsts:
            anchors = table[:, column]
            starts = np.flatnonzero(np.isin(anchors, values)).tolist()  # every token some pattern can be anchored at
            for at, value in zip(starts, anchors[starts].tolist()):
                # the tokens the tests after the anchor can reach, and (read when needed) those before it
                after = table[at + 1:at + 1 + ahead].tolist() if ahead is not None else _Rows(table, at + 1, False)
                behind_rows: list | _Rows | None = None
                for key, before, rest in by_value[value]:
                    if not before:
                        found.extend((key, at, at + 1 + end) for end in _ends(after, 0, rest, 0))
                        continue
                    ends = list(_ends(after, 0, rest, 0))
                    if not ends:
                        continue
                    if behind_rows is None:
                        behind_rows = table[max(0, at - behind):at][::-1].tolist() if behind is not None \
                            else _Rows(table, at, True)
                    for back in _ends(behind_rows, 0, before, 0):
                        found.extend((key, at - back, at + 1 + end) for end in ends)
        return found


class _Rows:
    """A table's rows from one token on, forwards, or backwards (nearest first), read in chunks as a match
    reaches them: a '*' can run any length, and reading every row for every anchor would be quadratic."""

    CHUNK = 16

    def __init__(self, table: np.ndarray, start: int, backwards: bool) -> None:
        self.table, self.start, self.backwards = table, start, backwards
        self.size = start if backwards else len(table) - start
        self.rows: list[list[int]] = []

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int) -> list[int]:
        rows = self.rows
        while i >= len(rows):
            if self.backwards:
                end = self.start - len(rows)
                rows.extend(self.table[max(0, end - self.CHUNK):end][::-1].tolist())
            else:
                begin = self.start + len(rows)
                rows.extend(self.table[begin:begin + self.CHUNK].tolist())
        return rows[i]


class CueMatcher:
    """The cue ruler's token matcher: spaCy's Matcher (lexeme flags) and the WordFirstMatcher, as one."""

    def __init__(self, matcher: Matcher, word_first: WordFirstMatcher) -> None:
        self.matcher, self.word_first = matcher, word_first

    def __call__(self, doc: Doc, *args, **kwargs):
        found = self.word_first(doc)
        return list(self.matcher(doc, *args, **kwargs)) + found if len(self.matcher) else found

    def remove(self, label: str) -> None:
        (self.word_first if label in self.word_first else self.matcher).remove(label)

    def __contains__(self, label: str) -> bool:
        return label in self.word_first or label in self.matcher

    def __len__(self) -> int:
        return len(self.matcher) + len(self.word_first)

    def __getattr__(self, name: str):
        return getattr(self.matcher, name)  # add, get, _patterns, ...: the Matcher's


def _ends(rows, at: int, tests: list, k: int):
    """The ends of every match of tests[k:] from row `at` (rows: token rows in the direction matched)."""
    if k == len(tests):
        yield at
        return
    op, conditions = tests[k]
    if op:  # '?' or '*': none here
        yield from _ends(rows, at, tests, k + 1)
    if at < len(rows):
        row = rows[at]
        for column, values, wanted in conditions:
            if (row[column] in values) != wanted:
                return
        yield from _ends(rows, at + 1, tests, k if op == "*" else k + 1)


def _vocab_flags(nlp: Language) -> dict[tuple, int]:
    """The cue flags this vocab already has (key -> flag id): a second call reuses them."""
    return {getter.key: flag for flag, getter in nlp.vocab.lex_attr_getters.items() if isinstance(getter, CueFlag)}


def _flagged(token: dict, flags: dict[tuple, int], nlp: Language) -> dict:
    """`token` with its one TEXT/LOWER predicate as a FLAG test, or as it is."""
    tests = {key: value for key, value in token.items() if key != "OP"}
    attr = next(iter(tests)) if len(tests) == 1 else None
    value = tests.get(attr)
    if attr not in ("TEXT", "LOWER") or not isinstance(value, dict) or len(value) != 1:
        return token
    ((op, argument),) = value.items()
    if op not in ("REGEX", "IN", "NOT_IN") or not isinstance(argument, (str, list)) \
            or (op == "REGEX") != isinstance(argument, str) or any(not isinstance(w, str) for w in argument):
        return token
    getter = CueFlag(attr, op, argument, nlp.vocab.lex_attr_getters[LOWER])
    if getter(""):  # a token whose lexeme is the empty one would not pass a flag as it passes the predicate
        return token
    flag = flags.get(getter.key)
    if flag is None:
        free = [bit for bit in range(FIRST_FREE_FLAG, 64) if bit not in nlp.vocab.lex_attr_getters]
        if not free:
            return token
        flag = flags[getter.key] = nlp.vocab.add_flag(getter, free[0])
    flagged = {f"FLAG{flag}": True}
    if "OP" in token:
        flagged["OP"] = token["OP"]
    return flagged
