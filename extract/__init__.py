"""minutes-extract: UK committee papers in, validated and source-grounded JSON Lines records out."""

from .about import SCHEMA_VERSION, __version__
from .extractor import Extractor
from .pipeline import load_pipeline
from .records import (
    AgendaItemRecord,
    AnyRecord,
    DateRecord,
    DecisionRecord,
    DocumentRecord,
    MemberRecord,
    OfficerRecord,
    OrganisationRecord,
    ResolutionRecord,
)

__all__ = [
    "AgendaItemRecord",
    "AnyRecord",
    "DateRecord",
    "DecisionRecord",
    "DocumentRecord",
    "Extractor",
    "MemberRecord",
    "OfficerRecord",
    "OrganisationRecord",
    "ResolutionRecord",
    "SCHEMA_VERSION",
    "__version__",
    "load_pipeline",
]
