"""The action register: every action of an archive and what later meetings say about it.

Pure functions over the JSONL records (`UnitRecord`, `MeetingRecord` as dicts); no pandas.
A later unit is a *mention* of an earlier action when its wording is similar (TF-IDF cosine,
thresholds in register_rules.jsonl) and it does not name a different owner. A mention that says
the action was completed makes it `done`; any other mention (a status word such as "carried
forward", or the action listed again) makes it `carried forward`. An action nobody mentions
again is `overdue` when it was due before the archive's last meeting, else `open`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .settings import AnalysisRules, default_rules
from .similarity import Similarity, stem

Status = Literal["open", "overdue", "carried forward", "done"]
STATUSES: tuple[str, ...] = ("open", "overdue", "carried forward", "done")
INITIALS = re.compile(r"^[A-Z]{2,4}$")
AUXILIARY = re.compile(r"\b(?:was|were|has|have|had|been|is|are)\s+(?:now\s+|also\s+|already\s+)?(?:been\s+)?([a-z]+)",
                       re.IGNORECASE)
ACTION_VERB = re.compile(r"\b(?:to|will|shall|would)\s+(?:be\s+)?([a-z]+)", re.IGNORECASE)
NOT_VERBS = frozenset({"the", "a", "an", "all", "its", "their", "his", "her", "our", "this", "that", "be", "date", "next"})


@dataclass
class Mention:
    """A later unit that speaks of an action: `kind` is done or carried."""

    unit_id: str
    doc_id: str
    meeting_date: str | None
    text: str
    label: str
    kind: Literal["done", "carried"]
    similarity: float
    source: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class RegisterEntry:
    """One action unit and its status at the end of the archive."""

    id: str
    doc_id: str
    meeting_date: str | None
    meeting_title: str | None
    source: str | None
    start: int | None
    end: int | None
    item_number: str | None
    item_title: str | None
    section: str | None
    text: str
    owners: list[str]
    absent_owners: list[str]  # owners not recorded as present at the meeting that gave them the action
    due: str | None
    due_text: str | None
    confidence: float | None
    status: Status = "open"
    reason: str = ""
    follows: str | None = None  # the earlier action this unit takes up again
    thread: str = ""  # the first action of the chain this one belongs to
    mentions: list[Mention] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Unit:
    """A unit record with its meeting's date parsed, as the matcher needs it."""

    position: int
    record: dict[str, Any]
    date: dt.date | None

    @property
    def id(self) -> str:
        return unit_id(self.record)


def unit_id(record: dict[str, Any]) -> str:
    return f"{record['doc_id']}#{record['index']}"


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def due_end(value: str | None) -> dt.date | None:
    """The last day a due date at any precision allows: '2024-06' -> 2024-06-30, '2024' -> 2024-12-31."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31)
        month = int(parts[1])
        day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def people_aliases(meetings: Iterable[dict[str, Any]], units: Iterable[dict[str, Any]] = ()) -> dict[str, set[str]]:
    """Canonical name key -> the ways the archive writes that person: name, mention, initials, handle, surname."""
    aliases: dict[str, set[str]] = {}
    for meeting in meetings:
        for person in (p for key in ("attendees", "apologies", "in_attendance") for p in meeting.get(key) or []):
            found = aliases.setdefault(name_key(person["name"]), {person["name"]})
            found.update(v for v in (person.get("mention"), person.get("initials"), person.get("handle")) if v)
    for unit in units:
        for owner in unit.get("owners") or []:
            aliases.setdefault(name_key(owner["name"]), {owner["name"]}).add(owner.get("mention") or owner["name"])
    surnames = Counter(key.split()[-1] for key in aliases if len(key.split()) > 1)
    for key, found in aliases.items():
        words = key.split()
        if len(words) > 1 and surnames[words[-1]] == 1 and len(words[-1]) >= 3:
            found.add(words[-1])
    return aliases


def name_words(aliases: dict[str, set[str]]) -> set[str]:
    """Words of people's names and their initials, lower-cased: left out of wording similarity."""
    words = {w for key in aliases for w in key.split()}
    return words | {a.lower() for found in aliases.values() for a in found if INITIALS.match(a)}


def _alias_pattern(alias: str) -> re.Pattern[str]:
    flags = 0 if INITIALS.match(alias) else re.IGNORECASE  # "MI" as initials, not the word "mi"
    return re.compile(rf"(?<![\w@]){re.escape(alias)}(?![\w])", flags)


def action_verb(text: str, skip: frozenset[str] = frozenset()) -> str | None:
    """The verb of a commitment ('X to circulate ...' -> 'circulate'; 'to be circulated' -> 'circulated')."""
    for match in ACTION_VERB.finditer(text):
        word = match.group(1).lower()
        if word not in NOT_VERBS and word not in skip:
            return word
    return None


def says_done_by_verb(text: str, verbs: Iterable[str | None], rules: AnalysisRules) -> bool:
    """'The accounts were circulated' reports an action 'to circulate the accounts' as done."""
    for verb in filter(None, verbs):
        base = stem(verb.removesuffix("ed")) if verb.endswith("ed") else stem(verb)
        irregular = set(rules.irregular_past.get(verb, ()))
        for match in AUXILIARY.finditer(text):
            word = match.group(1).lower()
            if word in irregular or (word.endswith("ed") and word.startswith(base)):
                return True
    return False


def mention_kind(text: str, label: str, verbs: Iterable[str | None] | str | None,
                 rules: AnalysisRules) -> Literal["done", "carried"] | None:
    """What a similar later unit says of an action: done, carried (still alive), or nothing (a topic only)."""
    verbs = [verbs] if verbs is None or isinstance(verbs, str) else verbs
    if rules.says("carried", text) or rules.says("not_done", text):
        return "carried"
    if rules.says("done", text) or says_done_by_verb(text, verbs, rules):
        return "done"
    return "carried" if label in rules.mention_labels else None


class _Owners:
    """Owner comparison by canonical name, falling back to the names and initials written in a unit."""

    def __init__(self, aliases: dict[str, set[str]]) -> None:
        self.patterns = {key: [_alias_pattern(a) for a in sorted(found, key=len, reverse=True)]
                         for key, found in aliases.items()}

    def evidence(self, owners: list[str], unit: dict[str, Any]) -> Literal["same", "unknown", "different"]:
        if not owners:
            return "unknown"
        keys = {name_key(name) for name in owners}
        if keys & {name_key(o["name"]) for o in unit.get("owners") or []}:
            return "same"
        text = unit["text"]
        for key in keys:
            patterns = self.patterns.get(key) or [_alias_pattern(key)]
            if any(p.search(text) for p in patterns):
                return "same"
        return "different" if unit.get("owners") else "unknown"


def build_register(
    units: Iterable[dict[str, Any]], meetings: Iterable[dict[str, Any]], rules: AnalysisRules | None = None
) -> list[RegisterEntry]:
    """Every action unit of the archive with its status, in meeting order then document order."""
    rules = rules or default_rules()
    meetings = [m for m in meetings if not m.get("error")]
    by_doc = {m["doc_id"]: m for m in meetings}
    records = list(units)
    items = [_Unit(i, r, parse_date((by_doc.get(r["doc_id"]) or {}).get("date") or r.get("meeting_date")))
             for i, r in enumerate(records)]
    items.sort(key=lambda u: (u.date or dt.date.max, u.record["doc_id"], u.record["index"]))
    dates = [u.date for u in items if u.date] + [d for d in (parse_date(m.get("date")) for m in meetings) if d]
    last = max(dates) if dates else None
    aliases = people_aliases(meetings, records)
    # numbers are mostly dates and amounts here: noise for telling one action from another
    similarity = Similarity([u.record["text"] for u in items], ignore=rules.ignore_words | name_words(aliases),
                            numbers=False)
    actions = [u for u in items if u.record["label"] == "action"]
    listed = {name_key(p["name"]) for m in meetings for key in ("attendees", "apologies", "in_attendance")
              for p in m.get(key) or []}
    entries = {a.id: _entry(a.record, by_doc.get(a.record["doc_id"]), listed, rules) for a in actions}
    links = _links(actions, items, similarity, _Owners(aliases), rules)
    for (action_pos, unit_pos), (kind, score) in sorted(links.items(), key=lambda kv: (items[kv[0][1]].date, kv[0][1])):
        entries[items[action_pos].id].mentions.append(_mention(items[unit_pos], kind, score))
    _follow_ups(links, items, entries)
    _statuses(actions, entries, last, rules)
    return [entries[a.id] for a in actions]


def _links(actions: list[_Unit], items: list[_Unit], similarity: Similarity, owners: _Owners,
           rules: AnalysisRules) -> dict[tuple[int, int], tuple[str, float]]:
    """(action position, later unit position) -> (kind, cosine), one action per later unit and earlier meeting."""
    positions = [a.position for a in actions]
    index_of = {u.position: i for i, u in enumerate(items)}
    scores = similarity.sparse([index_of[p] for p in positions])
    floor = min(rules.min_similarity_named, rules.min_similarity_unnamed)
    scores.data[scores.data < floor] = 0  # most pairs share a word or two; drop them before the Python loop
    scores.eliminate_zeros()
    best: dict[tuple[int, str], tuple[float, int, str]] = {}
    # a follow-up ('Hall booking (AL): carried forward') has no verb of its own: it keeps its action's
    inherited: dict[int, set[str]] = {}
    for row, action in enumerate(actions):
        if action.date is None:
            continue
        verbs = inherited.get(action.position, set()) | {action_verb(action.record["text"], rules.ignore_words)}
        action_owners = [o["name"] for o in action.record.get("owners") or []]
        start, stop = scores.indptr[row], scores.indptr[row + 1]
        for col, score in zip(scores.indices[start:stop].tolist(), scores.data[start:stop].tolist()):
            unit = items[col]
            if unit.date is None or unit.date <= action.date or score < floor:
                continue
            evidence = owners.evidence(action_owners, unit.record)
            needed = rules.min_similarity_named if evidence == "same" else rules.min_similarity_unnamed
            if evidence == "different" or score < needed:
                continue
            kind = mention_kind(unit.record["text"], unit.record["label"], verbs, rules)
            if kind and unit.record["label"] == "action":
                inherited.setdefault(unit.position, set()).update(v for v in verbs if v)
            key = (col, action.record["doc_id"])
            if kind and (key not in best or score > best[key][0]):
                best[key] = (score, row, kind)
    return {(actions[row].position, items[col].position): (kind, score) for (col, _), (score, row, kind) in best.items()}


def _follow_ups(links: dict[tuple[int, int], tuple[str, float]], items: list[_Unit], entries: dict[str, RegisterEntry]) -> None:
    """An action unit that takes up an earlier action follows the latest such action; threads run through them."""
    by_position = {u.position: u for u in items}
    chosen: dict[int, tuple[dt.date, float, int]] = {}
    for (action_pos, unit_pos), (_, score) in links.items():
        if by_position[unit_pos].record["label"] != "action":
            continue
        rank = (by_position[action_pos].date, score, action_pos)
        if unit_pos not in chosen or rank > chosen[unit_pos]:
            chosen[unit_pos] = rank
    for unit_pos, (_, _, action_pos) in chosen.items():
        entries[by_position[unit_pos].id].follows = by_position[action_pos].id
    for entry in entries.values():  # entries are in meeting order, so an earlier thread is already set
        entry.thread = entries[entry.follows].thread if entry.follows in entries else entry.id


def _statuses(actions: list[_Unit], entries: dict[str, RegisterEntry], last: dt.date | None, rules: AnalysisRules) -> None:
    """Latest first, so an action whose follow-up was done is done too."""
    for action in reversed(actions):
        entry = entries[action.id]
        done = next((m for m in entry.mentions if m.kind == "done"), None)
        relayed = next((m for m in entry.mentions if m.unit_id in entries and entries[m.unit_id].status == "done"), None)
        own = entry.follows is not None and mention_kind(entry.text, "", None, rules) == "done"
        due = due_end(entry.due)
        if own:
            entry.status, entry.reason = "done", "this entry reports the action completed"
        elif done:
            entry.status, entry.reason = "done", f"reported completed at the meeting of {done.meeting_date}"
        elif relayed:
            entry.status, entry.reason = "done", f"taken up again on {relayed.meeting_date} and since completed"
        elif entry.mentions:
            m = entry.mentions[-1]
            entry.status, entry.reason = "carried forward", f"taken up again at the meeting of {m.meeting_date}"
        elif due and last and due < last:
            entry.status, entry.reason = "overdue", f"due {entry.due}, before the last meeting ({last}); not mentioned since"
        else:
            entry.status = "open"
            entry.reason = f"due {entry.due}" if entry.due else "no due date"
            entry.reason += "; not mentioned in a later meeting" if action.date and last and action.date < last else ""


def is_person(name: str, listed: set[str], rules: AnalysisRules) -> bool:
    """An owner is a person when an attendance list names them, or the name reads as one ('Gavin Solberg', not 'officers')."""
    words = name.split()
    if name_key(name) in listed:
        return True
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not {name_key(w) for w in words} & rules.group_words


def _entry(record: dict[str, Any], meeting: dict[str, Any] | None, listed: set[str], rules: AnalysisRules) -> RegisterEntry:
    meeting = meeting or {}
    present = {name_key(p["name"]) for p in meeting.get("attendees") or []}
    owners = [o["name"] for o in record.get("owners") or []]
    absent = [name for name in owners if name_key(name) not in present and is_person(name, listed, rules)]
    item = record.get("item") or {}
    due = record.get("due") or {}
    return RegisterEntry(
        id=unit_id(record), doc_id=record["doc_id"], meeting_date=meeting.get("date") or record.get("meeting_date"),
        meeting_title=meeting.get("title"), source=record.get("source"), start=record.get("start"), end=record.get("end"),
        item_number=item.get("number"), item_title=item.get("title"), section=record.get("section"), text=record["text"],
        owners=owners, absent_owners=absent, due=due.get("date"), due_text=due.get("text"),
        confidence=record.get("confidence"),
    )


def _mention(unit: _Unit, kind: str, score: float) -> Mention:
    r = unit.record
    return Mention(unit_id=unit.id, doc_id=r["doc_id"], meeting_date=unit.date.isoformat() if unit.date else None,
                   text=r["text"], label=r["label"], kind=kind, similarity=round(score, 3), source=r.get("source"),
                   start=r.get("start"), end=r.get("end"))


def status_counts(entries: Iterable[RegisterEntry]) -> dict[str, int]:
    counts = Counter(e.status for e in entries)
    return {status: counts.get(status, 0) for status in STATUSES}
