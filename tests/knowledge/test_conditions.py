import pytest

from innopath.engine.knowledge.conditions import (
    All,
    AnyOf,
    Facts,
    FactTest,
    FieldTest,
    Not,
    deciding_leaves,
    evaluate,
    to_nnf,
)

HIGH_RD = FieldTest("rd_resources", ">=", 4)
RISKY = FieldTest("geopolitical_risk", ">=", 4)


@pytest.mark.parametrize(
    ("condition", "answers", "expected"),
    [
        (HIGH_RD, {"rd_resources": 4}, True),
        (HIGH_RD, {"rd_resources": 3}, False),
        (HIGH_RD, {}, None),
        (Not(RISKY), {}, None),
        (All((HIGH_RD, RISKY)), {"rd_resources": 2}, False),
        (All((HIGH_RD, RISKY)), {"rd_resources": 5}, None),
        (AnyOf((HIGH_RD, RISKY)), {"geopolitical_risk": 5}, True),
        (AnyOf((HIGH_RD, RISKY)), {"geopolitical_risk": 1}, None),
        (FieldTest("competitor_count", "in", ("few", "some")), {"competitor_count": "many"}, False),
    ],
)
def test_three_valued_logic(condition: object, answers: dict[str, object], expected: object) -> None:
    assert evaluate(condition, Facts(answers)) is expected  # type: ignore[arg-type]


def test_negation_is_pushed_to_the_leaves() -> None:
    nnf = to_nnf(Not(All((HIGH_RD, Not(FactTest("openness_blocked"))))))
    assert nnf == AnyOf((FieldTest("rd_resources", "<", 4), FactTest("openness_blocked", True)))


@pytest.mark.parametrize("answers", [{}, {"rd_resources": 4}, {"rd_resources": 1, "geopolitical_risk": 5}])
def test_nnf_keeps_the_truth_value(answers: dict[str, object]) -> None:
    condition = Not(AnyOf((HIGH_RD, Not(RISKY))))
    facts = Facts(answers)  # type: ignore[arg-type]
    assert evaluate(to_nnf(condition), facts) is evaluate(condition, facts)


def test_deciding_leaves_of_a_failed_conjunction_are_the_failed_parts() -> None:
    facts = Facts({"rd_resources": 2, "geopolitical_risk": 5})
    assert deciding_leaves(All((HIGH_RD, RISKY)), facts) == [HIGH_RD]
