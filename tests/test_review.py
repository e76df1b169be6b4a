"""Review pages: text intact, every span highlighted, records linked, offline, rendered in Chromium."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.records import Span
from extract.review import EXTRACTED_TYPES, highlighted_text, record_spans, write_review

from extract.papers import paper_id

from .sample_records import CABINET_TEXT, cabinet_records, sample_records, write_sample

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class HighlightReader(HTMLParser):
    """Reads highlighted text back: the plain text (labels left out) and the text each record marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.marked: dict[str, list[str]] = defaultdict(list)
        self.anchors: list[str] = []
        self.mark_classes: list[str] = []
        self._records: list[str] = []
        self._in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "mark":
            self._records = (found.get("data-records") or "").split()
            self.mark_classes.append(found.get("class") or "")
        elif tag == "span" and "ent-label" in (found.get("class") or ""):
            self._in_label = True
        elif tag == "a" and found.get("id"):
            self.anchors.append(found["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._records = []
        elif tag == "span":
            self._in_label = False

    def handle_data(self, data: str) -> None:
        if self._in_label:
            return
        self.text.append(data)
        for record_id in self._records:
            self.marked[record_id].append(data)


def read_highlights(fragment: str) -> HighlightReader:
    reader = HighlightReader()
    reader.feed(fragment)
    return reader


def text_div(page: str) -> str:
    """The inner HTML of a page's text block."""
    match = re.search(r'<div class="text" id="text">(.*?)</div>', page, re.S)
    assert match, "page has no text block"
    return match.group(1)


@pytest.fixture
def review_dir(tmp_path: Path) -> Path:
    """The sample records' review site."""
    write_review(write_sample(tmp_path / "records.jsonl"), tmp_path / "review")
    return tmp_path / "review"


def page_name(document: Any) -> str:
    """The file name of a paper's page: one page per input path."""
    return f"{paper_id(document.source)}.html"


@pytest.fixture
def cabinet_page(review_dir: Path) -> str:
    return (review_dir / page_name(cabinet_records()[0])).read_text(encoding="utf-8")


def test_page_keeps_the_paper_text_exactly(cabinet_page: str) -> None:
    assert "".join(read_highlights(text_div(cabinet_page)).text) == CABINET_TEXT


@pytest.mark.parametrize("record_type", ["agenda_item", "resolution", "decision", "officer", "member",
                                         "organisation", "date"])
def test_every_span_of_every_record_is_highlighted(cabinet_page: str, record_type: str) -> None:
    reader = read_highlights(text_div(cabinet_page))
    records = [r for r in cabinet_records() if r.record_type == record_type]
    assert records
    for record in records:
        expected = "".join(CABINET_TEXT[s.start:s.end] for s in record_spans(record))
        assert "".join(reader.marked[record.record_id]) == expected, record.record_id
        assert f"r-{record.record_id}" in reader.anchors


def test_overlapping_spans_mark_both_records_in_the_inner_colour(cabinet_page: str) -> None:
    records = cabinet_records()
    decision = next(r for r in records if r.record_type == "decision")
    date = next(r for r in records if r.record_type == "date" and r.role == "scheduled")
    inner = re.search(r'<mark class="([^"]+)" data-records="([^"]+)"[^>]*>12 September 2024</mark>',
                      cabinet_page)
    assert inner, "the scheduled date is not marked on its own"
    assert inner.group(1) == "ent ent-date nested"
    assert set(inner.group(2).split()) == {decision.record_id, date.record_id}


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        pytest.param("RESOLVED: that the report be noted.", [(10, 35)], ["that the report be noted."],
                     id="one-span"),
        pytest.param("Agreed <unanimously> & noted", [(7, 20)], ["<unanimously>"], id="html-escaped"),
        pytest.param("Cabinet approved the plan", [(0, 16), (8, 25)],
                     ["Cabinet ", "approved", " the plan"], id="partial-overlap"),
        pytest.param("No records here.", [], [], id="no-spans"),
        pytest.param("Siân Jones – Chair", [(0, 10)], ["Siân Jones"], id="non-ascii"),
    ],
)
def test_highlighted_text_segments(text: str, spans: list[tuple[int, int]], expected: list[str]) -> None:
    records = [_date_record(text, start, end, n) for n, (start, end) in enumerate(spans)]
    fragment = highlighted_text(text, records)
    reader = read_highlights(fragment)
    assert "".join(reader.text) == text
    assert [html.unescape(m) for m in re.findall(r"<mark[^>]*>([^<]*)</mark>", fragment)] == expected


def _date_record(text: str, start: int, end: int, n: int) -> Any:
    from extract.records import DateRecord

    return DateRecord(doc_id="doc_x", record_id=f"dat_{n}", span=Span(start=start, end=end), evidence=text,
                      text=text[start:end], role="other")


def test_side_table_links_every_record_to_its_span(cabinet_page: str) -> None:
    anchors = set(read_highlights(text_div(cabinet_page)).anchors)
    links = re.findall(r'<a href="#(r-[^"]+)">', cabinet_page)
    assert len(links) == len(cabinet_records()) - 1
    assert set(links) <= anchors


def test_a_record_that_does_not_match_the_text_is_flagged_not_drawn(tmp_path: Path) -> None:
    records = cabinet_records()
    wrong = next(r for r in records if r.record_type == "decision")
    records[records.index(wrong)] = wrong.model_copy(update={"span": Span(start=0, end=12)})
    write_review(write_sample(tmp_path / "records.jsonl", records), tmp_path / "review")
    page = (tmp_path / "review" / page_name(records[0])).read_text(encoding="utf-8")
    assert "quoted text differs from the paper" in page
    assert wrong.record_id not in text_div(page)


def test_index_lists_papers_with_counts_and_failures(review_dir: Path) -> None:
    index = (review_dir / "index.html").read_text(encoding="utf-8")
    cabinet, failed = cabinet_records()[0], sample_records()[-1]
    row_pattern = r'<tr class="status-\w+"><td><a href="([^"]+)">.*?</tr>'
    rows = {m.group(1): m.group(0) for m in re.finditer(row_pattern, index)}
    assert set(rows) == {page_name(cabinet), page_name(failed)}
    counts = re.findall(r'<td class="num">(\d+)</td>', rows[page_name(cabinet)])
    assert counts == ["1", "2", "1", "1", "4", "2", "2"]
    assert "failed: E003" in rows[page_name(failed)]
    failed_page = (review_dir / page_name(failed)).read_text(encoding="utf-8")
    assert failed_page.count("Extraction failed: E003") == 1


@pytest.mark.issue(13)
def test_identical_files_at_two_paths_get_a_page_each(tmp_path: Path) -> None:
    copy = cabinet_records()
    copy[0] = copy[0].model_copy(update={"source": "papers/archive/cabinet-2024-03-14.txt"})
    records = write_sample(tmp_path / "records.jsonl", cabinet_records() + copy)
    summary = write_review(records, tmp_path / "review")
    pages = [tmp_path / "review" / page_name(r[0]) for r in (cabinet_records(), copy)]
    assert summary.pages == 2 and summary.records == 2 * (len(copy) - 1)
    for page in pages:
        assert page.read_text(encoding="utf-8").count('<tr id="row-') == len(copy) - 1


def test_paper_without_text_tells_the_user_to_rerun_with_text(tmp_path: Path) -> None:
    summary = write_review(write_sample(tmp_path / "records.jsonl", cabinet_records(with_text=False)),
                           tmp_path / "review")
    page = (tmp_path / "review" / page_name(cabinet_records()[0])).read_text(encoding="utf-8")
    assert "--with-text" in page and "<mark" not in page
    assert page.count('<tr id="row-') == len(cabinet_records()) - 1
    index = (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
    assert "no text: re-run with --with-text" in index
    assert summary.without_text == ["papers/dyfed-valley/cabinet-2024-03-14.txt"]


def test_pages_need_no_network(review_dir: Path) -> None:
    for page in review_dir.glob("*.html"):
        content = page.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="(https?:)?//', content), page.name
        for linked in re.findall(r'<link[^>]+href="([^"]+)"', content):
            assert (review_dir / linked).is_file()


def test_cli_review_writes_the_site(tmp_path: Path) -> None:
    records = write_sample(tmp_path / "records.jsonl", cabinet_records(with_text=False))
    result = CliRunner().invoke(app, ["review", str(records), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert "--with-text" in result.output
    assert (tmp_path / "site" / "index.html").is_file() and (tmp_path / "site" / "review.css").is_file()


def chromium_dom(page: Path, profile: Path) -> str:
    """The DOM Chromium builds from a local page, read headless with no network."""
    assert CHROMIUM is not None
    result = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_page_renders_highlights_in_chromium(review_dir: Path, cabinet_page: str, tmp_path: Path) -> None:
    dom = chromium_dom(review_dir / page_name(cabinet_records()[0]), tmp_path / "chromium-profile")
    marks = re.findall(r'<mark class="ent ent-(\w+)', dom)
    assert len(marks) == cabinet_page.count("<mark ") > 0
    assert set(marks) == set(EXTRACTED_TYPES)
    assert "".join(read_highlights(text_div(dom)).text) == CABINET_TEXT
    legend = re.search(r'<ul class="legend">(.*?)</ul>', dom, re.S)
    assert legend and legend.group(1).count("<li") == 7
