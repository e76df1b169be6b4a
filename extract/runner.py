"""Run a batch: every input file gives a document record, and the output is written atomically."""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from .budget import Budget
from .discover import Filters, collect_inputs, discover
from .engines import DocumentLines, extract_documents
from .errors import InputError, Messages
from .extractor import Extractor
from .inputs import DEFAULT_MAX_MB, STDIN
from .jsonl import write_lines_atomic, write_to
from .output import OutputLock, Target, lock_path, open_stream, target_of, write_error
from .pipeline import provenance
from .progress import with_progress
from .resume import ResumableBatch, journal_path, reconciled
from .shard import Shard

__all__ = ["RunSummary", "collect_inputs", "run_batch"]


@dataclass
class RunSummary:
    """What a run did: documents by status and records by type."""

    output: Path
    documents: int = 0
    statuses: Counter = field(default_factory=Counter)
    records: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    reused: int = 0
    """Documents whose records were taken from an earlier run (--resume)."""
    words: int = 0
    """Words of the papers extracted in this run (not those reused), for its speed."""
    warnings: list[str] = field(default_factory=list)
    """What was skipped while the inputs were found (a folder that could not be read, a link leaving it)."""

    @property
    def all_failed(self) -> bool:
        """True when there were inputs and none was read."""
        return self.documents > 0 and self.statuses["failed"] == self.documents

    def line(self) -> str:
        """One-line summary for the end of a run."""
        by_type = ", ".join(f"{k} {v}" for k, v in sorted(self.records.items())) or "none"
        reused = f", {self.reused} reused from the earlier run" if self.reused else ""
        return (
            f"{self.documents} documents ({self.statuses['ok']} ok, {self.statuses['empty']} empty, "
            f"{self.statuses['failed']} failed{reused}); records: {by_type}; written to {self.output}"
        )


def run_batch(
    paths: Sequence[Path | str],
    output: Path,
    *,
    extractor: Optional[Extractor] = None,
    with_text: bool = False,
    progress: Optional[bool] = None,
    resume: bool = False,
    max_mb: float = DEFAULT_MAX_MB,
    jobs: int = 1,
    engine: str = "local",
    scheduler: Optional[str] = None,
    shard: Optional[Shard] = None,
    budget: Budget = Budget(),
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    follow_links: bool = False,
) -> RunSummary:
    """Extract records from every input into one JSONL file, written atomically.

    Args:
        paths: files and folders; "-" alone is standard input.
        output: the JSONL file to write (replaced whole, only when the run completes, through a link to its
            target); "-" or a device is written as the records come.
        extractor: a loaded Extractor to reuse when the run stays in this process; one is built when needed.
        with_text: put the extracted text on each document record.
        progress: show a progress bar; by default only when standard error is a terminal.
        resume: reuse the complete records of unchanged inputs from an earlier (perhaps interrupted) run.
        max_mb: files larger than this many megabytes fail without being read.
        jobs: worker processes (local engine) or LocalCluster workers (dask engine without a scheduler).
        engine: "local" or "dask"; every engine writes the same bytes.
        scheduler: address of a Dask scheduler, for the dask engine.
        shard: process only this shard's inputs and write them to its part file beside output.
        budget: the time and memory one paper may take; a paper over it gets a failed document record.
        include: globs of the files read under a folder (default: every file but data files).
        exclude: globs of files under a folder left out.
        follow_links: follow links that leave the input folder, and links to folders.

    Raises:
        MinutesExtractError: a usage error, another run holding the output, or the output cannot be written.
    """
    target = target_of(Path(output))
    if shard is not None and not target.stream:
        target = Target(shard.part_path(target.path))
    if resume and target.stream:
        raise InputError(Messages.E075)
    skip = frozenset() if target.stream else frozenset(
        os.path.realpath(p) for p in (target.path, journal_path(target.path), lock_path(target.path)))
    found = discover(paths, Filters(tuple(include), tuple(exclude), follow_links, skip))
    files = found.files
    if STDIN in (str(f) for f in files) and (len(files) > 1 or engine != "local"):
        raise InputError(Messages.E072)
    if shard is not None:
        files = shard.select(files)
    summary = RunSummary(output=target.path, warnings=found.warnings)
    show = sys.stderr.isatty() if progress is None else progress

    def extract(todo: list[Path]) -> Iterator[DocumentLines]:
        return extract_documents(todo, engine=engine, jobs=jobs, scheduler=scheduler, with_text=with_text,
                                 extractor=extractor, max_mb=max_mb, budget=budget)

    stamp = extractor.provenance if extractor else provenance()
    if target.stream:
        documents = reconciled(files, extract(files), with_text)
        write_stream(target, summarise(with_progress(documents, len(files), show), summary))
        return summary
    lock = OutputLock(target.path)
    lock.acquire()
    try:
        batch = ResumableBatch(target.path, stamp, with_text=with_text, resume=resume)
        try:
            lines = summarise(with_progress(batch.groups(files, extract), len(files), show), summary)
            write_lines_atomic(target.path, lines)
        finally:
            batch.journal.close()
        batch.finish()
    except OSError as exc:
        raise write_error(target.path, exc) from None
    finally:
        lock.release()
    summary.reused = batch.reused
    return summary


def write_stream(target: Target, lines: Iterable[str]) -> None:
    """Write lines to standard output or a device as they come; a write failure is a coded message."""
    try:
        stream = open_stream(target)
        try:
            write_to(stream, lines)
        finally:
            if stream is not sys.stdout:
                stream.close()
    except OSError as exc:
        raise write_error(target.path, exc) from None


def summarise(per_document: Iterable[DocumentLines], summary: RunSummary) -> Iterator[str]:
    """JSON lines of every record, counting documents, statuses and record types on the way."""
    for document in per_document:
        summary.documents += 1
        summary.statuses[document.status] += 1
        if document.status == "failed":
            summary.failures.append((document.source, document.error or ""))
        summary.records.update(document.counts)
        summary.words += document.words
        yield from document.lines
