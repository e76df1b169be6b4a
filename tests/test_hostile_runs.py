"""Hostile runs (issue 14; issue 13 items 9, 11, 13, 16): odd inputs, budgets, locks, links, writes."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import extract.jsonl
from extract.budget import Budget
from extract.errors import EngineError, InputError, MinutesExtractError
from extract.jsonl import read_records
from extract.output import OutputLock, lock_path
from extract.resume import complete_groups, journal_path
from extract.runner import collect_inputs, run_batch
from extract.shard import Shard

from . import hostile_files as hostile

pytestmark = pytest.mark.issue(14)

REPORT = ("CABINET – 12 MARCH 2024\n\nREPORT OF THE DIRECTOR OF FINANCE\n\nBUDGET MONITORING {n}\n\n"
          "1. The Cabinet is recommended to note the forecast position.\n")


def papers(folder: Path, count: int = 3) -> list[Path]:
    """count small good reports in folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"report_{n:02d}.txt"
        path.write_text(REPORT.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def documents(out: Path) -> dict[str, object]:
    """The document records of an output, by file name."""
    return {os.path.basename(r.source): r for r in read_records(out) if r.record_type == "document"}


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """minutes-extract in a child process."""
    return subprocess.run([sys.executable, "-c", "from extract.cli import app; app()", *args], input=stdin,
                          capture_output=True, timeout=180, cwd=cwd)


# -- names, encodings ------------------------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_gets_its_records_and_resume_works(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 1)
    bad = os.path.join(os.fsencode(folder), b"bad\xff.txt")
    with open(bad, "wb") as fh:
        fh.write(hostile.GOOD_MINUTES.encode())
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, extractor=extractor)
    out.read_bytes().decode("utf-8")
    assert "bad\ufffd.txt" in documents(out) and documents(out)["bad\ufffd.txt"].status == "ok"
    first = out.read_bytes()
    summary = run_batch([folder], out, extractor=extractor, resume=True)
    assert summary.reused == 2 and out.read_bytes() == first


def test_with_text_a_pdf_whose_font_gives_lone_surrogates_is_written(tmp_path, extractor):
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(hostile.minutes_pdf_with_surrogates())
    out = tmp_path / "out.jsonl"
    summary = run_batch([pdf], out, extractor=extractor, with_text=True)
    document = documents(out)["minutes.pdf"]
    assert summary.statuses["ok"] == 1 and "\ufffdueens Head" in document.text


# -- budgets and the journal -----------------------------------------------------------------------

def test_a_paper_over_its_time_budget_fails_alone(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 2)
    (folder / "long.txt").write_text(hostile.GOOD_MINUTES * 400, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    summary = run_batch([folder], out, extractor=extractor, budget=Budget(seconds=0.5, memory_mb=0))
    assert time.monotonic() - started < 10
    found = documents(out)
    assert found["long.txt"].status == "failed" and found["long.txt"].error.startswith("E053")
    assert "--max-seconds" in found["long.txt"].error and found["long.txt"].format == "text"
    assert found["report_00.txt"].status == "ok" and summary.statuses == {"ok": 2, "failed": 1}


def test_a_paper_over_its_memory_budget_fails_alone(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 1)
    (folder / "huge.txt").write_text(hostile.GOOD_MINUTES * 3000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, extractor=extractor, budget=Budget(seconds=0, memory_mb=25))
    found = documents(out)
    assert found["huge.txt"].status == "failed" and found["huge.txt"].error.startswith("E054")
    assert found["report_00.txt"].status == "ok"


def test_the_journal_keeps_each_paper_as_it_finishes(tmp_path, extractor, monkeypatch):
    folder = tmp_path / "papers"
    papers(folder, 6)
    real = extractor.extract_sources
    seen = []

    def stopping(sources, **kwargs):
        seen.append(1)
        if len(seen) == 4:
            raise KeyboardInterrupt
        return real(sources, **kwargs)

    monkeypatch.setattr(extractor, "extract_sources", stopping)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_batch([folder], out, extractor=extractor)
    assert len(complete_groups(journal_path(out).read_bytes())[0]) == 3


# -- inputs found in folders -----------------------------------------------------------------------

def test_broken_looping_and_non_regular_entries_each_get_a_failed_record(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 1)
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    os.mkfifo(folder / "pipe.txt")
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, extractor=extractor)
    found = documents(out)
    assert found["gone.txt"].error.startswith("E048")
    assert found["loop_a.txt"].error.startswith("E049") and found["loop_b.txt"].error.startswith("E049")
    assert found["pipe.txt"].error.startswith("E047")
    assert found["report_00.txt"].status == "ok" and summary.statuses["failed"] == 4


def test_links_leaving_the_input_folder_are_skipped_with_a_warning_unless_followed(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 1)
    outside = papers(tmp_path / "private", 1)[0]
    (folder / "elsewhere.txt").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "report_00.txt")
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, extractor=extractor)
    assert sorted(documents(out)) == ["inside.txt", "report_00.txt"]
    assert any(w.startswith("E074") and "elsewhere.txt" in w for w in summary.warnings)
    followed = run_batch([folder], out, extractor=extractor, follow_links=True)
    assert sorted(documents(out)) == ["elsewhere.txt", "inside.txt", "report_00.txt"]
    assert not followed.warnings


def test_a_folder_linked_to_itself_is_walked_once(tmp_path):
    folder = tmp_path / "papers"
    papers(folder, 1)
    (folder / "again").symlink_to(folder)
    assert [p.name for p in collect_inputs([folder])] == ["report_00.txt"]


def test_an_unreadable_sub_folder_is_a_warning_in_the_summary(tmp_path, extractor, monkeypatch):
    folder = tmp_path / "papers"
    papers(folder, 1)
    papers(folder / "closed", 1)
    real = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("closed"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # as root, chmod 000 would not keep us out
    summary = run_batch([folder], tmp_path / "out.jsonl", extractor=extractor)
    assert summary.documents == 1
    assert any(w.startswith("E073") and "closed" in w and "Permission denied" in w for w in summary.warnings)


def test_a_deep_tree_of_folders_is_walked(tmp_path):
    deep = tmp_path
    for n in range(60):
        deep = deep / f"d{n}"
    papers(deep, 1)
    assert len(collect_inputs([tmp_path])) == 1


def test_the_runs_own_output_and_journal_are_never_read_as_papers(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 2)
    out = folder / "records.jsonl"
    (folder / "records.jsonl.partial").write_text("{}\n", encoding="utf-8")
    for _ in range(3):
        summary = run_batch([folder], out, extractor=extractor)
    assert summary.documents == 2 and sorted(documents(out)) == ["report_00.txt", "report_01.txt"]


def test_data_files_are_left_out_of_folders_and_globs_choose(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 1)
    (folder / "gold.json").write_text('{"doc": 1}', encoding="utf-8")
    (folder / "counts.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "notes.md").write_text("# Cabinet notes\n\nRESOLVED: that they be noted.\n", encoding="utf-8")
    papers(folder / "drafts", 1)
    assert [p.name for p in collect_inputs([folder])] == ["report_00.txt", "notes.md", "report_00.txt"]
    summary = run_batch([folder], tmp_path / "out.jsonl", extractor=extractor, exclude=["drafts/*"],
                        include=["*.txt", "*.json"])
    assert summary.documents == 2
    assert sorted(documents(tmp_path / "out.jsonl")) == ["gold.json", "report_00.txt"]
    assert run_batch([folder / "counts.csv"], tmp_path / "csv.jsonl", extractor=extractor).documents == 1


# -- where the output goes -------------------------------------------------------------------------

def test_a_journal_link_planted_beside_the_output_is_not_followed(tmp_path, extractor):
    papers(tmp_path / "papers", 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    journal_path(out).symlink_to(victim)
    run_batch([tmp_path / "papers"], out, extractor=extractor)
    assert victim.read_text(encoding="utf-8") == "precious\n" and not os.path.lexists(journal_path(out))


def test_a_second_run_on_a_locked_output_is_refused(tmp_path, extractor):
    papers(tmp_path / "papers", 1)
    out = tmp_path / "out.jsonl"
    holder = OutputLock(out)
    holder.acquire()
    try:
        with pytest.raises(MinutesExtractError, match="E056 another minutes-extract run is writing"):
            run_batch([tmp_path / "papers"], out, extractor=extractor)
    finally:
        holder.release()
    run_batch([tmp_path / "papers"], out, extractor=extractor)
    assert not lock_path(out).exists()


def test_the_lock_is_held_while_the_run_writes(tmp_path, extractor, monkeypatch):
    papers(tmp_path / "papers", 1)
    out = tmp_path / "out.jsonl"
    held = []
    real = extract.jsonl.create_temporary

    def probing(path):
        fd = os.open(lock_path(out), os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held.append(True)
        finally:
            os.close(fd)
        return real(path)

    monkeypatch.setattr(extract.jsonl, "create_temporary", probing)
    run_batch([tmp_path / "papers"], out, extractor=extractor)
    assert held == [True]


def test_temporary_files_left_by_a_killed_run_are_removed(tmp_path, extractor):
    papers(tmp_path / "papers", 1)
    out = tmp_path / "out.jsonl"
    stale = tmp_path / ".out.jsonl.k9x2ab.tmp"
    stale.write_text("half a run\n", encoding="utf-8")
    other = tmp_path / ".other.jsonl.k9x2ab.tmp"
    other.write_text("another output's\n", encoding="utf-8")
    run_batch([tmp_path / "papers"], out, extractor=extractor)
    assert not stale.exists() and other.exists()


def test_output_through_a_link_replaces_its_target_and_keeps_the_link(tmp_path, extractor):
    papers(tmp_path / "papers", 1)
    (tmp_path / "store").mkdir()
    target = tmp_path / "store" / "records.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    run_batch([tmp_path / "papers"], link, extractor=extractor)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "report_00.txt" in documents(target)


def test_output_to_a_device_writes_to_it(tmp_path, extractor):
    papers(tmp_path / "papers", 1)
    summary = run_batch([tmp_path / "papers"], Path("/dev/null"), extractor=extractor)
    assert summary.documents == 1 and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not os.path.lexists("/dev/null.partial") and not os.path.lexists("/dev/.null.lock")


def test_an_existing_folder_as_output_is_refused_before_extracting(tmp_path, extractor, monkeypatch):
    papers(tmp_path / "papers", 1)
    monkeypatch.setattr(extractor, "extract_sources", lambda *a, **k: pytest.fail("extraction started"))
    with pytest.raises(MinutesExtractError, match="E055"):
        run_batch([tmp_path / "papers"], tmp_path / "papers", extractor=extractor)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_files_follow_the_umask(tmp_path, extractor, umask, mode):
    papers(tmp_path / "papers", 1)
    out = tmp_path / "out.jsonl"
    old = os.umask(umask)
    try:
        run_batch([tmp_path / "papers"], out, extractor=extractor)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(out).st_mode) == mode


@pytest.mark.parametrize("code, message", [(errno.ENOSPC, "E057 the disk is full"), (errno.EROFS, "E058"),
                                           (errno.EACCES, "E059 you may not write")])
def test_failures_to_write_are_coded_messages(tmp_path, extractor, monkeypatch, code, message):
    papers(tmp_path / "papers", 1)

    def failing(path):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(extract.jsonl, "create_temporary", failing)
    with pytest.raises(MinutesExtractError, match=message):
        run_batch([tmp_path / "papers"], tmp_path / "out.jsonl", extractor=extractor)


def test_resume_to_standard_output_is_refused(tmp_path, extractor):
    papers(tmp_path / "papers", 1)
    with pytest.raises(InputError, match="E075"):
        run_batch([tmp_path / "papers"], Path("-"), extractor=extractor, resume=True)


def test_a_dask_cluster_that_cannot_listen_on_loopback_is_a_coded_message(monkeypatch):
    distributed = pytest.importorskip("distributed")
    from extract.engines.dask import dask_client

    def no_loopback(*args, **kwargs):
        raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")

    monkeypatch.setattr(distributed, "LocalCluster", no_loopback)
    with pytest.raises(EngineError, match="E071 .*127.0.0.1"):
        with dask_client(None, 1):
            pass


@pytest.mark.slow
def test_stdout_and_stdin_as_dash(tmp_path):
    paper = papers(tmp_path / "papers", 1)[0]
    written = cli("run", str(paper), "-o", "-", "--jobs", "1")
    assert written.returncode == 0, written.stderr
    lines = [json.loads(line) for line in written.stdout.decode().splitlines()]
    assert lines[0]["record_type"] == "document" and lines[0]["source"] == str(paper)
    piped = cli("run", "-", "-o", "-", "--jobs", "1", stdin=paper.read_bytes())
    assert piped.returncode == 0, piped.stderr
    again = [json.loads(line) for line in piped.stdout.decode().splitlines()]
    assert again[0]["source"] == "-" and again[0]["sha256"] == lines[0]["sha256"] and len(again) == len(lines)


def test_review_pages_of_a_crafted_doc_id_stay_inside_the_folder(tmp_path):
    from extract.review import page_name

    assert "/" not in page_name("../../x")
    assert page_name("doc_72d41736e7f43139") == "doc_72d41736e7f43139.html"


# -- worker processes ------------------------------------------------------------------------------

def start_run(tmp_path: Path, count: int = 60) -> tuple[subprocess.Popen, Path]:
    """A --jobs 2 run over count papers in a session of its own (as a shell starts a job), and its output."""
    for path in papers(tmp_path / "papers", count):
        body = "The Committee considered the report on 4 June 2024 and RESOLVED that it be noted. " * 300
        path.write_text(path.read_text(encoding="utf-8") + body, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    child = subprocess.Popen([sys.executable, "-c", "from extract.cli import app; app()", "run",
                              str(tmp_path / "papers"), "-o", str(out), "--jobs", "2"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    return child, out


def group_gone(group: int, within: float) -> bool:
    """Whether every process of a process group has ended within that many seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def wait_for_journal(child: subprocess.Popen, out: Path) -> None:
    """Wait until the workers have given back a first paper."""
    deadline = time.monotonic() + 120
    journal = journal_path(out)
    while not (journal.exists() and journal.stat().st_size) and time.monotonic() < deadline:
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        time.sleep(0.02)


@pytest.mark.slow
@pytest.mark.parametrize("signum, whole_job", [(2, True), (2, False), (15, False)],
                         ids=["ctrl-c", "sigint-to-the-run", "sigterm"])
def test_ctrl_c_or_sigterm_with_two_jobs_stops_the_run_and_its_workers_at_once(tmp_path, signum, whole_job):
    child, out = start_run(tmp_path)
    wait_for_journal(child, out)
    started = time.monotonic()
    if whole_job:
        os.killpg(child.pid, signum)  # a terminal's Ctrl-C reaches every process of the job
    else:
        os.kill(child.pid, signum)
    child.wait(timeout=30)
    assert time.monotonic() - started < 3, "the run took too long to stop"
    assert group_gone(child.pid, 3), "workers outlived the run"
    assert not list(tmp_path.glob(".out.jsonl.*.tmp")) and not out.exists()
    assert complete_groups(journal_path(out).read_bytes())[0]


@pytest.mark.slow
def test_workers_of_a_run_killed_while_they_start_do_not_stay_behind(tmp_path):
    child, out = start_run(tmp_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (tmp_path / ".out.jsonl.lock").exists():
        time.sleep(0.01)
    time.sleep(0.3)  # the workers are being spawned
    os.kill(child.pid, 9)
    child.wait(timeout=10)
    assert group_gone(child.pid, 10), "orphaned workers are still running"


def test_a_sharded_run_over_a_folder_with_a_fifo_does_not_block(tmp_path, extractor):
    folder = tmp_path / "papers"
    papers(folder, 2)
    os.mkfifo(folder / "pipe.txt")
    names = set()
    for index in range(2):
        run_batch([folder], tmp_path / "out.jsonl", extractor=extractor, shard=Shard(index, 2))
        names |= set(documents(tmp_path / f"out.part-{index}-of-2.jsonl"))
    assert names == {"pipe.txt", "report_00.txt", "report_01.txt"}


def test_a_worker_whose_run_is_already_gone_ends_before_loading_the_pipeline():
    code = ("import sys\nfrom extract.engines.work import load_worker\n"
            "def never():\n    sys.exit('the pipeline was loaded')\n"
            "load_worker(never, parent=2 ** 22 + 12345)\nsys.exit('the worker went on')")
    started = time.monotonic()
    ended = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert ended.returncode == 1 and not ended.stderr, ended.stderr
    assert time.monotonic() - started < 30
