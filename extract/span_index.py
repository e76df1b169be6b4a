"""Look-ups by offset that stay cheap in long papers: spans found by where they start or end, and the
stretches of text already claimed. A rule asking "which spans lie in here?" once per match would
otherwise walk every span of the paper each time, so its cost grew with the square of the length."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Callable, Iterable, Optional, Sequence
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

INDEXES: WeakKeyDictionary[Doc, dict[tuple[str, str], tuple[object, int, "SpanIndex"]]] = WeakKeyDictionary()
"""The indexes span_index built for each live Doc; gone with its Doc."""


class SpanIndex:
    """Spans sorted by a position (start_char unless told), each query answering in the spans' own order.

    It keeps offsets and list indices only (never the Span objects, which would tie the Doc to itself)."""

    def __init__(self, spans: Sequence[Span],
                 position: Callable[[Span], int] = lambda s: s.start_char) -> None:
        self.spans = spans
        ordered = sorted((position(span), i) for i, span in enumerate(spans))
        self.positions = [at for at, _ in ordered]
        self.order = [i for _, i in ordered]

    def between(self, lo: int, hi: int) -> list[Span]:
        """The spans whose position is lo or more and hi or less, in the order they were given."""
        return [self.spans[i] for i in self.indices(lo, hi)]

    def indices(self, lo: int, hi: int) -> list[int]:
        """The list indices of the spans whose position is lo or more and hi or less, in order."""
        return sorted(self.order[bisect_left(self.positions, lo):bisect_right(self.positions, hi)])


def span_index(doc: Doc, key: str, by: str = "start") -> SpanIndex:
    """The SpanIndex of doc.spans[key] by start_char ("start") or end_char ("end"), built once per group."""
    group = doc.spans.get(key)
    cache = INDEXES.setdefault(doc, {})
    kept: Optional[tuple[object, int, SpanIndex]] = cache.get((key, by))
    if kept is not None and kept[0] is group and kept[1] == len(group or []):
        return kept[2]
    position = (lambda s: s.start_char) if by == "start" else (lambda s: s.end_char)
    index = SpanIndex(group if group is not None else [], position)
    cache[(key, by)] = (group, len(group or []), index)
    return index


class Coverage:
    """Stretches of text already claimed, merged where they overlap, so an overlap test is a bisect."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.claimed: list[tuple[int, int]] = []
        """Every stretch as given, for the rare test of a start:end with start >= end."""
        self.degenerate: list[tuple[int, int]] = []
        """Stretches with start >= end, kept apart: a < end and start < b still holds for some."""

    @classmethod
    def of(cls, stretches: Iterable[tuple[int, int]]) -> "Coverage":
        """The coverage of the stretches given, each claimed."""
        coverage = cls()
        for start, end in stretches:
            coverage.add(start, end)
        return coverage

    def add(self, start: int, end: int) -> None:
        """Claim start:end."""
        self.claimed.append((start, end))
        if start >= end:
            self.degenerate.append((start, end))
            return
        first = bisect_right(self.ends, start)  # the first stretch ending after start
        last = bisect_left(self.starts, end)  # the stretches starting before end
        if first < last:
            start, end = min(start, self.starts[first]), max(end, self.ends[last - 1])
            del self.starts[first:last], self.ends[first:last]
        at = bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some claimed stretch a:b has a < end and start < b."""
        if start >= end:
            return any(a < end and start < b for a, b in self.claimed)
        i = bisect_right(self.ends, start)  # the first stretch ending after start
        return (i < len(self.starts) and self.starts[i] < end) or any(
            a < end and start < b for a, b in self.degenerate)


class Bounds:
    """Character bounds (start, end) sorted by start, asked by bisect what a list of them answers by a walk:
    whether one overlaps a stretch, starts in it and overlaps it, or holds it whole."""

    def __init__(self, bounds: Iterable[tuple[int, int]]) -> None:
        self.bounds = sorted(bounds)
        self.starts = [start for start, _ in self.bounds]
        self.coverage = Coverage.of(self.bounds)
        self.farthest = list(accumulate((end for _, end in self.bounds), max))
        """The farthest end of the bounds up to each one, in order of start."""

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some a:b has a < end and start < b."""
        return self.coverage.overlaps(start, end)

    def overlaps_from(self, start: int, end: int) -> bool:
        """Whether some a:b with a >= start has a < end and start < b."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return any(start < b for _, b in self.bounds[first:last])

    def holds(self, start: int, end: int) -> bool:
        """Whether some a:b has a <= start and end <= b."""
        last = bisect_right(self.starts, start)
        return last > 0 and self.farthest[last - 1] >= end


LOOKBACK_CHARS = 5000
"""How far before an offset last_match_before scans again itself; farther back it reads the matches of
the whole text, found once. A match ending at the offset and reaching farther back than this (a
heading spread over thousands of blank characters) is the only one this could miss."""
MATCHES: WeakKeyDictionary[Doc, dict[re.Pattern[str], tuple[list[int], list[int], list[re.Match[str]]]]] = (
    WeakKeyDictionary())
"""Each live Doc's matches of each line pattern over its whole text."""


def last_match_before(doc: Doc, text: str, pattern: re.Pattern[str], offset: int) -> Optional[re.Match[str]]:
    """The last match of pattern.finditer(text, 0, offset), without scanning the text from 0 each time.

    The matches of the whole text, found once, are those of text[:offset] up to a line start before the
    offset that none of them runs across; from there to the offset the pattern is matched again, as
    a match may end differently at the offset than in the whole text.
    """
    cache = MATCHES.setdefault(doc, {})
    if pattern not in cache:
        found = list(pattern.finditer(text))
        cache[pattern] = ([m.start() for m in found], [m.end() for m in found], found)
    starts, ends, found = cache[pattern]
    restart = text.rfind("\n", 0, max(0, offset - LOOKBACK_CHARS)) + 1
    across = bisect_right(ends, restart)  # the first match ending after restart
    if across < len(starts) and starts[across] < restart:
        restart = starts[across]  # a match runs across it: start again where that match starts
    tail = None
    for tail in pattern.finditer(text, restart, offset):
        pass
    if tail is not None:
        return tail
    before = bisect_right(ends, restart) - 1
    return found[before] if before >= 0 else None
