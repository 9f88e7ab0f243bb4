"""The web tests' client: a TestClient of a fresh in-memory app with its CSRF cookie set, and an import."""

import re
from pathlib import Path

from fastapi.testclient import TestClient

from innopath.engine.web.app import create_app
from innopath.engine.web.context import WebConfig

HISENSE = Path(__file__).resolve().parents[2] / "examples" / "hisense-2001.yaml"


def client(**options: object) -> TestClient:
    app = create_app(WebConfig(db="sqlite://", **options))  # type: ignore[arg-type]
    c = TestClient(app)
    c.get("/static/web.css")  # sets the CSRF cookie
    return c


def csrf(c: TestClient) -> str:
    return c.cookies["innopath_csrf"]


def imported(c: TestClient, path: Path = HISENSE) -> int:
    """Import the profile file at `path` as a new assessment; its id."""
    r = c.post(
        "/import",
        data={"csrf": csrf(c)},
        files={"file": (path.name, path.read_bytes())},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return int(re.search(r"/a/(\d+)/", r.headers["location"]).group(1))  # type: ignore[union-attr]
