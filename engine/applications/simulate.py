"""Policy simulation over a cohort: every firm before and after a change of answers, evaluated as frames.

`--set gov_support=+1` raises a level by one (clamped to 1-5; an unknown answer stays unknown),
`--set rd_intensity=+0.01` or `+1%` raises a share (clamped to 0-1), `--set academic_links=4` sets it;
`--where cluster_role=sme_supplier` limits the change to some firms;
`--levers` tries each one-level improvement of the fields a policy can move (`policy: true` in
rules/profile.yaml) and ranks them by the firms they help. A firm is *helped* when its best verdict improves
(no advisable path -> possible or recommended, possible -> recommended).
"""

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import polars as pl

from innopath.engine.applications.batch.cells import as_text
from innopath.engine.applications.batch.columnar import NOT_PLAIN, field_converters, row_answers
from innopath.engine.applications.batch.leaders import shared_first_expr
from innopath.engine.applications.batch.readers import open_rows
from innopath.engine.applications.batch.records import BatchError
from innopath.engine.applications.batch.writers import open_writer
from innopath.engine.columnar.evaluator import ColumnarEngine, shipped_columnar
from innopath.engine.common.errors import Phrase, ProfileError, say
from innopath.engine.knowledge.profile import LEVEL_MAX, LEVEL_MIN, FieldType

ADVISABLE = ("recommended", "possible")
Outcomes = Callable[[pl.DataFrame], pl.DataFrame]
"""A frame of firms -> each one's first path (`top`, "" when none is advisable), its `verdict`, and the
paths sharing first place (`shared`, ";"-joined; "" when one path is first alone)."""
BEST = {"recommended": 0, "possible": 1}


@dataclass(frozen=True)
class Change:
    """One `--set`: a field, and either a relative step (+1, -1) or an absolute answer."""

    field: str
    step: int | float | None = None
    value: Any = None

    def describe(self) -> str:
        """The change as it was given: `gov_support=+1`, `rd_intensity=+0.01`, `academic_links=4`."""
        if self.step is None:
            return f"{self.field}={self.value}"
        return f"{self.field}={self.step:+g}"


@dataclass
class Cohort:
    """The firms read from a file: their answers as a frame, with row numbers, names and groups."""

    frame: pl.DataFrame
    rows: list[int]
    names: list[str]
    groups: list[str]
    failed: list[Phrase] = field(default_factory=list)
    """Why each row that was left out was refused, as `batch` would say it (worded when shown)."""


CHANGED_LISTED = 1000
"""Firms listed by name in the summary page (all of them are in the `-o` output)."""


@dataclass(frozen=True)
class ChangedFirm:
    """A firm whose first path changed: its row, name, group, and the first path and verdict before and
    after ("" for the path when none is advisable; the paths sharing first place, ";"-joined, when it is
    shared: `first_of`).
    """

    row: int
    firm_name: str
    group: str
    top_before: str
    verdict_before: str
    top_after: str
    verdict_after: str


@dataclass
class SimulationSummary:
    firms: int
    changed_first: int
    gained: int
    lost: int
    by_group: dict[str, Counter[str]]
    levers: list[tuple[str, int]] = field(default_factory=list)
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(first path before, after) -> firms, for the firms whose first path changed; a shared first place
    is its paths, ";"-joined (`first_of`)."""
    changed: list[ChangedFirm] = field(default_factory=list)
    """The first `CHANGED_LISTED` firms whose first path changed, in input order."""


def parse_changes(assignments: Sequence[str], engine: ColumnarEngine | None = None) -> list[Change]:
    """`field=+1`, `field=-1` (levels and counts) or `field=value`; bad ones raise ProfileError."""
    engine = engine or shipped_columnar()
    spec = engine.rulebase.spec
    changes = []
    for item in assignments:
        name, sep, raw = (part.strip() for part in item.partition("="))
        if not sep or name not in engine.schema:
            raise ProfileError(say("simulate_set_malformed", item=repr(item)))
        kind = spec.field(name).type
        if raw[:1] in "+-" and raw[1:].isdigit() and kind in (FieldType.LEVEL, FieldType.COUNT):
            changes.append(Change(name, step=int(raw)))
            continue
        if raw[:1] in "+-" and kind == FieldType.SHARE:
            changes.append(Change(name, step=_share_step(name, raw)))
            continue
        value = field_converters()[name](raw)
        if value is NOT_PLAIN:
            raise ProfileError(
                say("simulate_set_value", name=name, given=repr(raw), allowed=spec.field(name).allowed())
            )
        changes.append(Change(name, value=value))
    return changes


def _share_step(name: str, raw: str) -> float:
    """`+0.01`, `-0.005`, `+1%` or `+1％` as a step of a share."""
    text = raw.replace("％", "%").strip()
    scale = 100.0 if text.endswith("%") else 1.0
    try:
        step = float(text.rstrip("%")) / scale
    except ValueError:
        step = float("nan")
    if not -1.0 <= step <= 1.0:
        raise ProfileError(say("simulate_share_step", name=name, given=repr(raw)))
    return step


def read_cohort(source: Path, by: str | None = None, engine: ColumnarEngine | None = None) -> Cohort:
    """The firms of `source` whose answers are all accepted, as a typed frame in input order; the message
    of every row that is not (what `batch` would say of it).
    """
    engine = engine or shipped_columnar()
    from innopath.engine.applications.batch.frames import open_frames

    with open_frames(source) as frames:
        if frames is not None:
            return _read_frames(frames, by, engine)
    converters = field_converters()
    good: list[dict[str, Any]] = []
    rows, names, groups = [], [], []
    failed: list[Phrase] = []
    with open_rows(source) as table:
        for row in table.rows:
            cells = {k: v for k, v in row.cells.items() if k in engine.rulebase.spec.ids}
            answers = row.problem or row_answers(type(row)(row.number, cells), converters)
            if isinstance(answers, Phrase):
                failed.append(answers)
                continue
            good.append(answers)
            rows.append(row.number)
            names.append(str(as_text(row.cells.get("firm_name") or "")))
            groups.append("" if not by else str(as_text(row.cells.get(by) or "")))
    frame = pl.DataFrame({n: [a.get(n) for a in good] for n in engine.schema}, schema=engine.schema)
    return Cohort(frame, rows, names, groups, failed)


def _read_frames(frames: Any, by: str | None, engine: ColumnarEngine) -> Cohort:
    """`read_cohort` of an input polars reads in blocks (plain UTF-8 CSV, Parquet): each distinct answer
    judged once, and the rows it refuses read and judged row by row as `batch` reads them.
    """
    from innopath.engine.applications.batch.vectorised import BlockEvaluator

    evaluator = BlockEvaluator(engine, frames.columns, by)
    converters = field_converters()
    parts: list[pl.DataFrame] = []
    failed: list[tuple[int, Phrase]] = []
    fields = list(engine.schema)
    for block in frames.blocks:
        plain, careful_rows = evaluator.split(block)
        good, careful = pl.collect_all([plain, careful_rows])
        parts.append(
            good.select("row", "OUT_firm", "GROUP", *(c for c in good.columns if c in engine.schema))
        )
        rows, groups = evaluator.careful_rows(block, careful)
        accepted = []
        for row in rows:
            answers = row.problem or row_answers(row, converters)
            if isinstance(answers, dict):
                name = row.cells.get("firm_name")
                accepted.append(
                    {
                        "row": row.number,
                        "OUT_firm": "" if name is None else str(as_text(name)),
                        "GROUP": groups[row.number],
                        **answers,
                    }
                )
            else:
                failed.append((row.number, answers))
        if accepted:
            parts.append(pl.DataFrame(accepted, schema={**parts[-1].schema}, strict=False))
    table = pl.concat(parts, how="diagonal_relaxed").sort("row") if parts else pl.DataFrame()
    frame = pl.DataFrame(
        {n: table.get_column(n) if n in table.columns else [None] * table.height for n in fields},
        schema=engine.schema,
    )
    return Cohort(
        frame,
        table.get_column("row").to_list() if table.height else [],
        table.get_column("OUT_firm").to_list() if table.height else [],
        table.get_column("GROUP").to_list() if by and table.height else [""] * table.height,
        [message for _, message in sorted(failed, key=lambda item: item[0])],
    )


def apply(frame: pl.DataFrame, changes: Sequence[Change], where: Mapping[str, Any]) -> pl.DataFrame:
    """The frame with the changes made on the rows that match every `where` answer."""
    selected = pl.lit(True)
    for name, value in where.items():
        selected = selected & (pl.col(name) == value).fill_null(False)
    exprs = []
    for change in changes:
        column = pl.col(change.field)
        if change.step is not None:
            moved = column + change.step
            kind = shipped_columnar().rulebase.spec.field(change.field).type
            if kind == FieldType.LEVEL:
                moved = moved.clip(LEVEL_MIN, LEVEL_MAX)
            elif kind == FieldType.SHARE:
                moved = moved.clip(0.0, 1.0)
            else:
                moved = moved.clip(lower_bound=0)
        else:
            moved = pl.lit(change.value, frame.schema[change.field])
        exprs.append(pl.when(selected).then(moved).otherwise(column).alias(change.field))
    return frame.with_columns(exprs)


def _outcome(engine: ColumnarEngine, frame: pl.DataFrame) -> pl.DataFrame:
    paths = engine.path_ids
    result = engine.lazy(frame.lazy()).select(
        pl.col("rank:0").alias("top"),
        pl.coalesce([pl.when(pl.col("rank:0") == p).then(pl.col(f"verdict:{p}")) for p in paths])
        .cast(pl.String)
        .alias("verdict"),
        shared_first_expr(paths, pl.col("rank:0").cast(pl.String)).alias("shared"),
    )
    return result.collect().with_columns(
        pl.when(pl.col("verdict").is_in(ADVISABLE)).then(pl.col("top")).otherwise(pl.lit("")).alias("top")
    )


def first_of(top: str, shared: str) -> pl.Expr:
    """A firm's first place as `simulate` compares it: "" when no path is advisable, else the paths sharing
    it (";"-joined in path order), else the first path. The first path changes only when this does: a tie
    listed the other way round after a change, with the same paths in it, is no change.
    """
    return (
        pl.when(pl.col(top) == "")
        .then(pl.lit(""))
        .when(pl.col(shared) != "")
        .then(pl.col(shared))
        .otherwise(pl.col(top))
    )


def simulate(
    cohort: Cohort,
    changes: Sequence[Change],
    where: Mapping[str, Any],
    output: Path | None = None,
    by: str | None = None,
    engine: ColumnarEngine | None = None,
    outcome: Outcomes | None = None,
) -> SimulationSummary:
    """Every firm before and after; written to `output` (CSV, JSONL, .xlsx, Parquet) when given.

    `outcome` evaluates a frame of firms (default: here; `distributed.distributed_outcome` on a cluster).
    """
    engine = engine or shipped_columnar()
    evaluate = outcome or partial(_outcome, engine)
    before = evaluate(cohort.frame)
    after = evaluate(apply(cohort.frame, changes, where))
    table = pl.DataFrame(
        {"row": cohort.rows, "firm_name": cohort.names, "group": cohort.groups},
        schema_overrides={"row": pl.Int64},
    ).with_columns(
        before.get_column("top").alias("top_before"),
        before.get_column("verdict").alias("verdict_before"),
        before.get_column("shared").alias("top_shared_before"),
        after.get_column("top").alias("top_after"),
        after.get_column("verdict").alias("verdict_after"),
        after.get_column("shared").alias("top_shared_after"),
    )
    table = table.with_columns(
        first_of("top_before", "top_shared_before").alias("FIRST_before"),
        first_of("top_after", "top_shared_after").alias("FIRST_after"),
    ).with_columns(
        (pl.col("FIRST_before") != pl.col("FIRST_after")).alias("first_path_changed"),
        ((pl.col("top_before") == "") & (pl.col("top_after") != "")).alias("gained"),
        ((pl.col("top_before") != "") & (pl.col("top_after") == "")).alias("lost"),
    )
    by_group: dict[str, Counter[str]] = {}
    for row in table.iter_rows(named=True):
        counts = by_group.setdefault(row["group"], Counter())
        counts["firms"] += 1
        for key in ("first_path_changed", "gained", "lost"):
            counts[key] += int(row[key])
    if output is not None:
        columns = [c for c in table.columns if (c != "group" or by) and not c.startswith("FIRST_")]
        with open_writer(output, [by if c == "group" and by else c for c in columns]) as write:
            for values in table.select(columns).iter_rows():
                write(list(values))
    changed = table.filter(pl.col("first_path_changed"))
    transitions: Counter[tuple[str, str]] = Counter()
    for before_top, after_top, count in changed.group_by("FIRST_before", "FIRST_after").len().iter_rows():
        transitions[(before_top, after_top)] = count
    listed = changed.head(CHANGED_LISTED).select(
        "row", "firm_name", "group", "FIRST_before", "verdict_before", "FIRST_after", "verdict_after"
    )
    return SimulationSummary(
        firms=table.height,
        changed_first=changed.height,
        gained=int(table.get_column("gained").sum()),
        lost=int(table.get_column("lost").sum()),
        by_group=by_group,
        transitions=transitions,
        changed=[ChangedFirm(*values) for values in listed.iter_rows()],
    )


def levers(
    cohort: Cohort,
    where: Mapping[str, Any],
    engine: ColumnarEngine | None = None,
    outcome: Outcomes | None = None,
) -> list[tuple[str, int]]:
    """Each policy-movable field raised by one level: firms helped, most first."""
    engine = engine or shipped_columnar()
    evaluate = outcome or partial(_outcome, engine)
    base = evaluate(cohort.frame).get_column("verdict").replace_strict(BEST, default=2)
    helped = []
    for spec in engine.rulebase.spec.fields:
        if not spec.policy:
            continue
        after = evaluate(apply(cohort.frame, [Change(spec.id, step=1)], where))
        better = after.get_column("verdict").replace_strict(BEST, default=2) < base
        helped.append((spec.id, int(better.sum())))
    if not helped:
        raise BatchError(say("simulate_no_policy_field"))
    return sorted(helped, key=lambda item: -item[1])
