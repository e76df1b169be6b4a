"""minutes_decisions: resolutions and decisions: recommended, reported and scheduled, with status, maker and date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import DECISIONS


class DecisionFinder:
    """Resolutions and decisions: recommended, reported and scheduled, with status, maker and date."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[DECISIONS] = []
        return doc


@Language.factory("minutes_decisions")
def make_decision_finder(nlp: Language, name: str) -> DecisionFinder:
    """Factory for DecisionFinder."""
    return DecisionFinder(nlp, name)
