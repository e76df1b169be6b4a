"""E-mail addresses in running text, found by their shape and never mistaken for names or dates."""

from __future__ import annotations

import re

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}"
)
"""An address: local part, @, dotted domain ending in letters (a trailing full stop is left out)."""


def find_emails(text: str) -> list[tuple[int, int]]:
    """Offsets of every e-mail address in text, in order ("mailto:" prefixes and trailing dots left out)."""
    return [(m.start(), m.end()) for m in EMAIL.finditer(text)]
