"""minutes_layout: headings, agenda items and line-based sentence starts.

Committee papers are laid out in lines: a blank line or a list marker starts a new sentence
whatever the statistical sentence splitter thinks, so this runs before it and marks those starts.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_text import doc_text
from ..extensions import AGENDA_ITEMS, HEADINGS
from ..normalise.layout import BULLETS, find_agenda_items, find_headings

LIST_START = re.compile(
    rf"(?:\d{{1,3}}[.)]|\(?[ivxlc]{{1,5}}\)|\(?[a-z]\)|\(\d{{1,2}}\)|[{BULLETS}])\s", re.IGNORECASE
)
"""A list marker opening a line: "1.", "(a)", "ii)", "(3)", a bullet."""
ITEM_DOC_TYPES = ("minutes", "agenda", "decision_notice")
INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
"""A person's initial or initials written with full stops: "O.", "A.B."."""


class LayoutFinder:
    """Put headings and agenda items in span groups and mark sentence starts at layout breaks."""

    def __init__(self, nlp: Language, name: str, *, names: dict[str, Any]) -> None:
        self.name = name
        self.short_titles = frozenset(names["abbreviated_titles"])

    def __call__(self, doc: Doc) -> Doc:
        mark_line_sentence_starts(doc)
        mark_name_continuations(doc, self.short_titles)
        doc.spans[HEADINGS] = [
            span
            for block in find_headings(doc_text(doc))
            if (span := doc.char_span(block.start, block.end, label="HEADING", alignment_mode="expand"))
            is not None
        ]
        items: list[Span] = []
        if doc._.doc_type in ITEM_DOC_TYPES:
            for block in find_agenda_items(doc_text(doc)):
                span = doc.char_span(block.start, block.end, label="AGENDA_ITEM", alignment_mode="expand")
                if span is not None:
                    span._.item_number = block.number
                    span._.item_title = block.text
                    items.append(span)
        doc.spans[AGENDA_ITEMS] = items
        return doc


def mark_line_sentence_starts(doc: Doc) -> None:
    """A token after a blank line, after a line ending in a full stop or colon, or opening a list
    item, starts a sentence; other tokens are left for the sentence splitter.

    Only the words that open a line are looked at: the line breaks between a word and the word before
    it are counted from the text, so the Doc's other tokens cost nothing."""
    text = doc_text(doc)
    words = numpy.flatnonzero(doc.to_array(IS_SPACE) == 0)  # the tokens that are not white space
    if len(words) < 2 or "\n" not in text:
        return
    idx = doc.to_array(IDX).astype(numpy.int64)
    ends = idx + doc.to_array(LENGTH).astype(numpy.int64)
    newlines = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32) == 10
    breaks = numpy.concatenate(([0], numpy.cumsum(newlines)))  # the line breaks before each character
    previous, current = words[:-1], words[1:]
    gaps = breaks[idx[current]] - breaks[ends[previous]]  # line breaks between each word and the one before
    opens = gaps > 0  # the words that open a line
    starts = [token for before, token, gap in zip(previous[opens].tolist(), current[opens].tolist(),
                                                  gaps[opens].tolist())
              if gap >= 2 or doc[before].text in (".", ":", ";", "!", "?")
              or LIST_START.match(text, int(idx[token]))]
    if starts:  # set as one array: each Token.is_sent_start assignment scans the whole Doc
        marks = doc.to_array(SENT_START)
        marks[starts] = 1
        doc.from_array([SENT_START], marks)


def mark_name_continuations(doc: Doc, short_titles: frozenset[str]) -> None:
    """The initials and name after a short title with a full stop go on the sentence ("from Cllr. P.
    Harries as representative", "Mr. J. Smith"): the splitter would end a sentence at each stop.

    Only the words from a short title on are read, until a word neither continues the name nor is a
    title: no other word can start one."""
    titles = [doc.vocab.strings[form] for title in short_titles for form in (title, title + ".")]
    opens = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), numpy.array(titles, dtype=numpy.uint64)))
    inside: list[int] = []
    i = 0
    for start in opens.tolist():
        if start < i:
            continue
        after_title, previous, i = False, "", start
        while i < len(doc):
            token = doc[i]
            i += 1
            if token.is_space:
                if token.text.count("\n") > 1:
                    after_title = False
                continue
            word = token.text
            initial = INITIAL.fullmatch(word) is not None
            if after_title and (initial or (word[:1].isupper() and word.isalpha())):
                inside.append(token.i)
                after_title = initial
            else:
                after_title = word in short_titles or (word == "." and previous in short_titles) or (
                    word.endswith(".") and word[:-1] in short_titles)
            previous = word
            if not after_title and word not in short_titles:
                break
    if inside:
        marks = doc.to_array(SENT_START).astype(numpy.int64)
        marks[inside] = -1
        doc.from_array([SENT_START], marks.astype(numpy.uint64))  # -1 as spaCy's own arrays hold it


@Language.factory(
    "minutes_layout",
    assigns=["doc.spans", "token.is_sent_start"],
    requires=["doc._.doc_type"],
    default_config={"names": {"@misc": "minutes.lexicon.v1", "name": "lexicons/honorifics.json"}},
)
def make_layout_finder(nlp: Language, name: str, names: dict[str, Any]) -> LayoutFinder:
    """Factory for LayoutFinder."""
    return LayoutFinder(nlp, name, names=names)
