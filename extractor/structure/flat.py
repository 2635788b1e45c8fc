"""Attendance lists inside running text: PDF or web text flattened to one line.

'... held at the Village Hall at 7pm Present: Cllr. Ames (Chairman), Cllrs. Bell and Cole
In attendance: Westshire Cllr. Dunn, 3 members of the public Clerk: Mrs E Fry 21/24 TO ACCEPT
APOLOGIES ...' holds three lists in one line of a page. A header is found mid-line where
it is capitalised and a name follows; its list runs to the next header, an item or minute
number ('21/24', '3.'), or the first words of prose ('Before the formal meeting began ...').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..rules import factored_alternation
from .gate import PhraseGate, per_lexicon
from .people import PeopleLexicon

ITEM_NUMBER = re.compile(r"(?<![,&])\s(?:[A-Z]?\d{1,3}/\d{1,4}|\d{1,3}(?:\.\d{1,2})*\.?)(?:\s+(?=[A-Z])|\s*$)")
LOWER_RUN = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")
FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in", "an", "at", "by", "on", "with", "from", "or"}
BRACKETS = re.compile(r"\([^()]*\)")
CLAUSE_SUBJECT = re.compile(r"(?:\s*[A-Z][\w'’.-]*)+\s*$")  # the capitalised words a sentence starts with
MAX_LIST = 700
# '... to order at 6:00 p.m. Commissioners present: Stoltz, Mbeki. Commissioners absent: Whitley.': a plural
# group and its status after a sentence, with a colon (the bare status words are headers only at a line start)
GROUP_STATUS = re.compile(
    r"(?<=[.;]\s)(?P<phrase>[A-Z][a-z]+s\s+(?:(?P<present>present|attending)|(?P<attend>in\s+attendance)"
    r"|(?P<apologies>absent|excused)))\s*:\s*(?=[A-Z])"
)
RECEIVED = re.compile(r"^(?:were\s+)?received(?:\s+and\s+(?:accepted|noted))?\s+from\s*:?\s*", re.I)


def running_lists(text: str, lex: PeopleLexicon) -> list[tuple[str, str, bool]]:
    """(group, list text, marked) for every header inside `text` after its first character; `marked`
    when the header is set apart by a colon or capitals ('Apologies:', 'IN ATTENDANCE')."""
    if not _running_gate(lex)(text):
        return []  # no header phrase in the line (6 lines in 7): neither pattern below can match
    found = [m for m in _running_headers(lex).finditer(text) if m.start("phrase") > 0 and m.group("phrase")[0].isupper()]
    taken = {m.start("phrase") for m in found}
    found = sorted(found + [m for m in GROUP_STATUS.finditer(text) if m.start("phrase") not in taken], key=lambda m: m.start())
    lists = []
    for k, match in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        group = next(g for g in ("apologies", "attend", "present") if match.group(g))
        body = _until_stop(text[match.end():end][:MAX_LIST])
        if group == "apologies":
            body = RECEIVED.sub("", body)
        phrase = match.group("phrase")
        lists.append((group, body, phrase.isupper() or ":" in match.group(0)[len(phrase):]))
    return lists


def split_at_headers(text: str, lex: PeopleLexicon) -> tuple[str, list[tuple[str, str]]]:
    """'Ann Lee, Bo Roe; Apologies: Cai Poe' -> ('Ann Lee, Bo Roe', [('apologies', 'Cai Poe')]): a second
    header with a colon (or 'were': '... Bo Roe. Also present were Cai Poe') after a full stop, a semicolon
    or a column gap inside an inline list."""
    # labels too ('Staff:', 'Trustees:'), which part a list only with their colon
    pattern = _headers(lex.apologies, lex.in_attendance + lex.in_attendance_labels, lex.present + lex.present_labels)
    cuts = []  # (where the header starts, its match)
    for m in pattern.finditer(text):
        dashed = re.search(r"[-–—]\s*$", m.group(0)) and re.search(r"(?:;|[a-z)]{2}\.)\s*$", text[:m.start("phrase")])
        if not (":" in m.group(0) or m.group("were") or dashed):
            continue  # '...; Apologies – Cai Poe', '... Cai Poe. Staff – Dee Fox': a dash serves as the colon only
            # after a semicolon or a sentence's stop
        before = text[:m.start("phrase")]
        if m.group("phrase")[0].isupper() and CUT_GAP.search(before):  # or a column gap
            cuts.append((m.start("phrase"), m))
            continue
        lead = CUT_QUALIFIED.search(before)
        if lead and _group_word(lead.group("qualifier").split()[-1], lex):
            cuts.append((lead.start("qualifier"), m))
    if not cuts:
        return text, []
    parts = []
    for k, (_, match) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
        group = next(g for g in ("apologies", "attend", "present") if match.group(g))
        parts.append((group, text[match.end():end].strip(" ;,./")))
    return text[:cuts[0][0]].strip(" ;,./"), parts


# what comes before a second header inside a list: a stop or a gap, and the header's own capitalised
# qualifier ('...; Council Members absent: Kate Lyon', '. Staff present: ...')
CUT_GAP = re.compile(r"(?:[.;,)]\s+|\s{2,}|\t|\s/\s+)$")  # ' / Non-voting: ...' too
CUT_QUALIFIED = re.compile(r"(?:[.;,)]\s+|\s{2,}|\t)(?P<qualifier>(?:[A-Z][\w-]*\s+){1,2})$")


def _group_word(word: str, lex: PeopleLexicon) -> bool:
    """'Members', 'Commissioners', 'Staff': a word naming who a header's list holds, not a name."""
    lowered = word.lower()
    return any(lowered == g.lower() for g in lex.group_nouns) or lowered in lex.role_words \
        or lowered in lex.in_attendance_labels


@per_lexicon
def _running_headers(lex: PeopleLexicon) -> re.Pattern[str]:
    """The headers running_lists looks for, built once per lexicon rather than once a line."""
    return _headers(*_running_phrases(lex))


def _running_phrases(lex: PeopleLexicon) -> tuple[tuple[str, ...], ...]:
    titles = {t.lower() for t in lex.honorifics}  # 'Councillors Mr A & Mr B' mid-sentence is a title, not a header
    return tuple(tuple(p for p in phrases if p.lower() not in titles)
                 for phrases in (lex.apologies, lex.in_attendance, lex.present))


@per_lexicon
def _running_gate(lex: PeopleLexicon) -> PhraseGate:
    """The phrases one of which every match of _running_headers or GROUP_STATUS holds (a space: any run of spaces)."""
    group_status = ("present", "attending", "in attendance", "absent", "excused")
    return PhraseGate([p for phrases in _running_phrases(lex) for p in phrases] + list(group_status), space=r"\s+")


@lru_cache(maxsize=4)
def _headers(apologies: tuple[str, ...], attend: tuple[str, ...], present: tuple[str, ...]) -> re.Pattern[str]:
    def alternatives(phrases: tuple[str, ...]) -> str:
        return factored_alternation(sorted(phrases, key=len, reverse=True))
    return re.compile(
        rf"(?<=\s)(?P<phrase>(?P<apologies>{alternatives(apologies)})|(?P<attend>{alternatives(attend)})"
        rf"|(?P<present>{alternatives(present)}))(?:\s*\([^()]{{1,30}}\))?(?:\s+(?P<were>were|was))?(?:\s*[:;][-–—]?|\s+[-–—:]+)?"
        rf"\s*(?=(?-i:[A-Z(]))",
        re.I,
    )


def _until_stop(text: str) -> str:
    """The list part of `text`: up to an item number or the start of a sentence of prose."""
    number = ITEM_NUMBER.search(text)
    if number:  # '... Ann Lee 1. 3. Minutes': the stray number before the item is cut too
        text = re.sub(r"\s+\d{1,3}\.?\s*$", "", text[:number.start()])
    masked = BRACKETS.sub(lambda m: "_" * len(m.group(0)), text)  # '(taking minutes)' is no prose
    prose = prose_at(masked)
    if prose:
        text = CLAUSE_SUBJECT.sub("", text[:prose.start()])
    return text.strip(" ,;.-–—")


def prose_at(text: str) -> re.Match[str] | None:
    """The first three lower-case words that read as a sentence ('opened the meeting'), not as a
    headcount or an organisation ('members of the public')."""
    return next((m for m in _runs(text) if sum(w in FUNCTION_WORDS for w in m.group(0).split()) <= 1), None)


def _runs(text: str) -> list[re.Match[str]]:
    """Every run of three lower-case words, overlapping ('3 members of the public' gives two)."""
    runs, pos = [], 0
    while (match := LOWER_RUN.search(text, pos)) is not None:
        runs.append(match)
        pos = match.start() + 1
    return runs
