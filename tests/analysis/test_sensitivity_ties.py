"""Sensitivity when first place is shared: "first" is the set of paths sharing it, a change keeps the first
choice only if the same paths hold it afterwards, and a flip leaves its path first alone.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from innopath.engine.analysis.result import SensitivityResult
from innopath.engine.analysis.sensitivity import sensitivity
from innopath.engine.applications.reporting.builder import report_labels
from innopath.engine.applications.reporting.render import ReportFormat, render_report
from innopath.engine.inference.engine import Engine
from innopath.engine.knowledge.profile import ProfileBase, parse_profile
from innopath.engine.knowledge.rulebase import RuleBase, load_rulebase
from innopath.reports.labels import labels

# Three paths, each +0.6 on one answer: cluster_cooperation and cross_border_ma share first place as the
# profile stands; one step of financial_strength up brings original level with them (a three-way tie).
TIE_RULES = """
rules:
  - id: TIE-01
    kind: evidence
    path: cluster_cooperation
    direction: for
    strength: 0.6
    factor: capability
    when: {field: cluster_role, op: "==", value: core_large_firm}
    because: {zh: 甲, en: a}
    source: "004 §3.4"
  - id: TIE-02
    kind: evidence
    path: cross_border_ma
    direction: for
    strength: 0.6
    factor: capability
    when: {field: international_management, op: ">=", value: 4}
    because: {zh: 乙, en: b}
    source: "004 §3.6"
  - id: TIE-03
    kind: evidence
    path: original
    direction: for
    strength: 0.6
    factor: capability
    when: {field: financial_strength, op: ">=", value: 4}
    because: {zh: 丙, en: c}
    source: "004 §3.1"
"""

TIE_PROFILE: dict[str, Any] = {
    "firm_name": "Tie",
    "industry": "toys",
    "cluster_role": "core_large_firm",
    "international_management": 4,
    "financial_strength": 3,
}
LEADERS = ["cluster_cooperation", "cross_border_ma"]

CSR_LEADERS = ["original", "cluster_cooperation"]
"""The paths sharing first place in the `tied_first` profile (tests/conftest.py)."""


@pytest.fixture
def tie_engine(empty_rulebase_dir: Path) -> Engine:
    (empty_rulebase_dir / "tie.yaml").write_text(TIE_RULES, encoding="utf-8")
    return Engine(load_rulebase(empty_rulebase_dir))


@pytest.fixture
def tied(tie_engine: Engine) -> SensitivityResult:
    return sensitivity(parse_profile(TIE_PROFILE), tie_engine, lang="en")


@pytest.fixture(scope="module")
def csr_result(tied_first: ProfileBase) -> SensitivityResult:
    return sensitivity(tied_first, lang="en")


def test_first_place_is_the_set_of_paths_sharing_it(tied: SensitivityResult, tie_engine: Engine) -> None:
    assert tied.first == LEADERS == tie_engine.infer(parse_profile(TIE_PROFILE).answers()).first()
    assert tied.ranks["cluster_cooperation"] == tied.ranks["cross_border_ma"] == 1
    assert set(tied.first_depends_on) == set(LEADERS)


@pytest.mark.parametrize(
    ("field", "value", "first"),
    [
        ("cluster_role", "sme_supplier", ["cross_border_ma"]),
        ("international_management", 3, ["cluster_cooperation"]),
        ("international_management", 5, LEADERS),
        ("financial_strength", 2, LEADERS),
        ("financial_strength", 4, ["original", *LEADERS]),
    ],
)
def test_each_step_records_every_path_first_after_it(
    tied: SensitivityResult, field: str, value: Any, first: list[str]
) -> None:
    step = next(s for f in tied.fields if f.field == field for s in f.steps if s.value == value)
    assert step.first == first


def test_robustness_counts_the_changes_that_leave_the_same_paths_sharing_first(
    tied: SensitivityResult,
) -> None:
    # Five one-step neighbours; only international_management 5 and financial_strength 2 leave the two
    # leaders level. Counting the first listed path (cluster_cooperation) would give 3: it also stays
    # "first" alone (international_management 3), not as the shared place it holds now.
    assert (tied.robustness.neighbours, tied.robustness.same_top) == (5, 2)
    assert {f.field for f in tied.fields if f.changes_top} == {
        "cluster_role",
        "international_management",
        "financial_strength",
    }


@pytest.mark.parametrize(
    ("path", "field", "value"),
    [
        ("cross_border_ma", "cluster_role", "sme_supplier"),
        ("cluster_cooperation", "international_management", 3),
    ],
)
def test_each_path_sharing_first_has_the_change_that_leaves_it_first_alone(
    tied: SensitivityResult, path: str, field: str, value: Any
) -> None:
    flip = next(f for f in tied.flips if f.path == path)
    assert [(c.field, c.after) for c in flip.changes] == [(field, value)]


def test_a_change_that_only_brings_a_path_level_with_the_leaders_does_not_put_it_first(
    tied: SensitivityResult,
) -> None:
    # financial_strength 4 makes original share first place with the two leaders: not first.
    assert "original" not in {f.path for f in tied.flips}
    assert "original" in tied.no_flip
    assert not set(LEADERS) & set(tied.no_flip)


def test_the_unknowns_name_shared_first_places_as_groups(tie_engine: Engine) -> None:
    profile = parse_profile({k: v for k, v in TIE_PROFILE.items() if k != "financial_strength"})
    unknown = next(
        u for u in sensitivity(profile, tie_engine, lang="en").unknowns if u.field == "financial_strength"
    )
    assert unknown.leaders == [["original", *LEADERS], LEADERS]
    assert unknown.changes_top


def test_the_shipped_rule_base_ties_the_test_firm(engine: Engine, tied_first: ProfileBase) -> None:
    assert engine.infer(tied_first.answers()).first() == CSR_LEADERS


@pytest.mark.parametrize("path", CSR_LEADERS)
def test_every_flip_of_a_shared_first_place_leaves_its_path_first_alone(
    engine: Engine, tied_first: ProfileBase, csr_result: SensitivityResult, path: str
) -> None:
    flip = next(f for f in csr_result.flips if f.path == path)
    after = engine.infer({**tied_first.answers(), **{c.field: c.after for c in flip.changes}})
    assert after.first() == [path]
    assert after.verdicts[path] == flip.verdict


def test_robustness_of_a_shared_first_place_matches_direct_engine_runs(
    engine: Engine, tied_first: ProfileBase, csr_result: SensitivityResult
) -> None:
    answers = tied_first.answers()
    afters = [engine.infer({**answers, f.field: s.value}) for f in csr_result.fields for s in f.steps]
    assert csr_result.robustness.same_top == sum(a.first() == CSR_LEADERS for a in afters)
    assert csr_result.robustness.same_top < sum(a.ranking[0] == CSR_LEADERS[0] for a in afters)


def _squeezed(text: str) -> str:
    """`text` without whitespace, so that a sentence is found however the terminal wrapped it."""
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sensitivity_command_says_first_place_is_shared(
    run_cli: Callable[..., Any],
    tied_first_file: Path,
    csr_result: SensitivityResult,
    rulebase: RuleBase,
    lang: str,
) -> None:
    result = run_cli("sensitivity", str(tied_first_file), "--lang", lang, lang=None)
    assert result.code == 0
    words = labels().group("analysis", lang)
    names = [rulebase.path(p).name(lang) for p in CSR_LEADERS]
    together = names[0] + words["pair_sep"] + names[1]
    rob = csr_result.robustness
    out = _squeezed(result.out)
    assert _squeezed(words["shared_first"].format(paths=together)) in out
    robust = words["robust_shared"].format(
        n=rob.neighbours, k=rob.same_top, pct=f"{rob.share:.0%}", top=together
    )
    assert _squeezed(robust) in out
    for name in names:
        assert _squeezed(words["depends_path"].format(heading=words["depends_shared"], path=name)) in out
    ranking = [line.split()[0] for line in result.out.splitlines() if any(n in line for n in names)][:2]
    assert ranking == ["1=", "1="]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", [ReportFormat.HTML, ReportFormat.MD])
def test_the_report_says_first_place_is_shared(
    tied_first: ProfileBase, csr_result: SensitivityResult, rulebase: RuleBase, lang: str, fmt: ReportFormat
) -> None:
    text = render_report(tied_first, lang, fmt)
    assert isinstance(text, str)
    words = report_labels().group("report", lang)
    names = [rulebase.path(p).name(lang) for p in CSR_LEADERS]
    rob = csr_result.robustness
    share = words["robustness_share_shared"].format(
        same=rob.same_top,
        total=rob.neighbours,
        share=f"{rob.share:.0%}",
        path=names[0] + words["list_pair"] + names[1],
    )
    section = text[text.index(words["robustness"]) :]

    def written(said: str) -> str:
        return str(escape(said)) if fmt is ReportFormat.HTML else said

    assert written(share) in section
    assert words["depends_on_shared"] in section and words["flips_shared"] in section
    for name in names:
        assert written(words["depends_intro"].format(path=name)) in section
