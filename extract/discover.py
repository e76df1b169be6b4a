"""Which files a run reads: the files named, and the files under the folders named, walked without recursion.

A folder's files are taken in sorted order, hidden ones skipped, filtered by include and exclude globs
(data files such as .json and .csv are left out unless included). Nothing is dropped without a word: a
broken or looping link, a FIFO or a device is kept as an input and gets a failed document record when
read; a folder that cannot be read and a link that leaves the input folder are skipped with a warning
for the run's summary. The run's own output, journal and lock are never inputs.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Collection, Sequence

from .errors import InputError, Messages
from .inputs import STDIN

DEFAULT_EXCLUDES = ("*.json", "*.jsonl", "*.csv", "*.tsv", "*.db", "*.sqlite", "*.partial", "*.lock")
"""Files in a folder that are data, not papers (records, gold, spreadsheets, databases, a run's journal); read
only when named on the command line or brought back with --include."""


@dataclass
class Discovery:
    """The inputs found, in order, and what was skipped and why."""

    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Filters:
    """Which files under a folder are papers: include globs (all files when none) less exclude globs."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    follow_links: bool = False
    skip: frozenset[str] = frozenset()
    """Real paths never read: the run's own output, journal and lock."""

    def wanted(self, relative: str) -> bool:
        """Whether a file at this path (relative to its folder, with /) is read."""
        name = relative.rsplit("/", 1)[-1]

        def matches(globs: Collection[str]) -> bool:
            return any(fnmatchcase(relative, g) or fnmatchcase(name, g) for g in globs)

        if self.include:
            return matches(self.include) and not matches(self.exclude)
        return not matches(DEFAULT_EXCLUDES) and not matches(self.exclude)


def collect_inputs(paths: Sequence[Path | str], filters: Filters = Filters()) -> list[Path]:
    """The input files of paths (see discover)."""
    return discover(paths, filters).files


def discover(paths: Sequence[Path | str], filters: Filters = Filters()) -> Discovery:
    """Files named and files under folders named (sorted, hidden skipped, filtered), no repeats.

    Raises:
        InputError: a path that does not exist, or nothing found at all.
    """
    found = Discovery()
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            found.files.append(path)
        elif path.is_dir():
            found.files.extend(walk(path, filters, found.warnings))
        elif os.path.lexists(path):
            found.files.append(path)
        else:
            raise InputError(Messages.E021.format(path=path))
    found.files = [p for p in dict.fromkeys(found.files) if os.path.realpath(p) not in filters.skip]
    if not found.files:
        raise InputError(Messages.E020.format(paths=", ".join(str(p) for p in paths)))
    return found


def walk(root: Path, filters: Filters, warnings: list[str]) -> list[Path]:
    """The files under root, sorted, with an explicit stack (no recursion however deep the folders go)."""
    top = os.path.realpath(root)
    seen = {identity(root)}
    files: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            warnings.append(Messages.E073.format(path=folder, detail=exc.strerror or type(exc).__name__))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            relative = path.relative_to(root).as_posix()
            if entry.is_symlink():
                target = os.path.realpath(path)
                if os.path.lexists(target) and not filters.follow_links and not inside(target, top):
                    warnings.append(Messages.E074.format(path=path, target=target))
                    continue
                if is_folder(path):
                    if filters.follow_links and identity(path) not in seen:
                        seen.add(identity(path))
                        stack.append(path)
                    continue
            elif entry.is_dir(follow_symlinks=False):
                stack.append(path)
                continue
            if filters.wanted(relative) and os.path.realpath(path) not in filters.skip:
                files.append(path)
    return sorted(files)


def identity(path: Path) -> tuple[int, int]:
    """A folder's device and inode: a folder reached twice through links is walked once."""
    info = os.stat(path)
    return info.st_dev, info.st_ino


def is_folder(path: Path) -> bool:
    """Whether a link leads to a folder (False for a broken or looping link)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def inside(target: str, top: str) -> bool:
    """Whether a real path lies inside the real folder top."""
    return target == top or target.startswith(top.rstrip(os.sep) + os.sep)
