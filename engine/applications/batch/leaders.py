"""Which paths share first place, computed the same way on the row path (Python) and in a frame (polars).

Two paths share a place when they have the same verdict and the same fit to the two decimals a person reads:
nothing printed separates them, so the ranking's order between them is a listing order, not advice. The fit
is compared as an integer key, `floor(fit * 100 + 0.5)`: one IEEE multiplication, one addition and a floor,
which Python (`fit_key`) and polars (`fit_key_expr`) compute bit for bit alike, so `batch --engine experta`
and the columnar path write the same `top_shared` cell. (`round(fit, 2)` and polars' `round(2)` may round a
half differently.)

Written here for `batch` and `simulate`: the engine (`Inference.ranks`) has no rounding key of its own to
reuse yet. When it gains one, this module should use it.
"""

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

TIE_SCALE = 100
"""Fits equal to this many hundredths (two decimals) share a place."""

SHARED_SEP = ";"
"""Between the paths of a `top_shared` cell."""


def fit_key(fit: float) -> int:
    """The fit in hundredths, rounded half up: paths with the same verdict and key share a place."""
    return math.floor(fit * TIE_SCALE + 0.5)


def fit_key_expr(fit: "pl.Expr") -> "pl.Expr":
    """`fit_key` as a polars expression (the same operations, so the same integers)."""
    return (fit * TIE_SCALE + 0.5).floor()


def shared_first(
    path_ids: Sequence[str], best: str, fits: Mapping[str, float], verdicts: Mapping[str, str]
) -> str:
    """The paths sharing first place with `best` (the first-ranked path), in path order and joined by ";",
    or "" when `best` is first alone.
    """
    verdict, key = verdicts[best], fit_key(fits[best])
    leaders = [p for p in path_ids if verdicts[p] == verdict and fit_key(fits[p]) == key]
    return SHARED_SEP.join(leaders) if len(leaders) > 1 else ""


def shared_first_expr(path_ids: Sequence[str], best: "pl.Expr") -> "pl.Expr":
    """`shared_first` over a frame with the columnar evaluator's `fit:P` and `verdict:P` columns; `best` is
    the first-ranked path (`rank:0`). A String column.
    """
    import polars as pl

    def at_best(column: str) -> pl.Expr:
        return pl.coalesce([pl.when(best == p).then(_of(column, p)) for p in path_ids])

    def _of(column: str, path_id: str) -> pl.Expr:
        value = pl.col(f"{column}:{path_id}")
        return fit_key_expr(value) if column == "fit" else value.cast(pl.String)

    verdict, key = at_best("verdict"), at_best("fit")
    leads = [(_of("verdict", p) == verdict) & (_of("fit", p) == key) for p in path_ids]
    joined = pl.concat_str(
        [pl.when(lead).then(pl.lit(p)) for p, lead in zip(path_ids, leads, strict=True)],
        separator=SHARED_SEP,
        ignore_nulls=True,
    )
    count = pl.sum_horizontal([lead.cast(pl.UInt8) for lead in leads])
    return pl.when(count > 1).then(joined).otherwise(pl.lit("")).fill_null("")
