"""Read an input file into text: size check, then the reader its content calls for (extract/readers/).

Spans index into the text returned here; `minutes-extract text FILE` prints it.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from .errors import Messages
from .readers import SourceText, read_bytes, sha256_of

log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 50.0
"""Files larger than this many megabytes are not read (`run --max-size-mb` changes it)."""
MB = 1024 * 1024

__all__ = ["DEFAULT_MAX_MB", "SourceText", "file_sha256", "read_source", "sha256_of"]


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks so a huge file is never held in memory."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(MB), b""):
            digest.update(block)
    return digest.hexdigest()


def read_source(path: Path | str, *, max_mb: float = DEFAULT_MAX_MB) -> SourceText:
    """Read one input file; never raises for a bad file, returns a failed SourceText instead."""
    source = str(path)
    try:
        size = Path(path).stat().st_size
        if size > max_mb * MB:
            return SourceText(source, file_sha256(Path(path)), "failed",
                              error=Messages.E007.format(size_mb=size / MB, limit_mb=max_mb))
        data = Path(path).read_bytes()
    except OSError as exc:
        log.debug("cannot read %s", source, exc_info=True)
        return SourceText(source, sha256_of(source.encode()), "failed",
                          error=Messages.E005.format(detail=exc.strerror or type(exc).__name__))
    return read_bytes(source, data)
