"""One grammar of written dates for the header, the dates and the decisions: they read a date alike."""

from __future__ import annotations

import pytest

from extract.normalise.date_mentions import first_date_value, first_full_date, typed_digits
from extract.normalise.dates import parse_date
from extract.normalise.header import parse_header


@pytest.mark.parametrize("written, value", [
    ("2011/12/14", "2011-12-14"),
    ("2011-12-14", "2011-12-14"),
    ("14/12/2011", "2011-12-14"),
    ("14.12.11", "2011-12-14"),
    ("14-12-2011", "2011-12-14"),
    ("Wednesday 14th December 2011", "2011-12-14"),
    ("December 14, 2011", "2011-12-14"),
])
def test_every_reader_gives_a_date_one_value(written, value):
    assert parse_date(written).value == value
    assert first_full_date(f"Approved on {written} by the Cabinet") == value
    assert first_date_value(f"Approved on {written} by the Cabinet").value == value
    header = parse_header(f"Minutes of the Cabinet held on {written}\n\nPresent: Councillor A Lee\n")
    assert header.meeting_date == value


def test_a_numeric_date_is_never_read_from_inside_a_longer_one():
    assert first_full_date("reference 2011/12/145 and 12/14") is None
    assert first_full_date("minute 2011/12/14") == "2011-12-14"


def test_a_year_less_mention_takes_its_year_from_the_anchor():
    from datetime import date

    assert first_date_value("to be reported on 15 December", anchor=date(2024, 11, 2)).value == "2024-12-15"


def test_a_year_typed_with_a_letter_o_is_read_and_keeps_its_length():
    assert typed_digits("MONDAY 4 MARCH 2O24") == "MONDAY 4 MARCH 2024"
    assert first_full_date("GENERAL MEETING MONDAY 4 MARCH 2O24") == "2024-03-04"


def test_the_dates_component_reads_year_first_dates(extractor):
    records = extractor.extract_text("The Cabinet approved the scheme on 2011/12/14 and reviewed it on "
                                     "2012-01-20.")
    values = sorted(r.value for r in records if r.record_type == "date")
    assert values == ["2011-12-14", "2012-01-20"]
