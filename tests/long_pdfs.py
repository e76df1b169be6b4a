"""Build long committee-minutes PDFs (tens to hundreds of pages) to measure and test the PDF reader's cost.

Each page carries a running header, a "Page N of M" footer, numbered minutes wrapped at the margin and,
every few minutes, a table of members and their wards drawn as cells, as agenda packs are published.
"""

from __future__ import annotations

import io

from . import paper_formats as build

WARDS = ("Abbey", "Brookside", "Castle", "Dene Valley", "Eastfield", "Forest Hill", "Greenway", "Harbour")
SURNAMES = ("Lee", "Patel", "Jones", "Okafor", "Murray", "Evans", "Singh", "Campbell")
TOPICS = ("the highways maintenance programme", "the revenue budget monitoring report",
          "the allotments fees and charges", "the library service review", "the housing allocations policy",
          "the community safety partnership plan", "the leisure centre refurbishment")


def minute(number: int) -> str:
    """One numbered minute: a heading line and a paragraph long enough to wrap over several lines."""
    topic = TOPICS[number % len(TOPICS)]
    officer = SURNAMES[(number * 3) % len(SURNAMES)]
    return (f"{number}. Report on {topic}\n"
            f"The Committee considered a report of the Head of Service, Ms {officer}, on {topic}, which set "
            f"out the options considered, the consultation carried out with residents and ward members, the "
            f"financial implications for the current year and the risks identified by officers. Members "
            f"asked about the timetable for delivery and the effect on neighbouring wards.\n"
            f"RESOLVED: That the recommendations set out in paragraph {number % 9 + 1}.{number % 4 + 1} of "
            f"the report be approved, and that progress be reported to the meeting on {number % 27 + 1} "
            f"March 2025.")


def long_minutes_pdf(pages: int) -> bytes:
    """An A4 PDF of about `pages` pages of numbered minutes with a header, a footer and member tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    build.register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    width, height = A4
    left, right, top, bottom, size, leading = 60, width - 60, height - 72, 72, 10, 13
    page, y, number = 1, top, 1

    def furniture() -> None:
        pdf.setFont(build.FONT, 8)
        pdf.drawString(left, height - 40, "Planning and Regulatory Committee - minutes")
        pdf.drawRightString(right, 40, f"Page {page} of {pages}")

    def line_at(draw: list[tuple[float, str, str]]) -> None:
        nonlocal page, y
        if y < bottom:
            pdf.showPage()
            page, y = page + 1, top
            furniture()
        for x, font, piece in draw:
            pdf.setFont(font, size)
            pdf.drawString(x, y, piece)
        y -= leading

    furniture()
    while page <= pages:
        for index, paragraph in enumerate(minute(number).split("\n")):
            font = build.BOLD if index == 0 else build.FONT
            for piece in build.wrap(paragraph, font, size, right - left):
                line_at([(left, font, piece)])
            y -= leading / 2
        if number % 4 == 0:
            line_at([(left, build.BOLD, "Member"), (left + 170, build.BOLD, "Party"),
                     (left + 300, build.BOLD, "Ward")])
            for row in range(4):
                who = SURNAMES[(number + row) % len(SURNAMES)]
                line_at([(left, build.FONT, f"Cllr A. {who}"), (left + 170, build.FONT, "Independent"),
                         (left + 300, build.FONT, WARDS[(number + row) % len(WARDS)])])
            y -= leading
        number += 1
        if page == pages and y < bottom + 4 * leading:
            break
    pdf.save()
    return out.getvalue()
