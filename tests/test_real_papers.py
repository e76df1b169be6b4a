"""The readers on the real published papers in ../shared/real/papers (skipped where that folder is absent):
every paper, Welsh ones included, gives an ok document record, and the PDF and Word readers keep at
least 95% of the words of `pdftotext -layout` (poppler-utils) and of the document's paragraphs and
table rows."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from extract.readers import read_bytes

PAPERS = Path(__file__).resolve().parents[1].parent / "shared" / "real" / "papers"
pytestmark = pytest.mark.skipif(not PAPERS.is_dir(),
                                reason="the real papers ../shared/real/papers are not beside the project")
KEPT = 0.95
WORD = re.compile(r"\w+")


def papers(*suffixes: str) -> list[Path]:
    """The real papers, those with the given suffixes if any are given."""
    if not PAPERS.is_dir():
        return []
    return sorted(p for p in PAPERS.iterdir()
                  if p.is_file() and (not suffixes or p.suffix.lower() in suffixes))


def words(text: str) -> Counter[str]:
    """The words of a text, case-folded, with how often each occurs."""
    return Counter(w.lower() for w in WORD.findall(text))


def share_kept(reference: str, ours: str) -> float:
    """The share of the reference's words (counted with repeats) that our text has too."""
    wanted, got = words(reference), words(ours)
    total = sum(wanted.values())
    return sum(min(count, got[word]) for word, count in wanted.items()) / max(total, 1)


def docx_text(path: Path) -> str:
    """A Word file's paragraphs, then its tables' rows, as python-docx reads them."""
    import docx

    document = docx.Document(str(path))
    rows = ["\t".join(cell.text for cell in row.cells) for table in document.tables for row in table.rows]
    return "\n".join([p.text for p in document.paragraphs] + rows)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("path", papers(".pdf"), ids=lambda p: p.name[:40])
def test_pdf_reader_keeps_the_words_of_pdftotext(path):
    reference = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout
    assert share_kept(reference, read_bytes(str(path), path.read_bytes()).text) >= KEPT


@pytest.mark.parametrize("path", papers(".docx"), ids=lambda p: p.name[:40])
def test_word_reader_keeps_the_words_of_paragraphs_and_table_rows(path):
    assert share_kept(docx_text(path), read_bytes(str(path), path.read_bytes()).text) >= KEPT


def test_every_real_paper_gives_an_ok_document_record(extractor):
    for path in papers():
        records = extractor.extract_file(str(path))
        document = records[0]
        assert document.record_type == "document", path.name
        assert document.status == "ok", (path.name, document.error)
        assert document.text_chars and document.text_chars > 0, path.name
