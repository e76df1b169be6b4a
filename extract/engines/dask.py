"""The Dask engine: the same extraction on a Dask distributed cluster, gathered into the same JSONL.

Tasks are chunks of input paths, read by the workers (so every machine needs the inputs at the same
path, e.g. a shared folder; relative paths are read from the submitting machine's working folder).
Each worker thread builds its Extractor on its first task and keeps it. Results are gathered in
input order, so the output is byte-identical to a local run.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Sequence

from ..budget import Budget
from ..errors import EngineError, Messages, MinutesExtractError
from ..extractor import Extractor
from ..inputs import DEFAULT_MAX_MB
from .local import PAPERS_PER_TASK, chunked
from .work import DocumentLines, ExtractorFactory, extract_paths, lost_document

if TYPE_CHECKING:
    from distributed import Client, Future

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = "10s"
CHUNKS_IN_FLIGHT_PER_THREAD = 2
"""Chunks queued per worker thread: every thread kept busy, results never piling up on the workers."""


@contextmanager
def dask_client(scheduler: Optional[str], jobs: int) -> Iterator["Client"]:
    """A client of the scheduler at the address given, or of a LocalCluster of jobs single-threaded workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError(Messages.E064) from exc
    if scheduler is None:
        try:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=None,
                                   host="127.0.0.1")
        except (OSError, TimeoutError, RuntimeError) as exc:
            raise EngineError(Messages.E071.format(detail=str(exc).splitlines()[0] if str(exc) else
                                                   type(exc).__name__)) from exc
        with cluster, Client(cluster, set_as_default=False) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise EngineError(Messages.E065.format(address=scheduler, detail=exc)) from exc
    with client:
        yield client


def extract_on_dask(
    files: Sequence[Path | str],
    *,
    scheduler: Optional[str] = None,
    jobs: int = 1,
    with_text: bool = False,
    make_extractor: ExtractorFactory = Extractor,
    chunk_size: int = PAPERS_PER_TASK,
    max_mb: float = DEFAULT_MAX_MB,
    budget: Budget = Budget(),
) -> Iterator[DocumentLines]:
    """Each file's lines, in input order, extracted by the workers of a Dask cluster.

    Args:
        files: input files, in the order their lines are wanted.
        scheduler: address of a running scheduler (tcp://HOST:PORT); without it a LocalCluster of jobs workers.
        jobs: workers of the LocalCluster started when no scheduler is given.
        with_text: put the extracted text on each document record.
        make_extractor: builds each worker's Extractor (a module-level callable).
        chunk_size: files per task.
        max_mb: files larger than this many megabytes fail without being read.
        budget: the time and memory each paper may take (memory: the worker process's growth).

    Raises:
        EngineError: Dask is not installed or the scheduler cannot be reached.
        MinutesExtractError: the workers could not load the pipeline.
    """
    root = os.getcwd()
    chunks = chunked(files, chunk_size)
    with dask_client(scheduler, jobs) as client:
        window = max(1, sum(client.nthreads().values())) * CHUNKS_IN_FLIGHT_PER_THREAD

        def submit(chunk: list[str]) -> "Future":
            return client.submit(extract_paths, chunk, with_text, make_extractor, root, max_mb, budget,
                                 pure=False)

        in_flight: deque[tuple[list[str], Any]] = deque()
        while chunks or in_flight:
            while chunks and len(in_flight) < window:
                chunk = chunks.popleft()
                in_flight.append((chunk, submit(chunk)))
            chunk, future = in_flight.popleft()
            try:
                done: list[DocumentLines] = future.result()
            except MinutesExtractError:
                raise
            except Exception:  # noqa: BLE001  (a killed worker or a bug: the documents are re-run one by one)
                log.warning("a Dask task failed on a chunk of %d documents; re-running them one at a time",
                            len(chunk), exc_info=log.isEnabledFor(logging.DEBUG))
                done = [line for path in chunk for line in extract_alone(submit, path, with_text)]
            finally:
                future.release()
            yield from done


def extract_alone(submit: Callable[[list[str]], Any], path: str, with_text: bool) -> list[DocumentLines]:
    """One document as its own task; a failed document record if that task fails too."""
    future = submit([path])
    try:
        return list(future.result())
    except MinutesExtractError:
        raise
    except Exception:  # noqa: BLE001  (this document alone fails its task: it fails, the rest go on)
        log.error("the Dask task for %s failed; it gets a failed document record", path)
        return [lost_document(path, with_text)]
    finally:
        future.release()
