"""The rules and records of attendance lists: headings, role words and parties from the data files,
and one entry per councillor, co-opted member or officer read from a list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from .officers import ContactRules, OfficerFound, Offsets, alternation


SECTION_ATTENDANCE: dict[str, Optional[str]] = {
    "present": "present", "attendance": "present", "substitutes": "present", "co-opted": "present",
    "apologies": "apologies", "absent": "absent", "membership": None,
}
"""What each kind of list says of attendance; a membership list (an agenda's) says nothing."""
SECTION_ROLE = {"substitutes": "substitute", "co-opted": "co-opted", "attendance": "other"}

LIST_LEAD = r"the[ \t]+following[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:were|was|are|is)[ \t]+(?:also[ \t]+)?"
"""A sentence leading into a heading ("The following officers were in attendance:"); only with a colon."""


@dataclass(frozen=True)
class AttendanceRules:
    """Attendance headings, role words, parties and the name rules shared with contact blocks."""

    sections: dict[str, str]
    """Lower-case heading → section (present, attendance, apologies, absent, substitutes, co-opted)."""
    roles: dict[str, str]
    """Lower-case role words → role (chair, vice_chair, substitute, co-opted)."""
    substitute_prefixes: tuple[str, ...]
    ward_words: frozenset[str]
    parties: dict[str, str]
    """Party name or abbreviation as printed → party recorded."""
    names: ContactRules
    section_line: re.Pattern[str]
    role_phrase: re.Pattern[str]
    role_opening: re.Pattern[str]
    """A role before the name ("Chair: Councillor X", "Convener Councillor Y"), the role in group 1."""
    trailing_roles: tuple[tuple[re.Pattern[str], str], ...]
    """(regex, role) for each role of two words or more ending a name ("… in the Chair"), longest first."""


def attendance_rules(lexicon: dict[str, Any], parties: dict[str, Any],
                     names: ContactRules) -> AttendanceRules:
    """AttendanceRules from attendance.json, parties.json and the contact-block name rules."""
    sections = {label.lower(): kind for kind, labels in lexicon.get("sections", {}).items()
                for label in labels}
    roles = {word.lower(): role for role, words in lexicon.get("roles", {}).items() for word in words}
    titles = alternation(names.councillor_titles | names.honorifics)
    return AttendanceRules(
        sections=sections,
        roles=roles,
        substitute_prefixes=tuple(p.lower() for p in lexicon.get("substitute_prefixes", [])),
        ward_words=frozenset(w.lower() for w in lexicon.get("ward_words", [])),
        parties=dict(parties.get("parties", {})),
        names=names,
        section_line=re.compile(
            # the heading, maybe bilingual ("Swyddogion / Officers") or qualified ("Employees (by Service Area)")
            rf"^[ \t]*(?:\(?(?:\d{{1,3}}|[ivx]{{1,4}}|[a-z])[.)][ \t]+)?(?P<lead>{LIST_LEAD})?"
            rf"(?P<label>{alternation(sections)})"
            rf"(?:[ \t]*/[ \t]*(?:{alternation(sections)}))?(?:[ \t]*\([^()\n]{{1,40}}\))?"
            r"(?P<sep>[ \t]*[:–—-]+[ \t]*|[ \t]*$|[ \t]+(?=\S))",
            re.I | re.M,
        ),
        role_phrase=re.compile(rf"^(?:{alternation(roles)})$", re.I),
        role_opening=re.compile(
            rf"^\s*([A-Za-z -]+?)\s*(?::\s*|\s+(?=(?:{titles})\b))"  # the role, then ":" or a title
        ),
        trailing_roles=tuple(
            (re.compile(rf"\s*[-–,]?\s*\b{re.escape(phrase)}$", re.I), role)
            for phrase, role in sorted(roles.items(), key=lambda item: -len(item[0]))
            if len(phrase.split()) >= 2
        ),
    )


@dataclass
class MemberFound:
    """A councillor or co-opted member in an attendance list."""

    name: Offsets
    start: int
    end: int
    role: str
    attendance: Optional[str]
    party: Optional[str] = None
    ward: Optional[Offsets] = None
    rule: str = "attendance"
    councillor: bool = False
    """Named with a councillor's title or post-nominal (so never an officer)."""


@dataclass
class AttendanceEntry:
    """One person in an attendance list: a member, or an officer (role attendee)."""

    member: Optional[MemberFound] = None
    officer: Optional[OfficerFound] = None


@dataclass
class Entry:
    """A stretch of an attendance list between separators."""

    start: int
    end: int
    text: str


def starts_with_member(line: str, rules: AttendanceRules) -> bool:
    """Whether a line starts with a councillor's title or an honorific, or ends with "CC"."""
    first = (line.split() or [""])[0].rstrip(".,:")
    last = (line.split() or [""])[-1].rstrip(".,:")
    names = rules.names
    return first in names.councillor_titles | names.honorifics or last in names.councillor_postnominals
