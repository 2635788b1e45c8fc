"""Load rule files: JSON Lines, one rule a record, each with a stable `id`.

Rules are data (STYLE.md): lexicons and cue patterns live next to the component
that uses them; a bad record is reported with its file and line.
"""

from __future__ import annotations

import json
import re
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


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_BACK_REFERENCE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")  # (?P=name), (?(1)...), \1


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One regex that matches where any of `patterns` would (a pre-check: when it finds nothing, none of them
    can), or None when they cannot be joined (different flags, back-references). One pass over a text with
    the alternation costs a fraction of one pass a pattern; names are dropped so groups cannot clash."""
    patterns = list(patterns)
    if not patterns or len({p.flags for p in patterns}) > 1 or any(_BACK_REFERENCE.search(p.pattern) for p in patterns):
        return None  # joined, a numbered back-reference would point at another pattern's group
    try:
        return re.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', p.pattern)})" for p in patterns), patterns[0].flags)
    except re.error:  # e.g. a pattern that opens with a global flag such as (?x)
        return None


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
        self.rules = {rf.name: rf.load_default() for rf in self.rule_files}

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
        self.rules = {rf.name: rf.load(path / rf.name) for rf in self.rule_files}
        return self
