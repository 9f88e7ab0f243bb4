"""The condition language of the rule base: parse, check against the profile, negate, evaluate.

Conditions are small trees of comparisons on answers, tests of derived facts and of verdicts, combined with
all/any/not. No text is ever evaluated. Logic is three-valued (Kleene): a test on an unknown answer is
unknown, and a rule fires only when its condition is definitely true. The compiler pushes negations down to
the leaves (`to_nnf`) so that every leaf it hands experta needs a known answer to match.
"""

import operator
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from innopath.engine.common.errors import Phrase, say
from innopath.engine.knowledge.profile import Answer, FieldType, ProfileSpec

Op = Literal["==", "!=", "<", "<=", ">", ">=", "in", "not_in"]
ORDER_OPS: frozenset[str] = frozenset({"<", "<=", ">", ">="})
SET_OPS: frozenset[str] = frozenset({"in", "not_in"})
OPS: tuple[str, ...] = ("==", "!=", "<", "<=", ">", ">=", "in", "not_in")
NEGATED_OP: dict[str, Op] = {
    "==": "!=",
    "!=": "==",
    "<": ">=",
    ">=": "<",
    ">": "<=",
    "<=": ">",
    "in": "not_in",
    "not_in": "in",
}
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "in": lambda a, b: a in b,
    "not_in": lambda a, b: a not in b,
}
VERDICTS: tuple[str, ...] = ("recommended", "possible", "not_advised", "undetermined")

Tri = bool | None
"""Three-valued truth: True, False, or None for unknown."""


@dataclass(frozen=True)
class FieldTest:
    """Compare one profile answer with a value."""

    field: str
    op: Op
    value: Answer | tuple[Answer, ...]

    def holds(self, actual: Answer) -> bool:
        return _COMPARE[self.op](actual, self.value)

    def negated(self) -> "FieldTest":
        return FieldTest(self.field, NEGATED_OP[self.op], self.value)

    def __str__(self) -> str:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return f"{self.field} {self.op} {value}"


@dataclass(frozen=True)
class FactTest:
    """A derived assessment holds (`expected` True) or definitely does not (False)."""

    fact: str
    expected: bool = True

    def negated(self) -> "FactTest":
        return FactTest(self.fact, not self.expected)

    def __str__(self) -> str:
        return self.fact if self.expected else f"not {self.fact}"


@dataclass(frozen=True)
class VerdictTest:
    """A path's verdict is one of a set."""

    path: str
    verdicts: frozenset[str]

    def negated(self) -> "VerdictTest":
        return VerdictTest(self.path, frozenset(VERDICTS) - self.verdicts)

    def __str__(self) -> str:
        return f"verdict({self.path}) in {sorted(self.verdicts)}"


@dataclass(frozen=True)
class All:
    items: tuple["Condition", ...]

    def __str__(self) -> str:
        return "(" + " and ".join(map(str, self.items)) + ")"


@dataclass(frozen=True)
class AnyOf:
    items: tuple["Condition", ...]

    def __str__(self) -> str:
        return "(" + " or ".join(map(str, self.items)) + ")"


@dataclass(frozen=True)
class Not:
    item: "Condition"

    def __str__(self) -> str:
        return f"not {self.item}"


Leaf = FieldTest | FactTest | VerdictTest
Condition = FieldTest | FactTest | VerdictTest | All | AnyOf | Not


class ConditionError(ValueError):
    """A malformed condition, said as a phrase of reports/errors.yaml; the rule loader adds the file and
    rule id.
    """

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


def parse_condition(raw: object, spec: ProfileSpec, *, allow_verdicts: bool) -> Condition:
    """Build a condition tree from its YAML form, checking every field, operator and value."""
    if not isinstance(raw, Mapping):
        raise ConditionError(say("cond_not_mapping", got=repr(raw)))
    keys = set(raw)
    for combinator, make in (("all", All), ("any", AnyOf)):
        if keys == {combinator}:
            items = raw[combinator]
            if not isinstance(items, list) or not items:
                raise ConditionError(say("cond_empty_list", combinator=combinator))
            return make(tuple(parse_condition(i, spec, allow_verdicts=allow_verdicts) for i in items))
    if keys == {"not"}:
        return Not(parse_condition(raw["not"], spec, allow_verdicts=allow_verdicts))
    if keys == {"fact"}:
        if not isinstance(raw["fact"], str) or not raw["fact"]:
            raise ConditionError(say("cond_fact", got=repr(raw["fact"])))
        return FactTest(raw["fact"])
    if keys == {"path", "verdict"}:
        if not allow_verdicts:
            raise ConditionError(say("cond_verdict_here"))
        return _parse_verdict(raw)
    if keys == {"field", "op", "value"}:
        return _parse_field_test(raw, spec)
    raise ConditionError(say("cond_keys", keys=sorted(map(str, keys))))


def _parse_verdict(raw: Mapping[str, Any]) -> VerdictTest:
    verdicts = raw["verdict"] if isinstance(raw["verdict"], list) else [raw["verdict"]]
    bad = [v for v in verdicts if v not in VERDICTS]
    if bad or not verdicts:
        raise ConditionError(
            say("cond_verdict_values", given=repr(bad or verdicts), allowed=", ".join(VERDICTS))
        )
    return VerdictTest(str(raw["path"]), frozenset(verdicts))


def _parse_field_test(raw: Mapping[str, Any], spec: ProfileSpec) -> FieldTest:
    name, op, value = raw["field"], raw["op"], raw["value"]
    if name not in spec.ids:
        raise ConditionError(spec.unknown_name_phrase(str(name)))
    field_spec = spec.field(name)
    if field_spec.type == FieldType.TEXT:
        raise ConditionError(say("cond_text_field", name=name))
    if op not in OPS:
        raise ConditionError(say("cond_op", name=name, op=repr(op), allowed=" ".join(OPS)))
    if op in ORDER_OPS and not field_spec.type.is_ordered:
        raise ConditionError(say("cond_op_numeric", name=name, op=op, kind=field_spec.type.value))
    if op in SET_OPS:
        if not isinstance(value, list) or not value:
            raise ConditionError(say("cond_op_list", name=name, op=op))
        values = tuple(value)
    else:
        values = (value,)
    for v in values:
        if not field_spec.accepts(v):
            raise ConditionError(say("cond_value", name=name, given=repr(v), allowed=field_spec.allowed()))
    return FieldTest(name, op, values if op in SET_OPS else value)


def to_nnf(condition: Condition, negate: bool = False) -> Condition:
    """Push every `not` down to the leaves (De Morgan), so leaves alone carry negation."""
    match condition:
        case Not(item):
            return to_nnf(item, not negate)
        case All(items):
            parts = tuple(to_nnf(i, negate) for i in items)
            return AnyOf(parts) if negate else All(parts)
        case AnyOf(items):
            parts = tuple(to_nnf(i, negate) for i in items)
            return All(parts) if negate else AnyOf(parts)
        case FieldTest() | FactTest() | VerdictTest():
            return condition.negated() if negate else condition
    raise TypeError(condition)


def leaves(condition: Condition) -> Iterator[Leaf]:
    """Every leaf of the tree, left to right."""
    match condition:
        case All(items) | AnyOf(items):
            for item in items:
                yield from leaves(item)
        case Not(item):
            yield from leaves(item)
        case _:
            yield condition


@dataclass(frozen=True)
class Facts:
    """What a condition is evaluated against: answers, derived assessments and verdicts known so far."""

    answers: Mapping[str, Answer]
    assessments: Mapping[str, bool] = field(default_factory=dict)
    verdicts: Mapping[str, str] = field(default_factory=dict)

    def leaf(self, test: Leaf) -> Tri:
        match test:
            case FieldTest():
                actual = self.answers.get(test.field)
                return None if actual is None else test.holds(actual)
            case FactTest():
                known = self.assessments.get(test.fact)
                return None if known is None else known == test.expected
            case VerdictTest():
                verdict = self.verdicts.get(test.path)
                return None if verdict is None else verdict in test.verdicts
        raise TypeError(test)


def evaluate(condition: Condition, facts: Facts) -> Tri:
    """Kleene three-valued truth of `condition`."""
    match condition:
        case All(items):
            values = [evaluate(i, facts) for i in items]
            return False if False in values else (None if None in values else True)
        case AnyOf(items):
            values = [evaluate(i, facts) for i in items]
            return True if True in values else (None if None in values else False)
        case Not(item):
            value = evaluate(item, facts)
            return None if value is None else not value
        case _:
            return facts.leaf(condition)


def deciding_leaves(condition: Condition, facts: Facts) -> list[Leaf]:
    """The leaves that make `condition` come out as it does (give it in NNF).

    True: the leaves that hold. False: the leaves that fail (for `all`, only the failing parts; for `any`,
    every part). Unknown: the unknown leaves that keep it from being decided.
    """
    outcome = evaluate(condition, facts)
    match condition:
        case All(items) | AnyOf(items):
            return [
                leaf for i in items if evaluate(i, facts) == outcome for leaf in deciding_leaves(i, facts)
            ]
        case Not(item):
            return deciding_leaves(item, facts)
        case _:
            return [condition]
