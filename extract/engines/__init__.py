"""Engines: where a batch is extracted (this process, worker processes, a Dask cluster); all give the same bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional, Sequence

from ..budget import Budget
from ..errors import EngineError, Messages
from ..extractor import DEFAULT_BATCH_SIZE, Extractor
from ..inputs import DEFAULT_MAX_MB
from .work import DocumentLines, extract_in_process

ENGINES: tuple[str, ...] = ("local", "dask")


def extract_documents(
    files: Sequence[Path],
    *,
    engine: str = "local",
    jobs: int = 1,
    scheduler: Optional[str] = None,
    with_text: bool = False,
    extractor: Optional[Extractor] = None,
    max_mb: float = DEFAULT_MAX_MB,
    budget: Budget = Budget(),
) -> Iterator[DocumentLines]:
    """Each file's finished lines, in input order, from the engine asked for.

    Args:
        files: input files.
        engine: "local" (this machine) or "dask" (a Dask cluster).
        jobs: local worker processes, or the workers of the LocalCluster dask starts without a scheduler.
            A local run of one batch (32 files) or less stays in this process: starting workers
            would cost more than it saves.
        scheduler: a Dask scheduler's address (dask only).
        with_text: put the extracted text on each document record.
        extractor: the Extractor used when the run stays in this process; one is built when not given.
        max_mb: files larger than this many megabytes fail without being read.
        budget: the time and memory each paper may take.

    Every engine hands out one paper per task, so each finished paper comes back (and is journalled)
    as soon as it is done.

    Raises:
        EngineError: an unknown engine, jobs below 1, or a scheduler given to the local engine.
    """
    if engine not in ENGINES:
        raise EngineError(Messages.E063.format(engine=engine, engines=", ".join(ENGINES)))
    if jobs < 1:
        raise EngineError(Messages.E062.format(jobs=jobs))
    if scheduler is not None and engine != "dask":
        raise EngineError(Messages.E066)
    if engine == "dask":
        from .dask import extract_on_dask

        return extract_on_dask(files, scheduler=scheduler, jobs=jobs, with_text=with_text, max_mb=max_mb,
                               budget=budget)
    if jobs == 1 or len(files) <= DEFAULT_BATCH_SIZE:
        return extract_in_process(files, extractor if extractor is not None else Extractor(), with_text=with_text,
                                  max_mb=max_mb, budget=budget)
    from .local import extract_in_processes

    return extract_in_processes(files, jobs=jobs, with_text=with_text, max_mb=max_mb, budget=budget)
