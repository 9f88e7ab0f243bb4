"""`innopath ask` driven for real: the installed command in a pseudo-terminal (pexpect), as a person uses it.

The interview is answered with the values of an example profile, so the saved file and the final
recommendation can be checked against `innopath recommend` on that example.
"""

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from innopath.engine.applications.interview.store import load_answers
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import FieldType, load_profile, profile_spec, read_profile_data
from innopath.engine.knowledge.questionnaire import Questionnaire
from innopath.reports.labels import labels

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "hisense-2001.yaml"
COMMAND = Path(sys.executable).with_name("innopath")
SPEC = profile_spec()
Q = Questionnaire(SPEC)
PROGRESS = {
    "en": re.compile(r"Question (\d+) of (\d+) · (\w+)"),
    "zh": re.compile(r"第 (\d+) 题 / 共 (\d+) 题 · (\w+)"),
}
PROMPT = "› "

pytestmark = pytest.mark.skipif(
    not COMMAND.exists(), reason=f"the innopath script is not installed at {COMMAND}"
)


def example_answers() -> dict[str, object]:
    data = read_profile_data(EXAMPLE)
    assert isinstance(data, dict)
    return data


def typed(field_id: str, value: object) -> str:
    """How a person would type the example's answer."""
    kind = SPEC.field(field_id).type
    if value is None or value == "unknown":
        return "u"
    if kind == FieldType.SHARE:
        return f"{float(value) * 100:g}%"  # type: ignore[arg-type]
    if kind == FieldType.YESNO:
        return "y" if value else "n"
    return str(value)


def words(lang: str) -> dict[str, str]:
    return labels().group("ask", lang)  # type: ignore[arg-type]


class Session:
    """One run of `innopath ask` in a pseudo-terminal, with a transcript of the screen."""

    def __init__(self, cwd: Path, *args: str, lang: str = "en") -> None:
        env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "COLUMNS": "110", "LINES": "50"}
        env.pop("FORCE_COLOR", None)
        self.lang = lang
        self.child = pexpect.spawn(
            str(COMMAND),
            ["ask", "--lang", lang, *args],
            cwd=str(cwd),
            env=env,
            encoding="utf-8",
            timeout=30,
            dimensions=(50, 110),
        )
        self.screen: list[str] = []

    def expect(self, pattern: object) -> int:
        index = self.child.expect(pattern)
        self.screen.append(
            self.child.before + (self.child.after if isinstance(self.child.after, str) else "")
        )
        return index

    def next_question(self) -> tuple[int, int, str] | None:
        """Wait for the next question (its number, total and field id), or the summary (None)."""
        index = self.expect([PROGRESS[self.lang], re.escape(words(self.lang)["summary_prompt"])])
        if index == 1:
            return None
        match = self.child.match
        self.expect(PROMPT)
        return int(match.group(1)), int(match.group(2)), match.group(3)

    def send(self, line: str) -> None:
        self.child.sendline(line)

    def finish(self) -> int:
        self.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus if self.child.exitstatus is not None else -self.child.signalstatus

    @property
    def transcript(self) -> str:
        return "".join(self.screen)


def answer_all(session: Session, answers: dict[str, object], seen: list[str]) -> None:
    """Answer every question from `answers` until the summary appears."""
    while (question := session.next_question()) is not None:
        _, _, field_id = question
        seen.append(field_id)
        session.send(typed(field_id, answers.get(field_id)))


def recommendation_lines(profile_path: Path, lang: str) -> list[str]:
    result = recommend(load_profile(profile_path), lang)  # type: ignore[arg-type]
    verdicts = labels().group("verdicts", lang)  # type: ignore[arg-type]
    return [f"{path.fit:+.2f}" for path in result.paths] + [verdicts[result.paths[0].verdict]]


def test_whole_interview_with_a_rejected_answer_help_and_why(tmp_path: Path):
    answers = example_answers()
    session = Session(tmp_path, "-o", "firm.yaml", lang="en")
    seen: list[str] = []
    rejected = helped = False
    while (question := session.next_question()) is not None:
        number, total, field_id = question
        seen.append(field_id)
        kind = SPEC.field(field_id).type
        if kind == FieldType.LEVEL and not rejected:
            session.send("7")  # out of range: rejected on the spot, asked again
            session.expect("is out of range: a level is 1 to 5")
            session.expect(PROMPT)
            rejected = True
        if field_id == "rd_intensity":
            session.send("?")
            session.expect(re.escape(SPEC.field(field_id).source or ""))
            session.expect(PROMPT)
            session.send("why")
            session.expect("rule\\(s\\) of the rule base read this answer")
            session.expect(PROMPT)
            helped = True
        session.send(typed(field_id, answers.get(field_id)))
        if kind == FieldType.SHARE:
            session.expect("Read as a percentage: 5% = 0.05")
    assert rejected and helped
    # every question that applies, once, in questionnaire order (the example has cluster peers: none skipped)
    assert seen == [f.id for f in Q.active({k: v for k, v in answers.items() if v != "unknown"})]
    assert total == len(seen)
    session.send("")  # confirm the summary
    session.expect("Answers saved to firm.yaml")
    for expected in recommendation_lines(EXAMPLE, "en"):
        session.expect(re.escape(expected))
    assert session.finish() == 0
    saved = load_profile(tmp_path / "firm.yaml")
    assert saved.answers() == load_profile(EXAMPLE).answers()
    assert saved.firm_name == answers["firm_name"]
    assert "The interview is complete." in (tmp_path / "firm.yaml").read_text(encoding="utf-8")


def test_interrupt_then_resume_go_back_and_edit_in_the_summary(tmp_path: Path):
    answers = example_answers()
    target = tmp_path / "firm.yaml"
    session = Session(tmp_path, "-o", "firm.yaml", lang="zh")
    asked: list[str] = []
    for _ in range(6):
        question = session.next_question()
        assert question is not None
        asked.append(question[2])
        session.send(typed(question[2], answers.get(question[2])))
    question = session.next_question()
    assert question is not None and question[0] == 7
    session.child.send("4")  # half-typed when interrupted: lost, nothing else is
    # Wait for readline to echo it: a SIGINT that lands before readline's select() is only seen at the next
    # key (CPython's readline loop checks signals when select is interrupted), which is not what this tests.
    session.expect("4")
    session.child.sendintr()
    session.expect(r"继续请运行：(uv run )?innopath ask --resume " + re.escape(target.name))
    assert session.finish() == 130
    saved = load_answers(target, Q)
    assert list(saved) == asked
    assert f"第 7 题 / 共 {question[1]} 题（{question[2]}）" in target.read_text(encoding="utf-8")

    resumed = Session(tmp_path, "--resume", "firm.yaml", lang="zh")
    resumed.expect("已答 6 题，从第 7 题")
    again = resumed.next_question()
    assert again is not None and again[2] == question[2]
    resumed.send("back")  # revisit the previous question: its answer is shown and Enter keeps it
    previous = resumed.next_question()
    assert previous is not None and previous[2] == asked[-1]
    assert "当前回答" in resumed.transcript.split("back")[-1]
    resumed.send("")
    rest: list[str] = []
    answer_all(resumed, answers, rest)
    assert rest[0] == question[2] and asked[-1] not in rest
    # edit in the summary: no cluster peers, so the questions gated on them are no longer asked, but their
    # answers stay in the file (never lose what the user typed), and the result is that of the file
    gated = [f.id for f in Q.gates("cluster_peers")]
    resumed.send("cluster_peers")
    edited = resumed.next_question()
    assert edited is not None and edited[2] == "cluster_peers"
    resumed.send("0")
    resumed.expect(re.escape(words("zh")["summary_prompt"]))
    resumed.send("")
    resumed.expect(re.escape(words("zh")["saved_to"].format(path="firm.yaml")))
    final = dict(answers, cluster_peers=0)
    expected_file = tmp_path / "expected.yaml"
    expected_file.write_text(
        "\n".join(
            f"{k}: {v!r}" if isinstance(v, str) else f"{k}: {str(v).lower()}" for k, v in final.items()
        ),
        encoding="utf-8",
    )
    for expected in recommendation_lines(expected_file, "zh"):
        resumed.expect(re.escape(expected))
    assert resumed.finish() == 0
    saved = load_answers(target, Q)
    assert saved["cluster_peers"] == 0 and set(gated) <= set(saved)
    assert load_profile(target).answers() == load_profile(expected_file).answers()


def test_a_killed_interview_keeps_every_answer_given(tmp_path: Path):
    answers = example_answers()
    session = Session(tmp_path, "-o", "firm.yaml")
    asked = []
    for _ in range(3):
        question = session.next_question()
        assert question is not None
        asked.append(question[2])
        session.send(typed(question[2], answers.get(question[2])))
    session.next_question()
    session.child.kill(signal.SIGKILL)
    session.child.close(force=True)
    assert list(load_answers(tmp_path / "firm.yaml", Q)) == asked
    assert not list(tmp_path.glob(".*.part"))


def run(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COMMAND), "ask", "--lang", "en", *args],
        cwd=tmp_path,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def test_without_a_terminal_it_fails_at_once_instead_of_hanging(tmp_path: Path):
    result = run(tmp_path)
    assert result.returncode == 2
    assert "standard input is not a terminal" in result.stderr and "--answers" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


def test_answers_file_runs_the_interview_and_a_short_one_stops_with_the_answers_saved(tmp_path: Path):
    answers = example_answers()
    active = Q.active({k: v for k, v in answers.items() if v != "unknown"})
    lines = [typed(f.id, answers.get(f.id)) for f in active]
    (tmp_path / "answers.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(tmp_path, "--answers", "answers.txt", "-o", "a.yaml")
    assert result.returncode == 0, result.stderr
    assert load_profile(tmp_path / "a.yaml").answers() == load_profile(EXAMPLE).answers()

    result = run(tmp_path, "--answers", "-", "-o", "b.yaml", stdin="\n".join(lines[:5]) + "\n")
    assert result.returncode == 2
    assert f"ended before the interview did ({active[5].id})" in result.stderr
    assert list(load_answers(tmp_path / "b.yaml", Q)) == [f.id for f in active[:5]]

    result = run(tmp_path, "--answers", "answers.txt", "-o", "a.yaml")
    assert result.returncode == 2 and "--resume a.yaml" in result.stderr  # never overwrites a saved interview


def test_report_is_checked_before_the_interview_and_written_after_it(tmp_path: Path):
    answers = example_answers()
    lines = [
        typed(f.id, answers.get(f.id)) for f in Q.active({k: v for k, v in answers.items() if v != "unknown"})
    ]
    (tmp_path / "answers.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad = run(tmp_path, "--answers", "answers.txt", "--report", "advice.doc")
    assert bad.returncode == 2 and ".doc" in bad.stderr and "Question 1" not in bad.stdout
    good = run(tmp_path, "--answers", "answers.txt", "-o", "a.yaml", "--report", "advice.md")
    assert good.returncode == 0, good.stderr
    assert "Report written to advice.md" in good.stdout
    assert str(answers["firm_name"]) in (tmp_path / "advice.md").read_text(encoding="utf-8")
