"""Assessments kept in a database (SQLite by default, PostgreSQL by URL): answers, every version, results."""
