"""Options shared by several commands."""

from enum import StrEnum
from typing import Annotated

import typer


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


class Language(StrEnum):
    ZH = "zh"
    EN = "en"


LangOption = Annotated[Language, typer.Option("--lang", "-l", help="Language of the output.")]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="table (for people) or json (for tools).")
]
