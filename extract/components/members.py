"""minutes_members: councillors and co-opted members named in attendance lists."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_text import doc_text
from ..extensions import MEMBERS, OFFICERS
from ..normalise.members import AttendanceRules, attendance_rules, find_attendance, known_organisations
from ..normalise.names import same_person
from ..normalise.officers import contact_rules

LEXICON = "minutes.lexicon.v1"
PATTERNS = "minutes.patterns.v1"


class MemberFinder:
    """Councillors and co-opted members as doc.spans["members"]: name, role, attendance, party, ward."""

    def __init__(self, nlp: Language, name: str, *, rules: AttendanceRules) -> None:
        self.name = name
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)
        officers = [s._.officer_name for s in doc.spans.get(OFFICERS, []) if s._.officer_name]
        for entry in find_attendance(text, self.rules, known_organisations(doc)):
            member = entry.member
            if member is None:
                continue
            name = text[member.name[0]:member.name[1]]
            if not member.councillor and any(same_person(name, officer) for officer in officers):
                continue  # "Present: … Tom Lee …", then "Tom Lee, Virtual School Head, presented": an officer
            span = doc.char_span(member.start, member.end, label="MEMBER", alignment_mode="expand")
            if span is None:
                continue
            span._.member_name = text[member.name[0]:member.name[1]]
            span._.member_role = member.role
            span._.member_attendance = member.attendance
            span._.member_party = member.party
            span._.member_ward = text[member.ward[0]:member.ward[1]] if member.ward else None
            span._.rule = member.rule
            spans.append(span)
        if (holder := self.decision_maker_holder(doc, spans)) is not None:
            spans.append(holder)
        doc.spans[MEMBERS] = spans
        return doc


    def decision_maker_holder(self, doc: Doc, spans: list[Span]) -> Span | None:
        """The councillor whose post takes a decision notice's decision (found by the header), a member."""
        if doc._.decision_maker_holder is None:
            return None
        start, end = doc._.decision_maker_holder
        span = doc.char_span(start, end, label="MEMBER", alignment_mode="expand")
        if span is None or any(s.start < span.end and span.start < s.end for s in spans):
            return None
        span._.member_name = doc_text(doc)[start:end]
        span._.member_role = "member"
        span._.rule = "decision-maker"
        return span


@Language.factory(
    "minutes_members",
    default_config={
        "attendance": {"@misc": LEXICON, "name": "lexicons/attendance.json"},
        "parties": {"@misc": LEXICON, "name": "lexicons/parties.json"},
        "honorifics": {"@misc": LEXICON, "name": "lexicons/honorifics.json"},
        "contact_words": {"@misc": LEXICON, "name": "lexicons/contact_words.json"},
        "job_titles": {"@misc": PATTERNS, "name": "patterns/job_titles.jsonl"},
    },
)
def make_member_finder(nlp: Language, name: str, *, attendance: dict[str, Any], parties: dict[str, Any],
                       honorifics: dict[str, Any], contact_words: dict[str, Any],
                       job_titles: list[dict[str, Any]]) -> MemberFinder:
    """Factory for MemberFinder."""
    names = contact_rules([], job_titles, honorifics, contact_words)
    return MemberFinder(nlp, name, rules=attendance_rules(attendance, parties, names))
