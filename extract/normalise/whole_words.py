"""A literal found as a word of its own at the speed of the regex engine's literal search."""

from __future__ import annotations

import re


def whole_word(literal: str, joiners: str) -> re.Pattern[str]:
    """A pattern of literal with no character of the class joiners on either side ("\\w-": "Kent" but not
    "Kentish" or "Mid-Kent"). The literal comes before the look back at what precedes it: a pattern opening
    with a look back is tried at every character of the text, one opening with a literal skips to it."""
    escaped = re.escape(literal)
    return re.compile(rf"{escaped}(?<![{joiners}]{escaped})(?![{joiners}])")
