"""`simulate` and a shared first place: the first path changes only when the paths sharing it change."""

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from innopath.engine.applications import simulate as sim
from innopath.engine.applications.simulation_page import render_page

ALL_SIX = (
    "original;import_absorb;gov_industry_academia;cluster_cooperation;cross_border_alliance;cross_border_ma"
)
TIE = "original;cluster_cooperation"
WriteFirms = Callable[[Path, list[str]], Path]


def _cohort(tmp_path: Path, write_firms: WriteFirms) -> sim.Cohort:
    """All six paths tied; original alone; original and cluster cooperation tied (possible)."""
    return sim.read_cohort(write_firms(tmp_path / "firms.csv", ["all unknown", "two fives", "tied exactly"]))


@pytest.mark.parametrize(
    ("before", "after", "changed"),
    [
        (("original", "possible", TIE), ("cluster_cooperation", "possible", TIE), False),
        (("original", "possible", TIE), ("original", "recommended", ""), True),
        (("original", "possible", ""), ("original", "recommended", TIE), True),
        (("original", "possible", ""), ("cluster_cooperation", "possible", ""), True),
        (("", "undetermined", ALL_SIX), ("", "not_advised", ""), False),
        (("original", "recommended", ""), ("original", "recommended", ""), False),
    ],
)
def test_a_tie_listed_the_other_way_round_is_no_change(
    tmp_path: Path,
    write_firms: WriteFirms,
    before: tuple[str, str, str],
    after: tuple[str, str, str],
    changed: bool,
) -> None:
    cohort = _cohort(tmp_path, write_firms)
    calls: list[tuple[str, str, str]] = []

    def outcome(frame: pl.DataFrame) -> pl.DataFrame:
        top, verdict, shared = after if calls else before
        calls.append(before)
        n = frame.height
        return pl.DataFrame({"top": [top] * n, "verdict": [verdict] * n, "shared": [shared] * n})

    result = sim.simulate(cohort, sim.parse_changes(["gov_support=+1"]), {}, outcome=outcome)
    assert result.changed_first == (3 if changed else 0)


def test_the_output_and_page_show_the_paths_sharing_first_place(
    tmp_path: Path, write_firms: WriteFirms
) -> None:
    cohort = _cohort(tmp_path, write_firms)
    changes = sim.parse_changes(["rd_resources=5", "imitation_barrier=5"])
    result = sim.simulate(cohort, changes, {}, tmp_path / "sim.csv")
    with (tmp_path / "sim.csv").open(encoding="utf-8", newline="") as handle:
        rows: list[dict[str, Any]] = list(csv.DictReader(handle))
    assert [(r["top_shared_before"], r["top_shared_after"], r["first_path_changed"]) for r in rows] == [
        (ALL_SIX, "", "True"),
        ("", "", "False"),
        (TIE, "", "True"),
    ]
    assert result.transitions == {("", "original"): 1, (TIE, "original"): 1}
    page = render_page(result, Path("firms.csv"), changes, {}, 0, None, "en")
    assert "original in-house innovation = joint R&amp;D by the cluster&#39;s large firms" in page
