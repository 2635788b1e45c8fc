"""Property tests: random texts and byte strings through every reader and the whole pipeline.

Whatever comes in, nothing crashes (a file either reads or is one ReadError naming it), every record
is valid JSON that the schema accepts, and every unit's offsets point at its text. The example counts
come from a hypothesis profile: `default` keeps the suite quick; HYPOTHESIS_PROFILE=thorough runs ten
times as many.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from extractor.batch import Source, process
from extractor.errors import ReadError
from extractor.read import read_bytes
from extractor.read.html import html_to_text
from extractor.read.text import decode_text
from extractor.resolve.metrics import parse_metrics
from extractor.schema import json_schema

# no deadline (no test here is about time) and no example database left in the working tree
settings.register_profile("default", deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"


def examples(count: int) -> int:
    return count * 10 if THOROUGH else count


# Pieces of invented minutes, so random texts reach the parts of the pipeline plain noise never does.
PIECES = [
    "Minutes of the Orchard Lane Residents Group", "held on Tuesday 4 June 2024 at 7.30 pm", "Present:",
    "Apologies:", "In attendance:", "Cllr Mo Sefton (Chair)", "Ann Lee (AL), Bo Ray", "1.", "2.1", "(a)", "•", "-",
    "- [ ]", "ACTION:", "RESOLVED:", "AL to write to the council by 30 June.", "The group agreed the accounts.",
    "Income rose from 14% to 6%.", "9,120 to 7,640 tonnes", "£1,250.50", "$3.4m", "quarter 3", "brought one home",
    "Next meeting: 2 July 2024", "Item 4 – Matters arising", "|", "| Owner | Due |", ":", ";", "(", ")", "“", "”",
    "10:30", "2023/24", "https://example.org/a.pdf", "e.g.", "Mr.", "No.", "→", "\u00a0", "\u200b", "\ufeff",
]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\r\n", "\t", ". ", ", ", "\f"]
text_piece = st.one_of(
    st.sampled_from(PIECES),
    st.text(max_size=30),
    st.integers(min_value=-10**6, max_value=10**30).map(str),
    st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}", fullmatch=True),
)
minutes_like = st.lists(st.tuples(text_piece, st.sampled_from(SEPARATORS)), max_size=60).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))
any_text = st.one_of(minutes_like, st.text(max_size=400))

# Byte strings near each format: random bytes, and random bytes behind the format's own opening.
PREFIXES = {"txt": [b""], "html": [b"<html><body><p>", b"<table><tr><td>"], "pdf": [b"%PDF-1.4\n"],
            "docx": [b"PK\x03\x04"]}


def near(fmt: str):
    return st.tuples(st.sampled_from(PREFIXES[fmt]), st.binary(max_size=600)).map(lambda pair: pair[0] + pair[1])


def strict_json(line: str):
    def refuse(name: str):
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(json_schema())


@settings(max_examples=examples(1500))
@given(st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 any_text.map(lambda t: t.encode("cp1252", "replace")),
                 any_text.map(lambda t: t.encode("utf-16"))))
def test_decoding_any_bytes_gives_text_or_one_clear_error(data):
    from extractor.read.common import UnreadableInput

    try:
        decoded = decode_text(data)
    except UnreadableInput as err:
        assert str(err) and "\n" not in str(err)
        return
    decoded.text.encode("utf-8")  # no lone surrogates: the text can be written out
    assert decoded.text.strip() and all("\n" not in w for w in decoded.warnings)


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf", "docx"])
@settings(max_examples=examples(300))
@given(data=st.data())
def test_every_reader_reads_or_names_the_file(fmt, data):
    payload = data.draw(st.one_of(near(fmt), st.binary(max_size=200)))
    path = Path(f"minutes.{fmt}")
    try:
        document = read_bytes(path, payload, fmt)
    except ReadError as err:
        assert str(err).startswith("minutes.") and "\n" not in str(err)
        return
    document.text.encode("utf-8")
    assert document.format == fmt and document.text.strip()


@settings(max_examples=examples(800))
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<td>", "</tr>", "<table>", "<li>", "<ol start=x>",
                                           "<script>", "<br>", "<h2>", "</div>", "<!--", "-->", "&amp;", "&#0;"]),
                          st.text(max_size=20)), max_size=40).map("".join))
def test_html_to_text_never_fails(markup):
    text = html_to_text(markup)
    assert isinstance(text, str) and "\n\n\n" not in text


@settings(max_examples=examples(1500))
@given(any_text)
def test_metric_values_are_finite_and_point_at_their_text(text):
    for metric in parse_metrics(text):
        assert math.isfinite(metric.value) and text[metric.start:metric.end] == metric.text
        assert all(v is None or math.isfinite(v) for v in (metric.from_value, metric.to_value))


def _check_result(result, validator) -> None:
    meeting = strict_json(result.meeting_line)
    assert not list(validator.iter_errors(meeting))
    if not result.ok:
        assert meeting["error"] and "\n" not in meeting["error"]
        return
    for line, unit in zip(result.unit_lines, result.units):
        record = strict_json(line)
        assert not list(validator.iter_errors(record))
        assert result.text[unit.start:unit.end] == unit.text == record["text"]


@settings(max_examples=examples(250))
@given(text=any_text)
def test_the_pipeline_on_any_text_gives_valid_records_pointing_into_the_text(shipped_nlp, validator, text):
    source = Source(Path("<stdin>"), "random", "<stdin>", stdin=True, data=text.encode("utf-8", "surrogatepass"))
    result = next(process([source], shipped_nlp, include_other=True))
    _check_result(result, validator)


@settings(max_examples=examples(150))
@given(data=st.one_of(st.binary(max_size=500), near("html"), near("pdf"), near("docx")))
def test_the_pipeline_on_any_bytes_gives_valid_records(shipped_nlp, validator, data):
    source = Source(Path("<stdin>"), "random", "<stdin>", stdin=True, data=data)
    result = next(process([source], shipped_nlp, include_other=True))
    _check_result(result, validator)
