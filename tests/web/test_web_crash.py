"""Killing the server mid-save loses nothing that was acknowledged and leaves the database consistent."""

import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

from innopath.engine.store.repository import Store

SCRIPT = Path(sys.executable).parent / "innopath"
SAVES_BEFORE_KILL = 10
"""Saves acknowledged before the kill; the kill lands while the next one is in flight."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class Browser:
    """A client with cookies, as a browser keeps them; redirects are returned, not followed."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect
        )

    def csrf(self) -> str:
        return next(c.value or "" for c in self.cookies if c.name == "innopath_csrf")

    def request(self, path: str, data: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        body = None if data is None else urllib.parse.urlencode(data).encode()
        try:
            with self.opener.open(self.base + path, data=body, timeout=30) as reply:
                return reply.status, dict(reply.headers), reply.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def started(db: Path, port: int) -> subprocess.Popen[bytes]:
    """`innopath serve` as a person starts it, once it answers."""
    server = subprocess.Popen(
        [str(SCRIPT), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if answers(f"http://127.0.0.1:{port}/"):
            return server
        time.sleep(0.2)
    server.kill()
    raise AssertionError("the server did not start within 60 s")


def saves_until_killed(browser: Browser, assessment: int, acknowledged: list[int]) -> None:
    """Save answers one after another until the server stops answering; keep each version it confirmed."""
    for level in range(10_000):
        data = {"csrf": browser.csrf(), "field": "rd_resources", "value": str(level % 5 + 1), "base": "0"}
        try:
            status, _, body = browser.request(f"/a/{assessment}/answer", data)
        except (OSError, http.client.HTTPException):  # refused, reset, or cut off mid-body (IncompleteRead)
            return
        if status == 200:
            acknowledged.append(int(json.loads(body)["version"]))


def test_killing_the_server_mid_save_keeps_every_acknowledged_version(tmp_path: Path) -> None:
    db, port = tmp_path / "innopath.db", free_port()
    browser = Browser(f"http://127.0.0.1:{port}")
    server = started(db, port)
    try:
        browser.request("/")
        _, headers, _ = browser.request("/assessments", {"csrf": browser.csrf()})
        assessment = int(headers["location"].split("/")[2])
        acknowledged: list[int] = []
        saving = threading.Thread(target=saves_until_killed, args=(browser, assessment, acknowledged))
        saving.start()
        while len(acknowledged) < SAVES_BEFORE_KILL and saving.is_alive():
            time.sleep(0.05)
        os.killpg(server.pid, signal.SIGKILL)
        saving.join(timeout=30)
    finally:
        server.kill()
        server.wait()
    assert len(acknowledged) >= SAVES_BEFORE_KILL, "the saves stopped before the server was killed"

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    restarted = started(db, port)
    try:
        assert browser.request(f"/a/{assessment}/history")[0] == 200
    finally:
        os.killpg(restarted.pid, signal.SIGTERM)
        restarted.wait(timeout=30)
    store = Store(str(db))
    try:
        kept = {version.number for version in store.history(assessment)}
    finally:
        store.close()
    assert set(acknowledged) <= kept
