"""Records of a small hand-written paper, built with the contract's models, for the hand-off tests.

A Welsh county cabinet's minutes (with non-ASCII names, a lettered resolution, a recorded vote and
overlapping spans) and a paper that failed; the cabinet paper can also be built without its text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.jsonl import write_records
from extract.records import (
    AgendaItemRecord, AgendaRef, DateRecord, DecisionRecord, DocumentRecord, MemberRecord, Mentions,
    OfficerRecord, OrganisationRecord, RecordedVote, ResolutionRecord, Span, Votes, make_doc_id,
    make_record_id,
)

CABINET_TEXT = """CABINET – 14 MARCH 2024

Present: Councillor Siân Morgan (Chair), Councillor Rhys Pritchard (Vice-Chair), Councillor Alun Davies
Apologies: Councillor Mair Jones

23/24  LOCAL DEVELOPMENT PLAN – DEPOSIT CONSULTATION

The Head of Planning, Gwen Evans, presented the report. Dyfed Valley County Council (DVCC) and the
Welsh Government had agreed the £120,000 budget. A <draft> timetable was tabled.

RESOLVED:
(a) that the Deposit Plan be approved for public consultation;
(b) that the Head of Planning be authorised to make minor factual changes.

A recorded vote was taken on (a): For: Councillors Morgan and Pritchard. Against: Councillor Davies.

The Cabinet will consider the consultation responses at its meeting on 12 September 2024.
"""

SHA_CABINET = "c" * 64
SHA_FAILED = "f" * 64


def span_of(text: str, quote: str, after: str = "") -> Span:
    """The span of the first occurrence of quote (after the first occurrence of `after`)."""
    start = text.index(quote, text.index(after) if after else 0)
    return Span(start=start, end=start + len(quote))


def line_of(text: str, span: Span) -> str:
    """The line around a span, as evidence."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return text[start:end if end != -1 else len(text)]


def _extracted(doc_id: str, record_type: str, text: str, span: Span, key: str = "") -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "record_id": make_record_id(doc_id, record_type, span.start, span.end, key),
        "span": span,
        "evidence": line_of(text, span),
    }


def document(sha256: str, source: str, **fields: Any) -> DocumentRecord:
    """A document record with the provenance fields filled in."""
    doc_id = make_doc_id(sha256)
    return DocumentRecord(doc_id=doc_id, record_id=doc_id, source=source, sha256=sha256,
                          extractor_version="0.1.0", **fields)


def cabinet_records(with_text: bool = True) -> list[Any]:
    """The cabinet paper's document record and every record found in it."""
    text = CABINET_TEXT
    doc = document(SHA_CABINET, "papers/dyfed-valley/cabinet-2024-03-14.txt", status="ok", doc_type="minutes",
                   title="Cabinet", committee="Cabinet", meeting_date="2024-03-14", format="text",
                   encoding="utf-8", text_chars=len(text), text=text if with_text else None)
    d = doc.doc_id
    item_span = span_of(text, "23/24  LOCAL DEVELOPMENT PLAN – DEPOSIT CONSULTATION")
    item = AgendaItemRecord(**_extracted(d, "agenda_item", text, item_span), number="23/24",
                            title="LOCAL DEVELOPMENT PLAN – DEPOSIT CONSULTATION")
    ref = AgendaRef(number="23/24", title=item.title, record_id=item.record_id)
    limb_a = "that the Deposit Plan be approved for public consultation"
    limb_b = "that the Head of Planning be authorised to make minor factual changes"
    votes = Votes(for_=2, against=1, outcome="carried",
                  recorded=RecordedVote(for_=["Morgan", "Pritchard"], against=["Davies"]))
    resolutions = [
        ResolutionRecord(**_extracted(d, "resolution", text, span_of(text, limb_a)), text=limb_a,
                         status="approved", decision_maker="Cabinet", date="2024-03-14", agenda_item=ref,
                         limb="a", votes=votes, rule="resolved-colon"),
        ResolutionRecord(**_extracted(d, "resolution", text, span_of(text, limb_b)), text=limb_b,
                         status="approved", decision_maker="Cabinet", date="2024-03-14", agenda_item=ref,
                         limb="b", rule="resolved-colon"),
    ]
    scheduled_text = CABINET_TEXT.splitlines()[-1]
    scheduled_date = span_of(text, "12 September 2024")
    date_records = [
        DateRecord(**_extracted(d, "date", text, span_of(text, "14 MARCH 2024")), text="14 MARCH 2024",
                   value="2024-03-14", precision="day", role="meeting"),
        DateRecord(**_extracted(d, "date", text, scheduled_date), text="12 September 2024",
                   value="2024-09-12", precision="day", role="scheduled"),
    ]
    decision = DecisionRecord(**_extracted(d, "decision", text, span_of(text, scheduled_text)),
                              text=scheduled_text, kind="scheduled", status="scheduled",
                              decision_maker="Cabinet", date="2024-09-12",
                              date_record_id=date_records[1].record_id, agenda_item=ref)
    officer = OfficerRecord(**_extracted(d, "officer", text, span_of(text, "Head of Planning, Gwen Evans")),
                            name="Gwen Evans", job_title="Head of Planning",
                            organisation="Dyfed Valley County Council", role="presenter")
    members = [
        MemberRecord(**_extracted(d, "member", text, span_of(text, name)), name=name, role=role,
                     attendance=attendance)
        for name, role, attendance in [
            ("Siân Morgan", "chair", "present"), ("Rhys Pritchard", "vice_chair", "present"),
            ("Alun Davies", "member", "present"), ("Mair Jones", "member", "apologies"),
        ]
    ]
    council_spans = [span_of(text, "Dyfed Valley County Council"), span_of(text, "DVCC")]
    organisations = [
        OrganisationRecord(**_extracted(d, "organisation", text, council_spans[0]),
                           name="Dyfed Valley County Council", acronym="DVCC", kind="council",
                           mentions=Mentions(count=2, spans=council_spans)),
        OrganisationRecord(**_extracted(d, "organisation", text, span_of(text, "Welsh Government")),
                           name="Welsh Government", kind="government",
                           mentions=Mentions(count=1, spans=[span_of(text, "Welsh Government")])),
    ]
    found = [item, *resolutions, decision, officer, *members, *organisations, *date_records]
    counts: dict[str, int] = {}
    for record in found:
        counts[record.record_type] = counts.get(record.record_type, 0) + 1
    return [doc.model_copy(update={"counts": counts}), *found]


def failed_document() -> DocumentRecord:
    """A paper that could not be read."""
    return document(SHA_FAILED, "papers/scanned-agenda.txt", status="failed",
                    error="E003 the file looks binary, not text (NUL bytes): "
                          "check it is a committee paper saved as text")


def sample_records(with_text: bool = True) -> list[Any]:
    """Every sample record: the cabinet paper (with or without its text) and a failed paper."""
    return [*cabinet_records(with_text), failed_document()]


def write_sample(path: Path, records: list[Any] | None = None) -> Path:
    """Write records (the sample by default) as JSONL and return the path."""
    write_records(path, records if records is not None else sample_records())
    return path
