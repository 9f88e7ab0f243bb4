"""`--help` reads in the user's language: every command and sub-command in Chinese by default (no English
prose, no English metavar), in the code's English with `--lang en`; reports/help.yaml holds a Chinese text
for every command and parameter, translates the English the code has now, and names nothing that is gone.
"""

import re
from collections.abc import Callable
from typing import Any

import pytest
import typer
from test_language import english_prose

from innopath.engine.cli.app import build_app
from innopath.engine.cli.helptext import catalogue, command_tree, in_language

RunCli = Callable[..., Any]


def _tree() -> list[tuple[str, Any]]:
    return list(command_tree(typer.main.get_command(build_app([]))))


TREE = _tree()
PATHS = [path for path, _ in TREE]
CHOICES = re.compile(r"<[\w|]+>")
"""The values of a choice (`<table|json>`): what the user types."""
DEFAULT = re.compile(re.escape(catalogue().rich_utils["DEFAULT_STRING"].zh).replace(r"\{\}", r"[^\]]*"))
"""A default value (`[默认：columnar]`): what the user would type."""
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _args(path: str) -> list[str]:
    return [*path.split()[1:], "--help"]


def _same(text: str | None) -> str:
    return " ".join((text or "").split())


def _chinese_tree() -> list[tuple[str, Any]]:
    tree = typer.main.get_command(build_app([]))
    return list(command_tree(in_language(tree, "zh")))


@pytest.mark.parametrize("path", PATHS)
def test_every_help_page_reads_in_chinese(run_cli: RunCli, path: str) -> None:
    result = run_cli(*_args(path), lang="zh")
    assert result.code == 0, result.err
    shown = DEFAULT.sub(" ", CHOICES.sub(" ", result.out))
    names = list(getattr(dict(TREE)[path], "commands", {}))
    if names:  # the commands of a group's listing are commands to type, as `innopath recommend` is
        shown = re.sub(rf"(?m)^│ (?:{'|'.join(names)}) ", "│ ", shown)
    left = english_prose(shown)
    assert left == [], f"English in `{path} --help`: {sorted(set(left))}\n{result.out}"
    click = catalogue().click
    assert result.out.lstrip().startswith(f"{click.usage.zh}{path} {click.options_metavar.zh}")
    assert click.help_option.zh in result.out


def test_every_metavar_and_usage_word_is_chinese() -> None:
    """What names a value or an argument: `文件`, `字段=值`, `{画像文件}`, `[选项]` — not FILE, FIELD=VALUE,
    {profile}, [OPTIONS] (the prose check lets words in capitals through, as names). N stays N; choices
    stay the values they are.
    """
    from typer._click.core import Context

    english = []
    for path, command in _chinese_tree():
        context = Context(command)
        shown = [param.display_type_rich(ctx=context) for param in command.params]
        shown += [param.metavar for param in command.params if param.param_type_name == "argument"]
        shown += command.collect_usage_pieces(context)
        shown += [getattr(command, "subcommand_metavar", None)]
        words = [w for s in shown if s and not CHOICES.fullmatch(s) for w in re.findall(r"[A-Za-z]{2,}", s)]
        english += [f"{path}: {word}" for word in words]
    assert english == []


def test_every_command_and_parameter_has_its_chinese_help() -> None:
    """A new command, or a new option, without Chinese in reports/help.yaml fails here by name."""
    words = catalogue()
    missing = [path for path in PATHS if path not in words.commands]
    missing += [
        f"{path} {param.name}"
        for path, command in TREE
        for param in command.params
        if words.param(path, param.name) is None
    ]
    assert missing == []


def test_the_chinese_translates_the_english_the_code_has_now() -> None:
    """Each `en` of reports/help.yaml is the English of the code: an edit of the English fails here until
    its Chinese is brought up to date.
    """
    words = catalogue()
    stale = [path for path, command in TREE if _same(words.commands[path].en) != _same(command.help)]
    for path, command in TREE:
        for param in command.params:
            entry = words.param(path, param.name)
            if entry is not None and _same(entry.en) != _same(param.help):
                stale.append(f"{path} {param.name}")
    assert stale == []


def test_every_entry_names_a_real_command_or_parameter() -> None:
    """No stale entries: every command path and parameter of reports/help.yaml exists, every shared
    parameter and metavar is used, every typer word is one typer has, as help.yaml says it in English.
    """
    from typer import rich_utils
    from typer._click.core import Context

    words = catalogue()
    params = {path: {param.name for param in command.params} for path, command in TREE}
    stale = [path for path in words.commands if path not in params]
    stale += [
        f"{path} {name}"
        for path, entry in words.commands.items()
        for name in entry.params
        if name not in params.get(path, set())
    ]
    used = {
        name
        for path, names in params.items()
        for name in names
        if name not in (words.commands[path].params if path in words.commands else {})
    }
    stale += [f"params {name}" for name in words.params if name not in used]
    in_language(typer.main.get_command(build_app([])), "en")  # typer's own words, as typer has them
    shown = {p.display_type_rich(ctx=Context(c)) for _, c in TREE for p in c.params}
    stale += [f"metavars {name}" for name in words.metavars if name not in shown]
    stale += [
        f"rich_utils {name}"
        for name, text in words.rich_utils.items()
        if getattr(rich_utils, name, None) != text.en
    ]
    assert stale == []


@pytest.mark.parametrize("path", PATHS)
def test_help_in_english_is_the_code_english_even_after_chinese(run_cli: RunCli, path: str) -> None:
    command = dict(TREE)[path]
    before = run_cli(*_args(path), lang="en")
    run_cli(*_args(path), lang="zh")
    if any(param.name == "lang" for param in command.params):
        after = run_cli(*_args(path), "--lang", "en", lang=None)
    else:  # a group: INNOPATH_LANG
        after = run_cli(*_args(path), lang="en")
    assert before.code == after.code == 0
    assert after.out == before.out
    assert not CJK.search(after.out), after.out
    said = _same(after.out.replace("│", " "))
    click = catalogue().click
    assert said.startswith(f"{click.usage.en}{path} {click.options_metavar.en}")
    assert click.help_option.en in said
    assert (click.subcommand_metavar.en in said) == hasattr(command, "commands")
    assert ("Commands" in said) == hasattr(command, "commands")
    assert ("Arguments" in said) == any(p.param_type_name == "argument" for p in command.params)
    first_words = " ".join(_same(command.help).split()[:4])
    assert first_words in said


def test_a_missing_argument_is_named_as_the_help_names_it(run_cli: RunCli) -> None:
    zh = run_cli("recommend", lang="zh")
    assert zh.code == 2 and "缺少参数 '画像文件'" in zh.err
    en = run_cli("recommend", lang="en")
    assert en.code == 2 and "Missing argument 'profile'." in en.err
