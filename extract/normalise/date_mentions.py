"""The one grammar of written dates for reading plain text: the header, the dates and the decisions.

The dates component finds mentions with token patterns (patterns/date_expressions.jsonl); the header
and the decisions read short pieces of plain text. All of them hand what they find to
`normalise.dates.parse_date`, so "2011/12/14" is 14 December 2011 wherever it is read, and a
numeric date is never read from inside a longer one ("11/12/14" inside "2011/12/14").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterator, Optional

from .dates import DateValue, parse_date

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|thurs|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
ORDINAL = r"(?:st|nd|rd|th)?"
NUMERIC = (
    r"(?<![\d/.-])(?:(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}"  # year first: 2011/12/14, 2011-12-14
    r"|\d{1,2}[./]\d{1,2}[./](?:(?:19|20)\d\d|\d{2})"  # day first: 14/12/2011, 14.12.11
    r"|\d{1,2}-\d{1,2}-(?:19|20)\d\d)(?![\d/.-]?\d)"  # 14-12-2011
)
WELSH_MONTHS = {
    "ionawr": "January", "chwefror": "February", "mawrth": "March", "ebrill": "April", "mai": "May",
    "mehefin": "June", "gorffennaf": "July", "awst": "August", "medi": "September", "hydref": "October",
    "tachwedd": "November", "rhagfyr": "December",
}
"""Welsh month names, for the dates of Welsh and bilingual papers ("14eg Mehefin 2017")."""
WELSH_ORDINAL = r"(?:af|il|ydd|ed|fed|eg|ain)?"
WELSH_MONTH = "|".join(WELSH_MONTHS)
WELSH_FULL_DATE = rf"\d{{1,2}}{WELSH_ORDINAL}\s+(?:o\s+)?(?:{WELSH_MONTH})\s+(?:19|20)\d\d"
WELSH_DATE = re.compile(
    rf"(?P<day>\d{{1,2}}){WELSH_ORDINAL}\s+(?:o\s+)?(?P<month>{WELSH_MONTH})\s+(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE)
FULL_DATE = (
    rf"{WEEKDAY}?(?:the\s+)?\d{{1,2}}{ORDINAL}(?:\s+of)?\s+{MONTHS}\.?,?\s+(?:19|20)\d\d"
    rf"|{WEEKDAY}?{MONTHS}\.?\s+(?:the\s+)?\d{{1,2}}{ORDINAL},?\s+(?:19|20)\d\d"
    rf"|{NUMERIC}"
    rf"|{WELSH_FULL_DATE}"
)
"""A date with day, month and year, as councils print them."""
PARTIAL_DATE = (
    rf"\d{{1,2}}{ORDINAL}(?:\s+of)?\s+{MONTHS}\b\.?"  # 15 December
    rf"|{MONTHS}\.?\s+(?:\d{{1,2}}{ORDINAL},?\s+)?(?:19|20)\d\d"  # December 2019, March 3, 2020
)
"""A date without its day or its year."""
FULL_DATE_RE = re.compile(rf"\b(?:{FULL_DATE})(?!\d)", re.IGNORECASE)
DATE_MENTION_RE = re.compile(rf"\b(?:{FULL_DATE}|{PARTIAL_DATE})(?!\d)", re.IGNORECASE)
TYPED_YEAR = re.compile(r"\b(?:(19|20)[Oo](\d)|(2)[Oo]([0-3]\d))\b")
"""A year typed with the letter O for a zero ("2O24"), as hand-typed minutes sometimes have."""


def typed_digits(text: str) -> str:
    """The text with years typed with a letter O read as digits; same length, so offsets hold."""
    return TYPED_YEAR.sub(lambda m: (m.group(1) or m.group(3)) + "0" + (m.group(2) or m.group(4)), text)


def full_dates(text: str) -> Iterator[re.Match[str]]:
    """Every date with day, month and year in a piece of text, in order."""
    return FULL_DATE_RE.finditer(typed_digits(text))


def in_english(mention: str) -> str:
    """A Welsh date written the English way ("14eg Mehefin 2017" -> "14 June 2017"); others as they are."""
    if welsh := WELSH_DATE.fullmatch(mention):
        return f"{welsh.group('day')} {WELSH_MONTHS[welsh.group('month').lower()]} {welsh.group('year')}"
    return mention


def first_full_date(text: str) -> Optional[str]:
    """ISO value of the first date with day, month and year in a short piece of text."""
    for match in full_dates(text):
        found = parse_date(in_english(match.group(0)))
        if found is not None and found.precision == "day":
            return found.value
    return None


def first_date_value(text: str, start: int = 0, end: Optional[int] = None, *,
                     anchor: Optional[date] = None) -> Optional[DateValue]:
    """The first date mention in text[start:end] that parses, a year-less one read against the anchor."""
    for match in DATE_MENTION_RE.finditer(text, start, len(text) if end is None else end):
        parsed = parse_date(match.group(0), anchor=anchor)
        if parsed is not None:
            return parsed
    return None
