"""minutes_organisations: organisations and committees under one canonical name each, acronyms linked."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import ORGANISATIONS


class OrganisationFinder:
    """Organisations and committees under one canonical name each, acronyms linked."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[ORGANISATIONS] = []
        return doc


@Language.factory("minutes_organisations")
def make_organisation_finder(nlp: Language, name: str) -> OrganisationFinder:
    """Factory for OrganisationFinder."""
    return OrganisationFinder(nlp, name)
