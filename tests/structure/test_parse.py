"""parse_structure: title, body, date, time, venue and agenda items from the top of real-looking minutes."""

import datetime as dt

import pytest

from extractor.structure import parse_structure

HEADERS = [
    (
        "moderngov-export",
        "Westmoor Adult Care Scrutiny Panel\n"
        "Minutes of the Meeting held on Wednesday, 4th October, 2017 at 10.00 am in Meeting Room 2 - Shire Hall, Westmoor\n"
        "Present:\n\tCounty Councillor Ann Lee\n\tWestmoor County Council\n\n",
        ("Westmoor Adult Care Scrutiny Panel", dt.date(2017, 10, 4), "10:00", "Meeting Room 2 - Shire Hall, Westmoor"),
    ),
    (
        "web-harvested-partnership",
        "Agenda and minutes\n\nLocal Safeguarding Children Board\nFriday, 9 March 2018 9.30 am\n\n"
        "Venue: Council Chamber - Town Hall, Eastbridge. View directions\n\nContact: Jo Bell  01234 567890\n",
        ("Local Safeguarding Children Board", dt.date(2018, 3, 9), "09:30", "Council Chamber - Town Hall, Eastbridge."),
    ),
    (
        "title-with-date",
        "\nFire Accountability Board Minutes 14 January 2021\n\n\n\nKaren Holt (KH)\n\nLuis Perez (LP)\n\nAmy Tran (AT)\n",
        ("Fire Accountability Board Minutes 14 January 2021", dt.date(2021, 1, 14), None, None),
    ),
    (
        "markdown-notes",
        "---\ntags: [meeting-notes]\n---\n# 2023-04-05 Packaging Community Meeting\n\n## Attendees\n",
        ("2023-04-05 Packaging Community Meeting", dt.date(2023, 4, 5), None, None),
    ),
    (
        "wiki-no-title",
        "## Time and Location\n\nMarch 14, 2012\n\nMeeting called to order at \\_\\_7:35\\_\\_ by: Rosa\n\nMembers Present: Rosa, Karl, Ines\n",
        (None, dt.date(2012, 3, 14), "07:35", None),
    ),
    (
        "date-wrapped-over-two-lines",
        "Brackley Parish Council\nMinutes of the meeting held on Monday 8th\nSeptember 2014 at 7.30 pm\n",
        ("Brackley Parish Council", dt.date(2014, 9, 8), "19:30", None),
    ),
    (
        "previous-meeting-date-is-not-the-date",
        "Harbour Trust Board\n\nThe minutes of the previous meeting held on 2 May 2019 were approved.\n\nDate: 6 June 2019\n",
        ("Harbour Trust Board", dt.date(2019, 6, 6), None, None),
    ),
]


@pytest.mark.parametrize("case,text,expected", HEADERS, ids=[c[0] for c in HEADERS])
def test_header_facts(case, text, expected):
    meeting = parse_structure(text)
    assert (meeting.title, meeting.date, meeting.time, meeting.venue) == expected


@pytest.mark.parametrize(
    "line,expected",
    [("Minutes 14/6/23", dt.date(2023, 6, 14)), ("Board meeting 2021/03/03", dt.date(2021, 3, 3)),
     ("Wed, Sep 7, 2021", dt.date(2021, 9, 7)), ("MINUTES OF THE MEETING HELD ON TUESDAY 7 SEPTEMBER 2021", dt.date(2021, 9, 7)),
     ("Meeting held 14.06.2023", dt.date(2023, 6, 14)), ("3rd of March 2021", dt.date(2021, 3, 3)),
     ("Held Thursday, the 6th day of March, 2025, at 7:00 PM", dt.date(2025, 3, 6)),
     ("Held on the 21st day of October 2025", dt.date(2025, 10, 21)), ("Meeting 04-03-2025", dt.date(2025, 3, 4)),
     ("Board meeting 4-Mar-2025", dt.date(2025, 3, 4)),
     ("Date: 4th March 2025 (rescheduled from 25th February 2025)", dt.date(2025, 3, 4)),
     ("Thursday 6 March 2025 (postponed from 27 February 2025)", dt.date(2025, 3, 6)),
     ("Minutes of the meeting held on 4 March 2025, approved 1 April 2025", dt.date(2025, 3, 4)),
     ("Minutes, 03.03.26, 17.30", dt.date(2026, 3, 3)),
     ("held on the third day of March, Two Thousand and Twenty-Six", dt.date(2026, 3, 3)),
     ("Held on the twenty-first day of October 2025", dt.date(2025, 10, 21)),
     ("Committee meeting, 3rd March '26", dt.date(2026, 3, 3)),
     ("Regular Meeting Minutes 04/15/2025", dt.date(2025, 4, 15)), ("Date: 12/31/2025", dt.date(2025, 12, 31)),
     ("Minutes 4.15.2025", dt.date(2025, 4, 15)), ("Date: 4/15/25", dt.date(2025, 4, 15)),
     ("Date: 23-Apr-26", dt.date(2026, 4, 23)), ("Retreat held 14-15 March 2025", dt.date(2025, 3, 14)),
     ("Board retreat, March 14 & 15, 2025", dt.date(2025, 3, 14)), ("Workshop: Sept. 9-10, 2025", dt.date(2025, 9, 9)),
     ("Summit, 30 September – 1 October 2025", dt.date(2025, 9, 30)),
     ("Held Monday 30 December - Tuesday 31 December 2024", dt.date(2024, 12, 30)),
     ("Date: 3/Mar/2025", dt.date(2025, 3, 3)), ("Date: Mar-06-2025", dt.date(2025, 3, 6)),
     ("Date: 2025-3-4", dt.date(2025, 3, 4)), ("notes-20250304", dt.date(2025, 3, 4))],
)
def test_date_formats(line, expected):
    assert parse_structure(f"Harbour Board\n{line}\n\nThe report was noted.\n").date == expected


def test_an_ambiguous_numeric_date_follows_the_file_name():
    text = "## Time and Location\n\n6/4/2013, Fellowship hall\n\nMembers present: Vern, Ellie\n"
    assert parse_structure(text).date == dt.date(2013, 4, 6)  # day first, as UK minutes write it
    assert parse_structure(text, fallback_date=dt.date(2013, 6, 4)).date == dt.date(2013, 6, 4)
    dollars = text + "\nDues are $25 a month.\n"
    assert parse_structure(dollars).date == dt.date(2013, 6, 4)  # dollars and no pounds: month first


@pytest.mark.parametrize(
    "case,tail,expected",
    [
        ("american-spelling-without-dollars", "\nThe neighborhood center reopens in May.\n", dt.date(2013, 6, 4)),
        ("dollars-with-commonwealth-spelling", "\nCr Ames said the $25 fee covers the centre.\n", dt.date(2013, 4, 6)),
        ("dollars-and-a-councillor", "\nCouncillor Vern noted the $40,000 grant.\n", dt.date(2013, 4, 6)),
        ("no-signal-reads-day-first", "\nThe hall roof is fixed.\n", dt.date(2013, 4, 6)),
        ("a-us-office", "\nThe Village Manager reported on the roof.\n", dt.date(2013, 6, 4)),
        ("a-us-select-board", "\nThe Selectboard met in joint session.\n", dt.date(2013, 6, 4)),
        ("another-date-month-first", "\nThe minutes of 5/21/2013 were approved.\n", dt.date(2013, 6, 4)),
        ("another-date-day-first-outweighs-dollars", "\nThe $25 fee was set on 21/5/2013.\n", dt.date(2013, 4, 6)),
        ("dates-both-ways-fall-back-to-spelling", "\nSee 5/21/2013 and 21/5/2013 at the neighborhood center.\n",
         dt.date(2013, 6, 4)),
    ],
)
def test_an_ambiguous_numeric_date_follows_the_document_s_spelling(case, tail, expected):
    text = "## Time and Location\n\n6/4/2013, Fellowship hall\n\nMembers present: Vern, Ellie\n" + tail
    assert parse_structure(text).date == expected


@pytest.mark.parametrize(
    "case,text,expected",
    [
        ("weekday-day-month-under-a-titled-year", "Westfield Allotment Society – Committee Meetings 2025\n"
         "Minutes of meeting on Tuesday 4th March\n\nPresent: Tom Baker, Sue Kim\n", dt.date(2025, 3, 4)),
        ("month-day-above-the-year", "Thursday, March 6\nLibrary Board, 2025 minutes\n\nPresent: Tom Baker\n",
         dt.date(2025, 3, 6)),
        ("weekday-fits-the-next-year-of-a-season", "Rowing Club Committee 2024\nMonday 6th January\n\nPresent: Ann Lee\n",
         dt.date(2025, 1, 6)),
        ("no-year-anywhere", "Committee meeting\nTuesday 4th March\n\nPresent: Tom Baker\n", None),
        ("a-verb-is-no-month", "Club notes 2025\nItem 3 may be deferred.\n", None),
    ],
)
def test_a_date_without_its_year_takes_the_header_s_year(case, text, expected):
    assert parse_structure(text).date == expected


def test_date_falls_back_to_the_file_name_date():
    meeting = parse_structure("Notes\n\nThe group met and agreed the plan.\n", fallback_date=dt.date(2020, 2, 3))
    assert meeting.date == dt.date(2020, 2, 3)


ITEMS = [
    ("moderngov-markers", "<AI1>\n\t1.  \n\tWelcome\n\nHello all.\n</AI1>\n<AI2>\n\t2.  \n\tFinance Report\n\nThe deficit is £2m.\n</AI2>\n",
     [("1", "Welcome"), ("2", "Finance Report")]),
    ("numbered-headings", "Parish Council\n\n1. Apologies\n\nNone.\n\n2. Planning Applications\n\nNo objections.\n",
     [("1", "Apologies"), ("2", "Planning Applications")]),
    ("parish-minute-numbers", "Parish Council\n\n45/23 Planning\n\nNo objections.\n\n46/23 Finance\n\nAccounts noted.\n",
     [("45/23", "Planning"), ("46/23", "Finance")]),
    ("markdown-headings", "# Team Meeting 2022-01-05\n\n## Present\n\n* Ana Ruiz\n\n## Agenda\n\n### Releases\n\n* Shipped.\n\n### Hiring\n\n* Two offers out.\n",
     [(None, "Releases"), (None, "Hiring")]),
]


@pytest.mark.parametrize("case,text,expected", ITEMS, ids=[c[0] for c in ITEMS])
def test_agenda_items(case, text, expected):
    meeting = parse_structure(text)
    assert [(i.number, i.title) for i in meeting.items] == expected


def test_sections_are_the_nearest_heading_inside_the_item():
    text = "<AI3>\n\t3.  \n\tBudget\n\nThe report was presented.\n\nActions:\n\n· To circulate the plan – Jo Bell.\n</AI3>\n"
    meeting = parse_structure(text)
    assert meeting.section_at(text.index("To circulate")) == "Actions"
    assert meeting.section_at(text.index("The report")) is None


def test_resolved_that_heads_the_numbered_resolutions():
    text = "<AI2>\n\t2.  \n\tBudget\n\nRESOLVED – That\n(1) the report be noted;\n(2) the plan be approved.\n</AI2>\n"
    meeting = parse_structure(text)
    assert meeting.section_at(text.index("the plan")) == "RESOLVED – That"


def test_no_attendee_list_is_a_warning():
    assert parse_structure("Steering group notes 4 May 2021\n\nWe agreed the plan.\n").warnings == ["no attendee list found"]


@pytest.mark.parametrize(
    "case,tail,expected",
    [
        ("date-of-next-meeting", "Date of next meeting: Tuesday 4th December 2018, 6.00pm", dt.date(2018, 12, 4)),
        ("next-meeting-will-be-held", "The next meeting will be held on Thursday 16 February 2017 at 10.30 am.", dt.date(2017, 2, 16)),
        ("a-past-date-is-not-it", "The next meeting date (agreed on 2 March 2015) is to be confirmed.", None),
        ("date-under-numbered-heading", "9. Date of next meeting\nWednesday 7 December 2016 at 6.00pm, Harbour Office.",
         dt.date(2016, 12, 7)),
        ("date-under-markdown-heading", "## Next sync\n\n- 2016-11-03 16:00 UTC", dt.date(2016, 11, 3)),
        ("a-timed-line-outranks-a-remark", "## Next call\n- The clocks go back on 30 October 2016.\n- 8 November 2016 19:30",
         dt.date(2016, 11, 8)),
        ("the-line-below-names-it", "10. NEXT MEETING\n8 November 2016 at 10am (lease), and the next board meeting on 6 December 2016.",
         dt.date(2016, 12, 6)),
        ("a-sentence-is-no-heading", "Ms Orr will report to the next meeting.\nThe lease runs to 31 March 2017.", None),
    ],
)
def test_next_meeting_date(case, tail, expected):
    text = f"Harbour Trust Board\nMinutes of the meeting held on 20 October 2016\n\nThe report was noted.\n\n{tail}\n"
    assert parse_structure(text).next_meeting == expected


def test_due_by_the_next_meeting_uses_its_stated_date(shipped_nlp, tmp_path):
    from extractor.batch import collect_sources, process

    path = tmp_path / "harbour-board.txt"
    path.write_text(
        "Harbour Trust Board\nMinutes of the meeting held on 20 October 2016\n\nPresent:\nJo Bell (JB) Chair\n\n"
        "1. Finance\n\nACTION: JB to bring the revised budget to the next meeting.\n\n"
        "Date of next meeting: Tuesday 13 December 2016\n", encoding="utf-8")
    result = next(process(collect_sources([path]), shipped_nlp))
    action = next(u for u in result.units if u.label == "action")
    assert action.due.date == "2016-12-13" and [o.name for o in action.owners] == ["Jo Bell"]
    assert result.meeting.next_meeting == "2016-12-13"
