"""Many firms at once: stream rows from CSV, JSONL or .xlsx through the engine into the same formats.

Rows are read, validated and inferred in bounded chunks, so memory stays flat however large the input:
the reader is a generator, at most a few chunks per worker are in flight, and every writer streams to a temp
file that replaces the output only when the whole run succeeded (`atomic_writer`). With more than one worker
a process pool is used; each worker compiles the engine once (`_init_worker`). Results come back in input
order, so a parallel run writes exactly what a single-worker run writes.

Row numbers are those a person sees in the file: for CSV and .xlsx the header is row 1 and the first firm
row 2; for JSONL the row number is the line number.

A bad row (unreadable, wrong type, out of range) becomes an output row with an error and the run goes on.
A column that is not a profile field is reported once, with the closest field id, and its values ignored
(unless it is the `--by` column, which is grouped on and copied to the output).
"""

import csv
import io
import json
import multiprocessing
import os
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from innopath.engine.common.errors import InnopathError, ProfileError
from innopath.engine.common.files import atomic_writer, write_text_atomic
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.knowledge.profile import (
    UNKNOWN_WORDS,
    FieldType,
    ProfileSpec,
    parse_profile,
    profile_spec,
)
from innopath.engine.knowledge.rulebase import CombineRule, RuleBase, shipped_rulebase

FORMATS = (".csv", ".jsonl", ".xlsx")
CHUNK_ROWS = 32
"""Rows per task sent to a worker: large enough to amortise pickling, small enough for smooth progress."""
IN_FLIGHT_PER_WORKER = 3
"""Chunks queued per worker; bounds memory (`Pool.imap` would read the whole input ahead)."""
RECOMMENDABLE = ("recommended", "possible")
MAX_GROUPS = 40
"""Groups shown in the summary; the smallest beyond this are folded into one."""
OTHER_GROUP = "\x00other"
ALL_GROUP = "\x00all"


class BatchError(InnopathError):
    """A batch input or output that cannot be used at all (the run stops, exit status 2)."""


@dataclass(frozen=True)
class RawRow:
    """One firm row as read: its row number, its cells by column name, or why it could not be read."""

    number: int
    cells: dict[str, Any]
    problem: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What the engine made of one row: the output values, or the error that stopped it."""

    number: int
    firm_name: str
    top_path: str = ""
    top_verdict: str = ""
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
    """group -> top path ("" = none recommendable) -> rows; group "" when no --by."""
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
        self.top_paths.setdefault(group, Counter())[outcome.top_path] += 1
        for path_id, verdict in zip(self.path_ids, outcome.verdicts, strict=True):
            self.verdicts.setdefault(path_id, Counter())[verdict] += 1


# --- reading ---


@dataclass
class InputRows:
    """An open input: its header (None for JSONL), the rows, and how far through the file we are."""

    columns: list[str] | None
    rows: Iterator[RawRow]
    done: Callable[[], float | None]
    """Fraction of the input read so far, or None when it cannot be known."""


def _format(path: Path, role: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        given = suffix or "no suffix"
        raise BatchError(f"{path}: the {role} must be a .csv, .jsonl or .xlsx file, not {given}")
    return suffix


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
def open_rows(path: Path) -> Iterator[InputRows]:
    """Open a batch input for streaming; errors that make the whole file unusable raise `BatchError`."""
    suffix = _format(path, "input")
    if not path.exists():
        raise BatchError(f"{path}: no such file")
    if path.is_dir():
        raise BatchError(f"{path}: is a folder, expected a .csv, .jsonl or .xlsx file")
    opener = {".csv": _open_csv, ".jsonl": _open_jsonl, ".xlsx": _open_xlsx}[suffix]
    with opener(path) as rows:
        yield rows


# --- the engine on one row ---


def _unknown(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in UNKNOWN_WORDS)


def _text_value(value: Any) -> Any:
    """A spreadsheet's number in a text field (a firm called 2001) is still text."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


@cache
def _text_fields() -> frozenset[str]:
    return frozenset(f.id for f in profile_spec().fields if f.type == FieldType.TEXT)


def describe_combination(rulebase: RuleBase, conclusions: Iterable[str]) -> str:
    """The combination cell: `CMB-03 cluster_cooperation+gov_industry_academia parallel; ...`, by rule id."""
    fired = set(conclusions)
    rules = sorted((r for r in rulebase.of_kind(CombineRule) if r.id in fired), key=lambda r: r.id)
    return "; ".join(f"{r.id} {'+'.join(r.paths)} {r.mode}" for r in rules)


def evaluate_row(row: RawRow, engine: Engine) -> Outcome:
    """Validate one row into a profile and run the engine on it; a bad row becomes an error outcome."""
    name = row.cells.get("firm_name")
    firm_name = "" if name is None else str(_text_value(name))
    if row.problem:
        return Outcome(row.number, firm_name, error=row.problem)
    text_fields = _text_fields()
    # An unknown answer is left out rather than passed as None: the same profile, and it sidesteps
    # parse_profile's TypeError on an explicit None for a share field (reported to the core).
    cells = {k: _text_value(v) if k in text_fields else v for k, v in row.cells.items() if not _unknown(v)}
    try:
        profile = parse_profile(cells, where=f"row {row.number}")
    except ProfileError as exc:
        detail = "; ".join(exc.details) if exc.details else exc.message.split(": ", 1)[-1]
        return Outcome(row.number, firm_name, error=f"row {row.number}: {detail}")
    inference = engine.infer(profile.answers())
    path_ids = engine.rulebase.path_ids
    best = inference.ranking[0]
    best_verdict = inference.verdicts[best]
    return Outcome(
        number=row.number,
        firm_name=firm_name,
        top_path=best if best_verdict in RECOMMENDABLE else "",
        top_verdict=best_verdict,
        fits=tuple(round(inference.fits[p], 4) for p in path_ids),
        verdicts=tuple(inference.verdicts[p] for p in path_ids),
        combination=describe_combination(engine.rulebase, inference.conclusions),
    )


def _run_chunk(chunk: list[RawRow]) -> list[Outcome]:
    engine = shipped_engine()
    return [evaluate_row(row, engine) for row in chunk]


def _init_worker() -> None:
    """Compile the engine once per worker; leave Ctrl-C to the parent, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    shipped_engine()


def _chunks(rows: Iterator[RawRow], size: int) -> Iterator[list[RawRow]]:
    chunk: list[RawRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def outcomes(rows: Iterator[RawRow], workers: int) -> Iterator[Outcome]:
    """The outcome of every row, in input order, with at most a few chunks per worker in memory."""
    chunks = _chunks(rows, CHUNK_ROWS)
    if workers <= 1:
        for chunk in chunks:
            yield from _run_chunk(chunk)
        return
    # fork shares the parent's imported modules; the pool is created before any progress thread starts.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=_init_worker) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_run_chunk, (chunk,)))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


# --- writing ---


def output_columns(path_ids: Sequence[str], by: str | None) -> list[str]:
    """The output's columns, the same in every format."""
    extra = [by] if by and by != "firm_name" else []
    fits = [f"{p}_fit" for p in path_ids]
    verdicts = [f"{p}_verdict" for p in path_ids]
    return ["row", "firm_name", *extra, "top_path", "top_verdict", *fits, *verdicts, "combination", "error"]


def output_values(outcome: Outcome, group: str | None, path_ids: Sequence[str]) -> list[Any]:
    extra = [group] if group is not None else []
    fits: list[Any] = list(outcome.fits) or [None] * len(path_ids)
    verdicts: list[Any] = list(outcome.verdicts) or [None] * len(path_ids)
    return [
        outcome.number, outcome.firm_name, *extra, outcome.top_path, outcome.top_verdict,
        *fits, *verdicts, outcome.combination, outcome.error,
    ]  # fmt: skip


Writer = Callable[[list[Any]], None]


@contextmanager
def _csv_writer(path: Path, columns: list[str]) -> Iterator[Writer]:
    with atomic_writer(path) as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        yield lambda values: writer.writerow(["" if v is None else v for v in values])


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
        if value.startswith("="):  # a firm called "=..." is text, never a formula
            text = WriteOnlyCell(sheet, value=value)
            text.data_type = "s"
            return text
        return value

    yield lambda values: sheet.append([cell(v) for v in values])
    with atomic_writer(path, "wb") as handle:
        book.save(handle)


def open_writer(path: Path, columns: list[str]) -> Any:
    """A context manager yielding `write(values)`; the file appears under `path` only on success."""
    suffix = _format(path, "output")
    return {".csv": _csv_writer, ".jsonl": _jsonl_writer, ".xlsx": _xlsx_writer}[suffix](path, columns)


# --- the run ---


def unknown_column_warning(name: str, spec: ProfileSpec, row: int | None = None) -> str:
    """The one report of a column that is not a profile field."""
    where = f"row {row}: " if row is not None else "row 1: "
    hint = spec.closest(name)
    suggestion = f"did you mean {hint!r}?" if hint else "see `innopath schema` for the field ids"
    return f"{where}column {name!r} is not a profile field ({suggestion}); its values are ignored"


def _group_of(value: Any) -> str:
    if value is None:
        return ""
    return str(_text_value(value)).strip()


@dataclass(frozen=True)
class Progress:
    """What a progress display needs after each chunk."""

    rows: int
    fraction: float | None


def run_batch(
    source: Path,
    output: Path,
    workers: int = 1,
    by: str | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Summary:
    """Assess every row of `source` and write one output row per input row, in order, to `output`."""
    _format(output, "output")
    if source.exists() and output.exists() and source.resolve() == output.resolve():
        raise BatchError(f"{output}: the output would replace the input; choose another file name")
    if not output.parent.is_dir():
        raise BatchError(f"{output}: the folder {output.parent} does not exist")
    rulebase = shipped_rulebase()
    spec = rulebase.spec
    known = set(spec.ids)
    summary = Summary(path_ids=rulebase.path_ids, by=by)
    reported: set[str] = set()

    def warn(message: str) -> None:
        summary.warnings.append(message)
        if on_warning:
            on_warning(message)

    with open_rows(source) as table:
        if table.columns is not None:
            if by and by not in table.columns:
                hint = spec.closest(by) if by not in known else None
                near = [c for c in table.columns if c]
                listed = f"did you mean {hint!r}?" if hint and hint in near else f"columns: {', '.join(near)}"
                raise BatchError(f"{source}: --by {by}: no such column; {listed}")
            for name in table.columns:
                if name and name not in known and name != by:
                    reported.add(name)
                    warn(unknown_column_warning(name, spec))

        groups: dict[int, str] = {}

        def profiles() -> Iterator[RawRow]:
            for row in table.rows:
                if by:
                    groups[row.number] = _group_of(row.cells.get(by))
                extra = [k for k in row.cells if k not in known]
                for name in extra:
                    if name not in reported and name != by:
                        reported.add(name)
                        warn(unknown_column_warning(name, spec, row.number))
                if extra:
                    row = RawRow(row.number, {k: v for k, v in row.cells.items() if k in known}, row.problem)
                yield row

        columns = output_columns(rulebase.path_ids, by)
        with open_writer(output, columns) as write:
            for count, outcome in enumerate(outcomes(profiles(), workers), 1):
                group = groups.pop(outcome.number) if by else None
                summary.add(outcome, group or "")
                write(output_values(outcome, group if by and by != "firm_name" else None, rulebase.path_ids))
                if on_progress and (count % CHUNK_ROWS == 0):
                    on_progress(Progress(count, table.done()))
            if on_progress:
                on_progress(Progress(summary.rows, 1.0))
    return summary


# --- the summary report ---


@dataclass(frozen=True)
class Bar:
    """One stacked bar of the chart: a label, its total and its segments (key, rows, start %, width %)."""

    key: str
    total: int
    segments: list[tuple[str, int, float, float]]


def _bar(key: str, counts: Counter[str], order: Sequence[str]) -> Bar:
    total = sum(counts.values())
    segments, start = [], 0.0
    for item in order:
        if counts.get(item):
            width = 100 * counts[item] / total
            segments.append((item, counts[item], round(start, 3), round(width, 3)))
            start += width
    return Bar(key, total, segments)


def _folded_groups(top_paths: dict[str, Counter[str]]) -> list[tuple[str, Counter[str]]]:
    ranked = sorted(top_paths.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    if len(ranked) <= MAX_GROUPS:
        return ranked
    other: Counter[str] = Counter()
    for _, counts in ranked[MAX_GROUPS - 1 :]:
        other.update(counts)
    return [*ranked[: MAX_GROUPS - 1], (OTHER_GROUP, other)]


def render_summary(summary: Summary, source: Path, lang: Lang) -> str:
    """The HTML summary: rows done and failed, top paths overall and by group, each path's verdicts."""
    from innopath.reports.labels import labels

    rulebase = shipped_rulebase()
    top_order = [*summary.path_ids, ""]
    overall: Counter[str] = Counter()
    for counts in summary.top_paths.values():
        overall.update(counts)
    verdict_order = ["recommended", "possible", "undetermined", "not_advised"]
    groups = _folded_groups(summary.top_paths) if summary.by else []
    from innopath.engine.common.templating import environment  # only --summary needs Jinja

    return (
        environment()
        .get_template("batch_summary.html.j2")
        .render(
            lang=lang,
            source=source.name,
            by=summary.by,
            other_group=OTHER_GROUP,
            all_group=ALL_GROUP,
            rulebase_version=rulebase.version,
            rows=summary.rows,
            succeeded=summary.succeeded,
            failed=summary.failed,
            first_errors=summary.first_errors,
            warnings=summary.warnings,
            path_ids=list(summary.path_ids),
            path_names={p: rulebase.path(p).name(lang) for p in summary.path_ids},
            verdict_order=verdict_order,
            verdict_names=labels().group("verdicts", lang),
            overall=_bar(ALL_GROUP, overall, top_order),
            groups=[_bar(name, counts, top_order) for name, counts in groups],
            verdict_bars=[
                _bar(p, summary.verdicts.get(p, Counter()), verdict_order) for p in summary.path_ids
            ],
            percent=lambda part, whole: f"{100 * part / whole:.1f}%" if whole else "–",
        )
    )


def write_summary(summary: Summary, source: Path, target: Path, lang: Lang) -> None:
    _format_html(target)
    write_text_atomic(target, render_summary(summary, source, lang))


def _format_html(target: Path) -> None:
    if target.suffix.lower() not in (".html", ".htm"):
        raise BatchError(f"{target}: the summary is an HTML page; name it with .html")
    if not target.parent.is_dir():
        raise BatchError(f"{target}: the folder {target.parent} does not exist")


def check_summary_target(target: Path) -> None:
    """Fail before the run, not after it, when the summary cannot be written."""
    _format_html(target)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
