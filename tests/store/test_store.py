"""The store against SQLite and a real PostgreSQL (.ci/postgres; the URL comes from INNOPATH_TEST_PG_URL)."""

import json
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from innopath.engine.store.repository import NotFound, Outcome, Store, normalize_url
from innopath.engine.store.schema import LATEST, MIGRATIONS, StoreError, schema_table, upgrade

PG_URL = os.environ.get("INNOPATH_TEST_PG_URL")
NO_PG = "PostgreSQL tests need INNOPATH_TEST_PG_URL (start one with: bash .ci/postgres start)"


def _pg_database() -> str:
    """A fresh database on the test cluster, so tests do not see each other's rows."""
    assert PG_URL
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(normalize_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return PG_URL.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "innopath.db")
    if not PG_URL:
        pytest.skip(NO_PG)
    return _pg_database()


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    opened = Store(url)
    yield opened
    opened.close()


def outcome(top: str = "original") -> Outcome:
    return Outcome("rb-1", json.dumps({"ranking": [top]}), top, "recommended")


def test_a_new_database_is_at_the_latest_schema(store: Store) -> None:
    assert store.schema_version == LATEST == store.version_of_schema()


def test_assessment_round_trip_keeps_unknown_and_unasked_apart(store: Store) -> None:
    created = store.create(
        {"firm_name": "海信", "rd_resources": 4, "rd_intensity": 0.05, "geopolitical_risk": None}, "zh"
    )
    latest = store.get(created.id).latest
    assert latest.number == 1
    assert latest.answers == {
        "firm_name": "海信",
        "rd_resources": 4,
        "rd_intensity": 0.05,
        "geopolitical_risk": None,
    }
    assert latest.firm_name == "海信"


def test_every_save_is_a_new_version_and_a_stale_save_loses_nothing(store: Store) -> None:
    created = store.create({"firm_name": "A"}, "en")
    first = store.save(created.id, {"rd_resources": 3}, base=1)
    assert (first.version.number, first.stale) == (2, False)
    other_tab = store.save(created.id, {"financial_strength": 2}, base=1)
    assert other_tab.stale and other_tab.version.number == 3
    assert other_tab.version.answers == {"firm_name": "A", "rd_resources": 3, "financial_strength": 2}
    assert [v.number for v in store.history(created.id)] == [1, 2, 3]
    assert store.version(created.id, 1).answers == {"firm_name": "A"}
    dropped = store.save(created.id, {}, base=3, removed=("rd_resources",))
    assert "rd_resources" not in dropped.version.answers


def test_results_are_kept_with_their_rule_base_version(store: Store) -> None:
    created = store.create({"firm_name": "A"}, "en", outcome("original"))
    saved = store.save(
        created.id, {"rd_resources": 5}, base=1, outcome_of=lambda answers: outcome("cross_border_ma")
    )
    assert saved.version.outcome == outcome("cross_border_ma")
    assert store.version(created.id, 1).outcome == outcome("original")


def test_search_duplicate_delete_restore(store: Store) -> None:
    first = store.create({"firm_name": "Hisense 2001"}, "en")
    store.create({"firm_name": "Haier_1984"}, "en")
    store.create({}, "zh")
    assert [a.latest.firm_name for a in store.search("hisense")] == ["Hisense 2001"]
    assert [a.latest.firm_name for a in store.search("r_")] == ["Haier_1984"]  # _ is not a wildcard
    assert store.search("%") == []
    copy = store.duplicate(first.id, note="in three years")
    assert copy.id != first.id and copy.latest.answers == first.latest.answers
    store.delete(first.id)
    assert first.id not in [a.id for a in store.search()]
    with pytest.raises(NotFound):
        store.get(first.id)
    store.restore(first.id)
    assert store.get(first.id).latest.firm_name == "Hisense 2001"


def test_missing_things_are_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.get(999)
    created = store.create({}, "zh")
    with pytest.raises(NotFound):
        store.version(created.id, 7)
    with pytest.raises(NotFound):
        store.cohort(12345)


def test_cohorts(store: Store) -> None:
    cohort_id = store.add_cohort("firms.csv", {"rows": [{"firm_name": "甲"}]})
    assert store.cohort(cohort_id) == ("firms.csv", {"rows": [{"firm_name": "甲"}]})


def test_concurrent_saves_each_get_their_own_version(store: Store) -> None:
    created = store.create({}, "en")
    errors: list[Exception] = []

    def save(level: int) -> None:
        try:
            store.save(created.id, {f"field_{level}": level}, base=1)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(1, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    history = store.history(created.id)
    assert [v.number for v in history] == [1, 2, 3, 4, 5]
    assert history[-1].answers == {f"field_{n}": n for n in range(1, 5)}


def test_a_database_made_by_the_first_schema_opens_and_keeps_its_rows(url: str) -> None:
    engine = create_engine(normalize_url(url))
    with engine.begin() as connection:
        assert upgrade(connection, target=1) == 1
        connection.execute(text("INSERT INTO assessments (lang, created_at) VALUES ('zh', '2026-01-01')"))
        connection.execute(
            text(
                "INSERT INTO versions (assessment_id, number, created_at, answers, firm_name) "
                "VALUES (1, 1, '2026-01-01', '{\"firm_name\": \"老厂\", \"rd_resources\": 2}', '老厂')"
            )
        )
    engine.dispose()
    store = Store(url)
    try:
        assert store.schema_version == LATEST
        kept = store.get(1)
        assert kept.latest.answers == {"firm_name": "老厂", "rd_resources": 2}
        assert not kept.deleted and kept.latest.note is None
        store.delete(1)  # a column the second schema added
        assert store.search() == []
    finally:
        store.close()


def test_a_newer_database_is_refused(url: str) -> None:
    Store(url).close()
    engine = create_engine(normalize_url(url))
    with engine.begin() as connection:
        connection.execute(schema_table.update().values(version=len(MIGRATIONS) + 1))
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this innopath"):
        Store(url)


def test_a_failed_save_leaves_the_database_as_it_was(store: Store) -> None:
    created = store.create({"firm_name": "A"}, "en")

    def broken(answers: object) -> Outcome:
        raise RuntimeError("killed mid-save")

    with pytest.raises(RuntimeError):
        store.save(created.id, {"rd_resources": 1}, base=1, outcome_of=broken)
    assert [v.number for v in store.history(created.id)] == [1]


def test_urls() -> None:
    assert normalize_url("innopath.db") == "sqlite:///innopath.db"
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(StoreError):
        Store("postgresql://nobody@127.0.0.1:1/nothing")
