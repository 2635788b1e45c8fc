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

from spacy.language import Language
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
