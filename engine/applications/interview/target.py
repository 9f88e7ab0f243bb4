"""Which file an interview saves into, claimed so that no one else's file (or interview) is overwritten.

A new interview creates its file exclusively (`O_EXCL`): of two `ask -o same.yaml` started together, the
second is told the file exists instead of silently losing one interview. A resumed interview saves into the
file it resumed, or into a new `--output` (never an existing one). An empty file counts as not started.
"""

from pathlib import Path

from innopath.engine.applications.interview.store import is_blank
from innopath.engine.common.errors import InnopathError, say
from innopath.engine.common.files import create_exclusive

DEFAULT_OUTPUT = "innopath-answers.yaml"
CLAIMED = "{}\n"
"""What a claimed file holds until the first save: no answers, in YAML and JSON alike, and not blank (so a
second interview started at the same moment is told the file exists)."""


def _exists_message(output: Path) -> str:
    return f"--output {output}: the file exists; continue it with --resume {output}, or choose another name"


def claim_new(output: Path | None, directory: Path) -> Path:
    """Create the file a new interview saves into: `output`, or the first free default name."""
    if output is not None:
        _check_folder(output)
        if is_blank(output):
            return output  # an empty file (e.g. made by `touch`) is an interview not yet started
        try:
            create_exclusive(output, CLAIMED)
        except FileExistsError:
            raise InnopathError(_exists_message(output)) from None
        return output
    stem, number = Path(DEFAULT_OUTPUT).stem, 1
    while True:
        candidate = directory / (DEFAULT_OUTPUT if number == 1 else f"{stem}-{number}.yaml")
        try:
            create_exclusive(candidate, CLAIMED)
            return candidate
        except FileExistsError:
            number += 1


def resume_target(resume: Path, output: Path | None) -> Path:
    """Where a resumed interview saves: the resumed file, or a new `--output` (never an existing file)."""
    if output is None or (output.exists() and output.resolve() == resume.resolve()):
        return resume
    return claim_new(output, output.parent)


def _check_folder(target: Path) -> None:
    if target.parent and not target.parent.exists():
        raise InnopathError(say("ask_output_folder", target=target, folder=target.parent))
