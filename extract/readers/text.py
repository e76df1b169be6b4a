"""Plain text: a deterministic decode ladder, recorded as the document's encoding.

The ladder: BOM (UTF-8, UTF-16), strict UTF-8, cp1252, then charset-normalizer restricted to
Western encodings. Line breaks are normalised to "\\n" ("<br />" tags of text pasted from a web page too);
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


def decode_text(data: bytes) -> tuple[Optional[str], Optional[str]]:
    """Decode bytes through the ladder; (text, encoding name) or (None, None) when nothing fits."""
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None, None
    for name in ("utf-8", "cp1252"):
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
    if b"\x00" in data and not data.startswith(UTF16_BOMS):
        raise UnreadableFile(Messages.E003.format(detail="it contains NUL bytes"), format="binary")
    text, encoding = decode_text(data)
    if text is None:
        raise UnreadableFile(Messages.E004, format="text")
    text = html_breaks_as_lines(normalise_newlines(text))
    if control_share(text) > CONTROL_SHARE_LIMIT:
        raise UnreadableFile(Messages.E003.format(detail="it is full of control characters"), format="binary")
    return ReadText(text, "text", encoding=encoding)
