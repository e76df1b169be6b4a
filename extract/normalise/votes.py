"""Read how a vote went from minutes text: counts, outcome, named (recorded) votes, and the checks
a clerk would make on them.

Pure functions over text; numbers may be written as digits or words ("by six votes to three").
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .case_fold import folded, holds_a_cue

NUMBER_WORDS = {
    "no": 0,
    "none": 0,
    "nil": 0,
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
NUM = r"(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
FOR = re.compile(rf"\b(?:for|in\s+favour)\s*[:\-–]?\s*{NUM}\b(?!\s*(?:st|nd|rd|th)\b)", re.IGNORECASE)
FOR_BEFORE = re.compile(
    rf"\b{NUM}\s+(?:votes?\s+|members?\s+)?(?:(?:voted|voting)\s+)?(?:for|in\s+favour)\b", re.IGNORECASE
)
AGAINST = re.compile(rf"\bagainst\s*[:\-–]?\s*{NUM}\b", re.IGNORECASE)
AGAINST_BEFORE = re.compile(
    rf"\b{NUM}\s+(?:votes?\s+|members?\s+)?(?:(?:voted|voting)\s+)?against\b", re.IGNORECASE
)
ABSTAIN = re.compile(rf"\b(?:abstentions?|abstained|abstaining|abstain)\s*[:\-–]?\s*{NUM}\b", re.IGNORECASE)
ABSTAIN_BEFORE = re.compile(rf"\b{NUM}\s+(?:abstentions?|abstaining|abstained)\b", re.IGNORECASE)
BY_VOTES = re.compile(
    rf"\bby\s+{NUM}\s+votes?\s+to\s+{NUM}(?:\s*(?:,|with|and)\s*(?:with\s+)?{NUM}\s+abstentions?)?",
    re.IGNORECASE,
)
UNANIMOUS = re.compile(r"\b(?:unanimous(?:ly)?|nem\.?\s*con\.?|without\s+dissent)\b", re.IGNORECASE)
LOST = re.compile(
    r"\b(?:(?:was|were|is|being)\s+(?:therefore\s+)?(?:lost|defeated|not\s+carried)|motion\s+fell|amendment\s+fell"
    r"|(?:motion|amendment)\s+(?:was\s+)?(?:lost|defeated))\b",
    re.IGNORECASE,
)
CARRIED = re.compile(
    r"\b(?:(?:was|were|is|being|declared)\s+(?:therefore\s+)?carried"
    r"|motion\s+(?:was\s+)?(?:passed|carried))\b",
    re.IGNORECASE,
)
TIED = re.compile(
    r"\b(?:equality\s+of\s+votes|votes\s+were\s+(?:tied|equal)|casting\s+vote)\b", re.IGNORECASE
)
NAMED = re.compile(
    r"(?:^|\n|;\s*|\.\s+)\s*(?P<side>for|in\s+favour|against|abstentions?|abstained|abstaining|abstain)"
    r"(?:\s+(?:the\s+)?(?:motion|amendment|recommendation))?\s*(?:\(\d+\))?\s*[:\-–]\s*"
    r"(?P<names>(?:councillors?|cllrs?\.?|members?)\b[^\n;]*)",
    re.IGNORECASE,
)
CUES: dict[re.Pattern[str], tuple[str, ...]] = {
    BY_VOTES: ("vote",), FOR: ("for", "favour"), FOR_BEFORE: ("for", "favour"), AGAINST: ("against",),
    AGAINST_BEFORE: ("against",), ABSTAIN: ("abst",), ABSTAIN_BEFORE: ("abst",),
    NAMED: ("councillor", "cllr", "member"), LOST: ("lost", "defeated", "carried", "fell"), TIED: ("vote",),
    UNANIMOUS: ("unanimous", "nem", "dissent"), CARRIED: ("carried", "motion"),
}
"""Words one of which every match of each pattern holds: a text with none of them is not searched."""
NAME_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
HONORIFIC = re.compile(r"^(?:councillors?|cllrs?\.?|members?|mr|mrs|ms|miss|dr)\s+", re.IGNORECASE)


def number(value: str) -> int:
    """A count written as digits or a word."""
    return int(value) if value.isdigit() else NUMBER_WORDS[value.lower()]


def count(match: Optional[re.Match[str]]) -> Optional[int]:
    """The count a match of a count pattern gives, or None without one."""
    return number(match.group(1)) if match else None


def named_votes(text: str) -> dict[str, list[str]]:
    """Names in a recorded vote, per side ("For: Councillors A, B and C")."""
    sides: dict[str, list[str]] = {}
    for match in NAMED.finditer(text):
        side = match.group("side").lower()
        key = "for" if side in ("for", "in favour") else "against" if side == "against" else "abstained"
        names_text = re.sub(r"\(\d+\)\.?\s*$", "", match.group("names").strip()).rstrip(". ")
        names = [HONORIFIC.sub("", n).strip(" .") for n in NAME_SPLIT.split(names_text)]
        names = [n for n in names if n and n[0].isupper()]
        if names:
            sides.setdefault(key, []).extend(names)
    return sides


def parse_votes(text: str) -> Optional[dict[str, Any]]:
    """The vote stated in text, in the shape of records.Votes ("for" keyed by its alias); None when
    no vote is stated."""
    lower = folded(text)

    def search(pattern: re.Pattern[str]) -> Optional[re.Match[str]]:
        """The pattern's first match in text; None, unsearched, when text holds none of its cues."""
        return pattern.search(text) if holds_a_cue(lower, CUES[pattern]) else None

    votes: dict[str, Any] = {}
    by = search(BY_VOTES)
    if by:
        votes["for"], votes["against"] = number(by.group(1)), number(by.group(2))
        if by.group(3):
            votes["abstentions"] = number(by.group(3))
    else:
        for key, after, before in (
            ("for", FOR, FOR_BEFORE),
            ("against", AGAINST, AGAINST_BEFORE),
            ("abstentions", ABSTAIN, ABSTAIN_BEFORE),
        ):
            value = count(search(after))
            value = count(search(before)) if value is None else value
            if value is not None:
                votes[key] = value
        if "against" not in votes:  # "for 10 minutes" alone is no vote
            votes.pop("for", None)
            votes.pop("abstentions", None)
    named = named_votes(text) if holds_a_cue(lower, CUES[NAMED]) else {}
    if named:
        votes["recorded"] = named
        for side, key in (("for", "for"), ("against", "against"), ("abstained", "abstentions")):
            if side in named and key not in votes:
                votes[key] = len(named[side])
    outcome = None
    if search(LOST):
        outcome = "lost"
    elif search(TIED):
        outcome = "tied"
    elif search(UNANIMOUS):
        outcome = "unanimous"
    elif search(CARRIED):
        outcome = "carried"
    if outcome:
        votes["outcome"] = outcome
    return votes or None


def vote_warnings(votes: dict[str, Any], *, members_present: Optional[int] = None) -> list[str]:
    """The checks a clerk would make on a vote, as plain sentences; empty when all is well."""
    warnings: list[str] = []
    cast = sum(votes.get(k) or 0 for k in ("for", "against", "abstentions"))
    if members_present and cast > members_present:
        warnings.append(
            f"The vote records {cast} votes cast but only {members_present} members are listed as present."
        )
    recorded = votes.get("recorded") or {}
    dissent = (votes.get("against") or 0) + (votes.get("abstentions") or 0)
    if votes.get("outcome") == "unanimous" and (
        dissent or recorded.get("against") or recorded.get("abstained")
    ):
        warnings.append(
            "The vote is recorded as unanimous but members are recorded voting against or abstaining."
        )
    for side, key, word in (
        ("for", "for", "for"),
        ("against", "against", "against"),
        ("abstained", "abstentions", "abstaining"),
    ):
        if side in recorded and votes.get(key) is not None and votes[key] != len(recorded[side]):
            warnings.append(
                f"The vote records {votes[key]} {word} but names {len(recorded[side])} members {word}."
            )
    in_favour, against = votes.get("for"), votes.get("against")
    if in_favour is not None and against is not None:
        if votes.get("outcome") == "carried" and in_favour <= against:
            warnings.append(
                f"The motion is recorded as carried but {in_favour} voted for and {against} against."
            )
        if votes.get("outcome") == "lost" and in_favour > against:
            warnings.append(
                f"The motion is recorded as lost but {in_favour} voted for and {against} against."
            )
    return warnings


NEXT_MOTION = re.compile(r"\bsubstantive\s+motion\b", re.IGNORECASE)
"""After an amendment's fate, the vote on the substantive motion belongs to the resolution that follows."""
TRAILING_VOTE_WORDS = 30
"""A paragraph stating the vote on the resolution above it is short ("(For 8, Against 2, Abstentions 0)")."""


def trailing_vote_end(text: str, offset: int, limit: int) -> int:
    """End of the vote written after a resolution that ends at offset: the short paragraphs right after it,
    before limit (the next resolution or item), that state a vote ("This was agreed unanimously."); offset
    when none does."""
    end = offset
    for paragraph in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[offset:limit]):
        body = paragraph.group(0)
        if len(body.split()) > TRAILING_VOTE_WORDS or parse_votes(body) is None or NEXT_MOTION.search(body):
            break
        end = offset + paragraph.end()
    return end
