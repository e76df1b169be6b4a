"""PDFs as Word and council templates export them: table cells drawn apart on one row, superscript
ordinals, Word's private-use bullets, and a form whose every page ends with the same question.
Each PDF is drawn here with reportlab in those shapes, in words written for the test."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

from extract.readers.pdf import read_pdf  # noqa: E402
from extract.readers.pdf_layout import PdfLine, lay_out  # noqa: E402

from .paper_formats import FONT, register_fonts  # noqa: E402


def drawn(pages: list[list[tuple[float, float, str, float]]]) -> bytes:
    """A PDF whose pages hold the given (x, y, text, size) pieces, each drawn on its own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    for page in pages:
        for x, y, text, size in page:
            pdf.setFont(FONT, size)
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def after(x: float, text: str, size: float, gap: float) -> float:
    """Where a piece starts that follows text drawn at x, gap points after its end."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return x + stringWidth(text, FONT, size) + gap


def body(y: float, count: int = 4) -> list[tuple[float, float, str, float]]:
    """A few lines of ordinary prose filling the page's width, so the page has a right margin."""
    line = "The committee considered the report of the clerk on the village hall lease and its terms."
    return [(60, y - 14 * i, line, 10) for i in range(count)]


def test_word_table_cells_are_cells_not_words_run_together():
    second = after(60, "Councillor Tom Hartley", 10, 11)  # Word's cell padding: about a font size
    third = after(second, "Green", 10, 40)
    cells = [(60, 600, "Councillor Ann Lee", 10), (second, 600, "Labour", 10), (third, 600, "Abbey Ward", 10),
             (60, 586, "Councillor Tom Hartley", 10), (second, 586, "Green", 10), (third, 586, "Castle Ward", 10)]
    text = read_pdf(drawn([body(700) + cells])).text
    assert "Councillor Ann Lee\tLabour\tAbbey Ward\n" in text
    assert "Councillor Tom Hartley\tGreen\tCastle Ward\n" in text


def test_a_wide_space_in_justified_prose_is_not_a_cell():
    words = [(60, 600, "Report author: Jane", 10), (after(60, "Report author: Jane", 10, 9), 600,
                                                    "Smith, Head of Housing", 10)]
    text = read_pdf(drawn([body(700) + words])).text
    assert "Report author: Jane Smith, Head of Housing" in text


def test_a_superscript_ordinal_stays_with_its_number():
    """PDFium hands a raised ordinal and the rest of its line as a piece of their own, touching the number."""
    pieces = [PdfLine("The delegates met at the regional engagement event on the", 42.6, 520.0, 75.7, 12.0),
              PdfLine("2", 42.6, 47.6, 89.5, 12.0),
              PdfLine("nd February at the stadium, where the proposals were set out.", 48.1, 500.0, 86.5, 8.0)]
    text, _ = lay_out([pieces])
    assert "2nd February at the stadium" in text


def test_a_forms_last_question_on_every_page_is_kept_while_its_footer_goes():
    pages = []
    for number in range(3):
        questions = [(60, 500 - 40 * number, "(h) Reason for decision:", 10),
                     (60, 486 - 40 * number, "As set out in the report.", 10)]
        pages.append(body(700) + questions + [(400, 40, "democratic.services@example.gov.uk", 8)])
    text = read_pdf(drawn(pages)).text
    assert text.count("Reason for decision:") == 3
    assert text.count("As set out in the report.") == 3
    assert "democratic.services@example.gov.uk" not in text
