"""Property tests: whatever the text or bytes, one valid document record and grounded records, no crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.jsonl import record_line
from extract.readers import read_bytes
from extract.records import RECORD_ADAPTER

from .conftest import assert_grounded

PAPERISH = st.sampled_from([
    "RESOLVED: that the report be noted.", "Present: Cllr A. Smith (Chair), Cllr B. Jones", "\n\n", "\n",
    "CABINET – 12 MARCH 2024", "Contact Officer: Jane Smith, Tel 0116 305 6000", "1. ", "(a) ", "£5m – ",
    "on 3 April 2024", "\x00", "\x0b", "\u2028", "\ufeff", "\r\n", "\t", " " * 300, "x" * 3000,
])
TEXTS = st.lists(st.one_of(st.text(max_size=200), PAPERISH), max_size=8).map("".join)
FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_records(records: list, text: str) -> None:
    """One document record first, every record valid against the contract and grounded in text."""
    assert records[0].record_type == "document"
    assert sum(r.record_type == "document" for r in records) == 1
    for record in records:
        assert RECORD_ADAPTER.validate_json(record_line(record)) == record
    assert_grounded(records, text)


@FUZZ
@given(TEXTS)
def test_any_text_gives_one_document_record_and_grounded_records(extractor, text):
    records = extractor.extract_text(text, source="fuzz.txt", with_text=True)
    check_records(records, text)
    assert records[0].status == ("ok" if text.strip() else "empty")


@FUZZ
@given(st.one_of(
    st.binary(max_size=2000),
    TEXTS.map(lambda t: t.encode("utf-8")),
    st.tuples(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<?xml version='1.0'?>", b"<!DOCTYPE html>",
                               b"<meeting><agendaitems>", b"\xff\xfe"]), st.binary(max_size=500)).map(b"".join),
))
def test_any_bytes_give_one_document_record(extractor, data):
    source = read_bytes("fuzz", data)
    assert source.status in ("ok", "empty", "failed")
    assert (source.error is None) == (source.status == "ok")
    records = next(extractor.extract_sources([source]))
    check_records(records, source.text)
