"""scan_lines: what each line is (the units step splits only content lines, never headings)."""

from pathlib import Path

import pytest

from extractor.errors import RuleError
from extractor.structure.layout import RULES_PATH, load_layout_rules, scan_lines

KINDS = [
    # case, text, line index, expected kind, expected content (the line from content_start)
    ("sum-on-its-own-line-is-a-reading", "## Reserves\n\nGBP £8,150.20\n\n## Trips\n", 2, "text", "GBP £8,150.20"),
    ("scaled-sum-with-label", "**Outreach budget**\n\n25K: Youth Outreach\n\n6K: Printing\n", 2, "text",
     "25K: Youth Outreach"),
    ("title-case-line-is-a-heading", "Notes\n\nFinance Report\n\nThe accounts were agreed.\n", 2, "heading",
     "Finance Report"),
    ("short-statement-ending-on-a-participle", "### Website\n\nDomain renewed\n\n### Venue\n", 2, "text",
     "Domain renewed"),
    ("outcome-word-alone", "A vote was taken.\n\n**CARRIED**\n\n## 6. Any other business\n", 2, "text", "**CARRIED**"),
    ("bold-title-alone-is-a-heading", "Intro.\n\n**Budget Review**\n\nWe went through it.\n", 2, "heading",
     "**Budget Review**"),
    ("bold-label-before-its-colon-is-a-title", "Notes\n\n**Date**: Monday 3 May\n\nWe met online.\n", 2, "heading",
     "**Date**: Monday 3 May"),
    ("bold-label-run-into-its-list", "## Visits\n\n**Sites visited:** Leeds, Hull, York\n", 2, "text",
     "**Sites visited:** Leeds, Hull, York"),
    ("bold-label-run-into-a-sentence", "## Hours\n\n**Members voted** to keep the Winter Hours\n", 2,
     "text", "**Members voted** to keep the Winter Hours"),
    ("numbered-line-opening-lower-case", "Street lights\n\n(2) and (5) Lamp Posts – Leave As They Are\n\nEnd.\n", 2,
     "bullet", "and (5) Lamp Posts – Leave As They Are"),
    ("chat-line-with-stamp-and-nick", "[2023-04-11T18:02:11.201Z]\t<ana_k>\tRosa: The build is green.\n", 0,
     "bullet", "Rosa: The build is green."),
    ("chat-line-with-nick-only", "<dmitri> not sure that works\n", 0, "bullet", "not sure that works"),
    ("angle-brackets-that-are-no-nick", "<3 to everyone who came\n", 0, "text", "<3 to everyone who came"),
    ("double-dash-bullet", "Given:\n-- a laser printer\n", 1, "bullet", "a laser printer"),
    ("bare-task-box", "Next steps\n  [ ]  Book the hall (Sam)\n", 1, "bullet", "Book the hall (Sam)"),
    ("letter-dot-item", "Officer:\nc. explained the new bin collection days.\n", 1, "bullet",
     "explained the new bin collection days."),
    ("circa-is-no-item", "Attendance:\nc. 40 people came to the fair.\n", 1, "text", "c. 40 people came to the fair."),
    ("initial-is-no-item", "Present:\nJ. Rowe chaired the meeting.\n", 1, "text", "J. Rowe chaired the meeting."),
    ("dash-carrying-a-sentence-on", "A longer window would help the app\n– worth raising with the operator.\n",
     1, "text", "– worth raising with the operator."),
    ("dash-bullet-after-a-lead-in", "Issues raised:\n– parking on the verge\n", 1, "bullet", "parking on the verge"),
]


@pytest.mark.parametrize("case,text,index,kind,content", KINDS, ids=[c[0] for c in KINDS])
def test_line_kinds(case: str, text: str, index: int, kind: str, content: str) -> None:
    line = scan_lines(text)[index]
    assert (line.kind, text[line.content_start:line.end].strip()) == (kind, content)


LISTS = [
    # case, text, the lines that are headings
    (
        "title-case-items-under-a-lead-in-are-no-headings",
        "7. Planning:\n\nDecisions received from the Borough:\n\nLoft Conversion at 4 Elm Close\n\n"
        "New Porch at Holly Farm Back Lane\n\nRoof Repairs\n\nThe roof of the hall was patched in May.\n",
        ["7. Planning:", "Roof Repairs"],  # a title over its paragraph ends the list
    ),
    (
        "blank-separated-names-after-a-lead-in",
        "The trustees welcomed these new members of the panel:\n\nDr R Amadi (2022 – 2026)\n\n"
        "Mrs P Lane (2023 – 2027)\n\nElection of Treasurer\n\nDr Amadi was elected.\n",
        ["Election of Treasurer"],
    ),
    (
        "last-entry-before-prose-stays-in-its-list",
        "The trustees welcomed these new members of the panel:\n\nDr R Amadi (2022 – 2026)\n\n"
        "Mrs P Lane (2023 – 2027)\n\nIt was noted that one place is still vacant.\n",
        [],
    ),
    (
        "first-agenda-item-after-a-list-of-names",
        "In attendance:\nAmy Roe\nYouth Worker\n\nApologies: Cllr Dee Hart\n\nNo. Item\n\n"
        "1. Welcome and apologies\n\nApologies had been received from Cllr Hart and were\n"
        "accepted by the meeting.\n",
        ["In attendance:", "Apologies: Cllr Dee Hart", "No. Item", "1. Welcome and apologies"],
    ),
    (
        "title-over-bullets-after-a-lead-in",
        "The Director updated the Board on:\n\nRecruitment\n\n· Four posts were filled in June.\n",
        ["Recruitment"],
    ),
    (
        "stand-alone-titles-without-a-lead-in",
        "Minutes\n\nFinance Report\n\nThe accounts were agreed.\n\nHall Lettings\n\nBookings are up.\n",
        ["Minutes", "Finance Report", "Hall Lettings"],
    ),
]


@pytest.mark.parametrize("case,text,headings", LISTS, ids=[c[0] for c in LISTS])
def test_list_items_are_not_headings(case: str, text: str, headings: list[str]) -> None:
    assert [ln.text for ln in scan_lines(text) if ln.kind == "heading"] == headings


def test_packaged_layout_rules_load() -> None:
    rules = load_layout_rules(RULES_PATH)
    assert rules.chat_prefix and rules.statement_lead.match("PASSED") and rules.amount.search("£40")


def test_a_rule_without_a_value_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "layout_rules.jsonl"
    path.write_text('{"id": "a", "kind": "amount", "value": "\\\\d%"}\n{"id": "b", "kind": "amount"}\n')
    with pytest.raises(RuleError) as err:
        load_layout_rules(path)
    assert str(err.value).startswith(f"{path}:2:")
