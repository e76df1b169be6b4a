"""Whether a job title is given with the body printed after it ("Principal Auditor, Dundee City Council").

Attendance lists and running text name people from several bodies, and the body after the post says
whose post it is ("Audit Director, Mazars LLP", "PCSO, North Wales Police"): it stays in the job title.
In a contact block a council after the post is the officer's employer ("Town Clerk, Wivenhoe Town
Council"), left as the organisation only; another body stays in the title ("Director of Integration,
NHS Gloucestershire Integrated Care Board"). The organisation is kept on the record either way.
"""

from __future__ import annotations

import re

from .officer_rules import ContactRules, OfficerFound

NAMED_IN_LISTS = frozenset({"attendee", "mentioned", "presenter"})
"""Roles of officers read from attendance lists and running text."""


def keep_bodies_in_titles(officers: list[OfficerFound], text: str, rules: ContactRules) -> None:
    """Widen each officer's job title over the body printed right after it, where the body belongs in it."""
    for officer in officers:
        if officer.job_title is None or officer.organisation is None or officer.title_as:
            continue
        title_end, (body_start, body_end) = officer.job_title[1], officer.organisation
        if not re.fullmatch(r"[\s,;–—-]*", text[title_end:body_start]) or body_start < title_end:
            continue  # the body is not printed right after the title
        body = text[body_start:body_end]
        if officer.role in NAMED_IN_LISTS or not is_council(body, rules):
            officer.job_title = (officer.job_title[0], body_end)


def is_council(body: str, rules: ContactRules) -> bool:
    """Whether a body is a council ("Barnsley Metropolitan Borough Council", "Cyngor Gwynedd")."""
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", body) for word in rules.council_words)
