"""The step vocabulary, once: every sentence a feature file may use, in English and in Chinese.

`VOCABULARY` pairs a regular expression with an action of `steps`. `innopath validate` matches and runs the
steps itself; the pytest-bdd step modules in `tests/features/` register the very same entries with pytest-bdd
(`bdd_step`), so the two cannot drift apart.
"""

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from innopath.engine.applications.validation.actions import (
    _conclusions,
    given_answer,
    given_answers,
    given_nothing_known,
    given_table,
    then_assessment,
    then_fires,
    then_first_choice,
    then_first_is_one_of,
    then_fit,
    then_in_top_two,
    then_no_recommendation,
    then_not_first,
    then_ranks_above,
    then_reasons,
    then_report_says_none,
    then_share_place,
    then_unknowns,
    then_verdict,
    then_vetoed,
    when_advice,
)
from innopath.engine.applications.validation.steps import _CJK, StepType, World
from innopath.engine.common.text import Lang


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
        "then",
        "en",
        r"the first choice is (?!one of )(?P<path>.+)",
        then_first_choice,
        "the first choice is original",
    ),
    StepDef(
        "then", "zh", r"首选路径为 ?(?!以下之一)(?P<path>.+)", then_first_choice, "首选路径为 原始的自主创新"
    ),
    StepDef(
        "then",
        "en",
        r"the first choice is one of (?P<paths>.+)",
        then_first_is_one_of,
        "the first choice is one of original, import_absorb",
    ),
    StepDef(
        "then",
        "zh",
        r"首选路径为以下之一：?(?P<paths>.+)",
        then_first_is_one_of,
        "首选路径为以下之一：原始的自主创新、官产学研",
    ),
    StepDef(
        "then", "en", rf"{_P} is among the top two", then_in_top_two, "import_absorb is among the top two"
    ),
    StepDef("then", "zh", rf"{_P} 位列前两名", then_in_top_two, "引进技术的消化吸收再创新 位列前两名"),
    StepDef(
        "then", "en", rf"{_P} does not come first", then_not_first, "cross_border_ma does not come first"
    ),
    StepDef("then", "zh", rf"{_P} 不是首选", then_not_first, "跨国并购 不是首选"),
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
        r"(?P<first>.+?) and (?P<second>.+?) share a place",
        then_share_place,
        "original and cluster_cooperation share a place",
    ),
    StepDef(
        "then",
        "zh",
        r"(?P<first>.+?) ?与 ?(?P<second>.+?) ?并列",
        then_share_place,
        "original 与 cluster_cooperation 并列",
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


def arguments(entry: StepDef) -> list[str]:
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
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None) for name in arguments(entry)
    ]
    step.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    step.__name__ = f"step_{entry.type}_{entry.lang}_{VOCABULARY.index(entry)}"
    step.__doc__ = entry.example
    return step
