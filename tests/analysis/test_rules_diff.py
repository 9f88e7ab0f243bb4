import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from innopath.engine.analysis.population import random_profiles
from innopath.engine.analysis.rulediff import (
    Firm,
    RuleDiff,
    RuleEdit,
    compare_firm,
    diff_rulebases,
    folder_spec,
)
from innopath.engine.analysis.rulediff_text import render_text
from innopath.engine.common.gitref import GitRefError, folder_at_ref
from innopath.engine.common.resources import rules_dir
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.knowledge.profile import ProfileSpec
from innopath.engine.knowledge.rulebase import load_rulebase

Run = Callable[..., Any]
ROOT = Path(__file__).resolve().parents[2]


def in_git_checkout() -> bool:
    try:
        done = subprocess.run(["git", "rev-parse"], cwd=rules_dir(), capture_output=True, check=False)
    except FileNotFoundError:
        return False
    return done.returncode == 0


needs_git = pytest.mark.skipif(not in_git_checkout(), reason="rules/ is not in a git checkout")


def edit_rule(folder: Path, file: str, rule_id: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = folder / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(next(r for r in data["rules"] if r["id"] == rule_id))
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def firms(spec: ProfileSpec, n: int = 40) -> list[Firm]:
    return [Firm(f"random #{i}", a) for i, a in enumerate(random_profiles(n, spec, seed=7), 1)]


def diff(before: Engine, after: Engine, spec: ProfileSpec) -> RuleDiff:
    return diff_rulebases(before, after, {"random profiles": firms(spec)}, ("before", "after"))


def test_a_rule_base_against_itself_changes_nothing(
    engine: Engine, rulebase_copy: Path, spec: ProfileSpec
) -> None:
    result = diff(Engine(load_rulebase(rulebase_copy)), engine, spec)
    assert result.edits == [] and result.differences == []
    assert result.counts()["firms"] == 40 and result.counts()["results_changed"] == 0


def test_a_stronger_rule_changes_exactly_the_firms_it_fires_for(
    engine: Engine, rulebase_copy: Path, spec: ProfileSpec
) -> None:
    edit_rule(rulebase_copy, "original.yaml", "ORI-01", lambda r: r.update(strength=0.9))
    after = Engine(load_rulebase(rulebase_copy))
    result = diff(engine, after, spec)
    assert result.edits == [RuleEdit("ORI-01", "changed", "strength 0.5 → 0.9")]
    fired = {f.name for f in firms(spec) if "ORI-01" in engine.infer(f.answers).fired}
    changed = {d.firm for d in result.changed}
    assert changed and changed <= fired
    for d in result.changed:
        assert d.edited_rules_fired == ["ORI-01"]
        if (
            not d.verdicts
        ):  # combination and advice read verdicts: with the same verdicts, the same rules fire
            assert d.fired_only_before == d.fired_only_after == []
        assert set(d.fits) <= {"original"} and d.fits["original"][1] > d.fits["original"][0] + 0.05
    # the firms it fires for whose other evidence leaves room for a change of more than 0.05
    unchanged = fired - changed
    for f in firms(spec):
        if f.name in unchanged:
            old, new = engine.infer(f.answers), after.infer(f.answers)
            assert abs(old.fits["original"] - new.fits["original"]) <= 0.05 + 1e-9


def test_a_moved_threshold_lists_the_firms_at_the_boundary_and_the_rule(
    engine: Engine, rulebase_copy: Path, spec: ProfileSpec
) -> None:
    edit_rule(rulebase_copy, "original.yaml", "ORI-04", lambda r: r["when"]["all"][0].update(value=5))
    result = diff(engine, Engine(load_rulebase(rulebase_copy)), spec)
    assert result.edits == [
        RuleEdit(
            "ORI-04", "changed", "when (core_ip >= 4 and tech_gap <= 2) → (core_ip >= 5 and tech_gap <= 2)"
        )
    ]
    boundary = {f.name for f in firms(spec) if f.answers["core_ip"] == 4 and f.answers["tech_gap"] <= 2}
    stopped = {d.firm for d in result.differences if "ORI-04" in d.fired_only_before}
    assert boundary and stopped == boundary
    assert {d.firm for d in result.differences} == boundary
    assert all(d.edited_rules_fired == ["ORI-04"] for d in result.differences)


def test_text_fits_in_80_columns(engine: Engine, rulebase_copy: Path, spec: ProfileSpec) -> None:
    edit_rule(rulebase_copy, "original.yaml", "ORI-01", lambda r: r.update(strength=0.9))
    text = render_text(diff(engine, Engine(load_rulebase(rulebase_copy)), spec))
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "ORI-01   changed: strength 0.5 → 0.9" in text


def test_different_questionnaires_are_named(engine: Engine, rulebase_copy: Path, spec: ProfileSpec) -> None:
    profile = yaml.safe_load((rulebase_copy / "profile.yaml").read_text(encoding="utf-8"))
    profile["fields"].append(
        {
            "id": "new_level",
            "section": "firm",
            "type": "level",
            "label": {"zh": "新", "en": "New"},
            "help": {"zh": "新", "en": "New"},
        }  # fmt: skip
    )
    (rulebase_copy / "profile.yaml").write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    other = Engine(load_rulebase(rulebase_copy))
    specs = (spec, folder_spec(rulebase_copy, other.rulebase))
    result = diff_rulebases(engine, other, {"random": firms(spec, 20)}, ("a", "b"), specs)
    assert result.fields_only_after == ["new_level"] and result.fields_only_before == []
    assert result.differences == []
    assert "the questionnaires differ" in render_text(result)


@needs_git
def test_a_folder_at_a_git_ref(tmp_path: Path) -> None:
    folder = folder_at_ref(rules_dir(), "HEAD", tmp_path / "rules")
    assert (folder / "paths.yaml").exists()
    assert load_rulebase(folder).rules
    with pytest.raises(GitRefError, match="neither a folder nor a commit"):
        folder_at_ref(rules_dir(), "no-such-ref-xyz", tmp_path / "x")
    with pytest.raises(GitRefError, match="not in a git checkout"):
        folder_at_ref(tmp_path, "HEAD", tmp_path / "y")


@needs_git
def test_cli_diff_against_head(run_cli: Run) -> None:
    result = run_cli("rules", "diff", "--against", "HEAD", "--n", "20", "--format", "json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert document["before"] == "HEAD" and document["firms"]["random profiles"] == 20
    assert document["firms"]["scenarios"] > 100 and document["skipped_scenarios"] == []
    clean = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "."], cwd=rules_dir(), check=False)
    if clean.returncode == 0:  # rules/ as committed: nothing can differ
        assert document["summary"]["results_changed"] == 0 and document["rule_edits"] == []


def test_cli_diff_against_a_modified_folder(run_cli: Run, rulebase_copy: Path) -> None:
    edit_rule(rulebase_copy, "cross_border_ma.yaml", "MA-02", lambda r: r.update(strength=0.9))
    result = run_cli("rules", "diff", "--against", str(rulebase_copy), "--n", "10")
    assert result.code == 0, result.err
    assert "MA-02    changed: strength 0.9 → 0.5" in result.out
    # the scenario whose only evidence is MA-02 (ma_targets=4)
    assert "Boundary of the fit thresholds: one piece of evidence of" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--against", "no-such-ref-xyz"], "'no-such-ref-xyz' is neither a folder nor a commit"),
        (["--against", "HEAD", "--n", "0"], "--n 0: expected a number of random profiles"),
        (["--against", "HEAD", "--rules", "/no/such/folder"], "--rules /no/such/folder: not a folder"),
        (["--against", "HEAD", "--features", "/no/such/features"], "--features /no/such/features"),
    ],
)
def test_cli_diff_bad_input(run_cli: Run, args: list[str], message: str) -> None:
    result = run_cli("rules", "diff", *args)
    assert result.code == 2
    assert message in result.err and "Traceback" not in result.err


def test_cli_diff_against_a_ref_outside_git(run_cli: Run, rulebase_copy: Path) -> None:
    result = run_cli("rules", "diff", "--against", "HEAD", "--rules", str(rulebase_copy), "--n", "5")
    assert result.code == 2 and "not in a git checkout" in result.err


def test_cli_diff_against_a_broken_rule_base(run_cli: Run, rulebase_copy: Path) -> None:
    (rulebase_copy / "paths.yaml").unlink()
    result = run_cli("rules", "diff", "--against", str(rulebase_copy), "--n", "5")
    assert result.code == 2 and "that rule base does not load" in result.err


def test_a_name_wider_than_a_line_wraps_inside_it() -> None:
    from innopath.engine.analysis.rulediff_text import WIDTH, _packed
    from innopath.engine.common.text import width

    long_name = "cases/failures.feature: SAIC and Volkswagen form Shanghai Volkswagen, 1984: an alliance"
    lines = _packed("", ["random #1", long_name, "random #2"], ", ", 2)
    assert all(width(line) <= WIDTH for line in lines), lines
    assert " ".join(" ".join(lines).split()) == f"random #1, {long_name}, random #2"


def test_first_place_changes_when_the_set_of_leaders_changes(
    make_inference: Callable[..., Inference],
) -> None:
    """A tie broken, or a tie formed, is a change of first place; the listing order of a tie is not."""
    shared, alone = make_inference({"a": 0.4, "b": 0.4}), make_inference({"a": 0.4, "b": 0.3})
    assert compare_firm("f", shared, alone, set()).first == ("a = b", "a")
    assert compare_firm("f", shared, make_inference({"b": 0.4, "a": 0.4}), set()).first is None
    assert compare_firm("f", alone, alone, set()).first is None
