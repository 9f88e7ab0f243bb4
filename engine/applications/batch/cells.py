"""How a spreadsheet cell reads, the same on every path of a batch run: unknown, or text."""

from typing import Any

from innopath.engine.knowledge.profile import UNKNOWN_WORDS


def is_unknown(value: Any) -> bool:
    """An empty cell, or one of the words for "unknown" (any case, any surrounding space)."""
    return value is None or (isinstance(value, str) and value.strip().lower() in UNKNOWN_WORDS)


def as_text(value: Any) -> Any:
    """A spreadsheet's number in a text field (a firm called 2001) is still text: its digits."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value
