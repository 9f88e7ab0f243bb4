"""Every interface and report word exists in both languages, and no entry is left empty."""

from pathlib import Path

import pytest

from innopath.engine.common.resources import reports_dir
from innopath.engine.common.yamlio import read_yaml

LABEL_FILES = ("labels.yaml", "report_labels.yaml")


def entries(name: str) -> list[tuple[str, str, object]]:
    data = read_yaml(Path(reports_dir()) / name)
    return [(group, key, text) for group, items in data.items() for key, text in items.items()]


def bilingual(text: object) -> bool:
    return isinstance(text, dict) and all(str(text.get(lang, "")).strip() for lang in ("zh", "en"))


@pytest.mark.parametrize("name", LABEL_FILES)
def test_every_label_has_chinese_and_english(name: str) -> None:
    incomplete = [f"{group}.{key}" for group, key, text in entries(name) if not bilingual(text)]
    assert incomplete == []
