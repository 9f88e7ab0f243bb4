"""The fast path of `batch`: an input read as frames, evaluated block by block, written by polars.

`run.run_batch` takes this path for the columnar engine when `frames.open_frames` accepts the input (plain
UTF-8 CSV, Parquet of plain column types); everything else it promises holds here as on the row path: one
output row per firm row in input order, row numbers as a person sees them, per-row errors naming the row and
field (word for word the row path's), the summary, the notes, and an output that appears only when the
whole run succeeded (a temp file beside it; Ctrl-C and SIGTERM remove it). CSV and Parquet are written by
polars; JSONL and .xlsx through the row writers.
"""

import csv
import io
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import polars as pl

from innopath.engine.applications.batch.frames import FrameInput
from innopath.engine.applications.batch.records import SHARED_TOP, Summary, checked_format
from innopath.engine.applications.batch.vectorised import BlockEvaluator
from innopath.engine.applications.batch.writers import FORMULA_START, open_writer
from innopath.engine.common.files import atomic_writer

FrameWriter = Callable[[pl.DataFrame], None]


def _csv_cells(frame: pl.DataFrame, rounded: dict[float, str]) -> pl.DataFrame:
    """The frame as `csv.writer` would write the row values: fits as Python's repr, "" as empty,
    text that starts like a formula behind an apostrophe (`writers.csv_safe`).
    """
    out = []
    for name, dtype in frame.schema.items():
        column = pl.col(name)
        if name == "row":
            out.append(column.cast(pl.String))
        elif dtype == pl.Float64:
            for value in frame.get_column(name).unique().drop_nulls().to_list():
                rounded.setdefault(value, repr(value))
            out.append(column.replace_strict(rounded, default=None, return_dtype=pl.String))
        else:
            formula = pl.any_horizontal([column.str.starts_with(s) for s in FORMULA_START])
            safe = pl.when(formula).then(pl.lit("'") + column).otherwise(column)
            out.append(pl.when(column == "").then(None).otherwise(safe))
    return frame.select(e.alias(n) for e, n in zip(out, frame.columns, strict=True))


@contextmanager
def _csv_frames(path: Path, columns: list[str]) -> Iterator[FrameWriter]:
    header = io.StringIO()
    csv.writer(header).writerow(columns)
    rounded: dict[float, str] = {}
    with atomic_writer(path, "wb") as handle:
        handle.write(header.getvalue().encode("utf-8"))  # type: ignore[arg-type]

        def write(frame: pl.DataFrame) -> None:
            _csv_cells(frame, rounded).write_csv(
                handle, include_header=False, line_terminator="\r\n", quote_style="necessary"
            )

        yield write


@contextmanager
def _parquet_frames(path: Path, columns: list[str]) -> Iterator[FrameWriter]:
    with tempfile.TemporaryDirectory(prefix=f".{path.name}.", dir=path.parent) as parts:
        written: list[Path] = []

        def write(frame: pl.DataFrame) -> None:
            named = frame.select(
                pl.when(pl.col(n) == "").then(None).otherwise(pl.col(n)).alias(c)
                if frame.schema[n] == pl.String
                else pl.col(n).alias(c)
                for n, c in zip(frame.columns, columns, strict=True)
            )
            written.append(Path(parts) / f"{len(written):06d}.parquet")
            named.write_parquet(written[-1])

        yield write
        if not written:
            schema = {
                c: pl.Int64 if c == "row" else pl.Float64 if c.endswith("_fit") else pl.String
                for c in columns
            }
            write(pl.DataFrame(schema={f"x{i}": t for i, t in enumerate(schema.values())}))
        joined = Path(parts) / "joined.parquet"
        pl.scan_parquet(written).sink_parquet(joined)
        os.replace(joined, path)


@contextmanager
def _row_frames(path: Path, columns: list[str]) -> Iterator[FrameWriter]:
    with open_writer(path, columns) as write_row:

        def write(frame: pl.DataFrame) -> None:
            for values in frame.iter_rows():
                write_row(list(values))

        yield write


def open_frame_writer(path: Path, columns: list[str]) -> Any:
    """A context manager yielding `write(frame)`; the frame's columns are the output's, in order."""
    suffix = checked_format(path, "output")
    return {".csv": _csv_frames, ".parquet": _parquet_frames}.get(suffix, _row_frames)(path, columns)


def tally(summary: Summary, frame: pl.DataFrame, path_ids: tuple[str, ...]) -> None:
    """Add an evaluated block to the run's counts, as `Summary.add` would row by row (`records.top_key`)."""
    summary.rows += frame.height
    failed = frame.filter(pl.col("OUT_error") != "")
    summary.failed += failed.height
    summary.succeeded += frame.height - failed.height
    room = 20 - len(summary.first_errors)
    if room > 0:
        summary.first_errors.extend(failed.get_column("OUT_error").head(room).to_list())
    done = frame.filter(pl.col("OUT_error") == "")
    shared = (pl.col("OUT_top_path") != "") & (pl.col("OUT_top_shared") != "")
    key = pl.when(shared).then(pl.lit(SHARED_TOP)).otherwise(pl.col("OUT_top_path")).alias("TOP")
    for group, top, count in done.group_by("GROUP", key).len().iter_rows():
        summary.top_paths.setdefault(group, Counter())[top] += count
    for path_id in path_ids:
        for verdict, count in done.get_column(f"OUT_verdict:{path_id}").value_counts().iter_rows():
            summary.verdicts.setdefault(path_id, Counter())[verdict] += count


def run_frames(
    table: FrameInput,
    output: Path,
    evaluator: BlockEvaluator,
    summary: Summary,
    columns: list[str],
    on_block: Callable[[int, float], None] | None = None,
    client: Any = None,
) -> None:
    """Every block of `table` evaluated (here, or on the Dask cluster of `client`) and written to `output` in
    order; `summary` counted as it goes.
    """
    names = evaluator.names()
    if client is not None:
        from innopath.engine.applications.batch.distributed import distributed_blocks

        frames: Iterator[pl.DataFrame] = distributed_blocks(
            client, table.blocks, evaluator.columns, evaluator.by, evaluator.lang
        )
    else:
        frames = (evaluator.evaluate(block) for block in table.blocks)
    with open_frame_writer(output, columns) as write:
        for frame in frames:
            tally(summary, frame, evaluator.path_ids)
            write(frame.select(names))
            if on_block:
                on_block(summary.rows, table.done())
