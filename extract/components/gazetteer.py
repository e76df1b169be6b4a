"""minutes_gazetteer: organisation names from the gazetteers under models/, set as entities before the NER.

Names are matched case-insensitively with a PhraseMatcher (thousands of phrases stay fast, where
token patterns would crawl); acronym rows ("CQC", "DfT") are matched case-sensitively, so "hse" in
running text is not the Health and Safety Executive. Each match goes into doc.spans with the
organisation's id in span.id_ and its canonical name and kind in org_name / org_kind, and into
doc.ents so the NER that follows builds its entities around them.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import CONTACTS, KNOWN_ORGANISATIONS
from ..normalise.wrapped_lines import joined_lines_doc

ACRONYM_SHAPE = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z&]{2,10}$")
"""A one-word pattern with two or more capitals is matched as written ("DfT", "HMICFRS")."""


def slug(text: str) -> str:
    """The id a canonical name gives: lower-case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class OrganisationGazetteer:
    """Known organisations into doc.spans["known_organisations"] and doc.ents, canonical id in span.id_."""

    def __init__(self, nlp: Language, name: str, *, gazetteers: list[dict[str, Any]],
                 company_suffixes: list[str], legal_forms: list[str]) -> None:
        self.name = name
        self.company_suffixes = frozenset(company_suffixes)
        self.legal_forms = frozenset(legal_forms)
        self.tokenizer = nlp.tokenizer
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.canonical: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        by_matcher: dict[tuple[bool, str], list[str]] = {}
        for row in gazetteers:
            oid, pattern = row["id"], row["pattern"]
            self.kind[oid] = row.get("kind") or "other"
            if slug(pattern) == oid:
                self.canonical[oid] = pattern
            by_matcher.setdefault((bool(ACRONYM_SHAPE.match(pattern)), oid), []).append(pattern)
        for (is_acronym, oid), patterns in sorted(by_matcher.items()):
            matcher = self.acronyms if is_acronym else self.names
            matcher.add(oid, list(nlp.tokenizer.pipe(patterns)))

    def __call__(self, doc: Doc) -> Doc:
        blocked = {i for span in doc.spans.get(CONTACTS, []) for i in range(span.start, span.end)}
        flat = joined_lines_doc(doc, self.tokenizer)  # "Hywel Dda\nUniversity Health Board" as one phrase
        found = [*self.names(flat, as_spans=True), *self.acronyms(flat, as_spans=True)]
        spans: list[Span] = []
        for match in filter_spans(found):
            same = doc.char_span(match.start_char, match.end_char)
            if same is None or any(i in blocked for i in range(same.start, same.end)):
                continue  # inside an e-mail address or a phone number
            oid = match.label_
            end = self.suffix_end(doc, same.end, company=self.kind.get(oid) == "company")
            span = Span(doc, same.start, end, label="ORG", span_id=oid)
            span._.org_name = self.canonical.get(oid, " ".join(match.text.split()))
            span._.org_kind = self.kind.get(oid, "other")
            span._.rule = "gazetteer"
            spans.append(span)
        doc.spans[KNOWN_ORGANISATIONS] = spans
        doc.ents = filter_spans([*doc.ents, *spans])
        return doc


    def suffix_end(self, doc: Doc, end: int, *, company: bool) -> int:
        """The end of a name with the legal-form words after it: a company's ("Anglian Water" + "Services
        Ltd"), or any body's "Ltd" ("Public Sector Audit Appointments" + "Ltd")."""
        words = self.company_suffixes if company else self.legal_forms
        while end < len(doc) and doc[end].text in words and doc[end - 1].whitespace_:
            end += 1
        return end if end == len(doc) or doc[end - 1].text != "&" else end - 1


@Language.factory(
    "minutes_gazetteer",
    assigns=["doc.spans", "doc.ents"],
    default_config={
        "gazetteers": {"@misc": "minutes.pattern_files.v1", "pattern": "patterns/gazetteer_*.jsonl"},
        "words": {"@misc": "minutes.lexicon.v1", "name": "lexicons/organisation_words.json"},
    },
)
def make_organisation_gazetteer(nlp: Language, name: str, gazetteers: list[dict[str, Any]],
                                words: dict[str, Any]) -> OrganisationGazetteer:
    """Factory for OrganisationGazetteer; gazetteers are the rows of every gazetteer file, words the
    organisation lexicon (for the legal-form words that may follow a company's name)."""
    return OrganisationGazetteer(nlp, name, gazetteers=gazetteers, company_suffixes=words["company_suffixes"],
                                 legal_forms=words["legal_forms"])
