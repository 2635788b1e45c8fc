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
