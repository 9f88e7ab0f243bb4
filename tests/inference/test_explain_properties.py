"""Explanations that cannot lie: over generated valid profiles, the explanation agrees with the inference."""

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from innopath.engine.inference.certainty import combine
from innopath.engine.inference.engine import factor_strengths, shipped_engine
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import FieldType, parse_profile, profile_spec
from innopath.engine.knowledge.rulebase import AdviseRule, AssessRule, CombineRule, EvidenceRule


def _answer(field_type: FieldType, choices: tuple[str, ...]) -> st.SearchStrategy[Any]:
    match field_type:
        case FieldType.LEVEL:
            return st.integers(1, 5)
        case FieldType.SHARE:
            # the thresholds the rules use, and anything else in range
            return st.one_of(st.sampled_from([0.0, 0.049, 0.05, 0.12, 1.0]), st.floats(0, 1))
        case FieldType.COUNT:
            return st.integers(0, 4)
        case FieldType.YESNO:
            return st.booleans()
        case _:
            return st.sampled_from(choices)


PROFILES = st.fixed_dictionaries(
    {},
    optional={
        f.id: _answer(f.type, f.choice_values) for f in profile_spec().fields if f.type != FieldType.TEXT
    },
)


@settings(max_examples=60, deadline=None)
@given(answers=PROFILES, lang=st.sampled_from(["zh", "en"]))
def test_explanation_agrees_with_the_inference(answers: dict[str, Any], lang: str) -> None:
    engine = shipped_engine()
    rulebase = engine.rulebase
    profile = parse_profile(answers)
    inference = engine.infer(profile.answers())
    result = recommend(profile, lang, engine)  # type: ignore[arg-type]
    fired = set(result.fired)

    for path in result.paths:
        # the fit is exactly the combination, factor by factor, of the evidence the explanation lists
        listed = {r.rule: r.strength for r in path.reasons} | {r.rule: -r.strength for r in path.against}
        factors = factor_strengths(rulebase, listed)
        assert combine(factors.values()) == inference.fits[path.id]
        assert path.fit == round(combine(factors.values()), 4)
        assert path.factors == {k: round(v, 4) for k, v in factors.items()}
        # the verdict respects the necessary conditions it shows
        statuses = {q.status for q in path.requirements}
        if any(q.status == "failed" and q.hard for q in path.requirements):
            assert path.verdict == "not_advised"
        if statuses - {"met"}:
            assert path.verdict != "recommended"
        # no listed reason belongs to a rule that did not fire, or to another path or direction
        for reason in path.reasons + path.against:
            rule = rulebase.by_id[reason.rule]
            assert reason.rule in fired
            assert isinstance(rule, EvidenceRule) and rule.path == path.id
            assert (reason in path.reasons) == (rule.direction == "for")
            assert reason.strength == rule.strength
        assert set(path.vetoed_by) <= {r.rule for r in path.against if r.veto}
        assert (path.verdict == "not_advised") or not path.vetoed_by

    # every rule that fired appears in the explanation
    shown = {r.rule for p in result.paths for r in p.reasons + p.against}
    shown |= {a.rule for a in result.assessments}
    shown |= {c.rule for c in result.combination} | {a.rule for a in result.advice}
    shown |= {q.rule for p in result.paths for q in p.requirements if q.status != "unknown"}
    assert fired <= shown
    for rule_id in fired:
        rule = rulebase.by_id[rule_id]
        if isinstance(rule, AssessRule):
            assert any(
                a.rule == rule_id and a.value == inference.assessments[rule.fact] for a in result.assessments
            )
        elif isinstance(rule, CombineRule | AdviseRule):
            assert rule_id in inference.conclusions
