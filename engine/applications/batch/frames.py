r"""Input read by polars in blocks of rows, for the fast columnar path of `batch` (plain UTF-8 CSV, Parquet).

The row-by-row readers (`readers.py`) remain the reference: this module reads the same files into frames of
raw cells that say exactly what those readers would have said, or declines the file (`open_frames` returns
None) and the run uses them instead. A CSV is read here only when its records are its lines — valid UTF-8,
no record spanning lines, line ends `\\n` or `\\r\\n`, every line with a quote in strict CSV form — which a
pass over the file checks before the run starts; a GB18030 file, a quoted line break or a stray quote leaves
the file to `readers.py`. The header (title rows above it, labels as column names) is found by the same
code from the same first rows.

Each block is a frame of the raw cells as strings (null for an empty or missing cell), a `row` column with
the row number a person sees, and a `careful` flag for the rows whose cells the frame cannot vouch for: more
cells than the header names, a line long enough to break a CSV limit. Those rows are re-read from their own
line by the row-by-row reader (`raw_rows`), so their outcome, error message included, is the reference's.
"""

import csv
import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from innopath.engine.applications.batch.headers import HEADER_SEARCH_ROWS
from innopath.engine.applications.batch.readers import (
    MAX_CELL_CHARS,
    _check_separator,
    _header_of,
    _is_blank,
    _zip_row,
)
from innopath.engine.applications.batch.records import BatchError, RawRow
from innopath.engine.common.errors import Phrase, say

BLOCK_BYTES = 8 << 20
"""Bytes of CSV per block (about 80,000 firms): flat memory, and polars at full speed."""
PARQUET_BLOCK_ROWS = 100_000
PYTHON_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character `str.strip()` removes (`str.isspace`), so a frame strips exactly as the readers do."""
_FIELD = rb'(?:[^",\r\n]*|"(?:[^"\r\n]|"")*")'
_STRICT_LINE = re.compile(_FIELD + rb"(?:," + _FIELD + rb")*\r?")
_QUOTED_LINE = re.compile(rb'^[^\n]*"[^\n]*$', re.MULTILINE)
_QUOTED_CELL = r'"(?:[^"]|"")*"'
PLAIN_PARQUET_TYPES = (pl.String, pl.Boolean, pl.Null)


@dataclass
class Block:
    """Rows of the input as raw cells: columns `c0`… by position, `row`, `careful`; `lines` for re-reading."""

    frame: pl.DataFrame
    lines: pl.Series | None = None
    """CSV: each row's line (the `row`-th of the file), to re-read a careful row as `readers.py` does."""


@dataclass
class FrameInput:
    """An input opened as frames: its columns (by position), the blocks, how far through the file we are."""

    columns: list[str]
    blocks: Iterator[Block]
    position: list[float] = field(default_factory=lambda: [0.0])
    notes: list[Phrase] = field(default_factory=list)

    def done(self) -> float:
        return self.position[0]


def stripped(expr: pl.Expr) -> pl.Expr:
    """A string column stripped as Python's `str.strip()` strips."""
    return expr.str.strip_chars(PYTHON_WHITESPACE)


_BLANK = "^[" + "".join(f"\\x{{{ord(c):x}}}" for c in PYTHON_WHITESPACE) + "]*$"


def blank(expr: pl.Expr) -> pl.Expr:
    """Whether a raw cell is empty as the readers see it (None, or only whitespace)."""
    return expr.str.contains(_BLANK).fill_null(True)


def _plain_chunk(chunk: bytes) -> bool:
    """Whether every line of `chunk` (whole lines) is one CSV record that polars reads as `csv` does."""
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if b"\x00" in chunk or b"\x1f" in chunk or chunk.count(b"\r") != chunk.count(b"\r\n"):
        return False
    if b'"' in chunk:
        return all(_STRICT_LINE.fullmatch(m.group()) for m in _QUOTED_LINE.finditer(chunk))
    return True


def _whole_lines(raw: io.BufferedReader, size: int) -> Iterator[bytes]:
    """The rest of the file in chunks of about `size` bytes, each ending at a line end (the last may not)."""
    rest = b""
    while data := raw.read(size):
        data = rest + data
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            rest = data
            continue
        rest = data[cut:]
        yield data[:cut]
    if rest:
        yield rest


def plain_csv(path: Path) -> bool:
    """Whether the whole file can be read as frames (one pass over it, before the run)."""
    with open(path, "rb") as raw:
        return all(_plain_chunk(chunk) for chunk in _whole_lines(raw, BLOCK_BYTES))


def _csv_header(path: Path, raw: io.BufferedReader) -> tuple[list[str], int, list[Phrase], int] | None:
    """(columns, lines before the first data line, notes, the byte offset of the first data line); None
    when one of the first lines breaks a CSV limit (the row-by-row reader says which).
    """
    lines: list[bytes] = []
    for _ in range(HEADER_SEARCH_ROWS):
        line = raw.readline()
        if not line:
            break
        lines.append(line)
    text = b"".join(lines).decode("utf-8-sig")
    try:
        parsed = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        return None
    first: list[Sequence[Any]] = list(parsed)
    _check_separator(path, parsed[0] if parsed else [])
    index, columns, notes = _header_of(path, first)
    offset = sum(len(line) for line in lines[: index + 1])
    return columns, index + 1, notes, offset


def _csv_block(chunk: bytes, first_row: int, width: int) -> Block:
    schema = {f"c{i}": pl.String for i in range(width + 1)}
    cells = pl.read_csv(
        chunk,
        has_header=False,
        schema=schema,
        missing_columns="insert",
        truncate_ragged_lines=True,
        quote_char='"',
    )
    lines = pl.read_csv(
        chunk, has_header=False, schema={"line": pl.String}, separator="\x1f", quote_char=None
    ).get_column("line")
    if cells.height != lines.len():
        raise BatchError(say("batch_internal_block"))
    # commas between cells: a quoted cell (strict form, checked by `plain_csv`) is taken out first
    line = pl.col("line")
    commas = (
        lines.to_frame()
        .select(line.str.replace_all(_QUOTED_CELL, "").str.count_matches(",", literal=True).fill_null(0))
        .to_series()
    )
    careful = (commas >= width) | (lines.str.len_bytes().fill_null(0) > MAX_CELL_CHARS)
    frame = cells.drop(f"c{width}").with_columns(
        pl.int_range(first_row, first_row + cells.height, dtype=pl.Int64).alias("row"),
        careful.alias("careful"),
    )
    return Block(frame, lines)


@contextmanager
def _open_csv_frames(path: Path) -> Iterator[FrameInput | None]:
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as raw:
        header = _csv_header(path, raw)
        if header is None:
            yield None
            return
        columns, skipped, notes, offset = header
        raw.seek(offset)
        state = FrameInput(columns, iter(()), notes=notes)

        def blocks() -> Iterator[Block]:
            row = skipped + 1
            for chunk in _whole_lines(raw, BLOCK_BYTES):
                block = _csv_block(chunk, row, len(columns))
                row += block.frame.height
                state.position[0] = raw.tell() / size
                yield block

        state.blocks = blocks()
        yield state


def _parquet_columns(scan: pl.LazyFrame) -> dict[str, pl.DataType]:
    return dict(scan.collect_schema())


@contextmanager
def _open_parquet_frames(path: Path, schema: dict[str, Any]) -> Iterator[FrameInput]:
    scan = pl.scan_parquet(path)
    names = list(schema)
    _, columns, notes = _header_of(path, [names])
    total = max(scan.select(pl.len()).collect().item(), 1)
    state = FrameInput(columns, iter(()), notes=notes)

    def blocks() -> Iterator[Block]:
        row = 1
        for batch in scan.collect_batches(chunk_size=PARQUET_BLOCK_ROWS):
            frame = batch.select(pl.col(n).alias(f"c{i}") for i, n in enumerate(names))
            long = [
                pl.col(f"c{i}").str.len_chars().fill_null(0) > MAX_CELL_CHARS
                for i, n in enumerate(names)
                if schema[n] == pl.String
            ]
            frame = frame.with_columns(
                pl.int_range(row, row + frame.height, dtype=pl.Int64).alias("row"),
                pl.any_horizontal(long or [pl.lit(False)]).alias("careful"),
            )
            row += frame.height
            state.position[0] = (row - 1) / total
            yield Block(frame)

    state.blocks = blocks()
    yield state


@contextmanager
def open_frames(path: Path) -> Iterator[FrameInput | None]:
    """The input as frames, or None when `readers.open_rows` must read it (the format, encoding or shape)."""
    suffix = path.suffix.lower()
    if suffix == ".csv" and path.is_file() and plain_csv(path):
        with _open_csv_frames(path) as frames:
            yield frames
        return
    if suffix == ".parquet" and path.is_file():
        try:
            schema = _parquet_columns(pl.scan_parquet(path))
        except (pl.exceptions.PolarsError, OSError):
            schema = {}
        plain = all(
            dtype in PLAIN_PARQUET_TYPES or dtype.is_integer() or dtype.is_float()
            for dtype in schema.values()
        )
        if schema and plain:
            with _open_parquet_frames(path, schema) as frames:
                yield frames
            return
    yield None


def raw_rows(block: Block, columns: list[str], rows: pl.DataFrame) -> list[RawRow]:
    """The careful rows of a block as the row-by-row reader reads them (cells, or the problem); blank rows
    are left out, as the reader leaves them out.
    """
    out = []
    first = block.frame.item(0, "row")
    for number, values in zip(
        rows.get_column("row").to_list(),
        rows.select(f"c{i}" for i in range(len(columns))).iter_rows(),
        strict=True,
    ):
        if block.lines is None:
            if not _is_blank(values):
                out.append(_zip_row(number, columns, values))
            continue
        line = block.lines[number - first] or ""
        try:
            parsed = next(csv.reader(io.StringIO(line + "\n", newline="")), [])
        except csv.Error as exc:
            out.append(RawRow(number, {}, say("batch_row_csv", n=number, problem=exc)))
            continue
        if not _is_blank(parsed):
            out.append(_zip_row(number, columns, parsed))
    return out
