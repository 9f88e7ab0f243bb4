"""Chinese is the default language: every error a command prints, every error class and every message and
label reads in Chinese (the check of English prose: tests/test_language.py).
"""

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from test_language import EXAMPLES, HAIER, HISENSE, RunCli, _broken_rules, _fixed, _rules_copy, english_prose

from innopath.engine.applications.batch.records import BatchError
from innopath.engine.applications.reporting.render import ReportError
from innopath.engine.applications.simulation_page import SummaryTargetError
from innopath.engine.common.errors import (
    EnvironmentProblem,
    InnopathError,
    ProfileError,
    RuleBaseError,
    say,
)
from innopath.engine.common.files import OutputError
from innopath.engine.common.gitref import GitRefError
from innopath.engine.common.safeparse import InputRefused
from innopath.engine.store.repository import NotFound
from innopath.engine.store.schema import StoreError


def test_every_message_and_label_has_chinese_without_english_prose() -> None:
    """Each message of reports/errors.yaml and label of reports/labels.yaml, its values filled in."""
    from innopath.engine.common.errors import _catalogue
    from innopath.reports.labels import labels

    texts = {f"errors {k}": v["zh"] for k, v in _catalogue().items()}
    texts |= {f"labels {g} {k}": t.zh for g, group in labels()._groups.items() for k, t in group.items()}
    for where, text in texts.items():
        filled = re.sub(r"\{[^{}]*\}", "1", text.replace("{cmd}", "uv run innopath"))
        assert english_prose(filled) == [], f"{where}: {text}"


def _bad_profile(tmp: Path) -> list[str]:
    bad = tmp / "bad.yaml"
    bad.write_text(
        "rd_resources: 9\nrd_resource: 3\ncompetitor_count: loads\ncore_ip: 高\n", encoding="utf-8"
    )
    return ["recommend", str(bad)]


def _empty_profile(tmp: Path) -> list[str]:
    (tmp / "empty.yaml").write_text("", encoding="utf-8")
    return ["recommend", str(tmp / "empty.yaml")]


def _malformed(tmp: Path) -> list[str]:
    (tmp / "m.yaml").write_text("rd_resources: [4\n", encoding="utf-8")
    return ["recommend", str(tmp / "m.yaml")]


def _batch_missing(tmp: Path) -> list[str]:
    return ["batch", str(tmp / "missing.csv"), "-o", str(tmp / "o.csv")]


def _batch_suffix(tmp: Path) -> list[str]:
    (tmp / "firms.txt").write_text("firm_name\nA\n", encoding="utf-8")
    return ["batch", str(tmp / "firms.txt"), "-o", str(tmp / "o.csv")]


def _report_suffix(tmp: Path) -> list[str]:
    return ["report", HISENSE, "-o", str(tmp / "r.docx")]


def _report_folder(tmp: Path) -> list[str]:
    return ["report", HISENSE, "-o", str(tmp / "no" / "r.html")]


def _rules_missing(tmp: Path) -> list[str]:
    return ["rules", "check", "--rules", str(tmp / "nothing")]


def _rule_unknown(tmp: Path) -> list[str]:
    return ["rules", "show", "ORI-99"]


def _set_malformed(tmp: Path) -> list[str]:
    return ["whatif", HISENSE, "--set", "financial_strength"]


def _set_none(tmp: Path) -> list[str]:
    return ["whatif", HISENSE]


def _compare_one(tmp: Path) -> list[str]:
    return ["compare", HISENSE]


def _same_file(tmp: Path) -> list[str]:
    shutil.copy(HISENSE, tmp / "h.yaml")
    return ["report", str(tmp / "h.yaml"), "-o", str(tmp / "h.yaml"), "--format", "html"]


def _serve_refusal(tmp: Path) -> list[str]:
    return ["serve", "--host", "0.0.0.0", "--db", str(tmp / "x.db")]


def _against_broken(tmp: Path) -> list[str]:
    return ["rules", "diff", "--against", str(_rules_copy(tmp, _broken_rules)), "--n", "1"]


def _simulate_nothing(tmp: Path) -> list[str]:
    return ["simulate", str(EXAMPLES / "firms.csv")]


def _simulate_bad_set(tmp: Path) -> list[str]:
    return ["simulate", str(EXAMPLES / "firms.csv"), "--set", "rd_intensity=+x%"]


def _batch_semicolons(tmp: Path) -> list[str]:
    (tmp / "firms.csv").write_text("firm_name;rd_resources\nA;4\n", encoding="utf-8")
    return ["batch", str(tmp / "firms.csv"), "-o", str(tmp / "o.csv")]


def _batch_no_field(tmp: Path) -> list[str]:
    (tmp / "firms.csv").write_text("name,size\nA,4\n", encoding="utf-8")
    return ["batch", str(tmp / "firms.csv"), "-o", str(tmp / "o.csv")]


def _profile_refused(tmp: Path) -> list[str]:
    (tmp / "a.yaml").write_text("base: &b {x: 1}\nrd_resources: *b\n", encoding="utf-8")
    return ["recommend", str(tmp / "a.yaml")]


USAGE = {
    "usage-option": ["recommend", HISENSE, "--colour"],
    "usage-argument": ["recommend"],
    "usage-value": ["recommend", HISENSE, "--format", "xml"],
    "usage-number": ["batch", HISENSE, "-o", "x.csv", "--workers", "0"],
    "usage-needs-value": ["whatif", HISENSE, "--set"],
    "usage-command": ["recomend", HISENSE],
    "usage-subcommand": ["rules", "lst"],
    "usage-extra": ["recommend", HISENSE, HAIER],
    "usage-missing-option": ["batch", HISENSE],
}
"""Command lines click refuses: an unknown option or command, a missing argument or option, a bad value."""


ERRORS = {
    "profile": _bad_profile,
    "empty": _empty_profile,
    "malformed": _malformed,
    "batch-missing": _batch_missing,
    "batch-suffix": _batch_suffix,
    "report-suffix": _report_suffix,
    "report-folder": _report_folder,
    "rules-folder": _rules_missing,
    "rule-unknown": _rule_unknown,
    "set-malformed": _set_malformed,
    "set-none": _set_none,
    "compare-one": _compare_one,
    "same-file": _same_file,
    "serve-refusal": _serve_refusal,
    "rules-against-broken": _against_broken,
    "simulate-nothing": _simulate_nothing,
    "simulate-bad-set": _simulate_bad_set,
    "batch-semicolons": _batch_semicolons,
    "batch-no-field": _batch_no_field,
    "profile-alias": _profile_refused,
    **{name: _fixed(*args) for name, args in USAGE.items()},
}


@pytest.mark.parametrize("make", list(ERRORS.values()), ids=list(ERRORS))
def test_every_error_a_command_prints_is_in_chinese(
    run_cli: RunCli, tmp_path: Path, make: Callable[[Path], list[str]]
) -> None:
    result = run_cli(*make(tmp_path), lang="zh")
    assert result.code == 2, result.out  # type: ignore[attr-defined]
    err: str = result.err  # type: ignore[attr-defined]
    assert err.startswith("innopath：错误：")
    assert english_prose(err) == [], err


ERROR_CLASSES = [
    InnopathError(say("no_features_here", cmd="uv run innopath")),
    ProfileError(say("no_such_file", path="x.yaml")),
    RuleBaseError(say("rulebase_missing", directory="rules/", required="paths.yaml")),
    EnvironmentProblem(say("frozendict", version="1.2"), [say("frozendict_fix")]),
    InputRefused(say("input_too_deep", where="x.yaml", depth=4)),
    GitRefError(say("git_bad_ref", ref="'v9'", root="/src")),
    OutputError(say("output_not_writable", target="o.csv", folder="/ro")),
    StoreError(say("store_newer", found=3, latest=2)),
    NotFound(say("store_no_version", id=3, number=2)),
    ReportError(say("pdf_font", packages="fonts-noto-cjk, fonts-wqy-microhei")),
    BatchError(say("batch_all_failed", source="firms.csv", output="o.csv")),
    SummaryTargetError(say("batch_summary_html", target="s.txt")),
]


@pytest.mark.parametrize("error", ERROR_CLASSES, ids=lambda e: type(e).__name__)
def test_every_error_class_has_its_message_in_both_languages(error: InnopathError) -> None:
    assert english_prose(error.render("zh")) == [], error.render("zh")
    assert error.render("en") == str(error) and re.search(r"[a-z]{3,}", str(error))


def test_the_subclasses_of_innopath_error_are_all_checked() -> None:
    def subclasses(cls: type) -> set[type]:
        return {c for s in cls.__subclasses__() for c in (s, *subclasses(s))}

    import innopath.engine.store.schema  # noqa: F401 - registers StoreError

    checked = {type(e) for e in ERROR_CLASSES}
    assert subclasses(InnopathError) - checked == set()


def test_every_error_message_has_both_languages() -> None:
    from innopath.engine.common.errors import _catalogue

    for key, text in _catalogue().items():
        assert set(text) == {"zh", "en"}, key
        # the same values in both (English may leave out a choice's label, its value being English already)
        assert set(re.findall(r"\{(\w+)\}", text["en"])) <= set(re.findall(r"\{(\w+)\}", text["zh"])), key
