"""Per-paper budgets: a paper that takes too long or needs too much memory fails alone, the batch goes on.

A watchdog thread samples the clock and the process's resident memory while one paper is read and
extracted; when the paper goes over its time or over its memory (growth since the paper began), the
watchdog raises PaperOverBudget in the thread doing the work, at its next Python instruction. Work
inside one C call (a regular expression, a decompression) is not cut short, which is why the readers
also bound what a file may unpack to and how many characters a paper may hold.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

from .errors import Messages

DEFAULT_SECONDS = 60.0
"""Time one paper may take, reading and extraction together (`run --max-seconds`)."""
DEFAULT_MEMORY_MB = 2048.0
"""Memory one paper may add to the process (`run --max-memory-mb`)."""
CHECK_SECONDS = 0.05
"""How often the watchdog looks."""
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
MB = 1024 * 1024


class PaperOverBudget(BaseException):
    """Raised in the working thread when its paper is over budget.

    A BaseException, like KeyboardInterrupt, so the readers' and the pipeline's `except Exception`
    handlers (which turn a bad file into a message, or try another engine) do not swallow it.
    """

    message = ""


class PaperTooSlow(PaperOverBudget):
    """The paper took longer than its time budget."""


class PaperTooBig(PaperOverBudget):
    """The paper needed more memory than its budget."""


@dataclass(frozen=True)
class Budget:
    """What one paper may cost; 0 means no limit."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: float = DEFAULT_MEMORY_MB

    def message(self, over: PaperOverBudget) -> str:
        """The failed document's error for a paper over this budget."""
        if isinstance(over, PaperTooBig):
            return Messages.E054.format(memory_mb=self.memory_mb)
        return Messages.E053.format(seconds=self.seconds)


def resident_bytes() -> Optional[int]:
    """This process's resident memory now, from /proc (None where there is no /proc)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * PAGE_BYTES
    except (OSError, ValueError, IndexError):
        return None


def interrupt(thread_id: int, exception: type[BaseException]) -> None:
    """Raise exception in the thread thread_id at its next Python instruction."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exception))


def cancel(thread_id: int) -> None:
    """Drop an exception set by interrupt() that the thread has not raised yet."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)


@contextmanager
def within(budget: Budget) -> Iterator[None]:
    """Run the block under budget: PaperTooSlow or PaperTooBig is raised in it when the paper goes over."""
    if not budget.seconds and not budget.memory_mb:
        yield
        return
    target = threading.get_ident()
    deadline = time.monotonic() + budget.seconds if budget.seconds else None
    baseline = resident_bytes()
    ceiling = baseline + int(budget.memory_mb * MB) if baseline is not None and budget.memory_mb else None
    lock = threading.Lock()
    state = {"done": False, "fired": False}
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(CHECK_SECONDS):
            over: Optional[type[PaperOverBudget]] = None
            if deadline is not None and time.monotonic() > deadline:
                over = PaperTooSlow
            elif ceiling is not None and (resident_bytes() or 0) > ceiling:
                over = PaperTooBig
            if over is not None:
                with lock:
                    if not state["done"]:
                        state["fired"] = True
                        interrupt(target, over)
                return

    watcher = threading.Thread(target=watch, name="paper-budget", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            if state["fired"]:
                cancel(target)  # raised already (we are unwinding with it) or dropped here
        stop.set()
        watcher.join()
