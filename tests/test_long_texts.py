"""Papers longer than spaCy's max_length are processed in chunks, with spans exact in the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.long_texts import chunk_bounds

from .conftest import CORPUS, assert_grounded


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n"), max_size=400), st.integers(min_value=1, max_value=60))
def test_chunks_cover_the_text_in_order_and_keep_to_the_limit(text, limit):
    bounds = chunk_bounds(text, limit)
    assert bounds[0] == 0 and bounds[-1] == len(text)
    assert all(0 < end - start <= limit for start, end in zip(bounds, bounds[1:])) or not text


def test_chunks_are_cut_at_paragraph_breaks_first():
    text = "one two\nthree\n\nfour five\nsix\n\nseven"
    assert chunk_bounds(text, 16) == [0, 15, 30, len(text)]


def test_a_paper_over_max_length_gives_the_records_it_gives_whole(extractor, monkeypatch):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:3])
    whole = extractor.extract_text(text, source="long.txt")
    monkeypatch.setattr(extractor.nlp, "max_length", len(text) // 5)
    chunked = extractor.extract_text(text, source="long.txt")
    assert chunked[0].status == "ok" and chunked[0].text_chars == len(text)
    assert_grounded(chunked, text)
    same = {r.record_id for r in whole} & {r.record_id for r in chunked}
    assert len(same) >= 0.95 * len(whole), (len(same), len(whole), len(chunked))
