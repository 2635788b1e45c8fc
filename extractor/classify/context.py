"""Build the classifier's view (UnitContext) of every unit in a processed Doc."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from ..extensions import doc_text, unit_spans, unit_views
from ..matchers import CUES_KEY
from ..resolve.attendees import PeopleIndex
from .features import UnitContext, is_lead_in


def people_keys(doc: Doc) -> frozenset[str]:
    """Lower-cased names, first names, surnames and initials of everyone listed as present."""
    meeting = doc._.meeting
    keys: set[str] = set()
    for person in (meeting.attendees + meeting.apologies) if meeting else []:
        parts = person.name.split()
        keys.update(p.lower().strip(".") for p in parts if len(p) > 1)
        keys.add(person.name.lower())
        if person.initials:
            keys.add(person.initials.lower())
        if person.handle:
            keys.add(person.handle.lower())
    return frozenset(keys)


def _in_list(text: str, previous, unit, previous_kind: str) -> bool:
    """Does `unit` go on the list a lead-in opened? Bullets do; a plain line does when each item has a
    line of its own (a list flattened without markers), not running prose or a new paragraph. `previous`
    and `unit` are the units' attributes (unit_views)."""
    if unit.kind in {"bullet", "row"}:
        return True
    gap = text[previous.char_end:unit.char_start]
    if previous_kind == "sentence" and gap.count("\n") == 1 or "\n" in gap and previous_kind != "bullet" \
            and not re.search(r"\n\s*\n", gap):
        return True
    if "\n" not in gap:
        return False
    # a list whose items stand a blank line apart (word-processor and PDF text): items that go on the
    # lead-in's clause ("RESOLVED that the Committee:" / "to approve ..."), or short lines without a full stop
    item = text[unit.char_start:unit.char_end].strip()
    if LIST_ITEM_START.match(item):
        return True
    return previous_kind != "bullet" and len(item.split()) <= 14 and not item.endswith((".", "?", "!", ":"))


LIST_ITEM_START = re.compile(r"(?:\(?[ivx]{1,4}\)|\(?[a-h]\)|\d{1,2}[.)]\s|[a-z])")


def unit_contexts(doc: Doc, spans: list[Span] | None = None) -> list[UnitContext]:
    """The units' contexts; `spans` are unit_spans(doc) when the caller has them already (each read of the
    span group builds every Span again)."""
    spans = unit_spans(doc) if spans is None else spans
    cues = sorted(doc.spans[CUES_KEY], key=lambda s: s.start_char) if CUES_KEY in doc.spans else []
    cue_starts = [c.start_char for c in cues]
    people = people_keys(doc)
    meeting = doc._.meeting
    present = (meeting.attendees + meeting.apologies) if meeting else []
    views = unit_views(doc, spans)  # every attribute read once, not through a new `span._` each time
    # the index serves only units the resolver has not run on (find_owners builds the same from the list)
    attendees = PeopleIndex(present) if any(view.metrics is None for view in views) else present
    date = meeting.date if meeting else None
    text = doc_text(doc)
    texts = [view.text if view.text is not None else span.text for view, span in zip(views, spans)]
    contexts: list[UnitContext] = []
    previous_item = None
    position = 0
    lead: UnitContext | None = None  # the open list's lead-in line
    for i, span in enumerate(spans):
        ext = views[i]
        start, end = ext.char_start, ext.char_end
        inside = []
        for cue in cues[bisect_left(cue_starts, start): bisect_left(cue_starts, end)]:
            if cue.end_char <= end + 1:
                rule_id = cue.id_ or cue.label_
                inside.append((cue.label_, rule_id, cue.start_char - start <= 3, end - cue.end_char <= 2))
        item = ext.item
        position = position + 1 if item is previous_item else 0
        if lead is not None and (
            item is not previous_item or not _in_list(text, views[i - 1], ext, contexts[-1].kind)
        ):
            lead = None
        previous_item = item
        contexts.append(
            UnitContext(
                text=texts[i],
                kind=ext.kind or "sentence",
                marker=ext.marker or "",
                section=ext.section,
                item_title=item.title if item else None,
                cues=inside,
                prev_cues=[c[0] for c in contexts[-1].cues] if contexts else [],
                prev_text=contexts[-1].text if contexts else "",
                next_text=texts[i + 1] if i + 1 < len(spans) else "",
                position=position,
                people=people,
                attendees=attendees,
                meeting_date=date,
                owners=ext.owners,
                due=ext.due,
                metrics=ext.metrics,
                lead_in=lead.text if lead is not None else "",
                lead_in_cues=[c[0] for c in lead.cues] if lead is not None else [],
            )
        )
        if is_lead_in(contexts[-1].text):
            lead = contexts[-1]
    return contexts
