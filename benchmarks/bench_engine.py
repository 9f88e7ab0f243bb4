"""Benchmarks of the engine and of `innopath batch` (not timed tests: run by hand, figures go in the README).

    uv run python benchmarks/bench_engine.py           # everything (the 100,000-row batch takes minutes)
    uv run python benchmarks/bench_engine.py --only latency cold

What is measured:
- latency: per firm, over generated profiles (benchmarks/generate.py, seeded), each timed `--repeat` times
  and its fastest run kept; median and p95 over firms of
    ours      `Engine.infer(profile.answers())`: both engine runs plus reading the fact list, fits, verdicts;
    recommend `recommend(profile)`: inference plus the full explanation (why, why not, unknowns);
    floor     the same compiled experta engine class, driven directly: reset, declare the Answer facts, run;
              nothing of ours before or after;
    floor+3   the floor plus stage 3 as experta alone does it: declare the (precomputed) PathVerdict facts,
              run again; this is the engine work `infer` cannot avoid;
  and the ratio ours/floor (target <= 1.3).
- throughput: `innopath batch` on N firms (CSV in, CSV out) with 1 and with 2 workers, as processes (start-up
  included), and the scaling ratio (target >= 1.7).
- cold: wall time of `innopath recommend examples/hisense-2001.yaml` as a process, via `.venv/bin/innopath`
  and via `uv run innopath` (target <= 1 s).
- memory: peak memory of a batch of `--memory-rows` firms (target <= 300 MB): the sum of RSS over the whole
  process tree (parent and workers), sampled every 0.1 s from /proc, the same for PSS (shared pages counted
  once, the fairer figure for forked workers), and the largest single process (getrusage RUSAGE_CHILDREN).
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generate import generate_profiles, known, write_rows

from innopath.engine.inference.compiler import Answer, PathVerdict
from innopath.engine.inference.engine import shipped_engine
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import parse_profile

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin" / "innopath"
EXAMPLE = ROOT / "examples" / "hisense-2001.yaml"


def _ms(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _fastest(action: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def bench_latency(firms: int, repeat: int, seed: int) -> dict[str, Any]:
    engine = shipped_engine()
    knowledge = engine.knowledge_engine
    profiles = [parse_profile(known(p)) for p in generate_profiles(firms, seed)]

    def floor(answers: dict[str, Any]) -> None:
        knowledge.reset()
        knowledge.declare(*(Answer(field=f, value=v) for f, v in answers.items()))
        knowledge.run()

    def floor3(answers: dict[str, Any], verdicts: dict[str, str]) -> None:
        floor(answers)
        knowledge.declare(*(PathVerdict(path=p, verdict=v) for p, v in verdicts.items()))
        knowledge.run()

    for profile in profiles[:20]:  # warm-up: caches, branch predictors, lazy imports
        engine.infer(profile.answers())
    times: dict[str, list[float]] = {"ours": [], "recommend": [], "floor": [], "floor+3": []}
    for profile in profiles:
        answers = profile.answers()
        verdicts = engine.infer(answers).verdicts
        times["floor"].append(_fastest(lambda a=answers: floor(a), repeat))
        times["floor+3"].append(_fastest(lambda a=answers, v=verdicts: floor3(a, v), repeat))
        times["ours"].append(_fastest(lambda p=profile: engine.infer(p.answers()), repeat))
        times["recommend"].append(_fastest(lambda p=profile: recommend(p, "en", engine), repeat))
    result: dict[str, Any] = {name: _ms(values) for name, values in times.items()}
    print(f"latency per firm over {firms} generated firms (fastest of {repeat} runs each), ms:")
    for name, (median, p95) in result.items():
        print(f"  {name:<10} median {median:7.2f}   p95 {p95:7.2f}")
    for floor_name in ("floor", "floor+3"):
        ratio = result["ours"][0] / result[floor_name][0]
        ratio95 = result["ours"][1] / result[floor_name][1]
        print(f"  ours/{floor_name:<8} median {ratio:.2f}   p95 {ratio95:.2f}   (target <= 1.3)")
        result[f"ratio_{floor_name}"] = (ratio, ratio95)
    return result


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        pending += children.get(current, [])
    return found


def _memory_kb(pid: int) -> tuple[int, int]:
    """RSS and PSS of one process, in kB (0 when it has gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def run_measured(command: list[str]) -> dict[str, float]:
    """Run a command; wall time and the peak of its process tree's summed RSS and PSS."""
    peak = {"rss_mb": 0.0, "pss_mb": 0.0}
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree = [_memory_kb(p) for p in _descendants(process.pid)]
            peak["rss_mb"] = max(peak["rss_mb"], sum(r for r, _ in tree) / 1024)
            peak["pss_mb"] = max(peak["pss_mb"], sum(p for _, p in tree) / 1024)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err}")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"wall_s": wall, **peak, "largest_process_mb": largest}


def _batch(source: Path, target: Path, workers: int) -> dict[str, float]:
    return run_measured([str(VENV_BIN), "batch", str(source), "-o", str(target), "--workers", str(workers)])


def bench_throughput(rows: int, seed: int, work: Path) -> dict[str, Any]:
    source = work / f"firms-{rows}.csv"
    write_rows(source, generate_profiles(rows, seed), seed)
    result: dict[str, Any] = {}
    print(f"batch throughput, {rows:,} firms, CSV in and out, as a process (start-up included):")
    for workers in (1, 2):
        run = _batch(source, work / f"out-{workers}.csv", workers)
        run["firms_per_s"] = rows / run["wall_s"]
        result[workers] = run
        print(
            f"  {workers} worker(s): {run['wall_s']:7.1f} s  {run['firms_per_s']:6.1f} firms/s"
            f"   peak RSS sum {run['rss_mb']:.0f} MB, PSS sum {run['pss_mb']:.0f} MB"
        )
    same = (work / "out-1.csv").read_bytes() == (work / "out-2.csv").read_bytes()
    result["scaling"] = result[2]["firms_per_s"] / result[1]["firms_per_s"]
    print(f"  scaling 2/1 workers: {result['scaling']:.2f} (target >= 1.7); outputs identical: {same}")
    return result


def bench_cold(repeat: int) -> dict[str, Any]:
    uv = shutil.which("uv")
    commands = {".venv/bin/innopath": [str(VENV_BIN)]}
    if uv:
        commands["uv run innopath"] = [uv, "run", "--project", str(ROOT), "innopath"]
    result: dict[str, Any] = {}
    print(f"cold start of `innopath recommend {EXAMPLE.relative_to(ROOT)}` (median of {repeat} runs):")
    for name, prefix in commands.items():
        subprocess.run([*prefix, "--help"], capture_output=True, check=True)  # page cache warm, as on a desk
        walls = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([*prefix, "recommend", str(EXAMPLE)], capture_output=True, check=True)
            walls.append(time.perf_counter() - start)
        result[name] = (statistics.median(walls), max(walls))
        median, worst = result[name]
        print(f"  {name:<20} median {median:.2f} s   worst {worst:.2f} s   (target <= 1 s)")
    return result


def bench_memory(rows: int, seed: int, work: Path, workers: int) -> dict[str, float]:
    source = work / f"firms-{rows}.csv"
    if not source.exists():
        write_rows(source, generate_profiles(rows, seed), seed)
    run = _batch(source, work / "out-memory.csv", workers)
    print(
        f"peak memory, batch of {rows:,} firms with {workers} workers ({run['wall_s']:.0f} s):"
        f" RSS summed over the process tree {run['rss_mb']:.0f} MB, PSS {run['pss_mb']:.0f} MB,"
        f" largest single process {run['largest_process_mb']:.0f} MB (target <= 300 MB)"
    )
    return run


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--only", nargs="+", choices=["latency", "throughput", "cold", "memory"])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--firms", type=int, default=300, help="firms for the latency figures")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--throughput-rows", type=int, default=10_000)
    parser.add_argument("--memory-rows", type=int, default=100_000)
    parser.add_argument("--memory-workers", type=int, default=2)
    parser.add_argument("--work", type=Path, help="folder for the generated inputs (default: a temp folder)")
    args = parser.parse_args()
    wanted = set(args.only or ["latency", "throughput", "cold", "memory"])
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    work = args.work or Path(tempfile.mkdtemp(prefix="innopath-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if "latency" in wanted:
        bench_latency(args.firms, args.repeat, args.seed)
    if "cold" in wanted:
        bench_cold(5)
    if "throughput" in wanted:
        bench_throughput(args.throughput_rows, args.seed, work)
    if "memory" in wanted:
        bench_memory(args.memory_rows, args.seed, work, args.memory_workers)


if __name__ == "__main__":
    main()
