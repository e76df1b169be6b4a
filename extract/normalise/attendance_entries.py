"""One entry of an attendance list: "Councillor A Jones (Chair)", "Mr. J. Smith CC", "Jane Smith (Head of
Legal Services)", "Finance: P Jones (Director)", with role, party and ward from the brackets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .attendance import (
    SECTION_ATTENDANCE,
    SECTION_ROLE,
    AttendanceEntry,
    AttendanceRules,
    Entry,
    MemberFound,
    starts_with_member,
)
from .attendance_layout import column_split
from .officers import (
    OfficerFound,
    Offsets,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    split_title_name,
    strip_honorifics,
)


OFFICER_SECTIONS = ("present", "attendance", "apologies", "absent")
"""Sections where a person listed with a job title is an officer (present, or sending apologies)."""


def read_entry(text: str, entry: Entry, section: str, rule: str, rules: AttendanceRules,
               plural: bool, organisations: Optional[set[Offsets]] = None) -> Optional[tuple[AttendanceEntry, bool]]:
    """One entry: "Councillor A Jones (Chair)", "Mr. J. Smith CC", "Jane Smith (Head of Legal Services)"."""
    head_end = entry.text.find("(")
    head = entry.text if head_end < 0 else entry.text[:head_end]
    brackets = re.findall(r"\(([^()]*)\)", entry.text)
    tail = re.sub(r"\([^()]*\)", " ", entry.text[head_end:]) if head_end >= 0 else ""
    role, head = role_prefix(head, rules)
    title_text: Optional[Offsets] = None
    head, unit_title = post_prefix(head, entry.start, rules)
    dash = re.search(r"\s+[-–—](?:\s+|$)", head)
    split = (dash.start(), dash.end()) if dash else row_split(head, rules)
    body: Optional[Offsets] = None
    board_member = False
    if split:
        after = head[split[1]:].strip()
        title_text = (entry.start + split[1], entry.start + len(head.rstrip())) if after else None
        if is_member_post(after, rules) and not rules.role_phrase.match(after):
            title_text, board_member = None, True  # "Mr T Bell      Non-Executive Director": a member
        elif looks_like_organisation(after, rules.names) and not looks_like_title(after, rules.names):
            title_text, body = None, title_text  # "Dr Ann Lee - NHS Grampian": the body the person is from
        elif rules.role_phrase.match(after):
            title_text, role = None, role or rules.roles[after.lower()]  # "Cllr A Jones  Chair", "… - Chair"
        elif not dash and not looks_like_title(after, rules.names, lower_case=True):
            title_text = None  # "Martyn SLOAN      Carers' Representative": a member's note, no job title
        head = head[:split[0]]
    head_stripped = head.rstrip()
    n_start, n_end, councillor = strip_honorifics(head_stripped, entry.start, rules.names)
    plural_title = any(head_stripped.lstrip().startswith(p + " ") for p in rules.names.councillor_plurals)
    titled = n_start > entry.start
    name_text = text[n_start:n_end]
    suffix_role = trailing_role(name_text, rules)
    if suffix_role:
        role = role or suffix_role[0]
        n_end = n_start + suffix_role[1]
        name_text = text[n_start:n_end]
    if not looks_like_name(name_text, rules.names) or not (len(name_text.split()) >= 2 or titled or plural):
        if looks_like_title(head, rules.names) and section in ("present", "attendance") and not councillor:
            officer = post_in_attendance(text, entry, head, brackets, rule, rules)
            return AttendanceEntry(officer=officer), plural
        return None
    councillor = councillor or plural or board_member
    note = read_brackets(entry, brackets, councillor, rules, organisations or set())
    councillor = councillor or note.member_post  # "Mr G Lindqvist (Cabinet Member for …)"
    role = role or note.role
    party, ward = note.party, note.ward
    title_text = title_text or note.job_title or unit_title or rank_before(text, entry.start, n_start, rules)
    if tail.strip():
        found_role = bracket_role(tail.strip(" ."), rules)
        role = role or found_role
    span_end = n_end if suffix_role else max(n_end, entry.start + len(head_stripped))
    if title_text is not None and not councillor and section in OFFICER_SECTIONS:
        officer = OfficerFound(role="attendee", rule=rule, name=(n_start, n_end), job_title=title_text,
                               organisation=note.organisation,
                               start=entry.start, end=entry.end)
        if note.organisation and title_text[1] <= n_start:  # "Inspector S. Dolan (PSNI)": "Inspector, PSNI"
            body = text[note.organisation[0]:note.organisation[1]]
            officer.title_as = f"{text[title_text[0]:title_text[1]]}, {body}"
        return AttendanceEntry(officer=officer), plural or plural_title
    if section == "attendance" and not councillor and role is None:
        officer = OfficerFound(role="attendee", rule=rule, name=(n_start, n_end), organisation=body or note.organisation,
                               start=entry.start, end=span_end)
        return AttendanceEntry(officer=officer), plural or plural_title
    if title_text is not None and not councillor:
        return None
    member = MemberFound(
        name=(n_start, n_end), start=entry.start, end=span_end,
        role=role or SECTION_ROLE.get(section, "member"), attendance=SECTION_ATTENDANCE[section],
        party=party, ward=ward, rule=rule,
        councillor=councillor,
    )
    return AttendanceEntry(member=member), plural or plural_title


@dataclass
class BracketNote:
    """What the brackets after a name say: role, party, ward, or (for an officer) job title and body."""

    role: Optional[str] = None
    party: Optional[str] = None
    ward: Optional[Offsets] = None
    job_title: Optional[Offsets] = None
    organisation: Optional[Offsets] = None
    member_post: bool = False
    """The note is a councillor's post ("Cabinet Member for Health"): the person is a member."""


BRACKET_PIECE = re.compile(r"(?:[^,;/ –—-]|\s(?![-–—]\s)|(?<=\S)[-–—](?=\S))+")
"""A piece of a bracket note between commas, semicolons, slashes and spaced dashes ("Con - Eastfield")."""


def read_brackets(entry: Entry, brackets: list[str], councillor: bool, rules: AttendanceRules,
                  organisations: Optional[set[Offsets]] = None) -> BracketNote:
    """Read "(Lab, Abbey Ward)", "(Chair)", "(substitute for Cllr X)", "(Group Director, Finance)" or
    "(Audit Scotland)"; organisations are the offsets of known bodies' names."""
    note = BracketNote()
    for inside in brackets:
        offset = entry.start + entry.text.index(f"({inside})") + 1
        for piece in BRACKET_PIECE.finditer(inside):
            value = piece.group().strip(" -–")
            if not value:
                continue
            p_start = offset + piece.start() + piece.group().index(value)
            role = bracket_role(value, rules)
            if role:
                note.role = note.role or role
            elif party_of(value, rules):
                note.party = note.party or party_of(value, rules)
            elif is_ward(value, rules) or (note.party and note.ward is None and value[:1].isupper()):
                note.ward = note.ward or (p_start, p_start + len(value))
            elif is_member_post(value, rules):
                note.member_post = True
            elif looks_like_title(value, rules.names, lower_case=True) and not councillor and note.job_title is None:
                note.job_title = (p_start, offset + len(inside.rstrip()))  # the whole note is the title
                break
            elif note.organisation is None and ((p_start, p_start + len(value)) in (organisations or set())
                                                or looks_like_organisation(value, rules.names)):
                note.organisation = (p_start, p_start + len(value))
    return note


def row_split(head: str, rules: AttendanceRules) -> Optional[Offsets]:
    """Where a name ends and the job title or note after it starts, without a comma or dash between:
    a table's column gap ("Graeme TOSH      Principal Auditor") or, when the whole is no name, the first
    word that cannot be part of a name ("Mr C Rafferty Chief Planning Officer")."""
    gap = column_split(head)
    if gap is not None:
        left = head[:gap[0]].strip()
        n_start, n_end, _ = strip_honorifics(left, 0, rules.names)
        name = left[n_start:n_end]
        named = looks_like_name(name, rules.names) and (len(name.split()) >= 2 or n_start > 0)
        return gap if named else None
    words = list(re.finditer(r"\S+", head))
    n_start, n_end, councillor = strip_honorifics(head.strip(), 0, rules.names)
    if councillor or looks_like_name(head.strip()[n_start:n_end], rules.names):
        return None
    for number, word in enumerate(words[1:], 1):
        bare = word.group().strip(".,").lower()
        if bare in rules.names.not_name_words or bare in rules.names.title_words:
            name, title = head[:word.start()].strip(), head[word.start():].strip()
            n_start, n_end, _ = strip_honorifics(name, 0, rules.names)
            name = name[n_start:n_end]
            titled = n_start > 0
            if looks_like_name(name, rules.names) and (len(name.split()) >= 2 or titled) \
                    and looks_like_title(title, rules.names):
                return words[number - 1].end(), word.start()
            return None
    return None


def rank_before(text: str, start: int, name_start: int, rules: AttendanceRules) -> Optional[Offsets]:
    """A police or fire rank printed before the name ("Inspector Jane Lee", "Group Manager Tom Hart"): the
    officer's job title unless another is given."""
    words = text[start:name_start].strip()
    if words not in rules.names.ranks:
        return None
    at = start + text[start:name_start].index(words)
    return at, at + len(words)


def is_member_post(value: str, rules: AttendanceRules) -> bool:
    """Whether a bracket note is a councillor's post ("Cabinet Member for Adult Social Care")."""
    return rules.names.member_post_word.search(value) is not None


def post_in_attendance(text: str, entry: Entry, head: str, brackets: list[str], rule: str,
                       rules: AttendanceRules) -> OfficerFound:
    """An officer listed by post ("the Head of Finance"), named when brackets hold a name ("(Sarah Reid)")."""
    lead = re.match(r"^(?:the\s+)?", head, re.I).end()
    title = (entry.start + lead, entry.start + len(head.rstrip()))
    officer = OfficerFound(role="attendee", rule=rule, job_title=title, start=entry.start, end=entry.end)
    named_at = split_title_name(head.rstrip()[lead:], rules.names)
    if named_at is not None:  # "Clerk Mrs J Todd": the post before its holder's name
        at = entry.start + lead + named_at
        n_start, n_end, _ = strip_honorifics(text[at:title[1]], at, rules.names)
        officer.job_title = (title[0], title[0] + len(text[title[0]:at].rstrip()))
        officer.name = (n_start, n_end)
        return officer
    for inside in brackets:
        at = entry.start + entry.text.index(f"({inside})") + 1 + inside.index(inside.strip())
        n_start, n_end, councillor = strip_honorifics(inside.strip(), at, rules.names)
        name = text[n_start:n_end]
        if not councillor and looks_like_name(name, rules.names) and len(name.split()) >= 2:
            officer.name = (n_start, n_end)
    return officer


UNIT_PREFIX = re.compile(r"^[ \t]*(?P<prefix>[A-Z][^:()\d\n]{0,48}?)[ \t]*:[ \t]+(?=\S)", re.M)
"""A service area or post before an officer's name at the start of a line ("Finance:  P Jones")."""


def unit_names_person(prefix: str, rest: str, rules: AttendanceRules) -> bool:
    """Whether "prefix: rest" is a label (no councillor's title, role or heading) before a person's name."""
    names = rules.names
    lowered = re.sub(r"\s+", " ", prefix.lower())
    if lowered in rules.roles or lowered in rules.sections or starts_with_member(prefix, rules):
        return False
    head = re.split(r"[(,;\n]|\s+[-–—]\s+", rest, maxsplit=1)[0].strip()
    n_start, n_end, councillor = strip_honorifics(head, 0, names)
    return not councillor and looks_like_name(head[n_start:n_end], names)


def post_prefix(head: str, start: int, rules: AttendanceRules) -> tuple[str, Optional[Offsets]]:
    """A post written before an officer's name ("Head of Planning: Ruth Lowe"): the entry with the post
    blanked out, and the post's offsets as the job title."""
    match = UNIT_PREFIX.match(head)
    if not match or not looks_like_title(match.group("prefix"), rules.names) \
            or not unit_names_person(match.group("prefix"), head[match.end():], rules):
        return head, None
    title = (start + match.start("prefix"), start + match.end("prefix"))
    return " " * match.end() + head[match.end():], title


def role_prefix(head: str, rules: AttendanceRules) -> tuple[Optional[str], str]:
    """A role written before the name ("Chair: Councillor X", "Convener Councillor Y"), and the entry
    with the role blanked out (so offsets stay put)."""
    match = rules.role_opening.match(head)
    if match and match.group(1).lower() in rules.roles:
        return rules.roles[match.group(1).lower()], " " * match.end() + head[match.end():]
    return None, head


def trailing_role(name: str, rules: AttendanceRules) -> Optional[tuple[str, int]]:
    """A role after the name without brackets ("A Jones in the Chair"): the role and where the name ends."""
    for pattern, role in rules.trailing_roles:
        match = pattern.search(name)
        if match and match.start() > 0:
            return role, match.start()
    return None


def is_ward(value: str, rules: AttendanceRules) -> bool:
    """Whether a bracket note names a ward or division ("Abbey Ward", "Loughborough East Division")."""
    return any(word in rules.ward_words for word in value.lower().split())


def bracket_role(value: str, rules: AttendanceRules) -> Optional[str]:
    """The role a bracket note gives ("Chair", "Vice-Convener", "substitute for Cllr X", "co-opted")."""
    lowered = re.sub(r"\s+", " ", value.lower()).strip(" .")
    if lowered in rules.roles:
        return rules.roles[lowered]
    if lowered.startswith(rules.substitute_prefixes):
        return "substitute"
    return None


def party_of(value: str, rules: AttendanceRules) -> Optional[str]:
    """The party a bracket note names, from its name or abbreviation as councils print them."""
    if value in rules.parties:
        return rules.parties[value]
    for written, party in rules.parties.items():
        if len(written) > 3 and value.lower() == written.lower():
            return party
    return None
