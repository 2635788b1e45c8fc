"""load_units / dump_units: sentence-level annotation files from Prodigy, doccano, Label Studio and spaCy."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from extractor.classify.data import detect_format
from extractor.classify.formats import LABELS, dump_units, load_units
from extractor.errors import DataError, MinutesError

PAIRS = [
    ("ACTION: JS to circulate the revised terms of reference by Friday.", "action"),
    ("RESOLVED – That the report be noted.", "resolution"),
    ("The reserves balance stands at £1.4m, 8% below the forecast.", "metric"),
    ("The working group has met twice and the draft charter is nearly complete.", "update"),
    ("Apologies were received from Cllr Patel and Ms Rowe.", "other"),
    ("Ms Adeyemi will bring the revised fees policy to the October meeting.", "action"),
]


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def options() -> list[dict]:
    return [{"id": label, "text": label.title()} for label in LABELS]


def ls_task(text: str, label: str, cancelled: bool = False) -> dict:
    result = [{"type": "choices", "from_name": "label", "to_name": "text", "value": {"choices": [label]}}]
    return {"id": 1, "data": {"text": text}, "annotations": [{"result": result, "was_cancelled": cancelled}]}


def prodigy_binary(pairs: list[tuple[str, str]]) -> str:
    return jsonl([{"text": t, "label": label, "answer": "accept"} for t, label in pairs])


def prodigy_choice(pairs: list[tuple[str, str]]) -> str:
    return jsonl([{"text": t, "options": options(), "accept": [label], "answer": "accept"} for t, label in pairs])


def doccano(pairs: list[tuple[str, str]]) -> str:
    return jsonl([{"id": i, "text": t, "label": [label]} for i, (t, label) in enumerate(pairs, 1)])


def labelstudio_array(pairs: list[tuple[str, str]]) -> str:
    return json.dumps([ls_task(t, label) for t, label in pairs], indent=2, ensure_ascii=False)


def labelstudio_jsonl(pairs: list[tuple[str, str]]) -> str:
    return jsonl([ls_task(t, label) for t, label in pairs])


def units(pairs: list[tuple[str, str]]) -> str:
    return jsonl([{"text": t, "label": label} for t, label in pairs])


def docbin(cats: list[tuple[str, dict[str, float]]]) -> bytes:
    nlp = spacy.blank("en")
    bin_ = DocBin(store_user_data=False)
    for text, doc_cats in cats:
        doc = nlp.make_doc(text)
        doc.cats = doc_cats
        bin_.add(doc)
    return bin_.to_bytes()


def docbin_pairs(pairs: list[tuple[str, str]]) -> bytes:
    return docbin([(t, {name: float(name == label) for name in LABELS}) for t, label in pairs])


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


ROUND_TRIPS: list[tuple[str, str, str, Callable[[list[tuple[str, str]]], str | bytes]]] = [
    # id, format, file name, builder from (text, label) pairs
    ("prodigy-binary", "prodigy", "review.jsonl", prodigy_binary),
    ("prodigy-choice", "prodigy", "choice.jsonl", prodigy_choice),
    ("doccano", "doccano", "doccano.jsonl", doccano),
    ("labelstudio-array", "labelstudio", "export.json", labelstudio_array),
    ("labelstudio-jsonl", "labelstudio", "export.jsonl", labelstudio_jsonl),
    ("docbin", "docbin", "units.spacy", docbin_pairs),
    ("units", "units", "units.jsonl", units),
]


@pytest.mark.parametrize("case_id, fmt, name, build", ROUND_TRIPS, ids=[case[0] for case in ROUND_TRIPS])
def test_round_trip(tmp_path: Path, case_id: str, fmt: str, name: str, build: Callable) -> None:
    path = write(tmp_path, name, build(PAIRS))
    assert detect_format(path) == fmt
    assert load_units(path, fmt) == PAIRS


TEXT_A, TEXT_B = PAIRS[0][0], PAIRS[1][0]
LATEST = {"data": {"text": TEXT_A}, "annotations": [
    {"result": ls_task(TEXT_A, "update")["annotations"][0]["result"], "updated_at": "2024-03-02T10:00:00Z"},
    {"result": ls_task(TEXT_A, "action")["annotations"][0]["result"], "updated_at": "2024-03-05T09:30:00Z"},
    {"result": ls_task(TEXT_A, "other")["annotations"][0]["result"], "updated_at": "2024-03-01T16:45:00Z"},
]}
SKIP_CANCELLED = {"data": {"text": TEXT_A}, "annotations": [
    ls_task(TEXT_A, "action")["annotations"][0], ls_task(TEXT_A, "update", cancelled=True)["annotations"][0],
]}

LOADS = [
    # id, format, file content, expected units
    ("prodigy-reject-and-ignore-skipped", "prodigy", jsonl([
        {"text": TEXT_A, "label": "update", "answer": "reject"},
        {"text": TEXT_A, "label": "action", "answer": "accept"},
        {"text": TEXT_B, "label": "resolution", "answer": "ignore"},
        {"text": TEXT_B, "options": options(), "accept": [], "answer": "reject"},
    ]), [(TEXT_A, "action")]),
    ("prodigy-numeric-option-ids", "prodigy", jsonl([
        {"text": TEXT_B, "options": [{"id": i, "text": label} for i, label in enumerate(LABELS)], "accept": [1],
         "answer": "accept"},
    ]), [(TEXT_B, "resolution")]),
    ("labelstudio-latest-annotation", "labelstudio", json.dumps([LATEST]), [(TEXT_A, "action")]),
    ("labelstudio-skips-cancelled", "labelstudio", json.dumps([SKIP_CANCELLED]), [(TEXT_A, "action")]),
    ("labelstudio-other-text-key", "labelstudio",
     json.dumps([{"data": {"id": 7, "sentence": TEXT_B}, "annotations": ls_task(TEXT_B, "Resolution")["annotations"]}]),
     [(TEXT_B, "resolution")]),
    ("labels-case-and-space", "units", units([(TEXT_A, " ACTION "), (TEXT_B, "Resolution")]),
     [(TEXT_A, "action"), (TEXT_B, "resolution")]),
    ("blank-lines-skipped", "doccano", "\n" + doccano([PAIRS[2]]) + "\n\n" + doccano([PAIRS[3]]),
     [PAIRS[2], PAIRS[3]]),
]


@pytest.mark.parametrize("case_id, fmt, content, expected", LOADS, ids=[case[0] for case in LOADS])
def test_load(tmp_path: Path, case_id: str, fmt: str, content: str, expected: list[tuple[str, str]]) -> None:
    assert load_units(write(tmp_path, "data.jsonl", content), fmt) == expected


GOOD = units(PAIRS[:2])
BAD_LS_JSON = '[\n  {"data": {"text": "Minutes agreed."},\n   "annotations": [}\n]\n'
CANCELLED_ONLY = json.dumps([ls_task(TEXT_A, "action"), ls_task(TEXT_B, "resolution", cancelled=True)], indent=1)
LS_LINE_OF_SECOND_TASK = [n for n, line in enumerate(CANCELLED_ONLY.splitlines(), 1) if line == " {"][1]

MALFORMED = [
    # id, format, file name, content, line cited, text the message must contain
    ("bad-json-units", "units", "u.jsonl", GOOD + '{"text": "Minutes agreed.", "label": "update"\n', 3,
     "not valid JSON"),
    ("bad-json-prodigy", "prodigy", "p.jsonl", prodigy_binary(PAIRS[:2]) + "{text: 1}\n", 3, "not valid JSON"),
    ("bad-json-labelstudio", "labelstudio", "ls.json", BAD_LS_JSON, 3, "not valid JSON"),
    ("unknown-label-units", "units", "u.jsonl", units([PAIRS[0], (TEXT_B, "Action item")]), 2,
     "unknown label 'Action item'; expected one of action, resolution, metric, update, other"),
    ("unknown-label-doccano", "doccano", "d.jsonl", doccano([(TEXT_A, "decision")]), 1, "'decision'"),
    ("unknown-label-prodigy", "prodigy", "p.jsonl", prodigy_choice([PAIRS[0], (TEXT_B, "task")]), 2, "'task'"),
    ("unknown-label-labelstudio", "labelstudio", "ls.jsonl", labelstudio_jsonl([(TEXT_A, "todo")]), 1, "'todo'"),
    ("missing-label-units", "units", "u.jsonl", jsonl([{"text": TEXT_A}]), 1, "no label"),
    ("missing-text-units", "units", "u.jsonl", GOOD + jsonl([{"label": "update"}]), 3, "no 'text'"),
    ("missing-text-prodigy", "prodigy", "p.jsonl", jsonl([{"label": "update", "answer": "accept"}]), 1, "no 'text'"),
    ("blank-text-doccano", "doccano", "d.jsonl", jsonl([{"text": "  ", "label": ["other"]}]), 1, "no 'text'"),
    ("missing-text-labelstudio", "labelstudio", "ls.json", json.dumps([{"data": {}, "annotations": []}]), 1,
     "no 'text'"),
    ("doccano-zero-labels", "doccano", "d.jsonl", GOOD.replace('"label": "action"', '"label": []'), 1, "no label"),
    ("doccano-two-labels", "doccano", "d.jsonl",
     doccano([PAIRS[0]]) + jsonl([{"text": TEXT_A, "label": ["action", "update"]}]), 2,
     "several labels (action, update)"),
    ("doccano-label-not-list", "doccano", "d.jsonl", units([PAIRS[0]]), 1, "list with one label"),
    ("prodigy-no-accepted-option", "prodigy", "p.jsonl",
     jsonl([{"text": TEXT_A, "options": options(), "accept": [], "answer": "accept"}]), 1, "no accepted option"),
    ("prodigy-two-accepted", "prodigy", "p.jsonl",
     jsonl([{"text": TEXT_A, "options": options(), "accept": ["action", "update"], "answer": "accept"}]), 1,
     "several accepted options (action, update)"),
    ("prodigy-unknown-answer", "prodigy", "p.jsonl", jsonl([{"text": TEXT_A, "label": "action", "answer": "yes"}]), 1,
     "answer 'yes'"),
    ("labelstudio-cancelled-only", "labelstudio", "ls.json", CANCELLED_ONLY, LS_LINE_OF_SECOND_TASK,
     "no annotation that was not cancelled"),
    ("labelstudio-two-choices", "labelstudio", "ls.jsonl", jsonl([{"data": {"text": TEXT_A}, "annotations": [
        {"result": [{"type": "choices", "value": {"choices": ["action", "update"]}}]}]}]), 1,
     "several choices (action, update)"),
]


@pytest.mark.parametrize("case_id, fmt, name, content, line, message", MALFORMED, ids=[case[0] for case in MALFORMED])
def test_malformed(tmp_path: Path, case_id: str, fmt: str, name: str, content: str, line: int, message: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(DataError) as caught:
        load_units(path, fmt)
    assert f"{name}:{line}: " in str(caught.value)
    assert message in str(caught.value)


BAD_DOCBINS = [
    # id, (text, cats) per doc, doc index cited, text the message must contain
    ("empty-cats", [(TEXT_A, {"action": 1.0}), (TEXT_B, {})], 2, "doc 2 has no cats"),
    ("tied-cats", [(TEXT_A, {"action": 0.5, "update": 0.5})], 1, "no single top category (action, update"),
    ("all-zero", [(TEXT_A, {"action": 0.0, "update": 0.0})], 1, "no single top category"),
    ("unknown-cat", [(TEXT_A, {"action": 1.0}), (TEXT_A, {"update": 1.0}), (TEXT_B, {"DECISION": 1.0})], 3,
     "unknown label 'DECISION'"),
]


@pytest.mark.parametrize("case_id, docs, line, message", BAD_DOCBINS, ids=[case[0] for case in BAD_DOCBINS])
def test_malformed_docbin(tmp_path: Path, case_id: str, docs: list, line: int, message: str) -> None:
    path = write(tmp_path, "train.spacy", docbin(docs))
    with pytest.raises(DataError) as caught:
        load_units(path, "docbin")
    assert f"train.spacy:{line}: " in str(caught.value)
    assert message in str(caught.value)


def test_not_a_docbin(tmp_path: Path) -> None:
    path = write(tmp_path, "train.spacy", b"not a docbin at all")
    with pytest.raises(DataError, match=r"train\.spacy: not a spaCy DocBin"):
        load_units(path, "docbin")


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="unknown sentence format 'conll'"):
        load_units(write(tmp_path, "u.jsonl", GOOD), "conll")


RECORDS = [
    {"text": text, "label": label, "confidence": 0.8, "scores": {name: 0.05 for name in LABELS} | {label: 0.8},
     "doc_id": "parish-council-2023-05-09", "start": 40 * i, "end": 40 * i + len(text), "meta": {"section": "4"}}
    for i, (text, label) in enumerate(PAIRS)
]


def test_dump_prodigy_loads_back(tmp_path: Path) -> None:
    path = write(tmp_path, "review.jsonl", dump_units(RECORDS, "prodigy"))
    assert detect_format(path) == "prodigy"
    assert load_units(path, "prodigy") == PAIRS
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert [option["id"] for option in first["options"]] == list(LABELS)
    assert (first["accept"], first["answer"]) == (["action"], "accept")
    assert first["meta"] == {"section": "4", "doc_id": "parish-council-2023-05-09", "start": 0, "end": len(PAIRS[0][0]),
                             "confidence": 0.8}


def test_dump_units_loads_back(tmp_path: Path) -> None:
    path = write(tmp_path, "units.jsonl", dump_units(RECORDS, "units"))
    assert detect_format(path) == "units"
    assert load_units(path, "units") == PAIRS
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert set(first) == {"text", "label", "doc_id", "start", "end", "confidence"}


def test_dump_unknown_format() -> None:
    with pytest.raises(MinutesError, match="choose one of prodigy, units"):
        dump_units(RECORDS, "docbin")
