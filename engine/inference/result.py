"""The recommendation as data: what `--format json` prints and what reports render.

Stable keys other tools rely on: `ranking` (path ids, best first) and `paths` (each with `id`, `rank`, `fit`,
`verdict`, `reasons`, `against`, `missing`, `unknowns`; each reason with `rule`, `source`, `text`), plus
`combination` and `advice`. Paths with the same verdict and the same printed fit share a `rank` (1, 2, 2, 4);
between them `ranking` is only a listing order (the paths' fixed order).
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict

from innopath.engine.common.text import Lang
from innopath.engine.knowledge.profile import Answer

Verdict = Literal["recommended", "possible", "not_advised", "undetermined"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reason(_Model):
    """A rule that fired on a path, with the answers and derived facts it matched."""

    rule: str
    source: str
    text: str
    strength: float
    veto: bool = False
    factor: str = ""
    """What the evidence speaks to; within a factor only the strongest reading counts."""
    answers: dict[str, Answer]
    facts: dict[str, bool]
    """The derived assessments it rested on, with the value it needed."""


class Unmet(_Model):
    """One part of a rule's condition that the profile does not satisfy."""

    field: str | None = None
    op: str | None = None
    expected: Answer | list[Answer] | None = None
    actual: Answer | None = None
    fact: str | None = None
    fact_label: str | None = None
    fact_expected: bool | None = None
    circumstance: bool = False
    """The fact is a circumstance (a risk, a shortage), not a condition to work towards."""
    via: list["Unmet"] = []


class Missing(_Model):
    """A rule for the path that did not fire, and why not."""

    rule: str
    source: str
    text: str
    strength: float
    unmet: list[Unmet]


class UnknownAnswer(_Model):
    """An unanswered question that blocks rules on the path: answering it could change the fit."""

    field: str
    label: str
    rules: list[str]
    weight: float
    """The largest certainty factor among the blocked rules."""


class RequirementResult(_Model):
    """A necessary condition of the path, as the profile stands: met, failed or unknown."""

    rule: str
    source: str
    text: str
    hard: bool
    status: Literal["met", "failed", "unknown"]
    unmet: list[Unmet] = []
    """When failed: the part of the condition the profile does not satisfy."""
    unknown_fields: list[str] = []
    """When unknown: the unanswered questions that decide it."""


class PathResult(_Model):
    id: str
    name: str
    rank: int
    """1 + the paths strictly ahead; paths with the same verdict and printed fit share it (1, 2, 2, 4)."""
    fit: float
    verdict: Verdict
    factors: dict[str, float] = {}
    """The signed strength of each factor's strongest reading (against: prefixed with '-')."""
    requirements: list[RequirementResult] = []
    """Shown before the evidence: a failed hard requirement makes the path "not advised"; a failed soft
    one, or any unknown one, caps it at "possible"."""
    vetoed_by: list[str]
    reasons: list[Reason]
    against: list[Reason]
    missing: list[Missing]
    """Why not: evidence for the path that did not fire for want of something the firm could work towards."""
    circumstances: list[Missing] = []
    """Evidence for the path that would weigh if a circumstance held (a risk, a shortage, sanctions;
    `circumstance: true` in rules/assessments.yaml): never a condition to meet, so not under why-not."""
    unknowns: list[UnknownAnswer]


class AssessmentResult(_Model):
    fact: str
    label: str
    value: bool
    rule: str
    source: str


class CombinationResult(_Model):
    rule: str
    paths: list[str]
    mode: Literal["parallel", "sequence"]
    text: str
    source: str


class AdviceResult(_Model):
    rule: str
    path: str | None
    topic: Literal["funding", "collaboration", "enabler", "risk"]
    text: str
    source: str


class Recommendation(_Model):
    firm_name: str | None
    lang: Lang
    rulebase_version: str
    ranking: list[str]
    recommended: list[str]
    """Paths with verdict "recommended", best first; empty means the engine gives no recommendation."""
    paths: list[PathResult]
    combination: list[CombinationResult]
    advice: list[AdviceResult]
    assessments: list[AssessmentResult]
    answers: dict[str, Answer]
    unknown_fields: list[str]
    fired: list[str]
    """Every rule that fired, sorted by id."""

    def path(self, path_id: str) -> PathResult:
        return next(p for p in self.paths if p.id == path_id)

    def first(self) -> list[str]:
        """The paths sharing first place: one, unless the evidence cannot separate the leaders."""
        return [p.id for p in self.paths if p.rank == 1]

    def lowest_place(self, path: PathResult) -> int:
        """The lowest place the path could take if its ties were broken against it."""
        return sum(1 for p in self.paths if p.rank <= path.rank)

    def tied(self, path: PathResult) -> bool:
        """Whether another path shares this path's place."""
        return sum(1 for p in self.paths if p.rank == path.rank) > 1
