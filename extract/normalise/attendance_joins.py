"""What joins the entries of an attendance list: a job title or body after a name ("Jane Smith, Head of
Finance, Leeds City Council"), a title or body split at "and", and service areas printed before names."""

from __future__ import annotations

import re
from typing import Optional

from .attendance import AttendanceEntry, AttendanceRules, Entry, MemberFound, starts_with_member
from .attendance_entries import UNIT_PREFIX, is_member_post, unit_names_person
from .officers import (
    TITLE_CONNECTORS,
    OfficerFound,
    Offsets,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    strip_honorifics,
)


def person_of(entry: AttendanceEntry) -> Optional[MemberFound | OfficerFound]:
    """The member or officer an attendance entry holds."""
    return entry.officer if entry.officer is not None else entry.member


def on_one_line(text: str, previous: AttendanceEntry, entry: Entry) -> bool:
    """Whether entry sits on the same line as the person before it (a note about that person)."""
    person = person_of(previous)
    return person is not None and "\n" not in text[person.start:entry.start]


JOINED = re.compile(r"\s*(?:,|\s(?:and|&))\s*")
"""What joins pieces of one designation on a line: a comma or "and"."""


def join_organisations(text: str, entries: list[Entry], rules: AttendanceRules) -> list[Entry]:
    """Entries split at "and" inside a body's name or a post joined again ("South Yorkshire and Bassetlaw
    Cancer Alliance", "Ann Lee - Police and Crime Commissioner"): the words before "and" (after any dash)
    are no person or job title, and the part after it names an organisation, or is a post after a dash."""
    out: list[Entry] = []
    for entry in entries:
        while out and splits_one_name(text, out[-1], entry, rules):  # "Mid and West Wales Fire and Rescue …"
            before = out.pop()
            entry = Entry(before.start, entry.end, text[before.start:entry.end])
        out.append(entry)
    return out


def splits_one_name(text: str, before: Entry, entry: Entry, rules: AttendanceRules) -> bool:
    """Whether "before and entry" is one body's name or post that the list was wrongly split in."""
    if not re.fullmatch(r"\s+(?:and|&)\s+", text[before.end:entry.start]):
        return False
    parts = re.split(r"\s[-–—]\s", before.text)
    tail = parts[-1].strip()
    after = re.sub(r"\s*\([^()]*\)$", "", entry.text)  # "Police and Crime Commissioner (PCC)"
    if "(" in after + tail or starts_with_member(entry.text, rules) or starts_with_member(tail, rules) \
            or looks_like_title(tail, rules.names):
        return False
    if looks_like_organisation(after, rules.names):
        return True
    if looks_like_name(after, rules.names):
        return False
    if OF_BODY.search(tail) and looks_like_organisation(tail, rules.names):
        return True  # "Office of the Police and Crime Commissioner"
    if looks_like_organisation(f"{tail} and {after}", rules.names):
        return True  # "West Yorkshire Fire and Rescue Service": a body only when joined
    return len(parts) > 1 and is_bare_title(Entry(entry.start, entry.start + len(after), after), rules)


OF_BODY = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*$")
"""A body's name cut after "of …" ("Office of the Police"): what follows "and" is still its name."""


def continue_designation(text: str, previous: AttendanceEntry, entry: Entry, following: list[Entry],
                         rules: AttendanceRules) -> bool:
    """"Jane Rowe - Corporate Director, Adult Social Care and Health": words after an officer's job title on
    its line, joined by a comma or "and", that are no person, go on with the title."""
    officer = previous.officer
    if officer is None or officer.job_title is None or officer.organisation is not None:
        return False
    if not JOINED.fullmatch(text[officer.job_title[1]:entry.start]) or "\n" in text[officer.start:entry.end]:
        return False
    if starts_with_member(entry.text, rules) or re.search(r"[\d()@]", entry.text) \
            or not entry.text[:1].isupper() or opens_with_person(entry, rules):
        return False  # "…, Andrew Ferriby – Deputy Chief Fire Officer": the next person
    same_line = [e for e in following if "\n" not in text[entry.end:e.start]]
    if any(looks_like_title(e.text, rules.names) for e in same_line):
        return False  # "…, Tom Baines, Senior Solicitor": the next person
    if looks_like_name(entry.text, rules.names):
        line_start = text.rfind("\n", 0, officer.start) + 1
        if same_line or text[line_start:officer.start].strip():
            return False  # a person, unless the line holds one person only
    officer.job_title = (officer.job_title[0], entry.end)
    officer.cover(entry.start, entry.end)
    return True


def mask_unit_prefixes(text: str, start: int, end: int, rules: AttendanceRules) -> str:
    """The text with the service areas written before officers' names blanked out ("Law and Governance:
    L Hart (Chief Legal Officer)"), so they are neither split at "and" nor read as people; offsets stay put.
    A post before a name ("Head of Planning: Ruth Lowe") is left for post_prefix to read."""
    pieces, cursor = [], start
    for match in UNIT_PREFIX.finditer(text, start, end):
        prefix = match.group("prefix")
        if not unit_names_person(prefix, text[match.end():end], rules) or looks_like_title(prefix, rules.names):
            continue
        pieces += [text[cursor:match.start()], " " * (match.end() - match.start())]
        cursor = match.end()
    if cursor == start:
        return text
    return text[:start] + "".join(pieces) + text[cursor:]


def continue_title(text: str, previous: AttendanceEntry, entry: Entry) -> bool:
    """"Director of Education and Children's Services": a post split at "and" goes on in the next entry."""
    officer = previous.officer
    if officer is None or officer.job_title is None:
        return False
    joined = re.fullmatch(r"\s+(?:and|&)\s+", text[officer.job_title[1]:entry.start])
    if not joined or not entry.text[:1].isupper():
        return False
    officer.job_title = (officer.job_title[0], entry.end)
    officer.cover(entry.start, entry.end)
    return True


def attach_organisation(text: str, previous: AttendanceEntry, entry: Entry, rules: AttendanceRules,
                        organisations: set[Offsets]) -> bool:
    """"Brian Howarth, Audit Director, Audit Scotland": a body named after an officer's job title is
    the officer's organisation, not another person."""
    officer = previous.officer
    if officer is None or officer.organisation is not None or not (officer.job_title or officer.name):
        return False
    body_end = entry.start + len(re.sub(r"\s*\([^()]*\)\s*$", "", entry.text))  # "… Scotland (for item 5)"
    body = entry.text[:body_end - entry.start]
    if (entry.start, body_end) not in organisations and not looks_like_organisation(entry.text, rules.names):
        return False
    if any(word not in TITLE_CONNECTORS for word in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", body)):
        return False  # "The meeting was held at the Humberside Fire & Rescue Service": prose, no body
    if starts_with_member(entry.text, rules) or opens_with_person(entry, rules):
        return False  # "Dr Ann Lee (Manager, Moorland Partnership)", "Ann Lee - Police": the next person
    officer.organisation = (entry.start, body_end)
    officer.cover(entry.start, entry.end)
    if titled_before_name(officer):  # "Inspector Jane Lee, Police Scotland": "Inspector, Police Scotland"
        officer.title_as = f"{text[officer.job_title[0]:officer.job_title[1]]}, {text[entry.start:body_end]}"
    return True


def titled_before_name(officer: OfficerFound) -> bool:
    """Whether an officer's job title is a rank printed before the name ("Inspector Jane Lee")."""
    title, name = officer.job_title, officer.name
    return title is not None and name is not None and title[1] <= name[0]


def opens_with_person(entry: Entry, rules: AttendanceRules) -> bool:
    """Whether an entry is a name followed by brackets, a spaced dash or a column gap ("Ann Lee (…)",
    "Ann Lee - …", "Ann Lee      Head of …")."""
    parts = re.split(r"\(|\s[-–—](?:\s|$)|(?<=\S)(?:[ \t]{2,}|\t)(?=\S)", entry.text.strip(), maxsplit=1)
    return len(parts) == 2 and looks_like_name(parts[0].strip(), rules.names) and len(parts[0].split()) >= 2


def is_bare_title(entry: Entry, rules: AttendanceRules) -> bool:
    """Whether an entry is a job title alone, with no name, honorific or dash before it."""
    return (looks_like_title(entry.text, rules.names) and not re.search(r"\s[-–—]\s", entry.text)
            and strip_honorifics(entry.text, entry.start, rules.names)[0] == entry.start
            and not opens_with_person(entry, rules))


def continue_wrapped_title(text: str, previous: AttendanceEntry, entry: Entry,
                           rules: AttendanceRules) -> bool:
    """"Andrew Ferriby – Deputy" / "Chief Fire Officer, …": in a list run on over lines with commas, a job
    title that ends its line with no comma after it goes on with the bare title opening the next line."""
    officer = previous.officer
    if officer is None or officer.job_title is None:
        return False
    if not re.fullmatch(r"[ \t]*\r?\n[ \t]*", text[officer.job_title[1]:entry.start]):
        return False
    words = text[officer.job_title[0]:officer.job_title[1]].split()
    if words and words[-1].lower() in TITLE_CONNECTORS:  # "Director of" / "Public Health"
        return continues_as_words(entry, rules) and widen_title(officer, entry)
    line_start = text.rfind("\n", 0, officer.job_title[0]) + 1
    if not is_bare_title(entry, rules) or not re.search(r"[,;]", text[line_start:officer.job_title[0]]):
        return False  # one person to a line: a title alone on the next line is another entry
    return widen_title(officer, entry)


def continues_as_words(entry: Entry, rules: AttendanceRules) -> bool:
    """Whether an entry can carry on a title cut at "of" or "and": capitalised words, no person."""
    return bool(re.fullmatch(r"[A-Z][\w'’&/. -]*", entry.text)) \
        and not starts_with_member(entry.text, rules) and not opens_with_person(entry, rules)


def widen_title(officer: OfficerFound, entry: Entry) -> bool:
    """Carry an officer's job title on over entry; True."""
    officer.job_title = (officer.job_title[0], entry.end)
    officer.cover(entry.start, entry.end)
    return True


def attach_member_post(previous: AttendanceEntry, entry: Entry, rules: AttendanceRules) -> bool:
    """"Also present: Ann Lee, Cabinet Member for Health": a councillor's post after a name listed with no
    other makes that person a member, never an officer."""
    officer = previous.officer
    if officer is None or officer.name is None or officer.job_title is not None or officer.organisation:
        return False
    if not is_member_post(entry.text, rules) or rules.role_phrase.match(entry.text):
        return False
    previous.member = MemberFound(name=officer.name, start=officer.start, end=entry.end, role="member",
                                  attendance="present", rule=officer.rule, councillor=True)
    previous.officer = None
    return True


def attach_title(previous: AttendanceEntry, entry: Entry, section: str, rules: AttendanceRules) -> bool:
    """"Jane Smith, Head of Finance": a job title after a name makes that person an officer (a rank before
    the name gives way to it: "Ch Supt Ann Lee, District Commander")."""
    if section not in ("present", "attendance") or not looks_like_title(entry.text, rules.names, lower_case=True):
        return False
    if opens_with_person(entry, rules):
        return False  # "Claire Nelmes (assistant director)", "Ann Lee - Director": the next person
    officer = previous.officer
    if officer is not None and officer.name is not None \
            and (officer.job_title is None or titled_before_name(officer)):
        officer.job_title, officer.title_as = (entry.start, entry.end), None  # a post replaces a rank
        officer.cover(entry.start, entry.end)
        return True
    member = previous.member
    plain = member is not None and not member.councillor and not member.party
    if plain and member.role in ("member", "other"):
        previous.officer = OfficerFound(role="attendee", rule=member.rule, name=member.name,
                                        job_title=(entry.start, entry.end), start=member.start, end=entry.end)
        previous.member = None
        return True
    return False
