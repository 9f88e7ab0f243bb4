"""Compare, diff and what-if pages when first place is shared: every leader is marked and named, places read
`1=`, and the note explaining `=` stands under the table."""

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from webclient import imported

from innopath.engine.knowledge.rulebase import RuleBase
from innopath.engine.web.context import web_labels
from innopath.reports.labels import labels


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def note(lang: str) -> str:
    """The note explaining `=` under a table, as the page has it."""
    return f'<p class="muted tied-note">{escape(labels().get("ui", "tied_note", lang))}</p>'


def place_of(page: str, name: str) -> str:
    """The place shown before a path's name in a what-if or diff table row."""
    for row in re.findall(r"<tr[^>]*>\s*<td>(.*?)</td>", page, flags=re.S):
        shown = html.unescape(row).strip()
        if shown.endswith(name):
            return shown.removesuffix(name).strip()
    raise AssertionError(f"no row for {name}")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_compare_marks_and_names_every_path_sharing_first_place(
    c: TestClient,
    tied_first_file: Path,
    alone_file: Path,
    sharing_first: list[str],
    rulebase: RuleBase,
    lang: str,
) -> None:
    ids = [imported(c, tied_first_file), imported(c, alone_file)]
    page = c.get(f"/compare?ids={ids[0]}&ids={ids[1]}&lang={lang}").text
    names = {p: rulebase.path(p).name(lang) for p in rulebase.path_ids}  # type: ignore[arg-type]
    rows = {
        html.unescape(k): v for k, v in re.findall(r'<th scope="row">(.*?)</th>(.*?)</tr>', page, flags=re.S)
    }
    marked = {p: re.findall(r"<td( class=\"top\")?>", rows[names[p]]) for p in rulebase.path_ids}
    assert {p for p, cells in marked.items() if cells[0]} == set(sharing_first)
    assert {p for p, cells in marked.items() if cells[1]} == {"cluster_cooperation"}
    first = [
        html.unescape(t)
        for t in re.findall(r"<td>(.*?)</td>", rows[web_labels().get("web", "first_path", lang)])
    ]
    assert first == [" = ".join(names[p] for p in sharing_first), names["cluster_cooperation"]]
    assert note(lang) in page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_whatif_and_diff_show_shared_places(
    c: TestClient, alone_file: Path, rulebase: RuleBase, lang: str
) -> None:
    a = imported(c, alone_file)
    csrf = c.cookies["innopath_csrf"]
    form = {"csrf": csrf, "base": "1", "industry_frontier": "3", "fragment": "1"}
    fragment = c.post(f"/a/{a}/whatif?lang={lang}", data=form).text
    ids = ("original", "cluster_cooperation", "gov_industry_academia")
    name = {p: rulebase.path(p).name(lang) for p in ids}  # type: ignore[arg-type]
    # a place that moves reads before → after, as in the CLI's `whatif` and the diff below
    assert (place_of(fragment, name["original"]), place_of(fragment, name["cluster_cooperation"])) == (
        "2 → 1=",
        "1 → 1=",
    )
    assert place_of(fragment, name["gov_industry_academia"]) == "3."
    assert note(lang) in fragment
    c.post(f"/a/{a}/whatif", data={**form, "fragment": "", "save": "1"})
    diff = c.get(f"/a/{a}/diff?a=1&b=2&lang={lang}").text
    assert place_of(diff, name["original"]) == "2 → 1="
    assert place_of(diff, name["cluster_cooperation"]) == "1 → 1="
    assert place_of(diff, name["gov_industry_academia"]) == "3."
    assert note(lang) in diff
