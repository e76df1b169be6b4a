"""Sentence bounds by token, found once per Doc: `token.sent` walks the whole sentence on every call, which on
a page of text with no full stop makes each of its thousands of mentions read all of it."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

STARTS_KEY = ("minutes-extract", "sentence_starts")
"""Where a Doc keeps its sentence starts (doc.user_data), set after the sentence recogniser has run."""


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence holding token i; the Doc must have sentence starts."""
    starts = doc.user_data.get(STARTS_KEY)
    if starts is None:
        starts = [sentence.start for sentence in doc.sents]
        doc.user_data[STARTS_KEY] = starts
    at = bisect_right(starts, i) - 1
    return starts[at], starts[at + 1] if at + 1 < len(starts) else len(doc)
