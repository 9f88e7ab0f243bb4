"""What-if and compare give places as the advice gives them: paths that share a place share it before and
after a change, and a shared first place is every leader's, not the one listed first."""

import pytest

from innopath.engine.analysis.whatif import compare, whatif
from innopath.engine.inference.engine import Engine
from innopath.engine.knowledge.profile import ProfileBase

SHARED = ["original", "cluster_cooperation"]
"""The paths sharing first place in the `tied_first` profile (tests/conftest.py)."""


@pytest.mark.parametrize(
    ("before", "changes", "first_before", "first_after"),
    [
        ({}, {"industry_frontier": 4}, SHARED, ["cluster_cooperation"]),
        ({"industry_frontier": 4}, {"industry_frontier": 3}, ["cluster_cooperation"], SHARED),
        ({}, {"talent_base": 5}, SHARED, SHARED),
    ],
    ids=["shared-to-alone", "alone-to-shared", "still-shared"],
)
def test_whatif_names_every_path_sharing_first_place(
    tied_first: ProfileBase,
    sharing_first: list[str],
    engine: Engine,
    before: dict[str, object],
    changes: dict[str, object],
    first_before: list[str],
    first_after: list[str],
) -> None:
    assert sharing_first == SHARED
    profile = tied_first.with_answers(**before)
    result = whatif(profile, changes, engine, "en")
    assert (result.first_before, result.first_after) == (first_before, first_after)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_whatif_places_are_the_advice_places(tied_first: ProfileBase, engine: Engine, lang: str) -> None:
    """Before the change original and cluster R&D share first place (`1=`); after it cluster R&D is first
    alone and original second: the places come from `ranks()`, not from the listing order."""
    result = whatif(tied_first, {"industry_frontier": 4}, engine, lang)  # type: ignore[arg-type]
    places = {p.id: (p.rank_before, p.place_before, p.rank_after, p.place_after) for p in result.paths}
    assert places["original"] == (1, "1=", 2, "2")
    assert places["cluster_cooperation"] == (1, "1=", 1, "1")
    changed = tied_first.with_answers(industry_frontier=4)
    ranks_before, ranks_after = (
        engine.infer(tied_first.answers()).ranks(),
        engine.infer(changed.answers()).ranks(),
    )
    assert {p.id: p.rank_before for p in result.paths} == ranks_before
    assert {p.id: p.rank_after for p in result.paths} == ranks_after
    assert result.shared


def test_whatif_without_a_shared_place_says_so(tied_first: ProfileBase, engine: Engine) -> None:
    alone = tied_first.with_answers(industry_frontier=4)
    result = whatif(alone, {"talent_base": 5}, engine, "en")
    assert len({p.rank_after for p in result.paths}) == len(result.paths), "the profile must give six places"
    assert not result.shared
    assert all(p.place_after == str(p.rank_after) for p in result.paths)


def test_compare_gives_each_profile_every_path_sharing_first_place(
    tied_first: ProfileBase, engine: Engine
) -> None:
    nothing = tied_first.with_answers(**{f: None for f in tied_first.answers() if f != "firm_name"})
    found = compare(
        [("tied", tied_first), ("alone", tied_first.with_answers(industry_frontier=4)), ("nothing", nothing)],
        engine,
        "en",
    )
    first = {column.name: column.first for column in found.profiles}
    assert first == {
        "tied": SHARED,
        "alone": ["cluster_cooperation"],
        "nothing": list(engine.rulebase.path_ids),  # nothing known: all six share first place
    }
