"""The rule base compiled into one polars query: every profile of a frame through every stage at once.

Stages, as the experta engine runs them (engine/inference/engine.py), each a layer of columns:

1. assessments, in dependency order: `assess+:FACT` / `assess-:FACT` (derived true / derived false);
2. requirements `req+:ID` / `req-:ID` (met / failed; neither = unknown) and evidence `ev:ID` (fired);
3. per path, each factor's strength `factor:PATH:KEY` (KEY is the factor, `-factor` against): the group's
   fired rules as a bit mask, looked up in a table computed with `certainty.factor_strength` itself;
4. the fit, `fit:PATH`: the factor strengths of each direction sorted by a sorting network (min/max, exact)
   and multiplied in ascending order, as `certainty.combine_same_sign` does, so fits agree bit for bit;
5. the verdict `verdict:PATH` (`verdict_of`), the ranking `rank:K` (K = 0 is the first path);
6. combination and advice, `concl:ID`, on the verdicts.

No rule is restated: every expression is generated from the loaded `RuleBase`.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import polars as pl

from innopath.engine.columnar.expressions import (
    assessment_column,
    definitely,
    field_schema,
    frame_of,
    verdict_column,
)
from innopath.engine.inference.certainty import factor_strength
from innopath.engine.inference.compiler import RECOMMENDABLE
from innopath.engine.inference.engine import VERDICT_ORDER, Inference
from innopath.engine.knowledge.conditions import All, FactTest, VerdictTest, leaves
from innopath.engine.knowledge.profile import Answer
from innopath.engine.knowledge.rulebase import (
    AdviseRule,
    AssessRule,
    CombineRule,
    EvidenceRule,
    RequireRule,
    RuleBase,
    shipped_rulebase,
)

ORDER_VERDICT = {n: v for v, n in VERDICT_ORDER.items()}
VERDICT_TYPE = pl.Enum(list(VERDICT_ORDER))


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

    def strength(self) -> pl.Expr:
        """The strength (0.0 when none of its rules fired), exactly as `factor_strength` computes it."""
        adds_to = {r.id: r.adds_to for r in self.rules}
        table: dict[int, float] = {}
        for mask in range(1 << len(self.rules)):
            fired = {r.id: r.strength for i, r in enumerate(self.rules) if mask >> i & 1}
            table[mask] = factor_strength(fired, adds_to)
        if not any(base in adds_to for r in self.rules for base in r.adds_to):
            # no graded evidence: a reading is one rule, 1 - (1 - strength); a Boolean times it is exact
            readings = [
                pl.col(f"ev:{r.id}").cast(pl.Float64) * table[1 << i] for i, r in enumerate(self.rules)
            ]
            return pl.max_horizontal(readings) if len(readings) > 1 else readings[0]
        bits = pl.sum_horizontal(
            [pl.col(f"ev:{r.id}").cast(pl.Int32) * (1 << i) for i, r in enumerate(self.rules)]
        )
        return bits.replace_strict(table, return_dtype=pl.Float64)


def _assessment_layers(rulebase: RuleBase) -> list[list[AssessRule]]:
    """Assess rules in dependency order: each layer reads only facts of the layers before it."""
    pending = {r.fact: r for r in rulebase.of_kind(AssessRule)}
    done: set[str] = set()
    layers: list[list[AssessRule]] = []
    while pending:
        ready = [
            r
            for r in pending.values()
            if all(leaf.fact in done for leaf in leaves(r.condition) if isinstance(leaf, FactTest))
        ]
        if not ready:
            raise ValueError(f"assessments depend on each other in a cycle: {sorted(pending)}")
        layers.append(ready)
        for r in ready:
            done.add(r.fact)
            del pending[r.fact]
    return layers


def _sort_rounds(columns: Sequence[str]) -> list[list[tuple[str, str]]]:
    """Odd-even transposition sort: rounds of disjoint comparators that sort `columns` ascending."""
    n = len(columns)
    return [[(columns[i], columns[i + 1]) for i in range(r % 2, n - 1, 2)] for r in range(n)]


class ColumnarEngine:
    """The rule base compiled once into polars expressions, applied to whole frames of profiles."""

    def __init__(self, rulebase: RuleBase | None = None) -> None:
        self.rulebase = rulebase or shipped_rulebase()
        self.schema = field_schema(self.rulebase.spec)
        self.path_ids = self.rulebase.path_ids
        evidence = self.rulebase.of_kind(EvidenceRule)
        keys = sorted({(r.path, r.factor, 1 if r.direction == "for" else -1) for r in evidence})
        self.groups = [
            Group(
                p,
                f,
                s,
                tuple(r for r in evidence if (r.path, r.factor, r.signed_strength > 0) == (p, f, s > 0)),
            )
            for p, f, s in keys
        ]

    # --- the query ---

    def lazy(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        """Every stage's columns added to a frame of profiles (columns named by field id, null unknown)."""
        names = frame.collect_schema()
        query = frame.with_columns(
            pl.col(name).cast(dtype) if name in names else pl.lit(None, dtype).alias(name)
            for name, dtype in self.schema.items()
        )
        for kind, payload in self._plan.steps:
            query = query.with_columns(payload) if kind == "with" else query.drop(payload)
        return query

    @cached_property
    def _plan(self) -> "_Plan":
        """The stages as expressions, built once (a frame of a few thousand firms spends more time building
        them than evaluating them).
        """
        return self._stages(_Plan())  # type: ignore[arg-type, return-value]

    def _stages(self, query: pl.LazyFrame) -> pl.LazyFrame:
        for layer in _assessment_layers(self.rulebase):
            query = query.with_columns(
                expr
                for r in layer
                for expr in (
                    definitely(r.condition).alias(assessment_column(r.fact, True)),
                    definitely(r.condition, negate=True).alias(assessment_column(r.fact, False)),
                )
            )
        query = query.with_columns(
            [
                *(definitely(r.condition).alias(f"req+:{r.id}") for r in self.rulebase.of_kind(RequireRule)),
                *(
                    definitely(r.condition, negate=True).alias(f"req-:{r.id}")
                    for r in self.rulebase.of_kind(RequireRule)
                ),
                *(definitely(r.condition).alias(f"ev:{r.id}") for r in self.rulebase.of_kind(EvidenceRule)),
            ]
        )
        query = query.with_columns(g.strength().alias(g.column) for g in self.groups)
        query = self._fits(query)
        query = query.with_columns(self._verdict(p).alias(f"order:{p}") for p in self.path_ids)
        query = query.with_columns(self._ranking())
        query = query.with_columns(
            pl.col(f"order:{p}")
            .replace_strict(ORDER_VERDICT, return_dtype=VERDICT_TYPE)
            .alias(verdict_column(p))
            for p in self.path_ids
        ).drop([f"order:{p}" for p in self.path_ids])
        return query.with_columns(self._conclusion(r) for r in self._stage3)

    def evaluate(self, frame: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
        return self.lazy(frame.lazy()).collect()

    @cached_property
    def _stage3(self) -> list[CombineRule | AdviseRule]:
        return [r for r in self.rulebase.rules if isinstance(r, CombineRule | AdviseRule)]

    def _fits(self, query: pl.LazyFrame) -> pl.LazyFrame:
        """The fits: MB - MD, each 1 - the product of (1 - strength) in ascending order (certainty.py)."""
        sides: dict[tuple[str, int], list[str]] = {}
        renames: list[pl.Expr] = []
        for g in self.groups:
            column = f"sort:{g.path}:{g.sign}:{len(sides.get((g.path, g.sign), []))}"
            sides.setdefault((g.path, g.sign), []).append(column)
            renames.append(pl.col(g.column).alias(column))
        query = query.with_columns(renames)
        networks = [_sort_rounds(columns) for columns in sides.values()]
        for r in range(max((len(n) for n in networks), default=0)):
            pairs = [pair for network in networks if r < len(network) for pair in network[r]]
            if pairs:
                query = query.with_columns(
                    expr
                    for a, b in pairs
                    for expr in (pl.min_horizontal(a, b).alias(a), pl.max_horizontal(a, b).alias(b))
                )
        fits = []
        for path_id in self.path_ids:
            combined = []
            for sign in (1, -1):
                remaining = pl.lit(1.0, pl.Float64)
                for column in sides.get((path_id, sign), []):
                    remaining = remaining * (pl.lit(1.0, pl.Float64) - pl.col(column))
                combined.append(pl.lit(1.0, pl.Float64) - remaining)
            fits.append((combined[0] - combined[1]).alias(f"fit:{path_id}"))
        temporary = [c for columns in sides.values() for c in columns]
        return query.with_columns(fits).drop(temporary)

    def _verdict(self, path_id: str) -> pl.Expr:
        """The verdict's place in VERDICT_ORDER, as `verdict_of` decides it."""
        thresholds = self.rulebase.policy.verdicts
        evidence = [r for r in self.rulebase.evidence_on(path_id)]
        requirements = self.rulebase.requirements_of(path_id)
        fit = pl.col(f"fit:{path_id}")
        vetoed = pl.any_horizontal([pl.col(f"ev:{r.id}") for r in evidence if r.veto] or [pl.lit(False)])
        hard_failure = pl.any_horizontal(
            [pl.col(f"req-:{r.id}") for r in requirements if r.hard] or [pl.lit(False)]
        )
        capped = pl.any_horizontal([~pl.col(f"req+:{r.id}") for r in requirements] or [pl.lit(False)])
        count = pl.sum_horizontal([pl.col(f"ev:{r.id}").cast(pl.Int32) for r in evidence] or [pl.lit(0)])
        factors_for = pl.sum_horizontal(
            [(pl.col(g.column) > 0).cast(pl.Int32) for g in self.groups if g.path == path_id and g.sign > 0]
            or [pl.lit(0)]
        )
        order = {v: pl.lit(n, pl.Int8) for v, n in VERDICT_ORDER.items()}
        return (
            pl.when(vetoed | hard_failure)
            .then(order["not_advised"])
            .when(count == 0)
            .then(order["undetermined"])
            .when(fit < thresholds.possible)
            .then(order["not_advised"])
            .when((fit < thresholds.recommended) | capped | (factors_for < thresholds.recommended_factors))
            .then(order["possible"])
            .otherwise(order["recommended"])
        )

    def _ranking(self) -> list[pl.Expr]:
        """`rank:K`, the path in place K, sorted by (verdict order, -fit, path order) as Engine.infer does."""

        def order(path_id: str) -> pl.Expr:
            return pl.col(f"order:{path_id}")

        places = {}
        for i, p in enumerate(self.path_ids):
            before = []
            for j, q in enumerate(self.path_ids):
                if q == p:
                    continue
                fit_p, fit_q = pl.col(f"fit:{p}"), pl.col(f"fit:{q}")
                tie = (fit_q > fit_p) | ((fit_q == fit_p) & pl.lit(j < i))
                before.append(((order(q) < order(p)) | ((order(q) == order(p)) & tie)).cast(pl.Int8))
            places[p] = pl.sum_horizontal(before)
        return [
            pl.coalesce([pl.when(places[p] == k).then(pl.lit(p)) for p in self.path_ids]).alias(f"rank:{k}")
            for k in range(len(self.path_ids))
        ]

    def _conclusion(self, rule: CombineRule | AdviseRule) -> pl.Expr:
        condition = rule.condition
        if isinstance(rule, AdviseRule) and rule.path is not None:
            condition = All((VerdictTest(rule.path, RECOMMENDABLE), condition))
        return definitely(condition).alias(f"concl:{rule.id}")

    # --- reading results back ---

    def inferences(self, result: pl.DataFrame) -> list[Inference]:
        """The same `Inference` objects `Engine.infer` returns, one per row of an evaluated frame."""
        rb = self.rulebase
        columns = {name: result.get_column(name).to_list() for name in result.columns if ":" in name}
        evidence_rules = rb.of_kind(EvidenceRule)
        requirements = rb.of_kind(RequireRule)
        out = []
        for row in range(result.height):
            assessments = {}
            fired: set[str] = set()
            for r in rb.of_kind(AssessRule):
                for value in (True, False):
                    if columns[assessment_column(r.fact, value)][row]:
                        assessments[r.fact] = value
                        fired.add(r.id)
            evidence = {
                r.id: (r.path, r.signed_strength, r.veto)
                for r in evidence_rules
                if columns[f"ev:{r.id}"][row]
            }
            decided = {
                r.id: (r.path, met)
                for r in requirements
                for met in (True, False)
                if columns[f"req{'+' if met else '-'}:{r.id}"][row]
            }
            factors: dict[str, dict[str, float]] = {p: {} for p in self.path_ids}
            for g in self.groups:
                strength = columns[g.column][row]
                if strength > 0:
                    factors[g.path][g.key] = g.sign * strength
            conclusions = frozenset(r.id for r in self._stage3 if columns[f"concl:{r.id}"][row])
            out.append(
                Inference(
                    assessments=assessments,
                    evidence=evidence,
                    requirements=decided,
                    factors=factors,
                    fits={p: columns[f"fit:{p}"][row] for p in self.path_ids},
                    verdicts={p: columns[verdict_column(p)][row] for p in self.path_ids},
                    ranking=[columns[f"rank:{k}"][row] for k in range(len(self.path_ids))],
                    conclusions=conclusions,
                    fired=frozenset(fired | evidence.keys() | decided.keys() | conclusions),
                )
            )
        return out

    def infer_many(self, profiles: Iterable[Mapping[str, Answer | None]]) -> list[Inference]:
        """`Engine.infer` for many profiles at once."""
        return self.inferences(self.evaluate(frame_of(profiles, self.rulebase.spec)))


class _Plan:
    """Records the `with_columns` and `drop` steps of `ColumnarEngine._stages`, to replay on any frame."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, list[Any]]] = []

    def with_columns(self, *exprs: Any) -> "_Plan":
        items = list(exprs[0]) if len(exprs) == 1 and not isinstance(exprs[0], pl.Expr) else list(exprs)
        self.steps.append(("with", items))
        return self

    def drop(self, columns: Sequence[str]) -> "_Plan":
        self.steps.append(("drop", list(columns)))
        return self


@cache
def shipped_columnar() -> ColumnarEngine:
    """The columnar engine of the shipped rule base, compiled once per process."""
    return ColumnarEngine()
