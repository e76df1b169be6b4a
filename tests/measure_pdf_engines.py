"""Measure the two PDF engines on PDFs built from the test papers: text kept, records kept, speed.

Run from the repository root: ``python -m tests.measure_pdf_engines``. The README's "Input
formats" table comes from this script.
"""

from __future__ import annotations

import difflib
import time
from collections import defaultdict

from extract import Extractor
from extract.readers.pdf import ENGINES, read_pdf
from extract.readers.source import SourceText, sha256_of

from . import paper_formats as build
from .record_match import recovered
from .test_formats import PAPERS


def main() -> None:
    """Print, per engine: words and lines kept as in the .txt, records kept per type, milliseconds per page."""
    extractor = Extractor()
    pdfs = {paper: build.to_pdf(paper.read_text(encoding="utf-8")) for paper in PAPERS}
    for engine in ENGINES:
        read_pdf(next(iter(pdfs.values())), engines=[engine])  # imports and first-use set-up, not timed
        words_same = words_all = lines_same = lines_all = pages = 0
        seconds = 0.0
        shares: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for paper, data in pdfs.items():
            text = paper.read_text(encoding="utf-8")
            start = time.perf_counter()
            read = read_pdf(data, engines=[engine])
            seconds += time.perf_counter() - start
            pages += read.pages or 0
            matcher = difflib.SequenceMatcher(None, text.split(), read.text.split(), autojunk=False)
            words_same += sum(block.size for block in matcher.get_matching_blocks())
            words_all += len(text.split())
            kept = {line.strip() for line in read.text.splitlines()}
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            lines_same += sum(line in kept for line in lines)
            lines_all += len(lines)
            source = SourceText(paper.name, sha256_of(data), "ok", text=read.text, format="pdf",
                                pages=read.pages, page_starts=read.page_starts)
            records = next(extractor.extract_sources([source]))
            for kind, (found, of) in recovered(extractor.extract_file(paper), records).items():
                shares[kind][0] += found
                shares[kind][1] += of
        by_type = ", ".join(f"{kind} {found}/{of}" for kind, (found, of) in sorted(shares.items()))
        print(f"{engine}: {len(pdfs)} PDFs, {pages} pages; words in order {words_same / words_all:.4f}; "
              f"lines as in the .txt {lines_same / lines_all:.4f}; {1000 * seconds / pages:.1f} ms/page; records kept: {by_type}")


if __name__ == "__main__":
    main()
