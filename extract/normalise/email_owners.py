"""E-mail addresses given to the officers they name ("kevin.kasaven@kent.gov.uk" is Kevin Kasaven's), wherever
a two-column or flattened layout printed them: a contact table's columns, read line by line, put one
officer's address under another's name."""

from __future__ import annotations

import re
from typing import Sequence

from .officer_rules import OfficerFound, Offsets


def claim_emails_by_name(officers: Sequence[OfficerFound], emails: Sequence[Offsets], text: str) -> None:
    """Give each officer the address that names them, when exactly one officer is so named; an address
    already held by another officer whom it does not name moves to its owner."""
    owners: dict[Offsets, int] = {}
    for email in emails:
        named = [i for i, officer in enumerate(officers) if names_officer(text[email[0]:email[1]], officer, text)]
        if len(named) == 1:
            owners[email] = named[0]
    for email, owner in sorted(owners.items()):
        for i, officer in enumerate(officers):
            if officer.email == email and i != owner:
                officer.email = None
        officers[owner].email = email


def names_officer(address: str, officer: OfficerFound, text: str) -> bool:
    """Whether an address's local part is the officer's first and last name ("richard.smith3", "Pete.Davis",
    "rebecca.baldwin-cantello")."""
    if officer.name is None:
        return False
    local = letters(re.sub(r"\d+$", "", address.split("@", 1)[0]))
    words = [w for w in re.findall(r"[A-Za-z'’-]+", text[officer.name[0]:officer.name[1]]) if len(letters(w)) > 1]
    return len(words) >= 2 and local == letters(words[0]) + letters(words[-1])  # initials name no address


def letters(word: str) -> str:
    """The lower-case letters of a word."""
    return re.sub(r"[^a-z]", "", word.lower())
