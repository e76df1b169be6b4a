"""Merge the part files of a sharded run into one JSONL, the same bytes as the run without shards."""

from __future__ import annotations

import heapq
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from .errors import InputError, Messages
from .jsonl import write_lines_atomic


@dataclass(frozen=True)
class DocumentGroup:
    """One document's lines in a part file: its document record, then the records found in it."""

    source: str
    part: Path
    lines: list[str]

    @property
    def key(self) -> Path:
        """Where the document sorts: by path, as `run` orders the files of a folder."""
        return Path(self.source)


@dataclass(frozen=True)
class MergeSummary:
    """What a merge wrote."""

    output: Path
    parts: int
    documents: int
    lines: int

    def line(self) -> str:
        """One-line summary for the end of a merge."""
        return f"{self.parts} parts, {self.documents} documents, {self.lines} lines; written to {self.output}"


def read_groups(part: Path) -> Iterator[DocumentGroup]:
    """The document groups of one part file, in file order; raw lines are kept exactly as written."""
    group: DocumentGroup | None = None
    with part.open(encoding="utf-8") as fh:
        for line_no, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(Messages.E030.format(path=part, line=line_no, detail=exc)) from exc
            if record.get("record_type") == "document":
                if group is not None:
                    yield group
                group = DocumentGroup(record["source"], part, [line])
            elif group is None:
                raise InputError(Messages.E067.format(path=part, line=line_no))
            else:
                group.lines.append(line)
    if group is not None:
        yield group


PART_NAME = re.compile(r"(?P<stem>.+)\.part-(?P<index>\d+)-of-(?P<count>\d+)(?P<suffix>\.[^.]*)?")
"""A part file's name as `run --shard I/N` writes it: records.part-03-of-16.jsonl."""


def check_complete(parts: Sequence[Path]) -> None:
    """Refuse parts that are not exactly one sharded run's set: every index from 0 to N-1, each once.

    Raises:
        InputError: a file is not named as a part, parts of two runs are mixed, or parts are missing
            or given twice.
    """
    runs: set[tuple[Path, str, str, int]] = set()
    indexes: list[int] = []
    for part in parts:
        name = PART_NAME.fullmatch(part.name)
        if name is None:
            raise InputError(Messages.E084.format(path=part))
        runs.add((part.parent.resolve(), name["stem"], name["suffix"] or "", int(name["count"])))
        indexes.append(int(name["index"]))
    if len(runs) > 1:
        raise InputError(Messages.E084.format(path=", ".join(str(p) for p in parts)))
    count = next(iter(runs))[3] if runs else 0
    twice = sorted({i for i in indexes if indexes.count(i) > 1})
    missing = [i for i in range(count) if i not in indexes]
    if missing or twice:
        problems = [f"part {i} of {count} is missing" for i in missing]
        problems += [f"part {i} of {count} is given twice" for i in twice]
        raise InputError(Messages.E083.format(count=count, problems="; ".join(problems)))


def merged_lines(parts: Sequence[Path], counts: dict[str, int]) -> Iterator[str]:
    """Every part's lines with documents in path order; each part is already in that order, so this streams."""
    previous: DocumentGroup | None = None
    for group in heapq.merge(*(read_groups(p) for p in parts), key=lambda g: g.key):
        if previous is not None and group.key == previous.key:
            raise InputError(Messages.E068.format(source=group.source, first=previous.part, second=group.part))
        counts["documents"] += 1
        counts["lines"] += len(group.lines)
        previous = group
        yield from group.lines


def merge_parts(parts: Sequence[Path], output: Path) -> MergeSummary:
    """Merge part files into output, written atomically.

    For a run over one folder (or files given in path order) the result is byte-identical to the
    same run without --shard.

    Raises:
        InputError: the parts are not one run's complete set, a part is not a records file, or a
            document is in two parts.
    """
    check_complete(parts)
    counts = {"documents": 0, "lines": 0}
    write_lines_atomic(output, merged_lines(parts, counts))
    return MergeSummary(output, len(parts), counts["documents"], counts["lines"])
