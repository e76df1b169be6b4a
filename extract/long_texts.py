"""Texts longer than spaCy's max_length: tokenised whole, the trained components run chunk by chunk.

spaCy refuses a text longer than nlp.max_length because its trained components (here the sentence
recogniser and NER) need memory in proportion to the text. A long paper is tokenised as one Doc;
the rule components run on it whole, and each trained component runs on chunks of at most
max_length characters cut at paragraph boundaries (else at a line break, else at a space), its
annotations copied back. Offsets are those of the whole Doc, so every span is exact in the full text.
The Extractor takes this path for any paper over extractor.TRAINED_CHUNK_CHARS, to bound NER's memory.
"""

from __future__ import annotations

from typing import Optional

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, SENT_START
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

COPIED = [SENT_START, ENT_IOB, ENT_TYPE, ENT_KB_ID]
"""Annotations the trained components set, copied from each chunk into the whole Doc."""


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
    starts = [token.idx for token in doc]
    chunks: list[tuple[int, int]] = []
    first = 0
    for cut in chunk_bounds(doc.text, limit)[1:]:
        last = first
        while last < len(doc) and starts[last] < cut:
            last += 1
        if last > first:
            chunks.append((first, last))
        first = last
    if first < len(doc):
        chunks.append((first, len(doc)))
    return chunks


def run_trained(proc: TrainablePipe, doc: Doc, limit: int) -> Doc:
    """Run a trained component chunk by chunk, then copy its annotations back into the whole Doc."""
    arrays = []
    for start, end in token_chunks(doc, limit):
        chunk = proc(doc[start:end].as_doc())
        arrays.append(chunk.to_array(COPIED))
    if arrays:
        doc.from_array(COPIED, numpy.concatenate(arrays))  # type: ignore[arg-type]  (thinc Ints2d)
    return doc


def parse_long(nlp: Language, doc: Doc, limit: Optional[int] = None) -> Doc:
    """Run the pipeline over a long Doc (made with nlp.tokenizer, not make_doc, when over nlp.max_length),
    the trained components on chunks of at most limit characters (default nlp.max_length)."""
    for _name, proc in nlp.pipeline:
        if isinstance(proc, TrainablePipe):
            doc = run_trained(proc, doc, limit or nlp.max_length)
        else:
            doc = proc(doc)  # type: ignore[operator]
    return doc
