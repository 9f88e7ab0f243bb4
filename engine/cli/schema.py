"""`innopath schema`: the JSON Schema of a profile file (what it may contain), or of the validated model."""

import json
from typing import Annotated

import typer

from innopath.engine.cli.options import LangOption, Language
from innopath.engine.knowledge.input_schema import input_schema
from innopath.engine.knowledge.profile import Profile
from innopath.reports.labels import labels


def schema(
    model: Annotated[
        bool,
        typer.Option(
            "--model",
            help="The schema of the validated values instead (a level is an integer 1-5), as "
            "--format json and other tools see them after innopath has read a file.",
        ),
    ] = False,
    lang: LangOption = Language.ZH,
) -> None:
    """Print the JSON Schema of a profile file: every field, the values it accepts (numbers, the scale's
    words, percentages, unknown), its label and help (in --lang; both languages under x-label, x-help) and
    source.
    """
    if model:
        document = Profile.model_json_schema()
    else:
        words = labels().group("schema", lang.value)
        document = input_schema(words["title"], words["description"], lang=lang.value)
    typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
