"""Hand-made unit and meeting records in the shape `minutes extract` writes, for register tests."""

from __future__ import annotations

from typing import Any

PEOPLE = {"Ann Lee": "AL", "Raj Patel": "RP", "Tom Dunne": "TD"}


def person(name: str) -> dict[str, Any]:
    return {"name": name, "mention": name, "role": None, "initials": PEOPLE.get(name), "handle": None}


def meeting(doc_id: str, date: str | None, present: tuple[str, ...] = tuple(PEOPLE), apologies: tuple[str, ...] = ()) -> dict:
    return {"doc_id": doc_id, "source": f"{doc_id}.txt", "title": "Millbrook Allotment Society committee",
            "date": date, "attendees": [person(p) for p in present], "apologies": [person(p) for p in apologies]}


def unit(doc_id: str, index: int, text: str, label: str = "update", owners: tuple[str, ...] = (),
         due: str | None = None, metrics: list[dict] | None = None, present: tuple[str, ...] = tuple(PEOPLE)) -> dict:
    return {
        "doc_id": doc_id, "source": f"{doc_id}.txt", "meeting_date": None, "item": {"number": "3", "title": "Matters arising"},
        "section": None, "index": index, "start": 0, "end": len(text), "text": text, "label": label, "confidence": 0.9,
        "owners": [{"name": o, "mention": o, "attendee": o in present, "role": None} for o in owners],
        "due": {"text": "by then", "date": due} if due else None, "metrics": metrics or [],
    }


# background units every test archive has, so IDF is fitted on something like real minutes
FILLER = [
    "The minutes of the previous meeting were approved as a correct record.",
    "The treasurer reported that the accounts were in order.",
    "Members discussed the state of the paths between the plots.",
    "The water supply to the lower plots will be turned on in April.",
    "Two plots are vacant and the waiting list has five names.",
]


def archive(*meetings_units: tuple[dict, list[tuple]]) -> tuple[list[dict], list[dict]]:
    """[(meeting record, [(text, label, owners, due), ...]), ...] -> (units, meetings), filler units added."""
    units, meetings = [], []
    for record, rows in meetings_units:
        meetings.append(record)
        texts = [(t, "update", (), None) for t in FILLER] + list(rows)
        for index, (text, label, owners, due) in enumerate(texts):
            units.append(unit(record["doc_id"], index, text, label, owners, due,
                              present=tuple(p["name"] for p in record["attendees"])))
    return units, meetings
