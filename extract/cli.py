"""The minutes-extract command line: thin typer commands, each calling one library function."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Optional

import typer

from .about import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn UK committee papers (minutes, reports, decision notices, agendas) into JSON Lines records.",
)

DEFAULT_OUTPUT = Path("output/records.jsonl")


def fail(message: str) -> None:
    """Print a message for the user on standard error and exit with status 1."""
    typer.echo(f"minutes-extract: {message}", err=True)
    raise typer.Exit(code=1)


@app.command()
def run(
    inputs: list[Path] = typer.Argument(..., help="Paper files, or folders searched recursively."),
    output: Path = typer.Option(DEFAULT_OUTPUT, "-o", "--output", help="JSONL file to write (replaced atomically)."),
    with_text: bool = typer.Option(False, "--with-text", help="Put the extracted text on each document record."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details, including tracebacks of failures."),
    resume: bool = typer.Option(False, "--resume", help="Reuse records of unchanged inputs from an earlier or "
                                "interrupted run of the same output."),
    max_size_mb: float = typer.Option(50.0, "--max-size-mb", min=0.001,
                                      help="Files larger than this many megabytes fail without being read."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: one per core; 1: "
                                       "this process)."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, tcp://HOST:PORT "
                                            "(default: a local Dask cluster)."),
    shard: Optional[str] = typer.Option(None, "--shard", help="Process only shard I/N (by content hash), writing "
                                        "OUT.part-I-of-N.jsonl."),
) -> None:
    """Extract records from every input into one JSONL file; every input gets a document record."""
    import os

    from .errors import MinutesExtractError
    from .runner import run_batch
    from .shard import Shard

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        summary = run_batch(inputs, output, with_text=with_text, resume=resume, max_mb=max_size_mb,
                            jobs=jobs if jobs is not None else os.cpu_count() or 1, engine=engine,
                            scheduler=scheduler, shard=Shard.parse(shard) if shard else None)
    except MinutesExtractError as exc:
        fail(str(exc))
        return
    for source, error in summary.failures:
        typer.echo(f"failed: {source}: {error}", err=True)
    typer.echo(summary.line(), err=True)
    if summary.all_failed:
        raise typer.Exit(code=1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records."""
    from .schema import record_json_schema

    typer.echo(json.dumps(record_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def evaluate(
    records: Path = typer.Argument(..., help="JSONL written by `minutes-extract run`."),
    gold: Path = typer.Option(Path("corpus/gold"), "--gold", help="Folder of gold JSON files."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON summary."),
    per_doc: bool = typer.Option(False, "--per-doc", help="Also print each document's counts."),
) -> None:
    """Score records against gold annotations: precision, recall and F1 per type, field accuracies."""
    from .evaluate import format_scores, score

    if not gold.is_dir():
        fail(f"{gold} is not a folder of gold JSON files")
    if not records.is_file():
        fail(f"{records} does not exist: run `minutes-extract run` first")
    scores = score(gold, records)
    typer.echo(json.dumps(scores.as_dict(), sort_keys=True) if as_json else format_scores(scores, per_doc))


@app.command()
def text(path: Path = typer.Argument(..., help="A paper file.")) -> None:
    """Print the text extracted from a file: record spans index into exactly this text."""
    from .inputs import read_source

    source = read_source(path)
    if source.status != "ok":
        fail(f"{path}: {source.error}")
    typer.echo(source.text, nl=False)


@app.command()
def version() -> None:
    """Print the extractor, model and spaCy versions and the rule-data hash."""
    from .pipeline import provenance

    info = provenance()
    typer.echo(f"minutes-extract {__version__}; {info.model_name} {info.model_version}; "
               f"spaCy {info.spacy_version}; rules {info.pipeline_hash[:12]}")


@app.command()
def load(
    records: Path = typer.Argument(..., help="JSONL written by `minutes-extract run`."),
    database: Path = typer.Argument(Path("minutes.db"), help="SQLite file to create or update."),
) -> None:
    """Load records into SQLite (one table per record type, full-text search), ready for `datasette`."""
    from .errors import MinutesExtractError
    from .load import load_records

    if not records.is_file():
        fail(f"{records} does not exist: run `minutes-extract run` first")
    try:
        summary = load_records(records, database)
    except MinutesExtractError as exc:
        fail(str(exc))
        return
    typer.echo(summary.line(), err=True)


@app.command()
def review(
    records: Path = typer.Argument(..., help="JSONL written by `minutes-extract run --with-text`."),
    output: Path = typer.Option(Path("review"), "-o", "--output", help="Folder for the HTML pages."),
) -> None:
    """Write static HTML review pages: each paper's text with its extracted spans highlighted."""
    from .errors import MinutesExtractError
    from .review import write_review

    if not records.is_file():
        fail(f"{records} does not exist: run `minutes-extract run --with-text` first")
    try:
        summary = write_review(records, output)
    except MinutesExtractError as exc:
        fail(str(exc))
        return
    if summary.without_text:
        typer.echo("some papers have no text in the records: re-run `minutes-extract run` with --with-text "
                   "to see their spans", err=True)
    typer.echo(summary.line(), err=True)


@app.command()
def export(
    records: Path = typer.Argument(..., help="JSONL written by `minutes-extract run`."),
    export_format: str = typer.Option("popolo", "--format", help="popolo or ocd."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (default: standard output)."),
) -> None:
    """Export resolutions, votes, organisations and people as Popolo or Open Civic Data JSON."""
    from .errors import MinutesExtractError
    from .export import EXPORT_FORMATS, export_records
    from .jsonl import write_lines_atomic

    if export_format not in EXPORT_FORMATS:
        fail(f"unknown format {export_format!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if not records.is_file():
        fail(f"{records} does not exist: run `minutes-extract run` first")
    try:
        document = export_records(records, export_format)  # type: ignore[arg-type]
    except MinutesExtractError as exc:
        fail(str(exc))
        return
    if output is None:
        typer.echo(document, nl=False)
    else:
        write_lines_atomic(output, [document.rstrip("\n")])


@app.command()
def bench(
    docs: int = typer.Option(1000, "--docs", help="Papers in the small batch; the large batch has ten times as many."),
    quick: bool = typer.Option(False, "--quick", help="A quick look: 100 and 1,000 papers (the targets are for the "
                               "default 1,000 and 10,000)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the generated papers."),
    workdir: Optional[Path] = typer.Option(None, "--workdir", help="Keep the papers and outputs here "
                                           "(default: a temporary folder)."),
    long_words: list[int] = typer.Option([3000, 30000, 100000], "--long-words", min=1,
                                         help="Length in words of a long paper timed component by component "
                                         "(repeat it; shortest first)."),
) -> None:
    """Benchmark on generated papers: words/s against the bare model, --jobs 2 speed-up, peak memory, and the
    cost per word of long papers."""
    from .bench.benchmark import format_result, run_benchmark
    from .errors import MinutesExtractError

    try:
        result = run_benchmark(100 if quick else docs, seed=seed, workdir=workdir,
                               long_words=tuple(long_words), progress=lambda line: typer.echo(line, err=True))
    except MinutesExtractError as exc:
        fail(str(exc))
        return
    typer.echo(format_result(result))


@app.command()
def generate(
    folder: Path = typer.Argument(..., help="Folder to write the papers into."),
    docs: int = typer.Option(100, "--docs", help="How many papers."),
    seed: int = typer.Option(0, "--seed", help="Seed: the same seed gives the same papers."),
) -> None:
    """Write generated committee papers (reports, minutes, decision notices, agendas) for benchmarks and trials."""
    from .bench.corpus import write_papers

    paths = write_papers(folder, docs, seed)
    typer.echo(f"{len(paths)} papers written to {folder}", err=True)


@app.command()
def merge(
    parts: list[Path] = typer.Argument(..., help="Part files of a sharded run (records.part-I-of-N.jsonl)."),
    output: Path = typer.Option(DEFAULT_OUTPUT, "-o", "--output", help="JSONL file to write (replaced atomically)."),
) -> None:
    """Merge the part files of a sharded run into one JSONL, the same bytes as the run without --shard."""
    from .errors import MinutesExtractError
    from .merge import merge_parts

    missing = [p for p in parts if not p.is_file()]
    if missing:
        fail(f"{missing[0]} does not exist: give the part files written by `minutes-extract run --shard`")
    try:
        summary = merge_parts(parts, output)
    except MinutesExtractError as exc:
        fail(str(exc))
        return
    typer.echo(summary.line(), err=True)
