"""Run a batch: every input file gives a document record, and the output is written atomically."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

from .errors import InputError, Messages
from .extractor import Extractor
from .inputs import read_source
from .jsonl import record_line, write_lines_atomic


@dataclass
class RunSummary:
    """What a run did: documents by status and records by type."""

    output: Path
    documents: int = 0
    statuses: Counter = field(default_factory=Counter)
    records: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def all_failed(self) -> bool:
        """True when there were inputs and none was read."""
        return self.documents > 0 and self.statuses["failed"] == self.documents

    def line(self) -> str:
        """One-line summary for the end of a run."""
        by_type = ", ".join(f"{k} {v}" for k, v in sorted(self.records.items())) or "none"
        return (
            f"{self.documents} documents ({self.statuses['ok']} ok, {self.statuses['empty']} empty, "
            f"{self.statuses['failed']} failed); records: {by_type}; written to {self.output}"
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
) -> RunSummary:
    """Extract records from every input into one JSONL file, written atomically.

    Args:
        paths: files and folders.
        output: the JSONL file to write (replaced whole, only when the run completes).
        extractor: a loaded Extractor to reuse; one is built when not given.
        with_text: put the extracted text on each document record.
        progress: show a progress bar; by default only when standard error is a terminal.
    """
    files = collect_inputs(paths)
    extractor = extractor or Extractor()
    summary = RunSummary(output=output)
    show = sys.stderr.isatty() if progress is None else progress
    per_document = extractor.extract_sources((read_source(f) for f in files), with_text=with_text)
    lines = summarise(with_progress(per_document, len(files), show), summary)
    write_lines_atomic(output, lines)
    return summary


def summarise(per_document: Iterable[list[Any]], summary: RunSummary) -> Iterator[str]:
    """JSON lines of every record, counting documents, statuses and record types on the way."""
    for records in per_document:
        document = records[0]
        summary.documents += 1
        summary.statuses[document.status] += 1
        if document.status == "failed":
            summary.failures.append((document.source, document.error or ""))
        for record in records:
            if record.record_type != "document":
                summary.records[record.record_type] += 1
            yield record_line(record)


def with_progress(items: Iterable[list[Any]], total: int, show: bool) -> Iterator[list[Any]]:
    """Pass items through, drawing a progress bar on standard error when show is true."""
    if not show:
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("Extracting", total=total)
        for item in items:
            yield item
            bar.advance(task)
