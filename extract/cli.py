"""The minutes-extract command line: thin typer commands, each calling one library function."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Optional

import typer

from .about import __version__
from .budget import DEFAULT_MEMORY_MB, DEFAULT_SECONDS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn UK committee papers (minutes, reports, decision notices, agendas) into JSON Lines records.",
)

DEFAULT_OUTPUT = Path("output/records.jsonl")

USAGE_EXIT, FAILED_EXIT = 2, 1
"""Exit statuses: 2 for a command line that cannot run as given (as click's own usage errors), 1 when
the command ran and failed (every input failed, a bad records file, no gold matched)."""

USAGE_CODES = frozenset({"E020", "E021", "E055", "E061", "E062", "E063", "E066", "E069", "E072", "E075"})
"""Coded errors that mean the command line itself is wrong: a path or an option value."""

QUIET = typer.Option(False, "--quiet", "-q", help="Print nothing but errors.")


def fail(message: str, code: int = FAILED_EXIT) -> None:
    """Print a message for the user on standard error and exit with the status given."""
    typer.echo(f"minutes-extract: {message}", err=True)
    raise typer.Exit(code=code)


def usage_error(message: str) -> None:
    """Exit with status 2: the command line names something missing or gives a bad option value."""
    fail(message, USAGE_EXIT)


def fail_with(exc: Exception) -> None:
    """Exit for a coded error: status 2 when it is about the command line, else 1."""
    message = str(exc)
    fail(message, USAGE_EXIT if message[:4] in USAGE_CODES else FAILED_EXIT)


def say(message: str, quiet: bool) -> None:
    """A progress or summary line on standard error, unless --quiet."""
    if not quiet:
        typer.echo(message, err=True)


def configure_logging(verbose: bool) -> None:
    """Warnings only (libraries' INFO lines too, such as a local Dask cluster's), or everything with -v."""
    level = logging.DEBUG if verbose else logging.WARNING
    handler = logging.StreamHandler()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


def show_version(value: bool) -> None:
    """--version: print the version line and stop."""
    if value:
        typer.echo(f"minutes-extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    _version: bool = typer.Option(False, "--version", "-V", callback=show_version, is_eager=True,
                                  help="Print the version and exit (`minutes-extract version` adds the "
                                       "model's)."),
) -> None:
    """Turn UK committee papers (minutes, reports, decision notices, agendas) into JSON Lines records."""


def stop_on_signal(signum: int, _frame: object) -> None:
    """SIGTERM ends a run as Ctrl-C does: workers stopped, temporary files removed, the journal kept."""
    raise SystemExit(128 + signum)


@app.command()
def run(
    inputs: list[Path] = typer.Argument(..., help="Paper files, or folders searched recursively; "
                                        "- for standard input."),
    output: Path = typer.Option(DEFAULT_OUTPUT, "-o", "--output",
                                help="JSONL file to write (replaced atomically; - for standard output)."),
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
    max_seconds: float = typer.Option(DEFAULT_SECONDS, "--max-seconds", min=0,
                                      help="Seconds one paper may take; a slower paper fails (0: no limit)."),
    max_memory_mb: float = typer.Option(DEFAULT_MEMORY_MB, "--max-memory-mb", min=0,
                                        help="Megabytes one paper may use; more fails it (0: no limit)."),
    include: Optional[list[str]] = typer.Option(None, "--include", help="Glob of files to read under a "
                                                "folder (repeatable; default: all but .json, .jsonl, .csv …)."),
    exclude: Optional[list[str]] = typer.Option(None, "--exclude",
                                                help="Glob of files to leave out under a folder (repeatable)."),
    follow_links: bool = typer.Option(False, "--follow-links",
                                      help="Follow links to folders and links leaving the input folder."),
    quiet: bool = QUIET,
) -> None:
    """Extract records from every input into one JSONL file; every input gets a document record."""
    import os
    import signal
    import sys
    import time

    from .budget import Budget
    from .errors import MinutesExtractError
    from .runner import run_batch
    from .shard import Shard

    configure_logging(verbose)
    signal.signal(signal.SIGTERM, stop_on_signal)
    started = time.perf_counter()
    say("minutes-extract: loading the pipeline (spaCy model and rules), then extracting…", quiet)
    try:
        summary = run_batch(inputs, output, with_text=with_text, resume=resume, max_mb=max_size_mb,
                            jobs=jobs if jobs is not None else os.cpu_count() or 1, engine=engine,
                            scheduler=scheduler, shard=Shard.parse(shard) if shard else None,
                            budget=Budget(max_seconds, max_memory_mb), include=include or (),
                            exclude=exclude or (), follow_links=follow_links,
                            progress=not quiet and sys.stderr.isatty())
    except MinutesExtractError as exc:
        fail_with(exc)
        return
    elapsed = time.perf_counter() - started
    for warning in summary.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for source, error in summary.failures:
        say(f"failed: {source}: {error}", quiet)
    say(f"{summary.line()}; {elapsed:.1f} s, {summary.words / elapsed:,.0f} words/s", quiet)
    if summary.all_failed:
        raise typer.Exit(code=FAILED_EXIT)


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
    misses: bool = typer.Option(False, "--misses", help="Also print, per paper and category, the gold "
                                "records not found (-) and the predicted records not in gold (+)."),
) -> None:
    """Score records against gold annotations: precision, recall and F1 per type, field accuracies."""
    from .errors import MinutesExtractError
    from .evaluate import check_gold_matched, format_scores, score

    if not gold.is_dir():
        usage_error(f"{gold} is not a folder of gold JSON files")
    if not records.is_file():
        usage_error(f"{records} does not exist: run `minutes-extract run` first")
    scores = score(gold, records)
    try:
        check_gold_matched(scores, gold, records)
    except MinutesExtractError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(scores.as_dict(), sort_keys=True))
    else:
        typer.echo(format_scores(scores, per_doc, misses))


@app.command()
def text(path: Path = typer.Argument(..., help="A paper file.")) -> None:
    """Print the text extracted from a file: record spans index into exactly this text."""
    from .inputs import read_source

    if not path.is_file():
        usage_error(f"{path} does not exist: check the path")
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
    add: bool = typer.Option(False, "--add", help="Keep the papers already loaded that this file lacks "
                             "(to load the parts of a sharded run one by one)."),
    quiet: bool = QUIET,
) -> None:
    """Load a run into SQLite (one table per record type, full-text search), ready for `datasette`."""
    from .errors import MinutesExtractError
    from .load import load_records

    if not records.is_file():
        usage_error(f"{records} does not exist: run `minutes-extract run` first")
    try:
        summary = load_records(records, database, add=add)
    except MinutesExtractError as exc:
        fail_with(exc)
        return
    say(summary.line(), quiet)


@app.command()
def review(
    records: Path = typer.Argument(..., help="JSONL written by `minutes-extract run --with-text`."),
    output: Path = typer.Option(Path("review"), "-o", "--output", help="Folder for the HTML pages."),
    quiet: bool = QUIET,
) -> None:
    """Write static HTML review pages: each paper's text with its extracted spans highlighted."""
    from .errors import MinutesExtractError
    from .review import write_review

    if not records.is_file():
        usage_error(f"{records} does not exist: run `minutes-extract run --with-text` first")
    try:
        summary = write_review(records, output)
    except MinutesExtractError as exc:
        fail_with(exc)
        return
    if summary.without_text:
        say("some papers have no text in the records: re-run `minutes-extract run` with --with-text "
            "to see their spans", quiet)
    say(summary.line(), quiet)


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
        usage_error(f"unknown format {export_format!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if not records.is_file():
        usage_error(f"{records} does not exist: run `minutes-extract run` first")
    try:
        document = export_records(records, export_format)  # type: ignore[arg-type]
    except MinutesExtractError as exc:
        fail_with(exc)
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
        fail_with(exc)
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
    quiet: bool = QUIET,
) -> None:
    """Merge the part files of a sharded run into one JSONL, the same bytes as the run without --shard."""
    from .errors import MinutesExtractError
    from .merge import merge_parts

    missing = [p for p in parts if not p.is_file()]
    if missing:
        usage_error(f"{missing[0]} does not exist: "
                    "give the part files written by `minutes-extract run --shard`")
    try:
        summary = merge_parts(parts, output)
    except MinutesExtractError as exc:
        fail_with(exc)
        return
    say(summary.line(), quiet)
