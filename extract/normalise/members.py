"""Attendance lists in minutes: councillors and co-opted members, and the officers listed beside them.

"Present:", "In attendance:", "Apologies for absence were received from …", "Sederunt:", read into
one entry per person with role (chair, vice_chair, member, substitute, co-opted, other),
attendance (present, apologies, absent), party and ward from the brackets after the name. A person
with a councillor's title or post-nominal is a member, never an officer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Optional, Sequence

from ..extensions import KNOWN_ORGANISATIONS
from .attendance import (
    SECTION_ATTENDANCE,
    SECTION_ROLE,
    AttendanceEntry,
    AttendanceRules,
    Entry,
    MemberFound,
    attendance_rules,
    starts_with_member,
)
from .attendance_entries import BracketNote, read_brackets, read_entry
from .attendance_layout import (
    blank_out,
    designation_ranges,
    person_column_gaps,
    heading_body,
    indent_at,
    is_sub_heading,
    is_table_header,
    line_of,
    wrapped_cell_breaks,
)
from .attendance_joins import (
    attach_member_post,
    attach_organisation,
    attach_title,
    continue_designation,
    continue_title,
    continue_wrapped_title,
    is_bare_title,
    join_organisations,
    mask_unit_prefixes,
    on_one_line,
)
from .officers import Line, Offsets, lines_of

__all__ = [
    "AttendanceEntry", "AttendanceRules", "BracketNote", "Entry", "MemberFound", "SECTION_ATTENDANCE", "SECTION_ROLE",
    "attendance_rules", "find_attendance", "known_organisations", "read_brackets", "read_entry", "read_section",
    "split_entries",
]

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
        heading = heading_body(line.text, rules)
        if heading is None and role_line(line.text, rules):
            out.extend(read_section(text, line.start, line.end, "present", "attendance:role", rules))
            continue  # "Chair:   Cllr Rachel Ashby" above the list
        if heading is None:
            continue
        label, body_at = heading
        section = rules.sections[label]
        start = line.start + body_at
        end = section_end(text, lines, number, start, rules)
        out.extend(read_section(text, start, end, section, f"attendance:{label}", rules, set(organisations)))
    return out


ROLE_LINE = re.compile(r"^[ \t]*([A-Za-z -]{3,30}?)[ \t]*:[ \t]*(\S.*)$")
"""A role, a colon and the rest of the line ("Chair:   Cllr Rachel Ashby")."""


def role_line(line: str, rules: AttendanceRules) -> bool:
    """Whether a line names one member by role ("Chair: Cllr R. Ashby", "Convener: Councillor Ross")."""
    match = ROLE_LINE.match(line)
    return bool(match) and match.group(1).lower() in rules.roles and starts_with_member(match.group(2), rules)


def section_end(text: str, lines: Sequence[Line], number: int, start: int, rules: AttendanceRules) -> int:
    """Where a list ends: a blank line (unless another councillor, or a line indented like the list,
    follows), a new heading or a full stop."""
    end = lines[number].end
    index = number + 1
    started = bool(text[start:end].strip()) and not is_table_header(text[start:end], rules)
    column = indent_at(text, start) if text[start:end].strip() else None
    while index < len(lines):
        line = lines[index]
        if heading_body(line.text, rules) is not None:
            break
        if not line.text.strip():
            following = next((ln for ln in lines[index + 1:index + 3] if ln.text.strip()), None)
            if started and not (following and (starts_with_member(following.text, rules)
                                               or indented_like(following.text, column))):
                break
            index += 1
            continue
        if column is None:
            column = len(line.text) - len(line.text.lstrip())
        started = started or not is_table_header(line.text, rules)
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


def indented_like(line: str, column: Optional[int]) -> bool:
    """Whether a line is indented to the list's column (a list laid out beside its heading goes on
    after a blank line: "PRESENT:     Members" / "             Representing Hull City Council:")."""
    return column is not None and column >= 4 and len(line) - len(line.lstrip()) == column


ENTRY_SEPARATOR = re.compile(r",|;|\n(?![ \t]*\()|\t|\s+(?:and|&)\s+")  # a bracket note may wrap onto a line
"""Between two entries of a list: a comma, a semicolon, a line break, a tab, "and"."""
ENTRY_STOP = re.compile(r"[(),;\s]")
"""Where a list may change: a bracket, or where a separator may start."""


def split_entries(text: str, start: int, end: int, kept: Sequence[Offsets] = (),
                  gaps: Sequence[Offsets] = ()) -> list[Entry]:
    """The list's entries: split at commas, semicolons, line breaks, "and" and the gaps between two people's
    columns, never inside brackets nor inside the kept stretches (a known body's name, one person's
    designation)."""
    body = text[start:end]
    entries, cursor, depth = [], 0, 0
    gap_ends = {a - start: b - start for a, b in gaps}
    stops = sorted({m.start() for m in ENTRY_STOP.finditer(body)} | gap_ends.keys())
    position = 0
    while (at := bisect_left(stops, position)) < len(stops) and stops[at] < len(body):
        position = stops[at]  # the characters between stops are neither brackets nor separators
        char = body[position]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if depth == 0 and position in gap_ends:
            entries.append(Entry(start + cursor, start + position, body[cursor:position]))
            cursor = position = gap_ends[position]
            continue
        if depth == 0 and not any(a <= start + position < b for a, b in kept):
            sep = ENTRY_SEPARATOR.match(body, position)
            if sep and sep.end() > position:
                entries.append(Entry(start + cursor, start + position, body[cursor:position]))
                cursor = position = sep.end()
                continue
        position += 1
    entries.append(Entry(start + cursor, start + len(body), body[cursor:]))
    return [e for e in (tidy(e) for e in entries) if e.text]


def tidy(entry: Entry) -> Entry:
    """An entry without surrounding spaces, a leading bullet or "and", or trailing full stops."""
    text, start = entry.text, entry.start
    lead = re.match(r"^[\s:–—•·▪*-]*(?:(?:and|&)\s+)?", text)
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
    masked = blank_out(mask_unit_prefixes(text, start, end, rules), wrapped_cell_breaks(text, start, end))
    bodies = [body for body in organisations or () if start <= body[0] and body[1] <= end]
    kept = [*bodies, *designation_ranges(masked, start, end, rules)]
    gaps = person_column_gaps(masked, start, end, rules)  # "Cllr A Lee (Chair)      Cllr B Rowe"
    entries = join_organisations(text, split_entries(masked, start, end, kept, gaps), rules)
    for number, entry in enumerate(entries):
        if is_sub_heading(entry.text, line_of(text, entry.start, start), rules):
            continue  # "Members", "Representing Hull City Council:", "Members      Role"
        role_only = entry.text.strip("() ")
        if rules.role_phrase.match(role_only):
            if out and out[-1].member is not None:
                out[-1].member.role = rules.roles[role_only.lower()]
            continue
        if out and attach_member_post(out[-1], entry, rules):
            continue
        if out and attach_title(out[-1], entry, section, rules):
            continue
        if out and attach_organisation(text, out[-1], entry, rules, organisations or set()):
            continue
        if out and continue_wrapped_title(text, out[-1], entry, rules):
            continue  # "Andrew Ferriby – Deputy" / "Chief Fire Officer"
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
