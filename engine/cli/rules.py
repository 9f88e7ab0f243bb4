"""`innopath rules`: inspect the rule base."""

import json
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from innopath.engine.cli.options import Format, FormatOption, LangOption, Language
from innopath.engine.common.errors import InnopathError
from innopath.engine.knowledge.rulebase import (
    AnyRule,
    AssessRule,
    CombineRule,
    EvidenceRule,
    shipped_rulebase,
)

app = typer.Typer(
    help="Inspect and verify the rule base: list rules, show one, check them all.", no_args_is_help=True
)


def rule_summary(rule: AnyRule) -> dict[str, Any]:
    """The columns of `rules list`."""
    return {
        "id": rule.id,
        "kind": rule.kind,
        "path": rule.bears_on or (",".join(rule.paths) if isinstance(rule, CombineRule) else None),
        "direction": rule.direction if isinstance(rule, EvidenceRule) else None,
        "strength": rule.strength if isinstance(rule, EvidenceRule) else None,
        "veto": rule.veto if isinstance(rule, EvidenceRule) else None,
        "fact": rule.fact if isinstance(rule, AssessRule) else None,
        "source": rule.source,
        "file": rule.file,
    }


def rule_detail(rule: AnyRule) -> dict[str, Any]:
    """Everything about one rule, its condition in the rule file's form and in one line."""
    return {
        **rule_summary(rule),
        **rule.model_dump(exclude={"id", "kind", "when", "source"}),
        "when": rule.when,
        "condition": str(rule.condition),
    }


@app.command("list")
def list_rules(format: FormatOption = Format.TABLE) -> None:
    """Every rule: id, kind, path, direction, strength, source."""
    rows = [rule_summary(r) for r in sorted(shipped_rulebase().rules, key=lambda r: r.id)]
    if format is Format.JSON:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(rows)} rules · rule base {shipped_rulebase().version}", title_justify="left")
    for column in ("id", "kind", "path", "direction", "strength", "source"):
        table.add_column(column, no_wrap=column != "source")
    for row in rows:
        strength = (
            "" if row["strength"] is None else f"{row['strength']:.2f}" + (" veto" if row["veto"] else "")
        )
        table.add_row(
            row["id"],
            row["kind"],
            row["path"] or row["fact"] or "",
            row["direction"] or "",
            strength,
            row["source"],
        )
    Console(highlight=False).print(table)


@app.command("show")
def show_rule(
    rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. ORI-01.")],
    format: FormatOption = Format.TABLE,
    lang: LangOption = Language.ZH,
) -> None:
    """One rule in full: condition, certainty, statement of why, source."""
    rulebase = shipped_rulebase()
    rule = rulebase.by_id.get(rule_id.upper())
    if rule is None:
        import difflib

        close = difflib.get_close_matches(rule_id.upper(), list(rulebase.by_id), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `innopath rules list`"
        raise InnopathError(f"rule {rule_id!r}: no such rule{hint}")
    detail = rule_detail(rule)
    if format is Format.JSON:
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    console.print(f"[bold]{rule.id}[/bold]  ({rule.file})")
    for key in ("kind", "path", "fact", "direction", "strength", "veto", "source"):
        if detail.get(key) not in (None, False):
            console.print(f"  {key:<10} {detail[key]}")
    if isinstance(rule, AssessRule):
        console.print(f"  {'label':<10} {rule.label(lang.value)}")
    console.print(f"  {'when':<10} {detail['condition']}")
    console.print(f"  {'because':<10} {rule.because(lang.value)}")
