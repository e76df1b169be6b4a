"""minutes_contacts: phone numbers (parsed with phonenumbers, region GB) and e-mail addresses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_text import doc_text
from ..extensions import CONTACTS
from ..normalise.contacts import find_emails
from ..normalise.phones import DEFAULT_REGION, find_phone_numbers


class ContactFinder:
    """Phone numbers (PHONE, E.164 in span._.phone_e164) and e-mail addresses (EMAIL) in doc.spans."""

    def __init__(self, nlp: Language, name: str, *, region: str) -> None:
        self.name = name
        self.region = region

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)
        for phone in find_phone_numbers(text, self.region):
            span = doc.char_span(phone.start, phone.end, label="PHONE", alignment_mode="expand")
            if span is not None:
                span._.phone_e164 = phone.e164
                span._.rule = "phonenumbers"
                spans.append(span)
        for start, end in find_emails(text):
            span = doc.char_span(start, end, label="EMAIL", alignment_mode="expand")
            if span is not None:
                span._.rule = "email-address"
                spans.append(span)
        doc.spans[CONTACTS] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        return doc


@Language.factory("minutes_contacts", default_config={"region": DEFAULT_REGION})
def make_contact_finder(nlp: Language, name: str, region: str) -> ContactFinder:
    """Factory for ContactFinder; region is the phonenumbers default region for numbers without +country."""
    return ContactFinder(nlp, name, region=region)
