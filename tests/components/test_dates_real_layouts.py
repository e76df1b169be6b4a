"""Dates as community and parish council minutes print them: a weekday before a year-less date, and
minutes whose only date is in their file name."""

from __future__ import annotations

import pytest


def dates(extractor, text: str, source: str = "<text>") -> dict[str, str]:
    return {r.text: r.value for r in extractor.extract_text(text, source=source) if r.record_type == "date"}


@pytest.mark.parametrize("mention, value", [
    ("Friday the 30th of January", "2026-01-30"),
    ("Wed 6 May", "2026-05-06"),
    ("Saturday, 14th February", "2026-02-14"),
])
def test_a_weekday_before_a_year_less_date_decides_its_year(extractor, mention, value):
    text = ("Minutes of the General Meeting of Kelvinside Community Council held on 12 January 2026\n\n"
            "Present: Ann Lee (Chair), Huw Price\n\n4. The secretary reported that the hall had been booked "
            f"for {mention} for the litter pick.\n")
    found = dates(extractor, text)
    assert value in found.values(), found


def test_minutes_dated_only_by_their_file_name_anchor_their_dates(extractor):
    text = ("Present:  Cllr Lee (attending remotely), Cllrs Price, Evans & the Clerk.\n\n"
            "3786.  Police Report:  Attached.\n\n3790.  Date of next meeting:  25th November.\n")
    records = extractor.extract_text(text, source="minutes/20241028.txt")
    document = records[0]
    assert (document.doc_type, document.meeting_date) == ("minutes", "2024-10-28")
    assert {r.text: r.value for r in records if r.record_type == "date"}["25th November"] == "2024-11-25"


def test_a_file_name_date_never_overrides_the_papers_own(extractor):
    text = "Minutes of the Cabinet held on 9 March 2010\n\nPresent: Mr N Rushton (in the Chair)\n"
    assert extractor.extract_text(text, source="cabinet_2010-03-12.txt")[0].meeting_date == "2010-03-09"
