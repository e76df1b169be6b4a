"""The pipeline's tokenizer: spaCy's English tokenizer, with the punctuation committee papers glue to words.

Minutes write "RESOLVED:-", "agreed:-" and "Present:-"; spaCy's English rules keep ":-" on the word,
so "agreed:-" would not be the word "agreed". Declared in models/config.cfg as minutes.tokenizer.v1.
"""

from __future__ import annotations

from typing import Callable

from spacy.language import Language, create_tokenizer
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex, registry

EXTRA_SUFFIXES = [r":-$", r":–$"]
"""Suffixes split off a word: the colon-dash that opens a list in minutes."""


@registry.tokenizers("minutes.tokenizer.v1")
def make_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's English tokenizer with EXTRA_SUFFIXES added."""

    english = create_tokenizer()

    def create(nlp: Language) -> Tokenizer:
        tokenizer = english(nlp)
        suffixes = list(nlp.Defaults.suffixes or []) + EXTRA_SUFFIXES
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        return tokenizer

    return create
