"""minutes_officers: officers from contact blocks, the report's author, attendance and posts in the text."""

from __future__ import annotations

from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_text import doc_text
from ..extensions import CONTACTS, OFFICERS
from ..normalise.members import AttendanceRules, attendance_rules, find_attendance, known_organisations
from ..normalise.apposition import find_apposed_officers
from ..normalise.email_owners import claim_emails_by_name
from ..normalise.named_in_text import find_named_in_text
from ..normalise.title_bodies import keep_bodies_in_titles
from ..normalise.officers import (
    ContactRules,
    OfficerFound,
    author_posts,
    contact_rules,
    find_contact_officers,
    find_post_mentions,
    iter_values,
    merge_officers,
    prefer_english_titles,
)

LEXICON = "minutes.lexicon.v1"
PATTERNS = "minutes.patterns.v1"


class OfficerFinder:
    """Officers into doc.spans["officers"], with name, job title, organisation, phones, e-mail and role."""

    def __init__(self, nlp: Language, name: str, *, rules: ContactRules, attendance: AttendanceRules,
                 find_posts: bool) -> None:
        self.name = name
        self.rules = rules
        self.attendance = attendance
        self.find_posts = find_posts

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        contacts = list(doc.spans.get(CONTACTS, []))
        phones = [(s.start_char, s.end_char) for s in contacts if s.label_ == "PHONE"]
        emails = [(s.start_char, s.end_char) for s in contacts if s.label_ == "EMAIL"]
        bodies = known_organisations(doc)
        named = find_contact_officers(text, phones, emails, self.rules, organisations=bodies)
        attendance = find_attendance(text, self.attendance, bodies)
        named += [e.officer for e in attendance if e.officer is not None]
        named += find_named_in_text(text, self.rules, bodies)
        people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        listed = [(p.start, p.end) for e in attendance for p in (e.member, e.officer) if p is not None]
        named += find_apposed_officers(text, people, self.rules, listed)
        prefer_english_titles(named, text, self.rules)
        posts: list[OfficerFound] = []
        if doc._.report_of:
            post, start = doc._.report_of
            posts += author_posts(post, start, text, self.rules)
        if self.find_posts:
            posts += find_post_mentions(text, self.rules)
        by_offsets = {(s.start_char, s.end_char): s for s in contacts}
        officers = merge_officers(named, posts, text)
        claim_emails_by_name(officers, emails, text)
        keep_bodies_in_titles(officers, text, self.rules)
        spans = [span for officer in officers
                 if (span := self.to_span(doc, text, officer, by_offsets)) is not None]
        doc.spans[OFFICERS] = spans
        return doc

    def to_span(self, doc: Doc, text: str, officer: OfficerFound,
                contacts: dict[tuple[int, int], Span]) -> Optional[Span]:
        """The officer as a span from its name to its last contact detail, values in officer_* extensions."""
        span = doc.char_span(officer.start, officer.end, label="OFFICER", alignment_mode="expand")
        if span is None:
            return None
        values = dict(iter_values(officer, text))
        span._.officer_name = values["name"]
        span._.officer_job_title = values["job_title"]
        span._.officer_organisation = values["organisation"]
        span._.officer_phones = [contacts[p] for p in officer.phones if p in contacts]
        span._.officer_email = text[officer.email[0]:officer.email[1]].lower() if officer.email else None
        span._.officer_role = officer.role
        span._.rule = officer.rule
        return span


@Language.factory(
    "minutes_officers",
    default_config={
        "contact_labels": {"@misc": PATTERNS, "name": "patterns/contact_labels.jsonl"},
        "job_titles": {"@misc": PATTERNS, "name": "patterns/job_titles.jsonl"},
        "honorifics": {"@misc": LEXICON, "name": "lexicons/honorifics.json"},
        "contact_words": {"@misc": LEXICON, "name": "lexicons/contact_words.json"},
        "officer_roles": {"@misc": LEXICON, "name": "lexicons/officer_roles.json"},
        "attendance": {"@misc": LEXICON, "name": "lexicons/attendance.json"},
        "parties": {"@misc": LEXICON, "name": "lexicons/parties.json"},
        "find_posts": True,
    },
)
def make_officer_finder(nlp: Language, name: str, *, contact_labels: list[dict[str, Any]],
                        job_titles: list[dict[str, Any]], honorifics: dict[str, Any],
                        contact_words: dict[str, Any], officer_roles: dict[str, Any],
                        attendance: dict[str, Any], parties: dict[str, Any],
                        find_posts: bool) -> OfficerFinder:
    """Factory for OfficerFinder; find_posts turns on posts named in running text (presenter, mentioned)."""
    rules = contact_rules(contact_labels, job_titles, honorifics, contact_words, officer_roles)
    return OfficerFinder(nlp, name, rules=rules, attendance=attendance_rules(attendance, parties, rules),
                         find_posts=find_posts)
