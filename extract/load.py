"""Load a records JSONL into SQLite with sqlite-utils: one table per record type, ready for Datasette.

Nested fields become columns where SQL users want to filter on them (``span`` → ``span_start``,
``span_end``; ``votes`` → ``votes_for``…; ``attributes`` → ``key_decision``…; ``agenda_item`` →
``agenda_item_number``…) and JSON text where they are lists (``aliases``, ``parts``,
``mentions_spans``), which SQLite's ``json_each`` reads. Named votes also go in ``recorded_votes``,
one row per member and vote. A paper is an input path: ``documents`` is keyed by ``paper_id``
(from the document record's ``source``) and the other tables by ``paper_id`` and ``record_id``, so
identical files at two paths are two papers. Loading a run replaces each of its papers whole and
removes papers the run no longer has, so the same file always gives the same database.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Union

import sqlite_utils
from pydantic import BaseModel

from .errors import InputError, Messages
from .papers import Paper, read_papers
from .records import (
    AgendaItemRecord, DateRecord, DecisionRecord, DocumentRecord, MemberRecord, OfficerRecord,
    OrganisationRecord, ResolutionRecord, Span,
)

RECORD_TABLES: dict[str, tuple[str, type[BaseModel]]] = {
    "document": ("documents", DocumentRecord),
    "agenda_item": ("agenda_items", AgendaItemRecord),
    "date": ("dates", DateRecord),
    "resolution": ("resolutions", ResolutionRecord),
    "decision": ("decisions", DecisionRecord),
    "officer": ("officers", OfficerRecord),
    "member": ("members", MemberRecord),
    "organisation": ("organisations", OrganisationRecord),
}
"""Table and model of each record type, in creation order (tables linked to come first)."""

UNPREFIXED = frozenset({"attributes"})
"""Nested fields whose columns keep their own names (``key_decision``, not ``attributes_key_decision``)."""

FULL_TEXT = {"resolutions": ["text", "evidence"], "decisions": ["text", "evidence"]}
"""Tables searchable with SQLite FTS5, and their searched columns."""

RECORDED_VOTES = "recorded_votes"


@dataclass
class LoadSummary:
    """What a load did: rows written per table, papers replaced and papers removed."""

    database: Path
    rows: dict[str, int] = field(default_factory=dict)
    replaced: int = 0
    removed: int = 0

    def line(self) -> str:
        """One line for the user."""
        counts = ", ".join(f"{table} {n}" for table, n in sorted(self.rows.items()) if n)
        papers = ""
        if self.replaced or self.removed:
            papers = f"; {self.replaced} papers replaced, {self.removed} removed"
        return f"loaded into {self.database}: {counts or 'no records'}{papers}"


def _unwrap_optional(annotation: Any) -> Any:
    """The type inside Optional[...], or the annotation itself."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _column_type(annotation: Any) -> type:
    """The SQLite column type for a scalar or JSON field."""
    inner = _unwrap_optional(annotation)
    if typing.get_origin(inner) is typing.Annotated:
        inner = typing.get_args(inner)[0]
    if inner is bool or inner is int:
        return int
    if inner is float:
        return float
    return str


def _is_model(annotation: Any) -> bool:
    inner = _unwrap_optional(annotation)
    return isinstance(inner, type) and issubclass(inner, BaseModel)


def _model_columns(model: type[BaseModel], prefix: str = "") -> dict[str, type]:
    """Columns for a model's fields: spans and nested models flattened, lists and dicts as JSON text."""
    columns: dict[str, type] = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        annotation = info.annotation
        if name == "record_type":
            continue
        if _is_model(annotation) and _unwrap_optional(annotation) is Span:
            columns[f"{prefix}{key}_start"] = int
            columns[f"{prefix}{key}_end"] = int
        elif _is_model(annotation) and key in UNPREFIXED:
            columns.update(_model_columns(_unwrap_optional(annotation), prefix))
        elif _is_model(annotation) and not prefix:
            columns.update(_model_columns(_unwrap_optional(annotation), f"{key}_"))
        elif _is_model(annotation) or typing.get_origin(_unwrap_optional(annotation)) in (list, dict):
            columns[f"{prefix}{key}"] = str  # JSON text
        else:
            columns[f"{prefix}{key}"] = _column_type(annotation)
    return columns


def _flatten(values: dict[str, Any], columns: dict[str, type], prefix: str = "") -> dict[str, Any]:
    """Spread a record's JSON form over its columns: nested objects into prefixed columns, lists as JSON."""
    row: dict[str, Any] = {}
    for key, value in values.items():
        column = f"{prefix}{key}"
        if column in columns:
            row[column] = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
        elif isinstance(value, dict) and f"{column}_start" in columns:
            row[f"{column}_start"], row[f"{column}_end"] = value["start"], value["end"]
        elif isinstance(value, dict):
            row.update(_flatten(value, columns, prefix if key in UNPREFIXED else f"{column}_"))
    return row


def record_row(record: BaseModel, columns: dict[str, type]) -> dict[str, Any]:
    """One record as a row of its table; columns a record lacks (no votes, say) are null."""
    row = _flatten(record.model_dump(mode="json", by_alias=True), columns)
    return {column: row.get(column) for column in columns}


def recorded_vote_rows(record: ResolutionRecord, paper: str) -> list[dict[str, Any]]:
    """One row per member named in a resolution's recorded vote."""
    recorded = record.votes.recorded if record.votes else None
    if recorded is None:
        return []
    rows = []
    votes = (("for", recorded.for_), ("against", recorded.against), ("abstained", recorded.abstained))
    for vote, names in votes:
        for name in names:
            rows.append({"paper_id": paper, "resolution_id": record.record_id, "doc_id": record.doc_id,
                         "vote": vote, "name": name})
    return rows


def create_tables(db: sqlite_utils.Database) -> dict[str, dict[str, type]]:
    """Create every table (if missing) with its columns, keys, links, indexes and full-text search.

    Raises:
        InputError: the database was built before papers had their own id (the layouts cannot mix).
    """
    if db["documents"].exists() and "paper_id" not in db["documents"].columns_dict:
        raise InputError(Messages.E082)
    plans: dict[str, dict[str, type]] = {}
    for record_type, (table, model) in RECORD_TABLES.items():
        columns = {"paper_id": str, **_model_columns(model)}
        pk: str | tuple[str, str] = "paper_id" if record_type == "document" else ("paper_id", "record_id")
        links = [] if record_type == "document" else [("paper_id", "documents", "paper_id")]
        db[table].create(columns, pk=pk, foreign_keys=links, if_not_exists=True)
        for index in (["doc_id"], ["source"]) if record_type == "document" else (["doc_id"],):
            db[table].create_index(index, if_not_exists=True)
        plans[table] = columns
    db[RECORDED_VOTES].create(
        {"paper_id": str, "resolution_id": str, "doc_id": str, "vote": str, "name": str},
        pk=("paper_id", "resolution_id", "vote", "name"),
        foreign_keys=[("paper_id", "documents", "paper_id")],
        if_not_exists=True,
    )
    db[RECORDED_VOTES].create_index(["name"], if_not_exists=True)
    for table, searched in FULL_TEXT.items():
        if not db[table].detect_fts():
            db[table].enable_fts(searched, fts_version="FTS5")
    return plans


def check_papers(records_path: Path) -> set[str]:
    """Read the whole file once, so a bad line changes nothing; the ids of its papers, each found once."""
    papers: set[str] = set()
    for paper in read_papers(records_path):
        if paper.paper_id in papers:
            raise InputError(Messages.E081.format(path=records_path, source=paper.document.source))
        papers.add(paper.paper_id)
    return papers


def remove_papers(db: sqlite_utils.Database, papers: set[str] | None) -> None:
    """Delete every row of the given papers (of every paper when None) from every table."""
    tables = [RECORDED_VOTES, *(table for table, _ in reversed(list(RECORD_TABLES.values())))]
    for table in tables:
        if papers is None:
            db.execute(f"delete from [{table}]")
        else:
            db.conn.executemany(f"delete from [{table}] where paper_id = ?", [(p,) for p in sorted(papers)])


class _Batch:
    """Rows of a few whole papers, written together."""

    def __init__(self, plans: dict[str, dict[str, type]]) -> None:
        self.plans = plans
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table, _ in RECORD_TABLES.values()}
        self.votes: list[dict[str, Any]] = []

    def add(self, paper: Paper) -> None:
        """Add the rows of one paper's records (and of their named votes)."""
        for record in (paper.document, *paper.records):
            table = RECORD_TABLES[record.record_type][0]
            self.rows[table].append({**record_row(record, self.plans[table]), "paper_id": paper.paper_id})
            if isinstance(record, ResolutionRecord):
                self.votes.extend(recorded_vote_rows(record, paper.paper_id))

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def write(self, db: sqlite_utils.Database, summary: "LoadSummary") -> None:
        """Insert these papers' rows."""
        for table, _ in RECORD_TABLES.values():
            if self.rows[table]:
                db[table].insert_all(self.rows[table], replace=True)
            summary.rows[table] = summary.rows.get(table, 0) + len(self.rows[table])
        if self.votes:
            db[RECORDED_VOTES].insert_all(self.votes, replace=True)
        summary.rows[RECORDED_VOTES] = summary.rows.get(RECORDED_VOTES, 0) + len(self.votes)


def load_records(records_path: Path, db_path: Path, *, add: bool = False,
                 batch_size: int = 2000) -> LoadSummary:
    """Load a records JSONL into an SQLite database, so that it holds that run's papers.

    A paper is an input path (the document record's ``source``): its rows are replaced whole, so
    a paper edited and run again keeps only its new records. Papers in the database but not in the
    file are removed, unless ``add`` is set (to load the part files of a sharded run one by one).
    The file is checked whole first, so a bad line changes nothing; then papers are read as a
    stream and written a few at a time, so a file of any size loads in bounded memory. Afterwards
    the full-text indexes are rebuilt and the file vacuumed, so the same records always give the
    same database.

    Args:
        records_path: JSONL written by ``minutes-extract run``.
        db_path: SQLite file to create or update.
        add: keep the papers the file does not hold.
        batch_size: rows gathered before they are written (whole papers at a time).

    Returns:
        Rows written to each table, and how many papers were replaced and removed.

    Raises:
        MinutesExtractError: a line of the JSONL is not a valid record (the message names the line),
            a paper is in the file twice, or the database was built by an older version.
    """
    papers = check_papers(records_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    summary = LoadSummary(database=db_path)
    with db.conn:  # one transaction: much faster than a commit per batch, and all or nothing
        plans = create_tables(db)
        loaded = {row["paper_id"] for row in db["documents"].rows_where(select="paper_id")}
        summary.replaced = len(loaded & papers)
        summary.removed = 0 if add else len(loaded - papers)
        remove_papers(db, loaded & papers if add else None)
        batch = _Batch(plans)
        for paper in read_papers(records_path):
            if len(batch) >= batch_size:
                batch.write(db, summary)
                batch = _Batch(plans)
            batch.add(paper)
        batch.write(db, summary)
    for table in FULL_TEXT:
        db[table].rebuild_fts()
    db.vacuum()
    return summary


def database_dump(db_path: Path) -> Iterable[str]:
    """The database as SQL statements, for comparing two loads."""
    return sqlite_utils.Database(db_path).conn.iterdump()
