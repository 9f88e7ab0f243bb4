"""The command tree: one module per command group."""

import typer
from innopath.engine.cli import analysis, ask, batch, recommend, report, rules, rules_check, schema, validate

app = typer.Typer(
    name="innopath",
    help="Which path should a firm take to own a core technology? An expert system that says, and shows why.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("recommend")(recommend.recommend)
app.command("ask")(ask.ask)
app.command("report")(report.report)
analysis.register(app)
app.command("batch")(batch.batch)
app.command("validate")(validate.validate)
rules.app.command("check")(rules_check.check)
app.add_typer(rules.app, name="rules")
app.command("schema")(schema.schema)
