"""Build a report's view from a recommendation and its sensitivity analysis."""

from collections import OrderedDict
from collections.abc import Mapping
from datetime import date
from functools import cache

from innopath.engine.analysis.analyzer import KNIFE_EDGE_SHARE
from innopath.engine.analysis.result import FieldChange, SensitivityResult
from innopath.engine.analysis.sensitivity import sensitivity
from innopath.engine.applications.reporting.view import (
    AdviceView,
    AnalysisView,
    AnswerView,
    ChangeView,
    Cite,
    CombinationView,
    DependenceView,
    DependsOnView,
    FiredView,
    FlipView,
    MissingView,
    PathView,
    ReasonView,
    ReferenceView,
    ReportView,
    RequirementView,
    SectionView,
    UnknownImpactView,
    UnknownView,
    UnmetView,
)
from innopath.engine.common.resources import reports_dir, rules_dir
from innopath.engine.common.text import Lang, together
from innopath.engine.common.yamlio import read_yaml
from innopath.engine.inference.certainty import combine_same_sign
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.inference.explain import recommend
from innopath.engine.inference.result import PathResult, Reason, Recommendation, Unmet
from innopath.engine.knowledge.profile import Answer, FieldSpec, FieldType, ProfileBase
from innopath.engine.knowledge.questionnaire import Questionnaire
from innopath.engine.knowledge.rulebase import AssessRule, CombineRule, RequireRule, RuleBase
from innopath.reports.labels import Labels, labels
from innopath.reports.phrases import numbered, place, tied_note


@cache
def report_labels() -> Labels:
    """The report's own words (reports/report_labels.yaml)."""
    return Labels(read_yaml(reports_dir() / "report_labels.yaml"))


@cache
def references() -> tuple[ReferenceView, ...]:
    """The five source papers (rules/references.yaml)."""
    data = read_yaml(rules_dir() / "references.yaml")
    return tuple(ReferenceView(**entry) for entry in data["references"])


def cites(source: str) -> list[Cite]:
    """Split a source such as "004 §3.2, §4.2; 002 §三(一)" into one citation per paper."""
    parts = [part.strip() for part in source.split(";") if part.strip()]
    return [Cite(paper=part[:3], text=part) for part in parts]


def display_answer(
    spec: FieldSpec, value: Answer | None, lang: Lang, words: Mapping[str, str], levels: Mapping[int, str]
) -> str:
    """An answer as the reader should see it: the level's word, the choice's label, a percentage."""
    if value is None:
        return words["unknown"]
    match spec.type:
        case FieldType.LEVEL:
            return f"{value} · {levels[int(value)]}"
        case FieldType.SHARE:
            return f"{float(value) * 100:g}%"
        case FieldType.YESNO:
            return words["yes"] if value else words["no"]
        case FieldType.CHOICE:
            return next((c.label(lang) for c in spec.choices if c.value == value), str(value))
        case _:
            return str(value)


ANALYSIS_SHOWN = 5
"""How many dependences and unknowns the report lists (the terminal's `sensitivity` lists them all)."""

ANALYSIS_MEMO = 32
_analyses: "OrderedDict[tuple[str, tuple[tuple[str, Answer], ...]], SensitivityResult]" = OrderedDict()


def analysis_of(profile: ProfileBase, engine: Engine | None = None) -> SensitivityResult:
    """The sensitivity analysis of `profile`, run once per rule-base version and set of answers.

    The analysis takes seconds (it re-runs the engine a few hundred times) and a report in another language
    or format needs exactly the same numbers, so the last few results are kept. The language is not part of
    the key: the report takes every label from the profile spec and the rule base in its own language, and
    reads only ids and numbers from the result.
    """
    engine = engine or shipped_engine()
    key = (engine.rulebase.version, tuple(sorted(profile.answers().items())))
    found = _analyses.get(key)
    if found is None:
        found = _analyses[key] = sensitivity(profile, engine, "en")
        while len(_analyses) > ANALYSIS_MEMO:
            _analyses.popitem(last=False)
    _analyses.move_to_end(key)
    return found


class _ViewBuilder:
    def __init__(self, result: Recommendation, rulebase: RuleBase, lang: Lang) -> None:
        self.result = result
        self.rulebase = rulebase
        self.lang = lang
        self.spec = rulebase.spec
        self.words = report_labels().group("report", lang)
        self.levels = {level: text(lang) for level, text in self.spec.levels.items()}

    def show(self, field_id: str, value: Answer | None) -> str:
        return display_answer(self.spec.field(field_id), value, self.lang, self.words, self.levels)

    def unmet(self, unmet: Unmet) -> UnmetView:
        if unmet.field is not None:
            expected = unmet.expected if isinstance(unmet.expected, list) else [unmet.expected]
            shown = self.words["list_sep"].join(self.show(unmet.field, e) for e in expected if e is not None)
            return UnmetView(
                field=unmet.field,
                label=self.spec.field(unmet.field).label(self.lang),
                op=unmet.op or "==",
                expected=shown,
                actual=self.show(unmet.field, unmet.actual),
                fact_expected=None,
                via=[],
            )
        return UnmetView(
            field=None,
            label=unmet.fact_label or unmet.fact or "",
            op="",
            expected="",
            actual="",
            fact_expected=unmet.fact_expected,
            via=[self.unmet(inner) for inner in unmet.via],
        )

    @staticmethod
    def reason(reason: Reason) -> ReasonView:
        return ReasonView(reason.rule, reason.text, reason.strength, reason.veto, cites(reason.source))

    def advice_for(self, path_id: str | None) -> list[AdviceView]:
        topics = labels().group("topics", self.lang)
        return [
            AdviceView(a.rule, a.topic, topics[a.topic], a.text, cites(a.source))
            for a in self.result.advice
            if a.path == path_id
        ]

    def path(self, path: PathResult) -> PathView:
        return PathView(
            rank=path.rank,
            place=place(self.result, path),
            numbered=numbered(self.result, path),
            id=path.id,
            name=path.name,
            fit=path.fit,
            belief=combine_same_sign(v for v in path.factors.values() if v > 0),
            disbelief=combine_same_sign(-v for v in path.factors.values() if v < 0),
            verdict=path.verdict,
            verdict_label=labels().get("verdicts", path.verdict, self.lang),
            vetoed_by=path.vetoed_by,
            requirements=[
                RequirementView(
                    q.rule,
                    q.text,
                    cites(q.source),
                    q.status,
                    report_labels().get("requirement", q.status, self.lang),
                    q.hard,
                    [self.unmet(u) for u in q.unmet],
                )
                for q in path.requirements
            ],
            reasons=[self.reason(r) for r in path.reasons],
            against=[self.reason(r) for r in path.against],
            missing=[
                MissingView(m.rule, m.text, cites(m.source), [self.unmet(u) for u in m.unmet])
                for m in path.missing
            ],
            unknowns=[UnknownView(u.field, u.label, u.rules) for u in path.unknowns],
            advice=self.advice_for(path.id),
        )

    def sections(self, profile: ProfileBase) -> list[SectionView]:
        return [
            SectionView(
                section.id,
                section.title(self.lang),
                [
                    AnswerView(
                        f.id,
                        f.label(self.lang),
                        self.show(f.id, getattr(profile, f.id)),
                        getattr(profile, f.id) is not None,
                        cites(f.source or ""),
                    )
                    for f in self.spec.fields
                    if f.section == section.id
                ],
            )
            for section in self.spec.sections
        ]

    def fired(self) -> list[FiredView]:
        kinds = report_labels().group("kinds", self.lang)
        assessed = {a.rule: a.value for a in self.result.assessments}
        assessed |= {q.rule: q.status == "met" for p in self.result.paths for q in p.requirements}
        names = {p.id: p.name(self.lang) for p in self.rulebase.paths}
        views = []
        for rule_id in self.result.fired:
            rule = self.rulebase.by_id[rule_id]
            value: bool | None = None
            if isinstance(rule, AssessRule):
                bears_on, text, value = rule.fact, rule.label(self.lang), assessed.get(rule_id)
            elif isinstance(rule, RequireRule):
                bears_on, text, value = names[rule.path], rule.because(self.lang), assessed.get(rule_id)
            elif isinstance(rule, CombineRule):
                bears_on, text = (
                    self.words["list_sep"].join(names[p] for p in rule.paths),
                    rule.because(self.lang),
                )
            else:
                bears_on, text = (names[rule.path] if rule.path else ""), rule.because(self.lang)
            views.append(
                FiredView(rule_id, kinds[rule.kind], rule.file, bears_on, text, value, cites(rule.source))
            )
        return views

    def change(self, change: FieldChange) -> ChangeView:
        label = self.spec.field(change.field).label(self.lang)
        return ChangeView(
            change.field, label, self.show(change.field, change.before), self.show(change.field, change.after)
        )

    def analysis(self, found: SensitivityResult) -> AnalysisView:
        names = {p.id: p.name(self.lang) for p in self.rulebase.paths}
        verdicts = labels().group("verdicts", self.lang)
        flips = {f.path: f for f in found.flips}
        others = [p for p in found.ranking if [p] != found.first]
        relevant = [u for u in found.unknowns if u.swing > 0 or u.changes_top]
        return AnalysisView(
            top=self.together([names[p] for p in found.first]),
            shared=len(found.first) > 1,
            neighbours=found.robustness.neighbours,
            same_top=found.robustness.same_top,
            share=found.robustness.share,
            knife_edge=found.robustness.knife_edge,
            knife_edge_share=KNIFE_EDGE_SHARE,
            depends_on=[
                DependsOnView(
                    path,
                    names[path],
                    [
                        DependenceView(
                            d.field,
                            self.spec.field(d.field).label(self.lang),
                            self.show(d.field, d.value),
                            d.impact,
                        )
                        for d in depends[:ANALYSIS_SHOWN]
                    ],
                )
                for path, depends in found.first_depends_on.items()
                if depends
            ],
            flips=[
                FlipView(
                    p,
                    names[p],
                    [self.change(c) for c in flips[p].changes],
                    flips[p].fit,
                    flips[p].verdict,
                    verdicts[flips[p].verdict],
                    p in found.first,
                )
                if p in flips
                else FlipView(p, names[p], [], None, None, None, p in found.first)
                for p in others
            ],
            pair_fields=len(found.pair_fields),
            pair_rules=len(found.pair_rules),
            unknowns=[
                UnknownImpactView(
                    u.field,
                    self.spec.field(u.field).label(self.lang),
                    u.changes_top,
                    [[names[p] for p in group] for group in u.leaders if group != found.first],
                    u.swing,
                )
                for u in relevant[:ANALYSIS_SHOWN]
            ],
            unknown_count=len(found.unknowns),
        )

    def together(self, names: list[str]) -> str:
        """Names said as one group: `A`, `A and B`, `A, B and C`."""
        return together(names, self.words["list_sep"], self.words["list_last"], self.words["list_pair"])

    def build(self, profile: ProfileBase, today: date, found: SensitivityResult | None) -> ReportView:
        result = self.result
        paths = [self.path(p) for p in result.paths]
        seen: list[str] = []
        for path in result.paths:
            seen += [u.field for u in path.unknowns[:3] if u.field not in seen]
        names = {p.id: p.name(self.lang) for p in self.rulebase.paths}
        modes = labels().group("modes", self.lang)
        thresholds = self.rulebase.policy.verdicts
        answered, total = Questionnaire(self.spec).known(result.answers)
        return ReportView(
            lang=self.lang,
            firm=result.firm_name or labels().get("ui", "unnamed", self.lang),
            date=today.isoformat(),
            rulebase_version=result.rulebase_version,
            thresholds={"recommended": thresholds.recommended, "possible": thresholds.possible},
            words=self.words,
            paths=paths,
            recommended=[p for p in paths if p.verdict == "recommended"],
            possible=[p for p in paths if p.verdict == "possible"],
            first=[p for p in paths if p.rank == 1],
            sections=self.sections(profile),
            answered=answered,
            total=total,
            top_unknowns=[self.spec.field(f).label(self.lang) for f in self.spec.ids if f in seen][:5],
            combination=[
                CombinationView(
                    c.rule, [names[p] for p in c.paths], c.mode, modes[c.mode], c.text, cites(c.source)
                )
                for c in result.combination
            ],
            general_advice=self.advice_for(None),
            references=list(references()),
            fired=self.fired(),
            analysis=self.analysis(found) if found is not None else None,
            tied_note=tied_note(result),
        )


def build_view(
    profile: ProfileBase, lang: Lang = "zh", engine: Engine | None = None, today: date | None = None
) -> ReportView:
    """The data a report shows for `profile`: the recommendation, the answers, what would change it, the
    trace, the references.
    """
    engine = engine or shipped_engine()
    result = recommend(profile, lang, engine)
    found = analysis_of(profile, engine)
    return _ViewBuilder(result, engine.rulebase, lang).build(profile, today or date.today(), found)


def result_view(
    profile: ProfileBase,
    result: Recommendation,
    lang: Lang,
    engine: Engine | None = None,
    today: date | None = None,
    with_analysis: bool = False,
) -> ReportView:
    """The view of an existing recommendation; the sensitivity analysis (seconds) only when asked."""
    engine = engine or shipped_engine()
    found = analysis_of(profile, engine) if with_analysis else None
    return _ViewBuilder(result, engine.rulebase, lang).build(profile, today or date.today(), found)
