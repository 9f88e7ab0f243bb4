"""The analyzer every analysis runs on: a field's neighbouring answers, and the engine re-run on modified
answers, once per distinct pattern of field-test outcomes.

Everything here re-runs the same compiled engine (`Engine.infer`) on modified answers; nothing restates a
rule in Python. What is a "step" comes from the field's type in the `ProfileSpec` (`neighbours`, `STEP`).

Speed: the engine reads an answer only through the rules' field tests (`FieldTest.holds`, as the compiler
builds its patterns). Two profiles whose answers pass and fail exactly the same field tests therefore give the
same inference, so `Analyzer.infer` runs the engine once per distinct pattern of test outcomes and reuses the
result for every other profile with that pattern. This is exact, not an approximation, and it is what keeps
`sensitivity` on a full profile to a few seconds (see benchmarks/bench_sensitivity.py).
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from time import perf_counter
from typing import TYPE_CHECKING, Literal

from innopath.engine.analysis.result import FieldChange
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.knowledge.conditions import (
    FieldTest,
    leaves,
)
from innopath.engine.knowledge.profile import (
    LEVEL_MAX,
    LEVEL_MIN,
    Answer,
    FieldSpec,
    FieldType,
)

if TYPE_CHECKING:
    from innopath.engine.columnar.evaluator import ColumnarEngine

STEP: dict[FieldType, float] = {FieldType.LEVEL: 1, FieldType.SHARE: 0.02, FieldType.COUNT: 1}
"""One step of an ordered field type; yes/no and choice move to the flipped or neighbouring value."""


RECOMMENDABLE = frozenset({"recommended", "possible"})
"""A flip counts only when the new first path is advisable."""

KNIFE_EDGE_SHARE = 0.8
"""A recommendation is flagged as knife-edge when fewer than this share of its one-step neighbours keep it."""

PAIR_FIELDS = 6
"""Pairs of changes are searched among this many fields, those with the largest single-change impact."""

DECIMALS = 4

Direction = Literal["down", "up", "flip"]


def rounded(value: float) -> float:
    return round(value, DECIMALS)


def neighbours(spec: FieldSpec, value: Answer) -> list[tuple[Direction, Answer]]:
    """The one-step neighbours of an answer: levels ±1 within 1–5, shares ±0.02 within 0–1, counts ±1 (≥ 0),
    the previous and next choice in the list, yes/no flipped. Text has none.
    """
    down: Direction = "down"
    up: Direction = "up"
    match spec.type:
        case FieldType.LEVEL:
            level = int(value)
            return [(d, v) for d, v in ((down, level - 1), (up, level + 1)) if LEVEL_MIN <= v <= LEVEL_MAX]
        case FieldType.SHARE:
            share, step = float(value), STEP[FieldType.SHARE]
            moves: list[tuple[Direction, Answer]] = [
                (down, rounded(max(0.0, share - step))),
                (up, rounded(min(1.0, share + step))),
            ]
            return [(d, v) for d, v in moves if v != rounded(share)]
        case FieldType.COUNT:
            count = int(value)
            return [(d, v) for d, v in ((down, count - 1), (up, count + 1)) if v >= 0]
        case FieldType.YESNO:
            return [("flip", not value)]
        case FieldType.CHOICE:
            values = spec.choice_values
            index = values.index(str(value))
            return [(d, values[i]) for d, i in ((down, index - 1), (up, index + 1)) if 0 <= i < len(values)]
    return []


def steps_between(spec: FieldSpec, before: Answer | None, after: Answer | None) -> float | None:
    """How many of the field type's steps separate two known answers (None if either is unknown, or text)."""
    if before is None or after is None or spec.type == FieldType.TEXT:
        return None
    match spec.type:
        case FieldType.YESNO:
            return 0.0 if before == after else 1.0
        case FieldType.CHOICE:
            return float(abs(spec.choice_values.index(str(before)) - spec.choice_values.index(str(after))))
    return rounded(abs(float(after) - float(before)) / STEP[spec.type])


def _holds(test: FieldTest, value: Answer) -> bool:
    """As the compiler's patterns test an answer (a test that cannot apply to the value is false)."""
    try:
        return bool(test.holds(value))
    except TypeError:
        return False


class Analyzer:
    """Runs one compiled engine on modified answers, once per distinct pattern of field-test outcomes.

    `runs` counts engine runs, `evaluated` the profiles asked about, `seconds` the time spent in the engine.
    """

    def __init__(self, engine: Engine, columnar: "ColumnarEngine | None" = None) -> None:
        self.engine = engine
        self.columnar = columnar
        self.rulebase = engine.rulebase
        self.spec = engine.rulebase.spec
        tests: dict[str, set[FieldTest]] = defaultdict(set)
        for rule in self.rulebase.rules:
            for leaf in leaves(rule.condition):
                if isinstance(leaf, FieldTest):
                    tests[leaf.field].add(leaf)
        self.tests: dict[str, tuple[FieldTest, ...]] = {
            field: tuple(sorted(found, key=str)) for field, found in sorted(tests.items())
        }
        self.order = {field_id: i for i, field_id in enumerate(self.spec.ids)}
        self.path_order = {p: i for i, p in enumerate(self.rulebase.path_ids)}
        self.runs = 0
        self.evaluated = 0
        self.seconds = 0.0
        self._cache: dict[tuple[tuple[bool, ...] | None, ...], Inference] = {}

    def outcome(self, field_id: str, value: Answer | None) -> tuple[bool, ...] | None:
        """Which of the rules' tests on this field the value passes; None for unknown."""
        if value is None:
            return None
        return tuple(_holds(test, value) for test in self.tests.get(field_id, ()))

    def _key(self, answers: Mapping[str, Answer]) -> tuple[tuple[bool, ...] | None, ...]:
        return tuple(self.outcome(field_id, answers.get(field_id)) for field_id in self.tests)

    def prefetch(self, profiles: Iterable[Mapping[str, Answer]]) -> None:
        """Evaluate every profile not yet known as one frame (columnar engine), so that `infer` finds it.

        Without a columnar engine this does nothing and `infer` runs experta as before; the inferences are
        the same either way (tests/columnar/test_columnar.py).
        """
        if self.columnar is None:
            return
        pending: dict[tuple[tuple[bool, ...] | None, ...], Mapping[str, Answer]] = {}
        for answers in profiles:
            key = self._key(answers)
            if key not in self._cache:
                pending.setdefault(key, answers)
        if not pending:
            return
        start = perf_counter()
        found = self.columnar.infer_many(pending.values())
        self.seconds += perf_counter() - start
        self.runs += len(found)
        self._cache.update(zip(pending, found, strict=True))

    def infer(self, answers: Mapping[str, Answer]) -> Inference:
        self.evaluated += 1
        key = self._key(answers)
        found = self._cache.get(key)
        if found is None:
            start = perf_counter()
            found = self.engine.infer(answers)
            self.seconds += perf_counter() - start
            self.runs += 1
            self._cache[key] = found
        return found

    def reads(self, field_id: str) -> bool:
        """Whether any rule tests this field."""
        return field_id in self.tests

    def _domain(self, spec: FieldSpec, current: Answer | None) -> list[Answer]:
        """The values a field can take, finely enough to reach every distinct outcome of the rules' tests."""
        finite = spec.finite_values()
        if finite is not None:
            return list(finite)
        constants = [t.value for t in self.tests.get(spec.id, ()) if isinstance(t.value, int | float)]
        match spec.type:
            case FieldType.SHARE:
                step = STEP[FieldType.SHARE]
                grid = {rounded(k * step) for k in range(round(1 / step) + 1)}
                if current is not None:
                    share = float(current)
                    grid |= {rounded(share + k * step) for k in range(-round(1 / step), round(1 / step) + 1)}
                grid |= {rounded(float(c)) for c in constants}
                return sorted(v for v in grid if 0 <= v <= 1)
            case FieldType.COUNT:
                # every outcome of the rules' tests lies within their constants; the current answer is
                # added as one value, so the domain never grows with the answer's magnitude
                top = max([0, *(int(c) for c in constants)]) + 2
                return sorted({*range(0, top), *([int(current)] if current is not None else [])})
        return []

    def alternatives(self, field_id: str, current: Answer | None) -> list[tuple[Answer, float]]:
        """One value per outcome pattern other than the current one: the nearest to `current` (in steps),
        or the first in order when the field is unknown. With the steps from `current` (0 when unknown).
        """
        spec = self.spec.field(field_id)
        here = self.outcome(field_id, current)
        best: dict[tuple[bool, ...] | None, tuple[float, int, Answer]] = {}
        for position, value in enumerate(self._domain(spec, current)):
            pattern = self.outcome(field_id, value)
            if pattern == here:
                continue
            distance = steps_between(spec, current, value) or 0.0
            if pattern not in best or (distance, position) < best[pattern][:2]:
                best[pattern] = (distance, position, value)
        chosen = sorted(best.values(), key=lambda b: (b[0], b[1]))
        return [(value, distance) for distance, _, value in chosen]


def field_change(
    analyzer: Analyzer, field_id: str, before: Answer | None, after: Answer | None, lang: Lang
) -> FieldChange:
    spec = analyzer.spec.field(field_id)
    return FieldChange(
        field=field_id,
        label=spec.label(lang),
        before=before,
        after=after,
        steps=steps_between(spec, before, after),
    )


def columnar_analyzer(engine: Engine) -> Analyzer:
    """An analyzer that evaluates many modified profiles of one firm as one frame (the columnar engine)."""
    from innopath.engine.columnar.evaluator import ColumnarEngine, shipped_columnar

    columnar = shipped_columnar()
    if columnar.rulebase is not engine.rulebase:
        columnar = ColumnarEngine(engine.rulebase)
    return Analyzer(engine, columnar)
