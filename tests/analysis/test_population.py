import json
from collections.abc import Callable
from typing import Any

import pytest

from innopath.engine.analysis.population import MID_RANGE, UNIFORM, Population, random_profiles
from innopath.engine.analysis.population_stats import (
    NO_DECIDER,
    RECOMMENDED_BINS,
    PopulationStats,
    deciders_of,
    is_tied,
    population_stats,
    render_text,
)
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.knowledge.profile import FieldType, ProfileSpec

Run = Callable[..., Any]


def test_the_same_seed_gives_the_same_profiles(spec: ProfileSpec) -> None:
    assert list(random_profiles(30, spec, seed=3)) == list(random_profiles(30, spec, seed=3))
    assert list(random_profiles(30, spec, seed=3)) != list(random_profiles(30, spec, seed=4))
    assert list(random_profiles(30, spec, 3, UNIFORM)) != list(random_profiles(30, spec, 3, MID_RANGE))


@pytest.mark.parametrize("population", [UNIFORM, MID_RANGE], ids=lambda p: p.name)
def test_profiles_are_complete_and_valid(spec: ProfileSpec, population: Population) -> None:
    read = [f for f in spec.fields if f.type != FieldType.TEXT]
    for answers in random_profiles(100, spec, 7, population):
        assert list(answers) == [f.id for f in read]
        assert all(f.accepts(answers[f.id]) for f in read)
        if population is MID_RANGE:
            assert all(2 <= answers[f.id] <= 4 for f in read if f.type == FieldType.LEVEL)  # type: ignore[operator]


@pytest.fixture(scope="module")
def stats(engine: Engine) -> list[PopulationStats]:
    return population_stats(engine, 60, seed=11)


def test_statistics_are_deterministic(engine: Engine, stats: list[PopulationStats]) -> None:
    assert population_stats(engine, 60, seed=11) == stats
    assert [s.population.name for s in stats] == ["uniform", "mid-range"]


def test_shares_sum_to_one(engine: Engine, stats: list[PopulationStats]) -> None:
    for s in stats:
        assert s.profiles == 60
        assert list(s.first) == list(engine.rulebase.path_ids)
        assert sum(s.first.values()) == pytest.approx(1)
        assert sum(s.recommended.values()) == pytest.approx(1)
        assert list(s.recommended) == list(RECOMMENDED_BINS)
        assert sum(s.deciders.values()) == pytest.approx(1)
        assert s.three_or_more == s.recommended["3+"]
        assert 0 <= s.tied <= 1 and 0 <= s.first_recommended <= 1
        shares = list(s.deciders.values())
        assert shares == sorted(shares, reverse=True)


def test_the_decider_is_the_strongest_evidence_for_the_first_path(engine: Engine) -> None:
    one = engine.infer({"ma_targets": 4})  # MA-02 alone, +0.5
    assert one.ranking[0] == "cross_border_ma" and deciders_of(one) == ["MA-02"]
    nothing = engine.infer({})
    assert deciders_of(nothing) == []
    assert is_tied(nothing)  # every fit 0
    assert not is_tied(one)


def test_a_first_path_without_support_counts_as_no_decider(engine: Engine) -> None:
    from innopath.engine.analysis.population_stats import summarise

    s = summarise(engine, [{}], UNIFORM)
    assert s.deciders == {NO_DECIDER: 1.0}
    assert s.recommended["0"] == 1.0 and s.tied == 1.0


def test_a_shared_first_place_is_credited_to_each_path_equally(engine: Engine) -> None:
    """Nothing known: all six paths share first place, so none is favoured by being listed first."""
    from innopath.engine.analysis.population_stats import summarise

    s = summarise(engine, [{}, {"ma_targets": 4}], UNIFORM)
    assert s.first_shared == 0.5
    assert s.first["cross_border_ma"] == pytest.approx(0.5 + 0.5 / 6)
    assert s.first["original"] == pytest.approx(0.5 / 6)
    assert sum(s.first.values()) == pytest.approx(1.0)


def test_text_fits_in_80_columns(engine: Engine, stats: list[PopulationStats]) -> None:
    text = render_text(stats, engine.rulebase, 11)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "top two tied (fits within 0.05)" in text
    assert "strongest fired 'for' evidence rule" in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_shares_line_up_in_columns(engine: Engine, stats: list[PopulationStats], lang: Lang) -> None:
    """Every line of shares ends at the same column, however long the path's name (a long one wraps)."""
    from innopath.engine.common.text import width

    lines = [
        line for line in render_text(stats, engine.rulebase, 11, lang).splitlines() if line.endswith("%")
    ]
    assert len(lines) > 10
    assert {width(line) for line in lines} == {36 + 12 * len(stats)}


def test_cli_stats(run_cli: Run) -> None:
    result = run_cli("rules", "stats", "--n", "20", "--seed", "5", "--format", "json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert document["tie_tolerance"] == 0.05
    assert [p["profiles"] for p in document["populations"]] == [20, 20]
    again = run_cli("rules", "stats", "--n", "20", "--seed", "5", "--format", "json")
    assert again.out == result.out
    text = run_cli("rules", "stats", "--n", "10")
    assert text.code == 0 and "first path (share of firms)" in text.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--n", "0"], "--n 0: expected a number of random profiles, 1 or more"),
        (["--n", "-3"], "1 or more"),
        (["--rules", "/no/such/folder"], "not a folder"),
    ],
)
def test_cli_stats_bad_input(run_cli: Run, args: list[str], message: str) -> None:
    result = run_cli("rules", "stats", *args)
    assert result.code == 2
    assert message in result.err and "Traceback" not in result.err


def test_a_shared_first_place_credits_the_strongest_evidence_of_each_leader(
    make_inference: Callable[..., Inference],
) -> None:
    shared = make_inference(
        {"a": 0.4, "b": 0.4, "c": 0.1}, {"R1": ("a", 0.4, False), "R2": ("b", 0.4, False)}
    )
    assert deciders_of(shared) == ["R1", "R2"]
    alone = make_inference({"a": 0.4, "b": 0.3, "c": 0.1}, {"R1": ("a", 0.4, False), "R2": ("b", 0.3, False)})
    assert deciders_of(alone) == ["R1"]
