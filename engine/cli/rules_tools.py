"""`innopath rules stats` and `innopath rules diff`: the rule base across many firms, and between versions."""

import json
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from innopath.engine.analysis import population_stats as stats_of
from innopath.engine.analysis import rulediff_text
from innopath.engine.analysis.population import UNIFORM, random_profiles
from innopath.engine.analysis.rulediff import Firm, diff_rulebases, folder_spec, union_spec
from innopath.engine.applications.validation.runner import scenario_profile, scenarios
from innopath.engine.applications.validation.steps import StepError
from innopath.engine.cli.options import LangOption, Language
from innopath.engine.cli.validate import default_features
from innopath.engine.common.errors import InnopathError, RuleBaseError, say
from innopath.engine.common.gitref import folder_at_ref
from innopath.engine.common.resources import rules_dir
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.knowledge.rulebase import load_rulebase
from innopath.reports.labels import labels


class Output(StrEnum):
    TEXT = "text"
    JSON = "json"


OutputOption = Annotated[
    Output, typer.Option("--format", "-f", help="text (for people) or json (for tools).")
]
RulesOption = Annotated[
    Path | None,
    typer.Option("--rules", metavar="FOLDER", help="Use this rule-base folder instead of the shipped one."),
]
SeedOption = Annotated[
    int, typer.Option("--seed", help="Seed of the random profiles: same seed, same profiles.")
]


def _count(n: int) -> int:
    if n < 1:
        raise InnopathError(say("bad_n", n=n))
    return n


def _rules_folder(rules: Path | None) -> Path:
    folder = rules or rules_dir()
    if not folder.is_dir():
        raise InnopathError(say("not_rules_folder", folder=folder))
    return folder


def _engine(rules: Path | None) -> Engine:
    return Engine(load_rulebase(_rules_folder(rules))) if rules is not None else shipped_engine()


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve())) + "/"
    except ValueError:
        return str(path)


def stats(
    n: Annotated[int, typer.Option("--n", help="Random profiles per population.")] = 1000,
    seed: SeedOption = 7,
    format: OutputOption = Output.TEXT,
    rules: RulesOption = None,
    lang: LangOption = Language.ZH,
) -> None:
    """The rule base across a population: over N random complete profiles (levels uniform 1–5, and 2–4),
    how often each path comes first, how many paths are recommended per firm, how often the top two tie,
    and which rules decide first place.
    """
    count = _count(n)
    engine = _engine(rules)
    found = stats_of.population_stats(engine, count, seed)
    if format is Output.JSON:
        document = {
            "rulebase_version": engine.rulebase.version,
            "seed": seed,
            "tie_tolerance": stats_of.TIE_TOLERANCE,
            "decider_definition": stats_of.DECIDER_DEFINITION,
            "populations": [s.as_dict() for s in found],
        }
        typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    typer.echo(stats_of.render_text(found, engine.rulebase, seed, lang.value))


def diff(
    against: Annotated[
        str,
        typer.Option("--against", help="A git ref (commit, branch, tag) or a folder of another rule base."),
    ],
    rules: RulesOption = None,
    n: Annotated[int, typer.Option("--n", help="Random profiles compared besides the scenarios.")] = 300,
    seed: SeedOption = 7,
    format: OutputOption = Output.TEXT,
    features: Annotated[
        Path | None, typer.Option("--features", help="Feature files or folder (default: the project's).")
    ] = None,
    lang: LangOption = Language.ZH,
) -> None:
    """What changes between two rule bases: run both on every feature scenario's profile and on N random
    profiles, and list per firm the first path, verdicts and fits (beyond 0.05) that change, with the
    rules that fire differently and the rules edited.
    """
    count = _count(n)
    folder = _rules_folder(rules)
    after = _engine(rules)
    with tempfile.TemporaryDirectory(prefix="innopath-rules-") as temporary:
        other = Path(against)
        if not other.is_dir():
            other = folder_at_ref(folder, against, Path(temporary) / "rules")
        try:
            before = Engine(load_rulebase(other))
        except RuleBaseError as exc:
            message = say("against_does_not_load", against=against, message=exc.phrase)
            raise RuleBaseError(message, exc.detail_phrases) from None
        specs = (folder_spec(other, before.rulebase), folder_spec(folder, after.rulebase))
    skipped: list[str] = []
    # JSON names a random firm as tools expect it; text, in the reader's language
    random_name = labels().get("diff", "random_firm", "en" if format is Output.JSON else lang.value)
    population = random_profiles(count, union_spec(specs[1], specs[0]), seed, UNIFORM)
    groups = {
        "scenarios": _scenario_firms(after, features, skipped),
        "random profiles": [
            Firm(random_name.format(i=i), answers) for i, answers in enumerate(population, 1)
        ],
    }
    result = diff_rulebases(before, after, groups, (against, _shown(folder)), specs, skipped)
    if format is Output.JSON:
        typer.echo(json.dumps({"seed": seed, **result.as_dict()}, ensure_ascii=False, indent=2))
        return
    typer.echo(rulediff_text.render_text(result, lang.value))


def _scenario_firms(engine: Engine, features: Path | None, skipped: list[str]) -> list[Firm]:
    """One firm per scenario (per Examples row), its profile from its Given steps; unreadable ones skipped."""
    if features is None:
        try:
            features = default_features()
        except InnopathError:
            return []  # an installed innopath without the project's features/: random profiles only
    if not features.exists():
        raise InnopathError(say("no_features_path", path=features))
    root = features if features.is_dir() else features.parent
    firms = []
    for feature, name, _, steps in scenarios([features]):
        label = f"{Path(feature).relative_to(root).as_posix()}: {name}"
        try:
            firms.append(Firm(label, scenario_profile(engine, steps)))
        except StepError as exc:
            skipped.append(f"{label}: {exc}")
    return firms
