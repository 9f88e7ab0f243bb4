"""Terminal rendering of a recommendation with rich: a ranking table, then each path's explanation."""

from rich.console import Console, ConsoleOptions, RenderResult
from rich.markup import escape
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text as RichText

from innopath.engine.analysis.result import UnknownImpact
from innopath.engine.common.invocation import command_prefix
from innopath.engine.common.safeparse import printable
from innopath.engine.common.text import Lang, line_breaks, unbreakable, width
from innopath.engine.inference.result import PathResult, Reason, Recommendation
from innopath.engine.knowledge.profile import FieldType, profile_spec
from innopath.engine.knowledge.questionnaire import Questionnaire
from innopath.reports.labels import labels
from innopath.reports.phrases import describe_unmet, headline, numbered, place, tied_note

VERDICT_STYLE = {
    "recommended": "bold green",
    "possible": "yellow",
    "not_advised": "red",
    "undetermined": "dim",
}
BAR_WIDTH = 10


def plain(text: object) -> str:
    """A user's text (a firm name, a file name) as rich markup that shows it as written: markup escaped,
    control characters and terminal escape sequences removed.
    """
    return escape(printable(str(text)))


class Wrapped:
    """Text a person must read, wrapped to the width it is given and never cut: English at spaces, Chinese
    between characters, and no line starting with closing punctuation (，。）…) or ending with an opening
    bracket (`common.text.line_breaks`). A string is read as rich markup, as a table cell would be.
    """

    def __init__(self, text: "str | RichText") -> None:
        self.text = RichText.from_markup(text) if isinstance(text, str) else text

    def lines(self, columns: int) -> list[RichText]:
        out: list[RichText] = []
        for paragraph in self.text.split("\n", allow_blank=True):
            for line in paragraph.divide(line_breaks(paragraph.plain, max(columns, 2))):
                line.rstrip()
                out.append(line)
        return out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        joined = RichText("\n").join(self.lines(options.max_width))
        joined.no_wrap = True
        joined.overflow = "fold"
        yield joined

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        paragraphs = self.text.plain.split("\n")
        longest = max(width(p) for p in paragraphs)
        return Measurement(min(max(unbreakable(p) for p in paragraphs), longest), longest)


def fit_bar(fit: float) -> RichText:
    """A bar of the fit centred on zero: left of the mid-line against, right of it for."""
    cells = round(abs(fit) * BAR_WIDTH)
    left = " " * (BAR_WIDTH - cells) + "█" * cells if fit < 0 else " " * BAR_WIDTH
    right = "█" * cells + " " * (BAR_WIDTH - cells) if fit > 0 else " " * BAR_WIDTH
    return RichText.assemble((left, "red"), "│", (right, "green"))


def text_grid() -> Table:
    """Two columns: the mark and rule id, kept whole; the text, wrapped (`Wrapped`: never cut off), followed
    by the dim source.
    """
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def sourced(text: str, source: str, extra: str = "") -> Wrapped:
    """A reason's text, wrapped, followed by its source, dim."""
    return Wrapped(RichText.assemble(text, (f"  {source}{extra}", "dim")))


def _add_reason(grid: Table, sign: str, reason: Reason, style: str, lang: Lang) -> None:
    veto = f" · {labels().get('ui', 'veto_mark', lang)}" if reason.veto else ""
    grid.add_row(RichText(f"  {sign} {reason.rule}", style=style), sourced(reason.text, reason.source, veto))


def verdict_text(verdict: str, lang: Lang) -> RichText:
    """A verdict in words, coloured by what it means."""
    return RichText(labels().get("verdicts", verdict, lang), style=VERDICT_STYLE[verdict])


def ranking_table(result: Recommendation) -> Table:
    lang = result.lang
    ui = labels().group("ui", lang)
    name = plain(result.firm_name) if result.firm_name else ui["unnamed"]
    table = Table(
        title=f"{ui['title']} · {name}",
        title_justify="left",
        caption=tied_note(result),
        caption_justify="left",
    )
    table.add_column(ui["rank"], justify="right")
    table.add_column(ui["path"], overflow="fold")
    table.add_column(ui["fit"], justify="right", no_wrap=True)
    table.add_column("−  │  +", no_wrap=True)
    table.add_column(ui["verdict"], no_wrap=True)
    for path in result.paths:
        table.add_row(
            place(result, path),
            Wrapped(f"{path.name}\n[dim]{path.id}[/dim]"),
            f"{path.fit:+.2f}",
            fit_bar(path.fit),
            verdict_text(path.verdict, lang),
        )
    return table


REQUIREMENT_MARKS = {"met": ("✓", "green"), "failed": ("✗", "red"), "unknown": ("?", "cyan")}
"""How a necessary condition shows in the grid, before the evidence."""


def path_details(path: PathResult, lang: Lang, rank: str) -> tuple[RichText, Table]:
    """A path's heading, and a grid of its necessary conditions (✓ ✗ ?), reasons for (+), against (−),
    unmet (✗) and unknowns (?).
    """
    ui = labels().group("ui", lang)
    verdict = labels().get("verdicts", path.verdict, lang)
    heading = RichText.assemble(
        (f"{rank} {path.name}", "bold"),
        f" ({path.id}) {path.fit:+.2f} ",
        (verdict, VERDICT_STYLE[path.verdict]),
        (f" · {ui['vetoed']} {', '.join(path.vetoed_by)}" if path.vetoed_by else "", "red"),
    )
    grid = text_grid()
    for requirement in path.requirements:
        mark, style = REQUIREMENT_MARKS[requirement.status]
        detail = ui["list_sep"].join(describe_unmet(u, lang) for u in requirement.unmet)
        text = requirement.text + (f" — {detail}" if detail else "")
        grid.add_row(RichText(f"  {mark} {requirement.rule}", style=style), sourced(text, requirement.source))
    for reason in path.reasons:
        _add_reason(grid, "+", reason, "green", lang)
    for reason in path.against:
        _add_reason(grid, "−", reason, "red", lang)
    for missing in path.missing:
        unmet = ui["list_sep"].join(describe_unmet(u, lang) for u in missing.unmet)
        grid.add_row(RichText(f"  ✗ {missing.rule}", style="yellow"), sourced(unmet, missing.source))
    for item in path.circumstances:
        text = ui["would_weigh"].format(
            conditions=ui["and_sep"].join(headline(u, lang) for u in item.unmet if u.circumstance)
        )
        grid.add_row(RichText(f"  ~ {item.rule}", style="dim"), sourced(text, item.source))
    if path.unknowns:
        fields = ui["list_sep"].join(
            ui["unknown_item"].format(label=u.label, rules="/".join(u.rules)) for u in path.unknowns
        )
        line = ui["labeled"].format(label=ui["unknowns"], text=fields)
        grid.add_row(RichText("  ?", style="cyan"), Wrapped(RichText(line)))
    return heading, grid


def print_top_unknowns(console: Console, unknowns: list[UnknownImpact], lang: Lang) -> None:
    """The unknowns whose answer could move the result most (engine/analysis.py), best first."""
    ui = labels().group("ui", lang)
    console.print(f"\n[bold]{ui['top_unknowns']}[/bold]")
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for unknown in unknowns:
        note = f" · [yellow]{ui['could_change_top']}[/yellow]" if unknown.changes_top else ""
        grid.add_row(
            "  [cyan]?[/cyan]",
            Wrapped(
                f"{unknown.label} [dim]{unknown.field}[/dim] · {ui['fit_swing']} ±{unknown.swing:.2f}{note}"
            ),
        )
    console.print(grid)


def print_recommendation(
    result: Recommendation, unknowns: list[UnknownImpact] | None = None, console: Console | None = None
) -> None:
    console = console or Console(highlight=False)
    lang = result.lang
    words = labels()
    ui = words.group("ui", lang)
    console.print(ranking_table(result))
    questionnaire = Questionnaire(profile_spec())
    answered, total = questionnaire.known(result.answers)
    skipped = [f for f in questionnaire.skipped(result.answers) if f.type != FieldType.TEXT]
    counts = ui["answered_count"].format(answered=answered, total=total, skipped=len(skipped))
    console.print(f"[dim]{counts} · {ui['rulebase']} {result.rulebase_version}[/dim]")
    if unknowns:
        print_top_unknowns(console, unknowns, lang)
    if not any(p.verdict in ("recommended", "possible") for p in result.paths):
        console.print(f"\n[bold]{ui['no_recommendation']}[/bold]")
        top = {u.field for p in result.paths for u in p.unknowns[:3]}
        for field_id in [f for f in profile_spec().ids if f in top]:
            console.print(f"  ? {profile_spec().field(field_id).label(lang)} [dim]{field_id}[/dim]")
    for path in result.paths:
        console.print()
        heading, grid = path_details(path, lang, numbered(result, path))
        console.print(heading)
        console.print(grid)
    names = {p.id: p.name for p in result.paths}
    if result.combination:
        console.print(f"\n[bold]{ui['combination']}[/bold]")
        grid = text_grid()
        for combo in result.combination:
            joined = (" → " if combo.mode == "sequence" else " + ").join(names[p] for p in combo.paths)
            text = ui["labeled"].format(
                label=f"{joined} ({words.get('modes', combo.mode, lang)})", text=combo.text
            )
            grid.add_row(RichText(f"  {combo.rule}", style="magenta"), sourced(text, combo.source))
        console.print(grid)
    if result.advice:
        console.print(f"\n[bold]{ui['advice']}[/bold]")
        grid = text_grid()
        for advice in result.advice:
            topic = words.get("topics", advice.topic, lang)
            label = f"{names[advice.path] if advice.path else ui['general']}{ui['dot_sep']}{topic}"
            text = ui["labeled"].format(label=label, text=advice.text)
            grid.add_row(RichText(f"  {advice.rule}", style="blue"), sourced(text, advice.source))
        console.print(grid)
    console.print(f"\n[dim]{ui['details_hint'].format(cmd=command_prefix())}[/dim]")
