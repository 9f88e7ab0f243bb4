"""`innopath whatif` and `compare` in the terminal when first place is shared: the places read `1=`, and the
lines that name the first path name every path sharing it."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innopath.engine.knowledge.rulebase import RuleBase
from innopath.reports.labels import labels

RunCli = Callable[..., Any]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def said(key: str, lang: str, **values: str) -> str:
    return labels().get("analysis", key, lang).format(**values)


def both(rulebase: RuleBase, paths: list[str], lang: str) -> str:
    """Two paths' names as the commands join them."""
    return said("pair_sep", lang).join(rulebase.path(p).name(lang) for p in paths)  # type: ignore[arg-type]


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough that no line the tests look for wraps."""
    monkeypatch.setenv("COLUMNS", "400")


@pytest.mark.usefixtures("wide")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_whatif_from_a_shared_first_place(
    run_cli: RunCli, tied_first_file: Path, sharing_first: list[str], rulebase: RuleBase, lang: str
) -> None:
    result = run_cli("whatif", str(tied_first_file), "--set", "industry_frontier=4", "--lang", lang)
    assert result.code == 0, result.err
    rows = {line.split("│")[1].strip() for line in result.out.splitlines() if line.count("│") > 3}
    assert {"1= → 1", "1= → 2"} <= rows, rows
    shared = said("first_shared", lang, paths=both(rulebase, sharing_first, lang))
    alone = rulebase.path("cluster_cooperation").name(lang)  # type: ignore[arg-type]
    move = f"{shared} → {alone}"
    assert (
        labels().get("ui", "labeled", lang).format(label=said("first_place", lang), text=move) in result.out
    )
    assert labels().get("ui", "tied_note", lang) in result.out
    if lang == "en":  # the line opens with its label, capitalised as the lines beside it
        assert f"\nFirst place: {shared} → {alone}" in result.out


@pytest.mark.usefixtures("wide")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_whatif_to_a_shared_first_place_and_within_one(
    run_cli: RunCli,
    tied_first_file: Path,
    alone_file: Path,
    sharing_first: list[str],
    rulebase: RuleBase,
    lang: str,
) -> None:
    shared = both(rulebase, sharing_first, lang)
    result = run_cli("whatif", str(alone_file), "--set", "industry_frontier=3", "--lang", lang)
    assert result.code == 0, result.err
    rows = {line.split("│")[1].strip() for line in result.out.splitlines() if line.count("│") > 3}
    assert {"1 → 1=", "2 → 1="} <= rows, rows  # before → after, as a verdict that moves is shown
    move = f"{rulebase.path('cluster_cooperation').name(lang)} → {said('first_shared', lang, paths=shared)}"  # type: ignore[arg-type]
    assert (
        labels().get("ui", "labeled", lang).format(label=said("first_place", lang), text=move) in result.out
    )
    result = run_cli("whatif", str(tied_first_file), "--set", "talent_base=5", "--lang", lang)
    assert result.code == 0, result.err
    assert said("first_same_shared", lang, paths=shared) in result.out


@pytest.mark.usefixtures("wide")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_compare_stars_and_names_every_path_sharing_first_place(
    run_cli: RunCli,
    tied_first_file: Path,
    alone_file: Path,
    sharing_first: list[str],
    rulebase: RuleBase,
    lang: str,
) -> None:
    result = run_cli("compare", str(tied_first_file), str(alone_file), "--lang", lang)
    assert result.code == 0, result.err
    cells = [line.split("│") for line in result.out.splitlines() if line.count("│") > 3]
    starred = {row[1].strip() for above, row in zip(cells, cells[1:], strict=False) if "★" in "".join(above)}
    assert starred == set(sharing_first)
    assert [sum("★" in cell for cell in row) for row in cells if "★" in "".join(row)] == [1, 2]
    assert said("compare_star", lang) in result.out
    shared = both(rulebase, sharing_first, lang)
    summary = said("compare_firm_shared", lang, name="csr", firm="CSR", first=shared, combination="\0")
    assert summary.replace("[bold]", "").replace("[/bold]", "").split("\0")[0] in result.out


@pytest.mark.usefixtures("wide")
def test_english_lists_of_paths_split_one_way(run_cli: RunCli, rulebase: RuleBase) -> None:
    """The paths no change makes first are listed with semicolons: a name may hold commas and "and"."""
    from innopath.engine.analysis.sensitivity import sensitivity
    from innopath.engine.knowledge.profile import load_profile

    profile = load_profile(EXAMPLES / "hisense-2001.yaml")
    names = [rulebase.path(p).name("en") for p in sensitivity(profile, lang="en").no_flip]
    assert len(names) > 1 and any("," in n or " and " in n for n in names), names
    result = run_cli("sensitivity", str(EXAMPLES / "hisense-2001.yaml"), "--lang", "en")
    assert result.code == 0, result.err
    assert "; ".join(names) in result.out


@pytest.mark.usefixtures("wide")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_whatif_says_when_the_new_first_path_is_not_advisable(
    run_cli: RunCli, rulebase: RuleBase, lang: str
) -> None:
    """Haier in 1984 with nothing to license: import falls, and what now comes first is itself not advised."""
    result = run_cli(
        "whatif", str(EXAMPLES / "haier-1984.yaml"), "--set", "tech_availability=1", "--lang", lang
    )
    assert result.code == 0, result.err
    acquisition = rulebase.path("cross_border_ma").name(lang)  # type: ignore[arg-type]
    not_advised = labels().get("verdicts", "not_advised", lang)
    assert said("first_unsupported", lang, first=acquisition, verdict=not_advised) in result.out
    plain = run_cli(
        "whatif", str(EXAMPLES / "hisense-2001.yaml"), "--set", "financial_strength=2", "--lang", lang
    )
    assert said("first_unsupported", lang, first="", verdict=not_advised).strip() not in plain.out
