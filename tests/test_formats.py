"""Papers published as PDF, Word, web pages and ModernGov XML give the records their text gives."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

import pytest

from extract.normalise.header import parse_header
from extract.readers import read_bytes
from extract.readers.pdf import read_pdf

from . import paper_formats as build
from .conftest import CORPUS, ROOT, assert_grounded
from .record_match import recovered

PAPERS = sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "tests" / "data" / "devset" / "papers").glob("*.txt"))
"""The corpus papers and the second development set: enough records of each type for a share to mean something."""
FORMATS = ("pdf", "docx", "html", "moderngov-xml")
REQUIRED_SHARE = 0.9


def build_format(fmt: str, text: str) -> bytes:
    """The paper's text published in one format."""
    if fmt == "pdf":
        return build.to_pdf(text)
    if fmt == "docx":
        return build.to_docx(text)
    if fmt == "html":
        return build.to_html(text)
    header = parse_header(text)
    return build.to_moderngov(text, header.committee, header.meeting_date, header.title or "Report")


@pytest.fixture(scope="module")
def published() -> dict[tuple[str, str], bytes]:
    """Every corpus paper in every format, keyed by (format, paper name)."""
    return {(fmt, p.name): build_format(fmt, p.read_text(encoding="utf-8")) for fmt in FORMATS for p in PAPERS}


@pytest.fixture(scope="module")
def shares(published, extractor) -> dict[tuple[str, str], tuple[int, int]]:
    """(found, of) per (format, record type): the .txt records each format's version also gives."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for paper in PAPERS:
        reference = extractor.extract_file(paper)
        for fmt in FORMATS:
            source = read_bytes(f"{paper.stem}.{fmt}", published[fmt, paper.name])
            assert source.status == "ok" and source.format == fmt, source.error
            records = next(extractor.extract_sources([source]))
            assert_grounded(records, source.text)
            for kind, (found, of) in recovered(reference, records).items():
                totals[fmt, kind][0] += found
                totals[fmt, kind][1] += of
    return {key: (found, of) for key, (found, of) in totals.items()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_gives_nine_tenths_of_every_record_type_the_text_gives(shares, fmt):
    ours = {kind: counts for (f, kind), counts in shares.items() if f == fmt}
    assert ours, "the text versions gave no records to compare"
    short = {kind: f"{found}/{of}" for kind, (found, of) in ours.items() if found < REQUIRED_SHARE * of}
    assert not short, f"{fmt} lost records: {short}"


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.stem)
def test_pdf_text_keeps_every_word_and_drops_page_furniture(paper):
    text = paper.read_text(encoding="utf-8")
    read = read_pdf(build.to_pdf(text))
    assert build.RUNNING_HEADER not in read.text
    assert not any(line.startswith("Page ") and line[5:].isdigit() for line in read.text.splitlines())
    assert read.text.split() == text.split()  # hyphenated words rejoined, wrapped lines rejoined


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.stem)
def test_pdf_keeps_headings_on_lines_of_their_own(paper):
    text = paper.read_text(encoding="utf-8")
    read = read_pdf(build.to_pdf(text)).text
    for block in build.blocks(text):
        if build.is_heading(block):
            assert f"\n\n{block[0].strip()}\n\n" in f"\n\n{read}\n", block[0]


def test_the_pdf_reader_hyphenation_is_exercised():
    words = build.wrap("the partnership demonstrated considerable accountability " * 6, build.FONT, 10, 200)
    assert any(line.endswith("-") for line in words), "the builder hyphenated nothing"


def test_pdf_records_carry_the_page_they_are_on(extractor):
    paper = max(PAPERS, key=lambda p: p.stat().st_size)
    source = read_bytes("long.pdf", build.to_pdf(paper.read_text(encoding="utf-8")))
    records = next(extractor.extract_sources([source]))
    document, found = records[0], records[1:]
    assert document.format == "pdf" and document.pages == len(source.page_starts) > 1
    assert document.text_chars == len(source.text)
    for record in found:
        assert record.page == bisect_right(source.page_starts, record.span.start), record
    assert len({r.page for r in found}) > 1


@pytest.mark.parametrize("engine", ["pypdfium2", "pypdf"])
def test_both_pdf_engines_read_the_text(engine):
    text = PAPERS[0].read_text(encoding="utf-8")
    read = read_pdf(build.to_pdf(text), engines=[engine])
    assert read.pages and len(set(read.text.split()) & set(text.split())) > 0.95 * len(set(text.split()))


def test_pypdf_takes_over_when_pypdfium2_cannot_read_a_file(monkeypatch):
    from extract.readers import pdf

    def broken(data):
        raise RuntimeError("Failed to load document (PDFium: Data format error).")

    monkeypatch.setitem(pdf.ENGINE_READERS, "pypdfium2", broken)
    text = PAPERS[0].read_text(encoding="utf-8")
    assert read_pdf(build.to_pdf(text)).text.split()[:20] == text.split()[:20]


@pytest.mark.parametrize("make, code, status", [
    pytest.param(build.scanned_pdf, "E040", "failed", id="scanned-pdf"),
    pytest.param(lambda: build.encrypted_pdf("Cabinet\n\nRESOLVED: that the report be noted."), "E041", "failed",
                 id="encrypted-pdf"),
    pytest.param(lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, "E042", "failed", id="corrupt-pdf"),
    pytest.param(lambda: build.to_docx(PAPERS[0].read_text(encoding="utf-8"))[:3000], "E043", "failed",
                 id="truncated-docx"),
    pytest.param(lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "E046", "failed", id="old-word-doc"),
    pytest.param(lambda: b"<?xml version='1.0'?><rss><channel/></rss>", "E045", "failed", id="other-xml"),
    pytest.param(lambda: b"<html><body><nav>Home | Meetings</nav></body></html>", "E009", "empty",
                 id="page-without-content"),
])
def test_unreadable_files_fail_with_a_coded_message(make, code, status):
    source = read_bytes("paper", make())
    assert source.status == status and source.error.startswith(code), source.error


def test_docx_lists_numbers_and_tables_become_text():
    import io

    import docx

    document = docx.Document()
    document.add_heading("Budget Monitoring", level=2)
    document.add_paragraph("Approve the forecast.", style="List Number")
    document.add_paragraph("Note the risks.", style="List Number")
    document.add_paragraph("Capital programme", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Contact Officer:", "Jane Smith"), ("Tel:", "0116 305 6000")]):
        row.cells[0].text, row.cells[1].text = label, value
    out = io.BytesIO()
    document.save(out)
    text = read_bytes("paper.docx", out.getvalue()).text
    assert text == ("Budget Monitoring\n\n1. Approve the forecast.\n2. Note the risks.\n\n• Capital programme\n\n"
                    "Contact Officer:\tJane Smith\nTel:\t0116 305 6000\n")


def test_html_keeps_the_main_content_only():
    text = PAPERS[0].read_text(encoding="utf-8")
    read = read_bytes("page.html", build.to_html(text))
    assert read.format == "html" and read.encoding == "utf-8"
    for furniture in ("cookies", "Meetings calendar", "Related documents", "Page last updated", "tracking",
                      "switchboard", "font-family"):
        assert furniture not in read.text
    assert read.text.split() == text.replace("\n- ", "\n• ").split()


def test_html_lists_and_headings_keep_their_lines():
    page = (b"<html><body><main><h1>Cabinet</h1><p>Minutes of the meeting.</p><ol start='4'><li>Apologies</li>"
            b"<li>Minutes</li></ol><ul><li>one<ul><li>inner</li></ul></li></ul><table><tr><td>Item</td>"
            b"<td>Decision</td></tr></table></main></body></html>")
    assert read_bytes("p.html", page).text == ("Cabinet\n\nMinutes of the meeting.\n\n4. Apologies\n5. Minutes\n\n"
                                               "• one\n• inner\n\nItem\tDecision\n")
