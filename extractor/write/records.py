"""doc_to_records: a processed Doc as one MeetingRecord and its UnitRecords (a pure function)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..schema import (
    LABELS, AgendaItemRecord, DueRecord, ItemRef, MeetingRecord, MetricRecord, OwnerRecord, PersonRecord, UnitRecord,
)

if TYPE_CHECKING:  # spaCy is imported where a Doc is made: a parent process of workers only writes records
    from spacy.tokens import Doc


def doc_to_records(doc: Doc, include_other: bool = False) -> tuple[MeetingRecord, list[UnitRecord]]:
    from ..extensions import unit_spans, unit_views

    source = doc._.source or {}
    meeting = doc._.meeting
    date = meeting.date.isoformat() if meeting and meeting.date else None
    units: list[UnitRecord] = []
    counts: Counter[str] = Counter()
    spans = unit_spans(doc)
    for index, (span, ext) in enumerate(zip(spans, unit_views(doc, spans))):  # attributes read once, not through `span._`
        counts[ext.label] += 1
        if ext.label == "other" and not include_other:
            continue
        units.append(_unit_record(span, ext, index, source, date))
    record = MeetingRecord(
        doc_id=source.get("doc_id", ""),
        source=source.get("source", ""),
        format=source.get("format"),
        title=meeting.title if meeting else None,
        body=meeting.body if meeting else None,
        date=date,
        time=meeting.time if meeting else None,
        venue=meeting.venue if meeting else None,
        next_meeting=meeting.next_meeting.isoformat() if meeting and meeting.next_meeting else None,
        attendees=[_person(p) for p in meeting.attendees] if meeting else [],
        apologies=[_person(p) for p in meeting.apologies] if meeting else [],
        in_attendance=[_person(p) for p in meeting.in_attendance] if meeting else [],
        items=[AgendaItemRecord(number=i.number, title=i.title, start=i.start, end=i.end) for i in meeting.items]
        if meeting else [],
        counts={label: counts.get(label, 0) for label in LABELS},
        warnings=list(meeting.warnings) if meeting else [],
    )
    return record, units


def error_record(doc_id: str, source: str, fmt: str | None, error: str) -> MeetingRecord:
    return MeetingRecord(doc_id=doc_id, source=source, format=fmt, error=error)


def _person(person) -> PersonRecord:
    return PersonRecord(
        name=person.name, mention=person.mention, role=person.role, initials=person.initials, handle=person.handle
    )


def _unit_record(span, ext, index: int, source: dict, date: str | None) -> UnitRecord:
    item = ext.item
    action = ext.label == "action"
    due = ext.due if action else None  # the resolver reads every unit; owners and deadlines are an action's
    return UnitRecord(
        doc_id=source.get("doc_id", ""),
        source=source.get("source", ""),
        meeting_date=date,
        item=ItemRef(number=item.number, title=item.title) if item else None,
        section=ext.section,
        index=index,
        start=ext.char_start,
        end=ext.char_end,
        text=ext.text if ext.text is not None else span.text,  # unit_text, through the accessor in hand
        label=ext.label,
        confidence=round(float(ext.confidence), 4),
        owners=[
            OwnerRecord(name=o.name, mention=o.mention, attendee=o.attendee, role=o.role)
            for o in (ext.owners or [] if action else [])
        ],
        due=DueRecord(text=due.text, date=due.date) if due else None,
        metrics=[
            MetricRecord(text=m.text, value=m.value, unit=m.unit, from_=m.from_value, to=m.to_value)
            for m in (ext.metrics or [] if ext.label != "other" else [])
        ],
    )
