"""Pure string functions for names: title casing of capitalised headings, honorifics."""

from __future__ import annotations

import re

SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def title_case(text: str) -> str:
    """Title-case a heading written in capitals ("THE TOTAL PLACE PROJECT" -> "The Total Place Project").

    Text already in mixed case is returned as written: its capitals carry meaning (acronyms).
    """
    if any(ch.islower() for ch in text):
        return text
    first = True

    def fix(match: re.Match[str]) -> str:
        nonlocal first
        word = match.group(0).lower()
        out = word if (word in SMALL_WORDS and not first) else word[:1].upper() + word[1:]
        first = False
        return out

    return WORD.sub(fix, text)
