"""Input rows from CSV, JSONL, .xlsx or Parquet, streamed, with row numbers as a person sees them in the file.

Parquet has no header row: its rows are numbered from 1, as JSONL lines are.

Real spreadsheets are met as they are: a CSV in GB18030/GBK (what Excel saves on a Chinese Windows
machine) is detected and read, a header in the profile's own labels or below a title row is found
(`headers.find_header`), and every sheet but the one read is named in a note. Limits keep any one file from
exhausting the machine: a cell over `MAX_CELL_CHARS` or a JSONL line over `MAX_ROW_BYTES` is a bad row (the
run goes on), and an .xlsx whose parts expand beyond `MAX_XLSX_PART_BYTES` is refused before it is parsed.
"""

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from innopath.engine.applications.batch.headers import HEADER_SEARCH_ROWS, find_header
from innopath.engine.applications.batch.records import BatchError, RawRow, batch_row, checked_format
from innopath.engine.common.errors import InnopathError, Joined, Phrase, say
from innopath.engine.common.invocation import command_prefix
from innopath.engine.common.safeparse import MAX_PROFILE_BYTES, load_untrusted_json

MAX_CELL_CHARS = 128 * 1024
"""The longest cell read (csv's own field limit): a firm's answer is never near it."""
MAX_ROW_BYTES = MAX_PROFILE_BYTES
MAX_XLSX_PART_BYTES = 256 * 1024 * 1024
"""The largest part of an .xlsx once unzipped; a sheet of 100,000 firms is well under it."""
MAX_XLSX_RATIO = 200
"""Compression beyond this (for parts over a few MB) is a zip bomb, not a spreadsheet."""
ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass
class InputRows:
    """An open input: its header (None for JSONL), the rows, and how far through the file we are."""

    columns: list[str] | None
    rows: Iterator[RawRow]
    done: Callable[[], float | None]
    """Fraction of the input read so far, or None when it cannot be known."""
    notes: list[Phrase] = field(default_factory=list)
    """What the run should tell the user about how the file was read (encoding, skipped rows, sheets)."""
    found_while_reading: Callable[[], list[Phrase]] = list
    """Notes known only once the rows have been read (formulas without a saved value)."""


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _is_blank(cells: Iterable[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in cells)


def _check_header(path: Path, number: int, columns: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    for index, name in enumerate(columns, 1):
        if name and name in seen:
            raise BatchError(
                say("batch_column_twice", path=path, row=number, name=repr(name), a=seen[name], b=index)
            )
        seen[name] = index
    return columns


def _zip_row(number: int, columns: list[str], values: Sequence[Any]) -> RawRow:
    if len(values) > len(columns) and not _is_blank(values[len(columns) :]):
        problem = say("batch_row_cells", n=number, cells=len(values), columns=len(columns))
        return RawRow(number, {}, problem)
    cells = {c: _clean(v) for c, v in zip(columns, values, strict=False) if c}
    return _capped(RawRow(number, cells))


def _capped(row: RawRow) -> RawRow:
    """A row with a cell longer than `MAX_CELL_CHARS` becomes a bad row (its content is not kept)."""
    for name, value in row.cells.items():
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            problem = say(
                "batch_row_cell_long",
                n=row.number,
                name=name,
                size=f"{len(value):,}",
                most=f"{MAX_CELL_CHARS:,}",
            )
            return RawRow(row.number, {}, problem)
    return row


def _header_of(path: Path, first: list[Sequence[Any]]) -> tuple[int, list[str], list[Phrase]]:
    """The header among the first rows read: (its index, its columns, notes)."""
    if not first:
        raise BatchError(say("batch_empty", path=path))
    if all(_is_blank(r) for r in first):
        raise BatchError(say("batch_header_blank", path=path, cmd=command_prefix()))
    index, columns, notes = find_header(path, first)
    return index, _check_header(path, index + 1, columns), notes


# --- CSV ---


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as it, else GB18030 (a superset of GBK)."""
    for encoding in ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with open(path, "rb") as raw:
                while chunk := raw.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise BatchError(say("batch_encoding", path=path))


def _csv_values(
    path: Path, reader: Iterator[list[str]], start: int
) -> Iterator[tuple[int, list[str] | Phrase]]:
    """(row number, cells) per CSV record; a record that breaks the CSV rules is (number, problem)."""
    number = start
    while True:
        number += 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield number, say("batch_row_csv", n=number, problem=exc)
            continue
        yield number, values


def _check_separator(path: Path, cells: list[str] | Phrase) -> None:
    if isinstance(cells, list) and len(cells) == 1 and (";" in cells[0] or "\t" in cells[0]):
        sep = say("sep_semicolon") if ";" in cells[0] else say("sep_tabs")
        raise BatchError(say("batch_separator", path=path, sep=sep))


@contextmanager
def _open_csv(path: Path) -> Iterator[InputRows]:
    size = max(path.stat().st_size, 1)
    encoding = detect_encoding(path)
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        reader = csv.reader(text)
        records = _csv_values(path, reader, 0)
        first = list(islice(records, HEADER_SEARCH_ROWS))
        _check_separator(path, first[0][1] if first else [])
        index, columns, notes = _header_of(path, [v if isinstance(v, list) else [] for _, v in first])
        broken = next((v for _, v in first[: index + 1] if isinstance(v, Phrase)), None)
        if broken is not None:
            raise BatchError(say("batch_broken_header", path=path, problem=broken))
        if encoding != "utf-8-sig":
            notes.insert(0, say("batch_note_gb18030", name=path.name))

        def rows() -> Iterator[RawRow]:
            for number, values in chain(first[index + 1 :], records):
                if isinstance(values, Phrase):
                    yield RawRow(number, {}, values)
                elif not _is_blank(values):
                    yield _zip_row(number, columns, values)

        yield InputRows(columns, rows(), lambda: raw.tell() / size, notes)


# --- JSONL ---


def _lines(raw: io.BufferedReader) -> Iterator[bytes | None]:
    """The file's lines, each at most `MAX_ROW_BYTES`; None for a longer one (skipped, never held whole)."""
    while line := raw.readline(MAX_ROW_BYTES + 1):
        if len(line) > MAX_ROW_BYTES and not line.endswith(b"\n"):
            while (rest := raw.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_row(number: int, line: bytes | None) -> RawRow | None:
    if line is None:
        return RawRow(number, {}, say("batch_row_bytes", n=number, most=f"{MAX_ROW_BYTES:,}"))
    try:
        text = line.decode("utf-8").lstrip("\ufeff").strip()
    except UnicodeDecodeError:
        return RawRow(number, {}, say("batch_row_not_utf8", n=number))
    if not text:
        return None
    try:
        data = load_untrusted_json(text, batch_row(number))
    except InnopathError as exc:
        return RawRow(number, {}, _one_line(number, exc))
    if not isinstance(data, dict):
        kind = type(data).__name__
        shown = say(f"json_{kind}") if f"json_{kind}" in JSON_KINDS else kind
        return RawRow(number, {}, say("batch_row_not_object", n=number, kind=shown))
    return _capped(RawRow(number, {str(k): _clean(v) for k, v in data.items()}))


JSON_KINDS = ("json_list", "json_str", "json_int", "json_float", "json_bool", "json_NoneType")
"""What a JSONL line holds instead of an object, by Python type, worded in reports/errors.yaml."""


def _one_line(number: int, exc: InnopathError) -> Phrase:
    """A JSONL row's parse error without the line number (the row is one line)."""
    phrase = exc.phrase
    if not isinstance(phrase, Phrase):
        return say("batch_row_error", n=number, detail=phrase)
    if phrase.key == "input_json":
        return say("batch_row_json", n=number, problem=phrase.params["problem"])
    if phrase.key == "input_twice":
        return say("batch_row_twice", n=number, name=phrase.params["name"])
    if "line" in phrase.params:
        return Phrase(phrase.key, {**phrase.params, "line": ""})
    return phrase


@contextmanager
def _open_jsonl(path: Path) -> Iterator[InputRows]:
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as raw:

        def rows() -> Iterator[RawRow]:
            for number, line in enumerate(_lines(raw), 1):
                row = _jsonl_row(number, line)
                if row is not None:
                    yield row

        yield InputRows(None, rows(), lambda: raw.tell() / size)


# --- .xlsx ---


def check_xlsx_parts(path: Path) -> None:
    """Refuse an .xlsx whose parts would expand past the limits, before openpyxl parses any of them."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise BatchError(
            say("batch_xlsx_unreadable", path=path, problem=f"{type(exc).__name__}: {exc}")
        ) from None
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > MAX_XLSX_PART_BYTES or (part.file_size > 8 << 20 and ratio > MAX_XLSX_RATIO):
            raise BatchError(
                say(
                    "batch_xlsx_bomb",
                    path=path,
                    part=part.filename,
                    size=f"{part.file_size:,}",
                    ratio=f"{ratio:,.0f}",
                )
            )


@contextmanager
def _open_xlsx(path: Path, sheet_name: str | None = None) -> Iterator[InputRows]:
    # imported here: openpyxl costs start-up time the other formats need not pay
    from openpyxl import load_workbook

    check_xlsx_parts(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and XML errors alike for a bad file
        raise BatchError(
            say("batch_xlsx_unreadable", path=path, problem=f"{type(exc).__name__}: {exc}")
        ) from None
    try:
        sheet, notes = _pick_sheet(path, book, sheet_name)
        values = sheet.iter_rows(values_only=True)
        written = formulas[sheet.title].iter_rows(values_only=True)
        first = list(islice(values, HEADER_SEARCH_ROWS))
        first_written = list(islice(written, len(first)))
        index, columns, header_notes = _header_of(path, first)
        notes += header_notes
        total = sheet.max_row if isinstance(sheet.max_row, int) and sheet.max_row > 1 else None
        position = [index + 1]
        uncached: list[Phrase] = []

        def rows() -> Iterator[RawRow]:
            as_written = chain(first_written[index + 1 :], written)
            for number, row in enumerate(chain(first[index + 1 :], values), index + 2):
                position[0] = number
                uncached.extend(_uncached_formulas(number, columns, row, next(as_written, ())))
                if not _is_blank(row):
                    yield _zip_row(number, columns, row)

        def found() -> list[Phrase]:
            return [_uncached_note(path, uncached)] if uncached else []

        yield InputRows(columns, rows(), lambda: position[0] / total if total else None, notes, found)
    finally:
        book.close()
        formulas.close()


UNCACHED_SHOWN = 5
"""How many cells without a saved formula value the note names."""


def _uncached_formulas(
    number: int, columns: list[str], values: Sequence[Any], written: Sequence[Any]
) -> list[Phrase]:
    """The cells of a row holding a formula whose value the workbook never saved (openpyxl reads None)."""
    return [
        say(
            "batch_cell_at",
            n=number,
            column=columns[i] if i < len(columns) else say("batch_column_n", i=i + 1),
        )
        for i, (value, formula) in enumerate(zip(values, written, strict=False))
        if value is None and isinstance(formula, str) and formula.startswith("=")
    ]


def _uncached_note(path: Path, cells: list[Phrase]) -> Phrase:
    shown: Phrase | Joined = Joined(tuple(cells[:UNCACHED_SHOWN]))
    if len(cells) > UNCACHED_SHOWN:
        shown = say("list_more", items=shown)
    return say("batch_note_uncached", name=path.name, n=len(cells), shown=shown)


def _pick_sheet(path: Path, book: Any, name: str | None) -> tuple[Any, list[Phrase]]:
    """The sheet named by --sheet, or the first; a note names the sheets not read."""
    names = list(book.sheetnames)
    if name is not None and name not in names:
        raise BatchError(say("batch_no_sheet", path=path, name=name, names=", ".join(names)))
    chosen = name or names[0]
    others = [n for n in names if n != chosen]
    notes = [say("batch_note_sheets", name=path.name, chosen=repr(chosen), others=", ".join(others))]
    return book[chosen], notes if others else []


@contextmanager
def _open_parquet(path: Path) -> Iterator[InputRows]:
    # imported here: only Parquet needs polars in this module
    import polars as pl

    try:
        scan = pl.scan_parquet(path)
        names = list(scan.collect_schema())
        total = scan.select(pl.len()).collect().item()
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise BatchError(
            say("batch_parquet_unreadable", path=path, problem=f"{type(exc).__name__}: {exc}")
        ) from None
    _, columns, notes = _header_of(path, [names])
    position = [0]

    def rows() -> Iterator[RawRow]:
        for frame in scan.collect_batches(chunk_size=10_000):
            for values in frame.iter_rows():
                position[0] += 1
                if not _is_blank(values):
                    yield _zip_row(position[0], columns, values)

    yield InputRows(columns, rows(), lambda: position[0] / total if total else None, notes)


@contextmanager
def open_rows(path: Path, sheet: str | None = None) -> Iterator[InputRows]:
    """Open a batch input for streaming; errors that make the whole file unusable raise `BatchError`."""
    suffix = checked_format(path, "input")
    if not path.exists():
        raise BatchError(say("batch_no_file", path=path))
    if path.is_dir():
        raise BatchError(say("batch_folder", path=path))
    if sheet is not None and suffix != ".xlsx":
        raise BatchError(say("batch_sheet_only_xlsx", sheet=sheet))
    if suffix == ".xlsx":
        with _open_xlsx(path, sheet) as rows:
            yield rows
        return
    opener = {".csv": _open_csv, ".jsonl": _open_jsonl, ".parquet": _open_parquet}[suffix]
    with opener(path) as rows:
        yield rows
