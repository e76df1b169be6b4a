"""Export records for civic-data stacks: Popolo (motions, vote events, organizations, persons) or OCD.

Resolutions become motions; those with a stated vote also become vote events with counts and, for a
recorded vote, each member's vote. Organisation records, committees and decision makers become
organizations; officers and members with a name become persons, with a membership of their
organisation or committee. People and bodies are matched across papers by their name as written
(case, spacing and punctuation aside). Ids are derived from names and record ids, and lists are sorted, so the
same records always give the same output.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .jsonl import read_records
from .records import DocumentRecord, MemberRecord, OfficerRecord, OrganisationRecord, ResolutionRecord

ExportFormat = Literal["popolo", "ocd"]
EXPORT_FORMATS: tuple[str, ...] = ("popolo", "ocd")

OCD_NAMESPACE = uuid.UUID("6f1c1c52-5b8e-4a8e-9d0e-6d696e757465")
"""Namespace of the name-based UUIDs in OCD ids, fixed so ids never change between runs."""

VOTE_RESULTS = {"carried": "pass", "unanimous": "pass", "lost": "fail", "tied": None}
"""Vote-event result for each stated outcome; a tie is settled by a casting vote the record lacks."""

ORGANISATION_CLASSIFICATION = {"council": "council", "committee": "committee", "government": "government",
                               "partnership": "partnership", "company": "company"}
"""Popolo classification of organisation kinds whose names already say it; the rest keep their kind."""


def name_key(name: str) -> str:
    """The key names are matched on, also used in ids: lower case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "unnamed"


def most_common(counts: Counter[str]) -> str | None:
    """The most frequent value, alphabetically first among equals, so input order never matters."""
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None


@dataclass
class Body:
    """An organization gathered from the records."""

    spellings: Counter[str] = field(default_factory=Counter)
    classifications: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The name as most often written."""
        return most_common(self.spellings) or ""

    @property
    def other_names(self) -> list[str]:
        """Acronyms and aliases, sorted."""
        return sorted(n for n in self.aliases if n not in self.spellings)


@dataclass
class Person:
    """A person gathered from the records, with their memberships (organisation key, role)."""

    spellings: Counter[str] = field(default_factory=Counter)
    memberships: set[tuple[str, str]] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The name as most often written."""
        return most_common(self.spellings) or ""


@dataclass
class Collection:
    """Everything an export needs, gathered from a records file."""

    bodies: dict[str, Body] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    resolutions: list[tuple[ResolutionRecord, str]] = field(default_factory=list)
    members: dict[str, list[str]] = field(default_factory=dict)
    """Names of each paper's members (by doc_id), to match surnames in recorded votes."""

    def body(self, name: str, classification: str | None, source: str) -> Body:
        """The organization of this name, created on first sight; a known classification is kept."""
        body = self.bodies.setdefault(name_key(name), Body())
        body.spellings[" ".join(name.split())] += 1
        if classification:
            body.classifications[classification] += 1
        body.sources.add(source)
        return body

    def person(self, name: str, source: str) -> Person:
        """The person of this name, created on first sight."""
        person = self.people.setdefault(name_key(name), Person())
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


def collect(records_path: Path) -> Collection:
    """Gather organizations, people and resolutions from a records JSONL."""
    records = list(read_records(records_path))
    documents = {r.doc_id: r for r in records if isinstance(r, DocumentRecord)}
    found = Collection()
    for record in records:
        if isinstance(record, MemberRecord):
            found.members.setdefault(record.doc_id, []).append(record.name)
    for record in records:
        document = documents.get(record.doc_id)
        source = document.source if document else record.doc_id
        if isinstance(record, DocumentRecord) and record.committee:
            found.body(record.committee, "committee", source)
        elif isinstance(record, OrganisationRecord):
            kind = ORGANISATION_CLASSIFICATION.get(record.kind, record.kind)
            body = found.body(record.name, kind, source)
            body.aliases.update(n for n in [record.acronym, *record.aliases] if n)
        elif isinstance(record, OfficerRecord) and record.name:
            person = found.person(record.name, source)
            if record.organisation:
                found.body(record.organisation, None, source)
                person.memberships.add((name_key(record.organisation), record.job_title or "officer"))
        elif isinstance(record, MemberRecord):
            person = found.person(record.name, source)
            if document and document.committee:
                person.memberships.add((name_key(document.committee), record.role))
        elif isinstance(record, ResolutionRecord):
            found.resolutions.append((record, source))
            if record.decision_maker:
                found.body(record.decision_maker, None, source)
            for _, name, _ in named_votes(found, record):
                found.person(name, source)
    found.resolutions.sort(key=lambda pair: (pair[0].date or "", pair[0].doc_id, pair[0].span.start,
                                             pair[0].record_id))
    return found


def _sources(sources: set[str]) -> list[dict[str, str]]:
    return [{"url": s} for s in sorted(sources)]


def _counts(record: ResolutionRecord) -> list[dict[str, Any]]:
    votes = record.votes
    assert votes is not None
    pairs = [("yes", votes.for_), ("no", votes.against), ("abstain", votes.abstentions)]
    return [{"option": option, "value": value} for option, value in pairs if value is not None]


def named_votes(found: Collection, record: ResolutionRecord) -> list[tuple[str, str, str]]:
    """Each named vote as (option, the member meant, the name as written)."""
    recorded = record.votes.recorded if record.votes else None
    if recorded is None:
        return []
    members = found.members.get(record.doc_id, [])
    pairs = ([("yes", n) for n in recorded.for_] + [("no", n) for n in recorded.against]
             + [("abstain", n) for n in recorded.abstained])
    return [(option, resolve_voter(name, members), name) for option, name in pairs]


def _motion_result(record: ResolutionRecord) -> str | None:
    """pass for a resolution the meeting made; a stated outcome decides when there was a vote."""
    if record.votes is not None and record.votes.outcome is not None:
        return VOTE_RESULTS[record.votes.outcome]
    return "pass"


def to_popolo(found: Collection) -> dict[str, Any]:
    """The collection as one Popolo JSON document."""
    org_id = {key: f"organization/{key}" for key in found.bodies}
    person_id = {key: f"person/{key}" for key in found.people}
    organizations = [
        {"id": org_id[key], "name": body.name,
         "classification": most_common(body.classifications),
         "other_names": [{"name": n} for n in body.other_names], "sources": _sources(body.sources)}
        for key, body in found.bodies.items()
    ]
    persons = [{"id": person_id[key], "name": p.name, "sources": _sources(p.sources)}
               for key, p in found.people.items()]
    memberships = [
        {"id": f"membership/{key}/{org}/{name_key(role)}", "person_id": person_id[key],
         "organization_id": org_id[org], "role": role}
        for key, p in found.people.items() for org, role in p.memberships
    ]
    motions, vote_events = [], []
    for record, source in found.resolutions:
        organization_id = org_id[name_key(record.decision_maker)] if record.decision_maker else None
        motions.append({
            "id": f"motion/{record.record_id}", "organization_id": organization_id, "text": record.text,
            "classification": record.status, "date": record.date, "result": _motion_result(record),
            "sources": [{"url": source, "note": f"characters {record.span.start}-{record.span.end}"}],
        })
        if record.votes is None:
            continue
        vote_events.append({
            "id": f"vote-event/{record.record_id}", "motion_id": f"motion/{record.record_id}",
            "organization_id": organization_id, "start_date": record.date,
            "result": VOTE_RESULTS.get(record.votes.outcome) if record.votes.outcome else None,
            "counts": _counts(record),
            "votes": [{"option": option, "voter_id": person_id[name_key(name)]}
                      for option, name, _ in named_votes(found, record)],
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
         "classification": most_common(body.classifications) or "other",
         "other_names": [{"name": n} for n in body.other_names], "sources": _sources(body.sources)}
        for key, body in found.bodies.items()
    ]
    people = [{"_type": "person", "_id": person_id[key], "name": p.name, "sources": _sources(p.sources)}
              for key, p in found.people.items()]
    memberships = [
        {"_type": "membership", "_id": _ocd_id("membership", f"{key}|{org}|{role}"),
         "person_id": person_id[key], "organization_id": org_id[org], "role": role}
        for key, p in found.people.items() for org, role in p.memberships
    ]
    vote_events = []
    for record, source in found.resolutions:
        vote_events.append({
            "_type": "vote_event", "_id": _ocd_id("vote", record.record_id),
            "organization": org_id[name_key(record.decision_maker)] if record.decision_maker else None,
            "motion_text": record.text, "motion_classification": [record.status],
            "start_date": record.date, "result": _motion_result(record),
            "counts": _counts(record) if record.votes else [],
            "votes": [{"option": option, "voter_name": written, "voter_id": person_id[name_key(name)]}
                      for option, name, written in named_votes(found, record)],
            "sources": [{"url": source, "note": f"characters {record.span.start}-{record.span.end}"}],
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
