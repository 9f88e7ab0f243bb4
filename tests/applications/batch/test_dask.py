"""`--dask`: batch and simulate on a Dask cluster (a LocalCluster on 127.0.0.1 started here) write what one
process writes, in order, with the same row numbers and errors.
"""

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from innopath.engine.applications import simulate as sim  # noqa: E402
from innopath.engine.applications.batch import distributed as on_cluster  # noqa: E402
from innopath.engine.applications.batch import frames  # noqa: E402
from innopath.engine.applications.batch import run as batch  # noqa: E402
from innopath.engine.applications.batch.records import BatchError  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location(
        "innopath_bench_generate3", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _load_generator()


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        yield local


def test_batch_on_a_cluster_writes_what_one_process_writes(
    tmp_path: Path, cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "firms.csv"
    generate.write_messy_csv(source, 400, seed=4, messy=0.01)
    monkeypatch.setattr(frames, "BLOCK_BYTES", 8000)  # many blocks, so that workers share them out of order
    here = batch.run_batch(source, tmp_path / "here.csv", by="industy")
    there = batch.run_batch(source, tmp_path / "there.csv", by="industy", dask=cluster.scheduler_address)
    assert (tmp_path / "here.csv").read_bytes() == (tmp_path / "there.csv").read_bytes()
    assert (here.rows, here.failed, here.first_errors, here.top_paths, here.verdicts) == (
        there.rows, there.failed, there.first_errors, there.top_paths, there.verdicts,
    )  # fmt: skip
    there_parquet = tmp_path / "there.parquet"
    batch.run_batch(source, there_parquet, by="industy", dask=cluster.scheduler_address)
    assert there_parquet.exists()


def test_simulate_on_a_cluster_counts_what_one_process_counts(
    tmp_path: Path, cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "firms.csv"
    generate.write_rows(source, generate.generate_profiles(300, seed=6), seed=6)
    monkeypatch.setattr(on_cluster, "SIMULATE_PARTITION_ROWS", 70)
    cohort = sim.read_cohort(source, "industry")
    changes = sim.parse_changes(["gov_support=+1", "rd_intensity=+1%"])
    with on_cluster.connect(cluster.scheduler_address) as client:
        outcome = on_cluster.distributed_outcome(client)
        there = sim.simulate(cohort, changes, {}, tmp_path / "there.csv", "industry", outcome=outcome)
        levers_there = sim.levers(cohort, {}, outcome=outcome)
    here = sim.simulate(cohort, changes, {}, tmp_path / "here.csv", "industry")
    assert (tmp_path / "here.csv").read_bytes() == (tmp_path / "there.csv").read_bytes()
    assert here == there and levers_there == sim.levers(cohort, {})


def test_the_cli_takes_dask_and_refuses_what_the_cluster_cannot_read(
    tmp_path: Path, cluster: Any, run_cli: Callable[..., Any]
) -> None:
    source = tmp_path / "firms.jsonl"
    generate.write_rows(source, generate.generate_profiles(20, seed=2), seed=2)
    result = run_cli("batch", str(source), "-o", str(tmp_path / "o.csv"), "--dask", cluster.scheduler_address)
    assert result.code == 2 and "plain UTF-8 CSV or a Parquet" in result.err
    csv_source = tmp_path / "firms.csv"
    generate.write_rows(csv_source, generate.generate_profiles(50, seed=2), seed=2)
    address = cluster.scheduler_address
    result = run_cli("simulate", str(csv_source), "--set", "gov_support=+1", "--dask", address)
    assert result.code == 0 and "50 firms" in result.out


def test_no_scheduler_at_the_address_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(on_cluster, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(BatchError, match="no Dask scheduler"), on_cluster.connect("tcp://127.0.0.1:9"):
        pass
