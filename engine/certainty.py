"""Certainty factors combined in MYCIN's manner, independent of the order evidence arrives in."""

from collections.abc import Iterable


def combine_same_sign(strengths: Iterable[float]) -> float:
    """Combine evidence in one direction: 1 - Π(1 - cfᵢ), each cfᵢ in [0, 1].

    The strengths are sorted first so that the floating-point result is the same in any order.
    """
    remaining = 1.0
    for cf in sorted(strengths):
        remaining *= 1.0 - cf
    return 1.0 - remaining


def combine(signed: Iterable[float]) -> float:
    """The fit in [-1, 1] of signed evidence: for (MB) and against (MD) combined apart, then together.

    EMYCIN's rule for opposite signs: (MB - MD) / (1 - min(MB, MD)); 0 when both are certain.
    """
    values = list(signed)
    belief = combine_same_sign(v for v in values if v > 0)
    disbelief = combine_same_sign(-v for v in values if v < 0)
    denominator = 1.0 - min(belief, disbelief)
    if denominator == 0.0:
        return 0.0
    return (belief - disbelief) / denominator
