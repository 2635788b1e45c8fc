"""Attendance in shapes of bodies the training minutes do not cover: invented minutes, one shape a case.

US and Canadian roll calls (plural posts before the names, a header inside a header, a
qualified status mid-line), post-nominal degrees and credentials after names, names with
particles, and lists that are tables or IRC nicks. Each case gives the names recorded
present (members, then officers and guests) and the apologies.
"""

from __future__ import annotations

import pytest

from extractor.structure.parse import parse_structure


def names(people):
    return [p.name for p in people]


CASES = [
    (
        "a roll call header over 'Present:' and 'Absent:' on one line, a plural post before the names",
        "CITY OF LARCHMONT BAY\nREGULAR COUNCIL MEETING MINUTES\nMay 6, 2025\n\n1. CALL TO ORDER\n\n"
        "2. ROLL CALL: Present: Mayor Iris Vann, Councilmembers Theo Park, Lena Ruiz and Omar Hadi; "
        "Absent: Councilmember Gail Frost\n\n3. PLEDGE OF ALLEGIANCE\n",
        ["Iris Vann", "Theo Park", "Lena Ruiz", "Omar Hadi"],
        ["Gail Frost"],
    ),
    (
        "a qualified status inside a roll-call line: 'Council Members absent:' after a full stop",
        "Town of Wexley\nSpecial Meeting Minutes\nJune 2, 2025\n\n"
        "Roll Call: Council Members present: Nora Blake, Ivan Cole, Uma Roy. Council Members absent: Zed Lowe.\n",
        ["Nora Blake", "Ivan Cole", "Uma Roy"],
        ["Zed Lowe"],
    ),
    (
        "surnames after 'Alderpersons' in a roll call",
        "CITY OF EASTMERE\nCOMMON COUNCIL PROCEEDINGS\nMay 6, 2025\n\n"
        "Roll call. Present: Mayor Quist; Alderpersons Abel, Brandt, Cuomo and Dietz. Absent: Alderperson Ekberg.\n",
        ["Quist", "Abel", "Brandt", "Cuomo", "Dietz"],
        ["Ekberg"],
    ),
    (
        "abbreviated posts before names: 'Cncl.', 'Ald.', 'Supt.', 'Insp.'",
        "Harbour Police and Community Panel\nMinutes of meeting, 9 October 2025\n\n"
        "Present: Cllr Jo Banks (Chair), Cncl. Peter Vaughan, Supt. Mark Hale, Insp. Ruth Crane, Ald. George Finch\n"
        "Apologies: Sgt. Dan Webb\n\n1. Welcome\n",
        ["Jo Banks", "Peter Vaughan", "Mark Hale", "Ruth Crane", "George Finch"],
        ["Dan Webb"],
    ),
    (
        "degrees and credentials after names, some after a comma",
        "Northvale Health Partnership Board\nMinutes of the meeting held on 12 May 2025\n\n"
        "Present: Dr A. Patel PhD (Chair), J. Osei MBE, K. Lund, CPA, R. Diaz, Ed.D., Prof Helen Marsh FRCP\n"
        "Apologies: Sue Tran MBA\n\n1. Minutes\n",
        ["A. Patel", "J. Osei", "K. Lund", "R. Diaz", "Helen Marsh"],
        ["Sue Tran"],
    ),
    (
        "US credentials after commas inside ';' entries",
        "Pine Hollow Medical Staff Committee\nMinutes – April 8, 2025\n\n"
        "Present: Dr. Sam Ito, MD; Jane Holm, RN; Beth Moon, MSW, LCSW\nAbsent: Tom Ruiz, M.D.\n\n"
        "Call to order at 6:00 p.m.\n",
        ["Sam Ito", "Jane Holm", "Beth Moon"],
        ["Tom Ruiz"],
    ),
    (
        "surnames spelt like a degree stay, a degree in capitals goes",
        "Liaison group, 4 March 2025\n\nPresent: Anh Do, Li Md, CAI POE PHD, Dee Fox Ph.D.\n\n1. Notes\n",
        ["Anh Do", "Li Md", "CAI POE", "Dee Fox"],
        [],
    ),
    (
        "initials that read like a degree stay people in a list of initials",
        "Steering group, 3 March 2025\n\nPresent: AB, MD, JP, RN\n\n1. Actions\n",
        ["AB", "MD", "JP", "RN"],
        [],
    ),
    (
        "names with particles, apostrophes, Irish forms and hyphens",
        "Harbourside Community Trust\nMinutes of the Board meeting held on 3 June 2025\n\n"
        "Present: Pieter van der Berg (Chair), Maria de la Cruz, Sean O'Neill, Fiona McAllister, "
        "Aoife Ní Bhriain and Tom Hartley-Jones\nApologies: Greta von Essen\n\n1. Welcome\n",
        ["Pieter van der Berg", "Maria de la Cruz", "Sean O'Neill", "Fiona McAllister", "Aoife Ní Bhriain",
         "Tom Hartley-Jones"],
        ["Greta von Essen"],
    ),
    (
        "a meeting bot's list of nicks with underscores, the bot left out",
        "#infra-meeting 2025-03-10\n\nMeeting started by rosa_m at 14:00 UTC.\n\n"
        "People present (lines said)\n---------------------------\n* rosa_m (45)\n* ben-t (30)\n* kai__ (12)\n"
        "* meetbot (2)\n",
        ["rosa_m", "ben-t", "kai__"],
        [],
    ),
    (
        "an IRC 'Present:' line of logins with underscores, after a time stamp and a nick",
        "[14:00] <rosa_m> #startmeeting infra\n[14:00] <rosa_m> Present: rosa_m, ben_t, kai, dev_ops_lee\n"
        "[14:01] <ben_t> hi\n",
        ["rosa_m", "ben_t", "kai", "dev_ops_lee"],
        [],
    ),
    (
        "Markdown emphasis around names is no part of them",
        "# Garden club, 2 May 2025\n\nPresent: _Ann Lee_, __Bo Roe__, Cai Poe\n\n## Notes\n",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "posts written first with the person in brackets, a group noun inside the post",
        "Hillcrest Primary School – Full Governing Body\nMinutes of the meeting held on 22 January 2025\n\n"
        "Present: Chair of Governors (Helen Ward), Headteacher (Mark Ellis), Parent Governor (Sam Ortiz), "
        "Clerk to the Governors (Julia Reed)\n\n1. Apologies\n",
        ["Helen Ward", "Mark Ellis", "Sam Ortiz", "Julia Reed"],
        [],
    ),
    (
        "'Present' and 'Apologies' as the titles of two tab-separated columns",
        "Tidewater Rowing Club – Committee Meeting – 3 March 2025\n\nPresent\tApologies\nAnn Lee\tEve Hall\n"
        "Bob Roe\tGus Ng\nCai Poe\n\n1. Minutes\n",
        ["Ann Lee", "Bob Roe", "Cai Poe"],
        ["Eve Hall", "Gus Ng"],
    ),
    (
        "a sentence of names ending 'were present', and an apology sent in a sentence of its own",
        "Friends of Elm Park\nCommittee meeting, 6 May 2025\n\n"
        "Ann Lee (Chair), Bo Roe, Cai Poe and Dee Fox were present. Eve Hall sent her apologies.\n\n"
        "1. Last month's notes were agreed without change.\n",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        ["Eve Hall"],
    ),
    (
        "'Present at the meeting were ...' with the chair named last",
        "Friends of Elm Park\nCommittee meeting, 6 May 2025\n\n"
        "Present at the meeting were Bo Roe, Cai Poe and Dee Fox, with Ann Lee in the chair.\n\n1. Minutes\n",
        ["Bo Roe", "Cai Poe", "Dee Fox", "Ann Lee"],
        [],
    ),
    (
        "a roster with each member's status in brackets",
        "Westbrook Allotments Committee\nMinutes 6 May 2025\n\n"
        "Members: Ann Lee (present), Bo Roe (apologies), Cai Poe (Treasurer, present), Dee Fox (absent)\n\n1. Plots\n",
        ["Ann Lee", "Cai Poe"],
        ["Bo Roe", "Dee Fox"],
    ),
    (
        "surnames first with full given names, entries parted by semicolons",
        "Faculty Senate\nMinutes of April 3, 2025\n\nPresent: Smith, John; Doe, Jane (Secretary); Ortiz, Maria\n"
        "Absent: Kim, Daniel; Lee, Ann\n\n1. Call to order\n",
        ["John Smith", "Jane Doe", "Maria Ortiz"],
        ["Daniel Kim", "Ann Lee"],
    ),
    (
        "people and their organisations in ';' entries are not read surname first",
        "Water forum, 3 April 2025\n\nPresent: Ann Lee, Acme; Bo Roe, Globex; Cai Poe, Initech\n\n1. Notes\n",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "officers written 'Post – Name' in a comma list, capitals throughout the headers",
        "ORDINARY COUNCIL MEETING MINUTES\nTUESDAY 18 MARCH 2025\n\n"
        "PRESENT: Cr J Whitford (Mayor), Cr A Brennan, Cr L Nguyen\n"
        "IN ATTENDANCE: Chief Executive Officer – M Dwyer, Director Corporate Services – K Lam, "
        "Minute Secretary – T Hobbs\nAPOLOGIES: Cr S Barrett\n\n1. OPENING\n",
        ["J Whitford", "A Brennan", "L Nguyen", "M Dwyer", "K Lam", "T Hobbs"],
        ["S Barrett"],
    ),
    (
        "a roll-call table titled by the post, an X under 'Present' or 'Absent'",
        "City Council – Regular Meeting – April 1, 2025\n\nROLL CALL\nCouncilmember     Present   Absent\n"
        "Ann Lee             X\nBo Roe              X\nCai Poe                       X\nDee Fox             X\n\n"
        "APPROVAL OF AGENDA\n",
        ["Ann Lee", "Bo Roe", "Dee Fox"],
        ["Cai Poe"],
    ),
    (
        "a PDF's two columns of name and post with a narrow gap before the second titled name",
        "Governing Body Meeting\nMinutes – 11 March 2025\n\nMembers present:\n"
        "Mrs J Andrews    Chair            Mr P Brooks     Headteacher\n"
        "Dr L Carter      Parent Governor  Ms S Dunne      Staff Governor\n\n1. Welcome\n",
        ["J Andrews", "P Brooks", "L Carter", "S Dunne"],
        [],
    ),
    (
        "a governors' table with no header line above it, 'Governor Name' titling the name column, Y/N marks",
        "Governor Name\tCategory\tPresent\nAnn Lee\tCo-opted (Chair)\tY\nBo Roe\tHeadteacher\tY\n"
        "Cai Poe\tParent\tN\nDee Fox\tLA\tY\n\n1. Welcome\n",
        ["Ann Lee", "Bo Roe", "Dee Fox"],
        ["Cai Poe"],
    ),
    (
        "an online document's attendee lines, one a line, then 'Agenda' over its own lines",
        "Meeting notes — 10 Mar 2025\nAttendees\nAnn Lee\nBo Roe\nCai Poe\nAgenda\nRoadmap\nHiring\n",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
]


@pytest.mark.parametrize("case, text, attendees, apologies", CASES)
def test_attendance_in_unseen_shapes(case, text, attendees, apologies):
    meeting = parse_structure(text)
    assert names(meeting.attendees) == attendees
    assert names(meeting.apologies) == apologies


HEADER_WORDS = [
    ("hybrid: in the room", "Present in room", "present"),
    ("hybrid: on a call", "Via Teams", "present"),
    ("hybrid: by telephone", "Dial-in", "present"),
    ("UK councils part members from officers", "Elected members", "present"),
    ("an online call's list", "Call participants", "present"),
    ("a question as a header", "Who attended", "present"),
    ("people asked to come", "Invitees", "present"),
    ("a US excused absence", "Excused absence", "apologies"),
    ("apologies recorded", "Apologies noted", "apologies"),
    ("could not attend", "Could not attend", "apologies"),
    ("did not attend", "Did not attend", "apologies"),
    ("absent, no apology", "Absent without apology", "apologies"),
]


@pytest.mark.parametrize("case, header, group", HEADER_WORDS)
def test_header_words(case, header, group):
    meeting = parse_structure(f"Steering Group\nMinutes of meeting held 4 March 2025\n\n{header}: Ann Lee, Bo Roe\n\n"
                              "1. Welcome\nThe Chair opened the meeting.\n")
    listed = meeting.attendees if group == "present" else meeting.apologies
    assert names(listed) == ["Ann Lee", "Bo Roe"]


def test_a_body_bullet_led_by_a_group_word_names_no_one():
    meeting = parse_structure("Organisers meeting, 4 March 2025\n\nPresent: Ann Lee, Bo Roe\n\n## Runbooks\n"
                              "* Speakers - requirements, how to prepare, etc\n* Residents sent apologies for the noise.\n")
    assert names(meeting.attendees) == ["Ann Lee", "Bo Roe"]
    assert names(meeting.apologies) == []


TITLED = [
    ("a priest", "Fr. John Kelly", "John Kelly"),
    ("a bishop", "The Rt Revd Mia Lund", "Mia Lund"),
    ("an archdeacon", "The Ven Bo Roe", "Bo Roe"),
    ("a rabbi", "Rabbi Cai Poe", "Cai Poe"),
    ("a military rank", "Lt Col Dee Fox", "Dee Fox"),
    ("a naval rank", "Cdr Eve Hall", "Eve Hall"),
    ("a US state senator", "Senator Fay Gill", "Fay Gill"),
    ("a judge", "Judge Gus Ng", "Gus Ng"),
    ("a Canadian reeve", "Deputy Reeve Hal Ito", "Hal Ito"),
    ("a university office", "Vice-Chancellor Ida Jay", "Ida Jay"),
    ("a youth council", "Youth Councillor Jo Kerr", "Jo Kerr"),
    ("a German courtesy title", "Herr Karl Lutz", "Karl Lutz"),
    ("a first name like a rank stays", "Col Reddy", "Col Reddy"),
    ("'Don' is a first name", "Don Avery", "Don Avery"),
]


@pytest.mark.parametrize("case, mention, name", TITLED)
def test_titles_are_no_part_of_the_name(case, mention, name):
    meeting = parse_structure(f"Liaison group, 4 March 2025\n\nPresent: Ann Lee (Chair), {mention}\n\n1. Welcome\n")
    assert names(meeting.attendees)[-1] == name


INLINE = [
    ("'Name - Post' entries parted by commas", "Ann Lee - Chair, Bo Roe - Treasurer, Cai Poe - Secretary",
     ["Ann Lee", "Bo Roe", "Cai Poe"]),
    ("lower-case posts after dashes", "Ann Lee – chair, Bo Roe – minutes", ["Ann Lee", "Bo Roe"]),
    ("first names and posts", "Ann - Chair, Bo - Treasurer", ["Ann", "Bo"]),
    ("an organisation after a dash stays the role", "Jo Bell, Director of Care - Ashby CCG, Bo Roe", ["Jo Bell", "Bo Roe"]),
    ("inline bullets part names", "Ann Lee • Bo Roe • Cai Poe", ["Ann Lee", "Bo Roe", "Cai Poe"]),
    ("abbreviated posts before names", "Pres. Ann Lee, Treas. Cai Poe, Sec. Dee Fox, Comm. Eve Hall, Supv. Fay Gill",
     ["Ann Lee", "Cai Poe", "Dee Fox", "Eve Hall", "Fay Gill"]),
    ("a nickname in brackets inside a name", "Ann Lee, Robert (Bob) Smith and Cai Poe", ["Ann Lee", "Robert Smith", "Cai Poe"]),
]


@pytest.mark.parametrize("case, listed, expected", INLINE)
def test_inline_lists(case, listed, expected):
    meeting = parse_structure(f"Board meeting, 4 March 2025\n\nPresent: {listed}\n\n1. Welcome\nThe Chair opened it.\n")
    assert names(meeting.attendees) == expected


BLOCKS = [
    ("bullets of a name and an organisation after a comma", "* Ann Lee, Acme\n* Bo Roe, Globex\n* Cai Poe",
     ["Ann Lee", "Bo Roe", "Cai Poe"], []),
    ("lines of a name and an organisation after a comma", "Ann Lee (Chair), Acme\nBo Roe, Globex\nCai Poe",
     ["Ann Lee", "Bo Roe", "Cai Poe"], []),
    ("names in capitals one a line", "ANN LEE\nBO ROE\nCAI POE", ["ANN LEE", "BO ROE", "CAI POE"], []),
    ("a tick or a cross after each name", "Ann Lee ✓\nBo Roe ✓\nCai Poe ✗", ["Ann Lee", "Bo Roe"], ["Cai Poe"]),
    ("a register's P and Ap marks", "Ann Lee - P\nBo Roe - Ap\nCai Poe - P", ["Ann Lee", "Cai Poe"], ["Bo Roe"]),
    ("a roll call's A after a dash", "Ann Lee - P\nBo Roe - A\nCai Poe - P", ["Ann Lee", "Cai Poe"], ["Bo Roe"]),
    ("an 'A' in a table's column is no absence", "Name | Role | Block\nAnn Lee | Chair | A\nBo Roe | Treasurer | C",
     ["Ann Lee", "Bo Roe"], []),
    ("surname, comma, given name one a line", "Lee, Ann\nRoe, Bo\nPoe, Cai", ["Ann Lee", "Bo Roe", "Cai Poe"], []),
    ("initials, a dash, then the name", "AL – Ann Lee\nBR – Bo Roe\nCP – Cai Poe", ["Ann Lee", "Bo Roe", "Cai Poe"], []),
    ("a PDF's names in two columns", "Ann Lee      Bo Roe\nCai Poe      Dee Fox\nEve Hall",
     ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall"], []),
    ("a name and an organisation in columns stay one person", "Ann Lee      Acme Homes\nBo Roe      Network Rail",
     ["Ann Lee", "Bo Roe"], []),
]


@pytest.mark.parametrize("case, block, attendees, apologies", BLOCKS)
def test_one_person_a_line(case, block, attendees, apologies):
    meeting = parse_structure(f"Board meeting, 4 March 2025\n\nPresent:\n{block}\n\n1. Welcome\nThe Chair opened it.\n")
    assert names(meeting.attendees) == attendees
    assert names(meeting.apologies) == apologies


def test_an_apology_for_lateness_leaves_the_person_present():
    meeting = parse_structure("Board meeting, 4 March 2025\n\nPresent: Ann Lee, Bo Roe, Cai Poe\n"
                              "Apologies: Ann Lee (late), Bo Roe (illness)\n\n1. Welcome\n")
    assert names(meeting.attendees) == ["Ann Lee", "Cai Poe"]
    assert names(meeting.apologies) == ["Bo Roe"]


PROSE = [
    ("'Attending the meeting were:'", "Attending the meeting were: Ann Lee, Bo Roe, Cai Poe.", ["Ann Lee", "Bo Roe", "Cai Poe"]),
    ("guests of a call", "Joining us today: Ann Lee, Bo Roe", ["Ann Lee", "Bo Roe"]),
    ("the chair in a sentence before the list", "The meeting was chaired by Ann Lee. Present: Bo Roe, Cai Poe",
     ["Bo Roe", "Cai Poe", "Ann Lee"]),
    ("the chair as the subject", "Ann Lee chaired the meeting. Present: Bo Roe, Cai Poe", ["Bo Roe", "Cai Poe", "Ann Lee"]),
    ("the minute-taker in a sentence", "Present: Bo Roe, Cai Poe. Minutes were taken by Dee Fox.",
     ["Bo Roe", "Cai Poe", "Dee Fox"]),
]


@pytest.mark.parametrize("case, sentence, expected", PROSE)
def test_attendance_in_sentences(case, sentence, expected):
    meeting = parse_structure(f"Garden Club Committee\nMinutes of meeting, 4 March 2025\n\n{sentence}\n\n"
                              "1. Welcome\nThe Chair opened the meeting.\n")
    assert names(meeting.attendees) == expected


ONLINE = [
    (
        "a generated summary: 'Attendees' over indented 'Present', 'Regrets', 'Chair' and 'Scribe' sub-headers",
        "Attendees\n\n   Present\n          Ann_Lee, Bo_Roe, Cai_Poe\n\n   Regrets\n          Dee_Fox\n\n"
        "   Chair\n          Ann_Lee\n\n   Scribe\n          Bo_Roe\n\nContents\n",
        ["Ann Lee", "Bo Roe", "Cai Poe"], ["Dee Fox"],
    ),
    (
        "chat handles with dots, Discord tags and Matrix servers",
        "Weekly sync 2025-03-04\n\nPresent: @ann#1234, @bo_roe, @cai.poe, @dee:example.org\n\n## Notes\n",
        ["ann#1234", "bo_roe", "cai.poe", "dee:example.org"], [],
    ),
    (
        "group labels after column gaps on one line",
        "Riverside Tenants Forum – 6 May 2025\nBoard: Ann Lee, Bo Roe, Cai Poe  Staff: Dee Fox, Eve Hall  Guests: Fay Gill\n\n"
        "1. Minutes\n",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall", "Fay Gill"], [],
    ),
    (
        "a roll call answered 'here'",
        "## Roll call\n- Ann Lee: here\n- Bo Roe: here\n- Cai Poe: absent\n\n## Notes\n",
        ["Ann Lee", "Bo Roe"], ["Cai Poe"],
    ),
]


@pytest.mark.parametrize("case, text, attendees, apologies", ONLINE)
def test_online_meeting_shapes(case, text, attendees, apologies):
    meeting = parse_structure(text)
    assert names(meeting.attendees) == attendees
    assert names(meeting.apologies) == apologies


def test_a_register_with_no_header_or_titles():
    meeting = parse_structure("Board meeting, 4 March 2025\n\nAnn Lee | Chair | Present\nBo Roe | Treasurer | Apologies\n"
                              "Cai Poe | Member | Present\n\n1. Notes\n")
    assert names(meeting.attendees) == ["Ann Lee", "Cai Poe"]
    assert names(meeting.apologies) == ["Bo Roe"]


def test_a_table_of_things_is_no_register():
    meeting = parse_structure("Board meeting, 4 March 2025\n\n| Budget | 2025 | Approved |\n| Roof | 2026 | Pending |\n")
    assert names(meeting.attendees) == []


def test_a_handle_and_an_organisation_share_the_brackets():
    meeting = parse_structure("# Packaging WG – 2025-04-09\n\n## Attendees\n- Hana Sato (Redwood Labs)\n"
                              "- Lars Berg (@lberg, Nordvik)\n\n## Agenda\n")
    assert [(p.name, p.role, p.handle) for p in meeting.attendees] == [
        ("Hana Sato", "Redwood Labs", None), ("Lars Berg", "Nordvik", "lberg")]
