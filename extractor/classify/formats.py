"""Sentence-level annotation formats: Prodigy, doccano, Label Studio, spaCy DocBin and our own units JSONL.

Each loader returns (unit text, label) pairs, one unit per record, with labels checked
against ANNOTATION.md; a bad record raises DataError naming the file and line.
`dump_units` writes classified units back out for review in Prodigy or as plain units.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from ..rules import json_objects
from ..errors import DataError, MinutesError
from ..schema import LABELS

Unit = tuple[str, str]
PRODIGY_ANSWERS = ("accept", "reject", "ignore")
_SPACE = re.compile(r"\s*")


def load_units(path: Path, fmt: str) -> list[Unit]:
    """(text, label) pairs from a sentence-level file in format `fmt` (see `detect_format` in data.py)."""
    loader = _LOADERS.get(fmt)
    if loader is None:
        raise DataError(path, None, f"unknown sentence format {fmt!r}; expected one of {', '.join(_LOADERS)}")
    return loader(Path(path))


def dump_units(records: list[dict], fmt: str) -> str:
    """Classified unit records as JSONL: Prodigy choice tasks ("prodigy") or plain units ("units")."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise MinutesError(f"cannot write units as {fmt!r}; choose one of {', '.join(_WRITERS)}")
    return "".join(json.dumps(writer(record), ensure_ascii=False) + "\n" for record in records)


# -- shared checks ----------------------------------------------------------------------------


def _label(value: Any, path: Path, number: int | None) -> str:
    name = value.strip().lower() if isinstance(value, str) else ""
    if name not in LABELS:
        shown = "no label" if value is None else f"unknown label {value!r}"
        raise DataError(path, number, f"{shown}; expected one of {', '.join(LABELS)} (ANNOTATION.md 'Labels')")
    return name


def _text(record: dict, path: Path, number: int | None, key: str = "text") -> str:
    text = record.get(key)
    if not isinstance(text, str) or not text.strip():
        raise DataError(path, number, f"record has no {key!r} with the unit's text")
    return text


def _read(path: Path) -> str:
    # utf-8-sig: exports saved on Windows often start with a byte-order mark
    return path.read_text(encoding="utf-8-sig")


def jsonl_records(path: Path, text: str) -> Iterator[tuple[int, dict]]:
    """(line number, object) per non-blank JSONL line; DataError names file:line otherwise."""
    yield from json_objects(path, text, DataError)


def _json_array(path: Path, text: str) -> Iterable[tuple[int, Any]]:
    try:
        elements = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(path, exc.lineno, f"not valid JSON ({exc.msg})") from exc
    return zip(_element_lines(text), elements)


def _element_lines(text: str) -> Iterator[int]:
    """The line each element of a valid top-level JSON array starts on, so errors can cite it."""
    decoder = json.JSONDecoder()
    pos, line, counted = text.index("[") + 1, 1, 0
    while True:
        pos = _SPACE.match(text, pos).end()
        if text[pos] == "]":
            return
        line += text.count("\n", counted, pos)
        counted = pos
        yield line
        _, pos = decoder.raw_decode(text, pos)
        pos = _SPACE.match(text, pos).end()
        pos += text[pos] == ","


# -- Prodigy ----------------------------------------------------------------------------------


def _load_prodigy(path: Path) -> list[Unit]:
    units = []
    for number, record in jsonl_records(path, _read(path)):
        text = _text(record, path, number)
        label = _prodigy_label(record, path, number)
        if label is not None:
            units.append((text, label))
    return units


def _prodigy_label(record: dict, path: Path, number: int) -> str | None:
    answer = record.get("answer")
    if answer not in PRODIGY_ANSWERS:
        raise DataError(path, number, f"answer {answer!r}; Prodigy answers are {', '.join(PRODIGY_ANSWERS)}")
    if answer != "accept":
        return None  # a rejected label says only what the unit is not; an ignored one says nothing
    if "options" in record or "accept" in record:
        return _prodigy_choice(record, path, number)
    return _label(record.get("label"), path, number)


def _prodigy_choice(record: dict, path: Path, number: int) -> str:
    accepted = record.get("accept") or []
    if len(accepted) != 1:
        found = "no accepted option" if not accepted else f"several accepted options ({', '.join(map(str, accepted))})"
        raise DataError(path, number, f"{found}; accept exactly one of {', '.join(LABELS)}")
    choice = accepted[0]
    if isinstance(choice, str):
        return _label(choice, path, number)
    # numeric option ids carry the label name in the option's text
    names = {option.get("id"): option.get("text") for option in record.get("options") or [] if isinstance(option, dict)}
    return _label(names.get(choice, choice), path, number)


def _prodigy_task(record: dict) -> dict:
    meta = {**(record.get("meta") or {}), **{key: record.get(key) for key in ("doc_id", "start", "end", "confidence")}}
    return {"text": record["text"], "options": [{"id": label, "text": label} for label in LABELS],
            "accept": [record["label"]], "answer": "accept", "meta": meta}


# -- doccano and our units --------------------------------------------------------------------


def _load_doccano(path: Path) -> list[Unit]:
    units = []
    for number, record in jsonl_records(path, _read(path)):
        text = _text(record, path, number)
        labels = record.get("label")
        if not isinstance(labels, list) or len(labels) != 1:
            raise DataError(path, number, _doccano_problem(labels))
        units.append((text, _label(labels[0], path, number)))
    return units


def _doccano_problem(labels: Any) -> str:
    if not isinstance(labels, list):
        return f"'label' is {labels!r}; doccano records give a list with one label"
    found = "no label" if not labels else f"several labels ({', '.join(map(str, labels))})"
    return f"{found}; a unit takes exactly one, the first that fits in the order {', '.join(LABELS)}"


def _load_plain(path: Path) -> list[Unit]:
    return [(_text(record, path, number), _label(record.get("label"), path, number))
            for number, record in jsonl_records(path, _read(path))]


def _plain_unit(record: dict) -> dict:
    return {key: record.get(key) for key in ("text", "label", "doc_id", "start", "end", "confidence")}


# -- Label Studio -----------------------------------------------------------------------------


def _load_labelstudio(path: Path) -> list[Unit]:
    text = _read(path)
    tasks = _json_array(path, text) if text.lstrip().startswith("[") else jsonl_records(path, text)
    return [_labelstudio_unit(task, path, number) for number, task in tasks]


def _labelstudio_unit(task: Any, path: Path, number: int) -> Unit:
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict):
        raise DataError(path, number, "expected a Label Studio task with a 'data' object")
    key = "text" if "text" in data else next((k for k, v in data.items() if isinstance(v, str)), "text")
    text = _text(data, path, number, key)
    result = _latest_annotation(task, path, number).get("result") or []
    choices = [choice for item in result if isinstance(item, dict) and item.get("type") == "choices"
               for choice in (item.get("value") or {}).get("choices") or []]
    if len(choices) != 1:
        found = "no choice" if not choices else f"several choices ({', '.join(map(str, choices))})"
        raise DataError(path, number, f"latest annotation has {found}; choose exactly one of {', '.join(LABELS)}")
    return text, _label(choices[0], path, number)


def _latest_annotation(task: dict, path: Path, number: int) -> dict:
    # exports from Label Studio before 1.0 call annotations "completions"
    annotations = task.get("annotations", task.get("completions")) or []
    live = [(a.get("updated_at") or a.get("created_at") or "", i, a)
            for i, a in enumerate(annotations) if isinstance(a, dict) and not a.get("was_cancelled")]
    if not live:
        raise DataError(path, number, f"task has no annotation that was not cancelled ({len(annotations)} "
                                      "cancelled); annotate it or leave it out of the export")
    return max(live, key=lambda entry: entry[:2])[2]


# -- spaCy DocBin -----------------------------------------------------------------------------


def _load_docbin(path: Path) -> list[Unit]:
    try:
        docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(Vocab()))
    except ValueError as exc:
        raise DataError(path, None, f"not a spaCy DocBin (.spacy) file ({exc})") from exc
    return [_docbin_unit(doc.text, doc.cats, path, index) for index, doc in enumerate(docs, 1)]


def _docbin_unit(text: str, cats: dict[str, float], path: Path, index: int) -> Unit:
    if not text.strip():
        raise DataError(path, index, f"doc {index} has no text")
    if not cats:
        raise DataError(path, index, f"doc {index} has no cats; set doc.cats = {{label: 1.0}} for its label")
    scores = {_label(name, path, index): score for name, score in cats.items()}
    best = max(scores.values())
    top = [name for name, score in scores.items() if score == best]
    if len(top) > 1 or best <= 0:
        raise DataError(path, index, f"doc {index} has no single top category ({', '.join(top)} at {best}); "
                                     "give its label 1.0 and the others 0.0")
    return text, top[0]


_LOADERS: dict[str, Callable[[Path], list[Unit]]] = {
    "prodigy": _load_prodigy,
    "doccano": _load_doccano,
    "labelstudio": _load_labelstudio,
    "docbin": _load_docbin,
    "units": _load_plain,
}
_WRITERS: dict[str, Callable[[dict], dict]] = {"prodigy": _prodigy_task, "units": _plain_unit}
