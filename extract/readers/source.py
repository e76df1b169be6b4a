"""What a reader hands the pipeline: the extracted text and facts about the file it came from."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal, Optional

from ..errors import InputError

Status = Literal["ok", "empty", "failed"]
LONE_SURROGATES = re.compile("[\ud800-\udfff]")
"""Code points UTF-8 cannot write: a font that maps glyphs to them, a file name that is not UTF-8."""


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
    committee: Optional[str] = None
    """The meeting's body, when the file states it as data (ModernGov XML); overrides the header."""
    meeting_date: Optional[str] = None
    """The meeting's ISO date, when the file states it as data."""


@dataclass(frozen=True)
class ReadText:
    """The text a format reader got out of a file, with what it knows about the file."""

    text: str
    format: str
    encoding: Optional[str] = None
    pages: Optional[int] = None
    page_starts: list[int] = field(default_factory=list)
    committee: Optional[str] = None
    meeting_date: Optional[str] = None


class UnreadableFile(InputError):
    """A reader cannot get text out of a file; the message says why and what to do."""

    def __init__(self, message: str, *, format: Optional[str] = None, status: Status = "failed") -> None:
        super().__init__(message)
        self.format = format
        self.status = status


def sha256_of(data: bytes) -> str:
    """Hex sha256 of raw bytes."""
    return hashlib.sha256(data).hexdigest()


def safe_text(text: str) -> str:
    """The text with each lone surrogate replaced by U+FFFD, one character for one, so offsets keep."""
    return LONE_SURROGATES.sub("\ufffd", text) if LONE_SURROGATES.search(text) else text
