"""Compare the records two versions of one paper give, by normalised content, whatever the record type."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from typing import Any, Iterable

POSITIONAL = {"doc_id", "record_id", "schema_version", "span", "evidence", "page", "rule", "parts", "mentions",
              "agenda_item", "date_record_id", "warnings", "anchor", "anchor_source"}
"""Fields that say where a record sits or what the paper's header around it said, which differ between
formats of the same paper (a ModernGov response always states a meeting date; a report may not)."""


def normalised(value: Any) -> Any:
    """Strings without case, compatibility forms or runs of white space; containers normalised throughout."""
    if isinstance(value, str):
        return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", value)).strip().lower()
    if isinstance(value, dict):
        return json.dumps({k: normalised(v) for k, v in value.items()}, sort_keys=True)
    if isinstance(value, list):
        return json.dumps([normalised(v) for v in value])
    return value


def record_key(record: Any) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """A record's type and its content fields, normalised: equal for the same finding in another format."""
    fields = record.model_dump(mode="json", exclude=POSITIONAL)
    return record.record_type, tuple(sorted((k, normalised(v)) for k, v in fields.items() if k != "record_type"))


def keys_by_type(records: Iterable[Any]) -> dict[str, Counter]:
    """The multiset of record keys of each record type (document records left out)."""
    found: dict[str, Counter] = {}
    for record in records:
        if record.record_type != "document":
            kind, key = record_key(record)
            found.setdefault(kind, Counter())[key] += 1
    return found


def recovered(reference: Iterable[Any], other: Iterable[Any]) -> dict[str, tuple[int, int]]:
    """For each record type of the reference: (how many of its records other also has, how many it has)."""
    want, got = keys_by_type(reference), keys_by_type(other)
    return {kind: (sum((keys & got.get(kind, Counter())).values()), sum(keys.values()))
            for kind, keys in sorted(want.items())}
