"""paths -> documents -> pipeline -> records, one file at a time; a bad file never stops the batch."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .errors import MinutesError, ReadError
from .read import SUPPORTED_SUFFIXES, read_document
from .schema import MeetingRecord, UnitRecord
from .write import doc_to_records, error_record

FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_. ]?(0[1-9]|1[0-2])[-_. ]?(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass
class Source:
    path: Path
    doc_id: str
    shown: str  # the path as the user will recognise it


@dataclass
class DocResult:
    source: Source
    meeting: MeetingRecord
    units: list[UnitRecord] = field(default_factory=list)
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.meeting.error is None


def collect_sources(paths: Iterable[Path], skipped: list[str] | None = None) -> list[Source]:
    """Files named and files under folders (recursively), supported formats only, with unique doc ids."""
    files: list[tuple[Path, Path]] = []
    for given in paths:
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.is_file()):
                if path.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append((path, given))
                elif skipped is not None and not path.name.startswith("."):
                    skipped.append(f"{path}: skipped (not a supported format: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
        else:
            files.append((given, given.parent))
    stems: dict[str, int] = {}
    for path, _ in files:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    sources = []
    for path, root in files:
        doc_id = path.stem
        if stems[doc_id] > 1:
            relative = path.relative_to(root) if path.is_relative_to(root) else path
            doc_id = "/".join(relative.with_suffix("").parts)
        sources.append(Source(path, doc_id, str(path)))
    return sources


def filename_date(path: Path) -> dt.date | None:
    match = FILENAME_DATE.search(path.stem)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def process(
    sources: Iterable[Source], nlp: Language, *, include_other: bool = False, max_bytes: int = 50_000_000
) -> Iterator[DocResult]:
    """Read and process each source; failures become a MeetingRecord with `error` set."""
    for source in sources:
        fmt = SUPPORTED_SUFFIXES.get(source.path.suffix.lower())
        try:
            document = read_document(source.path, max_bytes=max_bytes)
            if len(document.text) > nlp.max_length:
                raise ReadError(source.path, f"text is {len(document.text):,} characters, over the {nlp.max_length:,} the pipeline takes; split the file into meetings")
            doc = nlp.make_doc(document.text)
            doc._.source = {
                "doc_id": source.doc_id, "source": source.shown, "format": document.format,
                "fallback_date": filename_date(source.path),
            }
            for _, component in nlp.pipeline:
                doc = component(doc)
            meeting, units = doc_to_records(doc, include_other=include_other)
            meeting.warnings.extend(document.warnings)
            yield DocResult(source, meeting, units, document.text)
        except MinutesError as exc:
            reason = exc.reason if isinstance(exc, ReadError) else str(exc)
            yield DocResult(source, error_record(source.doc_id, source.shown, fmt, reason))
        except Exception as exc:  # a bug must not lose the rest of the batch
            yield DocResult(source, error_record(source.doc_id, source.shown, fmt, f"internal error: {exc!r}"))
