"""Decision analysis: what-if, one-step sensitivity, the smallest changes that put another path first, the
unknowns that matter, and comparing profiles.

Everything here re-runs the same compiled engine (`Engine.infer`) on modified answers; nothing restates a
rule in Python. What is a "step" comes from the field's type in the `ProfileSpec` (`neighbours`, `STEP`).

Speed: the engine reads an answer only through the rules' field tests (`FieldTest.holds`, as the compiler
builds its patterns). Two profiles whose answers pass and fail exactly the same field tests therefore give the
same inference, so `Analyzer.infer` runs the engine once per distinct pattern of test outcomes and reuses the
result for every other profile with that pattern. This is exact, not an approximation, and it is what keeps
`sensitivity` on a full profile to a few seconds (see benchmarks/bench_sensitivity.py).
"""

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from time import perf_counter
from typing import Literal

from innopath.engine.analysis.result import (
    ComparisonResult,
    Dependence,
    FieldChange,
    FieldSensitivity,
    FitRange,
    Flip,
    PathChange,
    ProfileColumn,
    Robustness,
    RuleChange,
    SensitivityResult,
    StepEffect,
    UnknownImpact,
    WhatIfResult,
)
from innopath.engine.common.errors import ProfileError
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, Inference, shipped_engine
from innopath.engine.knowledge.conditions import (
    Condition,
    Facts,
    FactTest,
    FieldTest,
    deciding_leaves,
    leaves,
    to_nnf,
)
from innopath.engine.knowledge.profile import (
    LEVEL_MAX,
    LEVEL_MIN,
    Answer,
    FieldSpec,
    FieldType,
    ProfileBase,
    parse_profile,
)
from innopath.engine.knowledge.questionnaire import Questionnaire
from innopath.engine.knowledge.rulebase import CombineRule

STEP: dict[FieldType, float] = {FieldType.LEVEL: 1, FieldType.SHARE: 0.02, FieldType.COUNT: 1}
"""One step of an ordered field type; yes/no and choice move to the flipped or neighbouring value."""

RECOMMENDABLE = frozenset({"recommended", "possible"})
"""A flip counts only when the new first path is advisable."""

KNIFE_EDGE_SHARE = 0.8
"""A recommendation is flagged as knife-edge when fewer than this share of its one-step neighbours keep it."""

PAIR_FIELDS = 6
"""Pairs of changes are searched among this many fields, those with the largest single-change impact."""

DECIMALS = 4

Direction = Literal["down", "up", "flip"]


def _r(value: float) -> float:
    return round(value, DECIMALS)


def neighbours(spec: FieldSpec, value: Answer) -> list[tuple[Direction, Answer]]:
    """The one-step neighbours of an answer: levels ±1 within 1–5, shares ±0.02 within 0–1, counts ±1 (≥ 0),
    the previous and next choice in the list, yes/no flipped. Text has none.
    """
    down: Direction = "down"
    up: Direction = "up"
    match spec.type:
        case FieldType.LEVEL:
            level = int(value)
            return [(d, v) for d, v in ((down, level - 1), (up, level + 1)) if LEVEL_MIN <= v <= LEVEL_MAX]
        case FieldType.SHARE:
            share, step = float(value), STEP[FieldType.SHARE]
            moves: list[tuple[Direction, Answer]] = [
                (down, _r(max(0.0, share - step))),
                (up, _r(min(1.0, share + step))),
            ]
            return [(d, v) for d, v in moves if v != _r(share)]
        case FieldType.COUNT:
            count = int(value)
            return [(d, v) for d, v in ((down, count - 1), (up, count + 1)) if v >= 0]
        case FieldType.YESNO:
            return [("flip", not value)]
        case FieldType.CHOICE:
            values = spec.choice_values
            index = values.index(str(value))
            return [(d, values[i]) for d, i in ((down, index - 1), (up, index + 1)) if 0 <= i < len(values)]
    return []


def steps_between(spec: FieldSpec, before: Answer | None, after: Answer | None) -> float | None:
    """How many of the field type's steps separate two known answers (None if either is unknown, or text)."""
    if before is None or after is None or spec.type == FieldType.TEXT:
        return None
    match spec.type:
        case FieldType.YESNO:
            return 0.0 if before == after else 1.0
        case FieldType.CHOICE:
            return float(abs(spec.choice_values.index(str(before)) - spec.choice_values.index(str(after))))
    return _r(abs(float(after) - float(before)) / STEP[spec.type])


def _holds(test: FieldTest, value: Answer) -> bool:
    """As the compiler's patterns test an answer (a test that cannot apply to the value is false)."""
    try:
        return bool(test.holds(value))
    except TypeError:
        return False


class Analyzer:
    """Runs one compiled engine on modified answers, once per distinct pattern of field-test outcomes.

    `runs` counts engine runs, `evaluated` the profiles asked about, `seconds` the time spent in the engine.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.rulebase = engine.rulebase
        self.spec = engine.rulebase.spec
        tests: dict[str, set[FieldTest]] = defaultdict(set)
        for rule in self.rulebase.rules:
            for leaf in leaves(rule.condition):
                if isinstance(leaf, FieldTest):
                    tests[leaf.field].add(leaf)
        self.tests: dict[str, tuple[FieldTest, ...]] = {
            field: tuple(sorted(found, key=str)) for field, found in sorted(tests.items())
        }
        self.order = {field_id: i for i, field_id in enumerate(self.spec.ids)}
        self.path_order = {p: i for i, p in enumerate(self.rulebase.path_ids)}
        self.runs = 0
        self.evaluated = 0
        self.seconds = 0.0
        self._cache: dict[tuple[tuple[bool, ...] | None, ...], Inference] = {}

    def outcome(self, field_id: str, value: Answer | None) -> tuple[bool, ...] | None:
        """Which of the rules' tests on this field the value passes; None for unknown."""
        if value is None:
            return None
        return tuple(_holds(test, value) for test in self.tests.get(field_id, ()))

    def infer(self, answers: Mapping[str, Answer]) -> Inference:
        self.evaluated += 1
        key = tuple(self.outcome(field_id, answers.get(field_id)) for field_id in self.tests)
        found = self._cache.get(key)
        if found is None:
            start = perf_counter()
            found = self.engine.infer(answers)
            self.seconds += perf_counter() - start
            self.runs += 1
            self._cache[key] = found
        return found

    def reads(self, field_id: str) -> bool:
        """Whether any rule tests this field."""
        return field_id in self.tests

    def _domain(self, spec: FieldSpec, current: Answer | None) -> list[Answer]:
        """The values a field can take, finely enough to reach every distinct outcome of the rules' tests."""
        finite = spec.finite_values()
        if finite is not None:
            return list(finite)
        constants = [t.value for t in self.tests.get(spec.id, ()) if isinstance(t.value, int | float)]
        match spec.type:
            case FieldType.SHARE:
                step = STEP[FieldType.SHARE]
                grid = {_r(k * step) for k in range(round(1 / step) + 1)}
                if current is not None:
                    share = float(current)
                    grid |= {_r(share + k * step) for k in range(-round(1 / step), round(1 / step) + 1)}
                grid |= {_r(float(c)) for c in constants}
                return sorted(v for v in grid if 0 <= v <= 1)
            case FieldType.COUNT:
                top = max([int(current or 0), *(int(c) for c in constants)]) + 2
                return list(range(0, top))
        return []

    def alternatives(self, field_id: str, current: Answer | None) -> list[tuple[Answer, float]]:
        """One value per outcome pattern other than the current one: the nearest to `current` (in steps),
        or the first in order when the field is unknown. With the steps from `current` (0 when unknown).
        """
        spec = self.spec.field(field_id)
        here = self.outcome(field_id, current)
        best: dict[tuple[bool, ...] | None, tuple[float, int, Answer]] = {}
        for position, value in enumerate(self._domain(spec, current)):
            pattern = self.outcome(field_id, value)
            if pattern == here:
                continue
            distance = steps_between(spec, current, value) or 0.0
            if pattern not in best or (distance, position) < best[pattern][:2]:
                best[pattern] = (distance, position, value)
        chosen = sorted(best.values(), key=lambda b: (b[0], b[1]))
        return [(value, distance) for distance, _, value in chosen]


@dataclass(frozen=True)
class _Candidate:
    changes: tuple[tuple[str, Answer], ...]
    steps: float
    inference: Inference


def _change(
    analyzer: Analyzer, field_id: str, before: Answer | None, after: Answer | None, lang: Lang
) -> FieldChange:
    spec = analyzer.spec.field(field_id)
    return FieldChange(
        field=field_id,
        label=spec.label(lang),
        before=before,
        after=after,
        steps=steps_between(spec, before, after),
    )


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
                min=_r(min(i.fits[p] for i in inferences)), max=_r(max(i.fits[p] for i in inferences))
            )
            for p in paths
        }
        leaders = sorted({i.ranking[0] for i in inferences}, key=analyzer.path_order.__getitem__)
        swing = max(abs(i.fits[p] - base.fits[p]) for i in inferences for p in paths)
        result.append(
            UnknownImpact(
                field=field_id,
                label=analyzer.spec.field(field_id).label(lang),
                ranges=ranges,
                leaders=leaders,
                changes_top=any(p != base.ranking[0] for p in leaders),
                swing=_r(swing),
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
    analyzer = Analyzer(engine or shipped_engine())
    rulebase, spec = analyzer.rulebase, analyzer.spec
    paths = rulebase.path_ids
    answers = profile.answers()
    base = analyzer.infer(answers)
    top = base.ranking[0]
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
                    top=after.ranking[0],
                    deltas={p: _r(after.fits[p] - base.fits[p]) for p in paths},
                    verdicts_changed={
                        p: after.verdicts[p] for p in paths if after.verdicts[p] != base.verdicts[p]
                    },
                )
            )
            neighbour_count += 1
            same_top += after.ranking[0] == top
        fields.append(
            FieldSensitivity(
                field=field_id,
                label=spec.field(field_id).label(lang),
                value=answers[field_id],
                steps=steps,
                impact=max((abs(d) for s in steps for d in s.deltas.values()), default=0.0),
                changes_top=any(s.top != top for s in steps),
            )
        )
    fields.sort(key=lambda f: (-f.impact, not f.changes_top, analyzer.order[f.field]))

    depends = [
        Dependence(
            field=f.field,
            label=f.label,
            value=f.value,
            impact=max((abs(s.deltas[top]) for s in f.steps), default=0.0),
        )
        for f in fields
    ]
    depends = sorted((d for d in depends if d.impact > 0), key=lambda d: (-d.impact, analyzer.order[d.field]))

    share = same_top / neighbour_count if neighbour_count else 1.0
    robustness = Robustness(
        neighbours=neighbour_count, same_top=same_top, share=_r(share), knife_edge=share < KNIFE_EDGE_SHARE
    )

    flips, no_flip, searched, pair_rules = _flips(analyzer, answers, answered, base, pair_fields)
    return SensitivityResult(
        firm_name=getattr(profile, "firm_name", None),
        lang=lang,
        rulebase_version=rulebase.version,
        paths={p: rulebase.path(p).name(lang) for p in paths},
        top=top,
        fits={p: _r(base.fits[p]) for p in paths},
        verdicts=dict(base.verdicts),
        ranking=list(base.ranking),
        fields=fields,
        top_depends_on=depends,
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


def _flips(
    analyzer: Analyzer,
    answers: Mapping[str, Answer],
    answered: Sequence[str],
    base: Inference,
    pair_fields: int,
) -> tuple[dict[str, _Candidate], list[str], list[str], list[str]]:
    """The smallest change that puts each other path first: single changes over every answered field's whole
    range, then, for the paths no single change reaches, pairs among the `pair_fields` fields whose single
    changes move the fits most, and the two answers of any rule those two alone decide against such a path.
    Smallest = fewest fields, then fewest steps, then questionnaire order.
    """
    top = base.ranking[0]
    best: dict[str, tuple[tuple[float, ...], _Candidate]] = {}

    def consider(changes: tuple[tuple[str, Answer], ...], steps: float, inference: Inference) -> None:
        leader = inference.ranking[0]
        if leader == top or inference.verdicts[leader] not in RECOMMENDABLE:
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

    missing = [p for p in analyzer.rulebase.path_ids if p != top and p not in best]
    searched: list[str] = []
    pair_rules: list[str] = []
    if missing:
        ranked = sorted((f for f in answered if impact[f] > 0), key=lambda f: (-impact[f], analyzer.order[f]))
        searched = sorted(ranked[:pair_fields], key=analyzer.order.__getitem__)
        pairs = {tuple(pair) for pair in itertools.combinations(searched, 2)}
        for rule_id, fields in _two_field_rules(analyzer, answers, base, missing):
            pair_rules.append(rule_id)
            pairs.add(fields)
        for first, second in sorted(
            pairs, key=lambda pair: (analyzer.order[pair[0]], analyzer.order[pair[1]])
        ):
            for (v1, s1), (v2, s2) in itertools.product(options[first], options[second]):
                inference = analyzer.infer({**answers, first: v1, second: v2})
                if inference.ranking[0] in missing:
                    consider(((first, v1), (second, v2)), _r(s1 + s2), inference)
    flips = {p: best[p][1] for p in analyzer.rulebase.path_ids if p in best}
    return flips, [p for p in analyzer.rulebase.path_ids if p != top and p not in best], searched, pair_rules


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
        changes=[_change(analyzer, f, answers.get(f), v, lang) for f, v in candidate.changes],
        steps=candidate.steps,
        fit=_r(candidate.inference.fits[path]),
        verdict=candidate.inference.verdicts[path],
    )


def apply_changes(profile: ProfileBase, changes: Mapping[str, object], where: str = "--set") -> ProfileBase:
    """A validated copy of `profile` with some answers changed ("unknown" makes an answer unknown); a bad
    field or value raises `ProfileError` naming it and what is allowed.
    """
    return parse_profile({**profile.model_dump(exclude_none=True), **changes}, where=where)


def parse_assignments(assignments: Iterable[str], where: str = "--set") -> dict[str, str]:
    """`field=value` strings as a mapping; malformed or repeated ones raise `ProfileError`."""
    changes: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ProfileError(f"{where} {item!r}: expected field=value, e.g. {where} financial_strength=4")
        if name in changes:
            raise ProfileError(f"{where} {name}: given twice ({changes[name]!r} and {value.strip()!r})")
        changes[name] = value.strip()
    return changes


def _rule_change(analyzer: Analyzer, rule_id: str, lang: Lang) -> RuleChange:
    rule = analyzer.rulebase.by_id[rule_id]
    return RuleChange(rule=rule_id, text=rule.because(lang), source=rule.source, path=rule.bears_on)


def _holding(analyzer: Analyzer, inference: Inference) -> frozenset[str]:
    """The rules whose conclusion holds: an assessment rule counts only when its fact is true (the engine
    also records a definitely false assessment, which is not the rule's statement).
    """
    assessed = {
        analyzer.rulebase.assessments[fact].id: value for fact, value in inference.assessments.items()
    }
    return frozenset(r for r in inference.fired if assessed.get(r, True))


def whatif(
    profile: ProfileBase, changes: Mapping[str, object], engine: Engine | None = None, lang: Lang = "zh"
) -> WhatIfResult:
    """The result before and after changing some answers; changes are validated like profile answers."""
    analyzer = Analyzer(engine or shipped_engine())
    changed = apply_changes(profile, changes)
    before, after = analyzer.infer(profile.answers()), analyzer.infer(changed.answers())
    rank_before = {p: i for i, p in enumerate(before.ranking, start=1)}
    rank_after = {p: i for i, p in enumerate(after.ranking, start=1)}
    rulebase = analyzer.rulebase
    return WhatIfResult(
        firm_name=getattr(changed, "firm_name", None),
        lang=lang,
        rulebase_version=rulebase.version,
        changes=[
            _change(analyzer, f, getattr(profile, f), getattr(changed, f), lang)
            for f in analyzer.spec.ids
            if f in changes
        ],
        top_before=before.ranking[0],
        top_after=after.ranking[0],
        paths=[
            PathChange(
                id=p,
                name=rulebase.path(p).name(lang),
                fit_before=_r(before.fits[p]),
                fit_after=_r(after.fits[p]),
                delta=_r(after.fits[p] - before.fits[p]),
                verdict_before=before.verdicts[p],
                verdict_after=after.verdicts[p],
                rank_before=rank_before[p],
                rank_after=rank_after[p],
            )
            for p in after.ranking
        ],
        started=[
            _rule_change(analyzer, r, lang)
            for r in sorted(_holding(analyzer, after) - _holding(analyzer, before))
        ],
        stopped=[
            _rule_change(analyzer, r, lang)
            for r in sorted(_holding(analyzer, before) - _holding(analyzer, after))
        ],
    )


def compare(
    profiles: Sequence[tuple[str, ProfileBase]], engine: Engine | None = None, lang: Lang = "zh"
) -> ComparisonResult:
    """Several profiles side by side: fits, verdicts, first path, combination. Names label the columns."""
    engine = engine or shipped_engine()
    rulebase = engine.rulebase
    combine = {r.id: r for r in rulebase.of_kind(CombineRule)}
    columns = []
    for name, profile in profiles:
        inference = engine.infer(profile.answers())
        fired = sorted(r for r in inference.conclusions if r in combine)
        columns.append(
            ProfileColumn(
                name=name,
                firm_name=getattr(profile, "firm_name", None),
                top=inference.ranking[0],
                recommended=[p for p in inference.ranking if inference.verdicts[p] == "recommended"],
                fits={p: _r(inference.fits[p]) for p in rulebase.path_ids},
                verdicts=dict(inference.verdicts),
                ranking=list(inference.ranking),
                combination=[list(combine[r].paths) for r in fired],
                combination_rules=fired,
                unknown_fields=profile.unknown_fields(),
            )
        )
    return ComparisonResult(
        lang=lang,
        rulebase_version=rulebase.version,
        paths={p: rulebase.path(p).name(lang) for p in rulebase.path_ids},
        profiles=columns,
    )
