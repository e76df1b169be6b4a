"""What every engine's workers do: read a chunk of input files and return finished record lines."""

from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

import spacy

from ..budget import Budget, PaperOverBudget, within
from ..errors import Messages
from ..extractor import Extractor
from ..inputs import DEFAULT_MAX_MB, SourceText, load_bytes
from ..jsonl import record_line, safe_text
from ..readers import detect_format, read_bytes, sha256_of
from ..shard import content_digest

ExtractorFactory = Callable[[], Extractor]
"""Builds the Extractor a worker uses; a module-level callable, so it pickles by name."""

_thread = threading.local()
PARENT_CHECK_SECONDS = 1.0
"""How often a worker checks that the run that started it is still there."""


@dataclass(frozen=True)
class DocumentLines:
    """One input's finished output: its JSON lines (document record first) and what the run summary counts."""

    source: str
    status: str
    error: Optional[str]
    counts: dict[str, int]
    lines: tuple[str, ...]
    words: int = 0
    """Words of the paper's text, for the run's words/s (0 when it was not read in this run)."""


def document_lines(records: list[Any]) -> DocumentLines:
    """Serialise one document's records, keeping what the summary needs so the writer parses nothing."""
    document = records[0]
    return DocumentLines(safe_text(document.source), document.status, document.error, dict(document.counts),
                         tuple(record_line(r) for r in records))


def load_input(path: str, root: Optional[str], max_mb: float = DEFAULT_MAX_MB) -> bytes | SourceText:
    """An input's bytes, found from root (the submitting machine's working folder) when given; or its
    failed SourceText, named as the input was given."""
    loaded = load_bytes(path if root is None else Path(root, path), max_mb=max_mb)
    return replace(loaded, source=path) if isinstance(loaded, SourceText) else loaded


def read_input(path: str, root: Optional[str], max_mb: float = DEFAULT_MAX_MB) -> SourceText:
    """Read an input found from root (the submitting machine's working folder) but named as it was given."""
    loaded = load_input(path, root, max_mb)
    return loaded if isinstance(loaded, SourceText) else read_bytes(path, loaded)


def extract_one(path: str, extractor: Extractor, *, with_text: bool, root: Optional[str] = None,
                max_mb: float = DEFAULT_MAX_MB, budget: Budget = Budget()) -> Optional[DocumentLines]:
    """One input's lines: read and extracted within the paper's budget, or a failed document when over it.

    The paper goes through the pipeline alone, so its budget is its own; None if the extractor lost it.
    """
    loaded = load_input(path, root, max_mb)
    if isinstance(loaded, SourceText):
        records = next(extractor.extract_sources([loaded], with_text=with_text), None)
        return document_lines(records) if records else None
    words = 0
    try:
        with within(budget):
            source = read_bytes(path, loaded)
            words = len(source.text.split()) if source.text else 0
            records = next(extractor.extract_sources([source], with_text=with_text), None)
    except PaperOverBudget as over:
        failed = SourceText(path, sha256_of(loaded), "failed", error=budget.message(over),
                            format=detect_format(loaded, path))
        records, words = [extractor.document_record(failed, None, with_text=with_text)], 0
    return replace(document_lines(records), words=words) if records else None


def extract_in_process(files: Iterable[Path | str], extractor: Extractor, *, with_text: bool,
                       root: Optional[str] = None, max_mb: float = DEFAULT_MAX_MB,
                       budget: Budget = Budget()) -> Iterator[DocumentLines]:
    """Each file's lines, in order, from an Extractor in this process, each paper as soon as it is done."""
    for path in files:
        done = extract_one(str(path), extractor, with_text=with_text, root=root, max_mb=max_mb, budget=budget)
        if done is not None:
            yield done


def worker_extractor(make_extractor: ExtractorFactory = Extractor) -> Extractor:
    """This thread's Extractor, built on first use, so a worker loads the pipeline once and not per task.

    Per thread rather than per process because a spaCy pipeline must not run two batches at once.
    A load error (no model, bad rule data) is kept and raised again on every later call.
    """
    cached = getattr(_thread, "cached", None)
    if cached is None or cached[0] != make_extractor:
        try:
            built: Extractor | BaseException = make_extractor()
        except Exception as exc:  # noqa: BLE001  (kept for each task to raise, so the run stops with it)
            built = exc
        _thread.cached = cached = (make_extractor, built)
    if isinstance(cached[1], BaseException):
        raise cached[1]
    return cached[1]


def exit_with_parent(parent: int, every: float = PARENT_CHECK_SECONDS) -> None:
    """End this worker when the process that started it is gone (killed with kill -9, say): an orphaned
    worker would keep running, and hold the dead run's output pipes open."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def load_worker(make_extractor: ExtractorFactory = Extractor, parent: Optional[int] = None) -> None:
    """Process-pool initializer: load the pipeline as the worker starts; a load error waits for the first task.

    parent is the run's process id as the run knew it: a parent killed while this worker was starting is
    already gone here, and the worker ends at once instead of loading a pipeline for nobody. Ctrl-C is
    left to the run, which ends its workers itself.
    """
    parent = os.getppid() if parent is None else parent
    if os.getppid() != parent:
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent(parent)
    try:
        worker_extractor(make_extractor)
    except Exception:  # noqa: BLE001  (raised again, with its message, by the first task)
        return


def extract_paths(paths: Sequence[str], with_text: bool, make_extractor: ExtractorFactory = Extractor,
                  root: Optional[str] = None, max_mb: float = DEFAULT_MAX_MB,
                  budget: Budget = Budget()) -> list[DocumentLines]:
    """The task every engine runs: read and extract a chunk of files with this worker's Extractor.

    Args:
        paths: input files, as named on the command line.
        with_text: put the extracted text on each document record.
        make_extractor: builds the worker's Extractor on its first task.
        root: folder relative paths are read from, when the worker may run elsewhere (Dask).
        max_mb: files larger than this many megabytes fail without being read.
        budget: the time and memory each paper may take.
    """
    return list(extract_in_process(paths, worker_extractor(make_extractor), with_text=with_text, root=root,
                                   max_mb=max_mb, budget=budget))


def lost_document(path: str, with_text: bool, error: str = Messages.E060) -> DocumentLines:
    """The failed document record of an input whose worker died on it (or that never came back), made
    without reading it as a paper.

    The record is stamped by an Extractor over a blank pipeline: it parses nothing, it only adds the
    provenance every document record carries.
    """
    failed = SourceText(path, content_digest(path), "failed", error=error)
    return document_lines([Extractor(spacy.blank("en")).document_record(failed, None, with_text=with_text)])
