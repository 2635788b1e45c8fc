"""Find calendar dates and clock times written in minutes (header lines, mostly)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..rules import _minimal, needs

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # Welsh councils date their minutes in Welsh alone ('8 Ebrill 2025'); 'Mai' and 'Medi' stand only with a day and year
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
    # Quebec and New Brunswick municipalities minute in French alone ('Séance du mardi 8 avril 2025')
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?: ?(?:st|nd|rd|th)|(?<=1)er)?"  # '4 th March': a PDF's superscript set apart; '1er avril'
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# Dates stand apart from letters and digits; an underscore may touch them ('_11 April 2016_' in Markdown italics)
_START, _END = r"(?<![^\W_])", r"(?![^\W_])"
_ANNO = r"(?:A\.?D\.?\s+)?"  # 'the 4th day of March, A.D. 2025' (formal company minutes)
_RANGE = r"\s*(?:-|–|—|&|and|to|thru|through)\s*"
_OTHER_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# a meeting over two or more days is dated by its first: '14-15 March 2025', 'March 14 & 15, 2025',
# '30 September – 1 October 2025', 'Sept. 30 - Oct. 1, 2025'
_LAST_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_LAST_MONTH = r"(?P<month2>[a-z]{3,9})\.?"
# a range's first day is no part of a number before it: 'MINUTES 2025/03 – 20 March 2025' is the 20th, and
# 'Meeting 2025/26-3 – 14 October 2025' (a session's third meeting) the 14th
_NOT_NUMBERED = r"(?<!\d[/.-])"
RANGE_PATTERNS = [
    re.compile(rf"{_START}{_NOT_NUMBERED}{_WEEKDAY}{_DAY}{_RANGE}{_OTHER_WEEKDAY}{_LAST_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_END}", re.I),
    re.compile(rf"{_START}{_WEEKDAY}{_MONTH}\s+{_DAY}{_RANGE}{_OTHER_WEEKDAY}{_LAST_DAY},?\s+{_YEAR}{_END}", re.I),
    re.compile(rf"{_START}{_WEEKDAY}{_DAY}\s+{_MONTH}{_RANGE}{_OTHER_WEEKDAY}{_LAST_DAY}\s+{_LAST_MONTH},?\s+{_YEAR}{_END}",
               re.I),
    re.compile(rf"{_START}{_WEEKDAY}{_MONTH}\s+{_DAY}{_RANGE}{_OTHER_WEEKDAY}{_LAST_MONTH}\s+{_LAST_DAY},?\s+{_YEAR}{_END}",
               re.I),
]
# the words a date line puts just before its date (fixed-width look-behinds, one per spelling)
_AFTER_DATE_WORDS = "(?:" + "|".join(
    f"(?<={re.escape(w)})" for w in ("date:", "date: ", "date:  ", "date:\t", "dated ", "held ", "held on ",
                                     "meeting ", "meeting on ", "meeting of ", "meeting:", "meeting: ", "met on ")
) + ")"
DATE_PATTERNS = [
    re.compile(rf"{_START}{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?:{_END}|(?=T\d))"),  # '2019-03-05T10:00' too
    # '4 March 2025', '4th of March, 2025', 'Thursday, the 6th day of March, 2025' (US formal minutes)
    re.compile(rf"{_START}{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+day)?(?:\s+of)?\s+{_MONTH},?\s+{_ANNO}{_YEAR}{_END}", re.I),
    re.compile(rf"{_START}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_END}", re.I),
    # a log's ctime stamp: 'Tue Apr  3 16:00:11 2012'
    re.compile(rf"{_START}{_WEEKDAY}{_MONTH}\s+{_DAY}\s+\d{{1,2}}:\d\d(?::\d\d)?\s+(?:UTC\s+)?{_YEAR}{_END}", re.I),
    # numeric dates read day first; one that cannot be ('04/15/2025', '12/31/2025') is month first (_to_date)
    re.compile(rf"{_START}(?P<day>[0-3]?\d)[/.](?P<mnum>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d){_END}"),
    re.compile(rf"{_START}(?P<day>[0-3]?\d)-(?P<mnum>[0-3]?\d)-(?P<year>(?:19|20)\d\d){_END}"),  # '04-03-2025'
    re.compile(rf"{_START}{_DAY}(?P<sep>[-/])\s?{_MONTH}(?P=sep)\s?{_YEAR}{_END}", re.I),  # '4-Mar-2025', '3/Mar/2025'
    re.compile(rf"{_START}{_MONTH}-{_DAY}-{_YEAR}{_END}", re.I),  # 'Mar-06-2025'
    re.compile(rf"{_START}{_YEAR}-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d){_END}"),  # '2025-3-4'
    # '20250304': a file's or log's stamp
    re.compile(r"(?<![0-9A-Za-z.])(?P<year>20\d\d)(?P<mnum>[01]\d)(?P<day>[0-3]\d)(?![0-9A-Za-z])"),
    re.compile(rf"{_START}(?P<day>[0-3]?\d)-{_MONTH}-(?P<yy>\d\d){_END}", re.I),  # '23-Apr-26' (spreadsheets, logs)
    re.compile(rf"{_START}(?P<year>(?:19|20)\d\d)[_ ](?P<mnum>[01]\d)[_ ](?P<day>[0-3]\d){_END}"),
    re.compile(rf"{_START}(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d){_END}"),
    # '2022.08.17' with two-digit month and day, so a calendar version ('2020.1.2') is no date
    re.compile(rf"{_START}(?P<year>(?:19|20)\d\d)\.(?P<mnum>[01]\d)\.(?P<day>[0-3]\d)(?![\d.]\d){_END}"),
    re.compile(r"(?<![\d/.])(?P<day>[0-3]?\d)/(?P<mnum>[0-3]?\d)/(?P<yy>\d\d)(?![\d/])"),  # 14/6/23, 4/15/25
    re.compile(rf"{_START}{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+['’](?P<yy>\d\d){_END}", re.I),  # '3rd March '26'
    # '5 Mar 25' in a title: a two-digit year after the month, no word or number running on
    re.compile(rf"{_START}{_WEEKDAY}{_DAY}\s+{_MONTH}\s+(?P<yy>\d\d)(?![\w:/-]|[.,]\d|[^\S\n]+(?-i:[a-z])|\s*%){_END}", re.I),
    # '03.03.26' (German and Dutch minutes in English): two digits each, so a section number '3.1.2' is no date
    re.compile(r"(?<![\d/.])(?P<day>[0-3]\d)\.(?P<mnum>[01]\d)\.(?P<yy>\d\d)(?![\d/]|\.\d)"),
    # '02-06-25' (UK club and school minutes): the same two digits each, with dashes, nothing running on
    re.compile(r"(?<![\d/.-])(?P<day>[0-3]\d)-(?P<mnum>[01]\d)-(?P<yy>\d\d)(?![\d/-]|\.\d)"),
    # '4.3.25', '17.9.24' with one-digit parts, only straight after a date line's words ('Date: 4.3.25',
    # 'Meeting held 4.3.25'): anywhere else it reads as a section number ('4.3.2', 'paragraph 4.3.25')
    re.compile(_AFTER_DATE_WORDS + r"(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<yy>\d\d)(?![\d/]|\.\d)", re.I),
]
# formal minutes write the day, and now and then the year, in words: 'the third day of March, Two Thousand and
# Twenty-Six', 'the twenty-first day of October 2025', 'Tuesday the fourth of March 2025'
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth"]
ORDINAL_DAYS = {w: n for n, w in enumerate(_ORDINAL_UNITS + _ORDINAL_TEENS, 1)}
ORDINAL_DAYS.update({"twentieth": 20, "thirtieth": 30})
ORDINAL_DAYS.update({f"{tens}{sep}{unit}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
                     for n, unit in enumerate(_ORDINAL_UNITS, 1) if base + n <= 31 for sep in ("-", " ")})
NUMBER_WORDS = {w: n for n, w in enumerate(_UNITS, 1)} | {w: n for n, w in enumerate(_TEENS, 10)} | _TENS
_NUMBER = r"[a-z]+(?:[- ][a-z]+)?"
WORDED_DATE = re.compile(
    rf"{_START}(?:the\s+)?(?P<dayword>{'|'.join(sorted(ORDINAL_DAYS, key=len, reverse=True))})(?:\s+day)?\s+of\s+{_MONTH},?\s+"
    rf"(?:in\s+the\s+year\s+)?{_ANNO}(?:{_YEAR}|two\s+thousand(?:\s+and)?\s+(?P<yearword>{_NUMBER}))(?![^\W_])", re.I)
# every ordinal word ends so ('first', 'second', 'third', 'fourth'): a line without it holds no worded date
ORDINAL_OF = re.compile(r"(?:st|nd|rd|th)\s+(?:day\s+)?of\s", re.I)
TIME_PATTERN = re.compile(
    r"\b(?:at\s+)?(?<![\d.:/-])(?P<time>(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?:[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)(?![\w/])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    date: dt.date
    weekday: int | None = None  # the weekday the text gives with the date (0 = Monday), if any


# Every range and date pattern holds a day or year digit, and most a month name or '19'/'20' too (rules.needs
# reads them off each pattern): a line without them runs none of the 23 patterns (2 lines in 5 have no digit).
_DIGIT = re.compile(r"\d")  # any script's digits, as the patterns' \d
_GATED = [(pattern, tuple(sorted(_minimal(needs(pattern) or ())))) for pattern in RANGE_PATTERNS + DATE_PATTERNS]


def find_dates(text: str) -> list[FoundDate]:
    """Every full date (day, month and year) in `text`, in order, overlaps removed."""
    found: list[FoundDate] = []
    if _DIGIT.search(text):
        # the needed strings are checked on an ASCII text only, whose lower-casing is exact (as rules.Prechecked)
        lowered = text.lower() if text.isascii() else None
        possible: dict[tuple[str, ...], bool] = {}
        for pattern, needed in _GATED:
            if lowered is not None and needed:
                holds = possible.get(needed)
                if holds is None:
                    holds = possible[needed] = any(s in lowered for s in needed)
                if not holds:
                    continue
            for match in pattern.finditer(text):
                parsed = _to_date(match)
                if parsed is not None:
                    weekday = (match.groupdict().get("weekday") or "").lower()[:3]
                    found.append(FoundDate(match.start(), match.end(), parsed, WEEKDAYS.get(weekday)))
    for match in WORDED_DATE.finditer(text) if ORDINAL_OF.search(text) else ():
        parsed = _worded_date(match)
        if parsed is not None:
            found.append(FoundDate(match.start(), match.end(), parsed))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[FoundDate] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


# a day and month with no year ('Tuesday 4th March', 'Thursday, March 6'): the year comes from elsewhere
PARTIAL_PATTERNS = [
    re.compile(rf"{_START}{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?!,?\s*['’]?\d){_END}", re.I),
    re.compile(rf"{_START}{_WEEKDAY}{_MONTH}\s+{_DAY}(?!,?\s*['’]?\d|\s*[-–/:.]\s*\d){_END}", re.I),
    # 'Tuesday, the fourteenth of January' (the year on a title line): the day in words needs its 'of'
    re.compile(rf"{_START}{_WEEKDAY}(?:the\s+)?(?P<dayword>{'|'.join(sorted(ORDINAL_DAYS, key=len, reverse=True))})"
               rf"(?:\s+day)?\s+of\s+{_MONTH}(?!,?\s*['’]?\d|,?\s+two\s+thousand){_END}", re.I),
]
YEAR = re.compile(r"(?<![\d/.,:-])(?:19|20)\d\d(?![\d/.:-]\d)")


@dataclass(frozen=True)
class PartialDate:
    start: int
    end: int
    month: int
    day: int
    weekday: int | None


def find_partial_dates(text: str) -> list[PartialDate]:
    """Day-and-month dates without a year, in order; a month name alone ('may', 'March 2025') is none."""
    found = []
    for pattern in PARTIAL_PATTERNS:
        for match in pattern.finditer(text):
            month = MONTHS[match.group("month").lower().rstrip(".")]
            day = int(match.group("day")) if "day" in pattern.groupindex else ORDINAL_DAYS[match.group("dayword").lower()]
            weekday = WEEKDAYS.get((match.group("weekday") or "").lower()[:3])
            if 1 <= day <= 31 and match.group("month")[0].isupper():  # '3 may attend' is no date
                found.append(PartialDate(match.start(), match.end(), month, day, weekday))
    return sorted(found, key=lambda p: p.start)


def with_year(partial: PartialDate, years: list[int]) -> dt.date | None:
    """The partial date in the first of `years` it fits (its weekday too, when one is written), trying the
    year on either side of each when the weekday does not fit ('Tuesday 6 January' in a '2024/25' season)."""
    candidates = [y for year in years for y in (year, year + 1, year - 1)]
    for year in candidates:
        try:
            date = dt.date(year, partial.month, partial.day)
        except ValueError:
            continue
        if partial.weekday is None and year in years or partial.weekday == date.weekday():
            return date
    return None


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower().rstrip(".")) or int(groups.get("mnum") or 0)
    year = int(groups["year"]) if groups.get("year") else 2000 + int(groups.get("yy") or 0)
    if groups.get("month2"):
        later = MONTHS.get(groups["month2"].lower())
        if later is None:
            return None  # '4 March to 9 Items 2025' is no range of dates
        year -= later < month  # '30 December 2024 - 2 January 2025' is written '30 December - 2 January 2025'
    day = int(groups["day"])
    if groups.get("mnum") and month > 12 >= day and match.start("day") < match.start("mnum"):
        day, month = month, day  # '04/15/2025' can only be April 15th
    try:
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


def _worded_date(match: re.Match[str]) -> dt.date | None:
    """'the third day of March, Two Thousand and Twenty-Six' -> 2026-03-03."""
    day = ORDINAL_DAYS[" ".join(match.group("dayword").lower().split())]
    month = MONTHS[match.group("month").lower().rstrip(".")]
    if match.group("year"):
        year = int(match.group("year"))
    else:
        words = re.split(r"[- ]", match.group("yearword").lower())
        if not all(w in NUMBER_WORDS for w in words) or len(words) == 2 and NUMBER_WORDS[words[0]] % 10:
            return None
        year = 2000 + sum(NUMBER_WORDS[w] for w in words)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_time(text: str) -> str | None:
    """The first clock time in `text` as HH:MM (24-hour), or None."""
    for match in TIME_PATTERN.finditer(text):
        raw = match.group("time").lower().replace(" ", "").replace(".m", "m").rstrip(".")
        suffix = "pm" if raw.endswith("pm") else "am" if raw.endswith("am") else ""
        digits = raw[: -2] if suffix else raw
        hour_text, _, minute_text = digits.replace(".", ":").partition(":")
        hour, minute = int(hour_text), int(minute_text or 0)
        if suffix == "pm" and hour < 12:
            hour += 12
        if suffix == "am" and hour == 12:
            hour = 0
        if not suffix and not minute_text:
            continue
        return f"{hour:02d}:{minute:02d}"
    return None
