"""Write the action register as CSV, JSONL or one self-contained HTML page (inline CSS and JS, no network)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import MinutesError
from .register import STATUSES, Mention, RegisterEntry, status_counts

FORMATS = ("html", "csv", "jsonl")
TEMPLATE = Path(__file__).with_name("register_page.html")
CSV_COLUMNS = ("id", "status", "meeting_date", "doc_id", "item_number", "item_title", "section", "owners",
               "absent_owners", "due", "due_text", "text", "reason", "follows", "thread", "mentions",
               "source", "start", "end", "confidence")


def format_for(path: Path | None, given: str | None = None) -> str:
    """The output format: given, else the file's suffix, else JSONL (stdout)."""
    fmt = (given or (path.suffix.lstrip(".").lower() if path else "jsonl")).lower()
    fmt = {"htm": "html", "json": "jsonl"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise MinutesError(f"{path}: unknown register format {fmt!r}; use .html, .csv or .jsonl (or --format)")
    return fmt


def register_jsonl(entries: Iterable[RegisterEntry]) -> str:
    return "".join(json.dumps(e.as_json(), ensure_ascii=False) + "\n" for e in entries)


def register_csv(entries: Iterable[RegisterEntry]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        row = entry.as_json()
        row["owners"] = "; ".join(entry.owners)
        row["absent_owners"] = "; ".join(entry.absent_owners)
        row["mentions"] = " | ".join(f"{m.meeting_date} {m.kind}: {m.text}" for m in entry.mentions)
        writer.writerow(row)
    return out.getvalue()


def source_link(source: str | None, out_dir: Path | None) -> str | None:
    """A relative URL from the page's folder to the minutes file, when that file exists."""
    if not source or out_dir is None or not Path(source).is_file():
        return None
    relative = os.path.relpath(Path(source).resolve(), out_dir.resolve())
    return quote(Path(relative).as_posix())


def register_html(entries: list[RegisterEntry], meetings: Iterable[dict[str, Any]], units: Iterable[dict[str, Any]] = (),
                  out_dir: Path | None = None, title: str = "Action register") -> str:
    """One page: the register as a sortable, filterable table, then each meeting with its units (the source text)."""
    meetings = sorted((m for m in meetings if not m.get("error")), key=lambda m: (m.get("date") or "9999", m["doc_id"]))
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for unit in units:
        by_doc.setdefault(unit["doc_id"], []).append(unit)
    registered = {e.id for e in entries}
    counts = status_counts(entries)
    owners = sorted({o for e in entries for o in e.owners}, key=str.lower)
    dates = [m["date"] for m in meetings if m.get("date")]
    summary = (f"{len(entries)} actions from {len(meetings)} meetings"
               + (f", {min(dates)} to {max(dates)}" if dates else ""))
    page = TEMPLATE.read_text(encoding="utf-8")
    fill = {
        "title": _e(title),
        "summary": _e(summary),
        "chips": "".join(f'<button type="button" class="chip s-{_slug(s)}" data-status="{_e(s)}" aria-pressed="false">'
                         f'{_e(s)} <b>{counts[s]}</b></button>' for s in STATUSES),
        "owner_options": "".join(f'<option value="{_e(o)}">{_e(o)}</option>' for o in owners),
        "meeting_options": "".join(f'<option value="{_e(m["doc_id"])}">{_e(m.get("date") or m["doc_id"])}</option>'
                                   for m in meetings),
        "rows": "".join(_row(e, registered, out_dir) for e in entries),
        "meetings": "".join(_meeting(m, by_doc.get(m["doc_id"], []), registered, out_dir) for m in meetings),
        "total": str(len(entries)),
    }
    for key, value in fill.items():
        page = page.replace("{{" + key + "}}", value)
    return page


def write_register(entries: list[RegisterEntry], meetings: list[dict[str, Any]], units: list[dict[str, Any]],
                   path: Path, fmt: str | None = None) -> None:
    """Write the register whole (a .part file renamed into place)."""
    fmt = format_for(path, fmt)
    if fmt == "html":
        text = register_html(entries, meetings, units, out_dir=path.parent)
    else:
        text = register_csv(entries) if fmt == "csv" else register_jsonl(entries)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(text, encoding="utf-8", newline="")
    part.replace(path)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _slug(status: str) -> str:
    return status.replace(" ", "-")


def _anchor(unit_id: str) -> str:
    return "u-" + unit_id.replace("#", "-")


def _owner(name: str, absent: bool) -> str:
    if absent:
        return f'<span class="owner absent" title="not present at this meeting">{_e(name)}</span>'
    return f'<span class="owner">{_e(name)}</span>'


def _mention_item(mention: Mention, registered: set[str]) -> str:
    # a mention that is itself in the register links to its row, any other to its sentence
    target = ("a-" if mention.unit_id in registered else "") + _anchor(mention.unit_id)
    return (f'<li class="k-{_e(mention.kind)}"><a href="#{target}">{_e(mention.meeting_date)}</a> '
            f'{_e(mention.kind)}: {_e(mention.text)}</li>')


def _cell(key: Any, content: str) -> str:
    return f'<td data-key="{_e(key)}">{content}</td>'


def _row(entry: RegisterEntry, registered: set[str], out_dir: Path | None) -> str:
    link = source_link(entry.source, out_dir)
    item = " ".join(x for x in (entry.item_number, entry.item_title) if x)
    action = f'<a class="src" href="#{_anchor(entry.id)}" title="the sentence in its meeting">{_e(entry.text)}</a>'
    if link:
        action += f' <a class="file" href="{link}" title="open the minutes file">file</a>'
    if entry.follows:
        action += f'<div class="follows">takes up <a href="#a-{_anchor(entry.follows)}">an earlier action</a></div>'
    owners = "".join(_owner(o, o in entry.absent_owners) for o in entry.owners) or '<span class="none">none named</span>'
    due = _e(entry.due or "") + (f'<div class="due-text">{_e(entry.due_text)}</div>' if entry.due_text else "")
    status = (f'<span class="badge s-{_slug(entry.status)}">{_e(entry.status)}</span>'
              f'<div class="reason">{_e(entry.reason)}</div>')
    meeting = f'<a href="#m-{_e(entry.doc_id)}">{_e(entry.meeting_date or entry.doc_id)}</a>'
    mentions = '<ul class="mentions">' + "".join(_mention_item(m, registered) for m in entry.mentions) + "</ul>"
    cells = [
        _cell(STATUSES.index(entry.status), status), _cell(entry.text.lower(), action),
        _cell("; ".join(entry.owners).lower(), owners), _cell(entry.due or "9999", due),
        _cell(entry.meeting_date or "9999", meeting), _cell(item.lower(), _e(item)), _cell(len(entry.mentions), mentions),
    ]
    return (f'<tr id="a-{_anchor(entry.id)}" data-status="{_e(entry.status)}" data-owners="{_e("|".join(entry.owners))}" '
            f'data-doc="{_e(entry.doc_id)}">{"".join(cells)}</tr>\n')


def _people(people: list[dict[str, Any]]) -> str:
    return ", ".join(_e(p["name"]) for p in people) or "none recorded"


def _meeting(meeting: dict[str, Any], units: list[dict[str, Any]], registered: set[str], out_dir: Path | None) -> str:
    link = source_link(meeting.get("source"), out_dir)
    source = _e(meeting.get("source"))
    source = f'<a href="{link}">{source}</a>' if link else source
    heading = _e(meeting.get("title") or meeting["doc_id"])
    lines = []
    for unit in sorted(units, key=lambda u: u["index"]):
        uid = f'{unit["doc_id"]}#{unit["index"]}'
        back = f' <a class="back" href="#a-{_anchor(uid)}">register</a>' if uid in registered else ""
        lines.append(f'<li id="{_anchor(uid)}" class="l-{_e(unit["label"])}"><span class="label">{_e(unit["label"])}</span> '
                     f'{_e(unit["text"])}{back}</li>')
    return (
        f'<section class="meeting" id="m-{_e(meeting["doc_id"])}"><h3>{_e(meeting.get("date") or "")} {heading}</h3>'
        f'<p class="meta">{_e(meeting.get("body") or "")}{" · " if meeting.get("body") else ""}'
        f'{source}</p>'
        f'<p class="meta">Present: {_people(meeting.get("attendees") or [])}</p>'
        f'<p class="meta">Apologies: {_people(meeting.get("apologies") or [])}</p>'
        f'<details><summary>{len(units)} units as extracted</summary><ol class="units">{"".join(lines)}</ol></details></section>\n'
    )
