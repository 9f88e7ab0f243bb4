"""`innopath validate`: the project's scenarios pass with full rule coverage; a wrong rule edit is caught."""

import json
import re
from pathlib import Path

import pytest

from innopath.engine.applications.validation.runner import chinese_names, parse_feature, run_features
from innopath.engine.applications.validation.vocabulary import VOCABULARY, matching
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.knowledge.rulebase import load_rulebase

FEATURES = Path(__file__).resolve().parents[2] / "features"


def test_the_project_features_pass_with_full_rule_coverage() -> None:
    report = run_features([FEATURES / "en", FEATURES / "zh"], shipped_engine())
    assert [(s.name, s.failure) for s in report.failed] == []
    assert report.uncovered == []
    assert report.coverage == 1.0
    assert len(report.scenarios) > 100


def test_both_languages_have_features() -> None:
    assert list((FEATURES / "en").glob("*.feature")) and list((FEATURES / "zh").glob("*.feature"))
    languages = {parse_feature(p).language for p in FEATURES.rglob("*.feature")}
    assert languages == {"en", "zh-CN"}


@pytest.mark.parametrize("folder", ["en", "cases"])
def test_every_english_scenario_has_a_chinese_name(folder: str) -> None:
    """names.zh.yaml names every scenario of the folder's English feature files, and nothing else; an
    outline's Chinese name uses only placeholders of its Examples table.
    """
    names = chinese_names((FEATURES / folder).resolve())
    templates = {
        t.name: t
        for path in sorted((FEATURES / folder).glob("*.feature"))
        for t in parse_feature(path).scenarios.values()
    }
    assert set(names) == set(templates)
    for name, chinese in names.items():
        columns = {c for ex in templates[name].examples for ctx in ex.as_contexts() for c in ctx}
        assert set(re.findall(r"<(\w+)>", chinese)) <= columns, name
        assert re.search(r"[\u4e00-\u9fff]", chinese), name


def test_validate_shows_the_chinese_names_and_the_files_own_in_json(run_cli) -> None:  # type: ignore[no-untyped-def]
    case = "Geely acquires Volvo Cars, 2010: cross-border M&A"
    zh = run_cli("validate", lang="zh")
    listed = [line.split("≠ ", 1)[1] for line in zh.out.splitlines() if line.startswith("  ≠ ")]
    assert listed and all(re.search(r"[\u4e00-\u9fff]", name) for name in listed)  # cases that disagree
    assert "✓ 每题都答 3 的企业得不到任何“推荐”路径" in zh.out
    document = json.loads(run_cli("validate", "--format", "json", lang="zh").out)
    assert case in {c["name"] for c in document["cases"]["cases"]}


def test_every_step_of_the_project_matches_exactly_one_vocabulary_entry() -> None:
    for path in FEATURES.rglob("*.feature"):
        for template in parse_feature(path).scenarios.values():
            contexts = [ctx for examples in template.examples for ctx in examples.as_contexts()] or [{}]
            for step in (step for ctx in contexts for step in template.render(ctx).steps):
                found = matching(step.type, step.name)
                assert len(found) == 1, (
                    f"{path.name}:{step.line_number}: {step.name!r} matches {len(found)} steps"
                )


@pytest.mark.parametrize("entry", VOCABULARY, ids=lambda e: e.example)
def test_each_vocabulary_example_matches_its_own_step_only(entry) -> None:  # type: ignore[no-untyped-def]
    assert [e for e, _ in matching(entry.type, entry.example)] == [entry]


def test_strict_validate_on_the_project_passes(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("validate", "--strict")
    assert result.code == 0, result.out[-2000:]
    assert "0 failed" in result.out
    assert "(100%)" in result.out


def _break_ori_01(rules: Path) -> None:
    """A deliberately wrong edit: ORI-01 now fires on thin R&D instead of ample R&D."""
    original = rules / "original.yaml"
    text = original.read_text(encoding="utf-8")
    ori_01 = "  - id: ORI-01\n    kind: evidence\n    path: original\n    direction: for\n    strength: 0.5\n"
    ori_01 += "    factor: capability\n    when:\n      all:\n        - {fact: ample_rd}"
    assert text.count(ori_01) == 1
    original.write_text(text.replace(ori_01, ori_01.replace("ample_rd", "thin_rd")), encoding="utf-8")


def test_a_wrong_rule_edit_fails_a_named_scenario(rulebase_copy: Path) -> None:
    _break_ori_01(rulebase_copy)
    report = run_features([FEATURES / "en" / "paths.feature"], Engine(load_rulebase(rulebase_copy)))
    failed = {s.name: s.failure for s in report.failed}
    name = "Original in-house innovation (004 §3.1, §5.3): ample own R&D, results hard to copy [row 1]"
    assert name in failed
    failure = failed[name]
    assert failure is not None
    assert failure.text == "the reasons for original include rule ORI-01"
    assert "expected: the reasons for original include ORI-01" in failure.message
    assert "actual: reasons for original: ORI-02; ORI-01 did not fire" in failure.message
    assert "thin in-house R&D resources ← " in failure.message  # why not, by the field's label and the scale
    assert "needs ≤ 2 low, answered 4 high" in failure.message


def test_the_cli_shows_the_failed_step_with_expected_and_actual(rulebase_copy: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _break_ori_01(rulebase_copy)
    result = run_cli("validate", str(FEATURES / "en" / "paths.feature"), "--rules", str(rulebase_copy))
    assert result.code == 1
    scenario = "Original in-house innovation (004 §3.1, §5.3): ample own R&D, results hard to copy [row 1]"
    assert f"✗ {scenario}" in result.out
    assert "Then the reasons for original include rule ORI-01" in result.out
    assert "expected:" in result.out and "actual:" in result.out
    assert "failed" in result.out


def test_strict_fails_when_a_rule_never_fires(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    feature = tmp_path / "one.feature"
    feature.write_text(
        "Feature: one\n  Scenario: ample R&D\n"
        "    Given a firm answering rd_resources=4, imitation_barrier=4\n"
        "    When the expert system gives its advice\n"
        "    Then the reasons for original include rule ORI-01\n",
        encoding="utf-8",
    )
    assert run_cli("validate", str(feature)).code == 0
    result = run_cli("validate", str(feature), "--strict")
    assert result.code == 1
    assert "never fired" in result.out and "ADV-01" in result.out


def test_an_unknown_step_and_an_unknown_path_fail_readably(tmp_path: Path) -> None:
    feature = tmp_path / "bad.feature"
    feature.write_text(
        "Feature: bad\n"
        "  Scenario: typo\n    Given a firm answering rd_resources=4\n"
        "    When the expert system give its advice\n"
        "  Scenario: no such path\n    Given a firm answering rd_resources=4\n"
        "    When the expert system gives its advice\n    Then the first choice is moonshot\n"
        "  Scenario: no such field\n    Given a firm answering rd_resource=4\n",
        encoding="utf-8",
    )
    report = run_features([feature], shipped_engine())
    messages = {s.name: s.failure.message for s in report.failed if s.failure}
    assert "closest: the expert system gives its advice" in messages["typo"]
    assert "'moonshot' is not a path" in messages["no such path"]
    assert "did you mean 'rd_resources'" in messages["no such field"]


def test_a_malformed_feature_is_an_input_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    feature = tmp_path / "broken.feature"
    feature.write_text("Feature: broken\n  Scenario: x\n    Given a firm answering rd_resources=4\n  oops\n")
    result = run_cli("validate", str(feature))
    assert result.code == 2
    assert "broken.feature" in result.err and "Traceback" not in result.err


def test_a_missing_folder_is_an_input_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("validate", str(tmp_path / "nowhere"))
    assert result.code == 2
    assert "not a .feature file or a folder" in result.err


def test_a_shared_place_is_not_ranking_above_and_separate_places_are_not_shared(tmp_path: Path) -> None:
    """Only original has evidence: the five others share second place, so 'ranks above' fails between them
    (whatever the listing order), and 'share a place' fails between original and any of them."""
    feature = tmp_path / "ties.feature"
    steps = {
        "tied listed first above": "import_absorb ranks above cross_border_ma",
        "tied share": "import_absorb and cross_border_ma share a place",
        "first shares with second": "original and import_absorb share a place",
        "first above second": "original ranks above import_absorb",
    }
    feature.write_text(
        "Feature: ties\n"
        + "".join(
            f"  Scenario: {name}\n    Given a firm answering rd_resources=5, imitation_barrier=5\n"
            f"    When the expert system gives its advice\n    Then {step}\n"
            for name, step in steps.items()
        ),
        encoding="utf-8",
    )
    report = run_features([feature], shipped_engine())
    assert {s.name for s in report.failed} == {"tied listed first above", "first shares with second"}
    failure = next(s.failure for s in report.failed if s.name == "tied listed first above")
    assert failure is not None and "2= import_absorb (fit +0.00, undetermined)" in failure.message
