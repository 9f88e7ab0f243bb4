"""`top_shared`: a batch row whose first place is shared says so, the same on every path (experta row by row,
the columnar frames, the columnar rows), and the summary counts it as shared; the rounding key is the same
integer in Python and polars.
"""

import csv
import math
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from innopath.engine.applications.batch import run as batch
from innopath.engine.applications.batch.leaders import shared_first
from innopath.engine.applications.batch.records import SHARED_TOP
from innopath.engine.applications.batch.summary import render_summary
from innopath.engine.columnar.verdicts import fit_key_expr
from innopath.engine.inference.engine import Engine, fit_key
from innopath.engine.knowledge.profile import parse_profile

PATHS = (
    "original",
    "import_absorb",
    "gov_industry_academia",
    "cluster_cooperation",
    "cross_border_alliance",
    "cross_border_ma",
)
FIRMS = ["all unknown", "two fives", "tied exactly", "tied when printed"]
ENGINES = ["columnar", "columnar-rows", "experta"]
"""The frames path (plain CSV), the columnar row path (JSONL) and the experta row path."""


def _run(
    tmp_path: Path, engine: str, write_firms: Callable[[Path, list[str]], Path]
) -> tuple[list[dict[str, str]], batch.Summary]:
    suffix = ".jsonl" if engine == "columnar-rows" else ".csv"
    source, target = write_firms(tmp_path / f"firms{suffix}", FIRMS), tmp_path / f"{engine}.csv"
    summary = batch.run_batch(source, target, engine=engine.removesuffix("-rows"))
    with target.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle)), summary


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("firm", "top_path", "top_verdict", "top_shared"),
    [
        ("all unknown", "", "undetermined", ";".join(PATHS)),
        ("two fives", "original", "recommended", ""),
        ("tied exactly", "original", "possible", "original;cluster_cooperation"),
    ],
)
def test_a_shared_first_place_is_named_in_top_shared(
    tmp_path: Path,
    write_firms: Callable[[Path, list[str]], Path],
    engine: str,
    firm: str,
    top_path: str,
    top_verdict: str,
    top_shared: str,
) -> None:
    rows, _ = _run(tmp_path, engine, write_firms)
    row = next(r for r in rows if r["firm_name"] == firm)
    assert (row["top_path"], row["top_verdict"], row["top_shared"]) == (top_path, top_verdict, top_shared)


@pytest.mark.parametrize("engine", ENGINES)
def test_paths_equal_to_two_decimals_share_first_place_whatever_the_fourth(
    tmp_path: Path, write_firms: Callable[[Path, list[str]], Path], engine: str
) -> None:
    rows, _ = _run(tmp_path, engine, write_firms)
    row = next(r for r in rows if r["firm_name"] == "tied when printed")
    leaders = row["top_shared"].split(";")
    assert leaders == ["gov_industry_academia", "cluster_cooperation"]
    assert row["top_path"] in leaders
    fits = [float(row[f"{p}_fit"]) for p in leaders]
    assert fits[0] != fits[1] and {f"{f:.2f}" for f in fits} == {"0.85"}
    assert {row[f"{p}_verdict"] for p in leaders} == {row["top_verdict"]}


def test_every_path_writes_the_same_bytes_and_counts(
    tmp_path: Path, write_firms: Callable[[Path, list[str]], Path]
) -> None:
    outputs = {}
    for engine in ENGINES:
        rows, summary = _run(tmp_path, engine, write_firms)
        values = [{k: v for k, v in row.items() if k != "row"} for row in rows]  # JSONL counts lines
        outputs[engine] = (values, {g: dict(c) for g, c in summary.top_paths.items()})
    assert outputs["columnar"] == outputs["columnar-rows"] == outputs["experta"]
    assert (tmp_path / "columnar.csv").read_bytes() == (tmp_path / "experta.csv").read_bytes()


@pytest.mark.parametrize("engine", ENGINES)
def test_the_summary_counts_a_shared_first_place_as_shared(
    tmp_path: Path, write_firms: Callable[[Path, list[str]], Path], engine: str
) -> None:
    """Two firms with a recommendable shared first place; the all-unknown firm has no path to recommend."""
    _, summary = _run(tmp_path, engine, write_firms)
    assert summary.top_paths == {"": Counter({SHARED_TOP: 2, "original": 1, "": 1})}
    html = render_summary(summary, Path("firms.csv"), "en")
    assert "first place shared" in html and "first place shared: 2 (50.0%)" in html


@pytest.mark.parametrize(
    "fit",
    [0.005, 0.015, 0.125, 0.285, 0.845, 0.855, 0.995, -0.005, -0.125, 0.3, 1 / 3, 0.0, 1.0, -1.0],
)
def test_the_rounding_key_is_the_same_integer_in_python_and_polars(fit: float) -> None:
    got = pl.select(fit_key_expr(pl.lit(fit, pl.Float64))).item()
    assert got == fit_key(fit) and abs(fit_key(fit) - fit * 100) <= 0.5


def test_the_rounding_key_agrees_on_many_fits() -> None:
    rng = random.Random(7)
    fits = [rng.uniform(-1, 1) for _ in range(20_000)] + [k / 200 for k in range(-200, 201)]
    keys = pl.Series(fits, dtype=pl.Float64).to_frame("f").select(fit_key_expr(pl.col("f"))).to_series()
    assert keys.cast(pl.Int64).to_list() == [fit_key(f) for f in fits]


@pytest.mark.parametrize(("firm", "expected"), [("all unknown", ";".join(PATHS)), ("two fives", "")])
def test_shared_first_reads_the_inference(
    engine: Engine, tie_profiles: dict[str, dict[str, Any]], firm: str, expected: str
) -> None:
    inference = engine.infer(parse_profile(tie_profiles[firm]).answers())
    best = inference.ranking[0]
    assert shared_first(PATHS, best, inference.fits, inference.verdicts) == expected
    assert math.isfinite(inference.fits[best])
