"""Meeting records in layouts the other tables do not hold, round thirteen: invented minutes, one shape a case.

Attendance told in prose hard-wrapped over lines (a list broken inside a bracket, a clause after 'were there,
and', someone who joined by video), Irish county councils ('Cathaoirleach', party names after members),
Canadian city councils (recorded votes 'YEAS: ... NAYS: ...' that are no attendance), New Zealand councils
('That the apologies from X be accepted'), Scottish bodies ('Sederunt:'), university senates ('Ex officio
members', 'Elected members'), union branch and club AGMs with headcounts, US school boards ('Members present',
'Members absent', 'Also present'), homeowners' associations, police and crime panels, co-operative boards,
attendance in flattened tables (pipes or tabs, 'Y/N' and ticks), lists parted by ';' or ' – ', posts
first ('Clerk to the Council: ...'), 'Absent with apologies:', 'Not present:', attendance from afar ('(via
Teams)', '(remote)'), late arrivals, and lines that are no attendance (a recorded vote, declarations of
interest, a distribution list, 'cc:'). Each case gives the meeting date, the names recorded present (members
and posts given by a label first, then those listed as in attendance) and the apologies (absentees included).
"""

from __future__ import annotations


CASES = [
    # --- attendance told in prose, hard-wrapped --------------------------------------------------------
    (
        "prose wrapped inside a bracket: 'were there, and X joined by video', an apology with a reason",
        "Friends of Brookside Meadow – committee notes\n\nWe met at Ann's house on the evening of Thursday the 3rd of "
        "April 2025.\nAnn Pellow (chair), Raj Mistry (treasurer), Beth Olsen (secretary,\ntaking notes) and Tom Hale "
        "were there, and Lucy Varga joined by video\nfor the first half hour. Sam Iqbal sent his apologies as he is "
        "away.\n\nWe talked about the hedge laying day. Raj to get quotes for the tools.\n",
        "2025-04-03",
        ["Ann Pellow", "Raj Mistry", "Beth Olsen", "Tom Hale", "Lucy Varga"],
        ["Sam Iqbal"],
    ),
]


# cases the structure reader still gets wrong, with why (strict: a fix must take the mark away)
KNOWN: dict[str, str] = {}


# CASES (with KNOWN) and TITLES (with TITLES_KNOWN) are run by test_world_shapes.py's tests, ITEMS by
# test_minute_numbers.py's, NOT_PEOPLE by test_unseen_round10.py's, with the tables there

TITLES: list[tuple[str, str, str]] = []

TITLES_KNOWN: dict[str, str] = {}

# agenda items in numberings the minute-reference table does not hold: (name, body, items, lines kept as units)
ITEMS: list[tuple[str, str, list[tuple[str, str]], list[str]]] = []

ITEMS_KNOWN: dict[str, str] = {}

# lines after the lists that must not be read as people
NOT_PEOPLE: list[tuple[str, str]] = []
