"""Normalise a date mention to an ISO value with its precision, against a pinned anchor date.

One dateparser DateDataParser per process, every setting pinned, called on one mention at a
time (never over a whole text), so a result never depends on the day the tool runs. The
measured pitfalls of dateparser are handled before it sees the text: a missing day or year
filled from today, "2021/22" read as 22 February 2021, day ranges, "w/c", and US-order numerals.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal, Optional

from dateparser.date import DateDataParser

Precision = Literal["day", "month", "year", "range"]
Tense = Literal["past", "future"]

NEUTRAL_BASE = datetime(2000, 1, 1)
"""Base handed to dateparser: only mentions that carry their own year are read with it."""

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
YEAR_FIRST_DATE = re.compile(r"^((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})$")
"""A date written year first ("2011/12/14", "2011-12-14"): always year, month, day."""
FINANCIAL_YEAR = re.compile(r"^((?:19|20)\d\d)\s*(?:/\s*(\d\d|(?:19|20)\d\d)|[–-]\s*(\d\d))$")
YEAR_RANGE = re.compile(r"^(?:from\s+|between\s+)?((?:19|20)\d\d)\s*(?:-|–|—|to|until|and)\s*((?:19|20)\d\d)$",
                        re.IGNORECASE)
ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)
LEADING_WORDS = re.compile(r"^(?:the\s+|on\s+)+", re.IGNORECASE)
WEEK_COMMENCING = re.compile(r"^(?:w/c|week\s+commencing|week\s+beginning)\s+", re.IGNORECASE)
DAY_NAME = r"(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
DAY_RANGE = re.compile(
    rf"^(?:from\s+|between\s+)?(?:the\s+)?{DAY_NAME}(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|&)\s*(?:the\s+)?"
    rf"{DAY_NAME}(\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:\s+of)?\s+(?P<rest>[A-Za-z]+\.?(?:,?\s+\d{4})?)$",
    re.IGNORECASE,
)
RANGE_SPLIT = re.compile(r"^(?:from\s+|between\s+)(?P<first>.+?)\s+(?:to|until|till|and|-|–)\s+(?P<second>.+)$",
                         re.IGNORECASE)
TIME = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|noon|hrs|hours)?$", re.IGNORECASE)
MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NAMES.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTH_NAMES["sept"] = 9


@dataclass(frozen=True)
class DateValue:
    """A normalised date: value as precise as written, and the full days it covers."""

    value: str
    precision: Precision
    start: str
    end: str
    time: Optional[str] = None


@lru_cache(maxsize=1)
def date_parser() -> DateDataParser:
    """The one configured parser of the process (building one costs milliseconds)."""
    return DateDataParser(
        languages=["en"],
        locales=["en-GB"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_DATES_FROM": "current_period",
            "RELATIVE_BASE": NEUTRAL_BASE,
            "STRICT_PARSING": False,
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


def single(value: str, precision: Precision) -> DateValue:
    """A DateValue for one day, month or year."""
    start, end = bounds(value)
    return DateValue(value=value, precision=precision, start=start, end=end)


def resolve_year(month: int, day: Optional[int], anchor: date, tense: Optional[Tense]) -> int:
    """The year of a year-less date, from the anchor and the tense of its sentence.

    Past tense: the last such date on or before the anchor. Future: the first on or after it.
    No tense: whichever is nearer the anchor.
    """
    def candidate(year: int) -> date:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(day or 1, last) if day else 1)

    this_year = candidate(anchor.year)
    anchor_point = anchor if day else date(anchor.year, anchor.month, 1)
    if tense == "past":
        return anchor.year if this_year <= anchor_point else anchor.year - 1
    if tense == "future":
        return anchor.year if this_year >= anchor_point else anchor.year + 1
    options = [candidate(anchor.year - 1), this_year, candidate(anchor.year + 1)]
    best = min(options, key=lambda d: (abs((d - anchor_point).days), d))
    return best.year


def clean_mention(text: str) -> str:
    """A mention as dateparser reads it best: no ordinals, no leading "the"/"on", single spaces."""
    text = re.sub(r"\s+", " ", text.strip().rstrip(".,"))
    text = LEADING_WORDS.sub("", text)
    return ORDINAL.sub(r"\1", text)


def parse_numeric(text: str) -> Optional[DateValue]:
    """A numeric date, day first ("03/02/2010", "3.2.10") or year first ("2011/12/14"); None when it is
    not a valid date."""
    if first := YEAR_FIRST_DATE.match(text.strip()):
        year, month, day = int(first.group(1)), int(first.group(3)), int(first.group(4))
    elif match := NUMERIC_DATE.match(text.strip()):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return single(found.isoformat(), "day")


SHORT_MONTH_YEAR = re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+(\d{2})")
"""A short month and a two-digit year, as finance tables head their columns ("Mar 26", "Jun 26")."""


def parse_short_month_year(text: str) -> Optional[DateValue]:
    """A short month name and a two-digit year ("Mar 26": March 2026), a column heading of a finance table;
    a day is written before its month in UK papers ("26 Mar")."""
    match = SHORT_MONTH_YEAR.fullmatch(text.strip())
    if not match:
        return None
    return single(f"{2000 + int(match.group(2)):04d}-{MONTH_NAMES[match.group(1).lower()]:02d}", "month")


def parse_financial_year(text: str) -> Optional[DateValue]:
    """A financial year ("2021/22", "2021-2022"): 1 April to 31 March, as a range."""
    match = FINANCIAL_YEAR.match(text.strip())
    if not match:
        return None
    first = int(match.group(1))
    second_text = match.group(2) or match.group(3)
    second = int(second_text) if len(second_text) == 4 else (first // 100) * 100 + int(second_text)
    if second != first + 1:
        return None
    return DateValue(value=f"{first:04d}", precision="range", start=f"{first:04d}-04-01",
                     end=f"{second:04d}-03-31")


def parse_time(text: str) -> Optional[str]:
    """A time of day as HH:MM ("10.00 am" -> "10:00", "2pm" -> "14:00", "10:30" -> "10:30")."""
    match = TIME.match(text.strip())
    if not match:
        return None
    hour, minute, suffix = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    if suffix.startswith("a") and hour == 12:
        hour = 0
    if not suffix and match.group(2) is None:
        return None
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def has_month_name(text: str) -> bool:
    """Whether a mention names a month ("Dec", "December")."""
    return any(word.rstrip(".") in MONTH_NAMES for word in re.findall(r"[a-z]+\.?", text.lower()))


MONTH_WORD = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
PLAIN_DATES = [re.compile(form, re.IGNORECASE) for form in (
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>{MONTH_WORD})\.?,? (?P<year>(?:19|20)\d\d)",
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>{MONTH_WORD})\.?",
    rf"(?P<month>{MONTH_WORD})\.? (?P<year>(?:19|20)\d\d)",
    rf"(?P<month>{MONTH_WORD})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d\d)",
)]
"""The plainest word dates ("15 December 2024", "15th Dec", "December 2024", "December 15, 2024"), read
without dateparser, which takes milliseconds for each new mention; a test holds them to its readings."""
LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def plain_date(text: str) -> Optional[tuple[Optional[int], int, Optional[int]]]:
    """month_day of a plain word date whose day fits its month in every year; None for anything else
    (29 February, "31 June", another form), which is left to dateparser."""
    match = next((m for form in PLAIN_DATES if (m := form.fullmatch(text))), None)
    if match is None:
        return None
    found = match.groupdict()
    month = MONTH_NAMES[found["month"].lower()]
    day = int(found["day"]) if found.get("day") else None
    if day is not None and not 1 <= day <= min(LONGEST_MONTH[month - 1], 28 if month == 2 else 31):
        return None
    return day, month, int(found["year"]) if found.get("year") else None


@lru_cache(maxsize=4096)  # a paper names its meeting date and a few others many times over
def month_day(text: str) -> Optional[tuple[Optional[int], int, Optional[int]]]:
    """(day, month, year) of a word date as dateparser reads it (the plainest forms read here, the same
    way); day or year None when not written."""
    plain = plain_date(text)
    return plain if plain is not None else dateparser_month_day(text)


def dateparser_month_day(text: str) -> Optional[tuple[Optional[int], int, Optional[int]]]:
    """(day, month, year) of a word date read by dateparser; day or year None when not written."""
    data = date_parser().get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    has_year = YEAR.search(text) is not None
    if data.period == "year":
        return (None, 0, data.date_obj.year) if has_year else None
    day = data.date_obj.day if data.period == "day" else None
    return day, data.date_obj.month, data.date_obj.year if has_year else None


@lru_cache(maxsize=4096)  # the same mention, anchor and tense recur within a paper and across a run
def parse_date(text: str, *, anchor: Optional[date] = None, tense: Optional[Tense] = None) -> Optional[DateValue]:
    """Parse one date mention; None when it is not a date, or has no year and there is no anchor (the value
    is frozen, so a cached one is shared safely).

    Args:
        text: the mention only ("15 December", "3 FEBRUARY 2010", "2021/22", "8-10 March 2010").
        anchor: the paper's anchor date; a year-less mention takes its year from it.
        tense: tense of the sentence the mention is in, which decides the year either side of the anchor.
    """
    text = clean_mention(text)
    if not text or (re.search(r"\bmay\b", text) and not YEAR.search(text)):
        return None  # "young people aged 18 may need …": the verb, not the month
    for special in (parse_financial_year, parse_numeric, parse_year_range, parse_short_month_year):
        if (found := special(text)) is not None:
            return found
    if WEEK_COMMENCING.match(text):
        start = parse_date(WEEK_COMMENCING.sub("", text), anchor=anchor, tense=tense)
        if start is None or start.precision != "day":
            return None
        last = date.fromisoformat(start.start) + timedelta(days=6)
        return DateValue(value=start.value, precision="range", start=start.start, end=last.isoformat())
    if (found := parse_day_range(text, anchor=anchor, tense=tense)) is not None:
        return found
    if (split := RANGE_SPLIT.match(text)) is not None:
        return parse_range(split.group("first"), split.group("second"), anchor=anchor, tense=tense)
    if not has_month_name(text) and not YEAR.fullmatch(text):
        return None  # numerals and words dateparser would stretch into a date ("one of 13", "01/13/2010")
    parts = month_day(WEEKDAY_PREFIX.sub("", text))  # dateparser reads "Thu" but not "Thurs" or "Weds"
    if parts is None:
        return None
    day, month, year = parts
    if month == 0:
        return single(f"{year:04d}", "year")
    if year is None:
        if anchor is None:
            return None
        year = resolve_year(month, day, anchor, tense)
        if day is not None and (weekday := written_weekday(text)) is not None:
            year = year_matching_weekday(month, day, weekday, year)
    if day is None:
        return single(f"{year:04d}-{month:02d}", "month")
    try:
        return single(date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
WEEKDAY_PREFIX = re.compile(rf"^(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+", re.IGNORECASE)


def written_weekday(text: str) -> Optional[int]:
    """The weekday named in a mention ("Thursday 25 July" -> 3), if any."""
    first = re.split(r"[\s,]+", text.strip(), maxsplit=1)[0].lower().rstrip(".")
    return WEEKDAYS.get(first)


def year_matching_weekday(month: int, day: int, weekday: int, year: int) -> int:
    """The year nearest the chosen one in which day/month falls on the weekday written beside it."""
    for candidate in (year, year + 1, year - 1):
        try:
            if date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def parse_year_range(text: str) -> Optional[DateValue]:
    """A range of whole years ("from 2008 to 2013", "2008-2013")."""
    match = YEAR_RANGE.match(text)
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if second <= first:
        return None
    return DateValue(value=f"{first:04d}", precision="range", start=f"{first:04d}-01-01", end=f"{second:04d}-12-31")


def parse_day_range(text: str, *, anchor: Optional[date], tense: Optional[Tense]) -> Optional[DateValue]:
    """Days of one month ("8-10 March 2010", "8th - 10th March"): one range record."""
    match = DAY_RANGE.match(text)
    if not match:
        return None
    first_day, last_day = int(match.group(1)), int(match.group(2))
    end = parse_date(f"{last_day} {match.group('rest')}", anchor=anchor, tense=tense)
    if end is None or end.precision != "day" or last_day <= first_day:
        return None
    start = date.fromisoformat(end.value).replace(day=first_day)
    return DateValue(value=start.isoformat(), precision="range", start=start.isoformat(), end=end.value)


def parse_range(first: str, second: str, *, anchor: Optional[date], tense: Optional[Tense]) -> Optional[DateValue]:
    """A range written as two dates ("from 3 June to 26 July 2024"); the first takes the second's year."""
    last = parse_date(second, anchor=anchor, tense=tense)
    if last is None:
        return None
    year = int(last.end[:4])
    if YEAR.search(first):
        start = parse_date(first, anchor=anchor, tense=tense)
    else:  # "from 3 June to 26 July 2024": the first date takes the year of the second
        start = parse_date(f"{first} {year}")
        if start is not None and start.start > last.end:
            start = parse_date(f"{first} {year - 1}")
    if start is None or start.start > last.end:
        return None
    return DateValue(value=start.value, precision="range", start=start.start, end=last.end)


def with_time(value: DateValue, time_text: Optional[str]) -> DateValue:
    """The value with a time of day attached, when the time text reads as one."""
    parsed = parse_time(time_text) if time_text else None
    return replace(value, time=parsed) if parsed else value


def resolve_relative(kind: str, amount: Optional[int], unit: Optional[str], month: Optional[int],
                     anchor: Optional[date]) -> Optional[DateValue]:
    """Resolve a relative expression against the anchor; None when it cannot be.

    kinds: "within" ("within 28 days"), "end_of_month" ("by the end of March"), "next_meeting" (never
    resolved from the expression alone).
    """
    if anchor is None:
        return None
    if kind == "within" and amount is not None and unit:
        unit = unit.lower().rstrip("s")
        if unit == "day":
            target = anchor + timedelta(days=amount)
        elif unit == "week":
            target = anchor + timedelta(weeks=amount)
        elif unit == "month":
            month_index = anchor.month - 1 + amount
            year, month0 = anchor.year + month_index // 12, month_index % 12
            target = date(year, month0 + 1, min(anchor.day, calendar.monthrange(year, month0 + 1)[1]))
        else:
            return None
        return DateValue(value=target.isoformat(), precision="range", start=anchor.isoformat(), end=target.isoformat())
    if kind == "end_of_month" and month:
        # The month as written; its end bound is the deadline ("by the end of March" -> up to 31 March).
        year = resolve_year(month, calendar.monthrange(anchor.year, month)[1], anchor, "future")
        return single(f"{year:04d}-{month:02d}", "month")
    return None
