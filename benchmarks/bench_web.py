"""Server time of the web application's result page and what-if update, on the example profiles.

    uv run python benchmarks/bench_web.py [--rounds 20]

Requests go through FastAPI's test client in process (routing, store, engine, templates; no network), so
the figures are the server's own time. The sensitivity analysis is not included: the page loads it after.
"""

import argparse
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient

from innopath.engine.web.app import create_app
from innopath.engine.web.context import WebConfig

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    client = TestClient(create_app(WebConfig(db="sqlite://")))
    client.get("/")
    csrf = client.cookies["innopath_csrf"]
    ids = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        r = client.post("/import", data={"csrf": csrf}, files={"file": (path.name, path.read_bytes())})
        ids.append(int(r.url.path.split("/")[2]))
    for a in ids:  # warm up: templates compiled, engine built
        client.get(f"/a/{a}/result")
    result_times, whatif_times = [], []
    for round_ in range(args.rounds):
        for a in ids:
            start = time.perf_counter()
            assert client.get(f"/a/{a}/result?lang={'zh' if round_ % 2 else 'en'}").status_code == 200
            result_times.append(time.perf_counter() - start)
            level = str(1 + round_ % 5)
            start = time.perf_counter()
            r = client.post(
                f"/a/{a}/whatif",
                data={"csrf": csrf, "fragment": "1", "financial_strength": level, "rd_resources": level},
            )
            assert r.status_code == 200, r.text
            whatif_times.append(time.perf_counter() - start)
    for name, times in (("result page", result_times), ("what-if update", whatif_times)):
        ms = sorted(t * 1000 for t in times)
        p95 = ms[int(0.95 * (len(ms) - 1))]
        print(f"{name}: n={len(ms)} median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
