"""Papers in a records file: each document record with the records that follow it, and the paper's id.

A record's ``doc_id`` comes from the content of its input, so two identical files at two paths share
it (and their records share record ids). The papers of a run are its inputs, though: a paper is its
``source`` path, and ``paper_id`` (a hash of that path) tells the two copies apart where the
database and the review pages need one key per paper. The records of a paper are the lines after its
document record, as `run` and `merge` write them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .errors import InputError, Messages
from .jsonl import read_records
from .records import DocumentRecord


def paper_id(source: str) -> str:
    """The id of the paper at this source path: the first 16 hex digits of the path's sha256."""
    return f"paper_{hashlib.sha256(source.encode()).hexdigest()[:16]}"


@dataclass
class Paper:
    """One input of a run: its document record and the records found in it."""

    document: DocumentRecord
    records: list[Any] = field(default_factory=list)

    @property
    def paper_id(self) -> str:
        """The id of this paper, from its source path."""
        return paper_id(self.document.source)


def read_papers(path: Path) -> Iterator[Paper]:
    """The papers of a records JSONL, in file order; every record is validated.

    Raises:
        InputError: a record comes before any document record, or a line is not a valid record.
    """
    paper: Paper | None = None
    for record in read_records(path):
        if isinstance(record, DocumentRecord):
            if paper is not None:
                yield paper
            paper = Paper(record)
        elif paper is None or record.doc_id != paper.document.doc_id:
            raise InputError(Messages.E080.format(path=path, record_id=record.record_id))
        else:
            paper.records.append(record)
    if paper is not None:
        yield paper
