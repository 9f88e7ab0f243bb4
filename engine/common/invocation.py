"""How the person at the keyboard runs innopath, so that a command we print works where they are."""

import os


def command_prefix() -> str:
    """`uv run innopath` when innopath was started by `uv run` (a checkout), else `innopath` (installed)."""
    return (
        "uv run innopath" if os.environ.get("UV_RUN_RECURSION_DEPTH") or os.environ.get("UV") else "innopath"
    )
