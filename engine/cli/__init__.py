"""The `innopath` command: thin commands over the engine, one module per command group.

Domain code raises `InnopathError`; `main` is the one place that prints it and picks the exit status (2).
"""

import os
import sys
from pathlib import Path
from typing import Literal, NoReturn

import typer

from innopath.engine.common.errors import InnopathError

try:  # typer parses with its own copy of click (0.2x); earlier releases with click itself
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover
    from click import ClickException  # type: ignore[assignment]

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `innopath` script.

    typer runs outside its standalone mode, so that a usage error (unknown option, missing argument, bad
    value) comes here and is worded in the user's language, as an `InnopathError` is; both exit with 2.
    """
    args = sys.argv[1:] if argv is None else argv
    try:
        from innopath.engine.cli.app import build_app
        from innopath.engine.cli.helptext import in_language

        command = in_language(typer.main.get_command(build_app(args)), language_of(args))
        code = command.main(args=args, prog_name="innopath", standalone_mode=False)
    except InnopathError as exc:
        _error(args, exc.render(language_of(args)))
    except ClickException as exc:
        from innopath.engine.cli.usage import help_phrase, usage_phrase

        if type(exc).__name__ == "NoArgsIsHelpError":  # the help has been shown
            sys.exit(EXIT_BAD_INPUT)
        lang = language_of(args)
        _error(args, usage_phrase(exc).render(lang), help_phrase(exc, args).render(lang))
    except typer.Abort:
        from innopath.engine.common.errors import say

        typer.echo(say("aborted").render(language_of(args)), err=True)
        sys.exit(1)
    if isinstance(code, int) and code:
        sys.exit(code)


def _error(args: list[str], message: str, hint: str = "") -> NoReturn:
    """Print `innopath: error: …` in the command's language (and a hint on its own line); exit with 2."""
    from innopath.engine.common.errors import say
    from innopath.engine.common.safeparse import printable

    lang = language_of(args)
    shown = "\n".join(printable(line) for line in message.split("\n"))
    typer.echo(f"{say('error_prefix').render(lang)}{shown}", err=True)
    if hint:
        typer.echo(hint, err=True)
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
