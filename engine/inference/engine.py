"""Run the compiled engine on a profile: forward chaining in stages, read back from the fact list.

Stage 1 and 2 run together, as forward chaining does: answers are declared, assessments derive from them,
evidence fires on both. The evidence is then combined into each path's fit and verdict, declared as
`PathVerdict` facts, and the engine runs again so that combination and advice rules (stage 3) fire on them.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from innopath.engine.inference.certainty import combine, factor_strength
from innopath.engine.inference.compiler import (
    Answer,
    Assessment,
    Conclusion,
    Evidence,
    KnowledgeEngine,
    PathVerdict,
    Requirement,
    compile_engine,
)
from innopath.engine.inference.result import Verdict
from innopath.engine.knowledge.profile import Answer as AnswerValue
from innopath.engine.knowledge.rulebase import EvidenceRule, RuleBase, Thresholds, shipped_rulebase

FIT_DECIMALS = 4
"""Fits are reported to this many places in the JSON result."""

TIE_DECIMALS = 2
"""Fits are printed to this many places; paths whose fits are equal at that precision, with the same verdict,
share a place and are listed in path order (a difference a reader cannot see is not a ranking)."""
TIE_SCALE = 100
"""10 ** TIE_DECIMALS."""


def fit_key(fit: float) -> int:
    """The fit at the printed precision, as an integer (round half to even, as polars' `round` does)."""
    return round(fit * TIE_SCALE)


VERDICT_ORDER: dict[str, int] = {"recommended": 0, "possible": 1, "undetermined": 2, "not_advised": 3}


@dataclass(frozen=True)
class Inference:
    """What the engine concluded for one profile, before any wording."""

    assessments: dict[str, bool]
    evidence: dict[str, tuple[str, float, bool]]
    """rule id -> (path, signed certainty, veto)."""
    requirements: dict[str, tuple[str, bool]]
    """Decided requirements: rule id -> (path, met). A requirement not listed is unknown."""
    factors: dict[str, dict[str, float]]
    """path -> factor -> signed strength: the strongest reading of each factor, for and against."""
    fits: dict[str, float]
    verdicts: dict[str, Verdict]
    ranking: list[str]
    conclusions: frozenset[str]
    fired: frozenset[str]

    def ranks(self) -> dict[str, int]:
        """Each path's place as the advice states it: 1 + the paths strictly ahead of it.

        Paths with the same verdict and the same fit as printed (`fit_key`) share a place (1, 2, 2, 4):
        nothing in the evidence separates them, so the ranking's path order between them is a listing order,
        not advice.
        """
        ranks: dict[str, int] = {}
        standing = {p: (self.verdicts[p], fit_key(self.fits[p])) for p in self.ranking}
        for place, path_id in enumerate(self.ranking, start=1):
            previous = self.ranking[place - 2] if place > 1 else None
            if previous is not None and standing[previous] == standing[path_id]:
                ranks[path_id] = ranks[previous]
            else:
                ranks[path_id] = place
        return ranks

    def first(self) -> list[str]:
        """The paths sharing first place (one, unless the evidence cannot separate the leaders)."""
        return [p for p, rank in self.ranks().items() if rank == 1]

    def vetoes(self, path_id: str) -> list[str]:
        return sorted(rule for rule, (path, _, veto) in self.evidence.items() if path == path_id and veto)

    def failed_requirements(self, path_id: str) -> list[str]:
        return sorted(r for r, (path, met) in self.requirements.items() if path == path_id and not met)


@dataclass(frozen=True)
class Standing:
    """What a path's verdict rests on, besides its fit."""

    evidence_count: int
    factors_for: int
    vetoed: bool = False
    hard_failure: bool = False
    capped: bool = False
    """A soft requirement failed, or a requirement is unknown: the path can be at most "possible"."""


def verdict_of(fit: float, standing: Standing, thresholds: Thresholds) -> Verdict:
    """A path's verdict; see rules/policy.yaml."""
    if standing.vetoed or standing.hard_failure:
        return "not_advised"
    if standing.evidence_count == 0:
        return "undetermined"
    if fit < thresholds.possible:
        return "not_advised"
    if (
        fit < thresholds.recommended
        or standing.capped
        or standing.factors_for < thresholds.recommended_factors
    ):
        return "possible"
    return "recommended"


def factor_strengths(rulebase: RuleBase, fired: Mapping[str, float]) -> dict[str, float]:
    """The signed strength of each factor of one path's fired evidence (rule id -> signed certainty)."""
    groups: dict[tuple[str, int], dict[str, float]] = {}
    for rule_id, cf in fired.items():
        rule = rulebase.by_id[rule_id]
        assert isinstance(rule, EvidenceRule)
        groups.setdefault((rule.factor, 1 if cf > 0 else -1), {})[rule_id] = abs(cf)
    strengths: dict[str, float] = {}
    for (factor, sign), rules in sorted(groups.items()):
        key = factor if sign > 0 else f"-{factor}"
        strengths[key] = sign * factor_strength(rules, rulebase.adds_to)
    return strengths


class Engine:
    """The rule base compiled once into an experta engine, reused for every profile (reset, declare, run)."""

    def __init__(self, rulebase: RuleBase | None = None) -> None:
        self.rulebase = rulebase or shipped_rulebase()
        self.knowledge_engine: KnowledgeEngine = compile_engine(self.rulebase)()
        self._path_order = {p: i for i, p in enumerate(self.rulebase.path_ids)}

    def infer(self, answers: Mapping[str, AnswerValue]) -> Inference:
        """Forward-chain from the known answers to verdicts, combination and advice."""
        engine = self.knowledge_engine
        engine.reset()
        engine.declare(*(Answer(field=f, value=v) for f, v in sorted(answers.items())))
        engine.run()
        facts = list(engine.facts.values())
        assessments = {f["name"]: f["value"] for f in facts if isinstance(f, Assessment)}
        assess_rules = {f["rule"] for f in facts if isinstance(f, Assessment)}
        evidence = {f["rule"]: (f["path"], f["cf"], f["veto"]) for f in facts if isinstance(f, Evidence)}
        requirements = {f["rule"]: (f["path"], f["met"]) for f in facts if isinstance(f, Requirement)}

        fits: dict[str, float] = {}
        verdicts: dict[str, Verdict] = {}
        factors: dict[str, dict[str, float]] = {}
        for path_id in self.rulebase.path_ids:
            fired = {rule: cf for rule, (path, cf, _) in evidence.items() if path == path_id}
            factors[path_id] = factor_strengths(self.rulebase, fired)
            fits[path_id] = combine(factors[path_id].values())
            standing = self._standing(path_id, fired, factors[path_id], evidence, requirements)
            verdicts[path_id] = verdict_of(fits[path_id], standing, self.rulebase.policy.verdicts)

        engine.declare(*(PathVerdict(path=p, verdict=v) for p, v in verdicts.items()))
        engine.run()
        conclusions = frozenset(f["rule"] for f in engine.facts.values() if isinstance(f, Conclusion))
        ranking = sorted(
            self.rulebase.path_ids,
            key=lambda p: (VERDICT_ORDER[verdicts[p]], -fit_key(fits[p]), self._path_order[p]),
        )
        return Inference(
            assessments=assessments,
            evidence=evidence,
            requirements=requirements,
            factors=factors,
            fits=fits,
            verdicts=verdicts,
            ranking=ranking,
            conclusions=conclusions,
            fired=frozenset(assess_rules | evidence.keys() | conclusions | requirements.keys()),
        )

    def _standing(
        self,
        path_id: str,
        fired: Mapping[str, float],
        factors: Mapping[str, float],
        evidence: Mapping[str, tuple[str, float, bool]],
        requirements: Mapping[str, tuple[str, bool]],
    ) -> Standing:
        rules = self.rulebase.requirements_of(path_id)
        decided = {r.id: requirements[r.id][1] for r in rules if r.id in requirements}
        return Standing(
            evidence_count=len(fired),
            factors_for=sum(1 for strength in factors.values() if strength > 0),
            vetoed=any(evidence[rule][2] for rule in fired),
            hard_failure=any(r.hard and decided.get(r.id) is False for r in rules),
            capped=any(decided.get(r.id) is not True for r in rules),
        )


@cache
def shipped_engine() -> Engine:
    """The engine of the shipped rule base, compiled once per process."""
    return Engine()
