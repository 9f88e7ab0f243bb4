"""The command tree: one module per command group, imported only when its command runs.

Start-up time is part of what a person feels: `innopath recommend` should not pay for importing Jinja,
openpyxl or the analysis machinery. `build_app` registers only the command named on the command line, or
every command when none is (for `--help`).
"""

from collections.abc import Callable
from importlib import import_module
from typing import Any

import typer


def _command(module: str, function: str) -> Callable[[typer.Typer, str], None]:
    def register(app: typer.Typer, name: str) -> None:
        app.command(name)(getattr(import_module(f"innopath.engine.cli.{module}"), function))

    return register


def _analysis(app: typer.Typer, name: str) -> None:
    command = getattr(import_module("innopath.engine.cli.analysis"), name)
    app.command(name)(command)


def _rules(app: typer.Typer, name: str) -> None:
    rules = import_module("innopath.engine.cli.rules")
    rules_check = import_module("innopath.engine.cli.rules_check")
    rules_tools = import_module("innopath.engine.cli.rules_tools")
    rules.app.command("check")(rules_check.check)
    rules.app.command("stats")(rules_tools.stats)
    rules.app.command("diff")(rules_tools.diff)
    app.add_typer(rules.app, name=name)


COMMANDS: dict[str, Callable[[typer.Typer, str], None]] = {
    "recommend": _command("recommend", "recommend"),
    "ask": _command("ask", "ask"),
    "report": _command("report", "report"),
    "whatif": _analysis,
    "sensitivity": _analysis,
    "compare": _analysis,
    "batch": _command("batch", "batch"),
    "simulate": _command("simulate", "simulate"),
    "validate": _command("validate", "validate"),
    "rules": _rules,
    "schema": _command("schema", "schema"),
    "serve": _command("serve", "serve"),
}
"""Every command, in the order `--help` lists them."""


PLAIN_METAVARS = {
    "int": "N",
    "float": "X",
    "str": "TEXT",
    "file": "FILE",
    "path": "FILE",
    "directory": "FOLDER",
}
"""What `--help` shows for an option's value when the option names no metavar of its own."""


def _help_shows_metavars() -> None:
    """`--help` in words a person reads: an option's metavar (FIELD=VALUE, N, FILE) instead of typer's
    internal types (`<list[str]>`, `<int range> [x>=1]`), and nothing after a flag (`--brief`, not
    `--brief <bool>`). Choices still show as `<zh|en>`. An argument's metavar is its name (in Chinese:
    `画像文件`, engine/cli/helptext.py), shown in the name column, so its type column stays empty.
    """
    from typer.core import TyperArgument, TyperOption

    for cls in (TyperOption, TyperArgument):
        if getattr(cls, "_innopath_metavars", False):  # patched by an earlier build in this process
            continue
        shown = cls.display_type

        def display_type(self: Any, ctx: Any, shown: Any = shown) -> str | None:
            if getattr(self, "is_flag", False) or getattr(self, "count", False):
                return None
            if self.metavar:
                return None if isinstance(self, TyperArgument) else str(self.metavar)
            label = str(shown(self, ctx)).strip("<>")
            label = label.removeprefix("list[").removesuffix("]").removesuffix(" range")
            return PLAIN_METAVARS.get(label, f"<{label}>" if "|" in label else label.upper())

        cls.display_type = display_type  # type: ignore[method-assign,assignment]
        cls.display_type_rich = display_type  # type: ignore[method-assign]
        cls._get_number_range_help_str = lambda self: None  # type: ignore[method-assign]
        cls._innopath_metavars = True  # type: ignore[union-attr]


def _root() -> None:
    """Which path should a firm take to own a core technology? An expert system that says, and shows why."""


def build_app(argv: list[str] | None = None) -> typer.Typer:
    """The command tree for this command line: just the command it names, or all of them."""
    _help_shows_metavars()
    app = typer.Typer(
        name="innopath", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False
    )
    app.callback()(_root)  # a group even when it holds one command, so `innopath recommend …` parses alike
    named = next((arg for arg in argv or [] if not arg.startswith("-")), None)
    for name, register in COMMANDS.items():
        if named not in COMMANDS or name == named:
            register(app, name)
    return app
