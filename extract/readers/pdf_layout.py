"""Lines placed on PDF pages → the text of the paper: reading order, no page furniture, paragraphs rejoined.

Both PDF engines hand over each page as positioned lines; this module, shared by them, turns those
into text the pipeline reads like a .txt paper:

- lines are put in reading order (top to bottom, then left to right) and pieces on one row are
  joined (a table row becomes one line, its cells separated by tabs);
- running headers and footers (a line at the top or bottom of most pages, or one in small print set
  apart there) and page numbers ("3", "Page 3 of 12", "- 3 -") are dropped;
- a vertical gap wider than a line and a half becomes a blank line, as between paragraphs;
- a line that runs to the right margin is joined to the next (the next word did not fit), unless the
  next opens a list item or a "Label:", or the line ends a sentence and the next starts with a
  capital; a word hyphenated across lines is joined ("organi-" + "sation").
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

PARAGRAPH_GAP = 1.5
"""A gap between baselines of more than this many line heights starts a new paragraph."""
PARAGRAPH_LEADING = 1.3
"""...and of more than this many times the paper's usual line spacing (double-spaced minutes)."""
COMMON_STEP = 0.2
"""A step between baselines this share as frequent as the commonest is a common one."""
SAME_ROW = 0.3
"""Pieces whose baselines differ by less than this many line heights sit on one row."""
CELL_GAP = 3.0
"""A horizontal gap of more than this many average character widths separates table cells."""
CELL_PADDING = 1.6
"""A horizontal gap wider than this many average character widths between pieces an engine placed apart
separates table cells too: Word pads a cell by about a font size (two characters), while a space, even a
justified one, is rarely wider than one character."""
TOUCHING = 0.15
"""Pieces closer than this many character widths are one word: a superscript ordinal ("2" + "nd")."""
FURNITURE_LINES = 2
FURNITURE_DRIFT = 2.0
"""Running headers and footers stand within this many line heights of one place on every page."""
TABLE_HEADER_CELLS = 3
"""A line of this many cells repeated at the top of pages is a table's header row, which is content."""
"""How many lines at the top and at the bottom of a page can be running headers or footers."""
PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$|^page\s+[ivxlc]+$", re.IGNORECASE
)
LIST_START = re.compile(
    r"^(?:[-•*·▪–]\s|\(?[a-z]{1,2}\)\s|[a-z]\.\s|\(?[ivx]{1,6}[.)]\s|\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s)")
"""A line that opens a list item or numbered paragraph, which is never joined to the line above."""
LABEL_START = re.compile(r"^[A-Z][\w'’()/&-]*(?: [\w'’()/&-]+){0,4}:(?:\s|$)")
"""A line opening with a label ("Date of decision:"), which starts a line of its own."""
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bNo)(?<!\bSt)[.:;!?]$")
"""A line ending a sentence (not an initial or a title like "Cllr T." or "Dr.")."""
WRAP_SLACK = 1.0
"""Characters of slack when judging whether the next word would have fitted (widths are averages)."""
MARGIN_LINES = 3
"""How many lines must end near an edge for it to count as the right margin."""
SMALL_PRINT = 0.9
"""Lines in a smaller font than this share of the body's, set apart at the top or bottom, are furniture."""
HEADING_SIZE = 1.15
"""A line in a font this much larger than the next is a heading: it never runs on into the next line."""
WORD_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "•", "\uf0d8": "•", "\uf0fc": "•"})
"""Word's bullets drawn in the Symbol and Wingdings fonts come out as private-use characters: the
bullet they show."""
HYPHENATED = re.compile(r"[^\W\d_][-\u00ad\u2010\x02]$")
LINE_END = 8
"""SENTENCE_END and HYPHENATED look at most this many characters back from a line's end, so they are
searched in its last ones only: a search of the whole line tries every character of it."""
SPACE_RUN = re.compile(r" {3,}")
DOUBLE_SPACE = re.compile(r"  ")
AROUND_TAB = re.compile(r"[ \t]*\t[ \t]*")
DIGITS = re.compile(r"\d+")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


@dataclass(frozen=True)
class PdfLine:
    """One line of text on a page, as an engine placed it; units are the engine's, consistent within a file."""

    text: str
    x0: float
    """Left edge."""
    x1: float
    """Right edge."""
    baseline: float
    """Distance of the baseline from the top of the page, growing downwards."""
    size: float
    """Line height (font size)."""
    last_cell: Optional[float] = None
    """Left edge of the last cell, when the line is a table row."""

    @property
    def char_width(self) -> float:
        """Average width of one character of the line."""
        return (self.x1 - self.x0) / max(len(self.text), 1)


def clean(text: str) -> str:
    """A line's text without control characters, its runs of spaces made one (or a tab between cells)."""
    text = CONTROL.sub(lambda m: "-" if m.group() == "\x02" else "", text).translate(WORD_BULLETS)
    text = SPACE_RUN.sub("\t", text.replace("\xa0", " "))
    return AROUND_TAB.sub("\t", DOUBLE_SPACE.sub(" ", text)).strip()


def rows(lines: Iterable[PdfLine]) -> list[PdfLine]:
    """The page's lines in reading order, pieces on one row joined into one line: by a tab where a wide
    gap, or a narrower one at a column other rows share (a table's cells), parts them; by nothing where
    they touch (a superscript ordinal, "2" + "nd"); else by a space."""
    ordered = sorted((line for line in lines if line.text.strip()), key=lambda l: (l.baseline, l.x0))
    groups: list[list[PdfLine]] = []
    for line in ordered:
        first = groups[-1][0] if groups else None
        if first and abs(line.baseline - first.baseline) < SAME_ROW * max(first.size, line.size, 1e-6):
            groups[-1].append(line)
        else:
            groups.append([line])
    starts = Counter(round(piece.x0) for group in groups for piece in sorted(group, key=lambda l: l.x0)[1:])

    def column(x: float) -> bool:
        return sum(starts[round(x) + d] for d in (-1, 0, 1)) >= 2

    merged: list[PdfLine] = []
    for group in groups:
        pieces = sorted(group, key=lambda l: l.x0)
        row, previous, cell = pieces[0], pieces[0], pieces[0].last_cell
        for piece in pieces[1:]:
            gap = piece.x0 - row.x1
            width = max(previous.char_width, 1e-6)
            if gap > CELL_GAP * width or (gap > CELL_PADDING * width and column(piece.x0)):
                joiner, cell = "\t", piece.x0
            else:
                joiner = "" if gap < TOUCHING * width else " "
            row = PdfLine(f"{row.text}{joiner}{piece.text}", row.x0, max(row.x1, piece.x1), row.baseline,
                          max(row.size, piece.size), cell)
            previous = piece
        merged.append(row)
    out = []
    for line in merged:
        text = clean(line.text)
        if text:
            out.append(PdfLine(text, line.x0, line.x1, line.baseline, line.size,
                               line.last_cell if "\t" in text else None))
    return out


def furniture_key(line: PdfLine) -> tuple[str, int]:
    """A line's text with its numbers blanked, so "Page 3" on one page matches "Page 4" on the next, and
    its height on the page: running headers and footers stand at one place, a form's repeated last
    question ("Reason for decision:") wherever the page's text ends."""
    height = round(line.baseline / max(line.size * FURNITURE_DRIFT, 1e-6))
    return DIGITS.sub("#", line.text.lower()), height


def drop_furniture(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Pages without page numbers and without the lines repeated at the top or bottom of most pages."""
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for page in pages:
        top.update({furniture_key(l) for l in page[:FURNITURE_LINES]})
        bottom.update({furniture_key(l) for l in page[-FURNITURE_LINES:]})
    repeated = max(2, math.ceil(len(pages) / 2))
    sizes = sorted(l.size for page in pages for l in page)
    body_size = sizes[len(sizes) // 2] if sizes else 0.0

    def is_furniture(line: PdfLine, counts: Counter[tuple[str, int]], neighbour: Optional[PdfLine]) -> bool:
        small_print = (line.size < SMALL_PRINT * body_size and neighbour is not None
                       and abs(neighbour.baseline - line.baseline) > PARAGRAPH_GAP * body_size)
        return (bool(PAGE_NUMBER.match(line.text)) or small_print
                or (len(pages) > 1 and counts[furniture_key(line)] >= repeated
                    and line.text.count("\t") + 1 < TABLE_HEADER_CELLS))

    kept: list[list[PdfLine]] = []
    for page in pages:
        drop = set()
        for i, line in enumerate(page[:FURNITURE_LINES]):
            if is_furniture(line, top, page[i + 1] if i + 1 < len(page) else None):
                drop.add(i)
        for i in range(max(len(page) - FURNITURE_LINES, 0), len(page)):
            if is_furniture(page[i], bottom, page[i - 1] if i > 0 else None):
                drop.add(i)
        kept.append([line for i, line in enumerate(page) if i not in drop])
    return kept


def right_margin(pages: list[list[PdfLine]]) -> float:
    """Where full lines end: the furthest right edge that several lines reach (a long URL can overhang)."""
    lines = [l for page in pages for l in page]
    if not lines:
        return 0.0
    ends = sorted(l.x1 for l in lines)
    width = sorted(l.char_width for l in lines)[len(lines) // 2]
    for end in reversed(ends):  # each count is two binary searches, not a scan of every line
        if bisect_right(ends, end) - bisect_left(ends, end - WRAP_SLACK * width) >= MARGIN_LINES:
            return end
    return ends[-1]


def runs_on(line: PdfLine, following: PdfLine, margin: float) -> bool:
    """Whether following continues line: the first word of following would not have fitted on line."""
    if LIST_START.match(following.text) or LABEL_START.match(following.text):
        return False
    if line.size > HEADING_SIZE * following.size:
        return False  # a heading over its text ("Decision Recording Form" in 36 pt over 16 pt)
    if "\t" in following.text:
        return False  # a table's rows stay rows
    if line.last_cell is not None and abs(following.x0 - line.last_cell) > line.char_width and abs(
            following.x0 - line.x0) > line.char_width:
        return False  # under a table's row, neither in its last cell nor at its left edge
    if SENTENCE_END.search(line.text[-LINE_END:]) and following.text[:1].isupper():
        return False
    width = max(line.char_width, 1e-6)
    first_word = following.text.split(maxsplit=1)[0]
    return line.x1 + (len(first_word) + 1) * width >= margin - WRAP_SLACK * width


def usual_leading(pages: list[list[PdfLine]]) -> float:
    """The paper's line spacing: the smallest of the common steps between the baselines of consecutive
    lines (a paper of one-line paragraphs steps by a paragraph gap as often as by a line)."""
    steps: Counter[int] = Counter()
    for page in pages:
        for line, following in zip(page, page[1:]):
            step = following.baseline - line.baseline
            if 0 < step < 3 * max(line.size, following.size):
                steps[round(step)] += 1
    if not steps:
        return 0.0
    common = max(steps.values())
    return float(min(step for step, count in steps.items() if count >= COMMON_STEP * common))


def joiner(line: PdfLine, following: PdfLine, margin: float, same_page: bool, leading: float = 0.0) -> str:
    """What goes between two lines: "" (hyphenated word), " " (line wrapped), "\\n" or "\\n\\n" (paragraph)."""
    gap = following.baseline - line.baseline
    paragraph = gap > PARAGRAPH_GAP * max(line.size, following.size) and gap > PARAGRAPH_LEADING * leading
    if same_page and paragraph:
        return "\n\n"
    if HYPHENATED.search(line.text[-LINE_END:]) and following.text[:1].isalpha():
        return ""
    if runs_on(line, following, margin):
        return " "
    return "\n" if same_page else "\n\n"


def join_hyphenated(text: str, following: str) -> str:
    """text + following for a word broken at a line end: soft break dropped, a real compound keeps its hyphen."""
    if following[:1].islower():
        return text[:-1] + following
    return text[:-1] + "-" + following


def lay_out(pages: list[list[PdfLine]]) -> tuple[str, list[int]]:
    """The text of the pages and the offset where each page's text starts; the text is gathered in parts
    and joined once, so a 400-page paper costs 400 times a page, not the square of it."""
    pages = drop_furniture([rows(page) for page in pages])
    margin = right_margin(pages)
    leading = usual_leading(pages)
    parts: list[str] = []
    length = 0
    starts: list[int] = []
    previous: PdfLine | None = None
    for number, page in enumerate(pages):
        for index, line in enumerate(page):
            if previous is None:
                starts.extend([length] * (number + 1 - len(starts)))
                parts.append(line.text)
            else:
                glue = joiner(previous, line, margin, same_page=index > 0, leading=leading)
                if glue == "":  # join_hyphenated on the last part, which ends with the hyphen
                    joined = join_hyphenated(parts[-1], line.text)
                    length -= len(parts[-1])
                    parts[-1] = joined[:len(joined) - len(line.text)]
                    length += len(parts[-1])
                else:
                    parts.append(glue)
                    length += len(glue)
                if index == 0:
                    starts.append(length)
                parts.append(line.text)
            length += len(line.text)
            previous = line
        if len(starts) < number + 1:
            starts.append(length)
    text = "".join(parts)
    return (text + "\n" if text else ""), starts
