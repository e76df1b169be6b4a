"""The record contract: one pydantic model per record type, a union discriminated on record_type.

This module imports nothing from spaCy, so programs that only read the JSONL can use it alone.
Field names follow the gold README's contract; fields may be added, never renamed.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from .about import SCHEMA_VERSION

IsoDate = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
"""YYYY-MM-DD, YYYY-MM or YYYY."""

FullIsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]

DecisionStatus = Literal[
    "approved", "agreed", "noted", "endorsed", "deferred", "rejected", "withdrawn",
    "referred", "recommended", "proposed", "scheduled", "other",
]
OrganisationKind = Literal[
    "council", "committee", "police", "fire", "health", "inspectorate", "government",
    "partnership", "education", "voluntary", "company", "other",
]


class Model(BaseModel):
    """Rules every model of the contract follows."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        json_schema_serialization_defaults_required=True,
    )


class Span(Model):
    """Character offsets into the document's extracted text."""

    start: int = Field(ge=0)
    """Offset of the first character."""
    end: int = Field(ge=0)
    """Offset one past the last character."""

    @model_validator(mode="after")
    def _end_after_start(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span ends ({self.end}) before it starts ({self.start})")
        return self


class Record(Model):
    """Fields every record carries."""

    doc_id: str
    """Stable id of the input document, from the sha256 of its raw bytes."""
    record_id: str
    """Stable id of this record: a hash of doc_id, record type and span."""
    schema_version: Literal[SCHEMA_VERSION] = SCHEMA_VERSION  # type: ignore[valid-type]
    """Version of this record contract."""


class Extracted(Record):
    """Fields of every record found in a document's text."""

    span: Span
    """Where the record's quote sits in the document text: text[start:end] is what it quotes."""
    evidence: str
    """The sentence (or line) of the document the record was found in."""
    page: Optional[int] = None
    """Page number (from 1) of the span, for paged formats; null for plain text."""
    rule: Optional[str] = None
    """Id of the rule or pattern that produced the record, so a wrong record can be traced."""


class DocumentRecord(Record):
    """One per input file, always, even when the file could not be read."""

    record_type: Literal["document"] = "document"
    source: str
    """The input path as given."""
    sha256: str
    """sha256 of the input's raw bytes."""
    status: Literal["ok", "empty", "failed"]
    """ok: text extracted; empty: no text in the file; failed: see error."""
    error: Optional[str] = None
    """What went wrong and what to do about it, when status is not ok."""
    doc_type: Optional[Literal["minutes", "report", "decision_notice", "agenda", "other"]] = None
    """Kind of paper, from its header and layout."""
    title: Optional[str] = None
    """The paper's title."""
    committee: Optional[str] = None
    """The body whose meeting the paper is for."""
    meeting_date: Optional[FullIsoDate] = None
    """Date of that meeting."""
    publication_date: Optional[FullIsoDate] = None
    """Date the paper was published or posted, when it says."""
    format: Optional[str] = None
    """Format the text was read from: text, pdf, docx, html, moderngov-xml."""
    encoding: Optional[str] = None
    """Character encoding the text was decoded with (text formats)."""
    pages: Optional[int] = None
    """Number of pages, for paged formats."""
    text_chars: int = 0
    """Length of the extracted text in characters; spans index into this text."""
    extractor_version: str
    """Version of minutes-extract that wrote the record."""
    model_name: Optional[str] = None
    """Name of the spaCy model the pipeline sources its trained components from."""
    model_version: Optional[str] = None
    """Version of that model."""
    spacy_version: Optional[str] = None
    """Version of spaCy."""
    pipeline_hash: Optional[str] = None
    """sha256 of the pipeline config and every rule data file."""
    counts: dict[str, int] = Field(default_factory=dict)
    """Number of records of each type extracted from this document."""
    text: Optional[str] = None
    """The extracted text, only with --with-text."""


class AgendaRef(Model):
    """The agenda item a resolution or decision sits in."""

    number: Optional[str] = None
    """Item or minute number as written ("5", "23/10", "7(b)")."""
    title: Optional[str] = None
    """Item title."""
    record_id: Optional[str] = None
    """record_id of the agenda_item record."""


class RecordedVote(Model):
    """Names in a recorded (named) vote."""

    for_: list[str] = Field(default_factory=list, alias="for")
    """Members who voted for."""
    against: list[str] = Field(default_factory=list)
    """Members who voted against."""
    abstained: list[str] = Field(default_factory=list)
    """Members who abstained."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class Votes(Model):
    """How a vote went, where the paper says."""

    for_: Optional[int] = Field(default=None, alias="for")
    """Votes for."""
    against: Optional[int] = None
    """Votes against."""
    abstentions: Optional[int] = None
    """Abstentions."""
    outcome: Optional[Literal["carried", "lost", "unanimous", "tied"]] = None
    """Outcome as stated."""
    recorded: Optional[RecordedVote] = None
    """Names, for a recorded vote."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class DecisionAttributes(Model):
    """UK decision attributes, each null when the paper does not say."""

    key_decision: Optional[bool] = None
    """A key decision under the executive arrangements regulations."""
    subject_to_call_in: Optional[bool] = None
    """Whether the decision may be called in by scrutiny."""
    exempt_paragraph: Optional[str] = None
    """Paragraph of Schedule 12A to the Local Government Act 1972, for exempt items."""
    urgent: Optional[bool] = None
    """Taken under urgency procedures."""
    delegated: Optional[bool] = None
    """A delegated officer decision."""


class ResolutionRecord(Extracted):
    """A resolution of the meeting the minutes record; one per limb of a lettered resolution."""

    record_type: Literal["resolution"] = "resolution"
    text: str
    """The resolution, verbatim."""
    status: DecisionStatus
    """What the resolution did, from its verb."""
    decision_maker: Optional[str] = None
    """The body whose meeting it is."""
    date: Optional[IsoDate] = None
    """The meeting date."""
    agenda_item: Optional[AgendaRef] = None
    """The agenda item it sits in."""
    limb: Optional[str] = None
    """Limb label of a lettered or numbered resolution ("a", "ii", "3")."""
    votes: Optional[Votes] = None
    """The vote, where stated."""
    attributes: DecisionAttributes = Field(default_factory=DecisionAttributes)
    """Key decision, call-in, exempt, urgency, delegation."""
    warnings: list[str] = Field(default_factory=list)
    """Checks a clerk would make that failed (a tally larger than the members present, …)."""


class DecisionRecord(Extracted):
    """A decision recommended, reported, scheduled or taken by one person (not a resolution of a meeting)."""

    record_type: Literal["decision"] = "decision"
    text: str
    """The decision as the paper words it."""
    kind: Literal["reported", "scheduled", "recommendation", "individual"]
    """recommendation: asked of a body; reported: taken elsewhere; scheduled: to come; individual: taken
    by one person in the paper's own decision notice (a cabinet member, the leader, an officer)."""
    status: DecisionStatus
    """What was or will be done."""
    decision_maker: Optional[str] = None
    """The body that made, is asked to make, or will make the decision."""
    date: Optional[IsoDate] = None
    """When it was or will be made."""
    date_record_id: Optional[str] = None
    """record_id of the date record the date comes from."""
    agenda_item: Optional[AgendaRef] = None
    """The agenda item it sits in."""
    parts: list[Span] = Field(default_factory=list)
    """When text joins separate pieces of the paper (a lead-in and a list item), their spans."""
    attributes: DecisionAttributes = Field(default_factory=DecisionAttributes)
    """Key decision, call-in, exempt, urgency, delegation."""
    warnings: list[str] = Field(default_factory=list)
    """Checks that failed."""


class AgendaItemRecord(Extracted):
    """An agenda item or numbered minute."""

    record_type: Literal["agenda_item"] = "agenda_item"
    number: Optional[str] = None
    """Number as written."""
    title: Optional[str] = None
    """Title."""


class OfficerRecord(Extracted):
    """An officer: a contact, the report's author, a presenter, an attendee or a post mentioned."""

    record_type: Literal["officer"] = "officer"
    name: Optional[str] = None
    """Name as written, without honorifics; null when only a post is named."""
    job_title: Optional[str] = None
    """Job title."""
    organisation: Optional[str] = None
    """Organisation the officer works for, when stated."""
    phone: Optional[str] = None
    """First phone number, as written."""
    phone_e164: Optional[str] = None
    """That number in E.164 form (+44…)."""
    phones: list[str] = Field(default_factory=list)
    """Every phone number given for the officer, as written."""
    email: Optional[str] = None
    """E-mail address, lower-cased."""
    role: Literal["contact", "author", "presenter", "attendee", "mentioned"]
    """Why the officer appears in the paper."""


class Mentions(Model):
    """Where an organisation is named."""

    count: int
    """Number of mentions."""
    spans: list[Span]
    """Their offsets, in order."""


class OrganisationRecord(Extracted):
    """One per organisation or body named in a paper, under its canonical name."""

    record_type: Literal["organisation"] = "organisation"
    name: str
    """Canonical name."""
    acronym: Optional[str] = None
    """Acronym the paper defines or uses for it."""
    aliases: list[str] = Field(default_factory=list)
    """Other names the paper uses for it."""
    kind: OrganisationKind
    """What sort of body it is."""
    mentions: Mentions
    """Every mention."""


class MemberRecord(Extracted):
    """A councillor or co-opted member named in attendance."""

    record_type: Literal["member"] = "member"
    name: str
    """Name without honorifics."""
    role: Literal["chair", "vice_chair", "member", "substitute", "co-opted", "other"]
    """Role at the meeting."""
    attendance: Optional[Literal["present", "apologies", "absent"]] = None
    """Whether the member was there; null when the paper lists the membership without saying (an agenda)."""
    party: Optional[str] = None
    """Political party, where given."""
    ward: Optional[str] = None
    """Ward or division, where given."""


class DateRecord(Extracted):
    """A date mentioned in a paper, normalised."""

    record_type: Literal["date"] = "date"
    text: str
    """The mention, verbatim."""
    value: Optional[IsoDate] = None
    """YYYY-MM-DD, YYYY-MM or YYYY as precise as written; null when it cannot be resolved."""
    precision: Optional[Literal["day", "month", "year", "range"]] = None
    """How precise the mention is."""
    start: Optional[FullIsoDate] = None
    """First day the mention covers."""
    end: Optional[FullIsoDate] = None
    """Last day the mention covers."""
    time: Optional[str] = None
    """Time of day attached to the date, HH:MM."""
    role: Literal["meeting", "deadline", "scheduled", "past_event", "publication", "period", "other"]
    """What the date is in the paper."""
    anchor: Optional[FullIsoDate] = None
    """The date year-less and relative mentions were resolved against."""
    anchor_source: Optional[Literal["meeting", "publication"]] = None
    """Where the anchor came from."""


AnyRecord = Annotated[
    Union[
        DocumentRecord, ResolutionRecord, DecisionRecord, AgendaItemRecord,
        OfficerRecord, OrganisationRecord, MemberRecord, DateRecord,
    ],
    Field(discriminator="record_type"),
]
RECORD_ADAPTER: TypeAdapter[AnyRecord] = TypeAdapter(AnyRecord)

RECORD_TYPES = (
    "document", "agenda_item", "resolution", "decision", "officer", "member", "organisation", "date",
)
"""Record types, in the order they are written for each document."""


def make_doc_id(sha256: str) -> str:
    """The document id: the first 16 hex digits of the sha256 of the input's raw bytes."""
    return f"doc_{sha256[:16]}"


def make_record_id(doc_id: str, record_type: str, start: int, end: int, key: str = "") -> str:
    """A stable record id from doc_id, record type and span (key tells apart records on one span)."""
    digest = hashlib.sha256(f"{doc_id}|{record_type}|{start}|{end}|{key}".encode()).hexdigest()
    return f"{record_type[:3]}_{digest[:16]}"
