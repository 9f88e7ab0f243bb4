"""The workspace and history lists when first place is shared: the "first path" column shows every path
sharing it, read from the kept result; a result kept before places were shared shows its listed first path."""

import html
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webclient import imported

from innopath.engine.knowledge.rulebase import RuleBase
from innopath.engine.store.repository import Outcome
from innopath.engine.web.answers import first_paths, outcome_of


def first_cell(page: str, column: int) -> str:
    """The text of the first body row's cell in `column` (0-based)."""
    row = page.split("<tbody>")[1].split("</tr>")[0]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", cells[column])).strip()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_workspace_and_history_show_every_path_sharing_first_place(
    c: TestClient, tied_first_file: Path, sharing_first: list[str], rulebase: RuleBase, lang: str
) -> None:
    a = imported(c, tied_first_file)
    names = " = ".join(rulebase.path(p).name(lang) for p in sharing_first)  # type: ignore[arg-type]
    assert first_cell(c.get(f"/?lang={lang}").text, 3) == names
    verdict_badge = c.get(f"/a/{a}/history?lang={lang}").text
    assert first_cell(verdict_badge, 5).startswith(names)


def test_first_paths_read_the_kept_ranks(tied_first_file: Path, sharing_first: list[str]) -> None:
    from innopath.engine.applications.interview.store import load_answers
    from innopath.engine.web.context import questionnaire

    outcome = outcome_of(load_answers(tied_first_file, questionnaire()))
    assert outcome.top_path == sharing_first[0], "the kept top path stays the one listed first"
    assert first_paths(outcome) == sharing_first


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (json.dumps({"ranking": ["original", "import_absorb"]}), ["original"]),
        (json.dumps({"paths": [{"id": "original"}, {"id": "import_absorb"}]}), ["original"]),
        ("not json", ["original"]),
        (json.dumps({"paths": [{"id": "x", "rank": 1}, {"id": "y", "rank": 1}]}), ["x", "y"]),
    ],
    ids=["no-paths", "no-ranks", "broken", "ranked"],
)
def test_a_result_kept_without_places_shows_its_listed_first_path(result: str, expected: list[str]) -> None:
    assert first_paths(Outcome("old-rules", result, "original", "possible")) == expected
    assert first_paths(None) == []


def test_workspace_shows_an_old_result_by_its_top_path(c: TestClient, rulebase: RuleBase) -> None:
    store = c.app.state.store  # type: ignore[attr-defined]
    store.create(
        {"rd_resources": 3},
        "en",
        Outcome("old-rules", json.dumps({"ranking": ["original"]}), "original", "possible"),
    )
    assert first_cell(c.get("/?lang=en").text, 3) == rulebase.path("original").name("en")
