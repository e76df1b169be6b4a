"""Phone numbers as written to E.164, with the phonenumbers library (default region GB)."""

from __future__ import annotations

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
