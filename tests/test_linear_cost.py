"""Long papers cost in proportion to their length: per component, and in the look-ups that keep it so."""

from __future__ import annotations

import gc
import random
import re
import time
import weakref

import pytest
from spacy.pipeline import TrainablePipe

import extract.span_index as span_index_module
from extract.bench.benchmark import trained_components
from extract.bench.corpus import generate_paper, long_paper
from extract.doc_text import TEXTS, doc_text, keep_text
from extract.normalise.organisations import BodiesNamed, Body, name_key
from extract.span_index import Bounds, Coverage, SpanIndex, last_match_before

TRAINED = ("senter", "ner")
"""The statistical components: their cost is spaCy's own, the rule components' is the project's."""


def cpu_per_word(nlp, text: str) -> dict[str, float]:
    """CPU seconds per word of each rule component on text."""
    words = len(text.split())
    doc = nlp.make_doc(text)
    costs = {}
    for name, proc in nlp.pipeline:
        start = time.process_time()
        doc = proc(doc)
        costs[name] = (time.process_time() - start) / words
    return costs


def least_cpu_per_word(nlp, text: str, runs: int = 3) -> dict[str, float]:
    """Each component's least CPU per word over a few runs: another process on a shared machine only ever
    adds to a run's cost, so the least is the figure closest to the code's own (growth is asserted at 2x,
    where a super-linear step shows as 8x)."""
    measured = [cpu_per_word(nlp, text) for _ in range(runs)]
    return {name: min(m[name] for m in measured) for name in measured[0]}


def test_rule_components_cost_the_same_per_word_on_a_paper_eight_times_as_long(nlp):
    short = long_paper(1500)
    long = "\n\n".join([short] * 8)  # the same mix of layouts, eight times over
    cpu_per_word(nlp, short)  # nothing loaded on first use inside the timings
    before, after = least_cpu_per_word(nlp, short), least_cpu_per_word(nlp, long)
    grown = {name: after[name] / before[name] for name in before
             if name not in TRAINED and before[name] > 5e-7}
    assert all(growth < 2.0 for growth in grown.values()), grown


def test_long_paper_joins_the_generated_papers_in_order():
    text = long_paper(3000, seed=2)
    assert len(text.split()) >= 3000
    assert text.startswith(generate_paper(0, seed=2).text + "\n\n" + generate_paper(1, seed=2).text)
    assert long_paper(3000, seed=2) == text


def test_the_bare_model_of_the_bench_runs_the_extractors_trained_components(nlp):
    assert trained_components() == [name for name, proc in nlp.pipeline if isinstance(proc, TrainablePipe)]


@pytest.mark.parametrize("text", ["", " ", "Item 4\n\n  RESOLVED – that the report\tbe noted.  ",
                                  "Cyngor Sir Ynys Môn — Pwyllgor Gwaith\r\n"])
def test_a_doc_keeps_the_text_it_was_made_from_and_that_text_is_its_own(blank_nlp, text):
    doc = keep_text(blank_nlp.make_doc(text), text)
    assert doc_text(doc) is text and text == doc.text


def test_a_text_that_is_not_the_docs_is_not_kept(blank_nlp):
    doc = keep_text(blank_nlp.make_doc("RESOLVED: noted."), "RESOLVED: noted, with thanks.")
    assert doc_text(doc) == "RESOLVED: noted."


def test_the_extractor_gives_each_doc_its_source_text(extractor):
    from extract.inputs import SourceText

    text = "MINUTES of the Licensing Sub-Committee\n\nRESOLVED: that the licence be granted.\n"
    source = SourceText("licensing.txt", "0" * 64, "ok", text=text, format="text", encoding="utf-8")
    assert doc_text(extractor._prepare(source)) is source.text


def test_doc_text_is_joined_once_and_forgotten_with_its_doc(blank_nlp):
    doc = blank_nlp("RESOLVED: that the Llanfair Caereinion Town Council report\nbe noted.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
    assert not any("Llanfair Caereinion" in text for text in TEXTS.values())


def test_coverage_answers_as_the_list_of_every_stretch_would():
    rng = random.Random(7)
    for _ in range(500):
        coverage, stretches = Coverage(), []
        for _ in range(40):
            start = rng.randint(0, 80)
            end = start + rng.randint(-4, 15)
            if rng.random() < 0.5:
                coverage.add(start, end)
                stretches.append((start, end))
            else:
                assert coverage.overlaps(start, end) == any(a < end and start < b for a, b in stretches)


def test_coverage_of_claims_every_stretch_given():
    coverage = Coverage.of([(10, 20), (30, 31), (5, 5)])
    assert coverage.overlaps(19, 20) and coverage.overlaps(30, 31) and not coverage.overlaps(20, 30)
    assert not Coverage.of([]).overlaps(0, 100)


def test_bounds_answer_as_a_walk_over_every_bound_would():
    rng = random.Random(11)
    for _ in range(500):
        starts = [rng.randint(0, 60) for _ in range(rng.randint(0, 12))]
        bounds = [(a, a + rng.randint(-3, 12)) for a in starts]
        index = Bounds(bounds)
        for _ in range(20):
            start = rng.randint(-2, 70)
            end = start + rng.randint(-3, 15)
            assert index.overlaps(start, end) == any(a < end and start < b for a, b in bounds)
            assert index.overlaps_from(start, end) == any(
                a < end and start < b for a, b in bounds if a >= start)
            assert index.holds(start, end) == any(a <= start and end <= b for a, b in bounds)


def test_a_shorter_name_finds_the_first_body_whose_name_or_form_ends_with_it():
    rng = random.Random(5)
    words = ["West", "of", "Combined", "Authority", "Joint", "Board", "the", "&", "and"]
    for _ in range(300):
        named, walk = BodiesNamed(), []
        for _ in range(rng.randint(0, 8)):
            name = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
            written = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
            body = None if rng.random() < 0.1 else Body(name_key(name), name, "other")
            named.add(body, written)
            if (body, written) not in walk:
                walk.append((body, written))
        for _ in range(10):
            phrase = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
            if walk and rng.random() < 0.7:  # the last words of a name or form already named
                form = rng.choice([w for b, written in walk for w in (written, b.name if b else "")]).split()
                phrase = " ".join(form[rng.randint(0, len(form)):])
            key = name_key(phrase)
            expected = next((b for b, written in walk if b is not None and len(key.split()) >= 2 and any(
                name_key(form).endswith(" " + key) for form in (b.name, written))), None)
            assert named.fuller_body(phrase) == expected, (walk, phrase)


def test_merging_officers_looks_up_each_name_by_surname_and_keeps_the_contacts_record():
    from extract.normalise.officer_rules import OfficerFound
    from extract.normalise.posts import merge_same_person

    text = "Karen Dunmore, Clerk. K. Dunmore attended. B. Dunmore attended. Ravi Shah spoke. Mr Patel spoke."

    def officer(name: str, role: str) -> OfficerFound:
        start = text.index(name)
        return OfficerFound(role, "test", name=(start, start + len(name)), start=start, end=start + len(name))

    officers = [officer("K. Dunmore", "attendee"), officer("Karen Dunmore", "contact"),
                officer("B. Dunmore", "attendee"), officer("Ravi Shah", "mentioned"), officer("Patel", "mentioned")]
    kept = merge_same_person(officers, text)
    assert [text[o.name[0]:o.name[1]] for o in kept] == ["Karen Dunmore", "B. Dunmore", "Ravi Shah", "Patel"]


def test_agenda_ref_is_the_item_before_the_first_heading_after_the_offset():
    from types import SimpleNamespace

    from extract.to_records import agenda_reach, agenda_ref

    def item(start: int, number: str) -> SimpleNamespace:
        return SimpleNamespace(span=SimpleNamespace(start=start), number=number, title=None, record_id=f"rec_{number}")

    items = [item(10, "1"), item(50, "2"), item(30, "2a"), item(90, "3")]  # "2a" out of order, as it may be
    reach = agenda_reach(items)
    for offset in range(0, 120, 5):
        walked = None
        for it in items:
            if it.span.start > offset:
                break
            walked = it
        ref = agenda_ref(items, reach, offset)
        assert (ref and ref.number) == (walked and walked.number), offset


def test_span_index_gives_the_spans_between_two_offsets_in_their_own_order(blank_nlp):
    doc = blank_nlp("Cabinet approved it . The Audit Committee noted it . Full Council agreed .")
    spans = [doc[8:11], doc[0:1], doc[5:7], doc[4:7]]
    index = SpanIndex(spans)
    for lo in range(0, 80, 3):
        for hi in range(lo, 80, 7):
            assert index.between(lo, hi) == [s for s in spans if lo <= s.start_char <= hi]


@pytest.mark.parametrize("seed", range(3))
def test_last_match_before_is_the_last_match_of_the_text_up_to_the_offset(blank_nlp, monkeypatch, seed):
    monkeypatch.setattr(span_index_module, "LOOKBACK_CHARS", 30)  # so the restart is exercised
    pattern = re.compile(r"^[ \t]*(?:extract\s+from\s+(?:the\s+)?minutes\b|minutes\s+of\s+.{3,40}?\s+held\b)"
                         r".*$", re.IGNORECASE | re.MULTILINE)
    words = ["extract", "from", "the", "minutes", "of", "cabinet", "held", "RESOLVED", "that",
             "\n", "\n\n", "  "]
    rng = random.Random(seed)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 100)))
        doc = blank_nlp.make_doc("x")
        for _ in range(6):
            offset = rng.randint(0, len(text))
            expected = None
            for expected in pattern.finditer(text, 0, offset):
                pass
            found = last_match_before(doc, text, pattern, offset)
            assert (found and found.span()) == (expected and expected.span()), (text, offset)


def test_a_bounded_run_matched_as_a_star_gives_the_matches_of_the_bounded_run(blank_nlp):
    from spacy.matcher import Matcher

    from extract.components.decisions import starred, within_counts

    pattern = [{"LOWER": "considered"}, {"IS_PUNCT": False, "OP": "{0,3}"}, {"LOWER": "and"},
               {"LOWER": {"IN": ["supported", "agreed"]}}]
    bounded, star = Matcher(blank_nlp.vocab), Matcher(blank_nlp.vocab)
    loose, at_most = starred(pattern)
    assert at_most == {1: 3} and loose[1]["OP"] == "*"
    bounded.add("x", [pattern])
    star.add("x", [loose])
    doc = blank_nlp("The Panel considered it and agreed. The Board considered the long draft plan and then "
                    "the update and supported it. Members considered and agreed, and supported the bid.")
    expected = {(s, e) for _, s, e in bounded(doc)}
    assert expected and {(s, e) for _, s, e, aligned in star(doc, with_alignments=True)
                         if within_counts(aligned, at_most)} == expected


def test_a_paper_over_the_chunk_size_has_its_trained_components_run_in_chunks(extractor, monkeypatch):
    import extract.extractor as extractor_module
    import extract.long_texts as long_texts

    text = long_paper(4000)
    whole = extractor.extract_text(text, source="pack.txt")
    runs: list[tuple[list[str], int]] = []
    run_trained = long_texts.run_trained
    monkeypatch.setattr(long_texts, "run_trained", lambda procs, doc, limit, seconds=None: runs.append(
        ([name for name, _ in procs], limit)) or run_trained(procs, doc, limit, seconds))
    monkeypatch.setattr(extractor_module, "TRAINED_CHUNK_CHARS", len(text) // 4)
    chunked = extractor.extract_text(text, source="pack.txt")
    assert runs == [(["senter", "ner"], len(text) // 4)]  # side by side in the config: one pass over the chunks
    assert [r.model_dump() for r in chunked] == [r.model_dump() for r in whole]


def test_trained_components_share_chunks_only_when_no_rule_component_sits_between_them(nlp, monkeypatch):
    import extract.long_texts as long_texts

    runs: list[list[str]] = []
    monkeypatch.setattr(long_texts, "run_trained",
                        lambda procs, doc, limit, seconds=None: runs.append([name for name, _ in procs]) or doc)
    seen: list[str] = []
    rules = {name: (lambda doc, name=name: seen.append(name) or doc)
             for name, proc in nlp.pipeline if not isinstance(proc, TrainablePipe)}
    trained = {name: proc for name, proc in nlp.pipeline if isinstance(proc, TrainablePipe)}
    order = [("senter", trained["senter"]), ("minutes_header", rules["minutes_header"]),
             ("ner", trained["ner"]), ("minutes_dates", rules["minutes_dates"])]
    monkeypatch.setattr(type(nlp), "pipeline", property(lambda self: order))
    seconds: dict[str, float] = {}
    long_texts.parse_long(nlp, nlp.make_doc("The Cabinet met."), 1000, seconds)
    assert runs == [["senter"], ["ner"]] and seen == ["minutes_header", "minutes_dates"]
    assert list(seconds) == ["minutes_header", "minutes_dates"]  # the stubbed trained runs added none


@pytest.mark.parametrize("limit", [12, 25, 40, 70])
def test_chunk_docs_are_what_span_as_doc_gives_even_where_an_entity_crosses_a_cut(blank_nlp, limit):
    from spacy.tokens import Span

    from extract.long_texts import CHUNK_ATTRS, chunk_docs, token_chunks

    doc = blank_nlp("Report of the Chief Executive\nMid Suffolk District Council and Babergh\nDistrict Council "
                    "noted the report of Ms Ayesha Okonkwo-Hart .")
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 6, 10, "ORG"), Span(doc, 11, 14, "ORG"),
                Span(doc, 20, 23, "PERSON")]
    doc[0].is_sent_start = True
    chunks = token_chunks(doc, limit)
    assert len(chunks) > 1
    for (start, end), chunk in zip(chunks, chunk_docs(doc, chunks)):
        expected = doc[start:end].as_doc()
        assert chunk.text == expected.text
        assert (chunk.to_array(CHUNK_ATTRS) == expected.to_array(CHUNK_ATTRS)).all(), (start, end)
        assert [(e.start, e.end, e.label_) for e in chunk.ents] == [(e.start, e.end, e.label_) for e in expected.ents]
