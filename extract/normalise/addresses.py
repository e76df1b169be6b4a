"""Postal addresses printed in contact blocks, so they are never read as a job title or organisation.

"Anna Lee, Team Manager, Exmoor National Park Authority, Exmoor House, Dulverton TA22 9HL": the
pieces from "Exmoor House" on are the address. The street and building words come from
lexicons/contact_words.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|BFPO\s*\d{1,4})\b")
"""A UK postcode ("BT1 5GS", "SA31 1JP", "EH1 1YJ") or a BFPO number."""
PO_BOX = re.compile(r"\b(?:PO|P\.O\.)\s*Box\b|\bBlwch\s+Post\b", re.I)
HOUSE_NUMBER = re.compile(r"^(?:\d+[A-Za-z]?(?:\s*[-–]\s*\d+[A-Za-z]?)?|Unit\s+\d+)\s+[A-Z]")
"""A piece opening with a house number ("1 Hillman Street", "14-16 Preston Road", "Unit 4 Kingsway")."""


@dataclass(frozen=True)
class AddressWords:
    """Words that end a street or building name ("Road", "House") or open one ("Heol", "Tŷ")."""

    endings: frozenset[str]
    openings: frozenset[str]


def address_words(contact_words: dict[str, object]) -> AddressWords:
    """AddressWords from the "address_words" and "address_openings" lists of contact_words.json."""
    return AddressWords(
        endings=frozenset(str(w) for w in contact_words.get("address_words", []) or []),
        openings=frozenset(str(w) for w in contact_words.get("address_openings", []) or []),
    )


def looks_like_address(text: str, words: AddressWords) -> bool:
    """Whether a piece of a contact line is part of a postal address: a postcode, a PO Box, a house
    number, or a street or building name ("Aldern House", "Baslow Road", "Heol y Deri")."""
    text = text.strip(" .")
    if POSTCODE.search(text) or PO_BOX.search(text) or HOUSE_NUMBER.match(text):
        return True
    parts = text.split()
    if not parts or not parts[0][:1].isupper():
        return False
    return parts[-1].strip(".,") in words.endings or (len(parts) > 1 and parts[0] in words.openings)


def has_postcode(text: str) -> bool:
    """Whether text holds a UK postcode or a PO Box: a line of an address, not a person."""
    return bool(POSTCODE.search(text) or PO_BOX.search(text))
