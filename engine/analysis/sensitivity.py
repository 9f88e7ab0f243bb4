"""One-step sensitivity: the effect of each answer moved by one step, how robust the first place is, the
smallest changes that put another path first, and the unknowns that matter.

"First" is always a set (`Inference.first`): paths with the same verdict and fit share first place, and a
change keeps the first choice only when the same paths hold it afterwards.
"""

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from time import perf_counter

from innopath.engine.analysis.analyzer import (
    KNIFE_EDGE_SHARE,
    PAIR_FIELDS,
    RECOMMENDABLE,
    Analyzer,
    columnar_analyzer,
    field_change,
    neighbours,
    rounded,
)
from innopath.engine.analysis.result import (
    Dependence,
    FieldSensitivity,
    FitRange,
    Flip,
    Robustness,
    SensitivityResult,
    StepEffect,
    UnknownImpact,
)
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, Inference, shipped_engine
from innopath.engine.knowledge.conditions import (
    Condition,
    Facts,
    FactTest,
    FieldTest,
    deciding_leaves,
    to_nnf,
)
from innopath.engine.knowledge.profile import (
    Answer,
    ProfileBase,
)
from innopath.engine.knowledge.questionnaire import Questionnaire


@dataclass(frozen=True)
class _Candidate:
    changes: tuple[tuple[str, Answer], ...]
    steps: float
    inference: Inference


def _unknown_impacts(
    analyzer: Analyzer, profile: ProfileBase, base: Inference, lang: Lang
) -> list[UnknownImpact]:
    answers = profile.answers()
    paths = analyzer.rulebase.path_ids
    questions = Questionnaire(analyzer.spec)
    result: list[UnknownImpact] = []
    # A question the interview would skip (its ask_if is false, e.g. peer rivalry with no cluster peers) is
    # not worth finding out, whatever a fit would do with it.
    for field_id in (f for f in profile.unknown_fields() if questions.applies(f, answers)):
        values = [value for value, _ in analyzer.alternatives(field_id, None)]
        inferences = [analyzer.infer({**answers, field_id: value}) for value in values]
        if not inferences:
            continue
        ranges = {
            p: FitRange(
                min=rounded(min(i.fits[p] for i in inferences)),
                max=rounded(max(i.fits[p] for i in inferences)),
            )
            for p in paths
        }
        leaders = sorted(
            {tuple(i.first()) for i in inferences},
            key=lambda group: [analyzer.path_order[p] for p in group],
        )
        swing = max(abs(i.fits[p] - base.fits[p]) for i in inferences for p in paths)
        result.append(
            UnknownImpact(
                field=field_id,
                label=analyzer.spec.field(field_id).label(lang),
                ranges=ranges,
                leaders=[list(group) for group in leaders],
                changes_top=any(list(group) != base.first() for group in leaders),
                swing=rounded(swing),
                values_tried=len(values),
            )
        )
    result.sort(key=lambda u: (not u.changes_top, -u.swing, analyzer.order[u.field]))
    return result


def unknown_impacts(
    profile: ProfileBase, engine: Engine | None = None, lang: Lang = "zh"
) -> list[UnknownImpact]:
    """Every unknown field, with each path's fit range over its possible answers; those that could change
    the first path come first, then by how far any path's fit could move.
    """
    analyzer = Analyzer(engine or shipped_engine())
    base = analyzer.infer(profile.answers())
    return _unknown_impacts(analyzer, profile, base, lang)


def top_unknowns(
    profile: ProfileBase, engine: Engine | None = None, n: int = 3, lang: Lang = "zh"
) -> list[UnknownImpact]:
    """The `n` unknowns that matter most (those that cannot move any fit are left out), for `recommend` and
    the report.
    """
    return [u for u in unknown_impacts(profile, engine, lang) if u.swing > 0 or u.changes_top][:n]


def sensitivity(
    profile: ProfileBase, engine: Engine | None = None, lang: Lang = "zh", pair_fields: int = PAIR_FIELDS
) -> SensitivityResult:
    """One-step sensitivity of every answered field, robustness, smallest flipping changes, unknowns."""
    started = perf_counter()
    analyzer = columnar_analyzer(engine or shipped_engine())
    rulebase, spec = analyzer.rulebase, analyzer.spec
    paths = rulebase.path_ids
    answers = profile.answers()
    questions = Questionnaire(spec)
    analyzer.prefetch(
        [
            answers,
            *(
                {**answers, f: v}
                for f in spec.ids
                if f in answers
                for v in [
                    *(v for _, v in neighbours(spec.field(f), answers[f])),
                    *(v for v, _ in analyzer.alternatives(f, answers[f])),
                ]
            ),
            *(
                {**answers, f: v}
                for f in profile.unknown_fields()
                if questions.applies(f, answers)
                for v, _ in analyzer.alternatives(f, None)
            ),
        ]
    )
    base = analyzer.infer(answers)
    first = base.first()
    answered = [f.id for f in spec.fields if f.id in answers]

    fields: list[FieldSensitivity] = []
    neighbour_count = same_top = 0
    for field_id in answered:
        steps: list[StepEffect] = []
        for direction, value in neighbours(spec.field(field_id), answers[field_id]):
            after = analyzer.infer({**answers, field_id: value})
            steps.append(
                StepEffect(
                    direction=direction,
                    value=value,
                    first=after.first(),
                    deltas={p: rounded(after.fits[p] - base.fits[p]) for p in paths},
                    verdicts_changed={
                        p: after.verdicts[p] for p in paths if after.verdicts[p] != base.verdicts[p]
                    },
                )
            )
            neighbour_count += 1
            same_top += after.first() == first
        fields.append(
            FieldSensitivity(
                field=field_id,
                label=spec.field(field_id).label(lang),
                value=answers[field_id],
                steps=steps,
                impact=max((abs(d) for s in steps for d in s.deltas.values()), default=0.0),
                changes_top=any(s.first != first for s in steps),
            )
        )
    fields.sort(key=lambda f: (-f.impact, not f.changes_top, analyzer.order[f.field]))

    depends = {path: _depends_on(analyzer, fields, path) for path in first}

    share = same_top / neighbour_count if neighbour_count else 1.0
    robustness = Robustness(
        neighbours=neighbour_count,
        same_top=same_top,
        share=rounded(share),
        knife_edge=share < KNIFE_EDGE_SHARE,
    )

    flips, no_flip, searched, pair_rules = _flips(analyzer, answers, answered, base, pair_fields)
    return SensitivityResult(
        firm_name=getattr(profile, "firm_name", None),
        lang=lang,
        rulebase_version=rulebase.version,
        paths={p: rulebase.path(p).name(lang) for p in paths},
        first=first,
        ranks=base.ranks(),
        fits={p: rounded(base.fits[p]) for p in paths},
        verdicts=dict(base.verdicts),
        ranking=list(base.ranking),
        fields=fields,
        first_depends_on=depends,
        robustness=robustness,
        flips=[_flip(analyzer, path, candidate, answers, lang) for path, candidate in flips.items()],
        no_flip=no_flip,
        pair_fields=searched,
        pair_rules=pair_rules,
        unknowns=_unknown_impacts(analyzer, profile, base, lang),
        engine_runs=analyzer.runs,
        profiles_evaluated=analyzer.evaluated,
        seconds=round(perf_counter() - started, 3),
    )


def _depends_on(analyzer: Analyzer, fields: Sequence[FieldSensitivity], path: str) -> list[Dependence]:
    """How far one step of each answer moves `path`'s fit, the answers that move it most first."""
    depends = [
        Dependence(
            field=f.field,
            label=f.label,
            value=f.value,
            impact=max((abs(s.deltas[path]) for s in f.steps), default=0.0),
        )
        for f in fields
    ]
    return sorted((d for d in depends if d.impact > 0), key=lambda d: (-d.impact, analyzer.order[d.field]))


def _flips(
    analyzer: Analyzer,
    answers: Mapping[str, Answer],
    answered: Sequence[str],
    base: Inference,
    pair_fields: int,
) -> tuple[dict[str, _Candidate], list[str], list[str], list[str]]:
    """The smallest change after which each path is first alone, for every path not already so: single changes
    over every answered field's whole range, then, for the paths no single change reaches, pairs among the
    `pair_fields` fields whose single changes move the fits most, and the two answers of any rule those two
    alone decide against such a path. Smallest = fewest fields, then fewest steps, then questionnaire order.

    A change that leaves several paths sharing first place puts none of them first. When the profile's own
    first place is shared, each of its holders is a target too: the change that would leave it first alone.
    The paths no change reaches are returned apart from the shared leaders, which are first already.
    """
    now = base.first()
    targets = [p for p in analyzer.rulebase.path_ids if [p] != now]
    best: dict[str, tuple[tuple[float, ...], _Candidate]] = {}

    def consider(changes: tuple[tuple[str, Answer], ...], steps: float, inference: Inference) -> None:
        leaders = inference.first()
        if len(leaders) != 1 or leaders == now:
            return
        leader = leaders[0]
        if inference.verdicts[leader] not in RECOMMENDABLE:
            return  # a path that leads only because every other collapsed is no advice worth giving
        key = (len(changes), steps, *(analyzer.order[f] for f, _ in changes))
        if leader not in best or key < best[leader][0]:
            best[leader] = (key, _Candidate(changes, steps, inference))

    impact: dict[str, float] = {}
    options: dict[str, list[tuple[Answer, float]]] = {}
    for field_id in answered:
        options[field_id] = analyzer.alternatives(field_id, answers[field_id])
        impact[field_id] = 0.0
        for value, steps in options[field_id]:
            inference = analyzer.infer({**answers, field_id: value})
            consider(((field_id, value),), steps, inference)
            moved = max(abs(inference.fits[p] - base.fits[p]) for p in analyzer.rulebase.path_ids)
            impact[field_id] = max(impact[field_id], moved)

    missing = [p for p in targets if p not in best]
    searched: list[str] = []
    pair_rules: list[str] = []
    if missing:
        ranked = sorted((f for f in answered if impact[f] > 0), key=lambda f: (-impact[f], analyzer.order[f]))
        searched = sorted(ranked[:pair_fields], key=analyzer.order.__getitem__)
        pairs = {tuple(pair) for pair in itertools.combinations(searched, 2)}
        for rule_id, fields in _two_field_rules(analyzer, answers, base, missing):
            pair_rules.append(rule_id)
            pairs.add(fields)
        analyzer.prefetch(
            {**answers, first: v1, second: v2}
            for first, second in pairs
            for (v1, _), (v2, _) in itertools.product(options[first], options[second])
        )
        for first, second in sorted(
            pairs, key=lambda pair: (analyzer.order[pair[0]], analyzer.order[pair[1]])
        ):
            for (v1, s1), (v2, s2) in itertools.product(options[first], options[second]):
                inference = analyzer.infer({**answers, first: v1, second: v2})
                if inference.first()[0] in missing:
                    consider(((first, v1), (second, v2)), rounded(s1 + s2), inference)
    flips = {p: best[p][1] for p in analyzer.rulebase.path_ids if p in best}
    no_flip = [p for p in targets if p not in best and p not in now]
    return flips, no_flip, searched, pair_rules


def _deciding_fields(analyzer: Analyzer, condition: Condition, facts: Facts) -> list[str]:
    """The answered fields that make a condition come out as it does, traced through assessments."""
    fields: list[str] = []
    pending = deciding_leaves(to_nnf(condition), facts)
    while pending:
        leaf = pending.pop(0)
        if isinstance(leaf, FieldTest) and leaf.field not in fields:
            fields.append(leaf.field)
        elif isinstance(leaf, FactTest):
            assessment = analyzer.rulebase.assessments[leaf.fact].condition
            pending += deciding_leaves(to_nnf(assessment), facts)
    return fields


def _two_field_rules(
    analyzer: Analyzer, answers: Mapping[str, Answer], base: Inference, paths: Sequence[str]
) -> list[tuple[str, tuple[str, str]]]:
    """Rules on `paths` that two answers together decide against the path: a rule for it that does not fire,
    or a rule against it that fires. Changing both answers at once may be what turns it, so the pair search
    tries them even when neither answer alone moves any fit.
    """
    facts = Facts(answers, base.assessments, base.verdicts)
    found: list[tuple[str, tuple[str, str]]] = []
    for path in paths:
        for rule in analyzer.rulebase.evidence_on(path):
            fired = rule.id in base.evidence
            if fired != (rule.direction == "against"):
                continue
            fields = _deciding_fields(analyzer, rule.condition, facts)
            if len(fields) == 2 and all(f in answers for f in fields):
                first, second = sorted(fields, key=analyzer.order.__getitem__)
                found.append((rule.id, (first, second)))
    return found


def _flip(
    analyzer: Analyzer, path: str, candidate: _Candidate, answers: Mapping[str, Answer], lang: Lang
) -> Flip:
    return Flip(
        path=path,
        name=analyzer.rulebase.path(path).name(lang),
        changes=[field_change(analyzer, f, answers.get(f), v, lang) for f, v in candidate.changes],
        steps=candidate.steps,
        fit=rounded(candidate.inference.fits[path]),
        verdict=candidate.inference.verdicts[path],
    )
