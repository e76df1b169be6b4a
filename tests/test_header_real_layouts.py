"""The header in the layouts real councils publish: memo-style reports, cover tables, decision recording
forms, records of decision, wrapped minutes titles, community council minutes, Markdown posts, forward
plans. Every paper here is written for the test in the shape of real ones."""

from __future__ import annotations

import pytest

from extract.normalise.header import parse_header


@pytest.mark.parametrize(
    "text, doc_type, committee, meeting_date, title",
    [
        pytest.param(
            "From:   Jane Doe, Cabinet Member for Highways\n\n         Tom Hill, Director of Place\n\n"
            "To:     Cabinet, 12 March 2024\n\nDecision Number: 24/00031\n\nSubject:   Winter Gritting "
            "Routes\n\n"
            "Classification: Unrestricted\n\nSummary: The routes are reviewed each year.\n",
            "report", "Cabinet", "2024-03-12", "Winter Gritting Routes", id="memo-report-to-comma-date",
        ),
        pytest.param(
            "From: Alan Reed, Leader of the Council\nBen Ward – General Counsel\n\nTo: County Council, 14 "
            "May 2024\n\n"
            "Subject: Constitution Review\n\nStatus: Unrestricted\n\n1. Introduction\n",
            "report", "County Council", "2024-05-14", "Constitution Review", id="memo-report-to-council",
        ),
        pytest.param(
            "From: Sara Lane, Corporate Director, Children and Education\n\nTo: Cabinet - 6 February 2025\n\n"
            "Subject: School Place Planning\n\nKey Decision: Yes\n",
            "report", "Cabinet", "2025-02-06", "School Place Planning", id="memo-report-to-dash-date",
        ),
        pytest.param(
            "Committee Report\n\nKEY DECISION OR FOR INFORMATION: For Information\n\nCOMMITTEE: Housing "
            "and Homes "
            "Committee\n\nDATE: 4 June 2025\n\nTITLE: Temporary Accommodation Update\n\nWard(s): Citywide\n",
            "report", "Housing and Homes Committee", "2025-06-04", "Temporary Accommodation Update",
            id="committee-report-cover",
        ),
        pytest.param(
            "Decision Recording Form\nDecision determined at\nCommunities Policy Committee\nmeeting on 3 "
            "October 2024"
            "\n\nCommittee Members present:\nCouncillor Ann Lee\n",
            "decision_notice", "Communities Policy Committee", "2024-10-03", "Decision Recording Form",
            id="decision-recording-form-wrapped",
        ),
        pytest.param(
            "Decision Recording Form Decision determined at Growth Policy Committee meeting on 9 January "
            "2025\n\n"
            "Committee Members present:\nCouncillor Ann Lee\n",
            "decision_notice", "Growth Policy Committee", "2025-01-09", None,
            id="decision-recording-form-flattened",
        ),
        pytest.param(
            "NORTHSHIRE COUNTY COUNCIL – RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\tDECISION NUMBER:\n\n"
            "25/00042\nMr Alan Price, Cabinet Member for Education and\nSkills\n\nKey decision: YES\n\n"
            "Subject Matter / Title of Decision\nSchool Transport Policy\n\nDecision:\n",
            "decision_notice", "Cabinet Member for Education and Skills", None, "School Transport Policy",
            id="council-record-of-decision",
        ),
        pytest.param(
            "Westshire Council\nMinutes of the Environment and Climate\nScrutiny Committee\n\n4 March 2025 "
            "at 6.00 pm"
            "\n\nMembers Present:-\nCouncillors: Ann Lee (Chair)\n",
            "minutes", "Environment and Climate Scrutiny Committee", "2025-03-04", None,
            id="minutes-title-wrapped",
        ),
        pytest.param(
            "LLANFAIR COMMUNITY COUNCIL\nMEETING 12th MARCH 2019\n\nLlanfair Community Council held their "
            "meeting at "
            "7.00pm on the 12th March 2019 at the Memorial Hall.\nPRESENT\nCouncillors Ann Lee and Huw "
            "Price.\n",
            "minutes", "Llanfair Community Council", "2019-03-12", None,
            id="community-council-held-their-meeting",
        ),
        pytest.param(
            "8 July 2021\n\nBryngwyn Community Council held its meeting remotely via Teams at 7pm on the "
            "8th July "
            "2021.\n\nPRESENT\n\nCouncillors Ann Lee and Huw Price.\n",
            "minutes", "Bryngwyn Community Council", "2021-07-08", None,
            id="community-council-held-its-meeting",
        ),
        pytest.param(
            "ABBEYFORD COMMUNITY COUNCIL\n\nMinutes of a meeting of the above Council held on Tuesday 14th "
            "May 2019 "
            "at 7pm\n\nin the Village Hall.\n\nPresent: Cllrs Lee, Price & the Clerk.\n",
            "minutes", "Abbeyford Community Council", "2019-05-14", None, id="minutes-of-the-above-council",
        ),
        pytest.param(
            "Minutes of a meeting of the above Council held on Tuesday 14th May 2019 at 7pm by telephone.\n\n"
            "Present: Cllrs Lee, Price & the Clerk.\n",
            "minutes", None, "2019-05-14", None, id="above-council-not-named",
        ),
        pytest.param(
            "KELVINSIDE COMMUNITY COUNCIL\n\nMINUTES OF GENERAL MEETING\n\nTUESDAY 5 SEPTEMBER 2023\n\n"
            "Present: Ann Lee, Huw Price\n",
            "minutes", "Kelvinside Community Council", "2023-09-05", None, id="minutes-of-general-meeting",
        ),
        pytest.param(
            "---\nlayout: post\ntitle:  \"Monthly Meeting 9th May 2024\"\nauthor: sam\ndate: 2024-05-13\n"
            "categories: minutes\n---\n\n**Kelvinside Community Council**  \n**Minutes for Monthly Meeting "
            "9th of "
            "May 2024**  \n**7pm at the Church Hall**\n\n1. **Attendance**  \n   Attending: Ann Lee "
            "(Chair)\n",
            "minutes", "Kelvinside Community Council", "2024-05-09", "Monthly Meeting 9th May 2024",
            id="markdown-post-front-matter",
        ),
        pytest.param(
            "---\ntitle: \"AGM October 2025\"\ndate: 2025-10-06\n---\n\n**KELVINSIDE COMMUNITY COUNCIL**  \n"
            "**MINUTES OF ANNUAL GENERAL MEETING**  \n**MONDAY 6 OCTOBER 2025**  \nHeld in the Hall at 7 "
            "p.m.\n\n"
            "**Present**: Ann Lee\n",
            "minutes", "Kelvinside Community Council", "2025-10-06", "AGM October 2025", id="markdown-agm",
        ),
        pytest.param(
            "HILLTOP COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 4 MARCH 2O24\n\nHeld in the Board Room at "
            "7 p.m.\n\n"
            "Present: Ann Lee, Huw Price\n\n1. MINUTES OF THE FEBRUARY MEETING\n",
            "minutes", "Hilltop Community Council", "2024-03-04", None, id="year-typed-with-letter-o",
        ),
        pytest.param(
            "Clerk : Ann Lee Telephone : 01234 567890\n\nASHBY PARISH COUNCIL\nMEETING TO BE HELD ON "
            "TUESDAY,\n"
            "9th June 2020 @ 7pm\nVILLAGE HALL\n\nAGENDA\n\n1. Apologies\n",
            "agenda", "Ashby Parish Council", "2020-06-09", None, id="agenda-date-wrapped-at-sign",
        ),
        pytest.param(
            "REPORT TO: NORTHERN FIRE AUTHORITY\n\nDATE: 5 JUNE 2026\n\nREPORT\tCAPITAL PROGRAMME AND ASSET\n"
            "TITLE:\tDISPOSALS\n\nRESPONSIBLE\tDIRECTOR OF RESOURCES\nOFFICER:\n\nKey Decision Yes\n",
            "report", "Northern Fire Authority", "2026-06-05", "Capital Programme and Asset Disposals",
            id="cover-table-label-split-over-rows",
        ),
        pytest.param(
            "Forward plan\nTHIS DOCUMENT GIVES NOTICE OF\nKEY DECISIONS TO BE TAKEN\nAT HOUSING "
            "POLICY\nCOMMITTEE\n\n"
            "This update published 3 March 2025\n\nINDEX OF PROPOSED KEY DECISIONS\n",
            "other", "Housing Policy Committee", None, "Forward plan", id="forward-plan",
        ),
        pytest.param(
            "Decision Record Form\nDecision determined at Communities Policy Committee meeting on 4 March 2025\n\n"
            "Committee Members present:\nCouncillor Ann Bell\nCouncillor Raj Patel\n\nApologies:\nNone\n",
            "decision_notice", "Communities Policy Committee", "2025-03-04", "Decision Record Form",
            id="decision-form-naming-no-subject-is-titled-by-its-form",
        ),
    ],
)
def test_real_header_layouts(text, doc_type, committee, meeting_date, title):
    header = parse_header(text)
    assert (header.doc_type, header.committee, header.meeting_date) == (doc_type, committee, meeting_date)
    assert header.title == title


@pytest.mark.parametrize(
    "text, committee",
    [
        pytest.param("DECISION NOTICE\n\n"
                     "Decision Maker: Cabinet Member for Adult Social Care, Councillor Zoe Brown\n"
                     "Date of decision: 5 June 2024\n", "Cabinet Member for Adult Social Care",
                     id="post-then-councillor"),
        pytest.param("DECISION NOTICE\n\n"
                     "Decision Maker: Councillor Zoe Brown, Cabinet Member for Adult Social Care\n"
                     "Date of decision: 5 June 2024\n", "Cabinet Member for Adult Social Care",
                     id="councillor-then-post"),
        pytest.param("RECORD OF DECISION\n\n"
                     "Decision taken by: Councillor Zoe Brown (Cabinet Member for Adult Social "
                     "Care)\nDate of decision: 5 June 2024\n", "Cabinet Member for Adult Social Care",
                     id="post-in-brackets"),
        pytest.param("RECORD OF DECISION\n\n"
                     "Decision Maker: Deputy Leader and Cabinet Member for Finance, Corporate and "
                     "Traded Services\nDate of decision: 5 June 2024\n",
                     "Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services",
                     id="post-with-commas"),
        pytest.param("RECORD OF DECISION\n\nDecision Maker: Cabinet Member for Highways (Key Decision)\n"
                     "Date of decision: 5 June 2024\n", "Cabinet Member for Highways", id="note-in-brackets"),
    ],
)
def test_one_persons_decision_notice_names_the_post_alone(text, committee):
    header = parse_header(text)
    assert header.doc_type == "decision_notice"
    assert header.committee == committee
    assert header.meeting_date == "2024-06-05"


@pytest.mark.parametrize("maker", [
    "Cabinet Member for Adult Social Care, Councillor Zoe Brown",
    "Councillor Zoe Brown, Cabinet Member for Adult Social Care",
    "Cllr Zoe Brown (Cabinet Member for Adult Social Care)",
])
def test_the_councillor_beside_the_decision_makers_post_is_a_member(extractor, maker):
    text = (f"RECORD OF DECISION\n\nDecision Maker: {maker}\nDate of decision: 5 June 2024\n\n"
            "Subject: Home Care Framework\n\nDecision:\nTo approve the award of the home care framework.\n")
    records = extractor.extract_text(text)
    assert records[0].committee == "Cabinet Member for Adult Social Care"
    makers = [r.decision_maker for r in records if r.record_type == "decision"]
    assert makers == ["Cabinet Member for Adult Social Care"]
    members = [r for r in records if r.record_type == "member"]
    assert [(m.name, m.role) for m in members] == [("Zoe Brown", "member")]
    assert text[members[0].span.start:members[0].span.end] == "Zoe Brown"


@pytest.mark.parametrize("signature", [
    "\n\n17/1/2025 ..............................  ..............................\nsigned                  "
    "            date\n",
    "\n\n17/1/2025\n..............................\t..............................\nsigned\tdate\n",
    "\n\nSigned: ...............................  Date: 17 January 2025\n",
])
def test_a_decision_notice_without_a_dated_header_is_dated_by_its_signature(signature):
    text = ("WESTSHIRE COUNTY COUNCIL – RECORD OF DECISION\n\nDecision Maker: Cabinet Member for Highways\n\n"
            "Subject Matter / Title of Decision\nWinter Gritting Routes\n\nDecision:\nI agree to APPROVE "
            "the routes.\n"
            "\nReason(s) for decision:\nThe routes are reviewed each year.\n" + signature)
    header = parse_header(text)
    assert (header.doc_type, header.meeting_date, header.title) == ("decision_notice", "2025-01-17",
                                                                    "Winter Gritting Routes")


@pytest.mark.parametrize(
    "text, doc_type, committee, meeting_date",
    [
        pytest.param(
            "Council - Thursday, 26 July 2012 2.00 p.m.\n\nAgenda, decisions and minutes\n\nVenue: Council "
            "Chamber, "
            "Town Hall\n\nContact: Jane Smith, Democratic Services Officer\n\nItems\n\n1. Apologies for "
            "absence\n",
            "minutes", "Council", "2012-07-26", id="moderngov-meeting-page",
        ),
        pytest.param(
            "Planning Committee - Wednesday, 5 June 2024 6.30 pm\n\nAgenda and minutes\n\nVenue: Civic "
            "Centre\n",
            "minutes", "Planning Committee", "2024-06-05", id="moderngov-agenda-and-minutes",
        ),
        pytest.param(
            "Decision details\n\nHighways Capital Programme\n\nDecision Maker: Cabinet\n\nMade at meeting: "
            "Cabinet - "
            "Tuesday, 12 March 2024 10.00 am\n\nDecision status: Recommendations Approved\n\nIs Key "
            "decision?: Yes\n",
            "decision_notice", "Cabinet", "2024-03-12", id="moderngov-decision-details",
        ),
        pytest.param(
            "Decision Details\n\nDetails\n\nStatus:\nImplemented\nTitle:\nReview of Meetings\nDecision "
            "Type:\nCommittee\n"
            "Decision Maker:\nGovernance and Audit Committee\nDate of decision:\n26 June 2017\n",
            "decision_notice", "Governance and Audit Committee", "2017-06-26", id="cmis-decision-details",
        ),
        pytest.param(
            "Issue - meetings\n\nBusiness Planner\n\nMeeting: 13/11/2023 - Staff Governance Committee "
            "(Item 3)\n\n"
            "3 Business Planner\n\nDecision:\n(i) to note the planner.\n",
            None, "Staff Governance Committee", "2023-11-13", id="moderngov-issue-meeting-line",
        ),
    ],
)
def test_moderngov_and_cmis_page_headers(text, doc_type, committee, meeting_date):
    header = parse_header(text)
    assert (header.committee, header.meeting_date) == (committee, meeting_date)
    if doc_type:
        assert header.doc_type == doc_type


@pytest.mark.parametrize(
    "text, committee, meeting_date",
    [
        pytest.param(
            "CYNGOR CYMUNED LLANFAIR A'R CYLCH\nCYFARFOD 14eg MEHEFIN 2017\n\nCynhaliwyd cyfarfod o Gyngor "
            "Cymuned Llanfair "
            "a'r Cylch am 7.30pm ar y 14eg Mehefin 2017 yn Neuadd y Pentref.\n\nPRESENNOL\nCynghorwyr Ann "
            "Lee a Huw Price.\n",
            "Cyngor Cymuned Llanfair a'r Cylch", "2017-06-14", id="welsh-community-council",
        ),
        pytest.param(
            "Cyfarfod 10fed Mehefin 2020\n\nCynhaliwyd cyfarfod Cyngor Cymuned Bryngwyn o bell ar Zoom am "
            "7.30pm ar y "
            "10fed Mehefin 2020.\n\nPRESENNOL\n\nCynghorwyr Ann Lee a Huw Price.\n",
            "Cyngor Cymuned Bryngwyn", "2020-06-10", id="welsh-remote-meeting",
        ),
    ],
)
def test_welsh_language_minutes(text, committee, meeting_date):
    header = parse_header(text)
    assert (header.doc_type, header.committee, header.meeting_date) == ("minutes", committee, meeting_date)
