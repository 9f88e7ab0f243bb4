"""Chinese is the default language: every command's output and every error class reads in Chinese.

The check renders each command in zh and fails on English prose left in it. Not prose, and so allowed: ids
(`rd_resources`, `ORI-01`, `gov_industry_academia`), text in code style, options (`--lang`), file names and
paths, numbers, the command itself (`uv run innopath`), the names of formats (JSON, PDF …), literal answers
the parser accepts (`unknown`, `high`) and what the user wrote (firm names, file names).
"""

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from innopath.engine.applications.batch.records import BatchError
from innopath.engine.applications.reporting.render import ReportError
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

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
HISENSE = str(EXAMPLES / "hisense-2001.yaml")
HAIER = str(EXAMPLES / "haier-1984.yaml")

ALLOWED_WORDS = {
    # formats, the program, literal inputs the parser accepts, units
    "json", "yaml", "yml", "csv", "jsonl", "xlsx", "parquet", "html", "md", "pdf",
    "uv", "run", "innopath", "git",
    "unknown", "high", "low", "medium", "yes", "no", "utf", "gbk", "sudo", "apt", "get", "install", "fonts",
    "noto", "cjk", "wqy", "microhei", "schema", "pip", "frozendict", "experta", "python", "tool", "sync",
    "sqlite", "postgresql", "id", "mycin", "rd", "asic", "ip",
    "and", "or", "not", "markdown",  # the condition language of `rules show` (rules/README.md)
}  # fmt: skip
USER_TEXT = [
    "Hisense ASIC design centre",
    "Qingdao General Refrigerator Factory (Haier's forerunner)",
    "haier-1984",
    "hisense-2001",
]
NOT_PROSE = [
    re.compile(r"`[^`]*`"),  # code style
    re.compile(r"'[^']*'"),  # what the user wrote, quoted back
    re.compile(r"(?:uv run )?innopath(?: [a-z]+)*"),  # a command to type
    re.compile(r"\[[a-z_]+\]"),
    re.compile(r"(?<![\w-])--?[a-z][a-z-]*"),  # options
    re.compile(r"\S*[/\\]\S*"),  # paths
    re.compile(
        r"\b[\w.-]+\.(?:ya?ml|json|jsonl|csv|xlsx|parquet|html|md|pdf|feature|docx|txt)\b"
    ),  # file names
    re.compile(r"(?<!\w)\.[a-z]{2,5}\b"),  # file suffixes
    re.compile(r"\b[A-Z]{2,4}-\d{2,3}\b"),  # rule ids
    re.compile(r"\b[A-Z][A-Z0-9]*[A-Z](?:-[A-Z0-9]+)*\b"),  # names in capitals: CDMA, TD-SCDMA, NUMMI
    re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b"),  # field, fact and path ids
    re.compile(r"\b[a-z]+(?:-[a-z]+)+\b"),  # check names (shared-answer)
    re.compile(r"\b[0-9a-f]{12}\b"),  # rule-base version
    re.compile(r"\b(?:original|import_absorb)\b"),
]


def english_prose(text: str) -> list[str]:
    """English words left in `text` once ids, code, options, paths and user text are taken out."""
    text = " ".join(text.split())  # a line wrapped in the terminal reads as one
    for user in USER_TEXT:
        text = text.replace(user, " ")
    for pattern in NOT_PROSE:
        text = pattern.sub(" ", text)
    words = re.findall(r"[A-Za-z]{2,}", text)
    return [w for w in words if w.lower() not in ALLOWED_WORDS]


RunCli = Callable[..., object]

COMMANDS = {
    "recommend": ["recommend", HISENSE],
    "recommend-haier": ["recommend", HAIER],
    "whatif": ["whatif", HISENSE, "--set", "financial_strength=2", "--set", "tech_availability=high"],
    "whatif-unchanged": ["whatif", HISENSE, "--set", "financial_strength=4"],
    "compare": ["compare", HAIER, HISENSE],
    "sensitivity": ["sensitivity", HISENSE],
    "rules list": ["rules", "list"],
    "rules show": ["rules", "show", "XC-14"],
    "rules check": ["rules", "check"],
    "validate zh": ["validate", str(ROOT / "features" / "zh")],
    "rules stats": ["rules", "stats", "--n", "20"],
    "validate": ["validate"],
}


@pytest.mark.parametrize("args", list(COMMANDS.values()), ids=list(COMMANDS))
def test_every_command_reads_in_chinese(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(*args, lang="zh")
    assert result.code in (0, 1), result.err  # type: ignore[attr-defined]
    left = english_prose(result.out + result.err)  # type: ignore[attr-defined]
    assert left == [], f"English in the zh output of {' '.join(args)}: {sorted(set(left))}"


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
