"""Loading records into SQLite: tables, flattened columns, links, full-text search, idempotent upserts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils
from typer.testing import CliRunner

from extract.cli import app
from extract.errors import MinutesExtractError
from extract.load import RECORD_TABLES, database_dump, load_records
from extract.records import make_doc_id

from .sample_records import CABINET_TEXT, cabinet_records, failed_document, sample_records, write_sample


@pytest.fixture
def loaded(tmp_path: Path) -> sqlite_utils.Database:
    """The sample records loaded into a fresh database."""
    db_path = tmp_path / "minutes.db"
    load_records(write_sample(tmp_path / "records.jsonl"), db_path)
    return sqlite_utils.Database(db_path)


@pytest.mark.parametrize(
    "table, rows",
    [
        pytest.param("documents", 2, id="documents-ok-and-failed"),
        pytest.param("agenda_items", 1, id="agenda-items"),
        pytest.param("resolutions", 2, id="resolution-limbs"),
        pytest.param("decisions", 1, id="decisions"),
        pytest.param("officers", 1, id="officers"),
        pytest.param("members", 4, id="members-present-and-apologies"),
        pytest.param("organisations", 2, id="organisations"),
        pytest.param("dates", 2, id="dates"),
        pytest.param("recorded_votes", 3, id="recorded-votes-one-per-name"),
    ],
)
def test_one_table_per_record_type(loaded: sqlite_utils.Database, table: str, rows: int) -> None:
    assert loaded[table].count == rows


@pytest.mark.parametrize("table", [t for t, _ in RECORD_TABLES.values() if t != "documents"])
def test_record_tables_link_to_their_paper(loaded: sqlite_utils.Database, table: str) -> None:
    links = {(fk.column, fk.other_table, fk.other_column) for fk in loaded[table].foreign_keys}
    assert ("paper_id", "documents", "paper_id") in links
    assert loaded[table].pks == ["paper_id", "record_id"]
    assert loaded["documents"].pks == ["paper_id"]


@pytest.mark.parametrize(
    "table, column, other_table",
    [
        pytest.param("resolutions", "agenda_item_record_id", "agenda_items", id="resolution-agenda-item"),
        pytest.param("decisions", "date_record_id", "dates", id="decision-date"),
        pytest.param("recorded_votes", "resolution_id", "resolutions", id="vote-resolution"),
    ],
)
def test_links_between_records_resolve_within_the_paper(loaded: sqlite_utils.Database, table: str,
                                                        column: str, other_table: str) -> None:
    orphans = loaded.execute(
        f"select count(*) from {table} t where t.{column} is not null and not exists "
        f"(select 1 from {other_table} o where o.paper_id = t.paper_id and o.record_id = t.{column})"
    ).fetchone()[0]
    linked = loaded.execute(f"select count(*) from {table} where {column} is not null").fetchone()[0]
    assert orphans == 0 and linked > 0


def test_resolution_row_is_flattened_for_sql(loaded: sqlite_utils.Database) -> None:
    row = next(loaded["resolutions"].rows_where("limb = 'a'"))
    assert CABINET_TEXT[row["span_start"]:row["span_end"]] == row["text"]
    votes = (row["votes_for"], row["votes_against"], row["votes_abstentions"], row["votes_outcome"])
    assert votes == (2, 1, None, "carried")
    assert json.loads(row["votes_recorded"]) == {"for": ["Morgan", "Pritchard"], "against": ["Davies"],
                                                 "abstained": []}
    assert row["agenda_item_number"] == "23/24"
    assert row["key_decision"] is None and "attributes" not in row
    assert json.loads(row["warnings"]) == []


def test_lists_are_json_that_sqlite_can_read(loaded: sqlite_utils.Database) -> None:
    quoted = [
        CABINET_TEXT[start:end]
        for start, end in loaded.execute(
            "select json_extract(m.value, '$.start'), json_extract(m.value, '$.end') "
            "from organisations o, json_each(o.mentions_spans) m where o.acronym = 'DVCC' order by 1"
        )
    ]
    assert quoted == ["Dyfed Valley County Council", "DVCC"]


def test_document_keeps_counts_and_error(loaded: sqlite_utils.Database) -> None:
    rows = {row["status"]: row for row in loaded["documents"].rows}
    assert json.loads(rows["ok"]["counts"])["member"] == 4
    assert rows["failed"]["error"].startswith("E003")
    assert rows["failed"]["text"] is None


@pytest.mark.parametrize(
    "table, query, expected_column, expected",
    [
        pytest.param("resolutions", "consultation", "limb", ["a"], id="resolution-word"),
        pytest.param("resolutions", "authorised", "limb", ["b"], id="resolution-other-limb"),
        pytest.param("decisions", "responses", "kind", ["scheduled"], id="decision-word"),
        pytest.param("resolutions", "budget", "limb", [], id="word-only-in-narrative"),
    ],
)
def test_full_text_search(loaded: sqlite_utils.Database, table: str, query: str, expected_column: str,
                          expected: list[str]) -> None:
    assert [row[expected_column] for row in loaded[table].search(query)] == expected


def test_named_votes_are_queryable_by_member(loaded: sqlite_utils.Database) -> None:
    rows = loaded.execute("select vote, name from recorded_votes order by vote, name").fetchall()
    assert rows == [("against", "Davies"), ("for", "Morgan"), ("for", "Pritchard")]


def test_loading_twice_gives_the_same_database(tmp_path: Path) -> None:
    records = write_sample(tmp_path / "records.jsonl")
    db_path = tmp_path / "minutes.db"
    load_records(records, db_path)
    first = list(database_dump(db_path))
    load_records(records, db_path)
    assert list(database_dump(db_path)) == first


def test_reloading_a_document_drops_records_it_no_longer_has(tmp_path: Path) -> None:
    db_path = tmp_path / "minutes.db"
    load_records(write_sample(tmp_path / "all.jsonl"), db_path)
    fewer = [r for r in sample_records() if not (r.record_type == "resolution" and r.limb == "a")]
    summary = load_records(write_sample(tmp_path / "fewer.jsonl", fewer), db_path)
    db = sqlite_utils.Database(db_path)
    assert [row["limb"] for row in db["resolutions"].rows] == ["b"]
    assert db["recorded_votes"].count == 0
    assert list(db["resolutions"].search("consultation")) == []
    assert summary.rows["resolutions"] == 1


def edited(records: list, sha256: str) -> list:
    """The same paper at the same path after an edit: new content, so a new doc_id and new record ids."""
    document = records[0]
    doc_id = make_doc_id(sha256)
    return [document.model_copy(update={"doc_id": doc_id, "record_id": doc_id, "sha256": sha256}),
            *(r.model_copy(update={"doc_id": doc_id, "record_id": r.record_id + "x"}) for r in records[1:3])]


def copied(records: list, source: str) -> list:
    """The same file at another path: the same doc_id and record ids."""
    return [records[0].model_copy(update={"source": source}), *records[1:]]


@pytest.mark.issue(13)
def test_rerun_of_an_edited_paper_replaces_its_records(tmp_path: Path) -> None:
    db_path = tmp_path / "minutes.db"
    load_records(write_sample(tmp_path / "first.jsonl"), db_path)
    rerun = edited(cabinet_records(), "e" * 64) + [failed_document()]
    load_records(write_sample(tmp_path / "rerun.jsonl", rerun), db_path)
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count == 2
    assert {row["doc_id"] for row in db["resolutions"].rows} == {make_doc_id("e" * 64)}
    assert db["agenda_items"].count == 1 and db["resolutions"].count == 1 and db["members"].count == 0
    assert {row["doc_id"] for row in db["recorded_votes"].rows} == {make_doc_id("e" * 64)}


@pytest.mark.issue(13)
def test_papers_no_longer_in_the_run_are_removed(tmp_path: Path) -> None:
    db_path = tmp_path / "minutes.db"
    load_records(write_sample(tmp_path / "all.jsonl"), db_path)
    summary = load_records(write_sample(tmp_path / "one.jsonl", [failed_document()]), db_path)
    db = sqlite_utils.Database(db_path)
    assert [row["status"] for row in db["documents"].rows] == ["failed"]
    assert all(db[table].count == 0 for table in ("resolutions", "members", "recorded_votes"))
    assert list(db["resolutions"].search("consultation")) == []
    assert (summary.replaced, summary.removed) == (1, 1)


def test_adding_keeps_the_papers_the_file_lacks(tmp_path: Path) -> None:
    db_path = tmp_path / "minutes.db"
    load_records(write_sample(tmp_path / "all.jsonl"), db_path)
    load_records(write_sample(tmp_path / "one.jsonl", [failed_document()]), db_path, add=True)
    assert sqlite_utils.Database(db_path)["resolutions"].count == 2


@pytest.mark.issue(13)
def test_identical_files_at_two_paths_are_two_papers(tmp_path: Path) -> None:
    records = cabinet_records() + copied(cabinet_records(), "papers/archive/cabinet-2024-03-14.txt")
    db_path = tmp_path / "minutes.db"
    load_records(write_sample(tmp_path / "records.jsonl", records), db_path)
    db = sqlite_utils.Database(db_path)
    assert sorted(row["source"] for row in db["documents"].rows) == [
        "papers/archive/cabinet-2024-03-14.txt", "papers/dyfed-valley/cabinet-2024-03-14.txt"]
    assert db["resolutions"].count == 4 and db["recorded_votes"].count == 6
    per_paper = db.execute("select paper_id, count(*) from members group by paper_id").fetchall()
    assert [n for _, n in per_paper] == [4, 4]


def test_a_paper_twice_in_one_file_is_refused(tmp_path: Path) -> None:
    records = write_sample(tmp_path / "twice.jsonl", cabinet_records() + cabinet_records())
    with pytest.raises(MinutesExtractError, match="E081"):
        load_records(records, tmp_path / "minutes.db")


def test_records_without_their_document_are_refused(tmp_path: Path) -> None:
    records = write_sample(tmp_path / "orphans.jsonl", [failed_document(), *cabinet_records()[1:]])
    with pytest.raises(MinutesExtractError, match="E080"):
        load_records(records, tmp_path / "minutes.db")


def test_a_bad_line_leaves_the_database_unchanged(tmp_path: Path) -> None:
    db_path = tmp_path / "minutes.db"
    load_records(write_sample(tmp_path / "records.jsonl"), db_path)
    before = list(database_dump(db_path))
    bad = tmp_path / "bad.jsonl"
    changed = [r.model_copy(update={"status": "noted"}) if r.record_type == "resolution" else r
               for r in sample_records()]
    write_sample(bad, changed)
    bad.write_text(bad.read_text(encoding="utf-8") + '{"record_type": "member"}\n', encoding="utf-8")
    with pytest.raises(MinutesExtractError, match="E030"):
        load_records(bad, db_path, batch_size=1)
    assert list(database_dump(db_path)) == before


def test_batches_split_between_documents_give_the_same_database(tmp_path: Path) -> None:
    records = write_sample(tmp_path / "records.jsonl")
    load_records(records, tmp_path / "one-batch.db")
    load_records(records, tmp_path / "small-batches.db", batch_size=1)
    assert list(database_dump(tmp_path / "one-batch.db")) == list(database_dump(tmp_path / "small-batches.db"))


def test_cli_load_reports_rows(tmp_path: Path) -> None:
    records = write_sample(tmp_path / "records.jsonl", cabinet_records())
    result = CliRunner().invoke(app, ["load", str(records), str(tmp_path / "out" / "minutes.db")])
    assert result.exit_code == 0, result.output
    assert "resolutions 2" in result.output
    assert (tmp_path / "out" / "minutes.db").is_file()


@pytest.mark.parametrize(
    "content, message, exit_code",
    [
        pytest.param(None, "does not exist", 2, id="missing-file-is-a-usage-error"),
        pytest.param('{"record_type": "resolution"}\n', "E030", 1, id="invalid-record"),
    ],
)
def test_cli_load_explains_bad_input(tmp_path: Path, content: str | None, message: str,
                                     exit_code: int) -> None:
    records = tmp_path / "records.jsonl"
    if content is not None:
        records.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["load", str(records), str(tmp_path / "minutes.db")])
    assert result.exit_code == exit_code
    assert message in result.output
