"""Progress of a run on a terminal: papers done of papers to do, and what the run waits for before the first.

The first paper comes back only once the pipeline is loaded (half a minute on a slow machine, in each
worker), so a percentage bar would sit at 0% for that long; the line says so instead, then counts papers.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, TypeVar

from rich.console import Console

Item = TypeVar("Item")

WAITING = "loading the model"
WORKING = "extracting"


def with_progress(items: Iterable[Item], total: int, show: bool, *,
                  console: Optional[Console] = None) -> Iterator[Item]:
    """Pass items through; when show is true, draw "extracting 12/60 papers 0:00:31" on standard error.

    Args:
        items: one item per paper, as the run finishes it.
        total: how many papers the run has.
        show: draw the line (on a terminal); otherwise items only pass through.
        console: where to draw (standard error by default).
    """
    if not show:
        yield from items
        return
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), MofNCompleteColumn(), TextColumn("papers"),
               TimeElapsedColumn())
    with Progress(*columns, console=console or Console(stderr=True), transient=True) as bar:
        task = bar.add_task(WAITING, total=total)
        for item in items:
            yield item
            bar.update(task, advance=1, description=WORKING)
            bar.refresh()
