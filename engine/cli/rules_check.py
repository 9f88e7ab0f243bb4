"""`innopath rules check`: static verification of a rule base, without any profile."""

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from innopath.engine.cli.options import Format, FormatOption
from innopath.engine.common.errors import InnopathError
from innopath.engine.common.resources import rules_dir
from innopath.engine.knowledge.checks import check_directory

EXIT_ERRORS = 1


def check(
    rules: Annotated[
        Path | None, typer.Option("--rules", help="Check this rule-base folder instead of the shipped one.")
    ] = None,
    format: FormatOption = Format.TABLE,
) -> None:
    """Verify the rule base without a profile: schema, rules that can never fire, conflicts, redundancy,
    paths nothing supports or opposes, facts never used. Exits 1 when there are errors.
    """
    if rules is not None and not rules.is_dir():
        raise InnopathError(f"--rules {rules}: not a folder; expected a rule-base folder like rules/")
    rulebase, findings = check_directory(rules)
    errors = [f for f in findings if f.severity == "error"]
    warnings = [f for f in findings if f.severity == "warning"]
    if format is Format.JSON:
        typer.echo(json.dumps([asdict(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        console = Console(highlight=False)
        where = rules or rules_dir()
        count = f"{len(rulebase.rules)} rules, version {rulebase.version}" if rulebase else "did not load"
        console.print(f"[bold]rule base {escape(str(where))}[/bold] [dim]({count})[/dim]")
        for finding in findings:
            style = {"error": "red", "warning": "yellow", "note": "dim"}[finding.severity]
            console.print(
                f"  [{style}]{finding.severity:<7}[/{style}] [dim]{finding.check:<20}[/dim] "
                f"{escape(finding.message)}"
            )
        style = "red" if errors else "green"
        console.print(f"[{style}]{len(errors)} error(s)[/{style}], {len(warnings)} warning(s)")
    if errors:
        raise typer.Exit(EXIT_ERRORS)
