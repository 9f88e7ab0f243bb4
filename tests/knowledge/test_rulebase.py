import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innopath.engine.common.errors import RuleBaseError
from innopath.engine.knowledge.rulebase import EvidenceRule, RuleBase, load_rulebase

GOOD_RULE = """
  - id: ORI-01
    kind: evidence
    path: original
    direction: for
    strength: 0.5
    factor: capability
    when: {field: rd_resources, op: ">=", value: 4}
    because: {zh: 研发资源充足。, en: Ample R&D resources.}
    source: "004 §3.1"
"""


def write_rules(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text("rules:\n" + textwrap.dedent(body), encoding="utf-8")


def test_a_good_rule_loads(empty_rulebase_dir: Path) -> None:
    write_rules(empty_rulebase_dir, "original.yaml", GOOD_RULE)
    rulebase = load_rulebase(empty_rulebase_dir)
    assert [r.id for r in rulebase.rules] == ["ORI-01"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("field: rd_resources", "field: rd_resource", "did you mean 'rd_resources'"),
        ('op: ">="', 'op: "=>"', "operator '=>' is not allowed"),
        ("value: 4}", "value: 7}", "value 7 is not allowed; expected an integer from 1 to 5"),
        ("value: 4}", "value: high}", "value 'high' is not allowed"),
        ('source: "004 §3.1"', 'source: ""', "must cite a paper and section"),
        ("strength: 0.5", "strength: 1.5", "strength"),
        ("path: original", "path: originl", "unknown path 'originl'"),
        ("direction: for", "direction: up", "direction"),
        (
            "when: {field: rd_resources",
            "when: {fact: ample_rd, field: rd_resources",
            "unrecognised condition",
        ),
        ('    source: "004 §3.1"\n', "", "source"),
    ],
)
def test_errors_name_the_file_and_the_rule(
    empty_rulebase_dir: Path, old: str, new: str, expected: str
) -> None:
    assert old in GOOD_RULE
    write_rules(empty_rulebase_dir, "original.yaml", GOOD_RULE.replace(old, new))
    with pytest.raises(RuleBaseError) as caught:
        load_rulebase(empty_rulebase_dir)
    message = str(caught.value)
    assert "original.yaml: rule ORI-01" in message
    assert expected in message


def test_duplicate_ids_across_files_are_named(empty_rulebase_dir: Path) -> None:
    write_rules(empty_rulebase_dir, "original.yaml", GOOD_RULE)
    write_rules(empty_rulebase_dir, "other.yaml", GOOD_RULE)
    with pytest.raises(RuleBaseError, match=r"original.yaml, other.yaml: rule ORI-01: duplicate id"):
        load_rulebase(empty_rulebase_dir)


def test_a_fact_no_rule_produces_is_an_error(empty_rulebase_dir: Path) -> None:
    write_rules(
        empty_rulebase_dir,
        "original.yaml",
        GOOD_RULE.replace('when: {field: rd_resources, op: ">=", value: 4}', "when: {fact: ample_rd}"),
    )
    with pytest.raises(RuleBaseError, match="fact 'ample_rd' is used but no assess rule produces it"):
        load_rulebase(empty_rulebase_dir)


def test_veto_needs_direction_against(empty_rulebase_dir: Path) -> None:
    write_rules(
        empty_rulebase_dir,
        "original.yaml",
        GOOD_RULE.replace("strength: 0.5", "strength: 0.5\n    veto: true"),
    )
    with pytest.raises(RuleBaseError, match="only a rule with direction 'against' can veto"):
        load_rulebase(empty_rulebase_dir)


def test_malformed_yaml_names_file_and_line(empty_rulebase_dir: Path) -> None:
    (empty_rulebase_dir / "original.yaml").write_text("rules:\n  - id: ORI-01\n    when: {field: [\n")
    with pytest.raises(RuleBaseError, match=r"original.yaml: line \d+: malformed YAML"):
        load_rulebase(empty_rulebase_dir)


def test_verdict_tests_are_only_for_stage_three(empty_rulebase_dir: Path) -> None:
    write_rules(
        empty_rulebase_dir,
        "original.yaml",
        GOOD_RULE.replace(
            'when: {field: rd_resources, op: ">=", value: 4}', "when: {path: original, verdict: [possible]}"
        ),
    )
    with pytest.raises(RuleBaseError, match="verdict tests are allowed only in combine and advise rules"):
        load_rulebase(empty_rulebase_dir)


def test_shipped_rule_base_is_complete(rulebase: RuleBase) -> None:
    kinds = {r.kind for r in rulebase.rules}
    assert kinds == {"assess", "require", "evidence", "combine", "advise"}
    assert 60 <= len(rulebase.rules) <= 160
    for path_id in rulebase.path_ids:
        directions = {r.direction for r in rulebase.evidence_on(path_id)}
        assert directions == {"for", "against"}, path_id
    for rule in rulebase.rules:
        assert rule.because.zh.strip() and rule.because.en.strip(), rule.id
        assert rule.because.zh != rule.because.en, rule.id


def test_every_source_cites_a_section_of_a_paper(rulebase: RuleBase) -> None:
    for rule in rulebase.of_kind(EvidenceRule):
        assert rule.source[:3] in {"000", "001", "002", "003", "004"}, rule.id


def test_version_changes_with_the_rules(rulebase_copy: Path, rulebase: RuleBase) -> None:
    assert load_rulebase(rulebase_copy).version == rulebase.version
    target = rulebase_copy / "original.yaml"
    target.write_text(target.read_text().replace("strength: 0.5", "strength: 0.55", 1))
    assert load_rulebase(rulebase_copy).version != rulebase.version


def test_adds_to_must_name_evidence_on_the_same_path_and_direction(empty_rulebase_dir: Path) -> None:
    other = GOOD_RULE.replace("ORI-01", "ORI-02").replace("direction: for", "direction: against")
    graded = GOOD_RULE.replace("ORI-01", "ORI-03").replace(
        "strength: 0.5", "strength: 0.3\n    adds_to: [ORI-02]"
    )
    write_rules(empty_rulebase_dir, "original.yaml", GOOD_RULE + other + graded)
    with pytest.raises(RuleBaseError, match="rule ORI-03: adds_to 'ORI-02' must name an evidence rule for"):
        load_rulebase(empty_rulebase_dir)


def test_a_fact_that_depends_on_itself_is_refused_naming_the_cycle(rulebase_copy: Path) -> None:
    target = rulebase_copy / "assessments.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('- {field: rd_resources, op: ">=", value: 4}', "- {fact: ample_rd}", 1))
    with pytest.raises(RuleBaseError) as caught:
        load_rulebase(rulebase_copy)
    assert "facts depend on themselves: ample_rd -> ample_rd (rules ASM-01)" in str(caught.value)


def test_a_cycle_through_two_facts_is_refused(rulebase_copy: Path, rulebase: RuleBase) -> None:
    first, second = list(rulebase.assessments)[:2]
    target = rulebase_copy / "assessments.yaml"
    text = target.read_text(encoding="utf-8")
    text = text.replace('- {field: rd_resources, op: ">=", value: 4}', f"- {{fact: {second}}}", 1)
    second_rule = rulebase.assessments[second]
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {second_rule.id}")
    when = next(i for i in range(start, len(lines)) if lines[i].strip() == "when:")
    indent = lines[when].index("when:")
    lines[when] = " " * indent + f"when: {{any: [{{fact: {first}}}, {{field: core_ip, op: '>=', value: 5}}]}}"
    end = next(i for i in range(when + 1, len(lines)) if len(lines[i]) - len(lines[i].lstrip()) <= indent)
    del lines[when + 1 : end]
    target.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RuleBaseError, match=f"{first} -> {second} -> {first}"):
        load_rulebase(rulebase_copy)


def test_rules_check_fails_on_a_cycle(rulebase_copy: Path, run_cli: Callable[..., Any]) -> None:
    target = rulebase_copy / "assessments.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('- {field: rd_resources, op: ">=", value: 4}', "- {fact: ample_rd}", 1))
    result = run_cli("rules", "check", "--rules", str(rulebase_copy))
    assert result.code == 1 and "facts depend on themselves" in " ".join(result.out.split())
