"""Compile the rule base into one experta `KnowledgeEngine` class.

This is the only module that imports experta, after `check_dependencies` (see compat.py).

Every rule becomes an experta rule whose action declares one fact: a derived `Assessment`, a decided
`Requirement`, a piece of `Evidence` for a path, or a `Conclusion` (combination or advice). Assessments and
requirements compile twice, for their true and their false case; while an answer they need is unknown,
neither fires. Results are read from the fact list.
Negations are pushed to the leaves first (`to_nnf`), so every pattern needs a known answer to match: a rule
never fires on an unknown.
"""

from collections.abc import Callable
from typing import Any, cast

from innopath.engine.common.compat import check_dependencies

check_dependencies()  # before experta is imported: its frozendict 1.2 pin fails with an AttributeError

from experta import AND, OR, Fact, P  # noqa: E402
from experta import KnowledgeEngine as KnowledgeEngine  # noqa: E402 - re-exported: only this module imports experta
from experta import Rule as ExpertaRule  # noqa: E402

from innopath.engine.knowledge.conditions import (  # noqa: E402
    All,
    AnyOf,
    Condition,
    FactTest,
    FieldTest,
    Not,
    VerdictTest,
    to_nnf,
)
from innopath.engine.knowledge.profile import Answer as AnswerValue  # noqa: E402
from innopath.engine.knowledge.rulebase import (  # noqa: E402
    AdviseRule,
    AnyRule,
    AssessRule,
    CombineRule,
    EvidenceRule,
    RequireRule,
    RuleBase,
)

RECOMMENDABLE = frozenset({"recommended", "possible"})


class Answer(Fact):
    """A known answer: `field`, `value`."""


class Assessment(Fact):
    """A derived judgement: `name`, `value` (True or False), `rule`."""


class Requirement(Fact):
    """A necessary condition of a path, decided: `rule`, `path`, `met` (True or False)."""


class Evidence(Fact):
    """Evidence on a path: `rule`, `path`, `cf` (signed certainty), `veto`."""


class PathVerdict(Fact):
    """A path's verdict once its evidence is combined: `path`, `verdict`."""


class Conclusion(Fact):
    """A combination or advice rule that fired: `rule`."""


def _pattern(condition: Condition) -> Any:
    """The experta conditional element of a condition in negation normal form."""
    match condition:
        case All(items):
            return AND(*map(_pattern, items))
        case AnyOf(items):
            return OR(*map(_pattern, items))
        case FieldTest():
            return Answer(field=condition.field, value=P(_total(condition)))
        case FactTest():
            return Assessment(name=condition.fact, value=condition.expected)
        case VerdictTest():
            verdicts = condition.verdicts
            return PathVerdict(path=condition.path, verdict=P(lambda v: v in verdicts))
        case Not():
            raise ValueError("conditions are compiled in negation normal form")
    raise TypeError(condition)


def _total(test: FieldTest) -> Callable[[object], bool]:
    """The test as a predicate on any answer: experta's alpha network may try it on other fields' values."""

    def predicate(value: object) -> bool:
        try:
            return bool(test.holds(cast(AnswerValue, value)))
        except TypeError:
            return False

    return predicate


def _declaring(fact: Fact, name: str) -> Callable[[KnowledgeEngine], None]:
    def action(self: KnowledgeEngine) -> None:
        self.declare(fact)

    action.__name__ = name
    return action


def _compiled(rule: AnyRule) -> list[tuple[str, ExpertaRule]]:
    """The experta rules of one rule: an assessment compiles twice, for its true and its false case."""
    condition = to_nnf(rule.condition)
    match rule:
        case AssessRule():
            negation = to_nnf(rule.condition, negate=True)
            return [
                (
                    rule.id,
                    ExpertaRule(_pattern(condition))(
                        _declaring(Assessment(name=rule.fact, value=True, rule=rule.id), rule.id)
                    ),
                ),
                (
                    f"{rule.id}~",
                    ExpertaRule(_pattern(negation))(
                        _declaring(Assessment(name=rule.fact, value=False, rule=rule.id), f"{rule.id}~")
                    ),
                ),
            ]
        case RequireRule():
            return [
                (
                    name,
                    ExpertaRule(_pattern(test))(
                        _declaring(Requirement(rule=rule.id, path=rule.path, met=met), name)
                    ),
                )
                for name, test, met in (
                    (rule.id, condition, True),
                    (f"{rule.id}~", to_nnf(rule.condition, negate=True), False),
                )
            ]
        case EvidenceRule():
            fact: Fact = Evidence(rule=rule.id, path=rule.path, cf=rule.signed_strength, veto=rule.veto)
        case AdviseRule() if rule.path is not None:
            condition = All((VerdictTest(rule.path, RECOMMENDABLE), condition))
            fact = Conclusion(rule=rule.id)
        case CombineRule() | AdviseRule():
            fact = Conclusion(rule=rule.id)
    return [(rule.id, ExpertaRule(_pattern(condition))(_declaring(fact, rule.id)))]


def compile_engine(rulebase: RuleBase) -> type[KnowledgeEngine]:
    """A `KnowledgeEngine` subclass holding every rule of the rule base."""
    members: dict[str, Any] = {}
    for rule in rulebase.rules:
        for name, compiled in _compiled(rule):
            members["rule_" + name.replace("-", "_").replace("~", "_not")] = compiled
    return type("InnopathEngine", (KnowledgeEngine,), members)
