"""`minutes schema`: one JSON Schema that accepts exactly the two record types, with refs that resolve."""

from __future__ import annotations

import copy

import pytest
from jsonschema import Draft202012Validator

from extractor.batch import collect_sources, process
from extractor.schema import as_json, json_schema
from extractor.write import error_record

from .conftest import EXAMPLES


def refs(node) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for value in node.values() for r in refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in refs(value)]
    return []


def resolve(schema: dict, ref: str):
    assert ref.startswith("#/"), ref
    node = schema
    for part in ref[2:].split("/"):
        node = node[part]
    return node


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def records(shipped_nlp) -> tuple[list[dict], list[dict]]:
    results = list(process(collect_sources([EXAMPLES / "northmoor-safeguarding-2023-11-17.html"]), shipped_nlp,
                           include_other=True))
    return [as_json(r.meeting) for r in results], [as_json(u) for r in results for u in r.units]


def test_every_ref_resolves_from_the_top():
    schema = json_schema()
    found = refs(schema)
    assert "#/$defs/UnitRecord" in found and "#/$defs/ItemRef" in found
    for ref in found:
        assert isinstance(resolve(schema, ref), dict)


def test_top_level_is_one_of_the_two_records():
    schema = json_schema()
    assert schema["oneOf"] == [{"$ref": "#/$defs/UnitRecord"}, {"$ref": "#/$defs/MeetingRecord"}]


def test_real_output_records_are_valid(validator, records):
    meetings, units = records
    assert meetings and units
    for record in meetings + units:
        assert list(validator.iter_errors(record)) == []
    assert all("from" in m and "from_" not in m for u in units for m in u["metrics"])  # by its alias


def test_an_error_record_is_valid(validator):
    record = as_json(error_record("broken", "broken.pdf", "pdf", "could not open PDF (truncated or damaged)"))
    assert validator.is_valid(record)


def _unit(records):
    return copy.deepcopy(records[1][0])


INVALID = [
    # case, make a record the schema must refuse
    ("anything at all", lambda r: {"anything": 1}),
    ("a list", lambda r: [1, 2]),
    ("a unit without its text", lambda r: {k: v for k, v in _unit(r).items() if k != "text"}),
    ("a unit with an unknown field", lambda r: {**_unit(r), "colour": "red"}),
    ("a unit with an unknown label", lambda r: {**_unit(r), "label": "gossip"}),
    ("a unit whose item is a number", lambda r: {**_unit(r), "item": 3}),
    ("a meeting whose attendees are names", lambda r: {**copy.deepcopy(r[0][0]), "attendees": ["Ann Lee"]}),
]


@pytest.mark.parametrize("case,make", INVALID, ids=[c[0] for c in INVALID])
def test_other_json_is_refused(validator, records, case, make):
    assert not validator.is_valid(make(records))
