"""A token Matcher run only on the stretches of a Doc where one of its patterns could match: same matches.

spaCy's Matcher starts every pattern at every token, so its cost is the tokens times the patterns (about
0.07 µs a word for each pattern, and the three rule Matchers hold over a hundred). Every match holds a
token its pattern requires with a condition on the word itself ("committee", a flag of month names): its
anchor. From each word that meets the anchor's condition a match can reach only as far as the pattern's
other tokens allow: a bounded token takes at most its count, an unbounded one at most the run of words
that meet its own conditions. Those reaches, merged, are the stretches; the Matcher runs on each.

A reach is kept only if it holds a word of each of the pattern's other anchors, on its side. A match lies
inside one stretch, and a stretch ends a word after its last reach, so each match is found as on the
whole Doc, in the same order (the Matcher emits a match by the words it took, never by words far from
it); a test holds random patterns and papers to spaCy's own Matcher. Matches to filter ("greedy") are
filtered after, across the Doc, as spaCy filters them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import numpy as np
from spacy.attrs import IDS, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .lexical_flags import flagged_matcher

Condition = tuple[int, str, Any]
"""A condition on a word's lexeme: (attribute id, "in", hashes) or (attribute id, "regex", pattern)."""
Test = tuple[Condition, ...]
"""The conditions a word must all meet: a superset of the words a pattern token takes."""
Match = tuple[Any, ...]
"""(key, start, end) or (key, start, end, alignments), as spaCy's Matcher gives them."""
LEXEME_FLAGS = 64
"""Attribute ids below this are lexeme flags (IS_TITLE, IS_PUNCT, the spare FLAG19-63), one bit a word."""
KNOWN_AT_MOST = 100_000
"""Words whose tests are kept across Docs, at most (then forgotten, and worked out again)."""
COUNTS = re.compile(r"\{(\d*)(,?)(\d*)\}")


@dataclass(frozen=True)
class Step:
    """One pattern token as a reach sees it: how many words it may take, and the words it can take."""

    least: int
    most: float
    test: Optional[Test]
    """None when the token may take any word (no condition on the lexeme, or a negated one)."""


def word_counts(token: dict[str, Any], at_most: Optional[int]) -> tuple[int, float]:
    """The fewest and most words a pattern token takes, by its quantifier; at_most bounds a "*" token
    whose matches are kept only up to that count (the decision triggers' "{0,m}")."""
    op = str(token.get("OP", ""))
    if at_most is not None:
        return 0, at_most
    if op in ("", "!"):
        return (1, 1) if op == "" else (0, 1)
    if op in ("?", "*", "+"):
        return {"?": (0, 1), "*": (0, math.inf), "+": (1, math.inf)}[op]
    counts = COUNTS.fullmatch(op)
    if counts is None:
        raise ValueError(f"A pattern token has a quantifier this matcher cannot read: {op!r}")
    least = int(counts.group(1) or 0)
    most = int(counts.group(3)) if counts.group(3) else (math.inf if counts.group(2) else least)
    return least, most


def lexeme_test(vocab: Any, token: dict[str, Any]) -> Optional[Test]:
    """The token's conditions that a word's lexeme decides; None if it has none."""
    if token.get("OP") == "!":
        return None  # takes the words that fail its conditions
    found: list[Condition] = []
    for name, value in token.items():
        attr = IDS.get(name)
        if name in ("ORTH", "TEXT", "LOWER"):
            attr = LOWER if name == "LOWER" else ORTH
            if isinstance(value, str):
                found.append((attr, "in", (vocab.strings[value],)))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                found.append((attr, "in", tuple(sorted({vocab.strings[word] for word in value["IN"]}))))
            elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                found.append((attr, "regex", value["REGEX"]))
        elif attr is not None and attr < LEXEME_FLAGS and isinstance(value, bool):
            found.append((attr, "in", (int(value),)))
    return tuple(sorted(found, key=repr)) or None


def pattern_steps(vocab: Any, pattern: list[dict[str, Any]], at_most: dict[int, int]) -> tuple[Step, ...]:
    """The pattern's tokens as steps."""
    return tuple(Step(*word_counts(token, at_most.get(i)), lexeme_test(vocab, token)) for i, token in enumerate(pattern))


class WordTests:
    """Which of a matcher's tests each word meets: worked out once per word, for a Doc's new words at once
    (kept across Docs, at most KNOWN_AT_MOST words), then read for a Doc as a table of its words."""

    def __init__(self, vocab: Any, tests: list[Test]) -> None:
        self.vocab = vocab
        conditions = list(dict.fromkeys(condition for test in tests for condition in test))
        self.needs = np.zeros((len(conditions), len(tests)), dtype=np.int32)
        for t, test in enumerate(tests):
            for condition in test:
                self.needs[conditions.index(condition), t] = 1
        self.sizes = self.needs.sum(axis=0)
        self.words: dict[int, dict[int, list[int]]] = {ORTH: {}, LOWER: {}}
        """For ORTH and LOWER, each word listed and the conditions listing it."""
        self.flags: list[tuple[int, int, int]] = []
        """(condition, flag, value) for the conditions on a flag."""
        self.searches: list[tuple[int, int, Any]] = []
        """(condition, attribute, search) for the regex conditions."""
        for j, (attr, kind, value) in enumerate(conditions):
            if kind == "regex":
                self.searches.append((j, attr, re.compile(value).search))
            elif attr in self.words:
                for word in value:
                    self.words[attr].setdefault(word, []).append(j)
            else:
                self.flags.extend((j, attr, v) for v in value)
        self.known: dict[int, bytes] = {}

    def learn(self, orths: list[int]) -> None:
        """Work out which tests the words meet, one byte a test."""
        lexemes = [self.vocab[orth] for orth in orths]
        met = np.zeros((len(orths), len(self.needs)), dtype=np.int32)
        for i, lexeme in enumerate(lexemes):
            for attr, word in ((ORTH, lexeme.orth), (LOWER, lexeme.lower)):
                if (listed := self.words[attr].get(word)) is not None:
                    met[i, listed] = 1
        if self.flags:
            flags = np.array([lexeme.flags for lexeme in lexemes], dtype=np.uint64)
            j, attr, value = (np.array(column) for column in zip(*self.flags))
            met[:, j] |= ((flags[:, None] >> attr.astype(np.uint64)) & np.uint64(1)) == value.astype(np.uint64)
        for j, attr, search in self.searches:
            met[:, j] = [search(lexeme.lower_ if attr == LOWER else lexeme.orth_) is not None for lexeme in lexemes]
        table = (met @ self.needs == self.sizes).astype(np.bool_)
        self.known.update(zip(orths, (row.tobytes() for row in table)))

    def table(self, doc: Doc) -> "DocTests":
        """The tests each of the Doc's words meets."""
        if len(self.known) > KNOWN_AT_MOST:
            self.known.clear()
        words, at = np.unique(doc.to_array(ORTH), return_inverse=True)
        orths = words.tolist()
        if new := [orth for orth in orths if orth not in self.known]:
            self.learn(new)
        known = self.known
        table = np.frombuffer(b"".join([known[orth] for orth in orths]), dtype=np.bool_)
        return DocTests(table.reshape(len(orths), self.needs.shape[1]), at.reshape(-1))


class DocTests:
    """For one Doc: how many of its words meet each test, and where its words meet or fail one, found
    when asked (where they fail only for the tests of unbounded tokens), as lists: an anchor's words are
    few, and a few look-ups each cost less in Python than a numpy call."""

    def __init__(self, table: np.ndarray, at: np.ndarray) -> None:
        self.table = table
        self.at = at
        self.length = len(at)
        counts = np.bincount(at, minlength=len(table)) @ table if len(at) else np.zeros(table.shape[1], dtype=int)
        self.count_list: list[int] = counts.tolist()
        self.meeting: dict[int, list[int]] = {}
        self.failing: dict[int, list[int]] = {}

    def meets(self, test: int) -> list[int]:
        """The indices of the words that meet the test."""
        if test not in self.meeting:
            self.meeting[test] = np.flatnonzero(self.table[:, test][self.at]).tolist()
        return self.meeting[test]

    def fails(self, test: int) -> list[int]:
        """The indices of the words that fail the test, between -1 and the length, as if the words before
        and after the Doc failed it."""
        if test not in self.failing:
            self.failing[test] = [-1, *np.flatnonzero(~self.table[:, test][self.at]).tolist(), self.length]
        return self.failing[test]

    def run_end(self, test: int, at: int) -> int:
        """For an index (0 to the length), the first index at or after it whose word fails the test."""
        fails = self.fails(test)
        return fails[bisect_left(fails, at)]

    def run_start(self, test: int, at: int) -> int:
        """For an index (-1 to the length - 1), the first of the run of words meeting the test that ends at
        it (index + 1 when its word fails)."""
        fails = self.fails(test)
        return fails[bisect_right(fails, at) - 1] + 1


Reach = list[tuple[str, int]]
"""How far a match reaches past its anchor on one side: ("add", words) for bounded tokens, ("run", test)
for an unbounded one, which takes at most the run of words meeting its test."""


class Shape:
    """A pattern as its reaches need it: its anchors (the tokens a match must take a word of, bounded and
    with a test) and, from each, how far a match reaches either side."""

    def __init__(self, steps: tuple[Step, ...], tests: tuple[Optional[int], ...]) -> None:
        self.bounded = not any(math.isinf(step.most) and step.test is None for step in steps)
        """False when a token may take any number of any word: the matches cannot be bounded."""
        self.anchors = tuple(i for i, step in enumerate(steps)
                             if step.least >= 1 and step.test is not None and not math.isinf(step.most))
        self.tests = tests
        self.reach = {a: (int(steps[a].most), reach(steps[a + 1:], tests[a + 1:]),
                          reach(steps[:a][::-1], tests[:a][::-1])) for a in self.anchors}
        """For each anchor: the words it may take, and the reaches after it and before it."""

    def reaches(self, doc: DocTests) -> Optional[list[tuple[int, int]]]:
        """The [start, end) stretches any match can take, one for each word meeting the rarest anchor;
        None when the matches cannot be bounded (the whole Doc must be matched)."""
        if not self.bounded or not self.anchors:
            return None
        counts = doc.count_list
        a = min(self.anchors, key=lambda i: counts[self.tests[i]])
        if not counts[self.tests[a]]:
            return []  # a word it needs is not there
        most, after, before = self.reach[a]
        others = [(doc.meets(self.tests[b]), b > a) for b in self.anchors if b != a]
        found = []
        for anchor in doc.meets(self.tests[a]):
            end = anchor + most
            for kind, value in after:
                end = end + value if kind == "add" else doc.run_end(value, min(end, doc.length))
            start = anchor - (most - 1)
            for kind, value in before:
                start = start - value if kind == "add" else doc.run_start(value, max(start - 1, -1))
            # a match takes a word of every anchor, on its side of this one
            if all(bisect_left(words, end) > bisect_left(words, anchor + 1) if later
                   else bisect_left(words, anchor) > bisect_left(words, start) for words, later in others):
                found.append((max(start, 0), min(end + 1, doc.length)))  # a word more: emitted on the next
        return found


def reach(steps: Sequence[Step], tests: Sequence[Optional[int]]) -> Reach:
    """How far the steps (read away from an anchor) reach: bounded ones summed, unbounded ones as runs."""
    out: Reach = []
    for step, test in zip(steps, tests):
        if not math.isinf(step.most):
            if out and out[-1][0] == "add":
                out[-1] = ("add", out[-1][1] + int(step.most))
            else:
                out.append(("add", int(step.most)))
        elif test is not None:
            out.append(("run", test))
    return out


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of the [start, end) ranges, as sorted disjoint ranges."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def greedy_filtered(matches: list[Match], greedy: dict[int, str]) -> list[Match]:
    """The matches with those of each greedy key filtered as spaCy's Matcher filters them: the longest
    (or first) of overlapping matches kept, and the keys' kept matches after the others, key by key."""
    final = [m for m in matches if m[0] not in greedy]
    by_key: dict[int, list[Match]] = {}
    for m in matches:
        if m[0] in greedy:
            by_key.setdefault(m[0], []).append(m)
    for key, found in by_key.items():
        if greedy[key] == "FIRST":
            ordered = sorted(found, key=lambda m: (m[1], -m[2]))
        else:
            ordered = sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        taken: set[int] = set()
        for m in ordered:
            if taken.isdisjoint(range(m[1], m[2])):
                final.append(m)
                taken.update(range(m[1], m[2]))
    return final


class StretchMatcher:
    """A flagged Matcher of rules (key, patterns, Matcher.add options) that matches a Doc stretch by
    stretch; at_most gives, for a key, the "*" tokens whose matches the caller keeps up to a count."""

    def __init__(self, nlp: Language, rules: list[tuple[str, list[list[dict[str, Any]]], dict[str, Any]]],
                 at_most: Optional[dict[str, dict[int, int]]] = None) -> None:
        self.matcher = flagged_matcher(nlp, [(key, patterns, {k: v for k, v in options.items() if k != "greedy"})
                                             for key, patterns, options in rules])
        strings = nlp.vocab.strings
        self.greedy = {strings[key]: options["greedy"] for key, _, options in rules if options.get("greedy")}
        steps = [pattern_steps(nlp.vocab, pattern, (at_most or {}).get(key, {}))
                 for key in dict.fromkeys(key for key, _, _ in rules) for pattern in self.matcher.get(key)[1]]
        numbers: dict[Test, int] = {}
        for pattern in steps:
            for step in pattern:
                if step.test is not None:
                    numbers.setdefault(step.test, len(numbers))
        self.shapes = [Shape(pattern, tuple(None if step.test is None else numbers[step.test] for step in pattern))
                       for pattern in steps]
        self.words = WordTests(nlp.vocab, list(numbers))

    def stretches(self, doc: Doc) -> list[tuple[int, int]]:
        """The stretches of the Doc that hold every match, as [start, end) token ranges."""
        if not len(doc):
            return []
        tests = self.words.table(doc)
        found: list[tuple[int, int]] = []
        for shape in self.shapes:
            reaches = shape.reaches(tests)
            if reaches is None:
                return [(0, len(doc))]
            found.extend(reaches)
        return merged(found)

    def __call__(self, doc: Doc, *, with_alignments: bool = False) -> list[Match]:
        """The matches in the Doc, as the Matcher gives them for the whole Doc."""
        found: list[Match] = []
        for start, end in self.stretches(doc):
            part = doc if (start, end) == (0, len(doc)) else doc[start:end]
            found.extend((key, s + start, e + start, *rest)
                         for key, s, e, *rest in self.matcher(part, with_alignments=with_alignments))
        return greedy_filtered(found, self.greedy) if self.greedy else found

    def on_part(self, doc: Doc, start: int, end: int) -> list[Match]:
        """The matches in doc[start:end] as if it were the whole Doc, offsets in the part."""
        found = self.matcher(doc[start:end])
        return greedy_filtered(found, self.greedy) if self.greedy else found
