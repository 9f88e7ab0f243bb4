"""`innopath schema`: the profile's JSON Schema."""

import json

import typer

from innopath.engine.knowledge.profile import Profile


def schema() -> None:
    """Print the JSON Schema of a firm profile (field ids, types, ranges, bilingual labels, sources)."""
    typer.echo(json.dumps(Profile.model_json_schema(), ensure_ascii=False, indent=2))
