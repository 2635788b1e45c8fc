"""Every Doc and Span extension the pipeline sets, declared once.

Each component writes only its own attributes (STYLE.md): structure sets
`doc._.meeting`; units set `doc.spans["units"]` and the unit span attributes;
resolvers set owners, due, metrics (for every unit: the classifier reads them); the
classifier sets `label`/`confidence`/`scores`. Records keep owners and due for actions.
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc, Span
from spacy.tokens.underscore import Underscore

UNITS_KEY = "units"

DOC_EXTENSIONS = {
    "source": None,  # dict: doc_id, source, format, fallback_date (set before the pipeline runs)
    "meeting": None,  # MeetingStructure (minutes_structure)
}
SPAN_EXTENSIONS = {
    "char_start": None,  # exact offsets of the unit in doc.text (minutes_units)
    "char_end": None,
    "text": None,  # the exact unit text (doc.text is rebuilt on every access: too slow per unit)
    "kind": None,  # sentence | bullet | row
    "marker": "",  # bullet type (task_open, number, ...)
    "section": None,
    "item": None,  # AgendaItem or None
    "cues": None,  # dict of matcher signals (minutes_cues)
    "label": "other",  # minutes_classifier
    "confidence": 0.0,
    "scores": None,
    "owners": None,  # list[Owner] the unit names (minutes_resolver)
    "due": None,  # Due or None
    "metrics": None,  # list[Metric]
}


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


TEXT_KEY = ("minutes", "text")  # doc.user_data slot of the text, built once per Doc by doc_text


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy joins every token's text again on each access, and four
    components read it. The tokens of a Doc never change their text, so the first build holds."""
    text = doc.user_data.get(TEXT_KEY)
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != size:  # not built yet, or user data copied from another Doc
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep `text`, the string `doc` was made from, as its doc_text: spaCy's tokenizer never drops or
    changes a character (doc.text == text), so the text need not be joined again from every token."""
    doc.user_data[TEXT_KEY] = text
    return doc


def unit_spans(doc: Doc) -> list[Span]:
    """The unit spans of a processed Doc, in document order."""
    return list(doc.spans[UNITS_KEY]) if UNITS_KEY in doc.spans else []


def unit_text(span: Span) -> str:
    """The exact unit text (spans are token-aligned; the unit may start mid-token)."""
    text = span._.text
    return text if text is not None else span.text


def unit_views(doc: Doc, spans: list[Span]) -> list[SimpleNamespace]:
    """Every unit's extension values (SPAN_EXTENSIONS) as plain attributes, read once.

    spaCy builds an accessor object on every `span._` and looks each attribute up through Python; the
    records and the classifier's contexts read ten a unit. The values live in doc.user_data under
    ("._.", name, start_char, end_char), so they are read from there in one comprehension a unit, when
    this spaCy keys them so and none of them has a getter; otherwise through `span._` as before. A view
    is a snapshot: a component that sets attributes still sets them on `span._`."""
    if not spans:
        return []
    if not _plain_keys(spans[0]):
        return [SimpleNamespace(**{name: getattr(span._, name) for name in SPAN_EXTENSIONS}) for span in spans]
    get = doc.user_data.get
    return [SimpleNamespace(**{name: get(("._.", name, start, end), default) for name, default in SPAN_EXTENSIONS.items()})
            for start, end in ((span.start_char, span.end_char) for span in spans)]


def _plain_keys(span: Span) -> bool:
    """Are the unit attributes plain values stored under spaCy's ("._.", name, start, end) keys?"""
    ext = span._
    get_key = getattr(ext, "_get_key", None) if "_get_key" in dir(type(ext)) else None
    if get_key is None:
        return False
    for name, default in SPAN_EXTENSIONS.items():
        entry = Underscore.span_extensions.get(name)
        if entry is None or entry[1:] != (None, None, None) or entry[0] != default:
            return False
        if get_key(name) != ("._.", name, span.start_char, span.end_char):
            return False
    return True
