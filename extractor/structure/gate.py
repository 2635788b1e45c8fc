"""Cheap pre-checks that rule a text out before a family of costly phrase patterns runs on it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar

from ..rules import factored_alternation


class PhraseGate:
    """Can `text` hold one of `phrases` as an IGNORECASE pattern spells them (a space matching `space`)?

    A necessary condition for any pattern that holds one of the phrases literally. An ASCII text is searched
    lower-cased by a case-sensitive regex (lower-casing is exact there); any other text, or any text when a
    phrase is not ASCII, by the IGNORECASE regex, whose case folding is the patterns' own ('K' and 'ſ' match
    'k' and 's'). Phrases that hold a shorter one are left out: where they match, it does."""

    def __init__(self, phrases: Iterable[str], space: str = r"\ ") -> None:
        lowered = {p.lower() for p in phrases}
        needed = sorted(p for p in lowered if not any(o != p and o in p for o in lowered))
        alternation = factored_alternation(needed, space=space) if needed else r"(?!)"
        self.ascii = all(p.isascii() for p in lowered)
        self.lowered = re.compile(alternation)
        self.folded = re.compile(alternation, re.I)

    def __call__(self, text: str) -> bool:
        if self.ascii and text.isascii():
            return self.lowered.search(text.lower()) is not None
        return self.folded.search(text) is not None


T = TypeVar("T")


def per_lexicon(build: Callable[[Any], T]) -> Callable[[Any], T]:
    """`build(lex)` computed once per lexicon object: an lru_cache hashes the whole lexicon (every field) on
    each call, 17k calls a training run, where its identity is enough (the object is kept, so its id is not reused)."""
    cache: dict[int, tuple[Any, T]] = {}

    @wraps(build)
    def cached(lex: Any) -> T:
        hit = cache.get(id(lex))
        if hit is None or hit[0] is not lex:
            if len(cache) >= 8:
                cache.clear()
            hit = cache[id(lex)] = (lex, build(lex))
        return hit[1]
    return cached


class NeededGate:
    """One search for the strings several pre-checked patterns need (rules.needs): False when an ASCII text holds
    none, so none of the patterns can match; any other text passes, as rules.Prechecked lets it. Strings without
    letters ('<', '>') cannot change case: any text is looked at for them as it is, with `in`."""

    def __init__(self, needed: Iterable[str]) -> None:
        needed = sorted(set(needed))
        self.uncased = tuple(needed) if needed and len(needed) <= 4 and all(
            s.isascii() and s.lower() == s.upper() for s in needed) else None
        self.regex = re.compile(factored_alternation(needed, space=r"\ ")) if needed else re.compile(r"(?!)")

    def __call__(self, text: str) -> bool:
        if self.uncased is not None:
            for needed in self.uncased:
                if needed in text:
                    return True
            return False
        return not text.isascii() or self.regex.search(text.lower()) is not None
