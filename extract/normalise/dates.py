"""Normalise a date mention to an ISO value with its precision, against a pinned anchor date.

One dateparser DateDataParser per process (per anchor), every setting pinned, so a result never
depends on the day the tool runs. Called on a detected mention only, never on a whole text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Literal, Optional

from dateparser.date import DateDataParser

Precision = Literal["day", "month", "year", "range"]

# A fixed base for parses that must not use a relative base: dateparser needs one, and only a
# mention that carries its own year is accepted with it (see parse_date).
NEUTRAL_BASE = datetime(2000, 1, 1)
HAS_YEAR = re.compile(r"\b(1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


@dataclass(frozen=True)
class DateValue:
    """A normalised date: value as precise as written, and the full days it covers."""

    value: str
    precision: Precision
    start: str
    end: str
    time: Optional[str] = None


@lru_cache(maxsize=64)
def date_parser(base: datetime = NEUTRAL_BASE) -> DateDataParser:
    """The one configured parser for a relative base (cached: building one costs milliseconds)."""
    return DateDataParser(
        languages=["en"],
        locales=["en-GB"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_DATES_FROM": "current_period",
            "RELATIVE_BASE": base,
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


def bounds(value: str) -> tuple[str, str]:
    """First and last full date an ISO value of any precision covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        year, month = parts
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"


def parse_date(text: str, *, anchor: Optional[date] = None) -> Optional[DateValue]:
    """Parse one date mention; None when it is not a date or its year cannot be known.

    Args:
        text: the mention only ("15 December", "3 FEBRUARY 2010").
        anchor: the paper's anchor date; a year-less mention takes its year from it.
    """
    if anchor is None and not HAS_YEAR.search(text):
        return None
    base = datetime(anchor.year, anchor.month, anchor.day) if anchor else NEUTRAL_BASE
    data = date_parser(base).get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year", "time"):
        return None
    found = data.date_obj.date()
    precision: Precision = "day" if data.period == "time" else data.period  # type: ignore[assignment]
    if precision == "day":
        value = found.isoformat()
    elif precision == "month":
        value = f"{found.year:04d}-{found.month:02d}"
    else:
        value = f"{found.year:04d}"
    start, end = bounds(value)
    return DateValue(value=value, precision=precision, start=start, end=end)
