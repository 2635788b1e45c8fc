"""resolve_due: deadline phrases in action units resolved against the meeting date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractor.errors import RuleError
from extractor.resolve.due import RULES_PATH, Due, load_rules, resolve_due

NO_DUE = "no deadline"  # the unit states no deadline at all: resolve_due returns None

AUG_2017 = dt.date(2017, 8, 1)  # a Tuesday
NOV_2019 = dt.date(2019, 11, 14)  # a Thursday
FEB_2020 = dt.date(2020, 2, 28)  # a Friday in a leap year
JUN_2023 = dt.date(2023, 6, 5)  # a Monday

CASES = [
    # id, action unit, meeting date, expected date (None: open-ended deadline; NO_DUE: none stated)
    ("month-for-meeting", "Budget monitoring paper for the September meeting – Priya Sandhu.", AUG_2017, "2017-09"),
    ("month-in", "The Panel asked officers to report back in March.", AUG_2017, "2018-03"),
    ("month-by", "Draft carers strategy to be circulated by October.", AUG_2017, "2017-10"),
    ("month-at-meeting", "Update on the recruitment campaign at the October meeting - Tom Ellery.", AUG_2017, "2017-10"),
    ("month-board-no-cue", "Workforce dashboard: December Board - Ruth Okafor.", AUG_2017, "2017-12"),
    ("month-bring-to-board", "Amir Khan will bring to the November Board meeting the sufficiency plan.", AUG_2017, "2017-11"),
    ("rollover-nov-to-jan", "Refreshed risk register for the January meeting.", NOV_2019, "2020-01"),
    ("rollover-earlier-month", "Officers to bring the fees review in June.", NOV_2019, "2020-06"),
    ("same-month-same-year", "The Chair to write to the school governors in November.", NOV_2019, "2019-11"),
    ("month-year-board", "The audit summary to go to the September 2019 Board meeting.", dt.date(2019, 6, 20), "2019-09"),
    ("month-year-in", "The survey findings are due at the Board in July 2019.", dt.date(2019, 4, 16), "2019-07"),
    ("month-abbrev", "Revised terms of reference to the Sept meeting - HR lead.", AUG_2017, "2017-09"),
    # an action log's due cell shortens 'meeting' to 'mtg'
    ("month-mtg-cell", "B12 | Price the new noticeboard | TR / SA | Jan mtg | -", NOV_2019, "2020-01"),
    ("month-mtg-tabbed", "7.4\tRefresh the volunteer handbook\tGH\tMar mtg", AUG_2017, "2018-03"),
    ("next-mtg-open", "Quotes to come back to the next mtg.", AUG_2017, None),
    ("month-may-capital", "Housing update for the May meeting.", dt.date(2018, 3, 6), "2018-05"),
    ("date-day-month-year", "Responses to be returned by 31 March 2018.", AUG_2017, "2018-03-31"),
    ("date-ordinal-no-year", "Nominations to reach the clerk by 31st March.", AUG_2017, "2018-03-31"),
    ("date-us-order", "Submit the grant application by March 31, 2019.", dt.date(2018, 10, 2), "2019-03-31"),
    ("date-numeric", "Comments on the draft by 31/03/2018 please.", AUG_2017, "2018-03-31"),
    ("date-iso", "Release candidate to be cut before 2018-03-31.", AUG_2017, "2018-03-31"),
    ("date-of-month", "Venue to be confirmed no later than 5th of April.", AUG_2017, "2018-04-05"),
    ("date-this-year", "Kate Mills to book the hall by 14 June.", dt.date(2018, 6, 10), "2018-06-14"),
    ("date-rolls-to-next-year", "Kate Mills to book the hall by 14 June.", dt.date(2018, 6, 20), "2019-06-14"),
    ("date-leap-day-forward", "Survey results to be shared by 29 February.", dt.date(2019, 3, 1), "2020-02-29"),
    ("date-with-weekday", "Draft minutes to members by Monday 14 August.", AUG_2017, "2017-08-14"),
    ("weekday-on-monday", "AB to send the agenda out on Monday.", AUG_2017, "2017-08-07"),
    ("weekday-by-friday", "Volunteers to confirm their rota slots by Friday.", AUG_2017, "2017-08-04"),
    ("weekday-same-day-next-week", "DD to ring the contractor on Tuesday.", AUG_2017, "2017-08-08"),
    ("weekday-next-thursday", "Finance team to circulate figures next Thursday.", NOV_2019, "2019-11-21"),
    ("weekday-over-month-end", "Hannah to confirm the caterer by Wednesday.", FEB_2020, "2020-03-04"),
    ("tomorrow", "JL will post the recording tomorrow.", JUN_2023, "2023-06-06"),
    ("tomorrow-leap-day", "Treasurer to pay the deposit tomorrow.", FEB_2020, "2020-02-29"),
    ("next-week", "Chris to circulate the slides next week.", JUN_2023, "2023-06-12"),
    ("in-two-weeks", "Treasurer to report on the boiler quotes in two weeks.", JUN_2023, "2023-06-19"),
    ("within-2-weeks", "Facilities to obtain a revised quote within 2 weeks.", JUN_2023, "2023-06-19"),
    ("fortnight", "Follow up with the landlord in a fortnight.", JUN_2023, "2023-06-19"),
    ("weeks-time", "Governance group to reconvene in three weeks' time.", JUN_2023, "2023-06-26"),
    ("within-n-days-leap", "Payment to be made to the supplier within 30 days.", FEB_2020, "2020-03-29"),
    ("working-days", "Complaint response to be sent within 10 working days.", AUG_2017, "2017-08-15"),
    ("next-month", "Sam to raise the matter with the housing panel next month.", dt.date(2018, 5, 11), "2018-06"),
    ("next-month-december", "Clerk to issue the new calendar next month.", dt.date(2019, 12, 10), "2020-01"),
    ("in-n-months", "Review the pilot in three months.", NOV_2019, "2020-02"),
    ("end-of-named-month", "Action plan to be finalised by the end of March.", AUG_2017, "2018-03-31"),
    ("end-of-february-leap", "Data cleanse complete by the end of February.", NOV_2019, "2020-02-29"),
    ("end-of-named-month-year", "Business case to be signed off by the end of June 2019.", dt.date(2018, 11, 14), "2019-06-30"),
    ("end-of-the-month", "Invoices to be settled by the end of the month.", dt.date(2020, 2, 3), "2020-02-29"),
    ("end-of-next-month", "Directors to agree the brief by the end of next month.", NOV_2019, "2019-12-31"),
    ("end-of-the-year", "All staff to complete safeguarding training by the end of the year.", JUN_2023, "2023-12-31"),
    ("year-end", "Policy review to be completed by year end.", JUN_2023, "2023-12-31"),
    ("end-of-quarter-q4", "Spend to be reconciled by the end of the quarter.", NOV_2019, "2019-12-31"),
    ("end-of-quarter-q3", "Spend to be reconciled by the end of the quarter.", dt.date(2019, 8, 1), "2019-09-30"),
    ("end-of-financial-year", "Procurement to conclude by the end of the financial year.", NOV_2019, "2020-03-31"),
    ("next-meeting-open", "Lead officer to report to the next meeting.", AUG_2017, None),
    ("next-board-meeting-open", "Complaints figures to the next Board meeting - Omar Price.", AUG_2017, None),
    ("future-meeting-open", "Report to a future meeting on the parking review – Ian Webb.", AUG_2017, None),
    ("asap", "Facilities to fix the fire door as soon as possible.", AUG_2017, None),
    ("asap-capitals", "Order replacement filters ASAP.", AUG_2017, None),
    ("in-due-course", "Details of the new dataset will be shared in due course.", AUG_2017, None),
    ("dated-beats-open", "Bring the options paper to the next meeting in September.", AUG_2017, "2017-09"),
    ("relative-without-meeting-date", "Chris to circulate the slides next week.", None, None),
    ("month-without-meeting-date", "Budget paper for the September meeting.", None, None),
    ("explicit-without-meeting-date", "Responses to be returned by 31 March 2018.", None, "2018-03-31"),
    ("no-deadline", "Jane Barker to speak with the treasurer about the grant.", AUG_2017, NO_DUE),
    ("modal-may-is-not-a-month", "Members may wish to comment; JB to collate the replies.", AUG_2017, NO_DUE),
    ("month-name-is-a-person", "Completed forms to be passed to April Jones for checking.", AUG_2017, NO_DUE),
    ("bare-month-needs-cue", "The September figures will be checked by Gary Lowe.", AUG_2017, NO_DUE),
    ("past-since", "Nothing has come back since the draft was circulated in September; clerk to chase.", NOV_2019, NO_DUE),
    ("past-held-on", "The minutes of the session held on 13 June were agreed and the clerk will publish them.", AUG_2017, NO_DUE),
    ("past-last-meeting", "As discussed at the last meeting in July, TC to write to the schools.", AUG_2017, NO_DUE),
    ("past-previous", "Following the previous review in May, officers to draft a new plan.", AUG_2017, NO_DUE),
    ("past-was-verb-in", "The survey was launched in October; HT to publish the results.", NOV_2019, NO_DUE),
    ("past-explicit-year", "The Board noted the letter of 3 May 2017; GD to reply.", AUG_2017, NO_DUE),
    ("past-financial-year", "Officers to compare spend with 2018/19 levels.", NOV_2019, NO_DUE),
    ("past-then-deadline", "The report presented on 12 July was welcomed; officers to update it by 30 September.",
     AUG_2017, "2017-09-30"),
    ("since-then-deadline", "The draft has been with partners since July and comments are due by 30 September.",
     AUG_2017, "2017-09-30"),
    ("cued-beats-uncued", "Once the 14 August session is over, leads to feed back by 1 September.", AUG_2017, "2017-09-01"),
    # shapes of informal notes and parish minutes
    ("next-weeks-call", "Draft ready for next week's call.", JUN_2023, "2023-06-12"),
    ("next-weekday-session", "Will clean the lenses before next Friday's session.", JUN_2023, "2023-06-09"),
    ("day-or-two", "The fix will be merged in a day or two.", JUN_2023, "2023-06-07"),
    ("couple-of-days", "Forms to go round in the next couple of days.", JUN_2023, "2023-06-07"),
    ("couple-of-weeks", "Quotes to come back within a couple of weeks.", JUN_2023, "2023-06-19"),
    ("short-numeric-by", "Email the sponsors - do by 6/9", JUN_2023, "2023-06-09"),
    ("short-numeric-day-first", "Send the flyer to the printer by 20/6", JUN_2023, "2023-06-20"),
    ("short-numeric-tail", "Gather the receipts - 6/21", JUN_2023, "2023-06-21"),
    ("short-numeric-needs-cue", "About 6/7 of the plan is done; Kim to finish it.", JUN_2023, NO_DUE),
    ("between-now-and", "Rota to be filled in between now and Friday.", JUN_2023, "2023-06-09"),
    ("weekday-in-tail-brackets", "Poster draft for the fair (Thursday)", JUN_2023, "2023-06-08"),
    ("month-in-tail-brackets", "Costed proposal for the new kiln (July)", JUN_2023, "2023-07"),
    ("firm-deadline-past-tense", "A deadline of 16 June 2023 was agreed.", JUN_2023, "2023-06-16"),
    ("quoted-date-is-not-due", 'Post a note saying "we still need a speaker for May" on the forum.', JUN_2023, NO_DUE),
    ("actions-from-a-past-meeting", "Officers to finish the actions from the May meeting.", JUN_2023, NO_DUE),
    ("extension-into-a-month", "Kim to ask for an extension into March 2024 on the survey.", JUN_2023, NO_DUE),
    ("plenum-is-a-meeting", "Report progress at the next plenum.", JUN_2023, None),
]


@pytest.mark.parametrize(("case_id", "text", "meeting", "expected"), CASES, ids=[c[0] for c in CASES])
def test_resolve_due(case_id: str, text: str, meeting: dt.date | None, expected: str | None) -> None:
    due = resolve_due(text, meeting)
    if expected == NO_DUE:
        assert due is None
    else:
        assert due is not None
        assert due.date == expected
        assert text[due.start:due.end] == due.text


PHRASES = [
    ("keeps-cue-and-meeting", "Vacancy dashboard for the September meeting - Lisa Stone.", "for the September meeting"),
    ("month-year-board", "Paper to the September 2018 Board meeting.", "to the September 2018 Board meeting"),
    ("by-the-end-of", "Action plan to be finalised by the end of March.", "by the end of March"),
    ("no-later-than", "Venue to be confirmed no later than 5 April.", "no later than 5 April"),
    ("on-weekday", "AB to send the agenda out on Monday.", "on Monday"),
    ("relative-self-contained", "Facilities to obtain a revised quote within 2 weeks.", "within 2 weeks"),
    ("open-next-meeting", "Report to the next Board meeting - Omar Price.", "to the next Board meeting"),
    ("asap", "Order replacement filters ASAP.", "ASAP"),
]


@pytest.mark.parametrize(("case_id", "text", "phrase"), PHRASES, ids=[c[0] for c in PHRASES])
def test_phrase_text_and_offsets(case_id: str, text: str, phrase: str) -> None:
    due = resolve_due(text, AUG_2017)
    assert due is not None
    assert (due.text, due.start, due.end) == (phrase, text.index(phrase), text.index(phrase) + len(phrase))


NEXT_MEETING = [
    ("next-meeting-known", "Lead officer to report to the next meeting.", "2017-09-05"),
    ("next-board-meeting-known", "Figures to the next Board meeting.", "2017-09-05"),
    ("future-meeting-stays-open", "Report to a future meeting on step-down cases.", None),
    ("asap-stays-open", "Fix the fire door as soon as possible.", None),
    ("month-ignores-next-meeting", "Budget paper for the October meeting.", "2017-10"),
    ("month-meeting-is-the-dated-one", "Costed options to the September meeting - Clerk.", "2017-09-05"),
    ("next-agenda", "Allotment rents to be on the next agenda.", "2017-09-05"),
    ("next-body-acronym", "RB to bring a revised forecast to next PSG.", "2017-09-05"),
    ("by-the-next-meeting-known", "Clerk to circulate the draft by the next meeting.", "2017-09-05"),
    ("before-the-next-meeting-known", "Clerk to circulate the draft before the next meeting.", "2017-09-05"),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), NEXT_MEETING, ids=[c[0] for c in NEXT_MEETING])
def test_next_meeting_date_when_known(case_id: str, text: str, expected: str | None) -> None:
    due = resolve_due(text, AUG_2017, next_meeting=dt.date(2017, 9, 5))
    assert due is not None and due.date == expected


@pytest.mark.parametrize(
    "text,meeting,expected",
    [("Sarah to return the signed forms on the 10th.", AUG_2017, "2017-08-10"),
     ("Report back by the 5th.", dt.date(2014, 1, 14), "2014-02-05"),
     ("Run the soldering class on the 25th.", dt.date(2014, 1, 14), "2014-01-25")],
)
def test_bare_day_ordinal(text: str, meeting: dt.date, expected: str) -> None:
    due = resolve_due(text, meeting)
    assert due is not None and due.date == expected


def test_week_on_weekday() -> None:
    due = resolve_due("Trustees to reply a week on Monday.", AUG_2017)
    assert due is not None and due.date == "2017-08-14"


def test_due_is_frozen() -> None:
    due = Due("by Friday", "2017-08-04", 0, 9)
    with pytest.raises(AttributeError):
        due.date = None  # type: ignore[misc]


def test_packaged_rules_load() -> None:
    rules = load_rules(RULES_PATH)
    assert rules.months["september"] == 9 and rules.weekdays["friday"] == 4


BAD_RULES = [
    ("not-json", '{"id": "cue-by", "kind": "cue", "role": "deadline", "pattern": "by"\n', 1, "not valid JSON"),
    ("missing-key", '{"id": "x", "kind": "cue"}\n{"id": "y", "kind": "colour"}\n', 1, "'role' must be"),
    ("bad-kind", '{"id": "y", "kind": "colour"}\n', 1, "unknown kind"),
    ("duplicate-id", '{"id": "a", "kind": "determiner", "words": []}\n\n{"id": "a", "kind": "determiner", "words": []}\n',
     3, "duplicate id"),
    ("bad-role", '{"id": "c", "kind": "cue", "role": "future", "pattern": "by"}\n', 1, "role must be"),
    ("bad-resolver", '{"id": "r", "kind": "relative", "pattern": "soon", "resolve": "someday"}\n', 1, "resolve must be"),
    ("missing-kind", '{"id": "d", "kind": "determiner", "words": ["the"]}\n', None, "no rules of kind"),
    ("bad-regex", '{"id": "r", "kind": "relative", "pattern": "(end of", "resolve": "days"}\n', 1, "bad pattern"),
]


@pytest.mark.parametrize(("case_id", "content", "line", "message"), BAD_RULES, ids=[c[0] for c in BAD_RULES])
def test_bad_rules_cite_file_and_line(tmp_path: Path, case_id: str, content: str, line: int | None,
                                     message: str) -> None:
    path = tmp_path / "due_rules.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(path)
    where = f"{path}:{line}:" if line else f"{path}:"
    assert str(err.value).startswith(where) and message in str(err.value)


@pytest.mark.parametrize(
    "case,text,meeting,expected",
    [
        ("today", "Mona to open the revert PR today.", dt.date(2020, 6, 4), "2020-06-04"),
        ("next-months-meeting", "Chen: plan to propose a tools fund at next month's meeting.", dt.date(2020, 10, 13), "2020-11"),
    ],
)
def test_relative_phrases_added_later(case, text, meeting, expected):
    due = resolve_due(text, meeting)
    assert due is not None and due.date == expected


# the phrase pre-check must never skip a unit a phrase rule would match: the table's units, the lines of
# our own training minutes, and near misses
GATE_TEXTS = [c[1] for c in CASES] + [
    "Report back within the next couple of weeks.",
    "Figures to follow at a later meeting of the sub-committee.",
    "The next steps were agreed.",
    "Nothing due: the item was noted.",
    "Sign-off expected by the 14th.",
    "Quarter-end returns to the treasurer.",
]


def _training_lines() -> list[str]:
    from ..conftest import REPO

    docs = sorted((REPO / "training_data" / "docs").glob("*.txt"))
    return [line for doc in docs for line in doc.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_phrase_prechecks_never_skip_a_phrase() -> None:
    import dataclasses

    from extractor.rules import Prechecked

    rules = load_rules(RULES_PATH)
    checked = [p.regex for p in rules.phrases if isinstance(p.regex, Prechecked)]
    checked += [r for r in rules.shapes.values() if isinstance(r, Prechecked)]
    assert checked
    plain = dataclasses.replace(
        rules, phrases=tuple(dataclasses.replace(p, regex=getattr(p.regex, "regex", p.regex)) for p in rules.phrases),
        shapes={name: getattr(r, "regex", r) for name, r in rules.shapes.items()},
    )
    for text in GATE_TEXTS + _training_lines():
        for regex in checked:
            assert [m.span() for m in regex.finditer(text)] == [m.span() for m in regex.regex.finditer(text)], text
        for meeting in (AUG_2017, None):
            assert resolve_due(text, meeting, rules=rules) == resolve_due(text, meeting, rules=plain), text


ALL_CHARACTERS = "".join(map(chr, range(0x110000)))


def test_fold_safe_characters_casefold_back_from_every_ignorecase_match() -> None:
    import re

    from extractor.resolve.due import FOLD_SAFE

    for char in sorted(FOLD_SAFE):
        for written in {char, char.upper()}:
            for found in re.findall(re.escape(written), ALL_CHARACTERS, re.I):
                assert found.casefold() == char, (written, found)


MONTH_KEYS = [
    # case, loose names, exact names, keys (None: no pre-check)
    ("english", ["september", "sept", "january"], ["May", "Sept."], ("jan", "may", "sep")),
    ("opens with i", ["mi"], [], None),  # 'İ' casefolds to two characters: no pre-check
    ("accented loose", ["élan"], [], None),
    ("accented exact", ["janv"], ["Août"], ("aoû", "jan")),
    ("two words", ["end march"], [], ("end",)),
    ("none", [], [], None),
]


@pytest.mark.parametrize("case,loose,exact,keys", MONTH_KEYS)
def test_month_keys(case, loose, exact, keys) -> None:
    from extractor.resolve.due import month_keys

    assert month_keys(loose, exact) == keys


MONTH_TEXTS = GATE_TEXTS + [
    "Report due ſeptember 3",  # long s: IGNORECASE matches it as 's'
    "Budget to SEPT. close",
    "Circulate in DECEMBER",
    "The market decision",  # keys present, no month: the regex still decides
    "Maybe later",
    "Deadline: 3 Août",
]


def test_month_pre_check_never_skips_a_month() -> None:
    from extractor.resolve.due import may_name_a_month

    rules = load_rules(RULES_PATH)
    assert rules.month_keys is not None and rules.month_gate is not None
    for text in MONTH_TEXTS + _training_lines():
        assert may_name_a_month(text, rules) == (rules.month_gate.search(text) is not None), text


MORE = [
    # id, action unit, meeting date, expected (NO_DUE: none)
    ("this-month", "Lucy will put the asset register on the website this month.", AUG_2017, "2017-08"),
    ("later-this-month", "Ravi will bring the API changes to a call later this month.", AUG_2017, "2017-08"),
    ("scheduled-this-month-dates-a-meeting", "The rota is to be settled by the team at a meeting scheduled this month.",
     AUG_2017, NO_DUE),
    ("a-years-time", "The Principal to report progress to Court in a year's time.", AUG_2017, "2018-08"),
    ("in-a-year-when", "He could not support the cost in a year when rents are frozen.", AUG_2017, NO_DUE),
    ("year-end-qualifies-a-noun", "Toby to send the year-end figures to the committee by 31 January.", AUG_2017,
     "2018-01-31"),
    ("year-end-review", "Book the accountant for the year-end review", AUG_2017, NO_DUE),
    ("year-end-deadline", "Close the petty cash book by year-end.", AUG_2017, "2017-12-31"),
    ("action-log-month-year", "BD/17/41 Revised waiting list trajectory PH Oct-17 Open", AUG_2017, "2017-10"),
    # a weekday and a day of the month with the month left out: the next date that has both
    ("weekday-and-day", "Jo to chase the contractor by Friday 11th.", AUG_2017, "2017-08-11"),
    ("weekday-and-day-next-month", "Kit to send the draft by Friday 1st.", AUG_2017, "2017-09-01"),
    ("weekday-the-day", "Ruth to reply by Monday the 14th.", AUG_2017, "2017-08-14"),
    ("weekday-day-and-month", "Jo to book the hall by Friday 11th August.", AUG_2017, "2017-08-11"),
    ("weekday-and-day-in-the-past", "The survey was held on Friday 11th.", AUG_2017, NO_DUE),
    # office shorthand before a weekday
    ("close-of-play", "Kit to confirm the numbers by COP Friday.", AUG_2017, "2017-08-04"),
    ("close-of-business", "Ruth to send the figures by close of business Thursday.", AUG_2017, "2017-08-03"),
    ("end-of-day", "Jo to circulate the paper by EOD Wednesday.", AUG_2017, "2017-08-02"),
]


UNSEEN = [
    # id, action unit, meeting date, expected
    ("end-of-q2", "Finance lead to close the audit points by the end of Q2.", NOV_2019, "2020-06-30"),
    ("end-q3-year", "Transition plan to be agreed by end Q3 2025.", JUN_2023, "2025-09-30"),
    ("end-of-q1-this-year", "Spend profile to be refreshed by the end of Q1.", dt.date(2024, 1, 9), "2024-03-31"),
    ("before-the-agm", "Secretary to update the membership list before the AGM.", AUG_2017, NO_DUE),
    ("within-14-days", "Contractor to remove the hoarding within 14 days.", JUN_2023, "2023-06-19"),
    ("week-commencing", "Site visit to be arranged by w/c 10 March.", AUG_2017, "2018-03-10"),
    ("mid-month", "Consultation response to be drafted by mid-April.", AUG_2017, "2018-04"),
    ("early-month", "Head of HR to report back in early May.", AUG_2017, "2018-05"),
    ("late-month", "Grounds team to reseed the pitch in late September.", AUG_2017, "2017-09"),
    ("end-of-the-month", "Treasurer to pay the hall invoice by the end of the month.", AUG_2017, "2017-08-31"),
    ("end-of-the-week", "Chair to reply to the resident by the end of the week.", AUG_2017, "2017-08-04"),
    ("end-of-next-week", "Clerk to circulate the draft by the end of next week.", JUN_2023, "2023-06-16"),
    ("ahead-of-month-meeting", "Officers to share the options ahead of the September meeting.", AUG_2017, "2017-09"),
    ("half-term", "Governors to complete the skills audit by half term.", AUG_2017, NO_DUE),
    ("no-later-than-ordinal", "Returns to reach the office no later than 31st March.", AUG_2017, "2018-03-31"),
    ("short-numeric-day-month", "Receipts to the treasurer by 31/03.", AUG_2017, "2018-03-31"),
    ("by-the-15th", "Rota to be filled in by the 15th.", AUG_2017, "2017-08-15"),
    ("friday-week", "Ward councillors to send comments by Friday week.", AUG_2017, "2017-08-11"),
    ("over-the-summer", "Caretaker to repaint the corridor over the summer.", AUG_2017, NO_DUE),
    ("new-year", "Working group to meet again in the new year.", AUG_2017, NO_DUE),
    ("end-named-month-no-of", "Business plan to be finalised by end June.", AUG_2017, "2018-06-30"),
    ("end-month-year-no-of", "Lease renewal to be signed by end-March 2018.", AUG_2017, "2018-03-31"),
    ("start-of-month", "Youth worker to book the minibus by the start of April.", AUG_2017, "2018-04"),
    ("first-week-of-month", "Rota for the fete to be drawn up by the first week of September.", AUG_2017, "2017-09"),
    ("weekday-abbrev", "SK to send the invoice to the hirer by Fri.", AUG_2017, "2017-08-04"),
    ("weekday-abbrev-and-day", "PM to return the keys by Wed 9th.", AUG_2017, "2017-08-09"),
    ("clock-time-before-weekday", "Nominations to the clerk by 5pm Friday.", AUG_2017, "2017-08-04"),
    ("noon-on-weekday", "Members to vote by noon on Thursday.", AUG_2017, "2017-08-03"),
    ("within-hours", "Duty manager to acknowledge the complaint within 48 hours.", AUG_2017, "2017-08-03"),
    ("weeks-from-today", "Decision on the lease two weeks from today.", AUG_2017, "2017-08-15"),
    ("easter-has-no-date", "Vicar to confirm the rota by Easter.", AUG_2017, NO_DUE),
    ("abbrev-meeting-is-past", "The Wed meeting notes were read and KL will file them.", AUG_2017, NO_DUE),
]


APR_2025 = dt.date(2025, 4, 3)  # a Thursday

QUARTERS_AND_SHORTHAND = [
    # id, action unit, meeting date, expected: quarters and halves, office shorthand, ranges of days that are
    # opening hours and no deadline
    ("by-bare-quarter", "Treasurer to submit the grant claim by Q3.", APR_2025, "2025-09-30"),
    ("in-quarter-with-year", "Roll-out of the new till system in Q2 2026.", APR_2025, "2026-06-30"),
    ("quarter-already-past-rolls-on", "Finance lead to close the audit points by Q1.", APR_2025, "2026-03-31"),
    # a financial year's quarter is no calendar quarter: Q4 of 2025/26 closes the year that opens in April 2025
    ("financial-quarter-is-no-calendar-quarter", "Bursar to reconcile the ledgers by Q4 FY25/26.", APR_2025, "2026-03-31"),
    ("end-of-first-half", "New booking system live by end of H1.", APR_2025, "2025-06-30"),
    ("second-half-with-year", "Pavilion refurbishment to be tendered in H2 2026.", APR_2025, "2026-12-31"),
    ("eow", "Kim to reply to the contractor by EOW.", APR_2025, "2025-04-04"),
    ("eom", "Receipts to the treasurer by EOM please.", APR_2025, "2025-04-30"),
    ("end-of-day-alone", "Rota changes to the office by end of day.", APR_2025, "2025-04-03"),
    ("end-of-day-then-weekday", "Rota changes to the office by end of day Tuesday.", APR_2025, "2025-04-08"),
    ("fy-end", "Asset register to be brought up to date by FY end.", APR_2025, "2026-03-31"),
    ("first-week-numeral", "Bunting to be ordered by the 1st week of June.", APR_2025, "2025-06"),
    ("action-log-day-month-year", "Chase the insurer for the renewal quote – 30-Apr-25", APR_2025, "2025-04-30"),
    ("action-log-day-month", "Renew the hall licence | Clerk | 14-May |", APR_2025, "2025-05-14"),
    ("opening-days-range", "Clerk to confirm the hall is open Monday to Friday.", APR_2025, NO_DUE),
    ("opening-days-abbreviated", "Kim to check the office is open Mon to Fri.", APR_2025, NO_DUE),
    ("opening-days-dash", "Ring the helpline, which runs Monday–Friday, about the outage.", APR_2025, NO_DUE),
    ("opening-days-hours", "Jo to put the new hours (Mon-Fri 9-5) on the website.", APR_2025, NO_DUE),
    ("opening-days-before-the-task", "The café opens Tuesday to Saturday; Jo to update the website.", APR_2025, NO_DUE),
    ("range-then-deadline", "Jo to put the Mon–Fri hours on the door by Friday.", APR_2025, "2025-04-04"),
    ("asap-no-date", "Fix the leaking boiler in the scout hut ASAP.", APR_2025, None),
    ("before-the-next-meeting-no-date", "Clerk to circulate the draft before the next meeting.", APR_2025, None),
    ("before-the-agm-no-date", "Secretary to circulate the accounts before the AGM.", APR_2025, NO_DUE),
    ("week-commencing-short", "Site visit to be arranged w/c 12 May.", APR_2025, "2025-05-12"),
    ("day-month-numeric-rolls", "Receipts to the treasurer by 31/3.", APR_2025, "2026-03-31"),
    ("us-month-ordinal", "Nominations due May 9th.", APR_2025, "2025-05-09"),
    ("on-or-before", "Kim to reply on or before 30 April.", APR_2025, "2025-04-30"),
    ("next-seven-days", "Kim to reply within the next 7 days.", APR_2025, "2025-04-10"),
    ("numeric-hyphens-full-year", "Kim to return the signed lease by 31-05-2025.", APR_2025, "2025-05-31"),
    ("year-first-slashes", "Grant report to the funder by 2025/05/31.", APR_2025, "2025-05-31"),
    ("hyphenated-range-is-no-date", "Kim to book the 10-12 year olds' session by Friday.", APR_2025, "2025-04-04"),
    ("weekday-and-day-month", "Kim to reply by Fri 11/4.", APR_2025, "2025-04-11"),
    ("week-commencing-numeric-in-bracket", "Update the website [Kim – w/c 12/05]", APR_2025, "2025-05-12"),
    ("within-the-month", "Treasurer to pay the insurer within the month.", APR_2025, "2025-04"),
    ("this-week-has-no-date", "Julia will move the funds from the deposit account this week.", APR_2025, NO_DUE),
    ("quarter-as-a-label", "Post the grants round for Q2 on the blog.", APR_2025, NO_DUE),
    # round 11: fixed days of the calendar, fiscal and calendar year ends written short, US month-first dates,
    # 24-hour clock times and dotted shorthand before a weekday, open or undated deadlines
    ("before-christmas", "Choir to confirm the carol rota before Christmas.", APR_2025, "2025-12-25"),
    ("by-xmas", "Kim to order the hampers by Xmas.", APR_2025, "2025-12-25"),
    ("by-christmas-eve", "Caretaker to grit the car park by Christmas Eve.", APR_2025, "2025-12-24"),
    ("by-new-years-day", "Bar rota to be published by New Year's Day.", APR_2025, "2026-01-01"),
    ("christmas-event-is-no-deadline", "Jo to book the band for the Christmas party on Friday.", APR_2025, "2025-04-04"),
    ("over-christmas-is-no-date", "Warden to check the hall over Christmas.", APR_2025, NO_DUE),
    ("end-of-fy", "Bursar to close the ledgers by end of FY.", APR_2025, "2026-03-31"),
    ("end-of-the-fy", "Bursar to close the ledgers by the end of the FY.", APR_2025, "2026-03-31"),
    ("end-of-year-no-article", "Kim to reply by end of year.", APR_2025, "2025-12-31"),
    ("end-of-year-accounts-are-no-deadline", "Treasurer to circulate the end of year accounts.", APR_2025, NO_DUE),
    ("close-of-month", "Kim to reply by the close of April.", APR_2025, "2025-04-30"),
    ("over-the-next-weeks", "Kim to gather quotes over the next two weeks.", APR_2025, "2025-04-17"),
    ("us-month-first-with-year", "Staff to return with options by 4/30/25.", APR_2025, "2025-04-30"),
    ("us-month-first-full-year", "Staff to return with options by 04/30/2025.", APR_2025, "2025-04-30"),
    ("us-month-first-short", "Staff to return with options by 3/15.", APR_2025, "2026-03-15"),
    ("day-first-stays-day-first", "Kim to reply by 05/06/2025.", APR_2025, "2025-06-05"),
    ("us-no-later-than", "Staff to return with options no later than May 15.", APR_2025, "2025-05-15"),
    ("on-or-before-us-date", "Kim to reply on or before April 30, 2025.", APR_2025, "2025-04-30"),
    ("month-the-ordinal", "Kim to reply by June the 1st.", APR_2025, "2025-06-01"),
    ("dotted-cob", "Kim to reply by C.O.B. Friday.", APR_2025, "2025-04-04"),
    ("close-of-play-spelled-out", "Kim to send the figures by close of play Friday.", APR_2025, "2025-04-04"),
    ("clock-24h-before-weekday", "Kim to reply by 17:00 Friday.", APR_2025, "2025-04-04"),
    ("within-28-days", "Contractor to remove the hoarding within 28 days.", APR_2025, "2025-05-01"),
    ("end-of-financial-year", "Asset register to be updated by the end of the financial year.", APR_2025, "2026-03-31"),
    ("quarter-and-year", "Roll-out of the new tills in Q2 2026.", APR_2025, "2026-06-30"),
    ("mid-month-hyphen", "Consultation response by mid-March.", APR_2025, "2026-03"),
    ("ongoing-is-no-date", "Monitoring of the car park – ongoing.", APR_2025, NO_DUE),
    ("tbc-is-no-date", "Date of the summer fair TBC.", APR_2025, NO_DUE),
    ("before-the-agm-stays-undated", "Secretary to circulate the accounts before the AGM.", APR_2025, NO_DUE),
]


ORDINAL_WORDS_AND_FIELDS = [
    # days written as ordinal words, and more ways to say a day or a period
    ("ordinal-word-day", "Kim to reply by the first of June.", APR_2025, "2025-06-01"),
    ("ordinal-word-day-no-of", "Clerk to renew the hall insurance by the fifteenth May.", APR_2025, "2025-05-15"),
    ("compound-ordinal-hyphen", "Treasurer to bank the takings by the twenty-first of May.", APR_2025, "2025-05-21"),
    ("compound-ordinal-spaced", "Treasurer to bank the takings by the thirty first of May.", APR_2025, "2025-05-31"),
    ("month-then-ordinal-word-and-year", "Head to report by May the second, 2026.", APR_2025, "2026-05-02"),
    ("bare-ordinal-word-day", "Governors to return the skills audit by the fifteenth.", APR_2025, "2025-04-15"),
    ("ordinal-word-of-the-month", "Rent to be paid on the first of the month.", APR_2025, "2025-05-01"),
    ("ordinal-word-before-a-noun-is-no-day", "Kim to report at the first meeting in May.", APR_2025, "2025-05"),
    ("no-later-than-the-day", "Returns to be filed no later than the 28th.", APR_2025, "2025-04-28"),
    ("no-later-than-bare-day", "Returns to be filed no later than 28th.", APR_2025, "2025-04-28"),
    ("end-of-the-calendar-month", "Invoices to be raised by the end of the calendar month.", APR_2025, "2025-04-30"),
    ("end-of-the-current-month", "Invoices to be raised by the end of the current month.", APR_2025, "2025-04-30"),
    ("weeks-abbreviated", "Contractor to quote within 2 wks.", APR_2025, "2025-04-17"),
    ("weekday-weds", "Kim to send the rota round by Weds.", APR_2025, "2025-04-09"),
    ("day-of-next-month", "Subscriptions to be paid by the 12th of next month.", APR_2025, "2025-05-12"),
    ("ordinal-word-of-next-month", "Subscriptions to be paid by the first of next month.", APR_2025, "2025-05-01"),
    ("bare-day-after-by", "Treasurer to pay the contractor by 5th.", APR_2025, "2025-04-05"),
    ("day-instant", "Clerk to reply by 12th inst.", APR_2025, "2025-04-12"),
    ("day-before-a-noun-is-no-date", "Kim to move the files to the office on the 5th floor.", APR_2025, NO_DUE),
    ("end-of-the-following-month", "Accounts to be filed by the end of the following month.", APR_2025, "2025-05-31"),
    ("within-a-calendar-month", "Objections to be lodged within one calendar month.", APR_2025, "2025-05"),
    ("nth-weekday-of-month", "Kim to reply by the first Monday in May.", APR_2025, "2025-05-05"),
    ("last-weekday-of-month", "Newsletter copy due by the last Friday of April.", APR_2025, "2025-04-25"),
    ("nth-weekday-digits-and-year", "Quiz night to be booked for the 2nd Tuesday of June 2026.", APR_2025, "2026-06-09"),
    ("fortnight-on-weekday", "Kim to reply a fortnight on Friday.", APR_2025, "2025-04-18"),
    ("weekday-fortnight", "Clerk to circulate the draft by Friday fortnight.", APR_2025, "2025-04-18"),
]


MAY_2025 = dt.date(2025, 5, 12)  # a Monday

ROUND_13 = [
    # id, action unit, meeting date, expected: a weekday of next week, the day after tomorrow, a meeting whose date
    # the unit states, a financial year written with both years, deadline fields of action tables, dates whose
    # weekday does not match (the day of the month wins), and many more ways bodies write a deadline
    ("weekday-next-week", "Kim to reply by Friday next week.", MAY_2025, "2025-05-23"),
    ("weekday-of-next-week", "Kim to circulate the notes on the Tuesday of next week.", MAY_2025, "2025-05-20"),
    ("monday-next-week-from-thursday", "Kim to reply by Monday next week.", dt.date(2025, 5, 15), "2025-05-19"),
    ("day-after-tomorrow", "Kim to reply by the day after tomorrow.", MAY_2025, "2025-05-14"),
    ("end-of-this-month-is-its-last-day", "Kim to reply by the end of this month.", MAY_2025, "2025-05-31"),
    ("next-meeting-with-its-date-in-brackets", "Kim to report at the next meeting (14 July).", MAY_2025, "2025-07-14"),
    ("next-meeting-with-its-date-after-a-comma", "Report to the next meeting, 14 July 2025.", MAY_2025, "2025-07-14"),
    ("next-meeting-date-after-a-dash", "Options paper to the next Board – 3 June.", MAY_2025, "2025-06-03"),
    ("next-meeting-on-a-date", "Kim to report to the next meeting on 14 July.", MAY_2025, "2025-07-14"),
    ("next-meeting-on-a-numeric-date", "Kim to report back at the next meeting on 14/07/2025.", MAY_2025, "2025-07-14"),
    ("next-meeting-no-date-stays-open", "Kim to report at the next meeting (if time allows).", MAY_2025, None),
    ("end-of-both-years", "Kim to reply by the end of 2025/26.", MAY_2025, "2026-03-31"),
    ("end-of-fy-both-years", "Bursar to close the ledgers by end of FY 2025/26.", MAY_2025, "2026-03-31"),
    ("end-of-a-calendar-year", "Kim to reply by the end of 2026.", MAY_2025, "2026-12-31"),
    ("days-from-the-meeting", "Kim to reply ten days from the meeting.", MAY_2025, "2025-05-22"),
    ("field-timescale-months", "Timescale: 3 months", MAY_2025, "2025-08"),
    ("field-timescale-weeks", "Timescale: 2 weeks", MAY_2025, "2025-05-26"),
    ("field-target-quarter", "Target: Q3 2025", MAY_2025, "2025-09-30"),
    ("field-when-quarter", "Who: Clerk  When: Q3", MAY_2025, "2025-09-30"),
    ("field-due-weekday", "Due: Friday", MAY_2025, "2025-05-16"),
    ("field-timescale-month", "Timescale: June", MAY_2025, "2025-06"),
    ("field-target-date-numeric", "Target date: 30/06/2025", MAY_2025, "2025-06-30"),
    ("field-due-date-dotted", "Due date – 30.06.2025", MAY_2025, "2025-06-30"),
    ("field-deadline-day-month", "Deadline: 30 June", MAY_2025, "2025-06-30"),
    ("field-due-end-of-month", "Due: end of June", MAY_2025, "2025-06-30"),
    ("field-timescale-next-meeting", "Timescale: next meeting", MAY_2025, None),
    ("field-financial-quarter-ends-in-march", "Target: Q4 FY25/26", MAY_2025, "2026-03-31"),
    ("weekday-mismatch-day-wins", "Kim to reply by Friday 17 May.", MAY_2025, "2025-05-17"),
    ("weekday-mismatch-ordinal-day-wins", "Kim to reply by Thursday 15th May.", MAY_2025, "2025-05-15"),
    ("weekday-and-date-and-year", "Kim to reply by Monday 19 May 2025.", MAY_2025, "2025-05-19"),
    ("weekday-abbrev-and-day", "Kim to reply by Tues 20th.", MAY_2025, "2025-05-20"),
    ("weekday-thurs", "Kim to reply by Thurs.", MAY_2025, "2025-05-15"),
    ("weekday-tues", "Kim to reply by Tues.", MAY_2025, "2025-05-13"),
    ("the-weekday", "Kim to reply by the Friday.", MAY_2025, "2025-05-16"),
    ("clock-dotted-pm-on-weekday", "Kim to reply by 5 p.m. on Thursday.", MAY_2025, "2025-05-15"),
    ("clock-dotted-24h-on-weekday", "Kim to reply by 17.00 on Wednesday.", MAY_2025, "2025-05-14"),
    ("midday-weekday", "Kim to reply by midday Friday.", MAY_2025, "2025-05-16"),
    ("end-of-play-weekday", "Kim to reply by end of play Tuesday.", MAY_2025, "2025-05-13"),
    ("cop-on-weekday", "Kim to send the figures by COP on Friday.", MAY_2025, "2025-05-16"),
    ("close-of-business-on-date", "Kim to reply by close of business on 30 May.", MAY_2025, "2025-05-30"),
    ("end-of-the-working-week", "Kim to reply by the end of the working week.", MAY_2025, "2025-05-16"),
    ("end-of-this-week", "Kim to reply by the end of this week.", MAY_2025, "2025-05-16"),
    ("this-weekday", "Kim to reply by this Friday.", MAY_2025, "2025-05-16"),
    ("weekday-next", "Kim to reply by Monday next.", MAY_2025, "2025-05-19"),
    ("week-ending-short", "Kim to reply by w/e 23 May.", MAY_2025, "2025-05-23"),
    ("week-ending-words", "Kim to reply by week ending 23 May.", MAY_2025, "2025-05-23"),
    ("week-beginning", "Kim to reply by the week beginning 2 June.", MAY_2025, "2025-06-02"),
    ("week-of", "Kim to reply in the week of 19 May.", MAY_2025, "2025-05-19"),
    ("within-six-weeks", "Kim to reply within 6 weeks.", MAY_2025, "2025-06-23"),
    ("within-one-week", "Kim to reply within one week.", MAY_2025, "2025-05-19"),
    ("within-seven-days", "Kim to reply within seven days.", MAY_2025, "2025-05-19"),
    ("within-a-month", "Kim to reply within a month.", MAY_2025, "2025-06"),
    ("in-ten-days", "Kim to reply in 10 days.", MAY_2025, "2025-05-22"),
    ("in-the-next-fortnight", "Kim to reply in the next fortnight.", MAY_2025, "2025-05-26"),
    ("dotted-short-year", "Kim to reply by 31.05.25.", MAY_2025, "2025-05-31"),
    ("dotted-single-digit-month", "Kim to reply by 31.5.2025.", MAY_2025, "2025-05-31"),
    ("day-month-short-year", "Kim to reply by 31 May 25.", MAY_2025, "2025-05-31"),
    ("the-day-month", "Kim to reply by the 31 May.", MAY_2025, "2025-05-31"),
    ("month-and-next-year", "Kim to reply by May 2026.", MAY_2025, "2026-05"),
    ("month-apostrophe-year", "Kim to reply by June '25.", MAY_2025, "2025-06"),
    ("month-hyphen-short-year", "Kim to reply by Jun-25.", MAY_2025, "2025-06"),
    ("first-week-in-month", "Kim to reply by 1st week in June.", MAY_2025, "2025-06"),
    ("us-month-day-ordinal", "Kim to reply by Sept 30th.", MAY_2025, "2025-09-30"),
    ("ordinal-day-abbrev-month-year", "Kim to reply by 30th Sep 2025.", MAY_2025, "2025-09-30"),
    ("meeting-on-a-date", "Kim to report to the meeting on 14 July.", MAY_2025, "2025-07-14"),
    ("season-meeting-is-undated", "Kim to report to the Autumn meeting.", MAY_2025, NO_DUE),
    ("term-meeting-is-undated", "Kim to report to the Spring term meeting.", MAY_2025, NO_DUE),
    ("year-end-in-brackets", "Kim to reply by 31 March (year end).", MAY_2025, "2026-03-31"),
    ("before-the-end-of-the-calendar-year", "Kim to reply before the end of the calendar year.", MAY_2025, "2025-12-31"),
    ("during-a-month", "Kim to reply during June.", MAY_2025, "2025-06"),
    ("two-months-the-first", "Kim to reply in June/July.", MAY_2025, "2025-06"),
    ("at-the-latest", "Kim to reply by 2 June at the latest.", MAY_2025, "2025-06-02"),
    ("not-later-than", "Kim to reply not later than 2 June.", MAY_2025, "2025-06-02"),
    # a due column's "Jan 25" in an action-log row (tabs or pipes) is a month and a two-digit year
    ("month-year-due-cell-tabs", "A04\tRenew the hall insurance\tAoife Byrne\tJan 26\tAmber", MAY_2025, "2026-01"),
    ("month-year-due-cell-pipes", "A05 | Refresh the risk register | Treasurer | Mar 26 | Red – delayed", MAY_2025,
     "2026-03"),
    ("month-year-due-cell-last", "| 7 | Fix the gate | Clerk | Nov 25 |", MAY_2025, "2025-11"),
    ("month-day-in-prose-is-a-day", "Clerk to renew the insurance by Jan 25.", MAY_2025, "2026-01-25"),
    ("by-no-later-than", "Kim to reply by no later than 2 June.", MAY_2025, "2025-06-02"),
    ("prior-to", "Kim to reply prior to 2 June.", MAY_2025, "2025-06-02"),
    ("in-advance-of-a-dated-meeting", "Kim to reply in advance of the 2 June meeting.", MAY_2025, "2025-06-02"),
    ("in-time-for-a-month-meeting", "Kim to reply in time for the June meeting.", MAY_2025, "2025-06"),
    ("at-the-month-agm", "Kim to report at the June AGM.", MAY_2025, "2025-06"),
    ("summer-recess-is-undated", "Clerk to circulate the consultation before the summer recess.", MAY_2025, NO_DUE),
    ("end-of-term-is-undated", "Kim to reply by end of term.", MAY_2025, NO_DUE),
    ("school-holidays-are-undated", "Kim to reply before the summer holidays.", MAY_2025, NO_DUE),
    ("elections-are-undated", "Kim to reply before the elections.", MAY_2025, NO_DUE),
    # a date offered and set aside ("if not on ...") is no deadline; the one after "then" is
    ("date-set-aside-is-no-deadline", "Sam to see if the scout hut can be booked, if not on 9 October then on a later evening.",
     MAY_2025, NO_DUE),
    ("date-after-then-is-the-deadline", "Kim to book the band, if not by Friday then by Monday.", MAY_2025, "2025-05-19"),
    ("if-not-sooner-keeps-the-deadline", "Kim to book the band by Friday if not sooner.", MAY_2025, "2025-05-16"),
]


ROUND_14 = [
    # quarters of a financial year written with both its years (it opens in April, as 'end of 2025/26' closes in March)
    ("financial-quarter-in-a-due-field", "Refresh the falls dashboard | Lead: SP | Due: Q3 2025/26", APR_2025, "2025-12-31"),
    ("financial-quarter-after-by", "Refresh the falls dashboard by Q3 2025/26.", APR_2025, "2025-12-31"),
    ("financial-quarter-with-a-hyphen", "Refresh the falls dashboard by Q1 2025-26.", APR_2025, "2025-06-30"),
    ("financial-quarter-fy-short-years", "Internal audit of payroll in Q2 FY25/26.", APR_2025, "2025-09-30"),
    ("financial-quarter-two-digit-years", "Lead: SP | Due: Q1 26/27", APR_2025, "2026-06-30"),
    ("end-of-a-financial-quarter", "Lead: SP | Target date: end Q2 2025/26", APR_2025, "2025-09-30"),
    ("end-of-the-financial-quarter-after-by", "Administration to report back by the end of Q3 2025/26.", APR_2025,
     "2025-12-31"),
    ("financial-quarter-already-past", "Refresh the falls dashboard by Q4 2024/25.", APR_2025, NO_DUE),
    ("financial-quarter-as-a-report-label", "Present the Q3 2025/26 performance report.", APR_2025, NO_DUE),
    # the styles of bodies never seen before
    ("end-of-day-shorthand-short-weekday", "- [ ] @kim: update the guide by EOD Fri", APR_2025, "2025-04-04"),
    ("week-commencing-in-a-due-field", "Lead: SP | Due: w/c 14 April", APR_2025, "2025-04-14"),
    ("dotted-short-date-in-a-due-field", "Lead: SP | Due: 14.04.25", APR_2025, "2025-04-14"),
    ("agm-with-its-date-in-brackets", "Clerk to circulate the accounts by the AGM (12 June 2025).", APR_2025, "2025-06-12"),
    ("agm-with-weekday-and-date-in-brackets", "Clerk to circulate before the AGM (Thursday 12 June).", APR_2025,
     "2025-06-12"),
    ("us-work-session-date", "Report to be presented at the April 22 work session.", APR_2025, "2025-04-22"),
    ("us-first-regular-meeting-of-a-month", "Staff to bring back a report by the first regular meeting in June.",
     APR_2025, "2025-06"),
    ("us-due-in-brackets-month-day", "- [ ] @kim: update the guide (due 4/11)", APR_2025, "2025-04-11"),
    ("australian-dated-council-meeting", "Report back at the 27 May Ordinary Council Meeting.", APR_2025, "2025-05-27"),
    ("time-before-the-day", "Cr Oduya to respond by 5pm on 10 April.", APR_2025, "2025-04-10"),
    ("before-a-dated-event", "Jo to book the coach before the regatta on 14 June.", APR_2025, "2025-06-14"),
    ("end-of-the-season-is-undated", "Jo to book the coach by the end of the season.", APR_2025, NO_DUE),
    ("new-financial-year-is-undated", "Report to come back in the new financial year.", APR_2025, NO_DUE),
]


MORE_SHAPES = MORE + UNSEEN + QUARTERS_AND_SHORTHAND + ORDINAL_WORDS_AND_FIELDS + ROUND_13 + ROUND_14


@pytest.mark.parametrize(("case_id", "text", "meeting", "expected"), MORE_SHAPES, ids=[c[0] for c in MORE_SHAPES])
def test_more_deadline_shapes(case_id: str, text: str, meeting: dt.date, expected: str | None) -> None:
    due = resolve_due(text, meeting)
    assert (due.date if due else NO_DUE) == expected

