"""Scenario support: the world a scenario runs in, and the step definitions of both languages."""

import pytest
from steps_en import *  # noqa: F403  (pytest-bdd finds step definitions among the conftest's fixtures)
from steps_zh import *  # noqa: F403

from innopath.engine.inference import shipped_engine
from innopath.engine.validate import World


@pytest.fixture
def world() -> World:
    """A fresh scenario against the shipped rule base."""
    return World(shipped_engine())
