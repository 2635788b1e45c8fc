"""Rule-based matchers: cue phrases as spaCy span_ruler patterns kept in JSONL.

The cues are signals for the classifier, not labels: `minutes_cues` is a plain
spaCy `span_ruler` (a built-in, saved with the pipeline) whose spans land in
`doc.spans["cues"]`.
"""

from __future__ import annotations

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
    own ("co-opted" is three) stays in a token pattern. The spans, labels and ids are the same: the
    ruler keeps each match once, sorted.
    """
    compiled: list[dict] = []
    for record in records:
        positions = [_caseless_words(token) for token in record["pattern"]]
        if any(words is None for words, _ in positions):
            compiled.append(record)
            continue
        single = [[w for w in words if _one_token(w, make_doc)] for words, _ in positions]
        rest = [w for words, _ in positions for w in words if w not in single[0]] if len(positions) == 1 else []
        if len(positions) > 1 and any(len(ok) < len(words) for ok, (words, _) in zip(single, positions)):
            compiled.append(record)
            continue
        if rest:  # one position: its multi-token words stay a token pattern (one word: an exact test, cheaper)
            compiled.append({**record, "pattern": [{"LOWER": rest[0] if len(rest) == 1 else {"IN": rest}}]})
        choices = [ok + [""] if optional else ok for ok, (_, optional) in zip(single, positions)]
        phrases = dict.fromkeys(" ".join(w for w in words if w) for words in product(*choices))
        compiled.extend({**record, "pattern": phrase} for phrase in phrases if phrase)
    return compiled


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
