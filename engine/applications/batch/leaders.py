"""Which paths share first place, computed the same way on the row path (Python) and in a frame (polars).

Two paths share a place when they have the same verdict and the same fit to the two decimals a person reads
(`Inference.ranks`): nothing printed separates them, so the ranking's order between them is a listing order,
not advice. The fit is compared as the engine's integer key (`fit_key`, and `fit_key_expr` for a frame:
the same IEEE product rounded half to even), so `batch --engine experta` and the columnar path write the same
`top_shared` cell.
"""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from innopath.engine.inference.engine import fit_key

if TYPE_CHECKING:
    import polars as pl

SHARED_SEP = ";"
"""Between the paths of a `top_shared` cell."""


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

    from innopath.engine.columnar.verdicts import fit_key_expr

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
