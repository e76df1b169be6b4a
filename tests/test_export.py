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

from .sample_records import cabinet_records, sample_records, write_sample


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
    assert motions[0]["sources"] == [{"url": "papers/dyfed-valley/cabinet-2024-03-14.txt",
                                      "note": f"characters {cabinet_records()[2].span.start}-"
                                              f"{cabinet_records()[2].span.end}"}]


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
    assert result.exit_code == 1
    assert "popolo, ocd" in result.output
