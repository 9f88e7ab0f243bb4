"""The one Jinja environment of everything innopath renders (reports, batch summaries).

Package loader over `reports/templates`, `StrictUndefined` so a missing value fails a test instead of
rendering blank, HTML and SVG templates autoescaped, and Markdown templates escaping every printed value
through `finalize`, so a hostile firm name renders as text in every format.
"""

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from innopath.engine.common.resources import reports_dir
from innopath.engine.common.text import together

MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<>|#~!])")
LONE_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")


def markdown_escape(value: str) -> str:
    """Text that Markdown shows as written: its syntax characters and HTML tags backslash-escaped."""
    text = " ".join(value.splitlines())
    return LONE_UNDERSCORE.sub(r"\\_", MARKDOWN_SPECIAL.sub(r"\\\1", text))


@pass_context
def _finalize(context: Context, value: Any) -> Any:
    """Escape every value printed by a Markdown template (HTML templates are autoescaped instead)."""
    if context.name and context.name.endswith(".md.j2") and not isinstance(value, Markup):
        return markdown_escape(str(value))
    return value


def _autoescape(name: str | None) -> bool:
    return name is not None and name.endswith((".html.j2", ".svg.j2"))


def breakable(value: object) -> Markup:
    """An id that may wrap after its underscores (`cluster_<wbr>partner_<wbr>available`), never mid-word."""
    return Markup(str(escape(str(value))).replace("_", "_<wbr>"))


def _together(names: Iterable[str], words: Mapping[str, str]) -> str:
    """`names|together(w)`: names said as one group, with the report's separators."""
    return together(list(names), words["list_sep"], words["list_last"], words["list_pair"])


@cache
def environment() -> Environment:
    """The one Jinja environment of the reports: StrictUndefined, HTML autoescaped, Markdown escaped."""
    env = Environment(
        loader=FileSystemLoader(reports_dir() / "templates"),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = lambda value: Markup(markdown_escape(str(value)))
    env.filters["wbr"] = breakable
    env.filters["together"] = _together
    return env
