"""Officers in a table column headed by a contact label, as forward plans print them:

    Ref    Matter for decision        Decision maker    Contact
    1501   Local Transport Plan       Cabinet           Jane Smith,
           approval of draft                            Head of Transport
                                                        Policy
                                                        01234 567890

Each row's cell (its lines in the column, from one row's first line to the next) is one officer: name,
job title (wrapped lines joined) and the phone numbers and e-mail addresses in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .block_openings import Line, lines_of
from .officer_rules import (
    ContactRules,
    OfficerFound,
    Offsets,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    strip_honorifics,
)

CELL = re.compile(r"\S+(?:[ ](?! )\S*)*")
"""A cell of a row: words parted by single spaces (two or more part the columns)."""
RULING = re.compile(r"^[ \t]*[-=_–—]{6,}[ \t]*$")
"""A ruling line above or below a table."""


@dataclass(frozen=True)
class Column:
    """Where the contact column of a table lies in its lines, and where its rows open."""

    start: int
    end: Optional[int]
    """Where the next column starts (None: the column is the last)."""
    second: int
    """Where the second column starts: text before it opens a row."""


def find_column_officers(text: str, fields: Sequence[Offsets], rules: ContactRules
                         ) -> tuple[list[OfficerFound], set[int]]:
    """Officers in every contact column of the text, and the indices of the lines their tables use."""
    lines = lines_of(text)
    officers: list[OfficerFound] = []
    used: set[int] = set()
    for index, line in enumerate(lines):
        column = contact_column(line.text, rules)
        if column is None:
            continue
        cells, last = column_cells(lines, index + 1, column)
        found = [o for o in (cell_officer(text, cell, fields, rules) for cell in cells) if o is not None]
        if found:
            officers.extend(found)
            used.update(range(index, last + 1))
    return officers, used


def contact_column(line: str, rules: ContactRules) -> Optional[Column]:
    """The contact column of a table's header row ("Ref   Matter   Decision maker   Contact"), or None: a
    heading other than the first that is a contact label ("Decision maker", an author's label, is not)."""
    cells = list(CELL.finditer(line))
    if len(cells) < 3 or all(c.group().lower().rstrip(":") in rules.table_header_words for c in cells):
        return None  # "Name   Designation   Contact Details": a contact table's own header, read as a block
    for number, cell in enumerate(cells):
        heading = cell.group().lower().rstrip(":")
        if number and rules.block_labels.get(heading, rules.block_labels.get(heading + ":")) == "contact":
            after = [c for c in cells[number + 1:] if not details_heading(c.group(), rules)]
            return Column(cell.start(), after[0].start() if after else None, cells[1].start())
    return None


def details_heading(heading: str, rules: ContactRules) -> bool:
    """Whether a column heading is for contact details ("Tel", "Email", "Contact details"), read with the
    contact column before it."""
    heading = heading.lower().rstrip(":")
    return heading in rules.phone_labels | rules.email_labels or "contact" in heading


def column_cells(lines: Sequence[Line], first: int, column: Column) -> tuple[list[list[Line]], int]:
    """The contact cells of the rows below a header (each a list of its lines' parts in the column), and
    the index of the table's last line: it ends at a ruling line after its rows, two blank lines or prose."""
    cells: list[list[Line]] = []
    blanks, last = 0, first - 1
    for index in range(first, len(lines)):
        line = lines[index]
        if RULING.match(line.text):
            if cells:
                return cells, index
            continue
        if not line.text.strip():
            blanks += 1
            if blanks >= 2:
                break
            continue
        blanks = 0
        if not re.search(r"\S(?:[ ]{2,}|\t)\S", line.text) and len(line.text.rstrip()) > column.start \
                and len(line.text) - len(line.text.lstrip()) < column.second:
            break  # a line of prose across the columns
        if line.text[:column.second].strip() or not cells:
            cells.append([])  # the row's first line
        cells[-1].extend(parts_in_column(line, column))
        last = index
    return [c for c in cells if c], last


def parts_in_column(line: Line, column: Column) -> list[Line]:
    """The parts of a line that stand in the column (a cell may start a little before its heading)."""
    return [Line(line.start + cell.start(), line.start + cell.end(), cell.group())
            for cell in CELL.finditer(line.text)
            if cell.start() >= column.start - 3 and (column.end is None or cell.start() < column.end - 1)]


def cell_officer(text: str, cell: list[Line], fields: Sequence[Offsets], rules: ContactRules
                 ) -> Optional[OfficerFound]:
    """The officer a cell names: "Jane Smith," / "Head of Transport" / "Policy" / "01234 567890"."""
    inside = [f for f in fields if any(part.start <= f[0] and f[1] <= part.end for part in cell)]
    words = [segment for part in cell for segment in word_segments(text, part, inside, rules)]
    if not words:
        return None
    joined = CellText(words)
    name_text = joined.text.split(",")[0]
    n_start, n_end, councillor = strip_honorifics(name_text, 0, rules)
    name = name_text[n_start:n_end]
    if councillor or not looks_like_name(name, rules) or len(name.split()) < 2:
        return None
    officer = OfficerFound(role="contact", rule="contact-column", name=joined.offsets(n_start, n_end))
    pieces = [m.span() for m in re.finditer(r"[^,]+", joined.text)][1:]
    pieces = [(a + len(joined.text[a:b]) - len(joined.text[a:b].lstrip()), b) for a, b in pieces]
    last = joined.text[slice(*pieces[-1])] if pieces else ""
    body = pieces[-1] if len(pieces) > 1 and looks_like_organisation(last, rules) else None
    titled = pieces[:-1] if body else pieces
    if titled and looks_like_title(joined.text[titled[0][0]:titled[-1][1]], rules, lower_case=True):
        officer.job_title = joined.offsets(titled[0][0], titled[-1][1])
        officer.title_as = joined.text[titled[0][0]:titled[-1][1]]
    if body:
        officer.organisation = joined.offsets(*body)
    for start, end in inside:
        if "@" in text[start:end]:
            officer.email = officer.email or (start, end)
        else:
            officer.phones.append((start, end))
    officer.cover(cell[0].start, cell[-1].end)
    return officer


def word_segments(text: str, part: Line, fields: Sequence[Offsets], rules: ContactRules) -> list[Line]:
    """The stretches of a part of a cell around its phone numbers and e-mail addresses, without their
    labels ("Tel:") and the commas between."""
    out, cursor = [], part.start
    for start, end in [*(f for f in fields if part.start <= f[0] < part.end), (part.end, part.end)]:
        chunk = text[cursor:start]
        tail = rules.field_label_tail.search(chunk)
        chunk = chunk[:tail.start()] if tail else chunk
        marks = " ,;" if cursor > part.start else " "  # the commas beside a number or address go
        head = rules.field_label_head.match(chunk.lstrip(marks))
        lead = len(chunk) - len(chunk.lstrip(marks)) + (head.end() if head else 0)
        value = chunk[lead:].rstrip(" ,;" if start < part.end else " ")
        if re.search(r"[A-Za-z]", value):
            out.append(Line(cursor + lead, cursor + lead + len(value), value))
        cursor = end
    return out


class CellText:
    """A cell's lines joined by spaces, with the way back from the joined text to the document's offsets."""

    def __init__(self, parts: list[Line]) -> None:
        self.parts: list[tuple[int, Line]] = []
        chunks, at = [], 0
        for part in parts:
            value = part.text.strip()
            lead = part.text.index(value[:1]) if value else 0
            self.parts.append((at, Line(part.start + lead, part.start + lead + len(value), value)))
            chunks.append(value)
            at += len(value) + 1
        self.text = " ".join(chunks)

    def offsets(self, start: int, end: int) -> Offsets:
        """The document's offsets of the joined text's start:end."""
        def real(at: int, closing: bool) -> int:
            for joined_at, part in reversed(self.parts):
                if joined_at < at or (joined_at == at and not closing):
                    return part.start + min(at - joined_at, len(part.text))
            return self.parts[0][1].start
        return real(start, False), real(end, True)
