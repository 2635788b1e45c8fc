"""find_attendance through parse_structure: who was present, in attendance or sent apologies.

Every block is invented minutes in one of the layouts real minutes use; each
expectation lists (name, role, initials) in document order. `attendees` holds
everyone recorded present: members first, then in-attendance officers and guests.
"""

from __future__ import annotations

import pytest

from extractor.structure.parse import parse_structure
from extractor.structure.people import parse_person, people_in_text, split_list


def triples(people):
    return [(p.name, p.role, p.initials) for p in people]


CASES = [
    (
        "inline list, honorifics dropped, roles in brackets, 'and' before the last",
        "OAKWORTH TOWN COUNCIL\nMinutes of the meeting held on 4 March 2024\n\n"
        "Present: Cllr Mrs Hilary Stott (Chair), Cllr Dr Ajay Menon (Vice-Chair), Cllr Paul Rigg and Cllr Wendy Ames\n"
        "In attendance: Mrs Jo Kettle (Town Clerk)\n"
        "Apologies: Cllr Ben Archer\n\n1. Welcome\nThe Chair opened the meeting.\n",
        [("Hilary Stott", "Chair", None), ("Ajay Menon", "Vice-Chair", None), ("Paul Rigg", None, None),
         ("Wendy Ames", None, None), ("Jo Kettle", "Town Clerk", None)],
        [("Ben Archer", None, None)],
        [("Jo Kettle", "Town Clerk", None)],
    ),
    (
        "plural title before the list, officers with organisation inside brackets",
        "Fenbridge District Council\nLicensing Committee\nTuesday, 9th April, 2024 at 10.00 am\n\n"
        "Present: Councillors Gordon Hale (Chair), Mrs Anita Broom (Vice-Chair), Sam Oduya, Dr Keith Lyle and Ruth Penn\n\n"
        "Officers in attendance: Nia Rowe (Licensing Manager), Dev Patel (Highways, Fenshire County Council) "
        "and Lisa Crane (Democratic Services Officer)\n\nApologies: Councillor Tom Viner\n",
        [("Gordon Hale", "Chair", None), ("Anita Broom", "Vice-Chair", None), ("Sam Oduya", None, None),
         ("Keith Lyle", None, None), ("Ruth Penn", None, None), ("Nia Rowe", "Licensing Manager", None),
         ("Dev Patel", "Highways, Fenshire County Council", None), ("Lisa Crane", "Democratic Services Officer", None)],
        [("Tom Viner", None, None)],
        [("Nia Rowe", "Licensing Manager", None), ("Dev Patel", "Highways, Fenshire County Council", None),
         ("Lisa Crane", "Democratic Services Officer", None)],
    ),
    (
        "comma list wrapped over lines, a name split by the wrap, commas and '&' inside brackets",
        "Millbeck Town Centre Forum\nMINUTES\nDate: 02/05/2024\n\n"
        "Present: Cllr Rosa Quint (Chair, Millbeck Borough Council), Tariq Bell (Bell & Sons\n"
        "Opticians), Jenny Voss (Millbeck Traders' Association), Conor\n"
        "Daly (Neighbourhood Sergeant, Westshire Police)\n\n"
        "Apologies: Cllr Ivan Roe, Megan Hart (Network Rail)\n",
        [("Rosa Quint", "Chair, Millbeck Borough Council", None), ("Tariq Bell", "Bell & Sons Opticians", None),
         ("Jenny Voss", "Millbeck Traders' Association", None),
         ("Conor Daly", "Neighbourhood Sergeant, Westshire Police", None)],
        [("Ivan Roe", None, None), ("Megan Hart", "Network Rail", None)],
        [],
    ),
    (
        "semicolon entries: 'Name (XX), Role', a role wrapped over the line end",
        "Westmere Ambulance Service NHS Trust\nAudit Committee\nMinutes of the meeting held on 12 June 2023\n\n"
        "Present: Helen Ashby (HA), Non-Executive Director (Chair); Marcus Lee (ML), Director of Finance\n"
        "and Estates; Priya Nair (PN), Non-Executive\n"
        "Director\n\n"
        "In attendance: Joe Burke (JB), Head of Internal Audit; Sara Kemp (SK), Board Secretary (minutes)\n\n"
        "Apologies: Owen Tate, Chief Executive\n",
        [("Helen Ashby", "Non-Executive Director (Chair)", "HA"), ("Marcus Lee", "Director of Finance and Estates", "ML"),
         ("Priya Nair", "Non-Executive Director", "PN"), ("Joe Burke", "Head of Internal Audit", "JB"),
         ("Sara Kemp", "Board Secretary (minutes)", "SK")],
        [("Owen Tate", "Chief Executive", None)],
        [("Joe Burke", "Head of Internal Audit", "JB"), ("Sara Kemp", "Board Secretary (minutes)", "SK")],
    ),
    (
        "one person a line: 'Name (XX) – Role', 'Name – Role', 'Name (Role)'",
        "ASHGROVE PRIMARY SCHOOL\nFull Governing Body\nWednesday 17th January 2024, 6.00pm\n\n"
        "Present:\nMrs Gail Peters (GP) – Chair, Co-opted Governor\nMr Alan Fry (AF) – Headteacher\n"
        "Dr Nadia Hussein (NH) – Parent Governor\n\n"
        "In attendance:\nMrs Rita Long – Clerk\nMr Simon Oakes – School Business Manager (for item 5)\n\n"
        "Apologies: Mr Lee Grant (Staff Governor)\n",
        [("Gail Peters", "Chair, Co-opted Governor", "GP"), ("Alan Fry", "Headteacher", "AF"),
         ("Nadia Hussein", "Parent Governor", "NH"), ("Rita Long", "Clerk", None),
         ("Simon Oakes", "School Business Manager, for item 5", None)],
        [("Lee Grant", "Staff Governor", None)],
        [("Rita Long", "Clerk", None), ("Simon Oakes", "School Business Manager, for item 5", None)],
    ),
    (
        "'Name, Role, Organisation' lines keep the role apart from the name",
        "Northfield Safeguarding Adults Board\nMinutes of the meeting held on 21 November 2023\n\n"
        "Present:\nRuth Okoye, Independent Chair\nJoseph Ferris, Head of Service, Probation Service\n"
        "Carla Mendes, Designated Nurse, Northfield ICB\n\nApologies: Dan Price (Fire and Rescue Service)\n",
        [("Ruth Okoye", "Independent Chair", None), ("Joseph Ferris", "Head of Service, Probation Service", None),
         ("Carla Mendes", "Designated Nurse, Northfield ICB", None)],
        [("Dan Price", "Fire and Rescue Service", None)],
        [],
    ),
    (
        "tab-separated table with a header row under 'Members present'",
        "Eastvale Community Safety Partnership\nMINUTES\nThursday 7 March 2024, 14:00\n\n"
        "Members present\nName\tOrganisation\tRole\n"
        "Cllr Joan Pike\tEastvale Borough Council\tChair\n"
        "Femi Adebayo\tProbation Service\tHead of Service\n"
        "Lena Kurz\tPublic Health\tConsultant in Public Health\n\n"
        "Apologies\tMark Dunn (Eastvale Homes)\n",
        [("Joan Pike", "Chair, Eastvale Borough Council", None), ("Femi Adebayo", "Head of Service, Probation Service", None),
         ("Lena Kurz", "Consultant in Public Health, Public Health", None)],
        [("Mark Dunn", "Eastvale Homes", None)],
        [],
    ),
    (
        "space-aligned columns without a header row",
        "Harbour View NHS Foundation Trust\nQUALITY COMMITTEE\nMinutes of the meeting held on 5 September 2023\n\n"
        "Present:\nMrs Ann Cole          Non-Executive Director (Chair)\nDr Ravi Shah          Medical Director\n"
        "Ms Tess Wong           Director of Nursing\n\n"
        "In attendance:\nMr Ian Bird           Governance Officer (minutes)\n",
        [("Ann Cole", "Non-Executive Director (Chair)", None), ("Ravi Shah", "Medical Director", None),
         ("Tess Wong", "Director of Nursing", None), ("Ian Bird", "Governance Officer (minutes)", None)],
        [],
        [("Ian Bird", "Governance Officer (minutes)", None)],
    ),
    (
        "Markdown table with no header line above it, attendance column sends apologies",
        "BROOKSIDE LEARNING TRUST\nMeeting of the Board of Trustees\nDate: 5 December 2023\n\n"
        "| Name | Initials | Role | Attendance |\n|---|---|---|---|\n"
        "| Dr Kate Lowe | KL | Chair of Trustees | Present |\n| Omar Said | OS | Trustee | Present (remote) |\n"
        "| Beth Ryder | BR | Trustee | Apologies |\n\n"
        "In attendance: Tim Vale (TV), Chief Financial Officer; Amy Quinn (AQ), Governance Professional\n",
        [("Kate Lowe", "Chair of Trustees", "KL"), ("Omar Said", "Trustee", "OS"),
         ("Tim Vale", "Chief Financial Officer", "TV"), ("Amy Quinn", "Governance Professional", "AQ")],
        [("Beth Ryder", "Trustee", "BR")],
        [("Tim Vale", "Chief Financial Officer", "TV"), ("Amy Quinn", "Governance Professional", "AQ")],
    ),
    (
        "'Trustees present:' then a Markdown table",
        "Hillside Carers' Trust\nBoard of Trustees\nMinutes of the meeting held on 14 May 2024\n\n"
        "Trustees present:\n\n| Name | Role |\n| --- | --- |\n| Grace Obi | Chair |\n| Peter Hale | Treasurer |\n\n"
        "Apologies: none\n",
        [("Grace Obi", "Chair", None), ("Peter Hale", "Treasurer", None)],
        [],
        [],
    ),
    (
        "'Board members:' and 'People present:' headers",
        "Greyfield Housing Co-operative\nMinutes of the meeting held on 3 October 2022\n\n"
        "Board members: Ellen Shaw (Chair), Victor Osei, Nina Rolfe\n"
        "People present: Carl Dove (Housing Manager)\n",
        [("Ellen Shaw", "Chair", None), ("Victor Osei", None, None), ("Nina Rolfe", None, None),
         ("Carl Dove", "Housing Manager", None)],
        [],
        [],
    ),
    (
        "'Attendees:' header then a table with initials and GitHub handles",
        "# Lumen Project Community Call 2024-02-07\n\n## Attendees:\n\n"
        "| Name | Initials | Organisation | GitHub handle |\n| --- | --- | --- | --- |\n"
        "| Mara Jovic | MJ | Lumen core | mjovic |\n| Kofi Boateng | KB | independent | kboat |\n\n## Agenda\n\n- Release\n",
        [("Mara Jovic", "Lumen core", "MJ"), ("Kofi Boateng", "independent", "KB")],
        [],
        [],
    ),
    (
        "role written first: 'Committee:' and 'Chair:' labels inside a Present block",
        "WILLOWDENE RESIDENTS' ASSOCIATION\nAnnual General Meeting held on Thursday 9th May 2019\n\n"
        "Present\nChair: Rhoda Finch\nCommittee: Len Marsh (Treasurer), Ola Nowak (Secretary),\nIvy Grant, Stan Booth\n"
        "Guests: Cllr Maya Reed (Willowdene ward), Tom Ash (PCSO, Westshire Police)\n"
        "Plus 31 members of the association.\n\nApologies: Mr & Mrs Field, Bill Sykes\n",
        [("Rhoda Finch", "Chair", None), ("Len Marsh", "Treasurer", None), ("Ola Nowak", "Secretary", None),
         ("Ivy Grant", None, None), ("Stan Booth", None, None), ("Maya Reed", "Willowdene ward", None),
         ("Tom Ash", "PCSO, Westshire Police", None)],
        [("Field", None, None), ("Bill Sykes", None, None)],
        [("Maya Reed", "Willowdene ward", None), ("Tom Ash", "PCSO, Westshire Police", None)],
    ),
    (
        "a role-first line at the top: 'Governance Professional:' and 'Minutes:'",
        "Kingsbarrow Academy Trust\nAudit and Risk Committee\nMeeting date: 2023-03-14\n\n"
        "Name | Role | Initials\nJune Ferris | Chair | JF\nAlex Moor | Trustee | AM\n\n"
        "Governance Professional: Ruth Dalby\nMinutes: Sean Kirk, Trust Administrator\n",
        [("June Ferris", "Chair", "JF"), ("Alex Moor", "Trustee", "AM"), ("Ruth Dalby", "Governance Professional", None),
         ("Sean Kirk", "Trust Administrator", None)],
        [],
        [],
    ),
    (
        "'Name' then 'Organisation' pairs, one role line read as a role not a person",
        "Corbridge Children's Services Improvement Board\nMinutes of the Meeting held on Tuesday, 2nd May, 2023\n"
        "Present:\n\t County Councillor Ann Royle CBE\n\tCorbridge County Council (Chair)\n\n"
        "\tInspector Lee Watts\n\tCorbridge Police\n\n\tMaya Fenn\n\tPrincipal Social Worker\n\n"
        "\tRoss Kidd\n\tPremises Officer, Civic Hall\n\n"
        "Apologies:\n\n\t Irene Lowe\n\tSecondary Schools\n\n<AI1>\n\t1.  \n\tWelcome\n</AI1>\n",
        [("Ann Royle", "Corbridge County Council (Chair)", None), ("Lee Watts", "Inspector, Corbridge Police", None),
         ("Maya Fenn", "Principal Social Worker", None), ("Ross Kidd", "Premises Officer, Civic Hall", None)],
        [("Irene Lowe", "Secondary Schools", None)],
        [],
    ),
    (
        "an indented role under each name; role-only lines are no people",
        "NORTH & WEST ENTERPRISE PARTNERSHIP\nInvestment Panel\nMinutes – Thursday 12 October 2023, 13:30\n\n"
        "PRESENT\nDerek Moss\n    Chair, Investment Panel\nCllr Jane Pryor OBE\n    Leader, Westby District Council\n"
        "Prof Amir Khan\n    Pro Vice-Chancellor (Enterprise), Westby University\n\n"
        "OFFICERS IN ATTENDANCE\nKim Lowe – Head of Programmes\n\nAPOLOGIES\nRoy Dean (private sector member)\n",
        [("Derek Moss", "Chair, Investment Panel", None), ("Jane Pryor", "Leader, Westby District Council", None),
         ("Amir Khan", "Pro Vice-Chancellor (Enterprise), Westby University", None),
         ("Kim Lowe", "Head of Programmes", None)],
        [("Roy Dean", "private sector member", None)],
        [("Kim Lowe", "Head of Programmes", None)],
    ),
    (
        "'Name' / 'Role' on alternate lines without blank lines",
        "Riverside Allotment Society\nCommittee meeting held on 6 June 2022\n\n"
        "Present:\nPauline Hart\nChair\nGeorge Imrie\nTreasurer\nLeader\n\nApologies: Sue Ford\n",
        [("Pauline Hart", "Chair", None), ("George Imrie", "Treasurer, Leader", None)],
        [("Sue Ford", None, None)],
        [],
    ),
    (
        "first names only, headers written as 'Members Present' and 'Others Present'",
        "## Time and Location\n\nMarch 12, 2019\n\nMembers Present: Ana, Bruno, Chidi, Dot, Tim R\n\n"
        "Others Present: Elsa, Fitz\n",
        [("Ana", None, None), ("Bruno", None, None), ("Chidi", None, None), ("Dot", None, None), ("Tim R", None, None),
         ("Elsa", None, None), ("Fitz", None, None)],
        [],
        [("Elsa", None, None), ("Fitz", None, None)],
    ),
    (
        "lowercase handles are people under Present; an observer with an organisation",
        "# Quillon TSC meeting — 2021-04-08\n\nChair: avance\n\n## Attendance\n\n"
        "Present: avance, bkoh, cdiallo\nObservers: dmorrow (Petrel Inc)\nAbsent: efranco\n\n## Agenda\n",
        [("avance", None, None), ("bkoh", None, None), ("cdiallo", None, None), ("dmorrow", "Petrel Inc", None)],
        [("efranco", None, None)],
        [("dmorrow", "Petrel Inc", None)],
    ),
    (
        "meeting-bot summary: 'People present (lines said)' at the end, the bot left out",
        "#lumen-meeting: weekly sync\n\nMeeting started by hpaz at 16:00:01 UTC.\n\n"
        "Meeting summary\n---------------\n* Roll call (hpaz, 16:00:10)\n\n"
        "People Present (lines said)\n---------------------------\n* hpaz (40)\n* jdrum (22)\n* lumenbot (5)\n* kwest (9)\n",
        [("hpaz", None, None), ("jdrum", None, None), ("kwest", None, None)],
        [],
        [],
    ),
    (
        "team members / others / not present with Markdown bold labels",
        "# Compiler triage 2021-09-02\n\n## Attendance\n\n**Team members**: Iris, Jonas, Kemal\n"
        "**Others**: Leif (wg-parser)\n**Not present**: Mila\n",
        [("Iris", None, None), ("Jonas", None, None), ("Kemal", None, None), ("Leif", "wg-parser", None)],
        [("Mila", None, None)],
        [("Leif", "wg-parser", None)],
    ),
    (
        "'Directors present' and 'Directors absent' lines do not run together",
        "# Poplar Foundation — Board of Directors\n\n**Date:** May 2, 2024\n\n"
        "**Directors present:** Ada Wren (Chair), Basil Ho (Treasurer), Cleo Rand\n**Directors absent:** Dmitri Volk\n"
        "**Also present:** Esme Tran (legal counsel, item 4 only)\n\nQuorum: 3 of 4 directors present.\n",
        [("Ada Wren", "Chair", None), ("Basil Ho", "Treasurer", None), ("Cleo Rand", None, None),
         ("Esme Tran", "legal counsel, item 4 only", None)],
        [("Dmitri Volk", None, None)],
        [("Esme Tran", "legal counsel, item 4 only", None)],
    ),
    (
        "organisations after a comma are roles, not people; 'and 5 members of the public' is nobody",
        "STANTHORPE PARISH COUNCIL\nMinutes of the meeting held on 10 July 2023\n\n"
        "Present: Cllr Kath Moor (Chairman), Cllr Rob Lyle\n"
        "In attendance: Mrs Dee Pratt (Clerk and RFO), District Councillor Ian Hume, PCSO Amy Kerr,\n"
        "Len Booth, Westshire Police and 5 members of the public\n",
        [("Kath Moor", "Chairman", None), ("Rob Lyle", None, None), ("Dee Pratt", "Clerk and RFO", None),
         ("Ian Hume", None, None), ("Amy Kerr", "PCSO", None), ("Len Booth", "Westshire Police", None)],
        [],
        [("Dee Pratt", "Clerk and RFO", None), ("Ian Hume", None, None), ("Amy Kerr", "PCSO", None),
         ("Len Booth", "Westshire Police", None)],
    ),
    (
        "apologies given only in a sentence",
        "Hawley Scrutiny Panel\nMinutes of the meeting held on 8 February 2024\n\n"
        "Present: Councillor Jim Batty (Chair), Councillor Rose Ince\n\n"
        "1. Apologies for absence\nApologies for absence were received from Cllr Alan Wray and Cllr Beth Monk.\n",
        [("Jim Batty", "Chair", None), ("Rose Ince", None, None)],
        [("Alan Wray", None, None), ("Beth Monk", None, None)],
        [],
    ),
    (
        "a sentence repeats a listed apology by surname and by initials",
        "Cresswell Trust Board\nMinutes of the meeting held on 19 March 2024\n\n"
        "Present: Gwen Hale (GH), Chair; Victor Lund (VL), Trustee\n"
        "Apologies: Martin Oyelowo (MO), Trustee\n\n"
        "1. Welcome\nApologies were received and accepted from MO.  Apologies were noted from Mr Oyelowo.\n",
        [("Gwen Hale", "Chair", "GH"), ("Victor Lund", "Trustee", "VL")],
        [("Martin Oyelowo", "Trustee", "MO")],
        [],
    ),
    (
        "the first agenda item after the list is not part of it",
        "Dunmore Hospitals NHS Trust\nPeople Committee\nMinutes of the meeting held on 6 March 2024\n\n"
        "Present:\nRosa Grey – Non-Executive Director, Chair (RG)\nIan Platt – Director of People (IP)\n"
        "Apologies:\nLuke Shaw – Non-Executive Director\n\n"
        "1. Welcome, apologies and declarations of interest\n"
        "The Chair welcomed members. Apologies were received as listed above. There were no\n"
        "declarations of interest.\n",
        [("Rosa Grey", "Non-Executive Director, Chair", "RG"), ("Ian Platt", "Director of People", "IP")],
        [("Luke Shaw", "Non-Executive Director", None)],
        [],
    ),
    (
        "an apology sentence naming a listed apology by first name adds no one",
        "Elmbank Food Bank\nMinutes of the trustees' meeting\nDate: 11/01/2022\n\n"
        "Present: Joy Keane (Chair), Arun Das (Treasurer)\nApologies:    Revd Colin Marsh\n\n"
        "1.  Welcome and apologies\nJoy welcomed everyone.  Apologies were received from Colin.\n",
        [("Joy Keane", "Chair", None), ("Arun Das", "Treasurer", None)],
        [("Colin Marsh", None, None)],
        [],
    ),
    (
        "a printed list of all members, then an apologies list: the apologies are absent",
        "Fernlea Parish Council\nMinutes of the meeting held on 1 April 2024\n\n"
        "Present: Cllr Nora Quist (Chair), Cllr Hal Dent, Cllr Ali Raza\n"
        "Apologies: Cllr Hal Dent, Cllr Jess Orme\n",
        [("Nora Quist", "Chair", None), ("Ali Raza", None, None)],
        [("Hal Dent", None, None), ("Jess Orme", None, None)],
        [],
    ),
    (
        "an apology only for arriving late, in a sentence, leaves the person present",
        "Fernlea Parish Council\nMinutes of the meeting held on 6 May 2024\n\n"
        "Present: Cllr Nora Quist (Chair), Cllr Hal Dent, Cllr Ali Raza\n\n"
        "1. Apologies were received from Cllr Jess Orme and from Cllr Hal Dent for late arrival.\n",
        [("Nora Quist", "Chair", None), ("Hal Dent", None, None), ("Ali Raza", None, None)],
        [("Jess Orme", None, None)],
        [],
    ),
    (
        "a 'New members' section is no attendance list",
        "## Time and Location\n\nJune 4, 2013\n\nMembers present: Rui, Sasha\n\n## New Members\n\n"
        "- Tomas - keen on laser cutting.\n- Una - joined via the open night.\n",
        [("Rui", None, None), ("Sasha", None, None)],
        [],
        [],
    ),
    (
        "fire-board style initials lines with no header",
        "Fire Accountability Board Minutes 14 March 2023\n\n\n\nPFCC Nadine Hope (NH)\n\nCarl Boyd (CB)\n\n"
        "CFO Ian Leach (IL)\n\n\n  • NH welcomed everyone to the meeting\n  • Apologies were accepted from Ruth Vine\n",
        [("Nadine Hope", "PFCC", "NH"), ("Carl Boyd", None, "CB"), ("Ian Leach", "CFO", "IL")],
        [("Ruth Vine", None, None)],
        [],
    ),
    (
        "table of people with group rows inside it",
        "KESTON FIRE AUTHORITY\n\nMinutes of a meeting held on 12/05/2015 at 10.30 hours\n\n"
        "| Present | |\n| Cllr R Ames (Chair) | Keston City Council |\n| Cllr T Vaughan | Brill Borough Council |\n"
        "| Officers | |\n| Sarah Quill | Chief Fire Officer |\n\nApologies: Cllr P Dunn\n\nKFA/15/01  MINUTES\n",
        [("R Ames", "Chair, Keston City Council", None), ("T Vaughan", "Brill Borough Council", None),
         ("Sarah Quill", "Chief Fire Officer", None)],
        [("P Dunn", None, None)],
        [("Sarah Quill", "Chief Fire Officer", None)],
    ),
    (
        "wiki bold headers and a quoted nickname",
        "= Forge Members' Meeting =\n\nTuesday 2 March 2010\n\n"
        "'''Members present:''' Hana Ito (chair), Ignatius \"Iggy\" Moss, Bo\n\n'''Apologies:''' Lee Wren\n\n== Minutes ==\n",
        [("Hana Ito", "chair", None), ("Ignatius Moss", None, None), ("Bo", None, None)],
        [("Lee Wren", None, None)],
        [],
    ),
    (
        "one person a line as name, post, organisation",
        "Joint Health Scrutiny Committee\nMinutes of the meeting held on 2021-11-09 at 2.00 pm\n\n"
        "In attendance:\nDr Ruth Kain, Medical Director, Ashby Hospitals NHS Trust\n"
        "Jackie Moss, Director of Primary Care, Ashby and Vale Clinical Commissioning Group\n"
        "Paul Gray, Head of Democratic Services, Ashby MBC\n\n1. Apologies\n",
        [("Ruth Kain", "Medical Director, Ashby Hospitals NHS Trust", None),
         ("Jackie Moss", "Director of Primary Care, Ashby and Vale Clinical Commissioning Group", None),
         ("Paul Gray", "Head of Democratic Services, Ashby MBC", None)],
        [],
        [("Ruth Kain", "Medical Director, Ashby Hospitals NHS Trust", None),
         ("Jackie Moss", "Director of Primary Care, Ashby and Vale Clinical Commissioning Group", None),
         ("Paul Gray", "Head of Democratic Services, Ashby MBC", None)],
    ),
    (
        "semicolon entries whose roles hold 'and' and commas",
        "Primary Care Commissioning Committee\n20 June 2017\n\n"
        "Voting members present: Rosa Gant (RG), Lay Member for Patient and Public Involvement (Chair); "
        "Leena Varma (LV), GP Member, Governing Body; Owen Pryce (OP), Secretary, Harbury and Stowe LMC.\n\n1. Welcome\n",
        [("Rosa Gant", "Lay Member for Patient and Public Involvement (Chair)", "RG"),
         ("Leena Varma", "GP Member, Governing Body", "LV"), ("Owen Pryce", "Secretary, Harbury and Stowe LMC", "OP")],
        [],
        [],
    ),
    (
        "table whose role column is 'Organisation / role'",
        "PUBLIC HEALTH PARTNERSHIP BOARD\n\nThursday, 4th October, 2018 at 9.30 am\n\n"
        "| Name | Organisation / role |\n|---|---|\n| Cllr May Holt (Chair) | Borough Council |\n"
        "| Dr Elsa Rourke | Director of Public Health |\n\n1. Minutes\n",
        [("May Holt", "Chair, Borough Council", None), ("Elsa Rourke", "Director of Public Health", None)],
        [],
        [],
    ),
    (
        "informal headers",
        "Tool Library check-in\nWed Aug 3, 2016\n\nHere: Mo Reyes (coordinator), Pat Ennis\n"
        "Sorry, couldn't make it: Gil Marr\nGuest: Ola Beck (council)\n\nNotes by Mo\n",
        [("Mo Reyes", "coordinator", None), ("Pat Ennis", None, None), ("Ola Beck", "council", None)],
        [("Gil Marr", None, None)],
        [("Ola Beck", "council", None)],
    ),
]


@pytest.mark.parametrize("case, text, attendees, apologies, in_attendance", CASES)
def test_attendance(case, text, attendees, apologies, in_attendance):
    meeting = parse_structure(text)
    assert triples(meeting.attendees) == attendees
    assert triples(meeting.apologies) == apologies
    assert triples(meeting.in_attendance) == in_attendance


@pytest.mark.parametrize(
    "case, mention, expected",
    [
        ("county councillor and honour", "County Councillor Mrs Eve Marsh CBE", ("Eve Marsh", None, None)),
        ("post prefix becomes the role", "ACFO Dan Kerr (DK)", ("Dan Kerr", "ACFO", "DK")),
        ("police rank is a post", "Detective Inspector Zoe Lam", ("Zoe Lam", "Detective Inspector", None)),
        ("trailing role without punctuation", "Iris Vale (IV) Chief Nurse", ("Iris Vale", "Chief Nurse", "IV")),
        ("role written first", "Chair: Pat Byrne", ("Pat Byrne", "Chair", None)),
        ("mixed-case initials", "Anke van Dijk (AvD)", ("Anke van Dijk", None, "AvD")),
        ("a role word alone is no one", "Leader", None),
        ("a post alone is no one", "Pro Vice-Chancellor", None),
        ("an organisation alone is no one", "Eastholm Police", None),
        ("a bare honorific is no one", "Mrs", None),
        ("a titled name before the dash, the practice in brackets", "Dr Rachel Osei – Chair, GP Director (Meadowside Surgery)",
         ("Rachel Osei", "Chair, GP Director, Meadowside Surgery", None)),
        ("two posts held together are no name", "CAO/Clerk", None),
        ("an Irish surname with 'an' and a mutated word", "Dónal Mac an tSaoir (Secretary)",
         ("Dónal Mac an tSaoir", "Secretary", None)),
        ("a mutated Irish word alone is no name", "hAodha", None),
    ],
)
def test_parse_person(case, mention, expected):
    person = parse_person(mention)
    assert (person and (person.name, person.role, person.initials)) == expected


def test_handles_only_where_asked():
    assert parse_person("mvoss") is None
    person = parse_person("mvoss", handles=True)
    assert (person.name, person.handle) == ("mvoss", "mvoss")
    assert parse_person("none", handles=True) is None
    assert parse_person("meetbot", handles=True) is None


@pytest.mark.parametrize(
    "case, text, items",
    [
        ("brackets kept whole", "A (Clerk and RFO), B & C", [("", "A (Clerk and RFO)"), (",", "B"), ("&", "C")]),
        ("semicolons", "A (AB), Chair; C", [("", "A (AB)"), (",", "Chair"), (";", "C")]),
    ],
)
def test_split_list(case, text, items):
    assert split_list(text) == items


def test_people_in_text_attaches_trailing_role_parts():
    people = people_in_text("Jo Ash, Programme Support Officer, Ken Ibe (Director of Finance and Resources)")
    assert triples(people) == [("Jo Ash", "Programme Support Officer", None),
                               ("Ken Ibe", "Director of Finance and Resources", None)]
