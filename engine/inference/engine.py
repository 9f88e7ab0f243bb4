"""Run the compiled engine on a profile: forward chaining in stages, read back from the fact list.

Stage 1 and 2 run together, as forward chaining does: answers are declared, assessments derive from them,
evidence fires on both. The evidence is then combined into each path's fit and verdict, declared as
`PathVerdict` facts, and the engine runs again so that combination and advice rules (stage 3) fire on them.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from innopath.engine.inference.certainty import combine
from innopath.engine.inference.compiler import (
    Answer,
    Assessment,
    Conclusion,
    Evidence,
    KnowledgeEngine,
    PathVerdict,
    compile_engine,
)
from innopath.engine.inference.result import Verdict
from innopath.engine.knowledge.profile import Answer as AnswerValue
from innopath.engine.knowledge.rulebase import RuleBase, Thresholds, shipped_rulebase

VERDICT_ORDER: dict[str, int] = {"recommended": 0, "possible": 1, "undetermined": 2, "not_advised": 3}


@dataclass(frozen=True)
class Inference:
    """What the engine concluded for one profile, before any wording."""

    assessments: dict[str, bool]
    evidence: dict[str, tuple[str, float, bool]]
    """rule id -> (path, signed certainty, veto)."""
    fits: dict[str, float]
    verdicts: dict[str, Verdict]
    ranking: list[str]
    conclusions: frozenset[str]
    fired: frozenset[str]

    def vetoes(self, path_id: str) -> list[str]:
        return sorted(rule for rule, (path, _, veto) in self.evidence.items() if path == path_id and veto)


def verdict_of(fit: float, evidence_count: int, vetoed: bool, thresholds: Thresholds) -> Verdict:
    """A path's verdict from its fit; see rules/policy.yaml."""
    if vetoed:
        return "not_advised"
    if evidence_count == 0:
        return "undetermined"
    if fit >= thresholds.recommended:
        return "recommended"
    if fit >= thresholds.possible:
        return "possible"
    return "not_advised"


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

        fits: dict[str, float] = {}
        verdicts: dict[str, Verdict] = {}
        for path_id in self.rulebase.path_ids:
            signed = [cf for path, cf, _ in evidence.values() if path == path_id]
            vetoed = any(veto for path, _, veto in evidence.values() if path == path_id)
            fits[path_id] = combine(signed)
            verdicts[path_id] = verdict_of(fits[path_id], len(signed), vetoed, self.rulebase.policy.verdicts)

        engine.declare(*(PathVerdict(path=p, verdict=v) for p, v in verdicts.items()))
        engine.run()
        conclusions = frozenset(f["rule"] for f in engine.facts.values() if isinstance(f, Conclusion))
        ranking = sorted(
            self.rulebase.path_ids, key=lambda p: (VERDICT_ORDER[verdicts[p]], -fits[p], self._path_order[p])
        )
        return Inference(
            assessments=assessments,
            evidence=evidence,
            fits=fits,
            verdicts=verdicts,
            ranking=ranking,
            conclusions=conclusions,
            fired=frozenset(assess_rules | evidence.keys() | conclusions),
        )


@cache
def shipped_engine() -> Engine:
    """The engine of the shipped rule base, compiled once per process."""
    return Engine()
