"""minutes_dates: date mentions, normalised against the paper's anchor date, each with a role."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import DATES


class DateFinder:
    """Date mentions, normalised against the paper's anchor date, each with a role."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[DATES] = []
        return doc


@Language.factory("minutes_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    """Factory for DateFinder."""
    return DateFinder(nlp, name)
