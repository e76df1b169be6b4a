"""minutes_decisions on short passages: which phrases make a decision, of what kind, status and maker."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extract.extensions import DATES, DECISIONS, MEMBERS, ORGANISATIONS

MINUTES_HEADER = (
    "Minutes of the meeting of the Licensing Committee held on Monday, 8 May 2023\n\n5. Licence Review\n\n"
)
REPORT_HEADER = "CABINET – 18 JULY 2023\n\nREPORT OF THE DIRECTOR OF PLACE\n\nHIGHWAYS ASSET MANAGEMENT\n\n"


def decisions(nlp, header: str, body: str) -> list[tuple]:
    """(kind, status, maker, date, text) of each decision span found in body under header."""
    doc = nlp(header + body)
    return [
        (
            s._.decision_kind,
            s._.decision_status,
            s._.decision_maker,
            s._.decision_date,
            s._.decision_text or s.text,
        )
        for s in doc.spans[DECISIONS]
    ]


@pytest.mark.parametrize(
    "body, status, text",
    [
        pytest.param(
            "RESOLVED: That the report be noted.\n",
            "noted",
            "That the report be noted.",
            id="moderngov-resolved",
        ),
        pytest.param(
            "Resolved – that the licence be granted subject to conditions.\n",
            "approved",
            "that the licence be granted subject to conditions.",
            id="resolved-dash",
        ),
        pytest.param(
            "Following debate, it was RESOLVED that the licence be granted. The Chair thanked officers.\n",
            "approved",
            "Following debate, it was RESOLVED that the licence be granted.",
            id="inline-it-was-resolved-short-clause-keeps-its-sentence",
        ),
        pytest.param(
            "AGREED: That the review be deferred until the next meeting.\n",
            "deferred",
            "That the review be deferred until the next meeting.",
            id="agreed-colon",
        ),
        pytest.param(
            "The Committee AGREED the revised terms of reference.\n",
            "agreed",
            "The Committee AGREED the revised terms of reference.",
            id="committee-agreed",
        ),
        pytest.param("Members NOTED the update.\n", "noted", "Members NOTED the update.", id="members-noted"),
        pytest.param(
            "DECISION: To refer the matter to Cabinet.\n",
            "referred",
            "To refer the matter to Cabinet.",
            id="decision-colon",
        ),
        pytest.param(
            "The Sub-Committee resolved to refuse the application.\n",
            "rejected",
            "The Sub-Committee resolved to refuse the application.",
            id="sub-committee-resolved",
        ),
        pytest.param(
            "The item was withdrawn by the applicant.\n",
            "withdrawn",
            "The item was withdrawn by the applicant.",
            id="item-withdrawn",
        ),
        pytest.param(
            "The minutes of the meeting held on 3 April 2023 were taken as read, confirmed and signed.\n",
            "approved",
            "The minutes of the meeting held on 3 April 2023 were taken as read, confirmed and signed.",
            id="minutes-confirmed-and-signed",
        ),
        pytest.param(
            "PENDERFYNWYD / RESOLVED: That the licence be granted.\n",
            "approved",
            "That the licence be granted.",
            id="welsh-bilingual-penderfynwyd",
        ),
        pytest.param(
            "Members discussed the report.\n\nThat the report be noted.\n",
            "noted",
            "That the report be noted.",
            id="bare-that-closing-an-item",
        ),
        pytest.param(
            "Officers presented the quarter 3 forecast.\n\nThe Environment and Regeneration Committee noted the "
            "report.\n",
            "noted",
            "The Environment and Regeneration Committee noted the report.",
            id="body-title-joined-by-and",
        ),
    ],
)
def test_resolutions_in_minutes(nlp, body, status, text):
    assert decisions(nlp, MINUTES_HEADER, body) == [
        ("resolution", status, "Licensing Committee", "2023-05-08", text)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Arising from the presentation the following points were noted:\n\n(i) Costs had risen.\n",
            id="points-were-noted",
        ),
        pytest.param("Members asked whether the complaint had been resolved.\n", id="resolved-in-narrative"),
        pytest.param("The Chair resolved to write to the applicant.\n", id="chair-is-not-a-body"),
        pytest.param(
            "The Committee noted that the number of appeals had fallen.\n", id="noted-that-discussion"
        ),
        pytest.param("That was the view of most residents who had written in.\n", id="that-without-be-verb"),
    ],
)
def test_no_resolution_in_narrative(nlp, body):
    assert decisions(nlp, MINUTES_HEADER, body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        pytest.param(
            "1. The Cabinet is recommended to approve the Highways Asset Management Plan.\n",
            ("recommendation", "recommended", "Cabinet", None),
            id="cabinet-is-recommended",
        ),
        pytest.param(
            "Recommendation\n\nThat the Cabinet approves the Highways Asset Management Plan.\n",
            ("recommendation", "recommended", "Cabinet", None),
            id="recommendation-heading",
        ),
        pytest.param(
            "2. The plan was adopted by the County Council in May 2022.\n",
            ("reported", "approved", "County Council", "2022-05"),
            id="adopted-by",
        ),
        pytest.param(
            "3. The Full Council will consider the budget at its meeting on 21 February 2024.\n",
            ("scheduled", "scheduled", "Full Council", "2024-02-21"),
            id="will-consider",
        ),
        pytest.param(
            "4. A decision is due to be taken by the Cabinet Member for Highways on 4 March 2024.\n",
            ("scheduled", "scheduled", "Cabinet Member for Highways", "2024-03-04"),
            id="due-to-be-taken-by",
        ),
        pytest.param(
            "5. The budget was agreed at Full Council on 22 February 2023.\n",
            ("reported", "agreed", "Full Council", "2023-02-22"),
            id="agreed-at-full-council",
        ),
        pytest.param(
            "6. Full Council will be asked to approve the budget on 21 February 2024.\n",
            ("scheduled", "scheduled", "Full Council", "2024-02-21"),
            id="will-be-asked-to-approve",
        ),
    ],
)
def test_decisions_in_reports(nlp, body, expected):
    found = decisions(nlp, REPORT_HEADER, body)
    assert [f[:4] for f in found] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("5. Progress will be reported regularly to the Cabinet.\n", id="reported-regularly"),
        pytest.param("6. The number of agreed actions has increased.\n", id="agreed-as-adjective"),
        pytest.param("7. Officers are asked to attend the workshop.\n", id="officers-asked"),
        pytest.param("Reasons for Recommendation\n\nTo ensure value for money.\n", id="reasons-heading"),
        pytest.param("8. The scheme has been widely welcomed by residents.\n", id="welcomed-by-residents"),
    ],
)
def test_no_decision_in_report_narrative(nlp, body):
    assert decisions(nlp, REPORT_HEADER, body) == []


@Language.component("test_decisions_upstream_spans")
def upstream_spans(doc: Doc) -> Doc:
    """Organisation and date spans as the organisations and dates components would leave them."""
    council = doc.char_span(*find(doc.text, "the Borough Council"), label="ORG")
    council._.org_name = "Hightown Borough Council"
    doc.spans[ORGANISATIONS] = [council]
    when = doc.char_span(*find(doc.text, "May 2022"), label="DATE")
    when._.date_value = "2022-05"
    doc.spans[DATES] = [when]
    return doc


def find(text: str, quote: str) -> tuple[int, int]:
    """Offsets of the first occurrence of quote in text."""
    start = text.index(quote)
    return start, start + len(quote)


def test_maker_and_date_come_from_organisation_and_date_spans(blank_nlp):
    for name in (
        "minutes_header",
        "minutes_layout",
        "sentencizer",
        "test_decisions_upstream_spans",
        "minutes_decisions",
    ):
        blank_nlp.add_pipe(name)
    doc = blank_nlp(REPORT_HEADER + "2. The plan was approved by the Borough Council in May 2022.\n")
    [span] = doc.spans[DECISIONS]
    assert span.text == "The plan was approved by the Borough Council in May 2022."
    assert span._.decision_maker == "Hightown Borough Council"
    assert span._.decision_date == "2022-05"
    assert span._.decision_date_span == find(doc.text, "May 2022")


@Language.component("test_decisions_partnership_span")
def partnership_span(doc: Doc) -> Doc:
    """An organisation span over a partnership whose board is the decision maker."""
    span = doc.char_span(*find(doc.text, "Hightown Together"), label="ORG")
    span._.org_name = "Hightown Together"
    doc.spans[ORGANISATIONS] = [span]
    return doc


def test_body_named_past_an_organisation_span_is_kept_whole(blank_nlp):
    for name in (
        "minutes_header",
        "minutes_layout",
        "sentencizer",
        "test_decisions_partnership_span",
        "minutes_decisions",
    ):
        blank_nlp.add_pipe(name)
    doc = blank_nlp(
        REPORT_HEADER + "3. The plan will be considered by Hightown Together Board on 3 March 2024.\n"
    )
    assert [s._.decision_maker for s in doc.spans[DECISIONS]] == ["Hightown Together Board"]


def test_numbered_recommendations_under_a_heading_are_one_each(nlp):
    body = (
        "Recommendations\n\n2. That the Cabinet approves the draft Local Plan for consultation.\n"
        "3. That the Cabinet notes the timetable in Appendix B.\n\nReasons for Recommendations\n\n"
        "4. To meet the statutory timetable.\n"
    )
    found = decisions(nlp, REPORT_HEADER, body)
    assert [(f[0], f[2], f[4]) for f in found] == [
        ("recommendation", "Cabinet", "That the Cabinet approves the draft Local Plan for consultation."),
        ("recommendation", "Cabinet", "That the Cabinet notes the timetable in Appendix B."),
    ]


@Language.component("test_decisions_three_members_present")
def three_members_present(doc: Doc) -> Doc:
    """Three members present, as the members component would mark them."""
    spans = []
    for name in ("Adams", "Begum", "Clarke"):
        span = doc.char_span(*find(doc.text, name), label="MEMBER")
        span._.member_attendance = "present"
        spans.append(span)
    doc.spans[MEMBERS] = spans
    return doc


def test_tally_larger_than_members_present_is_a_warning(blank_nlp):
    for name in (
        "minutes_header",
        "minutes_layout",
        "sentencizer",
        "test_decisions_three_members_present",
        "minutes_decisions",
    ):
        blank_nlp.add_pipe(name)
    doc = blank_nlp(
        MINUTES_HEADER.replace("\n\n5.", "\n\nPresent: Councillors Adams, Begum and Clarke\n\n5.")
        + "On being put to the vote the motion was carried (For 5, Against 1).\n\n"
        "RESOLVED that the licence be suspended for six weeks.\n"
    )
    [span] = doc.spans[DECISIONS]
    assert span._.decision_votes == {"for": 5, "against": 1, "outcome": "carried"}
    assert span._.decision_warnings == [
        "The vote records 6 votes cast but only 3 members are listed as present."
    ]


PARISH_HEADER = (
    "ABERNANT COMMUNITY COUNCIL\nMinutes of the meeting held at the Village Hall on 14 March 2024\n\n"
    "Present: Cllr. D. Evans (Chair), Cllr. M. Rees, Cllr. S. Pugh\n\n"
)


@pytest.mark.parametrize(
    "body, text, status",
    [
        pytest.param(
            "7. Accounts\nThe following payments were approved:\nClerk's salary - £310.00\nHall hire - £40.00\n",
            "The following payments were approved:\nClerk's salary - £310.00\nHall hire - £40.00", "approved",
            id="following-payments-approved-with-their-list",
        ),
        pytest.param(
            "6. Planning Applications\nDM/2024/00871 – Ty Gwyn, Llanfair. Two-storey rear extension. Approval "
            "recommended.\n",
            "DM/2024/00871 – Ty Gwyn, Llanfair. Two-storey rear extension. Approval recommended.", "recommended",
            id="consultee-approval-recommended",
        ),
    ],
)
def test_outcome_sentences_in_community_council_minutes(nlp, body, text, status):
    found = decisions(nlp, PARISH_HEADER, body)
    assert [(f[1], f[4]) for f in found] == [(status, text)]


def test_points_noted_before_a_colon_open_a_discussion(nlp):
    body = "9. Correspondence\nThe following points were noted:\nThe bus shelter glass is cracked.\n"
    assert decisions(nlp, PARISH_HEADER, body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        pytest.param(
            "RESOLVED that the Cabinet note the revised capital programme; and agree to delegate the final "
            "bid to the Director of Resources.\n\n6. Any Other Business\n",
            [("noted", "that the Cabinet note the revised capital programme"),
             ("approved", "agree to delegate the final bid to the Director of Resources.")],
            id="semicolon-and-agree",
        ),
        pytest.param(
            "RESOLVED that the Board notes the progress on the recovery plan and to support the actions set out "
            "in section 4.\n\n6. Any Other Business\n",
            [("noted", "that the Board notes the progress on the recovery plan"),
             ("endorsed", "to support the actions set out in section 4.")],
            id="and-to-support",
        ),
        pytest.param(
            "RESOLVED that the quote from Harlech Roofing be accepted and the work be carried out in May.\n\n"
            "6. Any Other Business\n",
            [("approved", "that the quote from Harlech Roofing be accepted and the work be carried out in May.")],
            id="one-decision-with-and",
        ),
    ],
)
def test_a_second_decision_run_on_in_one_limb_is_a_limb_of_its_own(nlp, body, expected):
    found = decisions(nlp, MINUTES_HEADER, body)
    assert [(f[1], f[4]) for f in found] == expected


@pytest.mark.parametrize(
    "body, text",
    [
        pytest.param(
            "5. Correspondence\nix) Planning Aid Wales, training on the new local plan for councillors. It\n"
            "was agreed that Cllr. R. Hughes would attend on behalf of the Council.\tClerk\n",
            "It\nwas agreed that Cllr. R. Hughes would attend on behalf of the Council.",
            id="trigger-wrapped-by-the-page",
        ),
        pytest.param(
            "8. Representatives\nIt was agreed that Cllr. A. Lewis would replace Cllr. B. Morgan on the Hall "
            "Committee.\n",
            "It was agreed that Cllr. A. Lewis would replace Cllr. B. Morgan on the Hall Committee.",
            id="initials-are-not-limb-labels",
        ),
    ],
)
def test_agreements_in_welsh_community_council_minutes_are_read_whole(nlp, body, text):
    found = decisions(nlp, PARISH_HEADER, body)
    assert [(f[1], f[4]) for f in found] == [("agreed", text)]


@pytest.mark.parametrize(
    "body, text",
    [
        pytest.param(
            "9. Village Hall Roof\nThree quotes had been obtained for the repair of the hall roof.\n"
            "This project was unanimously approved.\n",
            "This project was unanimously approved.", id="this-and-a-noun-names-the-subject",
        ),
        pytest.param(
            "10. Grants\nCllr Rees proposed the Council give £500 to the Eisteddfod and Cllr Pugh seconded this. "
            "All Councillors were in agreement and this was agreed.\n",
            "Cllr Rees proposed the Council give £500 to the Eisteddfod and Cllr Pugh seconded this. "
            "All Councillors were in agreement and this was agreed.", id="outcome-pointing-back-to-a-seconded-motion",
        ),
    ],
)
def test_outcomes_that_point_back_in_community_council_minutes(nlp, body, text):
    found = decisions(nlp, PARISH_HEADER, body)
    assert [(f[1], f[4]) for f in found] == [("agreed" if "agreed" in text else "approved", text)]


def test_an_aside_opening_with_this_is_no_outcome(nlp):
    body = "11. Fairs\nThis, the Chair noted, would end the summer fairs in the village.\n"
    assert decisions(nlp, PARISH_HEADER, body) == []


def test_a_vote_with_nothing_decided_is_no_resolution(nlp):
    header = "MINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD ON 4 MARCH 2024\n\n"
    body = "6. Taxi Fares\n\nMembers debated the proposed tariff. The committee then voted.\n\nMembers voted to approve the tariff.\n"
    assert [f[4] for f in decisions(nlp, header, body)] == ["Members voted to approve the tariff."]


@pytest.mark.parametrize(
    "body, text, status",
    [
        pytest.param("5. Matters arising\nc) Bus shelter petition: agreed to return to it at the next meeting\n",
                     "c) Bus shelter petition: agreed to return to it at the next meeting", "agreed",
                     id="topic-colon-outcome"),
        pytest.param("5. Matters arising\nd) Meeting with the local MSP  Agreed to defer for the time being.\n",
                     "d) Meeting with the local MSP  Agreed to defer for the time being.", "deferred",
                     id="topic-gap-outcome-glued-cell"),
    ],
)
def test_an_items_topic_then_its_outcome_in_scottish_community_council_minutes(nlp, body, text, status):
    found = decisions(nlp, PARISH_HEADER, body)
    assert [(f[1], f[4]) for f in found] == [(status, text)]

