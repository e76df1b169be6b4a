"""The record contract: every record type round-trips through JSON, and bad records are refused."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from extract.jsonl import record_line
from extract.records import (
    RECORD_ADAPTER,
    AgendaItemRecord,
    DateRecord,
    DecisionRecord,
    DocumentRecord,
    MemberRecord,
    Mentions,
    OfficerRecord,
    OrganisationRecord,
    ResolutionRecord,
    Span,
    Votes,
    make_doc_id,
    make_record_id,
)
from extract.schema import record_json_schema

TEXT = "Cyngor Gwynedd – 5 Mawrth 2024. RESOLVED: that the £5m bid to the Welsh Government be approved."
DOC_ID = make_doc_id("ab" * 32)


def grounded(record_type: str, quote: str) -> dict:
    start = TEXT.index(quote)
    return {
        "doc_id": DOC_ID,
        "record_id": make_record_id(DOC_ID, record_type, start, start + len(quote)),
        "span": Span(start=start, end=start + len(quote)),
        "evidence": TEXT,
    }


EXAMPLES = [
    pytest.param(DocumentRecord(doc_id=DOC_ID, record_id=DOC_ID, source="papers/gwynedd.txt", sha256="ab" * 32,
                                status="ok", doc_type="minutes", committee="Cabinet", meeting_date="2024-03-05",
                                extractor_version="0.1.0", text_chars=len(TEXT)), id="document"),
    pytest.param(ResolutionRecord(text="that the £5m bid to the Welsh Government be approved", status="approved",
                                  decision_maker="Cabinet", date="2024-03-05",
                                  votes=Votes(for_=7, against=2, outcome="carried"),
                                  **grounded("resolution", "that the £5m bid to the Welsh Government be approved")),
                 id="resolution"),
    pytest.param(DecisionRecord(text="RESOLVED", kind="reported", status="approved",
                                **grounded("decision", "RESOLVED")), id="decision"),
    pytest.param(AgendaItemRecord(number="5", title="Bid", **grounded("agenda_item", "Cyngor Gwynedd")),
                 id="agenda_item"),
    pytest.param(OfficerRecord(name=None, job_title="Chief Executive", role="author",
                               **grounded("officer", "Cyngor Gwynedd")), id="officer"),
    pytest.param(OrganisationRecord(name="Welsh Government", kind="government",
                                    mentions=Mentions(count=1, spans=[Span(start=52, end=68)]),
                                    **grounded("organisation", "Welsh Government")), id="organisation"),
    pytest.param(MemberRecord(name="Llinos Medi", role="chair", attendance="present",
                              **grounded("member", "Cyngor Gwynedd")), id="member"),
    pytest.param(DateRecord(text="5 Mawrth 2024", value="2024-03-05", precision="day", start="2024-03-05",
                            end="2024-03-05", role="meeting", **grounded("date", "5 Mawrth 2024")), id="date"),
]


@pytest.mark.parametrize("record", EXAMPLES)
def test_json_round_trip(record):
    line = record_line(record)
    again = RECORD_ADAPTER.validate_json(line)
    assert again == record
    assert record_line(again) == line


@pytest.mark.parametrize("record", EXAMPLES)
def test_non_ascii_is_written_as_is(record):
    line = record_line(record)
    assert "\\u" not in line
    assert json.loads(line)["record_type"] == record.record_type


def test_votes_serialise_with_the_word_for():
    line = json.loads(record_line(EXAMPLES[1].values[0]))
    assert line["votes"]["for"] == 7


@pytest.mark.parametrize(
    "change, message",
    [
        pytest.param({"status": "passed"}, "status", id="unknown-status"),
        pytest.param({"surprise": 1}, "surprise", id="extra-field"),
        pytest.param({"date": "9 March 2010"}, "date", id="date-not-iso"),
        pytest.param({"span": {"start": 10, "end": 2}}, "before it starts", id="span-backwards"),
    ],
)
def test_bad_records_are_refused(change, message):
    data = json.loads(record_line(EXAMPLES[1].values[0]))
    data.update(change)
    with pytest.raises(ValidationError, match=message):
        RECORD_ADAPTER.validate_python(data)


def test_record_id_is_stable_and_distinct():
    a = make_record_id(DOC_ID, "date", 3, 10)
    assert a == make_record_id(DOC_ID, "date", 3, 10)
    assert a != make_record_id(DOC_ID, "date", 3, 11)
    assert a != make_record_id(DOC_ID, "officer", 3, 10)


def test_schema_requires_the_contract_fields():
    schema = record_json_schema()
    defs = schema["$defs"]
    assert set(defs["DocumentRecord"]["required"]) >= {
        "record_type", "doc_id", "schema_version", "source", "sha256", "doc_type", "title", "committee",
        "meeting_date", "status", "error"}
    assert set(defs["ResolutionRecord"]["required"]) >= {
        "text", "status", "decision_maker", "date", "agenda_item", "span", "evidence"}
    assert set(defs["DateRecord"]["required"]) >= {"text", "value", "precision", "role", "span"}
    assert defs["OfficerRecord"]["properties"]["phone_e164"]["description"]
