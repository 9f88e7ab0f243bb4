"""Docs that cannot rot: every command has help text and appears in the README."""

from pathlib import Path
from typing import Any

import pytest
import typer

from innopath.engine.cli.app import COMMANDS, build_app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for name, command in sorted(group.commands.items()):
        found.append((f"{prefix}{name}", command))
        if hasattr(command, "commands"):
            found += commands(command, f"{prefix}{name} ")
    return found


ALL = commands(typer.main.get_command(build_app()))


@pytest.mark.parametrize(("name", "command"), ALL, ids=[n for n, _ in ALL])
def test_command_has_help_and_is_in_the_readme(name: str, command: Any) -> None:
    assert (command.help or "").strip(), f"{name} has no help text"
    assert f"innopath {name}" in README, f"`innopath {name}` is not in the README"


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "uv run pytest" in README
    assert ci.strip().splitlines()[-1] == "uv run pytest"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_command_alone_is_the_same_command(name: str) -> None:
    alone = typer.main.get_command(build_app([name, "--help"]))
    assert list(alone.commands) == [name]  # type: ignore[attr-defined]
    assert alone.commands[name].help == dict(ALL)[name].help  # type: ignore[attr-defined]
