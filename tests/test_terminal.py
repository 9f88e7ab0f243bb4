from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innopath.engine.applications.terminal import plain

NAMES = ["A/B [/x]", "haier [qingdao branch]", "[link=http://evil]x[/link]", "red\x1b[31m team"]
SHOWN = ["A/B [/x]", "haier [qingdao branch]", "[link=http://evil]x[/link]", "red team"]


@pytest.mark.parametrize(("name", "shown"), list(zip(NAMES, SHOWN, strict=True)))
@pytest.mark.parametrize(
    "command",
    [
        ["recommend", "{p}"],
        ["compare", "{p}", "{p}"],
        ["whatif", "{p}", "--set", "core_ip=4"],
        ["sensitivity", "{p}"],
    ],
)
def test_user_text_reaches_the_terminal_as_written(
    tmp_path: Path, run_cli: Callable[..., Any], command: list[str], name: str, shown: str
) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text(f'firm_name: "{name}"\ncore_ip: 3\ncluster_peers: 0\n'.replace("\x1b", "\\e"))
    result = run_cli(*[a.format(p=profile) for a in command], "--lang", "en")
    assert result.code == 0, result.err
    assert shown in " ".join(result.out.split()) and "\x1b" not in result.out


def test_plain_escapes_markup_and_strips_control_characters() -> None:
    assert plain("a [b]\x00\x1b[2J") == "a \\[b]"
