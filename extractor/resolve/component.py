"""minutes_resolver: the owners, due date and metric values each unit names.

It runs before the classifier, which reads what it finds as evidence (a named
owner, a deadline, indicator values), so each is computed once per unit. The
records keep owners and due dates for actions and values for labelled units.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text, register_extensions, unit_spans, unit_text
from ..rules import RuleFile, SavedRules
from ..structure import people
from . import due, metrics, owners
from .due import resolve_due
from .metrics import parse_metrics
from .owners import (
    LINE_SPEAKER, PeopleIndex, antecedent_owners, find_owners, names_only, owner_line, people_defined_in,
)

OWNER_RULES, DUE_RULES, METRIC_RULES, PEOPLE_RULES = (
    "owner_rules.jsonl", "due_rules.jsonl", "metric_rules.jsonl", "people_rules.jsonl",
)


class ResolverComponent(SavedRules):
    rule_files = (
        RuleFile(OWNER_RULES, owners.RULES_PATH, owners.load_rules, owners.default_rules),
        RuleFile(DUE_RULES, due.RULES_PATH, due.load_rules, due.default_rules),
        RuleFile(METRIC_RULES, metrics.RULES_PATH, metrics.load_rules, metrics.default_rules),
        # titles and honorifics to drop from owner mentions ("Cllr Smith to ...")
        RuleFile(PEOPLE_RULES, people.RULES_PATH, people.load_lexicon, people.default_lexicon),
    )

    def __init__(self, name: str = "minutes_resolver") -> None:
        self.name = name
        register_extensions()
        self.init_rules()

    def __call__(self, doc: Doc) -> Doc:
        meeting = doc._.meeting
        # canonical names come from those present (ANNOTATION.md); someone only sending apologies keeps
        # the name as written, and initials the minutes define in passing ("Jo Bell (JB)") count too
        people_index = PeopleIndex(
            meeting.attendees if meeting else [], defined=people_defined_in(doc_text(doc), self.rules[OWNER_RULES])
        )
        date = meeting.date if meeting else None
        next_meeting = meeting.next_meeting if meeting else None
        previous, item, whole = "", None, doc_text(doc)
        spans = unit_spans(doc)
        for span in spans:
            text, ext = unit_text(span), span._  # one accessor a unit: spaCy builds a new one on every span._
            ext.owners = find_owners(text, people_index, self.rules[OWNER_RULES], lex=self.rules[PEOPLE_RULES],
                                     speaker=line_speaker(whole, ext.char_start))
            if not ext.owners and ext.item is item:
                ext.owners = antecedent_owners(text, previous, people_index, self.rules[OWNER_RULES],
                                               lex=self.rules[PEOPLE_RULES])
            previous, item = text, ext.item
            ext.due = resolve_due(text, date, next_meeting=next_meeting, rules=self.rules[DUE_RULES])
            ext.metrics = parse_metrics(text, rules=self.rules[METRIC_RULES])
        for before, after in zip(spans, spans[1:]):
            handed_back(before._, after._, whole, people_index, self.rules[OWNER_RULES], self.rules[PEOPLE_RULES])
        return doc


def handed_back(before, after, text: str, people: PeopleIndex, rules, lex) -> None:
    """'Write to the contractor about the gate. Clerk to action.' / a task bullet with '- all' under it: an
    owner-only unit right after a unit with no owner (same item, nothing between them but space and a
    bullet) names that unit's owner too."""
    if before.owners or before.item is not after.item or before.char_end is None or after.char_start is None:
        return
    gap = text[before.char_end:after.char_start]
    if len(gap) > 12 or gap.strip(" \t\r\n-–—*•·") or len((before.text or "").split()) < 3:
        return
    said = after.text or ""
    if OWNER_MARKER.search(said):  # "Clerk to action.", "Action Councillors."
        owners = after.owners
    elif "\n" in gap and _indent(text, after.char_start) > _indent(text, before.char_start):
        owners = owner_line(said, people, rules, lex)  # a bare "- all" / "- Kim" bullet under the task
    else:
        return
    if owners and names_only(said, owners):
        before.owners = list(owners)


OWNER_MARKER = re.compile(r"(?i:\bto\s+action\b|^\W*actions?\b|^\W*(?:owners?|leads?)\b)")


def _indent(text: str, start: int) -> int:
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start + 1]
    return len(line) - len(line.lstrip())


def line_speaker(text: str, start: int | None) -> str | None:
    """The chat nick the unit's line opens with, when the unit itself leaves it out ("16:03 <sam> I can ...")."""
    if start is None or start <= 0:
        return None
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    if line_start == 0 and start > 80:
        return None  # the line opens further back than any chat prefix reaches
    found = LINE_SPEAKER.search(text, line_start, start)
    return found.group("who") if found else None


@Language.factory(
    "minutes_resolver",
    assigns=["span._.owners", "span._.due", "span._.metrics"],
    requires=["doc._.meeting", "doc.spans"],
)
def make_resolver(nlp: Language, name: str) -> ResolverComponent:
    return ResolverComponent(name)
