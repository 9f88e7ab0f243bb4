import json
from pathlib import Path

import pytest

from innopath.engine.common.errors import ProfileError
from innopath.engine.knowledge.profile import (
    FieldType,
    Profile,
    ProfileSpec,
    load_profile,
    parse_profile,
    profile_spec,
)


def test_every_canonical_field_of_the_brief_is_in_the_model(spec: ProfileSpec) -> None:
    brief = Path(__file__).resolve().parents[3] / "shared" / "knowledge" / "BRIEF.md"
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
        ({"rd_resources": "huge"}, "rd_resources", "an integer from 1 to 5"),
        ({"rd_resources": 2.5}, "rd_resources", "an integer from 1 to 5"),
        ({"competitor_count": "loads"}, "competitor_count", "one of `few`, `some`, `many`"),
        ({"strategic_sector": "maybe"}, "strategic_sector", "yes or no"),
        ({"rd_intensity": 5}, "rd_intensity", "a number from 0 to 1, or a percentage"),
        ({"cluster_peers": -1}, "cluster_peers", "a whole number from 0 to 1000"),
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


# --- hardening (issue 11): answers read as what a person means, never as something else ---


@pytest.mark.parametrize("field", ["rd_resources", "rd_intensity", "cluster_peers"])
@pytest.mark.parametrize("given", [True, False])
def test_a_boolean_is_not_a_number(field: str, given: bool) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile({field: given})
    assert f"{field}: {given!r} is not allowed; expected" in str(caught.value)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_boolean_in_a_file_is_not_a_number(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"p{suffix}"
    path.write_text("rd_resources: yes\n" if suffix == ".yaml" else '{"rd_resources": true}')
    with pytest.raises(ProfileError, match="rd_resources: True is not allowed"):
        load_profile(path)


@pytest.mark.parametrize(
    ("field", "given", "understood"),
    [
        ("firm_name", 360, "360"),
        ("firm_name", 2001.0, "2001"),
        ("rd_intensity", "5％", 0.05),
        ("rd_intensity", "５％", 0.05),
        ("competitor_count", "Few", "few"),
        ("competitor_count", " few ", "few"),
        ("competitor_count", "很少", "few"),
        ("strategic_sector", "Yes", True),
        ("strategic_sector", "否", False),
        ("firm_name", "A\x1b[2JB\x00C", "ABC"),
    ],
)
def test_answers_are_read_as_a_person_means_them(field: str, given: object, understood: object) -> None:
    assert getattr(parse_profile({field: given}), field) == understood


@pytest.mark.parametrize("given", [1001, 10**9, 10**18])
def test_a_count_has_a_sane_maximum(given: int) -> None:
    with pytest.raises(ProfileError, match="from 0 to 1000"):
        parse_profile({"cluster_peers": given})


def test_a_duplicate_key_in_a_profile_file_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("rd_resources: 4\ncore_ip: 3\nrd_resources: 2\n")
    with pytest.raises(ProfileError, match=r"appears twice \(lines 1 and 3\)"):
        load_profile(path)


def test_a_json_profile_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes('{"core_ip": 3}'.encode("utf-8-sig"))
    assert load_profile(path).core_ip == 3  # type: ignore[attr-defined]


def test_a_huge_value_is_echoed_short(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile({"rd_resources": "x" * 100_000})
    assert len(str(caught.value)) < 400


def test_an_oversized_profile_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("firm_name: " + "x" * 300_000 + "\n")
    with pytest.raises(ProfileError, match="a profile is at most"):
        load_profile(path)


@pytest.mark.parametrize(
    ("written", "level"),
    [
        ("high", 4),
        ("High", 4),
        ("较高", 4),
        ("高", 4),
        ("very high", 5),
        ("很高", 5),
        ("4 high", 4),
        ("2 · 较低", 2),
    ],
)
def test_a_level_is_read_from_the_scale_s_words(written: str, level: int) -> None:
    """The scale prints `4 high`: its words are answers too (files, --set, spreadsheets, the interview)."""
    from innopath.engine.knowledge.questionnaire import parse_answer

    assert parse_profile({"rd_resources": written}).rd_resources == level  # type: ignore[attr-defined]
    assert parse_answer(profile_spec().field("rd_resources"), written).value == level
    with pytest.raises(ProfileError):
        parse_profile({"rd_resources": "4 low"})  # a number and a word that disagree are refused
