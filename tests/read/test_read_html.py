"""html_to_text: block structure becomes lines, noise goes, tables read row by row."""

from __future__ import annotations

import pytest

from extractor.read.html import html_to_text

MODERNGOV_PRINTED_MINUTES = """\
<html><head><title>Minutes - Elmsworth District Council</title>
<script>var mgPage = 'printed';</script></head>
<body><div id="mgHeader"><nav><a href="/">Home</a> &gt;
<a href="/mgListCommittees.aspx">Committees</a></nav></div>
<div id="mgContent">
<h1 class="mgMainTitleTxt">Minutes of Licensing Committee</h1>
<p class="mgSubTitleTxt">Thursday, 7th&nbsp;November, 2024 6.30&nbsp;pm</p>
<h2 class="mgSectionTitle">Attendance</h2>
<table class="mgAttendance">
<tr><td>Present:</td><td>Councillor Dana Whitlock (Chair)</td></tr>
<tr><td></td><td>Councillor Sam Ferreira</td></tr>
<tr><td>Officers:</td><td>Hannah Brook (Licensing Manager)</td></tr>
</table>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">14.</p></td>
<td><p class="mgAiTitleTxt">Review of Premises Licence &ndash; The Crown, Mill Street</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>The Licensing Manager introduced the report.   Members asked
whether the noise complaints had stopped since August.</p>
<p>RESOLVED &ndash; That the licence be retained with the conditions set out below:</p>
<ol><li>no music in the garden after 10&nbsp;pm;</li><li>a noise log to be kept.</li></ol></div>
</td></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">15.</p></td>
<td><p class="mgAiTitleTxt">Date of next meeting</p></td></tr>
</table></div>
<footer><p>Elmsworth District Council &copy; 2024 | Accessibility</p></footer>
</body></html>
"""

MODERNGOV_EXPECTED = """\
Minutes of Licensing Committee

Thursday, 7th November, 2024 6.30 pm

Attendance

Present:\tCouncillor Dana Whitlock (Chair)
Councillor Sam Ferreira
Officers:\tHannah Brook (Licensing Manager)

14.\tReview of Premises Licence – The Crown, Mill Street

Minutes:

The Licensing Manager introduced the report. \
Members asked whether the noise complaints had stopped since August.

RESOLVED – That the licence be retained with the conditions set out below:

1. no music in the garden after 10 pm;
2. a noise log to be kept.

15.\tDate of next meeting
"""


@pytest.mark.parametrize(
    "case, markup, expected",
    [
        (
            "bullet list",
            "<p>Actions:</p><ul><li>Circulate the budget &ndash; Peter Lowe.</li>"
            "<li>Book the hall &ndash; Ann Price.</li></ul>",
            "Actions:\n\n• Circulate the budget – Peter Lowe.\n• Book the hall – Ann Price.\n",
        ),
        (
            "ordered list numbering",
            "<ol><li>Welcome</li><li>Apologies</li><li>Minutes</li></ol>",
            "1. Welcome\n2. Apologies\n3. Minutes\n",
        ),
        (
            "ordered list with start and unclosed items",
            "<ol start='7'><li>Planning<li>Highways</ol>",
            "7. Planning\n8. Highways\n",
        ),
        (
            "paragraphs inside list items stay by their bullet",
            "<ul><li><p>Quotes for hedge cutting.</p></li>"
            "<li><p>Drain on Church Lane.</p></li></ul>",
            "• Quotes for hedge cutting.\n• Drain on Church Lane.\n",
        ),
        (
            "nested list restarts its numbering",
            "<ol><li>Finance<ol><li>Budget</li><li>Reserves</li></ol></li><li>Planning</li></ol>",
            "1. Finance\n1. Budget\n2. Reserves\n2. Planning\n",
        ),
        (
            "table rows become tab-joined lines",
            "<table><tr><th>Action</th><th>Owner</th><th>Due</th></tr>"
            "<tr><td>Revise budget</td><td>Peter Lowe</td><td>1 April</td></tr></table>",
            "Action\tOwner\tDue\nRevise budget\tPeter Lowe\t1 April\n",
        ),
        (
            "one-cell row and empty cells",
            "<table><tr><td>Apologies were received from Cllr Gwen Morris.</td></tr>"
            "<tr><td></td><td>Cllr Tom Hadley</td><td>&nbsp;</td></tr></table>",
            "Apologies were received from Cllr Gwen Morris.\nCllr Tom Hadley\n",
        ),
        (
            "unclosed cells and rows",
            "<table><tr><td>1.<td>Welcome<tr><td>2.<td>Apologies</table>",
            "1.\tWelcome\n2.\tApologies\n",
        ),
        (
            "headings get blank lines around them",
            "<p>Meeting opened at 7 pm.</p><h2>3. Finance</h2>"
            "<div>Report noted.</div><h3>Reserves</h3>",
            "Meeting opened at 7 pm.\n\n3. Finance\n\nReport noted.\n\nReserves\n",
        ),
        (
            "entities decoded",
            "<p>Tea &amp; coffee &pound;45 &mdash; Chair&#8217;s fund &lt;ring-fenced&gt;</p>",
            "Tea & coffee £45 — Chair’s fund <ring-fenced>\n",
        ),
        (
            "spaces and source newlines collapse inside a line",
            "<p>The   Clerk\n   reported\tthat the\u00a0grant was   paid.</p>",
            "The Clerk reported that the grant was paid.\n",
        ),
        (
            "line breaks and inline markup",
            "<p><b>Present:</b> Cllr Okafor<br>Cllr <em>Hadley</em><br/>Cllr Desai</p>",
            "Present: Cllr Okafor\nCllr Hadley\nCllr Desai\n",
        ),
        (
            "no more than one blank line in a row",
            "<p>One.</p><p></p><p>&nbsp;</p><div><p>Two.</p></div><hr><h4>Three</h4>",
            "One.\n\nTwo.\n\nThree\n",
        ),
        (
            "noise elements dropped",
            "<head><title>Council site</title><style>p{color:red}</style></head><body>"
            "<header>Skip to content</header><nav><ul><li>Home</li></ul></nav>"
            "<script>document.write('x')</script><noscript>Enable JS</noscript>"
            "<p>Minutes approved.</p><footer>Cookie policy</footer></body>",
            "Minutes approved.\n",
        ),
        (
            "unclosed head does not swallow the body",
            "<html><head><title>Minutes</title><body><p>Item 1 noted.</p></body>",
            "Item 1 noted.\n",
        ),
        (
            "pre keeps its line breaks",
            "<pre>Votes for:    6\nVotes against: 2\n</pre>",
            "Votes for: 6\nVotes against: 2\n",
        ),
        (
            "blockquote and section",
            "<section><p>The Chair read the letter:</p><blockquote>We object to the scheme."
            "</blockquote></section><article>Noted.</article>",
            "The Chair read the letter:\n\nWe object to the scheme.\n\nNoted.\n",
        ),
        ("moderngov printed minutes", MODERNGOV_PRINTED_MINUTES, MODERNGOV_EXPECTED),
        ("only markup", "<html><head><script>x()</script></head><body> </body></html>", ""),
        (
            "a malformed '<![' declaration is dropped, the page goes on",
            "<p>Apologies: Cllr Ward.</p><![0 broken><p>Minutes approved.</p>",
            "Apologies: Cllr Ward.\n\nMinutes approved.\n",
        ),
        ("a page cut off inside '<![' keeps the text before it", "<p>Item 4 noted.</p><![0", "Item 4 noted.\n\n<![0\n"),
        ("Word's conditional comments", "<p><![if !supportLists]>1.<![endif]> Budget agreed.</p>", "1. Budget agreed.\n"),
    ],
)
def test_html_to_text(case: str, markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


@pytest.mark.parametrize(
    "case, markup, expected",
    [
        ("moderngov header and footer divs",
         '<body><div id="mgHeader"><div>Site search</div><p>Menu</p></div><h1>Minutes</h1>'
         '<p>The report was noted.</p><div id="mgFooter"><p>Contact: Democratic Services</p></div></body>',
         "Minutes\n\nThe report was noted.\n"),
        ("cookie banner and breadcrumbs by class",
         '<body><div class="cookie-banner">We use cookies</div><ul class="breadcrumbs"><li>Home</li></ul>'
         '<p>Agreed.</p></body>', "Agreed.\n"),
        ("a div merely named 'navigator-notes' is kept",
         '<body><div class="navigatornotes"><p>Apologies were received.</p></div></body>', "Apologies were received.\n"),
    ],
)
def test_page_furniture_by_id_or_class_is_dropped(case: str, markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected
