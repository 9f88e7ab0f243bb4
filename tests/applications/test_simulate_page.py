"""`simulate`: relative steps of a share, and the `--summary` page (bilingual, escaped, counts as printed)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innopath.engine.applications import simulate as sim
from innopath.engine.common.errors import ProfileError
from innopath.reports.labels import labels

ROOT = Path(__file__).resolve().parents[2]

FIRMS = (
    "firm_name,industry,gov_support,academic_links,strategic_sector,tech_stage,dev_difficulty,"
    "tech_availability,industry_frontier,financial_strength,rd_intensity\n"
    "A,x,2,2,yes,key_core,5,1,5,4,0.995\n"
    "<b>B</b>,y,1,1,yes,key_core,5,1,5,4,\n"
    "C,x,1,1,no,application,1,5,1,1,2%\n"
    "D,y,bad,1,no,application,1,5,1,1,0.1\n"
)


@pytest.mark.parametrize(("given", "step"), [("+0.01", 0.01), ("+1%", 0.01), ("-5％", -0.05), ("+1", 1.0)])
def test_a_share_moves_by_a_relative_step_and_is_clamped(given: str, step: float, tmp_path: Path) -> None:
    source = tmp_path / "firms.csv"
    source.write_text(FIRMS, encoding="utf-8")
    cohort = sim.read_cohort(source)
    changes = sim.parse_changes([f"rd_intensity={given}"])
    assert changes == [sim.Change("rd_intensity", step=step)]
    moved = sim.apply(cohort.frame, changes, {}).get_column("rd_intensity").to_list()
    before = [0.995, None, 0.02]
    assert moved == [None if b is None else min(max(b + step, 0.0), 1.0) for b in before]


@pytest.mark.parametrize("given", ["+abc", "+200%", "+2"])
def test_a_share_step_that_is_no_step_is_refused(given: str) -> None:
    with pytest.raises(ProfileError, match="rd_intensity"):
        sim.parse_changes([f"rd_intensity={given}"])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_summary_page_counts_groups_and_lists_the_firms(
    tmp_path: Path, run_cli: Callable[..., Any], lang: str
) -> None:
    source, page = tmp_path / "firms.csv", tmp_path / "sim.html"
    source.write_text(FIRMS, encoding="utf-8")
    args = [
        "simulate",
        str(source),
        "--set",
        "gov_support=5",
        "--set",
        "academic_links=5",
        "--by",
        "industry",
    ]
    result = run_cli(*args, "--summary", str(page), "--lang", lang, "--levers")
    assert result.code == 0, result.err
    html = page.read_text(encoding="utf-8")
    assert ("政策模拟汇总" if lang == "zh" else "Policy simulation summary") in html
    assert "gov_support=5, academic_links=5" in html and "--accent" in html  # the change, the report's css
    cohort = sim.read_cohort(source, "industry")
    summary = sim.simulate(
        cohort, sim.parse_changes(["gov_support=5", "academic_links=5"]), {}, by="industry"
    )
    said = (
        labels()
        .get("simulate", "result", lang)
        .format(firms=summary.firms, changed=summary.changed_first, gained=summary.gained, lost=summary.lost)
    )
    assert said in result.out
    assert summary.changed_first > 0 and len(summary.changed) == summary.changed_first
    for firm in summary.changed:
        assert f'<td class="n">{firm.row}</td>' in html
    assert "<b>B</b>" not in html  # a firm's name is text, never markup
    assert 'id="levers"' in html and 'id="groups"' in html


def test_a_summary_that_is_not_html_stops_before_the_run(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = tmp_path / "firms.csv"
    source.write_text(FIRMS, encoding="utf-8")
    result = run_cli("simulate", str(source), "--set", "gov_support=+1", "--summary", str(tmp_path / "s.txt"))
    assert result.code == 2 and "HTML page" in result.err


def test_a_cohort_read_as_frames_is_the_cohort_read_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib
    import importlib.util

    from innopath.engine.applications.batch import frames

    spec = importlib.util.spec_from_file_location(
        "innopath_generate_sim", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    source = tmp_path / "firms.csv"
    generate.write_messy_csv(source, 300, seed=12, messy=0.01)
    fast = sim.read_cohort(source, "industy")

    @contextlib.contextmanager
    def declined(path: Path) -> Any:
        yield None

    monkeypatch.setattr(frames, "open_frames", declined)
    slow = sim.read_cohort(source, "industy")
    assert fast.frame.equals(slow.frame)
    assert (fast.rows, fast.names, fast.groups, fast.failed) == (
        slow.rows,
        slow.names,
        slow.groups,
        slow.failed,
    )
    assert fast.failed and fast.rows
