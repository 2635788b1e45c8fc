"""The output records, one module: a unit a line (`-o`), a meeting a line (`--meetings`).

`minutes schema` prints their JSON Schema so pandas, jq and notebooks know the fields.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import models_json_schema

LABELS: tuple[str, ...] = ("action", "resolution", "metric", "update", "other")
Label = Literal["action", "resolution", "metric", "update", "other"]


class PersonRecord(BaseModel):
    name: str = Field(description="Canonical name: titles (Cllr, Mr, Dr, ...) and honours (CBE, ...) dropped")
    mention: str = Field(description="The person as written in the list")
    role: str | None = Field(None, description="Organisation or post given with the name")
    initials: str | None = Field(None, description="Initials the minutes define, e.g. 'JS'")
    handle: str | None = Field(None, description="A @handle given with the name")


class AgendaItemRecord(BaseModel):
    number: str | None
    title: str
    start: int
    end: int


class MeetingRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_id: str
    source: str
    format: str | None = None
    title: str | None = None
    body: str | None = Field(None, description="The organisation or committee")
    date: str | None = Field(None, description="Meeting date, ISO YYYY-MM-DD")
    time: str | None = Field(None, description="Start time, HH:MM")
    venue: str | None = None
    next_meeting: str | None = Field(None, description="Date the minutes give for the next meeting, ISO")
    attendees: list[PersonRecord] = Field(default_factory=list, description="Everyone recorded as present")
    apologies: list[PersonRecord] = Field(default_factory=list)
    in_attendance: list[PersonRecord] = Field(
        default_factory=list, description="Officers and guests listed apart from members (also in attendees)"
    )
    items: list[AgendaItemRecord] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict, description="Units per label")
    warnings: list[str] = Field(default_factory=list)
    error: str | None = Field(None, description="Why the document could not be read; null when it was")


class ItemRef(BaseModel):
    number: str | None
    title: str | None


class OwnerRecord(BaseModel):
    name: str = Field(description="Canonical attendee name, or the mention as written")
    mention: str
    attendee: bool = Field(description="True when the owner is on the attendee list")
    role: str | None = None


class DueRecord(BaseModel):
    text: str = Field(description="The deadline phrase as written")
    date: str | None = Field(description="YYYY-MM or YYYY-MM-DD resolved against the meeting date")


class MetricRecord(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    text: str
    value: float
    unit: str | None = None
    from_: float | None = Field(None, alias="from", description="Start of a from -> to comparison")
    to: float | None = Field(None, description="End of a from -> to comparison")


class UnitRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_id: str
    source: str
    meeting_date: str | None
    item: ItemRef | None
    section: str | None
    index: int
    start: int = Field(description="Character offset into the document text as read")
    end: int
    text: str
    label: Label
    confidence: float
    owners: list[OwnerRecord] = Field(default_factory=list)
    due: DueRecord | None = None
    metrics: list[MetricRecord] = Field(
        default_factory=list,
        description="Indicator values found in the unit (any label but other); `metric` units are those whose "
        "main content they are. Owners and due are filled for actions.",
    )


def as_json(record: BaseModel) -> dict:
    """A record as plain JSON data (aliases such as `from` applied)."""
    return record.model_dump(mode="json", by_alias=True)


def json_schema() -> dict:
    """One JSON Schema for every line `minutes extract` writes: a unit record or a meeting record.

    Both models and the records they nest share one `$defs`, so every `$ref` resolves from the top.
    """
    _, defs = models_json_schema(
        [(UnitRecord, "serialization"), (MeetingRecord, "serialization")],
        by_alias=True, ref_template="#/$defs/{model}",
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "minutes output records",
        "description": "A line of the units file (-o) is a UnitRecord; a line of the meetings file (--meetings) "
                       "is a MeetingRecord.",
        "oneOf": [{"$ref": "#/$defs/UnitRecord"}, {"$ref": "#/$defs/MeetingRecord"}],
        "$defs": defs["$defs"],
    }
