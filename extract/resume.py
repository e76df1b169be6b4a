"""Resumable, idempotent batches: a durable journal beside the output, and reuse of complete records.

While a run goes, each document's records are appended to ``OUT.jsonl.partial`` as one group (its
document line, then its records) with one write and an fsync, as soon as the engine gives it back,
so a kill leaves whole groups and at most one torn last line, which is dropped. The final output is still written whole and atomically,
in input order, and the journal is removed. ``--resume`` reuses a group from the old output or the
journal when its input has the same path and sha256 and it was written by this extractor version,
pipeline hash and text setting; anything else (and every failed document) is extracted again, so a
resumed run writes the same bytes as one clean run.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Optional

from .about import __version__
from .engines.work import DocumentLines, lost_document
from .errors import Messages
from .inputs import file_sha256
from .jsonl import safe_text
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
            self.handle = self.open()
        self.handle.write(("\n".join(lines) + "\n").encode("utf-8"))
        self.handle.flush()
        os.fsync(self.handle.fileno())

    def open(self) -> BinaryIO:
        """The journal opened for appending, never through a link: one planted at its name is removed, not
        followed (its target is left alone)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_NOFOLLOW | os.O_CLOEXEC
        if self.keep_bytes and is_regular(self.path):
            handle = os.fdopen(os.open(self.path, os.O_RDWR | flags), "r+b")
            handle.truncate(self.keep_bytes)
            handle.seek(self.keep_bytes)
            return handle
        if os.path.lexists(self.path):
            self.path.unlink()
        return os.fdopen(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | flags, 0o666), "wb")

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
                if is_regular(path):
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
        group = self.reusable.get(source_name(path))
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
                           self.with_text, arrived=lambda document: self.journal.append(list(document.lines)))
        for _path, group in plan:
            if group is not None:
                self.reused += 1
                yield group_lines(group)
                continue
            yield next(fresh)

    def finish(self) -> None:
        """The output is written: the journal is no longer needed."""
        self.journal.remove()


def group_lines(group: Group) -> DocumentLines:
    """A reused group as the lines the run writes, with what its summary counts."""
    document = group.document
    return DocumentLines(document.get("source", ""), document.get("status", "ok"), document.get("error"),
                         dict(document.get("counts") or {}), group.lines)


def reconciled(todo: list[Path], results: Iterable[DocumentLines], with_text: bool,
               arrived: Callable[[DocumentLines], None] = lambda document: None) -> Iterator[DocumentLines]:
    """Each input's lines in order; an input the engine did not give back gets a failed document record.

    arrived is called with each document as the engine gives it back (the journal keeps it then).
    """
    results = iter(results)
    waiting: dict[str, DocumentLines] = {}
    for path in todo:
        source = source_name(path)
        while source not in waiting:
            document = next(results, None)
            if document is None:
                break
            arrived(document)
            waiting[document.source] = document
        found = waiting.pop(source, None)
        if found is None:
            log.error("no records came back for %s", source)
            found = lost_document(str(path), with_text, error=Messages.E008)
            arrived(found)
        yield found


def source_name(path: Path | str) -> str:
    """An input's name as its document record writes it (a name that is not UTF-8 has U+FFFD)."""
    return safe_text(str(path))


def is_regular(path: Path) -> bool:
    """Whether path is a regular file itself, not a link to one."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
