"""Run Gherkin scenarios (features/*.feature) against a rule base: pass/fail per scenario and rule coverage.

Feature files are parsed with pytest-bdd's own parser, so Scenario Outlines, Examples tables, Backgrounds and
data tables mean the same thing here and under pytest.
"""

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from innopath.engine.applications.validation.steps import StepError, World, step_message
from innopath.engine.applications.validation.vocabulary import VOCABULARY, arguments, matching
from innopath.engine.common.errors import InnopathError, Phrase, ProfileError, render, say
from innopath.engine.common.text import Lang
from innopath.engine.common.yamlio import read_yaml
from innopath.engine.inference.engine import Engine
from innopath.engine.knowledge.profile import Answer as AnswerValue
from innopath.engine.knowledge.profile import parse_profile
from innopath.engine.knowledge.rulebase import AssessRule, RuleBase
from innopath.reports.labels import labels

NAMES_FILE = "names.zh.yaml"
"""Beside feature files written in English: each scenario's Chinese name, by its name in the file (an
outline's may use the same <placeholders>), shown when the reader's language is Chinese."""


@dataclass(frozen=True)
class StepOutcome:
    keyword: str
    text: str
    line: int
    reason: Phrase | str
    """What went wrong, worded in the reader's language when shown (`said`)."""

    @property
    def message(self) -> str:
        return render(self.reason, "en")

    def said(self, lang: Lang) -> str:
        return render(self.reason, lang)


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
        raise InnopathError(
            say("feature_parse", path=path, line=exc.line, problem=exc.message, content=exc.line_content)
        ) from None
    except Exception as exc:  # gherkin's own CompositeParserException and friends
        raise InnopathError(say("feature_unparsable", path=path, problem=exc)) from None


def _undefined(step: Any) -> Phrase:
    import difflib

    candidates = [s.example for s in VOCABULARY if s.type == step.type]
    close = difflib.get_close_matches(step.name, candidates, n=2, cutoff=0.4)
    hint = say("step_closest", close=" | ".join(close)) if close else ""
    return say("step_undefined", type=step.type, hint=hint)


def run_scenario(engine: Engine, feature: str, name: str, line: int, steps: Sequence[Any]) -> ScenarioOutcome:
    world = World(engine)
    failure = None
    for step in steps:
        found = matching(step.type, step.name)
        try:
            if not found:
                raise StepError(_undefined(step))
            if len(found) > 1:
                raise StepError(say("step_several", examples=" | ".join(e.example for e, _ in found)))
            entry, parsed = found[0]
            args: dict[str, Any] = dict(parsed)
            if "datatable" in arguments(entry):
                args["datatable"] = step.datatable.raw() if step.datatable is not None else None
            entry.action(world, **args)
        except AssertionError as exc:
            failure = StepOutcome(step.keyword.strip(), step.name, step.line_number, step_message(exc))
            break
    return ScenarioOutcome(feature, name, line, failure, frozenset(world.covered()))


@cache
def chinese_names(folder: Path) -> dict[str, str]:
    """The Chinese names of the scenarios of a folder of English feature files (`NAMES_FILE`)."""
    names = folder / NAMES_FILE
    return dict(read_yaml(names)) if names.exists() else {}


def _filled(name: str, context: Mapping[str, str]) -> str:
    return re.sub(r"<(\w+)>", lambda m: str(context.get(m.group(1), m.group(0))), name)


def scenarios(
    locations: Iterable[Path], lang: Lang | None = None
) -> Iterator[tuple[str, str, int, Sequence[Any]]]:
    """Every scenario of the feature files, each Examples row of an outline on its own, as
    (feature file, name, line, steps). Names are the feature files' own, or with `lang` "zh" the Chinese
    names given beside English feature files (`NAMES_FILE`); an outline's row is numbered in `lang` (by
    default the feature's language).
    """
    for path in feature_files(list(locations)):
        feature = parse_feature(path)
        head = path.read_text(encoding="utf-8")[:200]
        own: Lang = "zh" if "language: zh" in head else "en"
        row_word = labels().get("validate", "example_row", lang or own)
        translated = chinese_names(path.parent.resolve()) if lang == "zh" and own == "en" else {}
        for template in feature.scenarios.values():
            contexts = [(ex, ctx) for ex in template.examples for ctx in ex.as_contexts()]
            chinese = translated.get(template.name)
            if not template.templated:
                scenario = template.render({})
                yield str(path), chinese or scenario.name, scenario.line_number, scenario.steps
                continue
            for row, (_, context) in enumerate(contexts, start=1):
                scenario = template.render(context)
                if chinese:
                    name = f"{_filled(chinese, context)} [{row_word.format(n=row)}]"
                    yield str(path), name, template.line_number, scenario.steps
                    continue
                named = "<" in template.name  # the name already shows the row's values
                label = row_word.format(n=row) + ("" if named else ": " + " | ".join(context.values()))
                yield str(path), f"{scenario.name} [{label}]", template.line_number, scenario.steps


def run_features(locations: Iterable[Path], engine: Engine, lang: Lang | None = None) -> ValidationReport:
    """Run every scenario of the feature files against `engine`'s rule base (names as `scenarios` gives
    them in `lang`).
    """
    outcomes = [run_scenario(engine, *scenario) for scenario in scenarios(locations, lang)]
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
            raise StepError(
                _undefined(step) if not found else say("step_matches_several", step=repr(step.name))
            )
        entry, parsed = found[0]
        args: dict[str, Any] = dict(parsed)
        if "datatable" in arguments(entry):
            args["datatable"] = step.datatable.raw() if step.datatable is not None else None
        entry.action(world, **args)
    try:
        return parse_profile(world.raw_answers, where=say("step_answers")).answers()
    except ProfileError as exc:
        raise StepError.of(exc) from None


def uncovered_by_kind(report: ValidationReport, rulebase: RuleBase) -> dict[str, list[str]]:
    """The uncovered rules grouped by kind (assess rules count when their fact came out true)."""
    groups: dict[str, list[str]] = {}
    for rule_id in report.uncovered:
        rule = rulebase.by_id[rule_id]
        shown = f"{rule_id} ({rule.fact})" if isinstance(rule, AssessRule) else rule_id
        groups.setdefault(rule.kind, []).append(shown)
    return groups
