"""Short invented minutes in a few house styles, for tests that run whole archives (workers, zips, a cluster).

Every body, place and person here is made up for these tests.
"""

from __future__ import annotations

from pathlib import Path

STYLES: dict[str, str] = {
    "parish": (
        "Brackenholt Parish Council\n"
        "Minutes of the ordinary meeting held on {day} April 2024 in the village hall\n\n"
        "Present: Cllr Ruth Adebayo (Chair), Cllr Tomasz Wilk, Cllr Jean Pellow\n"
        "Apologies: Cllr Hamish Drury\n\n"
        "1. Minutes of the last meeting\n"
        "The minutes of the meeting held on 4 March 2024 were approved as a true record.\n\n"
        "2. Footpath repairs\n"
        "The clerk reported {n} complaints about the stile on footpath 12. "
        "Cllr Wilk to obtain two quotes for a kissing gate by 30 April 2024.\n\n"
        "3. Finance\n"
        "It was resolved to pay the grass cutting invoice of £{amount}. "
        "The precept balance stands at £{balance}.\n"
    ),
    "governors": (
        "Oakhurst Primary School - Full Governing Body\n"
        "Meeting held on {day} May 2024\n\n"
        "Present: Priya Lal (Chair), Daniel Okafor (Headteacher), Fern Mackie, Yusuf Demir\n\n"
        "Item 1: Headteacher's report\n"
        "Attendance this term was {pct}%, up from 94.1% last term. "
        "Reception has {n} children on roll.\n"
        "Item 2: Policies\n"
        "Governors approved the revised behaviour policy.\n"
        "ACTION: Fern Mackie to circulate the safeguarding audit before the next meeting.\n"
    ),
    "tenants": (
        "Larchfield Court Tenants' Association - committee notes, {day} June 2024\n"
        "Attending: Maggie Shore, Idris Vaughan, Colette Baptiste\n\n"
        "- Lift out of service for {n} days in May; Idris will write to the housing officer this week.\n"
        "- Agreed: the summer fete goes ahead on 20 July.\n"
        "- Membership now {members} households (was 88).\n"
        "- Colette to book the community room for September.\n"
    ),
    "club": (
        "Wrenfield Rowing Club committee\n"
        "Minutes, {day} September 2024\n\n"
        "Present: Olu Bankole (Captain), Sinead Farr (Treasurer), Mark Ivers\n\n"
        "Treasurer's report: the boat fund holds £{balance}; subscriptions from {n} members are outstanding.\n"
        "Decision: the club will buy a second-hand coxless four for no more than £{amount}.\n"
        "Action: Mark Ivers to arrange the trailer inspection by 15 October.\n"
    ),
}


def minutes_text(number: int) -> tuple[str, str]:
    """(style, text) of invented minutes number `number`: the styles in turn, figures varying."""
    style = sorted(STYLES)[number % len(STYLES)]
    text = STYLES[style].format(day=1 + number % 27, n=3 + number % 11, amount=120 + 5 * number,
                                balance=4_000 + 37 * number, pct=95 + number % 4, members=90 + number % 9)
    return style, text


def write_archive(folder: Path, count: int) -> Path:
    """`count` minutes files in `folder` (created), named by style and number."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        style, text = minutes_text(number)
        (folder / f"{style}-{number:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def journal_docs(journal: Path) -> int:
    """Documents a run's journal (NAME.progress) records as done so far: one line each after the header."""
    try:
        return max(0, journal.read_text().count("\n") - 1)
    except FileNotFoundError:
        return 0
