"""Resumable, idempotent batches: a durable journal beside the output, and reuse of complete records.

While a run goes, each document's records are appended to ``OUT.jsonl.partial`` as one group (its
document line, then its records) with one write and an fsync, so a kill leaves whole groups and at
most one torn last line, which is dropped. The final output is still written whole and atomically,
in input order, and the journal is removed. ``--resume`` reuses a group from the old output or the
journal when its input has the same path and sha256 and it was written by this extractor version,
pipeline hash and text setting; anything else (and every failed document) is extracted again, so a
resumed run writes the same bytes as one clean run.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Optional

from .about import __version__
from .engines.work import DocumentLines, lost_document
from .errors import Messages
from .inputs import file_sha256
from .pipeline import Provenance

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".partial"


def journal_path(output: Path) -> Path:
    """The journal kept beside an output file while a run writes it."""
    return output.with_name(output.name + JOURNAL_SUFFIX)


@dataclass(frozen=True)
class Group:
    """One document's lines as written, with what its document line says."""

    lines: tuple[str, ...]
    document: dict[str, Any]


def complete_groups(data: bytes) -> tuple[list[Group], int]:
    """The complete document groups in JSONL bytes, and the byte offset just past the last of them.

    A group is complete when its last line ends with a newline and it holds as many records as its
    document line counts; a torn or malformed line drops the group it is in.
    """
    groups: list[Group] = []
    current: list[str] = []
    document: Optional[dict[str, Any]] = None
    expected = 0
    offset = end = 0
    for raw in data.split(b"\n")[:-1]:  # the piece after the last newline is torn or empty
        offset += len(raw) + 1
        try:
            line = raw.decode("utf-8")
            row = json.loads(line)
        except (UnicodeDecodeError, ValueError):
            document = None
            continue
        if not isinstance(row, dict):
            document = None
            continue
        if row.get("record_type") == "document":
            document, current = row, [line]
            expected = 1 + sum((row.get("counts") or {}).values())
        elif document is not None and row.get("doc_id") == document.get("doc_id"):
            current.append(line)
        else:
            document = None
            continue
        if document is not None and len(current) == expected:
            groups.append(Group(tuple(current), document))
            document, end = None, offset
    return groups, end


@dataclass
class Journal:
    """Appends whole document groups to the journal, each flushed to disk before the next."""

    path: Path
    keep_bytes: int = 0
    """Bytes of an earlier journal to keep (its complete groups); 0 starts it afresh."""
    handle: Optional[BinaryIO] = field(default=None, init=False)

    def append(self, lines: list[str]) -> None:
        """Write one document's lines in one write, then fsync."""
        if self.handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.keep_bytes and self.path.exists():
                self.handle = self.path.open("r+b")
                self.handle.truncate(self.keep_bytes)
                self.handle.seek(self.keep_bytes)
            else:
                self.handle = self.path.open("wb")
        self.handle.write(("\n".join(lines) + "\n").encode("utf-8"))
        self.handle.flush()
        os.fsync(self.handle.fileno())

    def close(self) -> None:
        """Close the journal file, keeping it."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def remove(self) -> None:
        """Close and delete the journal: the output holds everything now."""
        self.close()
        self.path.unlink(missing_ok=True)


class ResumableBatch:
    """The documents of one run, each reused from an earlier run where allowed or extracted afresh."""

    def __init__(self, output: Path, provenance: Provenance, *, with_text: bool, resume: bool) -> None:
        self.provenance = provenance
        self.with_text = with_text
        self.reusable: dict[str, Group] = {}
        self.reused = 0
        keep = 0
        journal = journal_path(output)
        if resume:
            for path in (output, journal):
                if path.is_file():
                    groups, end = complete_groups(path.read_bytes())
                    self.reusable.update({g.document.get("source", ""): g for g in groups if self.allowed(g)})
                    keep = end if path == journal else keep
        self.journal = Journal(journal, keep_bytes=keep)

    def allowed(self, group: Group) -> bool:
        """Whether a group from an earlier run is what this run would write for the same bytes."""
        document = group.document
        return (document.get("extractor_version") == __version__
                and document.get("pipeline_hash") == self.provenance.pipeline_hash
                and document.get("status") != "failed"
                and (document.get("text") is not None) == self.with_text)

    def earlier(self, path: Path) -> Optional[Group]:
        """The reusable group of an input whose bytes are unchanged, if there is one."""
        group = self.reusable.get(str(path))
        if group is None:
            return None
        try:
            same = file_sha256(path) == group.document.get("sha256")
        except OSError:
            return None
        return group if same else None

    def groups(self, files: list[Path],
               extract: Callable[[list[Path]], Iterable[DocumentLines]]) -> Iterator[DocumentLines]:
        """Every input's lines in input order; fresh ones are journalled as they come."""
        plan = [(path, self.earlier(path)) for path in files]
        fresh = reconciled([p for p, g in plan if g is None], extract([p for p, g in plan if g is None]),
                           self.with_text)
        for _path, group in plan:
            if group is not None:
                self.reused += 1
                yield group_lines(group)
                continue
            document = next(fresh)
            self.journal.append(list(document.lines))
            yield document

    def finish(self) -> None:
        """The output is written: the journal is no longer needed."""
        self.journal.remove()


def group_lines(group: Group) -> DocumentLines:
    """A reused group as the lines the run writes, with what its summary counts."""
    document = group.document
    return DocumentLines(document.get("source", ""), document.get("status", "ok"), document.get("error"),
                         dict(document.get("counts") or {}), group.lines)


def reconciled(todo: list[Path], results: Iterable[DocumentLines], with_text: bool) -> Iterator[DocumentLines]:
    """Each input's lines in order; an input the engine did not give back gets a failed document record."""
    results = iter(results)
    waiting: dict[str, DocumentLines] = {}
    for path in todo:
        source = str(path)
        while source not in waiting:
            document = next(results, None)
            if document is None:
                break
            waiting[document.source] = document
        found = waiting.pop(source, None)
        if found is None:
            log.error("no records came back for %s", source)
            found = lost_document(source, with_text, error=Messages.E008)
        yield found
