"""JSON Lines in and out: atomic writes and validated reads."""

from __future__ import annotations

import json
import os
import secrets
import stat
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import ValidationError

from .errors import Messages, MinutesExtractError
from .readers.source import safe_text
from .records import RECORD_ADAPTER


def record_line(record: Any) -> str:
    """One record as a JSON line: fields in contract order, non-ASCII kept (a lone surrogate as U+FFFD)."""
    return safe_text(json.dumps(record.model_dump(mode="json", by_alias=True), ensure_ascii=False,
                                separators=(",", ":")))


def create_temporary(path: Path) -> tuple[int, Path]:
    """A new hidden file beside path (".NAME.XXXX.tmp"), never through a link, with the umask's mode."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def write_through(path: Path) -> Path:
    """The file a write to path replaces: a link's target, so the link stays a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_lines_atomic(path: Path, lines: Iterable[str]) -> int:
    """Write lines to a temporary file beside path, flush it to disk, then rename it over path.

    A reader never sees a half-written file, and an interrupted run leaves the old file intact. A link
    is written through (its target replaced); a device or a FIFO (/dev/stdout) is written directly.
    Returns the number of lines written.
    """
    if path.exists() and not stat.S_ISREG(os.stat(path).st_mode):
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            return write_to(stream, lines)
    path = write_through(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = create_temporary(path)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line)
                fh.write("\n")
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count


def write_to(stream: Any, lines: Iterable[str]) -> int:
    """Write lines to an open text stream as they come, flushing each; returns how many."""
    count = 0
    for line in lines:
        stream.write(line + "\n")
        stream.flush()
        count += 1
    return count


def write_records(path: Path, records: Iterable[Any]) -> int:
    """Write records atomically as JSON Lines; returns how many were written."""
    return write_lines_atomic(path, (record_line(r) for r in records))


def read_records(path: Path) -> Iterator[Any]:
    """Read and validate every record of a JSONL file; a bad line fails with its line number."""
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield RECORD_ADAPTER.validate_json(line)
            except ValidationError as exc:
                raise MinutesExtractError(
                    Messages.E030.format(path=path, line=line_no, detail=str(exc).splitlines()[0])
                ) from exc
