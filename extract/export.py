"""Export records for civic-data stacks: Popolo (motions, vote events, organizations, persons) or OCD.

Resolutions become motions; those with a stated vote also become vote events with counts and, for a
recorded vote, each member's vote; a vote's result is its stated outcome, else what the counts for and
against give. Organisation records, committees and decision makers become organizations; officers and
members with a name become persons, with a membership of their organisation or committee and an
officer's e-mail and phone as contact details. Bodies and people are scoped, so that the same name on two
councils is two of them: a paper's council is the council it mentions most, its committees are keyed
under that council (their ``parent_id``) and its people under the body they serve; a paper naming no
council keeps its committees and people to itself. Other bodies (police, NHS, government) are matched by
name. A source is a ``url`` only when it is a web address; a file path goes in its ``note``. Ids are
derived from these keys and record ids, and lists are sorted, so the same records always give the same
output.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .jsonl import read_records
from .records import DocumentRecord, MemberRecord, OfficerRecord, OrganisationRecord, ResolutionRecord, Votes

ExportFormat = Literal["popolo", "ocd"]
EXPORT_FORMATS: tuple[str, ...] = ("popolo", "ocd")

OCD_NAMESPACE = uuid.UUID("6f1c1c52-5b8e-4a8e-9d0e-6d696e757465")
"""Namespace of the name-based UUIDs in OCD ids, fixed so ids never change between runs."""

VOTE_RESULTS = {"carried": "pass", "unanimous": "pass", "lost": "fail", "tied": None}
"""Vote-event result for each stated outcome; a tie is settled by a casting vote the record lacks."""

POPOLO_CLASSIFICATION = {"council": "council", "committee": "committee", "government": "government",
                         "partnership": "partnership", "company": "company"}
"""Popolo classification of organisation kinds whose names already say it; the rest keep their kind."""

OCD_CLASSIFICATION = {"council": "legislature", "committee": "committee", "police": "agency",
                      "fire": "agency", "health": "agency", "inspectorate": "agency",
                      "government": "department", "company": "corporation"}
"""OCD's own organization classification for each organisation kind; kinds OCD has no word for get none."""

EXECUTIVE_WORDS = frozenset({"cabinet", "executive", "leader"})
"""First words of a council's executive bodies and posts ("Cabinet", "Cabinet Member for Highways")."""

COMMITTEE = "committee"


def name_key(name: str) -> str:
    """The key names are matched on, also used in ids: lower case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "unnamed"


def most_common(counts: Counter[str]) -> str | None:
    """The most frequent value, alphabetically first among equals, so input order never matters."""
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None


def source_entry(source: str, note: str | None = None) -> dict[str, str]:
    """A Popolo/OCD source: a web address as its url; a file path (not a URL) in the note."""
    if re.match(r"https?://", source):
        return {"url": source, **({"note": note} if note else {})}
    return {"note": f"{source}, {note}" if note else source}


@dataclass
class Body:
    """An organization gathered from the records; a committee has its council as parent."""

    parent: str | None = None
    spellings: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The name as most often written."""
        return most_common(self.spellings) or ""

    @property
    def kind(self) -> str | None:
        """The organisation kind most often given."""
        return most_common(self.kinds)

    @property
    def other_names(self) -> list[str]:
        """Acronyms and aliases, sorted."""
        return sorted(n for n in self.aliases if n not in self.spellings)

    def ocd_classification(self) -> str | None:
        """OCD's classification: a council's executive bodies and posts are ``executive``."""
        if self.kind == COMMITTEE and name_key(self.name).split("-")[0] in EXECUTIVE_WORDS:
            return "executive"
        return OCD_CLASSIFICATION.get(self.kind or "")


@dataclass
class Person:
    """A person gathered from the records, with memberships (organisation key, role) and contact details."""

    spellings: Counter[str] = field(default_factory=Counter)
    memberships: set[tuple[str, str]] = field(default_factory=set)
    contacts: set[tuple[str, str]] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The name as most often written."""
        return most_common(self.spellings) or ""

    @property
    def contact_details(self) -> list[dict[str, str]]:
        """E-mail addresses and phone numbers (``voice``), sorted."""
        return [{"type": kind, "value": value} for kind, value in sorted(self.contacts)]


@dataclass
class Collection:
    """Everything an export needs, gathered from a records file."""

    bodies: dict[str, Body] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    resolutions: list[tuple[ResolutionRecord, str, str, str]] = field(default_factory=list)
    """Each resolution with its paper's source, its decision maker's key and its paper's scope (for
    voters)."""
    members: dict[str, list[str]] = field(default_factory=dict)
    """Names of each paper's members (by doc_id), to match surnames in recorded votes."""

    def body(self, key: str, name: str, kind: str | None, source: str, parent: str | None = None) -> Body:
        """The organization of this key, created on first sight; a known kind is counted."""
        body = self.bodies.setdefault(key, Body(parent=parent))
        body.spellings[" ".join(name.split())] += 1
        if kind:
            body.kinds[kind] += 1
        body.sources.add(source)
        return body

    def person(self, key: str, name: str, source: str) -> Person:
        """The person of this key, created on first sight."""
        person = self.people.setdefault(key, Person())
        person.spellings[" ".join(name.split())] += 1
        person.sources.add(source)
        return person


def resolve_voter(name: str, members: list[str]) -> str:
    """The member a recorded-vote name means: the same name, or the paper's one member of that surname."""
    key = name_key(name)
    if any(name_key(m) == key for m in members):
        return name
    by_surname = sorted({m for m in members if name_key(m.split()[-1]) == key})
    return by_surname[0] if len(by_surname) == 1 else name


def paper_council(records: list[Any]) -> str | None:
    """The council whose paper this is: of the councils it names, the most mentioned (then the first)."""
    councils = [r for r in records if isinstance(r, OrganisationRecord) and r.kind == "council"]
    if not councils:
        return None
    return min(councils, key=lambda r: (-r.mentions.count, r.span.start, r.name)).name


class PaperScope:
    """How one paper's bodies and people are keyed: committees and people under the paper's council."""

    def __init__(self, doc_id: str, records: list[Any]) -> None:
        council = paper_council(records)
        self.council = council
        self.council_key = name_key(council) if council else None
        self.scope = self.council_key or f"paper-{doc_id}"
        """Where the paper's committees and people belong: its council, else the paper alone."""
        self.kinds = {name_key(r.name): r.kind for r in records if isinstance(r, OrganisationRecord)}

    def body_key(self, name: str, kind: str | None) -> str:
        """A committee is keyed under the paper's council; any other body by its name alone."""
        return f"{self.scope}/{name_key(name)}" if kind == COMMITTEE else name_key(name)

    def person_key(self, name: str, body: str | None = None) -> str:
        """A person is keyed under the body they serve (an officer's organisation), else the paper's."""
        return f"{body or self.scope}/{name_key(name)}"


def _add_body(found: Collection, scope: PaperScope, name: str, kind: str | None, source: str) -> str:
    """Add a body named in a paper and return its key; a committee's parent is the paper's council.

    The kind the paper's organisation records give wins over the one assumed (a header's committee may be
    a parish council)."""
    kind = scope.kinds.get(name_key(name)) or kind
    key = scope.body_key(name, kind)
    parent = scope.council_key if kind == COMMITTEE and key != scope.council_key else None
    found.body(key, name, kind, source, parent)
    return key


def _collect_paper(found: Collection, documents: list[DocumentRecord], records: list[Any]) -> None:
    """Gather one paper's bodies, people and resolutions (identical copies of it share them)."""
    scope = PaperScope(documents[0].doc_id, records)
    source = min(d.source for d in documents)
    if scope.council:
        found.body(scope.council_key or "", scope.council, "council", source)
    committee = next((d.committee for d in documents if d.committee), None)
    committee_key = _add_body(found, scope, committee, COMMITTEE, source) if committee else None
    members = sorted(r.name for r in records if isinstance(r, MemberRecord))
    found.members[documents[0].doc_id] = members
    for record in records:
        if isinstance(record, OrganisationRecord):
            body = found.bodies[_add_body(found, scope, record.name, record.kind, source)]
            body.aliases.update(n for n in [record.acronym, *record.aliases] if n)
        elif isinstance(record, OfficerRecord) and record.name:
            body_key = (_add_body(found, scope, record.organisation, None, source) if record.organisation
                        else None)
            person = found.person(scope.person_key(record.name, body_key), record.name, source)
            if body_key:
                person.memberships.add((body_key, record.job_title or "officer"))
            if record.email:
                person.contacts.add(("email", record.email))
            if record.phone_e164 or record.phone:
                person.contacts.add(("voice", record.phone_e164 or record.phone or ""))
        elif isinstance(record, MemberRecord):
            person = found.person(scope.person_key(record.name), record.name, source)
            if committee_key:
                person.memberships.add((committee_key, record.role))
        elif isinstance(record, ResolutionRecord):
            maker = ""
            if record.decision_maker:
                maker = _add_body(found, scope, record.decision_maker, COMMITTEE, source)
            found.resolutions.append((record, source, maker, scope.scope))
            for _, name, _ in named_votes(members, record):
                found.person(scope.person_key(name), name, source)


def collect(records_path: Path) -> Collection:
    """Gather organizations, people and resolutions from a records JSONL, paper by paper."""
    documents: dict[str, list[DocumentRecord]] = defaultdict(list)
    found_in: dict[str, list[Any]] = defaultdict(list)
    for record in read_records(records_path):
        if isinstance(record, DocumentRecord):
            documents[record.doc_id].append(record)
        else:
            found_in[record.doc_id].append(record)
    found = Collection()
    for doc_id in sorted(documents):
        records = sorted(found_in.get(doc_id, []), key=lambda r: (r.span.start, r.record_type, r.record_id))
        _collect_paper(found, documents[doc_id], records)
    found.resolutions.sort(key=lambda item: (item[0].date or "", item[0].doc_id, item[0].span.start,
                                             item[0].record_id))
    return found


def _counts(record: ResolutionRecord) -> list[dict[str, Any]]:
    votes = record.votes
    assert votes is not None
    pairs = [("yes", votes.for_), ("no", votes.against), ("abstain", votes.abstentions)]
    return [{"option": option, "value": value} for option, value in pairs if value is not None]


def named_votes(members: list[str], record: ResolutionRecord) -> list[tuple[str, str, str]]:
    """Each named vote as (option, the member meant, the name as written)."""
    recorded = record.votes.recorded if record.votes else None
    if recorded is None:
        return []
    pairs = ([("yes", n) for n in recorded.for_] + [("no", n) for n in recorded.against]
             + [("abstain", n) for n in recorded.abstained])
    return [(option, resolve_voter(name, members), name) for option, name in pairs]


def vote_result(votes: Votes) -> str | None:
    """pass or fail from the stated outcome, else from the counts for and against; a tie is unknown."""
    if votes.outcome is not None:
        return VOTE_RESULTS[votes.outcome]
    if votes.for_ is None or votes.against is None or votes.for_ == votes.against:
        return None
    return "pass" if votes.for_ > votes.against else "fail"


def _motion_result(record: ResolutionRecord) -> str | None:
    """pass for a resolution the meeting made; its vote decides when the outcome or both counts are stated."""
    votes = record.votes
    counted = votes is not None and votes.for_ is not None and votes.against is not None
    if votes is not None and (votes.outcome is not None or counted):
        return vote_result(votes)
    return "pass"


def to_popolo(found: Collection) -> dict[str, Any]:
    """The collection as one Popolo JSON document."""
    org_id = {key: f"organization/{key}" for key in found.bodies}
    person_id = {key: f"person/{key}" for key in found.people}
    organizations = [
        {"id": org_id[key], "name": body.name,
         "classification": POPOLO_CLASSIFICATION.get(body.kind or "", body.kind),
         "parent_id": org_id[body.parent] if body.parent else None,
         "other_names": [{"name": n} for n in body.other_names],
         "sources": [source_entry(s) for s in sorted(body.sources)]}
        for key, body in found.bodies.items()
    ]
    persons = [{"id": person_id[key], "name": p.name, "contact_details": p.contact_details,
                "sources": [source_entry(s) for s in sorted(p.sources)]}
               for key, p in found.people.items()]
    memberships = [
        {"id": f"membership/{key}/{org}/{name_key(role)}", "person_id": person_id[key],
         "organization_id": org_id[org], "role": role}
        for key, p in found.people.items() for org, role in p.memberships
    ]
    motions, vote_events = [], []
    for record, source, maker, scope in found.resolutions:
        organization_id = org_id[maker] if maker else None
        span = f"characters {record.span.start}-{record.span.end}"
        motions.append({
            "id": f"motion/{record.record_id}", "organization_id": organization_id, "text": record.text,
            "classification": record.status, "date": record.date, "result": _motion_result(record),
            "sources": [source_entry(source, span)],
        })
        if record.votes is None:
            continue
        vote_events.append({
            "id": f"vote-event/{record.record_id}", "motion_id": f"motion/{record.record_id}",
            "organization_id": organization_id, "start_date": record.date,
            "result": vote_result(record.votes),
            "counts": _counts(record),
            "votes": [{"option": option, "voter_id": person_id[f"{scope}/{name_key(name)}"]}
                      for option, name, _ in named_votes(found.members.get(record.doc_id, []), record)],
        })
    return {
        "organizations": sorted(organizations, key=lambda o: o["id"]),
        "persons": sorted(persons, key=lambda p: p["id"]),
        "memberships": sorted(memberships, key=lambda m: m["id"]),
        "motions": motions,
        "vote_events": vote_events,
    }


def _ocd_id(kind: str, name: str) -> str:
    return f"ocd-{kind}/{uuid.uuid5(OCD_NAMESPACE, f'{kind}|{name}')}"


def to_ocd(found: Collection) -> dict[str, Any]:
    """The collection as Open Civic Data objects (pupa's scrape JSON shapes, each with its _type)."""
    org_id = {key: _ocd_id("organization", key) for key in found.bodies}
    person_id = {key: _ocd_id("person", key) for key in found.people}
    organizations = [
        {"_type": "organization", "_id": org_id[key], "name": body.name,
         "classification": body.ocd_classification(),
         "parent_id": org_id[body.parent] if body.parent else None,
         "other_names": [{"name": n} for n in body.other_names],
         "sources": [source_entry(s) for s in sorted(body.sources)]}
        for key, body in found.bodies.items()
    ]
    people = [{"_type": "person", "_id": person_id[key], "name": p.name, "contact_details": p.contact_details,
               "sources": [source_entry(s) for s in sorted(p.sources)]}
              for key, p in found.people.items()]
    memberships = [
        {"_type": "membership", "_id": _ocd_id("membership", f"{key}|{org}|{role}"),
         "person_id": person_id[key], "organization_id": org_id[org], "role": role}
        for key, p in found.people.items() for org, role in p.memberships
    ]
    vote_events = []
    for record, source, maker, scope in found.resolutions:
        vote_events.append({
            "_type": "vote_event", "_id": _ocd_id("vote", record.record_id),
            "organization": org_id[maker] if maker else None,
            "motion_text": record.text, "motion_classification": [record.status],
            "start_date": record.date, "result": _motion_result(record),
            "counts": _counts(record) if record.votes else [],
            "votes": [{"option": option, "voter_name": written,
                       "voter_id": person_id[f"{scope}/{name_key(name)}"]}
                      for option, name, written in named_votes(found.members.get(record.doc_id, []), record)],
            "sources": [source_entry(source, f"characters {record.span.start}-{record.span.end}")],
            "extras": {"record_id": record.record_id, "doc_id": record.doc_id, "limb": record.limb,
                       "vote_outcome": record.votes.outcome if record.votes else None},
        })
    return {
        "organizations": sorted(organizations, key=lambda o: o["_id"]),
        "people": sorted(people, key=lambda p: p["_id"]),
        "memberships": sorted(memberships, key=lambda m: m["_id"]),
        "vote_events": vote_events,
    }


def export_records(records_path: Path, export_format: ExportFormat) -> str:
    """The records of a JSONL file as Popolo or OCD JSON text.

    Args:
        records_path: JSONL written by ``minutes-extract run``.
        export_format: ``popolo`` or ``ocd``.

    Returns:
        Indented JSON, the same for the same records.
    """
    found = collect(records_path)
    data = to_popolo(found) if export_format == "popolo" else to_ocd(found)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
