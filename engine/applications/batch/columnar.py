"""The columnar path of `batch`: rows validated in chunks and evaluated as one frame each (the default).

Rows are read, numbered and checked by the same readers as the row-by-row path, and their outcomes go to the
same writers and summary, so order, row numbers, per-row errors, atomic output and Ctrl-C behave as before.
What changes is the middle: a chunk's cells are converted to typed columns without building a pydantic model
per row — a cell in one of its field's plain forms ("3", "yes", "0.05", a choice) is taken as is — and any
row with a cell in another form goes through `parse_profile`, which either accepts it (the same answers) or
names the field that is wrong. The chunk is then evaluated by the columnar engine in one go.
"""

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import polars as pl

from innopath.engine.applications.batch.cells import as_text, is_unknown
from innopath.engine.applications.batch.leaders import shared_first_expr
from innopath.engine.applications.batch.records import RECOMMENDABLE, Outcome, RawRow, batch_row, row_error
from innopath.engine.columnar.evaluator import ColumnarEngine, shipped_columnar
from innopath.engine.common.errors import ErrorLang, Phrase, ProfileError, render
from innopath.engine.knowledge.profile import (
    LEVEL_MAX,
    LEVEL_MIN,
    FieldSpec,
    FieldType,
    parse_profile,
)
from innopath.engine.knowledge.rulebase import CombineRule

CHUNK = 20_000
"""Rows per frame: large enough for the columnar engine to run at speed, small enough for flat memory."""
_SHARE = re.compile(r"(?:0|1)?(?:\.[0-9]{1,17})?")
NOT_PLAIN = object()
Converter = Callable[[Any], Any]


def _converter(spec: FieldSpec) -> Converter:
    """A cell in a plain form -> its answer; anything else -> NOT_PLAIN (left to `parse_profile`)."""
    match spec.type:
        case FieldType.LEVEL:
            table: dict[Any, Any] = {str(i): i for i in range(LEVEL_MIN, LEVEL_MAX + 1)}
            return lambda v: (
                table.get(v, NOT_PLAIN)
                if type(v) is str
                else (v if type(v) is int and LEVEL_MIN <= v <= LEVEL_MAX else NOT_PLAIN)
            )
        case FieldType.COUNT:
            top = spec.max if spec.max is not None else 10**9

            def count(v: Any) -> Any:
                if type(v) is str and v.isascii() and v.isdigit() and len(v) < 10:
                    v = int(v)
                return v if type(v) is int and 0 <= v <= top else NOT_PLAIN

            return count
        case FieldType.SHARE:

            def share(v: Any) -> Any:
                if type(v) is str and v and _SHARE.fullmatch(v):
                    number = float(v)
                    return number if number <= 1.0 else NOT_PLAIN
                if type(v) is float and 0.0 <= v <= 1.0:
                    return v
                return NOT_PLAIN

            return share
        case FieldType.YESNO:
            words = {"yes": True, "no": False, "true": True, "false": False, "是": True, "否": False}
            return lambda v: (
                words.get(v, NOT_PLAIN) if type(v) is str else (v if type(v) is bool else NOT_PLAIN)
            )
        case FieldType.CHOICE:
            choices = {c: c for c in spec.choice_values}
            return lambda v: choices.get(v, NOT_PLAIN) if type(v) is str else NOT_PLAIN
    raise TypeError(spec.type)


@cache
def field_converters() -> dict[str, Converter]:
    spec = shipped_columnar().rulebase.spec
    return {f.id: _converter(f) for f in spec.fields if f.type != FieldType.TEXT}


def row_answers(row: RawRow, converters: dict[str, Converter]) -> dict[str, Any] | Phrase:
    """The row's known answers, or the error message the row-by-row path gives it."""
    answers: dict[str, Any] = {}
    plain = True
    for name, cell in row.cells.items():
        converter = converters.get(name)
        if converter is None or is_unknown(cell):
            if converter is None and not is_unknown(cell) and not isinstance(cell, str):
                plain = False  # a text field given a number or a date: parse_profile decides
            continue
        value = converter(cell)
        if value is NOT_PLAIN:
            plain = False
            break
        answers[name] = value
    if plain:
        return answers
    text = {f.id for f in shipped_columnar().rulebase.spec.fields if f.type == FieldType.TEXT}
    cells = {k: as_text(v) if k in text else v for k, v in row.cells.items() if not is_unknown(v)}
    try:
        return parse_profile(cells, where=batch_row(row.number)).answers()
    except ProfileError as exc:
        return row_error(row.number, exc)


def _python_round(values: pl.Series) -> dict[float, float]:
    """Python's round(x, 4) of each distinct value (polars' round rounds some halves differently)."""
    return {v: round(v, 4) for v in values.unique().to_list()}


def _combination(engine: ColumnarEngine) -> pl.Expr:
    rules = sorted(engine.rulebase.of_kind(CombineRule), key=lambda r: r.id)
    parts = [
        pl.when(pl.col(f"concl:{r.id}")).then(pl.lit(f"{r.id} {'+'.join(r.paths)} {r.mode}")) for r in rules
    ]
    return pl.concat_str(parts, separator="; ", ignore_nulls=True).fill_null("").alias("combination")


def evaluate_chunk(
    rows: list[RawRow], engine: ColumnarEngine | None = None, lang: ErrorLang = "en"
) -> list[Outcome]:
    """The outcome of each row, in order, with the whole chunk evaluated as one frame; errors worded in
    `lang`.
    """
    engine = engine or shipped_columnar()
    converters = field_converters()
    good: list[dict[str, Any]] = []
    prepared: list[tuple[RawRow, str, str | None]] = []
    for row in rows:
        name = row.cells.get("firm_name")
        firm = "" if name is None else str(as_text(name))
        if row.problem:
            prepared.append((row, firm, render(row.problem, lang)))
            continue
        answers = row_answers(row, converters)
        if isinstance(answers, Phrase):
            prepared.append((row, firm, answers.render(lang)))
        else:
            good.append(answers)
            prepared.append((row, firm, None))
    paths = engine.path_ids
    columns: dict[str, list[Any]] = {}
    if good:
        frame = pl.DataFrame(
            {name: [a.get(name) for a in good] for name in engine.schema}, schema=engine.schema
        )
        result = (
            engine.lazy(frame.lazy())
            .select(
                "rank:0",
                *(pl.col(f"fit:{p}") for p in paths),
                *(pl.col(f"verdict:{p}").cast(pl.String) for p in paths),
                _combination(engine),
                shared_first_expr(paths, pl.col("rank:0").cast(pl.String)).alias("top_shared"),
            )
            .collect()
        )
        fits = [result.get_column(f"fit:{p}") for p in paths]
        rounding = _python_round(pl.concat(fits))
        columns = {f"fit:{p}": [rounding[v] for v in s.to_list()] for p, s in zip(paths, fits, strict=True)}
        for name in ("rank:0", "combination", "top_shared", *(f"verdict:{p}" for p in paths)):
            columns[name] = result.get_column(name).to_list()
    outcomes = []
    index = 0
    fit_lists = [columns.get(f"fit:{p}", []) for p in paths]
    verdict_lists = [columns.get(f"verdict:{p}", []) for p in paths]
    for row, firm, error in prepared:
        if error is not None:
            outcomes.append(Outcome(row.number, firm, error=error))
            continue
        best = columns["rank:0"][index]
        verdicts = tuple(v[index] for v in verdict_lists)
        top_verdict = verdicts[paths.index(best)]
        outcomes.append(
            Outcome(
                number=row.number,
                firm_name=firm,
                top_path=best if top_verdict in RECOMMENDABLE else "",
                top_verdict=top_verdict,
                top_shared=columns["top_shared"][index],
                fits=tuple(f[index] for f in fit_lists),
                verdicts=verdicts,
                combination=columns["combination"][index],
            )
        )
        index += 1
    return outcomes


def columnar_outcomes(
    rows: Iterator[RawRow], chunk: int | None = None, lang: ErrorLang = "en"
) -> Iterator[Outcome]:
    """The outcome of every row, in input order, one chunk in memory at a time."""
    engine = shipped_columnar()
    chunk = chunk or CHUNK
    pending: list[RawRow] = []
    for row in rows:
        pending.append(row)
        if len(pending) == chunk:
            yield from evaluate_chunk(pending, engine, lang)
            pending = []
    if pending:
        yield from evaluate_chunk(pending, engine, lang)
