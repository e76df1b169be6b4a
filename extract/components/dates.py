"""minutes_dates: date mentions from UK-form patterns and the NER, normalised against the anchor.

Patterns (models/patterns/date_expressions.jsonl) find the mentions; the NER's DATE entities
add only those naming a month. Each mention is then parsed alone (normalise.dates.parse_date),
its year taken from the paper's anchor date and the tense of its sentence, and given a role.
Phone numbers, money, percentages, minute and paragraph numbers are never dates.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Optional

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..doc_text import doc_text
from ..sentences import sentence_bounds
from ..extensions import CONTACTS, DATES
from ..stretch_matcher import StretchMatcher
from ..normalise.wrapped_lines import joined_lines_doc
from ..normalise.dates import (
    MONTH_NAMES,
    YEAR,
    DateValue,
    Tense,
    parse_date,
    resolve_relative,
    with_time,
    written_weekday,
)
from ..span_index import SpanIndex

YEAR_AT_END = re.compile(r"[./](?:19|20)\d\d$")
"""A numeric date with a four-digit year ("14.11.2023") is never a paragraph number."""
WEEKDAY_BEFORE = re.compile(r"\b(?P<day>[A-Za-z]{3,9})\.?,?[^\S\n]+(?:the[^\S\n]+)?$")
"""The word before a mention, which may be the weekday it falls on."""
HEADER_CHARS = 600
"""Mentions in the first characters of a paper belong to its header (meeting or publication date)."""

SENTENCE_WINDOW = 200
"""Tokens of its sentence read each side of a date for its cues: a sentence with no end (a page of
text without a full stop) would make every date read all of it."""


class Times:
    """The times found in a paper, looked up by position: a date asks only for those beside it."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.by_start = SpanIndex(spans, lambda s: s.start)
        self.by_end = SpanIndex(spans, lambda s: s.end)

    def near(self, span: Span, tokens: int) -> list[Span]:
        """The times starting at most tokens tokens after the span or ending at most tokens before it, in the
        order found (any other is too far from it to be its time)."""
        found = {*self.by_start.indices(span.end, span.end + tokens),
                 *self.by_end.indices(span.start - tokens, span.start)}
        return [self.spans[i] for i in sorted(found)]


class DateFinder:
    """Find date mentions and set date_value, date_precision, date_start, date_end, date_time, date_role."""

    def __init__(self, nlp: Language, name: str, *, patterns: list[dict[str, Any]], cues: dict[str, Any]) -> None:
        self.name = name
        self.tokenizer = nlp.tokenizer
        self.matcher = StretchMatcher(nlp, [(row["id"], [row["pattern"]], {}) for row in patterns])
        self.labels: dict[str, str] = {row["id"]: row["label"] for row in patterns}
        self.future = frozenset(cues["future"])
        self.past = frozenset(cues["past"])
        self.past_suffix = cues["past_suffix"]
        self.not_past = frozenset(cues["not_past"])
        self.weak_future = frozenset(cues["weak_future"])
        self.complement_verbs = frozenset(cues["complement_verbs"])
        self.future_auxiliaries = frozenset(cues["future_auxiliaries"])
        self.deadline = frozenset(w for w in cues["deadline"] if " " not in w)
        self.meeting = frozenset(cues["meeting"])
        self.publication = frozenset(cues["publication"])
        self.not_before = frozenset(cues["not_a_date_before"])
        self.not_after = frozenset(cues["not_a_date_after"])
        self.strip_leading = frozenset(cues["strip_leading"])

    def __call__(self, doc: Doc) -> Doc:
        anchor = date.fromisoformat(doc._.anchor) if doc._.anchor else None
        blocked = {i for span in doc.spans.get(CONTACTS, []) for i in range(span.start, span.end)}
        found: list[Span] = []
        times: list[Span] = []
        flat = joined_lines_doc(doc, self.tokenizer)  # "19th\nDecember, 2023" wrapped over two lines
        for match_id, start, end in self.matcher(flat):
            rule = doc.vocab.strings[match_id]
            label = self.labels[rule]
            span = doc.char_span(flat[start].idx, flat[end - 1].idx + len(flat[end - 1]), label=label)
            if span is None:
                continue
            span._.rule = rule
            (times if label == "TIME" else found).append(span)
        taken = {i for span in found for i in range(span.start, span.end)}
        for ent in doc.ents:
            if ent.label_ == "DATE" and any(t.lower_.rstrip(".") in MONTH_NAMES for t in ent) and not any(
                    i in taken for i in range(ent.start, ent.end)):
                span = Span(doc, ent.start, ent.end, label="DATE")
                span._.rule = "ner-date"
                found.append(span)
        mentions = [self.trimmed(span) for span in found]
        mentions = [s for s in mentions if s is not None and self.is_date(s, blocked)]
        kept: list[Span] = []
        nearby = Times(times)
        lower = doc.to_array(LOWER)  # the cue words around each mention, without a Token made for each
        for span in filter_spans(mentions):
            if self.normalise(doc, span, anchor, nearby, lower):
                kept.append(span)
        doc.spans[DATES] = sorted(kept, key=lambda s: (s.start, s.end))
        return doc

    def trimmed(self, span: Span) -> Optional[Span]:
        """The mention without leading prepositions ("in 2019" -> "2019"), keeping "from"/"between" of ranges."""
        if span.label_ == "RELATIVE":
            return span  # "by the end of March", "within 28 days": the words are the expression
        start = span.start
        is_range = span[0].lower_ in ("from", "between") and span._.rule not in (
            "year-after-preposition", "month-after-preposition")
        while start < span.end - 1 and span.doc[start].lower_ in self.strip_leading and not is_range:
            start += 1
        if start >= span.end:
            return None
        out = Span(span.doc, start, span.end, label=span.label_)
        out._.rule = span._.rule
        return out

    def is_date(self, span: Span, blocked: set[int]) -> bool:
        """False for phone numbers, money, percentages, references and numbered paragraphs."""
        doc = span.doc
        if any(i in blocked for i in range(span.start, span.end)):
            return False
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if before in self.not_before or after in self.not_after:
            return False
        if span._.rule == "numeric-day-first" and not YEAR_AT_END.search(span.text) and self.opens_line(span):
            return False  # "3.2.10" opening a line is a paragraph number; "14.11.2023" is a date anywhere
        return True

    def opens_line(self, span: Span) -> bool:
        """Whether only spaces stand between the start of its line and the span."""
        text = doc_text(span.doc)
        return not text[text.rfind("\n", 0, span.start_char) + 1:span.start_char].strip()

    def normalise(self, doc: Doc, span: Span, anchor: Optional[date], times: Times,
                  lower: numpy.ndarray) -> bool:
        """Set the date extensions of a mention (lower: the Doc's LOWER array, for its sentence's words);
        False when it is not a date after all."""
        before, after = self.sentence_words(span, lower)
        tense = self.tense_of(span, before, after)
        value: Optional[DateValue]
        if span.label_ == "RELATIVE":
            value = self.relative_value(span, anchor)
        else:
            value = parse_date(self.with_weekday(span), anchor=anchor, tense=tense)
            if value is None and not self.needs_anchor(span, anchor):
                return False
        if value is not None:
            value = with_time(value, self.time_after(span, times))
        span._.date_value = value.value if value else None
        span._.date_precision = value.precision if value else None
        span._.date_start = value.start if value else None
        span._.date_end = value.end if value else None
        span._.date_time = value.time if value else None
        span._.date_role = self.role_of(doc, span, value, tense, before)
        return True

    def with_weekday(self, span: Span) -> str:
        """The mention with the weekday printed just before it ("Friday the 30th of January", "Wed 6 March"),
        which decides the year of a year-less date."""
        before = WEEKDAY_BEFORE.search(doc_text(span.doc), max(span.start_char - 16, 0), span.start_char)
        if before and written_weekday(before.group("day")) is not None and not YEAR.search(span.text):
            return f"{before.group('day')} {span.text}"
        return span.text

    def needs_anchor(self, span: Span, anchor: Optional[date]) -> bool:
        """A year-less mention in a paper with no anchor: kept, with value null, never a guessed year."""
        return anchor is None and parse_date(span.text, anchor=date(2000, 1, 1)) is not None

    def relative_value(self, span: Span, anchor: Optional[date]) -> Optional[DateValue]:
        """Resolve "within 28 days" or "by the end of March" against the anchor; "the next meeting" stays null."""
        words = [t.lower_ for t in span if not t.is_space]  # a mention may wrap over two lines
        if words[0] == "within":
            return resolve_relative("within", int(words[1]), words[2], None, anchor)
        if words[:4] == ["by", "the", "end", "of"]:
            return resolve_relative("end_of_month", None, None, MONTH_NAMES.get(words[4].rstrip(".")), anchor)
        return None

    def time_after(self, span: Span, times: Times) -> Optional[str]:
        """A time written just after the date ("9 March 2010 at 10.00 am") or just before it ("2pm on 9 March")."""
        for time in times.near(span, 2):
            gap = span.doc[span.end:time.start] if time.start >= span.end else span.doc[time.end:span.start]
            if len(gap) <= 2 and all(t.lower_ in ("at", ",", "from", "on", "starting", "commencing") for t in gap):
                if time.start >= span.end or (gap and gap[-1].lower_ == "on"):
                    return time.text
        return None

    @staticmethod
    def sentence_window(span: Span) -> tuple[int, int]:
        """Token bounds of the span's sentence, at most SENTENCE_WINDOW tokens each side of it."""
        doc = span.doc
        if doc.has_annotation("SENT_START"):
            start, end = sentence_bounds(doc, span.start)
            end = max(end, span.end)
            return max(start, span.start - SENTENCE_WINDOW), min(end, span.end + SENTENCE_WINDOW)
        return max(0, span.start - 25), min(len(doc), span.end + 25)

    def sentence_words(self, span: Span, lower: numpy.ndarray) -> tuple[list[str], list[str]]:
        """Lower-case words of the span's sentence before it (nearest first) and after it, read once per
        mention from the Doc's LOWER array (lower) for both its tense and its role."""
        start, end = self.sentence_window(span)
        strings = span.doc.vocab.strings
        return ([strings[key] for key in lower[start:span.start][::-1].tolist()],
                [strings[key] for key in lower[span.end:end].tolist()])

    @staticmethod
    def clause_words(words: list[str]) -> list[str]:
        """The words of one side of a mention up to the first ";", which ends its clause."""
        return words[:words.index(";")] if ";" in words else words

    def tense_of(self, span: Span, before: list[str], after: list[str]) -> Optional[Tense]:
        """Past or future from the cue word nearest the mention in its clause, left first (before, after: its
        sentence_words).

        "will be held" is future; a verb that takes a complement ("AGREED that … report on 30 May")
        points ahead; "by" counts only when no other cue stands on its side of the mention.
        """
        for is_before, words in ((True, self.clause_words(before)), (False, self.clause_words(after))):
            weak: Optional[Tense] = None
            for i, word in enumerate(words):
                if word in self.future:
                    return "future"
                if word in self.weak_future:
                    weak = weak or "future"
                    continue
                if word in self.complement_verbs and is_before and i > 0 and words[i - 1] in ("that", "to"):
                    return "future"
                if self.reads_past(word, span.doc, span.start - 1 - i if is_before else span.end + i):
                    lead = words[i + 1:i + 4] if is_before else []
                    if lead[:1] == ["be"]:
                        return "future"  # "that the estimates be submitted … on 1st February", "to be held"
                    return "future" if "be" in lead and set(lead) & self.future_auxiliaries - {"be"} else "past"
            if weak:
                return weak  # "by" before the mention outweighs any cue after it
        return None

    def reads_past(self, word: str, doc: Doc, i: int) -> bool:
        """Whether a word is a past cue: listed, or a word of letters with the past suffix ("approved"); i is
        its token, read only when the letters fit."""
        return word in self.past or (word.endswith(self.past_suffix) and len(word) > 4
                                     and word not in self.not_past and doc[i].is_alpha)

    def role_of(self, doc: Doc, span: Span, value: Optional[DateValue], tense: Optional[Tense],
                before: list[str]) -> str:
        """meeting, publication, deadline, scheduled, past_event, period or other (before: the words of its
        sentence before it, nearest first)."""
        near = set(before[:4])
        closest = next((word for word in before if word != "the"), "")
        in_header = span.start_char < HEADER_CHARS
        if value and value.value == doc._.meeting_date and (in_header or near & self.meeting):
            return "meeting"
        if value and value.value == doc._.publication_date and (in_header or near & self.publication):
            return "publication"
        if closest in self.deadline or span[0].lower_ in ("within", "by"):
            return "deadline"
        if span.label_ == "RELATIVE" or tense == "future":
            return "scheduled"
        if tense == "past":
            return "past_event"
        if value and value.precision in ("range", "year"):
            return "period"
        return "other"


@Language.factory(
    "minutes_dates",
    assigns=["doc.spans"],
    requires=["doc._.anchor"],
    default_config={
        "patterns": {"@misc": "minutes.patterns.v1", "name": "patterns/date_expressions.jsonl"},
        "cues": {"@misc": "minutes.lexicon.v1", "name": "lexicons/date_cues.json"},
    },
)
def make_date_finder(nlp: Language, name: str, patterns: list[dict[str, Any]], cues: dict[str, Any]) -> DateFinder:
    """Factory for DateFinder."""
    return DateFinder(nlp, name, patterns=patterns, cues=cues)

