"""`innopath rules check`: static verification of a rule base, without any profile."""

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text as RichText

from innopath.engine.applications.terminal import Wrapped
from innopath.engine.cli.options import Format, FormatOption, LangOption, Language
from innopath.engine.common.errors import InnopathError, say
from innopath.engine.common.resources import rules_dir
from innopath.engine.knowledge.checks import check_directory
from innopath.reports.labels import labels

EXIT_ERRORS = 1


def check(
    rules: Annotated[
        Path | None,
        typer.Option(
            "--rules", metavar="FOLDER", help="Check this rule-base folder instead of the shipped one."
        ),
    ] = None,
    format: FormatOption = Format.TABLE,
    lang: LangOption = Language.ZH,
) -> None:
    """Verify the rule base without a profile: schema, rules that can never fire, conflicts, redundancy,
    paths nothing supports or opposes, facts never used. Exits 1 when there are errors.
    """
    if rules is not None and not rules.is_dir():
        raise InnopathError(say("not_rules_folder", folder=rules))
    rulebase, findings = check_directory(rules)
    errors = [f for f in findings if f.severity == "error"]
    warnings = [f for f in findings if f.severity == "warning"]
    if format is Format.JSON:
        typer.echo(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        console = Console(highlight=False)
        words = labels().group("rules", lang.value)
        where = escape(str(rules or rules_dir()))
        count = (
            words["check_count"].format(n=len(rulebase.rules), version=rulebase.version)
            if rulebase
            else words["check_not_loaded"]
        )
        console.print(f"[bold]{words['check_title'].format(where=where)}[/bold] [dim]({count})[/dim]")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for finding in findings:
            style = {"error": "red", "warning": "yellow", "note": "dim"}[finding.severity]
            severity = words[f"check_{finding.severity}"]
            message = Wrapped(RichText(finding.render(lang.value)))
            grid.add_row(f"  [{style}]{severity}[/{style}]", finding.check, message)
        console.print(grid)
        style = "red" if errors else "green"
        total = words["check_total"].format(errors=len(errors), warnings=len(warnings))
        console.print(f"[{style}]{total}[/{style}]")
    if errors:
        raise typer.Exit(EXIT_ERRORS)
