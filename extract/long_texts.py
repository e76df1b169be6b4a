"""Texts longer than spaCy's max_length: tokenised whole, the trained components run chunk by chunk.

spaCy refuses a text longer than nlp.max_length because its trained components (here the sentence
recogniser and NER) need memory in proportion to the text. A long paper is tokenised as one Doc;
the rule components run on it whole, and the trained components run on chunks of at most
max_length characters cut at paragraph boundaries (else at a line break, else at a space), their
annotations copied back; trained components with no rule component between them in the pipeline
(senter, then ner) run one after the other on the same chunk, so each chunk is copied once.
Offsets are those of the whole Doc, so every span is exact in the full text.
The Extractor takes this path for any paper over extractor.TRAINED_CHUNK_CHARS, to bound NER's memory.
"""

from __future__ import annotations

import time
from itertools import groupby
from typing import Iterator, Optional

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from .doc_text import doc_text

COPIED = [SENT_START, ENT_IOB, ENT_TYPE, ENT_KB_ID]
"""Annotations the trained components set, copied from each chunk into the whole Doc."""
CHUNK_ATTRS = Doc._get_array_attrs()
"""The token attributes a chunk's Doc is given: those Span.as_doc copies."""
CHUNK_COPIES = "chunk copies"
"""The part of a long paper's time spent building its chunks and copying their annotations back."""
INSIDE, BEGIN = 1, 3
"""ENT_IOB values: a token inside an entity, the first token of one."""


def chunk_bounds(text: str, limit: int) -> list[int]:
    """Character offsets that cut text into pieces of at most limit characters, at the best break found."""
    cuts = [0]
    while len(text) - cuts[-1] > limit:
        start = cuts[-1]
        window_end = start + limit
        for separator in ("\n\n", "\n", " "):
            found = text.rfind(separator, start + 1, window_end)
            if found > start:
                cut = found + len(separator)
                break
        else:
            cut = window_end
        cuts.append(cut)
    return [*cuts, len(text)]


def token_chunks(doc: Doc, limit: int) -> list[tuple[int, int]]:
    """(start, end) token indices of the chunks: each holds whole tokens and at most about limit characters."""
    starts = doc.to_array("IDX")
    chunks: list[tuple[int, int]] = []
    first = 0
    for cut in chunk_bounds(doc_text(doc), limit)[1:]:
        last = max(first, int(numpy.searchsorted(starts, cut)))
        if last > first:
            chunks.append((first, last))
        first = last
    if first < len(doc):
        chunks.append((first, len(doc)))
    return chunks


def chunk_docs(doc: Doc, chunks: list[tuple[int, int]]) -> Iterator[Doc]:
    """A Doc of each chunk with what Span.as_doc gives a trained component (token attributes, entities
    not cut by the chunk's edges), built from one array of the whole Doc: as_doc builds that array again
    for every chunk, so a long paper would cost time in proportion to its length squared."""
    array = doc.to_array(CHUNK_ATTRS)
    strings = doc.vocab.strings
    orth, space, iob = (CHUNK_ATTRS.index(attr) for attr in (ORTH, SPACY, ENT_IOB))
    for start, end in chunks:
        rows = array[start:end].copy()
        chunk = Doc(doc.vocab, words=[strings[value] for value in rows[:, orth].tolist()],
                    spaces=rows[:, space].astype(bool).tolist())
        began_before = rows[0, iob] == INSIDE
        if began_before:
            rows[0, iob] = BEGIN
        chunk.from_array(CHUNK_ATTRS, rows)
        ends_after = end < len(doc) and array[end, iob] == INSIDE
        ents = chunk.ents
        edges = (ents[0], ents[-1]) if len(ents) > 1 else ents
        cut = [ent for ent in edges
               if (began_before and ent.start == 0) or (ends_after and ent.end == len(chunk))]
        if cut:
            chunk.set_ents([], missing=cut, default="unmodified")
        yield chunk


def run_trained(procs: list[tuple[str, TrainablePipe]], doc: Doc, limit: int,
                seconds: Optional[dict[str, float]] = None) -> Doc:
    """Run trained components one after another on each chunk, then copy their annotations back into the
    whole Doc; seconds, when given, gains each component's CPU time, and CHUNK_COPIES that of building
    the chunks and copying their annotations back (work only a long paper has)."""
    arrays = []
    own = dict.fromkeys((name for name, _ in procs), 0.0)
    start = time.process_time()
    for chunk in chunk_docs(doc, token_chunks(doc, limit)):
        for name, proc in procs:
            began = time.process_time()
            chunk = proc(chunk)
            own[name] += time.process_time() - began
        arrays.append(chunk.to_array(COPIED))
    if arrays:
        doc.from_array(COPIED, numpy.concatenate(arrays))  # type: ignore[arg-type]  (thinc Ints2d)
    if seconds is not None:
        for name, cost in own.items():
            seconds[name] = seconds.get(name, 0.0) + cost
        copies = time.process_time() - start - sum(own.values())
        seconds[CHUNK_COPIES] = seconds.get(CHUNK_COPIES, 0.0) + copies
    return doc


def parse_long(nlp: Language, doc: Doc, limit: Optional[int] = None,
               seconds: Optional[dict[str, float]] = None) -> Doc:
    """Run the pipeline over a long Doc (made with nlp.tokenizer, not make_doc, when over nlp.max_length),
    the trained components on chunks of at most limit characters (default nlp.max_length), those with no
    rule component between them on the same chunks; seconds, when given, gains each component's CPU time."""
    for trained, stage in groupby(nlp.pipeline, key=lambda pipe: isinstance(pipe[1], TrainablePipe)):
        if trained:
            doc = run_trained(list(stage), doc, limit or nlp.max_length, seconds)  # type: ignore[arg-type]
            continue
        for name, proc in stage:
            start = time.process_time()
            doc = proc(doc)  # type: ignore[operator]
            if seconds is not None:
                seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
    return doc
