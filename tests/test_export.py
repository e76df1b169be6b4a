"""Popolo and OCD export: motions, vote events, organizations, persons and memberships, deterministic."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.export import ExportFormat, export_records, resolve_voter

from extract.records import (
    MemberRecord, Mentions, OfficerRecord, OrganisationRecord, ResolutionRecord, Span, Votes, make_record_id,
)

from .sample_records import cabinet_records, document, sample_records, write_sample


@pytest.fixture
def records_path(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "records.jsonl")


@pytest.fixture
def popolo(records_path: Path) -> dict[str, Any]:
    return json.loads(export_records(records_path, "popolo"))


@pytest.fixture
def ocd(records_path: Path) -> dict[str, Any]:
    return json.loads(export_records(records_path, "ocd"))


def by_name(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["name"]: item for item in items}


def test_popolo_every_resolution_is_a_motion(popolo: dict[str, Any]) -> None:
    motions = popolo["motions"]
    assert [m["text"] for m in motions] == [
        "that the Deposit Plan be approved for public consultation",
        "that the Head of Planning be authorised to make minor factual changes",
    ]
    cabinet = by_name(popolo["organizations"])["Cabinet"]
    assert {m["organization_id"] for m in motions} == {cabinet["id"]}
    assert {(m["date"], m["result"], m["classification"]) for m in motions} == {
        ("2024-03-14", "pass", "approved")}
    span = cabinet_records()[2].span
    assert motions[0]["sources"] == [
        {"note": f"papers/dyfed-valley/cabinet-2024-03-14.txt, characters {span.start}-{span.end}"}]


def test_popolo_vote_event_has_counts_and_named_votes(popolo: dict[str, Any]) -> None:
    (event,) = popolo["vote_events"]
    assert event["motion_id"] == popolo["motions"][0]["id"]
    assert event["result"] == "pass"
    assert event["counts"] == [{"option": "yes", "value": 2}, {"option": "no", "value": 1}]
    person_names = {p["id"]: p["name"] for p in popolo["persons"]}
    assert [(v["option"], person_names[v["voter_id"]]) for v in event["votes"]] == [
        ("yes", "Siân Morgan"), ("yes", "Rhys Pritchard"), ("no", "Alun Davies"),
    ]


@pytest.mark.parametrize(
    "name, classification, other_names",
    [
        pytest.param("Cabinet", "committee", [], id="committee-of-the-paper"),
        pytest.param("Dyfed Valley County Council", "council", [{"name": "DVCC"}], id="council-with-acronym"),
        pytest.param("Welsh Government", "government", [], id="government"),
    ],
)
def test_popolo_organizations(popolo: dict[str, Any], name: str, classification: str,
                              other_names: list[dict[str, str]]) -> None:
    organization = by_name(popolo["organizations"])[name]
    assert organization["classification"] == classification
    assert organization["other_names"] == other_names


@pytest.mark.parametrize(
    "person, organization, role",
    [
        pytest.param("Siân Morgan", "Cabinet", "chair", id="chair"),
        pytest.param("Rhys Pritchard", "Cabinet", "vice_chair", id="vice-chair"),
        pytest.param("Mair Jones", "Cabinet", "member", id="member-sent-apologies"),
        pytest.param("Gwen Evans", "Dyfed Valley County Council", "Head of Planning", id="officer-job-title"),
    ],
)
def test_popolo_memberships(popolo: dict[str, Any], person: str, organization: str, role: str) -> None:
    person_id = by_name(popolo["persons"])[person]["id"]
    organization_id = by_name(popolo["organizations"])[organization]["id"]
    assert {"person_id": person_id, "organization_id": organization_id, "role": role} in [
        {k: m[k] for k in ("person_id", "organization_id", "role")} for m in popolo["memberships"]
    ]


def test_popolo_people_are_not_duplicated_by_recorded_votes(popolo: dict[str, Any]) -> None:
    assert sorted(p["name"] for p in popolo["persons"]) == [
        "Alun Davies", "Gwen Evans", "Mair Jones", "Rhys Pritchard", "Siân Morgan",
    ]


def test_ocd_vote_events_carry_the_motion(ocd: dict[str, Any]) -> None:
    events = ocd["vote_events"]
    assert [e["extras"]["limb"] for e in events] == ["a", "b"]
    assert all(e["_type"] == "vote_event" and e["_id"].startswith("ocd-vote/") for e in events)
    assert events[0]["counts"] == [{"option": "yes", "value": 2}, {"option": "no", "value": 1}]
    assert events[1]["counts"] == [] and events[1]["votes"] == []
    people = {p["_id"]: p["name"] for p in ocd["people"]}
    assert [(v["option"], v["voter_name"], people[v["voter_id"]]) for v in events[0]["votes"]] == [
        ("yes", "Morgan", "Siân Morgan"), ("yes", "Pritchard", "Rhys Pritchard"),
        ("no", "Davies", "Alun Davies"),
    ]
    cabinet = by_name(ocd["organizations"])["Cabinet"]
    assert {e["organization"] for e in events} == {cabinet["_id"]}


@pytest.mark.parametrize("collection, prefix", [
    pytest.param("organizations", "ocd-organization/", id="organizations"),
    pytest.param("people", "ocd-person/", id="people"),
    pytest.param("memberships", "ocd-membership/", id="memberships"),
])
def test_ocd_ids_are_unique_and_typed(ocd: dict[str, Any], collection: str, prefix: str) -> None:
    ids = [item["_id"] for item in ocd[collection]]
    assert ids and all(i.startswith(prefix) for i in ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("export_format", ["popolo", "ocd"])
def test_output_does_not_depend_on_record_order(tmp_path: Path, export_format: ExportFormat) -> None:
    records = sample_records()
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    first = export_records(write_sample(tmp_path / "a.jsonl", records), export_format)
    second = export_records(write_sample(tmp_path / "b.jsonl", shuffled), export_format)
    assert first == second


@pytest.mark.parametrize(
    "name, members, expected",
    [
        pytest.param("Morgan", ["Siân Morgan", "Alun Davies"], "Siân Morgan", id="unique-surname"),
        pytest.param("Jones", ["Mair Jones", "Gareth Jones"], "Jones", id="ambiguous-surname-kept"),
        pytest.param("Alun Davies", ["Alun Davies"], "Alun Davies", id="full-name"),
        pytest.param("Price", ["Siân Morgan"], "Price", id="not-a-member"),
    ],
)
def test_resolve_voter(name: str, members: list[str], expected: str) -> None:
    assert resolve_voter(name, members) == expected


def test_cli_export_writes_to_stdout_by_default(records_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "popolo", str(records_path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["motions"]


def test_cli_export_writes_a_file(records_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ocd.json"
    result = CliRunner().invoke(app, ["export", "--format", "ocd", str(records_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == export_records(records_path, "ocd")


def test_cli_export_rejects_an_unknown_format(records_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "akoma", str(records_path)])
    assert result.exit_code == 2
    assert "popolo, ocd" in result.output


OCD_ORGANIZATION_CLASSIFICATIONS = {"legislature", "executive", "upper", "lower", "party", "committee",
                                    "commission", "corporation", "agency", "department", "judiciary"}


def _span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start=start, end=start + len(quote))


def council_paper(sha: str, source: str, council: str, votes: Votes,
                  officer: dict[str, Any] | None = None) -> list:
    """A district cabinet's minutes: its council, a chair, a resolution with counted votes, an officer."""
    text = (f"{council.upper()}\nCABINET – 4 JUNE 2024\nPresent: Cllr A. Thompson (Chair)\n"
            f"Officers: Lena Ortiz, Democratic Services Officer\nRESOLVED: that the budget be approved.\n")
    doc = document(sha, source, status="ok", doc_type="minutes", committee="Cabinet",
                   meeting_date="2024-06-04", format="text", text_chars=len(text))
    d = doc.doc_id

    def extracted(kind: str, quote: str) -> dict[str, Any]:
        span = _span(text, quote)
        return {"doc_id": d, "record_id": make_record_id(d, kind, span.start, span.end), "span": span,
                "evidence": quote}

    records = [
        doc,
        OrganisationRecord(**extracted("organisation", council.upper()), name=council, kind="council",
                           mentions=Mentions(count=1, spans=[_span(text, council.upper())])),
        MemberRecord(**extracted("member", "A. Thompson"), name="A. Thompson", role="chair",
                     attendance="present"),
        ResolutionRecord(**extracted("resolution", "that the budget be approved"),
                         text="that the budget be approved", status="approved", decision_maker="Cabinet", date="2024-06-04", votes=votes),
    ]
    if officer:
        records.append(OfficerRecord(**extracted("officer", "Lena Ortiz, Democratic Services Officer"),
                                     name="Lena Ortiz", job_title="Democratic Services Officer",
                                     role="attendee", **officer))
    return records


@pytest.fixture
def two_councils(tmp_path: Path) -> Path:
    """Two councils' cabinets, each with a chair called A. Thompson; one paper has an address on the web."""
    officer = {"email": "lena.ortiz@northsomerby.gov.uk", "phone": "01632 960123", "phones": ["01632 960123"],
               "phone_e164": "+441632960123"}
    north = council_paper("1" * 64, "papers/north/cabinet-2024-06-04.txt", "North Somerby District Council",
                          Votes(for_=8, against=4), officer=officer)
    west = council_paper("2" * 64, "https://democracy.westmarch.gov.uk/documents/s9001/cabinet.pdf",
                         "Westmarch Borough Council", Votes(for_=3, against=5))
    tied = council_paper("3" * 64, "papers/west/cabinet-2024-07-02.txt", "Westmarch Borough Council",
                         Votes(for_=4, against=4))
    return write_sample(tmp_path / "councils.jsonl", north + west + tied)


@pytest.mark.issue(13)
@pytest.mark.parametrize("export_format, key", [("popolo", "id"), ("ocd", "_id")])
def test_committees_of_two_councils_are_two_bodies_with_their_council_as_parent(two_councils, export_format,
                                                                                key):
    data = json.loads(export_records(two_councils, export_format))
    by_id = {o[key]: o for o in data["organizations"]}
    cabinets = [o for o in data["organizations"] if o["name"] == "Cabinet"]
    assert len(cabinets) == 2
    assert sorted(by_id[c["parent_id"]]["name"] for c in cabinets) == [
        "North Somerby District Council", "Westmarch Borough Council"]
    assert all(by_id[c["parent_id"]].get("parent_id") is None for c in cabinets)


@pytest.mark.issue(13)
@pytest.mark.parametrize("export_format, people", [("popolo", "persons"), ("ocd", "people")])
def test_people_of_the_same_name_on_two_councils_are_two_people(two_councils, export_format, people):
    data = json.loads(export_records(two_councils, export_format))
    key = "id" if export_format == "popolo" else "_id"
    thompsons = [p[key] for p in data[people] if p["name"] == "A. Thompson"]
    assert len(thompsons) == 2
    chairs = {m["organization_id"] for m in data["memberships"] if m["person_id"] in thompsons}
    assert len(chairs) == 2


@pytest.mark.issue(13)
@pytest.mark.parametrize("export_format, people", [("popolo", "persons"), ("ocd", "people")])
def test_officers_email_and_phone_are_on_the_person(two_councils, export_format, people):
    data = json.loads(export_records(two_councils, export_format))
    (ortiz,) = [p for p in data[people] if p["name"] == "Lena Ortiz"]
    assert ortiz["contact_details"] == [{"type": "email", "value": "lena.ortiz@northsomerby.gov.uk"},
                                        {"type": "voice", "value": "+441632960123"}]


@pytest.mark.issue(13)
@pytest.mark.parametrize("export_format", ["popolo", "ocd"])
def test_sources_give_a_url_only_for_a_web_address(two_councils, export_format):
    data = json.loads(export_records(two_councils, export_format))
    sources = [s for collection in data.values() for item in collection for s in item.get("sources", [])]
    assert sources
    for source in sources:
        assert source.get("url", "https://").startswith("https://")
        assert "url" in source or "papers/" in source["note"]
    web = "https://democracy.westmarch.gov.uk/documents/s9001/cabinet.pdf"
    assert any(s.get("url") == web for s in sources)


@pytest.mark.issue(13)
@pytest.mark.parametrize("export_format", ["popolo", "ocd"])
def test_a_vote_without_a_stated_outcome_takes_its_result_from_the_counts(two_councils, export_format):
    data = json.loads(export_records(two_councils, export_format))
    counted = sorted((tuple(c["value"] for c in e["counts"]), e["result"]) for e in data["vote_events"])
    assert counted == [((3, 5), "fail"), ((4, 4), None), ((8, 4), "pass")]


@pytest.mark.issue(13)
def test_popolo_motions_take_the_result_of_their_vote(two_councils):
    motions = json.loads(export_records(two_councils, "popolo"))["motions"]
    assert sorted(str(m["result"]) for m in motions) == ["None", "fail", "pass"]


@pytest.mark.issue(13)
def test_ocd_classifications_are_ocds_own(two_councils, records_path):
    for path in (two_councils, records_path):
        organizations = json.loads(export_records(path, "ocd"))["organizations"]
        assert {o["classification"] for o in organizations} <= OCD_ORGANIZATION_CLASSIFICATIONS | {None}
    by_name_ = by_name(json.loads(export_records(two_councils, "ocd"))["organizations"])
    assert by_name_["Westmarch Borough Council"]["classification"] == "legislature"
    assert by_name_["Cabinet"]["classification"] == "executive"
