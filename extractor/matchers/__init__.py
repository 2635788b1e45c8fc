"""Rule-based matchers: cue phrases as spaCy span_ruler patterns kept in JSONL.

The cues are signals for the classifier, not labels: `minutes_cues` is a plain
spaCy `span_ruler` (a built-in, saved with the pipeline) whose spans land in
`doc.spans["cues"]`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

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
    ruler.add_patterns(cue_patterns())
