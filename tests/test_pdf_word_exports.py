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
             (60, 586, "Councillor Tom Hartley", 10), (second, 586, "Green", 10),
             (third, 586, "Castle Ward", 10)]
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
              PdfLine("nd February at the stadium, where the proposals were set out.",
                      48.1, 500.0, 86.5, 8.0)]
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


def test_word_bullets_in_the_symbol_font_become_bullets_and_open_their_own_lines():
    pieces = [PdfLine("The draft bill proposed changes to local government, among them",
                      42.6, 520.0, 75.7, 12.0),
              PdfLine("\uf0b7 the merger of principal councils, and", 60.6, 300.0, 89.5, 12.0),
              PdfLine("\uf0b7 a review of community council boundaries.", 60.6, 320.0, 103.3, 12.0)]
    text, _ = lay_out([pieces])
    assert "among them\n• the merger of principal councils, and\n• a review of" in text
    assert "\uf0b7" not in text


def test_lettered_limbs_with_a_full_stop_are_not_merged():
    pieces = [PdfLine("RESOLVED that the Council approves the budget for the coming year and the",
                      42.6, 520.0, 75.7, 12.0),
              PdfLine("a. council tax requirement as set out in the schedule attached, and",
                      42.6, 519.0, 89.5, 12.0),
              PdfLine("b. capital programme for the following three years.", 42.6, 400.0, 103.3, 12.0)]
    text, _ = lay_out([pieces])
    assert "and the\na. council tax requirement as set out in the schedule attached, and\nb. capital" in text


def test_a_title_heading_does_not_run_into_the_paragraph_under_it():
    pieces = [PdfLine("Decision Recording Form", 67.9, 429.4, 85.3, 36.0),
              PdfLine("Decision determined at the Growth and Regeneration Policy Committee",
                      67.9, 516.9, 110.2, 16.0),
              PdfLine("meeting on 4 June 2025", 49.1, 254.1, 129.8, 16.0),
              PdfLine("The committee considered the report of the clerk on the lease and its terms.",
                      42.6, 517.0, 160.0, 12.0),
              PdfLine("The committee considered the report of the clerk on the lease and its terms.",
                      42.6, 517.0, 174.0, 12.0)]
    text, _ = lay_out([pieces])
    assert text.startswith("Decision Recording Form\nDecision determined at")


def shifted(text: str, by: int = 3) -> str:
    """Letters moved along the alphabet, as a font without its character map gives them."""
    def move(ch: str) -> str:
        if not ch.isascii() or not ch.isalpha():
            return ch
        base = ord("a") if ch.islower() else ord("A")
        return chr(base + (ord(ch) - base + by) % 26)
    return "".join(move(ch) for ch in text)


PROSE = ("The committee considered the report of the clerk on the village hall lease and agreed that the "
         "chair should sign the new lease on behalf of the council at the next meeting in the spring.")


def test_a_pdf_whose_text_layer_is_gibberish_fails_with_a_coded_error():
    from extract.readers.source import UnreadableFile

    lines = [(60, 700 - 14 * i, shifted(PROSE[:90]), 10) for i in range(12)]
    with pytest.raises(UnreadableFile) as failure:
        read_pdf(drawn([lines]))
    assert str(failure.value).startswith("E090")


def test_a_text_layer_of_private_use_glyph_numbers_is_unreadable():
    from extract.readers.text_layer import unreadable

    assert unreadable(" ".join("".join(chr(0xE000 + (7 * i + k) % 90) for k in range(6)) for i in range(60)))
    assert not unreadable(PROSE)


@pytest.mark.parametrize("prose", [
    PROSE,
    "Cafodd cofnodion y cyfarfod blaenorol eu derbyn fel cofnod cywir a'u llofnodi gan y cadeirydd. Nododd y "
    "clerc fod y cyngor wedi derbyn llythyr gan yr awdurdod lleol ynglŷn â'r ffordd drwy'r pentref.",
    "Sederunt: Bailie Ann Lee (Convener), Councillors Ross, MacKay and Grant. The Committee noted the "
    "minute of the meeting of 4 March 2024 and agreed the terms of the lease for Unit 7, Kirkton Road.",
], ids=["english", "welsh", "scottish"])
def test_readable_papers_in_english_welsh_and_scots_pass(prose):
    lines = [(60, 700 - 14 * i, prose[k:k + 80], 10) for i, k in enumerate(range(0, len(prose), 80))] * 1
    text = read_pdf(drawn([lines + body(400, 6)])).text
    assert "committee" in text.lower() or "cyngor" in text


def scaled_unit_font_pdf(lines: list[str], spacing: float) -> bytes:
    """A PDF whose text is set in a 1-point font scaled up to 12 points by the text matrix, as some
    publishing tools write it, with the given distance between baselines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    for i, line in enumerate(lines):
        text = pdf.beginText()
        text.setTextTransform(12, 0, 0, 12, 60, 760 - spacing * i)
        text.setFont(FONT, 1)
        text.textOut(line)
        pdf.drawText(text)
    pdf.save()
    return out.getvalue()


def test_lines_set_in_a_scaled_unit_font_are_joined_into_paragraphs():
    prose = ["Present: Chairman Cllr Mrs Lee, Cllrs Price, Evans, Hughes, Morgan, Roberts and",
             "Jones, County Cllr Davies and the Clerk. Two members of the public attended."]
    text = read_pdf(scaled_unit_font_pdf(prose * 3, 15)).text
    assert "Roberts and Jones, County Cllr" in text


def test_double_spaced_minutes_are_joined_into_paragraphs():
    prose = ["Present: Chairman Cllr Mrs Lee, Cllrs Price, Evans, Hughes, Morgan, Roberts and",
             "Jones, County Cllr Davies and the Clerk. Two members of the public attended."]
    text = read_pdf(scaled_unit_font_pdf(prose * 3, 28)).text
    assert "Roberts and Jones, County Cllr" in text


def test_a_text_file_with_web_line_breaks_reads_them_as_lines():
    from extract.readers.text import read_text

    data = ("Minutes of a meeting of the above Council held on Monday 29th March 2021 at 7.00pm.<br /><br />"
            "Present:   Chairman Cllr Lee, Cllrs Price, Evans & the Clerk.<br /><br />3048.Police Report:"
            "   Attached.<br />Next meeting 26th April.").encode()
    text = read_text(data).text
    assert text.splitlines()[:3] == [
        "Minutes of a meeting of the above Council held on Monday 29th March 2021 at 7.00pm.", "",
        "Present:   Chairman Cllr Lee, Cllrs Price, Evans & the Clerk."]
    assert "<br" not in text


def test_a_text_file_with_other_markup_is_left_as_written():
    from extract.readers.text import read_text

    assert read_text(b"Use <b>bold</b> and <br /> tags.").text == "Use <b>bold</b> and <br /> tags."
