"""Certainty factors combined in MYCIN's manner, independent of the order evidence arrives in.

Evidence is first grouped by the factor it speaks to (capability, technology, partner, finance …). Within a
factor and direction only the strongest reading counts (`factor_strength`): several rules reading one answer
are one piece of evidence, not several. A graded rule (`adds_to`) strengthens the rules it builds on, so a
reading is a rule together with the fired rules it adds to. The factors' strengths are then combined.

Evidence for a path accumulates into a measure of belief MB, evidence against into a measure of disbelief MD,
each as 1 - Π(1 - cfᵢ); the fit is CF = MB - MD (Shortliffe and Buchanan's definition). EMYCIN's later
(MB - MD) / (1 - min(MB, MD)) was tried first and rejected: when strong evidence stands on both sides it
magnifies a small difference into a confident verdict (a firm with weak finances and heavy sanctions
exposure still came out "recommended" for cross-border M&A at +0.51, MB 0.93 against MD 0.85). With MB - MD,
evidence that cancels out reads as what it is: a weak fit.
"""

from collections.abc import Iterable, Mapping


def combine_same_sign(strengths: Iterable[float]) -> float:
    """Combine evidence in one direction: 1 - Π(1 - cfᵢ), each cfᵢ in [0, 1].

    The strengths are sorted first so that the floating-point result is the same in any order.
    """
    remaining = 1.0
    for cf in sorted(strengths):
        remaining *= 1.0 - cf
    return 1.0 - remaining


def combine(signed: Iterable[float]) -> float:
    """The fit in [-1, 1] of signed evidence: for (MB) and against (MD) combined apart, then MB - MD."""
    values = list(signed)
    belief = combine_same_sign(v for v in values if v > 0)
    disbelief = combine_same_sign(-v for v in values if v < 0)
    return belief - disbelief


def factor_strength(strengths: Mapping[str, float], adds_to: Mapping[str, Iterable[str]]) -> float:
    """The strength of one factor in one direction: its strongest reading.

    `strengths` holds the fired rules of the factor (rule id -> strength in [0, 1]); a reading is a rule
    combined with every fired rule it adds to, directly or through others.
    """
    best = 0.0
    for rule in sorted(strengths):
        chain, pending = {rule}, [rule]
        while pending:
            for base in adds_to.get(pending.pop(), ()):
                if base in strengths and base not in chain:
                    chain.add(base)
                    pending.append(base)
        best = max(best, combine_same_sign(strengths[r] for r in chain))
    return best
