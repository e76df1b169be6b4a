"""Static HTML review pages: each paper's text with every extracted span highlighted, and its records.

Pages are built only from the records JSONL (the text comes from document records written with
``--with-text``), so they show exactly what was exported. Highlights use displaCy's entity colours;
overlapping spans are cut into segments, each marked with every record covering it. The pages link
one local stylesheet and need no network.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

from .papers import Paper, read_papers
from .records import RECORD_TYPES, DocumentRecord, Span

EXTRACTED_TYPES = tuple(t for t in RECORD_TYPES if t != "document")
"""Record types found in the text, in the order pages list them."""

DETAILS: dict[str, tuple[str, ...]] = {
    "resolution": ("status", "decision_maker", "date", "limb"),
    "decision": ("kind", "status", "decision_maker", "date"),
    "agenda_item": ("number",),
    "officer": ("job_title", "organisation", "role", "email", "phone"),
    "member": ("role", "attendance", "party", "ward"),
    "organisation": ("kind", "acronym"),
    "date": ("value", "role", "time"),
}
"""Fields shown beside each record in a page's side table."""

NO_TEXT = (
    "This paper's text is not in the records file, so its spans cannot be shown. "
    "Re-run the extraction with --with-text: minutes-extract run PAPERS --with-text -o RECORDS.jsonl"
)


@dataclass(frozen=True)
class Highlight:
    """One highlighted stretch of text and the record it belongs to."""

    start: int
    end: int
    record_id: str
    record_type: str


@dataclass
class ReviewSummary:
    """What a review run wrote."""

    index: Path
    pages: int = 0
    records: int = 0
    failed: list[str] = field(default_factory=list)
    without_text: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the user."""
        extra = f"; {len(self.failed)} failed" if self.failed else ""
        if self.without_text:
            extra += f"; {len(self.without_text)} without text (re-run with --with-text)"
        return f"{self.pages} pages, {self.records} records{extra}; open {self.index}"


def page_name(doc_id: str) -> str:
    """A paper's page file name from a safe slug of its doc_id: a crafted id ("../../x") stays inside -o."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", doc_id)[:120] + ".html"


def _template(name: str) -> str:
    return (files("extract") / "templates" / name).read_text(encoding="utf-8")


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def record_spans(record: Any) -> list[Span]:
    """The stretches of text a record quotes: its parts, its mentions, or else its span."""
    if getattr(record, "parts", None):
        return list(record.parts)
    mentions = getattr(record, "mentions", None)
    if mentions is not None and mentions.spans:
        return list(mentions.spans)
    return [record.span]


def span_problem(record: Any, text: str) -> str | None:
    """Why a record's span cannot be trusted against this text, or None when it is grounded."""
    spans = record_spans(record) + [record.span]
    if any(span.end > len(text) for span in spans):
        return f"span ends past the text ({len(text)} characters)"
    quote = getattr(record, "text", None)
    quoted = text[record.span.start:record.span.end]
    if isinstance(quote, str) and not getattr(record, "parts", None) and quoted != quote:
        return "quoted text differs from the paper's text at this span"
    return None


def highlighted_text(text: str, records: list[Any]) -> str:
    """The text as HTML with every record's spans marked; overlaps become segments marked by all records."""
    highlights = [
        Highlight(span.start, span.end, record.record_id, record.record_type)
        for record in records if span_problem(record, text) is None
        for span in record_spans(record) if span.end > span.start
    ]
    anchors: dict[int, list[str]] = defaultdict(list)
    for record in records:
        if span_problem(record, text) is None:
            anchors[min(span.start for span in record_spans(record))].append(record.record_id)
    ends: dict[int, list[Highlight]] = defaultdict(list)
    for piece in highlights:
        ends[piece.end].append(piece)
    cuts = sorted({0, len(text), *anchors, *(h.start for h in highlights), *ends})
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        out.extend(f'<a class="anchor" id="r-{_e(rid)}"></a>' for rid in anchors.get(start, []))
        covering = [h for h in highlights if h.start <= start and h.end >= end]
        chunk = _e(text[start:end])
        if covering:
            innermost = min(covering, key=lambda h: (h.end - h.start, EXTRACTED_TYPES.index(h.record_type)))
            ids = " ".join(sorted({h.record_id for h in covering}))
            kinds = ", ".join(sorted({h.record_type for h in covering}, key=EXTRACTED_TYPES.index))
            nested = " nested" if len(covering) > 1 else ""
            out.append(f'<mark class="ent ent-{innermost.record_type}{nested}" data-records="{ids}" '
                       f'title="{_e(kinds)}">{chunk}</mark>')
        else:
            out.append(chunk)
        ending = sorted(ends.get(end, []), key=lambda h: (EXTRACTED_TYPES.index(h.record_type), h.record_id))
        for piece in ending:
            out.append(f'<span class="ent-label ent-{piece.record_type}">{_e(piece.record_type)}</span>')
    return "".join(out)


def _legend(types: tuple[str, ...] = EXTRACTED_TYPES) -> str:
    return "".join(f'<li class="ent-{t}">{_e(t)}</li>' for t in types)


def _record_summary(record: Any) -> str:
    for name in ("text", "name", "title", "job_title"):
        value = getattr(record, name, None)
        if value:
            return value if len(value) <= 200 else value[:197] + "…"
    return "—"


def _record_row(record: Any, text: str | None) -> str:
    details = [f"{name}: {getattr(record, name)}" for name in DETAILS.get(record.record_type, ())
               if getattr(record, name, None) not in (None, "")]
    votes = getattr(record, "votes", None)
    if votes is not None:
        details.append("votes: " + ", ".join(f"{k} {v}" for k, v in votes.model_dump(by_alias=True).items()
                                             if v is not None and k != "recorded"))
    mentions = getattr(record, "mentions", None)
    if mentions is not None:
        details.append(f"mentions: {mentions.count}")
    details.extend(f"warning: {w}" for w in getattr(record, "warnings", []))
    span = f"{record.span.start}–{record.span.end}"
    problem = span_problem(record, text) if text is not None else None
    if text is None:
        span_cell = _e(span)
    elif problem:
        span_cell = f'{_e(span)} <span class="problem">{_e(problem)}</span>'
    else:
        span_cell = f'<a href="#r-{_e(record.record_id)}">{_e(span)}</a>'
    return (f'<tr id="row-{_e(record.record_id)}"><td><span class="ent-label ent-{record.record_type}">'
            f'{_e(record.record_type)}</span></td><td>{_e(_record_summary(record))}</td>'
            f'<td>{"<br>".join(_e(d) for d in details)}</td><td>{span_cell}</td></tr>')


def paper_title(document: DocumentRecord) -> str:
    """A paper's title for pages: its own title, else its file name."""
    return document.title or Path(document.source).name


def render_paper(document: DocumentRecord, records: list[Any]) -> str:
    """One paper's review page."""
    records = sorted(records, key=lambda r: (r.span.start, EXTRACTED_TYPES.index(r.record_type), r.record_id))
    meeting = f"meeting {document.meeting_date}" if document.meeting_date else None
    facts = [fact for fact in (document.doc_type or "paper", document.committee, meeting, document.source,
                               document.doc_id) if fact]
    if document.status == "failed":
        notice = f'<p class="notice failed">Extraction failed: {_e(document.error or "no reason given")}</p>'
    elif document.text is None:
        notice = f'<p class="notice no-text">{_e(NO_TEXT)}</p>'
    else:
        notice = ""
    body = highlighted_text(document.text, records) if document.text is not None else ""
    return Template(_template("page.html")).substitute(
        title=_e(paper_title(document)),
        facts=" · ".join(_e(f) for f in facts),
        legend=_legend(),
        notice=notice,
        text=body,
        record_count=len(records),
        rows="\n".join(_record_row(r, document.text) for r in records),
    )


def render_index(papers: list[Paper]) -> str:
    """The index page: every paper with its record counts, failures and missing text."""
    rows = []
    for paper in papers:
        document = paper.document
        counts = {t: 0 for t in EXTRACTED_TYPES}
        for record in paper.records:
            counts[record.record_type] += 1
        if document.status == "failed":
            note = f'<span class="problem">failed: {_e(document.error or "")}</span>'
        elif document.text is None:
            note = "no text: re-run with --with-text"
        else:
            note = ""
        cells = "".join(f'<td class="num">{counts[t]}</td>' for t in EXTRACTED_TYPES)
        rows.append(
            f'<tr class="status-{document.status}"><td><a href="{_e(page_name(paper.paper_id))}">'
            f'{_e(paper_title(document))}</a><br><small>{_e(document.source)}</small></td>'
            f'<td>{_e(document.doc_type or "")}</td><td>{_e(document.committee or "")}</td>'
            f'<td>{_e(document.meeting_date or "")}</td><td>{_e(document.status)}</td>{cells}'
            f'<td>{note}</td></tr>'
        )
    documents = [paper.document for paper in papers]
    failed = sum(d.status == "failed" for d in documents)
    no_text = sum(d.text is None and d.status != "failed" for d in documents)
    total = sum(len(paper.records) for paper in papers)
    summary = f"{total} records; {failed} failed"
    if no_text:
        summary += f"; {no_text} without text — {NO_TEXT}"
    return Template(_template("index.html")).substitute(
        paper_count=len(documents),
        summary=_e(summary),
        legend=_legend(),
        count_headers="".join(f"<th>{_e(t)}</th>" for t in EXTRACTED_TYPES),
        rows="\n".join(rows),
    )


def write_review(records_path: Path, out_dir: Path) -> ReviewSummary:
    """Write the review site for a records JSONL: index.html, one page per paper and the stylesheet.

    Args:
        records_path: JSONL written by ``minutes-extract run`` (best with ``--with-text``).
        out_dir: folder to write into (created if missing; existing pages are replaced).

    Returns:
        Pages written, failures and papers without text.
    """
    papers = sorted(read_papers(records_path), key=lambda p: (p.document.source, p.document.doc_id))
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "review.css").write_text(_template("review.css"), encoding="utf-8")
    summary = ReviewSummary(index=out_dir / "index.html")
    for paper in papers:
        document = paper.document
        page = render_paper(document, paper.records)
        (out_dir / page_name(paper.paper_id)).write_text(page, encoding="utf-8")
        summary.pages += 1
        summary.records += len(paper.records)
        if document.status == "failed":
            summary.failed.append(document.source)
        elif document.text is None:
            summary.without_text.append(document.source)
    summary.index.write_text(render_index(papers), encoding="utf-8")
    return summary
