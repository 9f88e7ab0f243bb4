"""The rule base compiled into one polars query: every profile of a frame through every stage at once.

Stages, as the experta engine runs them (engine/inference/engine.py), each a layer of columns:

1. assessments, in dependency order: `assess+:FACT` / `assess-:FACT` (derived true / derived false);
2. requirements `req+:ID` / `req-:ID` (met / failed; neither = unknown) and evidence `ev:ID` (fired);
3. per path, each factor's strength `factor:PATH:KEY` (KEY is the factor, `-factor` against);
4. the fit, `fit:PATH`: belief - disbelief, as `certainty.combine` takes it. Strengths, belief and
   disbelief are read through tables of the inference's own values, indexed by the bits of the rules that
   fired (strengths.py), so fits agree bit for bit;
5. the verdict `verdict:PATH` (`verdict_of`) and the ranking `rank:K` (K = 0 is the first path) (verdicts.py);
6. combination and advice, `concl:ID`, on the verdicts.

No rule is restated: every expression is generated from the loaded `RuleBase`.
"""

from collections.abc import Iterable, Mapping
from functools import cache, cached_property

import polars as pl

from innopath.engine.columnar.expressions import (
    assessment_column,
    definitely,
    field_schema,
    frame_of,
    verdict_column,
)
from innopath.engine.columnar.strengths import (
    TABLE_LIMIT,
    evidence_column,
    evidence_groups,
    evidence_sides,
)
from innopath.engine.columnar.verdicts import (
    fit_column,
    place_column,
    places,
    ranking,
    verdict,
)
from innopath.engine.inference.compiler import RECOMMENDABLE
from innopath.engine.inference.engine import Inference
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


class ColumnarEngine:
    """The rule base compiled once into polars expressions, applied to whole frames of profiles."""

    def __init__(self, rulebase: RuleBase | None = None, table_limit: int = TABLE_LIMIT) -> None:
        """`table_limit`: the most evidence rules read through one table (strengths.py)."""
        self.rulebase = rulebase or shipped_rulebase()
        self.table_limit = table_limit
        self.schema = field_schema(self.rulebase.spec)
        self.path_ids = self.rulebase.path_ids
        self.groups = evidence_groups(self.rulebase)
        self.sides = evidence_sides(self.rulebase, self.groups)

    # --- the query ---

    def lazy(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        """Every stage's columns added to a frame of profiles (columns named by field id, null unknown)."""
        names = frame.collect_schema()
        query = frame.with_columns(
            pl.col(name).cast(dtype) if name in names else pl.lit(None, dtype).alias(name)
            for name, dtype in self.schema.items()
        )
        for stage in self._stages:
            query = query.with_columns(stage)
        return query.drop(self._temporary)

    @cached_property
    def _stages(self) -> list[list[pl.Expr]]:
        """The stages as expressions, built once (a frame of a few thousand firms spends more time building
        them than evaluating them).
        """
        rb = self.rulebase
        stages: list[list[pl.Expr]] = [
            [
                expr
                for r in layer
                for expr in (
                    definitely(r.condition).alias(assessment_column(r.fact, True)),
                    definitely(r.condition, negate=True).alias(assessment_column(r.fact, False)),
                )
            ]
            for layer in _assessment_layers(rb)
        ]
        stages.append(
            [
                *(definitely(r.condition).alias(f"req+:{r.id}") for r in rb.of_kind(RequireRule)),
                *(
                    definitely(r.condition, negate=True).alias(f"req-:{r.id}")
                    for r in rb.of_kind(RequireRule)
                ),
                *(definitely(r.condition).alias(evidence_column(r.id)) for r in rb.of_kind(EvidenceRule)),
            ]
        )
        stages.append([g.strength(self.table_limit).alias(g.column) for g in self.groups])
        stages.append([self._fit(p).alias(fit_column(p)) for p in self.path_ids])
        stages.append(
            [
                verdict(rb, p, [g for g in self.groups if g.path == p]).alias(verdict_column(p))
                for p in self.path_ids
            ]
        )
        stages.append(places(self.path_ids))
        stages.append([*ranking(self.path_ids), *(self._conclusion(r) for r in self._stage3)])
        return stages

    @cached_property
    def _temporary(self) -> list[str]:
        """Columns the stages read and the result leaves out: each path's place."""
        return [place_column(p) for p in self.path_ids]

    def evaluate(self, frame: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
        return self.lazy(frame.lazy()).collect()

    @cached_property
    def _stage3(self) -> list[CombineRule | AdviseRule]:
        return [r for r in self.rulebase.rules if isinstance(r, CombineRule | AdviseRule)]

    def _fit(self, path_id: str) -> pl.Expr:
        """MB - MD (`certainty.combine`); a side without evidence measures 0.0, as combining nothing does."""
        measures = {
            s.sign: s.measure(self.rulebase, self.table_limit) for s in self.sides if s.path == path_id
        }
        nothing = pl.lit(0.0, pl.Float64)
        return measures.get(1, nothing) - measures.get(-1, nothing)

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


@cache
def shipped_columnar() -> ColumnarEngine:
    """The columnar engine of the shipped rule base, compiled once per process."""
    return ColumnarEngine()
