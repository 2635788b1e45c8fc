"""minutes_units: a thin component over split_units; sets doc.spans["units"] and saves its rules."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import MinutesError
from ..extensions import UNITS_KEY, _plain_keys, doc_text, register_extensions
from ..rules import RuleFile, SavedRules
from . import split
from .split import split_units

SPLIT_RULES = "split_rules.jsonl"


class UnitsComponent(SavedRules):
    rule_files = (RuleFile(SPLIT_RULES, split.RULES_PATH, split.load_rules, split.default_rules),)

    def __init__(self, name: str = "minutes_units") -> None:
        self.name = name
        register_extensions()
        self.init_rules()

    def __call__(self, doc: Doc) -> Doc:
        meeting = doc._.meeting
        if meeting is None:
            raise MinutesError("minutes_units needs minutes_structure earlier in the pipeline")
        spans: list[Span] = []
        units = []
        text = doc_text(doc)
        for unit in split_units(text, meeting.lines, meeting.skip_lines, self.rules[SPLIT_RULES]):
            span = doc.char_span(unit.start, unit.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            spans.append(span)
            units.append(unit)
        # the attributes go straight into doc.user_data under spaCy's keys when this spaCy keys plain values so
        # (as unit_views reads them): `span._` builds an accessor and checks every name, 0.1 CPU-s a training run
        plain = bool(spans) and _plain_keys(spans[0])
        data = doc.user_data
        for span, unit in zip(spans, units):
            item, section = meeting.item_at(unit.start), meeting.section_at(unit.start)
            values = (("char_start", unit.start), ("char_end", unit.end), ("kind", unit.kind), ("marker", unit.marker),
                      ("text", text[unit.start:unit.end]), ("item", item), ("section", section))
            if plain:
                start, end = span.start_char, span.end_char
                for name, value in values:
                    data[("._.", name, start, end)] = value
            else:
                ext = span._  # one accessor a unit: spaCy builds a new one on every span._
                for name, value in values:
                    setattr(ext, name, value)
        doc.spans[UNITS_KEY] = spans
        return doc


@Language.factory(
    "minutes_units",
    assigns=["doc.spans", "span._.char_start", "span._.char_end", "span._.text", "span._.section", "span._.item"],
    requires=["doc._.meeting"],
)
def make_units(nlp: Language, name: str) -> UnitsComponent:
    return UnitsComponent(name)
