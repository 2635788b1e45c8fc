"""Status lines without a colon, and attendance lists split by how or whether people came: invented minutes.

'Parent Governors absent' says a whole group stayed away; the line under it is a field or text of its own,
not a list of absentees. 'Apologies were received from' and 'Present (online):' head lists on the lines below.
"""

from __future__ import annotations

import pytest

from extractor.structure.parse import parse_structure

HEAD = "Larkfield Primary School\nFull Governing Board\nDate: 12 March 2025\n"
BODY = "\n1. Welcome\nThe chair welcomed everyone.\n"

CASES = [
    # case, text, attendees, apologies
    ("absent-group-over-a-clerk-field",
     HEAD + "Present: Irene Swale, Callum Frew\nParent governors absent\nClerk: Odile Marsh\n" + BODY,
     ["Irene Swale", "Callum Frew", "Odile Marsh"], []),
    ("absent-group-over-an-apologies-field",
     HEAD + "Present: Irene Swale, Callum Frew\nStaff governors absent\nApologies: Tariq Bell\n" + BODY,
     ["Irene Swale", "Callum Frew"], ["Tariq Bell"]),
    ("present-group-over-an-in-attendance-field",
     HEAD + "Present: Irene Swale, Callum Frew\nStaff governors present\nIn attendance: Odile Marsh (Clerk)\n" + BODY,
     ["Irene Swale", "Callum Frew", "Odile Marsh"], []),
    ("absent-group-over-prose",
     HEAD + "Present: Irene Swale, Callum Frew\nParent Governors absent\nThe meeting opened at 6.05pm.\n" + BODY,
     ["Irene Swale", "Callum Frew"], []),
    ("apologies-received-from-over-bullets",
     "Harbour Rowing Club committee\n14 May 2024\n\nPresent: Ines Vora, Piet Lamb\n\n"
     "Apologies received from\n- Mona Reyes\n- Dale Pratt\n\n1. Boats\nThe new blades arrived.\n",
     ["Ines Vora", "Piet Lamb"], ["Mona Reyes", "Dale Pratt"]),
    ("apologies-were-received-from-over-lines",
     "Harbour Rowing Club committee\n14 May 2024\n\nPresent: Ines Vora, Piet Lamb\n\n"
     "Apologies were received from:\nMona Reyes\nDale Pratt\n\n1. Boats\nThe new blades arrived.\n",
     ["Ines Vora", "Piet Lamb"], ["Mona Reyes", "Dale Pratt"]),
    ("present-in-person-and-online",
     "Westmere Community Trust board\n3 June 2025\n\nPresent (in person): Hana Ruto, Gil Avner\n"
     "Present (online): Sefa Lui, Bryn Holt\nApologies: Ada Penn\n\n1. Minutes\nAgreed.\n",
     ["Hana Ruto", "Gil Avner", "Sefa Lui", "Bryn Holt"], ["Ada Penn"]),
    ("present-in-person-and-online-over-bullets",
     "Westmere Community Trust board\n3 June 2025\n\nPresent (in person):\n- Hana Ruto\n- Gil Avner\n"
     "Present (online):\n- Sefa Lui\n- Bryn Holt\n\n1. Minutes\nAgreed.\n",
     ["Hana Ruto", "Gil Avner", "Sefa Lui", "Bryn Holt"], []),
]


@pytest.mark.parametrize("case,text,attendees,apologies", CASES, ids=[c[0] for c in CASES])
def test_status_lines_and_split_lists(case, text, attendees, apologies):
    meeting = parse_structure(text)
    assert [p.name for p in meeting.attendees] == attendees
    assert [p.name for p in meeting.apologies] == apologies
