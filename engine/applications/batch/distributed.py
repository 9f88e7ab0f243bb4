"""`--dask ADDRESS`: the blocks of a run evaluated on an existing Dask cluster, written here in input order.

This process reads the input (as frames, `frames.py`), sends each block to the cluster and writes the blocks
back in the order they were read, so the output, its row numbers, the per-row errors, the summary and the
atomic output are exactly those of a run on this machine. A worker compiles the rule base once (the first
block it gets) and keeps it, with the answers it has already judged, for the blocks that follow. At most
`IN_FLIGHT_PER_WORKER` blocks per worker are out at a time, so memory here stays flat; Ctrl-C and SIGTERM
cancel what is out and remove the partial output.

The cluster must run the same innopath (and rule base) as this process: a worker's rule base version is
checked against ours before the first block is sent.
"""

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any, TypeVar

import polars as pl

from innopath.engine.applications.batch.frames import Block
from innopath.engine.applications.batch.records import BatchError
from innopath.engine.common.errors import ErrorLang, say

IN_FLIGHT_PER_WORKER = 2
CONNECT_TIMEOUT = "10s"
R = TypeVar("R")


@cache
def _evaluator(columns: tuple[str, ...], by: str | None, lang: ErrorLang) -> Any:
    """The block evaluator of this worker for one input's columns: compiled once, kept between blocks."""
    from innopath.engine.applications.batch.vectorised import BlockEvaluator
    from innopath.engine.columnar.evaluator import shipped_columnar

    return BlockEvaluator(shipped_columnar(), columns, by, lang)


def evaluate_block(
    frame: pl.DataFrame,
    lines: pl.Series | None,
    columns: tuple[str, ...],
    by: str | None,
    lang: ErrorLang = "en",
) -> Any:
    """A block's output rows, on a worker (row errors worded in `lang`)."""
    return _evaluator(columns, by, lang).evaluate(Block(frame, lines))


def rulebase_version() -> str:
    """The version of the rule base a worker would use."""
    from innopath.engine.knowledge.rulebase import shipped_rulebase

    return shipped_rulebase().version


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A client of the cluster at `address`, checked to run our rule base; closed on the way out."""
    try:
        from distributed import Client
    except ImportError:
        raise BatchError(say("dask_extra")) from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise BatchError(say("dask_no_scheduler", address=address, problem=exc)) from None
    try:
        ours = rulebase_version()
        theirs = set(client.run(rulebase_version).values())
        if not theirs:
            raise BatchError(say("dask_no_workers", address=address))
        if theirs != {ours}:
            raise BatchError(
                say("dask_versions", address=address, theirs=", ".join(sorted(theirs)), ours=ours)
            )
        yield client
    finally:
        client.close()  # type: ignore[no-untyped-call]


def ordered_map(
    client: Any,
    function: Callable[..., R],
    items: Iterable[Sequence[Any]],
    on_item: Callable[[], None] | None = None,
) -> Iterator[R]:
    """`function(*item)` for every item, on the cluster, yielded in the items' order, a few per worker out."""
    workers = max(len(client.scheduler_info(n_workers=-1).get("workers", {})), 1)
    pending: deque[Any] = deque()
    try:
        for item in items:
            pending.append(client.submit(function, *item, pure=False))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        if pending:
            client.cancel(list(pending))


def distributed_blocks(
    client: Any, blocks: Iterable[Block], columns: Sequence[str], by: str | None, lang: ErrorLang = "en"
) -> Iterator[Any]:
    """The evaluated frame of every block, in order, computed on the cluster."""
    items = ((b.frame, b.lines, tuple(columns), by, lang) for b in blocks)
    return ordered_map(client, evaluate_block, items)


SIMULATE_PARTITION_ROWS = 50_000


def _outcome(frame: pl.DataFrame) -> pl.DataFrame:
    """First path and its verdict of every firm of a partition, on a worker (`simulate._outcome`)."""
    from innopath.engine.applications.simulate import _outcome as outcome
    from innopath.engine.columnar.evaluator import shipped_columnar

    return outcome(shipped_columnar(), frame)


def distributed_outcome(client: Any) -> Callable[[pl.DataFrame], pl.DataFrame]:
    """`simulate`'s evaluation of a cohort frame, in partitions of `SIMULATE_PARTITION_ROWS`, on a cluster."""

    def outcome(frame: pl.DataFrame) -> pl.DataFrame:
        size = SIMULATE_PARTITION_ROWS
        parts = ((frame.slice(start, size),) for start in range(0, frame.height, size))
        results = list(ordered_map(client, _outcome, parts))
        return pl.concat(results) if results else _outcome(frame)

    return outcome
