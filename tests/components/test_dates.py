"""minutes_dates in the full pipeline: what is a date, its value from the anchor, its role and time."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from spacy.attrs import LOWER

from extract.extensions import DATES

CABINET_HEADER = "CABINET – 9 MARCH 2010\n\nREPORT OF THE DIRECTOR OF RESOURCES\n\nBUDGET UPDATE\n\n"


def dates_of(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.date_value) for s in doc.spans[DATES]]


@pytest.mark.parametrize(
    "body, expected",
    [
        pytest.param("1. A workshop was held on 15 December with all members.\n",
                     [("15 December", "2009-12-15")], id="past-year-before"),
        pytest.param("1. Comments are needed by the 19th February so the report can be finalised.\n",
                     [("19th February", "2011-02-19")], id="by-after-anchor-rolls-forward"),
        pytest.param("1. The Council will consider the budget at its meeting on 23 March.\n",
                     [("23 March", "2010-03-23")], id="future-same-year"),
        pytest.param("1. The Council will consider the budget at its meeting on 23 February.\n",
                     [("23 February", "2011-02-23")], id="future-before-anchor-rolls-forward"),
        pytest.param("1. The plan was agreed on 23 March, before this meeting.\n",
                     [("23 March", "2009-03-23")], id="past-after-anchor-rolls-back"),
        pytest.param("1. Agreed in December; comments by 19th February please.\n",
                     [("December", "2009-12"), ("19th February", "2011-02-19")], id="clause-boundary"),
        pytest.param("1. The scheme was approved in June and started in October 2009.\n",
                     [("June", "2009-06"), ("October 2009", "2009-10")], id="month-after-preposition"),
        pytest.param("1. Spending in 2008/09 fell; the plan for 2010-11 is attached.\n",
                     [("2008/09", "2008"), ("2010-11", "2010")], id="financial-years"),
        pytest.param("1. The consultation runs from 3 June to 26 July 2010.\n",
                     [("from 3 June to 26 July 2010", "2010-06-03")], id="range-one-record"),
        pytest.param("1. Drop-in sessions w/c 5 July and on 8-10 March 2010.\n",
                     [("w/c 5 July", "2010-07-05"), ("8-10 March 2010", "2010-03-08")], id="wc-and-day-range"),
        pytest.param("1. The strategy covers the years from 2008 to 2013.\n",
                     [("from 2008 to 2013", "2008")], id="year-range"),
        pytest.param("1. The working group met on Thurs 25th Feb and again on Weds 3 March.\n",
                     [("Thurs 25th Feb", "2010-02-25"), ("Weds 3 March", "2010-03-03")], id="weekday-abbreviations"),
        pytest.param("1. Clerk on leave Fri 5th – Mon 15th March; the deputy will cover.\n",
                     [("Fri 5th – Mon 15th March", "2010-03-05")], id="weekday-day-range"),
        pytest.param("1. Gritting runs from 1 December to 1 January each winter.\n",
                     [("from 1 December to 1 January", "2009-12-01")], id="range-over-new-year-no-years"),
        pytest.param("1. AGREED that the estimates be submitted to the Council at its meeting on 1st March.\n",
                     [("1st March", "2011-03-01")], id="be-participle-points-ahead"),
        pytest.param("Valid date:            14.11.2009\nExpiry date:           13.02.2010\n",
                     [("14.11.2009", "2009-11-14"), ("13.02.2010", "2010-02-13")], id="numeric-after-label"),
        pytest.param("1. Leicestershire was one of 13 pilots and scored 4 out of 150.\n", [], id="counts"),
        pytest.param("1. Minute 23/10 refers; see paragraph 3.2.10 and Appendix 2010.\n", [], id="references"),
        pytest.param("1. Savings of £2010 and a 2009% rise are impossible; Covid-19 delayed work.\n", [],
                     id="money-percent-covid"),
    ],
)
def test_mentions_and_values(nlp, body, expected):
    found = [d for d in dates_of(nlp, CABINET_HEADER + body) if d[0] != "9 MARCH 2010"]
    assert found == expected


def test_phone_numbers_beside_dates_are_not_dates(nlp):
    text = CABINET_HEADER + "Contact: Sam Jones, Tel: 0116 305 2010 or 01905 766134, by 12 March 2010.\n"
    assert [d for d in dates_of(nlp, text) if d[0] != "9 MARCH 2010"] == [("12 March 2010", "2010-03-12")]


def test_no_anchor_leaves_a_yearless_date_unresolved(nlp):
    doc = nlp("Residents met councillors on 15 December to discuss parking.\n")
    [span] = doc.spans[DATES]
    assert span.text == "15 December" and span._.date_value is None and span._.date_precision is None


def test_anchor_from_publication_date(nlp):
    doc = nlp("Posted on August 18th, 2009\n\nThe minister visited 22 July and a workshop ran on 24 July.\n")
    assert doc._.anchor_source == "publication"
    assert [(s.text, s._.date_value, s._.date_role) for s in doc.spans[DATES]] == [
        ("August 18th, 2009", "2009-08-18", "publication"),
        ("22 July", "2009-07-22", "past_event"),
        ("24 July", "2009-07-24", "past_event"),
    ]


@pytest.mark.parametrize(
    "body, role",
    [
        pytest.param("1. Responses are due by 19 March 2010.\n", "deadline", id="deadline"),
        pytest.param("1. The Cabinet will consider it on 20 April 2010.\n", "scheduled", id="scheduled"),
        pytest.param("1. The plan was adopted on 2 February 2009.\n", "past_event", id="past"),
        pytest.param("1. Funding covers 2010/11.\n", "period", id="period"),
    ],
)
def test_roles(nlp, body, role):
    doc = nlp(CABINET_HEADER + body)
    spans = [s for s in doc.spans[DATES] if s.text != "9 MARCH 2010"]
    assert [s._.date_role for s in spans] == [role]


def test_header_date_is_the_meeting(nlp):
    doc = nlp(CABINET_HEADER)
    [first, *_] = doc.spans[DATES]
    assert (first.text, first._.date_role) == ("9 MARCH 2010", "meeting")


@pytest.mark.parametrize(
    "text, time",
    [
        pytest.param("The meeting will be held on 9 March 2010 at 10.00 am.", "10:00", id="at-am"),
        pytest.param("Site visit on Tuesday 9 March 2010 at 2pm.", "14:00", id="joined-pm"),
        pytest.param("The panel meets on 9 March 2010, 10:30, in Room 2.", "10:30", id="colon"),
    ],
)
def test_time_attaches_to_its_date(nlp, text, time):
    doc = nlp(text)
    [span] = doc.spans[DATES]
    assert span._.date_time == time


def test_relative_expressions(nlp):
    text = CABINET_HEADER + ("1. Objections must be made within 28 days, and the works finished by the end of "
                             "March. A further report will come to the next meeting.\n")
    doc = nlp(text)
    found = {s.text: (s._.date_value, s._.date_role) for s in doc.spans[DATES]}
    assert found["within 28 days"] == ("2010-04-06", "deadline")
    assert found["by the end of March"] == ("2010-03", "deadline")
    assert found["the next meeting"] == (None, "scheduled")


def test_results_do_not_depend_on_the_day_the_tool_runs(extractor):
    paper = CABINET_HEADER + "1. Agreed in December; reporting by 19th February and in April 2011.\n"
    with freeze_time("2012-06-30"):
        first = extractor.extract_text(paper)
    with freeze_time("2031-01-15"):
        second = extractor.extract_text(paper)
    assert [r for r in first if r.record_type == "date"] == [r for r in second if r.record_type == "date"]
    assert [r.value for r in first if r.record_type == "date"][1:] == ["2009-12", "2011-02-19", "2011-04"]


def test_mentions_wrapped_over_two_lines(nlp):
    text = CABINET_HEADER + ("1. The report was considered on 19th\nDecember, 2009 and objections must be made "
                             "within\n28 days of Friday 12\nMarch 2010.\n")
    doc = nlp(text)
    found = {" ".join(s.text.split()): s._.date_value for s in doc.spans[DATES]}
    assert found["19th December, 2009"] == "2009-12-19"
    assert found["within 28 days"] == "2010-04-06"
    assert found["Friday 12 March 2010"] == "2010-03-12"


def test_sentence_words_are_read_nearest_first_and_cut_at_the_clause(nlp):
    doc = nlp(CABINET_HEADER + "1. The Plan, Deferred; it GOES on 4 May 2010 to Cabinet.\n")
    span = next(s for s in doc.spans[DATES] if s.text == "4 May 2010")
    finder = nlp.get_pipe("minutes_dates")
    before, after = finder.sentence_words(span, doc.to_array(LOWER))
    assert before[:6] == ["on", "goes", "it", ";", "deferred", ","]
    assert after[:3] == ["to", "cabinet", "."]
    assert finder.clause_words(before) == ["on", "goes", "it"]
    assert finder.tense_of(span, before, after) is None  # "Deferred" is past, but in another clause
