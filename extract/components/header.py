"""minutes_header: reads the paper's header (kind, committee, meeting date, title) onto the Doc."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers the Doc extensions)
from ..doc_text import doc_text
from ..normalise.header import HeaderRules, anchor_date, header_rules, parse_header


class HeaderReader:
    """Set doc._.doc_type, committee, meeting_date, publication_date, title and the date anchor."""

    def __init__(self, nlp: Language, name: str, *, header_lines: int, rules: HeaderRules) -> None:
        self.name = name
        self.header_lines = header_lines
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        header = parse_header(doc_text(doc), lines=self.header_lines, rules=self.rules, source=doc._.source)
        doc._.doc_type = header.doc_type
        doc._.committee = header.committee
        doc._.meeting_date = header.meeting_date
        doc._.publication_date = header.publication_date
        doc._.title = header.title
        if header.report_of and header.report_of_start is not None:
            doc._.report_of = (header.report_of, header.report_of_start)
        doc._.decision_maker_holder = header.holder
        anchor, source = anchor_date(header)
        doc._.anchor = anchor.isoformat() if anchor else None
        doc._.anchor_source = source
        return doc


@Language.factory(
    "minutes_header",
    assigns=["doc._.doc_type", "doc._.anchor"],
    default_config={
        "header_lines": 40,
        "words": {"@misc": "minutes.lexicon.v1", "name": "lexicons/header_words.json"},
        "bodies": {"@misc": "minutes.lexicon.v1", "name": "lexicons/decision_bodies.json"},
    },
)
def make_header_reader(nlp: Language, name: str, header_lines: int, words: dict[str, Any],
                       bodies: dict[str, Any]) -> HeaderReader:
    """Factory for HeaderReader; words are the header's labels and phrases (lexicons/header_words.json),
    bodies' leaders the posts that decide alone (lexicons/decision_bodies.json)."""
    return HeaderReader(nlp, name, header_lines=header_lines, rules=header_rules(words, bodies["leaders"]))
