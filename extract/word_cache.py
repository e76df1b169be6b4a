"""The words the tokenizer keeps cached from batch to batch.

Each batch of papers is parsed inside spaCy's memory zone, which keeps memory flat over thousands of papers;
but inside a zone spaCy's tokenizer caches nothing, so every word of every batch is split by the prefix,
suffix and infix rules again and given a new lexeme (about 8 µs a word instead of 1). After each batch the
words it used at least twice are tokenized once outside the zone, up to a bound, so that they stay cached,
with their lexemes, for the batches after. Tokens are the same either way: the cache only saves the work.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from spacy.language import Language

MOST_WORDS = 20_000
"""The most words kept: enough for a council's running text, a few MiB however many papers are read."""
LEAST_USES = 2
"""Times a batch must use a word for it to be kept (names and numbers used once are not)."""


class WordCache:
    """Keep the words each batch used most in the pipeline tokenizer's cache, outside any memory zone."""

    def __init__(self, nlp: Language, *, most: int = MOST_WORDS, least_uses: int = LEAST_USES) -> None:
        self.nlp = nlp
        self.most = most
        self.least_uses = least_uses
        self.kept: set[str] = set()

    def learn(self, texts: Iterable[str]) -> None:
        """Cache the words (whitespace-separated, as the tokenizer caches them) these texts used at least
        least_uses times, most used first, until most are kept; call it outside the memory zone."""
        room = self.most - len(self.kept)
        if room <= 0:
            return
        counts = Counter(word for text in texts for word in text.split())
        new = [word for word, uses in counts.most_common() if uses >= self.least_uses and word not in self.kept]
        new = new[:room]
        for word in new:  # one by one: spaCy caches none of a text's words after its first special case
            self.nlp.tokenizer(word)
        self.kept.update(new)
