from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from innopath.engine.applications.terminal import plain, print_recommendation
from innopath.engine.common.text import Lang
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import load_profile, parse_profile
from innopath.reports.labels import labels

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NAMES = ["A/B [/x]", "haier [qingdao branch]", "[link=http://evil]x[/link]", "red\x1b[31m team"]
SHOWN = ["A/B [/x]", "haier [qingdao branch]", "[link=http://evil]x[/link]", "red team"]


@pytest.mark.parametrize(("name", "shown"), list(zip(NAMES, SHOWN, strict=True)))
@pytest.mark.parametrize(
    "command",
    [
        ["recommend", "{p}"],
        ["compare", "{p}", "{p}"],
        ["whatif", "{p}", "--set", "core_ip=4"],
        ["sensitivity", "{p}"],
    ],
)
def test_user_text_reaches_the_terminal_as_written(
    tmp_path: Path, run_cli: Callable[..., Any], command: list[str], name: str, shown: str
) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text(f'firm_name: "{name}"\ncore_ip: 3\ncluster_peers: 0\n'.replace("\x1b", "\\e"))
    result = run_cli(*[a.format(p=profile) for a in command], "--lang", "en")
    assert result.code == 0, result.err
    assert shown in " ".join(result.out.split()) and "\x1b" not in result.out


def test_plain_escapes_markup_and_strips_control_characters() -> None:
    assert plain("a [b]\x00\x1b[2J") == "a \\[b]"


CLOSING = "，。、；：？！）」』》〉】"


@pytest.mark.parametrize("columns", [12, 21, 38, 60, 77])
def test_wrapped_chinese_never_starts_a_line_with_closing_punctuation(columns: int) -> None:
    """Kinsoku: every reason of the rule base, wrapped to a width, keeps its closing marks (，。）…) at the
    end of a line and its opening brackets at the start of one; no line is wider than asked, nothing is
    lost.
    """
    from innopath.engine.common.text import NO_LINE_END, NO_LINE_START, width, wrap
    from innopath.engine.knowledge.rulebase import shipped_rulebase

    for rule in shipped_rulebase().rules:
        text = rule.because.zh
        lines = wrap(text, columns)
        assert all(width(line) <= columns for line in lines), (rule.id, lines)
        assert all(line[0] not in NO_LINE_START for line in lines[1:]), (rule.id, lines)
        assert all(line[-1] not in NO_LINE_END for line in lines[:-1]), (rule.id, lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", ""), rule.id


def test_english_wraps_at_spaces_and_hyphens_never_inside_an_id() -> None:
    from innopath.engine.common.text import wrap

    assert wrap("a cross-border alliance with ORI-01 and gov_industry_academia", 12) == [
        "a cross-",
        "border",
        "alliance",
        "with ORI-01",
        "and",
        "gov_industry",  # an id wider than the line is folded, as nothing else can be done
        "_academia",
    ]
    text = "名称和说明（x-label、x-help 下两种语言都有）"
    assert all(not line.endswith("-") for columns in range(8, 40) for line in wrap(text, columns))


def test_a_range_of_numbers_stays_on_one_line() -> None:
    from innopath.engine.common.text import wrap

    assert wrap("levels uniform 0–10 or 2–4", 17) == ["levels uniform", "0–10 or 2–4"]
    assert wrap("government–industry", 12) == ["government–", "industry"]


@pytest.mark.parametrize("columns", ["60", "80", "100"])
@pytest.mark.parametrize(
    "command", [["recommend", "{p}"], ["whatif", "{p}", "--set", "core_ip=2"], ["rules", "list"]]
)
def test_no_terminal_line_starts_with_closing_punctuation(
    run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, command: list[str], columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    hisense = Path(__file__).resolve().parents[2] / "examples" / "hisense-2001.yaml"
    result = run_cli(*[a.format(p=hisense) for a in command], lang="zh")
    assert result.code == 0, result.err
    for line in result.out.splitlines():
        assert len(line) <= int(columns)
        for cell in line.split("│"):  # each cell of a table row, or the whole line of a grid
            shown = cell.strip(" ┃")
            assert not shown or shown[0] not in CLOSING, line


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_shared_place_shows_as_equals_and_is_explained_under_the_table(lang: Lang) -> None:
    result = recommend(parse_profile({"rd_resources": 5, "imitation_barrier": 5}), lang)
    console = Console(width=100, record=True, highlight=False)
    print_recommendation(result, console=console)
    text = console.export_text()
    assert "│  1 │" in text or "│    1 │" in text
    assert text.count(" 2= │") == 5
    assert labels().get("ui", "tied_note", lang)[:20] in text.replace("\n", "")
    assert "\n2= " in text  # the path's own heading carries its shared place


def test_no_note_when_no_place_is_shared() -> None:
    result = recommend(load_profile(EXAMPLES / "hisense-2001.yaml"), "en")
    assert len({p.rank for p in result.paths}) == len(result.paths), "the example must give six places"
    console = Console(width=100, record=True, highlight=False)
    print_recommendation(result, console=console)
    text = console.export_text()
    assert labels().get("ui", "tied_note", "en")[:20] not in text
    assert f"\n1. {result.paths[0].name}" in text
