"""Run Gherkin scenarios (features/*.feature) against a rule base: pass/fail per scenario and rule coverage.

Feature files are parsed with pytest-bdd's own parser, so Scenario Outlines, Examples tables, Backgrounds and
data tables mean the same thing here and under pytest.
"""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innopath.engine.applications.validation.steps import StepError, World
from innopath.engine.applications.validation.vocabulary import VOCABULARY, arguments, matching
from innopath.engine.common.errors import InnopathError, ProfileError, say
from innopath.engine.inference.engine import Engine
from innopath.engine.knowledge.profile import Answer as AnswerValue
from innopath.engine.knowledge.profile import parse_profile
from innopath.engine.knowledge.rulebase import AssessRule, RuleBase
from innopath.reports.labels import labels


@dataclass(frozen=True)
class StepOutcome:
    keyword: str
    text: str
    line: int
    message: str


@dataclass(frozen=True)
class ScenarioOutcome:
    """One scenario (one Examples row of an outline) and how it went."""

    feature: str
    name: str
    line: int
    failure: StepOutcome | None
    covered: frozenset[str]

    @property
    def passed(self) -> bool:
        return self.failure is None


@dataclass(frozen=True)
class ValidationReport:
    scenarios: tuple[ScenarioOutcome, ...]
    rules: tuple[str, ...]
    """Every rule of the rule base, in id order."""

    @property
    def failed(self) -> list[ScenarioOutcome]:
        return [s for s in self.scenarios if not s.passed]

    @property
    def covered(self) -> set[str]:
        return set().union(*(s.covered for s in self.scenarios)) & set(self.rules)

    @property
    def uncovered(self) -> list[str]:
        return [r for r in self.rules if r not in self.covered]

    @property
    def coverage(self) -> float:
        return len(self.covered) / len(self.rules) if self.rules else 1.0


def feature_files(locations: Iterable[Path]) -> list[Path]:
    """The .feature files of the given files and folders (folders searched recursively), in name order."""
    files: list[Path] = []
    for location in locations:
        if location.is_dir():
            files += sorted(location.rglob("*.feature"))
        elif location.suffix == ".feature" and location.is_file():
            files.append(location)
        else:
            raise InnopathError(say("not_feature", location=location))
    if not files:
        raise InnopathError(say("no_feature_files", locations=", ".join(map(str, locations))))
    return files


def parse_feature(path: Path) -> Any:
    """The feature as pytest-bdd parses it; a Gherkin error names the file and line."""
    from pytest_bdd.exceptions import GherkinParseError
    from pytest_bdd.parser import FeatureParser

    try:
        return FeatureParser(str(path.parent), path.name).parse()
    except GherkinParseError as exc:
        raise InnopathError(f"{path}: line {exc.line}: {exc.message}: {exc.line_content}") from None
    except Exception as exc:  # gherkin's own CompositeParserException and friends
        raise InnopathError(f"{path}: cannot parse the feature: {exc}") from None


def _undefined(step: Any) -> str:
    import difflib

    candidates = [s.example for s in VOCABULARY if s.type == step.type]
    close = difflib.get_close_matches(step.name, candidates, n=2, cutoff=0.4)
    hint = f"; closest: {' | '.join(close)}" if close else ""
    return f"no {step.type} step matches this sentence (see `innopath validate --steps`){hint}"


def run_scenario(engine: Engine, feature: str, name: str, line: int, steps: Sequence[Any]) -> ScenarioOutcome:
    world = World(engine)
    failure = None
    for step in steps:
        found = matching(step.type, step.name)
        try:
            if not found:
                raise StepError(_undefined(step))
            if len(found) > 1:
                raise StepError(
                    "the sentence matches several steps: " + " | ".join(e.example for e, _ in found)
                )
            entry, parsed = found[0]
            args: dict[str, Any] = dict(parsed)
            if "datatable" in arguments(entry):
                args["datatable"] = step.datatable.raw() if step.datatable is not None else None
            entry.action(world, **args)
        except AssertionError as exc:
            failure = StepOutcome(step.keyword.strip(), step.name, step.line_number, str(exc))
            break
    return ScenarioOutcome(feature, name, line, failure, frozenset(world.covered()))


def scenarios(locations: Iterable[Path]) -> Iterator[tuple[str, str, int, Sequence[Any]]]:
    """Every scenario of the feature files, each Examples row of an outline on its own, as
    (feature file, name, line, steps).
    """
    for path in feature_files(list(locations)):
        feature = parse_feature(path)
        head = path.read_text(encoding="utf-8")[:200]
        row_word = labels().get("validate", "example_row", "zh" if "language: zh" in head else "en")
        for template in feature.scenarios.values():
            contexts = [(ex, ctx) for ex in template.examples for ctx in ex.as_contexts()]
            if not template.templated:
                scenario = template.render({})
                yield str(path), scenario.name, scenario.line_number, scenario.steps
                continue
            for row, (_, context) in enumerate(contexts, start=1):
                scenario = template.render(context)
                named = "<" in template.name  # the name already shows the row's values
                label = row_word.format(n=row) + ("" if named else ": " + " | ".join(context.values()))
                yield str(path), f"{scenario.name} [{label}]", template.line_number, scenario.steps


def run_features(locations: Iterable[Path], engine: Engine) -> ValidationReport:
    """Run every scenario of the feature files against `engine`'s rule base."""
    outcomes = [run_scenario(engine, *scenario) for scenario in scenarios(locations)]
    rules = tuple(sorted(engine.rulebase.by_id))
    return ValidationReport(tuple(outcomes), rules)


def scenario_profile(engine: Engine, steps: Sequence[Any]) -> dict[str, AnswerValue]:
    """The answers a scenario gives in its Given steps (those before its first When), as the engine reads
    them; a StepError when a Given step cannot be carried out.
    """
    world = World(engine)
    for step in steps:
        if step.type == "when":
            break
        if step.type != "given":
            continue
        found = matching(step.type, step.name)
        if len(found) != 1:
            raise StepError(_undefined(step) if not found else f"{step.name!r} matches several steps")
        entry, parsed = found[0]
        args: dict[str, Any] = dict(parsed)
        if "datatable" in arguments(entry):
            args["datatable"] = step.datatable.raw() if step.datatable is not None else None
        entry.action(world, **args)
    try:
        return parse_profile(world.raw_answers, where="answers").answers()
    except ProfileError as exc:
        raise StepError(str(exc)) from None


def uncovered_by_kind(report: ValidationReport, rulebase: RuleBase) -> dict[str, list[str]]:
    """The uncovered rules grouped by kind (assess rules count when their fact came out true)."""
    groups: dict[str, list[str]] = {}
    for rule_id in report.uncovered:
        rule = rulebase.by_id[rule_id]
        shown = f"{rule_id} ({rule.fact})" if isinstance(rule, AssessRule) else rule_id
        groups.setdefault(rule.kind, []).append(shown)
    return groups
