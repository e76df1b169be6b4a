"""Word .docx (python-docx): the body's paragraphs in order, list numbers as Word shows them, tables as rows.

A Word paragraph becomes a paragraph of text (a blank line between paragraphs; line breaks inside a
paragraph kept). Items of one list follow each other line by line, numbered from the document's
numbering definitions ("1.", "(a)", "iii."), bullets as "•". A table row becomes one line, its
cells separated by tabs. Headers and footers are left out: they repeat on every page.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from ..errors import Messages
from .source import ReadText, UnreadableFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "•"
MAX_LIST_NUMBER = 32767
"""The largest start number Word allows (w:start); a larger one is taken as this."""
MAX_LETTER_NUMBER = 26 * 30
"""Letter numbering (a … z, aa … zz, …) up to 30 letters long; beyond it the number is shown in digits, so a
list said to start at 10^11 cannot build a string of billions of letters."""
MAX_ROMAN_NUMBER = 3999
"""Roman numerals are written up to MMMCMXCIX; beyond, the number in digits."""
MB = 1024 * 1024
LEVELS = 9
"""Word's list levels: w:ilvl 0 to 8."""
MAX_UNPACKED_MB = 200.0
"""What a .docx may unpack to (every part, as its zip directory states): a long paper's document.xml is a few
tens of MB; a zip bomb is gigabytes."""
ENTITY_MARKS = tuple(mark.encode(codec) for mark in ("<!DOCTYPE", "<!ENTITY")
                     for codec in ("utf-8", "utf-16-le", "utf-16-be"))
"""A document type or entity declaration in any encoding an XML part may use; Word never writes one."""
ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(number: int) -> str:
    """Lower-case Roman numeral of a positive number."""
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def letters(number: int) -> str:
    """Word's letter numbering: a … z, then aa, bb, …"""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """A list counter in a Word number format (w:numFmt)."""
    if fmt in ("lowerLetter", "upperLetter") and number <= MAX_LETTER_NUMBER:
        return letters(number) if fmt == "lowerLetter" else letters(number).upper()
    if fmt in ("lowerRoman", "upperRoman") and number <= MAX_ROMAN_NUMBER:
        return roman(number) if fmt == "lowerRoman" else roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


@dataclass(frozen=True)
class Level:
    """One level of a numbering definition."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word's list numbering: definitions from numbering.xml and the counters as the body is read."""

    levels: dict[str, dict[int, Level]]
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> "Numbering":
        """The numbering definitions of a document (none when it has no numbering part)."""
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return cls({})
        abstract = {a.get(f"{W}abstractNumId"): a for a in root.iter(f"{W}abstractNum")}
        levels: dict[str, dict[int, Level]] = {}
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            definition = abstract.get(ref.get(f"{W}val") if ref is not None else None)
            if definition is None:
                continue
            levels[num.get(f"{W}numId", "")] = {
                int(lvl.get(f"{W}ilvl", "0")): Level(
                    fmt=value(lvl, "numFmt", "decimal"), text=value(lvl, "lvlText", "%1."),
                    start=list_start(value(lvl, "start", "1")),
                )
                for lvl in definition.iter(f"{W}lvl")
            }
        return cls(levels)

    def marker(self, num_id: str, ilvl: int) -> Optional[str]:
        """The next marker of list num_id at level ilvl ("3.", "(b)", "•"), advancing its counter."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or not 0 <= ilvl < LEVELS:
            return None
        level = levels[ilvl]
        counts = self.counters.setdefault(num_id, [0] * LEVELS)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else level.start
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = 0
        if level.fmt == "bullet" or level.fmt == "none":
            return BULLET if level.fmt == "bullet" else ""
        text = level.text
        for depth in range(ilvl, -1, -1):
            shown = levels.get(depth, Level())
            text = text.replace(f"%{depth + 1}", format_number(counts[depth] or shown.start, shown.fmt))
        return text


def list_start(raw: str) -> int:
    """A level's w:start, kept within what Word allows (0 to MAX_LIST_NUMBER); 1 when it is not a number."""
    try:
        return min(max(int(raw or 1), 0), MAX_LIST_NUMBER)
    except ValueError:
        return 1


def value(element: Any, name: str, default: str) -> str:
    """The w:val of a child element, or default."""
    child = element.find(f"{W}{name}")
    return child.get(f"{W}val", default) if child is not None else default


def list_reference(paragraph: Any) -> Optional[tuple[str, int]]:
    """(numId, level) of a paragraph in a list, from the paragraph or its style chain; None otherwise."""
    holders = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        holders.append(style.element.pPr)
        style = style.base_style
    for pPr in holders:
        num_pr = pPr.find(f"{W}numPr") if pPr is not None else None
        if num_pr is not None:
            num_id = value(num_pr, "numId", "0")
            level = paragraph._p.pPr.find(f"{W}numPr") if paragraph._p.pPr is not None else None
            ilvl = value(level if level is not None else num_pr, "ilvl", "0")
            return (num_id, int(ilvl)) if num_id != "0" and ilvl.isdigit() else None
    return None


def blocks(document: Any) -> Iterator[tuple[str, Optional[str]]]:
    """(text, list id or None) of every body paragraph and table, in order."""
    from docx.table import Table

    numbering = Numbering.of(document)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = ["\t".join(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                              for cell in row.cells) for row in block.rows]
            yield "\n".join(r for r in rows if r.strip()), None
            continue
        text = block.text.strip()
        reference = list_reference(block)
        marker = numbering.marker(*reference) if reference else None
        if text:
            yield (f"{marker} {text}" if marker else text), reference[0] if reference else None


def check_package(data: bytes) -> None:
    """Refuse a .docx that unpacks to more than MAX_UNPACKED_MB or whose XML declares entities, before
    python-docx reads it. The zip directory's sizes bound what is read: zipfile stops at them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED_MB * MB:
                raise UnreadableFile(Messages.E050.format(size_mb=unpacked / MB, limit_mb=MAX_UNPACKED_MB),
                                     format="docx")
            for member in members:
                if member.filename.endswith((".xml", ".rels")) and declares_entities(package.read(member)):
                    raise UnreadableFile(Messages.E051.format(kind="Word file"), format="docx")
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError):
        return  # python-docx says what is wrong with it


def declares_entities(xml: bytes) -> bool:
    """Whether an XML part declares a document type or entities, whatever its encoding."""
    return any(mark in xml for mark in ENTITY_MARKS)


def read_docx(data: bytes) -> ReadText:
    """The text of a .docx file; raises UnreadableFile for a damaged or truncated one."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        parts = list(blocks(document))
    except (zipfile.BadZipFile, PackageNotFoundError, EOFError, zlib.error, XMLSyntaxError):
        raise UnreadableFile(Messages.E043.format(detail="it is cut short or is not a Word file"),
                             format="docx") from None
    except (KeyError, ValueError, AttributeError) as exc:
        raise UnreadableFile(Messages.E043.format(detail=f"a part is missing or broken: {exc}"),
                             format="docx") from None
    text = ""
    previous_list: Optional[str] = None
    for part, in_list in parts:
        if text:
            text += "\n" if in_list is not None and in_list == previous_list else "\n\n"
        text += part
        previous_list = in_list
    return ReadText(text + "\n" if text else "", "docx")
