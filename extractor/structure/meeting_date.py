"""The date a meeting was held: the text's own header first, then the file name, then front matter.

Minutes carry many dates near the top: the meeting's own ("held on Wednesday 1
August 2007", the title line, "Date: ..."), and others that are not it: minutes of
an earlier meeting being confirmed, the next meeting, a deadline, a "last updated"
stamp, a blog's publication date in front matter. Words that mark the others are
rules in `date_rules.jsonl`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..rules import compile_rule, lexicon, read_rules
from .dates import YEAR, FoundDate, find_dates, find_partial_dates, with_year
from .front_matter import FrontMatter
from .layout import Line

RULES_PATH = Path(__file__).with_name("header_rules.jsonl")
SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z0-9(])")
NUMERIC = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# the words around a date that tell whose date it is; PDF text can run a whole page into one sentence
CONTEXT_BEFORE, CONTEXT_AFTER = 80, 50
ISO_START = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")


@dataclass(frozen=True)
class HeaderRules:
    stale: re.Pattern[str]  # a word that marks a sentence's date as not this meeting's
    stale_before: tuple[re.Pattern[str], ...]  # text right before a date that makes it a deadline or period
    front_matter_keys: frozenset[str]  # keys that make a bare `key: value` run front matter
    front_matter_dates: tuple[str, ...]  # front matter keys holding a date
    front_matter_present: frozenset[str] = frozenset()  # front matter keys listing those present
    front_matter_apologies: frozenset[str] = frozenset()
    # text right before a date that makes it a page's own stamp ('Created: ...'): the meeting's only when no
    # other date in the first lines says when it was held
    fallback_before: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=1)
def default_header_rules() -> HeaderRules:
    return load_header_rules(RULES_PATH)


def load_header_rules(path: Path) -> HeaderRules:
    return header_rules_from(read_rules(path, ("id", "kind", "value")), path)


def header_rules_from(records: list[dict], path: Path = RULES_PATH) -> HeaderRules:
    words = sorted(lexicon(records, "stale_word"), key=len, reverse=True)
    return HeaderRules(
        stale=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I),
        stale_before=tuple(
            compile_rule(path, None, r["value"], {}, re.I) for r in records if r.get("kind") == "stale_before"
        ),
        front_matter_keys=frozenset(v.lower() for v in lexicon(records, "front_matter_key")),
        front_matter_dates=tuple(v.lower() for v in lexicon(records, "front_matter_date")),
        front_matter_present=frozenset(v.lower() for v in lexicon(records, "front_matter_present")),
        front_matter_apologies=frozenset(v.lower() for v in lexicon(records, "front_matter_apologies")),
        fallback_before=tuple(
            compile_rule(path, None, r["value"], {}, re.I) for r in records if r.get("kind") == "fallback_before"
        ),
    )


@dataclass
class HeldDate:
    date: dt.date | None = None
    source: str | None = None  # 'text', 'file name', 'front matter' or 'stamp' (a page's 'Created:')
    sentence: str = ""  # the header sentence the date was read from (time and venue sit beside it)
    written: str = ""  # the date as written
    after: str = ""  # the sentence after the date
    warnings: list[str] = field(default_factory=list)


def choose_meeting_date(
    head: list[Line], skip: set[int], fallback: dt.date | None = None, front: FrontMatter | None = None,
    dollars: bool = False, rules: HeaderRules | None = None, body_from: int | None = None,
) -> HeldDate:
    """The meeting's date from the header lines `head` (lines in `skip` are front matter).

    `fallback` is a date from the file name; `dollars` marks an American document,
    whose ambiguous numeric dates read month first. From line `body_from` on (after the
    attendance lists) a date in a sentence that is not about the meeting ('The survey
    closes on 30 April 2025.') gives way to the file name's date.
    """
    rules = rules or default_header_rules()
    held = _from_header(head, skip, rules, body_from if fallback is not None else None)
    if held.date is not None:
        _settle_numeric(held, fallback, dollars)
    elif fallback is not None:
        held = HeldDate(fallback, "file name")
    elif front is not None and (published := _front_date(front, rules)) is not None:
        held = HeldDate(published, "front matter")
    else:
        held = _without_year(head, skip, rules)
        if held.date is None:
            held = _stamped(head, skip, rules)
    return held


def _stamped(head: list[Line], skip: set[int], rules: HeaderRules) -> HeldDate:
    """'Created: March 17, 2025 9:02 AM' in a page export's first lines when nothing else dates the meeting:
    notes pages are made on the day they record, more often than not."""
    lines = [ln for ln in head if ln.index not in skip and ln.kind != "blank"][:PARTIAL_LINES]
    for line in lines:
        for found in find_dates(line.text):
            before = line.text[max(0, found.start - CONTEXT_BEFORE):found.start]
            if any(p.search(before) for p in rules.fallback_before):
                return HeldDate(found.date, "stamp", line.text.strip(), line.text[found.start:found.end],
                                line.text[found.end:])
    return HeldDate()


PARTIAL_LINES = 12  # a date without its year is the meeting's only in the first lines


def _without_year(head: list[Line], skip: set[int], rules: HeaderRules) -> HeldDate:
    """'Minutes of meeting on Tuesday 4th March' under a title 'Committee Meetings 2025': a day and month
    in the first lines, in the year the first lines give (and its weekday fits)."""
    lines = [ln for ln in head if ln.index not in skip and ln.kind != "blank"][:PARTIAL_LINES]
    years = [int(m.group(0)) for ln in lines for m in YEAR.finditer(ln.text)]
    if not years:
        return HeldDate()
    for line in lines:
        for partial in find_partial_dates(line.text):
            before = line.text[max(0, partial.start - CONTEXT_BEFORE):partial.start]
            if rules.stale.search(before) or any(p.search(before) for p in rules.stale_before):
                continue
            date = with_year(partial, years)
            if date is not None:
                return HeldDate(date, "text", line.text.strip(), line.text[partial.start:partial.end],
                                line.text[partial.end:])
    return HeldDate()


def _from_header(head: list[Line], skip: set[int], rules: HeaderRules, body_from: int | None = None) -> HeldDate:
    lines = [ln for ln in head if ln.index not in skip and ln.kind != "blank"]
    if body_from is not None:
        lines = [ln for ln in lines if ln.index < body_from or not _body_sentence(ln.text)]
    for k, line in enumerate(lines):
        text = line.text.rstrip()
        # a date may be wrapped onto the next line ("Monday 8th / September 2014")
        following = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
        joined = f"{text} {following}"
        for found in find_dates(joined):
            if found.start >= len(text):
                break
            sentence_start, sentence_end = _sentence_around(joined, found.start, len(joined) if found.end > len(text) else len(text))
            sentence = joined[sentence_start:sentence_end]
            before = joined[max(sentence_start, found.start - CONTEXT_BEFORE):found.start]
            after = _own_context(joined[found.end:min(sentence_end, found.end + CONTEXT_AFTER)])
            if rules.stale.search(before) or rules.stale.search(after) or any(p.search(before) for p in rules.stale_before):
                continue
            held = HeldDate(found.date, "text", sentence, joined[found.start:found.end], joined[found.end:sentence_end])
            held.warnings += _weekday_warning(found, joined)
            return held
    return HeldDate()


def _own_context(after: str) -> str:
    """The words after a date that are about it: up to the clause that leads to the next date, whose stale
    word is that date's ('4 March 2025 (rescheduled from 25 February 2025)', '..., approved 1 April 2025')."""
    later = find_dates(after)
    if not later:
        return after
    between = after[:later[0].start]
    return between[:max(between.rfind(c) for c in "(,;–")] if any(c in between for c in "(,;–") else ""


MEETING_WORDS = re.compile(r"\b(?:held|meeting|met|convened|opened|date|minutes)\b", re.I)


def _body_sentence(text: str) -> bool:
    """A line of the minutes' body: a sentence ('The survey closes on 30 April 2025.'), not a 'Date:' field,
    a bare date line or a sentence about the meeting itself."""
    words = re.findall(r"[a-z]{2,}", text)
    return len(words) >= 3 and not MEETING_WORDS.search(text)


def _sentence_around(text: str, offset: int, limit: int) -> tuple[int, int]:
    """The sentence of `text` holding `offset`, ending by `limit` (the line, or the date wrapped past it)."""
    start, end = 0, len(text)
    for match in SENTENCE_END.finditer(text):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = match.start()
            break
    return start, min(end, limit)


def _weekday_warning(found: FoundDate, text: str) -> list[str]:
    if found.weekday is None or found.weekday == found.date.weekday():
        return []
    written = text[found.start:found.end].strip()
    return [f"the header gives '{written}', but {found.date:%-d %B %Y} was a "
            f"{calendar.day_name[found.date.weekday()]}; check the meeting date"]


def _settle_numeric(held: HeldDate, fallback: dt.date | None, dollars: bool) -> None:
    """An ambiguous numeric date ('6/4/2013') read day first unless the document says otherwise."""
    date = held.date
    if not NUMERIC.fullmatch(held.written) or date.day > 12:
        return
    swapped = dt.date(date.year, date.day, date.month)
    if fallback is not None and date != fallback and swapped == fallback:
        held.date = fallback  # the file name says June 4: the text wrote the month first
    elif dollars and fallback is None:
        held.date = swapped  # an American document (dollars, no pounds) writes its dates month first


def _front_date(front: FrontMatter, rules: HeaderRules) -> dt.date | None:
    for key in rules.front_matter_dates:
        value = front.text(key)
        if not value:
            continue
        iso = ISO_START.match(value)
        if iso:
            try:
                return dt.date(*(int(g) for g in iso.groups()))
            except ValueError:
                continue
        found = find_dates(value)
        if found:
            return found[0].date
    return None
