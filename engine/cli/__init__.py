"""The `innopath` command: thin commands over the engine, one module per command group.

Domain code raises `InnopathError`; `main` is the one place that prints it and picks the exit status (2).
"""

import os
import sys
from pathlib import Path
from typing import Literal

import typer

from innopath.engine.common.errors import InnopathError

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `innopath` script."""
    args = sys.argv[1:] if argv is None else argv
    try:
        from innopath.engine.cli.app import build_app

        build_app(args)(args=args, prog_name="innopath")
    except InnopathError as exc:
        from innopath.engine.common.errors import say
        from innopath.engine.common.safeparse import printable

        lang = language_of(args)
        shown = "\n".join(printable(line) for line in exc.render(lang).split("\n"))
        typer.echo(f"{say('error_prefix').render(lang)}{shown}", err=True)
        sys.exit(EXIT_BAD_INPUT)


def language_of(args: list[str]) -> Literal["zh", "en"]:
    """The language the command line asks for (`--lang en`, `-l en`, `--lang=en`); Chinese by default, or
    the language an interview was started in when `ask --resume FILE` names one.
    """
    for index, arg in enumerate(args):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg in ("--lang", "-l") and index + 1 < len(args):
            value = args[index + 1]
        if value in ("zh", "en"):
            return value  # type: ignore[return-value]
    if os.environ.get("INNOPATH_LANG") in ("zh", "en"):
        return os.environ["INNOPATH_LANG"]  # type: ignore[return-value]
    if "--resume" in args:
        from innopath.engine.applications.interview.store import saved_language

        index = args.index("--resume")
        if index + 1 < len(args):
            return saved_language(Path(args[index + 1])) or "zh"
    return "zh"
