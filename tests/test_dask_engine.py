"""The Dask engine: a run on a Dask cluster writes the same bytes as a local run."""

from __future__ import annotations

import pytest

from extract.runner import run_batch

from .conftest import CORPUS, ROOT

distributed = pytest.importorskip("distributed", reason="the dask extra is part of .[dev]")

DEVSET = ROOT / "tests" / "data" / "devset" / "papers"


@pytest.fixture(scope="module")
def cluster():
    """A one-worker, one-thread cluster inside this process: quick to start, the same scheduler protocol."""
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=1,
                                  dashboard_address=None) as local:
        yield local


def test_dask_and_local_runs_give_identical_bytes(cluster, tmp_path, extractor):
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [CORPUS, DEVSET, tmp_path / "empty.txt"]
    local, on_dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(inputs, local, extractor=extractor, with_text=True)
    summary = run_batch(inputs, on_dask, engine="dask", scheduler=cluster.scheduler_address, with_text=True)
    assert on_dask.read_bytes() == local.read_bytes()
    assert summary.documents == len(list(CORPUS.glob("*.txt"))) + len(list(DEVSET.glob("*.txt"))) + 1
    assert summary.statuses["empty"] == 1
