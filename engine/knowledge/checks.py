"""Static verification of a rule base, without any profile: what `innopath rules check` reports.

Satisfiability is decided exactly, by enumeration: a condition is put in negation normal form with every
derived fact replaced by the condition of its assess rule, expanded into a disjunction of conjunctions, and a
conjunction is satisfiable when every field it tests has a value meeting all its tests. The candidate values
of a field are finite and complete: its levels or choices, or for a count or share field the constants the
tests use, the points between them and the ends of its range (a comparison changes truth only at a constant).
"""

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from innopath.engine.common.errors import Phrase, RuleBaseError, say
from innopath.engine.common.text import Lang
from innopath.engine.knowledge.conditions import (
    All,
    AnyOf,
    Condition,
    FactTest,
    FieldTest,
    Leaf,
    VerdictTest,
    leaves,
    to_nnf,
)
from innopath.engine.knowledge.loadcheck import rule_at
from innopath.engine.knowledge.profile import FieldType, ProfileSpec
from innopath.engine.knowledge.rulebase import (
    AdviseRule,
    AnyRule,
    CombineRule,
    EvidenceRule,
    RuleBase,
    load_rulebase,
)

Severity = Literal["error", "warning", "note"]
"""A note reports a decision to look at, not a fault: `rules check` passes with notes."""
MAX_CONJUNCTS = 20_000
"""Beyond this many conjunctions a condition is reported as too complex to verify, not guessed at."""
RECOMMENDABLE = frozenset({"recommended", "possible"})


@dataclass(frozen=True)
class Finding:
    """One problem found: its check, severity, the rules concerned and a message naming what is wrong."""

    severity: Severity
    check: str
    rules: tuple[str, ...]
    message: str
    """The message in English (`--format json`, logs)."""
    params: dict[str, str] = field(default_factory=dict)
    """The values of the message, for tools; empty for load errors."""
    phrase: Phrase | None = field(default=None, compare=False, repr=False)
    """The message as a phrase of reports/errors.yaml, worded in the reader's language (`render`)."""

    def __str__(self) -> str:
        return self.message

    def render(self, lang: Lang) -> str:
        return self.phrase.render(lang) if self.phrase is not None else self.message

    def as_json(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "check": self.check,
            "rules": list(self.rules),
            "message": self.message,
            "params": self.params,
        }


def _finding(
    severity: Severity, check: str, rules: tuple[str, ...], params: dict[str, str], **values: object
) -> Finding:
    """A finding worded by its check (reports/errors.yaml `check_<check>`) with these values."""
    phrase = say(f"check_{check.replace('-', '_')}", **values)
    return Finding(severity, check, rules, str(phrase), params, phrase)


class TooComplex(Exception):
    """A condition whose expansion exceeds MAX_CONJUNCTS."""


Conjunct = tuple[Leaf, ...]


class Verifier:
    """Satisfiability and implication of rule conditions over one rule base."""

    def __init__(self, rulebase: RuleBase) -> None:
        self.rulebase = rulebase
        self.spec: ProfileSpec = rulebase.spec

    def expanded(self, condition: Condition, negate: bool = False, depth: int = 0) -> Condition:
        """NNF of `condition`, each fact test replaced by (the negation of) its assess rule's condition."""
        nnf = to_nnf(condition, negate)
        if depth > 20:
            return nnf
        match nnf:
            case All(items):
                return All(tuple(self.expanded(i, False, depth) for i in items))
            case AnyOf(items):
                return AnyOf(tuple(self.expanded(i, False, depth) for i in items))
            case FactTest(fact=fact, expected=expected) if fact in self.rulebase.assessments:
                return self.expanded(self.rulebase.assessments[fact].condition, not expected, depth + 1)
        return nnf

    def conjuncts(self, condition: Condition) -> Iterator[Conjunct]:
        """The disjunctive normal form of an expanded NNF condition, one conjunction at a time."""
        match condition:
            case AnyOf(items):
                for item in items:
                    yield from self.conjuncts(item)
            case All(items):
                parts = [list(self.conjuncts(i)) for i in items]
                total = 1
                for part in parts:
                    total *= len(part)
                if total > MAX_CONJUNCTS:
                    raise TooComplex
                for combo in itertools.product(*parts):
                    yield tuple(leaf for conj in combo for leaf in conj)
            case _:
                yield (condition,)  # type: ignore[misc,unused-ignore]

    def candidates(self, field_id: str, tests: list[FieldTest]) -> list[object]:
        spec = self.spec.field(field_id)
        finite = spec.finite_values()
        if finite is not None:
            return list(finite)
        constants = sorted(
            {float(v) for t in tests for v in (t.value if isinstance(t.value, tuple) else (t.value,))}
        )
        if spec.type == FieldType.COUNT:
            top = int(max(constants, default=0)) + 2
            return list(range(0, top + 1))
        points = sorted({0.0, 1.0, *(c for c in constants if 0 <= c <= 1)})
        return [*points, *((a + b) / 2 for a, b in itertools.pairwise(points))]

    def conjunct_satisfiable(self, conjunct: Conjunct) -> bool:
        by_field: dict[str, list[FieldTest]] = defaultdict(list)
        facts: dict[str, set[bool]] = defaultdict(set)
        verdicts: dict[str, frozenset[str]] = {}
        for leaf in conjunct:
            if isinstance(leaf, FieldTest):
                by_field[leaf.field].append(leaf)
            elif isinstance(leaf, FactTest):
                facts[leaf.fact].add(leaf.expected)
            elif isinstance(leaf, VerdictTest):
                verdicts[leaf.path] = verdicts.get(leaf.path, frozenset(leaf.verdicts)) & leaf.verdicts
        if any(len(values) > 1 for values in facts.values()) or any(not v for v in verdicts.values()):
            return False
        for field_id, tests in by_field.items():
            values = self.candidates(field_id, tests)
            if not any(all(_holds(t, v) for t in tests) for v in values):
                return False
        return True

    def satisfiable(self, condition: Condition, negate: bool = False) -> bool:
        return any(self.conjunct_satisfiable(c) for c in self.conjuncts(self.expanded(condition, negate)))

    def implies(self, a: Condition, b: Condition) -> bool:
        """Whenever `a` holds, `b` holds too: `a and not b` is unsatisfiable."""
        combined = All((self.expanded(a), self.expanded(b, negate=True)))
        return not any(self.conjunct_satisfiable(c) for c in self.conjuncts(combined))

    def effective(self, rule: AnyRule) -> Condition:
        """When the rule can fire: an advice rule for a path also needs that path recommended or possible."""
        if isinstance(rule, AdviseRule) and rule.path is not None:
            return All((VerdictTest(rule.path, RECOMMENDABLE), rule.condition))
        return rule.condition


def _holds(test: FieldTest, value: object) -> bool:
    try:
        return bool(test.holds(value))  # type: ignore[arg-type,unused-ignore]
    except TypeError:
        return False


_LOAD_CHECKS = {
    "rule_fact_not_produced": "fact-never-produced",
    "rule_duplicate": "duplicate-id",
    "rule_unknown_path": "unknown-path",
}
"""Load errors with a check name of their own (by the loader's message key); any other is "schema"."""


def _load_finding(problem: "str | Phrase") -> Finding:
    key = problem.key if isinstance(problem, Phrase) else ""
    line = str(problem)
    found = re.search(r"rule ([A-Z]{2,4}-\d{2,3})", line)
    phrase = problem if isinstance(problem, Phrase) else None
    return Finding(
        "error", _LOAD_CHECKS.get(key, "schema"), (found.group(1),) if found else (), line, {}, phrase
    )


def check_directory(directory: Path | None = None) -> tuple[RuleBase | None, list[Finding]]:
    """Load and verify a rule-base folder: load errors become findings, then the static checks run."""
    try:
        rulebase = load_rulebase(directory)
    except RuleBaseError as exc:
        return None, [_load_finding(problem) for problem in (exc.detail_phrases or [exc.phrase])]
    return rulebase, check_rulebase(rulebase)


def _where(rule: AnyRule) -> str:
    return f"{rule.file}: rule {rule.id}"


def _at(rule: AnyRule) -> Phrase:
    return rule_at(rule.file, rule.id)


def _conclusion(rule: AnyRule) -> tuple[object, ...] | None:
    """What a rule concludes, for comparing rules; None for rules whose conclusions are all distinct."""
    if isinstance(rule, EvidenceRule):
        return ("evidence", rule.path, rule.direction)
    if isinstance(rule, CombineRule):
        return ("combine", rule.paths, rule.mode)
    return None


def check_rulebase(rulebase: RuleBase) -> list[Finding]:
    """Every static check on a loaded rule base, errors first."""
    verifier = Verifier(rulebase)
    findings: list[Finding] = []
    live: list[AnyRule] = []
    for rule in rulebase.rules:
        try:
            fires = verifier.satisfiable(verifier.effective(rule))
        except TooComplex:
            params = {"where": _where(rule), "n": str(MAX_CONJUNCTS)}
            findings.append(
                _finding("warning", "too-complex", (rule.id,), params, where=_at(rule), n=MAX_CONJUNCTS)
            )
            live.append(rule)
            continue
        if fires:
            live.append(rule)
        else:
            params = {"where": _where(rule), "condition": str(rule.condition)}
            findings.append(
                _finding(
                    "error", "never-fires", (rule.id,), params, where=_at(rule), condition=rule.condition
                )
            )
    findings += _conflicts_and_redundancy(verifier, live)
    findings += _path_support(rulebase, live)
    findings += _unused_facts(rulebase)
    findings += _shared_answers(rulebase)
    findings.sort(key=lambda f: (("error", "warning", "note").index(f.severity), f.check, f.rules))
    return findings


def _conflicts_and_redundancy(verifier: Verifier, rules: list[AnyRule]) -> list[Finding]:
    findings: list[Finding] = []
    for a, b in itertools.combinations(sorted(rules, key=lambda r: r.id), 2):
        try:
            if isinstance(a, EvidenceRule) and isinstance(b, EvidenceRule) and a.path == b.path:
                if a.direction != b.direction:
                    if verifier.implies(a.condition, b.condition) and verifier.implies(
                        b.condition, a.condition
                    ):
                        params = {"a": _where(a), "b": _where(b), "path": a.path}
                        findings.append(
                            _finding(
                                "error", "conflict", (a.id, b.id), params, a=_at(a), b=_at(b), path=a.path
                            )
                        )
                    continue
            ca, cb = _conclusion(a), _conclusion(b)
            if ca is None or ca != cb:
                continue
            if isinstance(a, EvidenceRule) and isinstance(b, EvidenceRule):
                # Within a factor only the strongest reading counts (adds_to declares graded evidence);
                # across factors a shared answer is a note of its own (`_shared_answers`).
                continue
            for first, second in ((a, b), (b, a)):
                if second.id in getattr(first, "adds_to", ()):
                    continue
                if verifier.implies(first.condition, second.condition):
                    what = " ".join(map(str, ca[1:]))
                    params = {"where": _where(first), "other": second.id, "what": what}
                    findings.append(
                        _finding(
                            "warning",
                            "subsumed",
                            (first.id, second.id),
                            params,
                            where=_at(first),
                            other=second.id,
                            what=what,
                        )
                    )
                    break
        except TooComplex:
            continue
    return findings


def _path_support(rulebase: RuleBase, rules: list[AnyRule]) -> list[Finding]:
    findings = []
    for path_id in rulebase.path_ids:
        evidence = [r for r in rules if isinstance(r, EvidenceRule) and r.path == path_id]
        for direction in ("for", "against"):
            if not any(r.direction == direction for r in evidence):
                check = "unsupported-path" if direction == "for" else "unopposed-path"
                findings.append(_finding("warning", check, (), {"path": path_id}, path=path_id))
    return findings


def _unused_facts(rulebase: RuleBase) -> list[Finding]:
    used = {leaf.fact for r in rulebase.rules for leaf in leaves(r.condition) if isinstance(leaf, FactTest)}
    return [
        _finding(
            "warning",
            "fact-never-used",
            (rule.id,),
            {"where": _where(rule), "fact": fact},
            where=_at(rule),
            fact=repr(fact),
        )
        for fact, rule in sorted(rulebase.assessments.items())
        if fact not in used
    ]


def fields_read(rule: AnyRule, rulebase: RuleBase) -> set[str]:
    """The answers a rule reads, directly or through the assessments it relies on."""
    fields: set[str] = set()
    pending, seen = list(leaves(rule.condition)), set()
    while pending:
        leaf = pending.pop()
        if isinstance(leaf, FieldTest):
            fields.add(leaf.field)
        elif isinstance(leaf, FactTest) and leaf.fact not in seen:
            seen.add(leaf.fact)
            pending += leaves(rulebase.assessments[leaf.fact].condition)
    return fields


def _shared_answers(rulebase: RuleBase) -> list[Finding]:
    """Rules of one path and direction, in different factors, that read the same answer: that answer counts
    once in each factor. Listed so that double counting is a decision someone made, not an accident.
    """
    findings = []
    evidence = sorted(rulebase.of_kind(EvidenceRule), key=lambda r: r.id)
    read = {r.id: fields_read(r, rulebase) for r in evidence}
    for a, b in itertools.combinations(evidence, 2):
        if (a.path, a.direction) != (b.path, b.direction) or a.factor == b.factor:
            continue
        shared = sorted(read[a.id] & read[b.id])
        if shared:
            params = {
                "a": a.id,
                "b": b.id,
                "fa": a.factor,
                "fb": b.factor,
                "fields": ", ".join(shared),
                "direction": a.direction,
                "path": a.path,
            }
            factors = rulebase.policy.factors
            findings.append(
                _finding(
                    "note",
                    "shared-answer",
                    (a.id, b.id),
                    params,
                    **params,
                    factor_a=factors.get(a.factor, a.factor),
                    factor_b=factors.get(b.factor, b.factor),
                    toward=say(f"dir_{a.direction}"),
                )
            )
    return findings
