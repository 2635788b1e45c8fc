"""split_units: sentences and bullets with offsets, as ANNOTATION.md defines units."""

import pytest

from extractor.structure import parse_structure
from extractor.units import split_units


def units_of(text: str) -> list[str]:
    meeting = parse_structure(text)
    return [text[u.start:u.end] for u in split_units(text, meeting.lines, meeting.skip_lines)]


CASES = [
    (
        "bullets-with-owner-tails",
        "Actions:\n\n· To circulate the revised budget – Peter Lowe.\n\n· Letters to be sent to all schools - Ann Roe/Ben Hay.\n",
        ["To circulate the revised budget – Peter Lowe.", "Letters to be sent to all schools - Ann Roe/Ben Hay."],
    ),
    (
        "heading-alone-is-not-a-unit",
        "Resolved:\nThe Board approved the minutes of its 4 May 2021 meeting.\n",
        ["The Board approved the minutes of its 4 May 2021 meeting."],
    ),
    (
        "heading-glued-to-sentence-stays",
        "Resolved: that the Board agreed the refreshed plan.\n",
        ["Resolved: that the Board agreed the refreshed plan."],
    ),
    (
        "two-sentences-in-one-bullet",
        "  • Dr. Khan reported good progress. The audit closed on time (Action: Sue Bell)\n",
        ["Dr. Khan reported good progress.", "The audit closed on time (Action: Sue Bell)"],
    ),
    (
        "action-tail-after-full-stop-stays",
        "  • The draft policy goes to the Board in July. (Action: Jo Park/Ed Lim)\n",
        ["The draft policy goes to the Board in July. (Action: Jo Park/Ed Lim)"],
    ),
    (
        "hard-wrapped-paragraph",
        "Our savings would cover three months of rent, leaving out the cash set\n"
        "aside for the laser. Our rent rose in May, which\nhurts. Quorum is 12.\n"
        "This line pads the wrap width so the paragraph above reads as hard-wrapped text.\n"
        "Another long line of about the same width keeps the wrap detector confident here.\n"
        "And a third long line that is also close to the wrap width of this document now.\n",
        [
            "Our savings would cover three months of rent, leaving out the cash set\naside for the laser.",
            "Our rent rose in May, which\nhurts.",
            "Quorum is 12.",
            "This line pads the wrap width so the paragraph above reads as hard-wrapped text.",
            "Another long line of about the same width keeps the wrap detector confident here.",
            "And a third long line that is also close to the wrap width of this document now.",
        ],
    ),
    (
        "markdown-tasks-and-speakers",
        "## Notes\n\n- [x] KT: packaging guide merged\n    - feedback welcome\n- [ ] Raj: will take the release notes.\n",
        ["KT: packaging guide merged", "feedback welcome", "Raj: will take the release notes."],
    ),
    (
        "numbered-resolution-list",
        "RESOLVED – That\n(1) the forecast position be noted;\n(2) the virement of £350k be approved.\n",
        ["the forecast position be noted;", "the virement of £350k be approved."],  # the lead-in is a heading
    ),
    (
        "abbreviations-and-initials-do-not-split",
        "Maya J. Rao asked about e.g. the No. 3 account. Approx. 40 people came.\n",
        ["Maya J. Rao asked about e.g. the No. 3 account.", "Approx. 40 people came."],
    ),
    (
        "statement-lines-without-full-stops",
        "KH thanked everyone for coming\n\nAction – LP to update the wording of the estates strategy\n",
        ["KH thanked everyone for coming", "Action – LP to update the wording of the estates strategy"],
    ),
    (
        "short-lines-are-separate-statements",
        "The following were elected unopposed:\nChair – Pat Lowe\nTreasurer – Dev Shah\n",
        ["The following were elected unopposed:", "Chair – Pat Lowe", "Treasurer – Dev Shah"],
    ),
    (
        "flattened-column-table-rows",
        "Harbour Board Action Log\n\nRef        Action                         Owner   Due\n"
        "AB/12/01   Revise the winter plan         JS      Jan 2024\n",
        ["Ref        Action                         Owner   Due", "AB/12/01   Revise the winter plan         JS      Jan 2024"],
    ),
    (
        "image-separates-sentences",
        "Here is the summary for June:\n![](fin.pdf \"fin.pdf\") Rent has\nfinally cleared.\n",
        ["Here is the summary for June:", "![](fin.pdf \"fin.pdf\")", "Rent has\nfinally cleared."],
    ),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_split_units(case: str, text: str, expected: list[str]) -> None:
    assert units_of(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "Title Line\r\n\r\n· First point made.\r\n· Second point made.\r\n"
    meeting = parse_structure(text)
    units = split_units(text, meeting.lines, meeting.skip_lines)
    assert [text[u.start:u.end] for u in units] == ["First point made.", "Second point made."]
    assert all(u.kind == "bullet" for u in units)


# Rows of an action log carry the marker 'action_log' (the classifier's overrides read it as an action marker):
# under an 'Action | Owner | Due' title row in any flattening, or shaped as a log row where the titles were lost;
# the title row itself is marked 'log_header'.
LOG_ROWS = [
    # (case, text, {row text: marker} of the rows)
    ("tab-separated log under its titles",
     "Summary of actions\nRef\tAction\tLead\tBy when\n4.1\tWrite to the bus operator about the timetable\tRB\t"
     "14/05/2026\n4.3\tPrice a second defibrillator\tMK/JT\t\n",
     {"Ref\tAction\tLead\tBy when": "log_header",
      "4.1\tWrite to the bus operator about the timetable\tRB\t14/05/2026": "action_log",
      "4.3\tPrice a second defibrillator\tMK/JT": "action_log"}),
    ("pipe table flattened from a PDF",
     "No. | Action | Owner | Due | RAG\nN14 | Refresh the lone-working policy | DW | Mar mtg | -\n"
     "N15 | Circulate the training matrix | EH / LP | TBC | -\n",
     {"N14 | Refresh the lone-working policy | DW | Mar mtg | -": "action_log",
      "N15 | Circulate the training matrix | EH / LP | TBC | -": "action_log"}),
    ("markdown table with a Who column",
     "| # | Task | Who | When |\n|---|---|---|---|\n| 1 | Book the scout hut for the AGM | Priya | 1 June |\n",
     {"1 | Book the scout hut for the AGM | Priya | 1 June": "action_log"}),
    ("a log row whose titles were lost",
     "The following actions were agreed.\n\nC7\tSeek two quotes for the boiler service\tHN\t30/09/2026\n",
     {"C7\tSeek two quotes for the boiler service\tHN\t30/09/2026": "action_log"}),
    ("a payments table is no log",
     "Payments\n112\tGrass cutting, June\tBACS\t12/06/2026\n113\tHall cleaning materials\tCHQ\t14/06/2026\n",
     {"112\tGrass cutting, June\tBACS\t12/06/2026": "", "113\tHall cleaning materials\tCHQ\t14/06/2026": ""}),
    ("a table of figures under a prose line",
     "Actions were reviewed.\nService\tTarget\tActual\nRepairs\t95%\t91%\n",
     {"Service\tTarget\tActual": "", "Repairs\t95%\t91%": ""}),
]


@pytest.mark.parametrize("case,text,markers", LOG_ROWS, ids=[c[0] for c in LOG_ROWS])
def test_action_log_rows_are_marked(case: str, text: str, markers: dict[str, str]) -> None:
    meeting = parse_structure(text)
    found = {text[u.start:u.end]: u.marker for u in split_units(text, meeting.lines, meeting.skip_lines)
             if u.kind == "row"}
    assert {row: found.get(row) for row in markers} == markers


def test_attendance_lines_are_not_units() -> None:
    text = "Present:\n\tJane Smith\n\tNorthshire Council\n\n1. Minutes\n\nThe minutes were approved.\n"
    assert units_of(text) == ["The minutes were approved."]



def folded_units_of(text: str) -> list[str]:
    """Unit texts with white space folded, as the scorer reads them (a unit may span lines)."""
    return [" ".join(unit.split()) for unit in units_of(text)]


# Shapes of real minutes from many bodies, in invented text: plain text converted from PDF,
# chat logs, informal notes, flattened tables and lists.
SHAPES = [
    (
        "capital-of-line-after-unfinished-line",
        "The ward member was asked about the broken railings by the pond and the flooding at the bottom\n"
        "Of Station Hill, which the county has still not cleared.\n"
        "Cllr Nash gave the police report.\n",
        [
            "The ward member was asked about the broken railings by the pond and the flooding at the bottom "
            "Of Station Hill, which the county has still not cleared.",
            "Cllr Nash gave the police report.",
        ],
    ),
    (
        "short-statement-lines-stay-apart",
        "Quotes for the fence obtained\n"
        "Hedge cut back\n"
        "Bench painted\n",
        [
            "Quotes for the fence obtained",
            "Hedge cut back",
            "Bench painted",
        ],
    ),
    (
        "glued-sentences",
        "The hedge on the south boundary needs cutting.The Clerk will get quotes.\n"
        "Insurance went up.The premium is £840 against £790.£3,500 sits in the reserve.\n",
        [
            "The hedge on the south boundary needs cutting.",
            "The Clerk will get quotes.",
            "Insurance went up.",
            "The premium is £840 against £790.",
            "£3,500 sits in the reserve.",
        ],
    ),
    (
        "dots-that-end-no-sentence",
        "We use Node.js for the site, i.e.the one on www.example.org.Rates rose 3.5 per cent, e.g.in rent.\n",
        [
            "We use Node.js for the site, i.e.the one on www.example.org.Rates rose 3.5 per cent, e.g.in rent.",
        ],
    ),
    (
        "lower-case-sentences-in-notes",
        "- ko: will the new parser replace the old one? will they share a cache?\n"
        "- not moving the docs to the wiki. it would split the search\n"
        "- we agreed e.g. the nightly job, approx. ten runs, c. fifty files etc. and the docs... later\n",
        [
            "ko: will the new parser replace the old one?",
            "will they share a cache?",
            "not moving the docs to the wiki.",
            "it would split the search",
            "we agreed e.g. the nightly job, approx. ten runs, c. fifty files etc. and the docs... later",
        ],
    ),
    (
        "arrow-dash-and-emoji-after-a-sentence-end",
        "- rc2? -> after the freeze\n"
        "- Mentoring scheme? - suggested by Ola\n"
        "- Booked! 🎉 The room is ours for June.\n",
        [
            "rc2? -> after the freeze",
            "Mentoring scheme? - suggested by Ola",
            "Booked!",
            "🎉 The room is ours for June.",
        ],
    ),
    (
        "single-letter-before-a-sentence",
        "There were 412 homes in Band A. The review is due in May. Cllr J. Rowe agreed.\n"
        "Scooters are left in Stair D.  Trip hazard.\n",
        [
            "There were 412 homes in Band A.",
            "The review is due in May.",
            "Cllr J. Rowe agreed.",
            "Scooters are left in Stair D.",
            "Trip hazard.",
        ],
    ),
    (
        "chat-log-lines",
        "[2023-04-11T18:02:11.201Z]\t<ana_k>\tRosa: The build is green again. We can tag on Friday.\n"
        "[2023-04-11T18:02:40.010Z]\t<pbot>\tpresent+\n"
        "18:05 <dmitri> not sure that works. will check tomorrow\n"
        "<lee> PROPOSAL: Adopt the new logo. Publish it with the spring release.\n",
        [
            "Rosa: The build is green again.",
            "We can tag on Friday.",
            "present+",
            "not sure that works.",
            "will check tomorrow",
            "PROPOSAL: Adopt the new logo.",
            "Publish it with the spring release.",
        ],
    ),
    (
        "double-dash-bullets",
        "Gifts received this term:\n"
        "-- a projector [60 GBP] (from the PTA)\n"
        "-- three chairs (from Mrs Ito)\n"
        "\n"
        "The hall was booked.\n",
        [
            "Gifts received this term:",
            "a projector [60 GBP] (from the PTA)",
            "three chairs (from Mrs Ito)",
            "The hall was booked.",
        ],
    ),
    (
        "list-run-together-after-a-lead-in",
        "We ordered: -- cable ties [5 GBP] -- a ladder [70 GBP] -- gloves\n",
        [
            "We ordered:",
            "cable ties [5 GBP]",
            "a ladder [70 GBP]",
            "gloves",
        ],
    ),
    (
        "task-boxes-inside-and-opening-lines",
        "- should the raffle move online? ask the printers for quotes [ ] Draft the poster. (Tomi)\n"
        "  [ ] Update the volunteer rota (Jo and Ade)\n"
        "  [x]  Renew the hall insurance\n",
        [
            "should the raffle move online?",
            "ask the printers for quotes",
            "Draft the poster. (Tomi)",
            "Update the volunteer rota (Jo and Ade)",
            "Renew the hall insurance",
        ],
    ),
    (
        "flattened-table-row-with-owner-cell",
        "| The noticeboard glass is cracked. | R Sood to replace |\n"
        "K Obi said the lights are fixed. The gate still sticks. |\n"
        "R Sood to report it |\n",
        [
            "The noticeboard glass is cracked. | R Sood to replace",
            "K Obi said the lights are fixed.",
            "The gate still sticks. | R Sood to report it |",
        ],
    ),
    (
        "heading-ending-in-a-full-stop-and-glued-heading",
        "4.2 Allotment water supply.\n"
        "The trough by plot 9 leaks again.\n"
        "\n"
        "5 Treasurer's Report Ms Lowe presented the accounts for May.\n",
        [
            "4.2 Allotment water supply.",
            "The trough by plot 9 leaks again.",
            "5 Treasurer's Report Ms Lowe presented the accounts for May.",
        ],
    ),
    (
        "lead-in-ending-colon-dash",
        "7. Grants\n"
        "\n"
        "The Committee AGREED these grants: –\n"
        "Scouts £150\n"
        "Food bank £200\n",
        [
            "The Committee AGREED these grants: –",
            "Scouts £150",
            "Food bank £200",
        ],
    ),
    (
        "dash-line-carries-on-a-sentence",
        "The bus data feed stops at midnight. A longer window would help the app\n"
        "– worth raising with the operator.\n",
        [
            "The bus data feed stops at midnight.",
            "A longer window would help the app – worth raising with the operator.",
        ],
    ),
    (
        "lettered-items-after-a-speaker",
        "Parks Review\n"
        "\n"
        "Omar Haddad, Parks Officer:\n"
        "a. explained that the play area reopens in June.\n"
        "b. noted that two benches still need fixing.\n"
        "c. 40 volunteers helped at the litter pick.\n",
        [
            "Omar Haddad, Parks Officer:",
            "explained that the play area reopens in June.",
            "noted that two benches still need fixing.",
            "c. 40 volunteers helped at the litter pick.",
        ],
    ),
    (
        "flattened-agenda-numbers-open-units",
        "Guests: two residents. 1 Welcome Rev Hale opened the meeting 2 Accounts The figures were accepted by JB 3 Roads Report Mr Kay spoke about potholes. Repairs are due.\n",
        [
            "Guests: two residents.",
            "1 Welcome Rev Hale opened the meeting",
            "2 Accounts The figures were accepted by JB",
            "3 Roads Report Mr Kay spoke about potholes.",
            "Repairs are due.",
        ],
    ),
    (
        "counts-in-a-row-are-no-agenda",
        "There were 2 Members and 3 Officers and 4 Residents at the meeting.\n",
        [
            "There were 2 Members and 3 Officers and 4 Residents at the meeting.",
        ],
    ),
    (
        "abbreviations-in-notes",
        "- next mtg. on the 4th, approx. ten people, inc. VAT and 1 hr. The hall is booked.\n",
        [
            "next mtg. on the 4th, approx. ten people, inc. VAT and 1 hr.",
            "The hall is booked.",
        ],
    ),
    (
        "question-in-brackets-runs-on",
        "- Members (on some plans?) can rent a locker.\n- We use `ui.Button` and \"time.Duration\" now.\n",
        ["Members (on some plans?) can rent a locker.", "We use `ui.Button` and \"time.Duration\" now."],
    ),
    (
        "next-item-letter-left-at-a-line-end",
        "a. The new page went live in May. b.\nOpening hours are unchanged.\n",
        ["The new page went live in May. b.", "Opening hours are unchanged."],
    ),
    (
        "items-closed-by-semicolons-without-bullets",
        "The Trustees decided to:\nrenew the hall lease;\nclose the old account;\nand write to the bank.\n",
        ["The Trustees decided to:", "renew the hall lease;", "close the old account; and write to the bank."],
    ),
    (
        "short-lead-in-with-a-commitment-is-a-unit",
        "Priya will:\n- draft the grant letter\n- book the venue\n",
        ["Priya will:", "draft the grant letter", "book the venue"],
    ),
    (
        "meeting-bot-stamp-with-the-day-first",
        "Mar 19 16:01:30 <kbrent> we have 400 left in the pot\nMar 19 16:02:11 <mtoro> agreed to spend it on filament\n",
        ["we have 400 left in the pot", "agreed to spend it on filament"],
    ),
    (
        "us-time-ends-a-sentence-before-a-capital",
        "President Ulvaeus called the meeting to order at 4:02 p.m.\nCirculation for April was 21,884 items.\n"
        "The meeting recessed at 9:10 a.m. The Board resumed at 9:25 a.m. with all members present.\n",
        ["President Ulvaeus called the meeting to order at 4:02 p.m.", "Circulation for April was 21,884 items.",
         "The meeting recessed at 9:10 a.m.", "The Board resumed at 9:25 a.m. with all members present."],
    ),
    (
        "a-time-before-a-noun-is-no-sentence-end",
        "Residents asked to move the 6 p.m. Planning Commission meeting to 7 p.m. on Thursdays.\n",
        ["Residents asked to move the 6 p.m. Planning Commission meeting to 7 p.m. on Thursdays."],
    ),
    (
        "a-street-abbreviation-ends-a-sentence",
        "Three residents spoke about parking on Alder Ave.\nLeo will contact the traffic office.\n",
        ["Three residents spoke about parking on Alder Ave.", "Leo will contact the traffic office."],
    ),
    (
        "nem-con-runs-on",
        "The amendment was carried nem. con. and became the substantive motion.\n",
        ["The amendment was carried nem. con. and became the substantive motion."],
    ),
    (
        "nem-con-ends-a-sentence",
        "The budget for 2026/27 was approved nem. con. The Treasurer thanked the finance group.\n",
        ["The budget for 2026/27 was approved nem. con.", "The Treasurer thanked the finance group."],
    ),
    (
        "an-initials-owner-after-a-lettered-name",
        "The panel agreed to a learning review concerning Family K. RB to draft the terms of reference by 9 May.\n",
        ["The panel agreed to a learning review concerning Family K.", "RB to draft the terms of reference by 9 May."],
    ),
    (
        "paired-initials-owners-after-a-block-letter",
        "Residents raised the lighting in car park C. DW/JO will ask the landlord for a quote.\n",
        ["Residents raised the lighting in car park C.", "DW/JO will ask the landlord for a quote."],
    ),
    (
        "an-initial-inside-a-name-stays",
        "The report was presented by Dr. T. Mbeki, who took questions from governors.\n",
        ["The report was presented by Dr. T. Mbeki, who took questions from governors."],
    ),
    (
        "indian-rupees-and-firms-run-on",
        "The lowest tender, of M/s. Kaveri Constructions, is Rs. 6.25 crore. Smt. Jayanthi questioned the rate.\n",
        ["The lowest tender, of M/s. Kaveri Constructions, is Rs. 6.25 crore.", "Smt. Jayanthi questioned the rate."],
    ),
    (
        "tamil-and-engineer-titles-run-on",
        "Er. S. Kannan, Assistant Engineer, explained the delay. Tmt. Revathi and Thiru. Babu agreed to inspect.\n",
        ["Er. S. Kannan, Assistant Engineer, explained the delay.", "Tmt. Revathi and Thiru. Babu agreed to inspect."],
    ),
]


@pytest.mark.parametrize("case,text,expected", SHAPES, ids=[c[0] for c in SHAPES])
def test_shapes(case: str, text: str, expected: list[str]) -> None:
    assert folded_units_of(text) == expected


# Hard-wrapped plain text (a PDF saved as .txt): a sentence broken across lines comes back whole,
# also where the next line starts with a capital; separate statements on short lines stay apart.
WRAPPED = [
    (
        "hard-wrapped-txt-capital-line-carries-the-sentence",
        "The Secretary said the water troughs on the lower field had been leaking\n"
        "since March and that a repair quote had been requested from Beckett\n"
        "Plumbing of Northam Road. Members agreed that plot holders should be\n"
        "reminded about hosepipe use in the autumn newsletter, and that the\n"
        "Committee would review the water charges at the next meeting in\n"
        "October. The Treasurer reported that rents for 41 plots had been paid.\n"
        "\n"
        "Actions\n"
        "\n"
        "Secretary to chase the plumber\n"
        "Treasurer to send arrears letters\n",
        [
            "The Secretary said the water troughs on the lower field had been leaking since March and that a "
            "repair quote had been requested from Beckett Plumbing of Northam Road.",
            "Members agreed that plot holders should be reminded about hosepipe use in the autumn "
            "newsletter, and that the Committee would review the water charges at the next meeting in "
            "October.",
            "The Treasurer reported that rents for 41 plots had been paid.",
            "Secretary to chase the plumber",
            "Treasurer to send arrears letters",
        ],
    ),
    (
        "hard-wrapped-log-entries-open-units",
        "The Board reviewed the action log and the status reports from each lead,\n"
        "noting that two of the older actions had been overtaken by the restructure\n"
        "and could be closed. The Chair asked for owners to be named on every line\n"
        "of the log in future, and for the log to be sent out with the agenda pack\n"
        "FB/22/14 Publish the revised scheme of delegation on the website – Open\n"
        "FB/22/19 Agree the terms of reference for the audit working group – Done\n",
        [
            "The Board reviewed the action log and the status reports from each lead, noting that two of the "
            "older actions had been overtaken by the restructure and could be closed.",
            "The Chair asked for owners to be named on every line of the log in future, and for the log to "
            "be sent out with the agenda pack",
            "FB/22/14 Publish the revised scheme of delegation on the website – Open",
            "FB/22/19 Agree the terms of reference for the audit working group – Done",
        ],
    ),
    (
        "hard-wrapped-title-line-then-sentence",
        "Kofi reported that the spring clean-up had gone well, with forty people\n"
        "turning out on the Saturday and eleven bags of litter collected in all,\n"
        "and that the school had again lent its hall for the refreshments, which\n"
        "members were grateful for. He suggested a second clean-up in September\n"
        "when the evenings are still light, and offered to speak to the school.\n"
        "Minutes of the last meeting (14 March) and matters arising from them\n"
        "The minutes were accepted as a true record of the March meeting.\n"
        "Imani – ask the county council about a second litter bin on the corner\n"
        "Tomasz/Bea – draft the autumn newsletter and circulate it to members\n",
        [
            "Kofi reported that the spring clean-up had gone well, with forty people turning out on the "
            "Saturday and eleven bags of litter collected in all, and that the school had again lent its "
            "hall for the refreshments, which members were grateful for.",
            "He suggested a second clean-up in September when the evenings are still light, and offered to "
            "speak to the school.",
            "Minutes of the last meeting (14 March) and matters arising from them",
            "The minutes were accepted as a true record of the March meeting.",
            "Imani – ask the county council about a second litter bin on the corner",
            "Tomasz/Bea – draft the autumn newsletter and circulate it to members",
        ],
    ),
    (
        "hard-wrapped-short-page",
        "Mrs Ainsworth said the hall committee had received £1,250 from the\n"
        "lottery fund for new chairs and tables, which had now been ordered,\n"
        "and that she would be writing to the chairman of the fund, Lord\n"
        "Hambleton, to thank him for his support with the application.\n"
        "\n"
        "Chairs delivered\n"
        "Tables on order\n",
        [
            "Mrs Ainsworth said the hall committee had received £1,250 from the lottery fund for new chairs "
            "and tables, which had now been ordered, and that she would be writing to the chairman of the "
            "fund, Lord Hambleton, to thank him for his support with the application.",
            "Chairs delivered",
            "Tables on order",
        ],
    ),
    (
        "hard-wrapped-references-and-years-carry-on",
        "The Board noted that the audit of ward handovers had been delayed by the\n"
        "winter pressures and would now report in the summer instead. Action BD\n"
        "21/07 (handover audit) would stay open until then. The Chair asked for a\n"
        "revised timetable to be shared with members, with the work to end by May\n"
        "2025. The Board agreed the revised plan and thanked the audit team for\n"
        "their efforts over what had been a very difficult period for the wards.\n",
        [
            "The Board noted that the audit of ward handovers had been delayed by the winter pressures and "
            "would now report in the summer instead.",
            "Action BD 21/07 (handover audit) would stay open until then.",
            "The Chair asked for a revised timetable to be shared with members, with the work to end by May 2025.",
            "The Board agreed the revised plan and thanked the audit team for their efforts over what had "
            "been a very difficult period for the wards.",
        ],
    ),
]


@pytest.mark.parametrize("case,text,expected", WRAPPED, ids=[c[0] for c in WRAPPED])
def test_hard_wrapped_text(case: str, text: str, expected: list[str]) -> None:
    assert folded_units_of(text) == expected


WORD_BEFORE_CASES = [
    # (case, block, start, end)
    ("a word before a full stop", "The Clerk will write to Mrs. Lee.", 0, 27),
    ("an abbreviation with its dots", "to be held at 7 p.m. in the hall", 0, 19),
    ("apostrophes and hyphens", "the co-op’s rep'. Next", 0, 16),
    ("the window cuts the word", "Councillors. Then", 3, 11),
    ("nothing before", ". Next", 0, 0),
    ("a space before", "word . Next", 0, 5),
    ("a line break ends the window", "agreed\n. Next", 0, 7),
    ("two line breaks", "agreed\n\n. Next", 0, 8),
    ("accented letters and digits", "Zoë's item 4b2. Then", 0, 14),
    ("a line break only", "\n. Next", 0, 1),
]


@pytest.mark.parametrize("case, block, start, end", WORD_BEFORE_CASES, ids=[c[0] for c in WORD_BEFORE_CASES])
def test_word_before_finds_what_the_pattern_finds(case, block, start, end):
    from extractor.units.split import WORD_BEFORE, word_before

    found = WORD_BEFORE.search(block, start, end)
    assert word_before(block, start, end) == ((found.group(1), found.start(1)) if found else ("", end))


def test_word_before_on_every_sentence_end_of_random_text():
    import random

    from extractor.units.split import WORD_BEFORE, word_before

    pick = random.Random(7)
    alphabet = "ab Z9_.’'-\n\t,;(é"
    for _ in range(3000):
        block = "".join(pick.choice(alphabet) for _ in range(pick.randint(0, 30)))
        end = pick.randint(0, len(block))
        start = pick.randint(0, end)
        found = WORD_BEFORE.search(block, start, end)
        assert word_before(block, start, end) == ((found.group(1), found.start(1)) if found else ("", end)), block
