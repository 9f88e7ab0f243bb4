"""The one error root: domain code raises these; the CLI prints them and exits with status 2.

A message is a `Phrase`: a key of `reports/errors.yaml` with its values, worded in Chinese or English when
it is shown (`InnopathError.render`). `str()` and `.message` give the English, as logs and tools expect. A
plain string is still accepted (and shown as it is in both languages) for text that comes from elsewhere,
such as a parser's own message.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from innopath.engine.common.resources import reports_dir
from innopath.engine.common.text import Text
from innopath.engine.common.yamlio import read_yaml

ErrorLang = Literal["zh", "en"]


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = read_yaml(reports_dir() / "errors.yaml")
    return data


@dataclass(frozen=True)
class Phrase:
    """A message by key (reports/errors.yaml) and its values; a value may itself be a `Phrase`."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: ErrorLang) -> str:
        values = {k: render(v, lang) for k, v in self.params.items()}
        return _catalogue()[self.key][lang].format(**values)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class Joined:
    """Values worded in one language and joined by a separator of reports/errors.yaml (`detail_sep` …)."""

    items: tuple[object, ...]
    sep: str = "list_sep"

    def render(self, lang: ErrorLang) -> str:
        return _catalogue()[self.sep][lang].join(render(v, lang) for v in self.items)


def say(key: str, /, **params: Any) -> Phrase:
    """The message `key` of reports/errors.yaml with these values."""
    if key not in _catalogue():
        raise KeyError(f"reports/errors.yaml has no message {key!r}")
    return Phrase(key, params)


def render(value: object, lang: ErrorLang) -> str:
    """A phrase worded in `lang`; a list of phrases joined; anything else as its text."""
    if isinstance(value, Phrase | Joined):
        return value.render(lang)
    if isinstance(value, list | tuple):
        return _catalogue()["list_sep"][lang].join(render(v, lang) for v in value)
    if isinstance(value, Text):
        return value(lang)
    return str(value)


class InnopathError(Exception):
    """An error the user can fix, with a message that says where and what is allowed."""

    def __init__(self, message: "str | Phrase", details: "Sequence[str | Phrase] | None" = None) -> None:
        self.phrase = message
        self.detail_phrases = list(details or [])
        super().__init__(render(message, "en"))
        self.message = render(message, "en")
        self.details = [render(d, "en") for d in self.detail_phrases]

    def render(self, lang: ErrorLang) -> str:
        """The message and its details, worded in `lang`."""
        lines = [render(self.phrase, lang), *(f"  {render(d, lang)}" for d in self.detail_phrases)]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render("en")


class ProfileError(InnopathError):
    """A firm profile that cannot be read or does not validate."""


class RuleBaseError(InnopathError):
    """A rule file that does not load: the message names the file and the rule id."""


class EnvironmentProblem(InnopathError):
    """The installed dependencies cannot run innopath (e.g. experta's frozendict 1.2 pin)."""
