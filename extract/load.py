"""Load a records JSONL into SQLite with sqlite-utils: one table per record type, ready for Datasette.

Nested fields become columns where SQL users want to filter on them (``span`` → ``span_start``,
``span_end``; ``votes`` → ``votes_for``…; ``attributes`` → ``key_decision``…; ``agenda_item`` →
``agenda_item_number``…) and JSON text where they are lists (``aliases``, ``parts``,
``mentions_spans``), which SQLite's ``json_each`` reads. Named votes also go in ``recorded_votes``,
one row per member and vote. Rows are upserted by ``record_id``, so loading the same file twice
gives the same database; records a document no longer has are removed when it is loaded again.
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

from .jsonl import read_records
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

LINKS: dict[str, tuple[str, str]] = {
    "doc_id": ("documents", "doc_id"),
    "agenda_item_record_id": ("agenda_items", "record_id"),
    "date_record_id": ("dates", "record_id"),
}
"""Columns that point at another table's row: Datasette shows them as links."""

FULL_TEXT = {"resolutions": ["text", "evidence"], "decisions": ["text", "evidence"]}
"""Tables searchable with SQLite FTS5, and their searched columns."""

RECORDED_VOTES = "recorded_votes"


@dataclass
class LoadSummary:
    """What a load did: rows written per table."""

    database: Path
    rows: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """One line for the user."""
        counts = ", ".join(f"{table} {n}" for table, n in sorted(self.rows.items()) if n)
        return f"loaded into {self.database}: {counts or 'no records'}"


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


def recorded_vote_rows(record: ResolutionRecord) -> list[dict[str, Any]]:
    """One row per member named in a resolution's recorded vote."""
    recorded = record.votes.recorded if record.votes else None
    if recorded is None:
        return []
    rows = []
    votes = (("for", recorded.for_), ("against", recorded.against), ("abstained", recorded.abstained))
    for vote, names in votes:
        for name in names:
            rows.append({"resolution_id": record.record_id, "doc_id": record.doc_id, "vote": vote,
                         "name": name})
    return rows


def create_tables(db: sqlite_utils.Database) -> dict[str, dict[str, type]]:
    """Create every table (if missing) with its columns, keys, links, indexes and full-text search."""
    plans: dict[str, dict[str, type]] = {}
    for record_type, (table, model) in RECORD_TABLES.items():
        columns = _model_columns(model)
        pk = "doc_id" if record_type == "document" else "record_id"
        links = [(column, *LINKS[column]) for column in columns if column in LINKS and column != pk]
        db[table].create(columns, pk=pk, foreign_keys=links, if_not_exists=True)
        if pk != "doc_id":
            db[table].create_index(["doc_id"], if_not_exists=True)
        plans[table] = columns
    db[RECORDED_VOTES].create(
        {"resolution_id": str, "doc_id": str, "vote": str, "name": str},
        pk=("resolution_id", "vote", "name"),
        foreign_keys=[("resolution_id", "resolutions", "record_id"), ("doc_id", "documents", "doc_id")],
        if_not_exists=True,
    )
    db[RECORDED_VOTES].create_index(["name"], if_not_exists=True)
    for table, searched in FULL_TEXT.items():
        if not db[table].detect_fts():
            db[table].enable_fts(searched, fts_version="FTS5")
    return plans


def _remove_stale(db: sqlite_utils.Database, doc_ids: set[str], kept: set[str]) -> None:
    """Delete rows of the given documents whose record_id is not among the records being loaded."""
    record_tables = [table for kind, (table, _) in RECORD_TABLES.items() if kind != "document"]
    for doc_id in sorted(doc_ids):
        db[RECORDED_VOTES].delete_where("doc_id = ?", [doc_id])
        for table in record_tables:
            loaded = db[table].rows_where("doc_id = ?", [doc_id], select="record_id")
            stale = [row["record_id"] for row in loaded if row["record_id"] not in kept]
            for record_id in stale:
                db[table].delete(record_id)


class _Batch:
    """Rows of a few whole documents, written together."""

    def __init__(self, plans: dict[str, dict[str, type]]) -> None:
        self.plans = plans
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table, _ in RECORD_TABLES.values()}
        self.votes: list[dict[str, Any]] = []
        self.doc_ids: set[str] = set()

    def add(self, record: Any) -> None:
        """Add one record's row (and its named votes)."""
        table = RECORD_TABLES[record.record_type][0]
        self.rows[table].append(record_row(record, self.plans[table]))
        self.doc_ids.add(record.doc_id)
        if isinstance(record, ResolutionRecord):
            self.votes.extend(recorded_vote_rows(record))

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def write(self, db: sqlite_utils.Database, seen: set[str], summary: "LoadSummary") -> None:
        """Write these documents' rows: upsert them, and drop rows they no longer have (first time only)."""
        kept = {row["record_id"] for rows in self.rows.values() for row in rows}
        _remove_stale(db, self.doc_ids - seen, kept)
        seen.update(self.doc_ids)
        for record_type, (table, _) in RECORD_TABLES.items():
            if self.rows[table]:
                pk = "doc_id" if record_type == "document" else "record_id"
                db[table].upsert_all(self.rows[table], pk=pk)
            summary.rows[table] = summary.rows.get(table, 0) + len(self.rows[table])
        if self.votes:
            db[RECORDED_VOTES].upsert_all(self.votes, pk=("resolution_id", "vote", "name"))
        summary.rows[RECORDED_VOTES] = summary.rows.get(RECORDED_VOTES, 0) + len(self.votes)


def load_records(records_path: Path, db_path: Path, *, batch_size: int = 2000) -> LoadSummary:
    """Load a records JSONL into an SQLite database, creating or updating its tables.

    The file is checked whole first, so a bad line changes nothing; then records are read as a
    stream and written a few documents at a time, so a file of any size loads in bounded memory.
    Afterwards the full-text indexes are rebuilt and the file vacuumed, so the same records always
    give the same database.

    Args:
        records_path: JSONL written by ``minutes-extract run``.
        db_path: SQLite file to create or update.
        batch_size: rows gathered before they are written (whole documents at a time).

    Returns:
        How many rows were written to each table.

    Raises:
        MinutesExtractError: a line of the JSONL is not a valid record (the message names the line).
    """
    for _ in read_records(records_path):
        pass
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    summary = LoadSummary(database=db_path)
    seen: set[str] = set()
    with db.conn:  # one transaction: much faster than a commit per batch
        plans = create_tables(db)
        batch = _Batch(plans)
        for record in read_records(records_path):
            if len(batch) >= batch_size and record.doc_id not in batch.doc_ids:
                batch.write(db, seen, summary)
                batch = _Batch(plans)
            batch.add(record)
        batch.write(db, seen, summary)
    for table in FULL_TEXT:
        db[table].rebuild_fts()
    db.vacuum()
    return summary


def database_dump(db_path: Path) -> Iterable[str]:
    """The database as SQL statements, for comparing two loads."""
    return sqlite_utils.Database(db_path).conn.iterdump()
