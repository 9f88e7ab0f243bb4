"""The interview logic: answer parsing, skip logic from `ask_if`, order, and "why" read from the rule base."""

import shutil
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innopath.engine.applications.interview.store import load_answers, render, save_answers, to_profile
from innopath.engine.common.resources import rules_dir
from innopath.engine.knowledge.conditions import FactTest, FieldTest, leaves
from innopath.engine.knowledge.profile import FieldType, load_profile, profile_spec
from innopath.engine.knowledge.questionnaire import (
    COMBINATION,
    GENERAL,
    Questionnaire,
    WhyIndex,
    parse_answer,
    show_answer,
)
from innopath.engine.knowledge.rulebase import AssessRule, load_rulebase, shipped_rulebase
from innopath.reports.labels import labels

SPEC = profile_spec()
Q = Questionnaire(SPEC)


def first_of(kind: FieldType):
    return next(f for f in SPEC.fields if f.type == kind)


LEVEL, SHARE, COUNT, YESNO, CHOICE, TEXT = (
    first_of(k)
    for k in (
        FieldType.LEVEL,
        FieldType.SHARE,
        FieldType.COUNT,
        FieldType.YESNO,
        FieldType.CHOICE,
        FieldType.TEXT,
    )
)


def worded(note) -> str:
    """The note as the person reads it; fails if the label or one of its placeholders is missing."""
    return labels().group("ask", "en")[note.key].format(**note.values)


# -- shares: percent vs fraction -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value", "note"),
    [
        ("5%", 0.05, "understood_percent"),
        (" 12.5 % ", 0.125, "understood_percent"),
        ("5％", 0.05, "understood_percent"),
        ("0.05", 0.05, "understood_fraction"),
        (".3", 0.3, "understood_fraction"),
        ("0", 0.0, "understood_fraction"),
        ("1", 1.0, "understood_fraction"),
        ("5", 0.05, "understood_bare_percent"),
        ("100", 1.0, "understood_bare_percent"),
    ],
)
def test_share_accepts_fraction_and_percent_and_says_which(typed, value, note):
    parsed = parse_answer(SHARE, typed)
    assert parsed.is_answer and parsed.error is None
    assert parsed.value == pytest.approx(value)
    assert parsed.note is not None and parsed.note.key == note
    assert SHARE.accepts(parsed.value)
    text = worded(parsed.note)
    assert typed.strip() in text and ("percent" in text) == (note != "understood_fraction")


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("150%", "err_share_range"),
        ("101", "err_share_range"),
        ("-0.1", "err_share_range"),
        ("lots", "err_share"),
        ("5%%", "err_share"),
        ("nan", "err_share"),
    ],
)
def test_share_out_of_range_or_malformed_is_rejected_with_reason(typed, error):
    parsed = parse_answer(SHARE, typed)
    assert not parsed.is_answer and parsed.value is None
    assert parsed.error is not None and parsed.error.key == error
    assert typed in worded(parsed.error)


# -- levels, counts, yes/no, choices -----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1", "3", " 5 ", "4.0"])
def test_level_in_range(typed):
    assert parse_answer(LEVEL, typed).value == int(float(typed))


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("0", "err_level_range"),
        ("6", "err_level_range"),
        ("7", "err_level_range"),
        ("2.5", "err_level"),
        ("huge", "err_level"),
    ],
)
def test_level_out_of_range_names_the_range(typed, error):
    parsed = parse_answer(LEVEL, typed)
    assert parsed.error is not None and parsed.error.key == error
    assert "1" in worded(parsed.error) and "5" in worded(parsed.error)


def test_count():
    assert parse_answer(COUNT, "0").value == 0
    assert parse_answer(COUNT, "12").value == 12
    assert parse_answer(COUNT, "-1").error.key == "err_count_negative"
    assert parse_answer(COUNT, "1.5").error.key == "err_count"


@pytest.mark.parametrize(
    ("typed", "value"), [("y", True), ("Yes", True), ("是", True), ("n", False), ("NO", False), ("否", False)]
)
def test_yesno_in_both_languages(typed, value):
    assert parse_answer(YESNO, typed).value is value


def test_yesno_rejects_other_words():
    assert parse_answer(YESNO, "maybe").error.key == "err_yesno"


def test_choice_by_number_value_or_label():
    for number, choice in enumerate(CHOICE.choices, start=1):
        assert parse_answer(CHOICE, str(number)).value == choice.value
        assert parse_answer(CHOICE, choice.value.upper()).value == choice.value
        assert parse_answer(CHOICE, choice.zh).value == choice.value
        assert parse_answer(CHOICE, choice.en).value == choice.value
    too_far = parse_answer(CHOICE, str(len(CHOICE.choices) + 1))
    assert too_far.error.key == "err_choice_number"
    wrong = parse_answer(CHOICE, "nonsense")
    assert wrong.error.key == "err_choice"
    assert all(v in worded(wrong.error) for v in CHOICE.choice_values)


# -- unknown and the other commands ------------------------------------------------------------------------


@pytest.mark.parametrize("field", [LEVEL, SHARE, COUNT, YESNO, CHOICE, TEXT], ids=lambda f: f.type.value)
@pytest.mark.parametrize("typed", ["u", "unknown", "UNKNOWN", "未知", "不知道"])
def test_every_question_offers_unknown(field, typed):
    parsed = parse_answer(field, typed)
    assert parsed.command == "unknown" and parsed.is_answer and parsed.value is None


@pytest.mark.parametrize(
    ("typed", "command"),
    [("?", "help"), ("？", "help"), ("why", "why"), ("为什么", "why"), ("back", "back"), ("<", "back")],
)
def test_commands(typed, command):
    assert parse_answer(LEVEL, typed).command == command
    assert not parse_answer(LEVEL, typed).is_answer


def test_empty_line_never_records_by_accident():
    assert parse_answer(LEVEL, "").error.key == "err_empty"
    assert parse_answer(LEVEL, "  ", has_current=True).command == "keep"
    assert parse_answer(TEXT, "").command == "unknown"


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(SPEC.fields), typed=st.text(string.printable + "％是否一二", max_size=8))
def test_any_line_is_an_accepted_answer_a_command_or_a_worded_rejection(field, typed):
    parsed = parse_answer(field, typed)
    if parsed.error is not None:
        assert worded(parsed.error)
    elif parsed.command is None:
        assert field.accepts(parsed.value)
        if parsed.note is not None:
            assert worded(parsed.note)


def test_show_answer():
    assert show_answer(SHARE, 0.05, "en") == "5%"
    assert show_answer(CHOICE, CHOICE.choices[0].value, "zh") == CHOICE.choices[0].zh
    assert show_answer(LEVEL, None, "en") is None


# -- order and skip logic ----------------------------------------------------------------------------------


def test_questions_come_in_section_order_keeping_the_file_order_within_a_section():
    section_order = [s.id for s in SPEC.sections]
    ranks = [section_order.index(f.section) for f in Q.fields]
    assert ranks == sorted(ranks)
    assert sorted(f.id for f in Q.fields) == sorted(SPEC.ids)
    for section in section_order:
        assert [f.id for f in Q.fields if f.section == section] == [
            f.id for f in SPEC.fields if f.section == section
        ]


GATED = [f.id for f in SPEC.fields if f.ask_if]
GATE = "cluster_peers"


def test_the_shipped_skip_conditions_are_read_from_profile_yaml():
    assert GATED, "profile.yaml has ask_if conditions"
    assert {f.id for f in Q.gates(GATE)} == {
        f.id for f in SPEC.fields if f.ask_if and f.ask_if.get("field") == GATE
    }


def test_skipped_only_when_the_condition_is_definitely_false():
    gated = {f.id for f in Q.gates(GATE)}
    assert gated
    everything = len(SPEC.fields)
    for answers, asked in [({}, True), ({GATE: None}, True), ({GATE: 2}, True), ({GATE: 0}, False)]:
        active = {f.id for f in Q.active(answers)}
        assert (gated <= active) is asked
        assert len(active) == (everything if asked else everything - len(gated))
        if not asked:
            assert {f.id for f in Q.skipped(answers)} == gated


def test_next_question_and_progress_follow_the_skips():
    answers = {f.id: None for f in Q.fields[: Q.fields.index(SPEC.field(GATE))]}
    assert Q.next_unanswered(answers).id == GATE
    before = Q.position(GATE, answers)
    answers[GATE] = 0
    after_id = Q.next_unanswered(answers).id
    assert after_id not in {f.id for f in Q.gates(GATE)}
    assert Q.position(GATE, answers).total == before.total - len(Q.gates(GATE))
    assert Q.position(GATE, answers).number == before.number


def test_prune_drops_answers_to_questions_that_no_longer_apply():
    gated = [f.id for f in Q.gates(GATE)]
    answers = {GATE: 2, **{g: 3 for g in gated}, "tech_gap": 4}
    assert Q.prune(answers) == answers
    assert Q.prune({**answers, GATE: 0}) == {GATE: 0, "tech_gap": 4}


def test_previous_question():
    assert Q.previous(Q.fields[0].id, {}) is None
    assert Q.previous(Q.fields[3].id, {}) == Q.fields[2]


# -- why are you asking? -----------------------------------------------------------------------------------


def reads(rule, field_id, rulebase) -> bool:
    """Independent check: does `rule` read `field_id`, directly or through assessments (transitively)?"""
    for leaf in leaves(rule.condition):
        if isinstance(leaf, FieldTest) and leaf.field == field_id:
            return True
        if isinstance(leaf, FactTest) and leaf.fact in rulebase.assessments:
            if reads(rulebase.assessments[leaf.fact], field_id, rulebase):
                return True
    return False


@pytest.mark.parametrize("field_id", [f.id for f in SPEC.fields])
def test_why_lists_exactly_the_rules_that_read_the_answer(field_id):
    rulebase = shipped_rulebase()
    why = WhyIndex(rulebase, Q).why(field_id)
    listed = {use.rule.id for _, uses in why.groups for use in uses}
    expected = {
        r.id for r in rulebase.rules if not isinstance(r, AssessRule) and reads(r, field_id, rulebase)
    }
    assert listed == expected
    for key, uses in why.groups:
        assert key in (*rulebase.path_ids, GENERAL, COMBINATION)
        for use in uses:
            direct = any(
                isinstance(lf, FieldTest) and lf.field == field_id for lf in leaves(use.rule.condition)
            )
            assert (use.via == ()) is direct
            assert key == COMBINATION or key == (use.rule.bears_on or GENERAL)


def test_text_fields_are_read_by_no_rule():
    assert WhyIndex(shipped_rulebase(), Q).why(TEXT.id).groups == ()


RULES = """\
rules:
  - id: TST-01
    kind: assess
    fact: deep_pockets
    label: {zh: 资金雄厚, en: deep pockets}
    when: {field: financial_strength, op: ">=", value: 4}
    because: {zh: 测试, en: test}
    source: "004 §3.6"
  - id: TST-02
    kind: assess
    fact: can_buy
    label: {zh: 买得起, en: can buy}
    when: {all: [{fact: deep_pockets}, {field: ma_targets, op: ">=", value: 3}]}
    because: {zh: 测试, en: test}
    source: "004 §3.6"
  - id: TST-03
    kind: evidence
    path: cross_border_ma
    direction: for
    strength: 0.5
    factor: capability
    when: {fact: can_buy}
    because: {zh: 测试, en: test}
    source: "004 §5.2"
  - id: TST-04
    kind: evidence
    path: original
    direction: against
    strength: 0.3
    factor: capability
    when: {field: financial_strength, op: "<=", value: 1}
    because: {zh: 测试, en: test}
    source: "004 §3.1"
"""


def test_why_is_computed_from_whatever_rule_base_is_loaded(tmp_path: Path):
    for name in ("paths.yaml", "policy.yaml"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    (tmp_path / "test.yaml").write_text(RULES, encoding="utf-8")
    rulebase = load_rulebase(tmp_path)
    why = WhyIndex(rulebase, Q).why("financial_strength")
    groups = {
        key: [(u.rule.id, u.rule.source, tuple(a.fact for a in u.via)) for u in uses]
        for key, uses in why.groups
    }
    assert groups == {
        "original": [("TST-04", "004 §3.1", ())],
        "cross_border_ma": [("TST-03", "004 §5.2", ("deep_pockets", "can_buy"))],
    }
    assert [key for key, _ in why.groups] == ["original", "cross_border_ma"]  # the rule base's path order
    assert WhyIndex(rulebase, Q).why("tech_gap").groups == ()


# -- the saved interview -----------------------------------------------------------------------------------


def test_saved_interview_round_trips_unknown_and_unasked(tmp_path: Path):
    path = tmp_path / "p.yaml"
    answers = {
        "firm_name": "Acme: 测试 #1",
        "cluster_role": "standalone",
        "rd_intensity": 0.05,
        "strategic_sector": True,
        "tech_gap": None,
        GATE: 0,
    }
    save_answers(path, answers, Q, "zh")
    assert load_answers(path, Q) == answers
    profile = load_profile(path)  # `innopath recommend` reads it as it is
    assert profile.answers()["rd_intensity"] == 0.05 and profile.tech_gap is None
    assert to_profile(answers).answers() == profile.answers()
    text = path.read_text(encoding="utf-8")
    assert "tech_gap: unknown" in text
    upcoming = Q.next_unanswered(answers)
    assert upcoming.id in text.splitlines()[1]
    assert not list(tmp_path.glob(".*part"))


def test_complete_interview_says_so():
    answers = {f.id: None for f in Q.fields}
    assert labels().get("ask", "file_complete", "en") in render(answers, Q, "en")


def test_a_bad_saved_file_names_the_field(tmp_path: Path):
    from innopath.engine.common.errors import ProfileError

    path = tmp_path / "p.yaml"
    path.write_text("tech_gap: 9\n", encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_answers(path, Q)
    assert "tech_gap" in str(caught.value)


def test_why_marks_facts_a_rule_needs_false(tmp_path: Path):
    for name in ("paths.yaml", "policy.yaml"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    negated = RULES.replace("when: {fact: can_buy}", "when: {not: {fact: can_buy}}")
    (tmp_path / "test.yaml").write_text(negated, encoding="utf-8")
    why = WhyIndex(load_rulebase(tmp_path), Q).why("ma_targets")
    (use,) = dict(why.groups)["cross_border_ma"]
    assert use.negated == {"can_buy"} and [a.fact for a in use.via] == ["can_buy"]
