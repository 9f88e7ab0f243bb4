"""Load and check the rule base in `rules/`: every error names the file and the rule id (its words:
`loadcheck`).
"""

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from innopath.engine.common.errors import Phrase, RuleBaseError, say
from innopath.engine.common.resources import rules_dir
from innopath.engine.common.yamlio import read_yaml
from innopath.engine.knowledge.conditions import ConditionError, parse_condition
from innopath.engine.knowledge.loadcheck import cross_check, rule_at, schema_problems
from innopath.engine.knowledge.profile import ProfileSpec, profile_spec
from innopath.engine.knowledge.ruletypes import (
    _RULE,
    RULE_ID_PATTERN,
    SOURCE_PATTERN,
    AdviseRule,
    AnyRule,
    AssessRule,
    CombineRule,
    EvidenceRule,
    PathSpec,
    Policy,
    R,
    RequireRule,
    Rule,
    Thresholds,
)

__all__ = [
    "DATA_FILES", "RULE_ID_PATTERN", "SOURCE_PATTERN", "AdviseRule", "AnyRule", "AssessRule", "CombineRule",
    "EvidenceRule", "PathSpec", "Policy", "Rule", "RuleBase", "RequireRule", "Thresholds", "load_rulebase",
    "rule_files", "shipped_rulebase", "version_of",
]  # fmt: skip
"""The rule types live in `ruletypes`, the loader's messages in `loadcheck`; they are named here too."""

DATA_FILES = ("profile.yaml", "paths.yaml", "policy.yaml", "references.yaml")
"""Files of `rules/` that are not rule files."""


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
        where = say("file_line", file=path.name, n=mark.line + 1) if mark is not None else path.name
        raise RuleBaseError(say("rule_yaml", where=where, problem=getattr(exc, "problem", exc))) from None


def _load_rule_file(path: Path, spec: ProfileSpec) -> tuple[list[AnyRule], list[Phrase]]:
    data = _read_yaml(path)
    if not isinstance(data, Mapping) or set(data) != {"rules"} or not isinstance(data["rules"], list):
        return [], [say("rule_file_shape", file=path.name)]
    rules: list[AnyRule] = []
    errors: list[Phrase] = []
    for index, raw in enumerate(data["rules"], start=1):
        rule_id = raw.get("id", f"#{index}") if isinstance(raw, Mapping) else f"#{index}"
        where = rule_at(path.name, rule_id)
        try:
            rule: AnyRule = _RULE.validate_python(raw)
        except ValidationError as exc:
            errors += schema_problems(exc, where)
            continue
        allow_verdicts = isinstance(rule, CombineRule | AdviseRule)
        try:
            rule._condition = parse_condition(rule.when, spec, allow_verdicts=allow_verdicts)
        except ConditionError as exc:
            errors.append(say("rule_problem", where=where, loc="when", problem=exc.phrase))
            continue
        rule._file = path.name
        rules.append(rule)
    return rules, errors


def rule_files(directory: Path) -> list[Path]:
    """The rule files of a rule-base folder, in name order."""
    return sorted(p for p in directory.glob("*.yaml") if p.name not in DATA_FILES)


def version_of(files: Iterable[Path]) -> str:
    """A short hash of the rule base's files: the version reports print."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def _malformed(directory: Path, name: str, exc: Exception) -> RuleBaseError:
    """paths.yaml or policy.yaml that does not have the shape of one."""
    if isinstance(exc, ValidationError):
        return RuleBaseError(
            say("rulebase_malformed", directory=directory, file=name), schema_problems(exc, name)
        )
    return RuleBaseError(
        say("rulebase_malformed", directory=directory, file=name), [say("schema_other", msg=exc)]
    )


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
    except (ValidationError, KeyError, TypeError) as exc:
        raise _malformed(directory, "paths.yaml", exc) from None
    try:
        policy = Policy.model_validate(_read_yaml(directory / "policy.yaml"))
    except ValidationError as exc:
        raise _malformed(directory, "policy.yaml", exc) from None
    files = rule_files(directory)
    if file_order is not None:
        files = sorted(
            files, key=lambda p: file_order.index(p.name) if p.name in file_order else len(file_order)
        )
    rules: list[AnyRule] = []
    errors: list[Phrase] = []
    for path in files:
        loaded, file_errors = _load_rule_file(path, spec)
        rules += loaded
        errors += file_errors
    errors += cross_check(rules, {p.id for p in paths}, policy.factors)
    if errors:
        raise RuleBaseError(say("rulebase_errors", directory=directory, n=len(errors)), errors)
    all_files = [*files, *(directory / name for name in DATA_FILES if (directory / name).exists())]
    return RuleBase(tuple(rules), paths, policy, spec, version_of(all_files))


@cache
def shipped_rulebase() -> RuleBase:
    """The rule base shipped with innopath, loaded once per process."""
    return load_rulebase()
