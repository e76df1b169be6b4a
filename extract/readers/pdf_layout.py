"""Lines placed on PDF pages → the text of the paper: reading order, no page furniture, paragraphs rejoined.

Both PDF engines hand over each page as positioned lines; this module, shared by them, turns those
into text the pipeline reads like a .txt paper:

- lines are put in reading order (top to bottom, then left to right) and pieces on one row are
  joined (a table row becomes one line, its cells separated by tabs);
- running headers and footers (a line at the top or bottom of most pages, page numbers aside) and
  page numbers ("3", "Page 3 of 12", "- 3 -") are dropped;
- a vertical gap wider than a line and a half becomes a blank line, as between paragraphs;
- a line that runs to the right margin is joined to the next (the next word did not fit), unless the
  next opens a list item; a word hyphenated across lines is joined ("organi-" + "sation").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

PARAGRAPH_GAP = 1.5
"""A gap between baselines of more than this many line heights starts a new paragraph."""
SAME_ROW = 0.3
"""Pieces whose baselines differ by less than this many line heights sit on one row."""
CELL_GAP = 3.0
"""A horizontal gap of more than this many average character widths separates table cells."""
FURNITURE_LINES = 2
"""How many lines at the top and at the bottom of a page can be running headers or footers."""
PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$|^page\s+[ivxlc]+$", re.IGNORECASE
)
LIST_START = re.compile(r"^(?:[-•*·▪–]\s|\(?[a-z]{1,2}\)\s|\(?[ivx]{1,6}[.)]\s|\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s)")
"""A line that opens a list item or numbered paragraph, which is never joined to the line above."""
HYPHENATED = re.compile(r"[^\W\d_][-\u00ad\u2010\x02]$")
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

    @property
    def char_width(self) -> float:
        """Average width of one character of the line."""
        return (self.x1 - self.x0) / max(len(self.text), 1)


def clean(text: str) -> str:
    """A line's text without control characters, its runs of spaces made one (or a tab between cells)."""
    text = CONTROL.sub(lambda m: "-" if m.group() == "\x02" else "", text)
    text = re.sub(r" {3,}", "\t", text.replace("\xa0", " "))
    return re.sub(r"[ \t]*\t[ \t]*", "\t", re.sub(r"  ", " ", text)).strip()


def rows(lines: Iterable[PdfLine]) -> list[PdfLine]:
    """The page's lines in reading order, pieces on one row joined into one line."""
    ordered = sorted((line for line in lines if line.text.strip()), key=lambda l: (l.baseline, l.x0))
    merged: list[PdfLine] = []
    for line in ordered:
        last = merged[-1] if merged else None
        if last and abs(line.baseline - last.baseline) < SAME_ROW * max(last.size, line.size, 1e-6):
            left, right = sorted((last, line), key=lambda l: l.x0)
            gap = right.x0 - left.x1
            joiner = "\t" if gap > CELL_GAP * max(left.char_width, 1e-6) else " "
            merged[-1] = PdfLine(f"{left.text}{joiner}{right.text}", left.x0, max(left.x1, right.x1),
                                 last.baseline, max(last.size, line.size))
        else:
            merged.append(line)
    return [PdfLine(clean(l.text), l.x0, l.x1, l.baseline, l.size) for l in merged if clean(l.text)]


def furniture_key(text: str) -> str:
    """A line's text with its numbers blanked, so "Page 3" on one page matches "Page 4" on the next."""
    return re.sub(r"\d+", "#", text.lower())


def drop_furniture(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Pages without page numbers and without the lines repeated at the top or bottom of most pages."""
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for page in pages:
        top.update({furniture_key(l.text) for l in page[:FURNITURE_LINES]})
        bottom.update({furniture_key(l.text) for l in page[-FURNITURE_LINES:]})
    repeated = max(2, math.ceil(len(pages) / 2))

    def is_furniture(line: PdfLine, counts: Counter[str]) -> bool:
        return bool(PAGE_NUMBER.match(line.text)) or (len(pages) > 1 and counts[furniture_key(line.text)] >= repeated)

    kept: list[list[PdfLine]] = []
    for page in pages:
        head, body = page[:FURNITURE_LINES], page[FURNITURE_LINES:]
        head = [l for l in head if not is_furniture(l, top)]
        cut = max(len(body) - FURNITURE_LINES, 0)
        tail = [l for l in body[cut:] if not is_furniture(l, bottom)]
        if not body:  # a page of one or two lines: those lines were checked as the top only
            head = [l for l in head if not is_furniture(l, bottom)]
        kept.append(head + body[:cut] + tail)
    return kept


def right_margin(pages: list[list[PdfLine]]) -> float:
    """Where full lines end: the right edge of the widest line in the file."""
    return max((l.x1 for page in pages for l in page), default=0.0)


def runs_on(line: PdfLine, following: PdfLine, margin: float) -> bool:
    """Whether following continues line: the first word of following would not have fitted on line."""
    if LIST_START.match(following.text):
        return False
    width = max(line.char_width, 1e-6)
    first_word = following.text.split(maxsplit=1)[0]
    return line.x1 + (len(first_word) + 1) * width >= margin - width


def joiner(line: PdfLine, following: PdfLine, margin: float, same_page: bool) -> str:
    """What goes between two lines: "" (hyphenated word), " " (line wrapped), "\\n" or "\\n\\n" (paragraph)."""
    if same_page and following.baseline - line.baseline > PARAGRAPH_GAP * max(line.size, following.size):
        return "\n\n"
    if HYPHENATED.search(line.text) and following.text[:1].isalpha():
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
    """The text of the pages and the offset where each page's text starts."""
    pages = drop_furniture([rows(page) for page in pages])
    margin = right_margin(pages)
    text = ""
    starts: list[int] = []
    previous: PdfLine | None = None
    for number, page in enumerate(pages):
        for index, line in enumerate(page):
            if previous is None:
                starts.extend([len(text)] * (number + 1 - len(starts)))
                text = line.text
            else:
                glue = joiner(previous, line, margin, same_page=index > 0)
                joined = join_hyphenated(text, line.text) if glue == "" else text + glue + line.text
                if index == 0:
                    starts.append(len(joined) - len(line.text))
                text = joined
            previous = line
        if len(starts) < number + 1:
            starts.append(len(text))
    return (text + "\n" if text else ""), starts
