"""Owners of an action: who the unit names, resolved against the attendee list.

`find_owners(text, people)` finds the mentions (explicit "Action: X" slots,
"– Name/Name" tails, subjects of "X to ...", "X will ...", "asked X to ...",
speaker prefixes) and `resolve_owner(mention, people)` maps each to the
canonical attendee name, or keeps it as written (ANNOTATION.md "Owners").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..rules import lexicon, read_rules
from ..structure.people import PeopleLexicon, Person, default_lexicon, strip_titles

RULES_PATH = Path(__file__).with_name("owner_rules.jsonl")
WORD = r"(?:@[\w-]+|[A-Z](?:[^\W\d_]|['’.-])*)"  # no digits: "A15" and "BD/18/117" are references
NAME = rf"(?:(?:the|The|all|All)\s+)?{WORD}(?:\s+(?:{WORD}|[a-z]{{2,}}(?=\s+[A-Z]))){{0,3}}"
NAME_LIST = rf"{NAME}(?:\s*(?:,|/|&|\band\b)\s*{NAME})*"
SPLIT_NAMES = re.compile(r"\s*(?:,|/|&|\band\b|\+)\s*")
MARKER_SLOT = re.compile(
    r"\((?i:actions?|owner|lead)\s*[:\-–—]?\s*(?P<who>[^)]+)\)"
    r"|\b(?:ACTIONS?|Actions?|AP|#action|Owner|Lead|Responsible|Assigned to)\s*[:\-–—]?\s*(?P<who2>" + NAME_LIST
    + r")(?=\s*(?:$|[.;,)/]|\bto\b|\bwill\b|\bDue\b|\bby\b))"
    r"|\bAI\((?P<who3>[^)]+)\)"
    r"|#action\s+(?P<who4>@?[\w.-]+)",
)
# "– All Board members." ends on a lower-case word that only a tail may end on
TAIL = re.compile(r"[–—-]\s*(?P<who>(?:(?:CC|Cllr|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?" + NAME_LIST + r"(?:\s+[a-z]+)?)\s*[.)]?\s*$")
SPEAKER = re.compile(r"^(?P<who>@[\w-]+|[A-Z][\w.'’@-]*(?:\s+[A-Z][\w.'’-]*)?(?:\s*/\s*[A-Z][\w.'’-]*)*)\s*:\s+\S")
INITIALS_TOKEN = re.compile(r"(?<![\w/])(?P<who>[A-Z]{2,4}(?:/[A-Z]{2,4})*)(?![\w/])")
LEAD_OWNER = re.compile(r"^(?P<who>" + NAME_LIST + r")\s+[–—-]\s+\S")  # "Grace/Bogdan – sponsor outreach"
BARE_HANDLE = re.compile(r"(?:^|(?<=[\s(,;:]))(?P<who>[a-z][\w.-]{2,})\s+(?:to|will)\s+[a-z]")
BY_AGENT = re.compile(r"\bby\s+(?P<who>" + NAME_LIST + r")")
CLAUSE_START = re.compile(r"(?:^|\bthat|\band|[,;:(–—-])\s*$")
SLOT = "slot"  # an owner written in the owner's place: "(Action: X)", a "- X" tail
STOP_AFTER_TO = {"the", "a", "an", "be", "this", "that", "all", "date", "which", "its", "their", "his", "her"}


@dataclass
class Owner:
    name: str
    mention: str
    attendee: bool
    role: str | None = None
    start: int = -1


@dataclass(frozen=True)
class OwnerRules:
    group_words: frozenset[str]
    pronouns: frozenset[str]
    not_owner: frozenset[str]
    subject: re.Pattern[str]
    asked: re.Pattern[str]


@lru_cache(maxsize=1)
def default_rules() -> OwnerRules:
    return load_rules(RULES_PATH)


def load_rules(path: Path) -> OwnerRules:
    records = read_rules(path, ("id", "kind", "value"))
    cues = sorted(lexicon(records, "subject_cue"), key=len, reverse=True)
    cue_alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    # lower-case group owners ("officers would ...", "the clerk to ...") as well as names
    groups = "|".join(sorted((re.escape(g) for g in lexicon(records, "group_word")), key=len, reverse=True))
    group = rf"(?:(?:the|all|The|All)\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}(?i:{groups})\b"
    who = rf"(?:{NAME_LIST}|{group})"
    subject = re.compile(rf"(?:^|(?<=[\s(,;:–—-]))(?P<who>{who})\s*(?P<cue>{cue_alt})(?=\s+(?P<next>[\w'’-]+))")
    # "asked officers to ...", "asked that the CCG provide ...", a resolution's "that Mr X provide ..."
    asked = re.compile(
        rf"\b(?:asked|requested|invited|tasked|encouraged)\s+(?P<who>{who})\s+to\s+[a-z]"
        rf"|(?:\b(?:asked|requested)\s+|^)that\s+(?P<who2>{who})\s+(?!(?:is|was|were|are|had|has|have|be|the|and)\b)[a-z]+"
    )
    return OwnerRules(
        group_words=frozenset(lexicon(records, "group_word")),
        pronouns=frozenset(lexicon(records, "pronoun")),
        not_owner=frozenset(lexicon(records, "not_owner")),
        subject=subject,
        asked=asked,
    )


def find_owners(
    text: str, people: list[Person] | PeopleIndex, rules: OwnerRules | None = None, lex: PeopleLexicon | None = None,
) -> list[Owner]:
    """Every owner an action unit names, in order of appearance, each once."""
    rules = rules or default_rules()
    index = people if isinstance(people, PeopleIndex) else PeopleIndex(people)
    found: list[Owner] = []
    mentions = _mentions(text, rules)
    if any(explicit == SLOT for _, _, explicit in mentions):
        # the minute-taker's own owner slot ("(Action: X)", "- X" tail) outranks inferred subjects
        mentions = [m for m in mentions if m[2]]
    for start, mention, explicit in mentions:
        for part_start, part in _split(mention, start):
            owner = resolve_owner(part, index, rules, explicit=explicit, lex=lex)
            if owner and not any(o.name.lower() == owner.name.lower() for o in found):
                owner.start = part_start
                found.append(owner)
    if not found:
        found = _row_initials(text, index)
    speaker = SPEAKER.match(text) if not found else None
    if speaker:  # "JL: will take this", "NC/IK: migration scripts call"
        for part_start, part in _split(speaker.group("who"), 0):
            owner = resolve_owner(part, index, rules, explicit=False, lex=lex)
            if owner:
                owner.start = part_start
                found.append(owner)
    return sorted(found, key=lambda o: o.start)


def _mentions(text: str, rules: OwnerRules) -> list[tuple[int, str, bool | str | None]]:
    mentions: list[tuple[int, str, bool | str | None]] = []
    for match in MARKER_SLOT.finditer(text):
        group = next(g for g in ("who", "who2", "who3", "who4") if match.group(g))
        mentions.append((match.start(group), match.group(group), SLOT if group == "who" else True))
    tail = TAIL.search(text)
    if tail and tail.start() > 0:
        mentions.append((tail.start("who"), tail.group("who"), SLOT))
    for match in rules.asked.finditer(text):
        group = "who" if match.group("who") else "who2"
        mentions.append((match.start(group), match.group(group), False))
    lead = LEAD_OWNER.match(text)
    if lead:
        mentions.append((lead.start("who"), lead.group("who"), True))
    for pattern in (BARE_HANDLE, BY_AGENT):  # kept only when they name an attendee
        mentions += [(m.start("who"), m.group("who"), None) for m in pattern.finditer(text)]

    for match in rules.subject.finditer(text):
        cue, following = match.group("cue").lower(), (match.group("next") or "").lower()
        if cue == "to" and following in STOP_AFTER_TO:
            continue
        if match.group("who")[:1].islower() and not CLAUSE_START.search(text[: match.start("who")]):
            continue  # "contact the members to see ...": an object, not the owner
        mentions.append((match.start("who"), match.group("who"), False))
    return sorted(mentions, key=lambda m: m[0])


def _row_initials(text: str, index: "PeopleIndex") -> list[Owner]:
    """Defined initials inside an action-log row ("BD/18/117 Revised trajectory PH Jan 2019 Open").

    Only when nothing else names an owner, never the unit's first word (the speaker or
    subject: "SM asked for ..."), and only initials the minutes define.
    """
    first = re.match(r"\W*\S+", text)
    owners: list[Owner] = []
    for match in INITIALS_TOKEN.finditer(text):
        if first is not None and match.start() < first.end():
            continue
        for offset, part in _split(match.group("who"), match.start("who")):
            hits = index.by["initials"].get(part.lower(), {})
            if len(hits) == 1:
                person = next(iter(hits.values()))
                if all(o.name != person.name for o in owners):
                    owners.append(Owner(person.name, part, True, person.role, offset))
    return owners


def _split(mention: str, start: int) -> list[tuple[int, str]]:
    parts, pos = [], 0
    for piece in SPLIT_NAMES.split(mention):
        offset = mention.find(piece, pos)
        pos = offset + len(piece)
        if piece.strip():
            parts.append((start + offset, piece.strip()))
    return parts


def resolve_owner(
    mention: str, people: list[Person] | PeopleIndex, rules: OwnerRules | None = None,
    explicit: bool | str | None = True, lex: PeopleLexicon | None = None,
) -> Owner | None:
    """The canonical owner for one mention, or None when it names nobody.

    `explicit` mentions sit in an owner slot ("Action: X", "- X" tails) and are kept
    as written when unknown; others must match an attendee, a group or a full name.
    """
    rules = rules or default_rules()
    mention = mention.strip(" .,;:()")
    words = mention.split()
    if not words or re.split(r"['’]", words[0].lower())[0] in rules.pronouns:
        return None  # "I've asked ..." and "She will ..." name nobody
    bare_words, _ = strip_titles(words, lex or default_lexicon())
    bare = " ".join(w.lstrip("@") for w in bare_words)
    person = match_attendee(bare, people, titled=len(bare_words) < len(words))
    if person:
        return Owner(person.name, mention, True, person.role)
    if explicit is None:
        return None  # weak evidence ("by X", a bare handle): attendees only
    lowered = [w.lower().strip(".,'’") for w in words]
    if any(w in rules.group_words for w in lowered):
        return Owner(mention, mention, False, None)
    if len(words) == 2 and lowered[0] == "the" and re.fullmatch(r"[A-Z]{2,5}", words[1]):
        return Owner(mention, mention, False, None)  # "The PI", "the CCG": a body named by its acronym
    if lowered[0] in rules.not_owner or (len(words) == 1 and not explicit):
        return None
    if len(bare_words) >= 2 or explicit and bare_words and bare_words[0][:1].isupper():
        return Owner(bare if len(bare_words) >= 2 else mention.lstrip("@"), mention, False, None)
    return None


class PeopleIndex:
    """Attendees keyed every way minutes refer to them, built once per document."""

    KEYS = ("full", "initials", "handle", "surname", "first", "derived", "first_initial")

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.by: dict[str, dict[str, dict[str, Person]]] = {k: {} for k in self.KEYS}
        for person in people:
            if not person.name:
                continue
            parts = person.name.split()
            keys = {
                "full": person.name.lower(),
                "initials": (person.initials or "").lower(),
                "handle": (person.handle or "").lower(),
                "surname": parts[-1].lower(),
                "first": parts[0].lower(),
                "derived": _initials(person.name).lower(),
                "first_initial": f"{parts[0].lower()} {parts[-1][:1].lower()}" if len(parts) > 1 else "",
            }
            for kind, key in keys.items():
                if key:
                    self.by[kind].setdefault(key, {})[person.name] = person

    def match(self, mention: str, titled: bool = False) -> Person | None:
        """Full name, initials, @handle, surname ("Cllr Smith") or first name, when unique."""
        key = mention.lower().strip()
        if not key:
            return None
        words = key.split()
        lookups = [("full", key), ("initials", key), ("handle", key.lstrip("@")), ("surname", key)]
        if not titled:
            lookups.append(("first", key))
        if len(key) >= 2 and mention.isupper():
            lookups.append(("derived", key))
        if len(words) == 2:
            lookups.append(("first_initial", f"{words[0]} {words[1][:1]}"))
        for kind, value in lookups:
            hits = self.by[kind].get(value, {})
            if len(hits) == 1:
                return next(iter(hits.values()))
        return None


def match_attendee(mention: str, people: list[Person] | PeopleIndex, titled: bool = False) -> Person | None:
    """Full name, initials, @handle, surname ("Cllr Smith") or first name, when unique."""
    if not mention or not people:
        return None
    index = people if isinstance(people, PeopleIndex) else PeopleIndex(people)
    return index.match(mention, titled)


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.findall(r"[^\W\d_]+", name)).upper()
