"""The `innopath` command: thin commands over the engine, one module per command group.

Domain code raises `InnopathError`; `main` is the one place that prints it and picks the exit status (2).
"""

import sys

import typer

from innopath.engine.common.errors import InnopathError

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `innopath` script."""
    try:
        from innopath.engine.cli.app import build_app

        args = sys.argv[1:] if argv is None else argv
        build_app(args)(args=args, prog_name="innopath")
    except InnopathError as exc:
        from innopath.engine.common.safeparse import printable

        shown = "\n".join(printable(line) for line in str(exc).split("\n"))
        typer.echo(f"innopath: error: {shown}", err=True)
        sys.exit(EXIT_BAD_INPUT)
