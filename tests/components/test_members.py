"""minutes_members in the full pipeline: member records from attendance lists."""

from __future__ import annotations

from extract.extensions import MEMBERS
from tests.conftest import assert_grounded

CMIS_MINUTES = """Minutes of the Licensing Committee held on 3 July 2024

Present: Cllr Jane Doe (Lab, Abbey Ward) (Chair); Cllr Sam Lee (Con - Eastfield); Mr Peter Grey (Co-opted Member)

In attendance: Ruth Ellis (Licensing Manager)

Apologies for absence were received from Councillors Amir Khan and Lucy Hart.

1. Declarations of interest
There were none.
"""

SCOTTISH_MINUTES = """THE HIGHLAND COUNCIL
Minutes of the Education Committee

Sederunt: Councillor Morag Ross (Convener), Councillor Iain Grant (Vice-Convener), Provost Ewan Fraser

Apologies: Councillor Kirsty Bain
"""


def test_member_records(extractor):
    records = extractor.extract_text(CMIS_MINUTES, source="licensing.txt")
    assert_grounded(records, CMIS_MINUTES)
    members = [(r.name, r.role, r.attendance, r.party, r.ward) for r in records if r.record_type == "member"]
    assert members == [
        ("Jane Doe", "chair", "present", "Labour", "Abbey Ward"),
        ("Sam Lee", "member", "present", "Conservative", "Eastfield"),
        ("Peter Grey", "co-opted", "present", None, None),
        ("Amir Khan", "member", "apologies", None, None),
        ("Lucy Hart", "member", "apologies", None, None),
    ]
    officers = [(r.name, r.job_title, r.role) for r in records if r.record_type == "officer"]
    assert officers == [("Ruth Ellis", "Licensing Manager", "attendee")]


def test_member_spans_quote_the_name_as_written(nlp):
    doc = nlp(SCOTTISH_MINUTES)
    spans = doc.spans[MEMBERS]
    assert [s.text for s in spans] == [
        "Councillor Morag Ross", "Councillor Iain Grant", "Provost Ewan Fraser", "Councillor Kirsty Bain",
    ]
    assert [(s._.member_name, s._.member_role, s._.member_attendance) for s in spans] == [
        ("Morag Ross", "chair", "present"),
        ("Iain Grant", "vice_chair", "present"),
        ("Ewan Fraser", "member", "present"),
        ("Kirsty Bain", "member", "apologies"),
    ]


def test_councillors_in_attendance_are_members_not_officers(extractor):
    text = "In attendance: Councillor Rhian Evans (Cabinet Member for Education)\n"
    records = extractor.extract_text(text, source="x.txt")
    assert [r.record_type for r in records[1:] if r.record_type in ("member", "officer")] == ["member"]


PANEL_MINUTES = """CORPORATE PARENTING PANEL - 4th March 2025

MINUTES of the meeting held in the Medway Room, Civic Centre.

PRESENT: Helen Marsh (Chair), Owen Pike (Vice-Chair), Rosa Quint, Dean Ashby, Lena Ward and Carla Fenn

ALSO PRESENT: Bill Tanner, Cabinet Member for Children's Services.

IN ATTENDANCE: Ali Reza (Democratic Services Officer)

4. Virtual School Update
1. Lena Ward, Head of Virtual School, presented the report to the Panel.
2. Carla Fenn, Assistant Director for Corporate Parenting, answered questions.
"""

COMMUNITY_MINUTES = """Minutes for General Meeting 3rd of February 2025

1. Attendance and Apologies
   Attending: Moira Dunn (Chair), Sean Roy (Vice Chair), Ewan Lyle (Secretary), Kath Ure (Treasurer), Jim Bain
   Apologies: Ross Kerr
"""


def test_people_the_minutes_name_with_an_officers_post_are_officers_not_members(extractor):
    records = extractor.extract_text(PANEL_MINUTES, source="panel.txt")
    assert_grounded(records, PANEL_MINUTES)
    members = [(r.name, r.role) for r in records if r.record_type == "member"]
    officers = [(r.name, r.job_title) for r in records if r.record_type == "officer"]
    assert members == [("Helen Marsh", "chair"), ("Owen Pike", "vice_chair"), ("Rosa Quint", "member"),
                       ("Dean Ashby", "member"), ("Bill Tanner", "member")]
    assert officers == [("Ali Reza", "Democratic Services Officer"), ("Lena Ward", "Head of Virtual School"),
                        ("Carla Fenn", "Assistant Director for Corporate Parenting")]


def test_attending_heading_and_office_bearers_of_a_community_council(extractor):
    records = extractor.extract_text(COMMUNITY_MINUTES, source="community.txt")
    members = [(r.name, r.role, r.attendance) for r in records if r.record_type == "member"]
    assert members == [("Moira Dunn", "chair", "present"), ("Sean Roy", "vice_chair", "present"),
                       ("Ewan Lyle", "other", "present"), ("Kath Ure", "other", "present"),
                       ("Jim Bain", "member", "present"), ("Ross Kerr", "member", "apologies")]
    assert [r for r in records if r.record_type == "officer"] == []


AGENDA = """NOTICE OF MEETING

Licensing Sub-Committee
Tuesday, 8 April 2025 at 10.00 am
Council Chamber, Town Hall

Membership: Councillors Asha Patel (Chair), Gareth Lloyd and Fiona Webb

Quorum: 3

AGENDA

1. Apologies for absence
"""


def test_an_agendas_membership_list_says_nothing_of_attendance(extractor):
    records = extractor.extract_text(AGENDA, source="agenda.txt")
    members = [(r.name, r.role, r.attendance) for r in records if r.record_type == "member"]
    assert members == [("Asha Patel", "chair", None), ("Gareth Lloyd", "member", None),
                       ("Fiona Webb", "member", None)]


PARISH_MINUTES = """Hartside Parish Council - 4th March 2025

Present
Councillors D Ross (Chair), S Lane, & P Moor
Clerk J Connell

Apologies
Councillors R Hale
"""


def test_a_clerk_listed_by_post_then_name(extractor):
    records = extractor.extract_text(PARISH_MINUTES, source="parish.txt")
    assert [(r.name, r.job_title) for r in records if r.record_type == "officer"] == [("J Connell", "Clerk")]
