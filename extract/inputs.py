"""Read an input file into text: decode ladder for text files, clear errors for files that are not.

The decode ladder is deterministic: BOM (UTF-8, UTF-16), strict UTF-8, cp1252, then
charset-normalizer restricted to Western encodings. Line breaks are normalised to "\\n"; spans
index into the text returned here.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

from charset_normalizer import from_bytes

from .errors import Messages

log = logging.getLogger(__name__)

Status = Literal["ok", "empty", "failed"]
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]
CONTROL_SHARE_LIMIT = 0.05
"""Share of control characters above which decoded text is taken to be binary."""


@dataclass(frozen=True)
class SourceText:
    """An input file read into text, or the reason it could not be."""

    source: str
    sha256: str
    status: Status
    text: str = ""
    error: Optional[str] = None
    format: Optional[str] = None
    encoding: Optional[str] = None
    pages: Optional[int] = None
    page_starts: list[int] = field(default_factory=list)


def sha256_of(data: bytes) -> str:
    """Hex sha256 of raw bytes."""
    return hashlib.sha256(data).hexdigest()


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


def control_share(text: str) -> float:
    """Share of characters that are control characters other than tab, newline and form feed."""
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f" or ch == "\x7f")
    return controls / len(text)


def read_text_bytes(source: str, data: bytes) -> SourceText:
    """Turn the raw bytes of a text file into a SourceText (ok, empty or failed)."""
    digest = sha256_of(data)
    if not data:
        return SourceText(source, digest, "empty", error=Messages.E001, format="text")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return SourceText(source, digest, "failed", error=Messages.E003.format(detail="it contains NUL bytes"),
                          format="binary")
    text, encoding = decode_text(data)
    if text is None:
        return SourceText(source, digest, "failed", error=Messages.E004, format="text")
    text = normalise_newlines(text)
    if control_share(text) > CONTROL_SHARE_LIMIT:
        return SourceText(source, digest, "failed",
                          error=Messages.E003.format(detail="it is full of control characters"), format="binary",
                          encoding=encoding)
    if not text.strip():
        return SourceText(source, digest, "empty", error=Messages.E002, format="text", encoding=encoding)
    return SourceText(source, digest, "ok", text=text, format="text", encoding=encoding)


def read_source(path: Path | str) -> SourceText:
    """Read one input file; never raises for a bad file, returns a failed SourceText instead."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        log.debug("cannot read %s", source, exc_info=True)
        return SourceText(source, sha256_of(source.encode()), "failed",
                          error=Messages.E005.format(detail=exc.strerror or type(exc).__name__))
    return read_text_bytes(source, data)
