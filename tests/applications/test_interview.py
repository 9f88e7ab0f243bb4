"""The interview's file: kept in its format, with every answer, never overwriting another's file."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from innopath.engine.applications.interview.target import claim_new
from innopath.engine.common.errors import InnopathError

UNKNOWN_TO_EVERY_QUESTION = "u\n" * 60
SCRIPT = Path(sys.executable).parent / "innopath"


@pytest.fixture
def answered(tmp_path: Path) -> Path:
    path = tmp_path / "answers.txt"
    path.write_text(UNKNOWN_TO_EVERY_QUESTION, encoding="utf-8")
    return path


def test_a_resumed_json_profile_stays_json(
    tmp_path: Path, answered: Path, run_cli: Callable[..., Any]
) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"firm_name": "A", "core_ip": 3}', encoding="utf-8")
    result = run_cli("ask", "--resume", str(profile), "--answers", str(answered), "--lang", "en")
    assert result.code == 0, result.err
    data = json.loads(profile.read_text(encoding="utf-8"))
    assert data["firm_name"] == "A" and data["core_ip"] == 3 and data["rd_resources"] == "unknown"


def test_resume_keeps_answers_to_questions_it_skips(
    tmp_path: Path, answered: Path, run_cli: Callable[..., Any]
) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("cluster_peers: 0\npeer_rivalry: 4\n", encoding="utf-8")
    result = run_cli("ask", "--resume", str(profile), "--answers", str(answered), "--lang", "en")
    assert result.code == 0, result.err
    saved = yaml.safe_load(profile.read_text(encoding="utf-8"))
    assert saved["cluster_peers"] == 0 and saved["peer_rivalry"] == 4


def test_resume_says_before_writing_that_the_users_comments_will_not_survive(
    tmp_path: Path, answered: Path, run_cli: Callable[..., Any]
) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("# my note\ncore_ip: 3  # checked with the CTO\n", encoding="utf-8")
    result = run_cli("ask", "--resume", str(profile), "--answers", str(answered), "--lang", "en")
    assert result.code == 0, result.err
    flat = " ".join(result.out.split())
    assert "(lines 1, 2) will not survive" in flat
    assert flat.index("will not survive") < flat.index("Answers saved")


def test_our_own_comments_are_not_reported_as_the_users(
    tmp_path: Path, answered: Path, run_cli: Callable[..., Any]
) -> None:
    profile = tmp_path / "p.yaml"
    run_cli("ask", "-o", str(profile), "--answers", str(answered), "--lang", "zh")
    result = run_cli("ask", "--resume", str(profile), "--answers", str(answered), "--lang", "en")
    assert result.code == 0 and "will not survive" not in result.out


def test_resume_into_an_existing_other_file_is_refused(
    tmp_path: Path, answered: Path, run_cli: Callable[..., Any]
) -> None:
    source, existing = tmp_path / "a.yaml", tmp_path / "existing.yaml"
    source.write_text("core_ip: 3\n", encoding="utf-8")
    existing.write_text("core_ip: 1\n", encoding="utf-8")
    result = run_cli("ask", "--resume", str(source), "-o", str(existing), "--answers", str(answered))
    assert result.code == 2 and "the file exists" in result.err
    assert existing.read_text(encoding="utf-8") == "core_ip: 1\n"


def test_a_second_interview_on_the_same_file_is_told(tmp_path: Path) -> None:
    target = tmp_path / "same.yaml"
    assert claim_new(target, tmp_path) == target
    with pytest.raises(InnopathError, match="the file exists"):
        claim_new(target, tmp_path)


def test_default_names_are_claimed_one_by_one(tmp_path: Path) -> None:
    names = [claim_new(None, tmp_path).name for _ in range(3)]
    assert names == ["innopath-answers.yaml", "innopath-answers-2.yaml", "innopath-answers-3.yaml"]


@pytest.mark.parametrize("how", [["-o", "{t}/new.yaml"], ["--resume", "{t}/empty.yaml"]])
def test_an_empty_file_is_an_interview_not_yet_started(
    tmp_path: Path, answered: Path, run_cli: Callable[..., Any], how: list[str]
) -> None:
    (tmp_path / "empty.yaml").touch()
    (tmp_path / "new.yaml").touch()
    result = run_cli("ask", *[a.format(t=tmp_path) for a in how], "--answers", str(answered))
    assert result.code == 0, result.err


@pytest.mark.parametrize("extra", [[], ["--answers", "-"]])
def test_a_closed_stdin_is_a_message_not_a_traceback(tmp_path: Path, extra: list[str]) -> None:
    done = subprocess.run(
        [str(SCRIPT), "ask", "-o", str(tmp_path / "x.yaml"), *extra],
        capture_output=True, text=True, check=False, preexec_fn=lambda: os.close(0),
    )  # fmt: skip
    assert done.returncode == 2 and "标准输入已关闭" in done.stderr  # Chinese by default
    assert "Traceback" not in done.stderr


def test_two_interviews_started_together_on_one_file_one_is_told(tmp_path: Path, answered: Path) -> None:
    target = tmp_path / "same.yaml"
    command = [str(SCRIPT), "ask", "-o", str(target), "--answers", str(answered)]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in "ab"
    ]
    results = sorted((run.wait(timeout=60), run.communicate()[1]) for run in runs)
    assert [code for code, _ in results] == [0, 2] and "the file exists" in results[1][1]


def test_resume_continues_in_the_language_the_interview_was_started_in(
    tmp_path: Path, answered: Path, run_cli: Callable[..., Any]
) -> None:
    profile = tmp_path / "firm.yaml"
    run_cli("ask", "-o", str(profile), "--answers", str(answered), "--lang", "en")
    result = run_cli("ask", "--resume", str(profile), "--answers", str(answered), lang=None)
    assert result.code == 0, result.err
    assert "Resuming" in result.out and "继续" not in result.out
    chosen = run_cli("ask", "--resume", str(profile), "--answers", str(answered), "--lang", "zh", lang=None)
    assert "继续" in chosen.out  # an explicit --lang still wins
