"""Units on layouts the other unit tables do not cover: PDF wraps with hyphens and page
furniture, abbreviations, numbered sub-clauses, tables, chats, quotes, money and addresses."""

import pytest

from tests.units.test_split import folded_units_of

PAD = (
    "This line pads the page so that the text above reads as hard-wrapped PDF output.\n"
    "Another line of about the same width keeps the wrap detector sure of the width.\n"
    "A third line, close to the wrap width as well, ends the padding of this page now.\n"
)

UNSEEN = [
    (
        "pdf-hyphen-at-line-end",
        "The Committee considered the officer's recom-\n"
        "mendation on the allotment rents and agreed to hold them at the current level\n"
        "for a further year. The Clerk will write to all tenants.\n" + PAD,
        [
            "The Committee considered the officer's recom- mendation on the allotment rents and agreed to hold "
            "them at the current level for a further year.",
            "The Clerk will write to all tenants.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "pdf-sentence-over-four-lines",
        "Members discussed the condition of the footpath between the church and the\n"
        "village hall, which had been reported as dangerous by several residents over\n"
        "the winter months, and asked that the matter be raised again with the highway\n"
        "authority before the next meeting. No further business was raised.\n" + PAD,
        [
            "Members discussed the condition of the footpath between the church and the village hall, which had "
            "been reported as dangerous by several residents over the winter months, and asked that the matter "
            "be raised again with the highway authority before the next meeting.",
            "No further business was raised.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "page-number-inside-a-sentence",
        "The Council noted the report on the play area and agreed that the inspection\n\nPage 3 of 7\n\n"
        "regime be extended to the skate park from April. The Clerk will arrange it.\n" + PAD,
        [
            "The Council noted the report on the play area and agreed that the inspection Page 3 of 7 regime be "
            "extended to the skate park from April.",
            "The Clerk will arrange it.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "chair-initials-foot-inside-a-sentence",
        "The Trustees considered three quotes for the boiler and resolved to accept the\n\n"
        "Chair's initials ________\n\nlowest, subject to references. The Treasurer reported a small surplus.\n" + PAD,
        [
            "The Trustees considered three quotes for the boiler and resolved to accept the Chair's initials "
            "________ lowest, subject to references.",
            "The Treasurer reported a small surplus.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "running-head-and-page-number-inside-a-sentence",
        "Elmbridge Road Residents Association – Committee Minutes\n\n"
        "The committee agreed to ask the council to repair the streetlights along the\n\n- 2 -\n\n"
        "Elmbridge Road Residents Association – Committee Minutes\n\n"
        "northern footpath before the winter. Tea was served.\n" + PAD,
        [
            "The committee agreed to ask the council to repair the streetlights along the - 2 - Elmbridge Road "
            "Residents Association – Committee Minutes northern footpath before the winter.",
            "Tea was served.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "hyphen-broken-word-across-a-page-break",
        "Members asked that the grounds maintenance contract be put out to competi-\n\nPage 4\n\n"
        "tive tender next spring. The Chair closed the meeting.\n" + PAD,
        [
            "Members asked that the grounds maintenance contract be put out to competi- Page 4 tive tender next "
            "spring.",
            "The Chair closed the meeting.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "bullet-running-on-over-a-page-break",
        "• The group reviewed the draft travel plan and asked officers to add a section\n  on cycle parking at the\n\n"
        "Page 2 of 5\n\n  north entrance before it goes to Cabinet.\n• The next meeting is in June.\n" + PAD,
        [
            "The group reviewed the draft travel plan and asked officers to add a section on cycle parking at the "
            "Page 2 of 5 north entrance before it goes to Cabinet.",
            "The next meeting is in June.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "form-feed-inside-a-sentence",
        "The committee agreed that the Town Clerk should write to the Highways Agency and the\n\x0c\n"
        "Police about speeding on the by-pass. Noted.\n" + PAD,
        [
            "The committee agreed that the Town Clerk should write to the Highways Agency and the Police about "
            "speeding on the by-pass.",
            "Noted.",
            *PAD.strip().split("\n"),
        ],
    ),
    (
        "page-number-between-two-sentences-joins-nothing",
        "The hall was booked for the fete\n\nPage 2\n\nThe next item was the newsletter.\n",
        ["The hall was booked for the fete", "The next item was the newsletter."],
    ),
    (
        "blank-line-alone-is-a-paragraph-break",
        "The Clerk reported on the state of the\n\nnoticeboard, which needs a new lock.\n",
        ["The Clerk reported on the state of the", "noticeboard, which needs a new lock."],
    ),
    (
        "abbreviations-mid-sentence",
        "Cllr. Dunn said approx. 40 homes on St. Mary's Road would be affected, i.e. the whole estate.\n"
        "The grant (cf. para. 3.2 and Fig. 2) was paid to Acorn Ltd. in Jan. this year.\n"
        "Rent rises 2% p.a. from No. 4 onwards, e.g. the new units.\n",
        [
            "Cllr. Dunn said approx. 40 homes on St. Mary's Road would be affected, i.e. the whole estate.",
            "The grant (cf. para. 3.2 and Fig. 2) was paid to Acorn Ltd. in Jan. this year.",
            "Rent rises 2% p.a. from No. 4 onwards, e.g. the new units.",
        ],
    ),
    (
        "times-and-country-abbreviations",
        "The meeting opened at 7.30 p.m. and closed at 9.15 p.m. The U.S. partner joined by phone.\n",
        ["The meeting opened at 7.30 p.m. and closed at 9.15 p.m.", "The U.S. partner joined by phone."],
    ),
    (
        "abbreviation-then-a-sentence-opener-ends-the-sentence",
        "Dee raised parking on Mill Rd. The police will be asked to attend. The firm opened in the U.S. "
        "It now has 40 staff. Growth is 4.5 p.c. This is above the target.\n",
        [
            "Dee raised parking on Mill Rd.",
            "The police will be asked to attend.",
            "The firm opened in the U.S.",
            "It now has 40 staff.",
            "Growth is 4.5 p.c.",
            "This is above the target.",
        ],
    ),
    (
        "firm-suffix-inside-a-name",
        "Quotes from Smith Bros. Builders and Jones & Co. were compared. Smith Bros. was cheapest. "
        "The work went to Smith Bros. The Clerk will write to them.\n",
        [
            "Quotes from Smith Bros. Builders and Jones & Co. were compared.",
            "Smith Bros. was cheapest.",
            "The work went to Smith Bros.",
            "The Clerk will write to them.",
        ],
    ),
    (
        "title-before-a-name-that-looks-like-an-opener",
        "Mr. He and Dr. An spoke for the residents.\n",
        ["Mr. He and Dr. An spoke for the residents."],
    ),
    (
        "lettered-sub-clauses-under-a-lead-in",
        "RESOLVED that:\n(a) the accounts be approved;\n(b) the reserves policy be adopted; and\n"
        "(c) the Clerk write to the bank.\n",
        ["the accounts be approved;", "the reserves policy be adopted; and", "the Clerk write to the bank."],
    ),
    (
        "numbered-resolutions-on-one-line",
        "RESOLVED: (1) that the minutes be signed; (2) that the grant of £500 be paid.\n",
        ["RESOLVED: (1) that the minutes be signed; (2) that the grant of £500 be paid."],
    ),
    (
        "bullets-with-wrapped-continuations",
        "Updates:\n- The new website went live on Monday and the feedback so far\n  has been good.\n"
        "- Volunteers are needed for the summer fair,\nespecially on the Saturday.\n- Hall booked.\n",
        [
            "The new website went live on Monday and the feedback so far has been good.",
            "Volunteers are needed for the summer fair, especially on the Saturday.",
            "Hall booked.",
        ],
    ),
    (
        "markdown-nested-list",
        "## Actions\n\n- Finance\n  - Sam to chase the invoice\n  - Priya to close the old account\n"
        "- Events\n  - Book the hall for June\n",
        ["Finance", "Sam to chase the invoice", "Priya to close the old account", "Events", "Book the hall for June"],
    ),
    (
        "checkbox-list",
        "Next steps\n- [ ] Dee to draft the newsletter\n- [x] Ivo sent the survey\n* [ ] Ask the council about bins\n",
        ["Dee to draft the newsletter", "Ivo sent the survey", "Ask the council about bins"],
    ),
    (
        "table-with-a-text-column",
        "| No | Action | Owner | Due |\n|---|---|---|---|\n| 4 | Roof repair | Clerk | May |\n"
        "| 5 | Replace the gate latch | Cllr Ives | June |\n",
        ["4 | Roof repair | Clerk | May", "5 | Replace the gate latch | Cllr Ives | June"],
    ),
    (
        "table-with-a-short-dashed-separator",
        "## Membership\n\n| Tier | Members |\n| --   | --      |\n| Student | 14 |\n| Full | 52 |\n",
        ["Student | 14", "Full | 52"],
    ),
    (
        "quote-spanning-a-full-stop",
        'The Chair read the letter: "We cannot attend. Please send apologies." Members noted it.\n',
        ['The Chair read the letter: "We cannot attend.', 'Please send apologies."', "Members noted it."],
    ),
    (
        "bracket-closing-after-a-full-stop",
        "The budget was agreed (the vote was unanimous.) Work starts in May.\n",
        ["The budget was agreed (the vote was unanimous.)", "Work starts in May."],
    ),
    (
        "ellipsis-then-capital",
        "The roof still leaks... The contractor will return next week.\n",
        ["The roof still leaks...", "The contractor will return next week."],
    ),
    (
        "ellipsis-mid-sentence",
        "Income from lettings, grants … and donations rose this year.\n",
        ["Income from lettings, grants … and donations rose this year."],
    ),
    (
        "money-and-decimals",
        "The deficit is £1.5m against a budget of £12.25m. Inflation of 3.5% was assumed. Costs rose 0.5 per cent.\n",
        ["The deficit is £1.5m against a budget of £12.25m.", "Inflation of 3.5% was assumed.", "Costs rose 0.5 per cent."],
    ),
    (
        "urls-and-emails",
        "Papers are at www.example.org/papers.html and queries go to clerk@parish.example.org. "
        "See https://example.com/v1.2/notes for the draft.\n",
        [
            "Papers are at www.example.org/papers.html and queries go to clerk@parish.example.org.",
            "See https://example.com/v1.2/notes for the draft.",
        ],
    ),
    (
        "unicode-bullets-and-emoji",
        "## Wins this week\n\n▪ Release 2.3 shipped 🎉\n◦ Docs site moved\n➢ New maintainer onboarded ✅\n",
        ["Release 2.3 shipped 🎉", "Docs site moved", "New maintainer onboarded ✅"],
    ),
    (
        "circle-diamond-and-arrow-bullets",
        "## Notes\n\n○ Hall booked for May\n◆ Sam to order chairs\n→ Raffle prizes still needed\n",
        ["Hall booked for May", "Sam to order chairs", "Raffle prizes still needed"],
    ),
    (
        "ballot-box-checklist",
        "## Tasks\n\n☐ Dee to draft the newsletter\n☑ Survey sent\n",
        ["Dee to draft the newsletter", "Survey sent"],
    ),
    (
        "emoji-opening-each-line",
        "## Status\n\n✅ Budget approved\n❌ Logo vote postponed\n👉 Sam to book the venue\n",
        ["✅ Budget approved", "❌ Logo vote postponed", "👉 Sam to book the venue"],
    ),
    (
        "numbered-resolution-wrapped-with-hanging-indent",
        "RESOLVED:\n(1) That the report be noted.\n(2) That the Clerk be authorised to\n"
        "    sign the lease on behalf of the\n    Council.\n",
        ["That the report be noted.", "That the Clerk be authorised to sign the lease on behalf of the Council."],
    ),
    (
        "emoji-between-sentences",
        "Funding approved 🎉 Next we hire a coordinator.\n",
        ["Funding approved 🎉 Next we hire a coordinator."],
    ),
    (
        "chat-speaker-lines",
        "Priya: I think we should move the release to Friday because the\ntranslations are not done.\n"
        "Tom: Agreed.\nPriya: I'll post it on the list.\n",
        [
            "Priya: I think we should move the release to Friday because the translations are not done.",
            "Tom: Agreed.",
            "Priya: I'll post it on the list.",
        ],
    ),
    (
        "numbered-paragraph-references",
        "The report at para. 4.1 was noted. See section 2.3. Members agreed.\n",
        ["The report at para. 4.1 was noted.", "See section 2.3.", "Members agreed."],
    ),
    (
        "initials-of-an-organisation",
        "The N.H.S. trust replied. The B.B.C. filmed the event.\n",
        ["The N.H.S. trust replied.", "The B.B.C. filmed the event."],
    ),
    # sub-points of resolutions, lone action cues, motions with movers, abbreviations before capitals,
    # brackets and quotes that close a sentence, addresses that end one, nested lists and sparse tables
    (
        "roman-sub-points",
        "RESOLVED that the Committee:\n" "(i) notes the report;\n" "(ii) approves the fees for 2025; and\n"
        "(iii) asks the Clerk to publish them.\n",
        [
            "RESOLVED that the Committee:",
            "notes the report;",
            "approves the fees for 2025; and",
            "asks the Clerk to publish them.",
        ],
    ),
    (
        "letter-paren-points",
        "RESOLVED – that:\n" "a) the hall hire charges rise by 5%;\n" "b) the charity rate stays the same.\n",
        ["the hall hire charges rise by 5%;", "the charity rate stays the same."],
    ),
    (
        "lettered-dot-points-upper",
        "It was RESOLVED that:\n" "A. the grant of £300 to the Scouts be approved;\n"
        "B. the grant to the choir be deferred.\n",
        ["the grant of £300 to the Scouts be approved;", "the grant to the choir be deferred."],
    ),
    (
        "roman-dot-points",
        "The Governors agreed:\n" "i. to adopt the uniform policy;\n" "ii. to review it in a year.\n",
        ["The Governors agreed:", "to adopt the uniform policy;", "to review it in a year."],
    ),
    (
        "action-on-its-own-line",
        "The website is out of date.\n" "Action:\n" "Jo to update the contact page.\n",
        ["The website is out of date.", "Jo to update the contact page."],
    ),
    (
        "action-caps-own-line",
        "The gate latch is broken.\n" "\n" "ACTION\n" "\n" "Clerk to order a new latch.\n",
        ["The gate latch is broken.", "Clerk to order a new latch."],
    ),
    (
        "moved-seconded-lines",
        "Motion: \"That the club adopts the new constitution.\"\n" "Moved by: A. Patel\n" "Seconded by: R. Kim\n"
        "Carried unanimously.\n",
        [
            "Motion: \"That the club adopts the new constitution.\"",
            "Moved by: A. Patel",
            "Seconded by: R. Kim",
            "Carried unanimously.",
        ],
    ),
    (
        "moved-seconded-inline",
        "MOTION to approve the minutes of June 3, 2024. Moved by Dir. Lopez, seconded by Dir. Chen. Motion carried 5-0.\n",
        [
            "MOTION to approve the minutes of June 3, 2024.",
            "Moved by Dir. Lopez, seconded by Dir. Chen.",
            "Motion carried 5-0.",
        ],
    ),
    (
        "semicolon-list-one-unit",
        "The Trust noted the risks: staffing; the estate; and the digital programme. The Chair thanked the team.\n",
        [
            "The Trust noted the risks: staffing; the estate; and the digital programme.",
            "The Chair thanked the team.",
        ],
    ),
    (
        "all-caps-heading-two-words",
        "MATTERS ARISING\n" "\n" "The bench has been installed.\n" "\n" "ANY OTHER BUSINESS\n" "\n" "None.\n",
        ["The bench has been installed.", "None."],
    ),
    (
        "curly-quote-close",
        "The Chair said the year had been “a great success.” Members applauded.\n",
        ["The Chair said the year had been “a great success.”", "Members applauded."],
    ),
    (
        "bracket-close-question",
        "The Treasurer asked whether the fee was fair (was it?) and the meeting moved on. Members agreed.\n",
        ["The Treasurer asked whether the fee was fair (was it?) and the meeting moved on.", "Members agreed."],
    ),
    (
        "sentence-in-brackets",
        "The roof was repaired. (The invoice was £400.) The Clerk will pay it.\n",
        ["The roof was repaired.", "(The invoice was £400.)", "The Clerk will pay it."],
    ),
    (
        "url-ends-sentence",
        "The agenda is on https://example.org/agenda. Comments by Friday.\n",
        ["The agenda is on https://example.org/agenda.", "Comments by Friday."],
    ),
    (
        "email-ends-sentence",
        "Send apologies to secretary@club.example.co.uk. The next meeting is on 4 May.\n",
        ["Send apologies to secretary@club.example.co.uk.", "The next meeting is on 4 May."],
    ),
    (
        "eg-capital",
        "Several groups, e.g. Friends of the Park, asked for grants.\n",
        ["Several groups, e.g. Friends of the Park, asked for grants."],
    ),
    (
        "ie-capital",
        "The budget holder, i.e. The Finance Committee, will decide.\n",
        ["The budget holder, i.e. The Finance Committee, will decide."],
    ),
    (
        "ellipsis-four-dots",
        "The survey results were mixed.... More work is needed.\n",
        ["The survey results were mixed....", "More work is needed."],
    ),
    (
        "table-empty-owner",
        "| # | Action | Owner | Due |\n" "|---|---|---|---|\n" "| 1 | Fix the gate |  | May |\n"
        "| 2 | Order chairs | Sam | |\n",
        ["1 | Fix the gate | | May", "2 | Order chairs | Sam |"],
    ),
    (
        "nested-checkboxes",
        "## Actions\n" "\n" "- Website\n" "  - [ ] Lee to fix the menu\n" "    - [ ] check on mobile\n"
        "- [x] Newsletter sent\n",
        ["Website", "Lee to fix the menu", "check on mobile", "Newsletter sent"],
    ),
    (
        "numbered-md-nested",
        "## Plan\n" "\n" "1. Budget\n" "   1. Ana to draft the budget\n" "   2. Review in March\n" "2. Events\n",
        ["Budget", "Ana to draft the budget", "Review in March", "Events"],
    ),
    (
        "hyphen-break-with-caps",
        "Minutes of the meeting\n" "\n" "The Council agreed to the Neighbour-\n"
        "hood Plan consultation starting in May. Noted.\n",
        ["The Council agreed to the Neighbour- hood Plan consultation starting in May.", "Noted."],
    ),
    (
        "us-style-motion",
        "Motion by Trustee Ruiz, second by Trustee Wu, to approve the consent agenda. Ayes: 6. Nays: 0. Motion carried.\n",
        [
            "Motion by Trustee Ruiz, second by Trustee Wu, to approve the consent agenda.",
            "Ayes: 6.",
            "Nays: 0.",
            "Motion carried.",
        ],
    ),
    (
        "vs-and-etc",
        "The cost of paper vs. digital was discussed, incl. postage etc. The Board preferred digital.\n",
        ["The cost of paper vs. digital was discussed, incl. postage etc.", "The Board preferred digital."],
    ),
    (
        "date-abbrev",
        "The AGM is on Wed. 12 Oct. at the hall. Tickets are £5.\n",
        ["The AGM is on Wed. 12 Oct. at the hall.", "Tickets are £5."],
    ),
    (
        "pp-and-ref",
        "See pp. 12-14 of the pack and ref. 22/0045/FUL. Members agreed.\n",
        ["See pp. 12-14 of the pack and ref. 22/0045/FUL.", "Members agreed."],
    ),
    (
        "question-then-answer",
        "Was the grant received? Yes, on 3 March. The Clerk confirmed.\n",
        ["Was the grant received?", "Yes, on 3 March.", "The Clerk confirmed."],
    ),
    (
        "numbered-points-a-paren-inline",
        "The Board agreed to: a) close the account; b) open a new one; and c) move the funds.\n",
        ["The Board agreed to: a) close the account; b) open a new one; and c) move the funds."],
    ),
    (
        "st-saint-and-street",
        "The fete will be at St. John's church on Church St. next to the school.\n",
        ["The fete will be at St. John's church on Church St. next to the school."],
    ),
    (
        "dr-ends-at-name",
        "The report was presented by Dr. Okafor. Members asked questions.\n",
        ["The report was presented by Dr. Okafor.", "Members asked questions."],
    ),
    (
        "exclam-in-quote",
        "Members shouted \"Hear, hear!\" and the motion passed.\n",
        ["Members shouted \"Hear, hear!\" and the motion passed."],
    ),
    (
        "capitals-titles-between-sentences",
        "Minutes\n\nThe Chair opened the meeting.\nFINANCE\nThe Treasurer presented the accounts to 31 March.\n"
        "STREET LIGHTING\nOne lamp on Mill Lane is out.\n",
        ["The Chair opened the meeting.", "The Treasurer presented the accounts to 31 March.", "One lamp on Mill Lane is out."],
    ),
    (
        "capitals-vote-outcome-stays-a-unit",
        "Minutes\n\nThat the fees be increased by 3%.\nCARRIED\nThat the hall be repainted.\nMOTION LOST\nNext meeting in May.\n",
        ["That the fees be increased by 3%.", "CARRIED", "That the hall be repainted.", "MOTION LOST", "Next meeting in May."],
    ),
    (
        "capitals-line-inside-a-paragraph-is-no-title",
        "Minutes\n\nThe Chair opened the meeting.\nThe Secretary said that the\nHOSPITAL TRUST\nhad written about parking.\n",
        ["The Chair opened the meeting.", "The Secretary said that the HOSPITAL TRUST had written about parking."],
    ),
    # titles before names and offices, quotes and brackets after a stop, deeper lists, lone action tails
    (
        "action-colon-own-line-then-owner-dash",
        "Minutes\n" "\n" "The noticeboard needs repainting.\n" "Action:\n" "Paint the noticeboard – Clerk\n",
        ["The noticeboard needs repainting.", "Paint the noticeboard – Clerk"],
    ),
    (
        "proposed-seconded-short-lines",
        "Minutes\n" "\n" "The Chair put the motion to the vote.\n" "Proposed: Cllr Ames\n" "Seconded: Cllr Lowe\n"
        "All in favour.\n",
        ["The Chair put the motion to the vote.", "Proposed: Cllr Ames", "Seconded: Cllr Lowe", "All in favour."],
    ),
    (
        "hyphen-compound-at-line-end-pad",
        "Minutes\n" "\n" "The Board discussed the long-\n" "term plan. It was agreed.\n",
        ["The Board discussed the long- term plan.", "It was agreed."],
    ),
    (
        "semicolons-in-a-bullet",
        "## Notes\n" "\n" "- Tools: hammers; saws; drills.\n" "- Paint ordered.\n",
        ["Tools: hammers; saws; drills.", "Paint ordered."],
    ),
    (
        "time-pm-no-dot-space",
        "Minutes\n" "\n" "The meeting closed at 9.05pm. The next meeting is on 3 June at 7.30pm in the hall.\n",
        ["The meeting closed at 9.05pm.", "The next meeting is on 3 June at 7.30pm in the hall."],
    ),
    (
        "nos-plural",
        "Minutes\n" "\n" "Items Nos. 4 and 5 were taken together. Members agreed.\n",
        ["Items Nos. 4 and 5 were taken together.", "Members agreed."],
    ),
    (
        "quote-then-attribution",
        "Minutes\n" "\n" "\"We need more volunteers,\" said the Chair. Members agreed.\n",
        ["\"We need more volunteers,\" said the Chair.", "Members agreed."],
    ),
    (
        "single-quote-close",
        "Minutes\n" "\n" "The motion read 'That the club affiliates to the league.' It was carried.\n",
        ["The motion read 'That the club affiliates to the league.'", "It was carried."],
    ),
    (
        "bracket-ref-after-stop",
        "Minutes\n" "\n" "The accounts were approved. (Minute 23/45 refers.) The auditor was thanked.\n",
        ["The accounts were approved.", "(Minute 23/45 refers.)", "The auditor was thanked."],
    ),
    (
        "email-mid-sentence-capital",
        "Minutes\n" "\n" "Contact j.smith@example.org.uk For details of the rota.\n",
        ["Contact j.smith@example.org.uk For details of the rota."],
    ),
    (
        "url-with-trailing-slash-end",
        "Minutes\n" "\n" "The survey is at https://forms.example.com/s/abc/. Responses close Friday.\n",
        ["The survey is at https://forms.example.com/s/abc/.", "Responses close Friday."],
    ),
    (
        "ellipsis-spaced",
        "Minutes\n" "\n" "The discussion went on . . . and on. The Chair closed it.\n",
        ["The discussion went on . . . and on.", "The Chair closed it."],
    ),
    (
        "nested-three-levels",
        "## Tasks\n" "\n" "- Garden\n" "  - Beds\n" "    - Weed the rose bed\n" "  - Order compost\n",
        ["Garden", "Beds", "Weed the rose bed", "Order compost"],
    ),
    (
        "checkbox-uppercase-X",
        "## Tasks\n" "\n" "- [X] Sent the minutes\n" "- [ ] Book the hall\n",
        ["Sent the minutes", "Book the hall"],
    ),
    (
        "table-owner-empty-last",
        "| Action | Owner |\n" "|---|---|\n" "| Clean the gutters | |\n" "| Fix the tap | Jo |\n",
        ["Clean the gutters |", "Fix the tap | Jo"],
    ),
    (
        "resolved-dash-lower-lead",
        "Minutes\n" "\n" "RESOLVED – that:\n" "(i) the budget be approved; and\n"
        "(ii) the precept be set at £12,000.\n",
        ["the budget be approved; and", "the precept be set at £12,000."],
    ),
    (
        "sentence-ends-with-number-then-caps",
        "Minutes\n" "\n" "The vote was 7 to 2. Cllr Kay abstained.\n",
        ["The vote was 7 to 2.", "Cllr Kay abstained."],
    ),
    (
        "ref-abbrev-at-end",
        "Minutes\n" "\n" "The item was deferred, see ref. The Clerk will update the log.\n",
        ["The item was deferred, see ref.", "The Clerk will update the log."],
    ),
    (
        "et-al",
        "Minutes\n" "\n" "The paper by Lee et al. was circulated. It was welcomed.\n",
        ["The paper by Lee et al. was circulated.", "It was welcomed."],
    ),
    (
        "hon-title",
        "Minutes\n" "\n" "The Hon. Treasurer reported a surplus. Members thanked him.\n",
        ["The Hon. Treasurer reported a surplus.", "Members thanked him."],
    ),
    (
        "fr-title",
        "Minutes\n" "\n" "Fr. Murphy blessed the new hall. Tea followed.\n",
        ["Fr. Murphy blessed the new hall.", "Tea followed."],
    ),
    (
        "cr-title",
        "Minutes\n" "\n" "Cr. Tran moved the motion. It was carried.\n",
        ["Cr. Tran moved the motion.", "It was carried."],
    ),
    (
        "councillor-abbrev-cnclr",
        "Minutes\n" "\n" "Councillors Ames and Lowe were present. Cnclr. Ward sent apologies.\n",
        ["Councillors Ames and Lowe were present.", "Cnclr. Ward sent apologies."],
    ),
    (
        "wrapped-bullet-lettered",
        "Minutes\n" "\n" "RESOLVED that:\n" "(a) the contract for grass cutting be awarded to the\n"
        "    lowest tender; and\n" "(b) the Clerk write to the other bidders.\n",
        [
            "the contract for grass cutting be awarded to the lowest tender; and",
            "the Clerk write to the other bidders.",
        ],
    ),
    (
        "action-tail-own-line",
        "Minutes\n" "\n" "The website needs new photos.\n" "ACTION: JB\n",
        ["The website needs new photos.", "ACTION: JB"],
    ),
]


def test_ballot_boxes_are_task_markers() -> None:
    from extractor.structure import parse_structure
    from extractor.units import split_units

    text = "## Tasks\n\n☐ Dee to draft the newsletter\n☑ Survey sent\n✓ Room booked\n"
    meeting = parse_structure(text)
    assert [u.marker for u in split_units(text, meeting.lines, meeting.skip_lines)] == ["task_open", "task_done", "glyph"]


@pytest.mark.parametrize("case,text,expected", UNSEEN, ids=[c[0] for c in UNSEEN])
def test_unseen_layouts(case: str, text: str, expected: list[str]) -> None:
    assert folded_units_of(text) == expected
