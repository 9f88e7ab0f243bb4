"""The case library: each expectation of a case measured on its own, apart from the rule scenarios."""

from pathlib import Path

import pytest

from innopath.engine.applications.validation.cases import CaseReport, run_cases
from innopath.engine.inference.engine import shipped_engine

LIBRARY = Path(__file__).resolve().parents[2] / "features" / "cases"

TWO_CASES = """Feature: two invented cases
  Scenario: an ample, hard-to-copy innovator
    Given a firm answering rd_resources=5, imitation_barrier=5, competitor_count=few
    When the expert system gives its advice
    Then the first choice is one of original
    And original is among the top two
    And cross_border_ma does not come first

  Scenario: the same firm, expected elsewhere
    Given a firm answering rd_resources=5, imitation_barrier=5, competitor_count=few
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma
    And cross_border_ma is among the top two
    And original does not come first
"""


@pytest.fixture(scope="module")
def library() -> CaseReport:
    return run_cases([LIBRARY], shipped_engine())


def test_each_expectation_is_measured_on_its_own(tmp_path: Path) -> None:
    (tmp_path / "two.feature").write_text(TWO_CASES, encoding="utf-8")
    report = run_cases([tmp_path], shipped_engine())
    assert report.totals == {"top1": (1, 2), "top2": (1, 2), "not_first": (1, 2)}
    agreeing, disagreeing = report.cases
    assert agreeing.disagreements == ()
    assert [str(d) for d in disagreeing.disagreements] == [
        "the first choice is one of cross_border_ma",
        "cross_border_ma is among the top two",
        "original does not come first",
    ]
    assert [d.render("zh") for d in disagreeing.disagreements] == [  # paths by name in Chinese
        "首选路径应为以下之一：跨国并购",
        "跨国并购 应位列前两名",
        "原始的自主创新 不应是首选",
    ]
    assert disagreeing.ranking[0] == "original"


def test_the_library_documents_at_least_thirty_real_decisions(library: CaseReport) -> None:
    assert len(library.cases) >= 30
    assert all(case.error is None for case in library.cases)
    assert library.totals["top1"][1] == len(library.cases)


def test_no_path_a_case_rules_out_comes_first(library: CaseReport) -> None:
    """Issue 15's bar: a path that failed, or clearly did not fit, never comes first."""
    assert library.must_not_first_violations == 0


def test_validate_reports_the_case_library_apart(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("validate")
    assert result.code == 0
    assert "case library" in result.out and "first path as expected" in result.out


TIED_CASES = """Feature: invented cases whose paths share places
  Scenario: listed second, but sharing second place with four others
    Given a firm answering rd_resources=5, imitation_barrier=5, competitor_count=few
    When the expert system gives its advice
    Then import_absorb is among the top two

  Scenario: nothing known, so all six share first place
    Given a firm answering firm_name=Nobody
    When the expert system gives its advice
    Then the first choice is one of original
    And original does not come first
"""


def test_a_shared_place_counts_against_the_expectation(tmp_path: Path) -> None:
    """A tie is not a ranking: a path listed second but tied with later ones is not surely in the top two,
    a path sharing first place with others is not the first choice, and it does come first."""
    (tmp_path / "tied.feature").write_text(TIED_CASES, encoding="utf-8")
    report = run_cases([tmp_path], shipped_engine())
    assert report.totals == {"top1": (0, 1), "top2": (0, 1), "not_first": (0, 1)}
    second, everything = report.cases
    assert second.ranking[1] == "import_absorb" and second.places[1] == "2="
    assert set(everything.places) == {"1="}


def test_what_the_engine_said_lists_every_path_sharing_the_third_place_shown(tmp_path: Path) -> None:
    """A case that disagrees shows the engine's first three places; a third place shared with later paths
    shows them all, or `3=` would stand without the path it is shared with.
    """
    from rich.console import Console

    from innopath.engine.cli.validate import print_cases

    (tmp_path / "tied.feature").write_text(TIED_CASES, encoding="utf-8")
    report = run_cases([tmp_path], shipped_engine())
    console = Console(width=400, record=True, highlight=False)
    print_cases(report, console, "en")
    said = [line for line in console.export_text().splitlines() if "engine: " in line]
    assert len(said) == 2
    second, everything = said
    assert second.count("2=") == 5, second
    assert everything.count("1=") == 6, everything
