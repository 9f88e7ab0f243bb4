"""The World a scenario runs in and the step actions: what each Gherkin sentence does and checks.

A step that finds the engine saying something else raises `StepFailure`, an `AssertionError` that carries the
expectation and what the engine actually said, in words a researcher can read.
"""

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from innopath.engine.common.errors import ProfileError
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.inference.explain import explain
from innopath.engine.inference.result import PathResult, Recommendation
from innopath.engine.knowledge.profile import FieldType, parse_profile, profile_spec
from innopath.engine.knowledge.rulebase import RuleBase

StepType = Literal["given", "when", "then"]
Table = Sequence[Sequence[str]]

_CJK = "\u4e00-\u9fff"
_SEPARATORS = re.compile(r"\s*(?:[,，、;；]|\band\b|\bor\b|或|和|及)\s*")
_UNKNOWN_WORDS = {"unknown", "未知", "不知道", ""}


class StepFailure(AssertionError):
    """The engine said something other than the step expects."""

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__(f"expected: {expected}\n  actual: {actual}")
        self.expected = expected
        self.actual = actual


class StepError(AssertionError):
    """A step that cannot be carried out as written (unknown path, field, rule; no table; no advice yet)."""


def _split(text: str) -> list[str]:
    return [part.strip(" \"'`“”") for part in _SEPARATORS.split(text.strip()) if part.strip(" \"'`“”")]


def _plain(name: str) -> str:
    """A name compared without case, quotes or surrounding space: “官产学研” matches "官产学研"."""
    return re.sub("[\"'`“”‘’]", "", name).strip().casefold()


@dataclass
class World:
    """The state of one scenario: the answers given so far and, after the When step, the engine's advice."""

    engine: Engine
    raw_answers: dict[str, str] = field(default_factory=dict)
    result: Recommendation | None = None
    inference: Inference | None = None

    @property
    def rulebase(self) -> RuleBase:
        return self.engine.rulebase

    # --- reading the words of a step -------------------------------------------------------------------
    def path_id(self, text: str) -> str:
        """A path named by its id or its Chinese or English name."""
        wanted = _plain(text)
        for path in self.rulebase.paths:
            if wanted in (_plain(path.id), _plain(path.name.zh), _plain(path.name.en)):
                return str(path.id)
        names = ", ".join(f"{p.id} ({p.name.zh})" for p in self.rulebase.paths)
        raise StepError(f"{text!r} is not a path; expected one of {names}")

    def rule_ids(self, text: str) -> list[str]:
        ids = [part.upper() for part in _split(text)]
        unknown = [i for i in ids if i not in self.rulebase.by_id]
        if unknown or not ids:
            raise StepError(
                f"no rule {', '.join(unknown) or text!r} in the rule base (see `innopath rules list`)"
            )
        return ids

    def fact_name(self, text: str) -> str:
        wanted = _plain(text)
        for fact, rule in self.rulebase.assessments.items():
            if wanted in (_plain(fact), _plain(rule.label.zh), _plain(rule.label.en)):
                return str(fact)
        raise StepError(
            f"{text!r} is not an assessment; expected one of {', '.join(sorted(self.rulebase.assessments))}"
        )

    @staticmethod
    def verdicts(text: str) -> list[str]:
        from innopath.reports.labels import labels

        words = {"not advised": "not_advised"}
        for lang in ("zh", "en"):
            words |= {label.casefold(): key for key, label in labels().group("verdicts", lang).items()}
        words |= {key: key for key in ("recommended", "possible", "not_advised", "undetermined")}
        found = []
        for part in _split(text):
            if part.casefold() not in words:
                raise StepError(
                    f"{part!r} is not a verdict; expected recommended, possible, not advised, undetermined "
                    "(推荐, 可考虑, 不建议, 无法判断)"
                )
            found.append(words[part.casefold()])
        return found

    def advice(self) -> Recommendation:
        if self.result is None:
            raise StepError(
                "there is no advice yet: a When step (the expert system gives its advice) must come first"
            )
        return self.result

    def path(self, text: str) -> PathResult:
        return self.advice().path(self.path_id(text))

    def describe(self, path: PathResult) -> str:
        return f"{path.id} (fit {path.fit:+.2f}, {path.verdict})"

    def ranking(self) -> str:
        return ", ".join(self.describe(p) for p in self.advice().paths)

    def why_not(self, path: PathResult, rule_id: str) -> str:
        """Why a rule on a path did not fire, as the explanation says it."""
        from innopath.reports.phrases import describe_unmet

        lang = self.advice().lang
        for missing in [*path.missing, *path.circumstances]:
            if missing.rule == rule_id:
                return "; ".join(describe_unmet(u, lang) for u in missing.unmet)
        blocked = [u.field for u in path.unknowns if rule_id in u.rules]
        if blocked:
            return "blocked by unanswered " + ", ".join(blocked)
        return "its condition does not hold"

    # --- the engine --------------------------------------------------------------------------------------
    def add_answers(self, rows: Table) -> None:
        spec = profile_spec()
        body = list(rows)
        if body and body[0] and body[0][0].strip() not in spec.ids:
            body = body[1:]  # a header row such as | field | value |
        for number, row in enumerate(body, start=1):
            if len(row) < 2:
                raise StepError(f"table row {number}: expected | field | value |, got {list(row)}")
            self.answer(row[0], row[1])

    def answer(self, field_id: str, value: str) -> None:
        spec = profile_spec()
        field_id = field_id.strip()
        if field_id not in spec.ids:
            raise StepError(spec.unknown_name_message(field_id))
        value = value.strip()
        field_spec = spec.field(field_id)
        if field_spec.type == FieldType.CHOICE:  # a choice may be given by its label, e.g. 集群核心大企业
            for choice in field_spec.choices:
                if value.casefold() in (choice.zh.casefold(), choice.en.casefold()):
                    value = choice.value
        if field_spec.type == FieldType.YESNO:
            value = {"yes": "true", "no": "false"}.get(value.casefold(), value)
        if value.casefold() in _UNKNOWN_WORDS:
            self.raw_answers.pop(field_id, None)
        else:
            self.raw_answers[field_id] = value
        self.result = None

    def run(self, lang: Lang) -> None:
        try:
            profile = parse_profile(self.raw_answers, where="answers")
        except ProfileError as exc:
            raise StepError(str(exc)) from None
        self.inference = self.engine.infer(profile.answers())
        self.result = explain(profile, self.inference, self.rulebase, lang)

    def covered(self) -> set[str]:
        """The rules this scenario made conclude something (an assessment only when it came out true)."""
        if self.inference is None:
            return set()
        inference = self.inference
        assess = {self.rulebase.assessments[f].id for f, value in inference.assessments.items() if value}
        return assess | set(inference.evidence) | set(inference.conclusions) | set(inference.requirements)


# --- the step actions ---------------------------------------------------------------------------------------
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
        raise StepError(f"{description!r}: this step needs a table of answers below it: | field | value |")
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
            raise StepError(f"{part.strip()!r}: expected field=value, e.g. rd_resources=4")
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
    top = world.advice().paths[0]
    if top.id != wanted or top.verdict != "recommended":
        raise StepFailure(f"first choice {wanted}, recommended", f"ranking {world.ranking()}")


def then_first_is_one_of(world: World, paths: str) -> None:
    """Case library: the path that comes first is one of these, whatever its verdict."""
    wanted = [world.path_id(p) for p in _split(paths)]
    if world.advice().ranking[0] not in wanted:
        raise StepFailure(f"first choice one of {', '.join(wanted)}", f"ranking {world.ranking()}")


def then_in_top_two(world: World, path: str) -> None:
    wanted = world.path_id(path)
    if wanted not in world.advice().ranking[:2]:
        raise StepFailure(f"{wanted} among the top two", f"ranking {world.ranking()}")


def then_not_first(world: World, path: str) -> None:
    wanted = world.path_id(path)
    if world.advice().ranking[0] == wanted:
        raise StepFailure(f"{wanted} does not come first", f"ranking {world.ranking()}")


def then_verdict(world: World, path: str, verdicts: str) -> None:
    result, wanted = world.path(path), world.verdicts(verdicts)
    if result.verdict not in wanted:
        vetoed = f", vetoed by {', '.join(result.vetoed_by)}" if result.vetoed_by else ""
        raise StepFailure(f"{result.id} is {' or '.join(wanted)}", world.describe(result) + vetoed)


def then_ranks_above(world: World, first: str, second: str) -> None:
    a, b = world.path_id(first), world.path_id(second)
    ranking = world.advice().ranking
    if ranking.index(a) >= ranking.index(b):
        raise StepFailure(f"{a} ranks above {b}", f"ranking {world.ranking()}")


_FIT_TESTS: dict[str, Callable[[float, float], bool]] = {
    "at least": lambda a, b: a >= b,
    "不低于": lambda a, b: a >= b,
    "at most": lambda a, b: a <= b,
    "不高于": lambda a, b: a <= b,
    "above": lambda a, b: a > b,
    "高于": lambda a, b: a > b,
    "below": lambda a, b: a < b,
    "低于": lambda a, b: a < b,
}


def then_fit(world: World, path: str, cmp: str, value: str) -> None:
    result = world.path(path)
    try:
        bound = float(value)
    except ValueError:
        raise StepError(f"{value!r} is not a number; a fit is between -1 and 1") from None
    if not _FIT_TESTS[cmp](result.fit, bound):
        raise StepFailure(f"the fit of {result.id} is {cmp} {bound:+.2f}", world.describe(result))


def then_reasons(world: World, side: str, path: str, neg: str, rules: str) -> None:
    result = world.path(path)
    direction = "for" if side in ("for", "支持") else "against"
    listed = [r.rule for r in (result.reasons if direction == "for" else result.against)]
    for rule_id in world.rule_ids(rules):
        if _negated(neg) == (rule_id in listed):
            shown = ", ".join(listed) or "none"
            why = "" if _negated(neg) else f"; {rule_id} did not fire: {world.why_not(result, rule_id)}"
            verb = "do not include" if _negated(neg) else "include"
            raise StepFailure(
                f"the reasons {direction} {result.id} {verb} {rule_id}",
                f"reasons {direction} {result.id}: {shown}{why}",
            )


def then_vetoed(world: World, path: str, rules: str) -> None:
    result = world.path(path)
    for rule_id in world.rule_ids(rules):
        if rule_id not in result.vetoed_by:
            raise StepFailure(
                f"{result.id} vetoed by {rule_id}",
                f"{world.describe(result)}, vetoed by {', '.join(result.vetoed_by) or 'no rule'}",
            )


def then_unknowns(world: World, fields: str, path: str | None = None) -> None:
    advice = world.advice()
    paths = [world.path(path)] if path else advice.paths
    listed = [u.field for p in paths for u in p.unknowns]
    where = f" for {paths[0].id}" if path else ""
    for field_id in _split(fields):
        if field_id not in profile_spec().ids:
            raise StepError(profile_spec().unknown_name_message(field_id))
        if field_id not in listed:
            shown = ", ".join(dict.fromkeys(listed)) or "none"
            raise StepFailure(f"the unknowns that matter{where} include {field_id}", f"they are: {shown}")


def then_assessment(world: World, fact: str, state: str) -> None:
    name = world.fact_name(fact)
    world.advice()
    actual = world.inference.assessments.get(name) if world.inference else None
    wanted = {"holds": True, "成立": True, "does not hold": False, "不成立": False}.get(state)
    words = {True: "holds", False: "does not hold", None: "is undecided"}
    if actual != wanted:
        raise StepFailure(f"the assessment {name} {words[wanted]}", f"it {words[actual]}")


def _conclusions(kind: str) -> Callable[[World, str, str], None]:
    def action(world: World, neg: str, rules: str) -> None:
        advice = world.advice()
        listed = (
            [c.rule for c in advice.combination] if kind == "combination" else [a.rule for a in advice.advice]
        )
        for rule_id in world.rule_ids(rules):
            if _negated(neg) == (rule_id in listed):
                raise StepFailure(
                    f"the {kind} {'does not include' if _negated(neg) else 'includes'} {rule_id}",
                    f"the {kind} holds {', '.join(listed) or 'nothing'}",
                )

    return action


def then_fires(world: World, rules: str, neg: str) -> None:
    world.advice()
    fired = world.covered()  # an assessment "fires" when its judgement comes out true, as coverage counts it
    for rule_id in world.rule_ids(rules):
        if _negated(neg) == (rule_id in fired):
            raise StepFailure(
                f"rule {rule_id} {'does not fire' if _negated(neg) else 'fires'}",
                f"it {'fired' if rule_id in fired else 'did not fire'}",
            )


def then_no_recommendation(world: World) -> None:
    advice = world.advice()
    backed = [p for p in advice.paths if p.verdict in ("recommended", "possible")]
    if backed:
        raise StepFailure("no path is recommended or possible", f"ranking {world.ranking()}")


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
        raise StepFailure(f"the report says {sentence!r}", "the report does not say so")
