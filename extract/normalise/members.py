"""Attendance lists in minutes: councillors and co-opted members, and the officers listed beside them.

"Present:", "In attendance:", "Apologies for absence were received from …", "Sederunt:", read into
one entry per person with role (chair, vice_chair, member, substitute, co-opted, other),
attendance (present, apologies, absent), party and ward from the brackets after the name. A person
with a councillor's title or post-nominal is a member, never an officer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional, Sequence

from ..extensions import KNOWN_ORGANISATIONS
from .officers import (
    ContactRules,
    Line,
    OfficerFound,
    Offsets,
    alternation,
    lines_of,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    strip_honorifics,
)

Offsets = tuple[int, int]

OPEN_LABEL_ENDINGS = ("from", "of", "were", "by", "behalf of")
"""Labels ending in these words run straight on into the names ("… were received from Councillor X")."""

SECTION_ATTENDANCE = {
    "present": "present", "attendance": "present", "substitutes": "present", "co-opted": "present",
    "apologies": "apologies", "absent": "absent",
}
SECTION_ROLE = {"substitutes": "substitute", "co-opted": "co-opted", "attendance": "other"}


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


def attendance_rules(lexicon: dict[str, Any], parties: dict[str, Any],
                     names: ContactRules) -> AttendanceRules:
    """AttendanceRules from attendance.json, parties.json and the contact-block name rules."""
    sections = {label.lower(): kind for kind, labels in lexicon.get("sections", {}).items()
                for label in labels}
    roles = {word.lower(): role for role, words in lexicon.get("roles", {}).items() for word in words}
    return AttendanceRules(
        sections=sections,
        roles=roles,
        substitute_prefixes=tuple(p.lower() for p in lexicon.get("substitute_prefixes", [])),
        ward_words=frozenset(w.lower() for w in lexicon.get("ward_words", [])),
        parties=dict(parties.get("parties", {})),
        names=names,
        section_line=re.compile(
            # the heading, maybe bilingual ("Swyddogion / Officers") or qualified ("Employees (by Service Area)")
            rf"^[ \t]*(?:\(?(?:\d{{1,3}}|[ivx]{{1,4}}|[a-z])[.)][ \t]+)?(?P<label>{alternation(sections)})"
            rf"(?:[ \t]*/[ \t]*(?:{alternation(sections)}))?(?:[ \t]*\([^()\n]{{1,40}}\))?"
            r"(?P<sep>[ \t]*[:–—-]+[ \t]*|[ \t]*$|[ \t]+(?=\S))",
            re.I | re.M,
        ),
        role_phrase=re.compile(rf"^(?:{alternation(roles)})$", re.I),
    )


@dataclass
class MemberFound:
    """A councillor or co-opted member in an attendance list."""

    name: Offsets
    start: int
    end: int
    role: str
    attendance: str
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


def known_organisations(doc: Any) -> list[Offsets]:
    """Character offsets of the gazetteer's organisation names in a Doc (set before the NER)."""
    return [(s.start_char, s.end_char) for s in doc.spans.get(KNOWN_ORGANISATIONS, [])]


def find_attendance(text: str, rules: AttendanceRules,
                    organisations: Sequence[Offsets] = ()) -> list[AttendanceEntry]:
    """Every person in every attendance section of the text, in order; organisations are the offsets
    of known bodies' names, which are never people ("Mr B Howarth, Audit Director, Audit Scotland")."""
    lines = lines_of(text)
    out: list[AttendanceEntry] = []
    for number, line in enumerate(lines):
        match = rules.section_line.match(line.text)
        if not match and role_line(line.text, rules):
            out.extend(read_section(text, line.start, line.end, "present", "attendance:role", rules))
            continue  # "Chair:   Cllr Rachel Ashby" above the list
        if not match or not section_opens(match, rules):
            continue
        label = re.sub(r"\s+", " ", match.group("label").lower())
        section = rules.sections[label]
        start = line.start + match.end()
        end = section_end(text, lines, number, start, rules)
        out.extend(read_section(text, start, end, section, f"attendance:{label}", rules, set(organisations)))
    return out


def role_line(line: str, rules: AttendanceRules) -> bool:
    """Whether a line names one member by role ("Chair: Cllr R. Ashby", "Convener: Councillor Ross")."""
    match = re.match(r"^[ \t]*([A-Za-z -]{3,30}?)[ \t]*:[ \t]*(\S.*)$", line)
    return bool(match) and match.group(1).lower() in rules.roles and starts_with_member(match.group(2), rules)


def section_opens(match: re.Match[str], rules: AttendanceRules) -> bool:
    """A heading opens a list when a colon, a dash or the line's end follows it, or it runs into the names."""
    label = match.group("label").lower()
    sep = match.group("sep")
    if sep.strip() or not sep:
        return True
    if match.end() == match.endpos or match.string[match.end():match.end() + 1] in "\r\n":
        return True
    return label.endswith(OPEN_LABEL_ENDINGS) or len(label.split()) >= 4


def section_end(text: str, lines: list[Line], number: int, start: int, rules: AttendanceRules) -> int:
    """Where a list ends: a blank line (unless another councillor follows), a new heading or a full stop."""
    end = lines[number].end
    index = number + 1
    started = bool(text[start:end].strip())
    while index < len(lines):
        line = lines[index]
        if rules.section_line.match(line.text) and section_opens(rules.section_line.match(line.text), rules):
            break
        if not line.text.strip():
            following = next((ln for ln in lines[index + 1:index + 3] if ln.text.strip()), None)
            if started and not (following and starts_with_member(following.text, rules)):
                break
            index += 1
            continue
        started = True
        end = line.end
        index += 1
    full_stop = re.compile(r"(?<=[a-z]{2})\.(?=[ \t]+\S)")
    sentence = full_stop.search(text[start:end])
    while sentence:
        word = re.search(r"(\S+)\.$", text[start:start + sentence.end()])
        if word and word.group(1) not in rules.names.honorifics | rules.names.councillor_titles:
            return start + sentence.start()
        sentence = full_stop.search(text[start:end], sentence.end())
    return end


def starts_with_member(line: str, rules: AttendanceRules) -> bool:
    """Whether a line starts with a councillor's title or an honorific, or ends with "CC"."""
    first = (line.split() or [""])[0].rstrip(".,:")
    last = (line.split() or [""])[-1].rstrip(".,:")
    names = rules.names
    return first in names.councillor_titles | names.honorifics or last in names.councillor_postnominals


def split_entries(text: str, start: int, end: int) -> list[Entry]:
    """The list's entries: split at commas, semicolons, line breaks and "and", never inside brackets."""
    body = text[start:end]
    entries, cursor, depth = [], 0, 0
    separator = re.compile(r",|;|\n|\t|\s+(?:and|&)\s+")
    position = 0
    while position < len(body):
        char = body[position]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if depth == 0:
            sep = separator.match(body, position)
            if sep and sep.end() > position:
                entries.append(Entry(start + cursor, start + position, body[cursor:position]))
                cursor = position = sep.end()
                continue
        position += 1
    entries.append(Entry(start + cursor, start + len(body), body[cursor:]))
    return [e for e in (tidy(e) for e in entries) if e.text]


def tidy(entry: Entry) -> Entry:
    """An entry without surrounding spaces, a leading "and" or trailing full stops."""
    text, start = entry.text, entry.start
    lead = re.match(r"^[\s:–—-]*(?:(?:and|&)\s+)?", text)
    start += lead.end()
    text = text[lead.end():]
    text = text.rstrip()
    while text.endswith((".", ":")) and not re.search(r"(?:^|\s)[A-Z]\.$", text):
        text = text[:-1].rstrip()
    return Entry(start, start + len(text), text)


def read_section(text: str, start: int, end: int, section: str, rule: str,
                 rules: AttendanceRules, organisations: Optional[set[Offsets]] = None) -> list[AttendanceEntry]:
    """The people in one attendance section."""
    out: list[AttendanceEntry] = []
    plural = False
    masked = mask_unit_prefixes(text, start, end, rules)
    entries = join_organisations(text, split_entries(masked, start, end), rules)
    for number, entry in enumerate(entries):
        role_only = entry.text.strip("() ")
        if rules.role_phrase.match(role_only):
            if out and out[-1].member is not None:
                out[-1].member.role = rules.roles[role_only.lower()]
            continue
        if out and attach_title(out[-1], entry, section, rules):
            continue
        if out and attach_organisation(out[-1], entry, rules, organisations or set()):
            continue
        if out and is_bare_title(entry, rules) and continue_title(text, out[-1], entry):
            continue  # "Senior Public Health and Commissioning Manager"
        if out and continue_designation(text, out[-1], entry, entries[number + 1:], rules):
            continue  # "Corporate Director, Adult Social Care and Health"
        person = read_entry(text, entry, section, rule, rules, plural, organisations or set())
        if person is None:
            if out and continue_title(text, out[-1], entry):
                continue
            if out and out[-1].member is not None and out[-1].member.councillor:
                continue  # "Cllr A. Jones, Cabinet Member for Health": the councillor's post
            if out and on_one_line(text, out[-1], entry):
                continue  # "Mr D Lane, consultant, Lane Ltd, on behalf of the applicant"
            break
        entry_result, plural = person
        out.append(entry_result)
    return [e for e in out if e.member is not None or e.officer is not None]


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
        before = out[-1] if out else None
        if before is not None and splits_one_name(text, before, entry, rules):
            out[-1] = Entry(before.start, entry.end, text[before.start:entry.end])
            continue
        out.append(entry)
    return out


def splits_one_name(text: str, before: Entry, entry: Entry, rules: AttendanceRules) -> bool:
    """Whether "before and entry" is one body's name or post that the list was wrongly split in."""
    if not re.fullmatch(r"\s+(?:and|&)\s+", text[before.end:entry.start]):
        return False
    parts = re.split(r"\s[-–—]\s", before.text)
    tail = parts[-1].strip()
    if "(" in entry.text + tail or starts_with_member(entry.text, rules) or starts_with_member(tail, rules) \
            or looks_like_title(tail, rules.names):
        return False
    if looks_like_organisation(entry.text, rules.names):
        return True
    return len(parts) > 1 and is_bare_title(entry, rules)


def continue_designation(text: str, previous: AttendanceEntry, entry: Entry, following: list[Entry],
                         rules: AttendanceRules) -> bool:
    """"Jane Rowe - Corporate Director, Adult Social Care and Health": words after an officer's job title on
    its line, joined by a comma or "and", that are no person, go on with the title."""
    officer = previous.officer
    if officer is None or officer.job_title is None or officer.organisation is not None:
        return False
    if not JOINED.fullmatch(text[officer.job_title[1]:entry.start]) or "\n" in text[officer.start:entry.end]:
        return False
    if starts_with_member(entry.text, rules) or re.search(r"[\d()@]", entry.text) or not entry.text[:1].isupper():
        return False
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
    dash = re.search(r"\s+[-–—]\s+", head)
    body: Optional[Offsets] = None
    if dash:
        title_start = entry.start + dash.end()
        title_text = (title_start, entry.start + len(head.rstrip()))
        after = head[dash.end():].strip()
        if looks_like_organisation(after, rules.names) and not looks_like_title(after, rules.names):
            title_text, body = None, title_text  # "Dr Ann Lee - NHS Grampian": the body the person is from
        head = head[:dash.start()]
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
    councillor = councillor or plural
    note = read_brackets(entry, brackets, councillor, rules, organisations or set())
    role = role or note.role
    party, ward = note.party, note.ward
    title_text = title_text or note.job_title or unit_title
    if tail.strip():
        found_role = bracket_role(tail.strip(" ."), rules)
        role = role or found_role
    span_end = n_end if suffix_role else max(n_end, entry.start + len(head_stripped))
    if title_text is not None and not councillor and section in ("present", "attendance"):
        officer = OfficerFound(role="attendee", rule=rule, name=(n_start, n_end), job_title=title_text,
                               organisation=note.organisation,
                               start=entry.start, end=entry.end)
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
            elif looks_like_title(value, rules.names, lower_case=True) and not councillor and note.job_title is None:
                note.job_title = (p_start, offset + len(inside.rstrip()))  # the whole note is the title
                break
            elif note.organisation is None and ((p_start, p_start + len(value)) in (organisations or set())
                                                or looks_like_organisation(value, rules.names)):
                note.organisation = (p_start, p_start + len(value))
    return note


def post_in_attendance(text: str, entry: Entry, head: str, brackets: list[str], rule: str,
                       rules: AttendanceRules) -> OfficerFound:
    """An officer listed by post ("the Head of Finance"), named when brackets hold a name ("(Sarah Reid)")."""
    lead = re.match(r"^(?:the\s+)?", head, re.I).end()
    title = (entry.start + lead, entry.start + len(head.rstrip()))
    officer = OfficerFound(role="attendee", rule=rule, job_title=title, start=entry.start, end=entry.end)
    for inside in brackets:
        at = entry.start + entry.text.index(f"({inside})") + 1 + inside.index(inside.strip())
        n_start, n_end, councillor = strip_honorifics(inside.strip(), at, rules.names)
        name = text[n_start:n_end]
        if not councillor and looks_like_name(name, rules.names) and len(name.split()) >= 2:
            officer.name = (n_start, n_end)
    return officer


UNIT_PREFIX = re.compile(r"^[ \t]*(?P<prefix>[A-Z][^:()\d\n]{0,48}?)[ \t]*:[ \t]+(?=\S)", re.M)
"""A service area or post before an officer's name at the start of a line ("Finance:  P Jones")."""


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
    before_name = rf"\s+(?=(?:{alternation(rules.names.councillor_titles | rules.names.honorifics)})\b)"
    match = re.match(rf"^\s*([A-Za-z -]+?)\s*(?::\s*|{before_name})", head)
    if match and match.group(1).lower() in rules.roles:
        return rules.roles[match.group(1).lower()], " " * match.end() + head[match.end():]
    return None, head


def trailing_role(name: str, rules: AttendanceRules) -> Optional[tuple[str, int]]:
    """A role after the name without brackets ("A Jones in the Chair"): the role and where the name ends."""
    for phrase, role in sorted(rules.roles.items(), key=lambda item: -len(item[0])):
        if len(phrase.split()) < 2:
            continue
        match = re.search(rf"\s*[-–,]?\s*\b{re.escape(phrase)}$", name, re.I)
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


def attach_organisation(previous: AttendanceEntry, entry: Entry, rules: AttendanceRules,
                        organisations: set[Offsets]) -> bool:
    """"Brian Howarth, Audit Director, Audit Scotland": a body named after an officer's job title is
    the officer's organisation, not another person."""
    officer = previous.officer
    if officer is None or officer.job_title is None or officer.organisation is not None:
        return False
    if (entry.start, entry.end) not in organisations and not looks_like_organisation(entry.text, rules.names):
        return False
    if starts_with_member(entry.text, rules) or opens_with_person(entry, rules):
        return False  # "Dr Ann Lee (Manager, Moorland Partnership)", "Ann Lee - Police": the next person
    officer.organisation = (entry.start, entry.end)
    officer.cover(entry.start, entry.end)
    return True


def opens_with_person(entry: Entry, rules: AttendanceRules) -> bool:
    """Whether an entry is a name followed by brackets or a spaced dash ("Ann Lee (…)", "Ann Lee - …")."""
    parts = re.split(r"\(|\s[-–—]\s", entry.text, maxsplit=1)
    return len(parts) == 2 and looks_like_name(parts[0].strip(), rules.names) and len(parts[0].split()) >= 2


def is_bare_title(entry: Entry, rules: AttendanceRules) -> bool:
    """Whether an entry is a job title alone, with no name, honorific or dash before it."""
    return (looks_like_title(entry.text, rules.names) and not re.search(r"\s[-–—]\s", entry.text)
            and strip_honorifics(entry.text, entry.start, rules.names)[0] == entry.start)


def attach_title(previous: AttendanceEntry, entry: Entry, section: str, rules: AttendanceRules) -> bool:
    """"Jane Smith, Head of Finance": a job title after a name makes that person an officer."""
    if section not in ("present", "attendance") or not looks_like_title(entry.text, rules.names, lower_case=True):
        return False
    if opens_with_person(entry, rules):
        return False  # "Claire Nelmes (assistant director)", "Ann Lee - Director": the next person
    officer = previous.officer
    if officer is not None and officer.name is not None and officer.job_title is None:
        officer.job_title = (entry.start, entry.end)
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
