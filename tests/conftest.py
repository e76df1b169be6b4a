"""Shared fixtures: the full pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extract import Extractor, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "papers"
GOLD = ROOT / "corpus" / "gold"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full minutes-extract pipeline."""
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    """An Extractor over the session's pipeline."""
    return Extractor(nlp)


@pytest.fixture
def blank_nlp() -> Language:
    """A blank English pipeline, for testing one rule component alone."""
    return spacy.blank("en")


def assert_grounded(records: list, text: str) -> None:
    """Every extracted record quotes text[start:end] and its evidence is in the text."""
    for record in records:
        if record.record_type == "document":
            continue
        assert 0 <= record.span.start <= record.span.end <= len(text), record
        assert record.evidence and record.evidence in text, record
        quote = getattr(record, "text", None)
        if quote is not None and not getattr(record, "parts", None):
            assert text[record.span.start:record.span.end] == quote, record
