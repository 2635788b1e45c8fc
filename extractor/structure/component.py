"""minutes_structure: a thin component over parse_structure."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from .parse import parse_structure


class StructureComponent:
    """Sets `doc._.meeting` from the text; the meeting date falls back to one in the file name."""

    def __init__(self, name: str = "minutes_structure") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        source = doc._.source or {}
        fallback = source.get("fallback_date")
        if isinstance(fallback, str):
            fallback = dt.date.fromisoformat(fallback)
        doc._.meeting = parse_structure(doc.text, fallback_date=fallback)
        return doc


@Language.factory("minutes_structure", assigns=["doc._.meeting"], requires=[])
def make_structure(nlp: Language, name: str) -> StructureComponent:
    return StructureComponent(name)
