"""The command line: exit codes and messages an officer can act on."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import subprocess
import sys

import pytest
from rich.console import Console
from typer.testing import CliRunner

from extract.about import __version__
from extract.cli import app
from extract.progress import with_progress

from .conftest import CORPUS, GOLD
from .sample_records import write_sample

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
    assert result.exit_code == 2
    assert "run `minutes-extract run` first" in result.output


@pytest.mark.issue(13)
@pytest.mark.parametrize("args", [["--version"], ["-V"]])
def test_version_option_prints_the_version(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"minutes-extract {__version__}")


@pytest.mark.issue(13)
@pytest.mark.parametrize("args", [["-h"], ["run", "-h"], ["evaluate", "-h"]])
def test_short_help_option(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.issue(13)
@pytest.mark.parametrize("args, message", [
    pytest.param(["run", "{tmp}/nope"], "does not exist", id="run-missing-input"),
    pytest.param(["run", "{tmp}/empty-folder"], "E020", id="run-folder-without-papers"),
    pytest.param(["run", str(CORPUS), "--shard", "3/2"], "E061", id="run-bad-shard"),
    pytest.param(["run", str(CORPUS), "--jobs", "0"], "E062", id="run-no-jobs"),
    pytest.param(["run", str(CORPUS), "--engine", "spark"], "E063", id="run-unknown-engine"),
    pytest.param(["run", str(CORPUS), "--scheduler", "tcp://localhost:8786"], "E066",
                 id="run-scheduler-alone"),
    pytest.param(["run"], "Missing argument", id="run-no-inputs"),
    pytest.param(["run", str(CORPUS), "--no-such-option"], "No such option", id="unknown-option"),
    pytest.param(["evaluate", "{tmp}/none.jsonl", "--gold", str(GOLD)], "does not exist",
                 id="evaluate-no-records"),
    pytest.param(["evaluate", str(CORPUS), "--gold", "{tmp}/nope"], "not a folder", id="evaluate-no-gold"),
    pytest.param(["load", "{tmp}/none.jsonl"], "does not exist", id="load-no-records"),
    pytest.param(["export", "--format", "akoma", "{tmp}/none.jsonl"], "unknown format",
                 id="export-bad-format"),
    pytest.param(["merge", "{tmp}/none.part-0-of-1.jsonl"], "does not exist", id="merge-no-part"),
    pytest.param(["review", "{tmp}/none.jsonl"], "does not exist", id="review-no-records"),
    pytest.param(["text", "{tmp}/none.txt"], "does not exist", id="text-no-file"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    (tmp_path / "empty-folder").mkdir()
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "out.jsonl")] if args[0] in ("run", "merge")
                           and len(args) > 1 else args)
    assert result.exit_code == 2, result.output
    assert message in result.output


@pytest.mark.issue(13)
def test_run_says_it_is_loading_the_model_then_ends_with_time_and_speed(tmp_path):
    result = runner.invoke(app, ["run", str(CORPUS), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("minutes-extract: loading the pipeline")
    assert re.search(r"written to \S+; [\d.]+ s, [\d,]+ words/s$", lines[-1]), lines[-1]


@pytest.mark.issue(13)
def test_quiet_run_prints_nothing_but_still_fails_loudly(tmp_path):
    out = str(tmp_path / "out.jsonl")
    result = runner.invoke(app, ["run", str(CORPUS), "-o", out, "--jobs", "1", "--quiet"])
    assert result.exit_code == 0 and result.output == ""
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert result.exit_code == 2 and "does not exist" in result.output


@pytest.mark.issue(13)
@pytest.mark.parametrize("command", ["load", "review"])
def test_quiet_hand_off_commands_print_nothing(tmp_path, command):
    records = write_sample(tmp_path / "records.jsonl")
    target = [str(tmp_path / "minutes.db")] if command == "load" else ["-o", str(tmp_path / "site")]
    result = runner.invoke(app, [command, str(records), *target, "--quiet"])
    assert result.exit_code == 0 and result.output == ""


@pytest.mark.issue(13)
def test_progress_counts_papers_and_says_what_it_waits_for():
    console = Console(file=io.StringIO(), force_terminal=True, color_system=None, width=100)
    items = list(with_progress(iter(["a", "b", "c"]), 3, True, console=console))
    shown = console.file.getvalue()
    assert items == ["a", "b", "c"]
    assert "loading the model" in shown and "3/3 papers" in shown and "%" not in shown


@pytest.mark.issue(13)
@pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                    reason="dask[distributed] is not installed")
def test_dask_engine_without_a_scheduler_prints_no_dask_logs(tmp_path):
    paper = sorted(CORPUS.glob("*.txt"))[0]
    result = subprocess.run([sys.executable, "-c", "from extract.cli import app; app()", "run", str(paper),
                             "-o", str(tmp_path / "out.jsonl"), "--engine", "dask", "--jobs", "1"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    logged = [line for line in result.stderr.splitlines() if line.startswith(("INFO", "DEBUG"))]
    assert not logged, result.stderr
    assert "1 documents (1 ok" in result.stderr
