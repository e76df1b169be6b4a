"""Where a run writes: a file (atomically, through a link to its target), standard output or a device.

A run on a file takes a lock beside it (".OUT.lock"), so two runs never write the same output; with the
lock held, temporary files that a killed run left (".OUT.*.tmp") are removed. Standard output ("-") and
devices are written as the records come, with no journal. Failures to write are coded messages.
"""

from __future__ import annotations

import errno
import fcntl
import glob
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, TextIO

from .errors import Messages, MinutesExtractError
from .jsonl import write_through

STDOUT = "-"


@dataclass(frozen=True)
class Target:
    """The output of a run: the file replaced atomically, or a stream written as the run goes."""

    path: Path
    """The file written (a link's target), or the stream's name."""
    stream: bool = False


def target_of(output: Path) -> Target:
    """What writing to output means; a folder is refused before anything is extracted."""
    if str(output) == STDOUT:
        return Target(output, stream=True)
    try:
        mode = os.stat(output).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise write_error(output, exc) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise MinutesExtractError(Messages.E055.format(path=output))
    if mode is not None and not stat.S_ISREG(mode):
        return Target(output, stream=True)
    return Target(write_through(output))


def open_stream(target: Target) -> TextIO:
    """The stream of a target written as the run goes."""
    if str(target.path) == STDOUT:
        return sys.stdout
    return open(target.path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115  (closed by the caller)


def write_error(path: Path, exc: OSError) -> MinutesExtractError:
    """The coded message of a failure to write path: disk full, read-only disk, no permission, or other."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return MinutesExtractError(Messages.E057.format(path=path))
    if exc.errno == errno.EROFS:
        return MinutesExtractError(Messages.E058.format(path=path))
    if exc.errno in (errno.EACCES, errno.EPERM):
        detail = exc.strerror or "permission denied"
        return MinutesExtractError(Messages.E059.format(path=path, detail=detail))
    return MinutesExtractError(Messages.E076.format(path=path, detail=exc.strerror or type(exc).__name__))


def lock_path(output: Path) -> Path:
    """The lock file of an output (hidden, so a folder run never reads it)."""
    return output.with_name(f".{output.name}.lock")


class OutputLock:
    """An exclusive lock on an output file for the length of a run."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.path = lock_path(output)
        self.fd: Optional[int] = None

    def acquire(self) -> None:
        """Take the lock, or say which run holds it; then remove what killed runs left behind."""
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            while True:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    busy = Messages.E056.format(path=self.output, lock=self.path)
                    raise MinutesExtractError(busy) from None
                if same_file(fd, self.path):  # not a lock file the run before us removed as we opened it
                    break
                os.close(fd)
        except OSError as exc:
            raise write_error(self.output, exc) from None
        self.fd = fd
        remove_stale_temporaries(self.output)

    def release(self) -> None:
        """Remove the lock file and let the lock go."""
        if self.fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None


def same_file(fd: int, path: Path) -> bool:
    """Whether an open descriptor is the file now at path."""
    try:
        here, there = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def remove_stale_temporaries(output: Path) -> None:
    """Delete the ".OUT.*.tmp" files of runs killed before they could rename them (the lock is held)."""
    for leftover in output.parent.glob(glob.escape(f".{output.name}.") + "*.tmp"):
        try:
            if stat.S_ISREG(os.lstat(leftover).st_mode):
                leftover.unlink()
        except OSError:
            continue
