"""Our evaluate command agrees with the reference scorer in shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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
