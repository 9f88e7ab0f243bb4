"""`innopath batch`: every firm of a CSV, JSONL or Excel file through the engine, in order, with a summary."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from innopath.engine.cli.options import LangOption, Language
from innopath.engine.common.errors import say
from innopath.engine.common.safeparse import printable
from innopath.reports.labels import labels

if TYPE_CHECKING:
    from innopath.engine.applications.batch.run import Progress as Step

STEPS = 1000
"""Resolution of the progress bar (the input's size is known in bytes or rows, not always in firms)."""


def batch(
    source: Annotated[
        Path,
        typer.Argument(
            help="Firms, one per row: .csv, .jsonl, .xlsx or .parquet with columns named by the field ids."
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Results: .csv, .jsonl, .xlsx or .parquet (one row per input row; top_shared names the paths"
            " sharing first place).",
        ),
    ],
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Processes in parallel (default: the machine's cores)."),
    ] = None,
    summary: Annotated[
        Path | None,
        typer.Option("--summary", "-s", help="Also write an HTML summary."),
    ] = None,
    by: Annotated[
        str | None, typer.Option("--by", help="Group the summary by this input column, e.g. industry.")
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option("--sheet", help="The sheet of an .xlsx workbook to read (default: the first)."),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="columnar (default: many firms at once) or experta (row by row, for cross-checking).",
        ),
    ] = "columnar",
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Evaluate on this Dask cluster (scheduler address, e.g. tcp://10.0.0.5:8786); CSV or Parquet"
            " input; needs the dask extra.",
        ),
    ] = None,
    lang: LangOption = Language.ZH,
) -> None:
    """Assess many firms at once; bad rows are reported in the error column and the run goes on."""
    # Imported here, not at the top: every `innopath` command loads this module, only `batch` needs these.
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from innopath.engine.applications.batch import run as batch_run
    from innopath.engine.applications.batch import summary as batch_summary
    from innopath.engine.applications.batch.records import BatchError

    if summary is not None:
        batch_summary.check_summary_target(summary)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    cpus = batch_run.default_workers()

    words = labels().group("batch", lang.value)

    def note(message: str) -> None:
        err.print(f"{words['note']}{printable(message)}", markup=False)

    if workers is not None and workers > cpus:
        note(words["workers_capped"].format(workers=workers, cpus=cpus))
    count = min(workers or cpus, cpus)
    batch_run.stop_like_ctrl_c()

    if sys.stderr.isatty():
        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn(words["progress"]),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
        )
        task = progress.add_task(escape(printable(source.name)), total=STEPS, rows=0, rate="–")

        def on_progress(step: "Step") -> None:
            if not progress.live.is_started:
                progress.start()
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{step.rows / elapsed:,.0f}" if elapsed > 0 else "–"
            done = STEPS * step.fraction if step.fraction is not None else None
            progress.update(task, completed=done, rows=f"{step.rows:,}", rate=rate)

        try:
            result = batch_run.run_batch(
                source,
                output,
                count,
                by,
                on_progress=on_progress,
                on_warning=note,
                sheet=sheet,
                engine=engine,
                dask=dask,
                lang=lang.value,
            )
        finally:
            progress.stop()
    else:
        result = batch_run.run_batch(
            source,
            output,
            count,
            by,
            on_warning=note,
            sheet=sheet,
            engine=engine,
            dask=dask,
            lang=lang.value,
        )

    if summary is not None:
        batch_summary.write_summary(result, source, summary, lang.value)
    done = words["done"].format(
        rows=result.rows, ok=result.succeeded, failed=result.failed, output=printable(str(output))
    )
    if summary is not None:
        done += words["done_summary"].format(summary=printable(str(summary)))
    err.print(done, markup=False)
    if result.failed:
        err.print(words["failed_rows"])
        for line in result.first_errors[:5]:
            err.print(f"  {printable(line)}", markup=False)
        if result.failed > 5:
            err.print("  " + words["more_failed"].format(n=result.failed - 5))
    if result.rows == 0:
        raise BatchError(say("batch_no_rows", source=source))
    if result.succeeded == 0:
        raise BatchError(say("batch_all_failed", source=source, output=output))
