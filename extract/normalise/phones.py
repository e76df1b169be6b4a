"""Phone numbers as written to E.164, with the phonenumbers library (default region GB)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterator, Optional

import phonenumbers
from phonenumbers import COUNTRY_CODES_FOR_NON_GEO_REGIONS, SUPPORTED_REGIONS, PhoneMetadata

DEFAULT_REGION = "GB"
DIGIT = re.compile(r"\d")


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
    The matcher reads only the lines that could hold one (see lines_to_read).
    """
    found = []
    for offset, line in lines_to_read(text, region):
        found += [phone_mention(match, offset) for match in phonenumbers.PhoneNumberMatcher(
            line, region, leniency=phonenumbers.Leniency.VALID)]
    return found


def phone_mention(match: phonenumbers.PhoneNumberMatch, offset: int) -> PhoneMention:
    """A match of the matcher, offset into the text its line came from, trimmed of brackets and extension."""
    written, start = match.raw_string, offset + match.start
    if written.startswith("(") and written.count("(") > written.count(")"):
        written, start = written[1:].lstrip(), start + len(written) - len(written[1:].lstrip())
    if written.endswith(")") and written.count(")") > written.count("("):
        written = written[:-1].rstrip()
    if match.number.extension:
        written = without_extension(written, match.number.extension)
    return PhoneMention(start=start, end=start + len(written), text=written,
                        e164=phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))


def lines_to_read(text: str, region: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of each line of text with as many digits as the shortest valid number has.

    The matcher's pattern takes no line break, and it looks at most one character past a number, so
    a line read alone gives the numbers it gives in the whole text; most lines (prose, dates, sums)
    have too few digits and are not read at all, which is most of the matcher's cost on a paper.
    """
    least = fewest_digits(region)
    offset = 0
    for line in text.split("\n"):
        if len(DIGIT.findall(line)) >= least:
            yield offset, line
        offset += len(line) + 1


@cache
def fewest_digits(region: str) -> int:
    """The fewest digits a valid number can be written with: the region's shortest national number, or
    the shortest country code and national number of any country (phonenumbers' metadata)."""
    lengths = [len(str(meta.country_code)) + min(meta.general_desc.possible_length)
               for meta in [*map(PhoneMetadata.metadata_for_region, SUPPORTED_REGIONS),
                            *map(PhoneMetadata.metadata_for_nongeo_region, COUNTRY_CODES_FOR_NON_GEO_REGIONS)]]
    home = PhoneMetadata.metadata_for_region(region)
    if home is not None:
        lengths.append(min(home.general_desc.possible_length))
    return min(lengths)


def without_extension(written: str, extension: str) -> str:
    """A number as written without the extension printed after it ("… 6161 ext 25871", "… x123")."""
    mark = re.search(rf"[\s,;(]*(?:ext(?:ension)?\.?|x|#)[\s.:]*{re.escape(extension)}\)?$", written, re.I)
    return written[:mark.start()].rstrip() if mark else written
