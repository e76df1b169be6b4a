"""Every rule data file under models/ parses, validates and holds no duplicate rows."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from extract import resources as data
from extract.errors import PatternDataError
from extract.pipeline import pipeline_config

MODELS = resources.files("extract.models")
PATTERN_FILES = sorted(name for name, _ in data.data_files() if name.endswith(".jsonl"))
LEXICON_FILES = sorted(name for name, _ in data.data_files() if name.endswith(".json"))


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_pattern_file_rows_validate_without_duplicates(name):
    rows = data.load_pattern_rows(name)
    assert rows, f"{name} is empty"
    seen = set()
    for row in rows:
        key = (row.label, json.dumps(row.pattern, sort_keys=True).lower(), row.id)
        assert key not in seen, f"{name}: duplicate row {key}"
        seen.add(key)


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_lexicon_file_parses(name):
    assert data.read_lexicon(name) is not None


def test_every_data_file_named_in_the_config_exists():
    names = re.findall(r'^name = "([^"]+)"', MODELS.joinpath("config.cfg").read_text(encoding="utf-8"), re.M)
    for name in names:
        assert MODELS.joinpath(name).is_file(), f"config.cfg names {name}, which is not under models/"
    assert pipeline_config()["nlp"]["pipeline"]


def test_bad_row_fails_with_file_and_line(tmp_path, monkeypatch):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"label": "ORG", "pattern": "Cabinet"}\n\n{"label": "ORG", "patern": "Council"}\n', encoding="utf-8")
    monkeypatch.setattr(data, "data_file", lambda name: bad)
    with pytest.raises(PatternDataError, match=r"models/broken.jsonl:3: .*pattern"):
        data.load_pattern_rows("broken.jsonl")


def test_missing_data_file_says_to_reinstall():
    with pytest.raises(PatternDataError, match="reinstall"):
        data.data_file("patterns/no_such_file.jsonl")
