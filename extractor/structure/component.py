"""minutes_structure: a thin component over parse_structure; saves its rule files with the pipeline."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text, register_extensions
from ..rules import RuleFile, SavedRules
from . import layout, meeting_date, people
from .parse import parse_structure

PEOPLE_RULES = "people_rules.jsonl"
HEADER_RULES = "header_rules.jsonl"
LAYOUT_RULES = "layout_rules.jsonl"


class StructureComponent(SavedRules):
    """Sets `doc._.meeting` from the text; the meeting date falls back to one in the file name."""

    rule_files = (
        RuleFile(PEOPLE_RULES, people.RULES_PATH, people.load_lexicon, people.default_lexicon),
        RuleFile(HEADER_RULES, meeting_date.RULES_PATH, meeting_date.load_header_rules,
                 meeting_date.default_header_rules),
        RuleFile(LAYOUT_RULES, layout.RULES_PATH, layout.load_layout_rules, layout.default_layout_rules),
    )

    def __init__(self, name: str = "minutes_structure") -> None:
        self.name = name
        register_extensions()
        self.init_rules()

    def __call__(self, doc: Doc) -> Doc:
        source = doc._.source or {}
        fallback = source.get("fallback_date")
        if isinstance(fallback, str):
            fallback = dt.date.fromisoformat(fallback)
        doc._.meeting = parse_structure(
            doc_text(doc), lex=self.rules[PEOPLE_RULES], fallback_date=fallback, header_rules=self.rules[HEADER_RULES],
            layout_rules=self.rules[LAYOUT_RULES],
        )
        return doc


@Language.factory("minutes_structure", assigns=["doc._.meeting"], requires=[])
def make_structure(nlp: Language, name: str) -> StructureComponent:
    return StructureComponent(name)
