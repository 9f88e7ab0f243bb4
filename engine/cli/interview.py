"""The interview in a terminal: one question at a time, help and why on request, each answer saved at once.

The logic (order, skips, parsing, why) is in `engine/knowledge/questionnaire.py`, the file format in
`engine/applications/interview/`, the words in `reports/labels.yaml` (group `ask`); this module only talks to
the terminal, or to an `--answers` file standing in for the keyboard.
"""

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table

from innopath.engine.applications.interview.store import (
    save_answers,
)
from innopath.engine.applications.terminal import plain
from innopath.engine.common.invocation import command_prefix
from innopath.engine.common.text import Lang
from innopath.engine.knowledge.profile import Answer, FieldSpec, FieldType, profile_spec
from innopath.engine.knowledge.questionnaire import (
    COMBINATION,
    GENERAL,
    Note,
    Questionnaire,
    WhyIndex,
    parse_answer,
    show_answer,
)
from innopath.engine.knowledge.rulebase import shipped_rulebase
from innopath.reports.labels import labels

EXIT_INTERRUPTED = 130
ANSI_CODE = re.compile(r"\x1b\[[0-9;]*m")


class AnswersExhausted(Exception):
    """The `--answers` file ran out before the interview ended."""


Reader = Callable[[str], str]
"""Reads one line after showing a prompt (rich markup); raises KeyboardInterrupt/EOFError like input()."""


def terminal_reader(console: Console) -> Reader:
    """input() with line editing; the styled prompt is handed to readline, its colour codes marked as
    zero-width, so that readline knows where the line starts (else an empty answer redraws over the prompt).
    """
    try:
        import readline  # noqa: F401  (line editing and history for input())

        zero_width = True
    except ImportError:  # pragma: no cover - not on every platform
        zero_width = False

    def read(prompt: str) -> str:
        with console.capture() as captured:
            console.print(prompt, end="")
        rendered = captured.get()
        if zero_width:
            rendered = ANSI_CODE.sub(lambda m: f"\001{m.group(0)}\002", rendered)
        return input(rendered)

    return read


def script_reader(console: Console, stream: TextIO) -> Reader:
    """Lines of an answers file in place of the keyboard, echoed so the transcript reads like a session."""
    lines: Iterator[str] = iter(stream.read().splitlines())

    def read(prompt: str) -> str:
        line = next(lines, None)
        if line is None:
            raise AnswersExhausted
        console.print(prompt + plain(line))
        return line

    return read


class Interview:
    """One interview: shows questions, reads answers, saves after every one, ends with a confirmed summary."""

    def __init__(
        self,
        answers: dict[str, Answer | None],
        output: Path,
        lang: Lang,
        console: Console,
        read: Reader,
    ) -> None:
        self.questionnaire = Questionnaire(profile_spec())
        self.why_index = WhyIndex(shipped_rulebase(), self.questionnaire)
        self.kept: dict[str, Answer | None] = {}
        """Answers to questions the interview now skips: never asked, never lost, restored if they apply."""
        self.answers: dict[str, Answer | None] = self.settle(answers)
        self.output = output
        self.lang = lang
        self.console = console
        self.read = read
        self.words: dict[str, str] = labels().group("ask", lang)
        self._shown_section: str | None = None

    # -- wording --------------------------------------------------------------------------------------

    def say(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def note(self, note: Note) -> str:
        return self.say(note.key, **note.values)

    def answer_text(self, spec: FieldSpec, value: Answer | None) -> str:
        """An answer as the person reads it: yes/no in words, a level with its meaning."""
        if value is None:
            return self.words["unknown"]
        if spec.type == FieldType.YESNO:
            return self.words["yes" if value else "no"]
        shown = show_answer(spec, value, self.lang) or ""
        if spec.type == FieldType.LEVEL and isinstance(value, int):
            return f"{shown} · {self.questionnaire.spec.levels[value](self.lang)}"
        return shown

    def hint(self, spec: FieldSpec) -> str:
        if spec.type == FieldType.CHOICE:
            return self.say("hint_choice", max=len(spec.choices))
        return self.words[f"hint_{spec.type.value}"]

    # -- the interview --------------------------------------------------------------------------------

    def settle(self, answers: dict[str, Answer | None]) -> dict[str, Answer | None]:
        """The answers to questions that apply; the rest move to `kept` (and back, when they apply again)."""
        everything = {**self.kept, **answers}
        settled = self.questionnaire.prune(everything)
        self.kept = {k: v for k, v in everything.items() if k not in settled}
        return settled

    def save(self) -> None:
        save_answers(self.output, self.answers, self.questionnaire, self.lang, self.kept)

    def run(self) -> dict[str, Answer | None]:
        """Ask until every question that applies is answered and the summary is confirmed."""
        current = self.questionnaire.next_unanswered(self.answers)
        while True:
            while current is not None:
                if self.ask(current) == "back":
                    previous = self.questionnaire.previous(current.id, self.answers)
                    if previous is None:
                        self.console.print(f"[yellow]{self.words['back_first']}[/yellow]")
                    else:
                        current = previous
                    continue
                current = self.questionnaire.next_unanswered(self.answers)
            current = self.summary()
            if current is None:
                self.save()
                return self.answers

    def start(self, resumed: bool) -> None:
        active = self.questionnaire.active(self.answers)
        self.console.print(Rule(f"[bold]{self.words['title']}[/bold]"))
        upcoming = self.questionnaire.next_unanswered(self.answers)
        if resumed and upcoming is None:
            self.console.print(self.say("resumed_complete", path=plain(self.output)))
        elif resumed and upcoming is not None:
            position = self.questionnaire.position(upcoming.id, self.answers)
            self.console.print(
                self.say(
                    "resumed",
                    path=plain(self.output),
                    answered=len(self.answers),
                    number=position.number,
                    total=position.total,
                )
            )
        else:
            sections = len(self.questionnaire.spec.sections)
            self.console.print(
                self.say("intro", total=len(active), sections=sections, path=plain(self.output))
            )
        self.console.print(f"[dim]{self.words['controls']}[/dim]")

    def show_section(self, spec: FieldSpec) -> None:
        if spec.section == self._shown_section:
            return
        self._shown_section = spec.section
        sections = self.questionnaire.spec.sections
        index = next(i for i, s in enumerate(sections) if s.id == spec.section)
        title = self.say(
            "section", number=index + 1, total=len(sections), title=sections[index].title(self.lang)
        )
        self.console.print()
        self.console.print(Rule(f"[bold cyan]{title}[/bold cyan]", align="left", style="cyan"))

    def show_question(self, spec: FieldSpec) -> None:
        self.show_section(spec)
        position = self.questionnaire.position(spec.id, self.answers)
        progress = self.say("progress", number=position.number, total=position.total)
        self.console.print()
        self.console.print(f"[dim]{progress} · {spec.id}[/dim]")
        self.console.print(f"[bold]{escape(spec.label(self.lang))}[/bold]")
        if spec.type == FieldType.LEVEL:
            scale = self.questionnaire.spec.levels
            self.console.print(
                "  " + "   ".join(f"[cyan]{n}[/cyan] {scale[n](self.lang)}" for n in sorted(scale))
            )
        elif spec.type == FieldType.CHOICE:
            for number, choice in enumerate(spec.choices, start=1):
                self.console.print(
                    f"  [cyan]{number}[/cyan] {escape(choice.label(self.lang))} [dim]({choice.value})[/dim]"
                )
        if spec.id in self.answers:
            value = self.answer_text(spec, self.answers[spec.id])
            self.console.print(f"  [green]{escape(self.say('current', value=value))}[/green]")

    def prompt(self, spec: FieldSpec) -> str:
        hint = escape(f"{self.hint(spec)} · {self.words['hint_commands']}")
        return f"[bold]{self.words['prompt']}[/bold] [dim]({hint})[/dim] › "

    def ask(self, spec: FieldSpec) -> str:
        """Ask one question until it gets an answer ("answered") or the person goes back ("back")."""
        self.show_question(spec)
        while True:
            parsed = parse_answer(spec, self.read(self.prompt(spec)), has_current=spec.id in self.answers)
            if parsed.error is not None:
                self.console.print(f"  [red]✗ {escape(self.note(parsed.error))}[/red]")
                continue
            match parsed.command:
                case "help":
                    self.show_help(spec)
                    continue
                case "why":
                    self.show_why(spec)
                    continue
                case "back":
                    return "back"
                case "keep":
                    return "answered"
            self.answers[spec.id] = parsed.value
            self.answers = self.settle(self.answers)
            self.save()
            if parsed.command == "unknown":
                self.console.print(f"  [yellow]? {self.words['recorded_unknown']}[/yellow]")
            elif parsed.note is not None:
                self.console.print(f"  [green]✓ {escape(self.note(parsed.note))}[/green]")
            return "answered"

    def show_help(self, spec: FieldSpec) -> None:
        lines = [
            f"[bold]{self.words['help_title']}[/bold]  {escape(spec.help(self.lang))}",
            f"[bold]{self.words['source']}[/bold]  {escape(spec.source or self.words['no_source'])}",
            f"[bold]{self.words['allowed']}[/bold]  {escape(self.hint(spec))}",
            f"[dim]{escape(self.words['controls'])}[/dim]",
        ]
        for line in lines:
            self.console.print(f"  {line}")

    def show_why(self, spec: FieldSpec) -> None:
        why = self.why_index.why(spec.id)
        rulebase = self.why_index.rulebase
        self.console.print(f"  [bold]{self.words['why_title']}[/bold]")
        if not why.groups:
            self.console.print(f"  {self.words['why_none']}")
        else:
            self.console.print(f"  {self.say('why_intro', count=why.rule_count)}")
        for key, uses in why.groups:
            if key == GENERAL:
                heading = self.words["why_general"]
            elif key == COMBINATION:
                heading = self.words["why_combination"]
            else:
                heading = f"{rulebase.path(key).name(self.lang)} ({key})"
            self.console.print(f"  [bold cyan]{escape(heading)}[/bold cyan]")
            for use in uses:
                sign, style = {"for": ("+", "green"), "against": ("−", "red")}.get(
                    use.direction or "", ("·", "blue")
                )
                via = ""
                if use.via:
                    named = [
                        self.say("why_not", fact=a.label(self.lang))
                        if a.fact in use.negated
                        else a.label(self.lang)
                        for a in use.via
                    ]
                    facts = self.say("why_via", facts=", ".join(named))
                    via = f" [dim]{escape(facts)}[/dim]"
                source = f"[dim]\\[{escape(use.rule.source)}][/dim]"
                self.console.print(f"    [{style}]{sign} {use.rule.id}[/{style}] {source}{via}")
                self.console.print(Padding(escape(use.rule.because(self.lang)), (0, 0, 0, 6)))
        if why.gates:
            self.console.print(
                f"  {escape(self.say('why_gates', fields=', '.join(g.id for g in why.gates)))}"
            )
        if why.groups:
            self.console.print(f"  [dim]{escape(self.say('why_hint', cmd=command_prefix()))}[/dim]")

    def summary(self) -> FieldSpec | None:
        """Show every answer; return the question to change, or None when the person confirms."""
        active = self.questionnaire.active(self.answers)
        table = Table(title=self.words["summary_title"], title_justify="left", show_lines=False)
        table.add_column("#", justify="right", style="cyan")
        table.add_column(self.words["summary_question"], overflow="fold")
        table.add_column(self.words["summary_answer"], overflow="fold")
        for number, spec in enumerate(active, start=1):
            value = self.answers.get(spec.id)
            shown = escape(self.answer_text(spec, value))
            table.add_row(
                str(number), escape(spec.label(self.lang)), f"[dim]{shown}[/dim]" if value is None else shown
            )
        for spec in self.questionnaire.skipped(self.answers):
            table.add_row(
                "",
                f"[dim]{escape(spec.label(self.lang))}[/dim]",
                f"[dim]{self.words['summary_skipped']}[/dim]",
            )
        self.console.print()
        self.console.print(table)
        ids = {spec.id: spec for spec in active}
        while True:
            try:
                typed = self.read(f"[bold]{self.words['summary_prompt']}[/bold] › ").strip()
            except AnswersExhausted:
                return None  # a script that answered every question has nothing left to change
            if not typed:
                return None
            if typed.isdigit() and 1 <= int(typed) <= len(active):
                return active[int(typed) - 1]
            if typed in ids:
                return ids[typed]
            self.console.print(
                f"  [red]✗ {escape(self.say('summary_bad', given=typed, max=len(active)))}[/red]"
            )
