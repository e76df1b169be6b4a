"""The page layout of attendance lists: headings with a qualifier ("Officers of X Fire & Rescue Service",
"Non-members in attendance at the request of the Chief Officer:-"), sub-headings and table headers inside
a list ("Representing X Council:", "Members      Role"), lists in two columns ("Name (Chair)    Nominated by
…", "Mr C Rafferty    Chief Planning Officer") and cells wrapped onto an indented line."""

from __future__ import annotations

import re
from typing import Optional

from .attendance import AttendanceRules
from .officers import Offsets, looks_like_name, looks_like_organisation, looks_like_title, strip_honorifics

COLUMN_GAP = re.compile(r"(?<=\S)(?:[ \t]*\t[ \t]*|[ \t]{2,})(?=\S)")
"""The gap between two columns of a row: a tab or two or more spaces."""

QUALIFIER = re.compile(r"(?:at|of|from|for|on|by|in|to|with|during|representing)\s", re.I)
"""How a clause qualifying a heading opens ("… at the request of the Chair:-", "… from partner bodies:")."""

OPEN_LABEL_ENDINGS = ("from", "of", "were", "by", "behalf of")
"""Labels ending in these words run straight on into the names ("… were received from Councillor X")."""


def heading_body(line: str, rules: AttendanceRules) -> Optional[tuple[str, int]]:
    """The label of an attendance heading opening line, and where in the line its list starts; None when
    the line is no heading. A heading qualified by a body ("Officers of Humberside Fire & Rescue
    Service") or by a clause ending in a colon ("… at the request of the Chief Officer:-") lists its
    people from the next line."""
    match = rules.section_line.match(line)
    if not match:
        return None
    label = re.sub(r"\s+", " ", match.group("label").lower())
    sep = match.group("sep")
    if match.group("lead") and ":" not in sep:
        return None  # "The following were present at the site visit": a sentence, no heading
    rest = line[match.end():]
    if sep.strip() or not sep or not rest.strip():
        return label, match.end()
    if label.endswith(OPEN_LABEL_ENDINGS) or len(label.split()) >= 4:
        return label, match.end()
    if QUALIFIER.match(rest) and re.search(r":[:–—-]*[ \t]*$", rest) and len(rest.split()) <= 12:
        return label, len(line)  # "Non-members in attendance at the request of the Chief Officer:-"
    if re.match(r"(?:of|from)\s", rest) and looks_like_organisation(rest, rules.names):
        return label, len(line)  # "Officers of Humberside Fire & Rescue Service"
    return None


def is_table_header(line: str, rules: AttendanceRules) -> bool:
    """Whether a line holds only the column headings of an attendance table ("Members      Role")."""
    cells = [c.strip().lower().rstrip(":") for c in COLUMN_GAP.split(line.strip())]
    words = rules.names.table_header_words | set(rules.sections)
    return len(cells) >= 2 and all(cell in words for cell in cells)


def is_sub_heading(text: str, line: str, rules: AttendanceRules) -> bool:
    """Whether an entry standing alone on its line heads a group of the list: a section's label
    ("Members") or a line ending in a colon ("Representing Hull City Council:")."""
    if text.strip() != line.strip().rstrip(":-– ").strip():
        return False
    bare = re.sub(r"\s+", " ", text.strip().lower())
    return bare in rules.sections or line.rstrip().endswith(":") or is_table_header(line, rules)


def column_split(head: str) -> Optional[tuple[int, int]]:
    """Where the left column of a row ends and the right one starts ("Graeme TOSH      Principal
    Auditor"), as offsets in head; None when the row has one column."""
    gaps = list(COLUMN_GAP.finditer(head.strip()))
    if not gaps:
        return None
    lead = len(head) - len(head.lstrip())
    gap = gaps[0]
    return lead + gap.start(), lead + gap.end()


def dash_split(line: str) -> Optional[tuple[int, int]]:
    """Where a spaced dash parts a name from its job title ("Ann Lee – Chief Executive"), as offsets."""
    dash = re.search(r"(?<=\S)[ \t]+[-–—][ \t]+(?=\S)", line)
    return (dash.start(), dash.end()) if dash else None


def wrapped_cell_breaks(text: str, start: int, end: int) -> list[int]:
    """The line breaks before wrapped cells: a line indented to the right-hand column of the row above, or
    to the title after its dash ("Head of …, Dundee Health and Social" / "    Care Partnership"), goes on
    with that cell, so it is not split off as an entry."""
    breaks: list[int] = []
    previous: Optional[tuple[int, int]] = None  # (indent, right-hand column) of the row above
    at = start
    column = indent_at(text, start)  # the first line may start mid-line, after its heading
    for raw in text[start:end].split("\n"):
        body = raw.rstrip("\r")
        indent = column + len(body) - len(body.lstrip())
        if previous is not None and body.strip() and previous[1] > previous[0] \
                and indent > previous[0] and abs(indent - previous[1]) <= 2:
            breaks.append(at - 1)  # the row goes on: keep its columns for a further wrapped line
        elif body.strip():
            split = column_split(body) or dash_split(body)
            previous = (indent, column + split[1] if split else -1)
        else:
            previous = None
        at += len(raw) + 1
        column = 0
    return breaks


def blank_out(text: str, positions: list[int]) -> str:
    """The text with the characters at positions made spaces (so offsets stay put)."""
    if not positions:
        return text
    chars = list(text)
    for at in positions:
        chars[at] = " "
    return "".join(chars)


def line_of(text: str, at: int, start: int = 0) -> str:
    """The line of text holding position at, from start when the line opens before it (after a heading)."""
    line_start = max(text.rfind("\n", 0, at) + 1, start)
    line_end = text.find("\n", at)
    return text[line_start:line_end if line_end >= 0 else len(text)]


def indent_at(text: str, at: int) -> int:
    """The column of position at within its line."""
    return at - (text.rfind("\n", 0, at) + 1)


def designation_ranges(text: str, start: int, end: int, rules: AttendanceRules) -> list[Offsets]:
    """Stretches of a list holding one person's designation, whose commas and "and"s part no people: the
    right-hand cell of a "name      job title" row ("Mr A Lee      Director of Estates, Facilities and
    Sustainability") and what follows the name where people are parted by semicolons ("Ann Lee, Solicitor,
    Legal and People; Tom Hart, …")."""
    return [*cell_designations(text, start, end, rules), *semicolon_designations(text, start, end, rules)]


def cell_designations(text: str, start: int, end: int, rules: AttendanceRules) -> list[Offsets]:
    """The right-hand cells of rows whose left-hand cell is a name and whose right-hand one opens with a
    job title or a body, not with another person."""
    out: list[Offsets] = []
    at = start
    for raw in text[start:end].split("\n"):
        split = column_split(raw)
        if split is not None:
            left, right = raw[:split[0]], raw[split[1]:]
            if names_one_person(re.sub(r"\([^()]*\)", " ", left), rules) and designates(right, rules):
                out.append(before_body(text, at + split[1], at + len(raw.rstrip()), rules))
        at += len(raw) + 1
    return out


def semicolon_designations(text: str, start: int, end: int, rules: AttendanceRules) -> list[Offsets]:
    """In a list parted by semicolons, each "Name, designation" part's designation (after the first comma)."""
    out: list[Offsets] = []
    parts = top_level_parts(text, start, end, ";")
    if len(parts) < 2:
        return out
    for p_start, p_end in parts:
        commas = top_level_parts(text, p_start, p_end, ",")
        if len(commas) < 2:
            continue
        name = re.sub(r"^\s*(?:(?:and|&)\s+)?", "", text[commas[0][0]:commas[0][1]])
        rest = text[commas[1][0]:p_end].strip()
        if names_one_person(name, rules) and designates(rest, rules):
            out.append(before_body(text, commas[1][0], p_end, rules))
    return out


def before_body(text: str, start: int, end: int, rules: AttendanceRules) -> Offsets:
    """start:end up to the comma before a body's name ("Head of Planning, Fife Health and Social Care
    Partnership"), which is read as the officer's organisation."""
    pieces = top_level_parts(text, start, end, ",")
    for (_, cut), (p_start, p_end) in zip(pieces, pieces[1:]):
        if looks_like_organisation(text[p_start:p_end], rules.names):
            return start, cut
    return start, end


def top_level_parts(text: str, start: int, end: int, mark: str) -> list[Offsets]:
    """start:end cut at mark wherever it stands outside round brackets."""
    parts, cursor, depth = [], start, 0
    for at in range(start, end):
        char = text[at]
        depth += (char == "(") - (char == ")" and depth > 0)
        if char == mark and depth == 0:
            parts.append((cursor, at))
            cursor = at + 1
    parts.append((cursor, end))
    return parts


def names_one_person(text: str, rules: AttendanceRules) -> bool:
    """Whether text is one person's name, honorifics allowed, who is no councillor."""
    text = text.strip()
    n_start, n_end, councillor = strip_honorifics(text, 0, rules.names)
    name = text[n_start:n_end]
    return not councillor and looks_like_name(name, rules.names) and (len(name.split()) >= 2 or n_start > 0)


def designates(text: str, rules: AttendanceRules) -> bool:
    """Whether text opens with a job title or a body (its first piece before a comma), not a person."""
    first = re.split(r"[,(]", text.strip(), maxsplit=1)[0].strip()
    if not first or strip_honorifics(first, 0, rules.names)[0] > 0:
        return False
    names = rules.names
    return looks_like_title(first, names, lower_case=True) or looks_like_organisation(first, names)


def person_column_gaps(text: str, start: int, end: int, rules: AttendanceRules) -> list[Offsets]:
    """The column gaps between two people printed side by side ("Cllr A Lee (Chair)      Cllr B Rowe"):
    the cells on both sides open with a person."""
    out: list[Offsets] = []
    at = start
    for raw in text[start:end].split("\n"):
        cells = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:[ ](?! )\S*)*", raw)]
        for (l_start, l_end), (r_start, r_end) in zip(cells, cells[1:]):
            if all(opens_with_a_person(raw[a:b], rules) for a, b in ((l_start, l_end), (r_start, r_end))):
                out.append((at + l_end, at + r_start))
        at += len(raw) + 1
    return out


def opens_with_a_person(cell: str, rules: AttendanceRules) -> bool:
    """Whether a cell opens with a person: a name (honorifics and councillors' titles allowed) alone or
    before a bracket note or a comma."""
    head = re.split(r"[(,;]", cell, maxsplit=1)[0].strip()
    n_start, n_end, _ = strip_honorifics(head, 0, rules.names)
    name = head[n_start:n_end]
    return looks_like_name(name, rules.names) and (len(name.split()) >= 2 or n_start > 0)
