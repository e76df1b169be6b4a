"""Run a batch: every input file gives a document record, and the output is written atomically."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from .engines import DocumentLines, extract_documents
from .errors import InputError, Messages
from .extractor import Extractor
from .inputs import DEFAULT_MAX_MB
from .jsonl import write_lines_atomic
from .pipeline import provenance
from .progress import with_progress
from .resume import ResumableBatch
from .shard import Shard


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


def collect_inputs(paths: Sequence[Path | str]) -> list[Path]:
    """Files named and files under folders named (recursively, sorted; hidden files skipped), no repeats."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(Messages.E021.format(path=path))
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(Messages.E020.format(paths=", ".join(str(p) for p in paths)))
    return unique


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
) -> RunSummary:
    """Extract records from every input into one JSONL file, written atomically.

    Args:
        paths: files and folders.
        output: the JSONL file to write (replaced whole, only when the run completes).
        extractor: a loaded Extractor to reuse when the run stays in this process; one is built when needed.
        with_text: put the extracted text on each document record.
        progress: show a progress bar; by default only when standard error is a terminal.
        resume: reuse the complete records of unchanged inputs from an earlier (perhaps interrupted) run.
        max_mb: files larger than this many megabytes fail without being read.
        jobs: worker processes (local engine) or LocalCluster workers (dask engine without a scheduler).
        engine: "local" or "dask"; every engine writes the same bytes.
        scheduler: address of a Dask scheduler, for the dask engine.
        shard: process only this shard's inputs and write them to its part file beside output.
    """
    files = collect_inputs(paths)
    if shard is not None:
        files = shard.select(files)
        output = shard.part_path(output)
    summary = RunSummary(output=output)
    show = sys.stderr.isatty() if progress is None else progress
    batch = ResumableBatch(output, extractor.provenance if extractor else provenance(), with_text=with_text,
                           resume=resume)

    def extract(todo: list[Path]) -> Iterator[DocumentLines]:
        return extract_documents(todo, engine=engine, jobs=jobs, scheduler=scheduler, with_text=with_text,
                                 extractor=extractor, max_mb=max_mb)

    try:
        lines = summarise(with_progress(batch.groups(files, extract), len(files), show), summary)
        write_lines_atomic(output, lines)
    finally:
        batch.journal.close()
    batch.finish()
    summary.reused = batch.reused
    return summary


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
