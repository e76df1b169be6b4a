"""The JSON Schema of the records, generated from the pydantic models (never hand-written)."""

from __future__ import annotations

from typing import Any

from .about import SCHEMA_VERSION
from .records import RECORD_ADAPTER


def record_json_schema() -> dict[str, Any]:
    """JSON Schema of one output line; serialization mode, so always-written fields are required."""
    schema = RECORD_ADAPTER.json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://minutes-extract.invalid/schema/{SCHEMA_VERSION}/record.json",
        "title": "minutes-extract record",
        "description": f"One line of minutes-extract JSONL output (schema version {SCHEMA_VERSION}).",
        **schema,
    }
