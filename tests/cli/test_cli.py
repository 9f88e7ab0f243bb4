import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from innopath.engine.knowledge.rulebase import RuleBase

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ROOT = Path(__file__).resolve().parents[2]
HISENSE = str(EXAMPLES / "hisense-2001.yaml")

Run = Callable[..., object]


def test_recommend_prints_a_ranking_table(run_cli: Run) -> None:
    result = run_cli("recommend", HISENSE, lang="zh")
    assert result.code == 0, result.err
    assert "原始的自主创新" in result.out and "推荐" in result.out
    assert "ORI-01" in result.out and "004 §3.1" in result.out


def test_recommend_in_english(run_cli: Run) -> None:
    result = run_cli("recommend", HISENSE, "--lang", "en")
    assert result.code == 0
    assert "original in-house innovation" in result.out and "recommended" in result.out


def test_json_contract(run_cli: Run, rulebase: RuleBase) -> None:
    result = run_cli("recommend", HISENSE, "--format", "json", "--lang", "en")
    data = json.loads(result.out)
    assert {"ranking", "paths", "combination", "advice"} <= data.keys()
    assert sorted(data["ranking"]) == sorted(rulebase.path_ids)
    assert [p["id"] for p in data["paths"]] == data["ranking"]
    for path in data["paths"]:
        assert {"id", "fit", "verdict", "reasons", "against", "missing", "unknowns"} <= path.keys()
        assert -1 <= path["fit"] <= 1
        for reason in path["reasons"] + path["against"]:
            assert {"rule", "source", "text"} <= reason.keys()
            assert rulebase.by_id[reason["rule"]].source == reason["source"]
    top = data["paths"][0]
    assert top["id"] == "original" and top["verdict"] == "recommended"
    assert top["reasons"][0]["answers"], "a reason names the answers it matched"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("rd_resources: 7\n", "rd_resources: 7 is not allowed; expected an integer from 1 to 5"),
        ("competitor_count: loads\n", "expected one of `few`, `some`, `many`"),
        ("rd_resource: 4\n", "did you mean 'rd_resources'"),
        ("rd_resources: [4\n", "malformed YAML"),
        ("", "the file is empty"),
    ],
)
def test_bad_profiles_exit_2_with_one_clear_message(
    run_cli: Run, tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "firm.yaml"
    path.write_text(content)
    result = run_cli("recommend", str(path))
    assert result.code == 2
    assert expected in result.err
    assert "Traceback" not in result.err + result.out


def test_missing_file_exits_2(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("recommend", str(tmp_path / "ghost.yaml"))
    assert result.code == 2 and "no such file" in result.err


def test_unknown_language_is_a_usage_error(run_cli: Run) -> None:
    result = run_cli("recommend", HISENSE, "--lang", "fr")
    assert result.code == 2 and "--lang" in result.err


def test_rules_list_and_show(run_cli: Run, rulebase: RuleBase) -> None:
    listed = json.loads(run_cli("rules", "list", "--format", "json").out)
    assert len(listed) == len(rulebase.rules)
    assert {"id", "kind", "path", "direction", "strength", "source"} <= listed[0].keys()
    shown = run_cli("rules", "show", "ORI-01", "--lang", "en")
    assert (
        shown.code == 0 and "original" in shown.out and rulebase.by_id["ORI-01"].because.en[:30] in shown.out
    )
    detail = json.loads(run_cli("rules", "show", "ori-01", "--format", "json").out)
    assert detail["id"] == "ORI-01" and detail["when"] == rulebase.by_id["ORI-01"].when


def test_rules_show_unknown_id_suggests(run_cli: Run) -> None:
    result = run_cli("rules", "show", "ORI01")
    assert result.code == 2 and "did you mean ORI-01" in result.err


def test_schema_is_the_profile_json_schema(run_cli: Run) -> None:
    schema = json.loads(run_cli("schema").out)
    assert schema["properties"]["competitor_count"]["x-choices"][0]["value"] == "few"


def test_real_process_run() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "innopath.engine.cli", "recommend", HISENSE, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ranking"][0] == "original"


def test_recommend_names_the_unknowns_to_find_out_first(run_cli: Run, tmp_path: Path) -> None:
    lines = [line for line in Path(HISENSE).read_text().splitlines() if not line.startswith("rd_resources:")]
    firm = tmp_path / "firm.yaml"
    firm.write_text("\n".join(lines) + "\n")
    data = json.loads(run_cli("recommend", str(firm), "--format", "json").out)
    assert "rd_resources" in data["unknown_fields"]
    assert data["top_unknowns"][0]["field"] == "rd_resources"
    table = run_cli("recommend", str(firm), "--lang", "en").out
    assert "Unknowns to find out first" in table and "rd_resources" in table


def _accepts(schema: dict, value: object) -> bool:  # type: ignore[type-arg]
    """A small JSON Schema check, enough for the input schema's keywords (anyOf, enum, type, bounds)."""
    import re as _re

    if "anyOf" in schema:
        return any(_accepts(s, value) for s in schema["anyOf"])
    if "enum" in schema:
        return value in schema["enum"]
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    checks = {
        "null": value is None,
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "string": isinstance(value, str),
    }
    if not any(checks[k] for k in kinds):
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < schema.get("minimum", value) or value > schema.get("maximum", value):
            return False
    return not (isinstance(value, str) and "pattern" in schema and not _re.search(schema["pattern"], value))


def test_schema_publishes_what_a_profile_file_may_contain(run_cli: Run) -> None:
    """A tool validating files against `innopath schema` accepts what innopath accepts, and the model's
    schema stays available under --model."""
    schema = json.loads(run_cli("schema").out)
    fields = schema["properties"]
    for example in (ROOT / "examples").glob("*.yaml"):
        data = yaml.safe_load(example.read_text(encoding="utf-8"))
        for name, value in data.items():
            assert _accepts(fields[name], value), (example.name, name, value)
    choice = fields["competitor_count"]["x-choices"][0]["zh"]
    accepted = [("rd_resources", "unknown"), ("rd_intensity", "5%"), ("rd_resources", "high"),
                ("rd_resources", "较高"), ("strategic_sector", "是"), ("competitor_count", choice),
                ("geopolitical_risk", None)]  # fmt: skip
    for name, value in accepted:
        assert _accepts(fields[name], value), (name, value)
    assert not _accepts(fields["rd_resources"], 7) and not _accepts(fields["rd_intensity"], "lots")
    model = json.loads(run_cli("schema", "--model").out)
    assert model["properties"]["competitor_count"]["x-choices"][0]["value"] == "few"
