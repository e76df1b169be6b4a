"""Worker processes: the same bytes as one process, every input a document record even when a worker dies."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

import pytest

from extract import Extractor
from extract.bench.corpus import write_papers
from extract.engines import extract_documents
from extract.engines.local import extract_in_processes
from extract.engines.work import DocumentLines, extract_in_process, read_input
from extract.errors import EngineError, PipelineError
from extract.inputs import SourceText
from extract.runner import run_batch

from .conftest import CORPUS, ROOT

DEVSET = ROOT / "tests" / "data" / "devset" / "papers"
KILL = "KILL-THE-WORKER"


class CrashingExtractor(Extractor):
    """An Extractor whose process dies outright on a paper containing KILL, as a segfault would."""

    def extract_sources(self, sources: Iterable[SourceText], *, with_text: bool = False) -> Iterator[list]:
        def checked(items: Iterable[SourceText]) -> Iterator[SourceText]:
            for source in items:
                if KILL in source.text:
                    os._exit(3)
                yield source

        return super().extract_sources(checked(sources), with_text=with_text)


def crashing_extractor() -> Extractor:
    """Factory for the workers (module level, so spawned workers import it by name)."""
    return CrashingExtractor()


def unloadable_extractor() -> Extractor:
    """Factory standing for a machine without the English model."""
    raise PipelineError("E999 the English model is not installed: run pip install and try again")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    """Real papers in several styles, plus an empty file and a binary one."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 8)
    return sorted(CORPUS.glob("*.txt")) + sorted(DEVSET.glob("*.txt")) + [folder / "empty.txt", folder / "binary.bin"]


def joined(documents: Iterable[DocumentLines]) -> str:
    return "".join(line + "\n" for document in documents for line in document.lines)


def test_worker_processes_give_the_bytes_of_one_process(inputs, extractor):
    alone = joined(extract_in_process(inputs, extractor, with_text=True))
    shared = joined(extract_in_processes(inputs, jobs=2, with_text=True, chunk_size=3))
    assert shared == alone
    assert shared.count('"record_type":"document"') == len(inputs)


def test_a_worker_that_dies_loses_no_document(inputs, tmp_path, extractor):
    killer = tmp_path / "killer.txt"
    killer.write_text(f"CABINET – 12 MARCH 2024\n\n{KILL}\n\nRESOLVED: that the report be noted.\n", encoding="utf-8")
    files = [*inputs[:4], killer, *inputs[4:8]]
    documents = list(extract_in_processes(files, jobs=2, make_extractor=crashing_extractor, chunk_size=2))
    assert [d.source for d in documents] == [str(f) for f in files]
    lost = documents[4]
    assert lost.status == "failed" and lost.error.startswith("E060") and len(lost.lines) == 1
    others = [d for d in documents if d is not lost]
    assert joined(others) == joined(extract_in_process(files[:4] + files[5:], extractor, with_text=False))


def test_workers_that_cannot_load_the_pipeline_stop_the_run_with_its_message(inputs):
    with pytest.raises(PipelineError, match="not installed"):
        list(extract_in_processes(inputs, jobs=2, make_extractor=unloadable_extractor, chunk_size=4))


def test_run_with_two_jobs_writes_the_bytes_of_one_job(tmp_path, extractor):
    papers = write_papers(tmp_path / "papers", 36, seed=3)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([tmp_path / "papers"], one, extractor=extractor, jobs=1)
    summary = run_batch([tmp_path / "papers"], two, jobs=2)
    assert two.read_bytes() == one.read_bytes()
    assert summary.documents == len(papers) and summary.statuses["ok"] == len(papers)


@pytest.mark.parametrize("options, message", [
    pytest.param({"jobs": 0}, "E062", id="no-jobs"),
    pytest.param({"engine": "spark"}, "E063", id="unknown-engine"),
    pytest.param({"scheduler": "tcp://127.0.0.1:8786"}, "E066", id="scheduler-without-dask"),
])
def test_bad_engine_options_are_refused_with_a_message(options, message):
    with pytest.raises(EngineError, match=message):
        extract_documents([CORPUS], **options)


def test_a_worker_elsewhere_reads_from_the_submitting_folder_but_keeps_the_name(tmp_path):
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "a.txt").write_text("RESOLVED: that the report be noted.\n", encoding="utf-8")
    source = read_input("papers/a.txt", str(tmp_path))
    assert source.source == "papers/a.txt" and source.status == "ok" and "RESOLVED" in source.text
