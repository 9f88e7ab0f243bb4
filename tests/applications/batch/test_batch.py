"""`innopath batch`: each row against `recommend`, bad rows, order, workers, atomic output, summary."""

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from innopath.engine.applications.batch import columnar as columnar_batch
from innopath.engine.applications.batch import frames, records
from innopath.engine.applications.batch import run as batch
from innopath.engine.applications.batch.summary import write_summary
from innopath.engine.applications.batch.vectorised import BlockEvaluator
from innopath.engine.inference.explain import recommend
from innopath.engine.inference.result import Recommendation
from innopath.engine.knowledge.profile import parse_profile

ROOT = Path(__file__).resolve().parents[3]
ROWS = 240


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location(
        "innopath_bench_generate", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _load_generator()

# index of the firm -> (field, bad value); the same plants in every format
PLANTED = {3: ("financial_strength", 9), 77: ("competitor_count", "lots"), 150: ("rd_intensity", "abc")}


@pytest.fixture(scope="module")
def profiles() -> list[dict[str, Any]]:
    return list(generate.generate_profiles(ROWS, seed=11))


@pytest.fixture(scope="module")
def expected(profiles: list[dict[str, Any]]) -> list[Recommendation | None]:
    """What `recommend` says of each generated firm (None for the planted bad rows)."""
    return [
        None if i in PLANTED else recommend(parse_profile(generate.known(p)), "en")
        for i, p in enumerate(profiles)
    ]


def _planted(profiles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for index, profile in enumerate(profiles):
        row = dict(profile)
        if index in PLANTED:
            field, value = PLANTED[index]
            row[field] = value
        row["industy"] = "east" if index % 3 else "west"  # a misspelt extra column: reported once, ignored
        rows.append(row)
    return rows


def _write_input(path: Path, profiles: list[dict[str, Any]]) -> None:
    columns = ["industy", *profiles[0].keys()]
    generate.write_rows(path, _planted(profiles), seed=11, columns=columns)
    if path.suffix == ".jsonl":  # and one line that is not JSON at all, after the 10th firm
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join([*lines[:10], '{"firm_name": "Broken", \n', *lines[10:]]), encoding="utf-8")


def read_output(path: Path) -> list[dict[str, Any]]:
    """The output rows as dicts, whatever the format (numbers as numbers, empty cells as None)."""
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        book.close()
        width = len(rows[0])  # read-only mode drops a row's trailing empty cells
        return [dict(zip(rows[0], row + (None,) * (width - len(row)), strict=True)) for row in rows[1:]]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [{k: None if v == "" else v for k, v in row.items()} for row in rows]


def _number(value: Any) -> float:
    return float(value)


def _combination(rec: Recommendation) -> str | None:
    text = "; ".join(f"{c.rule} {'+'.join(c.paths)} {c.mode}" for c in rec.combination)
    return text or None


def _row_number(suffix: str, index: int) -> int:
    """Row numbers as a person sees them: header is row 1 in CSV and .xlsx; JSONL counts lines."""
    if suffix == ".jsonl":
        return index + 1 if index < 10 else index + 2  # the broken line sits after the 10th firm
    return index + 2


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx"])
def test_every_row_matches_recommend_in_order(
    tmp_path: Path, suffix: str, profiles: list[dict[str, Any]], expected: list[Recommendation | None]
) -> None:
    source, target = tmp_path / f"firms{suffix}", tmp_path / f"results{suffix}"
    _write_input(source, profiles)
    warnings: list[str] = []
    summary = batch.run_batch(source, target, workers=1, on_warning=warnings.append)

    rows = read_output(target)
    broken = 1 if suffix == ".jsonl" else 0
    assert len(rows) == ROWS + broken
    assert (summary.rows, summary.failed, summary.succeeded) == (
        ROWS + broken,
        len(PLANTED) + broken,
        ROWS - 3,
    )
    assert warnings == [
        "row 1: column 'industy' is not a profile field (did you mean 'industry'?); its values are ignored"
    ]
    by_number = {int(r["row"]): r for r in rows}
    assert [int(r["row"]) for r in rows] == sorted(by_number)  # input order

    for index, rec in enumerate(expected):
        row = by_number[_row_number(suffix, index)]
        assert row["firm_name"] == profiles[index]["firm_name"]
        if rec is None:
            field, value = PLANTED[index]
            assert row["error"].startswith(f"row {_row_number(suffix, index)}: {field}: ")
            assert f"{value}' is not allowed" in row["error"] or f"{value} is not allowed" in row["error"]
            assert row["top_path"] is None and row["original_fit"] is None
            continue
        assert row["error"] is None
        top = rec.paths[0]
        assert row["top_path"] == (top.id if top.verdict in ("recommended", "possible") else None)
        assert row["top_verdict"] == top.verdict
        leaders = rec.first()
        assert (row["top_shared"] or "") == (";".join(leaders) if len(leaders) > 1 else "")
        for path in rec.paths:
            assert _number(row[f"{path.id}_fit"]) == path.fit
            assert row[f"{path.id}_verdict"] == path.verdict
        assert row["combination"] == _combination(rec)

    if suffix == ".jsonl":
        bad = by_number[11]
        assert bad["error"].startswith("row 11: malformed JSON") and bad["firm_name"] is None


def test_two_workers_write_what_one_worker_writes(tmp_path: Path, profiles: list[dict[str, Any]]) -> None:
    source = tmp_path / "firms.csv"
    _write_input(source, profiles[:150])
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    batch.run_batch(source, one, workers=1, engine="experta")
    batch.run_batch(source, two, workers=2, engine="experta")
    assert two.read_bytes() == one.read_bytes()
    assert len(read_output(two)) == 150


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx", ".parquet"])
def test_the_columnar_engine_writes_what_experta_writes(
    tmp_path: Path, suffix: str, profiles: list[dict[str, Any]], lang: str
) -> None:
    """Bad rows, odd spellings ("5%", "Yes", 3.0), unknown columns: byte for byte the same output."""
    source = tmp_path / f"firms{suffix if suffix != '.parquet' else '.csv'}"
    odd = [dict(p) for p in profiles]
    spellings = {
        "rd_intensity": "5%",
        "strategic_sector": "Yes",
        "rd_resources": "3.0",
        "cluster_peers": "+2",
    }
    for index, (field, value) in enumerate(spellings.items()):
        odd[20 + index][field] = value
    odd[30]["firm_name"] = 2001
    _write_input(source, odd)
    outputs = {}
    for engine in ("columnar", "experta"):
        outputs[engine] = tmp_path / f"{engine}{suffix}"
        summary = batch.run_batch(source, outputs[engine], workers=1, by="industry", engine=engine, lang=lang)
        assert summary.rows == ROWS + (suffix == ".jsonl")
    if suffix == ".xlsx":
        assert read_output(outputs["columnar"]) == read_output(outputs["experta"])
    else:
        assert outputs["columnar"].read_bytes() == outputs["experta"].read_bytes()


def test_memory_stays_bounded_chunks_in_flight(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader is pulled only a few chunks ahead of the results, however long the input."""
    pulled: list[int] = []

    def rows() -> Any:
        for number in range(2, 100_000):
            pulled.append(number)
            yield records.RawRow(number, {}, "row: skipped")  # a problem row: no engine work needed

    results = batch.outcomes(rows(), workers=2)
    for _ in range(records.CHUNK_ROWS):
        next(results)
    ahead = len(pulled) - records.CHUNK_ROWS
    assert ahead <= records.CHUNK_ROWS * 2 * records.IN_FLIGHT_PER_WORKER
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("engine", ["columnar", "columnar-rows", "experta"])
def test_a_run_stopped_half_way_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    source, target = tmp_path / "firms.csv", tmp_path / "results.csv"
    generate.write_rows(source, generate.generate_profiles(200, seed=3), seed=3)
    target.write_text("yesterday's results\n", encoding="utf-8")
    calls = []
    module: Any = {"experta": batch, "columnar-rows": columnar_batch, "columnar": BlockEvaluator}[engine]
    name = {"experta": "_run_chunk", "columnar-rows": "evaluate_chunk", "columnar": "evaluate"}[engine]
    real = getattr(module, name)

    def interrupted(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(module, name, interrupted)
    monkeypatch.setattr(columnar_batch, "CHUNK", 32)
    monkeypatch.setattr(frames, "BLOCK_BYTES", 2000)  # blocks of a dozen firms
    if engine == "columnar-rows":
        monkeypatch.setattr(frames, "plain_csv", lambda path: False)
    with pytest.raises(KeyboardInterrupt):
        batch.run_batch(source, target, workers=1, engine=engine.split("-")[0])
    assert target.read_text(encoding="utf-8") == "yesterday's results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["firms.csv", "results.csv"]


def _ctrl_c_as_in_a_terminal() -> None:
    """Undo an inherited 'ignore SIGINT' (background jobs of a shell without job control, some CI runners)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_on_a_parallel_run_leaves_no_file(tmp_path: Path) -> None:
    source, target = tmp_path / "firms.csv", tmp_path / "results.csv"
    generate.write_rows(source, generate.generate_profiles(1500, seed=5), seed=5)
    script = Path(sys.executable).parent / "innopath"
    process = subprocess.Popen(
        [str(script), "batch", str(source), "-o", str(target), "--workers", "2", "--engine", "experta"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_ctrl_c_as_in_a_terminal,
    )  # fmt: skip
    time.sleep(3)
    assert process.poll() is None, process.communicate()
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode != 0
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["firms.csv"]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_a_parallel_run_as_ctrl_c_does(tmp_path: Path, stop: signal.Signals) -> None:
    source, target = tmp_path / "firms.csv", tmp_path / "results.csv"
    generate.write_rows(source, generate.generate_profiles(1500, seed=5), seed=5)
    script = Path(sys.executable).parent / "innopath"
    process = subprocess.Popen(
        [str(script), "batch", str(source), "-o", str(target), "--workers", "2", "--engine", "experta"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )  # fmt: skip  (the row engine: the columnar one would finish 1,500 rows before the signal)
    time.sleep(3)
    assert process.poll() is None, process.communicate()
    os.killpg(process.pid, stop)
    _, err = process.communicate(timeout=30)
    assert process.returncode != 0
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["firms.csv"]


@pytest.mark.parametrize(("output", "summary"), [("out.csv", None), ("o.csv", "out.html")])
def test_an_output_that_is_a_folder_stops_the_run_before_the_first_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Any],
    output: str, summary: str | None,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    Path("firms.csv").write_text("firm_name,core_ip\nA,3\n", encoding="utf-8")
    Path(summary or output).mkdir()
    monkeypatch.setattr(batch, "open_rows", lambda *_: pytest.fail("the input was read"))
    result = run_cli("batch", "firms.csv", "-o", output, *(["--summary", summary] if summary else []))
    assert result.code == 2 and "is a folder" in result.err and "Traceback" not in result.err


def test_more_workers_than_cpus_are_capped_and_said(
    tmp_path: Path, run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "default_workers", lambda: 1)
    source = tmp_path / "firms.csv"
    source.write_text("firm_name,core_ip\nA,3\n", encoding="utf-8")
    result = run_cli("batch", str(source), "-o", str(tmp_path / "o.csv"), "--workers", "1000")
    assert result.code == 0 and "--workers 1000: this machine lets innopath use 1 CPU(s)" in result.err


def test_a_markup_output_name_is_printed_as_written(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = tmp_path / "firms.csv"
    source.write_text("firm_name,core_ip\nA,3\n", encoding="utf-8")
    (tmp_path / "res[").mkdir()
    result = run_cli("batch", str(source), "-o", str(tmp_path / "res[/b].csv"), "--workers", "1")
    assert result.code == 0 and "res[/b].csv" in result.err


def test_summary_counts_groups_and_escapes(tmp_path: Path, profiles: list[dict[str, Any]]) -> None:
    source = tmp_path / "firms.jsonl"
    rows = [dict(p, industry="<b>chips</b>" if i % 2 else "appliances") for i, p in enumerate(profiles[:40])]
    rows[5]["tech_gap"] = 0
    generate.write_rows(source, rows, seed=1)
    summary = batch.run_batch(source, tmp_path / "out.csv", workers=1, by="industry")
    assert (summary.rows, summary.succeeded, summary.failed) == (40, 39, 1)
    assert sum(summary.top_paths["appliances"].values()) == 20
    assert sum(summary.top_paths["<b>chips</b>"].values()) == 19
    html_path = tmp_path / "summary.html"
    write_summary(summary, source, html_path, "en")
    html = html_path.read_text(encoding="utf-8")
    assert "&lt;b&gt;chips&lt;/b&gt;" in html and "<b>chips</b>" not in html
    assert "<svg" in html and "row 6: tech_gap: 0 is not allowed" in html
    assert ">39 (97.5%)<" in html
    out = read_output(tmp_path / "out.csv")
    assert [r["industry"] for r in out[:2]] == ["appliances", "<b>chips</b>"]


def test_cli_batch_runs_and_reports(
    tmp_path: Path, run_cli: Callable[..., Any], profiles: list[dict[str, Any]]
) -> None:
    source = tmp_path / "firms.csv"
    _write_input(source, profiles[:20])
    result = run_cli("batch", str(source), "-o", str(tmp_path / "r.jsonl"), "--workers", "1",
                     "--summary", str(tmp_path / "s.html"), "--by", "industy", "--lang", "zh")  # fmt: skip
    assert result.code == 0, result.err
    assert "共 20 行：19 行完成评估，1 行有错误" in result.err  # the status line in the language asked for
    assert "第 5 行：financial_strength：'9' 不可用" in result.err  # the row's error, in Chinese too
    rows = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[3]["error"].startswith("第 5 行：financial_strength：'9' 不可用；应为从 1 到 5 的整数")
    assert "industy" not in result.err  # the --by column is wanted, not misspelt
    assert "首选路径" in (tmp_path / "s.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "args", "message"),
    [
        (None, ["missing.csv", "-o", "out.csv"], "missing.csv: no such file"),
        (
            "firms.txt",
            ["firms.txt", "-o", "out.csv"],
            "must be a .csv, .jsonl, .xlsx or .parquet file, not .txt",
        ),
        (
            "firms.csv",
            ["firms.csv", "-o", "out.pdf"],
            "out.pdf: the output must be a .csv, .jsonl, .xlsx or .parquet",
        ),
        ("firms.csv", ["firms.csv", "-o", "firms.csv"], "the output would replace the input"),
        ("firms.csv", ["firms.csv", "-o", "o.csv", "--summary", "s.txt"], "name it with .html"),
        ("firms.csv", ["firms.csv", "-o", "o.csv", "--by", "industy"], "--by industy: no such column"),
        ("bad.xlsx", ["bad.xlsx", "-o", "o.csv"], "bad.xlsx: not a readable .xlsx workbook"),
        ("empty.csv", ["empty.csv", "-o", "o.csv"], "empty.csv: the file is empty"),
        ("dup.csv", ["dup.csv", "-o", "o.csv"], "column 'core_ip' appears twice (columns 1 and 2)"),
        ("allbad.csv", ["allbad.csv", "-o", "o.csv"], "every row failed"),
    ],
)
def test_unusable_input_exits_2_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Any],
    make: str | None, args: list[str], message: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    contents = {
        "firms.txt": "firm_name\nA\n",
        "firms.csv": "firm_name,industry\nA,chips\n",
        "bad.xlsx": "not a zip",
        "empty.csv": "",
        "dup.csv": "core_ip,core_ip\n1,2\n",
        "allbad.csv": "firm_name,core_ip\nA,7\nB,huge\n",
    }
    if make:
        Path(make).write_text(contents[make], encoding="utf-8")
    result = run_cli("batch", *args, "--workers", "1")
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    if make == "allbad.csv":  # the rows' errors are still written, so the user can see why
        assert [r["error"].split(":")[0] for r in read_output(Path("o.csv"))] == ["row 2", "row 3"]


def test_the_shipped_batch_example_assesses_eleven_firms_and_reports_the_bad_row(
    run_cli,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    root = Path(__file__).resolve().parents[3] / "examples"
    for source in ("firms.csv", "firms.xlsx"):
        output = tmp_path / f"out-{source}.csv"
        result = run_cli("batch", str(root / source), "-o", str(output))
        assert result.code == 0, result.err
        assert "12 rows: 11 assessed, 1 failed" in result.err and "row 9: rd_resources" in result.err
