"""minutes_resolver: owners and due dates of actions, values of metrics."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions, unit_spans, unit_text
from .due import resolve_due
from .metrics import parse_metrics
from .owners import PeopleIndex, find_owners


class ResolverComponent:
    def __init__(self, name: str = "minutes_resolver") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        meeting = doc._.meeting
        people = PeopleIndex(meeting.attendees + meeting.apologies if meeting else [])
        date = meeting.date if meeting else None
        for span in unit_spans(doc):
            text = unit_text(span)
            span._.owners, span._.due, span._.metrics = [], None, []
            if span._.label == "action":
                span._.owners = find_owners(text, people)
                span._.due = resolve_due(text, date, next_meeting=meeting.next_meeting if meeting else None)
            if span._.label != "other":
                # figures matter wherever they are ("Overspend of £2m discussed"); the `metric`
                # label marks the units whose main content they are
                span._.metrics = parse_metrics(text)
        return doc


@Language.factory(
    "minutes_resolver",
    assigns=["span._.owners", "span._.due", "span._.metrics"],
    requires=["span._.label"],
)
def make_resolver(nlp: Language, name: str) -> ResolverComponent:
    return ResolverComponent(name)
