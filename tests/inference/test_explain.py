"""What a path's why-not lists (engine/inference/explain.py): reasons with a condition the firm could meet,
and not a reason the firm has outgrown."""

from typing import Any

import pytest

from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import parse_profile


def missing(answers: dict[str, Any], path_id: str) -> set[str]:
    """The rules listed under why-not for one path."""
    result = recommend(parse_profile(answers), "en")
    return {m.rule for m in next(p for p in result.paths if p.id == path_id).missing}


@pytest.mark.parametrize(
    ("answers", "listed"),
    [
        # ample R&D of its own: MA-03 (groundwork, while own R&D is not yet enough) no longer applies
        ({"core_ip": 4, "tech_gap": 3, "rd_resources": 5}, False),
        # modest R&D, but the gap is small: a wider gap is what MA-03 would need
        ({"core_ip": 4, "tech_gap": 2, "rd_resources": 3, "talent_base": 3}, True),
    ],
)
def test_a_reason_the_firm_has_outgrown_is_not_listed_as_missing(
    answers: dict[str, Any], listed: bool
) -> None:
    assert ("MA-03" in missing(answers, "cross_border_ma")) == listed


def test_a_shortage_the_reason_needs_absent_is_listed_as_missing() -> None:
    """XC-06 needs R&D that is not thin; building it is a condition the firm can work towards."""
    assert "XC-06" in missing({"geopolitical_risk": 5, "rd_resources": 1, "rd_intensity": 0.01}, "original")
