"""A half-finished or finished interview, kept as an ordinary YAML (or JSON) profile.

The file is a profile `innopath recommend` reads as it is: a question answered "unknown" is written as
`unknown`, a question not yet asked is left out. Where the interview stopped is therefore the first
question that applies and is absent; a comment at the top says so for a person opening the file. Every
save is atomic (`write_text_atomic`), so an interruption loses at most the answer being typed. A resumed
`.json` file stays JSON; answers to questions the interview skips are kept. A person's own comments are not
(`user_comments` finds them so the interview can say so before it writes).
"""

import json
import re
from collections.abc import Mapping
from pathlib import Path

import yaml

from innopath.engine.common.errors import ProfileError, say
from innopath.engine.common.files import write_text_atomic
from innopath.engine.common.invocation import command_prefix
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
    if is_blank(path):
        return {}  # an empty file is an interview not yet started
    data = read_profile_data(path)
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ProfileError(say("not_mapping", where=path, got=type(data).__name__))
    profile = parse_profile(data, where=str(path))
    answers: dict[str, Answer | None] = {}
    for spec in questionnaire.fields:
        if spec.id not in data:
            continue
        raw = data[spec.id]
        unknown = raw is None or (isinstance(raw, str) and raw.strip().lower() in UNKNOWN_WORDS)
        answers[spec.id] = None if unknown else getattr(profile, spec.id)
    return answers


def saved_language(path: Path) -> Lang | None:
    """The language an interview file was written in, told by its first line (the header `render`
    writes in the interview's language); None for a file innopath did not write.
    """
    try:
        with path.open(encoding="utf-8-sig") as stream:
            first = stream.readline().strip()
    except (OSError, UnicodeDecodeError):
        return None
    for lang in ("zh", "en"):
        if first == f"# {labels().get('ask', 'file_header', lang)}":
            return lang
    return None


def is_blank(path: Path) -> bool:
    """Whether `path` is an existing file holding nothing but white space."""
    if not path.is_file() or path.stat().st_size > 4096:
        return False
    return not path.read_bytes().strip()


TRAILING_COMMENT = re.compile(r"\s#\s?(.*)$")


def user_comments(path: Path, questionnaire: Questionnaire) -> list[int]:
    """Line numbers of comments in a YAML file that `render` did not write (so a rewrite would lose them)."""
    if path.suffix.lower() == ".json" or not path.is_file():
        return []
    ours = {text for lang in ("zh", "en") for text in _our_comments(questionnaire, lang)}
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        stripped = line.strip()
        comment = stripped[1:].strip() if stripped.startswith("#") else None
        if comment is None and (match := TRAILING_COMMENT.search(line)):
            comment = match.group(1).strip()
        if comment and comment not in ours and not comment.startswith(_stopped_prefixes()):
            found.append(number)
    return found


def _our_comments(questionnaire: Questionnaire, lang: Lang) -> list[str]:
    words = labels().group("ask", lang)
    return [words["file_header"], words["file_complete"], *(f.label(lang) for f in questionnaire.fields)]


def _stopped_prefixes() -> tuple[str, ...]:
    return tuple(labels().group("ask", lang)["file_stopped"].split("{")[0] for lang in ("zh", "en"))


def to_profile(answers: Mapping[str, Answer | None]) -> ProfileBase:
    """The validated profile the engine runs on (unknown and unasked answers are both left out)."""
    return parse_profile({k: v for k, v in answers.items() if v is not None}, where="answers")


def render(
    answers: Mapping[str, Answer | None],
    questionnaire: Questionnaire,
    lang: Lang,
    kept: Mapping[str, Answer | None] | None = None,
) -> str:
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
            + words["file_stopped"].format(
                number=position.number, total=position.total, field=upcoming.id, cmd=command_prefix()
            )
        )
    everything = {**(kept or {}), **answers}
    for spec in questionnaire.fields:
        if spec.id not in everything:
            continue
        value = everything[spec.id]
        line = yaml.safe_dump(
            {spec.id: UNKNOWN if value is None else value}, allow_unicode=True, width=10_000
        )
        lines.append(f"{line.rstrip()}  # {spec.label(lang)}")
    return "\n".join(lines) + "\n"


def render_json(answers: Mapping[str, Answer | None], questionnaire: Questionnaire) -> str:
    """The file's text as JSON: the answers in questionnaire order (JSON has no comments)."""
    ordered = {f.id: answers[f.id] for f in questionnaire.fields if f.id in answers}
    data = {k: UNKNOWN if v is None else v for k, v in ordered.items()}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_file(
    path: Path,
    answers: Mapping[str, Answer | None],
    questionnaire: Questionnaire,
    lang: Lang,
    kept: Mapping[str, Answer | None] | None = None,
) -> str:
    """What `save_answers` writes: JSON for a .json file, else YAML; `kept`: answers to skipped questions."""
    if path.suffix.lower() == ".json":
        return render_json({**(kept or {}), **answers}, questionnaire)
    return render(answers, questionnaire, lang, kept)


def save_answers(
    path: Path,
    answers: Mapping[str, Answer | None],
    questionnaire: Questionnaire,
    lang: Lang,
    kept: Mapping[str, Answer | None] | None = None,
) -> None:
    """Write the interview so far, atomically, in the file's own format, with the skipped answers `kept`."""
    write_text_atomic(path, render_file(path, answers, questionnaire, lang, kept))
