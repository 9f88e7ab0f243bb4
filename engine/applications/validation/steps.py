"""The World a scenario runs in: the answers given so far, the engine's advice, and the words of a step.

A step that finds the engine saying something else raises `StepFailure`, an `AssertionError` that carries the
expectation and what the engine actually said as phrases of reports/errors.yaml, worded in the reader's
language when shown (`str()` is English, as pytest shows it). The step actions are in `actions.py`.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from innopath.engine.common.errors import InnopathError, Joined, Phrase, ProfileError, render, say
from innopath.engine.common.text import Lang, Text
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.inference.explain import explain
from innopath.engine.inference.result import PathResult, Recommendation
from innopath.engine.knowledge.profile import FieldType, ProfileBase, parse_profile, profile_spec
from innopath.engine.knowledge.rulebase import RuleBase

StepType = Literal["given", "when", "then"]
Table = Sequence[Sequence[str]]

_CJK = "\u4e00-\u9fff"
_SEPARATORS = re.compile(r"\s*(?:[,，、;；]|\band\b|\bor\b|或|和|及)\s*")
_UNKNOWN_WORDS = {"unknown", "未知", "不知道", ""}
VERDICT_IDS = ("recommended", "possible", "not_advised", "undetermined")


class StepFailure(AssertionError):
    """The engine said something other than the step expects."""

    def __init__(self, expected: Phrase, actual: Phrase) -> None:
        self.phrase = say("step_failure", expected=expected, actual=actual)
        super().__init__(str(self.phrase))
        self.expected = expected
        self.actual = actual


class StepError(AssertionError):
    """A step that cannot be carried out as written (unknown path, field, rule; no table; no advice yet)."""

    def __init__(self, message: "Phrase | str") -> None:
        self.phrase = message
        super().__init__(str(message))

    @classmethod
    def of(cls, error: InnopathError) -> "StepError":
        """An innopath error (a profile that does not validate) as a step that cannot be carried out."""
        if not error.detail_phrases:
            return cls(error.phrase)
        details = Joined(tuple(error.detail_phrases), "detail_lines")
        return cls(say("with_details", message=error.phrase, details=details))


def step_message(error: AssertionError) -> "Phrase | str":
    """What a failed step says, to be worded in the reader's language (`render`)."""
    phrase = getattr(error, "phrase", None)
    return phrase if isinstance(phrase, Phrase | str) else str(error)


def _split(text: str) -> list[str]:
    return [part.strip(" \"'`“”") for part in _SEPARATORS.split(text.strip()) if part.strip(" \"'`“”")]


def _plain(name: str) -> str:
    """A name compared without case, quotes or surrounding space: “官产学研” matches "官产学研"."""
    return re.sub("[\"'`“”‘’]", "", name).strip().casefold()


def verdict_word(verdict: str) -> Text:
    """A verdict as a reader sees it: its Chinese label, or the id in English."""
    from innopath.reports.labels import labels

    return Text(zh=labels().get("verdicts", verdict, "zh"), en=verdict)


@dataclass
class World:
    """The state of one scenario: the answers given so far and, after the When step, the engine's advice."""

    engine: Engine
    raw_answers: dict[str, str] = field(default_factory=dict)
    result: Recommendation | None = None
    inference: Inference | None = None
    profile: ProfileBase | None = None

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
        raise StepError(say("step_not_path", given=repr(text), names=names))

    def shown(self, path_id: str) -> Text:
        """A path as a reader sees it: its Chinese name, or its id in English."""
        return Text(zh=self.rulebase.path(path_id).name.zh, en=path_id)

    def shown_list(self, path_ids: Sequence[str]) -> Text:
        """Paths listed as `shown` lists one: Chinese names, or ids in English."""
        return Text(
            zh=render(Joined(tuple(self.shown(p) for p in path_ids)), "zh"),
            en=", ".join(path_ids),
        )

    def rule_ids(self, text: str) -> list[str]:
        ids = [part.upper() for part in _split(text)]
        unknown = [i for i in ids if i not in self.rulebase.by_id]
        if unknown or not ids:
            raise StepError(say("step_no_rule", rules=", ".join(unknown) or repr(text)))
        return ids

    def fact_name(self, text: str) -> str:
        wanted = _plain(text)
        for fact, rule in self.rulebase.assessments.items():
            if wanted in (_plain(fact), _plain(rule.label.zh), _plain(rule.label.en)):
                return str(fact)
        names = ", ".join(sorted(self.rulebase.assessments))
        raise StepError(say("step_not_fact", given=repr(text), names=names))

    @staticmethod
    def verdicts(text: str) -> list[str]:
        from innopath.reports.labels import labels

        words = {"not advised": "not_advised"}
        for lang in ("zh", "en"):
            words |= {label.casefold(): key for key, label in labels().group("verdicts", lang).items()}
        words |= {key: key for key in VERDICT_IDS}
        found = []
        for part in _split(text):
            if part.casefold() not in words:
                raise StepError(say("step_not_verdict", given=repr(part)))
            found.append(words[part.casefold()])
        return found

    def advice(self) -> Recommendation:
        if self.result is None:
            raise StepError(say("step_no_advice"))
        return self.result

    def advice_in(self, lang: Lang) -> Recommendation:
        """The advice explained in `lang` (the When step gave it in the feature's language)."""
        advice = self.advice()
        if advice.lang == lang or self.profile is None or self.inference is None:
            return advice
        return explain(self.profile, self.inference, self.rulebase, lang)

    def path(self, text: str) -> PathResult:
        return self.advice().path(self.path_id(text))

    def describe(self, path: PathResult) -> Phrase:
        """A path's fit and verdict: `original (fit +0.90, recommended)`."""
        return say(
            "step_path_state",
            path=self.shown(path.id),
            fit=f"{path.fit:+.2f}",
            verdict=verdict_word(path.verdict),
        )

    def ranking(self) -> Phrase:
        """The ranking with each path's place (`2=` when shared), fit and verdict."""
        from innopath.reports.phrases import place

        advice = self.advice()
        placed = tuple(
            say("step_placed", place=place(advice, p), state=self.describe(p)) for p in advice.paths
        )
        return say("step_ranking", paths=Joined(placed))

    def why_not(self, path: PathResult, rule_id: str) -> "Phrase | Text":
        """Why a rule on a path did not fire, as the explanation says it (in either language)."""
        from innopath.reports.phrases import describe_unmet

        said = {}
        for lang in ("zh", "en"):
            explained = self.advice_in(lang).path(path.id)
            for missing in [*explained.missing, *explained.circumstances]:
                if missing.rule == rule_id:
                    sep = render(say("detail_sep"), lang)
                    said[lang] = sep.join(describe_unmet(u, lang) for u in missing.unmet)
        if len(said) == 2:
            return Text(**said)
        blocked = [u.field for u in path.unknowns if rule_id in u.rules]
        if blocked:
            return say("step_blocked_unanswered", fields=", ".join(blocked))
        return say("step_condition_false")

    # --- the engine --------------------------------------------------------------------------------------
    def add_answers(self, rows: Table) -> None:
        spec = profile_spec()
        body = list(rows)
        if body and body[0] and body[0][0].strip() not in spec.ids:
            body = body[1:]  # a header row such as | field | value |
        for number, row in enumerate(body, start=1):
            if len(row) < 2:
                raise StepError(say("step_table_row", n=number, got=list(row)))
            self.answer(row[0], row[1])

    def answer(self, field_id: str, value: str) -> None:
        spec = profile_spec()
        field_id = field_id.strip()
        if field_id not in spec.ids:
            raise StepError(spec.unknown_name_phrase(field_id))
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
            self.profile = parse_profile(self.raw_answers, where=say("step_answers"))
        except ProfileError as exc:
            raise StepError.of(exc) from None
        self.inference = self.engine.infer(self.profile.answers())
        self.result = explain(self.profile, self.inference, self.rulebase, lang)

    def covered(self) -> set[str]:
        """The rules this scenario made conclude something (an assessment only when it came out true)."""
        if self.inference is None:
            return set()
        inference = self.inference
        assess = {self.rulebase.assessments[f].id for f, value in inference.assessments.items() if value}
        return assess | set(inference.evidence) | set(inference.conclusions) | set(inference.requirements)
