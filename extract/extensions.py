"""Span-group keys and every Doc/Span extension attribute, registered once when this module is imported.

Components talk through the Doc: rule output goes into span groups under these keys, with the few
values spaCy has no attribute for kept in the extensions below. Canonical ids go in ``span.id_``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

HEADINGS = "headings"
AGENDA_ITEMS = "agenda_items"
CONTACTS = "contacts"
DATES = "dates"
OFFICERS = "officers"
MEMBERS = "members"
ORGANISATIONS = "organisations"
KNOWN_ORGANISATIONS = "known_organisations"  # gazetteer matches, before the NER
DECISIONS = "decisions"

# Header of the paper (minutes_header).
DOC_EXTENSIONS: dict[str, object] = {
    "doc_type": None,
    "committee": None,
    "meeting_date": None,  # ISO date string
    "publication_date": None,  # ISO date string
    "title": None,
    "report_of": None,  # (post, start_char) from "REPORT OF THE CHIEF EXECUTIVE"
    "decision_maker_holder": None,  # (start_char, end_char) of the councillor beside a decision maker's post
    "anchor": None,  # ISO date string that partial dates are resolved against
    "anchor_source": None,  # "meeting" | "publication"
    "source": None,  # input path, set by the extractor
    "page_starts": None,  # list of character offsets where each page starts (paged formats)
    "joined_lines": None,  # the text tokenized again with wrapped lines joined (normalise.organisations.join_wrapped_lines)
}

SPAN_EXTENSIONS: dict[str, object] = {
    # minutes_layout: agenda items and headings
    "item_number": None,
    "item_title": None,
    # minutes_contacts: phone numbers and e-mail addresses
    "phone_e164": None,
    # minutes_dates
    "date_value": None,
    "date_precision": None,
    "date_start": None,
    "date_end": None,
    "date_time": None,
    "date_role": None,
    # minutes_officers
    "officer_name": None,
    "officer_job_title": None,
    "officer_organisation": None,
    "officer_phones": None,  # list[Span] of phone spans, in order
    "officer_email": None,
    "officer_role": None,
    # minutes_members
    "member_name": None,
    "member_role": None,
    "member_attendance": None,
    "member_party": None,
    "member_ward": None,
    # minutes_organisations (canonical id in span.id_)
    "org_name": None,
    "org_kind": None,
    "org_acronym": None,
    # minutes_decisions
    "decision_text": None,  # text when it joins separate pieces; else the span's own text
    "decision_parts": None,  # list of (start_char, end_char)
    "decision_kind": None,  # "resolution" | "reported" | "scheduled" | "recommendation"
    "decision_status": None,
    "decision_maker": None,
    "decision_date": None,
    "decision_date_span": None,  # (start_char, end_char) of the date mention the date came from
    "decision_limb": None,
    "decision_votes": None,  # dict in the shape of records.Votes
    "decision_attributes": None,  # dict in the shape of records.DecisionAttributes
    "decision_warnings": None,  # list[str]
    # shared
    "rule": None,  # id of the pattern or rule that fired
}


def register_extensions() -> None:
    """Register every extension; safe to call more than once (the values are the same each time)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
