"""Whether a PDF's text layer can be read at all: fonts without a map to Unicode give gibberish.

A PDF whose fonts were embedded without their character map has a text layer of glyph numbers: shifted
letters ("Wkh frpplwwhh"), private-use or control characters, symbols. Such a paper would go through
as `ok` with no records; it is failed instead, so the officer knows to run OCR on it. The tests are
made of letters and of the commonest words of English, Welsh and Gaelic (lexicons/common_words.json), so
papers in any of them pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Optional

MIN_WORDS = 40
"""Below this many words a text is too short to judge."""
COMMON = 0.05
"""Readable text has at least this share of its words among the commonest words (a third, in English)."""
ODD = 0.2
"""Readable text has fewer characters than this share that are neither letters, digits nor punctuation."""
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The commonest words of the languages papers are written in."""
    from ..resources import read_lexicon

    return frozenset(read_lexicon("lexicons/common_words.json")["words"])


def is_odd(ch: str) -> bool:
    """A character no readable paper is made of: private use, unassigned, control, or a stray symbol."""
    category = unicodedata.category(ch)
    return category in ("Co", "Cn", "Cc", "Cs") and ch not in "\t\n\r" or category in ("So", "Sk")


def visible_chars(text: str) -> Counter[str]:
    """How often each character other than white space occurs: counted in one pass, judged once each."""
    counts = Counter(text)
    for ch in [ch for ch in counts if ch.isspace()]:
        del counts[ch]
    return counts


def unreadable(text: str, counts: Optional[Counter[str]] = None) -> bool:
    """Whether a text layer is gibberish: too many odd characters, or almost none of the commonest words;
    counts are the text's visible_chars when the caller has them already."""
    counts = visible_chars(text) if counts is None else counts
    visible = sum(counts.values())
    if not visible:
        return False
    if sum(count for ch, count in counts.items() if is_odd(ch)) > ODD * visible:
        return True
    words = WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    common = common_words()
    return sum(1 for w in words if w.lower() in common) < COMMON * len(words)
