"""Cue patterns: the signals each shape of action, resolution and procedure gives the classifier."""

import pytest
import spacy

from extractor.matchers import CUES_KEY, cue_patterns, ruler_patterns
from extractor.pipeline import build_pipeline

from ..conftest import EXAMPLES


@pytest.fixture(scope="module")
def ruler():
    nlp = build_pipeline()
    return nlp, nlp.get_pipe("minutes_cues")


CUES = [
    # case, unit text, cue label expected, where it starts (char offset) or None when it must be absent
    ("imperative-to-do", "Book the community hall for the open day", "TASK_VERB", 0),
    ("speaker-then-task", "Marta Vidal: Set up the shared calendar", "SPEAKER_TASK", 0),
    ("speaker-then-opinion", "Marta Vidal: I think the calendar works", "SPEAKER_TASK", None),
    ("bracketed-owner-first", "(Dev) Draft the sponsorship prospectus", "OWNER_BRACKET", 0),
    ("bracketed-owners-last", "Chase the printers for a quote (Ola, Ben)", "OWNER_BRACKET", 31),
    ("number-in-brackets-is-no-owner", "Balance carried forward (2019)", "OWNER_BRACKET", None),
    ("role-should", "It was agreed that the Secretary should write to the landlord.", "ACTION_WILL", 23),
    ("motion-carries", "Proposal C carries.", "RESOLUTION", 11),
    ("issue-punted", "Punt to next week.", "RESOLUTION", 0),
    ("vote-tally", "5 yes, 2 abstentions", "VOTE", 0),
    ("minutes-signed", "Members approved the minutes, which were signed by the Chair.", "RESOLUTION", 41),
    ("agenda-wording", "To receive the report of the Finance Officer.", "AGENDA_TO", 0),
    ("report-of-the", "Report of the Head of Planning setting out the options.", "AGENDA_TO", 0),
    ("page-furniture", "Minutes PDF 210 KB", "PROCEDURE", 8),
    # indicators without a unit of measure: a score, a count set against an earlier one, a named count
    ("risk-score", "R5 Volunteer retention – score 12, down from 15.", "METRIC", 25),
    ("rated-at", "Customer satisfaction was rated at 7 by the panel.", "METRIC", 26),
    ("count-against-earlier", "There were 22 missed bins in March against 31 the month before.", "METRIC_CHANGE", 35),
    ("vote-against-is-no-change", "The motion was carried, 9 for and 2 against.", "METRIC_CHANGE", None),
    ("label-colon-count", "Households on the temporary accommodation list at month end: 212.", "METRIC", 59),
    ("colon-then-prose-is-no-count", "Item 4: 3 members asked about the car park.", "METRIC", None),
    # the owner's initials between the marker word and its colon or dash
    ("marker-initials-colon", "Action PJC: freeze the API before the review.", "ACTION_MARKER", 0),
    ("marker-initials-pair-dash", "Action KT/MAR – book the venue for the mid-term review.", "ACTION_MARKER", 0),
    ("marker-mixed-initials", "Actions JvD & SO: update the risk register.", "ACTION_MARKER", 0),
    ("action-plan-is-no-marker", "Action Plan: the draft was circulated last week.", "ACTION_MARKER", None),
]


@pytest.mark.parametrize("case,text,label,start", CUES, ids=[c[0] for c in CUES])
def test_cue(ruler, case, text, label, start):
    nlp, component = ruler
    doc = component(nlp.make_doc(text))
    starts = [span.start_char for span in doc.spans[CUES_KEY] if span.label_ == label]
    if start is None:
        assert not starts
    else:
        assert start in starts


def _cue_spans(patterns: list[dict], text: str) -> list[tuple[int, int, str, str]]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": CUES_KEY, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns)
    doc = ruler(nlp.make_doc(text))
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans[CUES_KEY]]


COMPILED = [
    # case, text: the phrase patterns must find what the authored token patterns find
    ("marker-and-deadline", "ACTION: Priya to circulate the draft by the end of March. Action point for Ola."),
    ("optional-position", "RESOLVED: that the accounts be approved. Resolved - that the fees rise. Resolved that it be noted."),
    ("caseless-text-only", "Date of next meeting: 4 May. AND the Chair will write. Tasks and roles; Jo and Sam to check."),
    ("multi-token-words-stay", "Jo was co-opted and re-elected; year-to-date spend noted that the e-mail was sent."),
    ("every-example", "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.*")))),
]


@pytest.mark.parametrize("case,text", COMPILED, ids=[c[0] for c in COMPILED])
def test_compiled_patterns_find_what_the_token_patterns_find(case, text):
    authored = cue_patterns()
    compiled = ruler_patterns(authored, spacy.blank("en").make_doc)
    assert sum(isinstance(p["pattern"], str) for p in compiled) > len(authored)  # most became phrases
    assert _cue_spans(compiled, text) == _cue_spans(authored, text)


FIRST_TOKENS = [
    # case, pattern as written, the patterns it becomes (None: left as written)
    ("a few words become exact tests", [{"TEXT": {"IN": ["ACTION", "ACTIONS"]}}], [[{"TEXT": "ACTION"}], [{"TEXT": "ACTIONS"}]]),
    ("the rest of the pattern is kept", [{"LOWER": {"IN": ["will", "shall"]}}, {"LOWER": {"NOT_IN": ["be"]}}],
     [[{"LOWER": "will"}, {"LOWER": {"NOT_IN": ["be"]}}], [{"LOWER": "shall"}, {"LOWER": {"NOT_IN": ["be"]}}]]),
    ("a one-word regex is that word", [{"TEXT": {"REGEX": "^AI$"}}, {"TEXT": "("}], [[{"TEXT": "AI"}, {"TEXT": "("}]]),
    ("a regex of many words stays", [{"TEXT": {"REGEX": "^[A-Z][a-z]+$"}}, {"LOWER": "to"}], None),
    ("an unanchored regex stays", [{"TEXT": {"REGEX": "AI"}}], None),
    ("many words stay one test", [{"LOWER": {"IN": ["clerk", "chair", "secretary", "treasurer", "officer"]}}], None),
    ("an optional first token stays", [{"LOWER": {"IN": ["to", "will"]}, "OP": "?"}, {"LOWER": "be"}], None),
    ("two tests on the first token stay", [{"LOWER": {"IN": ["to"]}, "IS_SENT_START": True}], None),
    ("NOT_IN stays", [{"LOWER": {"NOT_IN": ["be", "have"]}}], None),
]


@pytest.mark.parametrize("case, pattern, expected", FIRST_TOKENS, ids=[f[0] for f in FIRST_TOKENS])
def test_cheap_first_token(case, pattern, expected):
    from extractor.matchers import _cheap_first_token

    record = {"id": "x", "label": "X", "pattern": pattern}
    assert [r["pattern"] for r in _cheap_first_token(record)] == (expected or [pattern])
    assert all(r["id"] == "x" and r["label"] == "X" for r in _cheap_first_token(record))


def test_a_loaded_folders_cues_are_swapped_for_faster_patterns_finding_the_same_spans(shipped_nlp):
    """The cue patterns as written (cues.jsonl), the shipped folder's saved ones (older or already
    rewritten, as a retrained folder saves them) and the ones load_pipeline swaps in find the same cues,
    with fewer Python predicates on a first token than as written."""
    import json

    from extractor.matchers import faster_cue_ruler

    from ..conftest import MODEL, REPO

    def read(path):
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    written = read(REPO / "extractor" / "matchers" / "cues.jsonl")
    saved = read(MODEL / "minutes_cues" / "patterns")
    loaded = shipped_nlp.get_pipe("minutes_cues").patterns
    assert _python_first_tokens(loaded) < _python_first_tokens(written)
    assert _python_first_tokens(loaded) <= _python_first_tokens(saved)
    docs = sorted(EXAMPLES.rglob("*.*")) + sorted((REPO / "training_data" / "docs").glob("*.txt"))[::24]
    for path in docs:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _cue_spans(loaded, text) == _cue_spans(saved, text) == _cue_spans(written, text), path.name
    faster_cue_ruler(shipped_nlp)  # a second pass changes nothing
    assert shipped_nlp.get_pipe("minutes_cues").patterns == loaded


def _python_first_tokens(patterns: list[dict]) -> int:
    """Token patterns whose first token is a REGEX or IN test (a Python call at every token)."""
    return sum(not isinstance(p["pattern"], str) and any(isinstance(v, dict) for v in p["pattern"][0].values())
               for p in patterns)


FLAGGED = [
    # case, text: the ruler whose word tests are lexeme flags finds what the written patterns find
    ("capitalised-name-to-verb", "Priya and Ola to circulate the draft. @sam will check; Sam Reid: book the hall."),
    ("money-and-percent", "Spend rose from £1,200 to £2.5k, 12% over; $ 40 per head; 3.2MB and ~5% of 6 out of 8."),
    ("set-and-not-in", "RESOLVED: the Clerk will write. The Board asked Jo to act. Jo will be sent it; Ann will not."),
    ("brackets-and-passive", "Chase the printers (Ola, Ben). The report to be circulated. (ACTION) AI ( n/a further"),
    ("every-example", "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.*")))),
]


@pytest.mark.parametrize("case,text", FLAGGED, ids=[c[0] for c in FLAGGED])
def test_flagged_cue_matcher_finds_what_the_written_patterns_find(shipped_nlp, case, text):
    ruler = shipped_nlp.get_pipe("minutes_cues")
    from extractor.matchers import FIRST_FREE_FLAG

    anchors = ruler.matcher.word_first.by_first
    assert any(FIRST_FREE_FLAG <= attr < 64 for attr, _ in anchors)  # REGEX tests read as lexeme flags
    doc = ruler(shipped_nlp.make_doc(text))
    found = [(s.start, s.end, s.label_, s.id_) for s in doc.spans[CUES_KEY]]
    assert found == _cue_spans(cue_patterns(), text)


def test_flagging_twice_reuses_the_vocabs_flags(shipped_nlp):
    from extractor.matchers import CueFlag, flag_cue_matcher

    def flags():
        return sorted(k for k, g in shipped_nlp.vocab.lex_attr_getters.items() if isinstance(g, CueFlag))

    before = flags()
    flag_cue_matcher(shipped_nlp)
    assert before and flags() == before


WORD_FIRST = [
    # case, pattern, text: the WordFirstMatcher finds what spaCy's Matcher finds with the same pattern
    ("optional at the end", [{"LOWER": "none"}, {"LOWER": {"IN": ["declared", "to"]}, "OP": "?"}],
     "Interests: none declared. Apologies: None. none"),
    ("two optional in the middle", [{"TEXT": "("}, {"LOWER": {"REGEX": "^[a-z]+$"}}, {"TEXT": "&", "OP": "?"},
                                    {"LOWER": {"REGEX": "^[a-z]+$"}, "OP": "?"}, {"TEXT": ")"}],
     "Chase it (Ola & Ben). Book (Ola). Print (Ola Ben) and (& x) ( )"),
    ("a word list first", [{"LOWER": {"IN": ["asked", "requested"]}}, {"IS_ALPHA": True}, {"IS_ALPHA": True, "OP": "?"},
                           {"LOWER": "to"}], "The Board asked Jo to act and requested the Clerk Jones to write; asked 3 to"),
    ("a number first", [{"LIKE_NUM": True}, {"LOWER": {"IN": ["votes", "for"]}},
                        {"LOWER": {"IN": ["to", "favour"]}, "OP": "?"}], "Seven votes to two, 3 for, 4 votes, ten for favour"),
    ("a word left out", [{"LOWER": "will"}, {"LOWER": {"NOT_IN": ["be", "not"]}}],
     "Jo will write. It will be sent. Ann will not. Will check. will"),
    ("case-sensitive text", [{"TEXT": "ACTION"}], "ACTION: Jo. Action: Ann. action"),
    # a broad first test (any capitalised word): matched from the later fixed word, backwards through the optionals
    ("names before a later word", [{"TEXT": {"REGEX": "^[A-Z@][\\w.'’-]*$"}}, {"TEXT": {"IN": ["/", "and", "&"]}, "OP": "?"},
                                   {"TEXT": {"REGEX": "^[A-Z][\\w.'’-]*$"}, "OP": "?"}, {"LOWER": "to"},
                                   {"LOWER": {"IN": ["send", "book"]}}],
     "Priya and Tom to send the forms. Treasurer to book. Ask them to send; Ola / Ben to book it. To send. to book"),
    ("a repeated token before a colon", [{"TEXT": {"REGEX": "^@?[A-Z][\\w.'’-]*$"}},
                                         {"TEXT": {"REGEX": "^(?:[A-Z][\\w.'’-]*|&|and)$"}, "OP": "*"}, {"TEXT": ":"},
                                         {"LOWER": {"IN": ["draft", "email"]}}],
     "Ann Lee & Bo Chan: draft the letter. note: email it. @Kim: email Sam. Venue Hire And Catering Group: draft"),
    ("an optional first token with two tests", [{"IS_SENT_START": True, "LOWER": "to", "OP": "?"}, {"LOWER": "to"},
                                                {"LOWER": {"IN": ["note", "agree"]}}],
     "To to note the report. Members were to agree. to to note"),
    ("a rare first test", [{"TEXT": {"REGEX": "^@[\\w-]+$"}}, {"LOWER": {"IN": ["to", "will"]}}],
     "@sam will check, @ana to book; sam will; @ to"),
    ("a rare test alone", [{"TEXT": {"REGEX": "^\\d[\\d,.]*(k|m|bn)$"}}], "Budget of 2.5k, then 10k and 3bn; 40 m, 7 k"),
    ("a sign before a number", [{"TEXT": {"REGEX": "^[£$€]$"}}, {"LIKE_NUM": True}], "Costs £ 400 and $ twelve, not £ x"),
]


@pytest.mark.parametrize("case,pattern,text", WORD_FIRST, ids=[c[0] for c in WORD_FIRST])
def test_word_first_matcher_finds_what_the_matcher_finds(case, pattern, text):
    from spacy.matcher import Matcher

    from extractor.matchers import WordFirstMatcher, _flagged

    nlp = spacy.blank("en")  # a vocab of its own: the REGEX tests take lexeme flags
    doc = nlp.make_doc(text)
    matcher, word_first = Matcher(nlp.vocab), WordFirstMatcher(nlp.vocab, lambda token: _flagged(token, {}, nlp))
    matcher.add("cue", [pattern])
    assert word_first.add("cue", pattern)
    expected = sorted(set(matcher(doc)))
    assert expected and sorted(set(word_first(doc))) == expected


def test_word_first_matcher_takes_every_shipped_cue_pattern(shipped_nlp):
    """Broad first tokens (capitalised words) are matched from a later fixed word, so no pattern is left to
    spaCy's Matcher, which would start it at every token."""
    matcher = shipped_nlp.get_pipe("minutes_cues").matcher
    assert len(matcher.word_first) > 0 and len(matcher.matcher) == 0


def test_word_first_matcher_leaves_a_pattern_without_a_fixed_word_to_spacy():
    from extractor.matchers import WordFirstMatcher, _flagged

    nlp = spacy.blank("en")
    word_first = WordFirstMatcher(nlp.vocab, lambda token: _flagged(token, {}, nlp))
    assert not word_first.add("cue", [{"TEXT": {"REGEX": "^[A-Z][a-z]+$"}}, {"IS_ALPHA": True}])
    assert not word_first.add("cue", [{"LOWER": "to", "OP": "+"}])


def test_sentence_starts_are_read_as_the_matcher_reads_them():
    from spacy.matcher import Matcher

    from extractor.matchers import WordFirstMatcher, _flagged

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("To to note the report. To agree the budget. Members were to to note it.")
    pattern = [{"IS_SENT_START": True, "LOWER": "to", "OP": "?"}, {"LOWER": "to"}, {"LOWER": {"IN": ["note", "agree"]}}]
    matcher, word_first = Matcher(nlp.vocab), WordFirstMatcher(nlp.vocab, lambda token: _flagged(token, {}, nlp))
    matcher.add("cue", [pattern])
    assert word_first.add("cue", pattern)
    expected = sorted(set(matcher(doc)))
    assert (expected[0][1], expected[0][2]) == (0, 3) and sorted(set(word_first(doc))) == expected


def test_cue_ruler_makes_the_spans_spacys_ruler_makes(shipped_nlp):
    """The ruler makes each span once (duplicate matches are dropped before they become spans): same spans."""
    ruler = shipped_nlp.get_pipe("minutes_cues")
    doc = shipped_nlp.make_doc("ACTION: Kim Lee to send the report by Friday. Sam: email Jo. @ana will book it; £ 40 and 12%.")
    spans = ruler.match(doc)
    assert spans and spans == type(ruler).match(ruler, doc)
