"""Case-folding for cues: words a text must hold before a case-insensitive regex is worth running on it.

Looking for a word with `in` costs a fraction of a case-insensitive search, which Python's re tries at
every character; a text with none of a rule's cues cannot match it, so most texts are never searched.
"""

from __future__ import annotations

from typing import Sequence

DOTTED_I = str.maketrans({"İ": "i", "ı": "i"})
"""The letters a case-insensitive regex matches to i that case-folding does not make i."""


def folded(text: str) -> str:
    """text case-folded as a case-insensitive regex reads it: every letter it matches to a-z becomes that letter."""
    return (text.translate(DOTTED_I) if "İ" in text or "ı" in text else text).casefold()


def holds_a_cue(lower: str, cues: Sequence[str]) -> bool:
    """Whether the folded text holds one of cues (lower-case words); True when there are no cues."""
    return not cues or any(cue in lower for cue in cues)
