"""The interview's logic, free of terminal I/O: which question comes next, what an answer means, and why a
question is asked.

Everything a question shows comes from `rules/profile.yaml` (labels, help, scale, choices, source, the
`ask_if` skip condition); "why are you asking?" is computed from the rule base, as MYCIN's WHY was, by
finding the rules that read the field directly or through the assessments built on it. Words the person
reads come from `reports/labels.yaml` (group `ask`); this module returns data and label keys, not prose.
"""

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from innopath.engine.knowledge.conditions import (
    Condition,
    Facts,
    FactTest,
    FieldTest,
    evaluate,
    leaves,
    parse_condition,
    to_nnf,
)
from innopath.engine.knowledge.profile import (
    FULL_WIDTH,
    LEVEL_MAX,
    LEVEL_MIN,
    NO_WORDS,
    UNKNOWN_WORDS,
    YES_WORDS,
    Answer,
    FieldSpec,
    FieldType,
    ProfileSpec,
    profile_spec,
)
from innopath.engine.knowledge.rulebase import (
    AdviseRule,
    AnyRule,
    AssessRule,
    CombineRule,
    EvidenceRule,
    RuleBase,
)

Answers = Mapping[str, Answer | None]
"""Answers given so far: a field id maps to its value, or to None when the person said "unknown".
A field that is absent has not been asked yet."""

UNKNOWN_COMMANDS = frozenset({*UNKNOWN_WORDS - {""}, "u", "不清楚", "不确定"})
HELP_COMMANDS = frozenset({"?", "？", "help", "h", "帮助"})
WHY_COMMANDS = frozenset({"why", "w", "为什么", "为何"})
BACK_COMMANDS = frozenset({"back", "b", "<", "返回", "上一题"})
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")

Command = Literal["unknown", "help", "why", "back", "keep"]


# ---------------------------------------------------------------------------------------------------------
# Answer parsing
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """A message for the person: a key of the `ask` label group and the values its template takes."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Parsed:
    """What one typed line meant: a value, a command, or a rejection with its reason.

    `value` is meaningful only when `command` and `error` are both None (a known answer) or when `command`
    is "unknown" (then it is None). `note` says how an answer was understood (e.g. 5 read as 5%).
    """

    value: Answer | None = None
    command: Command | None = None
    error: Note | None = None
    note: Note | None = None

    @property
    def is_answer(self) -> bool:
        """A known answer or "unknown": something to record."""
        return self.error is None and self.command in (None, "unknown")


def _number(text: str) -> float | None:
    cleaned = text.translate(FULL_WIDTH).replace(",", "").replace("，", "").strip()
    return float(cleaned) if _NUMBER.match(cleaned) else None


def _format_number(value: float) -> str:
    return f"{value:.6g}"


def parse_answer(spec: FieldSpec, typed: str, *, has_current: bool = False) -> Parsed:
    """Interpret one line typed for the question `spec`.

    Commands (`unknown`, `?`, `why`, `back`) are recognised for every question. An empty line keeps the
    current answer when there is one (`keep`), is "unknown" for a text question, and is rejected otherwise,
    so that a stray Enter never records anything by accident.
    """
    text = typed.strip()
    word = text.lower()
    if not text:
        if has_current:
            return Parsed(command="keep")
        if spec.type == FieldType.TEXT:
            return Parsed(command="unknown")
        return Parsed(error=Note("err_empty"))
    if word in UNKNOWN_COMMANDS:
        return Parsed(command="unknown")
    if word in HELP_COMMANDS:
        return Parsed(command="help")
    if word in WHY_COMMANDS:
        return Parsed(command="why")
    if word in BACK_COMMANDS:
        return Parsed(command="back")
    match spec.type:
        case FieldType.TEXT:
            return Parsed(value=text)
        case FieldType.LEVEL:
            return _parse_level(text)
        case FieldType.COUNT:
            return _parse_count(text, spec.max)
        case FieldType.SHARE:
            return _parse_share(text)
        case FieldType.YESNO:
            return _parse_yesno(word)
        case FieldType.CHOICE:
            return _parse_choice(spec, word)
    raise TypeError(spec.type)


def _parse_level(text: str) -> Parsed:
    level = profile_spec().level_of(text)
    if level is not None:
        return Parsed(value=level)
    number = _number(text)
    if number is None or not number.is_integer():
        return Parsed(error=Note("err_level", {"given": text, "min": LEVEL_MIN, "max": LEVEL_MAX}))
    if not LEVEL_MIN <= number <= LEVEL_MAX:
        return Parsed(error=Note("err_level_range", {"given": text, "min": LEVEL_MIN, "max": LEVEL_MAX}))
    return Parsed(value=int(number))


def _parse_count(text: str, most: int | None) -> Parsed:
    number = _number(text)
    if number is None or not number.is_integer():
        return Parsed(error=Note("err_count", {"given": text}))
    if number < 0:
        return Parsed(error=Note("err_count_negative", {"given": text}))
    if most is not None and number > most:
        return Parsed(error=Note("err_count_max", {"given": text, "max": most}))
    return Parsed(value=int(number))


def _parse_share(text: str) -> Parsed:
    """A fraction (0.05) or a percentage (5% or a bare 5): say which reading was taken."""
    percent = text.translate(FULL_WIDTH).endswith("%")
    number = _number(text[:-1]) if percent else _number(text)
    if number is None or not math.isfinite(number):
        return Parsed(error=Note("err_share", {"given": text}))
    if percent or number > 1:
        if not 0 <= number <= 100:
            return Parsed(error=Note("err_share_range", {"given": text}))
        value = round(number / 100, 10)
        key = "understood_percent" if percent else "understood_bare_percent"
    else:
        if number < 0:
            return Parsed(error=Note("err_share_range", {"given": text}))
        value = number
        key = "understood_fraction"
    shown = {"given": text, "fraction": _format_number(value), "percent": _format_number(value * 100)}
    return Parsed(value=value, note=Note(key, shown))


def _parse_yesno(word: str) -> Parsed:
    if word in YES_WORDS:
        return Parsed(value=True)
    if word in NO_WORDS:
        return Parsed(value=False)
    return Parsed(error=Note("err_yesno", {"given": word}))


def _parse_choice(spec: FieldSpec, word: str) -> Parsed:
    number = _number(word)
    if number is not None:
        if number.is_integer() and 1 <= number <= len(spec.choices):
            return Parsed(value=spec.choices[int(number) - 1].value)
        return Parsed(error=Note("err_choice_number", {"given": word, "max": len(spec.choices)}))
    for choice in spec.choices:
        if word in (choice.value.lower(), choice.zh, choice.en.lower()):
            return Parsed(value=choice.value)
    return Parsed(
        error=Note(
            "err_choice", {"given": word, "max": len(spec.choices), "values": ", ".join(spec.choice_values)}
        )
    )


def show_answer(spec: FieldSpec, value: Answer | None, lang: Literal["zh", "en"]) -> str | None:
    """An answer as the person reads it back (a choice by its label, a share as a percentage); None when
    the answer is unknown, for the caller to word.
    """
    if value is None:
        return None
    match spec.type:
        case FieldType.CHOICE:
            choice = next((c for c in spec.choices if c.value == value), None)
            return choice.label(lang) if choice else str(value)
        case FieldType.SHARE:
            return f"{_format_number(float(value) * 100)}%"
        case _:
            return str(value)


# ---------------------------------------------------------------------------------------------------------
# Order and skip logic
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Position:
    """Where a question stands among those that currently apply: "question `number` of `total`"."""

    field: FieldSpec
    number: int
    total: int


class Questionnaire:
    """The questions of a `ProfileSpec` in section order, with their skip conditions.

    A question is skipped only when its `ask_if` is definitely false given the answers so far (three-valued:
    a condition on an unanswered or unknown field is unknown, and the question is asked).
    """

    def __init__(self, spec: ProfileSpec) -> None:
        self.spec = spec
        section_rank = {s.id: i for i, s in enumerate(spec.sections)}
        self.fields: tuple[FieldSpec, ...] = tuple(
            sorted(spec.fields, key=lambda f: section_rank[f.section])  # stable: keeps file order within
        )
        self.conditions: dict[str, Condition] = {
            f.id: parse_condition(f.ask_if, spec, allow_verdicts=False) for f in spec.fields if f.ask_if
        }

    def applies(self, field_id: str, answers: Answers) -> bool:
        """Whether the question may matter: its `ask_if` is true or still unknown."""
        condition = self.conditions.get(field_id)
        if condition is None:
            return True
        known = {k: v for k, v in answers.items() if v is not None}
        return evaluate(condition, Facts(known)) is not False

    def active(self, answers: Answers) -> list[FieldSpec]:
        """The questions that apply, in order."""
        return [f for f in self.fields if self.applies(f.id, answers)]

    def skipped(self, answers: Answers) -> list[FieldSpec]:
        return [f for f in self.fields if not self.applies(f.id, answers)]

    def assessed(self, answers: Answers) -> list[FieldSpec]:
        """The questions the advice rests on: those that apply, less the text ones (names, industry)."""
        return [f for f in self.active(answers) if f.type != FieldType.TEXT]

    def known(self, answers: Answers) -> tuple[int, int]:
        """How many assessed questions have a known answer (not unknown, not unasked), and how many apply:
        the one count a reader is shown wherever "n of m answered" is said.
        """
        applicable = self.assessed(answers)
        return sum(1 for f in applicable if answers.get(f.id) is not None), len(applicable)

    def position(self, field_id: str, answers: Answers) -> Position:
        active = self.active(answers)
        index = next(i for i, f in enumerate(active) if f.id == field_id)
        return Position(active[index], index + 1, len(active))

    def next_unanswered(self, answers: Answers) -> FieldSpec | None:
        """The first question that applies and has not been asked; None when the interview is complete."""
        return next((f for f in self.active(answers) if f.id not in answers), None)

    def previous(self, field_id: str, answers: Answers) -> FieldSpec | None:
        """The question before `field_id` among those that apply (for `back`)."""
        active = self.active(answers)
        ids = [f.id for f in active]
        if field_id not in ids:
            return active[-1] if active else None
        index = ids.index(field_id)
        return active[index - 1] if index > 0 else None

    def prune(self, answers: Answers) -> dict[str, Answer | None]:
        """The answers without those to questions that no longer apply (e.g. after an edit)."""
        pruned = dict(answers)
        while True:
            drop = [k for k in pruned if k in self.conditions and not self.applies(k, pruned)]
            if not drop:
                return pruned
            for key in drop:
                del pruned[key]

    def gates(self, field_id: str) -> list[FieldSpec]:
        """The questions whose `ask_if` reads `field_id`: answering it may skip them."""
        return [
            f
            for f in self.fields
            if f.id in self.conditions
            and any(
                isinstance(leaf, FieldTest) and leaf.field == field_id
                for leaf in leaves(self.conditions[f.id])
            )
        ]


# ---------------------------------------------------------------------------------------------------------
# Why are you asking?
# ---------------------------------------------------------------------------------------------------------

GENERAL = "general"
COMBINATION = "combination"


@dataclass(frozen=True)
class Use:
    """One rule that reads a field: directly (`via` empty) or through the assessments in `via`."""

    rule: AnyRule
    via: tuple[AssessRule, ...]
    negated: frozenset[str] = frozenset()
    """Facts of `via` the rule needs to be false (tested under a `not`)."""

    @property
    def direction(self) -> str | None:
        return self.rule.direction if isinstance(self.rule, EvidenceRule) else None


@dataclass(frozen=True)
class Why:
    """The rules an answer bears on, grouped by path (in the rule base's path order), then general advice
    and combinations; plus the questions it decides whether to ask.
    """

    field: FieldSpec
    groups: tuple[tuple[str, tuple[Use, ...]], ...]
    gates: tuple[FieldSpec, ...]

    @property
    def rule_count(self) -> int:
        return sum(len(uses) for _, uses in self.groups)


class WhyIndex:
    """Which rules read each field, computed once from a rule base."""

    def __init__(self, rulebase: RuleBase, questionnaire: Questionnaire) -> None:
        self.rulebase = rulebase
        self.questionnaire = questionnaire

    @cached_property
    def _facts_reading(self) -> dict[str, dict[str, tuple[AssessRule, ...]]]:
        """Field id -> {fact -> the chain of assess rules from the one reading the field to the fact}."""
        assessments = self.rulebase.assessments
        direct: dict[str, set[str]] = {}
        uses: dict[str, set[str]] = {}
        for fact, rule in assessments.items():
            for leaf in leaves(rule.condition):
                if isinstance(leaf, FieldTest):
                    direct.setdefault(fact, set()).add(leaf.field)
                elif isinstance(leaf, FactTest):
                    uses.setdefault(fact, set()).add(leaf.fact)
        result: dict[str, dict[str, tuple[AssessRule, ...]]] = {}

        def chain(fact: str, seen: tuple[str, ...]) -> Iterable[tuple[str, tuple[AssessRule, ...]]]:
            for field_id in sorted(direct.get(fact, ())):
                yield field_id, (assessments[fact],)
            for inner in sorted(uses.get(fact, ())):
                if inner in seen or inner not in assessments:
                    continue
                for field_id, path in chain(inner, (*seen, inner)):
                    yield field_id, (*path, assessments[fact])

        for fact in assessments:
            for field_id, path in chain(fact, (fact,)):
                result.setdefault(field_id, {}).setdefault(fact, path)
        return result

    def uses(self, field_id: str) -> list[Use]:
        """Every non-assess rule that reads `field_id`, with the assessments it reads it through."""
        facts = self._facts_reading.get(field_id, {})
        found: list[Use] = []
        for rule in self.rulebase.rules:
            if isinstance(rule, AssessRule):
                continue
            direct = False
            via: list[AssessRule] = []
            negated: set[str] = set()
            for leaf in leaves(to_nnf(rule.condition)):
                if isinstance(leaf, FieldTest) and leaf.field == field_id:
                    direct = True
                elif isinstance(leaf, FactTest) and leaf.fact in facts:
                    via += [a for a in facts[leaf.fact] if a not in via]
                    if not leaf.expected:
                        negated.add(leaf.fact)
            if direct or via:
                found.append(
                    Use(rule, () if direct else tuple(via), frozenset(negated) if via else frozenset())
                )
        return found

    def why(self, field_id: str) -> Why:
        spec = self.questionnaire.spec.field(field_id)
        groups: dict[str, list[Use]] = {}
        for use in self.uses(field_id):
            rule = use.rule
            key = COMBINATION if isinstance(rule, CombineRule) else (rule.bears_on or GENERAL)
            groups.setdefault(key, []).append(use)
        order = [*self.rulebase.path_ids, GENERAL, COMBINATION]
        ordered = tuple((key, tuple(sorted(groups[key], key=_use_order))) for key in order if key in groups)
        return Why(spec, ordered, tuple(self.questionnaire.gates(field_id)))


def _use_order(use: Use) -> tuple[int, str]:
    kind = {EvidenceRule: 0, AdviseRule: 1, CombineRule: 2}.get(type(use.rule), 3)
    return kind, use.rule.id
