import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from innopath.engine.cli import main
from innopath.engine.common.resources import rules_dir
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.knowledge.profile import ProfileSpec, profile_spec
from innopath.engine.knowledge.rulebase import DATA_FILES, RuleBase, shipped_rulebase

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def spec() -> ProfileSpec:
    return profile_spec()


@pytest.fixture(scope="session")
def rulebase() -> RuleBase:
    return shipped_rulebase()


@pytest.fixture(scope="session")
def engine() -> Engine:
    return shipped_engine()


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run `innopath ARGS` in-process through its real entry point and error handler."""

    def run(*args: str, lang: str | None = "en") -> CliResult:
        """Messages are checked in English unless `lang` says otherwise (tests/test_language.py checks
        Chinese); an explicit --lang in `args` wins."""
        if lang is not None:  # None: the command's own default, as a person gets it
            os.environ["INNOPATH_LANG"] = lang
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            os.environ.pop("INNOPATH_LANG", None)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def empty_rulebase_dir(tmp_path: Path) -> Path:
    """A rule-base folder holding only the data files (profile, paths, policy): add rule files to it."""
    for name in DATA_FILES:
        if (rules_dir() / name).exists():
            shutil.copy(rules_dir() / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def rulebase_copy(tmp_path: Path) -> Path:
    """A full copy of the shipped rule base, to edit in a test."""
    target = tmp_path / "rules"
    shutil.copytree(rules_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


SYSTEM_SKIP = "PDF test skipped"
"""The start of the skip reason of a test that needs a system package (tests/applications/test_report.py)."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly when a fresh machine tested less: how many PDF tests skipped, and how to run them."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if SYSTEM_SKIP in str(getattr(report, "longrepr", ""))
    ]
    if skipped:
        terminalreporter.write_sep(
            "-", f"{len(skipped)} PDF tests skipped: system packages missing", yellow=True
        )
        terminalreporter.write_line(
            "PDF text is checked with pdftotext (poppler-utils) and PDFs need a CJK font. For the full run:\n"
            "  sudo bash .ci/system-packages  # or: sudo apt-get install poppler-utils fonts-wqy-microhei\n"
            "then run `uv run pytest` again."
        )
