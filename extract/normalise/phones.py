"""Phone numbers as written to E.164, with the phonenumbers library (default region GB)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import phonenumbers

DEFAULT_REGION = "GB"


def e164(text: str, region: str = DEFAULT_REGION) -> Optional[str]:
    """The E.164 form of a phone number as written ("0116 305 7017" -> "+441163057017"), or None."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True)
class PhoneMention:
    """A phone number found in text: offsets, the number as written and its E.164 form."""

    start: int
    end: int
    text: str
    e164: str


def find_phone_numbers(text: str, region: str = DEFAULT_REGION) -> list[PhoneMention]:
    """Every valid phone number in text (phonenumbers' matcher), kept as written, with its E.164 form.

    Only numbers valid for their region count, so years, sums and minute numbers are never phones. An
    extension after the number ("0191 233 6161 ext 25871") is left out: it is no part of the number.
    """
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        written, start = match.raw_string, match.start
        if written.startswith("(") and written.count("(") > written.count(")"):
            written, start = written[1:].lstrip(), start + len(written) - len(written[1:].lstrip())
        if written.endswith(")") and written.count(")") > written.count("("):
            written = written[:-1].rstrip()
        if match.number.extension:
            written = without_extension(written, match.number.extension)
        found.append(PhoneMention(
            start=start,
            end=start + len(written),
            text=written,
            e164=phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
        ))
    return found


def without_extension(written: str, extension: str) -> str:
    """A number as written without the extension printed after it ("… 6161 ext 25871", "… x123")."""
    mark = re.search(rf"[\s,;(]*(?:ext(?:ension)?\.?|x|#)[\s.:]*{re.escape(extension)}\)?$", written, re.I)
    return written[:mark.start()].rstrip() if mark else written
