"""`innopath recommend`: a profile in, the six paths' fit and the reasons out."""

from pathlib import Path
from typing import Annotated

import typer
from innopath.engine.cli.console import print_recommendation
from innopath.engine.cli.options import Format, FormatOption, LangOption, Language
from innopath.engine.explain import recommend as run_recommend
from innopath.engine.profile import load_profile


def recommend(
    profile: Annotated[Path, typer.Argument(help="A firm profile, YAML or JSON (see `innopath schema`).")],
    format: FormatOption = Format.TABLE,
    lang: LangOption = Language.ZH,
) -> None:
    """Recommend paths for one firm: fit, verdict, reasons for and against, why not, unknowns that matter."""
    result = run_recommend(load_profile(profile), lang.value)
    if format is Format.JSON:
        typer.echo(result.model_dump_json(indent=2))
    else:
        print_recommendation(result)
