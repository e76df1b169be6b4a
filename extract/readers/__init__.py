"""Format readers, one module per format, chosen by the file's content (see detect.py).

read_bytes() is the one entry point: it never raises for a bad file and always returns a SourceText
whose status is ok, empty or failed, with an error an officer can act on.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Callable

from ..errors import Messages
from .detect import UNSUPPORTED, detect_format
from .docx import read_docx
from .html import read_html
from .moderngov import read_moderngov
from .pdf import read_pdf
from .source import ReadText, SourceText, UnreadableFile, safe_text, sha256_of
from .text import read_text

log = logging.getLogger(__name__)

READERS: dict[str, Callable[[bytes], ReadText]] = {
    "pdf": read_pdf,
    "docx": read_docx,
    "html": read_html,
    "moderngov-xml": read_moderngov,
    "text": read_text,
}
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word file", "html": "web page", "moderngov-xml": "ModernGov XML",
                "text": "file"}

MAX_TEXT_CHARS = 5_000_000
"""Characters one paper's text may hold (about 800,000 words, 2,000 pages); a longer text fails (E052)."""

__all__ = ["MAX_TEXT_CHARS", "READERS", "ReadText", "SourceText", "UnreadableFile", "detect_format",
           "read_bytes", "safe_text", "sha256_of"]


def read_bytes(source: str, data: bytes) -> SourceText:
    """Read a file's raw bytes with the reader its content calls for; failures become a failed SourceText."""
    digest = sha256_of(data)
    if not data:
        return SourceText(source, digest, "empty", error=Messages.E001, format="text")
    fmt = detect_format(data, source)
    if fmt in UNSUPPORTED:
        return SourceText(source, digest, "failed", error=Messages.E046.format(kind=UNSUPPORTED[fmt]), format=fmt)
    try:
        read = READERS[fmt](data)
    except UnreadableFile as exc:
        return SourceText(source, digest, exc.status, error=str(exc), format=exc.format or fmt)
    except Exception as exc:  # noqa: BLE001  (a reader bug on one file must not stop the batch)
        log.exception("the %s reader failed on %s", fmt, source)
        return SourceText(source, digest, "failed", error=Messages.E006.format(detail=type(exc).__name__),
                          format=fmt)
    if len(read.text) > MAX_TEXT_CHARS:
        return SourceText(source, digest, "failed", error=Messages.E052.format(chars=len(read.text),
                          limit=MAX_TEXT_CHARS), format=read.format, encoding=read.encoding, pages=read.pages)
    read = replace(read, text=safe_text(read.text))
    if not read.text.strip():
        error = Messages.E002 if fmt == "text" else Messages.E009.format(kind=FORMAT_NAMES[fmt])
        return SourceText(source, digest, "empty", error=error, format=read.format, encoding=read.encoding,
                          pages=read.pages)
    return SourceText(source, digest, "ok", text=read.text, format=read.format, encoding=read.encoding,
                      pages=read.pages, page_starts=read.page_starts, committee=read.committee,
                      meeting_date=read.meeting_date)
