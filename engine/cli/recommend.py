"""`innopath recommend`: a profile in, the six paths' fit and the reasons out."""

import json
from pathlib import Path
from typing import Annotated

import typer

from innopath.engine.analysis.sensitivity import top_unknowns
from innopath.engine.applications.terminal import print_recommendation
from innopath.engine.cli.options import Format, FormatOption, LangOption, Language
from innopath.engine.inference.explain import recommend as run_recommend
from innopath.engine.knowledge.profile import load_profile


def recommend(
    profile: Annotated[Path, typer.Argument(help="A firm profile, YAML or JSON (see `innopath schema`).")],
    format: FormatOption = Format.TABLE,
    lang: LangOption = Language.ZH,
) -> None:
    """Recommend paths for one firm: fit, verdict, reasons for and against, why not, unknowns that matter."""
    firm = load_profile(profile)
    result = run_recommend(firm, lang.value)
    unknowns = top_unknowns(firm, n=3, lang=lang.value)
    if format is Format.JSON:
        data = {
            **result.model_dump(mode="json"),
            "top_unknowns": [u.model_dump(mode="json") for u in unknowns],
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_recommendation(result, unknowns)
