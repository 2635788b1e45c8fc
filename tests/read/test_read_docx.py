"""docx_to_text: body order, lists, headings and tables of Word minutes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx
import pytest
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractor.read.common import UnreadableInput
from extractor.read.docx import NOT_DOCX_REASON, docx_to_text

from .builders import add_numbering, docx_bytes, number_paragraph


def headings(doc: Document) -> None:
    doc.add_paragraph("Quillington Town Council", style="Title")
    doc.add_paragraph("Planning Committee, 3 June 2024")
    doc.add_heading("Declarations of interest", level=1)
    doc.add_paragraph("None were declared.")
    doc.add_heading("22. Land off Mill Road", level=2)
    doc.add_paragraph("Members objected to the access arrangements.")


def lists(doc: Document) -> None:
    doc.add_paragraph("Actions:")
    doc.add_paragraph("To circulate the revised budget – Peter Lowe.", style="List Bullet")
    doc.add_paragraph("To book the hall for the AGM – Ann Price.", style="List Bullet")
    doc.add_paragraph("Resolutions:")
    doc.add_paragraph("That the budget be approved.", style="List Number")
    doc.add_paragraph("That the precept be set at £42,000.", style="List Number")


def numbering_continues(doc: Document) -> None:
    doc.add_paragraph("Welcome", style="List Number")
    doc.add_heading("Finance", level=2)
    doc.add_paragraph("Accounts", style="List Number")


def direct_numbering(doc: Document) -> None:
    letters = add_numbering(doc, "lowerLetter")
    romans = add_numbering(doc, "upperRoman", start=4)
    for text in ("contact the surveyor;", "report back in April."):
        number_paragraph(doc.add_paragraph(text, style="List Paragraph"), letters)
    number_paragraph(doc.add_paragraph("Exempt business", style="List Paragraph"), romans)


def typed_bullets(doc: Document) -> None:
    doc.add_paragraph("• Hedge cutting quotes – Tom Hadley.", style="List Paragraph")
    doc.add_paragraph("Indented note under the list.", style="List Continue")
    doc.add_paragraph("1. Typed number kept once.", style="List Number")


def table(doc: Document) -> None:
    doc.add_paragraph("Action log:")
    grid = doc.add_table(rows=3, cols=3)
    for cell, text in zip(grid.rows[0].cells, ("Action", "Owner", "Due"), strict=True):
        cell.text = text
    grid.cell(1, 0).text = "Revise the budget"
    grid.cell(1, 1).text = "Peter Lowe"
    grid.cell(1, 1).add_paragraph("(Clerk)")
    grid.cell(1, 2).text = "1 April"
    grid.cell(2, 0).merge(grid.cell(2, 2)).text = "All actions to be reviewed in May."
    doc.add_paragraph("Meeting closed at 9 pm.")


def vertical_merge(doc: Document) -> None:
    grid = doc.add_table(rows=2, cols=2)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "Councillors"
    grid.cell(0, 1).text = "Maria Okafor"
    grid.cell(1, 1).text = "Tom Hadley"


def empty_paragraphs(doc: Document) -> None:
    doc.add_paragraph("Item 1 noted.")
    for _ in range(4):
        doc.add_paragraph("")
    doc.add_paragraph("   ")
    doc.add_paragraph("Item 2 noted.")


def line_breaks(doc: Document) -> None:
    paragraph = doc.add_paragraph("Present: Cllr Okafor")
    paragraph.add_run().add_break()
    paragraph.add_run("Cllr Hadley")


def tracked_changes(doc: Document) -> None:
    paragraph = doc.add_paragraph("The report was ")
    paragraph._p.append(
        parse_xml(
            f"<w:ins {nsdecls('w')} w:id='1' w:author='Clerk'>"
            "<w:r><w:t>approved</w:t></w:r></w:ins>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f"<w:del {nsdecls('w')} w:id='2' w:author='Clerk'>"
            "<w:r><w:delText>noted</w:delText></w:r></w:del>"
        )
    )
    paragraph.add_run(" unanimously.")


def content_control(doc: Document) -> None:
    doc.add_paragraph("Before the control.")
    inner = doc.add_paragraph("Inside a content control.")
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    inner._p.addprevious(sdt)
    sdt[1].append(inner._p)


@pytest.mark.parametrize(
    "case, build, expected",
    [
        (
            "headings between blank lines",
            headings,
            "Quillington Town Council\n\nPlanning Committee, 3 June 2024\n\n"
            "Declarations of interest\n\nNone were declared.\n\n22. Land off Mill Road\n\n"
            "Members objected to the access arrangements.\n",
        ),
        (
            "bullet and number styles",
            lists,
            "Actions:\n"
            "• To circulate the revised budget – Peter Lowe.\n"
            "• To book the hall for the AGM – Ann Price.\n"
            "Resolutions:\n"
            "1. That the budget be approved.\n"
            "2. That the precept be set at £42,000.\n",
        ),
        (
            "numbering continues as in Word",
            numbering_continues,
            "1. Welcome\n\nFinance\n\n2. Accounts\n",
        ),
        (
            "direct numbering with letters and roman numerals",
            direct_numbering,
            "a. contact the surveyor;\nb. report back in April.\nIV. Exempt business\n",
        ),
        (
            "typed bullets are not doubled",
            typed_bullets,
            "• Hedge cutting quotes – Tom Hadley.\n"
            "Indented note under the list.\n"
            "1. Typed number kept once.\n",
        ),
        (
            "table rows in body order",
            table,
            "Action log:\nAction\tOwner\tDue\nRevise the budget\tPeter Lowe (Clerk)\t1 April\n"
            "All actions to be reviewed in May.\nMeeting closed at 9 pm.\n",
        ),
        (
            "vertically merged cell read once",
            vertical_merge,
            "Councillors\tMaria Okafor\nTom Hadley\n",
        ),
        (
            "empty paragraphs collapse to one blank",
            empty_paragraphs,
            "Item 1 noted.\n\nItem 2 noted.\n",
        ),
        ("line break inside a paragraph", line_breaks, "Present: Cllr Okafor\nCllr Hadley\n"),
        (
            "tracked changes show the final text",
            tracked_changes,
            "The report was approved unanimously.\n",
        ),
        ("content control", content_control, "Before the control.\nInside a content control.\n"),
    ],
)
def test_docx_to_text(case: str, build: Callable[[Document], None], expected: str) -> None:
    document = docx.Document()
    build(document)
    assert docx_to_text(docx_bytes(document)) == expected


def _zip_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a Word file")
    return buffer.getvalue()


def _half_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Minutes approved." * 200)
    data = docx_bytes(document)
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    "case, data, hint",
    [
        ("plain text renamed", b"Minutes of the meeting held on 3 June.", ""),
        ("empty file", b"", ""),
        ("zip without a document part", _zip_without_document(), ""),
        ("truncated docx", _half_docx(), ""),
        (
            "old binary .doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
            "save it as .docx",
        ),
    ],
)
def test_docx_failures(case: str, data: bytes, hint: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        docx_to_text(data)
    assert str(caught.value).startswith(NOT_DOCX_REASON)
    assert hint in str(caught.value)
