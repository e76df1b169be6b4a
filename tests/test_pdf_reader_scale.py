"""The PDF reader's work grows linearly with the paper: counted in calls, not timed."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")
pdfium = pytest.importorskip("pypdfium2")

from . import long_pdfs  # noqa: E402
from extract.readers import pdf, pdf_layout  # noqa: E402
from extract.readers.pdf import edges_reader, read_pdf  # noqa: E402
from extract.readers.pdf_layout import joiner  # noqa: E402


def calls_per_word(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[float, int]:
    """Calls into PDFium for character edges and line joins the reader makes per word, and the words."""
    calls = []

    def counted_edges(textpage: object, raw: object) -> object:
        edges = edges_reader(textpage, raw)
        return lambda index: calls.append(1) or edges(index)

    def counted_joiner(*args: object, **kwargs: object) -> str:
        calls.append(1)
        return joiner(*args, **kwargs)

    monkeypatch.setattr(pdf, "edges_reader", counted_edges)
    monkeypatch.setattr(pdf_layout, "joiner", counted_joiner)
    words = len(read_pdf(data).text.split())
    return len(calls) / words, words


def test_reader_calls_per_word_do_not_grow_with_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    small, small_words = calls_per_word(long_pdfs.long_minutes_pdf(8), monkeypatch)
    large, large_words = calls_per_word(long_pdfs.long_minutes_pdf(32), monkeypatch)
    assert large_words > 3.5 * small_words
    assert 0 < large < 1.05 * small


def test_page_text_is_gathered_once_not_rebuilt_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Characters copied while the pages' text is put together: a rebuild of the text so far per line
    copies the square of the paper's length."""
    copied = []

    class Counted(str):
        """A line's text that counts what is added in front of it (the text so far, when rebuilt)."""

        def __radd__(self, other: str) -> str:
            copied.append(len(other) + len(self))
            return str.__add__(other, self)

    lines = [pdf_layout.PdfLine(Counted(f"Line {i} of the minutes."), 0.0, 100.0, 14.0 * i, 10.0)
             for i in range(1, 41)]
    monkeypatch.setattr(pdf_layout, "drop_furniture", lambda pages: pages)
    monkeypatch.setattr(pdf_layout, "rows", lambda page: page)
    text, starts = pdf_layout.lay_out([lines[:20], lines[20:]])
    assert text.count("Line ") == 40 and starts == [0, text.index("Line 21 ")]
    assert sum(copied) < 2 * len(text)


def test_edges_are_pdfiums_character_boxes() -> None:
    """The reader's fast read of a character's edges gives exactly the numbers of pypdfium2's own call."""
    pdf = pdfium.PdfDocument(long_pdfs.long_minutes_pdf(1))
    page = pdf[0]
    textpage = page.get_textpage()
    try:
        edges = edges_reader(textpage, pdfium.raw)
        for index in range(0, textpage.count_chars(), 7):
            left, _, right, _ = textpage.get_charbox(index)
            assert edges(index) == (left, right)
        with pytest.raises(pdfium.PdfiumError):
            edges(textpage.count_chars() + 5)
    finally:
        textpage.close()
        page.close()
        pdf.close()


def test_right_margin_of_ragged_lines_is_not_a_scan_per_line() -> None:
    """Lines that all end apart (ragged right, no margin shared by three): comparisons stay near n log n."""
    compared = []

    class Edge(float):
        """A right edge that counts the comparisons made with it."""

        def __lt__(self, other: float) -> bool:
            compared.append(1)
            return float(self) < other

        def __le__(self, other: float) -> bool:
            compared.append(1)
            return float(self) <= other

    lines = [pdf_layout.PdfLine("a" * 10, 50.0 + 30.0 * i, Edge(100.0 + 30.0 * i), 14.0 * i, 10.0)
             for i in range(1000)]
    assert pdf_layout.right_margin([lines]) == 100.0 + 30.0 * 999
    assert len(compared) < 100_000
