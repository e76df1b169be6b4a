"""Batches: every input gives a document record, bad files fail clearly, output is deterministic."""

from __future__ import annotations

import os
import random

import pytest

from extract.errors import InputError
from extract.jsonl import read_records
from extract.runner import collect_inputs, run_batch

from .conftest import CORPUS, assert_grounded

GOOD_PAPER = (
    "CABINET – 12 MARCH 2024\n\nREPORT OF THE DIRECTOR OF FINANCE\n\nBUDGET MONITORING\n\n"
    "1. The Cabinet is recommended to note the forecast position.\n"
)


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_random.bin").write_bytes(random.Random(7).randbytes(4096))
    (folder / "c_cp1252.txt").write_bytes(
        "Minutes of the meeting of the Licensing Panel held on 4 May 2021\n\n"
        "The Panel \u201cAGREED\u201d the fee of \u00a35 \u2013 see Appendix B.\n".encode("cp1252"))
    (folder / "d_good.txt").write_text(GOOD_PAPER, encoding="utf-8")
    (folder / ".hidden").write_text("not a paper", encoding="utf-8")
    return folder


def test_folder_of_bad_and_good_files_gives_one_document_record_each(mixed_folder, tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    summary = run_batch([mixed_folder], out, extractor=extractor)
    records = list(read_records(out))
    documents = [r for r in records if r.record_type == "document"]
    by_name = {os.path.basename(d.source): d for d in documents}
    assert sorted(by_name) == ["a_empty.txt", "b_random.bin", "c_cp1252.txt", "d_good.txt"]
    assert by_name["a_empty.txt"].status == "empty" and "empty" in by_name["a_empty.txt"].error
    assert by_name["b_random.bin"].status == "failed" and "binary" in by_name["b_random.bin"].error
    assert by_name["c_cp1252.txt"].status == "ok" and by_name["c_cp1252.txt"].encoding == "cp1252"
    assert by_name["d_good.txt"].status == "ok" and by_name["d_good.txt"].doc_type == "report"
    assert summary.documents == 4 and summary.statuses["failed"] == 1 and not summary.all_failed


def test_cp1252_text_keeps_smart_quotes_and_pound(mixed_folder, tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    run_batch([mixed_folder / "c_cp1252.txt"], out, extractor=extractor, with_text=True)
    document = next(read_records(out))
    assert "\u201cAGREED\u201d" in document.text and "\u00a35 \u2013" in document.text


def test_two_runs_give_identical_bytes(tmp_path, extractor):
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([CORPUS], first, extractor=extractor)
    run_batch([CORPUS], second, extractor=extractor)
    assert first.read_bytes() == second.read_bytes()


def test_every_line_validates_and_every_span_quotes_the_text(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    run_batch([CORPUS], out, extractor=extractor, with_text=True)
    records = list(read_records(out))
    texts = {r.doc_id: r.text for r in records if r.record_type == "document"}
    assert len(texts) == len(list(CORPUS.glob("*.txt")))
    for doc_id, text in texts.items():
        assert_grounded([r for r in records if r.doc_id == doc_id], text)


def test_output_is_replaced_only_when_the_run_completes(tmp_path, extractor, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(extractor, "_extract_batch", broken)
    with pytest.raises(KeyboardInterrupt):
        run_batch([CORPUS], out, extractor=extractor)
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_unreadable_file_fails_with_a_message_and_the_batch_goes_on(tmp_path, extractor, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_PAPER, encoding="utf-8")
    unreadable = tmp_path / "unreadable.txt"
    unreadable.write_text(GOOD_PAPER, encoding="utf-8")
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if os.fspath(path).endswith("unreadable.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)  # as root, chmod 000 would not stop the read
    out = tmp_path / "out.jsonl"
    summary = run_batch([unreadable, good], out, extractor=extractor)
    documents = [r for r in read_records(out) if r.record_type == "document"]
    assert [d.status for d in documents] == ["failed", "ok"]
    assert "could not be opened (Permission denied)" in documents[0].error
    assert summary.statuses["failed"] == 1


def test_collect_inputs_is_sorted_recursive_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in collect_inputs([tmp_path])] == ["a.txt", "b/z.txt"]


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        collect_inputs([tmp_path / "nowhere"])
