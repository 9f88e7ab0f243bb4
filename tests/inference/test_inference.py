import random
from collections.abc import Callable
from pathlib import Path

import pytest

from innopath.engine.analysis.population import UNIFORM, random_profiles
from innopath.engine.common.resources import rules_dir
from innopath.engine.common.text import LANGS
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.conditions import Facts, evaluate
from innopath.engine.knowledge.profile import load_profile, parse_profile
from innopath.engine.knowledge.rulebase import AssessRule, EvidenceRule, RuleBase, load_rulebase, rule_files

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# The path 004 §4 reports for each historical case, and the intended first path of each invented example.
HISTORICAL = {
    "hisense-2001.yaml": "original",  # 004 §4.1
    "haier-1984.yaml": "import_absorb",  # 004 §4.2
    "hisense-1996.yaml": "import_absorb",  # 004 §4.2
    "haier-tv-alliance.yaml": "cross_border_alliance",  # 004 §4.3
}
FIRST_CHOICE = {
    "hisense-2001.yaml": "original",
    "haier-1984.yaml": "import_absorb",
    "haier-tv-alliance.yaml": "cross_border_alliance",
    "chipco-strategic.yaml": "gov_industry_academia",
    "cluster-compressor.yaml": "cluster_cooperation",
    "acme-ma.yaml": "cross_border_ma",
}


@pytest.mark.parametrize(("example", "path_id"), sorted(HISTORICAL.items()))
def test_historical_cases_get_the_path_the_paper_reports_among_the_top_two(
    engine: Engine, example: str, path_id: str
) -> None:
    inference = engine.infer(load_profile(EXAMPLES / example).answers())
    assert path_id in inference.ranking[:2]
    assert inference.verdicts[path_id] == "recommended"


def test_every_path_is_reachable_as_first_choice(engine: Engine, rulebase: RuleBase) -> None:
    firsts = {engine.infer(load_profile(EXAMPLES / name).answers()).ranking[0] for name in FIRST_CHOICE}
    assert firsts == set(rulebase.path_ids)


@pytest.mark.parametrize(("example", "path_id"), sorted(FIRST_CHOICE.items()))
def test_examples_lead_with_their_path(engine: Engine, example: str, path_id: str) -> None:
    assert engine.infer(load_profile(EXAMPLES / example).answers()).ranking[0] == path_id


def test_all_unknown_gives_no_recommendation(engine: Engine) -> None:
    result = recommend(parse_profile({"firm_name": "nobody"}), "en", engine)
    assert result.recommended == []
    assert {p.verdict for p in result.paths} == {"undetermined"}
    assert all(p.fit == 0 for p in result.paths)
    assert any(p.unknowns for p in result.paths)


def test_a_veto_makes_the_path_not_advised_whatever_else_fired(engine: Engine, rulebase: RuleBase) -> None:
    strong = load_profile(EXAMPLES / "acme-ma.yaml")
    assert engine.infer(strong.answers()).verdicts["cross_border_ma"] == "recommended"
    vetoes = [r for r in rulebase.evidence_on("cross_border_ma") if r.veto]
    assert vetoes, "the M&A path has a veto rule (no financial means)"
    broke = strong.with_answers(financial_strength=1)
    inference = engine.infer(broke.answers())
    assert inference.vetoes("cross_border_ma")
    assert inference.verdicts["cross_border_ma"] == "not_advised"
    assert inference.ranking[0] != "cross_border_ma"


def test_geopolitical_exposure_turns_alliances_and_ma_down(engine: Engine) -> None:
    base = load_profile(EXAMPLES / "haier-tv-alliance.yaml")
    calm, exposed = (engine.infer(base.with_answers(geopolitical_risk=r).answers()) for r in (1, 5))
    for path_id in ("cross_border_alliance", "cross_border_ma"):
        assert exposed.fits[path_id] < calm.fits[path_id]
    assert exposed.fits["original"] >= calm.fits["original"]


def test_no_cluster_peers_means_no_cluster_cooperation(engine: Engine) -> None:
    profile = load_profile(EXAMPLES / "cluster-compressor.yaml").with_answers(cluster_peers=0)
    assert engine.infer(profile.answers()).verdicts["cluster_cooperation"] == "not_advised"


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_rules_fire_exactly_when_their_condition_holds(
    engine: Engine, rulebase: RuleBase, example: str
) -> None:
    profile = load_profile(EXAMPLES / example)
    inference = engine.infer(profile.answers())
    facts = Facts(profile.answers(), inference.assessments, inference.verdicts)
    for rule in rulebase.rules:
        if isinstance(rule, EvidenceRule):
            assert (rule.id in inference.evidence) == (evaluate(rule.condition, facts) is True), rule.id
        elif isinstance(rule, AssessRule):
            assert inference.assessments.get(rule.fact) == evaluate(rule.condition, facts), rule.id


def test_results_do_not_depend_on_the_order_rule_files_load(engine: Engine, rulebase: RuleBase) -> None:
    names = [p.name for p in rule_files(rules_dir())]
    random.Random(7).shuffle(names)
    other = Engine(load_rulebase(rules_dir(), file_order=names))
    assert [r.id for r in other.rulebase.rules] != [r.id for r in rulebase.rules]
    for example in sorted(EXAMPLES.glob("*.yaml")):
        profile = load_profile(example)
        for lang in LANGS:
            assert recommend(profile, lang, other) == recommend(profile, lang, engine)


def test_the_same_profile_gives_the_same_output_twice(engine: Engine) -> None:
    profile = load_profile(EXAMPLES / "hisense-1996.yaml")
    assert (
        recommend(profile, "zh", engine).model_dump_json()
        == recommend(profile, "zh", engine).model_dump_json()
    )


def test_paths_with_the_same_verdict_and_fit_share_a_place(engine: Engine) -> None:
    """Only original has evidence; the five others are undetermined at 0: all five share second place."""
    inference = engine.infer(parse_profile({"rd_resources": 5, "imitation_barrier": 5}).answers())
    ranks = inference.ranks()
    assert inference.ranking[0] == "original"
    assert ranks["original"] == 1
    assert {ranks[p] for p in inference.ranking[1:]} == {2}
    assert inference.first() == ["original"]


def test_a_place_after_a_shared_one_skips_the_shared_places(engine: Engine) -> None:
    """Competition ranking (1, 2, 2, 4): the place counts the paths strictly ahead."""
    answers = load_profile(EXAMPLES / "hisense-2001.yaml").answers()
    inference = engine.infer(answers)
    ranks = inference.ranks()
    for place, path in enumerate(inference.ranking, start=1):
        ahead = [
            p
            for p in inference.ranking
            if (inference.verdicts[p], round(inference.fits[p], 4))
            != (inference.verdicts[path], round(inference.fits[path], 4))
            and inference.ranking.index(p) < place - 1
        ]
        assert ranks[path] == len(ahead) + 1


def test_a_recommendation_reports_each_path_s_place(engine: Engine) -> None:
    result = recommend(parse_profile({"rd_resources": 5, "imitation_barrier": 5}), "en", engine)
    assert [p.rank for p in result.paths] == [1, 2, 2, 2, 2, 2]
    assert result.first() == ["original"]
    second = result.paths[1]
    assert result.tied(second) and not result.tied(result.paths[0])
    assert result.lowest_place(second) == 6
    assert result.lowest_place(result.paths[0]) == 1


def test_fits_equal_as_printed_share_a_place(make_inference: Callable[..., Inference]) -> None:
    """+0.8512 and +0.8488 both print as +0.85: a reader cannot tell them apart, so neither ranks above."""
    inference = make_inference({"a": 0.8512, "b": 0.8488, "c": 0.5}, verdict="recommended")
    assert inference.ranks() == {"a": 1, "b": 1, "c": 3}
    assert inference.first() == ["a", "b"]


def test_paths_sharing_a_place_are_listed_in_path_order(engine: Engine, rulebase: RuleBase) -> None:
    order = {p: i for i, p in enumerate(rulebase.path_ids)}
    for answers in random_profiles(300, rulebase.spec, 3, UNIFORM):
        inference = engine.infer(answers)
        ranks = inference.ranks()
        listed = [(ranks[p], order[p]) for p in inference.ranking]
        assert listed == sorted(listed)
