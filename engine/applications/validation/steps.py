"""Run Gherkin scenarios (features/*.feature) against a rule base: pass/fail per scenario and rule coverage.

The step vocabulary lives here, once: `VOCABULARY` lists every step a feature file may use, in English and in
Chinese, as a regular expression and an action on a `World`. `innopath validate` matches and runs the steps
itself; the pytest-bdd step modules in `tests/features/` register the very same entries with pytest-bdd
(`bdd_step`), so the two cannot drift apart. Feature files are parsed with pytest-bdd's own parser, so
Scenario Outlines, Examples tables, Backgrounds and data tables mean the same thing in both runners.

A step that finds the engine saying something else raises `StepFailure`, an `AssertionError` that carries the
expectation and what the engine actually said, in words a researcher can read.
"""

import inspect
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from innopath.engine.common.errors import InnopathError, ProfileError
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.inference.explain import explain
from innopath.engine.inference.result import PathResult, Recommendation
from innopath.engine.knowledge.profile import FieldType, parse_profile, profile_spec
from innopath.engine.knowledge.rulebase import AssessRule, RuleBase

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
        for missing in path.missing:
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
        return assess | set(inference.evidence) | set(inference.conclusions)


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


# --- the vocabulary: one entry per step, per language ----------------------------------------------------
@dataclass(frozen=True)
class StepDef:
    """One step of the vocabulary: its kind, language, pattern and action."""

    type: StepType
    lang: Lang
    pattern: str
    action: Callable[..., None]
    example: str
    """A sentence the pattern matches, shown by `innopath validate --steps`."""

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def match(self, text: str) -> dict[str, str] | None:
        found = self.regex.fullmatch(text.strip())
        return None if found is None else {k: v for k, v in found.groupdict().items() if v is not None}


_P = r"(?P<path>.+?)"
_RULES = r"(?:rules? )?(?P<rules>[A-Za-z]{2,4}-\d{2,3}.*?)"
_ZH_RULES = r"(?:规则 ?)?(?P<rules>[A-Za-z]{2,4}-\d{2,3}.*?)"

VOCABULARY: tuple[StepDef, ...] = (
    # Given
    StepDef(
        "given",
        "en",
        rf"(?P<description>[^{_CJK}]*):",
        given_table,
        "a firm with ample R&D and hard-to-copy products:",
    ),
    StepDef(
        "given", "zh", rf"(?P<description>.*[{_CJK}].*)[:：]", given_table, "企业研发资源充足，回答如下："
    ),
    StepDef(
        "given",
        "en",
        r"the answer to (?P<field>[a-z_]+) is (?P<value>.+)",
        given_answer,
        "the answer to rd_resources is 4",
    ),
    StepDef(
        "given", "zh", r"(?P<field>[a-z_]+) ?的回答为 ?(?P<value>.+)", given_answer, "rd_resources 的回答为 4"
    ),
    StepDef(
        "given",
        "en",
        r"a firm answering (?P<answers>.+=.*)",
        given_answers,
        "a firm answering rd_resources=4, imitation_barrier=5",
    ),
    StepDef(
        "given",
        "zh",
        r"企业回答 ?(?P<answers>.+=.*)",
        given_answers,
        "企业回答 rd_resources=4，imitation_barrier=5",
    ),
    StepDef("given", "en", r"all answers are unknown", given_nothing_known, "all answers are unknown"),
    StepDef("given", "zh", r"所有回答均未知", given_nothing_known, "所有回答均未知"),
    # When
    StepDef(
        "when",
        "en",
        r"the expert system gives its advice",
        when_advice("en"),
        "the expert system gives its advice",
    ),
    StepDef("when", "zh", r"专家系统给出建议", when_advice("zh"), "专家系统给出建议"),
    # Then
    StepDef(
        "then", "en", r"the first choice is (?P<path>.+)", then_first_choice, "the first choice is original"
    ),
    StepDef("then", "zh", r"首选路径为 ?(?P<path>.+)", then_first_choice, "首选路径为 原始的自主创新"),
    StepDef(
        "then",
        "en",
        rf"the verdict on {_P} is (?P<verdicts>.+)",
        then_verdict,
        "the verdict on cross_border_ma is not advised",
    ),
    StepDef("then", "zh", rf"{_P} ?的结论为 ?(?P<verdicts>.+)", then_verdict, "跨国并购 的结论为 不建议"),
    StepDef(
        "then",
        "en",
        r"(?P<first>.+?) ranks above (?P<second>.+)",
        then_ranks_above,
        "original ranks above import_absorb",
    ),
    StepDef(
        "then",
        "zh",
        r"(?P<first>.+?) ?排在 ?(?P<second>.+?) ?之前",
        then_ranks_above,
        "original 排在 import_absorb 之前",
    ),
    StepDef(
        "then",
        "en",
        rf"the fit of {_P} is (?P<cmp>at least|at most|above|below) (?P<value>\S+)",
        then_fit,
        "the fit of original is at least 0.5",
    ),
    StepDef(
        "then",
        "zh",
        rf"{_P} ?的契合度(?P<cmp>不低于|不高于|高于|低于) ?(?P<value>\S+)",
        then_fit,
        "original 的契合度不低于 0.5",
    ),
    StepDef(
        "then",
        "en",
        rf"the reasons (?P<side>for|against) {_P} (?P<neg>include|do not include) {_RULES}",
        then_reasons,
        "the reasons for cross_border_ma include rule MA-01",
    ),
    StepDef(
        "then",
        "zh",
        rf"{_P} ?的(?P<side>支持|反对)理由(?P<neg>包括|不包括) ?{_ZH_RULES}",
        then_reasons,
        "跨国并购 的支持理由包括 MA-01",
    ),
    StepDef("then", "en", rf"{_P} is vetoed by {_RULES}", then_vetoed, "cross_border_ma is vetoed by MA-06"),
    StepDef("then", "zh", rf"{_P} ?被 ?{_ZH_RULES} ?一票否决", then_vetoed, "跨国并购 被规则 MA-06 一票否决"),
    StepDef(
        "then",
        "en",
        rf"the unknowns that matter (?:for {_P} )?include (?P<fields>.+)",
        then_unknowns,
        "the unknowns that matter include financial_strength",
    ),
    StepDef(
        "then",
        "zh",
        rf"(?:{_P} ?的)?值得补充的未知信息包括 ?(?P<fields>.+)",
        then_unknowns,
        "值得补充的未知信息包括 financial_strength",
    ),
    StepDef(
        "then",
        "en",
        r"the assessment (?P<fact>.+?) (?P<state>holds|does not hold|is undecided)",
        then_assessment,
        "the assessment ample_rd holds",
    ),
    StepDef(
        "then",
        "zh",
        r"判断 ?(?P<fact>.+?) ?(?P<state>不成立|成立|无法确定)",
        then_assessment,
        "判断 自有研发资源充足 成立",
    ),
    StepDef(
        "then",
        "en",
        rf"the combination (?P<neg>includes|does not include) {_RULES}",
        _conclusions("combination"),
        "the combination includes CMB-01",
    ),
    StepDef(
        "then",
        "zh",
        rf"路径组合(?P<neg>包括|不包括) ?{_ZH_RULES}",
        _conclusions("combination"),
        "路径组合包括 CMB-01",
    ),
    StepDef(
        "then",
        "en",
        rf"the next steps (?P<neg>include|do not include) {_RULES}",
        _conclusions("advice"),
        "the next steps include ADV-07",
    ),
    StepDef(
        "then",
        "zh",
        rf"下一步建议(?P<neg>包括|不包括) ?{_ZH_RULES}",
        _conclusions("advice"),
        "下一步建议包括 ADV-07",
    ),
    StepDef(
        "then",
        "en",
        rf"{_RULES} (?P<neg>fires|fire|does not fire|do not fire)",
        then_fires,
        "rule ASM-08 fires",
    ),
    StepDef("then", "zh", rf"{_ZH_RULES} ?(?P<neg>未触发|触发)", then_fires, "规则 ASM-08 触发"),
    StepDef("then", "en", r"no path is recommended", then_no_recommendation, "no path is recommended"),
    StepDef("then", "zh", r"没有可推荐的路径", then_no_recommendation, "没有可推荐的路径"),
    StepDef(
        "then",
        "en",
        r"the report says the answers do not support any path yet",
        then_report_says_none,
        "the report says the answers do not support any path yet",
    ),
    StepDef(
        "then",
        "zh",
        r"报告说明现有回答不足以推荐任何路径",
        then_report_says_none,
        "报告说明现有回答不足以推荐任何路径",
    ),
)


def vocabulary(lang: Lang | None = None) -> list[StepDef]:
    """The steps of one language (both when `lang` is None)."""
    return [s for s in VOCABULARY if lang is None or s.lang == lang]


def matching(step_type: str, text: str) -> list[tuple[StepDef, dict[str, str]]]:
    """Every vocabulary entry of `step_type` whose pattern matches `text` in full."""
    found = []
    for entry in VOCABULARY:
        if entry.type == step_type and (args := entry.match(text)) is not None:
            found.append((entry, args))
    return found


def _arguments(entry: StepDef) -> list[str]:
    return [name for name in inspect.signature(entry.action).parameters if name != "world"]


def bdd_step(entry: StepDef) -> Callable[..., None]:
    """The entry as a pytest-bdd step function: `world` comes from a fixture, the rest from the step text.

    pytest-bdd passes the arguments a step function's signature names, so the signature is built from the
    action's own parameters.
    """

    def step(world: World, **kwargs: Any) -> None:
        entry.action(world, **{k: v for k, v in kwargs.items() if v is not None})

    params = [inspect.Parameter("world", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    params += [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None) for name in _arguments(entry)
    ]
    step.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    step.__name__ = f"step_{entry.type}_{entry.lang}_{VOCABULARY.index(entry)}"
    step.__doc__ = entry.example
    return step


# --- running feature files ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StepOutcome:
    keyword: str
    text: str
    line: int
    message: str


@dataclass(frozen=True)
class ScenarioOutcome:
    """One scenario (one Examples row of an outline) and how it went."""

    feature: str
    name: str
    line: int
    failure: StepOutcome | None
    covered: frozenset[str]

    @property
    def passed(self) -> bool:
        return self.failure is None


@dataclass(frozen=True)
class ValidationReport:
    scenarios: tuple[ScenarioOutcome, ...]
    rules: tuple[str, ...]
    """Every rule of the rule base, in id order."""

    @property
    def failed(self) -> list[ScenarioOutcome]:
        return [s for s in self.scenarios if not s.passed]

    @property
    def covered(self) -> set[str]:
        return set().union(*(s.covered for s in self.scenarios)) & set(self.rules)

    @property
    def uncovered(self) -> list[str]:
        return [r for r in self.rules if r not in self.covered]

    @property
    def coverage(self) -> float:
        return len(self.covered) / len(self.rules) if self.rules else 1.0


def feature_files(locations: Iterable[Path]) -> list[Path]:
    """The .feature files of the given files and folders (folders searched recursively), in name order."""
    files: list[Path] = []
    for location in locations:
        if location.is_dir():
            files += sorted(location.rglob("*.feature"))
        elif location.suffix == ".feature" and location.is_file():
            files.append(location)
        else:
            raise InnopathError(f"{location}: not a .feature file or a folder of them")
    if not files:
        raise InnopathError(f"no .feature files in {', '.join(map(str, locations))}")
    return files


def parse_feature(path: Path) -> Any:
    """The feature as pytest-bdd parses it; a Gherkin error names the file and line."""
    from pytest_bdd.exceptions import GherkinParseError
    from pytest_bdd.parser import FeatureParser

    try:
        return FeatureParser(str(path.parent), path.name).parse()
    except GherkinParseError as exc:
        raise InnopathError(f"{path}: line {exc.line}: {exc.message}: {exc.line_content}") from None
    except Exception as exc:  # gherkin's own CompositeParserException and friends
        raise InnopathError(f"{path}: cannot parse the feature: {exc}") from None


def _undefined(step: Any) -> str:
    import difflib

    candidates = [s.example for s in VOCABULARY if s.type == step.type]
    close = difflib.get_close_matches(step.name, candidates, n=2, cutoff=0.4)
    hint = f"; closest: {' | '.join(close)}" if close else ""
    return f"no {step.type} step matches this sentence (see `innopath validate --steps`){hint}"


def run_scenario(engine: Engine, feature: str, name: str, line: int, steps: Sequence[Any]) -> ScenarioOutcome:
    world = World(engine)
    failure = None
    for step in steps:
        found = matching(step.type, step.name)
        try:
            if not found:
                raise StepError(_undefined(step))
            if len(found) > 1:
                raise StepError(
                    "the sentence matches several steps: " + " | ".join(e.example for e, _ in found)
                )
            entry, parsed = found[0]
            args: dict[str, Any] = dict(parsed)
            if "datatable" in _arguments(entry):
                args["datatable"] = step.datatable.raw() if step.datatable is not None else None
            entry.action(world, **args)
        except AssertionError as exc:
            failure = StepOutcome(step.keyword.strip(), step.name, step.line_number, str(exc))
            break
    return ScenarioOutcome(feature, name, line, failure, frozenset(world.covered()))


def run_features(locations: Iterable[Path], engine: Engine) -> ValidationReport:
    """Run every scenario of the feature files against `engine`'s rule base."""
    outcomes: list[ScenarioOutcome] = []
    for path in feature_files(list(locations)):
        feature = parse_feature(path)
        for template in feature.scenarios.values():
            contexts = [(ex, ctx) for ex in template.examples for ctx in ex.as_contexts()]
            if not template.templated:
                scenario = template.render({})
                outcomes.append(
                    run_scenario(engine, str(path), scenario.name, scenario.line_number, scenario.steps)
                )
                continue
            for row, (_, context) in enumerate(contexts, start=1):
                scenario = template.render(context)
                named = "<" in template.name  # the name already shows the row's values
                label = f"row {row}" if named else f"row {row}: " + " | ".join(context.values())
                outcomes.append(
                    run_scenario(
                        engine,
                        str(path),
                        f"{scenario.name} [{label}]",
                        template.line_number,
                        scenario.steps,
                    )
                )
    rules = tuple(sorted(engine.rulebase.by_id))
    return ValidationReport(tuple(outcomes), rules)


def uncovered_by_kind(report: ValidationReport, rulebase: RuleBase) -> dict[str, list[str]]:
    """The uncovered rules grouped by kind (assess rules count when their fact came out true)."""
    groups: dict[str, list[str]] = {}
    for rule_id in report.uncovered:
        rule = rulebase.by_id[rule_id]
        shown = f"{rule_id} ({rule.fact})" if isinstance(rule, AssessRule) else rule_id
        groups.setdefault(rule.kind, []).append(shown)
    return groups
