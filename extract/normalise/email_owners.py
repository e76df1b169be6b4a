"""E-mail addresses given to the officers they name ("kevin.kasaven@kent.gov.uk" is Kevin Kasaven's), wherever
a two-column or flattened layout printed them: a contact table's columns, read line by line, put one
officer's address under another's name."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from .officer_rules import OfficerFound, Offsets


def claim_emails_by_name(officers: Sequence[OfficerFound], emails: Sequence[Offsets], text: str) -> None:
    """Give each officer the address that names them, when exactly one officer is so named; an address
    already held by another officer whom it does not name moves to its owner."""
    by_name: dict[str, list[int]] = {}
    for i, officer in enumerate(officers):
        if (key := name_key(officer, text)) is not None:
            by_name.setdefault(key, []).append(i)
    owners = {email: named[0] for email in emails
              if len(named := by_name.get(address_key(text[email[0]:email[1]]), [])) == 1}
    for email, owner in sorted(owners.items()):
        for i, officer in enumerate(officers):
            if officer.email == email and i != owner:
                officer.email = None
        officers[owner].email = email


def names_officer(address: str, officer: OfficerFound, text: str) -> bool:
    """Whether an address's local part is the officer's first and last name ("richard.smith3", "Pete.Davis",
    "rebecca.baldwin-cantello")."""
    key = name_key(officer, text)
    return key is not None and address_key(address) == key


def name_key(officer: OfficerFound, text: str) -> Optional[str]:
    """The letters of an officer's first and last name ("Baldwin-Cantello" -> "baldwincantello"); None without
    a name of two words (initials name no address)."""
    if officer.name is None:
        return None
    words = [w for w in re.findall(r"[A-Za-z'’-]+", text[officer.name[0]:officer.name[1]]) if len(letters(w)) > 1]
    return letters(words[0]) + letters(words[-1]) if len(words) >= 2 else None


def address_key(address: str) -> str:
    """The letters of an address's local part, without the number after it ("richard.smith3" -> "richardsmith")."""
    return letters(re.sub(r"\d+$", "", address.split("@", 1)[0]))


def letters(word: str) -> str:
    """The lower-case letters of a word."""
    return re.sub(r"[^a-z]", "", word.lower())
