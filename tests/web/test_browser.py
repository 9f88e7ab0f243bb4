"""End to end in a real browser: Debian's Chromium driven by Playwright's Python API, against `innopath
serve`'s application run by uvicorn on 127.0.0.1. Set INNOPATH_SCREENSHOTS=folder to keep screenshots."""

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("INNOPATH_SCREENSHOTS")

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="needs chromium (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from innopath.engine.web.app import create_app
    from innopath.engine.web.context import WebConfig

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = tmp_path_factory.mktemp("web") / "innopath.db"
    config = uvicorn.Config(
        create_app(WebConfig(db=str(db))), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


BROWSER_WAIT_MS = 90_000
"""How long a step may wait for the page: the server renders in the test's own process, and on a busy
2-core machine a what-if or a report can take well over Playwright's default 30 s."""


def shot(page: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_interview_result_whatif_pdf_language(server: str, browser: object, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)  # type: ignore[attr-defined]
    context.set_default_timeout(BROWSER_WAIT_MS)
    page = context.new_page()
    page.goto(f"{server}/lang/en?next=/")
    shot(page, "workspace-empty-en")
    page.get_by_role("button", name="New assessment").click()
    page.wait_for_url(re.compile(r"/interview/"))
    first = page.locator("fieldset.question").first
    first.locator("input[type=text]").fill("Acme <Chips>")
    first.locator("input[type=text]").press("Enter")
    page.wait_for_selector("fieldset.question.saved")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r"/interview/(?!firm)"))
    # a rejected answer, shown next to its field, with the CLI's message
    typed = page.locator("fieldset.question:not([hidden]) input[type=text]").first
    if typed.count():
        typed.fill("-3")
        typed.press("Enter")
        error = page.locator("fieldset.question.invalid p.error")
        error.wait_for()
        assert error.inner_text()
        typed.fill("2")
        typed.press("Enter")
        page.wait_for_selector("fieldset.question.invalid", state="detached")
    # help and why
    question = page.locator("fieldset.question:not([hidden])").first
    question.locator("details.help summary").click()
    question.locator("details.why summary").click()
    assert question.locator("details.why").inner_text()
    page.locator("fieldset.question:not([hidden]) input[type=radio]").first.check()
    page.wait_for_selector("fieldset.question.saved")
    shot(page, "interview-en")
    url = page.url
    # close the page mid-way and come back: the answers are there
    page.close()
    page = context.new_page()
    page.goto(url)
    assert page.locator("fieldset.question:not([hidden]) input[type=radio]:checked").count() >= 1
    page.goto(f"{server}/")
    assert "Acme <Chips>" in page.locator("table.list").inner_text()
    # the result, then a what-if
    page.get_by_role("link", name="Acme <Chips>").click()
    page.wait_for_selector("#chart svg")
    page.locator("#sensitivity .robustness, #sensitivity p").first.wait_for(timeout=60_000)
    shot(page, "result-en")
    page.locator("section.whatif summary").click()
    before = page.locator("#chart g.bar").first.get_attribute("data-fit")
    select = page.locator(".whatif-form select").first
    options = select.locator("option").all_inner_texts()
    select.select_option(index=len(options) - 2)
    page.wait_for_selector(".whatif-delta")
    shot(page, "whatif-en")
    assert page.locator(".whatif-delta table tr").count() > 1
    assert before is not None
    # a PDF download, fetched with the page's own session (cookies, token): Chromium's download manager
    # cancelled it once on a loaded 2-core machine, which says nothing about the application
    href = page.get_by_role("link", name="PDF").get_attribute("href")
    assert href is not None
    response = page.request.get(urljoin(page.url, href))
    assert response.ok and "attachment" in response.headers.get("content-disposition", "")
    assert response.body().startswith(b"%PDF")
    # the language switch
    page.get_by_role("link", name="中文").click()
    page.wait_for_selector("text=工作台")
    shot(page, "result-zh")
    page.goto(url)
    shot(page, "interview-zh")
    page.goto(f"{server}/")
    shot(page, "workspace-zh")
    context.close()


def test_cohort_upload_with_a_bad_row(server: str, browser: object, tmp_path: Path) -> None:
    firms = tmp_path / "firms.csv"
    firms.write_text(
        "firm_name,rd_resources,financial_strength,cluster_role\n甲厂,4,3,core_large_firm\n乙厂,9,2,\n丙厂,2,2,\n",
        encoding="utf-8",
    )
    context = browser.new_context(viewport={"width": 1100, "height": 900})  # type: ignore[attr-defined]
    context.set_default_timeout(BROWSER_WAIT_MS)
    page = context.new_page()
    for lang, run, row in (("en", "Upload and assess", "row 3"), ("zh", "上传并评估", "第 3 行")):
        page.goto(f"{server}/lang/{lang}?next=/cohort")
        page.set_input_files("input[type=file]", str(firms))
        page.get_by_role("button", name=run).click()
        page.wait_for_url(re.compile(r"/cohort/\d+"))
        assert row in page.locator("ul.error").inner_text()  # the row's error in the page's language
        page.frame_locator("iframe.summary").locator("body").wait_for()
        shot(page, f"cohort-{lang}")
    context.close()
