"""minutes_officers: officers: contact blocks, the report's author and posts named in the text."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import OFFICERS


class OfficerFinder:
    """Officers: contact blocks, the report's author and posts named in the text."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[OFFICERS] = []
        return doc


@Language.factory("minutes_officers")
def make_officer_finder(nlp: Language, name: str) -> OfficerFinder:
    """Factory for OfficerFinder."""
    return OfficerFinder(nlp, name)
