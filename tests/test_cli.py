"""The command line: exit codes and messages an officer can act on."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from extract.cli import app

from .conftest import CORPUS, GOLD

runner = CliRunner()


def test_run_writes_records_and_a_summary(tmp_path):
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["run", str(CORPUS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 documents (5 ok, 0 empty, 0 failed)" in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sum(json.loads(line)["record_type"] == "document" for line in lines) == 5


def test_run_exits_non_zero_when_every_input_failed(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(app, ["run", str(bad), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert "looks binary" in result.output


def test_run_on_a_missing_path_says_so(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_schema_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["discriminator"]["propertyName"] == "record_type"


def test_evaluate_prints_the_score_table(tmp_path):
    out = tmp_path / "records.jsonl"
    runner.invoke(app, ["run", str(CORPUS), "-o", str(out)])
    result = runner.invoke(app, ["evaluate", str(out), "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.output)) >= {"decisions", "officers", "organisations", "dates", "macro_f1"}


def test_evaluate_without_records_tells_what_to_do(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl"), "--gold", str(GOLD)])
    assert result.exit_code == 1
    assert "run `minutes-extract run` first" in result.output
