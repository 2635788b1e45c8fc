"""Parse a person as written in an attendance list: canonical name, role, initials, handle."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..rules import lexicon, read_rules

RULES_PATH = Path(__file__).with_name("rules.jsonl")
NAME_PARTICLES = {"de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "du", "di", "mc", "o'"}
HANDLE = re.compile(r"\(?@[\w-]+\)?")
BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
ROLE_SPLIT = re.compile(r"\s+[–—-]\s+|\s*,\s*|\s*:\s+|\t+|\s{3,}")


@dataclass
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

    @classmethod
    def from_records(cls, records: list[dict]) -> "PeopleLexicon":
        by_length = lambda kind: tuple(sorted(lexicon(records, kind), key=len, reverse=True))  # noqa: E731
        return cls(
            honorifics=by_length("honorific"),
            honours=frozenset(v.lower() for v in lexicon(records, "honour")),
            posts=by_length("post_prefix"),
            role_words=frozenset(v.lower() for v in lexicon(records, "role_word")),
            present=by_length("present_header"),
            in_attendance=by_length("in_attendance_header"),
            apologies=by_length("apologies_header"),
            generic_headings=frozenset(v.lower() for v in lexicon(records, "generic_heading")),
        )


@lru_cache(maxsize=1)
def default_lexicon() -> PeopleLexicon:
    return PeopleLexicon.from_records(read_rules(RULES_PATH, ("id", "kind", "value")))


def strip_titles(words: list[str], lex: PeopleLexicon) -> tuple[list[str], str | None]:
    """Drop leading honorifics and post prefixes; return the rest and the post (a role)."""
    post = None
    changed = True
    while changed and words:
        changed = False
        joined = " ".join(words)
        for title in lex.honorifics:
            if joined.lower().startswith(title.lower() + " ") and len(words) > title.count(" ") + 1:
                words = words[title.count(" ") + 1:]
                changed = True
                break
        else:
            for title in lex.posts:
                if joined.startswith(title + " ") and len(words) > title.count(" ") + 1:
                    post = post or title
                    words = words[title.count(" ") + 1:]
                    changed = True
                    break
    while words and words[-1].strip(",.").lower() in lex.honours:
        words = words[:-1]
    return words, post


def looks_like_name(text: str, lex: PeopleLexicon | None = None) -> bool:
    """A personal name after titles are removed: 1-5 capitalised words, no digits or org words."""
    lex = lex or default_lexicon()
    words, _ = strip_titles(_clean(text).split(), lex)
    if not words or len(words) > 5 or any(ch.isdigit() for ch in "".join(words)):
        return False
    if len(" ".join(words)) > 50:
        return False
    for word in words:
        bare = word.strip(".,'’")
        if bare.lower() in NAME_PARTICLES:
            continue
        if not bare or not (bare[0].isupper() or bare[0] == "@"):
            return False
        if bare.lower() in lex.role_words and len(words) > 1:
            return False
    return True


def looks_like_role(text: str, lex: PeopleLexicon | None = None) -> bool:
    """An organisation or post line ('Lancashire County Council', 'Independent Chair')."""
    lex = lex or default_lexicon()
    words = re.findall(r"[\w'’-]+", text)
    if not words:
        return False
    if any(w.lower() in lex.role_words for w in words):
        return True
    return all(w.isupper() and len(w) >= 2 for w in words)


def parse_person(mention: str, lex: PeopleLexicon | None = None, role: str | None = None) -> Person | None:
    """'County Councillor Mrs Susie Charles' -> Person('Susie Charles', ...); None if not a name."""
    lex = lex or default_lexicon()
    raw = mention.strip()
    text = _clean(raw)
    handle = None
    handle_match = HANDLE.search(text)
    if handle_match:
        handle = handle_match.group(0).strip("()@")
        text = (text[: handle_match.start()] + text[handle_match.end():]).strip()
    initials = None
    roles: list[str] = []
    for match in BRACKETED.finditer(text):
        inner = (match.group(1) or match.group(2) or "").strip()
        if re.fullmatch(r"[A-Z]{2,4}", inner) and initials is None:
            initials = inner
        elif inner:
            roles.append(inner)
    text = BRACKETED.sub(" ", text)
    parts = [p for p in ROLE_SPLIT.split(text) if p.strip()]
    if not parts:
        return None
    name_part, extra = parts[0], parts[1:]
    words, post = strip_titles(name_part.split(), lex)
    if not looks_like_name(" ".join(words), lex):
        words, trailing_role = _split_trailing_role(words, lex)
        if not words:
            return None
        extra.insert(0, trailing_role)
    name = " ".join(words).strip(" ,.;")
    if initials and not _initials_fit(initials, name):
        roles.insert(0, initials)
        initials = None
    roles = ([post] if post else []) + extra + roles + ([role] if role else [])
    role_text = ", ".join(r.strip(" ,.;") for r in roles if r.strip(" ,.;")) or None
    return Person(name=name, mention=_clean(raw), role=role_text, initials=initials, handle=handle)


def _split_trailing_role(words: list[str], lex: PeopleLexicon) -> tuple[list[str], str]:
    """'Jane Smith Chief Nurse' -> (['Jane', 'Smith'], 'Chief Nurse'); ([], '') if no name leads."""
    for cut in range(len(words) - 1, 1, -1):
        head, tail = words[:cut], words[cut:]
        if tail[0].lower() in lex.role_words and looks_like_name(" ".join(head), lex):
            return head, " ".join(tail)
    return [], ""


def _initials_fit(initials: str, name: str) -> bool:
    parts = re.findall(r"[^\W\d_]+", name)
    if not parts:
        return False
    return initials[0] == parts[0][0].upper() and initials[-1] == parts[-1][0].upper()


def _clean(text: str) -> str:
    text = re.sub(r"[*_`|]+", " ", text)
    text = re.sub(r"^\s*(?:[-·•●◦▪]|\d+[.)])\s+", "", text)
    return " ".join(text.split()).strip(" ,;")
