"""The command tree."""

import typer
from innopath.engine.cli import ask, batch, recommend, rules, schema

app = typer.Typer(
    name="innopath",
    help="Which path should a firm take to own a core technology? An expert system that says, and shows why.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("recommend")(recommend.recommend)
app.command("schema")(schema.schema)
app.add_typer(rules.app, name="rules")
app.command("ask")(ask.ask)
app.command("batch")(batch.batch)
