"""Decision analysis as data: what `whatif`, `sensitivity` and `compare` print with `--format json`.

Every number here comes from re-running the compiled engine on a modified profile (`engine/analysis.py`).
Fits are rounded to 4 places; path ids are the stable ids of `rules/paths.yaml`.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict

from innopath.engine.common.text import Lang
from innopath.engine.inference.result import Verdict
from innopath.engine.knowledge.profile import Answer


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldChange(_Model):
    """One answer changed: `None` means unknown."""

    field: str
    label: str
    before: Answer | None
    after: Answer | None
    steps: float | None = None
    """How far the change goes, in the field type's steps (levels 1, shares 0.02, list positions); None for
    changes from or to unknown and for text."""


class PathChange(_Model):
    """One path before and after a change: fit, verdict, place in the ranking (1 = first).

    Places are shared as the advice shares them (`Inference.ranks()`: 1, 2, 2, 4); `place_before` and
    `place_after` print them, `2=` when another path shares the place.
    """

    id: str
    name: str
    fit_before: float
    fit_after: float
    delta: float
    verdict_before: Verdict
    verdict_after: Verdict
    rank_before: int
    rank_after: int
    place_before: str
    place_after: str


class RuleChange(_Model):
    """A rule that started or stopped firing."""

    rule: str
    text: str
    source: str
    path: str | None


class WhatIfResult(_Model):
    firm_name: str | None
    lang: Lang
    rulebase_version: str
    changes: list[FieldChange]
    first_before: list[str]
    """The paths sharing first place before the change: one, unless the evidence cannot separate them."""
    first_after: list[str]
    paths: list[PathChange]
    """In the order of the ranking after the change."""
    started: list[RuleChange]
    stopped: list[RuleChange]

    @property
    def shared(self) -> bool:
        """Whether some paths share a place, before or after the change."""
        before, after = [p.rank_before for p in self.paths], [p.rank_after for p in self.paths]
        return len(set(before)) < len(before) or len(set(after)) < len(after)


class StepEffect(_Model):
    """The effect of moving one answer one step: each path's fit change, and the first place afterwards."""

    direction: Literal["down", "up", "flip"]
    value: Answer
    deltas: dict[str, float]
    first: list[str]
    """The paths first after the step: one, or several sharing first place, in ranking order."""
    verdicts_changed: dict[str, Verdict]
    """Paths whose verdict changes, with the new verdict."""


class FieldSensitivity(_Model):
    field: str
    label: str
    value: Answer
    steps: list[StepEffect]
    impact: float
    """The largest fit change of any path over the steps."""
    changes_top: bool
    """Whether some one-step change changes which paths are first."""


class Dependence(_Model):
    """How much a first path's fit moves when one answer moves one step."""

    field: str
    label: str
    value: Answer
    impact: float


class Robustness(_Model):
    """The share of one-step neighbours of the profile that keep the same first place: the same paths first,
    and, when first place is shared, still shared by the same paths.
    """

    neighbours: int
    same_top: int
    share: float
    knife_edge: bool
    """True when the share is below `KNIFE_EDGE_SHARE` (engine/analysis.py)."""


class Flip(_Model):
    """A smallest change after which `path` is first alone: fewest answers changed, then fewest steps. A
    change that leaves `path` only sharing first place is not one.
    """

    path: str
    name: str
    changes: list[FieldChange]
    steps: float
    fit: float
    verdict: Verdict


class FitRange(_Model):
    min: float
    max: float


class UnknownImpact(_Model):
    """What answering one unknown field could do: each path's fit range over the field's possible values."""

    field: str
    label: str
    ranges: dict[str, FitRange]
    leaders: list[list[str]]
    """Each first place some answer gives: one path, or the paths sharing it; in path order."""
    changes_top: bool
    """Whether some answer changes which paths are first."""
    swing: float
    """The widest fit range of any path."""
    values_tried: int


class SensitivityResult(_Model):
    firm_name: str | None
    lang: Lang
    rulebase_version: str
    paths: dict[str, str]
    """Path id -> name, in path order."""
    first: list[str]
    """The paths sharing first place, in ranking order: one unless the evidence cannot separate them."""
    ranks: dict[str, int]
    """Each path's place (1, 2, 2, 4: paths with the same verdict and fit share one)."""
    fits: dict[str, float]
    verdicts: dict[str, Verdict]
    ranking: list[str]
    fields: list[FieldSensitivity]
    """Every answered field, by impact (largest first)."""
    first_depends_on: dict[str, list[Dependence]]
    """For each first path, the answers whose one-step change moves its fit, most first."""
    robustness: Robustness
    flips: list[Flip]
    """For each path not first alone, a smallest change that leaves it first alone (single changes, else
    pairs); when first place is shared, its holders too."""
    no_flip: list[str]
    """Paths outside first place that no single change, nor any searched pair, puts first alone."""
    pair_fields: list[str]
    """The fields among which all pairs were searched: those with the largest single-change impact."""
    pair_rules: list[str]
    """Rules whose two answers were also tried together: each decides against a path no single change puts
    first, on those two answers alone."""
    unknowns: list[UnknownImpact]
    """Unknown fields, those that could move the result most first."""
    engine_runs: int
    profiles_evaluated: int
    """Modified profiles looked at; the engine ran once per distinct pattern of rule-condition outcomes."""
    seconds: float


class ProfileColumn(_Model):
    """One profile of a comparison."""

    name: str
    firm_name: str | None
    first: list[str]
    """The paths sharing first place: one, unless the evidence cannot separate them."""
    recommended: list[str]
    fits: dict[str, float]
    verdicts: dict[str, Verdict]
    ranking: list[str]
    combination: list[list[str]]
    """Each combination rule that fired, as its paths in order."""
    combination_rules: list[str]
    unknown_fields: list[str]


class ComparisonResult(_Model):
    lang: Lang
    rulebase_version: str
    paths: dict[str, str]
    """Path id -> name, in path order."""
    profiles: list[ProfileColumn]
