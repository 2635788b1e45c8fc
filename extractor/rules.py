"""Load rule files: JSON Lines, one rule a record, each with a stable `id`.

Rules are data (STYLE.md): lexicons and cue patterns live next to the component
that uses them; a bad record is reported with its file and line.
"""

from __future__ import annotations

import json
import re
import re._constants as _constants
import re._parser as _parser
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RuleError


def json_objects(
    path: Path, text: str, error: Callable[[Path, int, str], Exception], comments: bool = False,
    not_object: str = "expected one JSON object per line",
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank JSONL line; `error` builds the file:line exception."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or comments and line.lstrip().startswith("//"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(path, number, f"not valid JSON ({exc.msg}); write one JSON object a line") from None
        if not isinstance(record, dict):
            raise error(path, number, not_object)
        yield number, record


def numbered_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for every rule in a JSONL rule file; blank and // lines skipped."""
    text = path.read_text(encoding="utf-8")
    yield from json_objects(path, text, RuleError, comments=True, not_object="a rule must be a JSON object")


RecordsByKind = dict[str, list[tuple[int, dict[str, Any]]]]


def records_by_kind(
    path: Path, kinds: Iterable[str], check: Callable[[Path, int, dict[str, Any], set[str]], None]
) -> RecordsByKind:
    """A rule file's records grouped by `kind`, each validated by `check` (which raises RuleError)."""
    by_kind: RecordsByKind = {kind: [] for kind in kinds}
    seen: set[str] = set()
    for number, record in numbered_records(path):
        check(path, number, record, seen)
        by_kind[record["kind"]].append((number, record))
    return by_kind


def compile_rule(path: Path, line: int | None, pattern: str, fragments: dict[str, str], flags: int) -> re.Pattern[str]:
    """A rule's regex with its {fragment} names filled in (each as a group); a bad one names file:line."""
    for name, body in fragments.items():
        pattern = pattern.replace("{" + name + "}", f"(?:{body})")
    try:
        return re.compile(pattern, flags)
    except re.error as err:
        raise RuleError(path, line, f"bad pattern ({err})") from None


def factored_alternation(words: list[str], space: str = r"\s+") -> str:
    """`w1|w2|...` for literal words (a space matching `space`: any run of spaces), the words that share a first
    character grouped after it: 'ref(?:\\.|erence)|a(?:ppendix|nnex)'. The regex engine then reads one
    character to rule a group out, where it would otherwise enter every branch at every word start (with
    IGNORECASE it has no quick test of a branch's first letter). Matches are the same: the words that
    can start at a position are tried in the given order. Plain alternation when two first characters
    could match one character of a text (non-ASCII, or the same letter in two cases)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    heads = list(groups)
    if not all(h.isascii() and h.strip() for h in heads) or len({h.lower() for h in heads}) < len(heads):
        return "|".join(_literal(w, space) for w in words)
    return "|".join(_literal(head, space) + "(?:" + "|".join(_literal(w[1:], space) for w in group) + ")"
                    for head, group in groups.items())


def _literal(word: str, space: str) -> str:
    return re.escape(word).replace(r"\ ", space)


def read_rules(path: Path, required: Iterable[str] = ("id",)) -> list[dict[str, Any]]:
    """Read a JSONL rule file, checking every record has the required keys and a unique id."""
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, record in numbered_records(path):
        missing = [key for key in required if key not in record]
        if missing:
            raise RuleError(path, number, f"rule lacks {', '.join(missing)}")
        if record["id"] in seen:
            raise RuleError(path, number, f"duplicate rule id {record['id']!r}")
        seen.add(record["id"])
        records.append(record)
    return records


def lexicon(records: Iterable[dict[str, Any]], kind: str) -> list[str]:
    """The `value`s of every record of one `kind`, in file order."""
    return [r["value"] for r in records if r.get("kind") == kind]


@dataclass(frozen=True)
class RuleFile:
    """One rule file a component depends on: its name in the component's folder and how to load it."""

    name: str
    package_path: Path  # the file shipped with the package: what a fresh pipeline starts from
    load: Callable[[Path], Any]  # parse a file (validating it, errors citing file:line)
    load_default: Callable[[], Any]  # the package file, parsed once per process


class SavedRules:
    """Rules a pipeline component loads from JSONL, saved in its folder by `nlp.to_disk`.

    A model folder then carries the rules it was trained with (like spaCy's
    SpanRuler): editing a package rule file changes new pipelines, never a saved one.
    """

    rule_files: tuple[RuleFile, ...] = ()

    def init_rules(self) -> None:
        self.rule_texts = {rf.name: rf.package_path.read_text(encoding="utf-8") for rf in self.rule_files}
        self._rules: dict[str, Any] | None = None

    @property
    def rules(self) -> dict[str, Any]:
        """The parsed rules: the folder's once `from_disk` has read them, else the package's. The package's are
        built on first use, not in __init__: spacy.load creates the component and then reads the folder, and
        building both sets of patterns cost ~0.5 CPU-s a load (every worker's)."""
        if self._rules is None:
            self._rules = {rf.name: rf.load_default() for rf in self.rule_files}
        return self._rules

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, text in self.rule_texts.items():
            (path / name).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "SavedRules":
        path = Path(path)
        missing = [rf.name for rf in self.rule_files if not (path / rf.name).is_file()]
        if len(missing) == len(self.rule_files):
            # a folder saved before components kept their rules: it can only run with the package's
            warnings.warn(f"{path}: no rule files saved with this component; using the installed package's rules "
                          "(retrain with `minutes train` to make the folder self-contained)", stacklevel=2)
            return self
        if missing:
            raise RuleError(path / missing[0], None, "rule file missing from the pipeline folder; "
                                                     "rebuild the folder with `minutes train`")
        self.rule_texts = {rf.name: (path / rf.name).read_text(encoding="utf-8") for rf in self.rule_files}
        self._rules = {rf.name: rf.load(path / rf.name) for rf in self.rule_files}
        return self


# ----------------------------------------------------------------- pre-checks from a regex's parse tree

_MAX_STRINGS = 64  # beyond this many spellings a node is not worth listing


def needs(pattern: re.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings of which every match of `pattern` holds at least one, read off its parse tree
    (literal runs, small alternations and character sets, repeats of at least one); None when no such
    list is found. A necessary condition only, for ASCII texts: see `Prechecked`."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    return _needs_of(tree)[1]


def needs_all(pattern: re.Pattern[str] | str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Every list of strings found of which each match of `pattern` holds one (`needs` first): the lists of
    the parts a match is a sequence of, inside groups, repeats of at least one and lookarounds too. Each is
    a necessary condition on its own, so a text must pass all of them; "by the end of (?:May|June)" needs
    "end" and one of "may", "june". For ASCII texts, as `needs`."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return ()
    found: list[frozenset[str]] = []
    for strings in _all_needs_of(tree):
        strings = frozenset(_minimal(strings))
        if strings and "" not in strings and strings not in found:
            found.append(strings)
    return tuple(found)


def _all_needs_of(tree) -> list[frozenset[str]]:
    """The lists of a parsed sequence: its best one, then each part's (a sequence's parts are all matched)."""
    candidates = [c for c in _sequence_needs(tree)[1] if c and "" not in c]
    best = _best(candidates)
    found = [best] if best else []
    found += candidates  # the parts' own lists and the literal runs ("new", "eve" of "new\s+year's\s+eve")
    for op, av in tree:
        if op is _constants.SUBPATTERN:
            found += _all_needs_of(av[-1])
        elif op is _constants.ATOMIC_GROUP:
            found += _all_needs_of(av)
        elif op is _constants.ASSERT:  # a lookahead's or lookbehind's text is in the text too
            found += _all_needs_of(av[1])
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _all_needs_of(av[2])
    return found


def _best(candidates: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """The most selective list: longest shortest string, then fewest strings."""
    usable = [c for c in candidates if c and "" not in c]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _needs_of(tree) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) of a parsed sequence: `exact` the strings it can match, when few and known; `needed`
    strings one of which every match holds."""
    exact, candidates = _sequence_needs(tree)
    return exact, _best(candidates)


def _sequence_needs(tree) -> tuple[frozenset[str] | None, list[frozenset[str] | None]]:
    """(exact, candidates) of a parsed sequence: every candidate is a list one of whose strings each match holds
    (a part's own, or a run of literal parts spelled out)."""
    run: frozenset[str] | None = frozenset({""})  # the exact strings of the consecutive items read so far
    complete = True  # `run` spells every item read so far
    candidates: list[frozenset[str] | None] = []
    for op, av in tree:
        exact, needed = _node(op, av)
        candidates.append(needed)
        joined = _product(run, exact) if exact is not None and run is not None else None
        if joined is not None:
            run = joined
            continue
        complete = False
        candidates.append(run)  # the run ends here; a new one starts at this item when it is exact
        run = exact
    candidates.append(run)
    return (run if complete else None), candidates


def _node(op, av) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    c = _constants
    if op is c.LITERAL:
        ch = chr(av)
        return (frozenset({ch.lower()}), frozenset({ch.lower()})) if ch.isascii() else (None, None)
    if op is c.AT or op is c.ASSERT_NOT:
        return frozenset({""}), None  # zero width: the strings on either side are contiguous
    if op is c.ASSERT:
        return frozenset({""}), _needs_of(av[1])[1]
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 16:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # NEGATE, CATEGORY, wide ranges
                return None, None
        if not chars or not all(ch.isascii() for ch in chars):
            return None, None
        lowered = frozenset(ch.lower() for ch in chars)
        return lowered, lowered
    if op is c.SUBPATTERN:
        return _needs_of(av[-1])
    if op is c.ATOMIC_GROUP:
        return _needs_of(av)
    if op is c.BRANCH:
        parts = [_needs_of(branch) for branch in av[1]]
        exacts = [e for e, _ in parts]
        exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        needed = [n for _, n in parts]
        return exact, (frozenset().union(*needed) if all(n is not None for n in needed) else None)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, needed = _needs_of(sub)
        if low == 0:
            return (frozenset({""}) if high == 0 else None), None
        if exact is not None and low == high:
            repeated = frozenset({""})
            for _ in range(low):
                repeated = _product(repeated, exact) if repeated is not None else None
            return repeated, _best([needed, exact])
        return None, _best([needed, exact])
    return None, None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS, ...


class Prechecked:
    """A compiled regex that runs only on texts holding one of the strings its matches need (`needs`).

    The check applies to ASCII texts, whose lower-casing is exact and which no non-ASCII pattern
    character can match, even under IGNORECASE ('ſ' matches 's', 'K' matches 'k'); any other text
    runs the regex as before, so results never differ from the plain pattern's."""

    def __init__(self, pattern: re.Pattern[str], needed: Iterable[str],
                 also: Iterable[Iterable[str]] | None = None) -> None:
        self.regex = pattern
        self.pattern, self.flags, self.groupindex = pattern.pattern, pattern.flags, pattern.groupindex
        self.needed = tuple(sorted(_minimal(needed), key=len))
        # further lists every match holds one of (None: read off the pattern), each another check
        self.also = tuple(tuple(sorted(strings, key=len)) for strings in (
            _also_needed(pattern, self.needed) if also is None else map(_minimal, also)))

    def possible(self, text: str) -> bool:
        """False when the regex cannot match anywhere in `text`."""
        # called ~900k times over 20k units: the cached lower-casing read inline and plain loops, not
        # any(map(...)), take 0.46 µs a call instead of 0.76
        last = _last
        if text is not last[0]:
            last = _remember(text)
        lowered = last[1]
        if lowered is None:
            return True
        for needed in self.needed:
            if needed in lowered:
                break
        else:
            return False
        return not self.also or _holds_all(self.also, lowered)

    def search(self, text: str, *args):
        return self.regex.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args):
        return self.regex.match(text, *args) if self.possible(text) else None

    def fullmatch(self, text: str, *args):
        return self.regex.fullmatch(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args):
        return self.regex.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args):
        return self.regex.findall(text, *args) if self.possible(text) else []

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prechecked({self.regex!r}, {self.needed!r})"


PRECHECKS = True  # off: every rule regex runs on every text (to measure what the checks save)
# The further lists a pre-check tests (`needs_all` past the first): at most this many, of so many strings each;
# a few substring tests cost less than a failed scan of a long alternation, a long list of them does not.
ALSO_LISTS, ALSO_STRINGS = 3, 8


def prechecked(pattern: re.Pattern[str], max_strings: int = 8, min_chars: int = 2) -> re.Pattern[str] | Prechecked:
    """`pattern` behind its pre-check when its needed strings are few and long enough to rule texts out cheaply."""
    if not PRECHECKS:
        return pattern
    needed = _minimal(needs(pattern) or ())
    if not needed or len(needed) > max_strings or min(map(len, needed)) < min_chars:
        # the best list is too long or too short to test: the most selective of the parts' lists that is not
        # ("on the twenty-first": not the 33 ordinals, "the" or "later")
        usable = sorted((s for s in needs_all(pattern) if len(s) <= max_strings and min(map(len, s)) >= min_chars),
                        key=lambda s: (-min(map(len, s)), len(s)))
        if not usable:
            return pattern
        needed = usable[0]
    return Prechecked(pattern, needed)


def _also_needed(pattern: re.Pattern[str], first: Iterable[str]) -> list[frozenset[str]]:
    """The most selective of `needs_all`'s lists other than `first`, short enough to test as strings."""
    if not PRECHECKS:
        return []
    first = frozenset(first)
    lists = [s for s in needs_all(pattern) if len(s) <= ALSO_STRINGS and all(map(_selective, s))
             and not all(any(n in f for n in s) for f in first)]  # not one the first list's strings hold anyway
    lists.sort(key=lambda s: (-min(map(len, s)), len(s)))
    return lists[:ALSO_LISTS]


def _selective(needed: str) -> bool:
    """Worth a substring test: two characters or more, or one that is no letter or digit ("(", ":", "/")."""
    return len(needed) > 1 or not needed.isalnum()


def _minimal(needed: Iterable[str]) -> set[str]:
    """`needed` without the strings that hold another of them: where one is, the shorter one is too."""
    needed = set(needed)
    return {s for s in needed if not any(o != s and o in s for o in needed)}


_last: tuple[str | None, str | None] = (None, None)  # the text last checked, lower-cased (None: not ASCII)


def ascii_lowered(text: str) -> str | None:
    """`text` lower-cased when it is ASCII (where lower-casing is casefolding), else None; the last text's is
    kept, as the pre-checks keep it: one unit meets many checks in a row."""
    last = _last
    return last[1] if text is last[0] else _remember(text)[1]


def _remember(text: str) -> tuple[str, str | None]:
    """`text` and its lower-casing when ASCII (None otherwise), kept: one unit meets many patterns in a row.
    One tuple written and read whole: safe under threads."""
    global _last
    _last = (text, text.lower() if text.isascii() else None)
    return _last


class PrecheckedGroup:
    """Regexes tried in turn on the same text, their pre-checks made together: each string any of them needs
    is looked for once a text, and which regexes may match is looked up by the strings found (a few dozen
    substring tests a text instead of a method call and a loop for every regex). `allowed(text)` gives the
    positions of the regexes that may match, in order, and `plain[i]` the regex without its check: the same
    matches as calling each one's own `possible`, since a regex is left out only when its own check fails."""

    MAX_REMEMBERED = 4096  # distinct sets of strings found; past this the table starts again

    def __init__(self, regexes: Iterable[re.Pattern[str] | Prechecked]) -> None:
        self.source = tuple(regexes)
        self.plain = tuple(r.regex if isinstance(r, Prechecked) else r for r in self.source)
        self._needs = tuple(frozenset(r.needed) if isinstance(r, Prechecked) else None for r in self.source)
        self.needles = tuple(sorted({n for need in self._needs if need for n in need}))
        # the further lists of each pre-check, tested on the few regexes the first lists let through (in the
        # table they would multiply the sets of strings found, and a table of them would keep starting again)
        self._also = tuple(r.also if isinstance(r, Prechecked) else () for r in self.source)
        self._any_also = any(self._also)
        self._every = tuple(range(len(self.source)))
        self._by_found: dict[frozenset[str], tuple[int, ...]] = {}

    def allowed(self, text: str) -> tuple[int, ...]:
        last = _last
        if text is not last[0]:
            last = _remember(text)
        lowered = last[1]
        if lowered is None:
            return self._every  # not ASCII: every regex runs, as Prechecked.possible says
        found = frozenset([n for n in self.needles if n in lowered])
        allowed = self._by_found.get(found)
        if allowed is None:
            if len(self._by_found) >= self.MAX_REMEMBERED:
                self._by_found.clear()
            allowed = self._by_found[found] = tuple(
                i for i, need in enumerate(self._needs) if need is None or not need.isdisjoint(found))
        if not self._any_also:
            return allowed
        also = self._also
        return tuple([i for i in allowed if not also[i] or _holds_all(also[i], lowered)])


def _holds_all(lists: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """One string of every list is in `lowered`."""
    for strings in lists:
        for needed in strings:
            if needed in lowered:
                break
        else:
            return False
    return True


_GROUPS: dict[int, tuple[tuple, PrecheckedGroup]] = {}


def precheck_group(items: tuple, regex_of: Callable[[Any], Any] | None = None) -> PrecheckedGroup:
    """The PrecheckedGroup of a rules object's tuple of regexes (or of items holding one: `regex_of`), built once
    and kept by the tuple's identity (rules are immutable; a rules object rebuilt gets its own)."""
    kept = _GROUPS.get(id(items))
    if kept is None or kept[0] is not items:
        if len(_GROUPS) > 256:
            _GROUPS.clear()
        group = PrecheckedGroup(map(regex_of, items) if regex_of else items)
        kept = _GROUPS[id(items)] = (items, group)
    return kept[1]
