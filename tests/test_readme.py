"""The README's facts agree with the tool: the example record, error codes, the SQL example, .gitignore."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from extract.errors import Messages
from extract.jsonl import record_line
from extract.load import load_records
from extract.runner import run_batch

from .conftest import CORPUS, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text of one README section (a `## title` heading up to the next)."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end != -1 else len(README)]


@pytest.mark.issue(13)
def test_example_document_record_is_what_a_run_writes(extractor) -> None:
    example = json.loads(re.search(r'```json\n(\{"doc_id".*\})\n```', README).group(1))
    record = json.loads(record_line(extractor.extract_file(Path(example["source"]).resolve())[0]))
    record["source"] = example["source"]
    record["pipeline_hash"] = "…"
    assert record == example, "update the README's example record from `minutes-extract run corpus/papers`"


@pytest.mark.issue(13)
def test_the_worker_death_code_in_the_readme_is_the_tools() -> None:
    worker_codes = [name for name, text in vars(Messages).items()
                    if name[:1] == "E" and "worker" in str(text)]
    assert len(worker_codes) == 1
    about_workers = [p for p in section("Scale").split("\n\n") if "worker" in p and re.search(r"\bE\d{3}\b", p)]
    assert about_workers
    assert all(set(re.findall(r"\bE\d{3}\b", p)) == set(worker_codes) for p in about_workers)


def test_every_error_code_the_readme_cites_exists() -> None:
    assert set(re.findall(r"\bE\d{3}\b", README)) <= set(vars(Messages))


@pytest.mark.issue(13)
def test_the_full_text_sql_example_finds_rows_in_the_sample_papers(tmp_path: Path, extractor) -> None:
    records = tmp_path / "records.jsonl"
    run_batch([CORPUS], records, extractor=extractor)
    load_records(records, tmp_path / "minutes.db")
    loading = section("Loading and reviewing")
    query = re.search(r"```sql\n(select .*?_fts match .*?);\n```", loading, re.S).group(1)
    with sqlite3.connect(tmp_path / "minutes.db") as db:
        assert db.execute(query).fetchall(), "the README's SQL example finds nothing in corpus/papers"


@pytest.mark.issue(13)
@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout")
@pytest.mark.parametrize("path", ["minutes.db", "review/index.html"])
def test_what_load_and_review_write_by_default_is_git_ignored(path: str) -> None:
    assert subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT).returncode == 0
