"""What-if and compare: a profile before and after a change of answers, and several profiles side by side."""

from collections.abc import Iterable, Mapping, Sequence

from innopath.engine.analysis.analyzer import Analyzer, columnar_analyzer, field_change, rounded
from innopath.engine.analysis.result import (
    ComparisonResult,
    PathChange,
    ProfileColumn,
    RuleChange,
    WhatIfResult,
)
from innopath.engine.common.errors import ProfileError, say
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, Inference, shipped_engine
from innopath.engine.knowledge.profile import (
    ProfileBase,
    parse_profile,
)
from innopath.engine.knowledge.rulebase import CombineRule
from innopath.reports.labels import labels


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
            raise ProfileError(say("set_malformed", where=where, item=repr(item)))
        if name in changes:
            raise ProfileError(
                say("set_twice", where=where, name=name, a=repr(changes[name]), b=repr(value.strip()))
            )
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


def _place(ranks: Mapping[str, int], path: str, lang: Lang) -> str:
    """A path's place as printed: `2`, or `2=` when another path shares it (as `reports.phrases.place`)."""
    rank = ranks[path]
    if sum(1 for r in ranks.values() if r == rank) > 1:
        return labels().get("ui", "tied_place", lang).format(rank=rank)
    return str(rank)


def whatif(
    profile: ProfileBase, changes: Mapping[str, object], engine: Engine | None = None, lang: Lang = "zh"
) -> WhatIfResult:
    """The result before and after changing some answers; changes are validated like profile answers."""
    analyzer = columnar_analyzer(engine or shipped_engine())
    changed = apply_changes(profile, changes)
    analyzer.prefetch([profile.answers(), changed.answers()])  # both in one frame
    before, after = analyzer.infer(profile.answers()), analyzer.infer(changed.answers())
    rank_before, rank_after = before.ranks(), after.ranks()
    rulebase = analyzer.rulebase
    return WhatIfResult(
        firm_name=getattr(changed, "firm_name", None),
        lang=lang,
        rulebase_version=rulebase.version,
        changes=[
            field_change(analyzer, f, getattr(profile, f), getattr(changed, f), lang)
            for f in analyzer.spec.ids
            if f in changes
        ],
        first_before=before.first(),
        first_after=after.first(),
        paths=[
            PathChange(
                id=p,
                name=rulebase.path(p).name(lang),
                fit_before=rounded(before.fits[p]),
                fit_after=rounded(after.fits[p]),
                delta=rounded(after.fits[p] - before.fits[p]),
                verdict_before=before.verdicts[p],
                verdict_after=after.verdicts[p],
                rank_before=rank_before[p],
                rank_after=rank_after[p],
                place_before=_place(rank_before, p, lang),
                place_after=_place(rank_after, p, lang),
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
    """Several profiles side by side: fits, verdicts, the paths sharing first place, combination. Names label
    the columns.
    """
    engine = engine or shipped_engine()
    rulebase = engine.rulebase
    combine = {r.id: r for r in rulebase.of_kind(CombineRule)}
    columns = []
    analyzer = columnar_analyzer(engine)
    analyzer.prefetch(profile.answers() for _, profile in profiles)  # every profile in one frame
    for name, profile in profiles:
        inference = analyzer.infer(profile.answers())
        fired = sorted(r for r in inference.conclusions if r in combine)
        columns.append(
            ProfileColumn(
                name=name,
                firm_name=getattr(profile, "firm_name", None),
                first=inference.first(),
                recommended=[p for p in inference.ranking if inference.verdicts[p] == "recommended"],
                fits={p: rounded(inference.fits[p]) for p in rulebase.path_ids},
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
