"""doc_text: the Doc's text built once, never a stale copy."""

import pytest
import spacy

from extractor.extensions import TEXT_KEY, doc_text, remember_text

NLP = spacy.blank("en")

TEXTS = [
    ("one line", "ACTION: JS to circulate the paper."),
    ("trailing spaces and lines", "Present: Ann Lee, Bo Chen  \n\nApologies: none\n\n"),
    ("leading whitespace", "\n\n  1. Welcome"),
    ("empty", ""),
]


@pytest.mark.parametrize("case, text", TEXTS, ids=[t[0] for t in TEXTS])
def test_doc_text_is_the_docs_text_each_time(case, text):
    doc = NLP.make_doc(text)
    assert doc_text(doc) == text == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_text_copied_with_another_docs_user_data_is_rebuilt():
    doc = NLP.make_doc("Minutes of the Board, 4 May.")
    doc.user_data[TEXT_KEY] = "Minutes of a longer meeting held elsewhere."
    assert doc_text(doc) == "Minutes of the Board, 4 May."


MADE_FROM = [
    # case, text a Doc is made from: the tokenizer keeps every character, so remember_text is safe
    ("contractions and specials", "We can't, won't — don't. e.g. 5pm :) Dr. Lee's"),
    ("windows line ends and tabs", "Present:\tAnn Lee\r\nApologies:\r\n\r\n"),
    ("unicode and emoji", "Café budget ↑ 12 % 👍 naïve résumé"),
    ("only whitespace", " \n \t "),
    ("urls and markup", "See https://example.org/a?b=1 **ACTION:** _JS_"),
]


@pytest.mark.parametrize("case, text", MADE_FROM + TEXTS, ids=[t[0] for t in MADE_FROM + TEXTS])
def test_remembered_text_is_the_docs_text(case, text):
    doc = remember_text(NLP.make_doc(text), text)
    assert doc.text == text
    assert doc_text(doc) is text


VIEWED = [
    # case, text: every unit attribute read from unit_views is what span._ gives
    ("an action with an owner and a date", "1. Budget\nJo Bell to send the accounts by 3 May 2025."),
    ("bullets and a lead-in", "RESOLVED that the Board:\n- approve the plan;\n- note the risks.\n\nSpend rose from 10% to 12%."),
    ("a plain paragraph", "The Chair welcomed everyone. Apologies were received."),
]


@pytest.mark.parametrize("case, text", VIEWED, ids=[v[0] for v in VIEWED])
def test_unit_views_read_what_the_span_accessor_reads(shipped_nlp, case, text):
    from extractor.extensions import SPAN_EXTENSIONS, unit_spans, unit_views

    doc = shipped_nlp(text)
    spans = unit_spans(doc)
    views = unit_views(doc, spans)
    assert spans and len(views) == len(spans)
    for span, view in zip(spans, views):
        assert {name: getattr(view, name) for name in SPAN_EXTENSIONS} == \
            {name: getattr(span._, name) for name in SPAN_EXTENSIONS}
