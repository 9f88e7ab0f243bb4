"""The step actions: what each Gherkin sentence of the vocabulary does and checks.

Every expectation and every "actually" is a phrase of reports/errors.yaml (`step_*`), so a failure reads in
the reader's language whatever language the feature file is written in.
"""

import io
import re
from collections.abc import Callable

from innopath.engine.applications.validation.steps import (
    StepError,
    StepFailure,
    Table,
    World,
    _split,
    verdict_word,
)
from innopath.engine.common.errors import Joined, say
from innopath.engine.common.text import Lang, Text
from innopath.engine.knowledge.profile import profile_spec


def _negated(word: str) -> bool:
    return word.strip() in (
        "do not include",
        "does not include",
        "does not fire",
        "do not fire",
        "不包括",
        "未触发",
    )


def given_table(world: World, description: str, datatable: Table | None = None) -> None:
    if not datatable:
        raise StepError(say("step_needs_table", description=repr(description)))
    world.add_answers(datatable)


def given_answer(world: World, field: str, value: str) -> None:
    world.answer(field, value)


def given_answers(world: World, answers: str) -> None:
    """Answers written on one line, `field=value, field=value`: the form Examples rows use."""
    for part in re.split(r"[,，;；]", answers):
        if not part.strip():
            continue
        name, equals, value = part.partition("=")
        if not equals:
            raise StepError(say("step_field_value", part=repr(part.strip())))
        world.answer(name, value)


def given_nothing_known(world: World) -> None:
    world.raw_answers.clear()
    world.result = None


def when_advice(lang: Lang) -> Callable[[World], None]:
    def action(world: World) -> None:
        world.run(lang)

    return action


def then_first_choice(world: World, path: str) -> None:
    wanted = world.path_id(path)
    advice = world.advice()
    if advice.first() != [wanted] or advice.path(wanted).verdict != "recommended":
        raise StepFailure(say("step_first_choice", path=world.shown(wanted)), world.ranking())


def then_first_is_one_of(world: World, paths: str) -> None:
    """Case library: the path that comes first is one of these, whatever its verdict; when paths share
    first place, each of them must be.
    """
    wanted = [world.path_id(p) for p in _split(paths)]
    if not set(world.advice().first()) <= set(wanted):
        raise StepFailure(say("step_first_one_of", paths=world.shown_list(wanted)), world.ranking())


def then_in_top_two(world: World, path: str) -> None:
    """In the top two whichever way its ties are broken: sharing second place with a third path is not
    enough, since the evidence does not put it ahead of that path.
    """
    wanted = world.path_id(path)
    advice = world.advice()
    if advice.lowest_place(advice.path(wanted)) > 2:
        raise StepFailure(say("step_top_two", path=world.shown(wanted)), world.ranking())


def then_not_first(world: World, path: str) -> None:
    wanted = world.path_id(path)
    if world.advice().path(wanted).rank == 1:
        raise StepFailure(say("step_not_first", path=world.shown(wanted)), world.ranking())


def then_verdict(world: World, path: str, verdicts: str) -> None:
    result, wanted = world.path(path), world.verdicts(verdicts)
    if result.verdict not in wanted:
        state = world.describe(result)
        actual = say("step_state_vetoed", state=state, rules=", ".join(result.vetoed_by))
        expected = say(
            "step_verdict",
            path=world.shown(result.id),
            verdicts=Joined(tuple(map(verdict_word, wanted)), "or_sep"),
        )
        raise StepFailure(expected, actual if result.vetoed_by else state)


def then_ranks_above(world: World, first: str, second: str) -> None:
    a, b = world.path_id(first), world.path_id(second)
    advice = world.advice()
    if advice.path(a).rank >= advice.path(b).rank:
        raise StepFailure(say("step_ranks_above", a=world.shown(a), b=world.shown(b)), world.ranking())


def then_share_place(world: World, first: str, second: str) -> None:
    """The evidence cannot separate the two: the same verdict and the same printed fit."""
    a, b = world.path_id(first), world.path_id(second)
    advice = world.advice()
    if advice.path(a).rank != advice.path(b).rank:
        raise StepFailure(say("step_share_place", a=world.shown(a), b=world.shown(b)), world.ranking())


_FIT_TESTS: dict[str, tuple[str, Callable[[float, float], bool]]] = {
    "at least": ("at_least", lambda a, b: a >= b),
    "不低于": ("at_least", lambda a, b: a >= b),
    "at most": ("at_most", lambda a, b: a <= b),
    "不高于": ("at_most", lambda a, b: a <= b),
    "above": ("above", lambda a, b: a > b),
    "高于": ("above", lambda a, b: a > b),
    "below": ("below", lambda a, b: a < b),
    "低于": ("below", lambda a, b: a < b),
}
"""A comparison of a step, in either language: (its name in reports/errors.yaml `cmp_*`, the test)."""


def then_fit(world: World, path: str, cmp: str, value: str) -> None:
    result = world.path(path)
    try:
        bound = float(value)
    except ValueError:
        raise StepError(say("step_not_number", value=repr(value))) from None
    name, holds = _FIT_TESTS[cmp]
    if not holds(result.fit, bound):
        expected = say("step_fit", path=world.shown(result.id), cmp=say(f"cmp_{name}"), bound=f"{bound:+.2f}")
        raise StepFailure(expected, world.describe(result))


def then_reasons(world: World, side: str, path: str, neg: str, rules: str) -> None:
    result = world.path(path)
    direction = "for" if side in ("for", "支持") else "against"
    listed = [r.rule for r in (result.reasons if direction == "for" else result.against)]
    for rule_id in world.rule_ids(rules):
        if _negated(neg) == (rule_id in listed):
            shown = ", ".join(listed) or say("none_seen")
            why = (
                ""
                if _negated(neg)
                else say("step_did_not_fire", rule=rule_id, why=world.why_not(result, rule_id))
            )
            verb = say("step_not_include" if _negated(neg) else "step_include")
            where = {"side": say(f"dir_{direction}"), "path": world.shown(result.id)}
            raise StepFailure(
                say("step_reasons", verb=verb, rule=rule_id, **where),
                say("step_reasons_are", shown=shown, why=why, **where),
            )


def then_vetoed(world: World, path: str, rules: str) -> None:
    result = world.path(path)
    for rule_id in world.rule_ids(rules):
        if rule_id not in result.vetoed_by:
            vetoes = ", ".join(result.vetoed_by) or say("step_no_rule_vetoed")
            raise StepFailure(
                say("step_vetoed_by", path=world.shown(result.id), rule=rule_id),
                say("step_state_vetoed", state=world.describe(result), rules=vetoes),
            )


def then_unknowns(world: World, fields: str, path: str | None = None) -> None:
    advice = world.advice()
    paths = [world.path(path)] if path else advice.paths
    listed = [u.field for p in paths for u in p.unknowns]
    where = say("step_for_path", path=world.shown(paths[0].id)) if path else ""
    for field_id in _split(fields):
        if field_id not in profile_spec().ids:
            raise StepError(profile_spec().unknown_name_phrase(field_id))
        if field_id not in listed:
            shown = ", ".join(dict.fromkeys(listed)) or say("none_seen")
            raise StepFailure(
                say("step_unknowns", where=where, field=field_id), say("step_they_are", shown=shown)
            )


_STATES = {True: "state_holds", False: "state_not_holds", None: "state_undecided"}


def then_assessment(world: World, fact: str, state: str) -> None:
    name = world.fact_name(fact)
    world.advice()
    actual = world.inference.assessments.get(name) if world.inference else None
    wanted = {"holds": True, "成立": True, "does not hold": False, "不成立": False}.get(state)
    if actual != wanted:
        raise StepFailure(
            say("step_assessment", fact=name, state=say(_STATES[wanted])),
            say("step_it", state=say(_STATES[actual])),
        )


def _conclusions(kind: str) -> Callable[[World, str, str], None]:
    def action(world: World, neg: str, rules: str) -> None:
        advice = world.advice()
        listed = (
            [c.rule for c in advice.combination] if kind == "combination" else [a.rule for a in advice.advice]
        )
        for rule_id in world.rule_ids(rules):
            if _negated(neg) == (rule_id in listed):
                verb = say("step_not_includes" if _negated(neg) else "step_includes")
                raise StepFailure(
                    say("step_conclusions", kind=say(f"step_kind_{kind}"), verb=verb, rule=rule_id),
                    say(
                        "step_holds",
                        kind=say(f"step_kind_{kind}"),
                        listed=", ".join(listed) or say("step_nothing"),
                    ),
                )

    return action


def then_fires(world: World, rules: str, neg: str) -> None:
    world.advice()
    fired = world.covered()  # an assessment "fires" when its judgement comes out true, as coverage counts it
    for rule_id in world.rule_ids(rules):
        if _negated(neg) == (rule_id in fired):
            raise StepFailure(
                say(
                    "step_rule_fires",
                    rule=rule_id,
                    state=say("step_not_fires" if _negated(neg) else "step_fires"),
                ),
                say("step_it", state=say("step_fired" if rule_id in fired else "step_not_fired")),
            )


def then_no_recommendation(world: World) -> None:
    advice = world.advice()
    backed = [p for p in advice.paths if p.verdict in ("recommended", "possible")]
    if backed:
        raise StepFailure(say("step_none_backed"), world.ranking())


def then_report_says_none(world: World) -> None:
    """Render the terminal report and look for its 'no recommendation' sentence."""
    from rich.console import Console

    from innopath.engine.applications.terminal import print_recommendation
    from innopath.reports.labels import labels

    advice = world.advice()
    console = Console(record=True, width=200, file=io.StringIO())
    print_recommendation(advice, console=console)
    text = console.export_text()
    sentence = labels().get("ui", "no_recommendation", advice.lang)
    if sentence not in text:
        said = Text(**{lang: repr(labels().get("ui", "no_recommendation", lang)) for lang in ("zh", "en")})
        raise StepFailure(say("step_report_says", sentence=said), say("step_report_not"))
