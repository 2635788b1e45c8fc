"""PDF reading: clean_pdf_lines on its own, then pdfium end to end on reportlab PDFs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reportlab.lib import pdfencrypt

from extractor.read.common import UnreadableInput
from extractor.read.pdf import clean_pdf_lines, pdf_pages, pdf_to_text, read_pdf

from .builders import RUNNING_HEADER, SAMPLE, sample_pdf, text_pdf

HEADER = "Hartwell Vale Parish Council – Full Council 12 March 2024"
LONG = "The Clerk presented the finance report for the third quarter and explained that"


@pytest.mark.parametrize(
    "case, pages, expected",
    [
        (
            "running header and page numbers on three pages",
            [
                [HEADER, "1. Welcome", "The Chair opened the meeting.", "Page 1 of 3"],
                [HEADER, "2. Apologies", "None were received.", "Page 2 of 3"],
                [HEADER, "3. Close", "The meeting closed at 8.40 pm.", "Page 3 of 3"],
            ],
            "1. Welcome\nThe Chair opened the meeting.\n\n2. Apologies\nNone were received.\n\n"
            "3. Close\nThe meeting closed at 8.40 pm.\n",
        ),
        (
            "footer on two of four pages is at least half",
            [
                ["Item 1 agreed.", "Printed 14/03/2024 09:12"],
                ["Item 2 agreed."],
                ["Item 3 agreed.", "Printed 14/03/2024 09:13"],
                ["Item 4 agreed."],
            ],
            "Item 1 agreed.\n\nItem 2 agreed.\n\nItem 3 agreed.\n\nItem 4 agreed.\n",
        ),
        (
            "header on one page of three is kept",
            [
                ["Confidential appendix", "Item 1 agreed."],
                ["Item 2 agreed."],
                ["Item 3 agreed."],
            ],
            "Confidential appendix\nItem 1 agreed.\n\nItem 2 agreed.\n\nItem 3 agreed.\n",
        ),
        (
            "two pages need the header on both",
            [[HEADER, "Present:", "Councillor Maria Okafor"], [HEADER, "Apologies: none."]],
            "Present:\nCouncillor Maria Okafor\n\nApologies: none.\n",
        ),
        (
            "single page keeps its first line",
            [[HEADER, "Minutes of the meeting.", "3"]],
            f"{HEADER}\nMinutes of the meeting.\n",
        ),
        (
            "dash page numbers and bare numbers",
            [["- 1 -", "Minutes approved."], ["Report noted.", "2"], ["– 3 –", "Meeting closed."]],
            "Minutes approved.\n\nReport noted.\n\nMeeting closed.\n",
        ),
        (
            "numbered item at the top of a page is not a page number",
            [["Minutes approved."], ["4. Finance", "Report noted."]],
            "Minutes approved.\n\n4. Finance\nReport noted.\n",
        ),
        (
            "sentence broken mid-line is joined",
            [
                [
                    "The Clerk reported that the grant",
                    "had been paid in full.",
                    "Members noted this.",
                ]
            ],
            "The Clerk reported that the grant had been paid in full.\nMembers noted this.\n",
        ),
        (
            "line ending in a preposition joins a capitalised name",
            [["The report was presented by", "Peter Lowe, the Clerk."]],
            "The report was presented by Peter Lowe, the Clerk.\n",
        ),
        (
            "full-width line joins a capitalised continuation",
            [[LONG, "Members agreed.", f"{LONG[:-5]} spending was", "Under budget by £200."]],
            f"{LONG} Members agreed.\n{LONG[:-5]} spending was Under budget by £200.\n",
        ),
        (
            "digit continues after a lower-case word",
            [["The overspend was", "£1,250 in total."]],
            "The overspend was £1,250 in total.\n",
        ),
        (
            "hyphenated word is rejoined",
            [["The playground improve-", "ment plan was approved."]],
            "The playground improvement plan was approved.\n",
        ),
        (
            "compound prefix keeps its hyphen",
            [["A follow-", "up letter will be sent."]],
            "A follow-up letter will be sent.\n",
        ),
        (
            "capital after the hyphen keeps it",
            [["Funding for the COVID-", "19 recovery plan and the Anglo-", "Saxon cross."]],
            "Funding for the COVID-19 recovery plan and the Anglo-Saxon cross.\n",
        ),
        (
            "soft hyphen marker from pdfium",
            [["The sub\x02", "committee met twice to discuss the allot\u00adments."]],
            "The subcommittee met twice to discuss the allotments.\n",
        ),
        (
            "bullets and numbered items are not joined",
            [
                [
                    "Actions:",
                    "• Circulate the budget",
                    "• Book the hall",
                    "a) contact the",
                    "surveyor",
                    "2. Close",
                ]
            ],
            "Actions:\n• Circulate the budget\n• Book the hall\n"
            "a) contact the surveyor\n2. Close\n",
        ),
        (
            "names in a present list stay on their own lines",
            [
                [
                    "Present:",
                    "Councillor Maria Okafor (Chair)",
                    "Councillor Tom Hadley",
                    "Peter Lowe (Clerk)",
                ]
            ],
            "Present:\nCouncillor Maria Okafor (Chair)\n"
            "Councillor Tom Hadley\nPeter Lowe (Clerk)\n",
        ),
        (
            "heading after a short line stays apart",
            [
                [
                    "Minutes of the Annual Meeting",
                    "Playground Equipment",
                    "The swings were repaired.",
                ]
            ],
            "Minutes of the Annual Meeting\nPlayground Equipment\nThe swings were repaired.\n",
        ),
        (
            "sentence running over a page break is joined",
            [
                [HEADER, "The Chair thanked the", "Page 1"],
                [HEADER, "volunteers for their work.", "Page 2"],
            ],
            "The Chair thanked the volunteers for their work.\n",
        ),
        (
            "word-processor bullet glyph normalised",
            [["\uf0b7\tTo circulate the revised budget – Peter Lowe."]],
            "• To circulate the revised budget – Peter Lowe.\n",
        ),
        (
            "carriage returns and stray spaces",
            [["  RESOLVED –   That the report\r", "be noted.\r", "", "", "Next item.  "]],
            "RESOLVED – That the report be noted.\n\nNext item.\n",
        ),
        ("no pages", [], ""),
    ],
)
def test_clean_pdf_lines(case: str, pages: list[list[str]], expected: str) -> None:
    assert clean_pdf_lines(pages) == expected


def test_reportlab_minutes_lose_header_and_page_numbers() -> None:
    text = pdf_to_text(sample_pdf())
    assert RUNNING_HEADER not in text
    assert "Page " not in text
    assert text.startswith(f"{SAMPLE.title}\n{SAMPLE.date_line}\nPresent:\n")


def test_reportlab_paragraph_wrapped_over_lines_and_pages_is_one_line() -> None:
    data = sample_pdf(push_down=400)
    first_page = pdf_pages(data)[0]
    assert not first_page[-1].endswith("."), "fixture should break the paragraph across pages"
    assert SAMPLE.items[2].paragraphs[0] in pdf_to_text(data).splitlines()


def test_page_without_text_layer_is_a_warning() -> None:
    _, warnings = read_pdf(text_pdf([["Item 1 agreed."], [], ["Item 3 agreed."]]))
    assert warnings == ("page(s) 2 have no text layer (scanned?); their text is missing",)


def _encrypted() -> bytes:
    return text_pdf(
        [["Exempt item"]], encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="o")
    )


@pytest.mark.parametrize(
    "case, make, reason",
    [
        (
            "truncated at half",
            lambda: sample_pdf()[: len(sample_pdf()) // 2],
            "could not open PDF (truncated or damaged): ",
        ),
        ("not a pdf at all", lambda: b"%PDF-1.4\nthis is not really a PDF", "truncated or damaged"),
        ("empty bytes", lambda: b"", "truncated or damaged"),
        ("password protected", _encrypted, "PDF is encrypted/password protected"),
        (
            "scanned pages without text",
            lambda: text_pdf([[], []]),
            "PDF has no text layer (scanned image?); run OCR first",
        ),
    ],
)
def test_pdf_failures(case: str, make: Callable[[], bytes], reason: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        pdf_to_text(make())
    assert reason in str(caught.value)


def test_owner_password_only_still_reads() -> None:
    data = text_pdf(
        [["Minutes approved."]], encrypt=pdfencrypt.StandardEncryption("", ownerPassword="o")
    )
    assert pdf_to_text(data) == "Minutes approved.\n"
