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


def name_parts(name: str) -> list[str]:
    """A person's name as lower-case words, initials split ("R.K. Patel" -> ["r", "k", "patel"])."""
    return [part for part in re.split(r"[\s.]+", name.lower()) if part]


def same_person(first: str, second: str) -> bool:
    """Whether two printed names are one person: the same surname and given names that agree, an
    initial standing for a name ("K. Dunmore" and "Karen Dunmore"; not "A. Jones" and "B. Jones")."""
    a, b = name_parts(first), name_parts(second)
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return a == b
    for one, other in zip(a[:-1], b[:-1]):
        if len(one) == 1 or len(other) == 1:
            if one[0] != other[0]:
                return False
        elif one != other:
            return False
    return True


def fuller_name(first: str, second: str) -> str:
    """The fuller of two printed forms of one name ("Karen Dunmore" over "K. Dunmore")."""
    def weight(name: str) -> tuple[int, int]:
        parts = name_parts(name)
        return sum(len(p) > 1 for p in parts), len(name)

    return second if weight(second) > weight(first) else first
