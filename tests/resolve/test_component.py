"""minutes_resolver in the pipeline: owners canonical against those present, initials defined in passing."""

import pytest

from extractor.extensions import unit_spans, unit_text
from extractor.pipeline import build_pipeline
from extractor.write import doc_to_records

MINUTES = """Riverside Allotment Society committee, 4 March 2024

Present: Ann Lowe (Chair), Raj Patel, Tom Moss
Apologies: Joanna Bell, Tony Beecham (TB)

1. Water supply
Tom to call the water board about the leaking tap. AL to draft a notice for the gate.
Joanna will book the hall for the AGM. Priya Nandakumar will send the seed catalogue round.
Our treasurer, Kit Osei (KO), reported the balance. KO to renew the insurance.
Raj Patel raised the state of the shed roof. He will get two quotes before the next meeting.
The seed order will be presented to the May committee – TB
A reply to the council will be provided by the Plot Secretary.

2. Open day
She will bring the urn.
The gate hinge on the north plot has snapped. Raj to action.
* Put the rota on the noticeboard
  - all
* Michael asked what the main costs are
* Raj
  * the skip hire

4. Library hours
Action: Manager Community Services - prepare a consultation plan.
Due: 30 April 2024
Responsible Officer: Director Infrastructure
Review the opening hours survey results.
Responsible Officer: Library Manager
Deadline: 15 May 2024

3. Chat notes
16:03:40 <tmoss> I can ask the council about the skip tomorrow
16:04:10 <rpatel> we should get a second quote

9. Date of next meeting
Monday 7 April 2024 at 7.30pm, the pavilion.
"""

OWNERS = [
    # case, unit, owners expected
    ("first-name-of-someone-present", "Tom to call the water board about the leaking tap.", ["Tom Moss"]),
    ("initials-of-someone-present", "AL to draft a notice for the gate.", ["Ann Lowe"]),
    ("apologies-only-keeps-the-name-as-written", "Joanna will book the hall for the AGM.", ["Joanna"]),
    ("initials-of-someone-only-sending-apologies", "The seed order will be presented to the May committee – TB",
     ["Tony Beecham"]),
    ("a post as the agent of a passive", "A reply to the council will be provided by the Plot Secretary.",
     ["the Plot Secretary"]),
    ("named-only-in-the-text", "Priya Nandakumar will send the seed catalogue round.", ["Priya Nandakumar"]),
    ("initials-defined-in-the-text", "KO to renew the insurance.", ["Kit Osei"]),
    ("a pronoun stands for the attendee the sentence before named",
     "He will get two quotes before the next meeting.", ["Raj Patel"]),
    ("a pronoun at the start of a new item names nobody", "She will bring the urn.", []),
    ("'X to action' after a task names its owner", "The gate hinge on the north plot has snapped.", ["Raj Patel"]),
    ("a bare group bullet under a task", "Put the rota on the noticeboard", ["all"]),
    ("a name bullet at the same level is a speaker, not an owner", "Michael asked what the main costs are", []),
    ("a chat nick owns the first-person offer", "I can ask the council about the skip tomorrow", ["Tom Moss"]),
    ("a chat nick does not own discussion", "we should get a second quote", []),
    ("a 'Responsible Officer:' line after a 'Due:' line", "Review the opening hours survey results.",
     ["Library Manager"]),
]


@pytest.mark.parametrize(
    "text,due",
    [("Action: Manager Community Services - prepare a consultation plan.", "2024-04-30"),
     ("Review the opening hours survey results.", "2024-05-15")],
)
def test_a_due_line_gives_its_date_to_the_task_before(doc, text, due):
    spans = {unit_text(span): span for span in unit_spans(doc)}
    assert spans[text]._.due.date == due


def test_due_by_the_next_meeting_under_its_heading(doc):
    spans = {unit_text(span): span for span in unit_spans(doc)}
    assert spans["He will get two quotes before the next meeting."]._.due.date == "2024-04-07"


@pytest.fixture(scope="module")
def doc():
    nlp = build_pipeline()
    made = nlp.make_doc(MINUTES)
    made._.source = {"doc_id": "allotments"}
    for _, component in nlp.pipeline:
        made = component(made)
    return made


@pytest.mark.parametrize("case,text,owners", OWNERS, ids=[c[0] for c in OWNERS])
def test_owner(doc, case, text, owners):
    spans = {unit_text(span): span for span in unit_spans(doc)}
    assert [o.name for o in spans[text]._.owners] == owners


def test_records_keep_owners_and_due_for_actions_only(doc):
    meeting, records = doc_to_records(doc, include_other=True)
    spans = {unit_text(span): span for span in unit_spans(doc)}
    for record in records:
        named = [o.name for o in spans[record.text]._.owners]
        assert [o.name for o in record.owners] == (named if record.label == "action" else [])
    assert any(r.label != "action" and spans[r.text]._.owners for r in records)  # the gate was exercised


ONLINE_NOTES = """# Product sync 2025-04-03

Attendees: @Priya Natarajan, @Tom Okonkwo, Aoife Byrne, Dev Rao

## Action items
- [ ] Share the deck with the leadership team @Priya Natarajan
- [ ] @Aoife Byrne update the roadmap by EOW
- [ ] Fix the calendar sync. Assignee: dev.rao@example.org
- [ ] Write the post-mortem (Tom) - by Fri 11/4
"""

FIRST_NAMES = """# Harbourside Rowing Club – Committee

Date: 3 April 2025
Present: Fiona, Gareth, Nuala, Sunil, Bex

## 2. Boathouse
- The slipway is breaking up at the bottom. Fiona Mackay to speak to the harbour authority by Q3.
- The changing rooms are open Monday to Friday; Bex to put the new hours on the website.

## Actions
| Action | Owner | Due |
|---|---|---|
| Order new oars | Sunil Mehta | 30-Apr-25 |
| Renew the insurance | Treasurer | end of H1 |
"""

CITY_COUNCIL = """City of Marlow Springs – Regular Council Meeting
April 3, 2025

Present: Mayor Dana Whitfield, Council Members Luis Ortega and Karen Bloom
Staff: City Manager Paul Grieve, City Clerk Amy Tso

5. Fee schedule
Staff will return with a revised fee schedule by the next meeting.
Direction to staff to return with parking options by 4/30/25.
Council Member Ortega and the City Clerk to meet the library board before Christmas.

6. Adjournment
The next meeting will be held on May 8, 2025.
"""

PROJECT_NOTES = """# Docs working group 2025-04-03

Attendees: Alice Ng (@alice), Bob Hart (@bob), Cai Poe

## Action items
- [ ] @alice @bob pair on the migration guide by 4/30
- TODO @bob: fix the release script by C.O.B. Friday
- Owner(s): Cai – tidy the issue labels within 28 days
"""

SHIRE_MINUTES = """Shire of Tallow Creek
Minutes of the Ordinary Meeting of Council held on Thursday 3 April 2025

Present: Cr Jane Pettigrew (President), Cr Mei Tanaka, Cr Bill Oduya
Officers: Mr Robert Hale (Chief Executive Officer), Ms Sandra Kovac (Executive Manager Infrastructure)
Apologies: Cr Lucy Farr (LF), Mr Tom Baker (TB, Manager Finance)

9.1 Sporting club lease
COUNCIL RESOLUTION
That Council:
1. Receives the report.
2. Requests the CEO to negotiate a funding agreement with the club by 30 June 2025.
Moved Cr Tanaka, seconded Cr Oduya. CARRIED 3/0

9.2 Road reserve
A written response will be provided to Mrs Beal by the Executive Manager Infrastructure.
Depot damp plan to come to the May meeting – TB.
LF/TB to agree the revised fees schedule before the budget workshop on 20 May.

10. Action log
| Ref | Action | Lead | Due | Status |
|---|---|---|---|---|
| 24/07 | Renew the pool lease | RH | Q1 2025/26 | Amber |
| 24/08 | Fix the causeway signage | SK/TB | w/c 14 April | Green |
| 24/09 | Brief councillors on the budget | FMcL | by the AGM (12 June 2025) | Open |

Key: RH Robert Hale; SK Sandra Kovac; FMcL Fiona McLaren
"""

PLATFORM_NOTES = """# Platform team sync — 2025-04-03

**Attendees:** Kim Lee (@kim), Raj Dev (@raj), Ola Nowak, Dr. Ines Ruiz

## Discussion
- Release is slipping; Raj (who is on call) will look at the flaky runner.
- Ines said she would review the threat model by COB Friday.

## Action items
- [ ] Ola — write the release notes by EOW
- Volunteers needed: Raj
"""

PARTNERSHIP_MINUTES = """WESTMERE INTEGRATED CARE PARTNERSHIP
Quality and Safety Committee
Minutes of the meeting held on Wednesday 9 April 2025, via MS Teams

Members present:
Dr Priya Menon        Chair, Non-Executive Director       PM
Gwen Harlow           Chief Nurse                         GH
Mark Tobin            Director of Finance                 MT
In attendance:
Aled Rhys             Head of Governance                  AR
Apologies:
Dr Sunil Varma (SV), Medical Director

1. Patient safety report
GH presented the report. The committee asked for a deep dive into pressure ulcers at the June meeting.
Action: GH/SV

2. Finance
Agreed: AR to update the risk register by COB Friday.

Action log
Ref   Action                                   Lead   Due          Status
QS1   Refresh the falls dashboard              AR     Q2 2025/26   Amber
QS2   Audit consent forms                      SV     w/c 12 May   Open
"""

COMMUNITY_COUNCIL = """Comhairle Pobail – Community Council
Minutes of meeting, Tuesday 8 April 2025, Parish Hall

Present: Cllr Siobhán Ní Bhriain (Cathaoirleach), Pádraig Walsh (Secretary), Aoife Keane, Declan Furlong (Treasurer)
Apologies: Fr. Tom Ward (TW)

3. Tidy Towns
Planting scheme to be finalised before the judging in June – TW & DF.
The Secretary is to write to the County Council re: the footpath.
Responsible: Secretary
Timeframe: within 2 weeks
Aoife, supported by the Treasurer, will apply for the LEADER grant by the end of May.
"""

WRAPPED_PROSE = """Friends of Hollin Brook – committee notes

We met in the scout hut on the evening of Tuesday the 8th of April 2025.
Mags Ferrand (chair), Dilip Varma (treasurer), Ros Achebe (secretary,
taking notes) and Hal Okafor were there, and Ines Moro joined by video
for the first half hour. Pat Lowe sent his apologies as he is away.

We talked about the bridge repairs. Dilip to get two quotes for the timber
by the end of April. Ros will write to the landowner. Ines offered to
draw up a rota.
"""

UNSEEN_NOTES = [
    # minutes, unit, owners expected, due expected
    (COMMUNITY_COUNCIL, "Planting scheme to be finalised before the judging in June – TW & DF.", ["Tom Ward", "Declan Furlong"],
     "2025-06"),
    (COMMUNITY_COUNCIL, "The Secretary is to write to the County Council re: the footpath.", ["The Secretary"], "2025-04-22"),
    (COMMUNITY_COUNCIL, "Aoife, supported by the Treasurer, will apply for the LEADER grant by the end of May.",
     ["Aoife Keane"], "2025-05-31"),
    (PARTNERSHIP_MINUTES, "The committee asked for a deep dive into pressure ulcers at the June meeting.",
     ["Gwen Harlow", "Sunil Varma"], "2025-06"),
    (PARTNERSHIP_MINUTES, "Agreed: AR to update the risk register by COB Friday.", ["Aled Rhys"], "2025-04-11"),
    (PARTNERSHIP_MINUTES, "Ref   Action                                   Lead   Due          Status", [], None),
    (PARTNERSHIP_MINUTES, "QS1   Refresh the falls dashboard              AR     Q2 2025/26   Amber", ["Aled Rhys"],
     "2025-09-30"),
    (PARTNERSHIP_MINUTES, "QS2   Audit consent forms                      SV     w/c 12 May   Open", ["Sunil Varma"],
     "2025-05-12"),
    (SHIRE_MINUTES, "Requests the CEO to negotiate a funding agreement with the club by 30 June 2025.", ["the CEO"],
     "2025-06-30"),
    (SHIRE_MINUTES, "A written response will be provided to Mrs Beal by the Executive Manager Infrastructure.",
     ["the Executive Manager Infrastructure"], None),
    (SHIRE_MINUTES, "Depot damp plan to come to the May meeting – TB.", ["Tom Baker"], "2025-05"),
    (SHIRE_MINUTES, "LF/TB to agree the revised fees schedule before the budget workshop on 20 May.",
     ["Lucy Farr", "Tom Baker"], "2025-05-20"),
    (SHIRE_MINUTES, "24/07 | Renew the pool lease | RH | Q1 2025/26 | Amber", ["Robert Hale"], "2025-06-30"),
    (SHIRE_MINUTES, "24/08 | Fix the causeway signage | SK/TB | w/c 14 April | Green", ["Sandra Kovac", "Tom Baker"],
     "2025-04-14"),
    (SHIRE_MINUTES, "24/09 | Brief councillors on the budget | FMcL | by the AGM (12 June 2025) | Open",
     ["Fiona McLaren"], "2025-06-12"),
    (PLATFORM_NOTES, "Release is slipping; Raj (who is on call) will look at the flaky runner.", ["Raj Dev"], None),
    (PLATFORM_NOTES, "Ines said she would review the threat model by COB Friday.", ["Ines Ruiz"], "2025-04-04"),
    (PLATFORM_NOTES, "Ola — write the release notes by EOW", ["Ola Nowak"], "2025-04-04"),
    (PLATFORM_NOTES, "Volunteers needed: Raj", ["Raj Dev"], None),
    (CITY_COUNCIL, "Staff will return with a revised fee schedule by the next meeting.", ["Staff"], "2025-05-08"),
    (CITY_COUNCIL, "Direction to staff to return with parking options by 4/30/25.", ["staff"], "2025-04-30"),
    (CITY_COUNCIL, "Council Member Ortega and the City Clerk to meet the library board before Christmas.",
     ["Luis Ortega", "the City Clerk"], "2025-12-25"),
    (PROJECT_NOTES, "@alice @bob pair on the migration guide by 4/30", ["Alice Ng", "Bob Hart"], "2025-04-30"),
    (PROJECT_NOTES, "TODO @bob: fix the release script by C.O.B. Friday", ["Bob Hart"], "2025-04-04"),
    (PROJECT_NOTES, "Owner(s): Cai – tidy the issue labels within 28 days", ["Cai Poe"], "2025-05-01"),
    (ONLINE_NOTES, "Share the deck with the leadership team @Priya Natarajan", ["Priya Natarajan"], None),
    (ONLINE_NOTES, "@Aoife Byrne update the roadmap by EOW", ["Aoife Byrne"], "2025-04-04"),
    (ONLINE_NOTES, "Fix the calendar sync.", ["Dev Rao"], None),
    (ONLINE_NOTES, "Write the post-mortem (Tom) - by Fri 11/4", ["Tom Okonkwo"], "2025-04-11"),
    # attendance told in a wrapped paragraph: first names later in the text are the people it named
    (WRAPPED_PROSE, "Dilip to get two quotes for the timber\nby the end of April.", ["Dilip Varma"], "2025-04-30"),
    (WRAPPED_PROSE, "Ros will write to the landowner.", ["Ros Achebe"], None),
    (WRAPPED_PROSE, "Ines offered to\ndraw up a rota.", ["Ines Moro"], None),
    (FIRST_NAMES, "Fiona Mackay to speak to the harbour authority by Q3.", ["Fiona"], "2025-09-30"),
    (FIRST_NAMES, "The changing rooms are open Monday to Friday; Bex to put the new hours on the website.", ["Bex"], None),
    (FIRST_NAMES, "Order new oars | Sunil Mehta | 30-Apr-25", ["Sunil"], "2025-04-30"),
    (FIRST_NAMES, "Renew the insurance | Treasurer | end of H1", ["Treasurer"], "2025-06-30"),
]


@pytest.mark.parametrize("minutes,text,owners,due", UNSEEN_NOTES, ids=[u[1][:40] for u in UNSEEN_NOTES])
def test_unseen_notes_in_the_pipeline(minutes, text, owners, due):
    nlp = build_pipeline()
    made = nlp.make_doc(minutes)
    made._.source = {"doc_id": "unseen"}
    for _, component in nlp.pipeline:
        made = component(made)
    spans = {" ".join(unit_text(span).split()): span for span in unit_spans(made)}
    span = spans[" ".join(text.split())]
    assert [o.name for o in span._.owners] == owners
    assert (span._.due.date if span._.due else None) == due
    assert not any(m.value == 25 for m in span._.metrics)  # an action log's '30-Apr-25' is a date, not a value
