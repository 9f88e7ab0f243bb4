"""The store's tables and their versioned schema, upgraded in place.

`innopath_schema` holds one row: the schema version the database is at. `MIGRATIONS[n]` takes a database
from version n to n + 1; each runs in its own transaction together with the version bump, so a database is
always at exactly one version. A newer innopath opens an older database and upgrades it without losing a
row; an older innopath refuses a newer database rather than misread it.
"""

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    text,
)

from innopath.engine.common.errors import InnopathError, say


class StoreError(InnopathError):
    """A database innopath cannot use (unreachable, or made by a newer innopath)."""


def _tables_v1(metadata: MetaData) -> None:
    """The first schema: assessments and their versions (answers, result, rule-base version)."""
    Table(
        "assessments",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("lang", String(8), nullable=False),
        Column("created_at", String(40), nullable=False),
    )
    Table(
        "versions",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("assessment_id", Integer, ForeignKey("assessments.id"), nullable=False, index=True),
        Column("number", Integer, nullable=False),
        Column("created_at", String(40), nullable=False),
        Column("answers", Text, nullable=False),
        Column("firm_name", Text),
        Column("rulebase_version", String(80)),
        Column("result", Text),
        Column("top_path", String(80)),
        Column("top_verdict", String(40)),
        UniqueConstraint("assessment_id", "number"),
    )


def _v1(connection: Connection) -> None:
    metadata = MetaData()
    _tables_v1(metadata)
    metadata.create_all(connection)


def _v2(connection: Connection) -> None:
    """Deletion with undo (a deleted_at mark), a note per version, and uploaded cohorts."""
    connection.execute(text("ALTER TABLE assessments ADD COLUMN deleted_at VARCHAR(40)"))
    connection.execute(text("ALTER TABLE versions ADD COLUMN note TEXT"))
    metadata = MetaData()
    _cohorts(metadata)
    metadata.create_all(connection)


def _cohorts(metadata: MetaData) -> Table:
    return Table(
        "cohorts",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("created_at", String(40), nullable=False),
        Column("source", Text, nullable=False),
        Column("payload", Text, nullable=False),
    )


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2)
"""From version 0 (an empty database) up; the schema version is len(MIGRATIONS)."""
LATEST = len(MIGRATIONS)

# The current schema, for queries.
metadata = MetaData()
_tables_v1(metadata)
assessments = metadata.tables["assessments"]
versions = metadata.tables["versions"]
assessments.append_column(Column("deleted_at", String(40)))
versions.append_column(Column("note", Text))
cohorts = _cohorts(metadata)
schema_table = Table("innopath_schema", metadata, Column("version", Integer, nullable=False))


def current_version(connection: Connection) -> int:
    """The schema version of the database: 0 when it is empty."""
    if not inspect(connection).has_table("innopath_schema"):
        return 0
    value = connection.execute(schema_table.select()).scalar()
    return int(value or 0)


def upgrade(connection: Connection, target: int = LATEST) -> int:
    """Bring the database to `target` (the latest by default), one migration per step; returns the version.

    The caller holds a transaction; a failure rolls the whole upgrade back.
    """
    found = current_version(connection)
    if found > LATEST:
        raise StoreError(say("store_newer", found=found, latest=LATEST))
    if found == 0 and not inspect(connection).has_table("innopath_schema"):
        schema_table.create(connection)
        connection.execute(schema_table.insert().values(version=0))
    for step in range(found, target):
        MIGRATIONS[step](connection)
        connection.execute(schema_table.update().values(version=step + 1))
    return max(found, target)
