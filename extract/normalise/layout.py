"""Find the layout of a paper in its plain text: headings and numbered agenda items (minutes).

Pure functions over text and offsets, so the rules are tested without a pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

ITEM_LINE = re.compile(
    r"^(?:(?:minute|item|agenda\s+item)\s+(?:no\.?\s*)?)?"
    r"(?P<number>\d{1,3}(?:/\d{2,4})?(?:\.\d{1,2})?|[A-Z]{1,3}\s?\d{1,3}(?:/\d{2,4})?)"
    r"[.):]?\s+(?:[–—-]\s+)?(?P<title>(?:[A-Z(‘'\"]|\d{2}/\d).{2,150}?)\s*$",
    re.IGNORECASE,
)
"""A numbered minute or agenda item heading: "23. Minutes of the previous meeting", "Minute 23/10 Budget"."""
AGENDA_ITEM_WORD = re.compile(r"^agenda\s+item\s*(?P<number>\d{1,3}[a-z]?)?\s*[:.–-]?\s*$", re.IGNORECASE)
BULLET = re.compile(r"^(?:[-•*·▪–]|\(?[ivxlc]+\)|\(?[a-z]\))\s")


@dataclass(frozen=True)
class Block:
    """A piece of text with its offsets and, for items, a number."""

    start: int
    end: int
    text: str
    number: Optional[str] = None


def lines_with_offsets(text: str) -> Iterator[Block]:
    """Every line (without its line break) with its offsets, blank lines included."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        yield Block(offset, offset + len(line), line)
        offset += len(raw)


def is_heading(line: str, before_blank: bool, after_blank: bool) -> bool:
    """A short line set apart by blank lines, without a sentence's full stop: a heading."""
    stripped = line.strip()
    words = stripped.split()
    return (
        before_blank
        and after_blank
        and 1 <= len(words) <= 12
        and not stripped.endswith((".", ",", ";"))
        and not BULLET.match(stripped)
        and stripped[:1].isalpha()
        and stripped[:1].isupper()
    )


def find_headings(text: str) -> list[Block]:
    """Headings: short lines with blank lines (or the edge of the text) on both sides."""
    lines = list(lines_with_offsets(text))
    found = []
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        before = i == 0 or not lines[i - 1].text.strip()
        after = i == len(lines) - 1 or not lines[i + 1].text.strip()
        if is_heading(line.text, before, after):
            lead = len(line.text) - len(line.text.lstrip())
            found.append(Block(line.start + lead, line.start + len(line.text.rstrip()), line.text.strip()))
    return found


LIMB_OPENING = re.compile(
    r"^(?:that|to|the\s+\w+\s+(?:be|is|are|was|were|notes?|agrees?|approves?))\b", re.IGNORECASE
)
"""How a limb of a resolution or recommendation opens ("That the report be noted"), unlike a title."""


def is_item_title(title: str) -> bool:
    """An agenda item title is short and not a running sentence (report paragraphs are numbered too)."""
    words = title.split()
    return (
        1 <= len(words) <= 14
        and not re.search(r"[.;:]\s+\S", title)
        and not title.endswith((",", ";"))
        and not (LIMB_OPENING.match(title) and title.endswith((".", ";")))
    )


def find_agenda_items(text: str) -> list[Block]:
    """Headings of agenda items in minutes and agendas, in order; an item runs to the next heading.

    Forms: "5. Budget Monitoring", "Minute 23/10 – Budget", "Item 5: Budget", "56. 22/01234/FUL – Land
    off Mill Lane", and a ModernGov page that opens "Agenda item" with the title on the next line.
    A numbered line after one ending in ":" or ";" is a list item (a resolution's limb), not an item.
    """
    lines = [line for line in lines_with_offsets(text) if line.text.strip()]
    heads: list[Block] = []
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        lead = len(line.text) - len(line.text.lstrip())
        if (word := AGENDA_ITEM_WORD.match(stripped)) and i + 1 < len(lines):
            title_line = lines[i + 1]
            heads.append(
                Block(
                    line.start + lead,
                    title_line.end,
                    title_line.text.strip().rstrip("."),
                    word.group("number"),
                )
            )
        elif (
            (m := ITEM_LINE.match(stripped))
            and is_item_title(m.group("title"))
            and not (i and lines[i - 1].text.rstrip().endswith((":", ";", ":-", " and", " or")))
        ):
            heads.append(
                Block(line.start + lead, line.end, m.group("title").strip().rstrip("."), m.group("number"))
            )
    return heads


def item_at(heads: list[Block], offset: int) -> Optional[Block]:
    """The agenda item whose heading is the last one at or before offset, if any."""
    found = None
    for head in heads:
        if head.start > offset:
            break
        found = head
    return found
