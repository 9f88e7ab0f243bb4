"""`innopath rules`: inspect the rule base."""

import json
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text as RichText

from innopath.engine.applications.terminal import Wrapped
from innopath.engine.cli.options import Format, FormatOption, LangOption, Language
from innopath.engine.common.errors import InnopathError, say
from innopath.engine.common.invocation import command_prefix
from innopath.engine.knowledge.rulebase import (
    AnyRule,
    AssessRule,
    CombineRule,
    EvidenceRule,
    shipped_rulebase,
)
from innopath.reports.labels import labels

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


TEXT_MIN_WIDTH = 100
"""Below this terminal width `rules list` leaves out the statement of why (and says so)."""


@app.command("list")
def list_rules(format: FormatOption = Format.TABLE, lang: LangOption = Language.ZH) -> None:
    """Every rule: id, kind, path, direction, strength, source, and (in a wide terminal) why."""
    rulebase = shipped_rulebase()
    rules = sorted(rulebase.rules, key=lambda r: r.id)
    rows = [rule_summary(r) for r in rules]
    if format is Format.JSON:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    words = labels().group("rules", lang.value)
    console = Console(highlight=False)
    wide = console.width >= TEXT_MIN_WIDTH
    title = words["list_title"].format(n=len(rows), version=rulebase.version)
    table = Table(title=title, title_justify="left")
    for column in ("id", "kind", "path", "strength", "source"):
        wraps = column == "path"
        table.add_column(
            words[f"col_{column}"],
            no_wrap=not wraps,
            overflow="fold" if wraps else "ellipsis",
            min_width=10 if wraps else None,
        )
    if wide:
        table.add_column(words["col_because"], overflow="fold", ratio=1)
    for rule, row in zip(rules, rows, strict=True):
        veto = f" {words['veto']}" if row["veto"] else ""
        sign = "−" if row["direction"] == "against" else "+"
        strength = "" if row["strength"] is None else f"{sign}{row['strength']:.2f}{veto}"
        if isinstance(rule, CombineRule):
            about = " + ".join(rulebase.path(p).name(lang.value) for p in rule.paths)
        elif rule.bears_on:
            about = rulebase.path(rule.bears_on).name(lang.value)
        elif isinstance(rule, AssessRule):
            about = rule.label(lang.value)
        else:
            about = ""
        cells: list[str | Wrapped] = [
            row["id"],
            words[f"kind_{row['kind']}"],
            Wrapped(RichText(about)),
            strength,
            "\n".join(row["source"].split("; ")),  # one citation a line, each kept whole
        ]
        if wide:
            cells.append(Wrapped(RichText(rule.because(lang.value))))
        table.add_row(*cells)
    console.print(table)
    if not wide:
        note = words["narrow"].format(width=TEXT_MIN_WIDTH, cmd=command_prefix())
        console.print(f"[dim]{note}[/dim]")


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
        hint = (
            say("rule_did_you_mean", names=", ".join(close))
            if close
            else say("rule_see_list", cmd=command_prefix())
        )
        raise InnopathError(say("no_such_rule", rule=repr(rule_id), hint=hint))
    detail = rule_detail(rule)
    if format is Format.JSON:
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    words = labels().group("rules", lang.value)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    console.print(f"[bold]{rule.id}[/bold]  [dim]{words['show_file']} {rule.file}[/dim]")
    shown = {
        "kind": words[f"kind_{rule.kind}"],
        "direction": words.get(f"dir_{detail.get('direction')}", ""),
        "veto": words["veto"] if detail.get("veto") else None,
    }
    for key in ("kind", "path", "fact", "direction", "strength", "veto", "source"):
        if detail.get(key) not in (None, False):
            grid.add_row(f"  {words['show_' + key]}", Wrapped(RichText(str(shown.get(key) or detail[key]))))
    if isinstance(rule, AssessRule):
        grid.add_row(f"  {words['show_label']}", Wrapped(RichText(rule.label(lang.value))))
    grid.add_row(f"  {words['show_when']}", Wrapped(RichText(detail["condition"])))
    grid.add_row(f"  {words['show_because']}", Wrapped(RichText(rule.because(lang.value))))
    console.print(grid)
