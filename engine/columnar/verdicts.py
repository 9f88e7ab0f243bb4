"""Each path's verdict, as `engine.verdict_of` decides it, and the ranking `Engine.infer` sorts, as columns.

Both are built from Boolean columns and comparisons alone: a verdict is a chain of cheap conditions that
yields the verdict itself (an Enum whose categories are in VERDICT_ORDER, so its physical value orders the
paths), and a path's place in the ranking is the number of paths that come before it.
"""

from collections.abc import Sequence

import polars as pl

from innopath.engine.columnar.expressions import verdict_column
from innopath.engine.columnar.strengths import Group, count_true, evidence_column
from innopath.engine.inference.engine import TIE_SCALE, VERDICT_ORDER
from innopath.engine.knowledge.rulebase import RuleBase

VERDICT_TYPE = pl.Enum(sorted(VERDICT_ORDER, key=VERDICT_ORDER.__getitem__))
"""The verdicts in VERDICT_ORDER: comparing physical values compares the verdicts' places."""


def fit_column(path_id: str) -> str:
    return f"fit:{path_id}"


def place_column(path_id: str) -> str:
    """A path's place in the ranking (0 is first): a column of the query, dropped at its end."""
    return f"place:{path_id}"


def rank_column(place: int) -> str:
    return f"rank:{place}"


def _any(conditions: Sequence[pl.Expr]) -> pl.Expr:
    return pl.any_horizontal(conditions) if conditions else pl.lit(False)


def verdict(rulebase: RuleBase, path_id: str, groups: Sequence[Group]) -> pl.Expr:
    """The verdict, decided in `verdict_of`'s order; `groups` are the path's factors."""
    thresholds = rulebase.policy.verdicts
    evidence = rulebase.evidence_on(path_id)
    requirements = rulebase.requirements_of(path_id)
    fit = pl.col(fit_column(path_id))
    vetoed = [pl.col(evidence_column(r.id)) for r in evidence if r.veto]
    hard_failure = [pl.col(f"req-:{r.id}") for r in requirements if r.hard]
    no_evidence = ~_any([pl.col(evidence_column(r.id)) for r in evidence])
    capped = _any([~pl.col(f"req+:{r.id}") for r in requirements])
    factors_for = count_true([pl.col(g.column) > 0 for g in groups if g.sign > 0])
    short = (fit < thresholds.recommended) | capped | (factors_for < thresholds.recommended_factors)

    def say(name: str) -> pl.Expr:
        return pl.lit(name, VERDICT_TYPE)

    return (
        pl.when(_any([*vetoed, *hard_failure]))
        .then(say("not_advised"))
        .when(no_evidence)
        .then(say("undetermined"))
        .when(fit < thresholds.possible)
        .then(say("not_advised"))
        .when(short)
        .then(say("possible"))
        .otherwise(say("recommended"))
    )


def fit_key_expr(fit: pl.Expr) -> pl.Expr:
    """`engine.fit_key` as an expression: the same IEEE product, rounded half to even."""
    return (fit * TIE_SCALE).round(0)


def _before(earlier: str, later: str) -> pl.Expr:
    """Whether the path `earlier` (in path order) is ranked before `later`: a better verdict, or the same
    and a fit at least as high as printed (`fit_key`; an equal printed fit keeps the path order).
    """
    order_a, order_b = (pl.col(verdict_column(p)).to_physical() for p in (earlier, later))
    fit_a, fit_b = (fit_key_expr(pl.col(fit_column(p))) for p in (earlier, later))
    return (order_a < order_b) | ((order_a == order_b) & (fit_a >= fit_b))


def places(path_ids: Sequence[str]) -> list[pl.Expr]:
    """`place:P`, how many paths are ranked before P (sorted by verdict order, -printed fit, path order)."""
    out = []
    for i, p in enumerate(path_ids):
        ahead = [_before(q, p) for q in path_ids[:i]] + [~_before(p, q) for q in path_ids[i + 1 :]]
        out.append(count_true(ahead).alias(place_column(p)))
    return out


def ranking(path_ids: Sequence[str]) -> list[pl.Expr]:
    """`rank:K`, the path in place K, from the `place:P` columns."""
    names = pl.lit(pl.Series(list(path_ids), dtype=pl.String))
    zero = pl.lit(0, pl.UInt8)
    out = []
    for k in range(len(path_ids)):
        index = pl.sum_horizontal(
            pl.when(pl.col(place_column(p)) == k).then(pl.lit(i, pl.UInt8)).otherwise(zero)
            for i, p in enumerate(path_ids)
        )
        out.append(names.gather(index).alias(rank_column(k)))
    return out
