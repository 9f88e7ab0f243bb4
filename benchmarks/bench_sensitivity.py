"""How many engine runs `innopath sensitivity` makes on a full profile, and how long they take.

A measurement, not a test: `uv run python benchmarks/bench_sensitivity.py [profile.yaml ...]`.
"""

import statistics
import sys
import time
from pathlib import Path

from innopath.engine.analysis.sensitivity import sensitivity, top_unknowns
from innopath.engine.inference.engine import shipped_engine
from innopath.engine.knowledge.profile import load_profile

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "examples" / n for n in ("hisense-2001.yaml", "haier-1984.yaml", "sanctioned-firm.yaml")]
REPEAT = 20


def main(paths: list[Path]) -> None:
    engine = shipped_engine()
    for path in paths:
        profile = load_profile(path)
        answers = profile.answers()
        engine.infer(answers)  # warm up
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            engine.infer(answers)
            times.append(time.perf_counter() - start)
        one = statistics.median(times)
        start = time.perf_counter()
        result = sensitivity(profile, engine, lang="en")
        total = time.perf_counter() - start
        print(f"{path.name}: {len(answers)} answers, {len(profile.unknown_fields())} unknown")
        print(f"  one Engine.infer: {one * 1000:.1f} ms (median of {REPEAT})")
        print(
            f"  sensitivity: {result.engine_runs} engine runs for {result.profiles_evaluated} modified"
            " profiles"
            f" (the rest reused: same pattern of rule-test outcomes), {total:.2f} s in all,"
            f" {result.engine_runs * one:.2f} s of it expected in the engine"
        )
        print(
            f"  pairs searched among {len(result.pair_fields)} fields and for {len(result.pair_rules)}"
            " two-answer rules"
        )
        start = time.perf_counter()
        top_unknowns(profile, engine)
        print(f"  top_unknowns (as recommend would call it): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULT)
