"""Readers for the rule data under models/, registered so config.cfg can refer to them by name.

Every row is validated when read; a bad row fails with the file name and line number.
"""

from __future__ import annotations

import json
from fnmatch import fnmatch
from importlib import resources
from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.util import registry

from .errors import Messages, PatternDataError

TokenPattern = list[dict[str, Any]]


class PatternRow(BaseModel):
    """One row of a pattern file, in spaCy's EntityRuler/SpanRuler shape."""

    model_config = ConfigDict(extra="forbid")

    label: str
    pattern: Union[str, TokenPattern]
    id: Optional[str] = None
    kind: Optional[str] = None
    """Extra attribute some files use (organisation kind, decision status …)."""
    note: Optional[str] = None
    """Why the row exists, or where it comes from."""


def data_file(name: str) -> resources.abc.Traversable:
    """The installed copy of a data file under models/ (works from editable and wheel installs)."""
    path = resources.files("extract.models").joinpath(name)
    if not path.is_file():
        raise PatternDataError(Messages.E011.format(name=name))
    return path


def data_files() -> list[tuple[str, bytes]]:
    """Every file that decides results (config plus rule data), as (relative name, bytes), sorted."""
    root = resources.files("extract.models")
    found: list[tuple[str, bytes]] = []

    def walk(node: resources.abc.Traversable, prefix: str) -> None:
        for child in node.iterdir():
            name = f"{prefix}{child.name}"
            if child.is_dir() and not child.name.startswith(("_", ".")):
                walk(child, name + "/")
            elif child.is_file() and child.name.endswith((".cfg", ".json", ".jsonl")):
                found.append((name, child.read_bytes()))

    walk(root, "")
    return sorted(found)


def load_pattern_rows(name: str) -> list[PatternRow]:
    """Read and validate a JSONL pattern file under models/ (blank lines allowed)."""
    rows: list[PatternRow] = []
    text = data_file(name).read_text(encoding="utf-8")
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(PatternRow.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            detail = str(exc).splitlines()[0] if isinstance(exc, json.JSONDecodeError) else _first_error(exc)
            raise PatternDataError(Messages.E010.format(path=f"models/{name}", line=line_no, detail=detail)) from exc
    return rows


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "row"
    return f"{where}: {err['msg']}"


@registry.misc("minutes.patterns.v1")
def read_patterns(name: str) -> list[dict[str, Any]]:
    """Pattern rows from models/NAME as plain dicts (None fields dropped), ready for a ruler."""
    return [row.model_dump(exclude_none=True) for row in load_pattern_rows(name)]


@registry.misc("minutes.pattern_files.v1")
def read_pattern_files(pattern: str) -> list[dict[str, Any]]:
    """Pattern rows of every file under models/ matching a glob ("patterns/gazetteer_*.jsonl"), files in name order.

    A file added beside the others is read without a change to the config.
    """
    names = [name for name, _ in data_files() if fnmatch(name, pattern)]
    if not names:
        raise PatternDataError(Messages.E011.format(name=pattern))
    return [row for name in names for row in read_patterns(name)]


@registry.misc("minutes.lexicon.v1")
def read_lexicon(name: str) -> Any:
    """A JSON lexicon from models/NAME (word lists, mappings)."""
    path = data_file(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PatternDataError(Messages.E010.format(path=f"models/{name}", line=exc.lineno, detail=exc.msg)) from exc
