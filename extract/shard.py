"""Shards: split a batch by content hash, so independent jobs (cron, Slurm arrays, GNU parallel) share it out."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .errors import InputError, Messages
from .inputs import file_sha256, sha256_of

def content_digest(path: Path | str) -> str:
    """Hex sha256 of a file's raw bytes, as on its document record; of its name when it cannot be read or is
    not a regular file (a FIFO would block, a device never end)."""
    try:
        if stat.S_ISREG(os.stat(path).st_mode):
            return file_sha256(Path(path))
    except OSError:
        pass
    return sha256_of(os.fsencode(str(path)))


@dataclass(frozen=True)
class Shard:
    """Shard `index` of `count`: the inputs whose content hash modulo count is index."""

    index: int
    count: int

    @classmethod
    def parse(cls, spec: str) -> "Shard":
        """Read "i/N" (0 <= i < N), as given to `run --shard`."""
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", spec)
        if not match or not 0 <= int(match.group(1)) < int(match.group(2)):
            raise InputError(Messages.E061.format(spec=spec))
        return cls(int(match.group(1)), int(match.group(2)))

    def holds(self, path: Path | str) -> bool:
        """True when this shard processes the file: the same file always lands in the same shard."""
        return int(content_digest(path), 16) % self.count == self.index

    def select(self, paths: Sequence[Path]) -> list[Path]:
        """The inputs this shard processes, in input order."""
        return [p for p in paths if self.holds(p)]

    def part_path(self, output: Path) -> Path:
        """Where this shard writes: records.jsonl -> records.part-03-of-16.jsonl (zero-padded, so parts sort)."""
        width = len(str(self.count - 1))
        return output.with_name(f"{output.stem}.part-{self.index:0{width}d}-of-{self.count}{output.suffix}")
