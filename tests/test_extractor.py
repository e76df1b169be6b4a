"""The Python API: Extractor().extract_text / extract_file."""

from __future__ import annotations

import gc

import extract.extractor as extractor_module
from extract import Extractor, __version__

from .conftest import CORPUS, assert_grounded

WELSH_MINUTES = (
    "Minutes of the meeting of the Cabinet held on 17 October 2022\n\n"
    "Cyngor Sir Ynys Môn – ‘Cynllun y Cyngor’ £2.5m – see Appendix 1.\n\n"
    "5. Council Plan\n\nRESOLVED: that the Council Plan be approved.\n"
)


def test_extract_text_gives_the_document_record_first(extractor: Extractor):
    records = extractor.extract_text(WELSH_MINUTES, source="ynys-mon.txt")
    document = records[0]
    assert document.record_type == "document" and document.status == "ok"
    assert document.source == "ynys-mon.txt"
    assert (document.doc_type, document.committee, document.meeting_date) == ("minutes", "Cabinet", "2022-10-17")
    assert document.extractor_version == __version__
    assert document.counts == {t: sum(r.record_type == t for r in records[1:]) for t in document.counts}


def test_offsets_hold_in_non_ascii_text(extractor: Extractor):
    records = extractor.extract_text(WELSH_MINUTES, source="ynys-mon.txt")
    assert_grounded(records, WELSH_MINUTES)


def test_extract_text_with_text_keeps_the_text(extractor: Extractor):
    document = extractor.extract_text(WELSH_MINUTES, with_text=True)[0]
    assert document.text == WELSH_MINUTES and document.text_chars == len(WELSH_MINUTES)


def test_whitespace_only_text_is_empty(extractor: Extractor):
    records = extractor.extract_text("  \n\t\n")
    assert len(records) == 1 and records[0].status == "empty" and records[0].error


def test_extract_file_reads_a_corpus_paper(extractor: Extractor):
    path = sorted(CORPUS.glob("*.txt"))[0]
    records = extractor.extract_file(path)
    assert records[0].source == str(path) and records[0].status == "ok"
    assert_grounded(records, path.read_text(encoding="utf-8"))


def test_same_text_gives_same_records(extractor: Extractor):
    assert extractor.extract_text(WELSH_MINUTES) == extractor.extract_text(WELSH_MINUTES)


def test_loading_the_pipeline_takes_its_objects_out_of_garbage_collection(nlp, monkeypatch):
    # the pipeline lives as long as the process: a full collection walking its objects cost 1 µs a word
    monkeypatch.setattr(extractor_module, "load_pipeline", lambda: nlp)
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    Extractor()
    assert gc.get_freeze_count() > 10_000
