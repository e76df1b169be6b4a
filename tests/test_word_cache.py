"""The words a batch used most stay cached between memory zones, and tokens are the same with or without."""

from __future__ import annotations

from spacy.language import Language

from extract.word_cache import WordCache

MINUTES = ("Minute 12: the Zyllenby Parish Council RESOLVED that the Zyllenby report be noted, "
           "the Quorvale item deferred.")


def tokens(nlp: Language, text: str) -> list[str]:
    """The text's tokens, tokenized inside a memory zone as the Extractor does."""
    with nlp.memory_zone():
        return [t.text_with_ws for t in nlp.make_doc(text)]


def test_a_word_used_twice_stays_after_the_zone_and_one_used_once_does_not(blank_nlp: Language) -> None:
    before = tokens(blank_nlp, MINUTES)
    assert "Zyllenby" not in blank_nlp.vocab and "Quorvale" not in blank_nlp.vocab
    WordCache(blank_nlp).learn([MINUTES])
    assert "Zyllenby" in blank_nlp.vocab and "Quorvale" not in blank_nlp.vocab
    assert tokens(blank_nlp, MINUTES) == before


def test_the_cache_keeps_at_most_its_bound_most_used_first(blank_nlp: Language) -> None:
    cache = WordCache(blank_nlp, most=2)
    cache.learn(["budget budget budget report report vote vote", "vote"])
    assert cache.kept == {"budget", "vote"}
    cache.learn(["report report report"])
    assert cache.kept == {"budget", "vote"}


def test_each_word_is_tokenized_on_its_own(blank_nlp: Language) -> None:
    """spaCy's tokenizer caches no word of a text after the text's first special case ("Council's" splits
    off "'s"), so the words are given to it one by one, each cached whatever came before."""
    seen: list[str] = []
    tokenizer = blank_nlp.tokenizer
    blank_nlp.tokenizer = lambda text: seen.append(text) or tokenizer(text)
    WordCache(blank_nlp).learn(["the Council's report and the Council's vote, the report"])
    assert sorted(seen) == sorted(["the", "Council's", "report"])


def test_records_are_the_same_once_words_are_cached(extractor) -> None:
    text = "MINUTES of the Cabinet\n\n5. Budget\n\nRESOLVED: that the budget for 2025/26 be approved.\n"
    first = [r.model_dump() for r in extractor.extract_text(text, source="a.txt")]
    extractor.words.learn([text, text])
    assert [r.model_dump() for r in extractor.extract_text(text, source="a.txt")] == first
