"""`innopath validate`: run the Gherkin scenarios of features/ against the rule base, with rule coverage."""

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from innopath.engine.applications.validation.cases import CaseReport, run_cases
from innopath.engine.applications.validation.runner import ValidationReport, run_features, uncovered_by_kind
from innopath.engine.applications.validation.vocabulary import vocabulary
from innopath.engine.cli.options import Format, FormatOption, LangOption, Language
from innopath.engine.common.errors import InnopathError, Joined, render, say
from innopath.engine.common.invocation import command_prefix
from innopath.engine.common.resources import rules_dir
from innopath.engine.common.text import Lang, pad
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.knowledge.rulebase import RuleBase, load_rulebase, shipped_rulebase
from innopath.reports.labels import labels

EXIT_FAILED = 1


def rule_scenarios(folder: Path) -> list[Path]:
    """The scenarios that specify the rule base: every folder of features/ but the case library.

    features/cases records real decisions and runs on its own: `innopath validate features/cases`.
    """
    return sorted(p for p in folder.iterdir() if p.is_dir() and p.name != "cases") or [folder]


def default_features() -> Path:
    """The project's own features/ folder, beside rules/ in the checkout (or in the current folder)."""
    for candidate in (rules_dir().parent / "features", Path.cwd() / "features"):
        if candidate.is_dir():
            return candidate
    raise InnopathError(say("no_features_here", cmd=command_prefix()))


def _relative(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


def print_report(report: ValidationReport, engine: Engine, console: Console, lang: Lang = "zh") -> None:
    """Per feature file, each scenario with ✓ or ✗; a failure shows its step, expected and actual."""
    words = labels().group("validate", lang)
    current = None
    for outcome in report.scenarios:
        if outcome.feature != current:
            current = outcome.feature
            console.print(f"\n[bold]{escape(_relative(current))}[/bold]")
        if outcome.failure is None:
            console.print(f"  [green]✓[/green] {escape(outcome.name)}")
            continue
        failure = outcome.failure
        line = words["line"].format(n=outcome.line)
        console.print(f"  [red]✗ {escape(outcome.name)}[/red][dim]{line}[/dim]")
        step_line = words["line"].format(n=failure.line)
        console.print(f"      {escape(failure.keyword)} {escape(failure.text)}[dim]{step_line}[/dim]")
        for line in failure.said(lang).splitlines():
            console.print(f"      [yellow]{escape(line)}[/yellow]")
    passed = len(report.scenarios) - len(report.failed)
    style = "red" if report.failed else "green"
    scenarios = words["scenarios"].format(passed=passed, failed=len(report.failed))
    version = words["rulebase"].format(version=engine.rulebase.version)
    console.print(f"\n[{style}]{scenarios}[/{style}] [dim]· {version}[/dim]")
    covered, total = len(report.covered), len(report.rules)
    style = "green" if covered == total else "yellow"
    coverage = words["coverage"].format(covered=covered, total=total, share=f"{report.coverage:.0%}")
    console.print(f"[{style}]{coverage}[/{style}]")
    for kind, rule_ids in uncovered_by_kind(report, engine.rulebase).items():
        files = sorted({engine.rulebase.by_id[r.split()[0]].file for r in rule_ids})
        kind_word = labels().get("rules", f"kind_{kind}", lang)
        never = words["never_fired"].format(kind=kind_word, rules=", ".join(rule_ids))
        console.print(f"  {never} [dim]({', '.join(files)})[/dim]")


def report_json(report: ValidationReport, engine: Engine, cases: CaseReport | None) -> str:
    return json.dumps(
        {
            "cases": None if cases is None else cases_json(cases),
            "rulebase_version": engine.rulebase.version,
            "passed": len(report.scenarios) - len(report.failed),
            "failed": len(report.failed),
            "scenarios": [
                {
                    "feature": _relative(s.feature),
                    "name": s.name,
                    "line": s.line,
                    "passed": s.passed,
                    "failure": None
                    if s.failure is None
                    else {
                        "step": f"{s.failure.keyword} {s.failure.text}",
                        "line": s.failure.line,
                        "message": s.failure.message,
                    },
                }
                for s in report.scenarios
            ],
            "coverage": round(report.coverage, 4),
            "covered": sorted(report.covered),
            "uncovered": report.uncovered,
        },
        ensure_ascii=False,
        indent=2,
    )


CASE_MEASURES = ("top1", "top2", "not_first")
"""The agreement figures of the case library, worded in reports/labels.yaml `validate`."""


def print_cases(
    report: CaseReport, console: Console, lang: Lang = "zh", rulebase: RuleBase | None = None
) -> None:
    """The case library's agreement figures, then each case that disagrees and what the engine said."""
    words = labels().group("validate", lang)
    cases = words["cases_count"].format(n=len(report.cases))
    console.print(f"\n[bold]{words['cases_title']}[/bold] [dim]{cases}[/dim]")
    for measure in CASE_MEASURES:
        agreeing, measured = report.totals[measure]
        figure = words["case_figure"].format(
            measure=words["case_" + measure],
            agreeing=agreeing,
            measured=measured,
            share=f"{report.share(measure):.0%}",
        )
        console.print(f"  {figure}")
    rulebase = rulebase or shipped_rulebase()
    for case in report.cases:
        if not case.disagreements and case.error is None:
            continue
        verdicts = labels().group("verdicts", lang)
        shown = 3  # the first three places, and every path sharing the third one shown
        while shown < len(case.places) and case.places[shown] == case.places[shown - 1]:
            shown += 1
        said = render(
            Joined(
                tuple(
                    words["engine_item"].format(
                        place=n,
                        path=rulebase.path(p).name(lang) if lang == "zh" and p in rulebase.path_ids else p,
                        verdict=verdicts[v],
                    )
                    for n, p, v in zip(
                        case.places[:shown], case.ranking[:shown], case.verdicts[:shown], strict=True
                    )
                )
            ),
            lang,
        )
        console.print(f"  [yellow]≠ {escape(case.name)}[/yellow]")
        for line in case.disagreements or (case.error or "",):
            console.print(f"      {escape(render(line, lang))}")
        if said:
            console.print(f"      [dim]{words['engine_said']}{escape(said)}[/dim]")


def cases_json(report: CaseReport) -> dict[str, object]:
    return {
        "totals": {m: {"agreeing": a, "measured": n} for m, (a, n) in report.totals.items()},
        "cases": [
            {
                "feature": _relative(c.feature),
                "name": c.name,
                "ranking": list(c.ranking),
                "places": list(c.places),
                "disagreements": [render(d, "en") for d in c.disagreements],
                "error": None if c.error is None else render(c.error, "en"),
            }
            for c in report.cases
        ],
    }


def print_steps(console: Console, lang: Lang = "zh") -> None:
    """The step sentences a feature file in the reader's language may use, one example each; where to find
    those of the other language.
    """
    words = labels().group("validate", lang)
    console.print(f"[bold]{words['steps_title']}[/bold]")
    for entry in vocabulary(lang):
        keyword = pad(words[f"keyword_{entry.type}"], 5)  # Gherkin's keyword in the file's language
        console.print(f"  [dim]{keyword}[/dim] {escape(entry.example)}")
    other = "en" if lang == "zh" else "zh"
    console.print(f"\n[dim]{words['steps_other'].format(cmd=command_prefix(), lang=other)}[/dim]")


def validate(
    features: Annotated[
        list[Path] | None,
        typer.Argument(help="Feature files or folders (default: the project's features/)."),
    ] = None,
    rules: Annotated[
        Path | None,
        typer.Option(
            "--rules", metavar="FOLDER", help="Validate this rule-base folder instead of the shipped one."
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail when any rule never fired in a scenario.")
    ] = False,
    steps: Annotated[
        bool, typer.Option("--steps", help="List the step sentences features may use, and stop.")
    ] = False,
    format: FormatOption = Format.TABLE,
    lang: LangOption = Language.ZH,
) -> None:
    """Run the scenarios of features/ against the rule base: pass/fail per scenario and rule coverage; then
    measure the case library (features/cases) apart: how often the advice agrees with real decisions.
    """
    console = Console(highlight=False, soft_wrap=True)  # long scenario names stay on one line
    if steps:
        print_steps(console, lang.value)
        return
    if rules is not None and not rules.is_dir():
        raise InnopathError(say("not_rules_folder", folder=rules))
    engine = Engine(load_rulebase(rules)) if rules is not None else shipped_engine()
    names: Lang | None = lang.value if format is Format.TABLE else None  # JSON: the files' own names
    report = run_features(features or rule_scenarios(default_features()), engine, names)
    library = default_features() / "cases" if features is None else None
    cases = run_cases([library], engine, names) if library is not None and library.is_dir() else None
    if format is Format.JSON:
        typer.echo(report_json(report, engine, cases))
    else:
        print_report(report, engine, console, lang.value)
        if cases is not None:
            print_cases(cases, console, lang.value, engine.rulebase)
        if strict and report.uncovered:
            console.print(f"[red]{labels().get('validate', 'strict', lang.value)}[/red]")
    if report.failed or (strict and report.uncovered):
        raise typer.Exit(EXIT_FAILED)
