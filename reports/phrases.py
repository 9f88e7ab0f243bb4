"""Short phrases built from interface words: how an unmet condition reads in the terminal and in scenarios."""

from innopath.engine.common.text import Lang
from innopath.engine.inference.result import Unmet
from innopath.reports.labels import labels

OP_SIGN = {"==": "=", "!=": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥", "in": "∈", "not_in": "∉"}


def describe_unmet(unmet: Unmet, lang: Lang) -> str:
    """One unmet part of a condition, e.g. `core_ip 需要 ≥ 4, 实际 3`, traced through derived facts."""
    ui = labels().group("ui", lang)
    if unmet.field is not None:
        actual = ui["unanswered"] if unmet.actual is None else unmet.actual
        sign = OP_SIGN[unmet.op or "=="]
        return f"{unmet.field} {ui['needs']} {sign} {unmet.expected}, {ui['answered']} {actual}"
    inner = "; ".join(describe_unmet(u, lang) for u in unmet.via)
    prefix = "" if unmet.fact_expected else "¬"
    return f"{prefix}{unmet.fact_label}" + (f" ← {inner}" if inner else "")
