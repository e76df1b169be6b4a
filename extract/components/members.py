"""minutes_members: councillors and co-opted members named in attendance lists."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import MEMBERS


class MemberFinder:
    """Councillors and co-opted members named in attendance lists."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[MEMBERS] = []
        return doc


@Language.factory("minutes_members")
def make_member_finder(nlp: Language, name: str) -> MemberFinder:
    """Factory for MemberFinder."""
    return MemberFinder(nlp, name)
