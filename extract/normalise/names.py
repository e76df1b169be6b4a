"""Pure string functions for names: title casing of capitalised headings, honorifics."""

from __future__ import annotations

import re
from functools import lru_cache

SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
WORD = re.compile(r"(?<![\w/])[A-Za-z][A-Za-z'’]*(?![\w/])")
"""A word of letters; one touching a digit or a slash is part of a reference ("23/02321/REM", "S106")."""


@lru_cache(maxsize=1)
def acronym_words() -> tuple[frozenset[str], frozenset[str]]:
    """The acronyms a heading keeps in capitals although they hold a vowel, and the words that hold no vowel
    but are no acronyms ("MR", "ST"), from lexicons/acronyms.json."""
    from ..resources import read_lexicon

    words = read_lexicon("lexicons/acronyms.json")
    return frozenset(words["acronyms"]), frozenset(words["words_without_vowels"])


def title_case(text: str) -> str:
    """Title-case a heading written in capitals ("THE TOTAL PLACE PROJECT" -> "The Total Place Project"),
    keeping references and acronyms as written: words without a vowel ("NHS"), listed acronyms ("AGM") and
    words the heading gives in brackets ("(SEND)").

    Text already in mixed case is returned as written: its capitals carry meaning (acronyms).
    """
    if any(ch.islower() for ch in text):
        return text
    first = True
    acronyms, plain = acronym_words()
    kept = acronyms | set(re.findall(r"\(([A-Z]{2,10})\)", text))

    def fix(match: re.Match[str]) -> str:
        nonlocal first
        written = match.group(0)
        word = written.lower()
        no_vowel = not re.search(r"[AEIOUY]", written) and written not in plain
        if len(written) > 1 and (written in kept or no_vowel):
            out = written
        else:
            out = word if (word in SMALL_WORDS and not first) else word[:1].upper() + word[1:]
        first = False
        return out

    return WORD.sub(fix, text)


def name_parts(name: str) -> list[str]:
    """A person's name as lower-case words, initials split ("R.K. Patel" -> ["r", "k", "patel"])."""
    return [part for part in re.split(r"[\s.]+", name.lower()) if part]


def person_key(name: str) -> tuple[str, ...]:
    """What two names must share for same_person to hold: the surname of a name of two words or more,
    else the whole name; officers are looked up by it rather than compared with every other."""
    parts = name_parts(name)
    return ("", parts[-1]) if len(parts) >= 2 else tuple(parts)


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
