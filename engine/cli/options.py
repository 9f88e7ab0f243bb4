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


LANG_ENV = "INNOPATH_LANG"
"""The language of every command when `--lang` is not given (zh or en); Chinese when unset."""

LangOption = Annotated[
    Language,
    typer.Option("--lang", "-l", envvar=LANG_ENV, help="Language of the output (or set INNOPATH_LANG)."),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="table (for people) or json (for tools).")
]
