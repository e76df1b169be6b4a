"""The hand-made development sets stay consistent: every gold file matches its paper (tests/data/check_gold.py)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
CHECKER = runpy.run_path(str(DATA / "check_gold.py"))


@pytest.mark.parametrize("name", ["devset3", "devset4", "devset5"])
def test_gold_matches_its_papers(name, capsys):
    assert CHECKER["main"](["check_gold.py", str(DATA / name)]) == 0, capsys.readouterr().out
