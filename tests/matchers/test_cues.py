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
