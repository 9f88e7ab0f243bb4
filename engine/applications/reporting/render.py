"""Advisory reports: a recommendation rendered as HTML, Markdown or PDF from the templates in `reports/`.

This module only gathers data into a view (numbers, labels, rule ids, citations); every sentence the reader
sees is worded in `reports/templates/` or `reports/report_labels.yaml`, or comes from the rule base. One
Jinja environment serves all formats: HTML (and the SVG chart) is autoescaped, and Markdown templates escape
every interpolated value through `finalize`, so a hostile firm name renders as text in both.
"""

import re
import shutil
import subprocess
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

from markupsafe import Markup

from innopath.engine.analysis.result import FieldChange, SensitivityResult
from innopath.engine.analysis.sensitivity import KNIFE_EDGE_SHARE, sensitivity
from innopath.engine.common.errors import InnopathError
from innopath.engine.common.files import write_bytes_atomic, write_text_atomic
from innopath.engine.common.resources import reports_dir, rules_dir
from innopath.engine.common.templating import environment
from innopath.engine.common.text import Lang
from innopath.engine.common.yamlio import read_yaml
from innopath.engine.inference.certainty import combine_same_sign
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.inference.explain import recommend
from innopath.engine.inference.result import PathResult, Reason, Recommendation, Unmet
from innopath.engine.knowledge.profile import Answer, FieldSpec, FieldType, ProfileBase
from innopath.engine.knowledge.rulebase import AssessRule, CombineRule, RuleBase
from innopath.reports.labels import Labels, labels

CJK_PACKAGES = "fonts-noto-cjk or fonts-wqy-microhei"
CJK_FONT_FILES = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK", "NotoSerifCJK", "DroidSansFallback")
"""File names of Debian's CJK fonts, looked for when `fc-list` is not installed."""

CSS_UNSAFE = re.compile(r"[^\w -]")
"""Characters a font family name may not bring into the stylesheet, where it is written unquoted."""


class ReportError(InnopathError):
    """A report that cannot be written: unknown format, missing CJK font, unwritable output."""


class ReportFormat(StrEnum):
    HTML = "html"
    MD = "md"
    PDF = "pdf"


SUFFIXES: dict[str, ReportFormat] = {
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
    ".md": ReportFormat.MD,
    ".markdown": ReportFormat.MD,
    ".pdf": ReportFormat.PDF,
}


# --- the view ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cite:
    """One citation of a rule's source, e.g. paper "004", text "004 §3.2, §4.2"."""

    paper: str
    text: str


@dataclass(frozen=True)
class AnswerView:
    field: str
    label: str
    value: str
    known: bool
    cites: list[Cite]


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    answers: list[AnswerView]


@dataclass(frozen=True)
class ReasonView:
    rule: str
    text: str
    strength: float
    veto: bool
    cites: list[Cite]


@dataclass(frozen=True)
class UnmetView:
    """An unmet part of a condition: a field test, or a derived assessment with the tests behind it."""

    field: str | None
    label: str
    op: str
    expected: str
    actual: str
    fact_expected: bool | None
    via: list["UnmetView"]


@dataclass(frozen=True)
class MissingView:
    rule: str
    text: str
    cites: list[Cite]
    unmet: list[UnmetView]


@dataclass(frozen=True)
class UnknownView:
    field: str
    label: str
    rules: list[str]


@dataclass(frozen=True)
class AdviceView:
    rule: str
    topic: str
    topic_label: str
    text: str
    cites: list[Cite]


@dataclass(frozen=True)
class PathView:
    rank: int
    id: str
    name: str
    fit: float
    belief: float
    """Combined strength of the evidence for, in [0, 1]."""
    disbelief: float
    """Combined strength of the evidence against, in [0, 1]."""
    verdict: str
    verdict_label: str
    vetoed_by: list[str]
    reasons: list[ReasonView]
    against: list[ReasonView]
    missing: list[MissingView]
    unknowns: list[UnknownView]
    advice: list[AdviceView]


@dataclass(frozen=True)
class CombinationView:
    rule: str
    paths: list[str]
    mode: str
    mode_label: str
    text: str
    cites: list[Cite]


@dataclass(frozen=True)
class FiredView:
    rule: str
    kind: str
    file: str
    bears_on: str
    text: str
    value: bool | None
    """For an assessment: whether it was derived true or false."""
    cites: list[Cite]


@dataclass(frozen=True)
class ReferenceView:
    id: str
    zh: str
    en: str
    file: str


@dataclass(frozen=True)
class ChangeView:
    """One answer changed, as the reader sees it before and after."""

    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class FlipView:
    """Another path, and the smallest change of answers that would put it first (none found: `changes` is
    empty and `fit` None).
    """

    path: str
    name: str
    changes: list[ChangeView]
    fit: float | None
    verdict: str | None
    verdict_label: str | None


@dataclass(frozen=True)
class DependenceView:
    field: str
    label: str
    value: str
    impact: float
    """How far the first path's fit moves when this answer moves one step."""


@dataclass(frozen=True)
class UnknownImpactView:
    field: str
    label: str
    changes_top: bool
    leaders: list[str]
    """Names of the other paths that some answer to this question would put first."""
    swing: float


@dataclass(frozen=True)
class AnalysisView:
    """What would change this advice: the sensitivity analysis of `engine/analysis.py`, for the templates."""

    top: str
    """The name of the path that comes first."""
    neighbours: int
    same_top: int
    share: float
    knife_edge: bool
    knife_edge_share: float
    depends_on: list[DependenceView]
    flips: list[FlipView]
    """Every other path, in ranking order."""
    pair_fields: int
    pair_rules: int
    unknowns: list[UnknownImpactView]
    unknown_count: int


@dataclass(frozen=True)
class ReportView:
    """Everything the templates render, and nothing else."""

    lang: Lang
    firm: str
    date: str
    rulebase_version: str
    thresholds: Mapping[str, float]
    words: Mapping[str, str]
    paths: list[PathView]
    recommended: list[PathView]
    possible: list[PathView]
    sections: list[SectionView]
    answered: int
    total: int
    top_unknowns: list[str]
    combination: list[CombinationView]
    general_advice: list[AdviceView]
    references: list[ReferenceView]
    fired: list[FiredView]
    analysis: AnalysisView
    cjk_font: str | None = None
    stylesheet: Markup = field(default_factory=lambda: Markup(""))


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

    def path(self, rank: int, path: PathResult) -> PathView:
        return PathView(
            rank=rank,
            id=path.id,
            name=path.name,
            fit=path.fit,
            belief=combine_same_sign(r.strength for r in path.reasons),
            disbelief=combine_same_sign(r.strength for r in path.against),
            verdict=path.verdict,
            verdict_label=labels().get("verdicts", path.verdict, self.lang),
            vetoed_by=path.vetoed_by,
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
        names = {p.id: p.name(self.lang) for p in self.rulebase.paths}
        views = []
        for rule_id in self.result.fired:
            rule = self.rulebase.by_id[rule_id]
            value: bool | None = None
            if isinstance(rule, AssessRule):
                bears_on, text, value = rule.fact, rule.label(self.lang), assessed.get(rule_id)
            elif isinstance(rule, CombineRule):
                bears_on, text = ", ".join(names[p] for p in rule.paths), rule.because(self.lang)
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
        others = [p for p in found.ranking if p != found.top]
        relevant = [u for u in found.unknowns if u.swing > 0 or u.changes_top]
        return AnalysisView(
            top=names[found.top],
            neighbours=found.robustness.neighbours,
            same_top=found.robustness.same_top,
            share=found.robustness.share,
            knife_edge=found.robustness.knife_edge,
            knife_edge_share=KNIFE_EDGE_SHARE,
            depends_on=[
                DependenceView(
                    d.field, self.spec.field(d.field).label(self.lang), self.show(d.field, d.value), d.impact
                )
                for d in found.top_depends_on[:ANALYSIS_SHOWN]
            ],
            flips=[
                FlipView(
                    p,
                    names[p],
                    [self.change(c) for c in flips[p].changes],
                    flips[p].fit,
                    flips[p].verdict,
                    verdicts[flips[p].verdict],
                )
                if p in flips
                else FlipView(p, names[p], [], None, None, None)
                for p in others
            ],
            pair_fields=len(found.pair_fields),
            pair_rules=len(found.pair_rules),
            unknowns=[
                UnknownImpactView(
                    u.field,
                    self.spec.field(u.field).label(self.lang),
                    u.changes_top,
                    [names[p] for p in u.leaders if p != found.top],
                    u.swing,
                )
                for u in relevant[:ANALYSIS_SHOWN]
            ],
            unknown_count=len(found.unknowns),
        )

    def build(self, profile: ProfileBase, today: date, found: SensitivityResult) -> ReportView:
        result = self.result
        paths = [self.path(rank, p) for rank, p in enumerate(result.paths, start=1)]
        seen: list[str] = []
        for path in result.paths:
            seen += [u.field for u in path.unknowns[:3] if u.field not in seen]
        names = {p.id: p.name(self.lang) for p in self.rulebase.paths}
        modes = labels().group("modes", self.lang)
        thresholds = self.rulebase.policy.verdicts
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
            sections=self.sections(profile),
            answered=len(result.answers),
            total=len(result.answers) + len(result.unknown_fields),
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
            analysis=self.analysis(found),
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


# --- templates -----------------------------------------------------------------------------------------


def stylesheet() -> Markup:
    """The report's one stylesheet, inlined so that the HTML is a single self-contained file."""
    return Markup((reports_dir() / "templates" / "report.css").read_text(encoding="utf-8"))


# --- fonts and PDF -------------------------------------------------------------------------------------


def cjk_font() -> str | None:
    """The family name of an installed font that covers Chinese, or None.

    Asks fontconfig (`fc-list :lang=zh`), the same library WeasyPrint finds fonts through; without the
    `fc-list` program, looks for Debian's CJK font files.
    """
    if fc_list := shutil.which("fc-list"):
        try:
            out = subprocess.run(
                [fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=30, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        families = {line.split(",")[0].strip() for line in out.splitlines() if line.strip()}
        # Simplified-Chinese faces first (Noto's "SC", WenQuanYi), proportional before monospaced.
        ranked = sorted(families, key=lambda f: (not re.search(r"\bSC\b|WenQuanYi", f), "Mono" in f, f))
        return ranked[0] if ranked else None
    for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"):
        if folder.is_dir() and any(any(folder.rglob(f"{name}*")) for name in CJK_FONT_FILES):
            return "WenQuanYi Micro Hei"
    return None


def require_cjk_font() -> str:
    """The CJK font PDF output uses; stops with the package to install rather than printing boxes."""
    font = cjk_font()
    if font is None:
        raise ReportError(
            "PDF output needs a font with Chinese characters and none is installed; "
            f"install one ({CJK_PACKAGES}), e.g. `sudo apt-get install fonts-noto-cjk`, "
            "or write HTML or Markdown instead (-o report.html)"
        )
    return font


def render_html(view: ReportView) -> str:
    return environment().get_template("report.html.j2").render(r=view, w=view.words)


def render_markdown(view: ReportView) -> str:
    return environment().get_template("report.md.j2").render(r=view, w=view.words)


def render_pdf(view: ReportView) -> bytes:
    """The HTML report printed to PDF by WeasyPrint, with Chinese set in an installed CJK font."""
    from weasyprint import HTML  # imported here: it loads Pango, which HTML and Markdown reports do not need

    font = require_cjk_font()
    html = render_html(replace(view, cjk_font=CSS_UNSAFE.sub("", font)))
    return HTML(string=html, base_url=str(reports_dir() / "templates")).write_pdf()  # type: ignore[no-any-return]


# --- writing -------------------------------------------------------------------------------------------


def format_of(output: Path, format: str | None = None) -> ReportFormat:
    """The report format: `format` if given, else the output file's suffix."""
    allowed = ", ".join(f.value for f in ReportFormat)
    if format is not None:
        try:
            return ReportFormat(format.lower().lstrip("."))
        except ValueError:
            raise ReportError(
                f"--format {format!r} is not a report format; expected one of {allowed}"
            ) from None
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        problem = f"unknown report suffix {suffix!r}" if suffix else "no suffix to tell the report format"
        raise ReportError(f"{output}: {problem}; name the file .html, .md or .pdf, or say --format {allowed}")
    return SUFFIXES[suffix]


def render_report(
    profile: ProfileBase,
    lang: Lang,
    format: ReportFormat,
    engine: Engine | None = None,
    today: date | None = None,
) -> str | bytes:
    """The report for `profile` in `format`: text for HTML and Markdown, bytes for PDF."""
    if format is ReportFormat.PDF:
        require_cjk_font()  # before any work, so a machine without the font fails fast
    view = replace(build_view(profile, lang, engine, today), stylesheet=stylesheet())
    match format:
        case ReportFormat.HTML:
            return render_html(view)
        case ReportFormat.MD:
            return render_markdown(view)
        case ReportFormat.PDF:
            return render_pdf(view)


def write_report(
    profile: ProfileBase,
    output: Path,
    lang: Lang,
    format: str | None = None,
    *,
    engine: Engine | None = None,
    today: date | None = None,
) -> Path:
    """Render the report for `profile` and write it atomically to `output`; returns `output`.

    The format follows `output`'s suffix unless `format` (html, md, pdf) says otherwise. An existing file
    is replaced only when the new report was rendered and written in full.
    """
    output = Path(output)
    if output.is_dir():
        raise ReportError(f"{output}: is a folder; give a file name such as {output / 'report.html'}")
    chosen = format_of(output, format)
    if not output.parent.is_dir():
        raise ReportError(f"{output}: the folder {output.parent} does not exist")
    content = render_report(profile, lang, chosen, engine, today)
    try:
        if isinstance(content, bytes):
            write_bytes_atomic(output, content)
        else:
            write_text_atomic(output, content)
    except OSError as exc:
        raise ReportError(f"{output}: cannot write the report: {exc.strerror or exc}") from None
    return output
