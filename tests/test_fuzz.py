"""Fuzzing what a user types or uploads: every profile is either a `Profile` or one `ProfileError` — never a
traceback, a hang, or text that reaches the terminal as markup or escape codes.

The CI run uses `FUZZ_EXAMPLES` examples (a few thousand); set INNOPATH_FUZZ_EXAMPLES=10000 for a long run.
"""

import io
import json
import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from innopath.engine.applications.terminal import print_recommendation
from innopath.engine.common.errors import InnopathError
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import ProfileBase, load_profile, profile_spec

FUZZ_EXAMPLES = int(os.environ.get("INNOPATH_FUZZ_EXAMPLES", "2000"))
FIELDS = list(profile_spec().ids)
HOSTILE_TEXT = st.sampled_from(
    ["A/B [/x]", "[link=http://evil]x[/link]", "\x1b[2J", "\x00", "=HYPERLINK(1)", "yes", "1e999", "&a", "*a",
     "[[[[", "{{", "5％", " Few ", "９", "\u202e", "'", '"', "\\", "\n", "%", "-0", "nan"]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    HOSTILE_TEXT,
    st.lists(HOSTILE_TEXT, max_size=3).map("".join),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
PROFILES = st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=12)), VALUES, max_size=8)
RAW_TEXT = st.one_of(
    st.text(max_size=300),
    st.builds(lambda d: "[" * d + "]" * d, st.integers(0, 3000)),
    st.builds(lambda n: "a: &a [" + "x, " * n + "]\nb: [*a, *a]\n", st.integers(0, 5)),
    st.builds(lambda n: "cluster_peers: " + "9" * n + "\n", st.integers(1, 6000)),
)

FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=FUZZ_EXAMPLES <= 2000,
)


def _rendered(profile: ProfileBase) -> str:
    out = io.StringIO()
    print_recommendation(recommend(profile, "en"), console=Console(file=out, width=100, force_terminal=False))
    return out.getvalue()


def _check(path: Path) -> None:
    try:
        profile = load_profile(path)
    except InnopathError as exc:
        assert len(str(exc)) < 20_000
        return
    name = profile.firm_name  # type: ignore[attr-defined]
    assert name is None or not any(ch in name for ch in "\x00\x1b\u202e")
    if name:
        assert " ".join(name.split())[:20] in " ".join(_rendered(profile).split())


@FUZZ
@given(data=PROFILES, as_json=st.booleans())
def test_any_profile_is_a_profile_or_one_clear_error(
    tmp_path_factory, data: dict[str, object], as_json: bool
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / ("p.json" if as_json else "p.yaml")
    try:
        text = json.dumps(data, ensure_ascii=False) if as_json else yaml.safe_dump(data, allow_unicode=True)
    except ValueError:  # e.g. NaN is written by json.dumps, but an int beyond 4,300 digits is not
        return
    path.write_text(text, encoding="utf-8")
    _check(path)


@FUZZ
@given(text=RAW_TEXT, suffix=st.sampled_from([".yaml", ".json"]))
def test_any_text_is_a_profile_or_one_clear_error(tmp_path_factory, text: str, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / f"p{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check(path)
