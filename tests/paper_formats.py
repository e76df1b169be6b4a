"""Build PDF, DOCX, HTML and ModernGov XML versions of a plain-text paper, as councils publish them.

The builders keep the paper's words and layout (blank-line paragraphs, headings, lists, numbered
paragraphs) and add what each format brings: in the PDF, wrapped lines, words hyphenated at line
ends, a running header and page numbers; in the Word file, heading styles, Word's own list
numbering and bullets; in the web page, a site header, navigation, breadcrumbs, a sidebar and a
footer around the <main> content; in the ModernGov XML, a GetMeeting response whose one agenda item
holds the paper as its minutes HTML.
"""

from __future__ import annotations

import html
import io
import os
import re
import xml.etree.ElementTree as ET
from typing import Iterator, Optional

FONT = "Vera"
BOLD = "VeraBd"
RUNNING_HEADER = "Committee papers for publication"
NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")


def blocks(text: str) -> list[list[str]]:
    """The paper's blank-line separated blocks, each a list of its lines."""
    return [[line.rstrip() for line in block.split("\n") if line.strip()]
            for block in re.split(r"\n[ \t\xa0]*\n", text.strip("\n")) if block.strip()]


def is_heading(block: list[str]) -> bool:
    """A block of one short line without a sentence's ending: a heading."""
    return len(block) == 1 and len(block[0].split()) <= 12 and not block[0].rstrip().endswith((".", ":", ";", ","))


def register_fonts() -> None:
    """Register Bitstream Vera, which ships with reportlab, so £, – and curly quotes render."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, file in ((FONT, "Vera.ttf"), (BOLD, "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))


def wrap(line: str, font: str, size: float, width: float) -> Iterator[str]:
    """Lines of at most width points; a long word that does not fit is hyphenated if half of it would."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    current = ""
    for word in line.split():
        trial = f"{current} {word}" if current else word
        if stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if current and word.isalpha() and word.islower() and len(word) >= 9:
            for cut in range(len(word) - 4, 3, -1):
                if stringWidth(f"{current} {word[:cut]}-", font, size) <= width:
                    yield f"{current} {word[:cut]}-"
                    current, word = "", word[cut:]
                    break
        if current:
            yield current
        current = word
    if current:
        yield current


def to_pdf(text: str) -> bytes:
    """A paged A4 PDF: 10 pt text in wrapped lines, a running header and "Page N" at the foot of each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    width, height = A4
    left, right, top, bottom, size, leading = 60, width - 60, height - 72, 72, 10, 13
    page, y = 1, top

    def furniture() -> None:
        pdf.setFont(FONT, 8)
        pdf.drawString(left, height - 40, RUNNING_HEADER)
        pdf.drawRightString(right, 40, f"Page {page}")

    furniture()
    for block in blocks(text):
        font = BOLD if is_heading(block) else FONT
        for line in block:
            for piece in wrap(line, font, size, right - left):
                if y < bottom:
                    pdf.showPage()
                    page, y = page + 1, top
                    furniture()
                pdf.setFont(font, size)
                pdf.drawString(left, y, piece)
                y -= leading
        y -= leading
    pdf.save()
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF whose page is only a picture, as a scanner makes it: no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (400, 560), 255)
    draw = ImageDraw.Draw(picture)
    for row in range(40, 520, 18):
        draw.rectangle((30, row, 370 - (row * 7) % 90, row + 8), fill=30)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(picture), 40, 80, width=500, height=700)
    pdf.save()
    return out.getvalue()


def encrypted_pdf(text: str) -> bytes:
    """A PDF that needs a password to open."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1, encrypt="secret")
    pdf.setFont(FONT, 10)
    for i, line in enumerate(text.splitlines()[:40]):
        pdf.drawString(60, 770 - 13 * i, line[:90])
    pdf.save()
    return out.getvalue()


def to_docx(text: str) -> bytes:
    """A Word file: headings in Heading 2, "- " lines as List Bullet, numbered paragraphs as List Number."""
    import docx

    document = docx.Document()
    number = 0
    for block in blocks(text):
        if is_heading(block):
            document.add_heading(block[0], level=2)
            continue
        plain: list[str] = []
        for line in block:
            numbered = NUMBERED.match(line)
            style = None
            if line.startswith("- "):
                style, line = "List Bullet", line[2:]
            elif numbered and int(numbered.group(1)) == number + 1:
                style, line, number = "List Number", numbered.group(2), number + 1
            if style is None:
                plain.append(line)
                continue
            add_lines(document, plain)
            plain = []
            document.add_paragraph(line, style=style)
        add_lines(document, plain)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def add_lines(document: object, lines: list[str]) -> None:
    """One Word paragraph holding lines separated by line breaks (Shift+Enter)."""
    if not lines:
        return
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def html_fragment(text: str) -> str:
    """The paper as HTML: headings, paragraphs with <br> line breaks, and bullet lists."""
    parts = []
    for block in blocks(text):
        if is_heading(block):
            parts.append(f"<h2>{html.escape(block[0])}</h2>")
        elif all(line.startswith("- ") for line in block):
            items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in block)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append("<p>" + "<br>\n".join(html.escape(line) for line in block) + "</p>")
    return "\n".join(parts)


def to_html(text: str) -> bytes:
    """A council web page: the paper in <main>, around it a banner, navigation, breadcrumbs, sidebar, footer."""
    page = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Committee paper</title>
<script>var tracking = "Last updated 01/02/2003";</script><style>body {{ font-family: Arial; }}</style></head>
<body>
<div class="cookie-banner">We use cookies. Accept all cookies set on 02/03/2004</div>
<header><a href="/">Home</a> <span>Council Offices, switchboard 01632 960001</span></header>
<nav><ul><li><a href="/meetings">Meetings calendar</a></li><li><a href="/councillors">Councillors</a></li></ul></nav>
<div class="mgBreadcrumbs"><a href="/">Home</a> &gt; <a href="/ieListMeetings.aspx">Meetings</a></div>
<div id="modgov"><main>
{html_fragment(text)}
</main></div>
<aside><h3>Related documents</h3><ul><li>Agenda frontsheet 07/08/2005</li></ul></aside>
<footer><p>&copy; 2024 Example Council. Page last updated 09/10/2006. Privacy | Accessibility</p></footer>
</body></html>
"""
    return page.encode("utf-8")


def to_moderngov(text: str, committee: Optional[str], meeting_date: Optional[str], title: str) -> bytes:
    """A GetMeeting response with one published agenda item holding the paper.

    committee and meeting_date (ISO) are left out of the XML when the paper does not give them.
    """
    meeting = ET.Element("meeting")
    dmy = f"{meeting_date[8:10]}/{meeting_date[5:7]}/{meeting_date[:4]}" if meeting_date else None
    for name, value in (("meetingid", "4242"), ("committeetitle", committee), ("meetingdate", dmy),
                        ("meetingtime", "10:00"), ("minutepublished", "True")):
        if value:
            ET.SubElement(meeting, name).text = value
    items = ET.SubElement(meeting, "agendaitems")
    item = ET.SubElement(items, "agendaitem")
    for name, value in (("agendaitemid", "1"), ("agendaitemnumber", "1"), ("agendaitemtitle", title),
                        ("isdecision", "False"), ("isminutepublished", "True"),
                        ("minutesnonemptyhtmlbody", html_fragment(text))):
        ET.SubElement(item, name).text = value
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(meeting, encoding="unicode")).encode("utf-8")
