"""Command-line usage errors — an unknown option or command, a missing argument, a bad value — worded in the
user's language (reports/errors.yaml `usage_*`) instead of click's English.

typer parses the command line with its copy of click; its exceptions are told apart by class name (the
same names in click and in typer's copy): NoSuchOption, MissingParameter, BadParameter, BadOptionUsage and
the plain UsageError, whose few messages click words itself are recognised by their form. A bad value that
pydantic refused (typer converts values with it) is worded by pydantic's error type, as rule files are.
"""

import re
from typing import Any

from innopath.engine.common.errors import Phrase, say
from innopath.engine.common.invocation import command_prefix
from innopath.engine.knowledge.loadcheck import pydantic_problem

EXIT_USAGE = 2
ONE_OF = re.compile(r"^'(?P<given>.*)' is not one of (?P<allowed>.*?)\.?$")
NO_COMMAND = re.compile(r"^No such command '(?P<name>.*?)'\.(?: Did you mean (?P<close>.*)\?)?$")
EXTRA = re.compile(r"^Got unexpected extra argument\(?s?\)? \((?P<args>.*)\)$")


def _kinds(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _hint(exc: Any) -> str:
    """The parameter as click names it: `'--format' / '-f'`, or `'profile'` for an argument (its metavar
    when it has one: `'画像文件'`, as the Chinese help names it).
    """
    param = getattr(exc, "param", None)
    if param is not None and param.param_type_name == "argument" and param.metavar:
        return f"'{param.metavar}'"
    names = getattr(exc, "param_hint", None) or (getattr(param, "opts", None) if param is not None else None)
    if isinstance(names, str):
        return names
    return " / ".join(f"'{name}'" for name in names or ())


def _value_problem(exc: Any) -> "Phrase | str":
    """Why a value was refused: by pydantic's error type, or as click said it."""
    cause = exc.__cause__
    errors = cause.errors() if cause is not None and hasattr(cause, "errors") else []
    if errors:
        error = errors[0]
        reason = error.get("ctx", {}).get("error")
        found = ONE_OF.match(str(reason)) if error["type"] == "value_error" else None
        if found:
            return say("usage_one_of", given=repr(str(error["input"])), allowed=found["allowed"])
        return pydantic_problem(error)
    return say("schema_other", msg=exc.message)


def usage_phrase(exc: Any) -> Phrase:
    """What is wrong with the command line, as a phrase."""
    kinds = _kinds(exc)
    if "NoSuchOption" in kinds:
        close = sorted(exc.possibilities or [])
        hint = say("usage_possible", options=", ".join(close)) if close else ""
        return say("usage_no_option", option=exc.option_name, hint=hint)
    if "MissingParameter" in kinds:
        argument = getattr(exc.param, "param_type_name", "") == "argument"
        return say("usage_missing_argument" if argument else "usage_missing_option", name=_hint(exc))
    if "BadParameter" in kinds:
        return say("usage_bad_value", name=_hint(exc), problem=_value_problem(exc))
    message = str(getattr(exc, "message", exc))
    if "BadOptionUsage" in kinds and "requires" in message:
        return say("usage_needs_value", option=repr(exc.option_name))
    if command := NO_COMMAND.match(message):
        guess = say("usage_did_you_mean", names=command["close"]) if command["close"] else ""
        return say("usage_no_command", name=repr(command["name"]), hint=guess)
    if extra := EXTRA.match(message):
        return say("usage_extra", args=extra["args"])
    if message == "Missing command.":
        return say("usage_missing_command")
    return say("schema_other", msg=message)


def help_phrase(exc: Any, args: list[str]) -> Phrase:
    """Where to read how the command is used: `uv run innopath recommend --help`."""
    from innopath.engine.cli.app import COMMANDS

    ctx = getattr(exc, "ctx", None)
    path = ctx.command_path if ctx is not None else "innopath"
    named = next((a for a in args if not a.startswith("-")), None)
    if path == "innopath" and named in COMMANDS:  # an option of a command, refused while parsing it
        path += f" {named}"
    command = command_prefix() + path.removeprefix("innopath")
    return say("usage_help", cmd=f"{command} --help")
