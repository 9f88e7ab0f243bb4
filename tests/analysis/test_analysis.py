import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innopath.engine.analysis.analyzer import Analyzer, neighbours
from innopath.engine.analysis.sensitivity import sensitivity, top_unknowns, unknown_impacts
from innopath.engine.analysis.whatif import whatif
from innopath.engine.common.errors import ProfileError
from innopath.engine.inference.engine import Engine
from innopath.engine.knowledge.profile import FieldType, ProfileBase, ProfileSpec, load_profile, parse_profile
from innopath.engine.knowledge.rulebase import load_rulebase

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# A small rule base, so that the right answers are known by construction:
# - import_absorb: +0.5 when absorptive_capacity >= 3
# - original: +0.6 when financial_strength >= 4
# - cross_border_ma: +0.9 only when financial_strength >= 4 AND international_management >= 4
# - cluster_cooperation: +0.7 when cluster_role is core_large_firm
# - cross_border_alliance: -0.9 when tech_gap >= 3
# No rule reads talent_base.
TOY_RULES = """
rules:
  - id: TOY-01
    kind: evidence
    path: import_absorb
    direction: for
    strength: 0.5
    factor: capability
    when: {field: absorptive_capacity, op: ">=", value: 3}
    because: {zh: 甲, en: a}
    source: "004 §3.2"
  - id: TOY-02
    kind: evidence
    path: original
    direction: for
    strength: 0.6
    factor: capability
    when: {field: financial_strength, op: ">=", value: 4}
    because: {zh: 乙, en: b}
    source: "004 §3.1"
  - id: TOY-03
    kind: evidence
    path: cross_border_ma
    direction: for
    strength: 0.9
    factor: capability
    when:
      all:
        - {field: financial_strength, op: ">=", value: 4}
        - {field: international_management, op: ">=", value: 4}
    because: {zh: 丙, en: c}
    source: "004 §3.6"
  - id: TOY-04
    kind: evidence
    path: cluster_cooperation
    direction: for
    strength: 0.7
    factor: capability
    when: {field: cluster_role, op: "==", value: core_large_firm}
    because: {zh: 丁, en: d}
    source: "004 §3.4"
  - id: TOY-05
    kind: evidence
    path: cross_border_alliance
    direction: against
    strength: 0.9
    factor: capability
    when: {field: tech_gap, op: ">=", value: 3}
    because: {zh: 戊, en: e}
    source: "004 §3.5"
"""

TOY_PROFILE: dict[str, Any] = {
    "firm_name": "Toy",
    "industry": "toys",
    "absorptive_capacity": 5,
    "financial_strength": 2,
    "international_management": 2,
    "cluster_role": "standalone",
    "tech_gap": 4,
    "talent_base": 3,
}


@pytest.fixture
def toy_engine(empty_rulebase_dir: Path) -> Engine:
    (empty_rulebase_dir / "toy.yaml").write_text(TOY_RULES, encoding="utf-8")
    return Engine(load_rulebase(empty_rulebase_dir))


def _domain(spec: ProfileSpec, field_id: str) -> list[Any]:
    """Every value a toy field can take (the toy rules read only levels and one choice)."""
    field = spec.field(field_id)
    if field.type == FieldType.LEVEL:
        return [1, 2, 3, 4, 5]
    if field.type == FieldType.CHOICE:
        return list(field.choice_values)
    raise AssertionError(field_id)


def test_the_top_path_is_import_absorb_before_any_change(toy_engine: Engine) -> None:
    assert toy_engine.infer(parse_profile(TOY_PROFILE).answers()).ranking[0] == "import_absorb"


def test_a_single_change_that_must_flip_the_top_path_is_found_and_minimal(
    toy_engine: Engine, spec: ProfileSpec
) -> None:
    profile = parse_profile(TOY_PROFILE)
    result = sensitivity(profile, toy_engine, lang="en")
    flips = {f.path: f for f in result.flips}

    original = flips["original"]
    assert [(c.field, c.before, c.after) for c in original.changes] == [("financial_strength", 2, 4)]
    assert original.steps == 2  # 4, not 5: the nearest value that does it

    # Brute force over every single change, straight through the engine: none reaches original in fewer steps.
    answers = profile.answers()
    cheapest = min(
        abs(value - answers[field_id])
        for field_id in answers
        if spec.field(field_id).type == FieldType.LEVEL
        for value in _domain(spec, field_id)
        if value != answers[field_id]
        and toy_engine.infer({**answers, field_id: value}).ranking[0] == "original"
    )
    assert cheapest == original.steps

    cluster = flips["cluster_cooperation"]
    assert [(c.field, c.after) for c in cluster.changes] == [("cluster_role", "core_large_firm")]


def test_a_pair_is_found_when_no_single_change_will_do_even_if_neither_answer_moves_a_fit_alone(
    toy_engine: Engine,
) -> None:
    profile = parse_profile(TOY_PROFILE)
    answers = profile.answers()
    for value in range(1, 6):  # international_management alone moves nothing
        assert (
            toy_engine.infer({**answers, "international_management": value}).fits
            == toy_engine.infer(answers).fits
        )
    result = sensitivity(profile, toy_engine, lang="en")
    ma = next(f for f in result.flips if f.path == "cross_border_ma")
    assert [(c.field, c.after) for c in ma.changes] == [
        ("financial_strength", 4),
        ("international_management", 4),
    ]
    assert ma.steps == 4
    assert toy_engine.infer({**answers, "financial_strength": 4, "international_management": 4}).ranking[
        0
    ] == ("cross_border_ma")
    assert "TOY-03" in result.pair_rules
    assert "cross_border_ma" not in result.no_flip


def test_a_field_no_rule_reads_has_zero_impact(toy_engine: Engine) -> None:
    profile = parse_profile({**TOY_PROFILE, "financial_strength": 3})
    result = sensitivity(profile, toy_engine, lang="en")
    by_field = {f.field: f for f in result.fields}
    assert by_field["talent_base"].impact == 0
    assert all(d == 0 for step in by_field["talent_base"].steps for d in step.deltas.values())
    assert {"firm_name", "industry"}.isdisjoint(by_field)  # text is never an answer the rules read
    assert by_field["financial_strength"].impact == pytest.approx(0.6)  # 3 -> 4: original gains 0.6
    base = toy_engine.infer(profile.answers())
    for value in range(1, 6):  # confirmed by running the engine, not only by the analysis' cache
        assert toy_engine.infer({**profile.answers(), "talent_base": value}).fits == base.fits


def test_an_unknown_that_decides_between_two_paths_ranks_first_among_unknowns(toy_engine: Engine) -> None:
    # cluster_role decides between import_absorb (+0.5) and cluster_cooperation (+0.7); tech_gap moves a fit
    # further (cross_border_alliance by 0.9) but can never change the first path.
    data = {k: v for k, v in TOY_PROFILE.items() if k not in ("cluster_role", "tech_gap")}
    profile = parse_profile(data)
    unknowns = unknown_impacts(profile, toy_engine, lang="en")
    assert unknowns[0].field == "cluster_role"
    assert unknowns[0].changes_top
    assert unknowns[0].leaders == [["import_absorb"], ["cluster_cooperation"]]
    tech_gap = next(u for u in unknowns if u.field == "tech_gap")
    assert not tech_gap.changes_top and tech_gap.swing > unknowns[0].swing
    assert unknowns[1].field == "tech_gap"
    assert unknowns[0].ranges["cluster_cooperation"].max == pytest.approx(0.7)
    assert [u.field for u in top_unknowns(profile, toy_engine, n=3)] == ["cluster_role", "tech_gap"]


def test_robustness_counts_the_one_step_neighbours_that_keep_the_first_path(toy_engine: Engine) -> None:
    profile = parse_profile(TOY_PROFILE)
    result = sensitivity(profile, toy_engine, lang="en")
    steps = [s for f in result.fields for s in f.steps]
    assert result.robustness.neighbours == len(steps)
    assert result.robustness.same_top == sum(s.first == result.first for s in steps)
    # absorptive_capacity 5->4 and financial_strength 2->1/3 keep import_absorb; cluster_role -> sme_supplier
    # keeps it too; tech_gap 4->3/5 keeps it. No one-step change flips this profile.
    assert result.robustness.share == 1.0 and not result.robustness.knife_edge


def test_knife_edge_is_flagged(toy_engine: Engine) -> None:
    # financial_strength 3: one step up puts original first.
    profile = parse_profile({**TOY_PROFILE, "financial_strength": 3, "absorptive_capacity": 3})
    result = sensitivity(profile, toy_engine, lang="en")
    changing = {f.field for f in result.fields if f.changes_top}
    assert {"financial_strength", "absorptive_capacity"} <= changing
    assert result.robustness.same_top < result.robustness.neighbours


def test_sensitivity_on_a_full_profile_matches_direct_engine_runs(engine: Engine) -> None:
    profile = load_profile(EXAMPLES / "hisense-2001.yaml")
    result = sensitivity(profile, engine, lang="en")
    answers = profile.answers()
    base = engine.infer(answers)
    assert result.first == base.first()
    assert {f.field for f in result.fields} == set(answers)
    for field in result.fields[:6]:
        for step in field.steps:
            direct = engine.infer({**answers, field.field: step.value})
            assert step.first == direct.first()
            for path, delta in step.deltas.items():
                assert delta == pytest.approx(direct.fits[path] - base.fits[path], abs=1e-4)
    for flip in result.flips:
        changed = {**answers, **{c.field: c.after for c in flip.changes}}
        after = engine.infer(changed)
        assert after.first() == [flip.path]
        assert after.verdicts[flip.path] == flip.verdict
    assert result.engine_runs <= result.profiles_evaluated


def test_a_flip_is_reported_only_when_the_new_first_path_is_advisable(engine: Engine) -> None:
    """Hisense 1996: another path can come first after some changes; each flip shown is advice to give."""
    result = sensitivity(load_profile(EXAMPLES / "hisense-1996.yaml"), engine, lang="en")
    assert result.flips, "some change makes another path an advisable first choice"
    assert all(flip.verdict in ("recommended", "possible") for flip in result.flips)
    assert result.no_flip


def test_the_analysis_runs_the_engine_once_per_pattern_of_test_outcomes(toy_engine: Engine) -> None:
    analyzer = Analyzer(toy_engine)
    answers = parse_profile(TOY_PROFILE).answers()
    analyzer.infer({**answers, "financial_strength": 4})
    analyzer.infer({**answers, "financial_strength": 5})  # passes the same tests as 4
    analyzer.infer({**answers, "talent_base": 1})  # read by no rule
    analyzer.infer(answers)
    assert (analyzer.runs, analyzer.evaluated) == (2, 4)


@pytest.mark.parametrize(
    ("field_id", "value", "expected"),
    [
        ("financial_strength", 1, [("up", 2)]),
        ("financial_strength", 3, [("down", 2), ("up", 4)]),
        ("rd_intensity", 0.01, [("down", 0.0), ("up", 0.03)]),
        ("rd_intensity", 1.0, [("down", 0.98)]),
        ("cluster_peers", 0, [("up", 1)]),
        ("strategic_sector", True, [("flip", False)]),
        ("cluster_role", "core_large_firm", [("up", "sme_supplier")]),
        ("cluster_role", "sme_supplier", [("down", "core_large_firm"), ("up", "standalone")]),
        ("firm_name", "x", []),
    ],
)
def test_one_step_neighbours_follow_the_field_type(
    spec: ProfileSpec, field_id: str, value: Any, expected: list[tuple[str, Any]]
) -> None:
    assert neighbours(spec.field(field_id), value) == expected


def test_whatif_reports_moves_and_rules_that_start_and_stop(toy_engine: Engine) -> None:
    profile = parse_profile(TOY_PROFILE)
    result = whatif(profile, {"financial_strength": "4", "absorptive_capacity": "unknown"}, toy_engine, "en")
    assert result.first_before == ["import_absorb"] and result.first_after == ["original"]
    assert [r.rule for r in result.started] == ["TOY-02"]
    assert [r.rule for r in result.stopped] == ["TOY-01"]
    changes = {c.field: (c.before, c.after) for c in result.changes}
    assert changes == {"absorptive_capacity": (5, None), "financial_strength": (2, 4)}
    original = next(p for p in result.paths if p.id == "original")
    assert (original.rank_before > 1, original.rank_after, original.delta) == (True, 1, pytest.approx(0.6))


def test_whatif_with_an_invalid_value_fails_clearly(toy_engine: Engine) -> None:
    with pytest.raises(ProfileError) as caught:
        whatif(parse_profile(TOY_PROFILE), {"financial_strength": "7"}, toy_engine)
    assert "financial_strength" in str(caught.value) and "1 to 5" in str(caught.value)


RunCli = Callable[..., Any]


@pytest.mark.parametrize(
    ("assignment", "expected"),
    [
        ("financial_strength=7", ["financial_strength", "an integer from 1 to 5"]),
        ("cluster_role=giant", ["cluster_role", "`core_large_firm`, `sme_supplier`, `standalone`"]),
        ("financial_strenght=4", ["financial_strenght", "did you mean 'financial_strength'"]),
        ("financial_strength", ["expected field=value"]),
    ],
)
def test_whatif_cli_rejects_bad_values_with_exit_2(
    run_cli: RunCli, assignment: str, expected: list[str]
) -> None:
    result = run_cli("whatif", str(EXAMPLES / "hisense-2001.yaml"), "--set", assignment)
    assert result.code == 2
    assert "Traceback" not in result.err
    for text in expected:
        assert text in result.err


def test_whatif_cli_json_agrees_with_the_engine(run_cli: RunCli, engine: Engine) -> None:
    path = EXAMPLES / "hisense-2001.yaml"
    result = run_cli(
        "whatif",
        str(path),
        "--set",
        "rd_resources=3",
        "--set",
        "geopolitical_risk=unknown",
        "--format",
        "json",
    )
    assert result.code == 0, result.err
    data = json.loads(result.out)
    changed: ProfileBase = load_profile(path).with_answers(rd_resources=3, geopolitical_risk=None)
    assert data["first_after"] == engine.infer(changed.answers()).first()
    assert {c["field"]: c["after"] for c in data["changes"]} == {"rd_resources": 3, "geopolitical_risk": None}


def test_whatif_cli_table(run_cli: RunCli) -> None:
    result = run_cli("whatif", str(EXAMPLES / "hisense-2001.yaml"), "--set", "rd_resources=3", "--lang", "en")
    assert result.code == 0, result.err
    assert "rd_resources" in result.out and "4 high → 3 medium" in result.out  # the scale's words, the id dim


def test_compare_cli_json_agrees_with_the_engine(run_cli: RunCli, engine: Engine) -> None:
    names = ["haier-1984.yaml", "hisense-2001.yaml", "hisense-1996.yaml"]
    result = run_cli("compare", *(str(EXAMPLES / n) for n in names), "--format", "json", "--lang", "en")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert [p["name"] for p in data["profiles"]] == [n.removesuffix(".yaml") for n in names]
    for name, column in zip(names, data["profiles"], strict=True):
        inference = engine.infer(load_profile(EXAMPLES / name).answers())
        assert column["first"] == inference.first()
        assert column["verdicts"] == inference.verdicts


def test_compare_cli_needs_two_profiles(run_cli: RunCli) -> None:
    result = run_cli("compare", str(EXAMPLES / "haier-1984.yaml"))
    assert result.code == 2


def test_sensitivity_cli_prints_runs_and_robustness(run_cli: RunCli) -> None:
    result = run_cli("sensitivity", str(EXAMPLES / "haier-1984.yaml"), "--lang", "en")
    assert result.code == 0, result.err
    assert "engine runs" in result.out and "one-step changes" in result.out


def test_unknowns_the_interview_would_skip_are_not_worth_finding_out(engine: Engine) -> None:
    """Haier 1984 has no cluster peers: association strength and peer rivalry are not asked, so not ranked."""
    profile = load_profile(EXAMPLES / "haier-1984.yaml")
    assert profile.answers()["cluster_peers"] == 0
    assert {"association_strength", "peer_rivalry"} <= set(profile.unknown_fields())
    ranked = {u.field for u in unknown_impacts(profile, engine, "en")}
    assert not ranked & {"association_strength", "peer_rivalry"}


@pytest.mark.parametrize("current", [None, 0, 3, 1000, 10**18])
def test_a_count_domain_never_grows_with_the_answer(engine: Engine, current: int | None) -> None:
    analyzer = Analyzer(engine)
    domain = analyzer._domain(engine.rulebase.spec.field("cluster_peers"), current)
    assert len(domain) <= 20 and (current is None or current in domain)


def test_sensitivity_at_the_largest_count_is_as_quick_as_at_any(engine: Engine) -> None:
    result = sensitivity(parse_profile({"cluster_peers": 1000, "rd_resources": 4}), engine=engine)
    assert result.firm_name is None or result.firm_name == ""
