"""Output rows to CSV, JSONL, .xlsx or Parquet: one `write(values)` per row; the file appears on success."""

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from innopath.engine.applications.batch.records import Outcome, checked_format
from innopath.engine.common.files import atomic_writer


def output_columns(path_ids: Sequence[str], by: str | None) -> list[str]:
    """The output's columns, the same in every format: `top_path` is the first path when it is recommendable
    ("" when none is), `top_verdict` the first path's verdict, `top_shared` every path sharing first place
    (";"-joined in path order, whatever their verdict; "" when one path is first alone).
    """
    extra = [by] if by and by != "firm_name" else []
    fits = [f"{p}_fit" for p in path_ids]
    verdicts = [f"{p}_verdict" for p in path_ids]
    return [
        "row",
        "firm_name",
        *extra,
        "top_path",
        "top_verdict",
        "top_shared",
        *fits,
        *verdicts,
        "combination",
        "error",
    ]


def output_values(outcome: Outcome, group: str | None, path_ids: Sequence[str]) -> list[Any]:
    extra = [group] if group is not None else []
    fits: list[Any] = list(outcome.fits) or [None] * len(path_ids)
    verdicts: list[Any] = list(outcome.verdicts) or [None] * len(path_ids)
    return [
        outcome.number, outcome.firm_name, *extra, outcome.top_path, outcome.top_verdict,
        outcome.top_shared, *fits, *verdicts, outcome.combination, outcome.error,
    ]  # fmt: skip


Writer = Callable[[list[Any]], None]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may read as the start of a formula (OWASP, CSV injection)."""


def csv_safe(value: Any) -> Any:
    """A text cell a spreadsheet will show as text: one starting like a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


@contextmanager
def _csv_writer(path: Path, columns: list[str]) -> Iterator[Writer]:
    with atomic_writer(path) as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        yield lambda values: writer.writerow([csv_safe(v) for v in values])


@contextmanager
def _jsonl_writer(path: Path, columns: list[str]) -> Iterator[Writer]:
    with atomic_writer(path) as handle:

        def write(values: list[Any]) -> None:
            record = {c: (None if v == "" else v) for c, v in zip(columns, values, strict=True)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

        yield write


@contextmanager
def _xlsx_writer(path: Path, columns: list[str]) -> Iterator[Writer]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("results")
    sheet.append(columns)

    def cell(value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value or None if isinstance(value, str) else value
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.startswith(FORMULA_START):  # a firm called "=..." is text, never a formula
            text = WriteOnlyCell(sheet, value=value)
            text.data_type = "s"
            return text
        return value

    yield lambda values: sheet.append([cell(v) for v in values])
    with atomic_writer(path, "wb") as handle:
        book.save(handle)


PARQUET_PART_ROWS = 50_000
"""Rows buffered before they go to a part file; the parts are joined into one file at the end (streamed)."""


@contextmanager
def _parquet_writer(path: Path, columns: list[str]) -> Iterator[Writer]:
    import polars as pl

    schema = {c: pl.Int64 if c == "row" else pl.Float64 if c.endswith("_fit") else pl.String for c in columns}
    buffer: list[list[Any]] = []
    with tempfile.TemporaryDirectory(prefix=f".{path.name}.", dir=path.parent) as parts:
        written: list[Path] = []

        def flush() -> None:
            frame = pl.DataFrame(
                [[None if v == "" else v for v in row] for row in buffer], schema=schema, orient="row"
            )
            written.append(Path(parts) / f"{len(written):06d}.parquet")
            frame.write_parquet(written[-1])
            buffer.clear()

        def write(values: list[Any]) -> None:
            buffer.append(values)
            if len(buffer) >= PARQUET_PART_ROWS:
                flush()

        yield write
        if buffer or not written:
            flush()
        joined = Path(parts) / "joined.parquet"
        pl.scan_parquet(written).sink_parquet(joined)
        os.replace(joined, path)  # the parts folder sits beside the target: one file system


def open_writer(path: Path, columns: list[str]) -> Any:
    """A context manager yielding `write(values)`; the file appears under `path` only on success."""
    suffix = checked_format(path, "output")
    writers = {
        ".csv": _csv_writer,
        ".jsonl": _jsonl_writer,
        ".xlsx": _xlsx_writer,
        ".parquet": _parquet_writer,
    }
    return writers[suffix](path, columns)
