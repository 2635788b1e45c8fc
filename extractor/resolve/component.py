"""minutes_resolver: the owners, due date and metric values each unit names.

It runs before the classifier, which reads what it finds as evidence (a named
owner, a deadline, indicator values), so each is computed once per unit. The
records keep owners and due dates for actions and values for labelled units.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text, register_extensions, unit_spans, unit_views
from ..matchers import CUES_KEY
from ..rules import RuleFile, SavedRules, prechecked
from ..structure import people
from . import due, metrics, owner_rules
from .due import resolve_due
from .metrics import parse_metrics
from .attendees import PeopleIndex, people_defined_in
from .owners import ADDRESSED, LINE_SPEAKER, antecedent_owners, find_owners, names_only, owner_line

OWNER_RULES, DUE_RULES, METRIC_RULES, PEOPLE_RULES = (
    "owner_rules.jsonl", "due_rules.jsonl", "metric_rules.jsonl", "people_rules.jsonl",
)


class ResolverComponent(SavedRules):
    rule_files = (
        RuleFile(OWNER_RULES, owner_rules.RULES_PATH, owner_rules.load_rules, owner_rules.default_rules),
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
            meeting.attendees if meeting else [], defined=people_defined_in(doc_text(doc), self.rules[OWNER_RULES]),
            nicknames=self.rules[OWNER_RULES].nicknames,
        )
        date = meeting.date if meeting else None
        next_meeting = meeting.next_meeting if meeting else None
        previous, item, whole = "", None, doc_text(doc)
        spans = unit_spans(doc)
        tasks = task_verb_starts(doc)
        scribes = chat_scribes(whole)
        # the units' attributes read once (unit_views); spaCy builds a new accessor on every span._
        views = unit_views(doc, spans)
        for span, unit in zip(spans, views):
            text = unit.text if unit.text is not None else span.text  # unit_text
            owners = find_owners(text, people_index, self.rules[OWNER_RULES], lex=self.rules[PEOPLE_RULES],
                                 speaker=line_speaker(whole, unit.char_start, scribes),
                                 task_at=_within(tasks, unit.char_start, unit.char_end))
            if not owners and unit.item is item:
                owners = antecedent_owners(text, previous, people_index, self.rules[OWNER_RULES],
                                           lex=self.rules[PEOPLE_RULES])
            previous, item = text, unit.item
            ext = span._
            unit.owners = ext.owners = owners  # the view kept up to date: hand_back reads it
            unit.due = ext.due = resolve_due(text, date, next_meeting=next_meeting, rules=self.rules[DUE_RULES])
            unit.metrics = ext.metrics = parse_metrics(text, rules=self.rules[METRIC_RULES])
        if len({(span.start_char, span.end_char) for span in spans}) < len(spans):
            views = unit_views(doc, spans)  # two units on one stretch share their values: read them as stored
        hand_back(spans, views, whole, people_index, self.rules[OWNER_RULES], self.rules[PEOPLE_RULES])
        return doc


def hand_back(spans: list, units: list, text: str, people: PeopleIndex, rules, lex) -> None:
    """'Write to the contractor about the gate. Clerk to action.', a task bullet with '- all' under it, an
    'Action: ...' line followed by 'Due: 30 April' and 'Responsible Officer: ...' lines: a unit that only
    names an owner or a deadline gives it to the task just before it (same item, nothing between them but
    space and a bullet, at most one other such line between), when that task names none itself. `units` are the
    spans' attributes (unit_views), not read through a new `span._` for each of ~9 reads a unit; what is handed
    back is written to the span and to its view, which later slots read."""
    slots: list[tuple[list | None, object | None]] = []
    for at, unit in enumerate(units):
        before = units[at - 1] if at else None
        slots.append((_owner_slot(before, unit, text, people, rules, lex), _due_slot(unit)))
    for at, (owners, due) in enumerate(slots):
        if owners is None and due is None:
            continue
        found = _task_before(units, slots, at, text)
        if found is None:
            continue
        target = units[found]
        if owners and not target.owners:
            target.owners = spans[found]._.owners = list(owners)
        if due is not None and target.due is None:
            target.due = spans[found]._.due = due


def _task_before(units: list, slots: list, at: int, text: str) -> int | None:
    """The unit a slot line belongs to (its number): the one before it, or the one before another slot line."""
    later = units[at]
    for back in (1, 2):
        if at - back < 0:
            return None
        unit = units[at - back]
        if unit.item is not later.item or unit.char_end is None or later.char_start is None:
            return None
        gap = text[unit.char_end:later.char_start]
        if len(gap) > 12 or gap.strip(" \t\r\n-–—*•·"):
            return None
        if slots[at - back] == (None, None):
            return at - back if len((unit.text or "").split()) >= 3 else None
        later = unit
    return None


def _owner_slot(before, after, text: str, people: PeopleIndex, rules, lex) -> list | None:
    """The owners a unit names and nothing else, or None."""
    said = after.text or ""
    if OWNER_MARKER.search(said):  # "Clerk to action.", "Action Councillors.", "Responsible Officer: ..."
        owners = after.owners
    elif before is not None and before.char_end is not None and after.char_start is not None \
            and "\n" in text[before.char_end:after.char_start] \
            and _indent(text, after.char_start) > _indent(text, before.char_start):
        owners = owner_line(said, people, rules, lex)  # a bare "- all" / "- Kim" bullet under the task
    else:
        return None
    return owners if owners and names_only(said, owners) else None


def _due_slot(unit):
    """The deadline of a unit that says nothing else ("Due: 30 April 2025", "Deadline - end of May"), or None."""
    due, said = unit.due, unit.text or ""
    marker = DUE_MARKER.match(said)
    if due is None or due.date is None or marker is None or due.start > marker.end() + 12:
        return None
    return due if not said[due.end:].strip(" .;)") else None


OWNER_MARKER = prechecked(re.compile(  # read on every unit: behind a pre-check for 'action', 'owner', 'lead', ...
    r"(?i:\bto\s+action\b|^\W*actions?\b|^\W*(?:owners?|leads?|responsible(?:\s+(?:officers?|persons?|leads?))?"
    r"|officers?\s+responsible|assigned\s+to|assign(?:ee|ed)s?(?=\s*:)|action\s+by)\b)"
))
DUE_MARKER = re.compile(r"(?i)^\W*(?:due(?:\s+date)?|deadline|target(?:\s+date)?|timescales?|time\s*frames?|by\s+when|when|completion\s+date)\s*[:\-–—]\s*")


def _indent(text: str, start: int) -> int:
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start + 1]
    return len(line) - len(line.lstrip())


TASK_VERB = "TASK_VERB"  # the cue ruler's label for a task verb ("update", "send"): "jdoe: update ..." is a to-do


def task_verb_starts(doc: Doc) -> list[int]:
    """Where the cue ruler found a task verb, in document order."""
    if CUES_KEY not in doc.spans:
        return []
    return sorted(span.start_char for span in doc.spans[CUES_KEY] if span.label_ == TASK_VERB)


def _within(starts: list[int], start: int | None, end: int | None) -> frozenset[int]:
    """The task verbs inside one unit, as offsets into its text."""
    if start is None or end is None:
        return frozenset()
    return frozenset(at - start for at in starts[bisect_left(starts, start):bisect_left(starts, end)])


def line_speaker(text: str, start: int | None, scribes: frozenset[str] = frozenset()) -> str | None:
    """The chat nick the unit's line opens with, when the unit itself leaves it out ("16:03 <sam> I can ...");
    not a scribe's, whose lines carry the real speaker in front ("<scribe> Kai: I'll open issues")."""
    if start is None or start <= 0:
        return None
    line_start = text.rfind("\n", max(0, start - 400), start) + 1
    if line_start == 0 and start > 400:
        return None  # the line opens further back than a chat line's prefix and first sentences reach
    found = LINE_SPEAKER.match(text, line_start, start)
    return found.group("who") if found and found.group("who") not in scribes else None


SCRIBE_LINES = 3  # a nick that writes this many "X: ..." lines for two or more others is taking the minutes


def chat_scribes(text: str) -> frozenset[str]:
    """Nicks that scribe a chat log: they write others' words as "speaker: what was said"."""
    if "<" not in text:
        return frozenset()
    named: dict[str, list[str]] = {}
    for line in text.splitlines():
        said = LINE_SPEAKER.match(line)
        if said:
            addressed = ADDRESSED.match(line[said.end():])
            if addressed:
                named.setdefault(said.group("who"), []).append(addressed.group("who").lower())
    return frozenset(nick for nick, others in named.items()
                     if len(others) >= SCRIBE_LINES and len(set(others) - {nick.lower()}) >= 2)


@Language.factory(
    "minutes_resolver",
    assigns=["span._.owners", "span._.due", "span._.metrics"],
    requires=["doc._.meeting", "doc.spans"],
)
def make_resolver(nlp: Language, name: str) -> ResolverComponent:
    return ResolverComponent(name)
