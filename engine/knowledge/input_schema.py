"""The JSON Schema of what a profile file may contain, as innopath reads it.

`Profile.model_json_schema()` describes the validated values (a level is an integer 1–5); a tool that checks
files against it would refuse `unknown`, `5%`, `high` or `是`, which innopath accepts. This schema describes
the input: every value the readers of `profile.py` turn into an answer.
"""

from typing import Any

from innopath.engine.common.text import Lang
from innopath.engine.knowledge.profile import (
    LEVEL_MAX,
    LEVEL_MIN,
    NO_WORDS,
    UNKNOWN_WORDS,
    YES_WORDS,
    FieldSpec,
    FieldType,
    ProfileSpec,
    profile_spec,
)

PERCENT = r"^\s*[0-9０-９]+([.．][0-9０-９]*)?\s*[%％]\s*$"


def _unknown() -> dict[str, Any]:
    return {"description": "unknown", "anyOf": [{"type": "null"}, {"enum": sorted(UNKNOWN_WORDS)}]}


def _level_words(spec: ProfileSpec) -> list[str]:
    words = {str(n) for n in spec.levels}
    for number, text in spec.levels.items():
        words |= {text.zh, text.en, f"{number} {text.en}", f"{number} {text.zh}"}
    for others in spec.level_words.values():
        words |= set(others)
    return sorted(words)


def _value(field: FieldSpec, spec: ProfileSpec) -> list[dict[str, Any]]:
    match field.type:
        case FieldType.LEVEL:
            return [
                {"type": "integer", "minimum": LEVEL_MIN, "maximum": LEVEL_MAX},
                {"enum": _level_words(spec)},
            ]
        case FieldType.SHARE:
            return [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "string", "pattern": PERCENT}]
        case FieldType.COUNT:
            bound = {"maximum": field.max} if field.max is not None else {}
            return [{"type": "integer", "minimum": 0, **bound}]
        case FieldType.YESNO:
            return [{"type": "boolean"}, {"enum": sorted(YES_WORDS | NO_WORDS)}]
        case FieldType.CHOICE:
            names = {name for c in field.choices for name in (c.value, c.zh, c.en)}
            return [{"enum": sorted(names)}]
    return [{"type": ["string", "number"]}]


def input_schema(
    title: str, description: str, spec: ProfileSpec | None = None, lang: Lang = "en"
) -> dict[str, Any]:
    """The schema of a profile file: each field's accepted values, its label, help and source (titles and
    descriptions in `lang`, both languages under `x-label` and `x-help`).
    """
    spec = spec or profile_spec()
    properties = {
        field.id: {
            "title": field.label(lang),
            "description": field.help(lang),
            "anyOf": [*_value(field, spec), _unknown()],
            "x-type": field.type.value,
            "x-label": field.label.model_dump(),
            "x-help": field.help.model_dump(),
            **({"x-source": field.source} if field.source else {}),
            **({"x-choices": [c.model_dump() for c in field.choices]} if field.choices else {}),
        }
        for field in spec.fields
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "description": description,
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }
