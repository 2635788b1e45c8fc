"""looks_like_name, has_person_cue and parse_person answer each text once per lexicon: the answers are the
ones the functions give afresh, and a Person a caller changes (add_role) is not the one kept."""

import pytest

from extractor.structure import people
from extractor.structure.people import add_role, default_lexicon, load_lexicon, RULES_PATH

MENTIONS = ["Cllr Ann Lee (Chair)", "Mrs P Okafor", "Westshire Police", "Dr Raj Patel MBE", "@kvoss (Kai Voss)",
            "Programme Support Officer", "Tomás Ó Briain", "none", "J. Smith", "Governors"]


@pytest.mark.parametrize("mention", MENTIONS)
def test_remembered_answers_equal_fresh_ones(mention):
    lex = default_lexicon()
    for _ in range(2):  # the second call is answered from the memo
        assert people.looks_like_name(mention, lex) == people.looks_like_name.__wrapped__(mention, lex)
        assert people.has_person_cue(mention, lex) == people.has_person_cue.__wrapped__(mention, lex)
        for handles in (False, True):
            assert people.parse_person(mention, lex, None, handles) == \
                people.parse_person.__wrapped__(mention, lex, None, handles)


def test_a_changed_person_is_not_the_one_kept():
    lex = default_lexicon()
    first = people.parse_person("Cllr Ann Lee (Chair)", lex)
    add_role(first, "Finance Committee")
    again = people.parse_person("Cllr Ann Lee (Chair)", lex)
    assert again.role == "Chair" and first.role == "Chair, Finance Committee"


def test_each_lexicon_object_has_its_own_memo():
    lex, other = default_lexicon(), load_lexicon(RULES_PATH)
    assert other is not lex
    assert people.parse_person("Cllr Ann Lee", other) == people.parse_person("Cllr Ann Lee", lex)
    assert people.looks_like_name("Ann Lee") is True  # no lexicon: the default one
