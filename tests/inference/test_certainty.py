import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innopath.engine.inference.certainty import combine, combine_same_sign

cf = st.floats(min_value=0.01, max_value=0.99, allow_nan=False)
signed_cf = st.one_of(cf, cf.map(lambda v: -v))
evidence = st.lists(signed_cf, max_size=12)


def test_known_values() -> None:
    assert combine([0.6, 0.4]) == pytest.approx(0.76)
    assert combine([0.6, -0.4]) == pytest.approx(0.2)
    assert combine([0.6, 0.4, -0.5]) == pytest.approx(0.76 - 0.5)
    assert combine([-0.5, -0.5]) == pytest.approx(-0.75)
    assert combine([]) == 0.0


@settings(max_examples=200)
@given(evidence, st.randoms())
def test_order_does_not_matter_to_the_last_bit(values: list[float], rnd: object) -> None:
    shuffled = list(values)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert combine(shuffled) == combine(values)


@settings(max_examples=200)
@given(evidence)
def test_fit_stays_within_bounds(values: list[float]) -> None:
    assert -1.0 <= combine(values) <= 1.0


@settings(max_examples=200)
@given(evidence, cf)
def test_more_evidence_for_never_lowers_the_fit(values: list[float], extra: float) -> None:
    assert combine([*values, extra]) >= combine(values) - 1e-12


@settings(max_examples=200)
@given(evidence, cf)
def test_more_evidence_against_never_raises_the_fit(values: list[float], extra: float) -> None:
    assert combine([*values, -extra]) <= combine(values) + 1e-12


@given(st.lists(cf, min_size=1, max_size=8))
def test_same_sign_combination_exceeds_its_strongest_part(values: list[float]) -> None:
    assert combine_same_sign(values) >= max(values) - 1e-12


def test_strong_evidence_on_both_sides_reads_as_a_weak_fit() -> None:
    """The reason MB - MD was chosen over EMYCIN's normalised form (see engine/certainty.py)."""
    belief = [0.5, 0.5, 0.4, 0.3, 0.3]  # MB 0.9265
    disbelief = [-0.5, -0.7]  # MD 0.85
    assert combine(belief + disbelief) == pytest.approx(0.0765, abs=1e-4)


@given(evidence)
def test_symmetry(values: list[float]) -> None:
    assert combine([-v for v in values]) == pytest.approx(-combine(values))
