"""The local engine: worker processes on this machine, each loading the pipeline once.

The parent hands out chunks of input paths and writes each document's finished lines in input order,
so the output is byte-identical to a run in one process. A worker that dies (out of memory, a crash in
a library) loses no document: the chunks it held are re-run one document at a time in a fresh worker,
and a document that kills that worker too gets a failed document record.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Callable, Generator, Iterator, Optional, Sequence

from ..budget import Budget
from ..errors import MinutesExtractError
from ..extractor import Extractor
from ..inputs import DEFAULT_MAX_MB
from .work import DocumentLines, ExtractorFactory, extract_paths, load_worker, lost_document

log = logging.getLogger(__name__)

START_METHOD = "spawn"
"""Workers start as fresh interpreters: forking a parent that has imported spaCy is unsafe, and forkserver
(with the engine preloaded) was no faster here: both about 2 s from start to two loaded workers' first papers."""

PAPERS_PER_TASK = 1
"""One paper per task: each comes back, and is journalled, as soon as it is done, and a worker that dies
takes only its one paper with it; a task costs about a millisecond against a paper's tenths of a second."""
CHUNKS_IN_FLIGHT_PER_JOB = 2
"""Chunks queued per worker: enough to keep every worker busy, few enough to bound the parent's memory."""

InDoubt = list[tuple[list[str], Optional[Future[list[DocumentLines]]]]]
"""Chunks whose results may be lost, each with its future when it had one."""


def chunked(paths: Sequence[Path | str], size: int) -> deque[list[str]]:
    """Consecutive chunks of at most size paths, as strings (they pickle small)."""
    return deque([str(p) for p in paths[i:i + size]] for i in range(0, len(paths), size))


def start_pool(jobs: int, make_extractor: ExtractorFactory) -> ProcessPoolExecutor:
    """A pool of jobs worker processes, each loading its pipeline as it starts."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(START_METHOD),
                               initializer=load_worker, initargs=(make_extractor, os.getpid()))


def stop_now(pool: ProcessPoolExecutor) -> None:
    """End the workers at once (Ctrl-C, SIGTERM): waiting for their papers to finish takes seconds."""
    kill = getattr(pool, "kill_workers", None)  # Python 3.14
    if kill is not None:
        kill()
    else:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def extract_in_processes(
    files: Sequence[Path | str],
    *,
    jobs: int,
    with_text: bool = False,
    make_extractor: ExtractorFactory = Extractor,
    chunk_size: int = PAPERS_PER_TASK,
    max_mb: float = DEFAULT_MAX_MB,
    budget: Budget = Budget(),
) -> Iterator[DocumentLines]:
    """Each file's lines, in input order, extracted by jobs worker processes.

    Args:
        files: input files, in the order their lines are wanted.
        jobs: worker processes.
        with_text: put the extracted text on each document record.
        make_extractor: builds each worker's Extractor (a module-level callable).
        chunk_size: files per task (a record never depends on its batch).
        max_mb: files larger than this many megabytes fail without being read.
        budget: the time and memory each paper may take.

    Raises:
        MinutesExtractError: the workers could not load the pipeline (the message says why).
    """
    chunks = chunked(files, chunk_size)
    task = partial(extract_paths, max_mb=max_mb, budget=budget)
    while chunks:
        lost = yield from run_pool(chunks, jobs, with_text, make_extractor, task)
        yield from recover(lost, with_text, make_extractor, task)


def run_pool(chunks: deque[list[str]], jobs: int, with_text: bool, make_extractor: ExtractorFactory,
             task: Callable[..., list[DocumentLines]]) -> Generator[DocumentLines, None, InDoubt]:
    """Run chunks (taken from the left) in a pool until done or a task fails; return the chunks left in doubt.

    The chunks returned are the failed one and every one queued behind it, each with its future, so
    those that finished before the failure are not run again.
    """
    pool = start_pool(jobs, make_extractor)
    in_flight: deque[tuple[list[str], Future[list[DocumentLines]]]] = deque()
    try:
        while chunks or in_flight:
            while chunks and len(in_flight) < jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                chunk = chunks.popleft()
                in_flight.append((chunk, pool.submit(task, chunk, with_text, make_extractor)))
            chunk, future = in_flight.popleft()
            try:
                done = future.result()
            except MinutesExtractError:
                raise
            except Exception:  # noqa: BLE001  (a dead worker or a bug: the documents are re-run one by one)
                log.warning("a worker failed on a chunk of %d documents; re-running them one at a time", len(chunk),
                            exc_info=log.isEnabledFor(logging.DEBUG))
                return [(chunk, None), *in_flight]
            yield from done
        return []
    except BaseException:
        stop_now(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def recover(lost: InDoubt, with_text: bool, make_extractor: ExtractorFactory,
            task: Callable[..., list[DocumentLines]]) -> Iterator[DocumentLines]:
    """Lines of the chunks in doubt, in order: finished results as they are, the rest one document at a time."""
    pool: Optional[ProcessPoolExecutor] = None
    try:
        for chunk, future in lost:
            if future is not None and future.done() and not future.cancelled() and future.exception() is None:
                yield from future.result()
                continue
            for path in chunk:
                pool = pool or start_pool(1, make_extractor)
                try:
                    done = pool.submit(task, [path], with_text, make_extractor).result()
                except MinutesExtractError:
                    raise
                except Exception:  # noqa: BLE001  (this document alone stops its worker: it fails, the rest go on)
                    log.error("the worker stopped while processing %s; it gets a failed document record", path)
                    pool.shutdown(wait=True)
                    pool = None
                    done = [lost_document(path, with_text)]
                yield from done
    except BaseException:
        if pool is not None:
            stop_now(pool)
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
