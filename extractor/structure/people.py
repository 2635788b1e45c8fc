"""Parse a person as written in an attendance list: canonical name, role, initials, handle."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from pathlib import Path

from ..rules import factored_alternation, lexicon, read_rules
from .gate import per_lexicon

# compiled once, not looked up in re's cache at every call (each is read tens of thousands of times a batch)
_NOT_NAME_CHARS = re.compile(r"[^\w\s'-]")
_EMPHASIS_MARKS = re.compile(r"[*`]+")
_TITLE_AND_UNIT = re.compile(r"(?P<title>[^()]+?)\s*\([^()]{1,20}\)")

RULES_PATH = Path(__file__).with_name("rules.jsonl")
NAME_PARTICLES = {"de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "du", "di", "mc", "o'"}
# particles that are also everyday words ('ten', 'ap'): a name's only inside it, as 'Maarten ten Have', 'Iolo ap Dafydd'
INNER_PARTICLES = {"an", "ap", "ab", "ten", "ter", "den", "dos", "das", "della", "ibn", "bint", "binti", "binte", "s/o", "d/o", "af", "zu"}
# words that join a heading's words and are no part of any name, whatever their case
FUNCTION_WORDS = frozenset({"of", "and", "for"})  # not "the": "The Doctor" may be a handle
IRISH_MUTATED = re.compile(r"(?:t|h|n|bh|mb|gc|nd|ng|bp|dt)[A-ZÁÉÍÓÚ][a-záéíóú]+")  # 'tSaoir', 'hAodha', 'nGallchóir'
# 'al-Mansouri', 'el-Amin', 'd'Souza': an Arabic article or a Romance elision joined to a capitalised surname
PREFIXED_SURNAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ud|ul|d|l|dell)['’-][A-ZÁÉÍÓÚ]")
ONE_CHIP = re.compile(r"@(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})")  # '@Ann Lee' (Confluence, Google Docs)
SMART_CHIPS = re.compile(r"(?:^|(?<=\s))@(?=[A-Z][\w'’-]*\s+[A-Z])")  # '@Ann Lee': a person mentioned, no login
# '@ann', '@cai.poe', '@ann#1234' (Discord), '@bo:example.org' (Matrix)
HANDLE = re.compile(r"\(@[\w-]+(?:[.#:][\w-]+)*\)|@[\w-]+(?:[.#:][\w-]+)*")  # '(@lberg, Nordvik)' keeps its brackets
HANDLE_WORD = re.compile(r"@?[a-z][a-z0-9_.-]{1,38}")  # a bare lowercase login: 'mvoss', 'ruben-arts'
BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
SEPARATOR = re.compile(r"\s*([,;])\s*|\s+(and|AND|&)\s+|\s+(/|with)\s+(?=[A-Z(@])")  # AND: lists in all-caps minutes
SENTENCE_GAP = re.compile(r"\.\s+(?=[A-Z0-9])")
BRACKET_GAP = re.compile(r"[^\S\n]+(?=[A-Z])")
ROLE_SPLIT = re.compile(r"\s+[–—-]\s+|\s*,\s*|\s*:\s+|\t+|\s{3,}")
INITIALS = re.compile(r"[A-Z](?:[a-z]{0,2}[A-Z]){1,3}")  # 'JS', 'JRG', 'JvD', 'JMcD'
# a title or post label inside a flattened list: 'Councillor:', 'Clerk:', 'County Councillor:'
LIST_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*:\s+(?=\S)")
# '14 residents plus committee members Ann Lee, ...', '9 members including Ann Lee (Chair), ...': a headcount
# before the people it goes on to name
COUNT_LEAD = re.compile(r"^\s*\(?\d{1,4}\)?\s+(?:[a-z][\w'’-]*\s+){1,4}(?:plus|including|incl\.|among them|namely|with)"
                        r"\s+(?:[a-z][\w'’-]*\s+){0,3}(?=[A-Z])")
COUNTED = re.compile(r"^(?:\d{1,3}|an?|one)\s+[A-Za-z][A-Za-z ]{1,30}?\s*\((?P<inner>[^()]+)\)$", re.I)
GLUED = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z'’-]+\s+[A-Z])")  # 'ChairAnn Lee', 'LeeBob Roe'
GLUE_PREFIXES = {"mac", "van", "von", "del", "der", "des", "dos", "fitz", "san", "ter"}
TRAILING_INITIALS = re.compile(r"[A-Z]{2,4}\s*(?:[,;]|$)")  # 'Ann Lee (Chair) AL, ...'
LINK = re.compile(r"\[([^\[\]]+)\]\((?:[a-z]+:|/|#|\.)[^()\s]*\)")  # a Markdown link: '[Ann Lee](https://...)'
LOGIN = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")  # der.hans, ann_lee
NOTE_ONLY = re.compile(r"[\d\s.,:%]+")  # '(112)': a count of lines said, not a role
COLUMN_KINDS = ("name", "post", "org", "initials", "handle", "status", "note")


@dataclass(slots=True)
class Person:
    name: str
    mention: str
    role: str | None = None
    initials: str | None = None
    handle: str | None = None


@dataclass(frozen=True)
class PeopleLexicon:
    honorifics: tuple[str, ...]
    honours: frozenset[str]
    posts: tuple[str, ...]
    role_words: frozenset[str]
    present: tuple[str, ...]
    in_attendance: tuple[str, ...]
    apologies: tuple[str, ...]
    generic_headings: frozenset[str] = field(default_factory=frozenset)
    present_suffixes: tuple[str, ...] = ()
    present_labels: tuple[str, ...] = ()
    in_attendance_labels: tuple[str, ...] = ()
    in_attendance_suffixes: tuple[str, ...] = ()
    apologies_suffixes: tuple[str, ...] = ()
    role_labels: tuple[str, ...] = ()
    not_person: frozenset[str] = field(default_factory=frozenset)
    bot_suffixes: tuple[str, ...] = ()
    absent_status: frozenset[str] = field(default_factory=frozenset)
    columns: tuple[tuple[str, frozenset[str]], ...] = ()
    not_list_qualifiers: frozenset[str] = field(default_factory=frozenset)
    not_role_labels: frozenset[str] = field(default_factory=frozenset)
    person_posts: frozenset[str] = field(default_factory=frozenset)
    title_words: frozenset[str] = field(default_factory=frozenset)
    heading_words: frozenset[str] = field(default_factory=frozenset)
    group_prefixes: tuple[str, ...] = ()
    group_nouns: tuple[str, ...] = ()
    presence_after: tuple[str, ...] = ()
    presence_before: tuple[str, ...] = ()
    fillers: frozenset[str] = field(default_factory=frozenset)
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    initial_posts: frozenset[str] = field(default_factory=frozenset)
    header_leads: tuple[str, ...] = ()
    paired_titles: tuple[tuple[str, str], ...] = ()  # ('Deputy', 'TD'): a title only with its honour after the name
    initial_titles: frozenset[str] = field(default_factory=frozenset)  # 'M.': a title before a given name, else an initial
    # column_kind's answers by cell text: every line is asked whether it is a row of column titles
    _column_kinds: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_records(cls, records: list[dict]) -> "PeopleLexicon":
        by_length = lambda kind: tuple(sorted(lexicon(records, kind), key=len, reverse=True))  # noqa: E731
        lowered = lambda kind: frozenset(v.lower() for v in lexicon(records, kind))  # noqa: E731
        return cls(
            honorifics=by_length("honorific"),
            honours=frozenset(v.replace(".", "") for v in lexicon(records, "honour")),  # 'Ph.D.' is 'PhD'
            posts=by_length("post_prefix"),
            role_words=lowered("role_word"),
            present=by_length("present_header"),
            in_attendance=by_length("in_attendance_header"),
            apologies=by_length("apologies_header"),
            generic_headings=lowered("generic_heading"),
            present_suffixes=by_length("present_suffix"),
            present_labels=by_length("present_label"),
            in_attendance_labels=by_length("in_attendance_label"),
            in_attendance_suffixes=by_length("in_attendance_suffix"),
            apologies_suffixes=by_length("apologies_suffix"),
            role_labels=by_length("role_label"),
            not_person=lowered("not_person"),
            bot_suffixes=tuple(lexicon(records, "bot_suffix")),
            absent_status=lowered("absent_status"),
            columns=tuple((kind, lowered(f"{kind}_column")) for kind in COLUMN_KINDS),
            not_list_qualifiers=lowered("not_list_qualifier"),
            not_role_labels=lowered("not_role_label"),
            person_posts=lowered("person_post"),
            title_words=lowered("title_word"),
            heading_words=lowered("heading_word"),
            group_nouns=tuple(lexicon(records, "group_noun")),
            presence_after=tuple(lexicon(records, "presence_after")),
            presence_before=tuple(lexicon(records, "presence_before")),
            group_prefixes=tuple(sorted((v.lower() for v in lexicon(records, "group_prefix")), key=len, reverse=True)),
            fillers=lowered("list_filler"),
            abbreviations=lowered("abbreviation") | {t.lower().rstrip(".") for t in lexicon(records, "honorific")
                                                      + lexicon(records, "post_prefix")},
            initial_posts=frozenset(lexicon(records, "initial_post")),
            header_leads=tuple(lexicon(records, "header_lead")),
            paired_titles=tuple((r["value"], r["honour"]) for r in records if r["kind"] == "paired_title"),
            initial_titles=frozenset(lexicon(records, "initial_title")),
        )

    def column_kind(self, title: str) -> str | None:
        """'Job title' -> 'post', 'GH Username' -> 'handle'; None for a column we do not know."""
        try:
            return self._column_kinds[title]
        except KeyError:
            pass
        known = self._column_kinds[title] = self._read_column_kind(title)
        if len(self._column_kinds) > _COLUMN_KINDS_KEPT:
            self._column_kinds.clear()  # a bound on a long-running worker's memory: start over
            self._column_kinds[title] = known
        return known

    def _read_column_kind(self, title: str) -> str | None:
        title = " ".join(_COLUMN_MARKUP.sub(" ", title).lower().split())
        known = next((kind for kind, titles in self.columns if title in titles), None)
        words = title.split()
        if known is None and len(words) == 2 and words[1] in {"name", "names"} and self.column_kind(words[0]) != "org":
            known = "name"  # 'Governor Name', 'Member names' (not 'Organisation name')
        unit = _TITLE_AND_UNIT.fullmatch(title)
        if known is None and unit:
            known = self.column_kind(unit.group("title"))  # 'Duration (minutes)', 'Email (work)': a unit or a note
        if known is None and _COLUMN_JOINER.search(title):  # 'Organisation / role', 'Post and organisation'
            parts = _COLUMN_PARTS.split(title)
            known = next((k for k in (self.column_kind(p) for p in parts if p) if k), None)
        return known


_COLUMN_KINDS_KEPT = 50_000
_COLUMN_MARKUP = re.compile(r"[*_:]")
_COLUMN_JOINER = re.compile(r"/|&|,|\band\b")
_COLUMN_PARTS = re.compile(r"\s*(?:/|&|,|\band\b)\s*")
_TITLE_ROW_CELLS = re.compile(r"\t+|\s{2,}|\s*\|\s*")


def is_title_row(text: str, lex: PeopleLexicon) -> bool:
    """'Name   Title', 'Name  Present  Apologies', 'Attendee | Organisation': a table's column titles only,
    a name column among them (a row of titles, not a list header or a person)."""
    cells = [c for c in _TITLE_ROW_CELLS.split(text.strip(" |")) if c]
    if len(cells) < 2:
        return False
    kinds = []
    for cell in cells:  # most lines fail at their first cell: the rest need no reading
        kind = lex.column_kind(cell)
        if kind is None:
            return False
        kinds.append(kind)
    return "name" in kinds


@lru_cache(maxsize=1)
def default_lexicon() -> PeopleLexicon:
    return load_lexicon(RULES_PATH)


def load_lexicon(path: Path) -> PeopleLexicon:
    return PeopleLexicon.from_records(read_rules(path, ("id", "kind", "value")))


_REMEMBERED_KEPT = 20_000  # answers kept a function and lexicon; then the memo starts over (a worker's memory stays bounded)


def _memo_for(memos: dict[int, tuple[PeopleLexicon, dict]], lex: PeopleLexicon) -> dict:
    """The memo of one lexicon object, kept by its identity (hashing a lexicon hashes every field)."""
    hit = memos.get(id(lex))
    if hit is None or hit[0] is not lex:
        if len(memos) >= 8:
            memos.clear()
        hit = memos[id(lex)] = (lex, {})
    if len(hit[1]) >= _REMEMBERED_KEPT:
        hit[1].clear()
    return hit[1]


def _remembered(judge: Callable[[str, PeopleLexicon], bool]) -> Callable[..., bool]:
    """`judge(text, lex)`, a pure test of a text, answered once per text and lexicon: a document asks about the
    same name again and again (looks_like_name 20k times over the training texts, 8k different texts)."""
    memos: dict[int, tuple[PeopleLexicon, dict[str, bool]]] = {}

    @wraps(judge)
    def remembered(text: str, lex: PeopleLexicon | None = None) -> bool:
        lex = lex or default_lexicon()
        memo = _memo_for(memos, lex)
        known = memo.get(text)
        if known is None:
            known = memo[text] = judge(text, lex)
        return known
    return remembered


def _remembered_person(parse: Callable[..., Person | None]) -> Callable[..., Person | None]:
    """parse_person answered once per mention, role, handles and lexicon; callers change the Person they get
    (add_role), so each gets a copy of the one kept."""
    memos: dict[int, tuple[PeopleLexicon, dict[tuple, Person | None]]] = {}

    @wraps(parse)
    def remembered(mention: str, lex: PeopleLexicon | None = None, role: str | None = None,
                   handles: bool = False) -> Person | None:
        lex = lex or default_lexicon()
        memo = _memo_for(memos, lex)
        key = (mention, role, bool(handles))  # parse_person reads `handles` only as true or false
        if key in memo:
            known = memo[key]
        else:
            known = memo[key] = parse(mention, lex, role, bool(handles))
        return replace(known) if known is not None else None
    return remembered


def strip_titles(words: list[str], lex: PeopleLexicon) -> tuple[list[str], str | None]:
    """Drop leading honorifics and post prefixes; return the rest and the post (a role)."""
    post = None
    titles = _titles(lex)
    for title, honour in lex.paired_titles:
        if len(words) > 2 and words[0] == title and words[-1].strip(",;") == honour:
            words = words[1:]  # 'Deputy Ann Lee TD' (a member of the Dáil), not 'Deputy Director of Finance'
    changed = True
    before = " ".join(words)
    while changed and words:
        changed = False
        joined = " ".join(words)
        lowered = joined.lower()
        for title, size in titles.honorifics.get(lowered.split(" ", 1)[0], ()):
            if lowered.startswith(title + " ") and len(words) > size:
                words = words[size:]
                changed = True
                break
        else:
            for title, size in titles.posts.get(joined.split(" ", 1)[0], ()):
                if joined.startswith(title + " ") and len(words) > size:
                    post = post or title
                    words = words[size:]
                    changed = True
                    break
            else:
                if len(words) > 1 and _bilingual_title(words[0], titles):
                    words, changed = words[1:], True  # 'Cyng./Cllr Ann Lee': one title in two languages
                elif len(words) > 2 and words[0] in lex.initial_titles and len(words[1]) > 2 \
                        and words[1][:1].isupper() and not words[1].endswith("."):
                    words, changed = words[1:], True  # 'M. Jean Tremblay' (Monsieur), not 'M. Fitzmaurice' (an initial)
                elif len(words) > 2 and words[0] in lex.initial_posts and words[1][:1].isupper():
                    post, words, changed = post or words[0], words[1:], True  # 'VP Bo Roe', not 'VP' (initials)
                elif len(words) > 2 and len(joined) < len(before) and re.fullmatch(r"\d{2,6}", words[0]) \
                        and words[1][:1].isupper():
                    words, changed = words[1:], True  # 'PCSO 4471 Ann Lee': an officer's collar number after the rank
    while len(words) > 1 and is_honour(words[-1], lex):
        words = words[:-1]  # 'Ann Lee MBE', 'Raj Patel Ph.D.' (not 'JP' alone: someone's initials in a list of them)
    return words, post


def _bilingual_title(word: str, titles: "_Titles") -> bool:
    """'Cyng./Cllr', 'Cllr/Cyng': honorifics of two languages joined by a slash."""
    parts = word.lower().split("/")
    return len(parts) >= 2 and all(p and (p, 1) in titles.honorifics.get(p, ()) for p in parts)


def is_honour(word: str, lex: PeopleLexicon) -> bool:
    """A post-nominal honour, degree or credential ('MBE', 'Ph.D.', 'Ed.D', 'CPA,'), written in its own case or in
    capitals ('PHD' in minutes typed in capitals); not a surname of the same letters ('Anh Do', 'Li Md')."""
    bare_word = word.strip(",;").replace(".", "")
    return bare_word in lex.honours or len(bare_word) > 2 and bare_word.isupper() and bare_word in _upper_honours(lex)


@per_lexicon
def _upper_honours(lex: PeopleLexicon) -> frozenset[str]:
    return frozenset(h.upper() for h in lex.honours)


def _bracket_after(part: str) -> tuple[str, str]:
    """'Esq. (President)' -> ('Esq.', 'President'); a part with no closing bracket comes back whole."""
    match = re.fullmatch(r"(?P<head>[^()]+?)\s*\((?P<inner>[^()]*)\)", part)
    return (match.group("head"), match.group("inner")) if match else (part, "")


def credentials_only(part: str, lex: PeopleLexicon) -> bool:
    """'CPA', 'Ed.D.', 'MSW, LCSW', 'PhD FRCP': a list part that is only post-nominals, the person's before it."""
    words = re.split(r"[\s,]+", part.strip(" ,;."))
    return bool(words) and all(w and is_honour(w, lex) for w in words)


@dataclass(frozen=True)
class _Titles:
    """A lexicon's honorifics (lower case) and post prefixes grouped by their first word, each group in
    the lexicon's order (longest first): a name's first word picks the few titles that can open it,
    rather than every title being tried for every candidate name."""

    honorifics: dict[str, tuple[tuple[str, int], ...]]  # first word -> (title, words in it)
    posts: dict[str, tuple[tuple[str, int], ...]]
    lowered: frozenset[str]  # every honorific and post, lower case
    lowered_by_first: dict[str, tuple[str, ...]]


_TITLES: dict[int, tuple[PeopleLexicon, _Titles]] = {}


def _titles(lex: PeopleLexicon) -> _Titles:
    cached = _TITLES.get(id(lex))
    if cached is None or cached[0] is not lex:
        def by_first(titles: list[str]) -> dict[str, tuple[tuple[str, int], ...]]:
            grouped: dict[str, list[tuple[str, int]]] = {}
            for title in titles:
                grouped.setdefault(title.split(" ", 1)[0], []).append((title, title.count(" ") + 1))
            return {first: tuple(group) for first, group in grouped.items()}

        every = [t.lower() for t in lex.honorifics + lex.posts]
        titles = _Titles(by_first([t.lower() for t in lex.honorifics]), by_first(list(lex.posts)), frozenset(every),
                         {first: tuple(t for t, _ in group) for first, group in by_first(every).items()})
        cached = _TITLES[id(lex)] = (lex, titles)
    return cached[1]


def is_title(text: str, lex: PeopleLexicon | None = None) -> bool:
    """A bare honorific or post with no name after it ('Mr', 'County Councillor')."""
    lex = lex or default_lexicon()
    words = " ".join(text.split())
    if len(words) <= 3 and words.isupper() and words not in lex.honorifics + lex.posts:
        return False  # 'CR' in 'AQ, BW, CR' is someone's initials, not 'Cr' (Councillor)
    return words.lower() in _titles(lex).lowered


@_remembered
def looks_like_name(text: str, lex: PeopleLexicon | None = None) -> bool:
    """A personal name after titles are removed: 1-5 capitalised words, no digits or org words."""
    lex = lex or default_lexicon()
    words, _ = strip_titles(_clean(text).split(), lex)
    if not words or len(words) > 5 or any(ch.isdigit() for ch in "".join(words)):
        return False
    if len(" ".join(words)) > 50 or is_title(" ".join(words), lex):
        return False
    for word in words:
        bare = word.strip(".,:'’")  # 'Team:' is the word 'Team'
        if bare.lower() in NAME_PARTICLES or bare in INNER_PARTICLES and word is not words[0] and word is not words[-1]:
            continue  # 'Mac an tSaoir': 'an' inside an Irish surname
        if bare.lower() in FUNCTION_WORDS:
            return False  # 'APPROVAL OF MINUTES', 'CALL TO ORDER' in capitals: a heading, no one's name
        if not bare or not (bare[0].isupper() or bare[0] == "@" or (IRISH_MUTATED.fullmatch(bare) or PREFIXED_SURNAME.match(bare))
                                and word is not words[0]):
            return False
        initials = len(bare) <= 3 and bare.isupper() and bare not in lex.honorifics  # 'CR' is no 'Cr'
        if bare.lower() in lex.role_words or bare.lower() in lex.title_words and not initials \
                or bare.lower() in lex.heading_words:
            return False  # 'Chair', 'Westshire Police', 'Westshire Cllr. Kerr', 'Regular Meeting' are no (bare) names
        if "/" in bare and any(part.lower() in lex.role_words or part in lex.posts for part in bare.split("/")):
            return False  # 'CAO/Clerk', 'Clerk/RFO': two posts held together, not a name
    return True


def looks_like_role(text: str, lex: PeopleLexicon | None = None) -> bool:
    """An organisation or post line ('Westmoor County Council', 'Independent Chair')."""
    lex = lex or default_lexicon()
    words = re.findall(r"[\w'’-]+", text)
    if not words:
        return False
    if any(w.lower() in lex.role_words for w in words):
        return True
    return all(w.isupper() and len(w) >= 2 for w in words)


def is_handle(text: str, lex: PeopleLexicon | None = None) -> bool:
    """A bare lowercase login such as 'mvoss' (not a stop word like 'none' or a bot)."""
    lex = lex or default_lexicon()
    word = text.strip().lstrip("@")
    return bool(HANDLE_WORD.fullmatch(word)) and word not in lex.not_person and not is_bot(word, lex)


def is_bot(handle: str, lex: PeopleLexicon | None = None) -> bool:
    lex = lex or default_lexicon()
    word = handle.lower().strip("@[]")
    if any(c.isspace() for c in word):
        return False  # a login is one word: 'Ian Talbot' or 'Jo Abbot' one a line is a person, not a bot
    return any(word.endswith(s) and len(word) > len(s) + 1 for s in lex.bot_suffixes)


@_remembered_person
def parse_person(
    mention: str, lex: PeopleLexicon | None = None, role: str | None = None, handles: bool = False
) -> Person | None:
    """'County Councillor Mrs Ann Lee' -> Person('Ann Lee', ...); None if not a name.

    With `handles`, a bare lowercase login ('mvoss') is a person too: lists of
    GitHub or IRC names under a Present header.
    """
    lex = lex or default_lexicon()
    raw = mention.strip()
    keyed = KEYED_ROW.match(raw)
    if keyed and _initials_fit(keyed.group(1), GAP_ONLY.split(raw[keyed.end(1):].strip())[0]):
        raw = GAP_ONLY.sub("\t", raw)  # 'KT  Karin Toll  Nordlys Institute': a two-space table row, initials first
    text = _clean(raw)
    chip = ONE_CHIP.fullmatch(text)
    if chip and looks_like_name(chip.group("name"), lex):
        text = chip.group("name")  # '@Ann Lee' alone on a line: a document's person chip, no login
    handle = None
    handle_match = HANDLE.search(text)
    if handle_match:
        handle = handle_match.group(0).strip("()@")
        text = (text[: handle_match.start()] + text[handle_match.end():]).strip()
    initials = None
    roles: list[str] = []
    for match in BRACKETED.finditer(text):
        inner = (match.group(1) or match.group(2) or "").strip()
        if INITIALS.fullmatch(inner) and initials is None:
            initials = inner
        elif inner and not NOTE_ONLY.fullmatch(inner):
            roles.append(inner)
    handle_then_bracket = text if handle_match and handle_match.start() == 0 else ""  # '@jdoe (Jo Doe), ...'
    text = BRACKETED.sub(" ", text)
    trailing = re.search(r"\s([A-Z]{2,4})$", text)
    if trailing and initials is None and _initials_fit(trailing.group(1), " ".join(strip_titles(text[:trailing.start()].split(), lex)[0])):
        initials, text = trailing.group(1), text[:trailing.start()]  # 'Ann Lee (Chair) AL'
    anchored = _name_by_initials(text, initials, lex) if initials else None
    if anchored is not None:  # 'Cllr Ann Ross Westshire Council (AR)': the initials say which words are the name
        name, rest = anchored
        return Person(name=name, mention=_fold(raw), role=_join_roles(([rest] if rest else []) + roles, role),
                      initials=initials, handle=handle)
    parts = [p for p in ROLE_SPLIT.split(text) if p.strip()]
    named = [r for r in roles if len(r.split()) >= 2 and looks_like_name(r, lex)]
    if named and re.fullmatch(r"[\"“][^\"”]{1,20}[\"”]", " ".join(parts).strip()):
        return Person(name=named[0], mention=_fold(raw), role=role)  # '"Sprocket" (Jonah Pell)': a nickname first
    outside = " ".join(" ".join(parts).split())
    if len(named) == 1 and initials is None and INITIALS.fullmatch(outside) and _initials_fit(outside, named[0]):
        # 'JH (Jasmine Holt)': the initials first, the name they stand for in brackets
        words, post = strip_titles(named[0].split(), lex)
        rest = [r for r in roles if r is not named[0]]
        return Person(name=" ".join(words), mention=_fold(raw), role=_join_roles(([post] if post else []) + rest, role),
                      initials=outside, handle=handle)
    if len(named) == 1 and outside and not has_person_cue(outside, lex) and _post_then_name(f"{outside} ({named[0]})", lex):
        # 'Head of Planning (N Fairweather)': the post first, the person in brackets
        words, post = strip_titles(named[0].split(), lex)
        rest = [r for r in roles if r is not named[0]]
        return Person(name=" ".join(words), mention=_fold(raw), role=_join_roles([outside] + rest, role),
                      initials=initials, handle=handle)
    if handle and not is_bot(handle, lex) and named and handle_then_bracket.startswith(f"({named[0]})") \
            and ROLE_SPLIT.match(handle_then_bracket, len(named[0]) + 2):
        # '@jdoe (Jo Doe), first time joining': the handle, the name in brackets, then a remark about them
        rest = [r for r in roles if r is not named[0]]
        return Person(name=named[0], mention=_fold(raw), role=_join_roles(parts + rest, role), handle=handle)
    if not parts:
        if handle and not is_bot(handle, lex):
            named = [r for r in roles if len(r.split()) >= 2 and looks_like_name(r, lex)]
            if named:  # '@aquill (Ada Quill)': the name in brackets is the person's
                rest = [r for r in roles if r is not named[0]]
                return Person(name=named[0], mention=_fold(raw), role=_join_roles(rest, role), handle=handle)
            return Person(name=handle, mention=_fold(raw), role=_join_roles(roles, role), handle=handle)
        return None
    name_part, extra = parts[0], parts[1:]
    if extra and initials is None and re.fullmatch(r"[A-Z]{2,4}", name_part.strip()) \
            and _initials_fit(name_part.strip(), " ".join(strip_titles(extra[0].split(), lex)[0])):
        initials, name_part, extra = name_part.strip(), extra[0], extra[1:]  # 'AL – Ann Lee': the initials first
    group = _group_prefix(name_part, lex)
    if group:
        name_part, extra = name_part[len(group):].strip(), [group] + extra  # 'Public Ann Lee', 'Observer Jo Hay'
    if extra and _role_first(name_part, extra[0], lex):
        name_part, extra = extra[0], [name_part] + extra[1:]
    if handles and " " not in name_part.strip() and is_handle(name_part, lex):
        word = name_part.strip().lstrip("@")
        return Person(name=word, mention=_fold(raw), role=_join_roles(extra + roles, role), handle=handle or word)
    words, post = strip_titles(name_part.split(), lex)
    if not looks_like_name(" ".join(words), lex):
        leading, rest = _split_leading_role(words, lex)
        if rest:
            words, post = rest, " ".join(w for w in (post, leading) if w)
    if not looks_like_name(" ".join(words), lex):
        words, trailing_role = _split_trailing_role(words, lex)
        if not words:
            return None
        extra.insert(0, trailing_role)
    name = " ".join(words).strip(" ,.;")
    if name.lower() in lex.not_person:
        return None  # 'None.', 'All' under an Apologies header
    if initials and not _initials_fit(initials, name):
        roles.insert(0, initials)
        initials = None
    role_text = _join_roles(([post] if post else []) + extra + roles, role)
    return Person(name=name, mention=_fold(raw), role=role_text, initials=initials, handle=handle)


def people_in_text(text: str, lex: PeopleLexicon | None = None, handles: bool | None = None) -> list[Person]:
    """'Cllr A (Chair), Cllr B and Dr C' or 'A (AB), Role; C (CD), Role' -> people with roles.

    A part that reads as a post or an organisation ('Programme Support Officer',
    'Westshire Police') is the role of the person before it. `handles` None:
    bare logins count as people when the list holds two or more of them.
    """
    lex = lex or default_lexicon()
    if SURNAME_FIRST_LIST.fullmatch(text.strip()) and not any(
            is_honour(m.group("initials").replace(" ", ""), lex) for m in SURNAME_FIRST.finditer(text)):
        return [_surname_first(m, lex) for m in SURNAME_FIRST.finditer(text)]  # not 'Tom Ruiz, M.D.'
    if CAPITAL_SURNAME_LIST.fullmatch(text.strip()):
        people = [_capital_surname_first(m, lex) for m in CAPITAL_SURNAME.finditer(text)]
        if all(people):
            return [p for p in people if p]
    text = COUNT_LEAD.sub("", TITLE_IN_BRACKETS.sub("", text), count=1)
    if " with " in text:  # 'A, B and C, with Dee Moe (Clerk) in attendance': one more person present
        text = WITH_IN_ATTENDANCE.sub(lambda m: f", {m.group('who')}", text)
    if " for " in text:  # 'Cllr A Pratt for Cllr P Quill': the substitute sat; the member stood for is a note
        text = SUBSTITUTE_FOR.sub(lambda m: f" (substitute for {m.group('who')})" if has_person_cue(m.group("who"), lex)
                                  else m.group(0), text)
    if SMART_CHIPS.search(text) and len(SMART_CHIPS.findall(text)) >= 2:
        text = SMART_CHIPS.sub(lambda m: ", " if m.start() else "", text)  # '@Ann Lee @Bo Roe' (document mentions)
    text = INLINE_BULLET.sub(", ", NICKNAME_IN_BRACKETS.sub(_drop_nickname(lex), text.strip()))
    text = _part_columns(IN_THE_CHAIR.sub(r", \g<who> (Chair)", text), lex)
    text = _gap_parted(text, lex)
    text = NAME_SLASH.sub(lambda m: ", " if _slash_parts(text, m, lex) else m.group(0), text) if "/" in text else text
    if SURNAME_COMMA_LIST.fullmatch(text.strip(" .")):
        people = [given_first(entry, lex) for entry in text.strip(" .").split(";")]
        if all(people):
            return [p for p in people if p]
    text = _posts_first(text, lex) if ";" in text else text
    items = split_list(re.sub(r"[\s.]+$", "", _ungroup(_unlabel(_unglue(text), lex), lex)), lex)
    items = _couples([item for sep, part in items for piece in _titled_run(sep, part, lex)
                      for item in _dash_chain(*piece, lex)], lex)
    if handles is None:
        handles = sum(is_handle(bare(part), lex) for _, part in items) >= 2
    semicolons = any(sep == ";" for sep, _ in items)
    # 'Chief Executive – M Dwyer, Director Corporate Services – K Lam': post-dash-name entries parted by commas
    dashed = sum(_role_led(part, lex, True) for _, part in items) >= 2
    people: list[Person] = []
    role_open = False  # the last item added to a role, so 'and X' may continue it
    for sep, part in items:
        part = re.sub(r"^(?:and|&)\s+", "", part, flags=re.I)
        credentials, role = _bracket_after(part)
        if people and sep == "," and credentials_only(credentials, lex) and len(people[-1].name.split()) >= 2:
            add_role(people[-1], role)
            continue  # 'K. Lund, CPA', 'Sam Ito, MD', 'Al Roe, Esq. (Chair)': the degree of the person before
        counted = COUNTED.match(part)
        if counted and has_person_cue(counted.group("inner"), lex):
            part = counted.group("inner")  # '1 Parishioner (Mrs Ann Lee)': the one named
        if people and not has_person_cue(part, lex) and not (dashed and _role_led(part, lex, True)) and (
                _reads_as_role(part, sep, role_open, semicolons, lex)
                or semicolons and sep == "," and not role_open and _organisation_after(people[-1], part)):
            add_role(people[-1], part, sep)
            role_open = True
            continue
        # 'der.hans' or 'ann_lee' is a login even alone in a list of names
        own_handle = handles or ("(" in part or LOGIN.fullmatch(bare(part))) and is_handle(bare(part), lex)
        person = parse_person(part, lex, handles=own_handle)
        role_open = False
        if person is not None:
            people.append(person)
    return people


# 'Adeyemi, T. (Dean); Blackwood, S.; Castillo, R.': surnames first, initials after the comma (academic lists)
_SURNAME_FIRST = r"{surname}[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),\s*{initials}(?:[A-Z]\.\s*){{1,3}})(?:\({role}[^()]*)\))?"
SURNAME_FIRST = re.compile(_SURNAME_FIRST.format(surname="(?P<surname>", initials="(?P<initials>", role="(?P<role>"))
_ENTRY = _SURNAME_FIRST.format(surname="(?:", initials="(?:", role="(?:")
SURNAME_FIRST_LIST = re.compile(rf"{_ENTRY}(?:\s*(?:[;,]|\band\b|&)\s*{_ENTRY})*\s*[.;]?")


WITH_IN_ATTENDANCE = re.compile(r",?\s+(?:together\s+)?with\s+(?P<who>[^;]{3,80}?)\s+(?:(?:also\s+)?in\s+attendance|also\s+present)"
                                r"(?=\s*(?:[.;]|$))")
SUBSTITUTE_FOR = re.compile(r"\s+(?:(?:as\s+)?(?:a\s+)?substitut(?:e|ing)\s+)?for\s+(?P<who>[A-Z][^,;()]{2,40}?)"
                            r"(?=\s*(?:[,;.]|$)|\s+(?:and|&)\s)")
INLINE_BULLET = re.compile(r"\s+[•·▪◦]\s+")  # 'Ann Lee • Bo Roe • Cai Poe'
# 'Robert (Bob) Smith': a nickname in brackets between the given name and the surname
NICKNAME_IN_BRACKETS = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\sand\s))(?P<given>[A-Z][a-z]+) \((?P<nick>[A-Z][a-z]+)\) "
                                  r"(?P<surname>[A-Z][\w'’-]+)(?=\s*(?:[,;.]|$)|\s+(?:and|&)\s)")


def _drop_nickname(lex: PeopleLexicon) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        nick = match.group("nick")
        if nick.lower() in lex.role_words or is_post(nick, lex) or is_title(nick, lex):
            return match.group(0)  # 'Ann (Chair) Lee' is no nickname
        return f"{match.group('given')} {match.group('surname')}"
    return replace


# '... and Dee Fox, with Ann Lee in the chair': the chair named after the list
IN_THE_CHAIR = re.compile(r",?\s+with\s+(?P<who>[A-Z][^,;()]{1,60}?)\s+in\s+the\s+(?i:chair)\b")
# 'Smith, John; Doe, Jane A.; Ortiz, Maria': a surname, a comma and given names, entries parted by semicolons
_SURNAME_COMMA = r"\s*[A-Z][\w'’-]+,\s*[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*\.?)?(?:\s*\([^()]*\))?\s*"
SURNAME_COMMA_LIST = re.compile(rf"{_SURNAME_COMMA}(?:;{_SURNAME_COMMA})+")


def given_first(entry: str, lex: PeopleLexicon) -> Person | None:
    """'Doe, Jane (Treasurer)' -> Jane Doe; None when either side is a title, post or organisation word."""
    surname, given = (part.strip() for part in entry.split(",", 1))
    person = parse_person(given, lex)
    if person is None or not looks_like_name(surname, lex) or is_title(surname, lex) \
            or any(w.lower() in lex.role_words for w in f"{surname} {person.name}".split()):
        return None
    person.name, person.mention = f"{person.name} {surname}", entry.strip()
    return person


# 'HALLORAN, Bridget (Chair); IQBAL, Dr Samir': the surname in capitals first, then the given names
_CAPITAL_SURNAME = (r"{surname}[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+)?),\s*{given}(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][a-z][\w'’-]*)"
                    r"(?:\s*\({role}[^()]*)\))?")
CAPITAL_SURNAME = re.compile(_CAPITAL_SURNAME.format(surname="(?P<surname>", given="(?P<given>", role="(?P<role>"))
_CAPITAL_ENTRY = _CAPITAL_SURNAME.format(surname="(?:", given="(?:", role="(?:")
CAPITAL_SURNAME_LIST = re.compile(rf"{_CAPITAL_ENTRY}(?:\s*(?:[;,]|\band\b|&)\s*{_CAPITAL_ENTRY})*\s*[.;]?")


def _capital_surname_first(match: re.Match[str], lex: PeopleLexicon) -> Person | None:
    """One 'HALLORAN, Bridget (Chair)' entry as 'Bridget Halloran'; None when the capitals are a post or
    title ('CHAIR, Ann Lee') rather than a surname."""
    surname = match.group("surname")
    if any(w.lower() in lex.role_words or w.lower() in lex.title_words or is_title(w, lex) for w in surname.split()):
        return None
    given, post = strip_titles(match.group("given").split(), lex)
    if not given:
        return None
    family = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), surname)  # 'O'NEILL' -> "O'Neill"
    role = ", ".join(r for r in (post, (match.group("role") or "").strip()) if r) or None
    return Person(name=f"{' '.join(given)} {family}", mention=match.group(0).strip(), role=role)


def _surname_first(match: re.Match[str], lex: PeopleLexicon) -> Person:
    """One 'Adeyemi, T. (Dean)' entry, its name kept as written ('Adeyemi, T.')."""
    name = f"{match.group('surname')}, {match.group('initials').strip()}"
    return Person(name=name, mention=match.group(0).strip(), role=(match.group("role") or "").strip() or None)


def split_list(text: str, lex: PeopleLexicon | None = None) -> list[tuple[str, str]]:
    """Top-level items of a list with the separator before each; brackets are kept whole.

    Besides ',', ';', 'and' and '&', flattened lists part items at ' / ', ' with Name',
    a full stop that ends a sentence ('Ann Lee. Bob Roe', not 'Mr. Roe' or 'A. Lee')
    and a closing bracket followed by a name ('Ann Lee (Chair) Bob Roe').
    """
    items: list[tuple[str, str]] = []
    depth, start, sep, i = 0, 0, "", 0
    while i < len(text):
        char = text[i]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
            after = BRACKET_GAP.match(text, i + 1)
            if depth == 0 and after and text[after.end()].isupper() and not TRAILING_INITIALS.match(text, after.end()):
                items.append((sep, text[start:i + 1]))
                sep, start = ",", after.end()
                i = after.end()
                continue
        elif depth == 0:
            # a separator opens with a space, ',' or ';' (regex \s is str.isspace): the other characters,
            # most of a list, need no match tried
            match = SEPARATOR.match(text, i) if char in ",;" or char.isspace() else None
            if match and match.end() > i:
                items.append((sep, text[start:i]))
                sep = next(g for g in match.groups() if g).lower()
                start = i = match.end()
                continue
            if char == "." and _sentence_end(text, start, i, lex or default_lexicon()):
                items.append((sep, text[start:i]))
                sep = "."
                start = i = SENTENCE_GAP.match(text, i).end()
                continue
        i += 1
    items.append((sep, text[start:]))
    return [(s, p.strip()) for s, p in items if p.strip()]


def _sentence_end(text: str, start: int, i: int, lex: PeopleLexicon) -> bool:
    """A full stop after a word or a bracket (not an initial or 'Mr.'/'Cllrs.') with a capital after it."""
    if not SENTENCE_GAP.match(text, i):
        return False
    before = text[start:i]
    if before.endswith(")"):
        return True
    word = re.search(r"[^\W\d_]+$", before)
    return bool(word and len(word.group(0)) >= 2 and word.group(0).lower() not in lex.abbreviations)


def _reads_as_role(part: str, sep: str, role_open: bool, semicolons: bool, lex: PeopleLexicon) -> bool:
    if _post_then_name(part, lex):
        return False  # 'Senior Planning Officer (O Tindall)': the next person, post first
    words = bare(part)
    head, tail = _split_trailing_role(words.split(), lex)
    if head and is_post(tail, lex) or _split_leading_role(words.split(), lex)[1] or _role_led(part, lex, sep == ";") \
            or _name_led(part, lex):
        return False  # 'Ann Lee Treasurer', 'Clerk Ann Lee', 'Clerk - Ann Lee', 'Bo Roe - Treasurer': a person
    if looks_like_role(part, lex) and not looks_like_name(words, lex):
        return True
    if semicolons and sep != ";" and not looks_like_name(words, lex):
        return True  # inside one ';' entry: 'Ruth Ames (RA), Expert by Experience'
    if semicolons and sep != ";" and role_open and not has_person_cue(part, lex):
        return True  # a role goes on: 'Lay Member for Patient and Public Involvement', 'GP Member, Governing Body'
    # 'Director of Finance and Resources': a one-word tail after 'and' continues the role
    return role_open and sep in {"and", "&"} and len(words.split()) == 1


def _organisation_after(person: Person, part: str) -> bool:
    """'Ann Lee, Acme; Bo Roe, Globex': one capitalised word after a full name inside a ';' entry is the
    organisation, not a second person."""
    return bool(re.fullmatch(r"[A-Z][\w&'’-]+", bare(part))) and len(person.name.split()) >= 2


POST_THEN_NAME = re.compile(r"(?P<post>[^()]+?)\s*\((?P<name>[^()]+)\)\s*")


def _post_then_name(part: str, lex: PeopleLexicon) -> bool:
    """'Head of Planning (N Fairweather)': a post outside the brackets, a name of two or more words inside."""
    match = POST_THEN_NAME.fullmatch(part)
    if not match:
        return False
    post, name = match.group("post"), match.group("name")
    return len(name.split()) >= 2 and looks_like_name(name, lex) and looks_like_role(post, lex) \
        and not looks_like_name(post, lex)


def add_role(person: Person, text: str, sep: str = ",") -> None:
    """Append to the role: 'Director of Finance' + ('and', 'Estates')."""
    text = text.strip(" ,;")
    if text:
        joiner = " and " if sep in {"and", "&"} else ", "
        person.role = person.role + joiner + text if person.role else text


@_remembered
def has_person_cue(mention: str, lex: PeopleLexicon | None = None) -> bool:
    """An honorific, post prefix, '(JS)' initials or @handle: surely a person, not a role."""
    lex = lex or default_lexicon()
    text = _clean(mention)
    if HANDLE.search(text) or any(INITIALS.fullmatch(m.group(1) or "") for m in BRACKETED.finditer(text)):
        return True
    lowered = text.lower()
    return any(lowered.startswith(t + " ") for t in _titles(lex).lowered_by_first.get(lowered.split(" ", 1)[0], ()))


COLUMN_GAP = re.compile(r"\t+|[^\S\n]{3,}")


def _part_columns(text: str, lex: PeopleLexicon) -> str:
    """'Cllr S Ravenscroft      Cllr P Ogunbiyi': a PDF's column gap before a titled name parts two people."""
    def part(match: re.Match[str]) -> str:
        after = re.split(r"[,;(]", text[match.end():match.end() + 60], maxsplit=1)[0]
        return ", " if match.start() and has_person_cue(after, lex) else match.group(0)
    return COLUMN_GAP.sub(part, text)


def _gap_parted(text: str, lex: PeopleLexicon) -> str:
    """'Agnes Whitlow  Bertram Cole  Cheng Li': a list parted only by gaps of two spaces or more (no comma,
    semicolon or 'and'), every cell a full name and none an organisation or post, is one person a cell."""
    if not GAP_ONLY.search(text) or re.search(r"[,;&]|\band\b", text):
        return text
    cells = GAP_ONLY.split(text.strip())
    if len(cells) >= 2 and all(2 <= len(c.split()) <= 4 and looks_like_name(c, lex) and not looks_like_role(c, lex)
                               for c in cells):
        return ", ".join(cells)
    return text


NAME_SLASH = re.compile(r"(?<=[a-z])/(?=[A-Z])")


def _slash_parts(text: str, match: re.Match[str], lex: PeopleLexicon) -> bool:
    """'Amy Pike/Ben Ruhl': a slash with no spaces between two full names parts two people ('CAO/Clerk' is one post)."""
    left = re.split(r"[,;(/]", text[:match.start()])[-1].strip()
    right = re.split(r"[,;()/]", text[match.end():])[0].strip()
    return all(2 <= len(side.split()) <= 4 and looks_like_name(side, lex) and not looks_like_role(side, lex)
               for side in (left, right))


GAP_ONLY = re.compile(r"\t+|[^\S\n]{2,}")
KEYED_ROW = re.compile(r"([A-Z]{2,4})[^\S\n]{2,}[A-Z]")


def _unglue(text: str) -> str:
    """'Jo Bell – in the ChairAnn LeeBob Roe' -> '... in the Chair, Ann Lee, Bob Roe': names run together
    where markup was stripped; not 'McKay' or 'MacLeod' (a short prefix before the capital)."""
    def part(match: re.Match[str]) -> str:
        left = re.search(r"[A-Za-z'’]+$", text[:match.start()])
        word = left.group(0) if left else ""
        return ", " if len(word) >= 3 and word.lower() not in GLUE_PREFIXES else ""
    return GLUED.sub(part, text)


def _posts_first(text: str, lex: PeopleLexicon) -> str:
    """'Chair, Ann Lee; Treasurer, Bo Roe': each entry a post, a comma and a full name -> 'Ann Lee (Chair); Bo Roe
    (Treasurer)'; the text as it is unless every entry has that shape (then a comma parts a name from its post)."""
    entries = [entry.strip() for entry in text.strip(" .").split(";")]
    swapped = []
    for entry in entries:
        post, comma, name = entry.partition(",")
        person = parse_person(name.strip(), lex) if comma and "," not in name and "(" not in post else None
        if person is None or len(person.name.split()) < 2 or not is_post(post.strip(), lex):
            return text
        swapped.append(f"{name.strip()} ({post.strip()})")
    return "; ".join(swapped) if len(swapped) >= 2 else text


def _ungroup(text: str, lex: PeopleLexicon) -> str:
    """'Ann Lee Nominated Members of WRA Bo Roe Westshire Councillors Cllr Cai Poe': the group
    headings of a flattened template list part the names: a plural group word after known
    qualifiers ('Nominated', 'Co-opted', 'County'), or after one word of its own ('Westshire')."""
    if not lex.group_nouns:
        return text
    return _group_headings(lex).sub(", ", text)


@per_lexicon
def _group_headings(lex: PeopleLexicon) -> re.Pattern[str]:
    """_ungroup's pattern, built once per lexicon rather than once a list."""
    nouns = "|".join(sorted({n for g in lex.group_nouns for n in (g, g.upper())}, key=len, reverse=True))  # 'TRUSTEES' too
    lower = "|".join(sorted({g.lower() for g in lex.group_nouns}, key=len, reverse=True))
    quals = factored_alternation(sorted(lex.not_list_qualifiers | lex.role_words, key=len, reverse=True), space=r"\ ")
    # not a group noun inside a post: 'Chair of Governors (Ann Lee)', 'Clerk to the Trustees'
    return re.compile(rf"(?:^|(?<=\s))(?<!\bof\s)(?<!\bto\s)(?<!\bthe\s)(?<!\bfor\s)(?:(?:(?i:{quals}))\s+)*(?:(?:[A-Z][\w'’-]*\s+)?(?-i:(?:{nouns}))"
                      # 'PCC members', 'Board members': a body's name before the noun in lower case
                      rf"|[A-Z][\w'’-]*\s+(?-i:(?:{lower})))"
                      rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*)?(?=\s+[A-Z(–—-]|\s*$)")


def _couples(items: list[tuple[str, str]], lex: PeopleLexicon) -> list[tuple[str, str]]:
    """'Tom & Jess Whitcombe' in a list of full names: the first name shares the surname after '&'."""
    full = sum(len(strip_titles(bare(part).split(), lex)[0]) >= 2 for _, part in items)
    if full * 2 <= len(items):
        return items  # a list of first names or surnames: 'Ana, Bo & Cai Lee', 'Cllrs Frith, Lomax & Mrs Pell'
    out = list(items)
    for k in range(len(items) - 1):
        word, (sep, after) = bare(items[k][1]), items[k + 1]
        tail = bare(after).split()
        if sep == "&" and re.fullmatch(r"[A-Z][a-z]+", word) and not is_title(word, lex) and len(tail) == 2 \
                and not has_person_cue(after, lex) and looks_like_name(bare(after), lex):
            out[k] = (items[k][0], f"{word} {tail[1]}")
        elif sep in {"&", "and"} and re.fullmatch(r"[A-Z]\.", items[k][1].strip()) and len(tail) == 2 \
                and re.fullmatch(r"[A-Z]\.?", tail[0]):
            out[k] = (items[k][0], f"{items[k][1].strip()} {tail[1]}")  # 'B. & C. Dunmore': initials sharing a surname
    return out


def _dash_chain(sep: str, part: str, lex: PeopleLexicon) -> list[tuple[str, str]]:
    """'Ann Lee – WRA Bo Roe – Planning Cai Poe – Parish Council': names and posts chained by dashes
    with no commas -> 'Ann Lee (WRA)', 'Bo Roe (Planning)', 'Cai Poe (Parish Council)'."""
    pieces = [p.strip() for p in re.split(r"\s+[–—-]\s+", part.strip(" –—-"))]
    if len(pieces) < 3 or not looks_like_name(pieces[0], lex):
        return [(sep, part)]
    if all(len(p.split()) >= 2 and looks_like_name(p, lex) and not looks_like_role(p, lex) for p in pieces):
        return [(sep if k == 0 else ",", p) for k, p in enumerate(pieces)]  # 'Kai Bren - Leah Odum - Tom Varga'
    entries, roles = [pieces[0]], [[]]
    for k, piece in enumerate(pieces[1:], 1):
        split = _role_then_name(piece.split(), lex)
        if split is None:
            if k < len(pieces) - 1 or not looks_like_role(piece, lex):
                return [(sep, part)]  # not a chain: 'Jo Lee – Chair – Westshire Council'
            roles[-1].append(piece)
            continue
        roles[-1].append(split[0])
        entries.append(split[1])
        roles.append([])
    if len(entries) < 3:
        return [(sep, part)]
    return [(sep if k == 0 else ",", f"{name} ({', '.join(r)})" if r else name) for k, (name, r) in enumerate(zip(entries, roles))]


COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})


def _titled_run(sep: str, part: str, lex: PeopleLexicon) -> list[tuple[str, str]]:
    """'Cllr B Roe Cllr C Poe Cllr D Fox' (a PDF's list with its commas lost): the title the entry opens
    with, written again after a name, starts the next person ('Mr A Lee Mrs B Roe': courtesy titles alike)."""
    first = part.split(" ", 1)[0]
    lowered = first.lower()
    if (lowered, 1) not in _titles(lex).honorifics.get(lowered, ()) or part.count(" ") < 4:
        return [(sep, part)]
    same = COURTESY if lowered in COURTESY else {lowered}
    words = part.split(" ")
    cuts = [k for k in range(2, len(words) - 1) if words[k].lower() in same and words[k + 1][:1].isupper()
            and re.search(r"[^\W\d_)]$|\)$", words[k - 1]) and words[k - 1].lower() not in {"and", "&"}
            and k >= 2 and not _titles(lex).honorifics.get(words[k - 1].lower())
            and _depth(words[:k]) == 0]  # 'Cllr A (for Cllr B)': a title inside brackets starts no one
    if not cuts:
        return [(sep, part)]
    bounds = [0, *cuts, len(words)]
    return [(sep if n == 0 else ",", " ".join(words[a:b])) for n, (a, b) in enumerate(zip(bounds, bounds[1:]))]


def _depth(words: list[str]) -> int:
    joined = " ".join(words)
    return joined.count("(") - joined.count(")")


def _role_then_name(words: list[str], lex: PeopleLexicon) -> tuple[str, str] | None:
    """'Planning Cai Poe' -> ('Planning', 'Cai Poe'): a post or body, then a two- or three-word name."""
    for cut in range(1, len(words) - 1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if looks_like_role(head, lex) and (head.isupper() or not looks_like_name(head, lex)) and looks_like_name(tail, lex) \
                and 2 <= len(words) - cut <= 3:
            return head, tail
    return None


def _group_prefix(text: str, lex: PeopleLexicon) -> str | None:
    """'Public' in 'Public Ann Lee': the group a person came as, written before a full name."""
    lowered = text.lower()
    for prefix in lex.group_prefixes:
        rest = text[len(prefix):].strip()
        if lowered.startswith(prefix + " ") and len(rest.split()) >= 2 and looks_like_name(rest, lex):
            return text[:len(prefix)]
    return None


def _unlabel(text: str, lex: PeopleLexicon) -> str:
    """'A, B Councillor: C Clerk: D' -> 'A, B, Councillor C, Clerk D': a title or post label inside a list."""
    def replace(match: re.Match[str]) -> str:
        words = match.group("label").split()
        if match.group("label").lower() in lex.fillers or _plural_post(match.group("label"), lex):
            return "" if match.start() == 0 else ", "  # '... (Clerk). Also: Cllr D', '...; Stewards: A, B'
        for k in range(len(words)):  # 'Ann Lee Councillor:' -> 'Ann Lee' + 'Councillor'
            label = " ".join(words[k:])
            if is_title(label, lex) or is_post(label, lex) and all(w.lower() in lex.role_words for w in words[k:]):
                lead = " ".join(words[:k])
                return (lead + ", " if lead else "" if match.start() == 0 else ", ") + label + " "
        return match.group(0)
    text = LIST_LABEL.sub(replace, text)
    # 'T Ash the clerk W Lee': a post in lower case between two names parts them
    return re.sub(rf"(?<=[a-z])\s+(?:the\s+)?(?P<post>{_post_alternatives(lex)})\s+(?=[A-Z])", r", \g<post> ", text)


def _plural_post(label: str, lex: PeopleLexicon) -> bool:
    """'Stewards', 'Trustees', 'Officers': a group of post holders heading the names after it."""
    return label.endswith("s") and len(label) > 3 and " " not in label and is_post(label[:-1], lex)


@per_lexicon
def _post_alternatives(lex: PeopleLexicon) -> str:
    return factored_alternation(sorted(lex.person_posts, key=len, reverse=True), space=r"\ ")


def is_post(text: str, lex: PeopleLexicon) -> bool:
    """A post a person holds ('Town Clerk', 'Vice Chair', 'RFO'), judged by its last word."""
    words = text.lower().replace("-", " ").split()
    return bool(words) and (" ".join(words) in lex.person_posts or words[-1] in lex.person_posts)


def _split_leading_role(words: list[str], lex: PeopleLexicon) -> tuple[str, list[str]]:
    """'Community Council Chair Jo Lee' -> ('Community Council Chair', ['Jo', 'Lee']);
    'Westshire Cllr. Bell' -> ('Westshire', ['Bell']): a post, or a place before a title, written first."""
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        name, _ = strip_titles(tail, lex)
        titled = len(name) < len(tail)
        if not looks_like_name(" ".join(name), lex):
            continue
        if is_post(" ".join(head), lex) and looks_like_role(" ".join(head), lex) or titled and cut == 1 and head[0][:1].isupper():
            return " ".join(head), name
    return "", []


def _role_led(part: str, lex: PeopleLexicon, entry: bool = False) -> bool:
    """'Vice-Chair - Cllr Ann Lee': a post, a dash and a name; a whole ';' entry (`entry`) needs no title
    before a full name: '...; Director Infrastructure – Dustin Lowe'."""
    pieces = [p for p in ROLE_SPLIT.split(_clean(part)) if p.strip()]
    if len(pieces) < 2 or not _role_first(pieces[0], pieces[1], lex):
        return False
    return has_person_cue(pieces[1], lex) or entry and len(pieces) == 2 and 2 <= len(pieces[1].split()) <= 3


NAME_DASH = re.compile(r"\s+[–—-]\s+")


def _name_led(part: str, lex: PeopleLexicon) -> bool:
    """'Bo Roe - Treasurer', 'Bo - minutes': a name, a dash and the person's post (the next entry of a list
    of 'Name - Post' entries parted by commas, not a role of the one before)."""
    pieces = NAME_DASH.split(bare(part))
    if len(pieces) != 2:
        return False
    name, post = pieces
    words = name.split()
    if not looks_like_name(name, lex) or looks_like_role(name, lex) or has_person_cue(post, lex):
        return False
    if len(words) == 1:
        return is_post(post, lex)
    return looks_like_role(post, lex) or is_post(post, lex)


def _role_first(head: str, nxt: str, lex: PeopleLexicon) -> bool:
    """'Chair: Pat Greenhalgh', 'Independent Chair – Jo Bloggs': the post is written first."""
    if is_post(head, lex) and len(head.split()) <= 3:
        return looks_like_name(nxt, lex)  # 'Vice-Chairman - Cllr Lee'
    return not looks_like_name(head, lex) and looks_like_role(head, lex) and looks_like_name(nxt, lex)


def _join_roles(roles: list[str], role: str | None) -> str | None:
    roles = roles + ([role] if role else [])
    return ", ".join(r.strip(" ,.;") for r in roles if r.strip(" ,.;")) or None


def _split_trailing_role(words: list[str], lex: PeopleLexicon) -> tuple[list[str], str]:
    """'Jane Smith Chief Nurse' -> (['Jane', 'Smith'], 'Chief Nurse'), 'Jo Roe temp. secretary' ->
    (['Jo', 'Roe'], 'temp. secretary'); ([], '') if no name leads."""
    for cut in range(len(words) - 1, 1, -1):
        head, tail = words[:cut], words[cut:]
        posted = tail[0].lower() in lex.role_words or tail[0][:1].islower() and is_post(tail[-1], lex)
        if posted and looks_like_name(" ".join(head), lex):
            return head, " ".join(tail)
    return [], ""


def _name_by_initials(text: str, initials: str, lex: PeopleLexicon) -> tuple[str, str] | None:
    """The run of capitalised words whose initials are `initials`, when the words around it are more
    than a plain name ('Cllr Ann Ross Westshire Council' with 'AR'); None for a plain 'Ann Ross'."""
    words = text.split()
    letters = [_word_initials(w) for w in words]
    wanted = initials.upper()
    for start in range(len(words) - 1, -1, -1):
        joined = ""
        for end in range(start, len(words)):
            if not letters[end]:
                break
            joined += letters[end]
            if joined == wanted:
                name = " ".join(words[start:end + 1])
                rest = [w for w in words[:start] + words[end + 1:] if w.strip(".").lower() not in lex.title_words]
                if strip_titles(rest + ["Name"], lex)[0] == ["Name"] or not looks_like_name(name, lex):
                    return None  # nothing but titles around the name: the plain parse reads it
                return name, " ".join(rest).strip(" ,;-–—")
            if not wanted.startswith(joined):
                break
    return None


def _word_initials(word: str) -> str:
    """'Irvine-Fortescue' -> 'IF', 'McKay' -> 'M', 'de' -> '' (a particle is skipped by initials)."""
    parts = [p for p in re.split(r"[-‐]", word.strip(".,;")) if p]
    if not parts or not all(p[:1].isupper() for p in parts):
        return ""
    return "".join(p[0] for p in parts)


def _initials_fit(initials: str, name: str) -> bool:
    parts = re.findall(r"[^\W\d_]+", name)
    if not parts:
        return False
    return initials[0] == parts[0][0].upper() and initials[-1] == parts[-1][0].upper()


# _clean's steps, compiled once: it runs on every list item and cell (24,000 times in training_data)
_MARKUP = re.compile(r"[*`|]+")
# Markdown emphasis '_Ann Lee_' and stray rules '____' go; an underscore inside or after a login stays ('alice_w',
# 'carol__': IRC nicks)
_EMPHASIS = re.compile(r"(?<![^\W_])(_{1,2})(?=[^\s_])(.+?)(?<=[^\s_])\1(?![^\W_])")
_LOOSE_UNDERSCORES = re.compile(r"(?<!\w)_+(?!\w)")
_NAME_UNDERSCORE = re.compile(r"(?<=[a-z])_(?=[A-Z][a-z])")  # 'Ann_Lee' (W3C and wiki names): a space, not a login


def _unmark(text: str) -> str:
    if "_" not in text:
        return text  # most names and cells: none of the three patterns has an underscore to match
    return _NAME_UNDERSCORE.sub(" ", _LOOSE_UNDERSCORES.sub(" ", _EMPHASIS.sub(r"\2", text)))


def _unlink(text: str) -> str:
    """'[Ann Lee](https://...)' and a wiki's '[[Ann Lee]]' or '[[people/ann|Ann Lee]]' -> 'Ann Lee'; text without
    a '](' or '[[' (nearly all) is returned as it is."""
    if "[[" in text:
        text = WIKI_LINK.sub(r"\1", text)
    return LINK.sub(r"\1", text) if "](" in text else text


WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]+)\]\]")  # Obsidian, MediaWiki, Logseq: '[[Ann Lee]]'
# '<p>Present: Ann Lee, Bo Roe</p>': a web page's tags left in the text are no part of a name
_HTML_TAG = re.compile(r"</?(?:p|br|div|span|td|th|tr|li|ul|ol|b|i|u|em|strong|h[1-6]|font|table|tbody)\b[^<>]*/?>", re.I)
_EMAIL = re.compile(r"<[^<>\s@]+@[^<>\s]+>")  # 'Ann Lee <ann@example.org>': the address is no part of the name
_NICKNAME = re.compile(r"\s[\"“][^\"”]{1,20}[\"”](?=\s)")  # Ignatius "Iggy" Fell
# 'Dr. (Mrs.) Ada Obi', 'Maj (Retd) Clive Ash', 'Engr. (Dr.) Femi Ade': a second title or a retirement mark in
# brackets right after a title, before the name; the brackets would part the title from the name
TITLE_IN_BRACKETS = re.compile(r"(?<=[A-Za-z.])\s*\(\s*(?:Mrs|Mr|Ms|Miss|Dr|Prof|Retd|Rtd|Retired|Ret|Rd)\.?\s*\)(?=\s+[A-Z])")
_BULLET = re.compile(r"^\s*(?:[-·•●◦▪–\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]|\d+[.)])\s+")
# a tab, 3+ spaces, or dot leaders ('Ann Lee ........ Master' in formal registers) part two columns
_COLUMN_GAP = re.compile(r"\s*(?:\t|\s{3,}|(?<=\w)\s?(?:\.{4,}|…{2,})\s?(?=\w))\s*")
_SPACES = re.compile(r"[^\S\t]+")
_CLOSING_STOP = re.compile(r"(?<=[\w)]{2})\.$")  # a list's closing full stop, not 'Tim S.'


@lru_cache(maxsize=8192)  # a document asks for the same cell or name about three times over
def _clean(text: str) -> str:
    """Markup and bullets dropped, spaces folded; a column gap (tab, 3+ spaces) is kept as one tab."""
    text = _MARKUP.sub(" ", _unmark(_unlink(text)))
    text = _NICKNAME.sub("", text)
    text = TITLE_IN_BRACKETS.sub("", text)
    text = _HTML_TAG.sub(" ", _EMAIL.sub(" ", text))
    text = _BULLET.sub("", text)
    text = _COLUMN_GAP.sub("\t", text.strip())
    text = _SPACES.sub(" ", text).strip(" ,;")
    return _CLOSING_STOP.sub("", text)


def _fold(text: str) -> str:
    return " ".join(_clean(text).split())


def bare(text: str) -> str:
    """Text without bracketed notes, markup or list bullets."""
    return " ".join(BRACKETED.sub(" ", _EMPHASIS_MARKS.sub(" ", _unmark(_unlink(text)))).split()).strip(" ,;.")


def person_key(person: Person) -> str:
    """A name folded for comparison: case, punctuation and spacing dropped."""
    return " ".join(_NOT_NAME_CHARS.sub(" ", person.name.lower()).split())


def same_person(a: Person, b: Person) -> bool:
    """Same person, or a one-name mention of them ('Councillor Hardcastle' or 'Jim' for 'Jim Hardcastle')."""
    ka, kb = person_key(a), person_key(b)
    short, full = sorted((ka, kb), key=len)
    return ka == kb or " " not in short and short in (full.split()[0], full.split()[-1])
