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
MONTH_AFTER_NUMBER = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b", re.IGNORECASE)
"""A "number" that is the day of a date ("2 June 2024 to …"), not an item's."""
BULLETS = "-•*·▪–●◦■➢►\uf0b7\uf0a7\uf0d8"
"""List bullets, with the private-use ones Word's symbol fonts leave in PDFs (U+F0B7, U+F0A7, U+F0D8)."""
BULLET = re.compile(rf"^(?:[{BULLETS}]|\(?[ivxlc]+\)|\(?[a-z]\))\s")


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
    """A short line set apart by blank lines, without a sentence's full stop, and not the lead-in to a list
    ("That the Fire Authority:"): a heading."""
    stripped = line.strip()
    words = stripped.split()
    return (
        before_blank
        and after_blank
        and 1 <= len(words) <= 12
        and not stripped.endswith((".", ",", ";"))
        and not LIMB_OPENING.match(stripped)  # "That the Fire Authority:", "That the Committee for Transport"
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


SENTENCE_TITLE_WORDS = 8
"""A numbered line of more words than this ending in a full stop is a sentence (a limb), not a title."""


def is_item_title(title: str) -> bool:
    """An agenda item title is short and not a running sentence (report paragraphs are numbered too),
    nor a resolution's limb ("That the report be noted.")."""
    words = title.split()
    return (
        1 <= len(words) <= 14
        and not re.search(r"[.;]\s+\S", title)
        and not labelled_sentence(title)
        and not title.endswith((",", ";"))
        and not (LIMB_OPENING.match(title) and title.endswith((".", ";")))
        and not (title.endswith(".") and len(words) > SENTENCE_TITLE_WORDS)  # "2. Approved launching a …."
        and not MONTH_AFTER_NUMBER.match(title)
    )


def labelled_sentence(title: str) -> bool:
    """Whether a colon in a numbered line opens a sentence ("Reason: The scheme meets the policy.",
    "Decision: To approve …"), unlike a heading's ("PREMISES LICENCE APPLICATION: THE CROWN INN")."""
    label, colon, rest = title.partition(":")
    if not colon:
        return False
    rest = rest.strip()
    return not rest or title.endswith(".") or bool(LIMB_OPENING.match(rest)) or len(label.split()) > 8


def is_bare_number(line: str, match: re.Match[str]) -> bool:
    """Whether a heading candidate opens with a plain number ("2.", "12") and no word like "Item" or
    "Minute" or a minute number like "25/24": such lines are as often paragraphs as headings."""
    return bool(re.fullmatch(r"\d{1,2}", match.group("number"))) and line[:1].isdigit()


def in_running_text(lines: list[Block], i: int) -> bool:
    """Whether line i carries on the line above or runs on into the line below (no blank line between,
    the text going on mid-phrase or in lower case): a numbered paragraph or a wrapped line, not a heading."""
    line = lines[i]
    above = lines[i - 1] if i else None
    below = lines[i + 1] if i + 1 < len(lines) else None
    if above is not None and above.end + 1 == line.start and continues_paragraph(above.text):
        return True
    if below is None or line.end + 1 != below.start:
        return False
    if heading_over_its_text(line.text, below.text):
        return False
    return continues_paragraph(line.text) or (below.text.strip()[:1].islower() and not BULLET.match(below.text.strip()))


HEADING_NOT_LAST = frozenset({"the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "with", "by",
                              "at", "from", "that", "as", "be", "is", "are", "was", "were"})
"""Words a heading does not end with: a line ending so is a wrapped sentence ("2. The Council noted the")."""


def heading_over_its_text(line: str, below: str) -> bool:
    """Whether a short numbered line sits on its text with no blank line ("3. Minutes" / "To confirm …"): it
    ends on a word a heading may end with, is much shorter than the line below (so did not wrap) or is in
    capitals or title case, and the line below opens a sentence."""
    words = line.split()[1:]
    below = below.strip()
    if not words or len(words) > 8 or not below[:1].isupper() or words[-1].lower() in HEADING_NOT_LAST:
        return False
    significant = [w for w in words if w.lower() not in HEADING_NOT_LAST and w[:1].isalpha()]
    titled = bool(significant) and all(w[:1].isupper() for w in significant)
    return titled or len(line.strip()) <= 0.6 * len(below)


def continues_paragraph(previous: str) -> bool:
    """Whether a line carries on the line above (which ends mid-sentence), so a number opening it is not a
    heading: "…(Blandford Forum –" then "2 June 2024 to 31 May 2027, …"."""
    end = previous.rstrip()
    return bool(end) and not end.endswith((".", ":", ";", "!", "?", ")")) and (end[-1].islower() or end[-1] in ",–-(&")


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
            and not (is_bare_number(stripped, m) and in_running_text(lines, i))
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
