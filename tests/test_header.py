"""The header parser: kind of paper, committee, meeting date and title, in many councils' styles."""

from __future__ import annotations

import json

import pytest

from extract.normalise.header import DATE_DIGITS, DATE_RE, date_line, parse_header

from .conftest import CORPUS, GOLD


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_corpus_headers_match_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    header = parse_header((CORPUS / gold["doc"]).read_text(encoding="utf-8"))
    assert header.doc_type == gold["doc_type"]
    assert header.committee == gold["committee"]
    assert header.meeting_date == gold["meeting_date"]
    assert (header.title or None) == (gold["title"] or None)


@pytest.mark.parametrize(
    "text, doc_type, committee, meeting_date, title",
    [
        pytest.param(
            "Minutes of a meeting of the Cabinet held at County Hall, Glenfield on Tuesday, 9 March 2010.\n\n"
            "PRESENT\n\nMr. N. J. Rushton CC (in the Chair)\n",
            "minutes", "Cabinet", "2010-03-09", None, id="leics-cabinet-minutes",
        ),
        pytest.param(
            "PLANNING COMMITTEE\n\nMINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON WEDNESDAY, "
            "14 JUNE 2023 AT 6.30 PM\n\nPresent: Councillor A Jones (Chair)\n",
            "minutes", "Planning Committee", "2023-06-14", None, id="moderngov-caps-minutes",
        ),
        pytest.param(
            "Minute of Meeting of the Policy and Resources Committee held in the Council Chambers, "
            "Municipal Buildings, Greenock on Thursday 5 May 2022 at 3pm\n\nPresent: Provost Brennan\n",
            "minutes", "Policy and Resources Committee", "2022-05-05", None, id="scottish-minute",
        ),
        pytest.param(
            "CYNGOR SIR YNYS MÔN\nISLE OF ANGLESEY COUNTY COUNCIL\n\nMinutes of the Executive meeting "
            "held on 17 October 2022\n\nPRESENT: Councillor Llinos Medi (Chair)\n",
            "minutes", "Executive", "2022-10-17", None, id="welsh-executive",
        ),
        pytest.param(
            "Report to: Cabinet\nDate of meeting: 9 February 2021\nReport of: Director of Finance\n"
            "Title: Revenue Budget Monitoring 2020/21\n\n1. Purpose of the report\n",
            "report", "Cabinet", "2021-02-09", "Revenue Budget Monitoring 2020/21", id="labelled-report",
        ),
        pytest.param(
            "RECORD OF EXECUTIVE DECISION\n\nDecision Maker: Cabinet Member for Highways\n"
            "Date of decision: 3 May 2022\nSubject: A38 Junction Improvements\n\nDecision:\n",
            "decision_notice", "Cabinet Member for Highways", "2022-05-03", "A38 Junction Improvements",
            id="decision-notice",
        ),
        pytest.param(
            "AGENDA\n\nMeeting: Overview and Scrutiny Board\nDate: Tuesday 12 March 2024\nTime: 10.00 am\n\n"
            "1. Apologies for absence\n2. Declarations of interest\n",
            "agenda", "Overview and Scrutiny Board", "2024-03-12", None, id="cmis-agenda",
        ),
        pytest.param(
            "LICENSING SUB-COMMITTEE – 4 MAY 2021\n\n12. Premises Licence, 3 High Street\n\n"
            "RESOLVED that the licence be granted subject to conditions.\n",
            "minutes", "Licensing Sub-Committee", "2021-05-04", None, id="body-date-line-minutes",
        ),
        pytest.param(
            "Dudley Metropolitan Borough Council\n\nMinutes of the Cabinet\nThursday 7 December 2023 at 6.00pm\n"
            "Council House, Dudley\n\nPresent: Councillor P Harley (Leader)\n",
            "minutes", "Cabinet", "2023-12-07", None, id="cmis-minutes-date-next-line",
        ),
        pytest.param(
            "DERBYSHIRE COUNTY COUNCIL\n\nPOLICE AND CRIME PANEL\n\nMinutes of the meeting held at County Hall, "
            "Matlock on Monday 4 November 2019\n\nPRESENT\n",
            "minutes", "Police and Crime Panel", "2019-11-04", None, id="committee-line-above-minutes",
        ),
        pytest.param(
            "SALTASH TOWN COUNCIL\n\nMinutes of the Full Council meeting held on Thursday 1st February 2024 at 7pm "
            "in the Guildhall.\n\nMeeting closed at 8.40pm.\n",
            "minutes", "Saltash Town Council", "2024-02-01", None, id="town-full-council",
        ),
        pytest.param(
            "ROYAL BOROUGH OF GREENWICH\n\nReport for: Cabinet, 17 January 2024\nTitle: Housing Revenue Account "
            "Business Plan\nReport of: Director of Housing\n",
            "report", "Cabinet", "2024-01-17", "Housing Revenue Account Business Plan", id="report-for-label",
        ),
        pytest.param(
            "Devon and Somerset Fire and Rescue Authority\n14 February 2024\n\nReport of the Treasurer\n\n"
            "Revenue Budget and Council Tax Requirement 2024/25\n\n1. Introduction\n",
            "report", "Devon and Somerset Fire and Rescue Authority", "2024-02-14",
            "Revenue Budget and Council Tax Requirement 2024/25", id="authority-report-mixed-case-title",
        ),
        pytest.param(
            "Headlines: 4 March 2021\n\nThe council has opened a new library in the town centre.\n",
            "other", None, None, None, id="news-item",
        ),
        pytest.param(
            "Derry City and Strabane District Council\n\nGovernance and Strategic Planning Committee\n\n"
            "Thursday, 8th February, 2024\n\nMEETING OF THE GOVERNANCE AND STRATEGIC PLANNING COMMITTEE HELD "
            "IN THE GUILDHALL, DERRY\n\nMembers present: Alderman Devenney (Chair)\n",
            "minutes", "Governance and Strategic Planning Committee", "2024-02-08", None,
            id="northern-ireland-meeting-held",
        ),
        pytest.param(
            "Fife Council\n\nMinutes\n\nGlenrothes, Thursday 22 February 2024\n\nPresent:- Councillors Rosemary "
            "Liewald (Convener), David Ross\n",
            "minutes", "Fife Council", "2024-02-22", None, id="scottish-council-minutes-place-date",
        ),
        pytest.param(
            "CYNGOR SIR DDINBYCH\nDENBIGHSHIRE COUNTY COUNCIL\n\nCofnodion / Minutes\n\nPwyllgor Craffu "
            "Perfformiad / Performance Scrutiny Committee\n\nDydd Iau, 7 Mawrth 2024 / Thursday, 7 March 2024 at "
            "10.00 am\n\nYn bresennol / Present: Councillor Hugh Irving (Chair)\n",
            "minutes", "Performance Scrutiny Committee", "2024-03-07", None, id="welsh-bilingual-minutes",
        ),
        pytest.param(
            "Exmoor National Park Authority\n\nMinutes\n\nMeeting:   Authority\nDate:      Tuesday 5 March 2024 "
            "at 10.00 am\nVenue:     Exmoor House, Dulverton\n\nPresent: Mr R Milton (Chairperson)\n",
            "minutes", "Exmoor National Park Authority", "2024-03-05", None, id="short-body-name-in-label",
        ),
        pytest.param(
            "LONDON BOROUGH OF LAMBETH\n\nLICENSING SUB-COMMITTEE\n\nNOTICE OF DETERMINATION\n\n"
            "Date of hearing:  Tuesday 9 April 2024, 10:00\nDate of this notice: 16 April 2024\n",
            "decision_notice", "Licensing Sub-Committee", "2024-04-09", "Notice of Determination",
            id="licensing-determination",
        ),
        pytest.param(
            "Liverpool City Region Combined Authority\n\nDate:             22 March 2024\n\nReport title:     "
            "Bus Service Improvement Plan 2024/25\n\nReport author:    Jo Smith, Head of Bus\n",
            "report", "Liverpool City Region Combined Authority", "2024-03-22", "Bus Service Improvement Plan 2024/25",
            id="cover-sheet-report",
        ),
        pytest.param(
            "Cherwell District Council\n\nExecutive\n\nDate:  Monday 4 March 2024\nTime: 6.30 pm\n\n"
            "To members of the Executive:\nCouncillors Barry Wood, Adam Nell\n\n1. Apologies for absence\n",
            "agenda", "Executive", "2024-03-04", None, id="agenda-to-members-of",
        ),
        pytest.param(
            "LEEDS CITY COUNCIL\n\nPLANS PANEL (SOUTH AND WEST)\n\nAgenda Item 9\n\n11 APRIL 2024\n\n"
            "Report of: Chief Planning Officer\n\n21-23 Kirkstall Road, Leeds\n23/04112/FU\n",
            "report", "Plans Panel (South and West)", "2024-04-11", "21-23 Kirkstall Road, Leeds",
            id="planning-report-address-title",
        ),
        pytest.param(
            "ITEM No ...5...\n\nAt a MEETING of the ANGUS HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held in "
            "Forfar on 24th April,\n2024.\n\nPresent:-\n",
            "minutes", "Angus Health and Social Care Integration Joint Board", "2024-04-24", None,
            id="scottish-at-a-meeting-of",
        ),
        pytest.param(
            "GREATER MANCHESTER COMBINED AUTHORITY\n\nTo:   All Members of the Audit Committee\n\n"
            "Date of publication: Monday, 4 March 2024\n\nDear Member,\n\nYou are requested to attend a meeting "
            "of the Audit Committee to be held on\nWEDNESDAY, 13 MARCH 2024 at 10.00 AM at Tootal Buildings.\n\n"
            "A G E N D A\n\n1. Apologies\n\n5. Report of the Treasurer\n",
            "agenda", "Audit Committee", "2024-03-13", None, id="summons-with-spaced-agenda",
        ),
        pytest.param(
            "Somerset Health and Wellbeing Board\n\nMeeting Date          Thursday 6 June 2024\n"
            "Title                 Better Care Fund Plan 2024-25 Refresh\n                      and Year-End Return\n"
            "Recommendation(s)     The Board is asked to:\n",
            "report", "Somerset Health and Wellbeing Board", "2024-06-06",
            "Better Care Fund Plan 2024-25 Refresh and Year-End Return", id="cover-table-without-colons",
        ),
        pytest.param(
            "Agenda Item No. 6\n\nCUMBRIA FIRE AUTHORITY\n\n12 March 2024\n\nPRESENT: Councillor A Smith\n\n"
            "RESOLVED that the minutes be approved.\n",
            "minutes", "Cumbria Fire Authority", "2024-03-12", None, id="agenda-item-page-body-not-title",
        ),
        pytest.param(
            "The Royal Wolverhampton NHS Trust\n\nBoard of Directors Meeting held in Public\nMinutes of the meeting "
            "held on Tuesday 8 October 2024, 10:00 – 12:30\n\nPresent:\n  Mr J Smith   Chair\n",
            "minutes", "Board of Directors", "2024-10-08", None, id="trust-board-meeting-held-in-public",
        ),
        pytest.param(
            "Cumbria County Council\n\nMeeting of the Cabinet\n\nThursday, 6th March, 2025 at 10.00 am in the Council "
            "Chamber, Cumbria House, Carlisle\n\nDate of publication: Wednesday, 26 February 2025\n\nAgenda\n",
            "agenda", "Cabinet", "2025-03-06", None, id="meeting-of-date-time-and-place",
        ),
        pytest.param(
            "Bolsover District Council\n\nMembers' Bulletin – Issue 12\nFriday 6 December 2024\n\n"
            "This bulletin is for all elected members.\n",
            "other", None, None, "Members' Bulletin – Issue 12", id="members-bulletin",
        ),
    ],
)
def test_header_layouts(text, doc_type, committee, meeting_date, title):
    header = parse_header(text)
    assert (header.doc_type, header.committee, header.meeting_date, header.title) == (
        doc_type, committee, meeting_date, title)


def test_decision_maker_without_the_named_councillor():
    header = parse_header("Decision Maker: Cabinet Member for Adult Care (Councillor Jo Bloggs)\n"
                          "Date of decision: 2 May 2023\n")
    assert (header.doc_type, header.committee, header.meeting_date) == (
        "decision_notice", "Cabinet Member for Adult Care", "2023-05-02")


def test_publication_date_read_from_posted_line():
    header = parse_header("> Back to list\nPosted on August 18th, 2009\nWorcestershire\n")
    assert header.publication_date == "2009-08-18"
    assert header.meeting_date is None


def test_report_author_post_is_read():
    header = parse_header("CABINET – 9 MARCH 2010\n\nREPORT OF THE DIRECTOR OF ADULTS AND COMMUNITIES\n\nCARE FEES\n")
    assert header.report_of == "Director of Adults and Communities"
    assert header.title == "Care Fees"


def test_the_minutes_of_the_last_meeting_do_not_make_the_header():
    header = parse_header("HEALTH AND WELLBEING BOARD\n\nMinutes of the meeting held on 6 March 2024\n\n"
                          "Present: Councillor A Jones (Chair)\n\n1. MINUTES\nThe minutes of the last meeting held "
                          "on 7 February 2024 were confirmed.\n")
    assert (header.committee, header.meeting_date) == ("Health and Wellbeing Board", "2024-03-06")


def test_a_bulletin_date_is_its_publication_date():
    header = parse_header("Members' Bulletin – Issue 12\nFriday 6 December 2024\n\nText of the bulletin.\n")
    assert (header.doc_type, header.publication_date, header.meeting_date) == ("other", "2024-12-06", None)


@pytest.mark.parametrize("line", [
    "Thursday 21 March 2024", "Edinburgh, Thursday, 21st March, 2024 at 10.00 am", "March 21, 2024",
    "21/03/24", "21.3.2024", "2024-03-21", "21-03-2024", "Dydd Iau 7 Mawrth 2024 / Thursday 7 March 2024",
    "Wednesday the 6th of March 1996", "Date: 6 Sept 2023",
])
def test_every_date_a_header_line_holds_has_the_digits_its_guard_looks_for(line):
    matches = list(DATE_RE.finditer(line))
    assert matches and all(DATE_DIGITS.search(m.group(0)) for m in matches)


def test_a_line_of_digits_with_no_year_is_no_date_line():
    assert date_line("Item 5: Minutes of the meeting held on 12") is None
    assert date_line("Date of meeting: 21 March 2024") == ("Date of meeting", "2024-03-21")
