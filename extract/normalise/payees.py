"""Bodies named as payees and grant recipients, which carry no body word ("Wales Air Ambulance").

Parish and community councils' minutes list the donations they make and the cheques they sign: the
names there are bodies whatever their words, where in running text they would not read as one. The
phrases and marks that frame them are data (lexicons/payee_contexts.json).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

WORD = r"[A-Z][\w'’&.-]*"
NAME = rf"{WORD}(?:(?: (?:of|the|for|de|y|yr))* {WORD})*"
"""Capitalised words, with the small words a name holds between them ("Friends of the Park", Welsh "y")."""
LIST = rf"{NAME}(?:, {NAME})*(?:,? and {NAME})?"
LINE_OPENING = r"(?m)^[ \t]*(?:\(?[ivxlc]{1,6}\)|\(?[a-z]\)|\d{1,3}[.)]|[•·▪*–-])?[ \t]*"
"""The start of a line with its numbering or bullet, if any ("ix) ", "• ", "3. ")."""


class PayeeRules:
    """The payee contexts as regular expressions over the text."""

    def __init__(self, words: Mapping[str, Any]) -> None:
        before = "|".join(re.escape(phrase) for phrase in words["before"])
        marks = "|".join(re.escape(mark) for mark in words["payment_marks"])
        amounts = "|".join(re.escape(mark) for mark in words["amount_marks"])
        self.patterns = [
            re.compile(rf"\b(?i:{before})\s+(?:the\s+)?({LIST})"),
            re.compile(rf"{LINE_OPENING}({NAME}), [^,\n]{{1,60}}, (?:{marks})\b"),
            re.compile(rf"{LINE_OPENING}({LIST})\s+[–-]\s+(?:{amounts})\s?\d"),
        ]


def payee_names(text: str, rules: PayeeRules) -> list[tuple[int, int]]:
    """Offsets of the names of two to six words that the text lists as payees or grant recipients."""
    found: set[tuple[int, int]] = set()
    for pattern in rules.patterns:
        for match in pattern.finditer(text):
            start = match.start(1)
            for part in re.split(r", and |, | and ", match.group(1)):
                offset = text.index(part, start)
                start = offset + len(part)
                if 2 <= len(part.split()) <= 6:
                    found.add((offset, offset + len(part)))
    return sorted(found)
