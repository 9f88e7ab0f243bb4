"""A block of raw cells to its output rows, column by column: validation, the rules, the output values.

Each distinct raw cell of a field is judged once, in Python, by the profile model itself (the value
`parse_profile` would make of it, or "not allowed"), and the column is then mapped in polars; a block of
80,000 firms has a few hundred distinct answers. The verdicts therefore agree with the row-by-row path by
construction, not by a second copy of its rules. A row with a cell the model refuses — and every row the
frame reader marks careful — is handed to the row-by-row code (`columnar.evaluate_chunk`, which calls
`parse_profile`), so its error message is the reference's word for word.

The output frame has the columns of `writers.output_columns` in order, under internal names (`OUT_*`), with
the values `writers.output_values` gives: "" for an empty text cell, null for the fits and verdicts of a
failed row, fits rounded as Python's `round(x, 4)` rounds them.
"""

from collections.abc import Sequence
from typing import Any

import polars as pl
from pydantic import ValidationError

from innopath.engine.applications.batch.cells import as_text, is_unknown
from innopath.engine.applications.batch.columnar import _combination, evaluate_chunk
from innopath.engine.applications.batch.frames import Block, blank, raw_rows, stripped
from innopath.engine.applications.batch.leaders import shared_first_expr
from innopath.engine.applications.batch.records import RECOMMENDABLE, Outcome, RawRow
from innopath.engine.columnar.evaluator import ColumnarEngine
from innopath.engine.common.errors import ErrorLang
from innopath.engine.knowledge.profile import FieldType, Profile, ProfileSpec

_REFUSED = object()


def judge(field_id: str, raw: Any) -> Any:
    """The answer the row path makes of one raw cell: the value, None (unknown) or `_REFUSED`."""
    cell = raw.strip() if isinstance(raw, str) else raw
    if is_unknown(cell):
        return None
    try:
        return getattr(Profile.model_validate({field_id: cell}), field_id)
    except ValidationError:
        return _REFUSED


class BlockEvaluator:
    """Evaluates blocks of one input (its columns by position); remembers every distinct cell judged. Row
    errors are worded in `lang`.
    """

    def __init__(
        self, engine: ColumnarEngine, columns: Sequence[str], by: str | None, lang: ErrorLang = "en"
    ) -> None:
        self.engine = engine
        self.lang: ErrorLang = lang
        self.spec: ProfileSpec = engine.rulebase.spec
        self.columns = list(columns)
        self.by = by
        known = set(self.spec.ids)
        texts = {f.id for f in self.spec.fields if f.type == FieldType.TEXT}
        self.fields = {name: f"c{i}" for i, name in enumerate(self.columns) if name in known - texts}
        self.texts = {name: f"c{i}" for i, name in enumerate(self.columns) if name in texts}
        self.judged: dict[str, dict[Any, Any]] = {name: {} for name in [*self.fields, *self.texts]}
        self.path_ids = engine.path_ids
        self.rounded: dict[float, float] = {}

    # --- output columns ---

    def names(self) -> list[str]:
        """Internal output column names, in `output_columns` order."""
        group = ["GROUP"] if self.by and self.by != "firm_name" else []
        return [
            "row", "OUT_firm", *group, "OUT_top_path", "OUT_top_verdict", "OUT_top_shared",
            *(f"OUT_fit:{p}" for p in self.path_ids), *(f"OUT_verdict:{p}" for p in self.path_ids),
            "OUT_combination", "OUT_error",
        ]  # fmt: skip

    def _schema(self) -> dict[str, Any]:
        """The columns of an evaluated block: the output's and GROUP (the summary's group)."""
        names = self.names()
        if "GROUP" not in names:
            names.insert(2, "GROUP")
        return {
            n: pl.Int64 if n == "row" else pl.Float64 if n.startswith("OUT_fit:") else pl.String
            for n in names
        }

    # --- cells ---

    def _text(self, frame: pl.DataFrame, name: str | None) -> pl.Expr:
        """A text column as the row path reads it: stripped, "" when empty or missing."""
        column = self._column(name)
        if column is None:
            return pl.lit("")
        dtype = frame.schema[column]
        if dtype == pl.String:
            return stripped(pl.col(column)).fill_null("")
        values = frame.get_column(column).unique().drop_nulls().to_list()
        mapping = {v: str(as_text(v)).strip() for v in values}
        return pl.col(column).replace_strict(mapping, default="", return_dtype=pl.String)

    def _column(self, name: str | None) -> str | None:
        if name is None or name not in self.columns:
            return None
        return f"c{self.columns.index(name)}"

    def _refused_text(self, frame: pl.DataFrame, name: str, distinct: list[Any]) -> pl.Expr:
        """Whether a text cell of another type than text is refused (a text cell is always accepted)."""
        column = self.texts[name]
        if frame.schema[column] in (pl.String, pl.Null):
            return pl.lit(False)
        judged = self.judged[name]
        refused = [raw for raw in distinct if judged.setdefault(raw, judge(name, raw)) is _REFUSED]
        return pl.col(column).is_in(refused).fill_null(False) if refused else pl.lit(False)

    def _float_share(self, frame: pl.DataFrame, name: str) -> bool:
        """A share held as floats: checked in polars (0 <= x <= 1), not judged value by value."""
        return self.spec.field(name).type == FieldType.SHARE and frame.schema[self.fields[name]].is_float()

    def _answer(self, frame: pl.DataFrame, name: str, distinct: list[Any]) -> tuple[pl.Expr, pl.Expr]:
        """(the typed answer, whether the cell is refused) for one field's column."""
        column = self.fields[name]
        dtype = self.engine.schema[name]
        if self._float_share(frame, name):
            value = pl.col(column).cast(pl.Float64)
            return value, (~value.is_between(0.0, 1.0)).fill_null(False)
        judged = self.judged[name]
        for raw in distinct:
            if raw not in judged:
                judged[raw] = judge(name, raw)
        good = {
            raw: judged[raw] for raw in distinct if judged[raw] is not _REFUSED and judged[raw] is not None
        }
        refused = [raw for raw in distinct if judged[raw] is _REFUSED]
        typed = (
            pl.col(column).replace_strict(good, default=None, return_dtype=dtype)
            if good
            else pl.lit(None, dtype)
        )
        bad = pl.col(column).is_in(refused).fill_null(False) if refused else pl.lit(False)
        if frame.schema[column].is_float():  # NaN is refused by every field, and never equal to itself
            bad = bad | pl.col(column).is_nan().fill_null(False)
        return typed, bad

    # --- a block ---

    def split(self, block: Block) -> tuple[pl.LazyFrame, pl.LazyFrame]:
        """(the rows whose every cell is accepted: `row`, `OUT_firm`, `GROUP` and the typed answers by field
        id; the careful rows as read), blank rows left out, as the readers leave them.
        """
        frame = block.frame
        cells = [f"c{i}" for i in range(len(self.columns))]
        judged = [n for n, c in self.fields.items() if not self._float_share(frame, n)] + list(self.texts)
        where = {**self.fields, **self.texts}
        found = frame.select(pl.col(where[n]).unique().drop_nulls().implode().alias(n) for n in judged).row(
            0, named=True
        )
        answers = {name: self._answer(frame, name, found.get(name) or []) for name in self.fields}
        bad = [bad for _, bad in answers.values()] + [
            self._refused_text(frame, n, found[n]) for n in self.texts
        ]
        empty = pl.all_horizontal(
            [blank(pl.col(c)) if frame.schema[c] == pl.String else pl.col(c).is_null() for c in cells]
        )
        marked = (
            frame.lazy()
            .filter(pl.col("careful") | ~empty)
            .with_columns((pl.col("careful") | pl.any_horizontal(bad or [pl.lit(False)])).alias("careful"))
        )
        plain = marked.filter(~pl.col("careful")).select(
            "row",
            self._text(frame, "firm_name").alias("OUT_firm"),
            self._text(frame, self.by).alias("GROUP"),
            *(value.alias(name) for name, (value, _) in answers.items()),
        )
        return plain, marked.filter(pl.col("careful"))

    def evaluate(self, block: Block) -> pl.DataFrame:
        """The output rows of a block, in row order (blank rows left out, as the readers leave them)."""
        plain, careful_rows = self.split(block)
        plain_frame, careful = pl.collect_all([self._rules(plain), careful_rows])
        parts = [self._finish(plain_frame)] if plain_frame.height else []
        if careful.height:
            parts.append(self._careful(block, careful))
        if not parts:
            return pl.DataFrame(schema=self._schema())
        return pl.concat(parts).sort("row")

    def careful_rows(self, block: Block, careful: pl.DataFrame) -> tuple[list[RawRow], dict[int, str]]:
        """The careful rows as the row-by-row reader reads them (profile fields only), and their groups."""
        known = set(self.spec.ids)
        groups = {}
        filtered = []
        for row in raw_rows(block, self.columns, careful):
            value = row.cells.get(self.by) if self.by else None
            groups[row.number] = "" if value is None else as_text(value).strip()
            filtered.append(
                RawRow(row.number, {k: v for k, v in row.cells.items() if k in known}, row.problem)
            )
        return filtered, groups

    def _rules(self, plain: pl.LazyFrame) -> pl.LazyFrame:
        engine = self.engine
        return engine.lazy(plain).select(
            "row",
            "OUT_firm",
            "GROUP",
            pl.col("rank:0").cast(pl.String).alias("best"),
            *(pl.col(f"fit:{p}").alias(f"OUT_fit:{p}") for p in self.path_ids),
            *(pl.col(f"verdict:{p}").cast(pl.String).alias(f"OUT_verdict:{p}") for p in self.path_ids),
            _combination(engine).alias("OUT_combination"),
            shared_first_expr(self.path_ids, pl.col("rank:0").cast(pl.String)).alias("OUT_top_shared"),
        )

    def _finish(self, result: pl.DataFrame) -> pl.DataFrame:
        """Fits rounded as Python rounds them, the first path and its verdict."""
        fits = [f"OUT_fit:{p}" for p in self.path_ids]
        for value in pl.concat([result.get_column(c) for c in fits]).unique().to_list():
            if value not in self.rounded:
                self.rounded[value] = round(value, 4)
        top = pl.coalesce(
            [pl.when(pl.col("best") == p).then(pl.col(f"OUT_verdict:{p}")) for p in self.path_ids]
        )
        result = result.with_columns(
            *(pl.col(c).replace_strict(self.rounded, return_dtype=pl.Float64) for c in fits),
            top.alias("OUT_top_verdict"),
        ).with_columns(
            pl.when(pl.col("OUT_top_verdict").is_in(RECOMMENDABLE))
            .then(pl.col("best"))
            .otherwise(pl.lit(""))
            .alias("OUT_top_path"),
            pl.lit("").alias("OUT_error"),
        )
        return result.select(pl.col(n).cast(t) for n, t in self._schema().items())

    def _careful(self, block: Block, careful: pl.DataFrame) -> pl.DataFrame:
        """Rows the frame cannot vouch for, through the row-by-row reader and `parse_profile`."""
        filtered, groups = self.careful_rows(block, careful)
        outcomes = evaluate_chunk(filtered, self.engine, self.lang)
        return self._frame_of(outcomes, groups)

    def _frame_of(self, outcomes: list[Outcome], groups: dict[int, str]) -> pl.DataFrame:
        n = len(self.path_ids)
        data: dict[str, list[Any]] = {name: [] for name in self._schema()}
        for o in outcomes:
            data["row"].append(o.number)
            data["OUT_firm"].append(o.firm_name)
            data["GROUP"].append(groups.get(o.number, ""))
            data["OUT_top_path"].append(o.top_path)
            data["OUT_top_verdict"].append(o.top_verdict)
            data["OUT_top_shared"].append(o.top_shared)
            fits: Sequence[float | None] = o.fits or [None] * n
            verdicts: Sequence[str | None] = o.verdicts or [None] * n
            for p, fit, verdict in zip(self.path_ids, fits, verdicts, strict=True):
                data[f"OUT_fit:{p}"].append(fit)
                data[f"OUT_verdict:{p}"].append(verdict)
            data["OUT_combination"].append(o.combination)
            data["OUT_error"].append(o.error)
        return pl.DataFrame(data, schema=self._schema())
