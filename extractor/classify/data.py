"""Annotated data for training: find the files, detect their format, load them.

The project's gold format (ANNOTATION.md) gives whole documents; sentence-level
formats give units without a document. Each loader raises DataError naming the
file and line, with what to fix.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from .gold import GoldDoc, load_gold

DATA_SUFFIXES = {".jsonl", ".json", ".spacy"}


@dataclass
class TrainingData:
    documents: list[GoldDoc] = field(default_factory=list)
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (text, label)
    files: list[dict] = field(default_factory=list)  # {path, sha256, format, records}


def find_data_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in DATA_SUFFIXES and p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise DataError(path, None, "no such file or folder")
    if not files:
        raise DataError(paths[0] if paths else Path("."), None, "no annotated files (.jsonl, .json, .spacy) found")
    return files


def detect_format(path: Path) -> str:
    """'gold' for ANNOTATION.md documents; other formats are named by their tool."""
    if path.suffix == ".spacy":
        return "docbin"
    first = _first_record(path)
    if isinstance(first, list):
        return "labelstudio"
    if isinstance(first, dict):
        if "items" in first and "file" in first:
            return "gold"
        if "text" in first and "answer" in first:
            return "prodigy"
        if "text" in first and isinstance(first.get("label"), list):
            return "doccano"
        if "data" in first and "annotations" in first:
            return "labelstudio"
        if "text" in first and isinstance(first.get("label"), str):
            return "units"
    raise DataError(path, 1, "unknown annotation format: expected ANNOTATION.md gold records, Prodigy, doccano, "
                             "Label Studio JSON or spaCy DocBin")


def _first_record(path: Path):
    text = path.read_text(encoding="utf-8").lstrip()
    if text.startswith("["):
        return []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                return json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(path, number, f"not valid JSON ({exc.msg})") from exc
    raise DataError(path, None, "file is empty")


def load_training(paths: list[Path]) -> TrainingData:
    data = TrainingData()
    for path in find_data_files(paths):
        fmt = detect_format(path)
        if fmt == "gold":
            docs = load_gold(path)
            data.documents += docs
            count = len(docs)
        else:
            from .formats import load_units

            units = load_units(path, fmt)
            data.sentences += units
            count = len(units)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        data.files.append({"path": str(path), "sha256": digest, "format": fmt, "records": count})
    return data
