"""Fixtures shared by the pure-function tests: the officer rules read from the installed data files.

Modules testing other rule sets (members, organisations) define a `rules` fixture of their own, which
takes precedence over this one in those modules.
"""

from __future__ import annotations

import pytest

from extract.normalise.officers import ContactRules, contact_rules
from extract.resources import read_lexicon, read_patterns


@pytest.fixture(scope="module")
def rules() -> ContactRules:
    """The contact-block and post rules of models/ (contact labels, job titles, honorifics, words, roles)."""
    return contact_rules(
        read_patterns("patterns/contact_labels.jsonl"),
        read_patterns("patterns/job_titles.jsonl"),
        read_lexicon("lexicons/honorifics.json"),
        read_lexicon("lexicons/contact_words.json"),
        read_lexicon("lexicons/officer_roles.json"),
    )
