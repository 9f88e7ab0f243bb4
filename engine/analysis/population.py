"""Seeded random populations of complete firm profiles, for looking at a rule base across many firms.

A *complete* profile answers every question the rules can read (text fields such as the firm's name are left
out: no rule reads them). Each answer is drawn independently:

- levels uniformly from the population's level range (1–5 for `uniform`, 2–4 for `mid-range`);
- choices and yes/no uniformly from their allowed values;
- shares uniformly from `SHARE_RANGE` and counts uniformly from `COUNT_RANGE`, ranges chosen so that the
  thresholds the rules test (an R&D intensity of 5 %, one or two cluster peers) fall inside them.

The same seed, population and questionnaire give the same profiles, in the same order, on every machine.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass

from innopath.engine.knowledge.profile import LEVEL_MAX, LEVEL_MIN, Answer, FieldSpec, FieldType, ProfileSpec

SHARE_RANGE = (0.0, 0.10)
COUNT_RANGE = (0, 10)


@dataclass(frozen=True)
class Population:
    """A way of drawing profiles: the range levels are drawn from (every other type is drawn uniformly)."""

    name: str
    levels: tuple[int, int]

    def describe(self) -> str:
        low, high = self.levels
        return f"levels uniform {low}–{high}"


UNIFORM = Population("uniform", (LEVEL_MIN, LEVEL_MAX))
MID_RANGE = Population("mid-range", (LEVEL_MIN + 1, LEVEL_MAX - 1))
POPULATIONS = (UNIFORM, MID_RANGE)


def draw_answer(spec: FieldSpec, rng: random.Random, population: Population = UNIFORM) -> Answer | None:
    """One random answer to a field; None for a text field, which no rule reads."""
    match spec.type:
        case FieldType.LEVEL:
            return rng.randint(*population.levels)
        case FieldType.SHARE:
            return round(rng.uniform(*SHARE_RANGE), 3)
        case FieldType.COUNT:
            return rng.randint(*COUNT_RANGE)
        case FieldType.YESNO:
            return rng.random() < 0.5
        case FieldType.CHOICE:
            return rng.choice(spec.choice_values)
    return None


def random_profiles(
    count: int, spec: ProfileSpec, seed: int = 7, population: Population = UNIFORM
) -> Iterator[dict[str, Answer]]:
    """`count` complete profiles as field id -> answer, in questionnaire order; deterministic in the seed.

    Each population has its own stream (seeded with its name and `seed`), so the two populations of one
    seed are independent draws.
    """
    rng = random.Random(f"{population.name}:{seed}")
    for _ in range(count):
        answers = {f.id: draw_answer(f, rng, population) for f in spec.fields}
        yield {field: value for field, value in answers.items() if value is not None}
