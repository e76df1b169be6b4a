"""PDF: pypdfium2 (PDFium, BSD/Apache) reads the text layer; pypdf (pure Python, BSD) is the fallback.

Each engine gives the positioned lines of every page and pdf_layout turns them into text, so both
are held to the same layout rules. pypdfium2 is the default: it is faster and places every character
(see the README's "Input formats" for the measurements). pypdf is used when pypdfium2 is not
installed or cannot parse a file. Password-protected PDFs, PDFs without a text layer and PDFs whose text
layer is gibberish fail with a message that says what to do.
"""

from __future__ import annotations

import ctypes
import io
import logging
import re
from typing import Any, Callable, Sequence

from ..errors import Messages
from .pdf_layout import CELL_PADDING, PdfLine, lay_out
from .source import ReadText, UnreadableFile
from .text_layer import unreadable, visible_chars

log = logging.getLogger(__name__)

ENGINES = ("pypdfium2", "pypdf")
"""PDF engines in the order they are tried."""
MIN_CHARS_PER_PAGE = 10
"""A PDF with fewer visible characters than this per page has no usable text layer."""
LINE = re.compile(r"[^\r\n]+")
SPACES = re.compile(r" +")
SCALED_FONT = 3.0
"""A font size below this is a unit font scaled by the text matrix; the glyph's box gives its real size."""


class EncryptedPdf(Exception):
    """The PDF needs a password to open."""


def pdfium_pages(data: bytes) -> list[list[PdfLine]]:
    """Every page's lines from PDFium: each line placed by its characters' origins and boxes."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedPdf from exc
        raise
    pages: list[list[PdfLine]] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                pages.append(pdfium_lines(textpage, page.get_height(), raw))
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
    return pages


def pdfium_lines(textpage: Any, height: float, raw: Any) -> list[PdfLine]:
    """The lines of one PDFium text page (characters and text indices match one to one)."""
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))
    x, y = ctypes.c_double(), ctypes.c_double()
    edges = edges_reader(textpage, raw)
    lines: list[PdfLine] = []
    for match in LINE.finditer(text):
        piece = match.group()
        first = match.start() + len(piece) - len(piece.lstrip())
        last = match.start() + len(piece.rstrip()) - 1
        if last < first:
            continue
        for start, end in cells(edges, text, first, last):
            raw.FPDFText_GetCharOrigin(textpage.raw, start, ctypes.byref(x), ctypes.byref(y))
            size = raw.FPDFText_GetFontSize(textpage.raw, start)
            if size < SCALED_FONT:  # a 1-point font scaled up by the text matrix: measure the glyph's box
                box = textpage.get_charbox(start, loose=True)
                size = max(box[3] - box[1], size)
            right = edges(end)[1]
            lines.append(PdfLine(text[start:end + 1], x.value, max(right, x.value), height - y.value, size))
    return lines


Edges = Callable[[int], tuple[float, float]]
"""A character's left and right edge on the page, by its index."""
BOX_CALL = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, *[ctypes.c_void_p] * 4)
"""FPDFText_GetCharBox(text page, index, &left, &right, &bottom, &top) called with plain addresses: the
reader asks for two boxes per space between words, and pypdfium2's typed call costs twice as much."""


def edges_reader(textpage: Any, raw: Any) -> Edges:
    """The left and right edges of a character's tight box, the same numbers textpage.get_charbox gives."""
    import pypdfium2 as pdfium

    box = (ctypes.c_double * 4)()  # left, right, bottom, top
    addresses = [ctypes.addressof(box) + i * ctypes.sizeof(ctypes.c_double) for i in range(4)]
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    get_box = BOX_CALL(ctypes.cast(raw.FPDFText_GetCharBox, ctypes.c_void_p).value)

    def edges(index: int) -> tuple[float, float]:
        if not get_box(handle, index, *addresses):
            raise pdfium.PdfiumError("Failed to get charbox.")
        return box[0], box[1]

    return edges


def cells(edges: Edges, text: str, first: int, last: int) -> list[tuple[int, int]]:
    """The pieces (first and last character) of a line PDFium read as one, cut where a gap between words
    is as wide as a table's cell padding: a Word table's row "Cllr Ann Lee   Labour   Abbey Ward"."""
    pieces: list[tuple[int, int]] = []
    start = first
    width = (edges(last)[1] - edges(first)[0]) / max(last - first + 1, 1)
    padding = CELL_PADDING * max(width, 1e-6)
    for gap in SPACES.finditer(text, first, last):
        before, after = gap.start() - 1, gap.end()
        left, right = edges(before)[1], edges(after)[0]
        if right - left > padding:
            pieces.append((start, before))
            start = after
    pieces.append((start, last))
    return pieces


def pypdf_pages(data: bytes) -> list[list[PdfLine]]:
    """Every page's lines from pypdf's layout mode: one text row per line, positions in character cells."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not the officer's business
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise EncryptedPdf
    pages: list[list[PdfLine]] = []
    for page in reader.pages:
        laid = page.extract_text(extraction_mode="layout")
        lines = []
        for row, raw_line in enumerate(laid.split("\n")):
            body = raw_line.rstrip()
            if body.strip():
                start = len(body) - len(body.lstrip())
                lines.append(PdfLine(body.strip(), float(start), float(len(body)), float(row), 1.0))
        pages.append(lines)
    return pages


ENGINE_READERS: dict[str, Callable[[bytes], list[list[PdfLine]]]] = {
    "pypdfium2": pdfium_pages,
    "pypdf": pypdf_pages,
}


def read_pdf(data: bytes, *, engines: Sequence[str] = ENGINES) -> ReadText:
    """The text of a PDF, with its page count and where each page starts; raises UnreadableFile."""
    problem = "no PDF engine is installed"
    for engine in engines:
        try:
            pages = ENGINE_READERS[engine](data)
        except ImportError:
            log.debug("PDF engine %s is not installed", engine)
            continue
        except EncryptedPdf:
            raise UnreadableFile(Messages.E041, format="pdf") from None
        except Exception as exc:  # noqa: BLE001  (a damaged file: try the next engine, then give up)
            log.debug("PDF engine %s could not read the file", engine, exc_info=True)
            problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            continue
        return pdf_text(pages)
    raise UnreadableFile(Messages.E042.format(detail=problem), format="pdf")


def pdf_text(pages: list[list[PdfLine]]) -> ReadText:
    """ReadText from an engine's pages; a PDF with (almost) no characters has no text layer."""
    text, starts = lay_out(pages)
    counts = visible_chars(text)
    if sum(counts.values()) < MIN_CHARS_PER_PAGE * max(len(pages), 1):
        raise UnreadableFile(Messages.E040, format="pdf")
    if unreadable(text, counts):
        raise UnreadableFile(Messages.E090, format="pdf")
    return ReadText(text, "pdf", pages=len(pages), page_starts=starts)
