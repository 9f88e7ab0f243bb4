"""The columnar evaluator measured, and checked against experta (a measurement, not a timed test).

    uv run python benchmarks/bench_columnar.py              # everything (the agreement takes ~15 min)
    uv run python benchmarks/bench_columnar.py --only rules agreement --agreement 100000

rules       the rule base alone on 1,000,000 generated firms, one core (POLARS_MAX_THREADS=1)
agreement   columnar against Engine.infer on N generated profiles (unknowns at 0/15/50/90%, half the values
            drawn from each field's boundary values); experta runs in one process per core
batch       `innopath batch` CSV -> CSV on 1,000,000 rows, one process, peak memory; the columnar output
            compared byte for byte with `--engine experta` on a 10,000-row sample with 15% unknowns, answers
            typed as people type them and bad rows (benchmarks/generate.py write_messy_csv)
sensitivity `sensitivity` on each example: whole and engine time, and the result compared with the row path
levers      `innopath simulate --levers` on 100,000 firms
cold        `uv run innopath recommend examples/hisense-2001.yaml` as a process, median of 10
dask        `batch --dask` on 200,000 rows over a LocalCluster (2 worker processes), against one process
"""

import argparse
import importlib.util
import math
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RATES = (0.0, 0.15, 0.5, 0.9)
INNOPATH = Path(sys.executable).parent / "innopath"
ENVIRONMENT = dict(os.environ)
"""The environment the commands measured as processes run in (not the POLARS_MAX_THREADS=1 of `rules`)."""
VOLATILE = {"engine_runs", "profiles_evaluated", "seconds"}


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("innopath_generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _process(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a command as a process: wall and CPU seconds, its own peak RSS in MB (`wait4`), its output."""
    import tempfile

    # GNU time reports the peak of the program itself; wait4's would include the forked benchmark before exec
    timer = ["/usr/bin/time", "-f", "MAXRSS_KB=%M"] if Path("/usr/bin/time").exists() else []
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen([*timer, *args], stdout=out, stderr=out, env={**ENVIRONMENT, **(env or {})})
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({child.returncode}):\n{text[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    peak = usage.ru_maxrss
    if timer:
        text, _, reported = text.rpartition("MAXRSS_KB=")
        peak = int(reported.split()[0])
    return {"wall_s": wall, "cpu_s": cpu, "peak_mb": peak / 1024, "out": text}


def _firms_csv(work: Path, count: int, seed: int = 7) -> Path:
    path = work / f"firms-{count}-{seed}.csv"
    if not path.exists():
        generate = _generator()
        generate.write_rows(path, generate.generate_profiles(count, seed), seed)
    return path


def _boundaries() -> dict[str, list[Any]]:
    from innopath.engine.knowledge.conditions import FieldTest, leaves
    from innopath.engine.knowledge.profile import FieldType, profile_spec
    from innopath.engine.knowledge.rulebase import shipped_rulebase

    rulebase = shipped_rulebase()
    found: dict[str, list[Any]] = {}
    for spec in profile_spec().fields:
        if spec.type == FieldType.TEXT:
            continue
        finite = spec.finite_values()
        if finite is not None:
            found[spec.id] = list(finite)
            continue
        constants = [
            v
            for rule in rulebase.rules
            for leaf in leaves(rule.condition)
            if isinstance(leaf, FieldTest) and leaf.field == spec.id
            for v in (leaf.value if isinstance(leaf.value, tuple) else (leaf.value,))
        ]
        if spec.type == FieldType.COUNT:
            found[spec.id] = sorted(
                {0, 1, 1000, *(c + d for c in constants for d in (-1, 0, 1) if c + d >= 0)}
            )
        else:
            near = {math.nextafter(float(c), t) for c in constants for t in (0.0, 1.0)}
            found[spec.id] = sorted({0.0, 1.0, *map(float, constants), *near})
    return found


def generated(count: int, seed: int) -> list[dict[str, Any]]:
    """Valid answers (field -> value, unknowns left out): half boundary values, half anything allowed."""
    from innopath.engine.knowledge.profile import FieldType, profile_spec

    fields = [f for f in profile_spec().fields if f.type != FieldType.TEXT]
    bounds = _boundaries()
    rng = random.Random(seed)
    out = []
    for index in range(count):
        rate = RATES[index % len(RATES)]
        answers: dict[str, Any] = {}
        for f in fields:
            if rng.random() < rate:
                continue
            if rng.random() < 0.5 or f.type not in (FieldType.SHARE, FieldType.COUNT):
                answers[f.id] = rng.choice(bounds[f.id])
            else:
                answers[f.id] = rng.random() if f.type == FieldType.SHARE else rng.randint(0, 60)
        out.append(answers)
    return out


def generated_frame(count: int, seed: int, unknown_rate: float = 0.15) -> Any:
    """A frame of `count` random firms, built column-wise (numpy), for the rules-alone figure."""
    import numpy as np
    import polars as pl

    from innopath.engine.columnar.expressions import field_schema
    from innopath.engine.knowledge.profile import profile_spec

    rng = np.random.default_rng(seed)
    spec = profile_spec()
    columns = {}
    for name, dtype in field_schema(spec).items():
        field = spec.field(name)
        if dtype == pl.Float64:
            values = pl.Series(name, rng.uniform(0, 0.2, count))
        elif dtype == pl.Boolean:
            values = pl.Series(name, rng.random(count) < 0.5)
        elif dtype == pl.String:
            values = pl.Series(
                name, np.array(field.choice_values)[rng.integers(0, len(field.choices), count)]
            )
        else:
            high = 6 if field.type.value == "level" else 41
            values = pl.Series(name, rng.integers(1 if high == 6 else 0, high, count))
        mask = pl.Series(rng.random(count) < unknown_rate)
        columns[name] = pl.select(pl.when(mask).then(None).otherwise(values).alias(name)).to_series()
    return pl.DataFrame(columns)


def bench_rules(count: int) -> dict[str, float]:
    from innopath.engine.columnar.evaluator import ColumnarEngine

    frame = generated_frame(count, seed=1)
    engine = ColumnarEngine()
    engine.evaluate(frame.head(1000))  # warm up
    times = []
    for _ in range(3):
        start = time.perf_counter()
        cpu = time.process_time()
        engine.evaluate(frame)
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    wall, cpu = min(times)
    print(
        f"rules alone, {count:,} firms, POLARS_MAX_THREADS={os.environ.get('POLARS_MAX_THREADS')}:"
        f" {wall:.2f} s wall, {cpu:.2f} s CPU -> {count / wall:,.0f} firms/s"
        f" ({count / cpu:,.0f} per CPU-second)"
    )
    return {"wall_s": wall, "cpu_s": cpu, "firms_per_s": count / wall}


def _experta_chunk(profiles: list[dict[str, Any]]) -> list[Any]:
    from innopath.engine.inference.engine import shipped_engine

    engine = shipped_engine()
    return [engine.infer(p) for p in profiles]


def bench_agreement(count: int, seed: int = 20) -> int:
    from innopath.engine.columnar.evaluator import ColumnarEngine

    profiles = generated(count, seed)
    start = time.perf_counter()
    columnar = ColumnarEngine().infer_many(profiles)
    columnar_s = time.perf_counter() - start
    chunks = [profiles[i : i + 500] for i in range(0, count, 500)]
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        reference = [inf for chunk in pool.imap(_experta_chunk, chunks) for inf in chunk]
    experta_s = time.perf_counter() - start
    mismatches = [i for i, (a, b) in enumerate(zip(columnar, reference, strict=True)) if a != b]
    unknown = sum(1 for p in profiles for _ in p) / count
    print(
        f"agreement on {count:,} generated profiles ({unknown:.1f} known answers on average; unknown rates"
        f" {', '.join(f'{r:.0%}' for r in RATES)}): {len(mismatches)} mismatches"
        f" (ranking, verdicts, fits bit for bit, evidence and vetoes, requirements, factors, assessments,"
        f" combination and advice); columnar {columnar_s:.1f} s incl. reading back, experta {experta_s:.0f} s"
        f" on {os.cpu_count()} processes"
    )
    if mismatches:
        print(f"  first mismatching profile: {profiles[mismatches[0]]}")
    return len(mismatches)


def bench_batch(count: int, work: Path, sample: int = 10_000) -> dict[str, Any]:
    """`innopath batch` CSV -> CSV as a process; a messy sample, columnar against experta, byte for byte."""
    source = _firms_csv(work, count)
    target = work / "batch-out.csv"
    run = _process([str(INNOPATH), "batch", str(source), "-o", str(target)])
    print(
        f"batch CSV -> CSV, {count:,} rows, one process: {run['wall_s']:.1f} s wall, {run['cpu_s']:.1f} s CPU"
        f" -> {count / run['wall_s']:,.0f} rows/s ({count / run['cpu_s']:,.0f} per CPU-second),"
        f" peak RSS {run['peak_mb']:.0f} MB"
    )
    messy = work / f"messy-{sample}.csv"
    if not messy.exists():
        _generator().write_messy_csv(messy, sample, seed=7, messy=0.005)
    fast, slow = work / "sample-columnar.csv", work / "sample-experta.csv"
    columnar = _process([str(INNOPATH), "batch", str(messy), "-o", str(fast), "--by", "industry"])
    experta = _process(
        [str(INNOPATH), "batch", str(messy), "-o", str(slow), "--by", "industry", "--engine", "experta"]
    )
    a, b = fast.read_bytes().splitlines(), slow.read_bytes().splitlines()
    differing = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    failed = sum(1 for line in a[1:] if not line.rstrip().endswith(b","))
    print(
        f"batch {sample:,}-row sample (15% unknown, answers typed as people type them, {failed} bad rows):"
        f" columnar vs --engine experta: {'byte-identical' if differing == 0 else 'DIFFERENT'}"
        f" ({differing} lines differ); columnar {columnar['wall_s']:.1f} s, experta {experta['wall_s']:.0f} s"
        f" ({os.cpu_count()} processes)"
    )
    return {**run, "identical": differing == 0}


def bench_sensitivity() -> None:
    """`sensitivity` on each example: the whole analysis, the engine's share, identical to the row path."""
    from unittest import mock

    from innopath.engine.analysis import sensitivity as module
    from innopath.engine.analysis.analyzer import Analyzer
    from innopath.engine.columnar.evaluator import ColumnarEngine
    from innopath.engine.inference.engine import Engine, shipped_engine
    from innopath.engine.knowledge.profile import load_profile

    engine = shipped_engine()
    spent = [0.0]

    def timed(method: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return run

    module.sensitivity(load_profile(ROOT / "examples" / "hisense-2001.yaml"), engine, lang="en")  # warm up
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        profile = load_profile(path)
        spent[0] = 0.0
        with (
            mock.patch.object(ColumnarEngine, "infer_many", timed(ColumnarEngine.infer_many)),
            mock.patch.object(Engine, "infer", timed(Engine.infer)),
        ):
            start = time.perf_counter()
            framed = module.sensitivity(profile, engine, lang="en")
            total = time.perf_counter() - start
        engine_s = spent[0]
        start = time.perf_counter()
        with mock.patch.object(module, "columnar_analyzer", Analyzer):
            rowwise = module.sensitivity(profile, engine, lang="en")
        row_s = time.perf_counter() - start
        same = framed.model_dump(exclude=VOLATILE) == rowwise.model_dump(exclude=VOLATILE)
        print(
            f"sensitivity {path.name}: {total:.2f} s in all, engine {engine_s:.2f} s"
            f" ({framed.profiles_evaluated} modified profiles); row by row {row_s:.1f} s;"
            f" {'identical' if same else 'DIFFERENT'}"
        )


def bench_levers(count: int, work: Path) -> None:
    source = _firms_csv(work, count, seed=11)
    run = _process([str(INNOPATH), "simulate", str(source), "--levers"])
    print(
        f"simulate --levers, {count:,} firms, as a process: {run['wall_s']:.1f} s wall,"
        f" {run['cpu_s']:.1f} s CPU,"
        f" peak RSS {run['peak_mb']:.0f} MB"
    )


def bench_cold(runs: int = 10) -> None:
    """`uv run innopath recommend examples/hisense-2001.yaml` as a process, as a person runs it."""
    command = ["uv", "run", "innopath", "recommend", "examples/hisense-2001.yaml"]
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True)  # the environment is in place
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    direct = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(INNOPATH), *command[3:]], cwd=ROOT, capture_output=True, check=True)
        direct.append(time.perf_counter() - start)
    print(
        f"cold start, `uv run innopath recommend examples/hisense-2001.yaml`:"
        f" median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}, {runs} runs);"
        f" the same without uv (.venv/bin/innopath):"
        f" median {statistics.median(direct):.2f} s"
    )


def bench_dask(count: int, work: Path) -> None:
    """`batch --dask` on a LocalCluster of two worker processes (127.0.0.1): identical to one process."""
    import logging

    from distributed import LocalCluster

    logging.getLogger("distributed").setLevel(logging.WARNING)
    source = _firms_csv(work, count, seed=13)
    here, there = work / "dask-here.csv", work / "dask-there.csv"
    alone = _process([str(INNOPATH), "batch", str(source), "-o", str(here)])
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        spread = _process(
            [str(INNOPATH), "batch", str(source), "-o", str(there), "--dask", cluster.scheduler_address]
        )
    same = here.read_bytes() == there.read_bytes()
    print(
        f"batch --dask, {count:,} rows, LocalCluster of 2 worker processes on this machine:"
        f" {spread['wall_s']:.1f} s wall (one process: {alone['wall_s']:.1f} s);"
        f" output {'identical' if same else 'DIFFERENT'} to the one-process run"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parts = ["rules", "agreement", "batch", "sensitivity", "levers", "cold", "dask"]
    parser.add_argument("--only", nargs="+", choices=parts, default=parts)
    parser.add_argument("--rules", type=int, default=1_000_000)
    parser.add_argument("--agreement", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1_000_000)
    parser.add_argument("--levers", type=int, default=100_000)
    parser.add_argument("--dask", type=int, default=200_000)
    parser.add_argument("--sample", type=int, default=10_000, help="rows compared with --engine experta")
    parser.add_argument("--work", type=Path, default=Path("/tmp/innopath-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if "rules" in args.only:
        os.environ["POLARS_MAX_THREADS"] = "1"
        if "polars" in sys.modules:
            print("note: polars was imported before POLARS_MAX_THREADS was set")
        bench_rules(args.rules)
    if "agreement" in args.only:
        bench_agreement(args.agreement)
    if "batch" in args.only:
        bench_batch(args.batch, args.work, args.sample)
    if "sensitivity" in args.only:
        bench_sensitivity()
    if "levers" in args.only:
        bench_levers(args.levers, args.work)
    if "cold" in args.only:
        bench_cold()
    if "dask" in args.only:
        bench_dask(args.dask, args.work)
    print(
        f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    main()
