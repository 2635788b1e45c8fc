"""Build realistic minutes files for the reader tests: PDFs with reportlab, .docx with python-docx.

The minutes are invented (Hartwell Vale Parish Council and its people do not
exist).  `SAMPLE` is one meeting that the cross-format test writes as .txt,
.html, .pdf and .docx.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer


@dataclass(frozen=True)
class Item:
    number: int
    title: str
    paragraphs: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    resolution: str = ""


@dataclass(frozen=True)
class Minutes:
    title: str
    date_line: str
    present: tuple[str, ...]
    items: tuple[Item, ...] = field(default_factory=tuple)


SAMPLE = Minutes(
    title="Hartwell Vale Parish Council",
    date_line="Minutes of the meeting held on Tuesday 12 March 2024 at 7.00 pm, Village Hall",
    present=(
        "Councillor Maria Okafor (Chair)",
        "Councillor Tom Hadley",
        "Councillor Priya Desai",
        "Peter Lowe (Clerk)",
    ),
    items=(
        Item(1, "Apologies for absence", ("Apologies were received from Councillor Gwen Morris.",)),
        Item(
            2,
            "Minutes of the February meeting",
            (
                "Members approved the minutes of the 13 February 2024 meeting, and the Chair "
                "signed them.",
            ),
        ),
        Item(
            3,
            "Finance report",
            (
                "The Clerk presented the finance report for the third quarter and explained that "
                "spending on grounds maintenance had exceeded the budget by £1,250 because of the "
                "storm damage to the churchyard wall in January. Members discussed whether the "
                "reserve set aside for the pavilion roof should be used to cover the shortfall, "
                "and "
                "agreed that it should not be touched until the surveyor had reported back. The "
                "Chair thanked the Clerk for the clear and timely presentation of the accounts.",
                "Actions:",
            ),
            (
                "To circulate the revised budget – Peter Lowe.",
                "To obtain two further quotes for the hedge cutting contract before the April "
                "meeting – Councillor Tom Hadley.",
                "To write to the county highways team about the blocked drain on Church Lane – "
                "Councillor Priya Desai.",
                "To add the pavilion roof survey to the next agenda – Councillor Maria Okafor.",
            ),
            "RESOLVED – That the report be noted.",
        ),
        Item(
            4,
            "Playground inspection",
            (
                "The annual inspection found that the swings needed new chains and that the safety "
                "surface under the climbing frame was worn; the cost of both repairs is expected "
                "to "
                "be under £800.",
            ),
        ),
        Item(
            5, "Date of next meeting", ("The next meeting will be held on Tuesday 9 April 2024.",)
        ),
    ),
)
RUNNING_HEADER = "Hartwell Vale PC – draft minutes 12.03.2024"


def sample_txt(minutes: Minutes = SAMPLE) -> str:
    lines = [minutes.title, minutes.date_line, "", "Present:", *minutes.present, ""]
    for item in minutes.items:
        lines += [f"{item.number}. {item.title}", *item.paragraphs]
        lines += [f"- {action}" for action in item.actions]
        lines += [item.resolution, ""] if item.resolution else [""]
    return "\r\n".join(lines)


def sample_html(minutes: Minutes = SAMPLE) -> str:
    """ModernGov-style markup: item number and title in separate table cells."""
    present = "".join(f"<tr><td>{name}</td></tr>" for name in minutes.present)
    items = "".join(_html_item(item) for item in minutes.items)
    return (
        "<!DOCTYPE html><html><head><title>Minutes</title><style>td {padding: 2px}</style>"
        "</head><body><nav><a href='/'>Home</a> | <a href='/meetings'>Meetings</a></nav>"
        f"<h1 class='mgMainTitleTxt'>{minutes.title}</h1>\n<p>{minutes.date_line}</p>\n"
        f"<p><strong>Present:</strong></p>\n<table class='mgAttendance'>{present}</table>\n"
        f"<table class='mgItemTable'>{items}</table>"
        "<footer>Hartwell Vale Parish Council &copy; 2024</footer></body></html>"
    )


def _html_item(item: Item) -> str:
    # Source lines wrap mid-sentence, as CMS output does; the reader must unwrap them.
    paragraphs = "".join(f"<p>{_wrap(text)}</p>\n" for text in item.paragraphs)
    actions = "".join(f"<li>{action.replace('–', '&ndash;')}</li>" for action in item.actions)
    body = paragraphs + (f"<ul class='mgBulletList'>{actions}</ul>" if actions else "")
    body += f"<p><b>RESOLVED</b> &ndash; {item.resolution[11:]}</p>" if item.resolution else ""
    return (
        f"<tr><td class='mgItemNumberCell'><p class='mgAiTitleTxt'>{item.number}.</p></td>"
        f"<td><p class='mgAiTitleTxt'>{item.title}</p>\n"
        f"<div class='mgWordPara'>{body}</div></td></tr>\n"
    )


def _wrap(text: str, width: int = 70) -> str:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return "\n    ".join([*lines, current])


def sample_docx(minutes: Minutes = SAMPLE) -> bytes:
    document = docx.Document()
    document.add_paragraph(minutes.title, style="Title")
    document.add_paragraph(minutes.date_line)
    document.add_paragraph("")
    document.add_paragraph("Present:")
    for name in minutes.present:
        document.add_paragraph(name)
    for item in minutes.items:
        document.add_heading(f"{item.number}. {item.title}", level=2)
        for text in item.paragraphs:
            document.add_paragraph(text)
        for action in item.actions:
            document.add_paragraph(action, style="List Bullet")
        if item.resolution:
            document.add_paragraph(item.resolution)
    return docx_bytes(document)


def docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sample_pdf(minutes: Minutes = SAMPLE, push_down: float = 0) -> bytes:
    """Two or more A4 pages with a running header and "Page N" footer.

    `push_down` inserts space before item 3 so its paragraph can be made to
    break across the page boundary.
    """
    styles = getSampleStyleSheet()
    story: list[Flowable] = [
        Paragraph(minutes.title, styles["Title"]),
        Paragraph(minutes.date_line, styles["Normal"]),
        Paragraph("Present:", styles["Normal"]),
        *(Paragraph(name, styles["Normal"]) for name in minutes.present),
    ]
    for item in minutes.items:
        if item.number == 3 and push_down:
            story.append(Spacer(1, push_down))
        story.append(Paragraph(f"{item.number}. {item.title}", styles["Heading2"]))
        story += [Paragraph(text, styles["Normal"]) for text in item.paragraphs]
        story += [Paragraph(action, styles["Normal"], bulletText="•") for action in item.actions]
        if item.resolution:
            story.append(Paragraph(item.resolution, styles["Normal"]))
        if item.number == 4:
            story.append(PageBreak())
    return build_pdf(story)


def build_pdf(story: Sequence[Flowable]) -> bytes:
    """Lay out `story` on A4 pages under RUNNING_HEADER, with a "Page N" footer."""

    def decorate(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, RUNNING_HEADER)
        canvas.drawCentredString(A4[0] / 2, 30, f"Page {document.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        list(story), onFirstPage=decorate, onLaterPages=decorate
    )
    return buffer.getvalue()


def text_pdf(pages: Sequence[Sequence[str]], **options: object) -> bytes:
    """A PDF with the given lines drawn on each page, top to bottom, no decoration."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, **options)
    for lines in pages:
        for row, line in enumerate(lines):
            canvas.drawString(72, A4[1] - 72 - 14 * row, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def add_numbering(document: docx.document.Document, fmt: str, start: int = 1) -> int:
    """Define a one-level list with number format `fmt`; return its numId."""
    root = document.part.numbering_part.element
    abstract_id = 90 + len(root.findall(qn("w:abstractNum")))
    num_id = 100 + abstract_id
    root.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1)"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    root.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def number_paragraph(paragraph: DocxParagraph, num_id: int, level: int = 0) -> None:
    """Give a paragraph direct numbering, as Word does for "List Paragraph" items."""
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
