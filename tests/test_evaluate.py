"""Our evaluate command agrees with the reference scorer in shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.evaluate import score
from extract.runner import run_batch

from .conftest import CORPUS, GOLD, ROOT

REFERENCE = ROOT.parent / "shared" / "eval" / "score.py"
pytestmark = pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer ../shared/eval/score.py is not beside the project")


def reference_scores(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(REFERENCE), "--gold", str(gold), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def perturbed_predictions(tmp_path: Path) -> Path:
    """Predictions built from the gold with deliberate misses, errors and extras, to exercise every rule."""
    lines = []
    for n, gold_path in enumerate(sorted(GOLD.glob("*.json"))):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_id = f"doc_{n}"
        lines.append({"record_type": "document", "doc_id": doc_id, "sha256": gold["sha256"] if n % 2 else "x",
                      "source": f"somewhere/{gold['doc']}", "doc_type": gold["doc_type"] if n != 1 else "report",
                      "committee": gold["committee"], "meeting_date": gold["meeting_date"],
                      "title": (gold["title"] or "").upper() or None})
        for i, d in enumerate(gold["decisions"]):
            if i % 3 == 2:
                continue
            lines.append({"record_type": "resolution" if i % 2 else "decision", "doc_id": doc_id,
                          "text": d["text"], "status": d["status"] if i % 2 else "other",
                          "decision_maker": d["decision_maker"], "date": (d["date"] or "")[:4] or None})
        lines.append({"record_type": "decision", "doc_id": doc_id, "text": "an extra decision nobody made"})
        for i, o in enumerate(gold["officers"]):
            lines.append({"record_type": "officer", "doc_id": doc_id, "name": o["name"] and f"Mr {o['name']}",
                          "job_title": o["job_title"], "phone": o["phone"] if i % 2 else "+44 1234 567890",
                          "email": (o["email"] or "").upper() or None})
        for i, org in enumerate(gold["organisations"]):
            name = org["name"] if i % 2 else (org["aliases"] or [org["name"]])[0]
            lines.append({"record_type": "organisation", "doc_id": doc_id, "name": f"The {name}", "aliases": []})
        lines.append({"record_type": "organisation", "doc_id": doc_id, "name": "Nonexistent Board"})
        for i, d in enumerate(gold["dates"]):
            lines.append({"record_type": "date", "doc_id": doc_id, "value": d["value"],
                          "precision": "range" if i == 1 else "day", "end": "2030-01-01" if i == 1 else None})
        lines.append({"record_type": "date", "doc_id": doc_id, "value": "1999-01-01", "precision": "day"})
    path = tmp_path / "perturbed.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_scores_equal_the_reference_on_perturbed_predictions(tmp_path):
    pred = perturbed_predictions(tmp_path)
    assert score(GOLD, pred).as_dict() == reference_scores(GOLD, pred)


def test_scores_equal_the_reference_on_a_real_run(tmp_path, extractor):
    pred = tmp_path / "run.jsonl"
    run_batch([CORPUS], pred, extractor=extractor)
    assert score(GOLD, pred).as_dict() == reference_scores(GOLD, pred)


def test_missing_document_is_reported(tmp_path):
    pred = tmp_path / "empty.jsonl"
    pred.write_text("", encoding="utf-8")
    result = score(GOLD, pred)
    assert len(result.missing_documents) == len(list(GOLD.glob("*.json")))
    assert result.as_dict() == reference_scores(GOLD, pred)


def write_gold(folder: Path, doc: str, sha256: str, **lists: list) -> Path:
    """One gold file in the shared gold format, with empty lists unless given."""
    folder.mkdir(parents=True, exist_ok=True)
    gold = {"doc": doc, "sha256": sha256, "doc_type": "minutes", "committee": "Planning Committee",
            "meeting_date": "2024-05-14", "title": None, "decisions": [], "officers": [], "organisations": [],
            "dates": [], **lists}
    path = folder / f"{Path(doc).stem}.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def write_predictions(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


MINUTES_SHA = "a" * 64
PLANNING_RUN = [
    {"record_type": "document", "doc_id": "doc_a", "sha256": MINUTES_SHA,
     "source": "papers/planning-2024-05-14.txt", "doc_type": "minutes", "committee": "Planning Committee", "meeting_date": "2024-05-14", "title": None},
    {"record_type": "resolution", "doc_id": "doc_a", "text": "that planning permission be granted subject to "
     "the conditions set out in the report", "status": "approved"},
    {"record_type": "resolution", "doc_id": "doc_a", "text": "that the site visit be arranged for members"},
    {"record_type": "officer", "doc_id": "doc_a", "name": "Priya Shah",
     "job_title": "Principal Planning Officer"},
    {"record_type": "organisation", "doc_id": "doc_a", "name": "Severn Trent Water"},
    {"record_type": "date", "doc_id": "doc_a", "value": "2024-05-14", "precision": "day"},
    {"record_type": "date", "doc_id": "doc_a", "value": "2024-06-11", "precision": "day"},
]
PLANNING_GOLD = {
    "decisions": [
        {"text": "That planning permission be granted subject to the conditions set out in the report.",
         "kind": "resolution", "status": "approved", "decision_maker": "Planning Committee", "date": None},
        {"text": "That application 24/00412/FUL be refused for the reasons given by the Head of Planning.",
         "kind": "resolution", "status": "rejected", "decision_maker": None, "date": None},
    ],
    "officers": [{"name": "Priya Shah", "job_title": "Principal Planning Officer", "phone": None,
                  "email": None},
                 {"name": "Tom Hughes", "job_title": "Solicitor", "phone": None, "email": None}],
    "organisations": [{"name": "Severn Trent Water", "aliases": []}],
    "dates": [{"text": "14 May 2024", "value": "2024-05-14"}, {"text": "2 July 2024", "value": "2024-07-02"}],
}


@pytest.mark.issue(13)
def test_evaluate_against_an_empty_gold_folder_fails(tmp_path):
    pred = write_predictions(tmp_path / "run.jsonl", PLANNING_RUN)
    (tmp_path / "gold").mkdir()
    result = CliRunner().invoke(app, ["evaluate", str(pred), "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 1
    assert "E085" in result.output and "F1" not in result.output


@pytest.mark.issue(13)
def test_evaluate_when_no_gold_file_matches_a_paper_fails(tmp_path):
    pred = write_predictions(tmp_path / "run.jsonl", PLANNING_RUN)
    write_gold(tmp_path / "gold", "cabinet-2023-01-10.txt", "b" * 64, **PLANNING_GOLD)
    result = CliRunner().invoke(app, ["evaluate", str(pred), "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 1
    assert "E086" in result.output and "none of the 1 gold files" in result.output


def test_evaluate_when_some_gold_files_match_prints_scores_and_the_missing(tmp_path):
    pred = write_predictions(tmp_path / "run.jsonl", PLANNING_RUN)
    write_gold(tmp_path / "gold", "planning-2024-05-14.txt", MINUTES_SHA, **PLANNING_GOLD)
    write_gold(tmp_path / "gold", "cabinet-2023-01-10.txt", "b" * 64)
    result = CliRunner().invoke(app, ["evaluate", str(pred), "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 0, result.output
    assert "missing documents: ['cabinet-2023-01-10.txt']" in result.output


def test_misses_list_each_papers_unfound_gold_and_unmatched_predictions(tmp_path):
    pred = write_predictions(tmp_path / "run.jsonl", PLANNING_RUN)
    gold_dir = tmp_path / "gold"
    write_gold(gold_dir, "planning-2024-05-14.txt", MINUTES_SHA, **PLANNING_GOLD)
    args = ["evaluate", str(pred), "--gold", str(gold_dir), "--per-doc", "--misses"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    paper = lines.index(next(line for line in lines if line.startswith("planning-2024-05-14.txt")))
    misses = lines[paper + 1:lines.index("", paper)]
    assert misses == [
        "  decisions tp/fp/fn=(1, 1, 1)",
        "    - That application 24/00412/FUL be refused for the reasons given by the Head of Planning.",
        "    + that the site visit be arranged for members",
        "  officers tp/fp/fn=(1, 0, 1)",
        "    - Tom Hughes, Solicitor",
        "  dates tp/fp/fn=(1, 1, 1)",
        "    - 2024-07-02",
        "    + 2024-06-11",
    ]
    assert score(gold_dir, pred).as_dict() == reference_scores(gold_dir, pred)


def test_misses_name_wrong_document_fields(tmp_path):
    run = [{**PLANNING_RUN[0], "committee": "Cabinet", "meeting_date": None}, *PLANNING_RUN[1:]]
    pred = write_predictions(tmp_path / "run.jsonl", run)
    write_gold(tmp_path / "gold", "planning-2024-05-14.txt", MINUTES_SHA, **PLANNING_GOLD)
    result = CliRunner().invoke(app, ["evaluate", str(pred), "--gold", str(tmp_path / "gold"), "--misses"])
    assert "  document committee: 'Cabinet', gold 'Planning Committee'" in result.output
    assert "  document meeting_date: None, gold '2024-05-14'" in result.output


def test_misses_keep_the_scores_of_the_reference(tmp_path):
    pred = perturbed_predictions(tmp_path)
    with_misses = CliRunner().invoke(app, ["evaluate", str(pred), "--gold", str(GOLD), "--misses"])
    plain = CliRunner().invoke(app, ["evaluate", str(pred), "--gold", str(GOLD)])
    assert with_misses.output.endswith(plain.output)
    assert score(GOLD, pred).as_dict() == reference_scores(GOLD, pred)
