"""What a batch run passes around: a raw input row, its outcome, the run's tally; the format limits."""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from innopath.engine.common.errors import InnopathError, Joined, Phrase, ProfileError, say

FORMATS = (".csv", ".jsonl", ".xlsx", ".parquet")
CHUNK_ROWS = 32
"""Rows per task sent to a worker: large enough to amortise pickling, small enough for smooth progress."""
IN_FLIGHT_PER_WORKER = 3
"""Chunks queued per worker; bounds memory (`Pool.imap` would read the whole input ahead)."""
RECOMMENDABLE = ("recommended", "possible")
MAX_GROUPS = 40
"""Groups shown in the summary; the smallest beyond this are folded into one."""
OTHER_GROUP = "\x00other"
ALL_GROUP = "\x00all"
SHARED_TOP = "\x00shared"
"""The summary's top-path key of a firm whose recommendable first place is shared by several paths."""


class BatchError(InnopathError):
    """A batch input or output that cannot be used at all (the run stops, exit status 2)."""


@dataclass(frozen=True)
class RawRow:
    """One firm row as read: its row number, its cells by column name, or why it could not be read (worded
    in the run's language when the row's outcome is made).
    """

    number: int
    cells: dict[str, Any]
    problem: Phrase | None = None


def row_error(number: int, exc: ProfileError) -> Phrase:
    """The error column of a row the profile model refuses: the row number and each field's problem. Every
    path (row by row, columnar, frames) words it here, so their outputs agree word for word.
    """
    if exc.detail_phrases:
        return say("batch_row_error", n=number, detail=Joined(tuple(exc.detail_phrases), "detail_sep"))
    if isinstance(exc.phrase, Phrase):
        return exc.phrase  # it names the row itself (`where=batch_row(number)`)
    return say("batch_row_error", n=number, detail=exc.phrase)


def batch_row(number: int) -> Phrase:
    """The words "row N": where a batch row's answers came from, as a profile error names it."""
    return say("batch_row", n=number)


@dataclass(frozen=True)
class Outcome:
    """What the engine made of one row: the output values, or the error that stopped it."""

    number: int
    firm_name: str
    top_path: str = ""
    top_verdict: str = ""
    top_shared: str = ""
    """The paths sharing first place, ";"-joined in path order; "" when one path is first alone."""
    fits: tuple[float, ...] = ()
    verdicts: tuple[str, ...] = ()
    combination: str = ""
    error: str = ""


@dataclass
class Summary:
    """Counts over the whole run; small however many rows (one counter per group)."""

    path_ids: tuple[str, ...]
    by: str | None = None
    rows: int = 0
    succeeded: int = 0
    failed: int = 0
    first_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    top_paths: dict[str, Counter[str]] = field(default_factory=dict)
    """group -> top path ("" = none recommendable, `SHARED_TOP` = first place shared) -> rows; group ""
    when no --by (`top_key`)."""
    verdicts: dict[str, Counter[str]] = field(default_factory=dict)
    """path -> verdict -> rows."""

    def add(self, outcome: Outcome, group: str) -> None:
        self.rows += 1
        if outcome.error:
            self.failed += 1
            if len(self.first_errors) < 20:
                self.first_errors.append(outcome.error)
            return
        self.succeeded += 1
        self.top_paths.setdefault(group, Counter())[top_key(outcome.top_path, outcome.top_shared)] += 1
        for path_id, verdict in zip(self.path_ids, outcome.verdicts, strict=True):
            self.verdicts.setdefault(path_id, Counter())[verdict] += 1


def top_key(top_path: str, top_shared: str) -> str:
    """What the summary counts a firm under: its top path, "" when no path is recommendable, or
    `SHARED_TOP` when its recommendable first place is shared.

    A shared first place is a bar of its own rather than a firm split equally among the leaders: the summary
    counts firms, each count can be checked against the output (rows with that `top_path` and an empty
    `top_shared`), and a leader named in `top_path` is only the first listed of equals, not the evidence's
    choice. Which paths share it is in each row's `top_shared`.
    """
    if top_path and top_shared:
        return SHARED_TOP
    return top_path


def checked_format(path: Path, role: str) -> str:
    """The file's suffix, when it is a format batch reads and writes."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        given = suffix or "no suffix"
        raise BatchError(
            say(
                "batch_suffix",
                path=path,
                role=say(f"role_{role}") if role in ("input", "output") else role,
                given=given,
            )
        )
    return suffix
