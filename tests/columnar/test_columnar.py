"""The columnar evaluator agrees with experta exactly: ranking, verdicts, fits bit for bit, vetoes, fired
evidence, requirements, factors, combination and advice, on generated profiles with unknowns at several rates
and every field's boundary values (each constant a rule compares the field with, and its neighbours).
"""

import math
import random
from pathlib import Path
from typing import Any
from unittest import mock

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innopath.engine.analysis import sensitivity as sensitivity_module
from innopath.engine.analysis import whatif as whatif_module
from innopath.engine.analysis.analyzer import Analyzer
from innopath.engine.columnar.evaluator import ColumnarEngine, shipped_columnar
from innopath.engine.columnar.expressions import frame_of
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.knowledge.conditions import FieldTest, leaves
from innopath.engine.knowledge.profile import FieldSpec, FieldType, load_profile, parse_profile, profile_spec
from innopath.engine.knowledge.rulebase import RuleBase, shipped_rulebase

FIELDS = [f for f in profile_spec().fields if f.type != FieldType.TEXT]
UNKNOWN_RATES = (0.0, 0.15, 0.5, 0.9)
BATCH = 100
EXAMPLES = 21
"""21 batches of 100 generated profiles, plus the boundary sweep: more than 2,000 profiles in CI."""


def _constants(rulebase: RuleBase, field: str) -> list[Any]:
    found: list[Any] = []
    for rule in rulebase.rules:
        for leaf in leaves(rule.condition):
            if isinstance(leaf, FieldTest) and leaf.field == field:
                found += list(leaf.value) if isinstance(leaf.value, tuple) else [leaf.value]
    return found


def _count_max(spec: FieldSpec) -> int:
    """The largest count the profile accepts (rules/profile.yaml `max`)."""
    return spec.max if spec.max is not None else 10**6


def boundary_values(spec: FieldSpec, rulebase: RuleBase) -> list[Any]:
    """Every value at which some rule's test of the field can change, and the ends of its range."""
    finite = spec.finite_values()
    if finite is not None:
        return list(finite)
    constants = _constants(rulebase, spec.id)
    if spec.type == FieldType.COUNT:
        ints = {0, 1, _count_max(spec), *(c + d for c in constants for d in (-1, 0, 1))}
        return sorted(v for v in ints if 0 <= v <= _count_max(spec))
    shares = {0.0, 1.0, *(math.nextafter(float(c), t) for c in constants for t in (0.0, 1.0))}
    shares |= {float(c) for c in constants}
    return sorted(v for v in shares if 0.0 <= v <= 1.0)


BOUNDARIES = {f.id: boundary_values(f, shipped_rulebase()) for f in FIELDS}


def _any_value(spec: FieldSpec) -> st.SearchStrategy[Any]:
    boundary = st.sampled_from(BOUNDARIES[spec.id])
    match spec.type:
        case FieldType.SHARE:
            return st.one_of(boundary, st.floats(0, 1))
        case FieldType.COUNT:
            return st.one_of(boundary, st.integers(0, _count_max(spec)))
    return boundary


def _random_value(spec: FieldSpec, rng: random.Random) -> Any:
    if rng.random() < 0.5:
        return rng.choice(BOUNDARIES[spec.id])
    match spec.type:
        case FieldType.SHARE:
            return rng.random()
        case FieldType.COUNT:
            return rng.randint(0, _count_max(spec))
    return rng.choice(BOUNDARIES[spec.id])


@st.composite
def profiles(draw: st.DrawFn) -> list[dict[str, Any]]:
    """A batch: a few profiles drawn field by field (they shrink), the rest from a drawn random generator."""
    rate = draw(st.sampled_from(UNKNOWN_RATES))
    drawn = draw(
        st.lists(st.fixed_dictionaries({}, optional={f.id: _any_value(f) for f in FIELDS}), max_size=5)
    )
    rng = random.Random(draw(st.integers(0, 2**32)))
    rest = [
        {f.id: _random_value(f, rng) for f in FIELDS if rng.random() >= rate}
        for _ in range(BATCH - len(drawn))
    ]
    return [*drawn, *rest]


def _answers(raw: dict[str, Any]) -> dict[str, Any]:
    return parse_profile(raw).answers()


def assert_agree(engine: Engine, columnar: ColumnarEngine, batch: list[dict[str, Any]]) -> None:
    answers = [_answers(p) for p in batch]
    results = columnar.infer_many(answers)
    for profile, got in zip(answers, results, strict=True):
        expected: Inference = engine.infer(profile)
        assert got.ranking == expected.ranking, profile
        assert got.verdicts == expected.verdicts, profile
        assert [got.fits[p].hex() for p in got.fits] == [expected.fits[p].hex() for p in got.fits], profile
        assert {p: got.vetoes(p) for p in got.fits} == {p: expected.vetoes(p) for p in got.fits}
        assert got.evidence == expected.evidence, profile
        assert got.requirements == expected.requirements, profile
        assert got.factors == expected.factors, profile
        assert got.assessments == expected.assessments, profile
        assert got.conclusions == expected.conclusions, profile
        assert got.fired == expected.fired, profile
        assert got == expected


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(batch=profiles())
def test_columnar_agrees_with_experta_on_generated_profiles(
    engine: Engine, batch: list[dict[str, Any]]
) -> None:
    assert_agree(engine, shipped_columnar(), batch)


def test_columnar_agrees_on_every_boundary_value_of_every_field(engine: Engine) -> None:
    rng = random.Random(12)
    batch = []
    for spec in FIELDS:
        for value in BOUNDARIES[spec.id]:
            for rate in UNKNOWN_RATES:
                base = {f.id: rng.choice(BOUNDARIES[f.id]) for f in FIELDS if rng.random() >= rate}
                batch.append({**base, spec.id: value})
    assert len(batch) > 500
    assert_agree(engine, shipped_columnar(), batch)


def test_without_tables_the_strengths_and_fits_are_the_same(engine: Engine) -> None:
    """Above `table_limit` rules a side is combined strength by strength, and an ungraded factor is its
    strongest reading (strengths.py): with a limit of 3 every side and the four-rule factor go that way."""
    rng = random.Random(3)
    batch = [
        {f.id: _random_value(f, rng) for f in FIELDS if rng.random() >= rate}
        for rate in UNKNOWN_RATES
        for _ in range(150)
    ]
    assert_agree(engine, ColumnarEngine(table_limit=3), batch)


def test_a_graded_factor_too_large_to_table_is_refused() -> None:
    with pytest.raises(ValueError, match="graded"):
        ColumnarEngine(table_limit=1).evaluate(pl.DataFrame({"rd_resources": [5]}))


@pytest.mark.parametrize("rate", UNKNOWN_RATES)
def test_the_all_unknown_and_the_all_known_edges(engine: Engine, rate: float) -> None:
    rng = random.Random(rate)
    assert_agree(
        engine, shipped_columnar(), [{}, *({f.id: rng.choice(BOUNDARIES[f.id]) for f in FIELDS},) * 3]
    )


def test_a_frame_may_leave_out_columns_and_keeps_row_order() -> None:
    columnar = shipped_columnar()
    frame = pl.DataFrame({"rd_resources": [5, None, 1]})
    result = columnar.evaluate(frame)
    assert result.height == 3
    assert result.get_column("rd_resources").to_list() == [5, None, 1]
    assert set(result.get_column("verdict:original").to_list()) <= {
        "recommended",
        "possible",
        "not_advised",
        "undetermined",
    }


def test_frame_of_types_each_field(spec: Any) -> None:
    frame = frame_of([{"rd_intensity": 0, "strategic_sector": True, "cluster_role": "sme_supplier"}], spec)
    assert frame.schema["rd_intensity"] == pl.Float64
    assert frame.row(0, named=True)["rd_intensity"] == 0.0


EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
VOLATILE = {"engine_runs", "profiles_evaluated", "seconds"}


@pytest.mark.parametrize("name", ["hisense-2001.yaml", "sanctioned-firm.yaml"])
def test_sensitivity_on_one_frame_is_what_experta_gives(engine: Engine, name: str) -> None:
    profile = load_profile(EXAMPLES_DIR / name)
    framed = sensitivity_module.sensitivity(profile, engine, lang="en")
    with mock.patch.object(sensitivity_module, "columnar_analyzer", Analyzer):
        rowwise = sensitivity_module.sensitivity(profile, engine, lang="en")
    assert framed.model_dump(exclude=VOLATILE) == rowwise.model_dump(exclude=VOLATILE)


def test_whatif_and_compare_on_one_frame_are_what_experta_gives(engine: Engine) -> None:
    profiles = [(p.name, load_profile(p)) for p in sorted(EXAMPLES_DIR.glob("*.yaml"))]
    framed = whatif_module.compare(profiles, engine, lang="en")
    changed = whatif_module.whatif(profiles[0][1], {"gov_support": 5, "rd_resources": 1}, engine, "en")
    with mock.patch.object(whatif_module, "columnar_analyzer", Analyzer):
        assert whatif_module.compare(profiles, engine, lang="en") == framed
        assert (
            whatif_module.whatif(profiles[0][1], {"gov_support": 5, "rd_resources": 1}, engine, "en")
            == changed
        )


def test_simulate_counts_firms_before_and_after(tmp_path: Path) -> None:
    from innopath.engine.applications import simulate as sim

    source = tmp_path / "firms.csv"
    source.write_text(
        "firm_name,industry,gov_support,academic_links,strategic_sector,tech_stage,dev_difficulty,"
        "tech_availability,industry_frontier,financial_strength\n"
        "A,x,2,2,yes,key_core,5,1,5,4\nB,y,5,4,yes,key_core,5,1,5,4\nC,x,bad,1,no,application,1,5,1,1\n",
        encoding="utf-8",
    )
    cohort = sim.read_cohort(source, by="industry")
    assert cohort.rows == [2, 3] and len(cohort.failed) == 1
    moved = sim.apply(cohort.frame, sim.parse_changes(["gov_support=+1"]), {})
    assert moved.get_column("gov_support").to_list() == [3, 5]  # clamped at 5
    result = sim.simulate(
        cohort, sim.parse_changes(["gov_support=5", "academic_links=5"]), {}, tmp_path / "o.csv"
    )
    assert result.firms == 2 and (tmp_path / "o.csv").exists()
    assert [name for name, _ in sim.levers(cohort, {})] != []
