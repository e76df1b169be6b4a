"""Bodies named as payees and grant recipients, which carry no body word ("Wales Air Ambulance").

Parish and community councils' minutes list the donations they make and the cheques they sign: the
names there are bodies whatever their words, where in running text they would not read as one. The
phrases and marks that frame them are data (lexicons/payee_contexts.json).
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any, Mapping, Sequence

WORD = r"[A-Z][\w'’&.-]*"
NAME = rf"{WORD}(?:(?: (?:of|the|for|de|y|yr))* {WORD})*"
"""Capitalised words, with the small words a name holds between them ("Friends of the Park", Welsh "y")."""
LIST = rf"{NAME}(?:, {NAME})*(?:,? and {NAME})?"
LINE_OPENING = r"(?m)^[ \t]*(?:\(?[ivxlc]{1,6}\)|\(?[a-z]\)|\d{1,3}[.)]|[•·▪*–-])?[ \t]*"
"""The start of a line with its numbering or bullet, if any ("ix) ", "• ", "3. ")."""


def phrase_opening(phrases: Sequence[str]) -> str:
    """A pattern for any of the phrases opening a word, case ignored, as a word boundary and an alternation
    of them would be, written to open with a class of their first letters (either case, or any non-ASCII
    letter, which may fold to one): re then skips to those letters at C speed instead of trying every phrase
    at every character. A run of phrases with one first letter looks back at that letter once."""
    rests = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(re.escape(p[1:]) for p in run)})"
                     for first, run in groupby(phrases, key=lambda phrase: phrase[0]))
    letters = "".join(sorted({re.escape(case) for p in phrases for case in (p[0].lower(), p[0].upper())}))
    return rf"[{letters}\x80-\U0010ffff](?<=\b.)(?i:{rests})"


class PayeeRules:
    """The payee contexts as regular expressions over the text."""

    def __init__(self, words: Mapping[str, Any]) -> None:
        marks = "|".join(re.escape(mark) for mark in words["payment_marks"])
        amounts = "|".join(re.escape(mark) for mark in words["amount_marks"])
        self.patterns = [
            re.compile(rf"{phrase_opening(words['before'])}\s+(?:the\s+)?({LIST})"),
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
