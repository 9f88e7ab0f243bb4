"""A half-finished or finished interview, kept as an ordinary YAML profile.

The file is a profile `innopath recommend` reads as it is: a question answered "unknown" is written as
`unknown`, a question not yet asked is left out. Where the interview stopped is therefore the first
question that applies and is absent; a comment at the top says so for a person opening the file. Every
save is atomic (`write_text_atomic`), so an interruption loses at most the answer being typed.
"""

from collections.abc import Mapping
from pathlib import Path

import yaml

from innopath.engine.common.errors import ProfileError
from innopath.engine.common.files import write_text_atomic
from innopath.engine.common.text import Lang
from innopath.engine.knowledge.profile import (
    UNKNOWN_WORDS,
    Answer,
    ProfileBase,
    parse_profile,
    read_profile_data,
)
from innopath.engine.knowledge.questionnaire import Questionnaire
from innopath.reports.labels import labels

UNKNOWN = "unknown"


def load_answers(path: Path, questionnaire: Questionnaire) -> dict[str, Answer | None]:
    """The answers of a saved interview (or any profile file): known values, None for "unknown".

    The file is validated as a profile first, so a hand-edited file with a bad answer fails with the
    field named and what it allows.
    """
    data = read_profile_data(path)
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ProfileError(f"{path}: expected a mapping of field: answer, got {type(data).__name__}")
    profile = parse_profile(data, where=str(path))
    answers: dict[str, Answer | None] = {}
    for spec in questionnaire.fields:
        if spec.id not in data:
            continue
        raw = data[spec.id]
        unknown = raw is None or (isinstance(raw, str) and raw.strip().lower() in UNKNOWN_WORDS)
        answers[spec.id] = None if unknown else getattr(profile, spec.id)
    return answers


def to_profile(answers: Mapping[str, Answer | None]) -> ProfileBase:
    """The validated profile the engine runs on (unknown and unasked answers are both left out)."""
    return parse_profile({k: v for k, v in answers.items() if v is not None}, where="answers")


def render(answers: Mapping[str, Answer | None], questionnaire: Questionnaire, lang: Lang) -> str:
    """The file's text: a header saying where the interview stands, then one line per question asked,
    in questionnaire order, each with its label as a comment.
    """
    words = labels().group("ask", lang)
    upcoming = questionnaire.next_unanswered(answers)
    lines = [f"# {words['file_header']}"]
    if upcoming is None:
        lines.append(f"# {words['file_complete']}")
    else:
        position = questionnaire.position(upcoming.id, answers)
        lines.append(
            "# "
            + words["file_stopped"].format(number=position.number, total=position.total, field=upcoming.id)
        )
    for spec in questionnaire.fields:
        if spec.id not in answers:
            continue
        value = answers[spec.id]
        line = yaml.safe_dump(
            {spec.id: UNKNOWN if value is None else value}, allow_unicode=True, width=10_000
        )
        lines.append(f"{line.rstrip()}  # {spec.label(lang)}")
    return "\n".join(lines) + "\n"


def save_answers(
    path: Path, answers: Mapping[str, Answer | None], questionnaire: Questionnaire, lang: Lang
) -> None:
    """Write the interview so far, atomically."""
    write_text_atomic(path, render(answers, questionnaire, lang))
