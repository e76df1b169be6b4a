"""Bodies named by who belongs to them, which carry no body word ("Ruby Kelly from Maslows").

Community councils' minutes name local groups, charities and firms through the people who speak for
them: "Brendan Murphy of BARBI", "Geraldine Cotter, director of Money Matters", "(also representing
Govan Reminiscence Group)". The words that frame them are data (lexicons/affiliation_contexts.json).
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from .payees import phrase_opening

WORD = r"[A-Z][\w'’&.-]*"
NAME = rf"{WORD}(?: (?:and |& )?{WORD})*"
"""Capitalised words, "and" or "&" between two; never "of", which opens the place a body is in."""
LIST = rf"{NAME}(?:, (?:the )?{NAME})*(?:,? and (?:the )?{NAME})?"


class AffiliationRules:
    """The affiliation contexts as regular expressions over the text."""

    def __init__(self, words: Mapping[str, Any]) -> None:
        links = "|".join(re.escape(word) for word in words["links"])
        roles = "|".join(re.escape(word) for word in sorted(words["roles"], key=len, reverse=True))
        before = sorted(words["before"], key=len, reverse=True)
        self.after_person = re.compile(rf"\s(?:{links})\s(?:the )?({NAME})")
        self.after_role = re.compile(rf"(?:,| as)\s(?:the |a |an )?(?:{roles})\s(?:{links})\s(?:the )?({NAME})")
        self.before = re.compile(rf"{phrase_opening(before)} (?:the )?({LIST})") if before else None


def affiliation_names(text: str, person_ends: Iterable[int], rules: AffiliationRules) -> list[tuple[int, int]]:
    """Offsets of the names of bodies the text places a person in (person_ends: where each person's name
    ends), names after a post held in them ("…, director of X", "… as chair of X") or lists after a phrase
    that introduces bodies; trailing full stops and apostrophes dropped."""
    found: set[tuple[int, int]] = set()
    for end in set(person_ends):
        if match := rules.after_person.match(text, end):
            found.add(trimmed(text, match.start(1), match.end(1)))
    for match in rules.after_role.finditer(text):
        found.add(trimmed(text, match.start(1), match.end(1)))
    for match in rules.before.finditer(text) if rules.before else ():
        start = match.start(1)
        for part in re.split(r", and |, | and ", match.group(1)):
            part = part.removeprefix("the ")
            offset = text.index(part, start)
            start = offset + len(part)
            found.add(trimmed(text, offset, start))
    return sorted(span for span in found if span[1] > span[0])


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's offsets without the full stop, apostrophe or possessive after it ("Maslows’", "Visit West.")."""
    while end > start and text[end - 1] in ".'’":
        end -= 1
    return start, end
