"""Chinese is the default language: every command's output reads in Chinese (every error, error class,
message and label: tests/test_language_errors.py).

The check renders each command in zh and fails on English prose left in it. Not prose, and so allowed: ids
(`rd_resources`, `ORI-01`, `gov_industry_academia`), text in code style, options (`--lang`), file names and
paths, numbers, the command itself (`uv run innopath`), the names of formats (JSON, PDF …), literal answers
the parser accepts (`unknown`, `high`) and what the user wrote (firm names, file names).
"""

import csv
import json
import re
import shutil
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest

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
    "zh", "en",  # language codes (--lang zh)
    "why", "back", "ctrl",  # what the interview accepts besides an answer, and the key that stops it
    "dask", "excel", "windows", "gherkin",  # names of programs and formats
}  # fmt: skip
USER_TEXT = [
    "Hisense ASIC design centre",
    "Qingdao General Refrigerator Factory (Haier's forerunner)",
    "haier-1984",
    "hisense-2001",
    # the invented firms of examples/firms.csv, as the user wrote their names
    *(row["firm_name"] for row in csv.DictReader((EXAMPLES / "firms.csv").read_text("utf-8").splitlines())),
]
INDUSTRIES = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                row["industry"]
                for row in csv.DictReader((EXAMPLES / "firms.csv").read_text("utf-8").splitlines())
            }
        )
    )
    + r")\b"
)
"""The groups of `--by industry` over examples/firms.csv: what the user wrote, shown by batch and simulate."""


def _rule_base_ids() -> frozenset[str]:
    """The ids the rule base defines that are single words (`urgent`, `few`, `standalone`): ids, not prose,
    though the id pattern below cannot tell them from English words.
    """
    from innopath.engine.applications.batch.writers import output_columns
    from innopath.engine.knowledge.rulebase import shipped_rulebase

    rulebase = shipped_rulebase()
    spec = rulebase.spec
    ids = {*spec.ids, *(c.value for f in spec.fields for c in f.choices), *rulebase.path_ids}
    ids |= {*rulebase.assessments, *rulebase.policy.factors}
    ids |= set(output_columns(rulebase.path_ids, None))  # the columns of a batch output: row, error …
    return frozenset(i for i in ids if "_" not in i)


RULE_BASE_IDS = _rule_base_ids()
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
    re.compile(r"\b[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)*\b"),  # names in capitals: CDMA, TD-SCDMA, GB18030
    re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b"),  # environment variables: INNOPATH_LANG
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
    return [w for w in words if w.lower() not in ALLOWED_WORDS and w not in RULE_BASE_IDS]


RunCli = Callable[..., object]

Make = Callable[[Path], list[str]]


def _fixed(*args: str) -> Make:
    return lambda tmp: list(args)


def _rules_copy(tmp: Path, change: Callable[[str], str] = lambda text: text) -> Path:
    """A copy of the shipped rule base, its original.yaml changed by `change`."""
    folder = tmp / "rules"
    shutil.copytree(ROOT / "rules", folder)
    original = folder / "original.yaml"
    original.write_text(change(original.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def _stronger_ori_01(text: str) -> str:
    return text.replace("strength: 0.5", "strength: 0.9", 1)


def _broken_rules(text: str) -> str:
    return text.replace('op: ">="', 'op: "=>"', 1).replace("kind: evidence", "kind: evidenz", 1)


FAILING_FEATURE = """# language: zh-CN
功能: 一个会失败的场景
  场景: 研发资源充足的企业首选跨国并购
    假如 企业回答 rd_resources=4
    当 专家系统给出建议
    那么 首选路径为 跨国并购
    而且 原始的自主创新 的支持理由包括 ORI-04
"""


def _failing_feature(tmp: Path) -> list[str]:
    (tmp / "失败.feature").write_text(FAILING_FEATURE, encoding="utf-8")
    return ["validate", str(tmp / "失败.feature")]


JSONL_ROWS = [
    '{"firm_name": "A", "rd_resources": 7, "competitor_count": "loads"}',
    "[1, 2]",
    '{"firm_name": ',
    '{"firm_name": "B", "rd_resources": 4, "rd_resources": 5}',
    '{"firm_name": "C", "rd_resources": 4, "industri": "chips"}',
]


def _batch_jsonl(tmp: Path) -> list[str]:
    (tmp / "firms.jsonl").write_text("\n".join(JSONL_ROWS) + "\n", encoding="utf-8")
    return ["batch", str(tmp / "firms.jsonl"), "-o", str(tmp / "out.csv")]


COMMANDS: dict[str, Make] = {
    "recommend": _fixed("recommend", HISENSE),
    "recommend-haier": _fixed("recommend", HAIER),
    "whatif": _fixed("whatif", HISENSE, "--set", "financial_strength=2", "--set", "tech_availability=high"),
    "whatif-unchanged": _fixed("whatif", HISENSE, "--set", "financial_strength=4"),
    "compare": _fixed("compare", HAIER, HISENSE),
    "sensitivity": _fixed("sensitivity", HISENSE),
    "rules list": _fixed("rules", "list"),
    "rules show": _fixed("rules", "show", "XC-14"),
    "rules check": _fixed("rules", "check"),
    "rules check broken": lambda tmp: ["rules", "check", "--rules", str(_rules_copy(tmp, _broken_rules))],
    "rules stats": _fixed("rules", "stats", "--n", "20"),
    "rules diff": lambda tmp: [
        "rules", "diff", "--against", str(_rules_copy(tmp, _stronger_ori_01)), "--n", "5",
        "--features", str(ROOT / "features" / "zh"),
    ],
    "validate": _fixed("validate"),
    "validate zh": _fixed("validate", str(ROOT / "features" / "zh")),
    "validate failing": _failing_feature,
    "validate steps": _fixed("validate", "--steps"),
    "batch": lambda tmp: [
        "batch", str(EXAMPLES / "firms.csv"), "-o", str(tmp / "out.csv"), "--summary",
        str(tmp / "summary.html"), "--by", "industry",
    ],
    "batch experta": lambda tmp: [
        "batch", str(EXAMPLES / "firms.xlsx"), "-o", str(tmp / "out.csv"), "--engine", "experta",
        "--workers", "1",
    ],
    "batch jsonl": _batch_jsonl,
    "simulate": lambda tmp: [
        "simulate", str(EXAMPLES / "firms.csv"), "--set", "gov_support=+1", "--by", "industry", "--levers",
        "-o", str(tmp / "sim.csv"), "--summary", str(tmp / "sim-summary.html"),
    ],
    "ask": lambda tmp: _ask(tmp),
    "report": lambda tmp: ["report", HISENSE, "-o", str(tmp / "r.html")],
}  # fmt: skip
"""Every command (and subcommand) in the run a person would make; the text checked is what it prints, the
`error` column of a batch output and the text of a summary page."""


def _ask(tmp: Path) -> list[str]:
    (tmp / "answers.txt").write_text("u\n" * 60, encoding="utf-8")
    return ["ask", "--answers", str(tmp / "answers.txt"), "-o", str(tmp / "acme.yaml")]


def _written(tmp: Path) -> str:
    """What a command wrote that a person reads: error columns of CSV outputs, the text of summary pages (a
    report, for a client, is checked by the report's own tests).
    """
    text = []
    for table in tmp.glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as handle:
            text += [row.get("error") or "" for row in csv.DictReader(handle)]
    for page in tmp.glob("*summary.html"):
        html = re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", page.read_text(encoding="utf-8"))
        text.append(unescape(re.sub(r"<[^>]+>", " ", html)))
    return "\n".join(text)


@pytest.mark.parametrize("make", list(COMMANDS.values()), ids=list(COMMANDS))
def test_every_command_reads_in_chinese(run_cli: RunCli, tmp_path: Path, make: Make) -> None:
    args = make(tmp_path)
    result = run_cli(*args, lang="zh")
    assert result.code in (0, 1), result.err  # type: ignore[attr-defined]
    said = result.out + result.err + _written(tmp_path)  # type: ignore[attr-defined]
    if "--by" in args:
        said = INDUSTRIES.sub(" ", said)
    left = english_prose(said)
    assert left == [], f"English in the zh output of {' '.join(args)}: {sorted(set(left))}"


def test_the_batch_error_column_and_summary_are_chinese(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(*COMMANDS["batch jsonl"](tmp_path), lang="zh")
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as handle:
        errors = [row["error"] for row in csv.DictReader(handle)]
    assert errors[0].startswith("第 1 行：rd_resources：7 不可用")  # row number and field stay in it
    assert errors[1] == "第 2 行：应为“字段: 回答”的 JSON 对象，实际是数组"
    assert errors[2].startswith("第 3 行：JSON 格式有误：")
    assert errors[3] == "第 4 行：'rd_resources' 出现了两次；请保留一个"
    assert errors[4] == ""
    assert "第 1 行：rd_resources：7 不可用" in result.err  # the summary's list  # type: ignore[attr-defined]
    assert "第 5 行：列 'industri' 不是画像字段（是否想写 'industry'？）" in result.err  # type: ignore[attr-defined]


def test_schema_titles_and_descriptions_are_chinese(run_cli: RunCli) -> None:
    """The schema carries both languages by design (x-label, x-help, the accepted words); what a schema
    viewer shows a person — titles and descriptions — is in the language asked for.
    """
    result = run_cli("schema", lang="zh")
    document = json.loads(result.out)  # type: ignore[attr-defined]
    shown = [document["title"], document["description"]]
    shown += [p[key] for p in document["properties"].values() for key in ("title", "description")]
    assert english_prose("\n".join(shown)) == []


def test_every_command_is_in_the_language_test() -> None:
    import typer

    from innopath.engine.cli.app import build_app

    group = typer.main.get_command(build_app([]))
    names = {
        f"{name} {sub}" if sub else name
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for sub in (getattr(command, "commands", None) or [""])
    }
    covered = {" ".join(key.split()[:2]) if key.startswith("rules ") else key.split()[0] for key in COMMANDS}
    covered |= {"schema", "serve"}  # test_schema_titles_and_descriptions…; serve's refusal among ERRORS
    assert names - covered == set()
