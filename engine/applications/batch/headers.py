"""Finding the header of a real spreadsheet: column names as field ids or as the profile's own labels (zh or
en), below a title row or two, and saying so when no column names a field at all.
"""

import difflib
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from innopath.engine.applications.batch.records import BatchError
from innopath.engine.common.errors import Phrase, say
from innopath.engine.common.safeparse import printable
from innopath.engine.knowledge.profile import profile_spec

SHORT_LABEL = re.compile(r"[（(:：]")
"""A label's short form ends where its explanation starts: 自有研发资源（人员、实验室、资金）的充足程度."""
HEADER_SEARCH_ROWS = 5
"""Rows looked at for the header: a title (or a merged title cell) and a blank line above it are common."""


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


@cache
def column_names() -> dict[str, str]:
    """Every accepted column name (field id, Chinese label, English label), normalised, -> its field id."""
    names: dict[str, str] = {}
    for spec in profile_spec().fields:
        for name in (spec.id, spec.label.zh, spec.label.en):
            names.setdefault(_key(name), spec.id)
            names.setdefault(_key(SHORT_LABEL.split(name, maxsplit=1)[0]), spec.id)
    return names


def clean_header(header: Sequence[Any]) -> list[str]:
    """The cells of a header row as names: stripped, BOM removed, labels mapped to their field ids."""
    cells = ["" if h is None else printable(str(h)).strip().lstrip("\ufeff") for h in header]
    return [column_names().get(_key(c), c) if c else "" for c in cells]


def _fields_named(columns: Sequence[str]) -> int:
    ids = set(profile_spec().ids)
    return sum(1 for c in columns if c in ids)


def find_header(path: Path, first_rows: Sequence[Sequence[Any]]) -> tuple[int, list[str], list[Phrase]]:
    """Which of the first rows names the columns: (its index, the column names, notes for the run).

    The header is the first row naming at least one profile field; rows above it are skipped with a note.
    When none does, the run stops, naming the columns seen and the closest field ids.
    """
    for index, row in enumerate(first_rows[:HEADER_SEARCH_ROWS]):
        columns = clean_header(row)
        if _fields_named(columns):
            notes = [say("batch_note_skipped", last=index, header=index + 1)] if index else []
            if index == 1:
                notes = [say("batch_note_skipped_one")]
            return index, columns, notes
    seen = [c for c in clean_header(first_rows[0]) if c] if first_rows else []
    raise BatchError(say("batch_no_field_column", path=path), _no_field_details(seen))


def _no_field_details(seen: list[str]) -> list[Phrase]:
    shown = ", ".join(repr(c[:40]) for c in seen[:20]) or say("none_seen")
    closest = sorted(
        {m for c in seen for m in difflib.get_close_matches(_key(c), column_names(), n=1, cutoff=0.5)}
    )
    hint = ", ".join(column_names()[m] for m in closest[:10])
    return [
        say("batch_columns_seen", shown=shown),
        say("batch_closest_fields", hint=hint) if hint else say("batch_name_columns"),
        say("batch_accepted_names"),
    ]
