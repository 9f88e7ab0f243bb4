"""Load and check the rule base in `rules/`: every error names the file and the rule id."""

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter, ValidationError, model_validator

from innopath.engine.common.errors import RuleBaseError, say
from innopath.engine.common.resources import rules_dir
from innopath.engine.common.text import Text
from innopath.engine.common.yamlio import read_yaml
from innopath.engine.knowledge.conditions import (
    Condition,
    ConditionError,
    FactTest,
    VerdictTest,
    leaves,
    parse_condition,
)
from innopath.engine.knowledge.profile import ProfileSpec, profile_spec

DATA_FILES = ("profile.yaml", "paths.yaml", "policy.yaml", "references.yaml")
"""Files of `rules/` that are not rule files."""

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
            raise ValueError("possible must be below recommended")
        return self


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verdicts: Thresholds
    factors: dict[str, Text] = {}
    """The factors evidence may speak to (capability, technology, partner …), with their labels."""


def _check_source(value: str) -> str:
    for part in value.split(";"):
        if not SOURCE_PATTERN.match(part.strip()):
            raise ValueError(
                f"source {value!r} must cite a paper and section, e.g. '004 §3.1' or '001 §4.3; 002 §三(一)'"
            )
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
            raise ValueError("veto: only a rule with direction 'against' can veto a path")
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


def _errors_of(exc: ValidationError) -> list[str]:
    lines = []
    for error in exc.errors():
        loc = ".".join(str(p) for p in error["loc"] if not isinstance(p, int) or len(error["loc"]) == 1)
        lines.append(f"{loc}: {error['msg']}" if loc else error["msg"])
    return lines


@dataclass(frozen=True)
class RuleBase:
    """The loaded, checked rule base."""

    rules: tuple[AnyRule, ...]
    paths: tuple[PathSpec, ...]
    policy: Policy
    spec: ProfileSpec
    version: str

    @cached_property
    def by_id(self) -> dict[str, AnyRule]:
        return {r.id: r for r in self.rules}

    @property
    def path_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.paths)

    def path(self, path_id: str) -> PathSpec:
        return next(p for p in self.paths if p.id == path_id)

    def of_kind(self, kind: type[R]) -> list[R]:
        return [r for r in self.rules if isinstance(r, kind)]

    @cached_property
    def assessments(self) -> dict[str, AssessRule]:
        return {r.fact: r for r in self.of_kind(AssessRule)}

    def evidence_on(self, path_id: str) -> list[EvidenceRule]:
        return [r for r in self.of_kind(EvidenceRule) if r.path == path_id]

    def requirements_of(self, path_id: str) -> list[RequireRule]:
        return self._requirements.get(path_id, [])

    @cached_property
    def _requirements(self) -> dict[str, list[RequireRule]]:
        """Each path's requirements, looked up once: inference asks for them for every path of every firm."""
        found: dict[str, list[RequireRule]] = {}
        for rule in self.of_kind(RequireRule):
            found.setdefault(rule.path, []).append(rule)
        return found

    @cached_property
    def adds_to(self) -> dict[str, tuple[str, ...]]:
        """Evidence rule id -> the rules its graded evidence builds on (see `certainty.factor_strength`)."""
        return {r.id: r.adds_to for r in self.of_kind(EvidenceRule)}


def _read_yaml(path: Path) -> Any:
    try:
        return read_yaml(path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path.name}: line {mark.line + 1}" if mark is not None else path.name
        raise RuleBaseError(say("rule_yaml", where=where, problem=getattr(exc, "problem", exc))) from None


def _load_rule_file(path: Path, spec: ProfileSpec) -> tuple[list[AnyRule], list[str]]:
    data = _read_yaml(path)
    if not isinstance(data, Mapping) or set(data) != {"rules"} or not isinstance(data["rules"], list):
        return [], [f"{path.name}: a rule file holds one key, 'rules', with a list of rules"]
    rules: list[AnyRule] = []
    errors: list[str] = []
    for index, raw in enumerate(data["rules"], start=1):
        rule_id = raw.get("id", f"#{index}") if isinstance(raw, Mapping) else f"#{index}"
        where = f"{path.name}: rule {rule_id}"
        try:
            rule: AnyRule = _RULE.validate_python(raw)
        except ValidationError as exc:
            errors += [f"{where}: {line}" for line in _errors_of(exc)]
            continue
        allow_verdicts = isinstance(rule, CombineRule | AdviseRule)
        try:
            rule._condition = parse_condition(rule.when, spec, allow_verdicts=allow_verdicts)
        except ConditionError as exc:
            errors.append(f"{where}: when: {exc}")
            continue
        rule._file = path.name
        rules.append(rule)
    return rules, errors


def _check_adds_to(rule: EvidenceRule, rules: list[AnyRule]) -> list[str]:
    by_id = {r.id: r for r in rules}
    errors = []
    for other_id in rule.adds_to:
        other = by_id.get(other_id)
        if not (
            isinstance(other, EvidenceRule)
            and (other.path, other.direction, other.factor) == (rule.path, rule.direction, rule.factor)
        ):
            errors.append(
                f"{rule.file}: rule {rule.id}: adds_to {other_id!r} must name an evidence rule "
                f"{rule.direction} the same path ({rule.path}) and factor ({rule.factor})"
            )
    return errors


def _check_combination(rule: CombineRule) -> list[str]:
    """A combination must test the verdict of every path it names: it may not sequence a firm into a path
    the same run rejects.
    """
    tested = {leaf.path for leaf in leaves(rule.condition) if isinstance(leaf, VerdictTest)}
    return [
        f"{rule.file}: rule {rule.id}: names path {p!r} but its condition does not test that path's verdict"
        for p in rule.paths
        if p not in tested
    ]


def _cross_check(rules: list[AnyRule], path_ids: set[str], factors: Mapping[str, Text]) -> list[str]:
    """Checks that need the whole rule base: ids, paths, factors, facts produced and used."""
    errors: list[str] = []
    counts = Counter(r.id for r in rules)
    for rule_id, n in sorted(counts.items()):
        if n > 1:
            files = sorted({r.file for r in rules if r.id == rule_id})
            errors.append(f"{', '.join(files)}: rule {rule_id}: duplicate id (defined {n} times)")
    producers = Counter(r.fact for r in rules if isinstance(r, AssessRule))
    for rule in rules:
        where = f"{rule.file}: rule {rule.id}"
        named = [rule.bears_on] if rule.bears_on else []
        named += list(rule.paths) if isinstance(rule, CombineRule) else []
        named += [leaf.path for leaf in leaves(rule.condition) if isinstance(leaf, VerdictTest)]
        errors += [
            f"{where}: unknown path {p!r}; expected one of {', '.join(sorted(path_ids))}"
            for p in named
            if p not in path_ids
        ]
        for leaf in leaves(rule.condition):
            if isinstance(leaf, FactTest) and leaf.fact not in producers:
                errors.append(f"{where}: fact {leaf.fact!r} is used but no assess rule produces it")
        if isinstance(rule, EvidenceRule):
            errors += _check_adds_to(rule, rules)
            if rule.factor not in factors:
                errors.append(f"{where}: factor {rule.factor!r} is not one of {', '.join(sorted(factors))}")
        if isinstance(rule, CombineRule):
            errors += _check_combination(rule)
        if isinstance(rule, AssessRule) and producers[rule.fact] > 1:
            errors.append(f"{where}: fact {rule.fact!r} is produced by more than one assess rule")
    return errors + _fact_cycles(rules)


def _fact_cycles(rules: list[AnyRule]) -> list[str]:
    """Derived facts that depend on themselves (a -> b -> a): the engine and the explanation would loop."""
    makers = {r.fact: r for r in rules if isinstance(r, AssessRule)}
    uses = {
        fact: sorted(
            {leaf.fact for leaf in leaves(r.condition) if isinstance(leaf, FactTest)} & makers.keys()
        )
        for fact, r in makers.items()
    }
    errors: list[str] = []
    finished: set[str] = set()
    for start in sorted(uses):
        trail: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            fact, index = stack.pop()
            if index == 0:
                if fact in trail:
                    cycle = [*trail[trail.index(fact) :], fact]
                    rule_ids = ", ".join(makers[f].id for f in cycle[:-1])
                    errors.append(
                        f"{makers[fact].file}: facts depend on themselves: {' -> '.join(cycle)} "
                        f"(rules {rule_ids})"
                    )
                    continue
                if fact in finished:
                    continue
                trail.append(fact)
            if index < len(uses[fact]):
                stack += [(fact, index + 1), (uses[fact][index], 0)]
            else:
                finished.add(trail.pop())
    return errors


def rule_files(directory: Path) -> list[Path]:
    """The rule files of a rule-base folder, in name order."""
    return sorted(p for p in directory.glob("*.yaml") if p.name not in DATA_FILES)


def version_of(files: Iterable[Path]) -> str:
    """A short hash of the rule base's files: the version reports print."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def load_rulebase(directory: Path | None = None, file_order: list[str] | None = None) -> RuleBase:
    """Load every rule file of `directory` (the shipped rule base by default) and check it as a whole.

    `file_order` loads the rule files in a given order; results must not depend on it.
    """
    directory = directory or rules_dir()
    spec = profile_spec()
    for required in ("paths.yaml", "policy.yaml"):
        if not (directory / required).exists():
            raise RuleBaseError(say("rulebase_missing", directory=directory, required=required))
    try:
        paths = tuple(PathSpec.model_validate(p) for p in _read_yaml(directory / "paths.yaml")["paths"])
        policy = Policy.model_validate(_read_yaml(directory / "policy.yaml"))
    except (ValidationError, KeyError, TypeError) as exc:
        raise RuleBaseError(say("rulebase_malformed", directory=directory, problem=exc)) from None
    files = rule_files(directory)
    if file_order is not None:
        files = sorted(
            files, key=lambda p: file_order.index(p.name) if p.name in file_order else len(file_order)
        )
    rules: list[AnyRule] = []
    errors: list[str] = []
    for path in files:
        loaded, file_errors = _load_rule_file(path, spec)
        rules += loaded
        errors += file_errors
    errors += _cross_check(rules, {p.id for p in paths}, policy.factors)
    if errors:
        raise RuleBaseError(say("rulebase_errors", directory=directory, n=len(errors)), errors)
    all_files = [*files, *(directory / name for name in DATA_FILES if (directory / name).exists())]
    return RuleBase(tuple(rules), paths, policy, spec, version_of(all_files))


@cache
def shipped_rulebase() -> RuleBase:
    """The rule base shipped with innopath, loaded once per process."""
    return load_rulebase()
