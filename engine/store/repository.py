"""The one interface to the assessments database, the same over SQLite and PostgreSQL.

An assessment is a firm's answers kept over time: every save is a new numbered version, never an update in
place, so two browser tabs editing one assessment lose nothing (the later save lands on top of the earlier
one and is told it was made from a stale version). Each version keeps the result computed from its answers
and the rule-base version it was computed with. Every write is one transaction.
"""

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, RowMapping, create_engine, event, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import StaticPool

from innopath.engine.common.errors import say
from innopath.engine.knowledge.profile import Answer
from innopath.engine.store.schema import (
    StoreError,
    assessments,
    cohorts,
    current_version,
    upgrade,
    versions,
)

Answers = Mapping[str, Answer | None]
SAVE_ATTEMPTS = 5


class NotFound(StoreError):
    """No such assessment, version or cohort (or it was deleted)."""


@dataclass(frozen=True)
class Outcome:
    """A computed result to keep with a version."""

    rulebase_version: str
    result: str
    """The `Recommendation` as JSON."""
    top_path: str
    top_verdict: str


@dataclass(frozen=True)
class Version:
    assessment_id: int
    number: int
    created_at: str
    answers: dict[str, Answer | None]
    firm_name: str | None
    note: str | None
    outcome: Outcome | None


@dataclass(frozen=True)
class Assessment:
    id: int
    lang: str
    created_at: str
    deleted: bool
    latest: Version


@dataclass(frozen=True)
class Saved:
    version: Version
    stale: bool
    """The save was made from an older version than the latest: it was applied on top of the latest."""


def normalize_url(url: str) -> str:
    """A database URL as SQLAlchemy wants it: a bare path is a SQLite file; postgres uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Store:
    """Assessments, versions and cohorts in one database."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        options: dict[str, Any] = {}
        if self.url.startswith("sqlite"):
            options["connect_args"] = {"check_same_thread": False, "timeout": 30}
            if self.url in ("sqlite://", "sqlite:///:memory:"):
                options["poolclass"] = StaticPool
        try:
            self.engine: Engine = create_engine(self.url, **options)
        except Exception as exc:  # a malformed URL or a missing driver
            raise StoreError(say("store_cannot_use", url=repr(url), problem=exc)) from None
        if self.url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            with self.engine.begin() as connection:
                self.schema_version = upgrade(connection)
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(say("store_cannot_open", url=repr(url), problem=exc.orig)) from None
        except BaseException:
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    def version_of_schema(self) -> int:
        with self.engine.connect() as connection:
            return current_version(connection)

    # --- assessments ---

    def create(
        self, answers: Answers, lang: str, outcome: Outcome | None = None, note: str | None = None
    ) -> Assessment:
        with self._write() as connection:
            assessment_id = connection.execute(
                assessments.insert().values(lang=lang, created_at=now()).returning(assessments.c.id)
            ).scalar_one()
            self._insert_version(connection, assessment_id, 1, answers, outcome, note)
        return self.get(assessment_id)

    def get(self, assessment_id: int, *, deleted: bool = False) -> Assessment:
        with self.engine.connect() as connection:
            row = connection.execute(select(assessments).where(assessments.c.id == assessment_id)).first()
            if row is None or (row.deleted_at is not None and not deleted):
                raise NotFound(say("store_no_assessment", id=assessment_id))
            latest = self._latest(connection, assessment_id)
        return Assessment(row.id, row.lang, row.created_at, row.deleted_at is not None, latest)

    def search(self, query: str | None = None) -> list[Assessment]:
        """Every assessment not deleted, most recently changed first; `query` filters on the firm name."""
        newest = (
            select(versions.c.assessment_id, func.max(versions.c.number).label("number"))
            .group_by(versions.c.assessment_id)
            .subquery()
        )
        statement = (
            select(
                assessments.c.id.label("aid"),
                assessments.c.lang,
                assessments.c.created_at.label("a_created"),
                assessments.c.deleted_at,
                *(c for c in versions.c if c.name not in ("id", "assessment_id")),
            )
            .join(newest, newest.c.assessment_id == assessments.c.id)
            .join(
                versions,
                (versions.c.assessment_id == newest.c.assessment_id) & (versions.c.number == newest.c.number),
            )
            .where(assessments.c.deleted_at.is_(None))
            .order_by(versions.c.created_at.desc(), assessments.c.id.desc())
        )
        if query:
            pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            statement = statement.where(func.lower(versions.c.firm_name).like(pattern.lower(), escape="\\"))
        with self.engine.connect() as connection:
            rows = connection.execute(statement).all()
        return [
            Assessment(row.aid, row.lang, row.a_created, False, _version(row._mapping, row.aid))
            for row in rows
        ]

    def duplicate(self, assessment_id: int, note: str | None = None) -> Assessment:
        source = self.get(assessment_id)
        return self.create(source.latest.answers, source.lang, source.latest.outcome, note)

    def delete(self, assessment_id: int) -> None:
        self.get(assessment_id)
        with self._write() as connection:
            connection.execute(
                assessments.update().where(assessments.c.id == assessment_id).values(deleted_at=now())
            )

    def restore(self, assessment_id: int) -> None:
        self.get(assessment_id, deleted=True)
        with self._write() as connection:
            connection.execute(
                assessments.update().where(assessments.c.id == assessment_id).values(deleted_at=None)
            )

    # --- versions ---

    def history(self, assessment_id: int) -> list[Version]:
        self.get(assessment_id)
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(versions).where(versions.c.assessment_id == assessment_id).order_by(versions.c.number)
            ).all()
        return [_version(row._mapping, assessment_id) for row in rows]

    def version(self, assessment_id: int, number: int | None = None) -> Version:
        if number is None:
            return self.get(assessment_id).latest
        self.get(assessment_id)
        with self.engine.connect() as connection:
            row = connection.execute(
                select(versions).where(
                    (versions.c.assessment_id == assessment_id) & (versions.c.number == number)
                )
            ).first()
        if row is None:
            raise NotFound(say("store_no_version", id=assessment_id, number=number))
        return _version(row._mapping, assessment_id)

    def save(
        self,
        assessment_id: int,
        changes: Answers,
        base: int,
        *,
        removed: tuple[str, ...] = (),
        prune: Callable[[dict[str, Answer | None]], dict[str, Answer | None]] | None = None,
        outcome_of: Callable[[dict[str, Answer | None]], Outcome | None] | None = None,
        note: str | None = None,
    ) -> Saved:
        """Apply `changes` (and drop the answers in `removed`) on top of the latest version, as a new one.

        `base` is the version the person was looking at; when it is not the latest, the save still lands
        (on the latest, so the other tab's answers stay) and `stale` says so. `prune(answers)` may drop
        answers that no longer apply; `outcome_of(answers)` computes the result kept with the new version.
        """
        self.get(assessment_id)
        for _ in range(SAVE_ATTEMPTS):
            try:
                with self._write() as connection:
                    latest = self._latest(connection, assessment_id)
                    answers = {k: v for k, v in {**latest.answers, **changes}.items() if k not in removed}
                    if prune is not None:
                        answers = prune(answers)
                    outcome = outcome_of(answers) if outcome_of else None
                    number = latest.number + 1
                    self._insert_version(connection, assessment_id, number, answers, outcome, note)
                return Saved(self.version(assessment_id, number), stale=base != latest.number)
            except IntegrityError:  # another save took this number first: retry on top of it
                continue
        raise StoreError(say("store_busy", id=assessment_id))

    def _latest(self, connection: Connection, assessment_id: int) -> Version:
        row = connection.execute(
            select(versions)
            .where(versions.c.assessment_id == assessment_id)
            .order_by(versions.c.number.desc())
            .limit(1)
        ).first()
        if row is None:
            raise NotFound(say("store_no_versions", id=assessment_id))
        return _version(row._mapping, assessment_id)

    @staticmethod
    def _insert_version(
        connection: Connection,
        assessment_id: int,
        number: int,
        answers: Answers,
        outcome: Outcome | None,
        note: str | None,
    ) -> None:
        firm = answers.get("firm_name")
        connection.execute(
            versions.insert().values(
                assessment_id=assessment_id,
                number=number,
                created_at=now(),
                answers=json.dumps(dict(answers), ensure_ascii=False, sort_keys=True),
                firm_name=firm if isinstance(firm, str) else None,
                rulebase_version=outcome.rulebase_version if outcome else None,
                result=outcome.result if outcome else None,
                top_path=outcome.top_path if outcome else None,
                top_verdict=outcome.top_verdict if outcome else None,
                note=note,
            )
        )

    # --- cohorts ---

    def add_cohort(self, source: str, payload: Mapping[str, Any]) -> int:
        with self._write() as connection:
            return int(
                connection.execute(
                    cohorts.insert()
                    .values(created_at=now(), source=source, payload=json.dumps(payload, ensure_ascii=False))
                    .returning(cohorts.c.id)
                ).scalar_one()
            )

    def cohort(self, cohort_id: int) -> tuple[str, dict[str, Any]]:
        with self.engine.connect() as connection:
            row = connection.execute(select(cohorts).where(cohorts.c.id == cohort_id)).first()
        if row is None:
            raise NotFound(say("store_no_cohort", id=cohort_id))
        payload: dict[str, Any] = json.loads(row.payload)
        return row.source, payload


def _version(row: RowMapping, assessment_id: int) -> Version:
    outcome = (
        Outcome(row["rulebase_version"], row["result"], row["top_path"] or "", row["top_verdict"] or "")
        if row["result"] is not None
        else None
    )
    return Version(
        assessment_id=assessment_id,
        number=row["number"],
        created_at=row["created_at"],
        answers=json.loads(row["answers"]),
        firm_name=row["firm_name"],
        note=row["note"],
        outcome=outcome,
    )


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
