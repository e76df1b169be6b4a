"""JSON Lines in and out: atomic writes and validated reads."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import ValidationError

from .errors import Messages, MinutesExtractError
from .records import RECORD_ADAPTER


def record_line(record: Any) -> str:
    """One record as a JSON line: fields in contract order, non-ASCII kept as written."""
    return json.dumps(record.model_dump(mode="json", by_alias=True), ensure_ascii=False, separators=(",", ":"))


def write_lines_atomic(path: Path, lines: Iterable[str]) -> int:
    """Write lines to a temporary file beside path, flush it to disk, then rename it over path.

    A reader never sees a half-written file, and an interrupted run leaves the old file intact.
    Returns the number of lines written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
