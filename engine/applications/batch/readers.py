"""Input rows from CSV, JSONL, .xlsx or Parquet, streamed, with row numbers as a person sees them in the file.

Parquet has no header row: its rows are numbered from 1, as JSONL lines are.
"""

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innopath.engine.applications.batch.records import BatchError, RawRow, checked_format


@dataclass
class InputRows:
    """An open input: its header (None for JSONL), the rows, and how far through the file we are."""

    columns: list[str] | None
    rows: Iterator[RawRow]
    done: Callable[[], float | None]
    """Fraction of the input read so far, or None when it cannot be known."""


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _is_blank(cells: Iterable[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in cells)


def _check_header(path: Path, header: Sequence[Any]) -> list[str]:
    columns = ["" if h is None else str(h).strip().lstrip("\ufeff") for h in header]
    if not any(columns):
        raise BatchError(f"{path}: row 1 must name the columns (profile field ids, see `innopath schema`)")
    seen: dict[str, int] = {}
    for index, name in enumerate(columns, 1):
        if name and name in seen:
            where = f"columns {seen[name]} and {index}"
            raise BatchError(f"{path}: row 1: column {name!r} appears twice ({where})")
        seen[name] = index
    return columns


def _zip_row(number: int, columns: list[str], values: Sequence[Any]) -> RawRow:
    if len(values) > len(columns) and not _is_blank(values[len(columns) :]):
        problem = f"row {number}: {len(values)} cells, but the header names {len(columns)} columns"
        return RawRow(number, {}, problem)
    return RawRow(number, {c: _clean(v) for c, v in zip(columns, values, strict=False) if c})


@contextmanager
def _open_csv(path: Path) -> Iterator[InputRows]:
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        reader = csv.reader(text)
        try:
            header = next(reader, None)
        except UnicodeDecodeError:
            raise BatchError(f"{path}: not UTF-8 text; save the file as CSV UTF-8") from None
        except csv.Error as exc:
            raise BatchError(f"{path}: row 1: malformed CSV: {exc}") from None
        if header is None:
            raise BatchError(f"{path}: the file is empty; row 1 must name the columns")
        columns = _check_header(path, header)
        if len(columns) == 1 and (";" in columns[0] or "\t" in columns[0]):
            sep = "';'" if ";" in columns[0] else "tabs"
            raise BatchError(f"{path}: row 1 is separated by {sep}; save the file with commas (CSV UTF-8)")

        def rows() -> Iterator[RawRow]:
            number = 1
            while True:
                number += 1
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except UnicodeDecodeError:
                    message = f"{path}: row {number}: not UTF-8 text; save the file as CSV UTF-8"
                    raise BatchError(message) from None
                except csv.Error as exc:
                    raise BatchError(f"{path}: row {number}: malformed CSV: {exc}") from None
                if not _is_blank(values):
                    yield _zip_row(number, columns, values)

        yield InputRows(columns, rows(), lambda: raw.tell() / size)


@contextmanager
def _open_jsonl(path: Path) -> Iterator[InputRows]:
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as raw:

        def rows() -> Iterator[RawRow]:
            for number, line in enumerate(raw, 1):
                try:
                    text = line.decode("utf-8").lstrip("\ufeff").strip()
                except UnicodeDecodeError:
                    yield RawRow(number, {}, f"row {number}: not UTF-8 text")
                    continue
                if not text:
                    continue
                try:
                    data = json.loads(text)
                except json.JSONDecodeError as exc:
                    yield RawRow(number, {}, f"row {number}: malformed JSON: {exc.msg} (column {exc.colno})")
                    continue
                if not isinstance(data, dict):
                    kind = type(data).__name__
                    yield RawRow(
                        number, {}, f"row {number}: expected a JSON object of field: answer, got {kind}"
                    )
                    continue
                yield RawRow(number, {str(k): _clean(v) for k, v in data.items()})

        yield InputRows(None, rows(), lambda: raw.tell() / size)


@contextmanager
def _open_xlsx(path: Path) -> Iterator[InputRows]:
    # imported here: openpyxl costs start-up time the other formats need not pay
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and XML errors alike for a bad file
        raise BatchError(f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheet = book.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        header = next(values, None)
        if header is None:
            raise BatchError(f"{path}: the first sheet is empty; row 1 must name the columns")
        columns = _check_header(path, header)
        total = sheet.max_row if isinstance(sheet.max_row, int) and sheet.max_row > 1 else None
        position = [1]

        def rows() -> Iterator[RawRow]:
            for number, row in enumerate(values, 2):
                position[0] = number
                if not _is_blank(row):
                    yield _zip_row(number, columns, row)

        yield InputRows(columns, rows(), lambda: position[0] / total if total else None)
    finally:
        book.close()


@contextmanager
def _open_parquet(path: Path) -> Iterator[InputRows]:
    # imported here: only Parquet needs polars in this module
    import polars as pl

    try:
        scan = pl.scan_parquet(path)
        names = list(scan.collect_schema())
        total = scan.select(pl.len()).collect().item()
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise BatchError(f"{path}: not a readable Parquet file ({type(exc).__name__}: {exc})") from None
    columns = _check_header(path, names)
    position = [0]

    def rows() -> Iterator[RawRow]:
        for frame in scan.collect_batches(chunk_size=10_000):
            for values in frame.iter_rows():
                position[0] += 1
                if not _is_blank(values):
                    yield _zip_row(position[0], columns, values)

    yield InputRows(columns, rows(), lambda: position[0] / total if total else None)


@contextmanager
def open_rows(path: Path) -> Iterator[InputRows]:
    """Open a batch input for streaming; errors that make the whole file unusable raise `BatchError`."""
    suffix = checked_format(path, "input")
    if not path.exists():
        raise BatchError(f"{path}: no such file")
    if path.is_dir():
        raise BatchError(f"{path}: is a folder, expected a .csv, .jsonl, .xlsx or .parquet file")
    opener = {".csv": _open_csv, ".jsonl": _open_jsonl, ".xlsx": _open_xlsx, ".parquet": _open_parquet}[
        suffix
    ]
    with opener(path) as rows:
        yield rows
