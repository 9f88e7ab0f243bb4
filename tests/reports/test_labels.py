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


# The separators that join path names into one list ("A; B; and C"), by file and group.
PATH_LIST_SEPARATORS = {
    ("labels.yaml", "analysis"): ("list_sep", "last_sep"),
    ("report_labels.yaml", "report"): ("list_sep", "list_last"),
}


@pytest.mark.parametrize(("name", "group"), list(PATH_LIST_SEPARATORS))
def test_list_separators_cannot_be_read_inside_a_path_name(name: str, group: str) -> None:
    """A list of path names must split one way only: no separator occurs inside a name (the English name of
    import_absorb has commas and "and", so ", " and " and " would cut it in pieces)."""
    from innopath.engine.knowledge.rulebase import load_rulebase

    words = read_yaml(Path(reports_dir()) / name)[group]
    paths = load_rulebase().paths
    clashes = [
        (key, lang, path.id)
        for key in PATH_LIST_SEPARATORS[(name, group)]
        for lang in ("zh", "en")
        for path in paths
        if words[key][lang] in path.name(lang)
    ]
    assert clashes == []
