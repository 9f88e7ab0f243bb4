"""The firm profile: a pydantic model built from `rules/profile.yaml`, the single source of every question.

The questionnaire, the reports and the JSON Schema all read labels, help, scales, allowed values and sources
from the same `ProfileSpec`; the engine reads answers from the `Profile` model it yields.
"""

import difflib
import re
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    create_model,
    model_validator,
)

from innopath.engine.common.errors import Phrase, ProfileError, say
from innopath.engine.common.invocation import command_prefix
from innopath.engine.common.resources import rules_dir
from innopath.engine.common.safeparse import (
    MAX_ECHO,
    MAX_PROFILE_BYTES,
    InputRefused,
    load_untrusted_json,
    load_untrusted_yaml,
    printable,
    shorten,
)
from innopath.engine.common.text import Text
from innopath.engine.common.yamlio import read_yaml

Answer = int | float | bool | str
"""A known answer. An unknown answer is `None`."""

UNKNOWN_WORDS = frozenset({"unknown", "未知", "不知道", ""})
LEVEL_MIN, LEVEL_MAX = 1, 5


class FieldType(StrEnum):
    """The kinds of answer a question takes."""

    LEVEL = "level"
    SHARE = "share"
    COUNT = "count"
    YESNO = "yesno"
    CHOICE = "choice"
    TEXT = "text"

    @property
    def is_ordered(self) -> bool:
        return self in (FieldType.LEVEL, FieldType.SHARE, FieldType.COUNT)


class Choice(BaseModel):
    """One allowed value of a choice question, with its bilingual label."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: str
    zh: str
    en: str

    @property
    def label(self) -> Text:
        return Text(zh=self.zh, en=self.en)


class Section(BaseModel):
    """A group of questions, as the questionnaire and the report show them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: Text


class FieldSpec(BaseModel):
    """One profile field: its type, allowed values, bilingual label and help, and source passage."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    section: str
    type: FieldType
    label: Text
    help: Text
    source: str | None = None
    choices: tuple[Choice, ...] = ()
    ask_if: dict[str, Any] | None = None
    """A condition (rules/README.md) on earlier answers; the question is skipped unless it may hold."""
    max: int | None = None
    """The largest count accepted (type count only): no answer may scale work with its magnitude."""
    policy: bool = False
    """A policy can move this answer (support, links, associations …); `simulate --levers` tries it."""

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)

    def finite_values(self) -> tuple[Answer, ...] | None:
        """Every value the field can take, when there are finitely many (levels, yes/no, choices)."""
        match self.type:
            case FieldType.LEVEL:
                return tuple(range(LEVEL_MIN, LEVEL_MAX + 1))
            case FieldType.YESNO:
                return (False, True)
            case FieldType.CHOICE:
                return self.choice_values
        return None

    def allowed(self) -> Phrase:
        """The allowed answers, in words, for error messages."""
        match self.type:
            case FieldType.LEVEL:
                return say("allowed_level")
            case FieldType.SHARE:
                return say("allowed_share")
            case FieldType.COUNT:
                return (
                    say("allowed_count_max", max=self.max) if self.max is not None else say("allowed_count")
                )
            case FieldType.YESNO:
                return say("allowed_yesno")
            case FieldType.CHOICE:
                shown = [
                    say("choice_value", value=c.value, label=Text(zh=c.zh, en=c.en)) for c in self.choices
                ]
                return say("allowed_choice", values=shown)
        return say("allowed_text")

    def accepts(self, value: object) -> bool:
        """Whether `value` is a valid known answer for this field, as the rule loader checks it."""
        match self.type:
            case FieldType.LEVEL:
                return type(value) is int and LEVEL_MIN <= value <= LEVEL_MAX
            case FieldType.SHARE:
                return type(value) in (int, float) and 0 <= value <= 1  # type: ignore[operator]
            case FieldType.COUNT:
                return type(value) is int and 0 <= value <= (value if self.max is None else self.max)
            case FieldType.YESNO:
                return type(value) is bool
            case FieldType.CHOICE:
                return value in self.choice_values
            case FieldType.TEXT:
                return isinstance(value, str)


class ProfileSpec(BaseModel):
    """The whole questionnaire: sections, the level scale's words, and the fields in order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sections: tuple[Section, ...]
    levels: dict[int, Text]
    level_words: dict[int, tuple[str, ...]] = {}
    """More words for each level, besides the scale's own (`levels`)."""
    fields: tuple[FieldSpec, ...]

    def level_of(self, text: str) -> int | None:
        """The level a person means by `text`: `4`, `high`, `较高`, `高`, `4 high`, `4 · 较高`, else None."""
        words = {str(n): n for n in self.levels}
        for number, text_ in self.levels.items():
            words[text_.zh.lower()] = words[text_.en.lower()] = number
        for number, others in self.level_words.items():
            words.update({w.lower(): number for w in others})
        said = " ".join(text.translate(FULL_WIDTH).strip().lower().split())
        if said in words:
            return words[said]
        number_word = re.fullmatch(r"(\d)\s*[·.:：\-]?\s*(\S.*)", said)
        if number_word and words.get(number_word[2]) == int(number_word[1]):
            return int(number_word[1])
        return None

    @model_validator(mode="after")
    def _check_references(self) -> "ProfileSpec":
        section_ids = {s.id for s in self.sections}
        seen: set[str] = set()
        for spec in self.fields:
            if spec.section not in section_ids:
                raise ValueError(f"field {spec.id}: unknown section {spec.section!r}")
            if spec.id in seen:
                raise ValueError(f"field {spec.id}: defined twice")
            if (spec.type == FieldType.CHOICE) != bool(spec.choices):
                raise ValueError(f"field {spec.id}: choices are required for, and only for, type choice")
            if spec.max is not None and spec.type != FieldType.COUNT:
                raise ValueError(f"field {spec.id}: max is for type count only")
            seen.add(spec.id)
        return self

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.fields)

    def field(self, field_id: str) -> FieldSpec:
        for spec in self.fields:
            if spec.id == field_id:
                return spec
        raise KeyError(field_id)

    def closest(self, name: str) -> str | None:
        """The field id nearest to a misspelt `name`, if any is near."""
        matches = difflib.get_close_matches(name, self.ids, n=1, cutoff=0.6)
        return matches[0] if matches else None

    def unknown_name_phrase(self, name: str) -> Phrase:
        hint = self.closest(name)
        suggestion = (
            say("did_you_mean", name=repr(hint)) if hint else say("known_fields", names=", ".join(self.ids))
        )
        shown = printable(name[:MAX_ECHO]) + ("…" if len(name) > MAX_ECHO else "")
        return say("not_a_field", name=shown, hint=suggestion)

    def unknown_name_message(self, name: str) -> str:
        return str(self.unknown_name_phrase(name))


@cache
def profile_spec() -> ProfileSpec:
    """The shipped questionnaire, read once per process."""
    raw = read_yaml(rules_dir() / "profile.yaml")
    return ProfileSpec.model_validate(raw)


YES_WORDS = frozenset({"y", "yes", "true", "是", "是的", "对", "有"})
NO_WORDS = frozenset({"n", "no", "false", "否", "不是", "不", "没有", "无"})
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％－＋", "0123456789.%-+")


def _as_level(value: object) -> object:
    """A level as a number or as the scale's word (`high`, `较高`, `4 high`); anything else for pydantic."""
    value = _not_bool(value)
    if isinstance(value, str):
        level = profile_spec().level_of(value)
        return value if level is None else level
    return value


def _not_bool(value: object) -> object:
    """A boolean is not a number: YAML's `yes`, JSON's `true`, an Excel TRUE are refused, not read as 1."""
    if isinstance(value, bool):
        raise ValueError("a yes/no answer where a number is expected")
    return value.translate(FULL_WIDTH).strip() if isinstance(value, str) else value


def _as_share(value: object) -> object:
    """Accept "5%" (or "5％") as 0.05; refuse booleans; leave everything else for pydantic to judge."""
    value = _not_bool(value)
    if isinstance(value, str) and value.endswith("%"):
        try:
            return float(value[:-1]) / 100
        except ValueError:
            return value
    return value


def _as_yesno(value: object) -> object:
    if isinstance(value, str):
        word = value.strip().lower()
        return True if word in YES_WORDS else False if word in NO_WORDS else value
    return value


def _as_text(value: object) -> object:
    """Text as a person means it: a number (a firm called 360) is its digits; control characters go."""
    if isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    return printable(value).strip() if isinstance(value, str) else value


def _choice_reader(spec: FieldSpec) -> Any:
    """A choice matched however it is written: `Few`, `" few "`, or its Chinese or English label."""
    names = {name.strip().lower(): c.value for c in spec.choices for name in (c.value, c.zh, c.en)}

    def read(value: object) -> object:
        return names.get(value.strip().lower(), value) if isinstance(value, str) else value

    return read


def _field_type(spec: FieldSpec) -> Any:
    match spec.type:
        # The range constrains the known value only: None (unknown) must pass untouched.
        case FieldType.LEVEL:
            return Annotated[
                Annotated[int, Field(ge=LEVEL_MIN, le=LEVEL_MAX)] | None, BeforeValidator(_as_level)
            ]
        case FieldType.SHARE:
            return Annotated[Annotated[float, Field(ge=0, le=1)] | None, BeforeValidator(_as_share)]
        case FieldType.COUNT:
            return Annotated[Annotated[int, Field(ge=0, le=spec.max)] | None, BeforeValidator(_not_bool)]
        case FieldType.YESNO:
            return Annotated[bool | None, BeforeValidator(_as_yesno)]
        case FieldType.CHOICE:
            return Annotated[Literal[spec.choice_values] | None, BeforeValidator(_choice_reader(spec))]
        case FieldType.TEXT:
            return Annotated[str | None, BeforeValidator(_as_text)]


def _field_info(spec: FieldSpec) -> Any:
    extra: dict[str, Any] = {
        "x-type": spec.type.value,
        "x-section": spec.section,
        "x-label": spec.label.model_dump(),
        "x-help": spec.help.model_dump(),
    }
    if spec.source:
        extra["x-source"] = spec.source
    if spec.choices:
        extra["x-choices"] = [c.model_dump() for c in spec.choices]
    return Field(default=None, title=spec.label.en, description=spec.help.en, json_schema_extra=extra)


class ProfileBase(BaseModel):
    """Shared behaviour of the generated profile model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _unknown_is_none(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            return {
                k: None if isinstance(v, str) and v.strip().lower() in UNKNOWN_WORDS else v
                for k, v in data.items()
            }
        return data

    def answers(self) -> dict[str, Answer]:
        """The known answers the rules can read (text fields excluded), keyed by field id."""
        spec = profile_spec()
        return {
            f.id: value
            for f in spec.fields
            if f.type != FieldType.TEXT and (value := getattr(self, f.id)) is not None
        }

    def unknown_fields(self) -> list[str]:
        """Ids of the non-text fields left unknown, in questionnaire order."""
        return [
            f.id for f in profile_spec().fields if f.type != FieldType.TEXT and getattr(self, f.id) is None
        ]

    def with_answers(self, **changes: object) -> "ProfileBase":
        """A validated copy with some answers changed (None makes an answer unknown)."""
        return parse_profile({**self.model_dump(exclude_none=True), **changes}, where="changes")


def _build_model(spec: ProfileSpec) -> type[ProfileBase]:
    fields: dict[str, Any] = {f.id: (_field_type(f), _field_info(f)) for f in spec.fields}
    return create_model("Profile", __base__=ProfileBase, **fields)


Profile = _build_model(profile_spec())


def _describe(error: Mapping[str, Any], spec: ProfileSpec) -> "str | Phrase":
    loc = error.get("loc", ())
    name = str(loc[0]) if loc else "profile"
    if error["type"] == "extra_forbidden":
        return spec.unknown_name_phrase(name)
    if name not in spec.ids:
        return say("profile_problem", name=shorten(name), problem=error["msg"])
    given = error.get("input")
    return say("bad_answer", field=name, given=shorten(given), allowed=spec.field(name).allowed())


def parse_profile(data: object, where: "str | Phrase" = "profile") -> ProfileBase:
    """Validate a mapping of answers into a `Profile`, or raise one `ProfileError` naming every bad field."""
    spec = profile_spec()
    if not isinstance(data, Mapping):
        raise ProfileError(say("not_mapping", where=where, got=type(data).__name__))
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        seen: dict[str, str | Phrase] = {}
        for error in exc.errors():
            described = _describe(error, spec)
            seen.setdefault(str(described), described)
        lines = list(seen.values())
        raise ProfileError(say("invalid_answers", where=where, n=len(lines)), lines) from None


def read_profile_data(path: Path) -> object:
    """Read a YAML or JSON profile file within `safeparse`'s limits; errors name the file and line."""
    if not path.exists():
        raise ProfileError(say("no_such_file", path=path))
    if path.is_dir():
        raise ProfileError(say("is_folder_profile", path=path))
    if path.stat().st_size > MAX_PROFILE_BYTES:
        size = path.stat().st_size
        raise ProfileError(say("too_big", path=path, size=f"{size:,}", most=f"{MAX_PROFILE_BYTES:,}"))
    try:
        text = path.read_bytes()[: MAX_PROFILE_BYTES + 1].decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError(say("not_utf8", path=path)) from None
    if not text.strip():
        raise ProfileError(say("empty_profile", path=path, cmd=command_prefix()))
    try:
        if path.suffix.lower() == ".json":
            return load_untrusted_json(text, str(path))
        return load_untrusted_yaml(text, str(path))
    except InputRefused as exc:
        raise ProfileError(exc.phrase, exc.detail_phrases) from None


def load_profile(path: Path) -> ProfileBase:
    """Read and validate a profile file."""
    data = read_profile_data(path)
    if data is None:
        raise ProfileError(say("no_answers", path=path))
    return parse_profile(data, where=str(path))
