"""The rule base's vocabulary as pydantic models: paths, policy, and the five kinds of rule.

A validator's complaint is a phrase of reports/errors.yaml (`ValueError(say(...))`), so the loader can word it
in either language (`loadcheck.schema_problems`).
"""

import re
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter, model_validator

from innopath.engine.common.errors import say
from innopath.engine.common.text import Text
from innopath.engine.knowledge.conditions import Condition

SOURCE_PATTERN = re.compile(r"^00[0-4] §\S.*$")
RULE_ID_PATTERN = r"^[A-Z]{2,4}-\d{2,3}$"


class PathSpec(BaseModel):
    """One of the six paths to own a core technology."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: Text
    source: str


class Thresholds(BaseModel):
    """What a verdict needs (rules/policy.yaml): fit thresholds, and independent factors for "recommended"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    recommended: float = Field(gt=0, lt=1)
    possible: float = Field(gt=0, lt=1)
    recommended_factors: int = Field(default=1, ge=1)
    """How many different factors must speak for a path before it can be "recommended"."""

    @model_validator(mode="after")
    def _ordered(self) -> "Thresholds":
        if self.possible >= self.recommended:
            raise ValueError(say("policy_thresholds_order"))
        return self


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verdicts: Thresholds
    factors: dict[str, Text] = {}
    """The factors evidence may speak to (capability, technology, partner …), with their labels."""


def _check_source(value: str) -> str:
    for part in value.split(";"):
        if not SOURCE_PATTERN.match(part.strip()):
            raise ValueError(say("rule_source_format", source=repr(value)))
    return value


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=RULE_ID_PATTERN)]
    when: dict[str, Any]
    because: Text
    source: str
    _condition: Condition | None = PrivateAttr(default=None)
    _file: str = PrivateAttr(default="")

    @model_validator(mode="after")
    def _source_cites_a_paper(self) -> "_Rule":
        _check_source(self.source)
        return self

    @property
    def condition(self) -> Condition:
        if self._condition is None:
            raise RuntimeError(f"rule {self.id}: its condition is parsed when the rule base loads")
        return self._condition

    @property
    def file(self) -> str:
        return self._file

    @property
    def bears_on(self) -> str | None:
        """The path this rule speaks to, if any."""
        return None


class AssessRule(_Rule):
    """Stage 1: derive a named judgement from answers (and other judgements)."""

    kind: Literal["assess"]
    fact: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    label: Text
    circumstance: bool = False
    """A state of the world the firm does not work towards (a risk, a shortage, sanctions): evidence that
    needs it is never listed as a condition to meet; it "would weigh for the path if" it held."""


class EvidenceRule(_Rule):
    """Stage 2: evidence for or against one path, with a certainty factor."""

    kind: Literal["evidence"]
    path: str
    direction: Literal["for", "against"]
    strength: float = Field(gt=0, lt=1)
    veto: bool = False
    factor: str
    """What the evidence speaks to (rules/policy.yaml `factors`): within a factor only the strongest rule of
    a direction counts, so one answer read by several rules is not counted several times."""
    adds_to: tuple[str, ...] = ()
    """Rules of the same path and direction whose evidence this one deliberately strengthens (graded
    evidence: it fires only when they do, and adds its strength to theirs). `rules check` warns about any
    such pair that is not declared here."""

    @model_validator(mode="after")
    def _veto_is_against(self) -> "EvidenceRule":
        if self.veto and self.direction != "against":
            raise ValueError(say("rule_veto_for"))
        return self

    @property
    def signed_strength(self) -> float:
        return self.strength if self.direction == "for" else -self.strength

    @property
    def bears_on(self) -> str | None:
        return self.path


class RequireRule(_Rule):
    """A condition the papers make necessary for a path: failing it caps the path's verdict.

    A hard requirement that definitely fails makes the path "not advised"; a soft one caps it at
    "possible". While a requirement is unknown the path is at most "possible".
    """

    kind: Literal["require"]
    path: str
    hard: bool = True

    @property
    def bears_on(self) -> str | None:
        return self.path


class CombineRule(_Rule):
    """Stage 3: paths to pursue together or in sequence."""

    kind: Literal["combine"]
    paths: tuple[str, ...] = Field(min_length=2)
    mode: Literal["parallel", "sequence"]


class AdviseRule(_Rule):
    """Stage 3: a next step for a recommended path, or general advice."""

    kind: Literal["advise"]
    path: str | None = None
    topic: Literal["funding", "collaboration", "enabler", "risk"]

    @property
    def bears_on(self) -> str | None:
        return self.path


R = TypeVar("R", bound="_Rule")

Rule = Annotated[
    AssessRule | RequireRule | EvidenceRule | CombineRule | AdviseRule, Field(discriminator="kind")
]
AnyRule = AssessRule | RequireRule | EvidenceRule | CombineRule | AdviseRule
_RULE = TypeAdapter(Rule)
