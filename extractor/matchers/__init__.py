"""Rule-based matchers: cue phrases as spaCy span_ruler patterns kept in JSONL.

The cues are signals for the classifier, not labels: `minutes_cues` is a plain
spaCy `span_ruler` (a built-in, saved with the pipeline) whose spans land in
`doc.spans["cues"]`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product
from pathlib import Path

import numpy as np
from spacy.attrs import IS_ALPHA, LIKE_NUM, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

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


class WordFirstMatcher:
    """Token patterns whose first token is one fixed test of the word ('will', IN a few words, LIKE_NUM,
    a REGEX the vocab has a lexeme flag for) matched from that test's tokens only. spaCy's Matcher starts
    every pattern at every token, so each pattern costs a pass over the document however rare its first
    word; here a document costs one array of its words' attributes and one comparison a first test, and
    the rest of a pattern is tested where it can start. Every way through the optional ('?') tokens is a
    match, as the Matcher gives them; the ruler keeps each span once."""

    def __init__(self, vocab, flagged: Callable[[dict], dict] = lambda token: token) -> None:
        self.vocab = vocab
        self.flagged = flagged  # a REGEX/IN token as a lexeme-flag test, when the vocab has one
        self.by_first: dict[tuple[int, int], list[tuple[int, list]]] = {}  # (attribute, value) -> (key, rest)
        self.keys: dict[str, list[tuple[int, int]]] = {}
        self._first_values: dict | None = None  # _firsts, kept until a pattern is added or removed
        self.first_flags = False  # a first REGEX stays in the Matcher: a broad one (capitalised words) costs more here

    def _test(self, token: dict) -> tuple[bool, int, frozenset[int], bool] | None:
        """(optional?, attribute id, values, wanted) for a later pattern token: it passes when its attribute's
        value is in `values` == `wanted`; None for a test this matcher does not make (it stays in the Matcher)."""
        tests = {k: v for k, v in token.items() if k != "OP"}
        if token.get("OP", "?") != "?" or len(tests) != 1:
            return None
        optional = token.get("OP") == "?"
        ((key, value),) = tests.items()
        if key in ("LIKE_NUM", "IS_ALPHA"):
            return (optional, LIKE_NUM if key == "LIKE_NUM" else IS_ALPHA, frozenset({1}), bool(value)) \
                if isinstance(value, bool) else None
        if key not in ("LOWER", "TEXT"):
            return None
        attr = LOWER if key == "LOWER" else ORTH
        if isinstance(value, str):
            return optional, attr, frozenset({self.vocab.strings.add(value)}), True
        if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
            ((op, words),) = value.items()
            if isinstance(words, list) and all(isinstance(w, str) for w in words):
                return optional, attr, frozenset(self.vocab.strings.add(w) for w in words), op == "IN"
            return None
        flagged = self.flagged(token)
        name = next((k for k in flagged if k != "OP"), "")
        if name.startswith("FLAG") and flagged[name] is True:
            return optional, int(name[4:]), frozenset({1}), True
        return None

    def add(self, label: str, pattern: list[dict]) -> bool:
        """Take `pattern` when this matcher can test it exactly as the Matcher would; False leaves it there."""
        slots = self._first_slots(pattern[0])
        rest = [self._test(token) for token in pattern[1:]]
        if not slots or any(test is None for test in rest):
            return False
        key = self.vocab.strings.add(label)
        self._first_values = None
        for slot in dict.fromkeys(slots):
            self.by_first.setdefault(slot, []).append((key, rest))
            self.keys.setdefault(label, []).append(slot)
        return True

    def _first_slots(self, token: dict) -> list[tuple[int, int]]:
        """(attribute id, value) pairs of which a token must have one to start the pattern; [] for others."""
        if "OP" in token or len(token) != 1:
            return []
        ((key, value),) = token.items()
        if key == "LIKE_NUM" and value is True:
            return [(LIKE_NUM, 1)]
        if key not in ("LOWER", "TEXT") or not self.first_flags and isinstance(value, dict) and "REGEX" in value:
            return []
        attr = LOWER if key == "LOWER" else ORTH
        if isinstance(value, str):
            return [(attr, self.vocab.strings.add(value))]
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                and all(isinstance(w, str) for w in value["IN"]):
            return [(attr, self.vocab.strings.add(w)) for w in value["IN"]]
        flagged = self.flagged(token)
        name = next(iter(flagged))
        if name.startswith("FLAG") and flagged[name] is True:
            return [(int(name[4:]), 1)]
        return []

    def remove(self, label: str) -> None:
        key = self.vocab.strings[label]
        self._first_values = None
        for slot in self.keys.pop(label):
            self.by_first[slot] = [entry for entry in self.by_first[slot] if entry[0] != key]

    def __contains__(self, label: str) -> bool:
        return label in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def _firsts(self) -> dict[int, tuple[np.ndarray, int]]:
        """Each first-token attribute: the values that start a pattern, and the longest rest after one."""
        firsts: dict[int, tuple[list[int], int]] = {}
        for (attr, value), entries in self.by_first.items():
            if entries:
                values, longest = firsts.get(attr, ([], 0))
                firsts[attr] = (values + [value], max([longest] + [len(rest) for _, rest in entries]))
        return {attr: (np.array(values, dtype=np.uint64), longest) for attr, (values, longest) in firsts.items()}

    def _attrs(self) -> list[int]:
        wanted = {attr for attr, _ in self.by_first}
        wanted.update(test[1] for entries in self.by_first.values() for _, rest in entries for test in rest)
        return sorted(wanted)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.by_first or not len(doc):
            return []
        attrs = self._attrs()
        table = doc.to_array(attrs)
        if table.ndim == 1:
            table = table[:, None]
        column_of = {attr: n for n, attr in enumerate(attrs)}
        found: list[tuple[int, int, int]] = []
        if self._first_values is None:
            self._first_values = self._firsts()
        for attr, (values, longest) in self._first_values.items():
            column = table[:, column_of[attr]]
            starts = np.flatnonzero(np.isin(column, values)).tolist()  # every token some pattern can start at
            for start, value in zip(starts, column[starts].tolist()):
                after = table[start + 1:start + 1 + longest].tolist()  # the tokens the rest of a pattern can reach
                for key, rest in self.by_first[attr, value]:
                    found.extend((key, start, start + 1 + end) for end in _ends(after, column_of, 0, rest, 0))
        return found


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


def _ends(rows: list[list[int]], column_of: dict[int, int], at: int, rest: list, k: int):
    """The ends of every match of the tests rest[k:] from token `at`."""
    if k == len(rest):
        yield at
        return
    optional, attr, values, wanted = rest[k]
    if optional:
        yield from _ends(rows, column_of, at, rest, k + 1)
    if at < len(rows) and (rows[at][column_of[attr]] in values) == wanted:
        yield from _ends(rows, column_of, at + 1, rest, k + 1)


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
