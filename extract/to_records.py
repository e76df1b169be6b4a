"""The one step from an annotated Doc to records: every extracted record is built here.

Each record carries its span (offsets into doc.text), the evidence sentence, the page and the
rule that fired. Records come out sorted (type order, then offsets) so output is deterministic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate
from typing import Any, Iterable, Optional

from spacy.tokens import Doc, Span

from .doc_text import doc_text
from .extensions import AGENDA_ITEMS, DATES, DECISIONS, MEMBERS, OFFICERS, ORGANISATIONS
from .normalise.phones import e164
from .sentences import sentence_bounds
from .records import (
    RECORD_TYPES,
    AgendaItemRecord,
    AgendaRef,
    DateRecord,
    DecisionAttributes,
    DecisionRecord,
    MemberRecord,
    Mentions,
    OfficerRecord,
    OrganisationRecord,
    ResolutionRecord,
    Span as SpanModel,
    Votes,
    make_record_id,
)

EVIDENCE_MAX_CHARS = 2000
"""Evidence longer than this (a sentence with no end in sight) is cut to a window around the span."""
EVIDENCE_WINDOW = 500
"""Characters of context kept each side of the span when evidence is cut."""


ExtractedRecord = Any  # one of the Extracted record models


def doc_to_records(doc: Doc, doc_id: str) -> list[ExtractedRecord]:
    """Every extracted record of an annotated Doc, sorted by type order, offsets and id."""
    items = agenda_item_records(doc, doc_id)
    records: list[ExtractedRecord] = [
        *items,
        *decision_records(doc, doc_id, items),
        *officer_records(doc, doc_id),
        *member_records(doc, doc_id),
        *organisation_records(doc, doc_id),
        *date_records(doc, doc_id),
    ]
    order = {name: i for i, name in enumerate(RECORD_TYPES)}
    return sorted(records, key=lambda r: (order[r.record_type], r.span.start, r.span.end, r.record_id))


def grounding(doc: Doc, start: int, end: int, record_type: str, key: str, doc_id: str,
              rule: Optional[str] = None) -> dict[str, Any]:
    """The fields every extracted record shares: ids, span, evidence, page and rule."""
    return {
        "doc_id": doc_id,
        "record_id": make_record_id(doc_id, record_type, start, end, key),
        "span": SpanModel(start=start, end=end),
        "evidence": evidence_for(doc, start, end),
        "page": page_of(doc, start),
        "rule": rule,
    }


def evidence_for(doc: Doc, start: int, end: int) -> str:
    """The sentence(s) holding the characters start:end, or their line(s) when there are no sentences;
    cut to EVIDENCE_WINDOW characters each side of the span when longer than EVIDENCE_MAX_CHARS (a page of
    text with no full stop would otherwise be copied onto every record in it)."""
    if start < end and doc.has_annotation("SENT_START"):
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is not None and len(first):
            sentence = doc[sentence_bounds(doc, first[0].i)[0]:sentence_bounds(doc, first[-1].i)[1]]
            if sentence.end_char - sentence.start_char > EVIDENCE_MAX_CHARS:
                sentence = window_of(sentence, start, end)
            # the joined text's slice, which is sentence.text without making a Token for each word
            return doc_text(doc)[sentence.start_char:sentence.end_char].strip()
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    if line_end - line_start > EVIDENCE_MAX_CHARS:
        line_start, line_end = max(line_start, start - EVIDENCE_WINDOW), min(line_end, end + EVIDENCE_WINDOW)
    return text[line_start:line_end].strip()


def window_of(sentence: Span, start: int, end: int) -> Span:
    """The whole tokens of a long sentence within EVIDENCE_WINDOW characters of start:end."""
    doc = sentence.doc
    window = doc.char_span(max(sentence.start_char, start - EVIDENCE_WINDOW),
                           min(sentence.end_char, end + EVIDENCE_WINDOW), alignment_mode="contract")
    if window is None or window.start_char > start or window.end_char < end:
        window = doc.char_span(start, end, alignment_mode="expand")
    return window


def page_of(doc: Doc, offset: int) -> Optional[int]:
    """Page number (from 1) of a character offset, for documents read from a paged format."""
    starts = doc._.page_starts
    if not starts:
        return None
    return max(1, bisect_right(starts, offset))


def agenda_item_records(doc: Doc, doc_id: str) -> list[AgendaItemRecord]:
    """An agenda_item record per agenda item heading."""
    return [
        AgendaItemRecord(
            number=span._.item_number,
            title=span._.item_title,
            **grounding(doc, span.start_char, span.end_char, "agenda_item", "", doc_id, span._.rule),
        )
        for span in doc.spans.get(AGENDA_ITEMS, [])
    ]


def agenda_ref(items: list[AgendaItemRecord], reach: list[int], offset: int) -> Optional[AgendaRef]:
    """The agenda item a decision at offset sits in: the item before the first heading after it (reach is
    agenda_reach(items), so this is a bisect, not a walk through every item for every decision)."""
    after = bisect_right(reach, offset)
    if after == 0:
        return None
    found = items[after - 1]
    return AgendaRef(number=found.number, title=found.title, record_id=found.record_id)


def agenda_reach(items: list[AgendaItemRecord]) -> list[int]:
    """The furthest start of the items up to each one: the first item starting after an offset is the
    first whose reach is past it."""
    return list(accumulate((item.span.start for item in items), max))


def decision_records(doc: Doc, doc_id: str, items: list[AgendaItemRecord]) -> list[ExtractedRecord]:
    """A resolution record per resolution (limb) of the meeting; a decision record per other decision."""
    dates = {(s.start_char, s.end_char): s for s in doc.spans.get(DATES, [])}
    out: list[ExtractedRecord] = []
    reach = agenda_reach(items)
    for span in doc.spans.get(DECISIONS, []):
        found = span._  # spaCy makes a new accessor on every read of span._
        text = found.decision_text or span.text
        common = {
            "text": text,
            "status": found.decision_status or "other",
            "decision_maker": found.decision_maker,
            "date": found.decision_date,
            "agenda_item": agenda_ref(items, reach, span.start_char),
            "attributes": DecisionAttributes(**(found.decision_attributes or {})),
            "warnings": list(found.decision_warnings or []),
        }
        if found.decision_kind == "resolution":
            out.append(ResolutionRecord(
                limb=found.decision_limb,
                votes=Votes(**found.decision_votes) if found.decision_votes else None,
                **common,
                **grounding(doc, span.start_char, span.end_char, "resolution", text, doc_id, found.rule),
            ))
        else:
            date_span = dates.get(found.decision_date_span) if found.decision_date_span else None
            out.append(DecisionRecord(
                kind=found.decision_kind or "reported",
                date_record_id=(
                    make_record_id(doc_id, "date", date_span.start_char, date_span.end_char)
                    if date_span is not None else None
                ),
                parts=[SpanModel(start=a, end=b) for a, b in (found.decision_parts or [])],
                **common,
                **grounding(doc, span.start_char, span.end_char, "decision", text, doc_id, found.rule),
            ))
    return out


def officer_records(doc: Doc, doc_id: str) -> list[OfficerRecord]:
    """An officer record per officer span."""
    out = []
    for span in doc.spans.get(OFFICERS, []):
        found = span._  # spaCy makes a new accessor on every read of span._
        phones = [p.text for p in (found.officer_phones or [])]
        first_phone = (found.officer_phones or [None])[0]
        out.append(OfficerRecord(
            name=found.officer_name,
            job_title=found.officer_job_title,
            organisation=found.officer_organisation,
            phone=phones[0] if phones else None,
            phone_e164=(first_phone._.phone_e164 or e164(first_phone.text)) if first_phone is not None else None,
            phones=phones,
            email=(found.officer_email or None) and found.officer_email.lower(),
            role=found.officer_role or "mentioned",
            **grounding(doc, span.start_char, span.end_char, "officer",
                        f"{found.officer_name}|{found.officer_job_title}", doc_id, found.rule),
        ))
    return out


def member_records(doc: Doc, doc_id: str) -> list[MemberRecord]:
    """A member record per councillor or co-opted member span."""
    out = []
    for span in doc.spans.get(MEMBERS, []):
        found = span._  # spaCy makes a new accessor on every read of span._
        out.append(MemberRecord(
            name=found.member_name or span.text,
            role=found.member_role or "member",
            attendance=found.member_attendance,
            party=found.member_party,
            ward=found.member_ward,
            **grounding(doc, span.start_char, span.end_char, "member", found.member_name or "", doc_id,
                        found.rule),
        ))
    return out


def organisation_records(doc: Doc, doc_id: str) -> list[OrganisationRecord]:
    """One record per organisation (grouped by canonical id), its span the first mention."""
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in doc.spans.get(ORGANISATIONS, []):
        groups[span.id_ or span._.org_name or span.text].append(span)
    out = []
    for key, spans in groups.items():
        spans.sort(key=lambda s: (s.start_char, s.end_char))
        first = spans[0]
        name = first._.org_name or first.text
        acronym = next((s._.org_acronym for s in spans if s._.org_acronym), None)
        written = (" ".join(s.text.split()) for s in spans)  # a name wrapped over two lines, on one
        aliases = unique(alias for alias in written if alias not in (name, acronym))
        out.append(OrganisationRecord(
            name=name,
            acronym=acronym,
            aliases=aliases,
            kind=first._.org_kind or "other",
            mentions=Mentions(
                count=len(spans), spans=[SpanModel(start=s.start_char, end=s.end_char) for s in spans]
            ),
            **grounding(doc, first.start_char, first.end_char, "organisation", key, doc_id, first._.rule),
        ))
    return out


def date_records(doc: Doc, doc_id: str) -> list[DateRecord]:
    """A date record per date mention."""
    anchor = doc._.anchor
    source = doc._.anchor_source if anchor else None
    out = []
    for span in doc.spans.get(DATES, []):
        found = span._  # spaCy makes a new accessor on every read of span._
        out.append(DateRecord(
            text=span.text,
            value=found.date_value,
            precision=found.date_precision,
            start=found.date_start,
            end=found.date_end,
            time=found.date_time,
            role=found.date_role or "other",
            anchor=anchor,
            anchor_source=source,
            **grounding(doc, span.start_char, span.end_char, "date", "", doc_id, found.rule),
        ))
    return out


def unique(values: Iterable[str]) -> list[str]:
    """Values in first-seen order, without repeats."""
    return list(dict.fromkeys(values))
