"""Answers between the browser and the store: questions as widgets, typed values parsed exactly as
`innopath ask` parses them (same messages), results computed and kept with each saved version.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from innopath.engine.applications.interview.store import to_profile
from innopath.engine.applications.reporting.builder import display_answer, report_labels
from innopath.engine.common.text import Lang
from innopath.engine.inference.explain import recommend
from innopath.engine.inference.result import Recommendation
from innopath.engine.knowledge.profile import LEVEL_MAX, LEVEL_MIN, Answer, FieldSpec, FieldType, ProfileBase
from innopath.engine.knowledge.questionnaire import COMBINATION, GENERAL, parse_answer
from innopath.engine.store.repository import Answers, Outcome, Saved, Store
from innopath.engine.web.context import questionnaire, rulebase, why_index
from innopath.reports.labels import labels

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class WhyUse:
    sign: str
    rule: str
    source: str
    text: str
    via: str


@dataclass(frozen=True)
class Question:
    """One question as a page shows it."""

    id: str
    label: str
    help: str
    source: str | None
    type: str
    options: list[Option]
    """Radio choices (levels, yes/no, choices); empty for typed answers."""
    hint: str
    value: str
    """The current answer as the form holds it ("unknown", "", a value)."""
    shown: str
    """The current answer in words."""
    answered: bool
    applies: bool
    error: str | None = None
    note: str | None = None
    why: list[tuple[str, list[WhyUse]]] = field(default_factory=list)
    why_count: int = 0
    gates: list[str] = field(default_factory=list)


def form_value(spec: FieldSpec, value: Answer | None, asked: bool) -> str:
    if not asked:
        return ""
    if value is None:
        return UNKNOWN
    if spec.type == FieldType.YESNO:
        return "yes" if value else "no"
    return str(value)


def show(spec: FieldSpec, value: Answer | None, lang: Lang) -> str:
    levels = {level: text(lang) for level, text in spec_levels().items()}
    return display_answer(spec, value, lang, report_labels().group("report", lang), levels)


def spec_levels() -> Mapping[int, Any]:
    return rulebase().spec.levels


def options(spec: FieldSpec, lang: Lang) -> list[Option]:
    ask = labels().group("ask", lang)
    match spec.type:
        case FieldType.LEVEL:
            levels = spec_levels()
            return [Option(str(n), f"{n} · {levels[n](lang)}") for n in range(LEVEL_MIN, LEVEL_MAX + 1)]
        case FieldType.YESNO:
            return [Option("yes", ask["yes"]), Option("no", ask["no"])]
        case FieldType.CHOICE:
            return [Option(c.value, c.label(lang)) for c in spec.choices]
    return []


def hint(spec: FieldSpec, lang: Lang) -> str:
    ask = labels().group("ask", lang)
    return ask[f"hint_{spec.type.value}"].format(max=len(spec.choices))


def why_of(spec: FieldSpec, lang: Lang) -> tuple[list[tuple[str, list[WhyUse]]], int, list[str]]:
    """The rules that read this answer, grouped by path (as `innopath ask`'s "why")."""
    why = why_index().why(spec.id)
    ask = labels().group("ask", lang)
    groups = []
    for key, uses in why.groups:
        if key == GENERAL:
            heading = ask["why_general"]
        elif key == COMBINATION:
            heading = ask["why_combination"]
        else:
            heading = rulebase().path(key).name(lang)
        shown = []
        for use in uses:
            named = [
                ask["why_not"].format(fact=a.label(lang)) if a.fact in use.negated else a.label(lang)
                for a in use.via
            ]
            via = ask["why_via"].format(facts=", ".join(named)) if named else ""
            sign = {"for": "+", "against": "−"}.get(use.direction or "", "·")
            shown.append(WhyUse(sign, use.rule.id, use.rule.source, use.rule.because(lang), via))
        groups.append((heading, shown))
    return groups, why.rule_count, [g.label(lang) for g in why.gates]


def question(spec: FieldSpec, answers: Answers, lang: Lang, *, with_why: bool = True) -> Question:
    asked = spec.id in answers
    value = answers.get(spec.id)
    groups, count, gates = why_of(spec, lang) if with_why else ([], 0, [])
    return Question(
        id=spec.id,
        label=spec.label(lang),
        help=spec.help(lang),
        source=spec.source,
        type=spec.type.value,
        options=options(spec, lang),
        hint=hint(spec, lang),
        value=form_value(spec, value, asked),
        shown=show(spec, value, lang) if asked else "",
        answered=asked,
        applies=questionnaire().applies(spec.id, answers),
        why=groups,
        why_count=count,
        gates=gates,
    )


@dataclass(frozen=True)
class ParsedForm:
    changes: dict[str, Answer | None]
    errors: dict[str, str]
    notes: dict[str, str]
    typed: dict[str, str]


def parse_form(form: Mapping[str, Any], answers: Answers, lang: Lang, fields: list[FieldSpec]) -> ParsedForm:
    """The answers a form gives for `fields`, parsed as `innopath ask` parses a typed line.

    A field left empty that has no answer yet is not an answer (the question stays unasked); one that has
    an answer keeps it. Only answers that differ from `answers` are changes.
    """
    ask = labels().group("ask", lang)
    changes: dict[str, Answer | None] = {}
    errors: dict[str, str] = {}
    notes: dict[str, str] = {}
    typed: dict[str, str] = {}
    for spec in fields:
        raw = form.get(spec.id)
        if not isinstance(raw, str):
            continue
        typed[spec.id] = raw
        if not raw.strip() and spec.id not in answers:
            continue
        parsed = parse_answer(spec, raw, has_current=spec.id in answers)
        if parsed.error is not None:
            errors[spec.id] = ask[parsed.error.key].format(**parsed.error.values)
        elif parsed.is_answer:
            if parsed.note is not None and spec.type == FieldType.SHARE and raw.strip() != str(parsed.value):
                notes[spec.id] = ask[parsed.note.key].format(**parsed.note.values)
            if spec.id not in answers or answers[spec.id] != parsed.value:
                changes[spec.id] = parsed.value
    return ParsedForm(changes, errors, notes, typed)


def profile_of(answers: Answers) -> ProfileBase:
    return to_profile(answers)


def outcome_of(answers: Answers) -> Outcome:
    result = recommend(profile_of(answers), "en")
    top = result.ranking[0]
    return Outcome(result.rulebase_version, result.model_dump_json(), top, result.path(top).verdict)


def first_paths(outcome: Outcome | None) -> list[str]:
    """The paths sharing first place in a kept result, read from its JSON (`paths[].rank`); `top_path`, the
    path listed first, stands alone in a result kept before places were shared (it has no ranks). None: no
    result kept.
    """
    if outcome is None:
        return []
    try:
        paths = json.loads(outcome.result).get("paths", [])
        first = [p["id"] for p in paths if p.get("rank") == 1]
    except (ValueError, TypeError, AttributeError, KeyError):
        first = []
    return first or ([outcome.top_path] if outcome.top_path else [])


def recommendation(answers: Answers, lang: Lang) -> Recommendation:
    return recommend(profile_of(answers), lang)


def save(store: Store, assessment_id: int, changes: Answers, base: int, note: str | None = None) -> Saved:
    """Save answers as a new version, dropping answers to questions that no longer apply."""
    return store.save(
        assessment_id, changes, base, prune=questionnaire().prune, outcome_of=outcome_of, note=note
    )


def progress(answers: Answers) -> tuple[int, int]:
    """Questions answered (known or unknown) among those that apply, and how many apply."""
    active = questionnaire().active(answers)
    return sum(1 for f in active if f.id in answers), len(active)
