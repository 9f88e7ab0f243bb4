"""The Chinese steps, registered with pytest-bdd from the one step vocabulary (validation/vocabulary.py)."""

from pytest_bdd import given, parsers, then, when

from innopath.engine.applications.validation.vocabulary import bdd_step, vocabulary

_DECORATORS = {"given": given, "when": when, "then": then}

for _entry in vocabulary("zh"):
    _DECORATORS[_entry.type](parsers.re(_entry.pattern))(bdd_step(_entry))
