"""Scenario support: the world a scenario runs in, and the step definitions of both languages."""

import pytest
from steps_en import *  # noqa: F403  (pytest-bdd finds step definitions among the conftest's fixtures)
from steps_zh import *  # noqa: F403

from innopath.engine.applications.validation.steps import World
from innopath.engine.inference.engine import shipped_engine


@pytest.fixture
def world() -> World:
    """A fresh scenario against the shipped rule base."""
    return World(shipped_engine())
