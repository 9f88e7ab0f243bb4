"""`--help` in the user's language: in Chinese (the default) the command tree's help texts, metavars and
typer's own words are put into Chinese before the command runs; in English they stay as the code has them.

The wording is data, `reports/help.yaml`: for each command path (`innopath rules diff`) its description and
its parameters' help, each with the English it translates. The English stays in the code (docstrings,
help=), where `--lang en` and the README read it. Here the click tree built for this command line is
rewritten before it runs; typer's panel titles and annotations (`[default: …]`) are module constants of
`typer.rich_utils`, set for the process when a help page is formatted (importing rich_utils costs about
0.15 s, so a run that shows no help never pays it) and put back when a later run in the same process is in
English.
"""

import inspect
from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from innopath.engine.common.resources import reports_dir
from innopath.engine.common.text import Lang, Text
from innopath.engine.common.yamlio import read_yaml

try:  # typer parses with its own copy of click (0.2x); earlier releases with click itself
    from typer._click.core import Command, Context
    from typer._click.formatting import HelpFormatter
except ImportError:  # pragma: no cover
    from click import Command, Context, HelpFormatter  # type: ignore[assignment]

ROOT = "innopath"


class ParamHelp(BaseModel):
    """A parameter's help, and the word for its value (an argument: its name) in Chinese."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    zh: str
    metavar: str | None = None


class CommandHelp(BaseModel):
    """A command's description and the help of the parameters that are its own."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    zh: str
    params: dict[str, ParamHelp] = {}


class ClickWords(BaseModel):
    """click's words on every help page: the usage line's, and the `--help` option's help."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    usage: Text
    options_metavar: Text
    subcommand_metavar: Text
    help_option: Text


class HelpCatalogue(BaseModel):
    """reports/help.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rich_utils: dict[str, Text]
    click: ClickWords
    metavars: dict[str, str]
    params: dict[str, ParamHelp]
    commands: dict[str, CommandHelp]

    def param(self, command: str, name: str) -> ParamHelp | None:
        """The help of parameter `name` of `command`: its own entry, else the one shared by that name."""
        own = self.commands[command].params if command in self.commands else {}
        return own.get(name) or self.params.get(name)


@cache
def catalogue() -> HelpCatalogue:
    """The help texts of reports/help.yaml."""
    return HelpCatalogue.model_validate(read_yaml(reports_dir() / "help.yaml"))


def command_tree(command: Command, path: str = ROOT) -> Iterator[tuple[str, Command]]:
    """Every command under `command`, itself first, with its path (`innopath rules show`)."""
    yield path, command
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from command_tree(sub, f"{path} {name}")


def in_language(command: Command, lang: Lang) -> Command:
    """`command` with its help in `lang`: rewritten in Chinese, or left in the code's English."""
    if lang == "zh":
        for path, each in command_tree(command):
            _to_chinese(path, each)
    else:
        _typer_words_back()
        for _, each in command_tree(command):
            each.help = _reflowed(each.help)
    return command


def _reflowed(text: str | None) -> str | None:
    """A docstring's paragraphs each on one line: typer keeps a docstring's own line breaks in the command
    list, which then breaks lines mid-sentence; the terminal wraps them instead.
    """
    if text is None:
        return None
    paragraphs = [" ".join(p.split()) for p in inspect.cleandoc(text).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _to_chinese(path: str, command: Command) -> None:
    """One command's description, usage words, parameters' help and metavars in Chinese."""
    words = catalogue()
    if path in words.commands:
        command.help = words.commands[path].zh
    if command.options_metavar:
        command.options_metavar = words.click.options_metavar.zh
    if getattr(command, "subcommand_metavar", None):
        command.subcommand_metavar = words.click.subcommand_metavar.zh  # type: ignore[attr-defined]
    command.context_class = ChineseContext
    context = Context(command)
    for param in command.params:
        entry = words.param(path, param.name or "")
        if entry is not None:
            param.help = entry.zh  # type: ignore[attr-defined]
        if param.param_type_name == "argument":  # its name in the usage line and the Arguments panel
            param.metavar = entry.metavar if entry is not None and entry.metavar else param.metavar
            continue
        shown = param.display_type_rich(ctx=context)  # type: ignore[attr-defined]
        metavar = entry.metavar if entry is not None and entry.metavar else words.metavars.get(shown)
        param.metavar = metavar or param.metavar
    help_option = command.get_help_option(context)
    if help_option is not None:
        help_option.help = words.click.help_option.zh


class ChineseFormatter(HelpFormatter):
    """click's help formatter, its usage line starting 用法：."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line, with the Chinese prefix unless one is given."""
        usage = catalogue().click.usage.zh
        super().write_usage(prog, args, usage if prefix is None else prefix)


class ChineseContext(Context):
    """A command's context that formats help in Chinese: the usage line, and typer's words."""

    formatter_class = ChineseFormatter

    def make_formatter(self) -> HelpFormatter:
        """The formatter of a help page or usage line, typer's words set to Chinese first."""
        _typer_words_chinese()
        return super().make_formatter()


_ENGLISH: dict[tuple[object, str], Any] = {}
"""What was replaced in typer's modules, to put back for a run in English (in-process runs, as in tests)."""


def _replace(owner: object, name: str, value: Any) -> None:
    _ENGLISH.setdefault((owner, name), getattr(owner, name))
    setattr(owner, name, value)


def _typer_words_chinese() -> None:
    """Panel titles and annotations in Chinese; help texts wrapped as Chinese is (`Wrapped`); 用法：
    styled as `Usage:` is.
    """
    from typer import rich_utils

    for name, text in catalogue().rich_utils.items():
        _replace(rich_utils, name, text.zh)
    made = _ENGLISH.get((rich_utils, "_make_rich_text"), rich_utils._make_rich_text)
    _replace(rich_utils, "_make_rich_text", _wrapping(made))
    usage = catalogue().click.usage.zh
    highlights = [*type(rich_utils.highlighter).highlights, f"(?P<usage>{usage})"]
    _replace(rich_utils.highlighter, "highlights", highlights)


def _typer_words_back() -> None:
    """Typer's words as typer has them, if a run in Chinese changed them in this process."""
    for (owner, name), value in _ENGLISH.items():
        setattr(owner, name, value)
    _ENGLISH.clear()


def _wrapping(make_rich_text: Any) -> Any:
    """The `_make_rich_text` of typer, its text wrapped as Chinese is: between characters, never putting a
    closing mark at the start of a line (rich wraps at spaces only, which leaves Chinese lines ragged).
    """
    from rich.text import Text as RichText

    from innopath.engine.applications.terminal import Wrapped

    def make(*, text: str, style: str = "", markup_mode: str) -> Any:
        made = make_rich_text(text=text, style=style, markup_mode=markup_mode)
        return Wrapped(made) if isinstance(made, RichText) else made

    return make
