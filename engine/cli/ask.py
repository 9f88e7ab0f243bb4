"""`innopath ask`: interview a person, save the answers after every question, end in a recommendation.

The interview itself is `engine/cli/interview.py`; this module opens and claims the file, starts or resumes
the interview, and shows the recommendation (or writes the report) at the end.
"""

import importlib.util
import signal
import sys
from pathlib import Path
from types import ModuleType
from typing import Annotated

import typer
from rich.console import Console

from innopath.engine.applications.interview.store import (
    load_answers,
    saved_language,
    to_profile,
    user_comments,
)
from innopath.engine.applications.interview.target import DEFAULT_OUTPUT, claim_new, resume_target
from innopath.engine.applications.terminal import plain, print_recommendation
from innopath.engine.cli.interview import (
    EXIT_INTERRUPTED,
    AnswersExhausted,
    Interview,
    script_reader,
    terminal_reader,
)
from innopath.engine.cli.options import Language
from innopath.engine.common.errors import InnopathError, say
from innopath.engine.common.invocation import command_prefix
from innopath.engine.common.text import Lang
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import profile_spec
from innopath.engine.knowledge.questionnaire import (
    Questionnaire,
)

REPORT_MODULE = "innopath.engine.applications.reporting.render"
"""Imported only when `--report` asks for it: the report stack costs start-up time."""


def _report_module(report: Path) -> ModuleType:
    """The report writer, imported only when asked for, and checked before the interview starts (so a bad
    --report never costs a person their interview's end).
    """
    if importlib.util.find_spec(REPORT_MODULE) is None:
        raise InnopathError(
            say("ask_no_report_module", report=report, module=REPORT_MODULE, cmd=command_prefix())
        )
    module = importlib.import_module(REPORT_MODULE)
    check_format = getattr(module, "format_of", None)
    if check_format is not None:
        check_format(report)  # raises InnopathError naming the allowed suffixes
    if report.parent and not report.parent.exists():
        raise InnopathError(say("ask_report_folder", report=report, folder=report.parent))
    return module


def _check_stdin(answers: Path | None) -> None:
    """Fail with a message, not a traceback, when there is no keyboard and no answers to read instead."""
    if sys.stdin is None and (answers is None or str(answers) == "-"):
        raise InnopathError(say("ask_stdin_closed", cmd=command_prefix()))
    if answers is None and not sys.stdin.isatty():
        raise InnopathError(say("ask_not_tty", cmd=command_prefix()))


def ask(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help=f"Where to save the answers (a YAML profile). Default: {DEFAULT_OUTPUT}."
        ),
    ] = None,
    lang: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "-l",
            envvar="INNOPATH_LANG",
            help="Language of the interview. Default: Chinese, or the language a resumed interview was "
            "started in.",
        ),
    ] = None,
    resume: Annotated[
        Path | None,
        typer.Option(
            "--resume", help="Continue a half-finished interview saved in this file (or revise a profile)."
        ),
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Finish by writing the advisory report to this file.")
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="Read the answers from this file, one line per question as it would be typed ('-' for "
            "standard input), for scripts and CI. If it ends at the summary, the summary is confirmed.",
        ),
    ] = None,
) -> None:
    """Interview: answer questions about the firm, then see which paths fit and why; saves every answer."""
    report_module = _report_module(report) if report is not None else None
    _check_stdin(answers)
    questionnaire = Questionnaire(profile_spec())
    if resume is not None:
        given = load_answers(resume, questionnaire)
        comments = user_comments(resume, questionnaire)
        target = resume_target(resume, output)
    else:
        given, comments = {}, []
        target = claim_new(output, Path.cwd())

    console = Console(highlight=False)
    if answers is None:
        # Ctrl-C must stop and save even when a parent started us with SIGINT ignored (a background
        # job of a shell without job control, some CI runners): Python would leave it ignored.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        read = terminal_reader(console)
    elif str(answers) == "-":
        read = script_reader(console, sys.stdin)
    else:
        if not answers.is_file():
            raise InnopathError(say("ask_no_answers_file", path=answers))
        with answers.open(encoding="utf-8") as stream:
            read = script_reader(console, stream)

    chosen: Lang = lang.value if lang is not None else (saved_language(resume) if resume else None) or "zh"
    interview = Interview(given, target, chosen, console, read)
    words = interview.words
    interview.start(resumed=resume is not None)
    if comments:
        lines = ", ".join(map(str, comments[:10]))
        console.print(f"[yellow]{plain(interview.say('comments_lost', path=resume, lines=lines))}[/yellow]")
    interview.save()
    try:
        final = interview.run()
    except (KeyboardInterrupt, EOFError):
        interview.save()
        console.print()
        console.print(
            f"[yellow]{plain(interview.say('interrupted', path=target, cmd=command_prefix()))}[/yellow]"
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except AnswersExhausted:
        interview.save()
        upcoming = questionnaire.next_unanswered(interview.answers)
        where = f" ({upcoming.id})" if upcoming else ""
        raise InnopathError(say("ask_answers_ended", answers=answers, where=where, target=target)) from None

    console.print(f"[green]{plain(words['saved_to'].format(path=target))}[/green]")
    console.print()
    profile = to_profile({**interview.kept, **final})
    print_recommendation(recommend(profile, chosen), console=console)
    if report is not None and report_module is not None:
        report_module.write_report(profile, report, chosen)
        console.print(f"[green]{plain(words['report_written'].format(path=report))}[/green]")
