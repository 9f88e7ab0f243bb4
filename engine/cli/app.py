"""The command tree: one module per command group, imported only when its command runs.

Start-up time is part of what a person feels: `innopath recommend` should not pay for importing Jinja,
openpyxl or the analysis machinery. `build_app` registers only the command named on the command line, or
every command when none is (for `--help`).
"""

from collections.abc import Callable
from importlib import import_module

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


def _root() -> None:
    """Which path should a firm take to own a core technology? An expert system that says, and shows why."""


def build_app(argv: list[str] | None = None) -> typer.Typer:
    """The command tree for this command line: just the command it names, or all of them."""
    app = typer.Typer(
        name="innopath", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False
    )
    app.callback()(_root)  # a group even when it holds one command, so `innopath recommend …` parses alike
    named = next((arg for arg in argv or [] if not arg.startswith("-")), None)
    for name, register in COMMANDS.items():
        if named not in COMMANDS or name == named:
            register(app, name)
    return app
