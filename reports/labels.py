"""The user interface's words (reports/labels.yaml), for the terminal and the report templates."""

from functools import cache
from typing import Any

from innopath.engine.common.resources import reports_dir
from innopath.engine.common.text import Lang, Text
from innopath.engine.common.yamlio import read_yaml


class Labels:
    """Bilingual interface words, looked up by group and key."""

    def __init__(self, data: dict[str, dict[str, Any]]) -> None:
        self._groups: dict[str, dict[str, Text]] = {
            group: {key: Text(**text) for key, text in items.items()} for group, items in data.items()
        }

    def get(self, group: str, key: str, lang: Lang) -> str:
        text: Text = self._groups[group][key]
        return text(lang)

    def group(self, group: str, lang: Lang) -> dict[str, str]:
        return {key: text(lang) for key, text in self._groups[group].items()}


@cache
def labels() -> Labels:
    return Labels(read_yaml(reports_dir() / "labels.yaml"))
