"""parse_date and resolve_year: every UK form, the year either side of the anchor, no anchor."""

from __future__ import annotations

import random
from datetime import date

import pytest

from extract.normalise.dates import (
    MONTH_NAMES,
    dateparser_month_day,
    parse_date,
    parse_time,
    plain_date,
    resolve_relative,
    resolve_year,
)

ANCHOR = date(2010, 2, 3)


@pytest.mark.parametrize(
    "text, value, precision, start, end",
    [
        pytest.param("3 FEBRUARY 2010", "2010-02-03", "day", "2010-02-03", "2010-02-03", id="caps-header"),
        pytest.param("Tuesday, 9 March 2010", "2010-03-09", "day", "2010-03-09", "2010-03-09", id="weekday-comma"),
        pytest.param("1st April 2009", "2009-04-01", "day", "2009-04-01", "2009-04-01", id="ordinal"),
        pytest.param("the 19th of February 2010", "2010-02-19", "day", "2010-02-19", "2010-02-19", id="the-of"),
        pytest.param("December 9th, 2009", "2009-12-09", "day", "2009-12-09", "2009-12-09", id="month-first"),
        pytest.param("December 2019", "2019-12", "month", "2019-12-01", "2019-12-31", id="month-year"),
        pytest.param("Feb 2024", "2024-02", "month", "2024-02-01", "2024-02-29", id="abbrev-leap"),
        pytest.param("2019", "2019", "year", "2019-01-01", "2019-12-31", id="bare-year"),
        pytest.param("03/02/2010", "2010-02-03", "day", "2010-02-03", "2010-02-03", id="slash-day-first"),
        pytest.param("3.2.10", "2010-02-03", "day", "2010-02-03", "2010-02-03", id="dotted-two-digit-year"),
        pytest.param("2021/22", "2021", "range", "2021-04-01", "2022-03-31", id="financial-year-slash"),
        pytest.param("2021-22", "2021", "range", "2021-04-01", "2022-03-31", id="financial-year-dash"),
        pytest.param("1999/2000", "1999", "range", "1999-04-01", "2000-03-31", id="financial-year-century"),
        pytest.param("from 2008 to 2013", "2008", "range", "2008-01-01", "2013-12-31", id="year-range"),
        pytest.param("8-10 March 2010", "2010-03-08", "range", "2010-03-08", "2010-03-10", id="day-range"),
        pytest.param("8th - 10th March 2010", "2010-03-08", "range", "2010-03-08", "2010-03-10", id="ordinal-range"),
        pytest.param("6 and 7 December 2023", "2023-12-06", "range", "2023-12-06", "2023-12-07", id="two-days"),
        pytest.param("from 3 June to 26 July 2024", "2024-06-03", "range", "2024-06-03", "2024-07-26", id="from-to"),
        pytest.param("from April 2021 to March 2022", "2021-04", "range", "2021-04-01", "2022-03-31",
                     id="month-range"),
        pytest.param("w/c 4 March 2024", "2024-03-04", "range", "2024-03-04", "2024-03-10", id="week-commencing"),
    ],
)
def test_forms_with_their_own_year(text, value, precision, start, end):
    found = parse_date(text)
    assert (found.value, found.precision, found.start, found.end) == (value, precision, start, end)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("01/13/2010", id="us-order-refused"),
        pytest.param("31/02/2010", id="no-such-day"),
        pytest.param("2021/23", id="not-consecutive-financial-year"),
        pytest.param("Covid-19", id="covid"),
        pytest.param("LAA1", id="code"),
        pytest.param("one of 13", id="count"),
    ],
)
def test_not_dates(text):
    assert parse_date(text, anchor=ANCHOR) is None


@pytest.mark.parametrize(
    "text, tense, value",
    [
        pytest.param("15 December", "past", "2009-12-15", id="past-before-anchor-goes-back-a-year"),
        pytest.param("15 December", "future", "2010-12-15", id="future-after-anchor"),
        pytest.param("19th February", "future", "2010-02-19", id="future-same-year"),
        pytest.param("19th February", "past", "2009-02-19", id="past-after-anchor-goes-back"),
        pytest.param("2 February", "past", "2010-02-02", id="past-day-before-anchor"),
        pytest.param("3 February", "future", "2010-02-03", id="future-on-anchor-day"),
        pytest.param("15 December", None, "2009-12-15", id="no-tense-nearest"),
        pytest.param("August", None, "2010-08", id="month-no-tense-nearest"),
        pytest.param("November", "past", "2009-11", id="month-past"),
        pytest.param("February", "past", "2010-02", id="month-of-anchor-past"),
    ],
)
def test_year_of_a_yearless_date_follows_tense(text, tense, value):
    assert parse_date(text, anchor=ANCHOR, tense=tense).value == value


def test_weekday_decides_the_year():
    # 25 July falls on a Thursday in 2024, not 2023.
    assert parse_date("Thursday 25 July", anchor=date(2024, 7, 11), tense="past").value == "2024-07-25"


def test_no_anchor_and_no_year_is_unresolved():
    assert parse_date("15 December") is None
    assert parse_date("15 December", anchor=None, tense="past") is None


def test_resolve_year_across_new_year():
    assert resolve_year(12, 30, date(2024, 1, 10), "past") == 2023
    assert resolve_year(1, 5, date(2023, 12, 20), "future") == 2024


@pytest.mark.parametrize(
    "text, expected",
    [("10.00 am", "10:00"), ("2pm", "14:00"), ("10:30", "10:30"), ("6.30pm", "18:30"), ("12 pm", "12:00"),
     ("12am", "00:00"), ("10", None), ("25:00", None)],
)
def test_times(text, expected):
    assert parse_time(text) == expected


def test_relative_expressions_resolve_against_the_anchor():
    within = resolve_relative("within", 28, "days", None, ANCHOR)
    assert (within.start, within.end) == ("2010-02-03", "2010-03-03")
    march = resolve_relative("end_of_month", None, None, 3, ANCHOR)
    assert (march.value, march.precision, march.end) == ("2010-03", "month", "2010-03-31")
    assert resolve_relative("end_of_month", None, None, 1, ANCHOR).end == "2011-01-31"
    assert resolve_relative("within", 28, "days", None, None) is None


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("Mar 26", "2026-03", id="finance-table-column"),
        pytest.param("Sept 25", "2025-09", id="sept"),
        pytest.param("26 Mar", "2010-03-26", id="day-first-is-a-day"),
    ],
)
def test_a_short_month_and_two_digit_year_is_that_month(text, value):
    assert parse_date(text, anchor=ANCHOR).value == value


def test_may_in_lower_case_without_a_year_is_the_verb():
    assert parse_date("18 may", anchor=ANCHOR) is None
    assert parse_date("18 May", anchor=ANCHOR).value == "2010-05-18"


def plain_forms(seed: int, count: int) -> list[str]:
    """A seeded sample of plain word dates in every spelling councils print: day first or month first,
    ordinals, abbreviations with and without a stop, capitals, a comma before the year, no year."""
    rng = random.Random(seed)
    months = sorted(MONTH_NAMES)
    forms = []
    for _ in range(count):
        month = rng.choice(months)
        month = rng.choice([month, month.title(), month.upper(), month.title() + "."])
        day = f"{rng.randint(1, 31)}{rng.choice(['', 'st', 'nd', 'th', 'TH'])}"
        year = rng.choice(["1999", "2000", "2023", "2024", "2031"])
        forms.append(rng.choice([f"{day} {month} {year}", f"{day} {month}, {year}", f"{month} {day}, {year}",
                                 f"{month} {day} {year}", f"{day} {month}", f"{month} {year}"]))
    return forms


@pytest.mark.parametrize("text", plain_forms(seed=12, count=300))
def test_a_plain_word_date_reads_as_dateparser_reads_it(text):
    plain = plain_date(text)
    assert plain is None or plain == dateparser_month_day(text)


@pytest.mark.parametrize("text,expected", [
    ("15 December 2024", (15, 12, 2024)),
    ("3rd Feb.", (3, 2, None)),
    ("SEPT 2022", (None, 9, 2022)),
    ("March 14, 2023", (14, 3, 2023)),
])
def test_plain_word_dates_are_read_without_dateparser(text, expected):
    assert plain_date(text) == expected


@pytest.mark.parametrize("text", ["29 February 2024", "31 June 2024", "0 May 2024", "15 December 24",
                                  "Tuesday 15 December 2024", "15 December 2024 at 2pm", "15  December 2024"])
def test_other_dates_are_left_to_dateparser(text):
    assert plain_date(text) is None
