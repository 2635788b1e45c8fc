"""The meeting date: the text's header, then the file name, then front matter; front matter holds no units."""

import datetime as dt

import pytest

from extractor.structure.front_matter import parse_front_matter
from extractor.structure.layout import scan_lines
from extractor.structure.meeting_date import default_header_rules
from extractor.structure.parse import parse_structure

D = dt.date

DATES = [
    # case, text, file-name date, expected meeting date
    (
        "held-on-beats-yaml-publication-date",
        '---\ntitle: "Minutes of the Millbrook Allotment Society"\ndate: "2019-04-02"\n---\n\n'
        "Minutes of the committee meeting held on Tuesday 5 March 2019 at the pavilion\n\nPresent: Ann Lowe, Raj Patel\n",
        None, D(2019, 3, 5),
    ),
    (
        "bare-metadata-block-is-front-matter",
        "title: 2011 AGM\nslug: 2011-agm\ndate: 2023-01-14 09:12:40 UTC\ntags:\ntype: text\n\n"
        "# Minutes of the Harrow Hill Cycling Club AGM - 17 October 2011\n\nMeeting opened at 7:40pm.\n",
        None, D(2011, 10, 17),
    ),
    (
        "confirming-earlier-minutes-is-not-the-date",
        "F22/031 PRESENT\n\nCouncillors Varga, Osei and Lund.\n\nF22/032 MINUTES\n\n"
        "Members RESOLVED that the minutes of the last meeting, held on 14th March 2022, be signed.\n",
        D(2022, 5, 9), D(2022, 5, 9),
    ),
    (
        "to-confirm-agenda-wording-is-not-the-date",
        "Agenda and minutes\n\nVenue: Council Chamber\n\n2.\n\nMINUTES OF THE PREVIOUS MEETING\n\n"
        "To confirm the minutes of the meeting held on 3rd February 2021.\n",
        None, None,
    ),
    (
        "last-updated-stamp-before-the-date",
        "Page last updated 28 November 2016\n\nOakfield Parish Council\nMinutes of the meeting of 14 November 2016\n",
        None, D(2016, 11, 14),
    ),
    (
        "deadline-is-not-the-date",
        "Residents' forum notes\n\nResponses are needed by 1 May 2024 from every block.\n",
        D(2024, 4, 10), D(2024, 4, 10),
    ),
    (
        "front-matter-date-is-the-last-resort",
        "---\ntitle: Team sync\ndate: 2020-06-11T18:00:00+01:00\n---\n\n## Notes\n\n- We reviewed the backlog.\n",
        None, D(2020, 6, 11),
    ),
    (
        "file-name-beats-front-matter",
        "---\ntitle: Team sync\ndate: 2020-06-30\n---\n\n## Notes\n\n- We reviewed the backlog.\n",
        D(2020, 6, 11), D(2020, 6, 11),
    ),
    (
        "one-line-pdf-text-title-then-earlier-minutes",
        "MINUTES OF GLYNDERW COMMUNITY COUNCIL 7PM 3RD APRIL 2019 Present: Sioned, Huw, Gareth (Chair) "
        "2 The minutes of the meeting held on 6th March 2019 were approved. 3 Correspondence was read.\n",
        None, D(2019, 4, 3),
    ),
    (
        "only-a-deadline-gives-no-date",
        "Allotment committee\n\nTenants must hand back keys by 1 May 2024.\n\n1. Plots\nTwo plots were relet.\n",
        None, None,
    ),
    (
        "due-date-gives-no-date",
        "Allotment committee\n\nPlot rents due 1 May 2024.\n\n1. Plots\nTwo plots were relet.\n",
        None, None,
    ),
    (
        "no-later-than-gives-no-date",
        "Allotment committee\n\nReturn the survey no later than 1 May 2024.\n",
        None, None,
    ),
    (
        "payable-on-gives-no-date",
        "Allotment committee notes\n\n- Reminder: water charge payable on 1 May 2024\n- Paths were cleared\n",
        None, None,
    ),
    (
        "deadline-after-the-meeting-date",
        "Allotment committee, 3 April 2024\n\nPlot rents due 1 May 2024.\n",
        None, D(2024, 4, 3),
    ),
    (
        "due-to-meet-is-still-the-date",
        "Allotment committee notes\n\nThe committee met on 3 April 2024 at the hut.\n",
        None, D(2024, 4, 3),
    ),
    (
        "markdown-italic-date-line",
        "# Loomwork collective notes\n\n_11 April 2016, online_\n\nWe met.\n",
        None, D(2016, 4, 11),
    ),
    (
        "meeting-bot-ctime-stamp",
        "#fabcity: monthly meeting\n\nMeeting started by kbrent at 16:00:11 UTC.\nMeeting date Tue Apr  3 16:00:11 2012\n",
        None, D(2012, 4, 3),
    ),
    (
        "iso-date-and-time",
        "Board call, held 2019-03-05T18:00Z\n\nThe board approved the budget.\n",
        None, D(2019, 3, 5),
    ),
    (
        "next-meeting-line-is-not-the-date",
        "Date of next meeting: Thursday 9 January 2025\n\nMinutes of the Eastfield Friends group, 12 December 2024\n",
        None, D(2024, 12, 12),
    ),
    (
        "dotted-year-first-date-alone-under-the-title",
        "Tech Steering Call\n2022.08.17\nAttendees: Ana Rios, Ben Okafor\n- Release 1.4 by 2022-09-01\n",
        None, D(2022, 8, 17),
    ),
    (
        "a-calendar-version-is-no-date",
        "Tooling sync\nWe shipped release 2020.1.2 to the mirrors.\n",
        None, None,
    ),
    (
        "a-date-in-the-body-after-the-lists-gives-way-to-the-file-name",
        "Minutes of the Wellbeing Group\nHeld via Teams\n\nPresent: Sade Ogunleye (Chair), Piotr Zielny\n"
        "Apologies: Ken Itoh\n\nNotes\nThe staff survey closes on 30 April 2025.\n",
        D(2025, 3, 12), D(2025, 3, 12),
    ),
    (
        "a-date-field-after-the-lists-is-the-date",
        "SAILING CLUB GENERAL COMMITTEE\n\nMembers present:\nCommodore – Rory Balfour\nVice Commodore – Kate Lennox\n\n"
        "Date: 9 October 2025\n\n1. Finance\nSubscriptions total £14,620.\n",
        D(2025, 10, 1), D(2025, 10, 9),
    ),
    (
        "a-sentence-about-the-meeting-after-the-lists-is-the-date",
        "Residents' group\n\nPresent: Ada Quill, Bram Wren\n\nThe meeting was held on 4 March 2025 in the hall.\n",
        D(2025, 3, 1), D(2025, 3, 4),
    ),
    (
        "a-stale-word-after-a-date-with-no-later-date-is-its-own",
        "Harbour Board\nMinutes of 3 March 2025 approved\n\nPresent: Ada Quill, Bram Wren\n",
        None, None,
    ),
    (
        "a-deadline-before-the-lists-is-no-meeting-date",
        "Tenants' Association Committee\n\nDeadline for grant applications: 14 March 2025\n\n"
        "Minutes of meeting held 3 March 2025\n\nPresent: Fatma Bell (Chair), Gus Lytle\n",
        None, D(2025, 3, 3),
    ),
    (
        "a revision stamp above the meeting's date",
        "Draft v2 – 10 March 2025\nMinutes of the Board meeting held on 4 March 2025\n\nPresent: Ann Lee\n",
        None, D(2025, 3, 4),
    ),
    (
        "a version line above the meeting's date",
        "Version 3, 12 March 2025\nBoard minutes\nDate of meeting: 4 March 2025\n\nPresent: Ann Lee\n",
        None, D(2025, 3, 4),
    ),
    (
        "who wrote the notes and when",
        "Written by Bo Roe on 5 March 2025\nMeeting: 4 March 2025\n\nPresent: Ann Lee\n",
        None, D(2025, 3, 4),
    ),
    (
        "an e-mail's sent stamp above its subject",
        "Sent: 12 March 2025 10:00\nSubject: Minutes of meeting 4 March 2025\n\nPresent: Ann Lee\n",
        None, D(2025, 3, 4),
    ),
    (
        "a date of publication above the decision date",
        "Date of publication: 12 March 2025\nDecision date: 4 March 2025\n\nPresent: Ann Lee\n",
        None, D(2025, 3, 4),
    ),
    (
        "a term of office, both its ends passed over",
        "Term: 1 January 2025 to 31 December 2025\nMeeting held on 4 March 2025\n\nPresent: Ann Lee\n",
        None, D(2025, 3, 4),
    ),
    (
        "a bare DRAFT mark before the date is still the meeting's",
        "DRAFT – 4 March 2025\n\nPresent: Ann Lee\n",
        None, D(2025, 3, 4),
    ),
]


@pytest.mark.parametrize("case,text,file_date,expected", DATES, ids=[c[0] for c in DATES])
def test_meeting_date(case, text, file_date, expected):
    assert parse_structure(text, fallback_date=file_date).date == expected


WEEKDAYS = [
    ("weekday-agrees", "Minutes of the meeting held on Wednesday 1 March 2023\n", False),
    ("weekday-disagrees", "Minutes of the meeting held on Thursday 1 March 2023\n", True),
    ("no-weekday-given", "Minutes of the meeting held on 1 March 2023\n", False),
]


@pytest.mark.parametrize("case,text,warned", WEEKDAYS, ids=[c[0] for c in WEEKDAYS])
def test_weekday_that_disagrees_is_a_warning(case, text, warned):
    warnings = parse_structure(text).warnings
    assert any("was a Wednesday" in w for w in warnings) == warned


FRONT_MATTER = [
    # case, text, lines the block spans (or empty), fields expected among its fields
    ("yaml-fenced", "---\ntitle: x\ndate: 2020-01-02\n---\nbody\n", {0, 1, 2, 3}, {"date": "2020-01-02"}),
    ("yaml-list-values", "---\nattendees:\n- Ann Lowe\n- Raj Patel\n---\n", {0, 1, 2, 3, 4},
     {"attendees": ["Ann Lowe", "Raj Patel"]}),
    ("bare-lowercase-keys", "title: AGM\nslug: agm\ndate: 2011-10-17\n\nText.\n", {0, 1, 2}, {"slug": "agm"}),
    ("attendance-labels-are-not-front-matter", "Chair: Ann Lowe\nClerk: Raj Patel\nDate: 3 May 2021\n\nText.\n",
     set(), {}),
    ("too-few-keys", "title: AGM\ndate: 2011-10-17\n\nText.\n", set(), {}),
    ("unclosed-fence", "---\ntitle: x\n\nSome text that goes on.\n", set(), {}),
]


@pytest.mark.parametrize("case,text,lines,fields", FRONT_MATTER, ids=[c[0] for c in FRONT_MATTER])
def test_front_matter(case, text, lines, fields):
    front = parse_front_matter(scan_lines(text), default_header_rules().front_matter_keys)
    assert front.lines == lines
    assert {k: front.fields.get(k) for k in fields} == fields


def test_front_matter_lists_people_present_and_apologies():
    text = ("---\nlayout: meeting\ntitle: Directors' meeting\ndirectors:\n- Oona Feld\n- Basil Amari\n"
            "apologies:\n- Teo Lind\n---\n\n# Minutes\n\nThe directors agreed the accounts.\n")
    meeting = parse_structure(text)
    assert [p.name for p in meeting.attendees] == ["Oona Feld", "Basil Amari"]
    assert [p.name for p in meeting.apologies] == ["Teo Lind"]


def test_front_matter_lines_are_no_units():
    from extractor.units.split import split_units

    text = "title: 2011 AGM\nslug: 2011-agm\ndate: 2023-01-14\ntags:\n\n# AGM minutes\n\nThe accounts were approved.\n"
    meeting = parse_structure(text)
    units = [text[u.start:u.end] for u in split_units(text, meeting.lines, meeting.skip_lines)]
    assert units == ["The accounts were approved."]


# a two-digit-year date with full stops ("4.3.25") on a heading's date line is the meeting date;
# a section number ("4.3", "4.3.2") in the body never is
DOTTED_SHORT_YEAR = [
    ("date-label", "Ferndale Village Hall Trust\nTrustees' meeting\nDate: 4.3.25\n\n1. Welcome\nAll were welcomed.\n",
     None, D(2025, 3, 4)),
    ("date-label-padded", "Quarry Lane Tenants' Group\nDate: 04.03.25\nVenue: Community room\n\n1. Repairs\nNo update.\n",
     None, D(2025, 3, 4)),
    ("held-without-on", "Brookside Scout Group executive\nMeeting held 17.9.24 at the hut\n\n1. Finance\nBalances noted.\n",
     None, D(2024, 9, 17)),
    ("minutes-title-with-date", "Minutes of the Wildlife Group meeting 9.10.23\n\n1. Surveys\nBat walk booked.\n",
     None, D(2023, 10, 9)),
    ("date-of-meeting-label", "Orchard Close Management Company\nDate of meeting: 2.7.24\n\n1. Accounts\nApproved.\n",
     None, D(2024, 7, 2)),
    ("heading-number-over-a-date-line",
     "Orchard Close Management Company\n4.3.2 Matters arising\nMeeting held 21.1.25\n\n1. Accounts\nApproved.\n",
     None, D(2025, 1, 21)),
    ("section-numbers-are-not-dates",
     "Eastgate Residents' Panel\n\n4.3 Parking\nThe panel discussed parking.\n4.3.2 Signs\nNew signs were agreed.\n",
     None, None),
    ("section-number-in-body-keeps-file-date",
     "Eastgate Residents' Panel\n\n4. Budget\nSee paragraph 4.3.2 of the report for the reserves.\n",
     D(2024, 6, 12), D(2024, 6, 12)),
]


@pytest.mark.parametrize("case,text,file_date,expected", DOTTED_SHORT_YEAR, ids=[c[0] for c in DOTTED_SHORT_YEAR])
def test_dotted_short_year_date(case, text, file_date, expected):
    assert parse_structure(text, fallback_date=file_date).date == expected
