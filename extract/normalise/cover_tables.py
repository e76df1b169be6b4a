"""Two-column cover tables in plain text: a label on the left, its value to the right, either wrapped.

Report cover sheets print "Label:    value" rows whose label or value runs over several lines:

    Accountable Chief          Dr Jane Smith, Executive Director
    Executive:                 email: jane.smith@example.gov.uk
                               tel: 0121 000 0000

is one row, labelled "Accountable Chief Executive:", with three value lines. Pure functions over
the text, keeping every value's offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROW_START = re.compile(r"^(?P<label>\S(?:[^\t]*?\S)?)(?P<gap>\t+| {2,})(?P<value>\S.*?)\s*$")
"""A line holding a label, a gap of two or more spaces (or a tab), and a value."""
MAX_LABEL = 45


@dataclass(frozen=True)
class Cell:
    """A value line of a cover-table row, with its offsets in the document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CoverRow:
    """One row: its label as read (wrapped lines joined by a space) and its value lines."""

    label: str
    first_line: int
    """Index of the row's first line in the document (so readers can skip lines a row used)."""
    last_line: int
    cells: tuple[Cell, ...]
    label_lines: int = 1
    """How many lines the label is printed over ("Accountable Chief" / "Executive:" is two)."""


def find_cover_rows(text: str) -> list[CoverRow]:
    """Every row of every two-column table in text, in order (rows of one line included)."""
    lines = line_offsets(text)
    rows: list[CoverRow] = []
    index = 0
    while index < len(lines):
        start, body = lines[index]
        match = ROW_START.match(body)
        if not match or len(match.group("label")) > MAX_LABEL:
            index += 1
            continue
        column = match.start("value")
        label = [match.group("label")]
        cells = [Cell(start + match.start("value"), start + match.end("value"), match.group("value"))]
        last = index
        for number in range(index + 1, len(lines)):
            line_start, line = lines[number]
            if not line.strip():
                break
            more = ROW_START.match(line)
            indent = len(line) - len(line.lstrip())
            if indent >= max(column - 2, 1) or (line[:1] == "\t" and column > 0 and not more):
                value = line.strip()
                cells.append(Cell(line_start + indent, line_start + indent + len(value), value))
            elif more and not label[-1].endswith(":") and abs(more.start("value") - column) <= 2 \
                    and len(" ".join(label)) + len(more.group("label")) <= MAX_LABEL:
                label.append(more.group("label"))  # the label wraps: "Accountable Chief / Executive:"
                cells.append(Cell(line_start + more.start("value"), line_start + more.end("value"),
                                  more.group("value")))
            else:
                break
            last = number
        rows.append(CoverRow(" ".join(label), index, last, tuple(cells), len(label)))
        index = last + 1
    return rows


def line_offsets(text: str) -> list[tuple[int, str]]:
    """(start offset, text without the line break) of every line."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def label_key(label: str) -> str:
    """A row's label as a lookup key: lower case, single spaces, no trailing colon or dash."""
    return re.sub(r"\s+", " ", label).strip(" :–—-").lower()
