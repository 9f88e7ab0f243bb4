"""What a report shows, as data: the view a template renders (numbers, labels, rule ids, citations).

No sentence is worded here; every sentence the reader sees is in `reports/templates/` or
`reports/report_labels.yaml`, or comes from the rule base.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from markupsafe import Markup

from innopath.engine.common.text import Lang


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
class RequirementView:
    rule: str
    text: str
    cites: list[Cite]
    status: str
    status_label: str
    hard: bool
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
    place: str
    """The rank as printed: `2`, or `2=` when another path shares it."""
    numbered: str
    """The rank before the path's heading: `2.`, or `2=` when shared."""
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
    requirements: list[RequirementView]
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
    """A source paper as a reader cites it: authors, title, what the text gives of its date and venue."""

    id: str
    zh: str
    en: str
    file: str
    authors: list[str] = field(default_factory=list)
    affiliation: str = ""
    not_before: int | None = None
    """The latest year the paper mentions: it appeared that year or later (the text prints no date)."""
    en_own: bool = False
    """The English title is the paper's own, not our translation."""
    note: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeView:
    """One answer changed, as the reader sees it before and after."""

    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class FlipView:
    """A path not first alone, and the smallest change of answers that would leave it first alone (none
    found: `changes` is empty and `fit` None).
    """

    path: str
    name: str
    changes: list[ChangeView]
    fit: float | None
    verdict: str | None
    verdict_label: str | None
    sharing_first: bool = False
    """The path shares first place now: the change would leave it first alone."""


@dataclass(frozen=True)
class DependenceView:
    field: str
    label: str
    value: str
    impact: float
    """How far the first path's fit moves when this answer moves one step."""


@dataclass(frozen=True)
class DependsOnView:
    """One first path and the answers its fit moves with most."""

    path: str
    name: str
    answers: list[DependenceView]


@dataclass(frozen=True)
class UnknownImpactView:
    field: str
    label: str
    changes_top: bool
    leaders: list[list[str]]
    """Each other first place some answer to this question would give: one name, or the names sharing it."""
    swing: float


@dataclass(frozen=True)
class AnalysisView:
    """What would change this advice: the sensitivity analysis of `engine/analysis.py`, for the templates."""

    top: str
    """The name of the path that comes first, or the names of the paths sharing first place, joined."""
    shared: bool
    """First place is shared: `top` names several paths, and "first" means the same paths sharing it."""
    neighbours: int
    same_top: int
    share: float
    knife_edge: bool
    knife_edge_share: float
    depends_on: list[DependsOnView]
    """For each first path (several when first place is shared), what its fit moves with most."""
    flips: list[FlipView]
    """Every path not first alone, in ranking order."""
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
    first: list[PathView]
    """The paths sharing first place: one, unless the evidence cannot separate the leaders."""
    sections: list[SectionView]
    answered: int
    total: int
    top_unknowns: list[str]
    combination: list[CombinationView]
    general_advice: list[AdviceView]
    references: list[ReferenceView]
    fired: list[FiredView]
    analysis: AnalysisView | None
    """None in a view built without the sensitivity analysis (the web page loads it afterwards)."""
    tied_note: str | None = None
    """Explains `=` under the ranking when some paths share a place."""
    cjk_font: str | None = None
    stylesheet: Markup = field(default_factory=lambda: Markup(""))
