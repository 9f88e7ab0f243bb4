"""`rules stats`: how a rule base behaves across a population of random complete profiles.

For each population (see `population.py`) the engine runs on N seeded random profiles and counts:

- **first path** — how often each path is ranked first (shares over all profiles, summing to 1); when k paths
  share first place (same verdict and fit, `Inference.ranks`), each gets 1/k of that profile, so the listing
  order of tied paths does not favour the paths listed first;
- **first place shared** — the share of profiles whose first place is shared by two or more paths;
- **first recommended** — the share of profiles whose first path has the verdict "recommended";
- **recommended per firm** — how many paths are "recommended" (0, 1, 2, 3+), and the share with 3 or more;
- **ties** — the share of profiles whose two first-ranked paths have fits within `TIE_TOLERANCE`;
- **deciding rules** — which rule decides first place. A rule *decides* a profile's first place when it is
  the strongest piece of evidence for the first path: the fired 'for' evidence rule on that path with the
  largest certainty factor. Equally strong rules share the credit of that profile equally; a first path
  with no evidence for it counts under `NO_DECIDER`. This is cheap (no rerun of the engine) and it says
  which evidence the first place rests on most; it does not claim that removing the rule would change the
  ranking — other evidence may hold the path first without it. When first place is shared, the strongest
  evidence of each leader shares the credit.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from innopath.engine.analysis.population import POPULATIONS, Population, random_profiles
from innopath.engine.common.text import Lang, pad, wrap
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.knowledge.profile import Answer
from innopath.engine.knowledge.rulebase import RuleBase
from innopath.reports.labels import labels

LABEL_COLUMNS = 34
"""Width of the label column of `render_text`; longer labels wrap."""

TIE_TOLERANCE = 0.05
"""Two fits at most this far apart count as tied."""

NO_DECIDER = "(no evidence for)"
RECOMMENDED_BINS = ("0", "1", "2", "3+")
DECIDER_DEFINITION = (
    "the strongest fired 'for' evidence rule on the first path (ties share the credit); "
    "not necessarily a rule without which the path would not be first"
)


@dataclass(frozen=True)
class PopulationStats:
    """The counts of one population."""

    population: Population
    profiles: int
    first: dict[str, float]
    """path id -> share of profiles in which it is ranked first (every path listed; the shares sum to 1)."""
    first_recommended: float
    recommended: dict[str, float]
    """"0", "1", "2", "3+" -> share of profiles with that many recommended paths (sums to 1)."""
    tied: float
    deciders: dict[str, float]
    """rule id (or NO_DECIDER) -> share of profiles whose first place it decides, largest first."""
    first_shared: float = 0.0
    """Share of profiles whose first place is shared by two or more paths (same verdict and fit)."""

    @property
    def three_or_more(self) -> float:
        return self.recommended["3+"]

    def as_dict(self) -> dict[str, Any]:
        """The JSON form; shares rounded to 4 decimals."""
        return {
            "population": self.population.name,
            "levels": list(self.population.levels),
            "profiles": self.profiles,
            "first": _rounded(self.first),
            "first_recommended": round(self.first_recommended, 4),
            "recommended": _rounded(self.recommended),
            "three_or_more_recommended": round(self.three_or_more, 4),
            "top_two_tied": round(self.tied, 4),
            "first_place_shared": round(self.first_shared, 4),
            "deciders": _rounded(self.deciders),
        }


def _rounded(shares: Mapping[str, float]) -> dict[str, float]:
    return {key: round(value, 4) for key, value in shares.items()}


def deciders_of(inference: Inference) -> list[str]:
    """The rules that decide first place in one inference (see the module docstring); may be empty.

    When paths share first place, each leader's strongest evidence is a decider.
    """
    deciders: set[str] = set()
    for first in inference.first():
        support = {rule: cf for rule, (path, cf, _) in inference.evidence.items() if path == first and cf > 0}
        if support:
            strongest = max(support.values())
            deciders |= {rule for rule, cf in support.items() if cf == strongest}
    return sorted(deciders)


def is_tied(inference: Inference, tolerance: float = TIE_TOLERANCE) -> bool:
    """Whether the two first-ranked paths have fits within `tolerance` of each other."""
    if len(inference.ranking) < 2:
        return False
    first, second = inference.ranking[:2]
    return abs(inference.fits[first] - inference.fits[second]) <= tolerance + 1e-9


def _recommended_bin(inference: Inference) -> str:
    count = sum(1 for verdict in inference.verdicts.values() if verdict == "recommended")
    return RECOMMENDED_BINS[min(count, 3)]


def summarise(
    engine: Engine, profiles: Iterable[Mapping[str, Answer]], population: Population
) -> PopulationStats:
    """Run the engine on every profile and count what `PopulationStats` holds."""
    first: dict[str, float] = dict.fromkeys(engine.rulebase.path_ids, 0.0)
    bins: Counter[str] = Counter()
    deciders: dict[str, float] = {}
    first_recommended = tied = shared = total = 0
    for answers in profiles:
        inference = engine.infer(answers)
        total += 1
        top = inference.ranking[0]
        leaders = inference.first()
        for path in leaders:
            first[path] += 1 / len(leaders)
        shared += len(leaders) > 1
        first_recommended += inference.verdicts[top] == "recommended"
        bins[_recommended_bin(inference)] += 1
        tied += is_tied(inference)
        rules = deciders_of(inference) or [NO_DECIDER]
        for rule in rules:
            deciders[rule] = deciders.get(rule, 0.0) + 1 / len(rules)
    share = 1 / total if total else 0.0
    return PopulationStats(
        population=population,
        profiles=total,
        first={p: first[p] * share for p in engine.rulebase.path_ids},
        first_recommended=first_recommended * share,
        recommended={b: bins[b] * share for b in RECOMMENDED_BINS},
        tied=tied * share,
        first_shared=shared * share,
        deciders={r: n * share for r, n in sorted(deciders.items(), key=lambda item: (-item[1], item[0]))},
    )


def population_stats(
    engine: Engine, count: int, seed: int = 7, populations: Iterable[Population] = POPULATIONS
) -> list[PopulationStats]:
    """The statistics of each population, `count` random complete profiles each."""
    spec = engine.rulebase.spec
    return [summarise(engine, random_profiles(count, spec, seed, p), p) for p in populations]


# --- text ---------------------------------------------------------------------------------------------------
def _pct(share: float) -> str:
    return f"{share:6.1%}"


def render_text(
    stats: list[PopulationStats], rulebase: RuleBase, seed: int, lang: Lang = "en", top: int = 12
) -> str:
    """The statistics for people, the populations side by side, at most 80 columns (CJK counted double)."""
    from innopath.engine.analysis.population import COUNT_RANGE, SHARE_RANGE

    words = labels().group("stats", lang)
    shown = {s.population.name: words.get(s.population.name, s.population.name) for s in stats}
    names = "".join(pad(shown[s.population.name], 12, right=True) for s in stats)
    counts = ", ".join(f"{shown[s.population.name]} {s.profiles}" for s in stats)
    levels = words["or"].join(
        words["levels"].format(
            low=s.population.levels[0], high=s.population.levels[1], name=shown[s.population.name]
        )
        for s in stats
    )
    drawn = words["drawn"].format(
        levels=levels,
        share_low=f"{SHARE_RANGE[0]:g}",
        share_high=f"{SHARE_RANGE[1]:g}",
        count_low=COUNT_RANGE[0],
        count_high=COUNT_RANGE[1],
    )

    def row(label: str, values: Iterable[float]) -> str:
        """The label in its column (wrapped onto more lines when longer), the shares on its last line."""
        *above, last = wrap(label, LABEL_COLUMNS + 2, "  ")
        return "\n".join([*above, pad(last, LABEL_COLUMNS + 2) + "".join(f"{_pct(v):>12}" for v in values)])

    def rule_label(rule: str) -> str:
        found = rulebase.by_id.get(rule)
        if rule == NO_DECIDER:
            return words["no_evidence"]
        return f"{rule} {found.bears_on or ''}" if found else rule

    lines = [
        words["title"].format(version=rulebase.version, seed=seed),
        words["populations"].format(counts=counts),
        *wrap(drawn, 80),
        "",
        " " * 36 + names,
        words["first"],
        *(row(rulebase.path(path).name(lang), (s.first[path] for s in stats)) for path in stats[0].first),
        row(words["first_recommended"], (s.first_recommended for s in stats)),
        "",
        words["per_firm"],
        *(
            row(words["recommended"].format(bin=b), (s.recommended[b] for s in stats))
            for b in RECOMMENDED_BINS
        ),
        "",
        row(words["tied"].format(tolerance=TIE_TOLERANCE), (s.tied for s in stats)),
        row(words["first_shared"], (s.first_shared for s in stats)),
        "",
        words["deciders"].format(top=top),
        *wrap(words["decider_definition"], 80, "  "),
    ]
    ranked: dict[str, float] = {}
    for s in stats:
        for rule in list(s.deciders)[:top]:
            ranked[rule] = max(ranked.get(rule, 0.0), s.deciders[rule])
    for rule in sorted(ranked, key=lambda r: (-ranked[r], r)):
        lines.append(row(rule_label(rule), (s.deciders.get(rule, 0.0) for s in stats)))
    return "\n".join(lines)
