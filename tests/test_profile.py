import json
from pathlib import Path

import pytest

from innopath.engine.common.errors import ProfileError
from innopath.engine.knowledge.profile import FieldType, Profile, ProfileSpec, load_profile, parse_profile


def test_every_canonical_field_of_the_brief_is_in_the_model(spec: ProfileSpec) -> None:
    brief = Path(__file__).resolve().parents[2] / "shared" / "knowledge" / "BRIEF.md"
    if not brief.exists():
        pytest.skip("../shared/knowledge/BRIEF.md is not beside the checkout")
    table = brief.read_text().split("## The canonical firm profile")[1]
    canonical = [
        line.split("|")[1].strip().strip("`") for line in table.splitlines() if line.startswith("| `")
    ]
    assert len(canonical) >= 30
    assert set(canonical) <= set(spec.ids)
    for field_id in canonical:
        assert field_id in Profile.model_fields


def test_every_field_carries_bilingual_label_help_and_section(spec: ProfileSpec) -> None:
    for field in spec.fields:
        assert field.label.zh and field.label.en and field.help.zh and field.help.en
        assert field.type == FieldType.TEXT or field.source, field.id


@pytest.mark.parametrize(
    "field", ["rd_resources", "rd_intensity", "cluster_peers", "strategic_sector", "tech_stage"]
)
@pytest.mark.parametrize("unknown", ["unknown", "Unknown", "未知", "", None])
def test_every_kind_of_field_can_be_unknown(field: str, unknown: object) -> None:
    profile = parse_profile({field: unknown})
    assert getattr(profile, field) is None
    assert field in profile.unknown_fields()


def test_unknown_and_omitted_answers_are_none() -> None:
    profile = parse_profile({"rd_resources": "unknown", "tech_gap": 3})
    assert profile.rd_resources is None  # type: ignore[attr-defined]
    assert "rd_resources" in profile.unknown_fields()
    assert "core_ip" in profile.unknown_fields()
    assert profile.answers() == {"tech_gap": 3}


@pytest.mark.parametrize(("given", "understood"), [("5%", 0.05), (0.05, 0.05), ("12.5%", 0.125), (0, 0.0)])
def test_rd_intensity_accepts_fraction_and_percent(given: object, understood: float) -> None:
    assert parse_profile({"rd_intensity": given}).rd_intensity == pytest.approx(understood)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("data", "names", "allowed"),
    [
        ({"rd_resources": 7}, "rd_resources", "an integer from 1 to 5"),
        ({"rd_resources": "high"}, "rd_resources", "an integer from 1 to 5"),
        ({"rd_resources": 2.5}, "rd_resources", "an integer from 1 to 5"),
        ({"competitor_count": "loads"}, "competitor_count", "one of few, some, many"),
        ({"strategic_sector": "maybe"}, "strategic_sector", "yes or no"),
        ({"rd_intensity": 5}, "rd_intensity", "a number from 0 to 1, or a percentage"),
        ({"cluster_peers": -1}, "cluster_peers", "a whole number, 0 or more"),
    ],
)
def test_bad_answers_name_the_field_and_the_allowed_values(
    data: dict[str, object], names: str, allowed: str
) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(data)
    message = str(caught.value)
    assert names in message and allowed in message


def test_misspelt_field_suggests_the_closest_id() -> None:
    with pytest.raises(ProfileError, match="rd_resource: not a profile field; did you mean 'rd_resources'"):
        parse_profile({"rd_resource": 4})


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile({"rd_resources": 9, "tech_gap": 0, "colour": "red"})
    assert len(caught.value.details) == 3


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.yaml", "", "the file is empty"),
        ("blank.yaml", "   \n# only a comment\n", "holds no answers"),
        ("broken.yaml", "rd_resources: 4\n  tech_gap: [3\n", "line 2: malformed YAML"),
        ("list.yaml", "- 1\n- 2\n", "expected a mapping"),
        ("broken.json", '{"rd_resources": 4,', "malformed JSON"),
        ("unsafe.yaml", "rd_resources: !!python/object/apply:os.system ['true']\n", "malformed YAML"),
    ],
)
def test_unreadable_files_get_one_clear_message(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(ProfileError, match=expected):
        load_profile(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="no such file"):
        load_profile(tmp_path / "nowhere.yaml")


def test_json_profile_loads(tmp_path: Path) -> None:
    path = tmp_path / "firm.json"
    path.write_text(json.dumps({"firm_name": "A & B", "rd_resources": 4, "competitor_count": "few"}))
    profile = load_profile(path)
    assert profile.answers() == {"rd_resources": 4, "competitor_count": "few"}


def test_with_answers_validates_the_change() -> None:
    profile = parse_profile({"rd_resources": 2})
    assert profile.with_answers(rd_resources=4).answers() == {"rd_resources": 4}
    with pytest.raises(ProfileError, match="rd_resources"):
        profile.with_answers(rd_resources=6)


def test_json_schema_carries_ranges_labels_and_sources() -> None:
    schema = Profile.model_json_schema()
    rd = schema["properties"]["rd_resources"]
    assert rd["x-label"]["zh"] and rd["x-source"] == "004 §3.1"
    level = next(option for option in rd["anyOf"] if option.get("type") == "integer")
    assert (level["minimum"], level["maximum"]) == (1, 5)
    assert schema["additionalProperties"] is False
