"""Whole papers in the layouts councils use, through the full pipeline: what each decision record says."""

from __future__ import annotations

import pytest


from .conftest import assert_grounded

MODERNGOV_MINUTES = """\
Minutes of a meeting of the Cabinet held at the Civic Centre, Hightown on Tuesday, 12 March 2024 at 6.00 pm

Present: Councillor J Smith (Chair), Councillors A Brown, C Davies and E Patel

41. Minutes of the previous meeting

RESOLVED: That the minutes of the meeting held on 13 February 2024 be confirmed as a correct record and signed by the Chair.

42. Revenue Budget Monitoring 2023/24

The Director of Finance introduced the report, which set out the forecast outturn position for the year.

RESOLVED:

(a) That the forecast overspend of £1.2m be noted;

(b) That the virements set out in Appendix B be approved; and

(c) That consideration of the reserves strategy be deferred to the next meeting.

43. Exclusion of the Press and Public

RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.
"""

DECISION_NOTICE = """\
RECORD OF DECISION TAKEN BY A CABINET MEMBER

Decision Maker: Cabinet Member for Environment and Transport
Date of Decision: 4 June 2024
Subject: Introduction of a 20mph speed limit, Station Road
Key Decision: No

Decision:
To approve the introduction of a 20mph speed limit on Station Road, Lowbridge, as advertised.

Reasons for the decision:
The scheme responds to residents' concerns about road safety near the primary school.

Alternative options considered:
To do nothing. This was rejected because the number of accidents has increased.

This decision is subject to call-in and will not be implemented until 12 June 2024.
"""

RECOMMENDATIONS_REPORT = """\
CABINET – 18 JULY 2023

REPORT OF THE DIRECTOR OF CORPORATE RESOURCES

MEDIUM TERM FINANCIAL STRATEGY UPDATE

Purpose of the Report

1. The purpose of this report is to update the Cabinet on the financial outlook for the next four years.

Recommendations

2. It is recommended that the Cabinet:

(a) notes the updated forecast of the funding gap;

(b) approves the savings proposals set out in Appendix A for public consultation;

(c) recommends to the County Council that the capital programme be increased by £4m.

Reasons for Recommendation

3. To ensure that the Council sets a balanced budget for 2024/25.
"""

RECORDED_VOTE_MINUTES = """\
PLANNING COMMITTEE

Minutes of the meeting of the Planning Committee held on Wednesday, 5 April 2023 at 7.00 pm

Present: Councillor R Hart (Chair), Councillors S Khan, T Lewis, U Moss, V Owen, W Price and X Quinn

56. 22/01234/FUL – Land off Mill Lane, Ashby

The Committee considered the application for 45 dwellings. It was moved by Councillor Hart and seconded by Councillor Khan that the application be refused. A recorded vote was taken:

For: Councillors Hart, Khan, Lewis and Moss (4)
Against: Councillors Owen and Price (2)
Abstained: Councillor Quinn (1)

The motion was carried.

RESOLVED that planning permission be refused for the reasons set out in the report.

57. 23/00456/OUT – Former Depot, Station Road

This item was deferred to the next meeting to allow a site visit to take place.
"""

CMIS_MINUTES = """\
MINUTES OF THE MEETING OF THE HEALTH AND WELLBEING BOARD HELD ON THURSDAY 11 APRIL 2024 AT 2.00 PM

12 CORPORATE PARENTING STRATEGY

The Board received a presentation from the Head of Children's Services.

RESOLVED - That consideration of the strategy be deferred to the meeting on 9 May 2024 to allow further consultation with young people.

13 PHARMACEUTICAL NEEDS ASSESSMENT

It was RESOLVED that the draft assessment be endorsed for consultation (unanimously).
"""

SCOTTISH_MINUTE = """\
Minute of Meeting of the Education and Communities Committee held in the Council Chambers, Municipal Buildings, Greenock on Thursday 7 March 2024 at 3pm

5 School Estate Management Plan

There was submitted a report by the Corporate Director Education on the School Estate Management Plan.
After discussion, the Committee agreed:
(1) to note the progress made with the plan; and
(2) to approve the consultation on the proposed changes to catchment areas.
"""

WELSH_MINUTES = """\
Minutes of the meeting of the Cabinet held at County Hall, Carmarthen on Monday, 15 January 2024

7. WELSH LANGUAGE STANDARDS ANNUAL REPORT

The Cabinet Member for Organisation and Workforce presented the annual report.

It was RESOLVED to:
• approve the Welsh Language Standards annual report for publication;
• note the progress against the Welsh in Education Strategic Plan.
"""

NARRATIVE_REPORT = """\
SCRUTINY COMMISSION – 6 SEPTEMBER 2023

REPORT OF THE CHIEF EXECUTIVE

LIBRARY SERVICE REVIEW

Background

1. The strategy for the library service was approved by Cabinet in November 2021 and the service began its review shortly afterwards.
2. After the County Council made the decision to close two branch libraries, a consultation was held.

Timetable for Decisions

3. The Cabinet will consider the final proposals at its meeting on 17 October together with any comments from the Commission.
4. The proposals are being considered by:

- Communities Board on 20th September 2023
- Cabinet on 17th October 2023

5. The Commission is asked to comment on the proposals.
"""

NEWS_ARTICLE = """\
News: 14 March 2009

The pilot projects cover services for older people and families. Partners are exploring ways of sharing buildings, and a project is looking at how offenders can be supported back into work. Officers have been discussing how decisions on spending can be made closer to communities.
"""


def decisions_of(extractor, text: str) -> list:
    """Resolution and decision records of a paper, in order, after checking they are grounded."""
    records = extractor.extract_text(text, source="paper.txt")
    assert_grounded(records, text)
    return [r for r in records if r.record_type in ("resolution", "decision")]


def summary(record) -> tuple:
    """The fields a test compares."""
    return (
        record.record_type,
        getattr(record, "kind", "resolution"),
        record.status,
        record.decision_maker,
        record.date,
    )


def test_moderngov_resolved_blocks_with_lettered_limbs(extractor):
    found = decisions_of(extractor, MODERNGOV_MINUTES)
    assert [r.status for r in found] == ["approved", "noted", "approved", "deferred", "agreed"]
    assert {summary(r)[3:] for r in found} == {("Cabinet", "2024-03-12")}
    assert [r.limb for r in found] == [None, "a", "b", "c", None]
    assert found[1].text == "That the forecast overspend of £1.2m be noted"
    assert found[3].agenda_item.number == "42"
    assert found[3].agenda_item.title == "Revenue Budget Monitoring 2023/24"
    assert found[4].attributes.exempt_paragraph == "3"


def test_decision_notice(extractor):
    found = decisions_of(extractor, DECISION_NOTICE)
    assert len(found) == 1
    record = found[0]
    assert (record.record_type, record.kind) == ("decision", "individual")  # one person's decision, not a meeting's
    assert record.text.startswith("To approve the introduction of a 20mph speed limit")
    assert record.status == "approved"
    assert record.decision_maker == "Cabinet Member for Environment and Transport"
    assert record.date == "2024-06-04"
    assert record.attributes.key_decision is False
    assert record.attributes.subject_to_call_in is True


def test_report_recommendations_block(extractor):
    found = decisions_of(extractor, RECOMMENDATIONS_REPORT)
    assert [summary(r) for r in found] == [("decision", "recommendation", "recommended", "Cabinet", None)] * 3
    assert [r.text.split()[0] for r in found] == ["notes", "approves", "recommends"]


def test_recorded_vote(extractor):
    found = decisions_of(extractor, RECORDED_VOTE_MINUTES)
    refused = found[0]
    assert refused.status == "rejected"
    assert refused.decision_maker == "Planning Committee"
    assert refused.votes is not None
    assert (refused.votes.for_, refused.votes.against, refused.votes.abstentions) == (4, 2, 1)
    assert refused.votes.outcome == "carried"
    assert refused.votes.recorded.for_ == ["Hart", "Khan", "Lewis", "Moss"]
    assert refused.votes.recorded.abstained == ["Quinn"]
    assert refused.agenda_item.number == "56"


def test_deferred_item(extractor):
    found = decisions_of(extractor, RECORDED_VOTE_MINUTES)
    deferred = found[-1]
    assert deferred.record_type == "resolution"
    assert deferred.status == "deferred"
    assert deferred.text.startswith("This item was deferred")
    assert deferred.agenda_item.number == "57"
    assert deferred.votes is None


def test_cmis_resolved_dash_and_it_was_resolved(extractor):
    found = decisions_of(extractor, CMIS_MINUTES)
    assert [(r.status, r.agenda_item.number) for r in found] == [("deferred", "12"), ("endorsed", "13")]
    assert found[1].votes is not None and found[1].votes.outcome == "unanimous"
    assert {r.date for r in found} == {"2024-04-11"}


def test_scottish_committee_agreed_limbs(extractor):
    found = decisions_of(extractor, SCOTTISH_MINUTE)
    assert [(r.limb, r.status) for r in found] == [("1", "noted"), ("2", "approved")]
    assert found[0].text == "to note the progress made with the plan"
    assert {r.decision_maker for r in found} == {"Education and Communities Committee"}


def test_welsh_it_was_resolved_to_bullets(extractor):
    found = decisions_of(extractor, WELSH_MINUTES)
    assert [r.status for r in found] == ["approved", "noted"]
    assert {r.decision_maker for r in found} == {"Cabinet"}
    assert found[0].agenda_item.title == "WELSH LANGUAGE STANDARDS ANNUAL REPORT"


def test_reported_scheduled_and_asked_in_a_report(extractor):
    found = decisions_of(extractor, NARRATIVE_REPORT)
    got = [(r.kind, r.status, r.decision_maker, r.date) for r in found]
    assert got == [
        ("reported", "approved", "Cabinet", "2021-11"),
        ("reported", "approved", "County Council", None),
        ("scheduled", "scheduled", "Cabinet", "2023-10-17"),
        ("scheduled", "scheduled", "Communities Board", "2023-09-20"),
        ("scheduled", "scheduled", "Cabinet", "2023-10-17"),
        ("recommendation", "recommended", "Scrutiny Commission", None),
    ]
    assert found[0].text == "The strategy for the library service was approved by Cabinet in November 2021"
    assert found[3].text == "The proposals are being considered by: Communities Board on 20th September 2023"
    assert len(found[3].parts) == 2


def test_news_article_describing_pilots_has_no_decisions(extractor):
    assert decisions_of(extractor, NEWS_ARTICLE) == []


PARISH_MINUTES = """ASHWELL PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Tues 11th June 2024 at 7.30pm in the Village Hall.

Present: Cllrs Mason (Chair), Patel, Reeve and Tull. In attendance: Mrs K Doyle (Clerk & RFO).

24/40 Apologies
Cllr Hewitt (work) – accepted.

24/41 Minutes
Minutes of the meeting on 14th May agreed & signed as a true record.

24/42 Finance
Payments for May totalling £3,106.20 approved (list appended). The Clerk reported that the
precept had been received from the district council.

24/43 Allotments
Decision on the water supply deferred until July mtg – second quote awaited.
Cllr Patel was elected Vice-Chair for 2024/25.

24/44 Clerk's report
Noted.
"""


def test_parish_minutes_outcomes_without_resolved(extractor):
    found = decisions_of(extractor, PARISH_MINUTES)
    assert [(r.text, r.status) for r in found] == [
        ("Minutes of the meeting on 14th May agreed & signed as a true record.", "approved"),
        ("Payments for May totalling £3,106.20 approved (list appended).", "approved"),
        ("Decision on the water supply deferred until July mtg – second quote awaited.", "deferred"),
        ("Cllr Patel was elected Vice-Chair for 2024/25.", "approved"),
    ]
    assert {summary(r)[3:] for r in found} == {("Ashwell Parish Council", "2024-06-11")}


def test_body_resolutions_in_one_paragraph_are_one_each(extractor):
    text = ("Derry City and Strabane District Council\n\nGovernance Committee\n\nThursday, 8th February, 2024\n\n"
            "MEETING OF THE GOVERNANCE COMMITTEE HELD IN THE GUILDHALL\n\n5. Requests for the use of the Guildhall\n\n"
            "The Committee approved the lighting of the Guildhall in blue on 2nd April. The Committee deferred "
            "a request from a local charity until its next meeting, pending further information.\n")
    found = decisions_of(extractor, text)
    assert [(r.text.split()[2], r.status) for r in found] == [("approved", "approved"), ("deferred", "deferred")]


def test_scottish_outcome_words_in_capitals_and_decimal_limbs(extractor):
    text = ("Minute of Meeting of the Education Committee held in Paisley on Tuesday 5 March 2024.\n\n"
            "7. SCHOOL ESTATE\n\nDECISION: The Committee:\n"
            "7.1 NOTED the report;\n7.2 APPROVED the consultation on the proposals; and\n"
            "7.3 REQUESTED a further report in June.\n")
    found = decisions_of(extractor, text)
    assert [(r.limb, r.status) for r in found] == [("7.1", "noted"), ("7.2", "approved"), ("7.3", "agreed")]


def test_minutes_extract_in_a_report_gives_the_meetings_resolutions(extractor):
    text = ("Report to: Cabinet\nDate of meeting: 5 March 2024\nReport of: Director of Housing\n\n"
            "Title: Temporary Accommodation\n\n2. Recommendations\n\nIt is recommended that Cabinet:\n"
            "2.1 approves the purchase of 20 homes;\n2.2 notes the spending to date.\n\n"
            "EXTRACT FROM THE MINUTES OF THE CABINET, 5 MARCH 2024\n\n88. TEMPORARY ACCOMMODATION\n\n"
            "RESOLVED\n1. To approve the purchase of 20 homes.\n2. To note the spending to date.\n")
    found = sorted(decisions_of(extractor, text), key=lambda r: r.span.start)
    assert [summary(r) for r in found] == [
        ("decision", "recommendation", "recommended", "Cabinet", None),
        ("decision", "recommendation", "recommended", "Cabinet", None),
        ("resolution", "resolution", "approved", "Cabinet", "2024-03-05"),
        ("resolution", "resolution", "noted", "Cabinet", "2024-03-05"),
    ]


@pytest.mark.parametrize(
    "limb, status",
    [
        pytest.param("To note the update and endorse the delivery plan.", "endorsed", id="noted-and-endorsed"),
        pytest.param("That the report be noted and that a response be submitted to the Welsh Government.",
                     "noted", id="noted-with-a-consequence"),
        pytest.param("That consideration of the proposed booking system be deferred.", "deferred",
                     id="adjective-participle"),
        pytest.param("To continue consideration of the report to the next meeting.", "deferred",
                     id="scottish-continue"),
    ],
)
def test_limb_status(extractor, limb, status):
    text = f"Minutes of the meeting of the Cabinet held on 5 March 2024.\n\n4. ITEM\n\nRESOLVED: {limb}\n"
    [found] = decisions_of(extractor, text)
    assert found.status == status


def test_northern_irish_proposals_take_the_status_of_what_was_agreed(extractor):
    text = ("Causeway Coast and Glens Borough Council\n\nPlanning Committee\n\nWednesday, 24th January, 2024\n\n"
            "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD IN CLOONAVIN, COLERAINE\n\n"
            "3. LA01/2023/0412/F – 7 Main Street, Portrush\n\n"
            "AGREED:  On the proposal of Councillor Nicholl, seconded by Councillor Wallace, it was\n"
            "         agreed to defer the application for a site visit.\n\n"
            "4. LA01/2023/0518/O – Land at Ballyreagh Road\n\n"
            "AGREED:  On the proposal of Councillor Peacock, seconded by Councillor Kane, it was\n"
            "         agreed to refuse the application for the reasons in the Planning Officer's report.\n")
    found = decisions_of(extractor, text)
    assert [(r.record_type, r.status, r.date) for r in found] == [
        ("resolution", "deferred", "2024-01-24"), ("resolution", "rejected", "2024-01-24")]


@pytest.mark.parametrize(
    "sentence, maker, status",
    [
        pytest.param("This follows the decision of the Combined Authority on 19 October 2023 to introduce "
                     "franchising.", "Combined Authority", "agreed", id="decision-of"),
        pytest.param("At its meeting on 31 January 2024 the Cambridgeshire and Peterborough Combined Authority "
                     "had agreed to increase its contribution.", "Cambridgeshire and Peterborough Combined Authority",
                     "agreed", id="body-had-agreed-to"),
        pytest.param("On 4 March 2024 the Planning Inspectorate dismissed the appeal against the refusal.",
                     "Planning Inspectorate", "rejected", id="appeal-dismissed"),
    ],
)
def test_decisions_reported_in_a_report(extractor, sentence, maker, status):
    text = ("Report to: Cabinet\nDate of meeting: 12 March 2024\nReport of: Director of Place\n\n"
            f"Title: Bus Services\n\n3. Background\n\n3.1 {sentence}\n")
    [found] = decisions_of(extractor, text)
    assert (found.kind, found.decision_maker, found.status) == ("reported", maker, status)


def test_run_in_minute_headings_and_minutes_attached_to_an_agenda(extractor):
    text = ("GREATER MANCHESTER COMBINED AUTHORITY\n\nTo:   All Members of the Audit Committee\n\n"
            "You are requested to attend a meeting of the Audit Committee to be held on\n"
            "WEDNESDAY, 13 MARCH 2024 at 10.00 AM.\n\nA G E N D A\n\n1.  Apologies\n\n"
            "2.  Minutes of the previous meeting (Pages 1 - 4)\n\n"
            "MINUTES OF THE MEETING OF THE AUDIT COMMITTEE HELD ON WEDNESDAY,\n17 JANUARY 2024 AT 2.00 PM\n\n"
            "12/24 MINUTES – Resolved – That the minutes of the meeting held on 15 November 2023 be approved.\n")
    [found] = decisions_of(extractor, text)
    assert summary(found) == ("resolution", "resolution", "approved", "Audit Committee", "2024-01-17")


@pytest.mark.parametrize(
    "sentence, status",
    [
        pytest.param("Members AGREED to refer the petition to the Environment Scrutiny Panel.", "referred",
                     id="members-agreed-to"),
        pytest.param("The Committee voted to refuse the application for the reasons given.", "rejected",
                     id="committee-voted-to"),
        pytest.param("Councillors resolved to defer the item to the next meeting.", "deferred",
                     id="councillors-resolved-to"),
    ],
)
def test_members_and_votes_that_decide(extractor, sentence, status):
    text = f"Minutes of the meeting of the Licensing Committee held on 5 March 2024.\n\n4. ITEM\n\n{sentence}\n"
    [found] = decisions_of(extractor, text)
    assert (found.record_type, found.status, found.decision_maker) == ("resolution", status, "Licensing Committee")


def test_recommendations_after_a_lead_in_with_blank_lines(extractor):
    text = ("Royal Borough of Windsor and Maidenhead\n\nReport to: Cabinet\nDate of meeting: 27 February 2025\n\n"
            "2.   RECOMMENDATIONS\n\n     That Cabinet:\n\n     (a)  approves a net revenue budget of £12.6m for "
            "2025/26;\n\n     (b)  notes the forecast budget gap.\n\n3.   BACKGROUND\n\nThe budget was prepared.\n")
    found = decisions_of(extractor, text)
    assert [(r.kind, r.status, r.decision_maker, r.text.split()[0]) for r in found] == [
        ("recommendation", "recommended", "Cabinet", "approves"), ("recommendation", "recommended", "Cabinet", "notes")]


def test_resolved_for_the_reasons_in_the_report_with_hanging_limbs(extractor):
    text = ("Minutes of the meeting of the Cabinet held on 17 July 2024.\n\n5. LOCAL TRANSPORT FUND\n\n"
            "RESOLVED that for the reasons contained in the Officer's report: -\n\n"
            "   (i)  the acceptance of the grant of £2.4m be approved;\n\n"
            "   (ii) progress be reported to the Scrutiny Committee every six\n        months.\n")
    found = decisions_of(extractor, text)
    assert [(r.limb, r.status) for r in found] == [("i", "approved"), ("ii", "agreed")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("The Environment Overview and Scrutiny Panel considered the proposals on 5 September 2024 and "
                     "supported them.", [("Environment Overview and Scrutiny Panel", "endorsed", "2024-09-05")],
                     id="considered-and-supported"),
        pytest.param("Freezing the fees for 2025/26 was rejected.", [], id="no-maker-and-only-a-year"),
    ],
)
def test_reported_support_and_options(extractor, sentence, expected):
    text = ("Report to: Cabinet\nDate of meeting: 12 March 2024\nReport of: Director of Place\n\n"
            f"Title: Beach Huts\n\n3. Background\n\n3.1 {sentence}\n")
    found = decisions_of(extractor, text)
    assert [(r.decision_maker, r.status, r.date) for r in found] == expected


LICENSING_MEETING_XML = """<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>912</meetingid>
  <committeetitle>Licensing Sub-Committee</committeetitle>
  <meetingdate>09/10/2024</meetingdate>
  <agendaitems>
    <agendaitem>
      <agendaitemnumber>4</agendaitemnumber>
      <agendaitemtitle>Declarations of Interest</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;None were declared.&lt;/p&gt;</minutesnonemptyhtmlbody>
    </agendaitem>
    <agendaitem>
      <agendaitemnumber>5</agendaitemnumber>
      <agendaitemtitle>PREMISES LICENCE APPLICATION: THE PLOUGH, STATION ROAD</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: that the licence be granted subject to the conditions agreed
        with the police.&lt;/p&gt;</minutesnonemptyhtmlbody>
    </agendaitem>
    <agendaitem>
      <agendaitemnumber>6</agendaitemnumber>
      <agendaitemtitle>PLANNING APPLICATION 24/00817/REM: LAND NORTH OF CHURCH LANE</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: that the reserved matters be approved.&lt;/p&gt;</minutesnonemptyhtmlbody>
    </agendaitem>
  </agendaitems>
</meeting>
"""


def test_moderngov_items_with_a_colon_in_the_title_hold_their_resolutions(extractor, tmp_path):
    path = tmp_path / "meeting.xml"
    path.write_text(LICENSING_MEETING_XML, encoding="utf-8")
    found = [r for r in extractor.extract_file(path) if r.record_type == "resolution"]
    assert [(r.agenda_item.number, r.agenda_item.title) for r in found] == [
        ("5", "PREMISES LICENCE APPLICATION: THE PLOUGH, STATION ROAD"),
        ("6", "PLANNING APPLICATION 24/00817/REM: LAND NORTH OF CHURCH LANE"),
    ]


PARISH_MINUTES_RUN_ON_HEADINGS = """\
Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 5 November 2024 at 7.30pm

3. Minutes
RESOLVED that the minutes of the meeting held on 1 October 2024 be approved and signed by the Chairman.
4. Planning: 24/01122/FUL Old Forge Cottage
RESOLVED that the Council supports the application.
"""


def test_numbered_headings_on_their_text_are_items(extractor):
    found = decisions_of(extractor, PARISH_MINUTES_RUN_ON_HEADINGS)
    assert [(r.agenda_item.number, r.agenda_item.title) for r in found] == [
        ("3", "Minutes"), ("4", "Planning: 24/01122/FUL Old Forge Cottage")]


PARISH_MINUTES_WITH_ABBREVIATIONS = """\
Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 5 November 2024

5. Minutes

Following discussion it was RESOLVED that the minutes be signed by the Chairman, Cllr. Smith as a true record.

6. Clerk

Members discussed the vacancy and it was agreed to appoint Mrs. Jones as Clerk. The Chairman thanked her.
"""


def test_resolution_text_is_not_cut_at_an_abbreviation(extractor):
    found = decisions_of(extractor, PARISH_MINUTES_WITH_ABBREVIATIONS)
    assert [r.text for r in found][-1].endswith("it was agreed to appoint Mrs. Jones as Clerk.")
    assert "Cllr. Smith as a true record." in found[0].text


WELSH_COMMUNITY_COUNCIL_MINUTES = """\
Minutes of the Meeting of Llanfair Community Council held on Wednesday 9 October 2024 at 7pm

5. Minutes

It was proposed by Cllr. G. Rees, seconded by Cllr. M. Pugh and unanimously agreed that the minutes of the \
meeting held on 11th September, as circulated, be approved.

6. Review of Financial Regulations

The Financial Regulations had been sent to Councillors before the meeting, no amendments were proposed and it \
was resolved to adopt.

7. Donations

Proposed by Cllr. Rees, seconded by Cllr. Pugh, to give £150 to the village eisteddfod. Carried.

Proposed by Cllr. Lloyd, seconded by Cllr. Owen, to give £500 to the rugby club. The proposal was lost.

A proposal by Cllr. Owen to buy a new bench was discussed; no decision was taken.
"""


def test_proposed_seconded_and_agreed_sentences_are_resolutions(extractor):
    found = decisions_of(extractor, WELSH_COMMUNITY_COUNCIL_MINUTES)
    assert [(r.agenda_item.number, r.status, r.text.split()[0]) for r in found] == [
        ("5", "approved", "It"), ("6", "approved", "The"), ("7", "approved", "Proposed"),
        ("7", "rejected", "Proposed")]
    assert found[0].text.endswith("as circulated, be approved.")
    assert found[1].text.endswith("no amendments were proposed and it was resolved to adopt.")
    assert found[2].text.endswith("eisteddfod. Carried.")
    assert {(r.decision_maker, r.date) for r in found} == {("Llanfair Community Council", "2024-10-09")}


PLANNING_VOTES_AFTER_RESOLUTIONS = """\
Minutes of the meeting of the Planning Committee held on Wednesday 12 June 2024

56. 24/00123/FUL - Land at Mill Lane, Ashby

The Planning Officer presented the report.

RESOLVED that the application be approved.

(For 8, Against 2, Abstentions 0)

57. 24/00456/OUT - The Old Dairy, Kirkby

RESOLVED that the application be refused.

This was agreed unanimously.

58. 24/00789/FUL - 3 Church Street

RESOLVED that the application be deferred for a site visit.
"""

TOWN_COUNCIL_VOTES_WITHOUT_ITEM_NUMBERS = """\
Minutes of the Meeting of Hightown Town Council held on Monday 3 June 2024

Allotments

RESOLVED that the allotment rents rise by 5% from October.

Votes: For 6, Against 3.

Members then discussed the play area. RESOLVED that the new swings be bought from Playco.
"""


def test_a_vote_after_its_resolution_attaches_to_it(extractor):
    found = decisions_of(extractor, PLANNING_VOTES_AFTER_RESOLUTIONS)
    votes = [r.votes and (r.votes.for_, r.votes.against, r.votes.abstentions, r.votes.outcome) for r in found]
    assert votes == [(8, 2, 0, None), (None, None, None, "unanimous"), None]
    assert not any(r.warnings for r in found)


def test_a_vote_after_a_resolution_is_not_the_next_ones(extractor):
    found = decisions_of(extractor, TOWN_COUNCIL_VOTES_WITHOUT_ITEM_NUMBERS)
    assert [r.votes and (r.votes.for_, r.votes.against) for r in found] == [(6, 3), None]


DECISION_RECORDING_FORM = """\
Decision Recording Form Decision determined at Environment and Waste Policy Committee meeting on 14 November 2024

(a) Subject: Review of bulky waste charges
(agenda item 6)

(d) Decision taken

The Policy Committee:
1. Agreed to publish the review of household waste services.

2. Bulky Waste Collections
a. Approved an increase of £5 to £35 for the first three items collected.
b. Approved a reduced charge for residents who receive council tax support.

3. Garden Waste Permits
a. Approved a 10% increase to the annual permit charge.

(e) Exempt Information?

Open

(a) Subject: Depot Relocation
(agenda item 7)

(d) Decision taken

Officer Recommendations:

That the Committee for Environment and Waste

1. Approved the business case for moving the depot to Riverside Road.

Contractual:

2. Authorised the Director of Place to award the construction contract within the approved budget.

(e) Exempt Information?
"""


def test_decision_form_limbs_under_titles_and_lead_ins_are_one_each(extractor):
    found = decisions_of(extractor, DECISION_RECORDING_FORM)
    assert [(r.limb, r.text.split()[0]) for r in found] == [
        ("1", "Agreed"), ("2a", "Approved"), ("2b", "Approved"), ("3a", "Approved"), ("1", "Approved"),
        ("2", "Authorised")]
    assert found[-2].text.endswith("to Riverside Road.")
    assert found[-1].text.endswith("within the approved budget.")


PRINTED_MINUTES_OUTCOMES_IN_CAPITALS = """\
Minutes of the Environment and Waste Policy Committee held on Thursday 14 November 2024

6 Review of Bulky Waste Charges

Recommendation 2A was moved by Councillor Khan and seconded by Councillor Lowe. On being put to the vote the \\
recommendation was CARRIED unanimously.

It was APPROVED
2a. Bulky Waste - Approved an increase of £5 to £35 for the first three items collected.

7 Quarterly Finance Report

The Committee for Environment and Waste noted the report.
"""


def test_it_was_approved_in_capitals_and_a_committee_named_by_its_remit(extractor):
    found = decisions_of(extractor, PRINTED_MINUTES_OUTCOMES_IN_CAPITALS)
    assert [(r.status, r.text) for r in found] == [
        ("approved", "Bulky Waste - Approved an increase of £5 to £35 for the first three items collected."),
        ("noted", "The Committee for Environment and Waste noted the report.")]


FORWARD_PLAN = """\
NOTICE OF KEY DECISIONS - CABINET FORWARD PLAN

Published 3 March 2025

Decision maker\tSubject\tDate of decision\tPurpose\tExempt?

Cabinet\tLibrary Service Review\t14 April 2025\tTo seek approval to consult on the future of\nthe mobile library service.

Open

Cabinet\tHousing Revenue Account Budget\t12 May 2025\t1. To seek approval of the rent increase for\ncouncil homes.
2. To seek approval to adopt the repairs policy.

Part exempt
3
"""

REPORT_WITH_A_PURPOSE = """\
CABINET – 14 APRIL 2025

REPORT OF THE DIRECTOR OF COMMUNITIES

Purpose of the report

To seek approval to consult on the future of the mobile library service.
"""


def test_forward_plan_entries_are_decisions_to_come_dated_by_their_row(extractor):
    found = decisions_of(extractor, FORWARD_PLAN)
    assert [(r.kind, r.status, r.date, r.text.replace("\n", " ")) for r in found] == [
        ("scheduled", "scheduled", "2025-04-14",
         "To seek approval to consult on the future of the mobile library service."),
        ("scheduled", "scheduled", "2025-05-12", "To seek approval of the rent increase for council homes."),
        ("scheduled", "scheduled", "2025-05-12", "To seek approval to adopt the repairs policy."),
    ]


def test_a_reports_purpose_is_no_scheduled_decision(extractor):
    assert decisions_of(extractor, REPORT_WITH_A_PURPOSE) == []


RECORD_OF_DECISION = """\
NORTHSHIRE COUNTY COUNCIL – RECORD OF DECISION

DECISION TO BE TAKEN BY:\tDECISION NUMBER:

25/00012
Mr Tom Hale, Cabinet Member for Highways and Transport

Key decision: YES

Subject Matter / Title of Decision
Winter Gritting Routes

Decision:

As Cabinet Member for Highways and Transport I agree to:

APPROVE the revised priority gritting network set out in Appendix A of the report.

DELEGATE authority to the Director of Highways to make minor changes to the routes during the season.

Reason(s) for decision:

The current network was set in 2015.
"""


def test_record_of_decision_paragraphs_in_capitals_are_the_post_holders_decisions(extractor):
    found = decisions_of(extractor, RECORD_OF_DECISION)
    assert [(r.record_type, r.kind, r.status, r.decision_maker, r.text.split()[0]) for r in found] == [
        ("decision", "individual", "approved", "Cabinet Member for Highways and Transport", "APPROVE"),
        ("decision", "individual", "approved", "Cabinet Member for Highways and Transport", "DELEGATE")]


PARISH_PLANNING_OUTCOMES = """\
Minutes of the meeting of Ashcombe Parish Council held on Monday 3 June 2024

1. Planning

24/01122/FUL – Old Forge Cottage, Mill Lane, single storey rear extension. Approved.
24/01150/LBC – The Bell Inn, change of use of outbuilding to holiday let – approved.
"""


def test_an_outcome_ending_a_line_takes_the_whole_line(extractor):
    found = decisions_of(extractor, PARISH_PLANNING_OUTCOMES)
    assert [(r.status, r.text) for r in found] == [
        ("approved", "24/01122/FUL – Old Forge Cottage, Mill Lane, single storey rear extension. Approved."),
        ("approved", "24/01150/LBC – The Bell Inn, change of use of outbuilding to holiday let – approved.")]


UNTITLED_PARISH_MINUTES = """\
Present:  Cllr Hughes (Chair), Cllrs Owen, Pryce & Lloyd and the Clerk.

412.\tTo receive apologies for absence:  Cllr Bevan.

413.\tTo approve minutes of previous meeting:  Circulated, approved & signed as correct.

414.\tRisk assessment:  The Risk Assessment for 2024/25, as circulated to Councillors, was unanimously approved.
"""


def test_untitled_minutes_with_members_present_have_outcome_sentences(extractor):
    found = decisions_of(extractor, UNTITLED_PARISH_MINUTES)
    assert [(r.status, r.text.split(":")[-1].strip()[:26]) for r in found] == [
        ("approved", "Circulated, approved & sig"), ("approved", "The Risk Assessment for 20")]


WORD_PDF_DONATIONS = """\
Minutes of the Meeting of Llanfair Community Council held on Wednesday 9 October 2024 at 7pm

8. DONATIONS

It was unanimously agreed to donate as follows:
\uf0b7 Llanfair Young Farmers - £100 (proposed by Cllr. Rees, seconded by Cllr. Pugh)
\uf0b7 Air Ambulance Wales - £200 (proposed by Cllr. Owen, seconded by Cllr. Lloyd)
"""


def test_word_symbol_font_bullets_are_limbs(extractor):
    found = decisions_of(extractor, WORD_PDF_DONATIONS)
    assert [r.text for r in found] == [
        "Llanfair Young Farmers - £100 (proposed by Cllr. Rees, seconded by Cllr. Pugh)",
        "Air Ambulance Wales - £200 (proposed by Cllr. Owen, seconded by Cllr. Lloyd)"]


SCOTTISH_COMMUNITY_COUNCIL_MINUTES = """\
Minutes of the General Meeting of Partick Community Council held on Monday 2 June 2025

Minutes of previous meeting
These were moved as correct by Morag Bell and Iain Reid.

Bank mandate
The treasurer asked who could sign cheques and it was agreed that the mandate be changed once a new treasurer is in post.
"""


def test_minutes_moved_as_correct_and_an_agreement_keeping_its_sentence(extractor):
    found = decisions_of(extractor, SCOTTISH_COMMUNITY_COUNCIL_MINUTES)
    assert [(r.status, r.text) for r in found] == [
        ("approved", "These were moved as correct by Morag Bell and Iain Reid."),
        ("agreed", "The treasurer asked who could sign cheques and it was agreed that the mandate be changed "
                   "once a new treasurer is in post.")]


COUNTY_COUNCIL_BUDGET_MEETING = """\
Minutes of the meeting of Northshire County Council held on Thursday 20 February 2025

5. Election of Chairman

Councillor Mary Ellis was nominated by Councillor Shah and seconded by Councillor Price. There being no other nominations, Councillor Ellis was declared duly elected Chairman of the Council for the ensuing year.

6. Revenue Budget 2025/26

Councillor Price moved and Councillor Shah seconded the recommendations in the report.

An amendment was moved by Councillor Green and seconded by Councillor Patel to reduce the parking charges. On being put to the vote the amendment was lost.

The substantive motion was then put to the vote. Motion passed.

RESOLVED that:
(a) the revenue budget of £1,024.5m for 2025/26 be approved;
(b) the council tax for a Band D property be set at £1,712.34;
(c) the capital programme at Appendix C be approved; and
(d) the Director of Finance be authorised to borrow within the prudential limits.

7. Notice of Motion

Motion to defer consideration of the library review to the next meeting
Proposer: Councillor Green
Seconder: Councillor Patel
Motion status: Rejected
"""


def test_elections_amendments_budget_limbs_and_motion_status(extractor):
    found = decisions_of(extractor, COUNTY_COUNCIL_BUDGET_MEETING)
    assert [(r.agenda_item.number, r.status, r.limb) for r in found] == [
        ("5", "approved", None), ("6", "rejected", None), ("6", "approved", "a"), ("6", "agreed", "b"),
        ("6", "approved", "c"), ("6", "approved", "d"), ("7", "rejected", None)]
    assert found[0].text.endswith("Councillor Ellis was declared duly elected Chairman of the Council for "
                                  "the ensuing year.")
    assert found[1].text.startswith("An amendment was moved by Councillor Green")
    assert found[1].votes.outcome == "lost"
    assert {r.votes.outcome for r in found[2:6]} == {"carried"}  # the substantive motion's vote
    assert found[6].text.startswith("Motion to defer consideration")


POLICY_COMMITTEE_REPORT = """\
ENVIRONMENT AND WASTE POLICY COMMITTEE – 14 NOVEMBER 2024

REPORT OF THE DIRECTOR OF PLACE

Depot Relocation

Officer Recommendations:

That the Committee for Environment and Waste

1. Approve the business case for moving the depot to Riverside Road.
2. Authorises the Director of Place to award the construction contract within the approved budget.

Corporate Strategy alignment:

1. The move supports the council's climate goals.
"""


def test_officer_recommendations_after_an_unpunctuated_lead_in(extractor):
    found = decisions_of(extractor, POLICY_COMMITTEE_REPORT)
    assert [(r.kind, r.text.split()[0]) for r in found] == [("recommendation", "Approve"),
                                                          ("recommendation", "Authorises")]


PRINTED_MINUTES_RECOMMENDATIONS_CARRIED = """\
Minutes of the Environment and Waste Policy Committee held on Thursday 14 November 2024

4 Minutes of the previous meeting

The minutes of the previous meeting were agreed as accurate.

8 Street Cleansing Review

On being put to the vote, recommendation 3 FELL (2 voting for, 7 voting against).

That the Committee for Environment and Waste:

1. Noted the findings of the review of street cleansing across the city.

2. Approved a public consultation on the proposed changes to cleansing rounds.

Recommendation 3 was not approved:

3. Authorise the Director of Place to introduce the new rounds from April.
"""


def test_that_the_committee_lead_in_heads_limbs_and_a_limb_not_approved_is_rejected(extractor):
    found = decisions_of(extractor, PRINTED_MINUTES_RECOMMENDATIONS_CARRIED)
    assert [(r.agenda_item.number, r.status, r.text.split()[0]) for r in found] == [
        ("4", "approved", "The"), ("8", "noted", "Noted"), ("8", "approved", "Approved"),
        ("8", "rejected", "Authorise")]


COMMUNITY_COUNCIL_AGREEMENT_THEN_NARRATIVE = """\
Minutes of the General Meeting of Partick Community Council held on Monday 2 June 2025

6. THE NEXT PUBLIC MEETING

It was AGREED that the next public meeting be held in the church hall in September. We should invite two speakers from the housing associations and a tenants' group.
"""


def test_an_agreement_opening_its_line_ends_with_its_sentence(extractor):
    [found] = decisions_of(extractor, COMMUNITY_COUNCIL_AGREEMENT_THEN_NARRATIVE)
    assert found.text == "It was AGREED that the next public meeting be held in the church hall in September."


COMBINED_AUTHORITY_REPORT = """\
JOINT COMMITTEE – 5 JUNE 2026

REPORT OF THE DIRECTOR OF INVESTMENT

Investment Fund update

At the meeting of the Joint Committee on 16 January 2026, £80k of funding was approved to develop the business case for the river ferry.
"""


def test_a_report_of_what_a_meeting_approved_keeps_the_meeting(extractor):
    [found] = decisions_of(extractor, COMBINED_AUTHORITY_REPORT)
    assert (found.kind, found.status, found.date) == ("reported", "approved", "2026-01-16")
    assert found.text.startswith("At the meeting of the Joint Committee on 16 January 2026, £80k of funding")


def test_unlabelled_that_clauses_on_their_own_lines_are_one_decision_each(extractor):
    text = ("MINUTES OF THE MEETING OF THE HOUSING SCRUTINY COMMITTEE HELD ON 4 MARCH 2024\n\n"
            "6. Sheltered Housing Wardens\n\n"
            "Members debated the proposed change at length and put the motion below to the vote.\n\n"
            "That the decision be deferred until the consultation with tenants has closed;\n"
            "That a report on the cost of the warden service be prepared;\n"
            "And, that the Cabinet Member be invited to the next meeting.\n\n"
            "7. Any Other Business\nThere was none.\n")
    found = decisions_of(extractor, text)
    assert [r.text for r in found] == [
        "That the decision be deferred until the consultation with tenants has closed",
        "That a report on the cost of the warden service be prepared",
        "And, that the Cabinet Member be invited to the next meeting.",
    ]
    assert found[0].status == "deferred"


def test_a_page_number_inside_a_numbered_list_of_recommendations_does_not_end_it(extractor):
    text = ("Report to: Environment Committee\nDate of meeting: 14 November 2024\n\n"
            "Title: Coastal Car Parks\n\nOfficer Recommendations:\n\nThat the Environment Committee\n\n"
            "1.\tApproves the new seasonal tariff for the seafront car parks.\n"
            "2.\tNotes the consultation responses summarised in Appendix B.\n\n7\n\nContractual:\n\n"
            "3.\tAuthorises the Director of Place to award the pay and display contract.\n\n"
            "Corporate Strategy alignment:\n\n1.\tThe proposals support the Council's climate goals.\n")
    found = decisions_of(extractor, text)
    assert [r.text.split()[0] for r in found] == ["Approves", "Notes", "Authorises"]
