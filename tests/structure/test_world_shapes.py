"""Headers and attendance blocks of bodies from round the English-speaking world: invented minutes, one shape a case.

Community and town councils (Scottish, Welsh, Irish), municipal and company boards (India,
South Africa, Singapore), US school and homeowners' boards, a university senate, a vestry,
a Rotary club, a union branch, standards-body calls, online and exported notes, and text
pulled out of PDFs. Each case gives the meeting date, the names recorded present
(members, then officers and guests, in the order listed) and the apologies.
"""

from __future__ import annotations

import pytest

from extractor.structure.parse import parse_structure

from . import test_unseen_round9 as round9
from . import test_unseen_round10 as round10
from . import test_unseen_round11 as round11
from . import test_unseen_round12 as round12
from . import test_unseen_round13 as round13


def names(people):
    return [p.name for p in people]


CASES = [
    (
        "a Scottish community council: 'Tuesday 4th March, 2025 at 7.30pm', a police constable's title",
        "GLENARDLE COMMUNITY COUNCIL\nMinutes of the Ordinary Meeting held in the Public Hall on Tuesday 4th March, "
        "2025 at 7.30pm\n\nPresent: Morven Laidlaw (Chair), Calum Rennie (Secretary), Isla Brodie (Treasurer), "
        "Fraser Gunn\nAlso present: Cllr Ailsa Moffat (Highland Council), PC Rory Baird (Police Scotland), "
        "3 members of the public\nApologies: Kirsten Dow\n\n1. Minutes of previous meeting\n",
        "2025-03-04",
        ["Morven Laidlaw", "Calum Rennie", "Isla Brodie", "Fraser Gunn", "Ailsa Moffat", "Rory Baird"],
        ["Kirsten Dow"],
    ),
    (
        "a Welsh town council's bilingual headers and titles ('Cyng./Cllr', 'Maer / Mayor')",
        "CYNGOR TREF ABERNANT TOWN COUNCIL\nCofnodion / Minutes\nDydd Llun 10 Mawrth 2025 / Monday 10 March 2025\n\n"
        "Presennol / Present: Cyng./Cllr Rhian Prydderch (Maer / Mayor), Cyng./Cllr Gethin Morus, "
        "Cyng./Cllr Elen Huws\nHefyd yn bresennol / Also present: Siân Rhydderch (Clerc / Clerk)\n"
        "Ymddiheuriadau / Apologies: Cyng./Cllr Dafydd Ifans\n\n1. Croeso / Welcome\n",
        "2025-03-10",
        ["Rhian Prydderch", "Gethin Morus", "Elen Huws", "Siân Rhydderch"],
        ["Dafydd Ifans"],
    ),
    (
        "an Irish county council in capitals: 'IN THE CHAIR', 'MEMBERS PRESENT', officials one a line",
        "MINUTES OF THE MONTHLY MEETING OF CLOGHARD COUNTY COUNCIL\nHELD IN THE COUNCIL CHAMBER ON MONDAY, "
        "10TH FEBRUARY 2025 AT 2.00 P.M.\n\nIN THE CHAIR: Cathaoirleach, Cllr. Niamh Breathnach\n\n"
        "MEMBERS PRESENT:\nCllrs. P. Kavanagh, S. Ó Súilleabháin, M. Fitzmaurice, T. Dwane.\n\n"
        "OFFICIALS IN ATTENDANCE:\nMr. D. Keaveney, Chief Executive\nMs. A. Colgan, Director of Services\n"
        "Ms. R. Folan, Meetings Administrator\n\n1. CONFIRMATION OF MINUTES\n",
        "2025-02-10",
        ["Niamh Breathnach", "P. Kavanagh", "S. Ó Súilleabháin", "M. Fitzmaurice", "T. Dwane", "D. Keaveney",
         "A. Colgan", "R. Folan"],
        [],
    ),
    (
        "an Indian company board: 'the 6TH DAY OF MARCH, 2025', numbered directors, 'LEAVE OF ABSENCE'",
        "MINUTES OF THE 112TH MEETING OF THE BOARD OF DIRECTORS OF SURAJMUKHI FABRICS LIMITED HELD ON THURSDAY, "
        "THE 6TH DAY OF MARCH, 2025 AT 11.00 A.M. AT THE REGISTERED OFFICE OF THE COMPANY\n\n"
        "DIRECTORS PRESENT:\n1. Mr. Rajiv Iyengar - Chairman & Managing Director\n"
        "2. Mrs. Meenal Kulkarni - Independent Director\n"
        "3. Mr. Arvind Menon - Non-Executive Director (through video conferencing)\n\n"
        "IN ATTENDANCE:\n1. Ms. Pooja Deshmukh - Company Secretary\n2. Mr. Sunil Rao - Chief Financial Officer\n\n"
        "BY INVITATION:\nMr. Karan Shah, Partner, Statutory Auditors\n\nLEAVE OF ABSENCE:\n"
        "Mr. Vikram Joshi - Independent Director\n\n1. CHAIRMAN\n",
        "2025-03-06",
        ["Rajiv Iyengar", "Meenal Kulkarni", "Arvind Menon", "Pooja Deshmukh", "Sunil Rao", "Karan Shah"],
        ["Vikram Joshi"],
    ),
    (
        "a South African council: 'Councillors:' and 'Officials:' sub-headers under PRESENT, initials with stops",
        "MINUTES OF THE ORDINARY COUNCIL MEETING OF THE LUTHANDO LOCAL MUNICIPALITY HELD AT THE COUNCIL CHAMBER ON "
        "27 FEBRUARY 2025 AT 10:00\n\nPRESENT\nCouncillors:\nCllr T.M. Nkosana (Speaker)\nCllr B. Dlamuka (Executive Mayor)\n"
        "Cllr S.P. Mokoatle\nCllr N. van Wyngaard\n\nOfficials:\nMr L. Mahlangeni (Municipal Manager)\n"
        "Ms Z. Khumalo-Ndaba (Chief Financial Officer)\n\nAPOLOGIES\nCllr J. Botes\n\n1. OPENING AND WELCOME\n",
        "2025-02-27",
        ["T.M. Nkosana", "B. Dlamuka", "S.P. Mokoatle", "N. van Wyngaard", "L. Mahlangeni", "Z. Khumalo-Ndaba"],
        ["J. Botes"],
    ),
    (
        "a Singapore company: 'Date :' with the weekday after it, a group label line, 'As per attendance list'",
        "MINUTES OF THE 45TH ANNUAL GENERAL MEETING OF KEPPEL QUAY HOLDINGS LTD\n\nDate : 24 April 2025 (Thursday)\n"
        "Time : 10.00 a.m.\nVenue : Marina Room, Level 3\n\nPresent :\nBoard of Directors\n"
        "Mr Tan Wei Ming – Chairman and Non-Executive Director\nMs Lim Hui Min – Chief Executive Officer\n"
        "Dr Goh Kok Leong – Lead Independent Director\n\nShareholders : As per attendance list\n"
        "In attendance : Mr Ong Boon Hock – Company Secretary\n\n1. QUORUM\n",
        "2025-04-24",
        ["Tan Wei Ming", "Lim Hui Min", "Goh Kok Leong", "Ong Boon Hock"],
        [],
    ),
    (
        "a US school board: 'Board members present:' with posts after commas, ';' between people",
        "PINE RIDGE VALLEY SCHOOL DISTRICT\nBOARD OF EDUCATION\nREGULAR MEETING MINUTES\nTuesday, March 4, 2025 – 7:00 p.m.\n\n"
        "Board members present: Karen Whitlock, President; Doug Ellery, Vice President; Marisol Santos; Tyrone Beale; "
        "Linda Cho\nBoard members absent: Greg Hoffer\nAlso present: Dr. Alan Pearce, Superintendent; Beth Nolan, "
        "Board Secretary\n\nI. CALL TO ORDER\n",
        "2025-03-04",
        ["Karen Whitlock", "Doug Ellery", "Marisol Santos", "Tyrone Beale", "Linda Cho", "Alan Pearce", "Beth Nolan"],
        ["Greg Hoffer"],
    ),
    (
        "a homeowners' association: 'Directors Present/Absent', a manager with a credential and a company, a headcount",
        "Willow Bend Homeowners Association\nBoard of Directors Meeting Minutes\nDate: March 11, 2025\n"
        "Location: Clubhouse\n\nDirectors Present: Jim Parkes (President), Susan Klein (Treasurer), Ray Ortega (Secretary)\n"
        "Directors Absent: Heather Moss (Member at Large)\nManagement: Dana Fielding, CMCA, Summit Property Management\n"
        "Homeowners present: 6\n\n1. Call to Order\n",
        "2025-03-11",
        ["Jim Parkes", "Susan Klein", "Ray Ortega", "Dana Fielding"],
        ["Heather Moss"],
    ),
    (
        "a university senate: the chair's post before the name in brackets, long academic titles",
        "UNIVERSITY OF NORTHCLIFF\nSENATE\nMinutes of the meeting held on Wednesday 12 March 2025\n\n"
        "Present: The Vice-Chancellor (Professor Helen Greaves) (Chair), Professor Adam Lowrie (Deputy Vice-Chancellor), "
        "Dr Priya Nairn, Professor Tomasz Zielonka, Ms Eleanor Watt (Students' Union President)\n"
        "In attendance: Mr Robert Hales (University Secretary), Ms Claire Dunmore (Secretary to Senate)\n"
        "Apologies: Professor Martin Shawcross, Dr Grace Ofori-Atta\n\n25/01 Minutes\n",
        "2025-03-12",
        ["Helen Greaves", "Adam Lowrie", "Priya Nairn", "Tomasz Zielonka", "Eleanor Watt", "Robert Hales",
         "Claire Dunmore"],
        ["Martin Shawcross", "Grace Ofori-Atta"],
    ),
    (
        "a vestry: a canon in the chair, a headcount of parishioners, apologies in a sentence",
        "St Aldric's Parish Church, Westcombe\nMinutes of the Annual Vestry Meeting held on Sunday 23rd March 2025 "
        "following the 10am Eucharist\n\nPresent: Revd Canon Sarah Holden (Rector, in the chair), Mr Peter Lambe "
        "(Churchwarden), Mrs Joan Ashbury (Churchwarden), and 24 parishioners as per the signed list.\n"
        "Apologies were received from Dr Felix Orme and Miss Ruth Kemble.\n\n1. Election of Churchwardens\n",
        "2025-03-23",
        ["Sarah Holden", "Peter Lambe", "Joan Ashbury"],
        ["Felix Orme", "Ruth Kemble"],
    ),
    (
        "a Rotary club: 'Rtn.', 'PP', 'PDG' and 'IPP' before the names",
        "Rotary Club of Eastleigh Vale\nClub Assembly – Minutes\nDate: Thursday 6th February 2025, 12.30 pm\n\n"
        "Members present: President Rtn. Graham Noakes, PP Anne Rowland, Rtn. Keith Barlow, Rtn. Sunita Gill, "
        "PDG Michael Ferriby\nVisiting Rotarians: Rtn. Jo Hendry (RC of Marlow Vale)\nApologies: IPP Colin Drewitt, "
        "Rtn. Wendy Shawe\n\n1. Club business\n",
        "2025-02-06",
        ["Graham Noakes", "Anne Rowland", "Keith Barlow", "Sunita Gill", "Michael Ferriby", "Jo Hendry"],
        ["Colin Drewitt", "Wendy Shawe"],
    ),
    (
        "a union branch: 'Bro.' and 'Sis.' before names, a headcount of members",
        "Dockside Workers' Union – Northport Branch\nBranch Meeting Minutes, 5th March 2025, 6pm, Union Office\n\n"
        "Officers present: Bro. Dave Kerrigan (Branch Chair), Sis. Leanne Mortimer (Branch Secretary), "
        "Bro. Ali Rahim (Treasurer)\nMembers present: 14 (see attendance sheet)\nApologies: Sis. Kath O'Brien, "
        "Bro. Tom Reilly\n\n1. Correspondence\n",
        "2025-03-05",
        ["Dave Kerrigan", "Leanne Mortimer", "Ali Rahim"],
        ["Kath O'Brien", "Tom Reilly"],
    ),
    (
        "a standards call: 'Chair:' and 'Scribe:' above 'Present:' and 'Regrets:'",
        "Forms Accessibility Task Force – Teleconference\n2025-03-04\n\nChair: Ann Lee\nScribe: Cai Poe\n"
        "Present: Ann Lee, Bo Roe, Cai Poe, Dee Fox\nRegrets: Eve Hall, Fay Gill\n\nTopic: issue triage\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        ["Eve Hall", "Fay Gill"],
    ),
    (
        "a standards call whose chair and scribe are not repeated under 'Present:'",
        "Web Payments Community Group\nMinutes of 4 March 2025\n\nChair: Ann Lee\nScribe: Cai Poe\n"
        "Present: Bo Roe, Dee Fox\nRegrets: Eve Hall\n\n1. Agenda review\n",
        "2025-03-04",
        ["Bo Roe", "Dee Fox", "Ann Lee", "Cai Poe"],
        ["Eve Hall"],
    ),
    (
        "a hybrid meeting: 'Attendees (in person):' and 'Attendees (virtual):'",
        "Neighbourhood Plan Steering Group\nNotes of the meeting of Wednesday 5 March 2025, 7pm\n\n"
        "Attendees (in person): Ann Lee, Bo Roe\nAttendees (virtual): Cai Poe, Dee Fox, Eve Hall\n"
        "Apologies: Gus Ng\n\n1. Housing survey\n",
        "2025-03-05",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall"],
        ["Gus Ng"],
    ),
    (
        "a Google Docs table of key and value exported with pipes",
        "| Meeting | Finance Committee |\n|---|---|\n| Date | 4 March 2025 |\n| Attendees | Ann Lee, Bo Roe, Cai Poe |\n"
        "| Apologies | Dee Fox |\n\n## Discussion\n\n- The budget was reviewed.\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "a Notion export: properties as 'Key: value' lines, '@' before each participant",
        "# Product council\n\nDate: March 4, 2025\nParticipants: @Ann Lee @Bo Roe @Cai Poe\nType: Weekly\n\n"
        "## Agenda\n\n- Roadmap\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "keys and values parted by tabs",
        "Allotment Society Committee\n\nDate:\t04.03.2025\nPresent:\tAnn Lee, Bo Roe, Cai Poe\nApologies:\tDee Fox\n\n"
        "1. Water charges\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "a PDF's wrap in the middle of the last name",
        "Minutes of the Meeting of Fernhill Parish Council held on Monday 3 February 2025\nat 7.30pm in the Village Hall\n\n"
        "Present: Cllrs A Lee (Chairman), B Roe, C Poe, D Fox, E Hall, F Gill and G\nNg\n"
        "In attendance: Mrs H Ito (Clerk) and two members of the public\n\n25/01 Apologies: none\n",
        "2025-02-03",
        ["A Lee", "B Roe", "C Poe", "D Fox", "E Hall", "F Gill", "G Ng", "H Ito"],
        [],
    ),
    (
        "a PDF's page footer and running header inside the list",
        "Ashcombe Town Council\nMinutes of the Full Council meeting held on 3 February 2025\n\n"
        "Present: Cllr Ann Lee (Mayor), Cllr Bo Roe, Cllr Cai Poe,\nPage 1 of 3\n"
        "Ashcombe Town Council – Full Council – 3 February 2025\nCllr Dee Fox, Cllr Eve Hall\n"
        "Apologies: Cllr Fay Gill\n\n1. Declarations of interest\n",
        "2025-02-03",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall"],
        ["Fay Gill"],
    ),
    (
        "a US village's preamble 'on the 4th day of March, 2025', then 'PRESENT:' and 'ABSENT:' with plural posts",
        "VILLAGE OF ELMS GLEN\nBOARD OF TRUSTEES\n\nA regular meeting of the Board of Trustees of the Village of Elms Glen "
        "was held on the 4th day of March, 2025, at 7:00 p.m. in the Village Hall.\n\nPRESENT: Mayor Ann Lee; "
        "Trustees Bo Roe, Cai Poe and Dee Fox\nABSENT: Trustee Eve Hall\nALSO PRESENT: Village Clerk Fay Gill\n\n"
        "PLEDGE OF ALLEGIANCE\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Fay Gill"],
        ["Eve Hall"],
    ),
    (
        "'March 4th' with the year only in the title",
        "Library Board – 2025 Minutes\n\nMarch 4th meeting\n\nPresent: Ann Lee, Bo Roe, Cai Poe\n\n"
        "1. Opening\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a European numeric date with dots in the title",
        "Residents' Committee meeting 04.03.2025\n\nPresent: Ann Lee, Bo Roe\nApologies: Cai Poe\n\n1. Parking\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        ["Cai Poe"],
    ),
    (
        "a New Zealand council: 'His Worship the Mayor' and plural 'Councillors' with the names after",
        "WAIRANGI DISTRICT COUNCIL\nMinutes of an ordinary meeting of Council held in the Council Chambers on "
        "Thursday 13 March 2025 commencing at 9.30am\n\nPRESENT: His Worship the Mayor Ann Lee (Chairperson), "
        "Deputy Mayor Bo Roe, Councillors Cai Poe, Dee Fox and Eve Hall\nIN ATTENDANCE: Fay Gill (Chief Executive), "
        "Gus Ng (Group Manager Corporate)\nAPOLOGY: Councillor Hal Ito\n\n1. KARAKIA\n",
        "2025-03-13",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall", "Fay Gill", "Gus Ng"],
        ["Hal Ito"],
    ),
    (
        "a Canadian council: 'Council Present:', 'Staff Present:' and 'Regrets:'",
        "Township of Maple Bluff\nRegular Council Meeting Minutes\nMarch 4, 2025, 6:00 p.m.\n\n"
        "Council Present: Mayor Ann Lee, Deputy Mayor Bo Roe, Councillor Cai Poe, Councillor Dee Fox\n"
        "Regrets: Councillor Eve Hall\nStaff Present: Fay Gill, CAO/Clerk; Gus Ng, Treasurer\n\n1. Call to Order\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Fay Gill", "Gus Ng"],
        ["Eve Hall"],
    ),
    (
        "an older legal preamble: 'There were present:' and 'Absent with leave:'",
        "MINUTES of the monthly meeting of the Trustees of the Hollins Memorial Fund held on Tuesday the 4th of "
        "March 2025 at the offices of the Fund.\n\nThere were present: Ann Lee (in the chair), Bo Roe, Cai Poe.\n"
        "Absent with leave: Dee Fox.\n\n1. The minutes of the previous meeting were read and signed.\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "'VP' and 'Pres' written before names without stops",
        "Parent Teacher Association\nMinutes – 4 March 2025\n\nPresent: Pres Ann Lee, VP Bo Roe, Treasurer Cai Poe, "
        "Secretary Dee Fox\n\n1. Fundraising\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "the roll as a sentence: 'Roll call showed the following members present'",
        "Planning Commission\nMinutes of March 4, 2025\n\nRoll call showed the following members present: Ann Lee, "
        "Bo Roe, Cai Poe. Absent: Dee Fox.\n\nApproval of minutes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "voting and non-voting members in two lists",
        "Curriculum Committee\nMinutes of 4 March 2025\n\nVoting members present: Ann Lee (Chair), Bo Roe, Cai Poe\n"
        "Non-voting members present: Dee Fox (Registrar)\nGuests: Eve Hall\n\n1. Course approvals\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall"],
        [],
    ),
    (
        "'In attendance by invitation' and a quorum line",
        "Audit and Risk Committee\nMinutes of the meeting held on 4 March 2025\n\nMembers present: Ann Lee (Chair), "
        "Bo Roe, Cai Poe\nIn attendance by invitation: Dee Fox (External Auditor), Eve Hall (Internal Audit)\n"
        "Quorum: The meeting was quorate.\n\n1. Declarations of interest\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall"],
        [],
    ),
    (
        "present by telephone and present in person",
        "Board of Trustees\nMinutes, 4 March 2025\n\nPresent in person: Ann Lee, Bo Roe\nPresent by telephone: Cai Poe\n"
        "Apologies: Dee Fox\n\n1. Chair's report\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "a date with the ordinal written after 'of' and a weekday abbreviation",
        "Garden Club committee\nMinutes of Tues. 4th of March 2025\n\nPresent: Ann Lee, Bo Roe\n\n1. Show schedule\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        [],
    ),
    (
        "a day-month-abbreviation date with hyphens",
        "Ops review 04-Mar-2025\n\nAttendees: Ann Lee, Bo Roe, Cai Poe\n\n## Notes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "an Australian council: 'Leave of Absence:' and 'Apologies:' both absent",
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON TUESDAY 25 MARCH 2025\n\nPRESENT: Cr Ann Lee (Mayor), "
        "Cr Bo Roe, Cr Cai Poe\nLEAVE OF ABSENCE: Cr Dee Fox\nAPOLOGIES: Cr Eve Hall\n"
        "STAFF: Fay Gill (Chief Executive Officer)\n\n1. OPENING\n",
        "2025-03-25",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Fay Gill"],
        ["Dee Fox", "Eve Hall"],
    ),
    (
        "'Present:' names parted by ' and ' across two lines, a minute-taker line",
        "Friends of the Library\nMinutes of 4 March 2025\n\nPresent: Ann Lee (Chair), Bo Roe, Cai Poe\nand Dee Fox\n"
        "Minute taker: Eve Hall\n\n1. Book sale\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall"],
        [],
    ),
    (
        "a Kenyan county assembly: 'Hon.' before and 'MCA' after the names, the post after a dash",
        "COUNTY ASSEMBLY OF MARANGU\nMINUTES OF THE SITTING OF THE COMMITTEE ON FINANCE HELD ON TUESDAY, 4TH MARCH, 2025\n\n"
        "MEMBERS PRESENT\n1. Hon. Ann Lee, MCA – Chairperson\n2. Hon. Bo Roe, MCA – Vice Chairperson\n3. Hon. Cai Poe, MCA\n\n"
        "ABSENT WITH APOLOGY\n1. Hon. Dee Fox, MCA\n\nIN ATTENDANCE\n1. Ms. Eve Hall – Clerk Assistant\n\nMIN. 01/2025: PRELIMINARIES\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Eve Hall"],
        ["Dee Fox"],
    ),
    (
        "legislators' post-nominals: 'MLA', 'MPP', 'TD', 'MS'",
        "Regional Liaison Forum\nMinutes of 4 March 2025\n\nPresent: Ann Lee MLA, Bo Roe MPP, Cai Poe TD, Dee Fox MS, "
        "Eve Hall\n\n1. Introductions\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox", "Eve Hall"],
        [],
    ),
    (
        "titles of South Africa, the Philippines and Malaysia: 'Adv.', 'Atty.', 'YB'",
        "Joint Oversight Board\nMinutes of the meeting held on 4 March 2025\n\nPresent: Adv. Ann Lee (Chairperson), "
        "Atty. Bo Roe, YB Cai Poe, Engr. Dee Fox\n\n1. Opening\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "academic titles of several words: 'Assoc. Prof.', 'A/Prof', 'Emeritus Professor'",
        "Academic Board\nMinutes of 4 March 2025\n\nPresent: Assoc. Prof. Ann Lee (Chair), A/Prof Bo Roe, "
        "Emeritus Professor Cai Poe, Asst. Prof. Dee Fox\n\n1. Minutes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "'Messrs' and 'Mesdames' before groups of names",
        "Vestry Committee\nMinutes of 4 March 2025\n\nPresent: Messrs A Lee, B Roe; Mesdames C Poe, D Fox\n\n1. Fabric\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe", "D Fox"],
        [],
    ),
    (
        "a quorum sentence as the header: 'A quorum was established with the following directors present:'",
        "Cedar Point Condominium Association\nBoard Meeting Minutes – March 4, 2025\n\n"
        "A quorum was established with the following directors present: Jim Parkes, Susan Klein and Ray Ortega.\n"
        "Absent: Heather Moss\n\n1. Approval of minutes\n",
        "2025-03-04",
        ["Jim Parkes", "Susan Klein", "Ray Ortega"],
        ["Heather Moss"],
    ),
    (
        "excused and unexcused absences, both absent",
        "Board of Directors\nMinutes of March 4, 2025\n\nPresent: Ann Lee, Bo Roe\nAbsent (excused): Cai Poe\n"
        "Absent (unexcused): Dee Fox\n\n1. Call to order\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        ["Cai Poe", "Dee Fox"],
    ),
    (
        "'Members not in attendance:' after 'Members in attendance:'",
        "Parish Pastoral Council\nMinutes of 4 March 2025\n\nMembers in attendance: Ann Lee, Bo Roe, Cai Poe\n"
        "Members not in attendance: Dee Fox\n\n1. Opening prayer\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "an Irish bilingual header with the Irish first",
        "Coiste Pobail / Community Committee\nMinutes of 4 March 2025\n\nI láthair / Present: Ann Lee, Bo Roe\n"
        "Leithscéalta / Apologies: Cai Poe\n\n1. Fáilte / Welcome\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        ["Cai Poe"],
    ),
    (
        "the mayor's post written first with the councillor in brackets",
        "Borough Council\nMinutes of the meeting held on 4 March 2025\n\nPresent: The Mayor (Councillor Ann Lee), "
        "The Deputy Mayor (Councillor Bo Roe), Councillors Cai Poe and Dee Fox\n\n1. Prayers\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "a PDF's wrapped list indented with a tab, a signature line and page number as the foot",
        "Wrexley Parish Council: ordinary meeting, Tuesday 4 March 2025\n\nPresent:\tCllr A Lee (Chair), Cllr B Roe,\n"
        "Signed ........................ Chairman        Page 1 of 4\n\tCllr C Poe, Cllr D Fox\n"
        "Apologies:\tCllr E Hall\n\n25/01 Declarations\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe", "D Fox"],
        ["E Hall"],
    ),
    (
        "one line of posts and names parted by semicolons",
        "Allotment Association\nCommittee meeting, 4 March 2025\n\nChairman: Ann Lee; Members: Bo Roe, Cai Poe; "
        "Secretary: Dee Fox\n\n1. Plot inspections\n",
        "2025-03-04",
        ["Bo Roe", "Cai Poe", "Dee Fox", "Ann Lee"],
        [],
    ),
    (
        "an IETF-style list of people and their companies, one a line, and a 'Note takers:' line",
        "Interim meeting – 2025-03-04\n\nAttendees:\n  Ann Lee (Acme)\n  Bo Roe (Globex)\n  Cai Poe\n"
        "Note takers: Dee Fox\n\n## Agenda bash\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "a headcount with no names is no list of people",
        "Annual General Meeting\nMinutes of 4 March 2025\n\nAttendance: 42 members and 3 visitors\n"
        "Apologies: 6 members\n\n1. Chair's report\n",
        "2025-03-04",
        [],
        [],
    ),
    (
        "initials alone among the names are kept when no name follows them",
        "Steering group, 4 March 2025\n\nPresent: AB, VP, PP, JR\n\n1. Actions\n",
        "2025-03-04",
        ["AB", "VP", "PP", "JR"],
        [],
    ),
    (
        "a Word table flattened: the names under 'Attendees:' each on a tab-indented line",
        "Tenants' Panel\nMinutes of 4 March 2025\n\nAttendees:\tAnn Lee (Chair)\n\tBo Roe\n\tCai Poe\n"
        "Apologies:\tDee Fox\n\n1. Repairs\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "a Word document's paragraphs: one councillor a paragraph, blank lines between",
        "TOWN COUNCIL\nMinutes of the meeting held on 4 March 2025\n\nPRESENT\n\nCouncillor A Lee (Mayor)\n\n"
        "Councillor B Roe\n\nCouncillor C Poe\n\nAPOLOGIES\n\nCouncillor D Fox\n\n1. MINUTES\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe"],
        ["D Fox"],
    ),
    (
        "apologies sharing one reason in brackets after the last name",
        "Friends of the Museum\nMinutes of 4 March 2025\n\nPresent: Ann Lee, Bo Roe\n"
        "Apologies: Cai Poe, Dee Fox (both work commitments)\n\n1. Exhibitions\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        ["Cai Poe", "Dee Fox"],
    ),
    (
        "a video call's participant panel pasted: a count in the header, '(Host)' and '(Guest)' after names",
        "Community Radio Board\nMinutes of 4 March 2025\n\nParticipants (4)\nAnn Lee (Host)\nBo Roe\nCai Poe (Guest)\n"
        "Dee Fox\n\nAgenda\n1. Schedule\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "a call's attendance report pasted: 'Full Name' over join and leave times in tab-separated columns",
        "Working group call 4 March 2025\n\nFull Name\tJoin Time\tLeave Time\tDuration\n"
        "Ann Lee\t3/4/25, 6:58 PM\t3/4/25, 8:01 PM\t1h 3m\nBo Roe\t3/4/25, 7:00 PM\t3/4/25, 8:01 PM\t1h 1m\n"
        "Cai Poe\t3/4/25, 7:04 PM\t3/4/25, 7:45 PM\t41m\n\nNotes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "lower-case posts after commas inside ';' entries",
        "Garden Society\nMinutes of 4 March 2025\n\nPresent: Ann Lee, chair; Bo Roe, treasurer; Cai Poe, secretary; "
        "Dee Fox\n\n1. Spring show\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "'The following Councillors were in attendance:'",
        "Community Council\nMinutes of 4 March 2025\n\nThe following Councillors were in attendance: Ann Lee, Bo Roe, "
        "Cai Poe.\n\n1. Police report\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a form's fields: date, time and place, then 'Chair:', 'Minute taker:' and 'Attendees:'",
        "Date: 4 March 2025\nTime: 7pm\nPlace: Church Hall\nChair: Ann Lee\nMinute taker: Bo Roe\n"
        "Attendees: Cai Poe, Dee Fox\nApologies: Eve Hall\n\n1. Welcome\n",
        "2025-03-04",
        ["Cai Poe", "Dee Fox", "Ann Lee", "Bo Roe"],
        ["Eve Hall"],
    ),
    (
        "'Persons present:' and 'Also attending:' headers",
        "Water Users' Association\nMinutes of 4 March 2025\n\nPersons present: Ann Lee, Bo Roe\nAlso attending: Cai Poe\n\n"
        "1. Tariffs\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a headcount in a sentence names no one",
        "Residents' Association\nMinutes of 4 March 2025\n\nThe meeting opened at 7.30pm with 12 members present.\n\n"
        "1. Chair's welcome\n",
        "2025-03-04",
        [],
        [],
    ),
    (
        "a wiki page: '== Attendance ==' over '*' bullets, a bold header in wiki quotes",
        "= Committee meeting 2025-03-04 =\n\n== Attendance ==\n* Ann Lee\n* Bo Roe\n* Cai Poe\n\n"
        "'''Apologies:''' Dee Fox\n\n== Treasurer's report ==\nThe balance is healthy.\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "reStructuredText: an underlined 'Attendees' heading over a bullet list",
        "Steering Council Meeting 2025-03-04\n===================================\n\nAttendees\n---------\n\n"
        "- Ann Lee\n- Bo Roe\n- Cai Poe\n\nRegrets\n-------\n\n- Dee Fox\n\nAgenda\n------\n\n- Release plan\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "Org-mode: '*' headings over '-' items",
        "#+TITLE: Team meeting 2025-03-04\n\n* Attendees\n- Ann Lee\n- Bo Roe\n- Cai Poe\n* Notes\n- Sprint review done\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a roll-call template of task boxes: ticked is present, unticked is absent",
        "# Board meeting – 2025-03-04\n\n## Roll call\n- [x] Ann Lee\n- [x] Bo Roe\n- [ ] Cai Poe\n- [x] Dee Fox\n\n"
        "## Agenda\n- Budget\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Dee Fox"],
        ["Cai Poe"],
    ),
    (
        "'and 3 others' at the end of a list names no one",
        "Community call – 4 March 2025\n\nAttendees: Ann Lee, Bo Roe, Cai Poe and 3 others\n\n## Notes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a status in square brackets after a name",
        "Working group, 4 March 2025\n\nPresent: Ann Lee, Bo Roe [remote], Cai Poe [left early]\n\n## Notes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a web page's attendance table flattened with single spaces: titles, then name, post and status a row",
        "Audit Committee - Tuesday, 4th March, 2025 6.30 pm\n\nAttendee Role Attendance\n"
        "Councillor A Lee Chair Present\nCouncillor B Roe Committee Member Apologies\n"
        "Councillor C Poe Committee Member Present\nD Fox Democratic Services Officer In attendance\n\n1. Minutes\n",
        "2025-03-04",
        ["A Lee", "C Poe", "D Fox"],
        ["B Roe"],
    ),
    (
        "a PDF's titled names with the commas lost: the title written again starts the next person",
        "Cyngor Cymuned Community Council\nMinutes of the meeting held on 4 March 2025\n\n"
        "Present: Cllr A Lee (Chair) Cllr B Roe Cllr C Poe Cllr D Fox\nApologies: Cllr E Hall\n\n1. Declarations\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe", "D Fox"],
        ["E Hall"],
    ),
    (
        "courtesy titles alike start the next person; a comma still parts them too",
        "Village Hall Committee\nMinutes 4 March 2025\n\nPresent: Mr A Lee Mrs B Roe Dr C Poe, Councillor D Fox "
        "Councillor E Hall\n\n1. Bookings\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe", "D Fox", "E Hall"],
        [],
    ),
    (
        "initials written first, one person a line, some with a post in brackets",
        "Board, 4 March 2025\n\nPresent:\nJB – Jo Bell (Chair)\nKT – Kit Tran\nRO – Ruth Okafor (Treasurer)\n"
        "Apologies:\nMW – Mia Webb\n\n1. Welcome\n",
        "2025-03-04",
        ["Jo Bell", "Kit Tran", "Ruth Okafor"],
        ["Mia Webb"],
    ),
    (
        "a register table: a row left blank under 'Present' among ticked rows was not there",
        "# Maintainers call 2025-03-04\n\n## Attendance\n\n| Name | Company | Present |\n|---|---|---|\n"
        "| Ann Lee | Acme | ✓ |\n| Bo Roe | Globex | |\n| Cai Poe | Initech | ✓ |\n\n## Notes\n",
        "2025-03-04",
        ["Ann Lee", "Cai Poe"],
        ["Bo Roe"],
    ),
    (
        "a register table with no ticks at all marks no one absent",
        "# Maintainers call 2025-03-04\n\n## Attendance\n\n| Name | Company | Present |\n|---|---|---|\n"
        "| Ann Lee | Acme | |\n| Bo Roe | Globex | |\n\n## Notes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        [],
    ),
    (
        "a qualified header of an open-source body: 'TSC members present:' and 'TSC members absent:'",
        "# TSC meeting 2025-03-04\n\nTSC members present: Ann Lee, Bo Roe, Cai Poe\nTSC members absent: Dee Fox\n"
        "Guests: Eve Hall\n\n## Agenda\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Eve Hall"],
        ["Dee Fox"],
    ),
    (
        "a flattened page's one line of lists, each header with ':-'",
        "Parish Council 4 March 2025\nPresent:- Cllr A Lee (Chairman), Cllr B Roe, Cllr C Poe. In Attendance:- D Fox (Clerk). "
        "Apologies:- Cllr E Hall.\n1. Minutes\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe", "D Fox"],
        ["E Hall"],
    ),
    (
        "a governors' register flattened with single spaces: a row ending 'Present' is no header",
        "Governing Board\nFull Governing Board meeting 4 March 2025\nName Role Attendance\n"
        "Ann Lee Chair, Co-opted Governor Present\nBo Roe Headteacher Present\nCai Poe Parent Governor Apologies\n"
        "Dee Fox Clerk Present\n1. Welcome\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Dee Fox"],
        ["Cai Poe"],
    ),
    (
        "a web page's navigation before the title, 'Present Councillors:'",
        "Skip to main content\nHome > Your council > Meetings > Minutes\nMinutes of Full Council, 4 March 2025\n"
        "Present Councillors: A Lee (Chair), B Roe, C Poe\nApologies: Councillor D Fox\n1. Declarations of interest\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe"],
        ["D Fox"],
    ),
    (
        "one line of lists parted by semicolons and full stops, a police constable among them",
        "Community Council 4 March 2025\nPresent: A Lee (Chair); B Roe; C Poe. Also present: D Fox (Clerk); "
        "Cllr E Hall (Highland Council); PC F Gill. Apologies: G Ng.\n1. Police report\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe", "D Fox", "E Hall", "F Gill"],
        ["G Ng"],
    ),
    (
        "a list wrapped on to an indented line, 'and' before the last name",
        "Town Council 4 March 2025\nPRESENT: Councillors A Lee (Chairman), B Roe, C Poe, D Fox,\n          E Hall and F Gill.\n\n"
        "1. Apologies\n",
        "2025-03-04",
        ["A Lee", "B Roe", "C Poe", "D Fox", "E Hall", "F Gill"],
        [],
    ),
    (
        "surnames after 'Cllrs', a post before a titled surname, a headcount of the public",
        "Parish Council 4 March 2025\nAttendance: Cllrs Lee (Chair), Roe, Poe; Clerk Mrs Fox; 2 members of the public.\n"
        "1. Apologies\n",
        "2025-03-04",
        ["Lee", "Roe", "Poe", "Fox"],
        [],
    ),
    (
        "the whole opening on one line: title, date, lists and the first items",
        "Parish Council\nMinutes of the meeting held on Monday 3rd March 2025 at 7.30pm in the Village Hall. Present: "
        "Cllr A Lee (Chair), Cllr B Roe, Cllr C Poe, Cllr D Fox. Clerk: Mrs E Hall. 1 member of the public. "
        "25/01 Apologies: Cllr F Gill (work). 25/02 Declarations of interest: none.\n",
        "2025-03-03",
        ["A Lee", "B Roe", "C Poe", "D Fox", "E Hall"],
        ["F Gill"],
    ),
    (
        "names with lower-case posts in brackets and no commas between them",
        "Residents' Association\nCommittee meeting 4 March 2025\nPresent: Ann Lee (chair) Bo Roe (secretary) "
        "Cai Poe (treasurer) Dee Fox\nApologies: Eve Hall\n1. Minutes\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        ["Eve Hall"],
    ),
    (
        "a notes page's one line of fields parted by middle dots: 'When:', 'Who:', 'Notes:'",
        "# Tile server maintainers call\n\n**When:** 2025-03-04 · **Who:** Ann Lee, Bo Roe, Cai Poe · **Notes:** Bo\n\n"
        "## Round-up\n\n- Ann: finished the upgrade.\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "fields parted by bars, apologies among them",
        "Allotment committee\n\nDate: 4 March 2025 | Present: Ann Lee, Bo Roe | Apologies: Cai Poe | Venue: the pavilion\n\n"
        "1. Water\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        ["Cai Poe"],
    ),
    (
        "a Markdown table without outer bars: 'Present | Absent' over columns of names",
        "# Meeting 2025-03-04\n\nPresent | Absent\n--- | ---\nAnn Lee | Cai Poe\nBo Roe |\n\n## Agenda\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        ["Cai Poe"],
    ),
    (
        "a pipe table titled 'Present | Apologies'",
        "# Meeting 2025-03-04\n\n| Present | Apologies |\n|---|---|\n| Ann Lee | Cai Poe |\n| Bo Roe | |\n\n## Agenda\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe"],
        ["Cai Poe"],
    ),
    (
        "headers in capitals alone on their lines, the next item's title right under the last name",
        "Committee meeting\n4 March 2025\nPRESENT\nAnn Lee, Bo Roe, Cai Poe\nAPOLOGIES\nDee Fox\nMINUTES OF LAST MEETING\n"
        "Agreed.\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        ["Dee Fox"],
    ),
    (
        "a foundation board's indented lists under 'Directors Present:', 'Directors Absent:', 'Guests:'",
        "Board of Directors Meeting Minutes\n2025-03-04\n\n Directors Present:\n\n    Ann Lee\n    Bo Roe\n\n"
        " Directors Absent:\n\n    Cai Poe\n\n Executive Officers Present:\n\n    Dee Fox\n\n Guests:\n\n    Eve Hall\n\n"
        "1. Call to order\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Dee Fox", "Eve Hall"],
        ["Cai Poe"],
    ),
    (
        "a teleconference bot's 'Present:' with a phone line among the logins",
        "WG teleconference 04 March 2025\n\nPresent: ann, bo, Cai_Poe, +1.617.555.aaaa\nRegrets: dee\nChair: ann\n"
        "Scribe: bo\n\nContents\n",
        "2025-03-04",
        ["ann", "bo", "Cai Poe"],
        ["dee"],
    ),
    (
        "a church council: the post alone in the chair, plural posts and 'PCC members' before names",
        "Parochial Church Council\nMinutes of the meeting held on 4 March 2025\n\nPresent: The Rector (in the chair), "
        "Churchwardens Ann Lee and Bo Roe, PCC members Cai Poe, Dee Fox\n\n1. Prayers\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        [],
    ),
    (
        "'Board members' in lower case before names, after a chair",
        "Board 4 March 2025\n\nPresent: Ann Lee (Chair), Board members Bo Roe and Cai Poe\n\n1. Welcome\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a Lions club: 'Lion' and 'Ln.' before names, 'PDG Lion'",
        "Lions Club of Harbourside\nBoard meeting 4 March 2025\n\nPresent: Lion President Ann Lee, Lion Bo Roe, "
        "PDG Lion Cai Poe, Ln. Dee Fox\nApologies: Lion Eve Hall\n\n1. Service projects\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe", "Dee Fox"],
        ["Eve Hall"],
    ),
    (
        "a lodge: 'W.Bro.', 'W Bro' and 'Bro.' before names",
        "Lodge of Harmony No. 123\nMinutes of the regular meeting held on 4 March 2025\n\nPresent: W.Bro. Ann Lee "
        "(Worshipful Master), W Bro Bo Roe (Secretary), Bro. Cai Poe\n\n1. Opening\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
    (
        "a speakers' club: 'TM' before names, 'DTM' after one",
        "Harbour Toastmasters\nExecutive meeting 4 March 2025\n\nPresent: TM Ann Lee (President), TM Bo Roe, Cai Poe, DTM\n\n"
        "1. Membership\n",
        "2025-03-04",
        ["Ann Lee", "Bo Roe", "Cai Poe"],
        [],
    ),
]


@pytest.mark.parametrize("case, text, date, attendees, apologies",
                         [pytest.param(*c, id=c[0][:60]) for c in CASES] + round9._params(round9.CASES)
                         + round9._params(round10.CASES, round10.KNOWN) + round9._params(round11.CASES, round11.KNOWN)
                         + round9._params(round12.CASES, round12.KNOWN) + round9._params(round13.CASES, round13.KNOWN))
def test_world_shapes(case, text, date, attendees, apologies):
    meeting = parse_structure(text)
    assert (meeting.date.isoformat() if meeting.date else None) == date
    assert names(meeting.attendees) == attendees
    assert names(meeting.apologies) == apologies


DATES = [
    ("a UK numeric date with a two-digit year", "Parish Council\nMinutes of the meeting held 4/3/25\n\nPresent: Cllr Ann Lee\n",
     "2025-03-04"),
    ("a date with its ordinal after 'the' and the year after a comma", "Board of Trustees\nMinutes of the meeting held on "
     "Wednesday the 5th of March, 2025\n\nPresent: Ann Lee\n", "2025-03-05"),
    ("a short month and a two-digit year", "Ops review – 5 Mar 25\n\nAttendees: Ann Lee, Bo Roe\n", "2025-03-05"),
    ("a two-day meeting gives its first day", "Annual Conference Business Meeting\nMarch 4-5, 2025\n\nPresent: Ann Lee\n",
     "2025-03-04"),
    ("a date, a time range and a place parted by bars", "Weekly sync\nTuesday, 4 March 2025 | 18:30 – 20:00 | Zoom\n\n"
     "Attendees: Ann Lee, Bo Roe\n", "2025-03-04"),
    ("'Date/Time:' with a UK numeric date", "Friends of the Park\nDate/Time: 04/03/2025 19:00\nPresent: Ann Lee\n", "2025-03-04"),
    ("a date with dots and the year first", "Residents' Committee\nMeeting date: 2025.03.04\n\nPresent: Ann Lee\n", "2025-03-04"),
    ("a month in capitals, abbreviated", "STEERING GROUP\n04 MAR 2025\n\nPRESENT: Ann Lee, Bo Roe\n", "2025-03-04"),
    ("European day and month without leading zeros", "Vereniging Board meeting 4.3.2025\n\nPresent: Ann Lee\n", "2025-03-04"),
    ("a US date after a weekday with the year first in the title", "2025 Library Board Minutes\nTuesday, March 4\n\n"
     "Present: Ann Lee\n", "2025-03-04"),
    ("'the 4th day of March, A.D. 2025'", "MINUTES OF THE ANNUAL MEETING OF SHAREHOLDERS\nheld on the 4th day of March, A.D. 2025\n\n"
     "Present: Ann Lee\n", "2025-03-04"),
    ("a date after 'Minutes –' with an en dash and the weekday after it", "Board minutes – 4 March 2025 (Tuesday)\n\n"
     "Present: Ann Lee\n", "2025-03-04"),
]


@pytest.mark.parametrize("case, text, date", [pytest.param(*c, id=c[0][:60]) for c in DATES + round9.DATES + round13.DATES])
def test_meeting_dates_in_world_shapes(case, text, date):
    meeting = parse_structure(text)
    assert (meeting.date.isoformat() if meeting.date else None) == date


# every round's title cases (round 9's table marks its own known failure)
TITLES = [c if isinstance(c, type(pytest.param())) else pytest.param(*c, id=c[0][:60]) for c in round9.TITLES] \
    + round9._params(round10.TITLES, {}) + round9._params(round11.TITLES, round11.TITLES_KNOWN) \
    + round9._params(round12.TITLES, round12.TITLES_KNOWN) + round9._params(round13.TITLES, round13.TITLES_KNOWN)


@pytest.mark.parametrize("case, text, title", TITLES)
def test_unseen_titles(case, text, title):
    assert parse_structure(text).title == title
