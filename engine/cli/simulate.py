"""`innopath simulate`: a policy change applied to every firm of a cohort, before and after."""

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from innopath.engine.cli.options import LangOption, Language


def simulate(
    source: Annotated[Path, typer.Argument(help="Firms, one per row: .csv, .jsonl, .xlsx or .parquet.")],
    set_: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="field=+1, field=-1 (clamped to the scale), share=+0.01 or +1% (clamped to 0-1), or"
            " field=value; repeatable.",
        ),
    ] = None,
    where: Annotated[
        list[str] | None, typer.Option("--where", help="Change only firms with field=value; repeatable.")
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help="Count by this input column, e.g. industry.")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Every firm before and after (.csv, .parquet …).")
    ] = None,
    levers: Annotated[
        bool, typer.Option("--levers", help="Rank each one-level policy improvement by the firms it helps.")
    ] = False,
    summary: Annotated[
        Path | None,
        typer.Option(
            "--summary", "-s", help="Also write an HTML page: counts, by group, the firms that move."
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", help="Evaluate on this Dask cluster (scheduler address); needs the dask extra."
        ),
    ] = None,
    lang: LangOption = Language.ZH,
) -> None:
    """Policy simulation: how many firms change first path, gain or lose an advisable path."""
    from innopath.engine.analysis.whatif import parse_assignments
    from innopath.engine.applications import simulate as sim
    from innopath.engine.common.errors import InnopathError, render, say
    from innopath.engine.common.safeparse import printable
    from innopath.engine.common.text import pad
    from innopath.reports.labels import labels

    words = labels().group("simulate", lang.value)
    if not set_ and not levers:
        raise InnopathError(say("simulate_nothing"))
    if summary is not None:
        from innopath.engine.applications.simulation_page import check_page_target

        check_page_target(summary)
    changes = sim.parse_changes(set_ or [])
    cohort = sim.read_cohort(source, by)
    conditions = {
        c.field: c.value
        for c in sim.parse_changes([f"{k}={v}" for k, v in parse_assignments(where or []).items()])
    }
    if cohort.failed:
        first = printable(render(cohort.failed[0], lang.value))
        typer.echo(words["skipped"].format(n=len(cohort.failed), first=first))
    with contextlib.ExitStack() as stack:
        outcome = None
        if dask is not None:
            from innopath.engine.applications.batch.distributed import connect, distributed_outcome

            outcome = distributed_outcome(stack.enter_context(connect(dask)))
        ranked: list[tuple[str, int]] = []
        if levers:
            typer.echo(words["levers_title"].format(n=cohort.frame.height))
            ranked = sim.levers(cohort, conditions, outcome=outcome)
            for name, helped in ranked:
                typer.echo(f"  {name:<24} {words['lever'].format(helped=f'{helped:>8}')}")
        result = None
        if set_:
            result = sim.simulate(cohort, changes, conditions, output, by, outcome=outcome)
            done = words["result"].format(
                firms=result.firms, changed=result.changed_first, gained=result.gained, lost=result.lost
            )
            typer.echo(done + (words["to_output"].format(output=output) if output else ""))
            if by:
                for group, counts in sorted(result.by_group.items(), key=lambda kv: -kv[1]["firms"]):
                    row = words["group_row"].format(
                        firms=f"{counts['firms']:>7}",
                        changed=f"{counts['first_path_changed']:>6}",
                        gained=f"{counts['gained']:>6}",
                        lost=f"{counts['lost']:>6}",
                    )
                    typer.echo(f"  {pad(printable(group) or words['no_group'], 28)} {row}")
    if summary is not None:
        from innopath.engine.applications.simulation_page import render_page, write_page

        firms = cohort.frame.height
        write_page(
            summary,
            render_page(
                result, source, changes, conditions, len(cohort.failed), by, lang.value, ranked, firms
            ),
        )
        typer.echo(words["summary"].format(summary=summary))
