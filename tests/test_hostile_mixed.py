"""One folder holding every hostile case of issue 14 beside good papers: the run ends well, in bounded time
and memory, every good paper with its records and every bad one with a failed document record saying why."""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from . import hostile_files as hostile
from . import paper_formats as build

pytestmark = [pytest.mark.issue(14), pytest.mark.slow]

PAPER_SECONDS = 10
"""The run's per-paper time budget here (the default is 60 s), so the test stays short."""


def hostile_folder(folder: Path) -> tuple[dict[str, str], set[str]]:
    """Write the folder: {bad file name: error code it must fail with} and the names of the good papers."""
    folder.mkdir()
    good = {
        "minutes.txt": hostile.GOOD_MINUTES.encode(),
        "minutes.pdf": build.to_pdf(hostile.GOOD_MINUTES),
        "minutes.docx": build.to_docx(hostile.GOOD_MINUTES),
        "minutes.html": build.to_html(hostile.GOOD_MINUTES),
        "utf16-no-bom.txt": hostile.GOOD_MINUTES.encode("utf-16-le"),
        "font-surrogates.pdf": hostile.minutes_pdf_with_surrogates(),
        "unclosed-p.html": hostile.unclosed_html("p", 600),
        "unclosed-li.html": hostile.unclosed_html("li", 600),
        "unclosed-tr.html": hostile.unclosed_html("tr", 200),
        "huge-list-number.docx": hostile.numbered_list_docx(10 ** 11, "lowerLetter"),
        "bogus-charset.html": b'<html><head><meta charset="unicode_escape"></head><body><main><p>'
                              + hostile.GOOD_MINUTES.encode() + b"</p></main></body></html>",
    }
    bad = {
        "zip-bomb.docx": ("E050", hostile.zip_bomb_docx(260)),
        "billion-laughs.docx": ("E051", hostile.billion_laughs_docx()),
        "entity-utf16.xml": ("E051", hostile.utf16_xml_with_entity()),
        "one-line-40mb.txt": ("E052", b"The Committee noted the report. " * 1_300_000),
        # over the time budget, or read within it and then over the text cap: bounded either way
        "two-thousand-pages.pdf": (("E052", "E053"), hostile.long_pdf(2000)),
        "empty.txt": ("E001", b""),
        "random.bin": ("E003", bytes(range(256)) * 64),
    }
    for name, data in good.items():
        (folder / name).write_bytes(data)
    for name, (_, data) in bad.items():
        (folder / name).write_bytes(data)
    codes = {name: code for name, (code, _) in bad.items()}
    with open(os.path.join(os.fsencode(folder), b"not-utf8-\xff.txt"), "wb") as fh:
        fh.write(hostile.GOOD_MINUTES.encode())
    good["not-utf8-\ufffd.txt"] = b""
    with (folder / "sparse-4gib.txt").open("wb") as fh:
        fh.truncate(4 * 1024 ** 3)
    codes["sparse-4gib.txt"] = "E007"
    os.mkfifo(folder / "pipe.txt")
    codes["pipe.txt"] = "E047"
    try:
        os.mknod(folder / "zero.txt", stat.S_IFCHR | 0o600, os.makedev(1, 5))  # a /dev/zero of our own
        codes["zero.txt"] = "E047"
    except (OSError, AttributeError):
        pass
    (folder / "dangling.txt").symlink_to(folder / "deleted.txt")
    codes["dangling.txt"] = "E048"
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    codes.update({"loop-a.txt": "E049", "loop-b.txt": "E049"})
    (folder / "gold.json").write_text('{"not": "a paper"}', encoding="utf-8")
    return codes, set(good)


def test_a_folder_of_every_hostile_case_beside_good_papers(tmp_path):
    folder = tmp_path / "papers"
    codes, good = hostile_folder(folder)
    out = folder / "records.jsonl"
    started = time.monotonic()
    for _ in range(2):  # the second run must not read the first one's output
        run = subprocess.run([sys.executable, "-c", "from extract.cli import app; app()", "run", str(folder),
                              "-o", str(out), "--jobs", "1", "--max-seconds", str(PAPER_SECONDS)],
                             capture_output=True, timeout=600)
        assert run.returncode == 0, run.stderr.decode(errors="replace")
    elapsed = (time.monotonic() - started) / 2
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"mixed hostile folder: {elapsed:.1f} s per run, peak memory {peak_mb:.0f} MB")

    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    found = {os.path.basename(r["source"]): r for r in rows if r["record_type"] == "document"}
    assert set(found) == good | set(codes), "an input was dropped, or a data file read"
    for name in good:
        assert found[name]["status"] == "ok", (name, found[name]["error"])
        assert sum(found[name]["counts"].values()) > 0, name
    for name, code in codes.items():
        assert found[name]["status"] in ("failed", "empty") and found[name]["error"].startswith(code), \
            (name, found[name]["error"])
    # Time is bounded by each paper's budget (a paper over it fails with E053 above; one read in time
    # but too long, with E052) and the subprocess timeout; the wall time is printed, not asserted, as the
    # machine is shared. Memory is asserted.
    assert peak_mb < 2048
