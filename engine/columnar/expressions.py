"""Conditions as polars expressions, and profiles as a frame: one column per rule-readable field.

A frame holds one row per profile and one column per field a rule can read (text fields are left out), typed
by the field: levels and counts Int64, shares Float64, yes/no Boolean, choices String. Null is unknown.

Conditions are compiled the way the experta compiler compiles them: negation is pushed to the leaves first
(`to_nnf`), and every leaf becomes a Boolean column that is true only when its answer is known and the test
holds (`fill_null(False)`). A formula in negation normal form is monotone in its leaves, so this is exactly
Kleene's three-valued truth followed by "fires only when definitely true"; an assessment is derived true from
its condition and false from its negation, and is neither (null) while both are blocked by an unknown.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import polars as pl

from innopath.engine.knowledge.conditions import (
    All,
    AnyOf,
    Condition,
    FactTest,
    FieldTest,
    Not,
    VerdictTest,
    to_nnf,
)
from innopath.engine.knowledge.profile import Answer, FieldType, ProfileSpec

DTYPES: dict[FieldType, Any] = {
    FieldType.LEVEL: pl.Int64,
    FieldType.COUNT: pl.Int64,
    FieldType.SHARE: pl.Float64,
    FieldType.YESNO: pl.Boolean,
    FieldType.CHOICE: pl.String,
}


def field_schema(spec: ProfileSpec) -> dict[str, Any]:
    """The frame's input columns: every field a rule can read, with its polars type."""
    return {f.id: DTYPES[f.type] for f in spec.fields if f.type != FieldType.TEXT}


def frame_of(profiles: Iterable[Mapping[str, Answer | None]], spec: ProfileSpec) -> pl.DataFrame:
    """Known answers (field id -> answer; missing or None is unknown) as an input frame, one row each."""
    schema = field_schema(spec)
    columns: dict[str, list[Any]] = {name: [] for name in schema}
    for answers in profiles:
        for name, values in columns.items():
            value = answers.get(name)
            if value is not None and schema[name] == pl.Float64:
                value = float(value)
            values.append(value)
    return pl.DataFrame(columns, schema=schema)


def assessment_column(fact: str, value: bool) -> str:
    """The Boolean column that says an assessment is derived as `value` (never null)."""
    return f"assess{'+' if value else '-'}:{fact}"


def verdict_column(path_id: str) -> str:
    return f"verdict:{path_id}"


_COMPARISONS = {
    "==": lambda c, v: c == v,
    "!=": lambda c, v: c != v,
    "<": lambda c, v: c < v,
    "<=": lambda c, v: c <= v,
    ">": lambda c, v: c > v,
    ">=": lambda c, v: c >= v,
}


def _in_list(column: str, values: Sequence[Any]) -> pl.Expr:
    return pl.col(column).is_in(list(values)) & pl.col(column).is_not_null()


def definitely(condition: Condition, negate: bool = False) -> pl.Expr:
    """True where `condition` (or its negation) definitely holds; false where it fails or is unknown."""
    return _leafwise(to_nnf(condition, negate))


def _leafwise(condition: Condition) -> pl.Expr:
    match condition:
        case All(items):
            return pl.all_horizontal([_leafwise(i) for i in items]) if len(items) > 1 else _leafwise(items[0])
        case AnyOf(items):
            return pl.any_horizontal([_leafwise(i) for i in items]) if len(items) > 1 else _leafwise(items[0])
        case FieldTest():
            return _field_test(condition)
        case FactTest():
            return pl.col(assessment_column(condition.fact, condition.expected))
        case VerdictTest():
            return _in_list(verdict_column(condition.path), sorted(condition.verdicts))
        case Not():
            raise ValueError("conditions are compiled in negation normal form")
    raise TypeError(condition)


def _field_test(test: FieldTest) -> pl.Expr:
    column = pl.col(test.field)
    if isinstance(test.value, tuple):
        # is_in does not propagate null as a comparison does: an unknown answer is excluded explicitly.
        member = column.is_in(list(test.value))
        holds = column.is_not_null() & (member if test.op == "in" else ~member)
    else:
        holds = _COMPARISONS[test.op](column, test.value)
    return holds.fill_null(False)
