"""`innopath whatif`, `sensitivity` and `compare`: how firm a recommendation is; several firms side by side.

Thin commands over `innopath.engine.analysis`; this module only renders. Registered with `register(app)`.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text as RichText

from innopath.engine.analysis.result import (
    ComparisonResult,
    FieldChange,
    SensitivityResult,
    StepEffect,
    UnknownImpact,
    WhatIfResult,
)
from innopath.engine.analysis.sensitivity import sensitivity as run_sensitivity
from innopath.engine.analysis.whatif import compare as run_compare
from innopath.engine.analysis.whatif import parse_assignments
from innopath.engine.analysis.whatif import whatif as run_whatif
from innopath.engine.applications.terminal import Wrapped, plain, sourced, text_grid, verdict_text
from innopath.engine.cli.options import Format, FormatOption, LangOption, Language
from innopath.engine.common.errors import InnopathError, say
from innopath.engine.common.text import Lang, together
from innopath.engine.knowledge.profile import Answer, load_profile
from innopath.engine.knowledge.rulebase import shipped_rulebase
from innopath.reports.labels import labels
from innopath.reports.phrases import field_label, show_value


# Interface words of these commands. They belong in reports/labels.yaml (group `analysis`); kept here until
# the lead moves them, so that this module touches no shared file.
def _w(key: str, lang: Lang) -> str:
    return labels().get("analysis", key, lang)


def _value(field: str, value: Answer | None, lang: Lang) -> str:
    """An answer as a person reads it (the scale's word, the choice's label), `unknown` when unknown."""
    return _w("unknown_value", lang) if value is None else show_value(field, value, lang)


def _name(path_id: str, lang: Lang) -> str:
    """A path's name; its id follows in a dim column or line for those who script."""
    return shipped_rulebase().path(path_id).name(lang)


def _named(path_id: str, lang: Lang) -> Wrapped:
    """A path's name with its id, dim, on the next line: a table cell (the id kept whole)."""
    return Wrapped(f"{_name(path_id, lang)}\n[dim]{path_id}[/dim]")


def _delta(value: float) -> RichText:
    if abs(value) < 5e-5:
        return RichText("·", style="dim")
    return RichText(f"{value:+.2f}", style="green" if value > 0 else "red")


def _changes(changes: list[FieldChange], lang: Lang) -> str:
    return _w("and", lang).join(
        _w("were", lang).format(field=field_label(c.field, lang), value=_value(c.field, c.after, lang))
        for c in changes
    )


def _first(paths: list[str], verdicts: Mapping[str, str], lang: Lang) -> str:
    """Who comes first: a path's name, or the paths sharing first place said as shared; when even the first
    is neither recommended nor possible, it says so, since coming first then means only "least far off".
    """
    said = (
        _name(paths[0], lang)
        if len(paths) == 1
        else _w("first_shared", lang).format(paths=_together(paths, lang))
    )
    if all(verdicts[p] in ("not_advised", "undetermined") for p in paths):
        return _w("first_unsupported", lang).format(
            first=said, verdict=labels().get("verdicts", verdicts[paths[0]], lang)
        )
    return said


def _echo_json(model: WhatIfResult | SensitivityResult | ComparisonResult) -> None:
    typer.echo(model.model_dump_json(indent=2))


def print_whatif(result: WhatIfResult, console: Console) -> None:
    lang = result.lang
    ui = labels().group("ui", lang)
    name = plain(result.firm_name) if result.firm_name else ui["unnamed"]
    console.print(f"[bold]{_w('whatif_title', lang)} · {name}[/bold]")
    console.print(ui["heading"].format(heading=_w("changes", lang)))
    grid = text_grid()
    for change in result.changes:
        if change.before == change.after:
            move = _w("unchanged", lang).format(value=_value(change.field, change.after, lang))
        else:
            move = f"{_value(change.field, change.before, lang)} → {_value(change.field, change.after, lang)}"
        said = ui["labeled"].format(label=plain(change.label), text=plain(move))
        grid.add_row(" ", Wrapped(f"{said}  [dim]{change.field}[/dim]"))
    console.print(grid)
    table = Table(title_justify="left")
    table.add_column(ui["rank"], justify="right")
    table.add_column(ui["path"], overflow="fold")
    table.add_column(f"{ui['fit']}\n{_w('before', lang)}", justify="right")
    table.add_column(f"{ui['fit']}\n{_w('after', lang)}", justify="right")
    table.add_column("Δ", justify="right")
    table.add_column(ui["verdict"])
    for path in result.paths:
        place = path.place_after
        if path.place_before != path.place_after:
            place = f"{path.place_before} → {path.place_after}"
        verdict = verdict_text(path.verdict_after, lang)
        if path.verdict_before != path.verdict_after:
            verdict = RichText.assemble(verdict_text(path.verdict_before, lang), " → ", verdict)
        table.add_row(
            place,
            _named(path.id, lang),
            f"{path.fit_before:+.2f}",
            f"{path.fit_after:+.2f}",
            _delta(path.delta),
            verdict,
        )
    console.print(table)
    if result.shared:
        _say(console, f"[dim]{labels().get('ui', 'tied_note', lang)}[/dim]")
    before, after = result.first_before, result.first_after
    verdicts_before = {p.id: p.verdict_before for p in result.paths}
    verdicts_after = {p.id: p.verdict_after for p in result.paths}
    if before == after and len(after) == 1:
        console.print(
            _w("first_same", lang).format(path=f"[bold]{_first(after, verdicts_after, lang)}[/bold]")
        )
    elif before == after:
        _say(console, _w("first_same_shared", lang).format(paths=f"[bold]{_together(after, lang)}[/bold]"))
    else:
        key = "first" if len(before) == len(after) == 1 else "first_place"
        move = f"{_first(before, verdicts_before, lang)} → [bold]{_first(after, verdicts_after, lang)}[/bold]"
        _say(console, ui["labeled"].format(label=_w(key, lang), text=move))
    for key, rules, sign, style in (
        ("started", result.started, "+", "green"),
        ("stopped", result.stopped, "−", "red"),
    ):
        if rules:
            console.print(f"\n[bold]{_w(key, lang)}[/bold]")
            grid = text_grid()
            for rule in rules:
                text = rule.text
                if rule.path:
                    text = labels().get("ui", "labeled", lang).format(label=_name(rule.path, lang), text=text)
                grid.add_row(RichText(f"  {sign} {rule.rule}", style=style), sourced(text, rule.source))
            console.print(grid)
    if not result.started and not result.stopped:
        console.print(f"\n{_w('no_rule_change', lang)}")


def _unknown_ranges(unknown: UnknownImpact, fits: dict[str, float], lang: Lang) -> str:
    parts = [
        f"{_name(p, lang)} {r.min:+.2f}…{r.max:+.2f}"
        for p, r in unknown.ranges.items()
        if r.min != r.max or abs(r.min - fits[p]) >= 5e-5
    ]
    return "\n".join(parts)


def _ranking(result: SensitivityResult) -> Table:
    """The profile's ranking as it stands; the sensitivity columns are numbered by it."""
    lang = result.lang
    ui = labels().group("ui", lang)
    names = result.paths
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(ui["rank"], justify="right")
    table.add_column(ui["path"], overflow="fold")
    table.add_column(ui["fit"], justify="right")
    table.add_column(ui["verdict"])
    for path in result.ranking:
        table.add_row(
            _place(result, path),
            f"{names[path]} [dim]{path}[/dim]",
            f"{result.fits[path]:+.2f}",
            verdict_text(result.verdicts[path], lang),
        )
    return table


def _place(result: SensitivityResult, path: str) -> str:
    """A path's place as the ranking shows it: `2`, or `2=` when another path shares it."""
    rank = result.ranks[path]
    if sum(1 for r in result.ranks.values() if r == rank) > 1:
        return labels().get("ui", "tied_place", result.lang).format(rank=rank)
    return str(rank)


def _together(paths: list[str], lang: Lang) -> str:
    """Path names joined as one group: `A; and B`, `A; B; and C` in English (a name may hold commas and
    "and"), `A和B` in Chinese; the separators are in reports/labels.yaml.
    """
    names = [_name(p, lang) for p in paths]
    return together(names, _w("list_sep", lang), _w("last_sep", lang), _w("pair_sep", lang))


def _first_place(paths: list[str], lang: Lang) -> str:
    """A first place: the path's name, or the paths sharing it, said as shared."""
    if len(paths) == 1:
        return _name(paths[0], lang)
    return _w("sharing_first", lang).format(paths=_together(paths, lang))


def _step_cell(step: StepEffect, path: str, first: list[str]) -> RichText:
    """A fit change; the paths first after the step, when the first place changes, are starred."""
    cell = _delta(step.deltas[path])
    if path in step.first and step.first != first:
        cell = RichText.assemble(cell, ("★", "bold yellow"))
    return cell


def _say(console: Console, markup: str, indent: int = 0) -> None:
    """A paragraph, wrapped as `Wrapped` wraps (never cut, no line starting with closing punctuation)."""
    console.print(Padding(Wrapped(markup), (0, 0, 0, indent)))


def print_sensitivity(result: SensitivityResult, console: Console) -> None:
    lang = result.lang
    ui = labels().group("ui", lang)
    paths = result.ranking
    name = plain(result.firm_name) if result.firm_name else ui["unnamed"]
    console.print(f"[bold]{_w('sensitivity_title', lang)} · {name}[/bold]")
    console.print(_ranking(result))
    if any(sum(1 for r in result.ranks.values() if r == rank) > 1 for rank in result.ranks.values()):
        _say(console, f"[dim]{ui['tied_note']}[/dim]")
    if len(result.first) > 1:
        _say(console, _w("shared_first", lang).format(paths=f"[bold]{_together(result.first, lang)}[/bold]"))

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(f"{_w('field', lang)} / {_w('step', lang)}", overflow="fold")
    for path in paths:
        table.add_column(_place(result, path), justify="right", no_wrap=True)
    for field in (f for f in result.fields if f.impact > 0):
        shown = f"{field_label(field.field, lang)} = {_value(field.field, field.value, lang)}"
        table.add_row(Wrapped(RichText.assemble((shown, "bold"), (f" {field.field}", "dim"))))
        for step in field.steps:
            table.add_row(
                f"  → {_value(field.field, step.value, lang)}",
                *(_step_cell(step, p, result.first) for p in paths),
            )
    console.print(table)
    _say(console, f"[dim]{_w('star', lang)}[/dim]")
    still = [field_label(f.field, lang) for f in result.fields if f.impact == 0]
    if still:
        said = ui["labeled"].format(label=_w("no_effect", lang), text=_w("list_sep", lang).join(still))
        _say(console, f"[dim]{said}[/dim]")

    shared = len(result.first) > 1
    for path, depends in result.first_depends_on.items():
        if not depends:
            continue
        key = "depends_shared" if shared else "depends"
        heading = _w("depends_path", lang).format(
            heading=f"[bold]{_w(key, lang)}[/bold]", path=_name(path, lang)
        )
        console.print(f"\n{heading}")
        for dep in depends[:5]:
            shown = _value(dep.field, dep.value, lang)
            _say(console, f"{dep.label} = {shown}  ±{dep.impact:.2f}  [dim]{dep.field}[/dim]", 2)

    rob = result.robustness
    console.print()
    _say(
        console,
        _w("robust_shared" if shared else "robust", lang).format(
            n=rob.neighbours, k=rob.same_top, pct=f"{rob.share:.0%}", top=_together(result.first, lang)
        ),
    )
    if rob.knife_edge:
        console.print(f"[bold red]{_w('knife_edge_shared' if shared else 'knife_edge', lang)}[/bold red]")

    console.print(f"\n[bold]{_w('flips_shared' if shared else 'flips', lang)}[/bold]")
    verdicts = labels().group("verdicts", lang)
    for flip in result.flips:
        said = _w("would_lead_alone" if flip.path in result.first else "would_lead", lang).format(
            path=_name(flip.path, lang),
            changes=_changes(flip.changes, lang),
            fit=f"{flip.fit:+.2f}",
            verdict=verdicts[flip.verdict],
        )
        _say(console, said, 2)
    if result.no_flip:
        searched_pairs = len(result.pair_fields) > 1 or bool(result.pair_rules)
        key = "no_flip" if searched_pairs else "no_flip_single"
        paths_shown = _w("list_sep", lang).join(_name(p, lang) for p in result.no_flip)
        _say(console, _w(key, lang).format(paths=paths_shown), 2)

    console.print(f"\n[bold]{_w('unknowns', lang)}[/bold]")
    if not result.unknowns:
        console.print(f"  {_w('no_unknowns', lang)}")
    else:
        table = Table()
        table.add_column(_w("field", lang), overflow="fold")
        table.add_column(_w("could_lead", lang), overflow="fold")
        table.add_column(_w("swing", lang), justify="right")
        table.add_column(_w("ranges", lang))
        for unknown in (u for u in result.unknowns if u.swing > 0 or u.changes_top):
            leaders = RichText(
                _w("list_sep", lang).join(_first_place(group, lang) for group in unknown.leaders),
                style="bold yellow" if unknown.changes_top else "",
            )
            table.add_row(
                Wrapped(f"{plain(unknown.label)}\n[dim]{unknown.field}[/dim]"),
                leaders,
                f"{unknown.swing:.2f}",
                _unknown_ranges(unknown, result.fits, lang),
            )
        console.print(table)
        idle = [u.label for u in result.unknowns if u.swing == 0 and not u.changes_top]
        if idle:
            said = ui["labeled"].format(label=_w("idle_unknowns", lang), text=_w("list_sep", lang).join(idle))
            _say(console, f"[dim]{said}[/dim]")
    console.print()
    if len(result.pair_fields) > 1 or result.pair_rules:
        pairs = _w("pairs", lang).format(k=len(result.pair_fields), n=len(result.pair_rules))
        _say(console, f"[dim]{pairs}[/dim]")
    runs = _w("runs", lang).format(
        runs=result.engine_runs, evaluated=result.profiles_evaluated, seconds=result.seconds
    )
    _say(console, f"[dim]{runs}[/dim]")


def print_comparison(result: ComparisonResult, console: Console) -> None:
    """A path a row, a firm a column (fit, then verdict; ★ its first path, on each path when first place is
    shared); then per firm its first path (or those sharing first place) and combination, in words that
    wrap, so the table keeps its columns narrow and the path ids whole.
    """
    lang = result.lang
    ui = labels().group("ui", lang)
    table = Table(title=_w("compare_title", lang), title_justify="left")
    table.add_column(ui["path"], min_width=max(len(p) for p in result.paths))
    for column in result.profiles:
        table.add_column(plain(column.name), justify="right")
    for path_id in result.paths:
        cells = []
        for column in result.profiles:
            first = " ★" if path_id in column.first else ""
            cell = RichText.assemble(
                f"{column.fits[path_id]:+.2f}{first}\n", verdict_text(column.verdicts[path_id], lang)
            )
            if first:
                cell.stylize("bold")
            cells.append(cell)
        table.add_row(_named(path_id, lang), *cells)
    console.print(table)
    if any(len(column.first) > 1 for column in result.profiles):
        _say(console, f"[dim]{_w('compare_star', lang)}[/dim]")
    for column in result.profiles:
        combination = _w("list_sep", lang).join(
            " + ".join(_name(p, lang) for p in combo) for combo in column.combination
        )
        said = _w("compare_firm" if len(column.first) == 1 else "compare_firm_shared", lang).format(
            name=plain(column.name),
            firm=plain(column.firm_name) if column.firm_name else ui["unnamed"],
            first=_together(column.first, lang),
            combination=combination or _w("none", lang),
        )
        console.print(Wrapped(said))


ProfileArg = Annotated[Path, typer.Argument(help="A firm profile, YAML or JSON (see `innopath schema`).")]


def whatif(
    profile: ProfileArg,
    set_: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            "-s",
            metavar="FIELD=VALUE",
            help="An answer to change (repeatable); the value `unknown` clears it.",
        ),
    ] = None,
    format: FormatOption = Format.TABLE,
    lang: LangOption = Language.ZH,
) -> None:
    """The recommendation before and after changing answers: ranking, fits, verdicts, rules that change."""
    if not set_:
        raise InnopathError(say("set_none"))
    result = run_whatif(load_profile(profile), parse_assignments(set_), lang=lang.value)
    if format is Format.JSON:
        _echo_json(result)
    else:
        print_whatif(result, Console(highlight=False))


def sensitivity(
    profile: ProfileArg, format: FormatOption = Format.TABLE, lang: LangOption = Language.ZH
) -> None:
    """How firm the advice is: one-step effects of every answer, robustness, the smallest changes that put
    another path first, and the unknowns to find out first.
    """
    result = run_sensitivity(load_profile(profile), lang=lang.value)
    if format is Format.JSON:
        _echo_json(result)
    else:
        print_sensitivity(result, Console(highlight=False))


def compare(
    profiles: Annotated[list[Path], typer.Argument(help="Two or more firm profiles, YAML or JSON.")],
    format: FormatOption = Format.TABLE,
    lang: LangOption = Language.ZH,
) -> None:
    """Several profiles side by side: fits, verdicts, first path, combination."""
    if len(profiles) < 2:
        raise InnopathError(say("compare_two"))
    loaded = [(path.stem, load_profile(path)) for path in profiles]
    result = run_compare(loaded, lang=lang.value)
    if format is Format.JSON:
        _echo_json(result)
    else:
        print_comparison(result, Console(highlight=False))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the command tree."""
    app.command("whatif")(whatif)
    app.command("sensitivity")(sensitivity)
    app.command("compare")(compare)
