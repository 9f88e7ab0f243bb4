"""`innopath rules check`: each check catches a seeded defect; the shipped rule base passes."""

from pathlib import Path

import pytest
import yaml

from innopath.engine.knowledge.checks import check_directory

GOOD_FOR = {
    "kind": "evidence",
    "path": "original",
    "direction": "for",
    "strength": 0.5,
    "factor": "capability",
    "when": {"field": "rd_resources", "op": ">=", "value": 4},
}


def rule(rule_id: str, **fields: object) -> dict[str, object]:
    return {"id": rule_id, **fields, "because": {"zh": "理由。", "en": "Why."}, "source": "004 §3.1"}


def write_rules(directory: Path, *rules: dict[str, object], name: str = "test.yaml") -> Path:
    (directory / name).write_text(
        yaml.safe_dump({"rules": list(rules)}, allow_unicode=True), encoding="utf-8"
    )
    return directory


def checks_of(directory: Path, severity: str | None = None) -> dict[str, list[tuple[str, ...]]]:
    _, findings = check_directory(directory)
    found: dict[str, list[tuple[str, ...]]] = {}
    for finding in findings:
        if severity is None or finding.severity == severity:
            found.setdefault(finding.check, []).append(finding.rules)
    return found


def test_the_shipped_rule_base_has_no_errors() -> None:
    rulebase, findings = check_directory()
    assert rulebase is not None
    assert [f.message for f in findings if f.severity == "error"] == []


def test_schema_error_names_the_rule(empty_rulebase_dir: Path) -> None:
    write_rules(empty_rulebase_dir, rule("ORI-01", **{**GOOD_FOR, "strength": 1.5}))
    _, findings = check_directory(empty_rulebase_dir)
    assert [(f.severity, f.check, f.rules) for f in findings] == [("error", "schema", ("ORI-01",))]
    assert "strength" in findings[0].message and "test.yaml" in findings[0].message


@pytest.mark.parametrize(
    "when",
    [
        {
            "all": [
                {"field": "rd_resources", "op": ">=", "value": 4},
                {"field": "rd_resources", "op": "<=", "value": 2},
            ]
        },
        {"field": "rd_intensity", "op": ">", "value": 1},
        {"field": "cluster_peers", "op": "<", "value": 0},
        {
            "all": [
                {"field": "competitor_count", "op": "==", "value": "few"},
                {"field": "competitor_count", "op": "in", "value": ["some", "many"]},
            ]
        },
        {
            "all": [
                {"field": "rd_intensity", "op": ">", "value": 0.5},
                {"field": "rd_intensity", "op": "<", "value": 0.5},
            ]
        },
    ],
    ids=["level>=4 and level<=2", "share above 1", "count below 0", "choice contradiction", "open interval"],
)
def test_a_rule_that_can_never_fire_is_an_error(empty_rulebase_dir: Path, when: dict[str, object]) -> None:
    write_rules(empty_rulebase_dir, rule("ORI-01", **GOOD_FOR), rule("ORI-02", **{**GOOD_FOR, "when": when}))
    assert checks_of(empty_rulebase_dir, "error") == {"never-fires": [("ORI-02",)]}


def test_a_satisfiable_interval_is_not_reported(empty_rulebase_dir: Path) -> None:
    when = {
        "all": [
            {"field": "rd_intensity", "op": ">", "value": 0.5},
            {"field": "rd_intensity", "op": "<", "value": 0.6},
        ]
    }
    write_rules(empty_rulebase_dir, rule("ORI-01", **{**GOOD_FOR, "when": when}))
    assert "never-fires" not in checks_of(empty_rulebase_dir)


def test_contradiction_through_derived_facts_is_found(empty_rulebase_dir: Path) -> None:
    write_rules(
        empty_rulebase_dir,
        rule(
            "ASM-01",
            kind="assess",
            fact="strong",
            label={"zh": "强", "en": "strong"},
            when={"field": "rd_resources", "op": ">=", "value": 4},
        ),
        rule(
            "ASM-02",
            kind="assess",
            fact="weak",
            label={"zh": "弱", "en": "weak"},
            when={"field": "rd_resources", "op": "<=", "value": 2},
        ),
        rule("ORI-01", **{**GOOD_FOR, "when": {"all": [{"fact": "strong"}, {"fact": "weak"}]}}),
    )
    assert checks_of(empty_rulebase_dir, "error") == {"never-fires": [("ORI-01",)]}


def test_same_conditions_with_opposite_conclusions_conflict(empty_rulebase_dir: Path) -> None:
    against = {
        **GOOD_FOR,
        "direction": "against",
        "when": {"not": {"field": "rd_resources", "op": "<", "value": 4}},
    }  # the same, written otherwise
    write_rules(empty_rulebase_dir, rule("ORI-01", **GOOD_FOR), rule("ORI-02", **against))
    assert checks_of(empty_rulebase_dir, "error") == {"conflict": [("ORI-01", "ORI-02")]}


NARROWER = {
    "all": [
        {"field": "rd_resources", "op": ">=", "value": 5},
        {"field": "imitation_barrier", "op": ">=", "value": 4},
    ]
}


def test_a_narrower_rule_of_the_same_factor_is_not_counted_twice(empty_rulebase_dir: Path) -> None:
    write_rules(
        empty_rulebase_dir, rule("ORI-01", **GOOD_FOR), rule("ORI-02", **{**GOOD_FOR, "when": NARROWER})
    )
    assert {"subsumed", "shared-answer"} & checks_of(empty_rulebase_dir).keys() == set()


def test_rules_of_different_factors_reading_one_answer_are_noted(empty_rulebase_dir: Path) -> None:
    other_factor = {**GOOD_FOR, "when": NARROWER, "factor": "appropriability"}
    write_rules(empty_rulebase_dir, rule("ORI-01", **GOOD_FOR), rule("ORI-02", **other_factor))
    assert checks_of(empty_rulebase_dir, "note") == {"shared-answer": [("ORI-01", "ORI-02")]}


def test_an_unknown_factor_is_an_error(empty_rulebase_dir: Path) -> None:
    write_rules(empty_rulebase_dir, rule("ORI-01", **{**GOOD_FOR, "factor": "luck"}))
    assert checks_of(empty_rulebase_dir, "error") == {"schema": [("ORI-01",)]}


def test_a_combination_must_test_every_path_it_names(empty_rulebase_dir: Path) -> None:
    combine = {
        "kind": "combine",
        "paths": ["import_absorb", "original"],
        "mode": "sequence",
        "when": {"path": "import_absorb", "verdict": ["recommended", "possible"]},
    }
    write_rules(empty_rulebase_dir, rule("ORI-01", **GOOD_FOR), rule("CMB-01", **combine))
    assert checks_of(empty_rulebase_dir, "error") == {"schema": [("CMB-01",)]}


def test_declared_graded_evidence_is_not_reported(empty_rulebase_dir: Path) -> None:
    narrower = {"field": "rd_resources", "op": ">=", "value": 5}
    graded = rule("ORI-02", **{**GOOD_FOR, "when": narrower, "adds_to": ["ORI-01"]})
    write_rules(empty_rulebase_dir, rule("ORI-01", **GOOD_FOR), graded)
    assert "subsumed" not in checks_of(empty_rulebase_dir)


def test_overlapping_rules_are_not_subsumed(empty_rulebase_dir: Path) -> None:
    other = {"field": "imitation_barrier", "op": ">=", "value": 4}
    write_rules(empty_rulebase_dir, rule("ORI-01", **GOOD_FOR), rule("ORI-02", **{**GOOD_FOR, "when": other}))
    assert "subsumed" not in checks_of(empty_rulebase_dir)


def test_paths_no_rule_supports_or_opposes(empty_rulebase_dir: Path) -> None:
    write_rules(empty_rulebase_dir, rule("ORI-01", **GOOD_FOR))
    warnings = checks_of(empty_rulebase_dir, "warning")
    assert len(warnings["unsupported-path"]) == 5  # every path but original
    assert len(warnings["unopposed-path"]) == 6
    _, findings = check_directory(empty_rulebase_dir)
    messages = [f.message for f in findings if f.check == "unsupported-path"]
    assert not any("path original:" in m for m in messages)
    assert any("path cross_border_ma:" in m for m in messages)


def test_a_fact_produced_but_never_used(empty_rulebase_dir: Path) -> None:
    write_rules(
        empty_rulebase_dir,
        rule(
            "ASM-01",
            kind="assess",
            fact="idle",
            label={"zh": "闲", "en": "idle"},
            when={"field": "rd_resources", "op": ">=", "value": 4},
        ),
        rule("ORI-01", **GOOD_FOR),
    )
    assert checks_of(empty_rulebase_dir, "warning")["fact-never-used"] == [("ASM-01",)]


def test_a_fact_used_but_never_produced(empty_rulebase_dir: Path) -> None:
    write_rules(empty_rulebase_dir, rule("ORI-01", **{**GOOD_FOR, "when": {"fact": "phantom"}}))
    _, findings = check_directory(empty_rulebase_dir)
    assert [(f.check, f.rules) for f in findings] == [("fact-never-produced", ("ORI-01",))]
    assert "phantom" in findings[0].message


def test_advice_for_a_path_that_can_never_be_backed_never_fires(empty_rulebase_dir: Path) -> None:
    write_rules(
        empty_rulebase_dir,
        rule("ORI-01", **GOOD_FOR),
        rule(
            "ADV-01",
            kind="advise",
            path="original",
            topic="risk",
            when={"path": "original", "verdict": ["not_advised"]},
        ),
    )
    assert checks_of(empty_rulebase_dir, "error") == {"never-fires": [("ADV-01",)]}


def test_cli_exits_1_on_errors_and_lists_them(empty_rulebase_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    bad = {
        "all": [
            {"field": "rd_resources", "op": ">=", "value": 4},
            {"field": "rd_resources", "op": "<=", "value": 2},
        ]
    }
    write_rules(empty_rulebase_dir, rule("ORI-01", **{**GOOD_FOR, "when": bad}))
    result = run_cli("rules", "check", "--rules", str(empty_rulebase_dir))
    assert result.code == 1
    assert "never-fires" in result.out and "ORI-01" in result.out and "can never fire" in result.out
    assert "1 error(s)" in result.out


def test_cli_passes_on_the_shipped_rule_base(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("rules", "check")
    assert result.code == 0, result.out
    assert "0 error(s)" in result.out


def test_cli_rejects_a_missing_folder(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("rules", "check", "--rules", str(tmp_path / "nowhere"))
    assert result.code == 2
    assert "not a folder" in result.err and "Traceback" not in result.err
