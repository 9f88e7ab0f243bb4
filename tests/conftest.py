import csv
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from innopath.engine.cli import main
from innopath.engine.common.resources import rules_dir
from innopath.engine.inference.engine import Engine, Inference, shipped_engine
from innopath.engine.knowledge.profile import ProfileBase, ProfileSpec, parse_profile, profile_spec
from innopath.engine.knowledge.rulebase import DATA_FILES, RuleBase, shipped_rulebase

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


_TWO_FIVES = {"rd_resources": 5, "imitation_barrier": 5}
"""Original alone first (recommended), the five others share second place (undetermined)."""
_TIED_EXACTLY = {
    "strategic_sector": True, "industry_frontier": 1, "rd_resources": 4, "core_ip": 5,
    "absorptive_capacity": 5, "financial_strength": 2, "global_competitiveness": 2, "talent_base": 4,
    "imitation_barrier": 2, "tech_availability": 3, "time_pressure": 2, "gov_support": 1,
    "cluster_peers": 606, "foreign_partner_fit": 5, "alliance_focus": "market_for_technology",
    "ip_leakage_concern": 1, "import_dependence": 5,
}  # fmt: skip
"""Original and cluster cooperation: possible, the same fit (0.3) to the last bit."""
_TIED_WHEN_PRINTED = {
    "strategic_sector": True, "industry_frontier": 1, "rd_intensity": 0.03, "global_competitiveness": 1,
    "international_management": 1, "tech_gap": 3, "competitor_count": "some", "dev_difficulty": 5,
    "tech_availability": 2, "time_pressure": 2, "academic_links": 5, "cluster_peers": 578,
    "association_strength": 3, "peer_rivalry": 1, "foreign_partner_fit": 1, "share_willingness": 5,
    "ma_targets": 1, "geopolitical_risk": 1, "ip_leakage_concern": 5, "import_dependence": 3,
}  # fmt: skip
"""Government-industry-academia (0.85) and cluster cooperation (0.853): possible, 0.85 both as printed."""


@pytest.fixture(scope="session")
def tie_profiles() -> dict[str, dict[str, Any]]:
    """Profiles whose first place is shared, or not, by name: all six paths tied (all unknown), original alone
    (two fives), two paths tied to the last bit, and two tied only to the two decimals printed.
    """
    return {
        "all unknown": {},
        "two fives": _TWO_FIVES,
        "tied exactly": _TIED_EXACTLY,
        "tied when printed": _TIED_WHEN_PRINTED,
    }


def _cell(value: Any) -> Any:
    return ("yes" if value else "no") if isinstance(value, bool) else value


@pytest.fixture
def write_firms(tie_profiles: dict[str, dict[str, Any]]) -> Callable[[Path, list[str]], Path]:
    """Write the named `tie_profiles` as a batch input (.csv with an `industry` column x/y/x…, or .jsonl)."""

    def write(path: Path, names: list[str]) -> Path:
        firms = [(n, tie_profiles[n]) for n in names]
        fields = sorted({f for _, answers in firms for f in answers})
        if path.suffix == ".jsonl":
            lines = [json.dumps({"firm_name": n, **{f: _cell(v) for f, v in a.items()}}) for n, a in firms]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return path
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["firm_name", "industry", *fields])
            for index, (name, answers) in enumerate(firms):
                writer.writerow([name, "xy"[index % 2], *(_cell(answers.get(f, "")) for f in fields)])
        return path

    return write


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


TIED_FIRST = {
    "firm_name": "CSR",
    "absorptive_capacity": 5,
    "academic_links": 4,
    "association_strength": 5,
    "cluster_peers": 2,
    "cluster_role": "core_large_firm",
    "competitor_count": "few",
    "core_ip": 3,
    "dev_difficulty": 4,
    "financial_strength": 4,
    "foreign_partner_fit": 2,
    "geopolitical_risk": 2,
    "global_competitiveness": 3,
    "gov_support": 5,
    "imitation_barrier": 4,
    "import_dependence": 3,
    "industry": "trains",
    "industry_frontier": 3,
    "international_management": 2,
    "ip_leakage_concern": 3,
    "ma_targets": 1,
    "peer_rivalry": 4,
    "rd_intensity": 0.05,
    "rd_resources": 4,
    "share_willingness": 3,
    "short_termism": 2,
    "strategic_sector": True,
    "talent_base": 4,
    "tech_availability": 2,
    "tech_gap": 2,
    "tech_stage": "application",
    "time_pressure": 3,
}
"""A train maker whose first place is shared: original in-house innovation and joint R&D by the cluster's
large firms, both recommended at +0.85. With `industry_frontier: 4` joint R&D comes first alone."""
SHARING_FIRST = ["original", "cluster_cooperation"]
"""The paths sharing first place in `TIED_FIRST`, in the ranking's order."""


@pytest.fixture(scope="session")
def tied_first(engine: Engine) -> ProfileBase:
    """`TIED_FIRST` as a profile; fails plainly if the rule base no longer gives it a shared first place."""
    profile = parse_profile(TIED_FIRST)
    assert engine.infer(profile.answers()).first() == SHARING_FIRST, "TIED_FIRST no longer ties: pick another"
    assert engine.infer(profile.with_answers(industry_frontier=4).answers()).first() == [
        "cluster_cooperation"
    ]
    return profile


@pytest.fixture(scope="session")
def sharing_first() -> list[str]:
    """The paths sharing first place in `tied_first`, in the ranking's order."""
    return list(SHARING_FIRST)


@pytest.fixture
def tied_first_file(tmp_path: Path, tied_first: ProfileBase) -> Path:
    """`TIED_FIRST` as a YAML profile file, `csr.yaml`."""
    path = tmp_path / "csr.yaml"
    path.write_text(yaml.safe_dump(TIED_FIRST, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def alone_file(tied_first_file: Path) -> Path:
    """The same firm nearer the frontier (`industry_frontier: 4`): joint R&D by the cluster's large firms
    first alone, beside `tied_first_file`."""
    path = tied_first_file.with_name("alone.yaml")
    path.write_text(tied_first_file.read_text().replace("industry_frontier: 3", "industry_frontier: 4"))
    return path


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


MakeInference = Callable[..., Inference]


@pytest.fixture
def make_inference() -> MakeInference:
    """An `Inference` with the given fits (ranked in the order given) and evidence, every verdict `verdict`:
    for testing what is computed from a ranking without running the engine."""

    def make(
        fits: dict[str, float],
        evidence: dict[str, tuple[str, float, bool]] | None = None,
        verdict: str = "possible",
    ) -> Inference:
        return Inference(
            assessments={},
            evidence=evidence or {},
            requirements={},
            factors={},
            fits=fits,
            verdicts=dict.fromkeys(fits, verdict),  # type: ignore[arg-type]
            ranking=list(fits),
            conclusions=frozenset(),
            fired=frozenset(evidence or {}),
        )

    return make
