"""Find the deadline phrase of an action unit and resolve it to an ISO date.

`resolve_due(text, meeting_date)` is the pure core (ANNOTATION.md, "Due
dates"). Cue words, month and weekday names, number words and the relative
phrases live in `due_rules.jsonl`, one rule a record; the date shapes that
need code (day-month-year orders) are built here from those lexicons.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extractor.errors import RuleError
from extractor.rules import (Prechecked, RecordsByKind, ascii_lowered, compile_rule, factored_alternation, precheck_group,
                             prechecked, records_by_kind)

RULES_PATH = Path(__file__).with_name("due_rules.jsonl")

_FLAGS = re.IGNORECASE
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,|\s[–—-]\s|[.!?]\s|\b(?:and|but|while|whereas|however)\b", _FLAGS)
_WINDOW_CHARS = 80
# Cues sit right before a date and past markers right after it: looking this far keeps a unit of any
# length linear (a 400k-character line without a full stop is one unit).
_CUE_CHARS = 200
_TAIL_END = re.compile(r"\s*(?P<tail>\)\.|\)|\.)?\s*\Z")


@dataclass(frozen=True)
class Due:
    """A deadline phrase as written, its resolved date and its offsets."""

    text: str
    date: str | None
    start: int
    end: int


# ---------------------------------------------------------------- rule loading

_STRINGS = "list of strings"
_REQUIRED: dict[str, dict[str, Any]] = {
    "month": {"month": int, "names": _STRINGS, "exact": _STRINGS},
    "weekday": {"weekday": int, "names": _STRINGS, "exact": _STRINGS},
    "number": {"value": int, "words": _STRINGS},
    "ordinal": {"value": int, "words": _STRINGS},
    "meeting_noun": {"words": _STRINGS},
    "period_noun": {"words": _STRINGS},
    "determiner": {"words": _STRINGS},
    "cue": {"role": str, "pattern": str},
    "open": {"pattern": str, "next_meeting": bool},
    "relative": {"pattern": str, "resolve": str},
}
_OPTIONAL = {"period_noun", "ordinal"}  # a rules file saved before the kind existed still loads
# firm: a deadline noun ("A deadline of 8 March was set") makes the date a deadline even in a past-tense clause
_CUE_ROLES = ("deadline", "past_before", "past_after", "firm")


@dataclass(frozen=True)
class _Phrase:
    """A compiled phrase rule: relative offsets and open-ended phrases."""

    id: str
    regex: re.Pattern[str] | Prechecked
    kind: str
    resolve: str = ""
    count: int = 0
    next_meeting: bool = False


@dataclass(frozen=True)
class DueRules:
    """The validated lexicons and compiled phrase rules of one rules file."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    fragments: dict[str, str]
    deadline_cue: re.Pattern[str]
    firm_cue: re.Pattern[str] | None
    past_before: tuple[re.Pattern[str], ...]
    past_after: tuple[re.Pattern[str], ...]
    phrases: tuple[_Phrase, ...]
    shapes: dict[str, re.Pattern[str] | Prechecked]
    month_gate: re.Pattern[str] | None = None  # a month name anywhere: the month shapes can match at all
    month_keys: tuple[str, ...] | None = None  # what every month name contains, casefolded (month_keys())


def _valid(value: Any, want: Any) -> bool:
    if want == _STRINGS:
        return isinstance(value, list) and all(isinstance(v, str) and v for v in value)
    return isinstance(value, want) and (want is bool or not isinstance(value, bool))


def _check(path: Path, line_no: int, record: dict[str, Any], seen: set[str]) -> None:
    rule_id, kind = record.get("id"), record.get("kind")
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleError(path, line_no, "missing string 'id'")
    if rule_id in seen:
        raise RuleError(path, line_no, f"duplicate id {rule_id!r}")
    seen.add(rule_id)
    if kind not in _REQUIRED:
        raise RuleError(path, line_no, f"{rule_id}: unknown kind {kind!r}; use one of {sorted(_REQUIRED)}")
    for key, want in _REQUIRED[kind].items():
        if not _valid(record.get(key), want):
            raise RuleError(path, line_no, f"{rule_id}: '{key}' must be {getattr(want, '__name__', want)}")
    if kind == "cue" and record["role"] not in _CUE_ROLES:
        raise RuleError(path, line_no, f"{rule_id}: role must be one of {sorted(_CUE_ROLES)}")
    if kind == "relative" and record["resolve"] not in _RESOLVERS:
        raise RuleError(path, line_no, f"{rule_id}: resolve must be one of {sorted(_RESOLVERS)}")


def _alternation(words: Iterable[str], exact: Iterable[str] = ()) -> str:
    """Longest first, so "Sept." wins over "Sep"; `exact` names keep their case ("May", not "may")."""
    loose = factored_alternation(sorted(words, key=len, reverse=True))
    strict = factored_alternation(sorted(exact, key=len, reverse=True), space=r"\ ")
    return "|".join(([f"(?-i:{strict})"] if strict else []) + ([loose] if loose else []))


def _compile(path: Path, line_no: int | None, pattern: str, fragments: dict[str, str]) -> re.Pattern[str]:
    return compile_rule(path, line_no, pattern, fragments, _FLAGS)


def load_rules(path: Path = RULES_PATH) -> DueRules:
    """Read and validate a due rules file; a bad record raises RuleError naming file:line."""
    return _build(path, records_by_kind(path, _REQUIRED, _check))


def _lexicon(entries: list[tuple[int, dict[str, Any]]], key: str) -> tuple[dict[str, int], list[str], list[str]]:
    """Lower-cased lookup of every name, plus the loose and the case-kept names for the regex."""
    lookup: dict[str, int] = {}
    loose: list[str] = []
    exact: list[str] = []
    for _, rec in entries:
        lookup.update({n.lower(): rec[key] for n in rec["names"] + rec["exact"]})
        loose.extend(rec["names"])
        exact.extend(rec["exact"])
    return lookup, loose, exact


def _words(by_kind: RecordsByKind, kind: str) -> list[str]:
    return [w for _, rec in by_kind[kind] for w in rec["words"]]


def _build(path: Path, by_kind: RecordsByKind) -> DueRules:
    months, loose_months, month_exact = _lexicon(by_kind["month"], "month")
    weekdays, loose_days, weekday_exact = _lexicon(by_kind["weekday"], "weekday")
    numbers = {_norm(w): rec["value"] for _, rec in by_kind["number"] for w in rec["words"]}
    ordinals = {_norm(w): rec["value"] for _, rec in by_kind["ordinal"] for w in rec["words"]}
    fragments = {
        "month": f"(?P<month>{_alternation(loose_months, month_exact)})(?!\\w)",
        "weekday": f"(?P<weekday>{_alternation(loose_days, weekday_exact)})(?!\\w)",
        "n": f"(?P<n>\\d{{1,3}}|{_alternation(numbers)})",
        # "the first of June", "by the fifteenth": a day of the month in words (a phrase names its own group)
        "ordinal": f"(?:{_alternation(ordinals)})(?![\\w-])" if ordinals else "(?!)",
        "meeting": f"(?:{_alternation(_words(by_kind, 'meeting_noun'))})",
        "det": f"(?:{_alternation(_words(by_kind, 'determiner'))})",
        # "year-end figures", "month-end close": a period that qualifies a noun is no deadline
        "ledger": f"(?:{_alternation(_words(by_kind, 'period_noun'))})" if by_kind["period_noun"] else "(?!)",
    }
    cues = {role: [(n, r) for n, r in by_kind["cue"] if r["role"] == role] for role in _CUE_ROLES}
    past_before, past_after = ([_compile(path, n, r["pattern"], fragments) for n, r in cues[role]]
                               for role in ("past_before", "past_after"))
    deadline_words = "|".join(r["pattern"] for _, r in cues["deadline"])
    deadline = _compile(path, None, f"(?<!\\w)(?:{deadline_words})\\s+(?:{fragments['det']}\\s+)?$", {})
    firm_words = "|".join(r["pattern"] for _, r in cues["firm"])
    firm = _compile(path, None, f"(?<!\\w)(?:{firm_words})\\s*$", {}) if firm_words else None
    phrases = tuple(_phrase(path, n, rec, fragments) for kind in ("open", "relative") for n, rec in by_kind[kind])
    missing = sorted(kind for kind in _REQUIRED if not by_kind[kind] and kind not in _OPTIONAL)
    if missing:  # checked after the patterns so a bad record is reported with its line first
        raise RuleError(path, None, f"no rules of kind {', '.join(missing)}; every kind needs at least one record")
    return DueRules(months, weekdays, numbers | ordinals, fragments, deadline, firm, tuple(past_before), tuple(past_after),
                    phrases, _date_shapes(fragments), re.compile(fragments["month"], _FLAGS),
                    month_keys(loose_months, month_exact))


# Letters whose every IGNORECASE match casefolds back to the letter ('ſ' -> 's', Kelvin 'K' -> 'k'; not
# 'i': 'İ' casefolds to two characters), digits and the full stop: a test checks this over all of Unicode.
FOLD_SAFE = frozenset("abcdefghjklmnopqrstuvwxyz0123456789.")


def month_keys(loose: list[str], exact: list[str]) -> tuple[str, ...] | None:
    """The casefolded first three characters of every month name ('sep' of 'Sept.' and 'september'): any
    text the month regex matches contains one of them once casefolded, so a substring test can spare the
    regex. None when a name opens with a character outside FOLD_SAFE (the test could then miss a match)."""
    keys: set[str] = set()
    for name in exact:  # matched as written: casefolding both sides keeps the substring
        keys.add(name[:3].casefold())
    for name in loose:
        key = name.split(" ")[0][:3].casefold()
        if not key or not set(key) <= FOLD_SAFE:
            return None
        keys.add(key)
    return tuple(sorted(keys)) if keys else None


def may_name_a_month(text: str, rules: DueRules) -> bool:
    """False only when no month name can match in `text` (month_keys, then the month regex)."""
    if rules.month_gate is None:
        return True
    if rules.month_keys is not None:
        folded = ascii_lowered(text)
        if folded is None:
            folded = text.casefold()
        for key in rules.month_keys:
            if key in folded:
                break
        else:
            return False
    return rules.month_gate.search(text) is not None


def _phrase(path: Path, line_no: int, rec: dict[str, Any], fragments: dict[str, str]) -> _Phrase:
    count = rec.get("count", 0)
    if not isinstance(count, int):
        raise RuleError(path, line_no, f"{rec['id']}: 'count' must be int")
    # each phrase behind a pre-check for the words it needs ("next", "month", "asap"): a few substring tests
    # a unit cost less than one pass of all the phrases joined (which was the gate before, at 3x the time)
    regex = prechecked(_compile(path, line_no, rec["pattern"], fragments))
    return _Phrase(rec["id"], regex, rec["kind"], rec.get("resolve", ""), count, rec.get("next_meeting", False))


@cache
def default_rules() -> DueRules:
    """The packaged rules, loaded and validated once."""
    return load_rules(RULES_PATH)


# ------------------------------------------------------------------ resolvers

def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> str:
    return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def _forward_year(meeting: dt.date, month: int) -> int:
    """A month without a year is the next one on or after the meeting's month."""
    return meeting.year if month >= meeting.month else meeting.year + 1


def _forward_day(meeting: dt.date, month: int, day: int) -> dt.date | None:
    for year in range(meeting.year, meeting.year + 9):  # 29 February may be up to 8 years away
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= meeting:
            return candidate
    return None


def _working_days(meeting: dt.date, count: int) -> dt.date:
    day = meeting
    while count > 0:
        day += dt.timedelta(days=1)
        count -= day.weekday() < 5
    return day


_Resolver = Callable[[dt.date | None, int, int | None, int | None], str | None]


def _needs_meeting(fn: Callable[[dt.date, int, int | None, int | None], str | None]) -> _Resolver:
    def wrapped(meeting: dt.date | None, count: int, month: int | None, year: int | None) -> str | None:
        return None if meeting is None else fn(meeting, count, month, year)
    return wrapped


def _resolve_month_end(meeting: dt.date | None, count: int, month: int | None, year: int | None) -> str | None:
    if month is not None and year is not None:
        return _month_end(year, month)
    if meeting is None:
        return None
    if month is not None:
        return _month_end(_forward_year(meeting, month), month)
    return _month_end(*_shift_month(meeting.year, meeting.month, count))


def _resolve_year_end(meeting: dt.date | None, count: int, month: int | None, year: int | None) -> str | None:
    if year is None and meeting is None:
        return None
    return f"{year if year is not None else meeting.year + count}-12-31"


def _day_of_month(meeting: dt.date, day: int) -> str | None:
    """'on the 25th': that day of the meeting's month if still ahead, else of the next month."""
    year, month = (meeting.year, meeting.month) if day > meeting.day else _shift_month(meeting.year, meeting.month, 1)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_in(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _nth_weekday(meeting: dt.date | None, count: int, month: int | None, year: int | None) -> str | None:
    """'the first Monday in May', 'the last Friday of April' (count: the ordinal, 9 for last, then the weekday)."""
    nth, weekday = divmod(count, 10)
    if month is None or year is None and meeting is None:
        return None
    year = year if year is not None else _forward_year(meeting, month)
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday]
    if nth == 9 or 1 <= nth <= len(days):
        return dt.date(year, month, days[-1 if nth == 9 else nth - 1]).isoformat()
    return None


def _named_quarter_end(meeting: dt.date | None, quarter: int, _month: int | None, year: int | None) -> str | None:
    """'end of Q2': the last day of that calendar quarter, of the year given or the next one still ahead."""
    if not 1 <= quarter <= 4:
        return None
    if year is not None:
        return _month_end(year, 3 * quarter)
    if meeting is None:
        return None
    end = _month_end(meeting.year, 3 * quarter)
    return end if end >= meeting.isoformat() else _month_end(meeting.year + 1, 3 * quarter)


def _fiscal_quarter_end(quarter: int, year: int | None) -> str | None:
    """'by Q3 2025/26', 'in Q2 FY25/26': the last day of that quarter of the financial year that opens in April of
    its first year (as 'end of 2025/26' closes on 31 March): Q1 ends in June, Q4 in March of the second year."""
    if year is None or not 1 <= quarter <= 4:
        return None
    year = year + 2000 if year < 100 else year
    return _month_end(*_shift_month(year, 3, 3 * quarter))


def _named_month(meeting: dt.date | None, _count: int, month: int | None, year: int | None) -> str | None:
    """'in early May', 'by mid-April': the month, at month precision (the text gives no day)."""
    if month is None:
        return None
    if year is not None:
        return _iso_month(year, month)
    return None if meeting is None else _iso_month(_forward_year(meeting, month), month)


def _week_end(meeting: dt.date, weeks: int) -> str:
    """'by the end of the week': the Friday of the meeting's working week (the next one from a weekend), plus
    `weeks` weeks."""
    friday = meeting + dt.timedelta(days=(4 - meeting.weekday()) % 7)
    return (friday + dt.timedelta(weeks=weeks)).isoformat()


_RESOLVERS: dict[str, _Resolver] = {
    "days": _needs_meeting(lambda m, n, _mo, _y: (m + dt.timedelta(days=n)).isoformat()),
    "weeks": _needs_meeting(lambda m, n, _mo, _y: (m + dt.timedelta(weeks=n)).isoformat()),
    "hours": _needs_meeting(lambda m, n, _mo, _y: (m + dt.timedelta(days=-(-n // 24))).isoformat()),
    "working_days": _needs_meeting(lambda m, n, _mo, _y: _working_days(m, n).isoformat()),
    "months": _needs_meeting(lambda m, n, _mo, _y: _iso_month(*_shift_month(m.year, m.month, n))),
    "quarter_end": _needs_meeting(
        lambda m, n, _mo, _y: _month_end(*_shift_month(m.year, (m.month - 1) // 3 * 3 + 3, 3 * n))),
    "fiscal_year_end": _needs_meeting(
        lambda m, _n, _mo, _y: f"{m.year if m <= dt.date(m.year, 3, 31) else m.year + 1}-03-31"),
    "day_of_month": _needs_meeting(lambda m, n, _mo, _y: _day_of_month(m, n)),
    "day_of_next_month": _needs_meeting(lambda m, n, _mo, _y: _day_in(*_shift_month(m.year, m.month, 1), n)),
    "month_end": _resolve_month_end,
    "named_quarter_end": _named_quarter_end,
    # 'by end of H1': the half's last quarter ends it
    "named_half_end": lambda m, n, mo, y: _named_quarter_end(m, 2 * n, mo, y) if 1 <= n <= 2 else None,
    "named_month": _named_month,
    "nth_weekday": _nth_weekday,
    "week_end": _needs_meeting(lambda m, n, _mo, _y: _week_end(m, n)),
    # 'Friday week', 'a week on Monday': the first such weekday after the meeting, then a week on (count is
    # the weekday)
    "weekday_week": _needs_meeting(
        lambda m, n, _mo, _y: (dt.date.fromisoformat(_weekday_date(n, m) or "") + dt.timedelta(weeks=1)).isoformat()),
    # 'a fortnight on Friday', 'Friday fortnight': two weeks after the coming weekday
    "weekday_fortnight": _needs_meeting(
        lambda m, n, _mo, _y: (dt.date.fromisoformat(_weekday_date(n, m) or "") + dt.timedelta(weeks=2)).isoformat()),
    # 'Friday next week': that weekday in the calendar week after the meeting's
    "weekday_next_week": _needs_meeting(
        lambda m, n, _mo, _y: (m + dt.timedelta(days=7 - m.weekday() + n)).isoformat()),
    # 'end of 2025/26': 31 March of the financial year's second calendar year
    "fiscal_year_end_of": lambda _m, _n, _mo, y: f"{y + 1}-03-31" if y else None,
    "fiscal_quarter_end_of": lambda _m, n, _mo, y: _fiscal_quarter_end(n, y),
    "year_end": _resolve_year_end,
    # 'before Christmas': a day of the year fixed by the calendar (count is month * 100 + day), the next one ahead
    "yearly_day": _needs_meeting(lambda m, n, _mo, _y: _iso_or_none(_forward_day(m, n // 100, n % 100))),
}


def _iso_or_none(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# ----------------------------------------------------------------- candidates

@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    date: str | None
    strong: bool  # a relative or open phrase is a deadline without a cue word
    needs_cue: bool  # a bare month or weekday is a deadline only after a cue word


def _date_shapes(f: dict[str, str]) -> dict[str, re.Pattern[str] | Prechecked]:
    """Day-month-year orders need code; their words come from the lexicons."""
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>\d{4})(?!\d)"
    tail_body = rf"\s+(?:(?-i:[A-Z])[\w'’&-]*\s+){{0,3}}?{f['meeting']}(?:\s+{f['meeting']})*\b"
    tail = f"(?:{tail_body})?"
    shapes = {
        # "2025-05-31", and "2025/05/31" or "2025.05.31" written with one separator twice
        "iso": r"(?<![\d/.-])(?P<year>\d{4})(?P<isep>[-/.])(?P<mnum>\d{1,2})(?P=isep)(?P<day>\d{1,2})(?![\d/])",
        "numeric": r"(?<![\d/.])(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<year>\d{4}|\d{2})(?![\d/])",
        # "31-05-2025": hyphens, with a four-digit year (a shorter run is a range or a reference)
        "numeric_dash": r"(?<![\d/.-])(?P<day>\d{1,2})-(?P<mnum>\d{1,2})-(?P<year>\d{4})(?![\d/-])",
        # "by Fri 11/4": a weekday and a day/month, read the way that falls on that weekday
        "weekday_numeric": rf"{f['weekday']},?\s+(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![\d/%])",
        # "by 6/7", "- 6/20": no year, either order; read as the nearest date after the meeting
        "numeric_short": r"(?<![\d/.£$€])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/%])",
        "day_month": rf"(?:{f['weekday']},?\s+)?(?<!\d){day}(?:\s+of)?\s+{f['month']}(?:,?\s+{year})?{tail}",
        # an action log's due cell "Jan 25" (a column of its own, parted by tabs or pipes): January 2025, the
        # month and a two-digit year as a date column writes it; in running text "Jan 25" is a day
        "month_year_cell": rf"(?:(?<=[\t|])|(?<=[\t|] )){f['month']}\s(?P<year>\d{{2}})(?=[ ]?(?:[\t|]|$))",
        "month_day": rf"{f['month']}\s+(?:the\s+)?{day}(?!\d)(?:,?\s+{year})?{tail}",  # "June 1st", "June the 1st"
        # "the first of June", "June the first": the day in words (a digit-free shape, so behind the month check)
        "day_word_month": rf"\bthe\s+(?P<dayword>{f['ordinal']})(?:\s+of)?\s+{f['month']}(?:,?\s+{year})?{tail}",
        "month_day_word": rf"{f['month']}\s+the\s+(?P<dayword>{f['ordinal']})(?:,?\s+{year})?{tail}",
        "month_year": rf"{f['month']},?\s+{year}{tail}",
        # an action log's "Mar-24" (Excel's mmm-yy): March 2024
        "month_year_short": rf"(?<![\w-]){f['month']}-(?P<year>\d{{2}})(?![\d-])",
        # an action log's "30-Apr-25", "30-Apr" (Excel's dd-mmm-yy): a day, the month's name, perhaps a year
        "day_month_short": rf"(?<![\w-])(?P<day>\d{{1,2}})-{f['month']}(?:-(?P<year>\d{{4}}|\d{{2}}))?(?![\w-])",
        # "to April Jones" names a person, so a bare month before a capitalised word is not a date
        "month": rf"{f['month']}(?:{tail_body}|(?!,?\s+(?-i:[A-Z][a-z])))",
        # "by Friday 14th": a weekday and a day of the month, the month left out (the next one that fits)
        "weekday_day": rf"{f['weekday']},?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)(?!\w)(?!\s+(?:of\s+)?{f['month']})",
        "weekday": rf"{f['weekday']}",
    }
    # the weekday shape runs on every unit: behind a pre-check for the day names; the others have theirs in
    # _SHAPE_NEEDS (a digit, a month name), and those with a digit behind one for what else they need as
    # well (the '-' of an ISO date, the '/' of 6/7, a day name): a unit with a number mostly has none of these
    return {name: prechecked(re.compile(body, _FLAGS), min_chars=1) if name in _CHECKED_SHAPES
            else re.compile(body, _FLAGS) for name, body in shapes.items()}


_CHECKED_SHAPES = frozenset({"weekday", "weekday_numeric", "iso", "numeric", "numeric_short", "weekday_day"})


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def _short_numeric(match: re.Match[str], meeting: dt.date | None, weekday: int | None = None) -> str | None:
    a, b = int(match["a"]), int(match["b"])
    if meeting is None:
        return None
    readings = [d for d in (_forward_day(meeting, b, a), _forward_day(meeting, a, b)) if d]  # d/m, m/d
    fits = [d for d in readings if weekday is not None and d.weekday() == weekday]
    return min(fits or readings).isoformat() if readings else None


def _date_of(name: str, match: re.Match[str], rules: DueRules, meeting: dt.date | None) -> str | None:
    if name == "numeric_short":
        return _short_numeric(match, meeting)
    if name == "weekday_numeric":
        return _short_numeric(match, meeting, rules.weekdays[_norm(match["weekday"])])
    if name == "weekday":
        return _weekday_date(rules.weekdays[_norm(match["weekday"])], meeting)
    if name == "weekday_day":
        return _weekday_day(rules.weekdays[_norm(match["weekday"])], int(match["day"]), meeting)
    month = rules.months[_norm(match["month"])] if match.groupdict().get("month") else _int(match, "mnum")
    year, day = _int(match, "year"), _int(match, "day")
    if match.groupdict().get("dayword"):
        day = rules.numbers[_norm(match["dayword"])]
    if year is not None and year < 100:
        year += 2000
    if name in ("numeric", "numeric_dash") and month is not None and day is not None and month > 12 >= day:
        day, month = month, day  # "4/30/25", "04-30-2025": a US month first, no other reading fits
    if day is None and year is None:
        return None if meeting is None else _iso_month(_forward_year(meeting, month), month)
    if day is None:
        return _iso_month(year, month)
    if year is None:
        found = None if meeting is None else _forward_day(meeting, month, day)
        return found.isoformat() if found else None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday_day(weekday: int, day: int, meeting: dt.date | None) -> str | None:
    """The first date after the meeting on that day of the month, one falling on the weekday given first."""
    if meeting is None:
        return None
    fits = []
    for ahead in range(3):
        year, month = _shift_month(meeting.year, meeting.month, ahead)
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) > meeting:
            fits.append(dt.date(year, month, day))
    return next((d.isoformat() for d in fits if d.weekday() == weekday), fits[0].isoformat() if fits else None)


def _weekday_date(weekday: int, meeting: dt.date | None) -> str | None:
    """The first such weekday after the meeting: a Tuesday meeting's "Tuesday" is a week on."""
    if meeting is None:
        return None
    ahead = (weekday - meeting.weekday() - 1) % 7 + 1
    return (meeting + dt.timedelta(days=ahead)).isoformat()


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


# What each date shape cannot match without: a digit (the day, year or number it contains) and a month
# name; most units have neither, so one cheap search spares the long alternations.
_SHAPE_NEEDS = {"iso": (True, False), "numeric": (True, False), "numeric_short": (True, False),
                "numeric_dash": (True, False), "weekday_numeric": (True, False),
                "month_year_short": (True, True), "month_year_cell": (True, True), "day_month_short": (True, True),
                "day_month": (True, True), "month_day": (True, True), "month_year": (True, True),
                "month": (False, True), "weekday_day": (True, False),
                "day_word_month": (False, True), "month_day_word": (False, True)}
_DIGIT = re.compile(r"\d")
_NO_TAIL = frozenset({"month_year_short", "month_year_cell"})  # a year, not a meeting, follows the month


def _candidates(text: str, rules: DueRules, meeting: dt.date | None,
                next_meeting: dt.date | None) -> Iterator[_Candidate]:
    digit = _DIGIT.search(text) is not None
    month = may_name_a_month(text, rules)
    for name, regex in rules.shapes.items():
        needs_digit, needs_month = _SHAPE_NEEDS.get(name, (False, False))
        if needs_digit and not digit or needs_month and not month:
            continue
        for m in regex.finditer(text):
            date, tail = _date_of(name, m, rules, meeting), name not in _NO_TAIL and _has_meeting_tail(m)
            if tail and next_meeting and date == next_meeting.isoformat()[:7]:
                date = next_meeting.isoformat()  # "at the April meeting" when the minutes date that meeting
            yield _Candidate(m.start(), m.end(), date, False,
                             name in {"month", "weekday", "weekday_day", "numeric_short", "weekday_numeric"} and not tail)
    phrases = rules.phrases
    gate = precheck_group(phrases, _phrase_regex)
    for at in gate.allowed(text):  # the ~40 phrases' pre-checks made together
        phrase = phrases[at]
        for m in gate.plain[at].finditer(text):
            yield _Candidate(m.start(), m.end(), _phrase_date(phrase, m, rules, meeting, next_meeting), True, False)


def _phrase_regex(phrase: _Phrase) -> re.Pattern[str] | Prechecked:
    return phrase.regex


def _has_meeting_tail(match: re.Match[str]) -> bool:
    group = next((g for g in ("month", "weekday") if g in match.groupdict()), None)
    return group is not None and match.end() > match.end(group)


def _phrase_date(phrase: _Phrase, m: re.Match[str], rules: DueRules,
                 meeting: dt.date | None, next_meeting: dt.date | None) -> str | None:
    if phrase.kind == "open":
        return next_meeting.isoformat() if phrase.next_meeting and next_meeting else None
    groups = m.groupdict()
    month = rules.months[_norm(groups["month"])] if groups.get("month") else None
    count = rules.weekdays[_norm(groups["weekday"])] if groups.get("weekday") else _count(groups.get("n"), phrase, rules)
    if groups.get("nth") and groups.get("weekday"):  # "the first Monday in May": the ordinal (9: last) and the weekday
        nth = groups["nth"].lower()
        count = 10 * (9 if nth == "last" else int(nth[:-2]) if nth[:1].isdigit() else rules.numbers[_norm(nth)]) + count
    return _RESOLVERS[phrase.resolve](meeting, count, month, _int(m, "year"))


def _count(n: str | None, phrase: _Phrase, rules: DueRules) -> int:
    if not n:
        return phrase.count
    return int(n) if n.isdigit() else rules.numbers[_norm(n)]


def _non_overlapping(found: list[_Candidate], text: str) -> list[_Candidate]:
    """Longest match wins where shapes overlap ("end of March" over "March"); an undated phrase with a date
    written straight after it takes that date ("at the next meeting (14 July)": the minutes state its date)."""
    kept: list[_Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -c.end)):
        if kept and cand.start < kept[-1].end:
            continue
        last = kept[-1] if kept else None
        gap = _STATED_AFTER.match(text, last.end) if last is not None and last.date is None and cand.date else None
        if last is not None and gap is not None and gap.end() == cand.start:
            kept[-1] = _Candidate(last.start, cand.end, cand.date, True, False)
            continue
        kept.append(cand)
    return kept


# what may part an undated meeting phrase from the date the minutes give it: "(14 July)", ", 14 July", "– 14/07"
_STATED_AFTER = re.compile(r"\s*(?:\(\s*|,\s*|[–—-]\s*)(?:(?:held\s+)?on\s+)?(?:the\s+)?", _FLAGS)


# ------------------------------------------------------------------ selection

def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW_CHARS):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window


def _in_tail_slot(text: str, cand: _Candidate) -> bool:
    """A date written where a to-do list puts it: "... - Jun 13", "... (Friday)" at the end of the line."""
    end = _TAIL_END.match(text, cand.end)  # only spaces and at most ")." left after the date
    if end is None:
        return False
    before, after = text[max(0, cand.start - _CUE_CHARS): cand.start].rstrip(), end.group("tail") or ""
    return (before.endswith(("-", "–", "—")) and after in ("", ".")) or (before.endswith("(") and after in (")", ")."))


class _Quotes:
    """Whether an offset is inside quotation marks, counting marks once as offsets increase."""

    def __init__(self, text: str) -> None:
        self.text, self.at, self.straight, self.opened, self.closed = text, 0, 0, 0, 0

    def inside(self, start: int) -> bool:
        """Inside quotation marks: a date someone is quoted saying, not the action's deadline."""
        if start < self.at:
            self.at = self.straight = self.opened = self.closed = 0
        piece = self.text[self.at:start]
        self.straight += piece.count('"')
        self.opened += piece.count("“")
        self.closed += piece.count("”")
        self.at = start
        return self.straight % 2 == 1 or self.opened > self.closed


def _is_past(text: str, cand: _Candidate, rules: DueRules, meeting: dt.date | None) -> bool:
    before = _clause_before(text, cand.start)
    if rules.firm_cue and rules.firm_cue.search(text, max(0, cand.start - _CUE_CHARS), cand.start):
        return False
    if any(p.search(before) for p in rules.past_before):
        return True
    if any(p.search(text[cand.end:cand.end + _CUE_CHARS]) for p in rules.past_after):
        return True
    return bool(meeting and cand.date and cand.date < meeting.isoformat()[: len(cand.date)])


def resolve_due(text: str, meeting_date: dt.date | None, *, next_meeting: dt.date | None = None,
                rules: DueRules | None = None) -> Due | None:
    """The deadline stated in one action unit, or None when it states none.

    Relative phrases resolve against `meeting_date`; "next meeting" takes
    `next_meeting` when the minutes give it. Past references are skipped.
    """
    rules = rules or default_rules()
    ranked: list[tuple[tuple[bool, bool, int], Due]] = []
    quotes = _Quotes(text)
    for cand in _non_overlapping(list(_candidates(text, rules, meeting_date, next_meeting)), text):
        window = max(0, cand.start - _CUE_CHARS)  # the cue patterns end where the date starts
        cue = rules.deadline_cue.search(text, window, cand.start)
        cue = cue or (rules.firm_cue.search(text, window, cand.start) if rules.firm_cue else None)
        if cand.needs_cue and not cue and not _in_tail_slot(text, cand) or quotes.inside(cand.start):
            continue
        start = cue.start() if cue else cand.start
        if _is_past(text, cand, rules, meeting_date):
            continue
        due = Due(text[start:cand.end], cand.date, start, cand.end)
        ranked.append(((not (cue or cand.strong), cand.date is None, start), due))
    return min(ranked, key=lambda pair: pair[0])[1] if ranked else None
