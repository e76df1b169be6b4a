"""Acronyms defined beside a long form, in the manner of Schwartz and Hearst (2003).

"Office of the Police and Crime Commissioner (OPCC)" defines OPCC; so does the reverse order,
"OPCC (Office of the Police and Crime Commissioner)". A definition holds when the acronym's
letters appear in order in the long form, its first letter opening a word of it.
"""

from __future__ import annotations

import re
from typing import Optional

from .whole_words import whole_word

ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,9}(?: [A-Z][A-Za-z&]{1,9})?")
"""Two to ten letters starting with a capital, optionally two words ("BLMK ICB"); two capitals are checked apart."""
AFTER_LONG_FORM = re.compile(rf"\s*\(\s*({ACRONYM.pattern})\s*\)")
BEFORE_LONG_FORM = re.compile(rf"\b({ACRONYM.pattern})\s*\(\s*$")


def is_abbreviation(short: str, long: str) -> bool:
    """Whether short abbreviates long: its letters in order in long, read from the end, the first opening a word.

    >>> is_abbreviation("OPCC", "Office of the Police and Crime Commissioner")
    True
    >>> is_abbreviation("CQC", "Audit Commission")
    False
    >>> is_abbreviation("Ofsted", "Office for Standards in Education")
    False
    """
    letters = [ch.lower() for ch in short if ch.isalnum()]
    if sum(ch.isupper() for ch in short) < 2 or not long:
        return False
    text = long.lower()
    at = len(text) - 1
    for i in range(len(letters) - 1, -1, -1):
        wanted = letters[i]
        while at >= 0 and (text[at] != wanted or (i == 0 and at > 0 and text[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


def acronym_after(text: str, end: int, long_form: str) -> Optional[tuple[str, int, int]]:
    """The acronym in brackets right after a long form ending at end, with its offsets, if it abbreviates it."""
    match = AFTER_LONG_FORM.match(text, end)
    if match and is_abbreviation(match.group(1), long_form):
        return match.group(1), match.start(1), match.end(1)
    return None


def acronym_before(text: str, start: int, long_form: str) -> Optional[tuple[str, int, int]]:
    """The acronym just before a long form written in brackets ("OPCC (Office of …)"), if it abbreviates it."""
    match = BEFORE_LONG_FORM.search(text, max(0, start - 16), start)
    if match and is_abbreviation(match.group(1), long_form):
        return match.group(1), match.start(1), match.end(1)
    return None


def acronym_mentions(text: str, acronym: str) -> list[tuple[int, int]]:
    """Offsets of every use of an acronym as a whole word, written exactly as defined."""
    return [(m.start(), m.end()) for m in whole_word(acronym, r"\w&").finditer(text)]


UNDEFINED = re.compile(r"[A-Z](?<![\w&.].)[A-Z]{2,5}(?![\w&])")
"""A run of three to six capitals used as a word: an acronym, perhaps never defined in the paper. The
first capital comes before the look back at what precedes it, so the search skips to capitals at C speed."""
LOWER_CASE = re.compile(r"[a-z]")


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Tintern Community Council" -> "TCC")."""
    return "".join(word[0] for word in re.findall(r"[^\W\d_][\w'’-]*", name) if word[0].isupper())


def undefined_uses(text: str) -> dict[str, int]:
    """Runs of capitals used as words in running text, with how often, in order of first use (lines
    in capitals are headings and hold words, not acronyms)."""
    uses: dict[str, int] = {}
    for line in text.splitlines():
        if LOWER_CASE.search(line):
            for word in UNDEFINED.findall(line):
                uses[word] = uses.get(word, 0) + 1
    return uses


def acronyms_by_initials(uses: dict[str, int], names: dict[str, str]) -> dict[str, str]:
    """Acronyms a paper uses in running text (uses: its undefined_uses), twice or more, without defining
    them, that are the initials of exactly one body it names ("TCC had given £500" beside "Tintern Community
    Council"): body key -> acronym."""
    keys_of: dict[str, set[str]] = {}
    for key, name in names.items():
        keys_of.setdefault(initials(name), set()).add(key)
    found: dict[str, str] = {}
    for acronym, count in uses.items():  # in order of first use
        keys = keys_of.get(acronym)
        if count >= 2 and keys is not None and len(keys) == 1:  # once may be another body's ("Jo Lee (GCC)")
            found.setdefault(next(iter(keys)), acronym)
    return found
