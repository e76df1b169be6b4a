"""Batches that survive interruption: a journal of whole documents, --resume, and nothing lost."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from extract.jsonl import read_records
from extract.resume import complete_groups, journal_path
from extract.runner import run_batch

from . import paper_formats as build

PAPER = (
    "{body} – {day} MARCH 2024\n\nREPORT OF THE DIRECTOR OF FINANCE\n\nBUDGET MONITORING {n}\n\n"
    "1. The {body} is recommended to note the forecast position for quarter {n}.\n\n"
    "Contact Officer: Jane Smith, Head of Finance, Tel 0116 305 {phone}\n"
)
BODIES = ["Cabinet", "Scrutiny Commission", "Licensing Panel", "Planning Committee"]


def paper(n: int) -> str:
    """A small report, different for each n."""
    return PAPER.format(body=BODIES[n % 4], day=1 + n % 28, n=n, phone=6000 + n)


def mixed_batch(folder, count: int = 200):
    """count files: text, PDF, Word, HTML and ModernGov papers, with empty, binary and broken files among them."""
    folder.mkdir()
    rng = random.Random(11)
    makers = [
        ("txt", lambda n: paper(n).encode("utf-8")),
        ("pdf", lambda n: build.to_pdf(paper(n))),
        ("docx", lambda n: build.to_docx(paper(n))),
        ("html", lambda n: build.to_html(paper(n))),
        ("xml", lambda n: build.to_moderngov(paper(n), BODIES[n % 4], "2024-03-12", "Budget")),
        ("txt", lambda n: b""),
        ("bin", lambda n: rng.randbytes(512)),
        ("pdf", lambda n: build.to_pdf(paper(n))[:300]),
        ("docx", lambda n: build.to_docx(paper(n))[:1000]),
        ("pdf", lambda n: build.scanned_pdf()),
    ]
    for n in range(count):
        suffix, make = makers[n % len(makers)]
        (folder / f"{n:03d}.{suffix}").write_bytes(make(n))
    return folder


def test_complete_groups_drop_a_torn_last_line_and_an_unfinished_document():
    document = {"record_type": "document", "doc_id": "d1", "counts": {"date": 1}}
    record = {"record_type": "date", "doc_id": "d1"}
    second = {"record_type": "document", "doc_id": "d2", "counts": {"date": 2}}
    lines = [json.dumps(document), json.dumps(record), json.dumps(second), json.dumps({**record, "doc_id": "d2"})]
    data = ("\n".join(lines) + "\n").encode() + b'{"record_type": "da'
    groups, end = complete_groups(data)
    assert [g.document["doc_id"] for g in groups] == ["d1"]
    assert data[:end].decode().splitlines() == lines[:2]


def test_resume_reuses_unchanged_inputs_and_redoes_changed_ones(tmp_path, extractor):
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text(paper(n), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, extractor=extractor)
    first = out.read_bytes()
    again = run_batch([folder], out, extractor=extractor, resume=True)
    assert again.reused == 4 and out.read_bytes() == first
    (folder / "2.txt").write_text(paper(9), encoding="utf-8")
    changed = run_batch([folder], out, extractor=extractor, resume=True)
    clean = tmp_path / "clean.jsonl"
    run_batch([folder], clean, extractor=extractor)
    assert changed.reused == 3 and out.read_bytes() == clean.read_bytes()
    assert not journal_path(out).exists()


def test_resume_does_not_reuse_records_written_without_the_text_when_text_is_asked_for(tmp_path, extractor):
    (tmp_path / "a.txt").write_text(paper(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "a.txt"], out, extractor=extractor)
    summary = run_batch([tmp_path / "a.txt"], out, extractor=extractor, resume=True, with_text=True)
    assert summary.reused == 0 and next(read_records(out)).text == paper(1)


def test_an_input_the_extractor_loses_becomes_a_failed_document(tmp_path, extractor, monkeypatch):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(paper(n), encoding="utf-8")
    real = extractor.extract_sources

    def losing(sources, **kwargs):
        return (records for records in real(sources, **kwargs) if not records[0].source.endswith("1.txt"))

    monkeypatch.setattr(extractor, "extract_sources", losing)
    out = tmp_path / "out.jsonl"
    summary = run_batch(sorted(tmp_path.glob("*.txt")), out, extractor=extractor)
    documents = [r for r in read_records(out) if r.record_type == "document"]
    assert [os.path.basename(d.source) for d in documents] == ["0.txt", "1.txt", "2.txt"]
    assert documents[1].status == "failed" and documents[1].error.startswith("E008")
    assert summary.statuses["failed"] == 1


def run_cli(*args: str) -> subprocess.Popen:
    """minutes-extract in a child process, as a council's scheduler would start it."""
    return subprocess.Popen([sys.executable, "-c", "from extract.cli import app; app()", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_kill_9_mid_batch_then_resume_gives_the_bytes_of_one_clean_run(tmp_path, extractor):
    folder = mixed_batch(tmp_path / "papers")
    clean = tmp_path / "clean.jsonl"
    summary = run_batch([folder], clean, extractor=extractor)
    assert summary.documents == 200 and {"ok", "empty", "failed"} <= set(summary.statuses)

    out = tmp_path / "out.jsonl"
    out.write_text("the previous run's output\n", encoding="utf-8")
    journal = journal_path(out)
    child = run_cli("run", str(folder), "-o", str(out))
    deadline = time.monotonic() + 60
    while not (journal.exists() and journal.stat().st_size) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL, "the run ended before it could be interrupted"
    assert out.read_text(encoding="utf-8") == "the previous run's output\n"
    assert complete_groups(journal.read_bytes())[0], "the journal kept no whole document"

    resumed = run_cli("run", str(folder), "-o", str(out), "--resume")
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert "reused from the earlier run" in stderr
    assert out.read_bytes() == clean.read_bytes()
    assert not journal.exists()
    documents = [r for r in read_records(out) if r.record_type == "document"]
    assert len(documents) == 200


def test_an_interrupted_run_keeps_the_documents_it_finished(tmp_path, extractor, monkeypatch):
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:02d}.txt").write_text(paper(n), encoding="utf-8")
    real = extractor._extract_batch
    calls = []

    def interrupted(batch, with_text):
        calls.append(len(batch))
        if len(calls) > 1:
            raise KeyboardInterrupt
        return real(batch, with_text)

    monkeypatch.setattr(extractor, "_extract_batch", interrupted)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_batch([folder], out, extractor=extractor)
    assert not out.exists()
    assert len(complete_groups(journal_path(out).read_bytes())[0]) == calls[0]
    monkeypatch.undo()
    summary = run_batch([folder], out, extractor=extractor, resume=True)
    assert summary.reused == calls[0] and summary.documents == 40
