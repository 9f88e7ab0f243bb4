"""Short phrases built from interface words: how an unmet condition and an answer read in the terminal and in
scenarios. Field ids and raw values never stand where a person reads: labels and the scale's words do.
"""

from innopath.engine.common.text import Lang
from innopath.engine.inference.result import PathResult, Recommendation, Unmet
from innopath.engine.knowledge.profile import Answer, FieldType, profile_spec
from innopath.reports.labels import labels

OP_SIGN = {"==": "=", "!=": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥", "in": "∈", "not_in": "∉"}


def field_label(field_id: str, lang: Lang) -> str:
    """A profile field's label, or the id itself for a name the questionnaire does not know."""
    spec = profile_spec()
    return spec.field(field_id).label(lang) if field_id in spec.ids else field_id


def show_value(field_id: str, value: Answer | None, lang: Lang) -> str:
    """An answer as a person reads it: a level with its word (`4 较高`), a choice by its label, a share as a
    percentage, yes/no in words; `unanswered` when unknown.
    """
    ui = labels().group("ui", lang)
    spec = profile_spec()
    if value is None:
        return ui["unanswered"]
    if field_id not in spec.ids:
        return str(value)
    field = spec.field(field_id)
    match field.type:
        case FieldType.LEVEL if isinstance(value, int) and value in spec.levels:
            return f"{value} {spec.levels[value](lang)}"
        case FieldType.SHARE if isinstance(value, int | float):
            return f"{float(value) * 100:g}%"
        case FieldType.YESNO:
            return ui["yes"] if value else ui["no"]
        case FieldType.CHOICE:
            return next((c.label(lang) for c in field.choices if c.value == value), str(value))
    return str(value)


def describe_unmet(unmet: Unmet, lang: Lang) -> str:
    """One unmet part of a condition, e.g. `核心知识产权：需 ≥ 4 较高，实为 3 中等`, traced through derived
    facts.
    """
    ui = labels().group("ui", lang)
    if unmet.field is not None:
        expected = unmet.expected if isinstance(unmet.expected, list) else [unmet.expected]
        shown = ui["list_sep"].join(show_value(unmet.field, e, lang) for e in expected)
        return ui["unmet_field"].format(
            field=field_label(unmet.field, lang),
            sign=OP_SIGN[unmet.op or "=="],
            expected=shown,
            actual=show_value(unmet.field, unmet.actual, lang),
        )
    inner = ui["list_sep"].join(describe_unmet(u, lang) for u in unmet.via)
    label = unmet.fact_label or unmet.fact or ""
    head = label if unmet.fact_expected is not False else ui["not_fact"].format(fact=label)
    return head + (f" ← {inner}" if inner else "")


def headline(unmet: Unmet, lang: Lang) -> str:
    """What an unmet part is about, without the thresholds: a derived fact's label, or the field's."""
    if unmet.field is not None:
        return field_label(unmet.field, lang)
    label = unmet.fact_label or unmet.fact or ""
    return (
        label if unmet.fact_expected is not False else labels().get("ui", "not_fact", lang).format(fact=label)
    )


def place(result: Recommendation, path: PathResult) -> str:
    """A path's place as a reader sees it: `2`, or `2=` when another path shares it."""
    if result.tied(path):
        return labels().get("ui", "tied_place", result.lang).format(rank=path.rank)
    return str(path.rank)


def numbered(result: Recommendation, path: PathResult) -> str:
    """The place before a path's heading: `2.`, or `2=` when shared."""
    shown = place(result, path)
    return shown if result.tied(path) else f"{shown}."


def tied_note(result: Recommendation) -> str | None:
    """The line that explains `=` under a ranking, when some paths share a place."""
    if any(result.tied(p) for p in result.paths):
        return labels().get("ui", "tied_note", result.lang)
    return None
