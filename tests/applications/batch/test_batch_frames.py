"""The fast path of `batch` (polars reads, judges and writes whole blocks) writes what the row path writes."""

import contextlib
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from innopath.engine.applications.batch import frames
from innopath.engine.applications.batch import run as batch
from innopath.engine.applications.batch.records import Summary
from innopath.engine.knowledge.profile import profile_spec

ROOT = Path(__file__).resolve().parents[3]


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location(
        "innopath_bench_generate2", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _load_generator()


@contextlib.contextmanager
def _declined(path: Path) -> Iterator[None]:
    yield None


def _facts(summary: Summary) -> tuple[Any, ...]:
    return (
        summary.rows, summary.succeeded, summary.failed, summary.first_errors, summary.warnings,
        {g: dict(c) for g, c in summary.top_paths.items()}, {p: dict(c) for p, c in summary.verdicts.items()},
    )  # fmt: skip


def _both(
    monkeypatch: pytest.MonkeyPatch, source: Path, out: Path, engine: str = "experta", **options: Any
) -> tuple[Summary, Summary, Path]:
    """The fast run (asserted to take the fast path) and the reference run (row by row) of `source`."""
    opened = []
    real = frames.open_frames

    @contextlib.contextmanager
    def spy(path: Path) -> Iterator[Any]:
        with real(path) as table:
            opened.append(table is not None)
            yield table

    monkeypatch.setattr(frames, "open_frames", spy)
    fast = batch.run_batch(source, out, **options)
    assert opened == [True], "the fast path was not taken"
    monkeypatch.setattr(frames, "open_frames", _declined)
    reference = out.with_name("reference" + out.suffix)
    slow = batch.run_batch(source, reference, engine=engine, workers=2, **options)
    return fast, slow, reference


@pytest.mark.parametrize(("lang", "row"), [("en", "row "), ("zh", "第 ")])
def test_a_messy_csv_gives_what_experta_gives_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, row: str
) -> None:
    """In either language: the error column and the summary's errors word for word the row path's."""
    source = tmp_path / "firms.csv"
    generate.write_messy_csv(source, 300, seed=5, messy=0.01)
    fast, slow, reference = _both(monkeypatch, source, tmp_path / "out.csv", by="industy", lang=lang)
    assert (tmp_path / "out.csv").read_bytes() == reference.read_bytes()
    assert _facts(fast) == _facts(slow)
    assert 0 < fast.failed < fast.rows and all(e.startswith(row) for e in fast.first_errors)
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and '"Foo, Inc."' in text  # neutralised formula, quoted comma


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".xlsx"])
def test_every_output_format_of_the_fast_path_is_the_row_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    source = tmp_path / "firms.csv"
    generate.write_messy_csv(source, 120, seed=8, messy=0.01)
    out = tmp_path / f"out{suffix}"
    fast, slow, reference = _both(monkeypatch, source, out, engine="columnar", by="firm_name")
    assert _facts(fast) == _facts(slow)
    if suffix == ".parquet":
        assert pl.read_parquet(out).equals(pl.read_parquet(reference))
    elif suffix == ".jsonl":
        assert [json.loads(x) for x in out.read_text().splitlines()] == [
            json.loads(x) for x in reference.read_text().splitlines()
        ]
    else:
        from openpyxl import load_workbook

        def cells(path: Path) -> list[Any]:
            book = load_workbook(path, read_only=True)
            try:
                return list(book.active.iter_rows(values_only=True))
            finally:
                book.close()

        assert cells(out) == cells(reference)


def test_labels_a_title_row_and_quotes_take_the_fast_path_and_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = profile_spec()
    header = [
        spec.field("firm_name").label.zh,
        spec.field("core_ip").label.en,
        "rd_intensity",
        "cluster_peers",
    ]
    lines = [
        "2026 survey,,,",
        ",".join(header),
        '"Foo, ""Big"" Inc.",4,5%,12',
        "Bar,９,0.05,1001",
        "",
        "  ,  ,  ,  ",
        "Baz,3,,3,surplus",
        "Qux,2,0.1",
        "\u3000Quux\u3000,unknown,1.5,0",
    ]
    source = tmp_path / "firms.csv"
    source.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    fast, slow, reference = _both(monkeypatch, source, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes() == reference.read_bytes()
    assert _facts(fast) == _facts(slow)
    assert fast.rows == 5 and any("skipped" in w for w in fast.warnings)


@pytest.mark.parametrize(
    "content",
    [
        'firm_name,core_ip\n"A\nB",3\n',
        'firm_name,core_ip\nA "x",3\n',
        "firm_name,core_ip\rA,3\r",
        "firm_name\n\x00\n",
    ],
)
def test_a_csv_the_frames_cannot_vouch_for_goes_the_row_path(tmp_path: Path, content: str) -> None:
    source = tmp_path / "firms.csv"
    source.write_text(content, encoding="utf-8", newline="")
    assert not frames.plain_csv(source)


def test_a_typed_parquet_gives_what_experta_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [generate.known(p) for p in generate.generate_profiles(150, seed=9)]
    spec = profile_spec()
    rows[3]["core_ip"] = 9
    rows[5]["rd_intensity"] = 1.5
    rows[7]["rd_intensity"] = float("nan")
    rows[9]["cluster_peers"] = 5000
    rows[11] = {}
    rows[13]["tech_gap"] = float("nan")
    types = {"share": pl.Float64, "level": pl.Int64, "count": pl.Int64, "yesno": pl.Boolean}
    types_of = {f.id: types.get(f.type.value, pl.String) for f in spec.fields}
    types_of["tech_gap"] = pl.Float64  # a level saved as floats, one of them NaN
    frame = pl.DataFrame(
        [{f.id: r.get(f.id) for f in spec.fields} for r in rows],
        schema=types_of,
    )
    source = tmp_path / "firms.parquet"
    frame.write_parquet(source)
    fast, slow, reference = _both(monkeypatch, source, tmp_path / "out.csv", by="industry")
    assert (tmp_path / "out.csv").read_bytes() == reference.read_bytes()
    assert _facts(fast) == _facts(slow)
    assert fast.failed == 5 and fast.rows == 149


def test_the_frames_strip_what_python_strips() -> None:
    spaces = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert sorted(frames.PYTHON_WHITESPACE) == sorted(spaces)
