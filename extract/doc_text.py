"""The text of a Doc, joined once: spaCy's Doc.text joins every token's text again on each access,
so a rule reading it per match would cost time in proportion to the paper's length each time."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
"""Each live Doc's joined text (components never change a Doc's text); gone with its Doc."""


def doc_text(doc: Doc) -> str:
    """doc.text, built on the first call for this Doc."""
    text = TEXTS.get(doc)
    if text is None:
        text = TEXTS[doc] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """Note text as the Doc's own when the Doc was just made from it (spaCy's tokenizer keeps every
    character), so doc_text need not join its tokens again: about 3 µs a word on every paper."""
    if (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0) == len(text):
        TEXTS[doc] = text
    return doc
