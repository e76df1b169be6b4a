"""Plain text: a deterministic decode ladder, recorded as the document's encoding.

The ladder: BOM (UTF-8, UTF-16), UTF-16 without a BOM (NULs on one side of every pair), strict UTF-8,
cp1252, then charset-normalizer restricted to Western encodings. Line breaks are normalised to "\\n" ("<br />"
tags of text pasted from a web page too);
spans index into the text returned here.
"""

from __future__ import annotations

import re
from typing import Optional

from charset_normalizer import from_bytes

from ..errors import Messages
from .source import ReadText, UnreadableFile

WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]
CONTROL_SHARE_LIMIT = 0.05
"""Share of control characters above which decoded text is taken to be binary."""
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
OTHER_TAG = re.compile(r"</?(?!br\b)[a-z][a-z0-9]*\b[^<>]*>", re.IGNORECASE)
UTF16_NUL_SHARE = 0.3
"""Share of NUL bytes at odd (little-endian) or even (big-endian) offsets that marks UTF-16 without a BOM:
Latin text in UTF-16 has a NUL in every other byte, a binary file has them anywhere."""


def utf16_without_bom(data: bytes) -> Optional[str]:
    """"utf-16-le" or "utf-16-be" when bytes read as UTF-16 text with no BOM (NULs on one side only)."""
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even, odd = sample[0:pairs * 2:2].count(0), sample[1:pairs * 2:2].count(0)
    if odd >= UTF16_NUL_SHARE * pairs and even == 0:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE * pairs and odd == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[Optional[str], Optional[str]]:
    """Decode bytes through the ladder; (text, encoding name) or (None, None) when nothing fits."""
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None, None
    guessed = utf16_without_bom(data) if b"\x00" in data[:65536] else None
    for name in (guessed,) if guessed else ("utf-8", "cp1252"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    best = from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    if best is None:
        return None, None
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    """CRLF and CR line breaks become LF, so offsets are the same whatever system wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def html_breaks_as_lines(text: str) -> str:
    """Text pasted from a web page keeps its line breaks as "<br />" tags ("Present: …<br /><br />3048. …"):
    each becomes a line break, when no other markup is in the text (HTML is read by its own reader)."""
    if HTML_BREAK.search(text) and not OTHER_TAG.search(text):
        return HTML_BREAK.sub("\n", text)
    return text


def control_share(text: str) -> float:
    """Share of characters that are control characters other than tab, newline and form feed."""
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f" or ch == "\x7f")
    return controls / len(text)


def read_text(data: bytes) -> ReadText:
    """The text of a plain-text file; raises UnreadableFile for bytes that are not text."""
    if b"\x00" in data and not data.startswith(UTF16_BOMS) and utf16_without_bom(data) is None:
        raise UnreadableFile(Messages.E003.format(detail="it contains NUL bytes"), format="binary")
    text, encoding = decode_text(data)
    if text is None:
        raise UnreadableFile(Messages.E004, format="text")
    text = html_breaks_as_lines(normalise_newlines(text))
    if control_share(text) > CONTROL_SHARE_LIMIT:
        raise UnreadableFile(Messages.E003.format(detail="it is full of control characters"), format="binary")
    return ReadText(text, "text", encoding=encoding)
