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

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from innopath.engine.applications.batch.cells import as_text, is_unknown
from innopath.engine.applications.batch.leaders import shared_first
from innopath.engine.applications.batch.readers import open_rows
from innopath.engine.applications.batch.records import (
    CHUNK_ROWS,
    IN_FLIGHT_PER_WORKER,
    RECOMMENDABLE,
    BatchError,
    Outcome,
    RawRow,
    Summary,
    batch_row,
    checked_format,
    row_error,
)
from innopath.engine.applications.batch.writers import open_writer, output_columns, output_values
from innopath.engine.common.errors import ErrorLang, Phrase, ProfileError, render, say
from innopath.engine.common.files import check_writable, refuse_same_file
from innopath.engine.inference.engine import Engine, shipped_engine
from innopath.engine.knowledge.profile import (
    FieldType,
    ProfileSpec,
    parse_profile,
    profile_spec,
)
from innopath.engine.knowledge.rulebase import CombineRule, RuleBase, shipped_rulebase

ENGINES = ("columnar", "experta")

# --- the engine on one row ---


@cache
def _text_fields() -> frozenset[str]:
    return frozenset(f.id for f in profile_spec().fields if f.type == FieldType.TEXT)


def describe_combination(rulebase: RuleBase, conclusions: Iterable[str]) -> str:
    """The combination cell: `CMB-03 cluster_cooperation+gov_industry_academia parallel; ...`, by rule id."""
    fired = set(conclusions)
    rules = sorted((r for r in rulebase.of_kind(CombineRule) if r.id in fired), key=lambda r: r.id)
    return "; ".join(f"{r.id} {'+'.join(r.paths)} {r.mode}" for r in rules)


def evaluate_row(row: RawRow, engine: Engine, lang: ErrorLang = "en") -> Outcome:
    """Validate one row into a profile and run the engine on it; a bad row becomes an error outcome, its
    message worded in `lang`.
    """
    name = row.cells.get("firm_name")
    firm_name = "" if name is None else str(as_text(name))
    if row.problem:
        return Outcome(row.number, firm_name, error=render(row.problem, lang))
    text_fields = _text_fields()
    # An unknown answer is left out rather than passed as None: the same profile, and it sidesteps
    # parse_profile's TypeError on an explicit None for a share field (reported to the core).
    cells = {k: as_text(v) if k in text_fields else v for k, v in row.cells.items() if not is_unknown(v)}
    try:
        profile = parse_profile(cells, where=batch_row(row.number))
    except ProfileError as exc:
        return Outcome(row.number, firm_name, error=render(row_error(row.number, exc), lang))
    inference = engine.infer(profile.answers())
    path_ids = engine.rulebase.path_ids
    best = inference.ranking[0]
    best_verdict = inference.verdicts[best]
    return Outcome(
        number=row.number,
        firm_name=firm_name,
        top_path=best if best_verdict in RECOMMENDABLE else "",
        top_verdict=best_verdict,
        top_shared=shared_first(path_ids, best, inference.fits, inference.verdicts),
        fits=tuple(round(inference.fits[p], 4) for p in path_ids),
        verdicts=tuple(inference.verdicts[p] for p in path_ids),
        combination=describe_combination(engine.rulebase, inference.conclusions),
    )


def _run_chunk(chunk: list[RawRow], lang: ErrorLang) -> list[Outcome]:
    engine = shipped_engine()
    return [evaluate_row(row, engine, lang) for row in chunk]


def _init_worker() -> None:
    """Compile the engine once per worker; leave Ctrl-C, SIGTERM and SIGHUP to the parent, which stops the
    pool (a worker it terminates dies quietly: the parent's handlers, inherited by fork, are undone).

    A worker leaves the parent's process group: a signal sent to the whole group (a service manager's
    SIGTERM, a closed terminal) must reach the parent alone. Were a worker to die of it first, the pool would
    fork a replacement from a parent whose threads may hold locks, and that child could hang forever.
    """
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
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


def outcomes(rows: Iterator[RawRow], workers: int, lang: ErrorLang = "en") -> Iterator[Outcome]:
    """The outcome of every row, in input order, with at most a few chunks per worker in memory."""
    chunks = _chunks(rows, CHUNK_ROWS)
    if workers <= 1:
        for chunk in chunks:
            yield from _run_chunk(chunk, lang)
        return
    # fork shares the parent's imported modules; the pool is created before any progress thread starts.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=_init_worker) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_run_chunk, (chunk, lang)))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


# --- the run ---


def unknown_column_warning(name: str, spec: ProfileSpec, row: int | None = None) -> Phrase:
    """The one report of a column that is not a profile field."""
    hint = spec.closest(name)
    suggestion = say("batch_by_hint", name=repr(hint)) if hint else say("batch_see_schema")
    return say("batch_unknown_column", where=batch_row(row or 1), name=repr(name), suggestion=suggestion)


def _group_of(value: Any) -> str:
    if value is None:
        return ""
    return str(as_text(value)).strip()


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
    sheet: str | None = None,
    engine: str = "columnar",
    dask: str | None = None,
    lang: ErrorLang = "en",
) -> Summary:
    """Assess every row of `source` and write one output row per input row, in order, to `output`.

    `engine` "columnar" (the default) evaluates chunks of rows as frames in this process; "experta" runs
    the row-by-row engine on `workers` processes (for cross-checking: the outputs are identical). Row
    errors and notes are worded in `lang`.
    """
    if engine not in ENGINES:
        raise BatchError(say("batch_engine", engine=engine, allowed=", ".join(ENGINES)))
    checked_format(output, "output")
    refuse_same_file(source, output)
    check_writable(output)
    rulebase = shipped_rulebase()
    spec = rulebase.spec
    known = set(spec.ids)
    summary = Summary(path_ids=rulebase.path_ids, by=by)
    reported: set[str] = set()

    def warn(note: Phrase) -> None:
        message = render(note, lang)
        summary.warnings.append(message)
        if on_warning:
            on_warning(message)

    def check_columns(columns: list[str] | None) -> None:
        if columns is None:
            return
        if by and by not in columns:
            hint = spec.closest(by) if by not in known else None
            near = [c for c in columns if c]
            listed = (
                say("batch_by_hint", name=repr(hint))
                if hint and hint in near
                else say("batch_by_columns", names=", ".join(near))
            )
            raise BatchError(say("batch_by", source=source, by=by, listed=listed))
        for name in columns:
            if name and name not in known and name != by:
                reported.add(name)
                warn(unknown_column_warning(name, spec))

    if dask is not None and (engine != "columnar" or sheet is not None):
        raise BatchError(say("batch_dask_engine", dask=dask))
    if engine == "columnar" and sheet is None:
        from innopath.engine.applications.batch.frames import open_frames

        with open_frames(source) as frames:
            if frames is None and dask is not None:
                raise BatchError(say("batch_dask_input", dask=dask, name=source.name))
            if frames is not None:
                from innopath.engine.applications.batch.framerun import run_frames
                from innopath.engine.applications.batch.vectorised import BlockEvaluator
                from innopath.engine.columnar.evaluator import shipped_columnar

                for note in frames.notes:
                    warn(note)
                check_columns(frames.columns)
                evaluator = BlockEvaluator(shipped_columnar(), frames.columns, by, lang)

                def on_block(rows: int, fraction: float) -> None:
                    if on_progress:
                        on_progress(Progress(rows, fraction))

                columns = output_columns(rulebase.path_ids, by)
                if dask is None:
                    run_frames(frames, output, evaluator, summary, columns, on_block)
                else:
                    from innopath.engine.applications.batch.distributed import connect

                    with connect(dask) as client:
                        run_frames(frames, output, evaluator, summary, columns, on_block, client)
                if on_progress:
                    on_progress(Progress(summary.rows, 1.0))
                return summary

    with open_rows(source, sheet) as table:
        for note in table.notes:
            warn(note)
        check_columns(table.columns)

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
            if engine == "columnar":
                from innopath.engine.applications.batch.columnar import columnar_outcomes

                results = columnar_outcomes(profiles(), lang=lang)
            else:
                results = outcomes(profiles(), workers, lang)
            for count, outcome in enumerate(results, 1):
                group = groups.pop(outcome.number) if by else None
                summary.add(outcome, group or "")
                write(output_values(outcome, group if by and by != "firm_name" else None, rulebase.path_ids))
                if on_progress and (count % CHUNK_ROWS == 0):
                    on_progress(Progress(count, table.done()))
            if on_progress:
                on_progress(Progress(summary.rows, 1.0))
        for note in table.found_while_reading():
            warn(note)
    return summary


def stop_like_ctrl_c() -> None:
    """Make SIGTERM and SIGHUP stop a run as Ctrl-C does: the partial output removed, no traceback."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, interrupt)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
