"""The case library (features/cases): how often the advice agrees with real decisions.

A case is a scenario whose expectations are the three case steps: the paths that should come first, the path
that must be in the top two, the paths that must not come first. Unlike a rule scenario, a case is not
passed or failed as a whole: each expectation is measured on its own, so a case whose first path disagrees
still says whether its required path made the top two. The figures are what a knowledge change is judged
by; the disagreements are listed with what the engine said instead.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from innopath.engine.applications.validation.actions import (
    then_first_is_one_of,
    then_in_top_two,
    then_not_first,
)
from innopath.engine.applications.validation.runner import scenarios
from innopath.engine.applications.validation.steps import StepError, World, _split, step_message
from innopath.engine.applications.validation.vocabulary import arguments, matching
from innopath.engine.common.errors import Phrase, say
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine
from innopath.reports.phrases import place

MEASURES = {then_first_is_one_of: "top1", then_in_top_two: "top2", then_not_first: "not_first"}
"""The case steps, and the measure each one counts towards."""


def _expectation(world: World, measure: str, args: dict[str, Any]) -> Phrase:
    """A case step's expectation in words of either language (the paths by name in Chinese)."""
    if measure == "top1":
        return say(
            "case_first_one_of", paths=world.shown_list([world.path_id(p) for p in _split(args["paths"])])
        )
    return say(
        f"case_{measure}" if measure == "not_first" else "case_top_two",
        path=world.shown(world.path_id(args["path"])),
    )


@dataclass(frozen=True)
class CaseOutcome:
    feature: str
    name: str
    ranking: tuple[str, ...]
    verdicts: tuple[str, ...]
    places: tuple[str, ...]
    """Each ranked path's place as printed (`2=` when shared)."""
    checks: dict[str, list[bool]]
    """measure -> the outcome of each of the case's steps of that measure."""
    disagreements: tuple[Phrase, ...]
    """The expectations the engine disagrees with, worded when shown."""
    error: Phrase | str | None = None


@dataclass(frozen=True)
class CaseReport:
    cases: tuple[CaseOutcome, ...]
    totals: dict[str, tuple[int, int]] = field(default_factory=dict)
    """measure -> (agreeing, measured)."""

    @property
    def must_not_first_violations(self) -> int:
        agreeing, measured = self.totals.get("not_first", (0, 0))
        return measured - agreeing

    def share(self, measure: str) -> float:
        agreeing, measured = self.totals.get(measure, (0, 0))
        return agreeing / measured if measured else 1.0


def _run_step(world: World, step: Any) -> tuple[str | None, Phrase | None]:
    """Carry out one step: (the measure it counts for, the disagreement if any)."""
    found = matching(step.type, step.name)
    if len(found) != 1:
        raise StepError(say("case_step_several" if found else "case_step_none", step=repr(step.name)))
    entry, parsed = found[0]
    args: dict[str, Any] = dict(parsed)
    if "datatable" in arguments(entry):
        args["datatable"] = step.datatable.raw() if step.datatable is not None else None
    measure = MEASURES.get(entry.action)
    try:
        entry.action(world, **args)
    except AssertionError:
        if measure is None:
            raise
        return measure, _expectation(world, measure, parsed)
    return measure, None


def run_case(engine: Engine, feature: str, name: str, steps: Sequence[Any]) -> CaseOutcome:
    world = World(engine)
    checks: dict[str, list[bool]] = {}
    disagreements: list[Phrase] = []
    try:
        for step in steps:
            measure, disagreement = _run_step(world, step)
            if measure is not None:
                checks.setdefault(measure, []).append(disagreement is None)
            if disagreement is not None:
                disagreements.append(disagreement)
    except AssertionError as exc:
        return CaseOutcome(feature, name, (), (), (), checks, tuple(disagreements), error=step_message(exc))
    advice = world.advice()
    return CaseOutcome(
        feature,
        name,
        ranking=tuple(p.id for p in advice.paths),
        verdicts=tuple(p.verdict for p in advice.paths),
        places=tuple(place(advice, p) for p in advice.paths),
        checks=checks,
        disagreements=tuple(disagreements),
    )


def run_cases(locations: Iterable[Path], engine: Engine, lang: Lang | None = None) -> CaseReport:
    """Every case of the feature files, measured against `engine`'s rule base (names as `scenarios` gives
    them in `lang`).
    """
    outcomes = tuple(
        run_case(engine, feature, name, steps) for feature, name, _, steps in scenarios(locations, lang)
    )
    totals: dict[str, tuple[int, int]] = {}
    for measure in MEASURES.values():
        results = [ok for case in outcomes for ok in case.checks.get(measure, [])]
        totals[measure] = (sum(results), len(results))
    return CaseReport(outcomes, totals)
