"""Read an input file into text: the file is checked first (a regular file, under the size limit), then
read by the reader its content calls for (extract/readers/).

Spans index into the text returned here; `minutes-extract text FILE` prints it.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Union

from .errors import Messages
from .readers import SourceText, read_bytes, sha256_of

log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 50.0
"""Files larger than this many megabytes are not read (`run --max-size-mb` changes it)."""
MB = 1024 * 1024
STDIN = "-"
"""The input name that means standard input (`minutes-extract run -`)."""

__all__ = ["DEFAULT_MAX_MB", "STDIN", "SourceText", "file_sha256", "load_bytes", "read_source", "sha256_of"]


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks so a huge file is never held in memory."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(MB), b""):
            digest.update(block)
    return digest.hexdigest()


def name_digest(source: str) -> str:
    """sha256 of an input's name: the id of a file that is not read."""
    return sha256_of(os.fsencode(source))


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words an officer knows."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_limited(fd: int, limit: int) -> bytes:
    """At most limit + 1 bytes of an open file, so an over-long stream is seen without reading it all."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        block = os.read(fd, min(left, MB))
        if not block:
            break
        chunks.append(block)
        left -= len(block)
    return b"".join(chunks)


def too_big(source: str, size: int, max_mb: float) -> SourceText:
    """The failed record of a file over the size limit, made without reading (or hashing) the file."""
    return SourceText(source, name_digest(source), "failed",
                      error=Messages.E007.format(size_mb=size / MB, limit_mb=max_mb))


def load_bytes(path: Path | str, *, max_mb: float = DEFAULT_MAX_MB) -> Union[bytes, SourceText]:
    """The raw bytes of one input, or a failed SourceText saying why it was not read.

    Only regular files are read (a FIFO or a device would block or never end); the size is checked
    before a byte is read. "-" is standard input, read up to the size limit.
    """
    source = str(path)
    limit = int(max_mb * MB)
    if source == STDIN:
        data = read_limited(sys.stdin.buffer.fileno(), limit)
        return too_big(source, len(data), max_mb) if len(data) > limit else data
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        log.debug("cannot open %s", source, exc_info=True)
        return SourceText(source, name_digest(source), "failed", error=open_error(path, exc))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return SourceText(source, name_digest(source), "failed",
                              error=Messages.E047.format(kind=kind_of(info.st_mode)))
        if info.st_size > limit:
            return too_big(source, info.st_size, max_mb)
        data = read_limited(fd, limit)
    except OSError as exc:
        log.debug("cannot read %s", source, exc_info=True)
        return SourceText(source, name_digest(source), "failed",
                          error=Messages.E005.format(detail=exc.strerror or type(exc).__name__))
    finally:
        os.close(fd)
    return too_big(source, len(data), max_mb) if len(data) > limit else data


def open_error(path: Path | str, exc: OSError) -> str:
    """The message for a file that cannot be opened: a broken or looping link says so."""
    if os.path.islink(path):
        return Messages.E049 if exc.errno == errno.ELOOP else Messages.E048.format(target=os.readlink(path))
    return Messages.E005.format(detail=exc.strerror or type(exc).__name__)


def read_source(path: Path | str, *, max_mb: float = DEFAULT_MAX_MB) -> SourceText:
    """Read one input file; never raises for a bad file, returns a failed SourceText instead."""
    data = load_bytes(path, max_mb=max_mb)
    return data if isinstance(data, SourceText) else read_bytes(str(path), data)
