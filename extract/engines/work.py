"""What every engine's workers do: read a chunk of input files and return finished record lines."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

import spacy

from ..errors import Messages
from ..extractor import Extractor
from ..inputs import DEFAULT_MAX_MB, SourceText, read_source
from ..jsonl import record_line
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
    return DocumentLines(document.source, document.status, document.error, dict(document.counts),
                         tuple(record_line(r) for r in records))


def read_input(path: str, root: Optional[str], max_mb: float = DEFAULT_MAX_MB) -> SourceText:
    """Read an input found from root (the submitting machine's working folder) but named as it was given."""
    if root is None:
        return read_source(path, max_mb=max_mb)
    return replace(read_source(Path(root, path), max_mb=max_mb), source=path)


def extract_in_process(files: Iterable[Path | str], extractor: Extractor, *, with_text: bool,
                       root: Optional[str] = None, max_mb: float = DEFAULT_MAX_MB) -> Iterator[DocumentLines]:
    """Each file's lines, in order, from an Extractor in this process."""
    words: dict[str, list[int]] = {}

    def counted() -> Iterator[SourceText]:
        for f in files:
            source = read_input(str(f), root, max_mb)
            words.setdefault(source.source, []).append(len(source.text.split()))
            yield source

    for records in extractor.extract_sources(counted(), with_text=with_text):
        yield replace(document_lines(records), words=words[records[0].source].pop(0))


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


def load_worker(make_extractor: ExtractorFactory = Extractor) -> None:
    """Process-pool initializer: load the pipeline while the worker starts; a load error waits for the first task."""
    exit_with_parent(os.getppid())
    try:
        worker_extractor(make_extractor)
    except Exception:  # noqa: BLE001  (raised again, with its message, by the first task)
        return


def extract_paths(paths: Sequence[str], with_text: bool, make_extractor: ExtractorFactory = Extractor,
                  root: Optional[str] = None, max_mb: float = DEFAULT_MAX_MB) -> list[DocumentLines]:
    """The task every engine runs: read and extract a chunk of files with this worker's Extractor.

    Args:
        paths: input files, as named on the command line.
        with_text: put the extracted text on each document record.
        make_extractor: builds the worker's Extractor on its first task.
        root: folder relative paths are read from, when the worker may run elsewhere (Dask).
        max_mb: files larger than this many megabytes fail without being read.
    """
    return list(extract_in_process(paths, worker_extractor(make_extractor), with_text=with_text, root=root,
                                   max_mb=max_mb))


def lost_document(path: str, with_text: bool, error: str = Messages.E060) -> DocumentLines:
    """The failed document record of an input whose worker died on it (or that never came back), made
    without reading it as a paper.

    The record is stamped by an Extractor over a blank pipeline: it parses nothing, it only adds the
    provenance every document record carries.
    """
    failed = SourceText(path, content_digest(path), "failed", error=error)
    return document_lines([Extractor(spacy.blank("en")).document_record(failed, None, with_text=with_text)])
