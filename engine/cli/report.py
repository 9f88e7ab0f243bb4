"""`innopath report`: a profile in, an advisory report (HTML, Markdown or PDF) out."""

from pathlib import Path
from typing import Annotated

import typer

from innopath.engine.applications.reporting.render import ReportFormat, write_report
from innopath.engine.cli.options import LangOption, Language
from innopath.engine.common.files import check_writable, refuse_same_file
from innopath.engine.knowledge.profile import load_profile


def report(
    profile: Annotated[Path, typer.Argument(help="A firm profile, YAML or JSON (see `innopath schema`).")],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="The report file; .html, .md or .pdf sets the format."),
    ],
    format: Annotated[
        ReportFormat | None,
        typer.Option("--format", "-f", help="html, md or pdf, whatever the output's suffix."),
    ] = None,
    lang: LangOption = Language.ZH,
    brief: Annotated[
        bool,
        typer.Option(
            "--brief",
            help="The two-page board summary instead: the recommendation, the three reasons that matter "
            "most, what would change it, next steps (no rule ids or thresholds).",
        ),
    ] = False,
) -> None:
    """Write an advisory report: summary, the firm, a fit chart, each path's reasons, roadmap, next steps."""
    refuse_same_file(profile, output)
    check_writable(output, "report")
    chosen = format.value if format else None
    written = write_report(load_profile(profile), output, lang.value, chosen, brief=brief)
    typer.echo(str(written))
