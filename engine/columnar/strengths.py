"""Factor strengths and each path's belief and disbelief, read through tables the inference itself computes.

A factor's strength, and a path's measure of belief (or disbelief), depend only on which of a few evidence
rules fired. Both are therefore tabled once per rule base, for every combination of fired rules, by the very
functions `Engine.infer` calls (`certainty.factor_strength`, `engine.factor_strengths`,
`certainty.combine_same_sign`); a frame reads them with one gather by the fired rules' bit mask. The values
are the inference's own, so they agree bit for bit, and no sorting or multiplying happens per firm.

A table has 2**n entries for n rules, so it is used up to `TABLE_LIMIT` rules. Beyond that a side is
combined from its factor strengths in ascending order of the values they can take (exact as well, only
slower), and an ungraded factor is its strongest single reading.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import polars as pl

from innopath.engine.inference.certainty import combine_same_sign, factor_strength
from innopath.engine.inference.engine import factor_strengths
from innopath.engine.knowledge.rulebase import EvidenceRule, RuleBase

TABLE_LIMIT = 12
"""The most rules read through one table (4,096 entries)."""


def evidence_column(rule_id: str) -> str:
    """The Boolean column that says an evidence rule fired."""
    return f"ev:{rule_id}"


def fired_mask(columns: Sequence[str]) -> pl.Expr:
    """Which of the Boolean `columns` are true, as the bits of an unsigned integer (column i is bit i)."""
    dtype = pl.UInt16 if len(columns) <= 16 else pl.UInt32
    zero = pl.lit(0, dtype)
    return pl.sum_horizontal(
        [pl.when(pl.col(c)).then(pl.lit(1 << i, dtype)).otherwise(zero) for i, c in enumerate(columns)]
    )


def read_through(columns: Sequence[str], table: Sequence[float]) -> pl.Expr:
    """`table[mask]`, mask the bits of the Boolean `columns`; a Boolean column alone picks one of two."""
    if len(columns) == 1:
        return (
            pl.when(pl.col(columns[0]))
            .then(pl.lit(table[1], pl.Float64))
            .otherwise(pl.lit(table[0], pl.Float64))
        )
    return pl.lit(pl.Series(table, dtype=pl.Float64)).gather(fired_mask(columns))


def count_true(conditions: Sequence[pl.Expr]) -> pl.Expr:
    """How many of the Boolean `conditions` hold (adding small integers is cheaper than casting Booleans)."""
    one, zero = pl.lit(1, pl.UInt16), pl.lit(0, pl.UInt16)
    if not conditions:
        return zero
    return pl.sum_horizontal([pl.when(c).then(one).otherwise(zero) for c in conditions])


@dataclass(frozen=True)
class Group:
    """The fired evidence of one path, factor and direction, read as one factor strength."""

    path: str
    factor: str
    sign: int
    rules: tuple[EvidenceRule, ...]

    @property
    def key(self) -> str:
        return self.factor if self.sign > 0 else f"-{self.factor}"

    @property
    def column(self) -> str:
        return f"factor:{self.path}:{self.key}"

    @cached_property
    def _adds_to(self) -> dict[str, tuple[str, ...]]:
        return {r.id: r.adds_to for r in self.rules}

    @cached_property
    def table(self) -> list[float]:
        """The strength for every combination of fired rules (bit i: `rules[i]` fired)."""
        return [
            factor_strength(
                {r.id: r.strength for i, r in enumerate(self.rules) if mask >> i & 1}, self._adds_to
            )
            for mask in range(1 << len(self.rules))
        ]

    def strength(self, limit: int = TABLE_LIMIT) -> pl.Expr:
        """The strength (0.0 when none of its rules fired), exactly as `factor_strength` computes it."""
        columns = [evidence_column(r.id) for r in self.rules]
        if len(columns) <= limit:
            return read_through(columns, self.table)
        if any(base in self._adds_to for r in self.rules for base in r.adds_to):
            raise ValueError(f"{self.column}: more than {limit} rules, some graded: too many to table")
        # no graded evidence: a reading is one rule, 1 - (1 - strength), and the strength the strongest
        return pl.max_horizontal(
            read_through([c], [0.0, factor_strength({r.id: r.strength}, {})])
            for c, r in zip(columns, self.rules, strict=True)
        )

    def possible_strengths(self, limit: int = TABLE_LIMIT) -> list[float]:
        """Every strength above zero the factor can have."""
        if len(self.rules) <= limit:
            return sorted({v for v in self.table if v > 0})
        return sorted({v for r in self.rules if (v := factor_strength({r.id: r.strength}, {})) > 0})


@dataclass(frozen=True)
class Side:
    """The evidence for (sign 1) or against (sign -1) one path: its measure of belief or disbelief."""

    path: str
    sign: int
    rules: tuple[EvidenceRule, ...]
    groups: tuple[Group, ...]

    def table(self, rulebase: RuleBase) -> list[float]:
        """The measure for every combination of fired rules, as `certainty.combine` takes it from the
        factor strengths that `Engine.infer` computes (`engine.factor_strengths`).
        """
        measures = []
        for mask in range(1 << len(self.rules)):
            fired = {r.id: r.signed_strength for i, r in enumerate(self.rules) if mask >> i & 1}
            values = factor_strengths(rulebase, fired).values()
            measures.append(combine_same_sign(v * self.sign for v in values if v * self.sign > 0))
        return measures

    def measure(self, rulebase: RuleBase, limit: int = TABLE_LIMIT) -> pl.Expr:
        """1 - Π(1 - strength) over the side's factors, the strengths taken in ascending order."""
        if len(self.rules) <= limit:
            return read_through([evidence_column(r.id) for r in self.rules], self.table(rulebase))
        return pl.lit(1.0, pl.Float64) - self._remaining(limit)

    def _remaining(self, limit: int) -> pl.Expr:
        """Π(1 - strength) multiplied value by value, smallest first: factors of equal strength multiply
        by the same number, so this is `combine_same_sign`'s order; a factor not at the value multiplies
        by 1.0, which changes nothing.
        """
        remaining = pl.lit(1.0, pl.Float64)
        possible = {g.column: g.possible_strengths(limit) for g in self.groups}
        for value in sorted({v for values in possible.values() for v in values}):
            for group in self.groups:
                if value in possible[group.column]:
                    at_value = pl.col(group.column) == value
                    remaining = remaining * pl.when(at_value).then(1.0 - value).otherwise(1.0)
        return remaining


def evidence_groups(rulebase: RuleBase) -> list[Group]:
    """Every path's evidence grouped by factor and direction, in the order of (path, factor, sign)."""
    evidence = rulebase.of_kind(EvidenceRule)
    keys = sorted({(r.path, r.factor, 1 if r.direction == "for" else -1) for r in evidence})
    return [
        Group(
            p, f, s, tuple(r for r in evidence if (r.path, r.factor, r.signed_strength > 0) == (p, f, s > 0))
        )
        for p, f, s in keys
    ]


def evidence_sides(rulebase: RuleBase, groups: Sequence[Group]) -> list[Side]:
    """Each path's evidence for and against (a side with no rules is left out: its measure is 0.0)."""
    sides = []
    for path in rulebase.path_ids:
        for sign in (1, -1):
            rules = tuple(r for r in rulebase.evidence_on(path) if (r.signed_strength > 0) == (sign > 0))
            if rules:
                members = tuple(g for g in groups if g.path == path and g.sign == sign)
                sides.append(Side(path, sign, rules, members))
    return sides
