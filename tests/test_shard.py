"""Shards: every input in exactly one shard, parts that merge back into the unsharded output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.errors import InputError
from extract.merge import merge_parts
from extract.runner import collect_inputs, run_batch
from extract.shard import Shard, content_digest

from .conftest import CORPUS, ROOT

DEVSET = ROOT / "tests" / "data" / "devset" / "papers"
SHARDS = 3


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> Path:
    """Real papers, an empty file and a copy of one paper under another name (same content hash)."""
    folder = tmp_path_factory.mktemp("papers")
    for path in [*CORPUS.glob("*.txt"), *DEVSET.glob("*.txt")]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz_empty.txt").write_bytes(b"")
    first = sorted(CORPUS.glob("*.txt"))[0]
    (folder / "zz_copy.txt").write_bytes(first.read_bytes())
    return folder


@pytest.fixture(scope="module")
def sharded(papers, tmp_path_factory, extractor) -> tuple[Path, list[Path]]:
    """The unsharded output and the SHARDS part files of the same run."""
    out = tmp_path_factory.mktemp("out")
    run_batch([papers], out / "records.jsonl", extractor=extractor)
    parts = []
    for index in range(SHARDS):
        summary = run_batch([papers], out / "records.jsonl", extractor=extractor, shard=Shard(index, SHARDS))
        parts.append(summary.output)
    return out / "records.jsonl", parts


def documents(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if '"record_type":"document"' in line]


def test_every_input_is_in_exactly_one_shard(papers, sharded):
    _, parts = sharded
    sources = [d["source"] for part in parts for d in documents(part)]
    assert sorted(sources) == sorted(str(p) for p in collect_inputs([papers]))


def test_a_shard_holds_the_inputs_whose_hash_falls_to_it(sharded):
    _, parts = sharded
    for index, part in enumerate(parts):
        for document in documents(part):
            assert int(document["sha256"], 16) % SHARDS == index
            assert content_digest(document["source"]) == document["sha256"]


def test_the_same_content_goes_to_the_same_shard(papers):
    shard = Shard(0, SHARDS)
    first = sorted(CORPUS.glob("*.txt"))[0].name
    assert shard.holds(papers / first) == shard.holds(papers / "zz_copy.txt")


def test_merged_parts_are_the_bytes_of_the_unsharded_run(sharded, tmp_path):
    whole, parts = sharded
    summary = merge_parts(list(reversed(parts)), tmp_path / "merged.jsonl")
    assert (tmp_path / "merged.jsonl").read_bytes() == whole.read_bytes()
    assert summary.documents == len(documents(whole))


def test_a_document_in_two_parts_is_refused(sharded, tmp_path):
    _, parts = sharded
    copies = [tmp_path / part.name for part in parts]
    for part, copy in zip(parts, copies):
        copy.write_bytes(part.read_bytes())
    copies[1].write_bytes(parts[0].read_bytes())
    with pytest.raises(InputError, match="E068"):
        merge_parts(copies, tmp_path / "merged.jsonl")


@pytest.mark.issue(13)
@pytest.mark.parametrize("given, message", [
    pytest.param([0, 2], r"E083 .*part 1 of 3 is missing", id="middle-part-missing"),
    pytest.param([1, 2], r"E083 .*part 0 of 3 is missing", id="first-part-missing"),
    pytest.param([0, 0, 1, 2], r"E083 .*given twice", id="part-given-twice"),
])
def test_an_incomplete_set_of_parts_is_refused(sharded, tmp_path, given, message):
    _, parts = sharded
    with pytest.raises(InputError, match=message):
        merge_parts([parts[i] for i in given], tmp_path / "merged.jsonl")
    assert not (tmp_path / "merged.jsonl").exists()


@pytest.mark.issue(13)
@pytest.mark.parametrize("names", [
    pytest.param(["records.jsonl"], id="not-a-part"),
    pytest.param(["records.part-0-of-2.jsonl", "records.part-1-of-3.jsonl"], id="two-shard-counts"),
    pytest.param(["records.part-0-of-2.jsonl", "other.part-1-of-2.jsonl"], id="two-runs"),
])
def test_parts_of_different_runs_or_unnamed_files_are_refused(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="E084"):
        merge_parts([tmp_path / name for name in names], tmp_path / "merged.jsonl")


def test_cli_merge_of_an_incomplete_set_exits_non_zero(sharded, tmp_path):
    _, parts = sharded
    result = CliRunner().invoke(app, ["merge", str(parts[1]), str(parts[2]), "-o", str(tmp_path / "m.jsonl")])
    assert result.exit_code == 1 and "E083" in result.output


def test_a_part_that_does_not_start_with_a_document_is_refused(tmp_path):
    part = tmp_path / "bad.part-0-of-1.jsonl"
    part.write_text('{"record_type":"date","doc_id":"doc_1"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="E067"):
        merge_parts([part], tmp_path / "merged.jsonl")


@pytest.mark.parametrize("spec, expected", [
    pytest.param("0/4", Shard(0, 4), id="first"),
    pytest.param(" 3 / 4 ", Shard(3, 4), id="spaces"),
])
def test_shard_specs_are_read(spec, expected):
    assert Shard.parse(spec) == expected


@pytest.mark.parametrize("spec", ["4/4", "-1/4", "1", "a/b", "1/0"])
def test_bad_shard_specs_say_how_to_write_one(spec):
    with pytest.raises(InputError, match="INDEX/COUNT"):
        Shard.parse(spec)


@pytest.mark.parametrize("shard, name", [
    pytest.param(Shard(2, 8), "records.part-2-of-8.jsonl", id="one-digit"),
    pytest.param(Shard(3, 16), "records.part-03-of-16.jsonl", id="zero-padded"),
])
def test_part_files_sit_beside_the_output_and_sort_by_index(shard, name):
    assert shard.part_path(Path("output/records.jsonl")) == Path("output") / name


def test_cli_shard_then_merge(tmp_path):
    runner = CliRunner()
    out = tmp_path / "records.jsonl"
    for index in range(2):
        result = runner.invoke(app, ["run", str(CORPUS), "-o", str(out), "--shard", f"{index}/2", "--jobs", "1"])
        assert result.exit_code == 0, result.output
    parts = sorted(tmp_path.glob("records.part-*-of-2.jsonl"))
    assert len(parts) == 2
    result = runner.invoke(app, ["merge", *map(str, parts), "-o", str(tmp_path / "merged.jsonl")])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output
    result = runner.invoke(app, ["run", str(CORPUS), "-o", str(out), "--shard", "2/2"])
    assert result.exit_code == 2 and "INDEX/COUNT" in result.output
