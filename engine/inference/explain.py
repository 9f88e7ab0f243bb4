"""Turn an inference into a recommendation that explains itself: why, why not, and what to find out.

Reasons come only from rules that fired (the fact list); the condition evaluator is used to say which answers
a fired rule matched, which part of a rule that did not fire failed, and which unknown answers blocked one.
"""

from collections import defaultdict

from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import FIT_DECIMALS, Engine, Inference, shipped_engine
from innopath.engine.inference.result import (
    AdviceResult,
    AssessmentResult,
    CombinationResult,
    Missing,
    PathResult,
    Reason,
    Recommendation,
    RequirementResult,
    UnknownAnswer,
    Unmet,
)
from innopath.engine.knowledge.conditions import (
    Facts,
    FactTest,
    FieldTest,
    Leaf,
    deciding_leaves,
    evaluate,
    to_nnf,
)
from innopath.engine.knowledge.profile import Answer, ProfileBase
from innopath.engine.knowledge.rulebase import (
    AdviseRule,
    AnyRule,
    AssessRule,
    CombineRule,
    EvidenceRule,
    RequireRule,
    RuleBase,
)

STRICTER = {">=": max, ">": max, "<=": min, "<": min}
"""Of two unmet tests of one field with the same operator, the one to show (the bar the firm must clear)."""


def merge_unmet(items: list[Unmet]) -> list[Unmet]:
    """One line per field: a field tested twice (directly and through an assessment, or at two thresholds)
    is shown once, with the stricter threshold when the operator is the same.
    """
    merged: dict[str, Unmet] = {}
    out: list[Unmet] = []
    for item in items:
        if item.field is None:
            out.append(item.model_copy(update={"via": merge_unmet(item.via)}))
            continue
        seen = merged.get(item.field)
        if seen is None:
            merged[item.field] = item
            out.append(item)
        elif seen.op == item.op and item.op in STRICTER:
            pick = STRICTER[item.op]
            best = pick(seen.expected, item.expected)  # type: ignore[type-var]
            better = seen.model_copy(update={"expected": best})
            out[out.index(seen)] = better
            merged[item.field] = better
    return out


REQUIREMENT_WEIGHT = 1.0
"""An unknown requirement decides whether a path can be recommended at all: it heads what to find out."""


class Explainer:
    """Explanations of one inference, against the facts it was drawn from."""

    def __init__(self, rulebase: RuleBase, facts: Facts, lang: Lang) -> None:
        self.rulebase = rulebase
        self.facts = facts
        self.lang = lang

    def _fact_leaves(self, leaf: FactTest) -> list[Leaf]:
        """The leaves of the assessment behind `leaf` that decide it as the profile stands."""
        rule: AssessRule = self.rulebase.assessments[leaf.fact]
        return deciding_leaves(to_nnf(rule.condition, negate=not leaf.expected), self.facts)

    def matched(self, rule: AnyRule) -> tuple[dict[str, Answer], dict[str, bool]]:
        """The answers (also through derived facts) and the facts a fired rule matched."""
        answers: dict[str, Answer] = {}
        facts: dict[str, bool] = {}
        pending = deciding_leaves(to_nnf(rule.condition), self.facts)
        while pending:
            leaf = pending.pop(0)
            if isinstance(leaf, FieldTest):
                answers[leaf.field] = self.facts.answers[leaf.field]
            elif isinstance(leaf, FactTest) and leaf.fact not in facts:
                facts[leaf.fact] = leaf.expected
                pending += self._fact_leaves(leaf)
        return answers, facts

    def unmet(self, leaf: Leaf) -> Unmet:
        if isinstance(leaf, FieldTest):
            expected = list(leaf.value) if isinstance(leaf.value, tuple) else leaf.value
            return Unmet(
                field=leaf.field, op=leaf.op, expected=expected, actual=self.facts.answers.get(leaf.field)
            )
        if isinstance(leaf, FactTest):
            label = self.rulebase.assessments[leaf.fact].label(self.lang)
            via = merge_unmet([self.unmet(inner) for inner in self._fact_leaves(leaf)])
            circumstance = self.rulebase.assessments[leaf.fact].circumstance
            return Unmet(
                fact=leaf.fact,
                fact_label=label,
                fact_expected=leaf.expected,
                circumstance=circumstance,
                via=via,
            )
        return Unmet(fact=str(leaf))

    def unknown_fields(self, rule: AnyRule) -> list[str]:
        """The unanswered fields that keep a rule's condition undecided (traced through assessments)."""
        fields: list[str] = []
        traced: set[str] = set()
        pending = deciding_leaves(to_nnf(rule.condition), self.facts)
        while pending:
            leaf = pending.pop(0)
            if isinstance(leaf, FieldTest) and leaf.field not in fields:
                fields.append(leaf.field)
            elif isinstance(leaf, FactTest) and leaf.fact not in traced:
                traced.add(leaf.fact)
                pending += deciding_leaves(to_nnf(self.rulebase.assessments[leaf.fact].condition), self.facts)
        return fields

    def reason(self, rule: EvidenceRule) -> Reason:
        answers, facts = self.matched(rule)
        return Reason(
            rule=rule.id,
            source=rule.source,
            text=rule.because(self.lang),
            strength=rule.strength,
            veto=rule.veto,
            factor=rule.factor,
            answers=answers,
            facts=facts,
        )

    def circumstantial(self, leaves: list[Leaf]) -> bool:
        """Whether a rule failed for want of a circumstance (rules/assessments.yaml `circumstance: true`):
        a risk or shortage the firm would not work towards, so not a condition to meet.
        """
        return any(
            isinstance(leaf, FactTest) and leaf.expected and self.rulebase.assessments[leaf.fact].circumstance
            for leaf in leaves
        )

    def outgrown(self, leaves: list[Leaf]) -> bool:
        """Whether a rule failed because the firm already has a strength the reason presumes it lacks (MA-03:
        acquisition builds on groundwork while own R&D is not yet ample). Having less of a strength is no
        condition to work towards, so such a rule is not listed under why-not; a shortage or risk the reason
        needs absent (`not thin_rd`) is, since removing it is.
        """
        return any(
            isinstance(leaf, FactTest)
            and not leaf.expected
            and not self.rulebase.assessments[leaf.fact].circumstance
            for leaf in leaves
        )

    def requirement(self, rule: RequireRule, inference: Inference) -> RequirementResult:
        decided = inference.requirements.get(rule.id)
        status = "unknown" if decided is None else "met" if decided[1] else "failed"
        leaves = deciding_leaves(to_nnf(rule.condition), self.facts) if status == "failed" else []
        return RequirementResult(
            rule=rule.id,
            source=rule.source,
            text=rule.because(self.lang),
            hard=rule.hard,
            status=status,
            unmet=merge_unmet([self.unmet(leaf) for leaf in leaves]),
            unknown_fields=self.unknown_fields(rule) if status == "unknown" else [],
        )

    def path_result(self, path_id: str, inference: Inference) -> PathResult:
        reasons: list[Reason] = []
        against: list[Reason] = []
        missing: list[Missing] = []
        circumstances: list[Missing] = []
        blocked: dict[str, list[EvidenceRule]] = defaultdict(list)
        for rule in self.rulebase.evidence_on(path_id):
            if rule.id in inference.evidence:
                (reasons if rule.direction == "for" else against).append(self.reason(rule))
                continue
            outcome = evaluate(rule.condition, self.facts)
            if outcome is None:
                for field_id in self.unknown_fields(rule):
                    blocked[field_id].append(rule)
            elif rule.direction == "for":
                leaves = deciding_leaves(to_nnf(rule.condition), self.facts)
                if self.outgrown(leaves):
                    continue
                unmet = merge_unmet([self.unmet(leaf) for leaf in leaves])
                item = Missing(
                    rule=rule.id,
                    source=rule.source,
                    text=rule.because(self.lang),
                    strength=rule.strength,
                    unmet=unmet,
                )
                (circumstances if self.circumstantial(leaves) else missing).append(item)
        spec = self.rulebase.spec
        requirements = [self.requirement(r, inference) for r in self.rulebase.requirements_of(path_id)]
        gating: dict[str, list[str]] = defaultdict(list)
        for requirement in requirements:
            for field_id in requirement.unknown_fields:
                gating[field_id].append(requirement.rule)
        if inference.vetoes(path_id) or inference.failed_requirements(path_id):
            blocked.clear()  # no answer can lift a veto's verdict, so no unknown matters to this path
            gating.clear()
        unknowns = [
            UnknownAnswer(
                field=field_id,
                label=spec.field(field_id).label(self.lang),
                rules=sorted([*gating.get(field_id, []), *(r.id for r in blocked.get(field_id, []))]),
                weight=REQUIREMENT_WEIGHT
                if field_id in gating
                else max(r.strength for r in blocked[field_id]),
            )
            for field_id in {**gating, **blocked}
        ]
        unknowns.sort(key=lambda u: (-u.weight, -len(u.rules), spec.ids.index(u.field)))
        by_strength = lambda r: (-r.strength, r.rule)  # noqa: E731
        return PathResult(
            id=path_id,
            name=self.rulebase.path(path_id).name(self.lang),
            rank=inference.ranks()[path_id],
            fit=round(inference.fits[path_id], FIT_DECIMALS),
            verdict=inference.verdicts[path_id],
            factors={k: round(v, 4) for k, v in inference.factors[path_id].items()},
            requirements=requirements,
            vetoed_by=inference.vetoes(path_id),
            reasons=sorted(reasons, key=by_strength),
            against=sorted(against, key=by_strength),
            missing=sorted(missing, key=lambda m: (-m.strength, m.rule)),
            circumstances=sorted(circumstances, key=lambda m: (-m.strength, m.rule)),
            unknowns=unknowns,
        )


def explain(profile: ProfileBase, inference: Inference, rulebase: RuleBase, lang: Lang) -> Recommendation:
    """The full recommendation for `profile`, worded in `lang`."""
    answers = profile.answers()
    explainer = Explainer(rulebase, Facts(answers, inference.assessments, inference.verdicts), lang)
    rank = {p: i for i, p in enumerate(inference.ranking)}
    combination = [
        CombinationResult(rule=r.id, paths=list(r.paths), mode=r.mode, text=r.because(lang), source=r.source)
        for r in rulebase.of_kind(CombineRule)
        if r.id in inference.conclusions
    ]
    advice = [
        AdviceResult(rule=r.id, path=r.path, topic=r.topic, text=r.because(lang), source=r.source)
        for r in rulebase.of_kind(AdviseRule)
        if r.id in inference.conclusions
    ]
    advice.sort(key=lambda a: (rank.get(a.path, len(rank)) if a.path else len(rank), a.rule))
    assessments = [
        AssessmentResult(
            fact=fact,
            label=rule.label(lang),
            value=inference.assessments[fact],
            rule=rule.id,
            source=rule.source,
        )
        for fact, rule in sorted(rulebase.assessments.items())
        if fact in inference.assessments
    ]
    return Recommendation(
        firm_name=getattr(profile, "firm_name", None),
        lang=lang,
        rulebase_version=rulebase.version,
        ranking=inference.ranking,
        recommended=[p for p in inference.ranking if inference.verdicts[p] == "recommended"],
        paths=[explainer.path_result(p, inference) for p in inference.ranking],
        combination=sorted(combination, key=lambda c: c.rule),
        advice=advice,
        assessments=assessments,
        answers=answers,
        unknown_fields=profile.unknown_fields(),
        fired=sorted(inference.fired),
    )


def recommend(profile: ProfileBase, lang: Lang = "zh", engine: Engine | None = None) -> Recommendation:
    """Run the engine on a profile and explain the result."""
    engine = engine or shipped_engine()
    return explain(profile, engine.infer(profile.answers()), engine.rulebase, lang)
