"""Every scenario of features/, in both languages, run by pytest-bdd with the steps of conftest.py."""

from pathlib import Path

from pytest_bdd import scenarios

FEATURES = Path(__file__).resolve().parents[2] / "features"

scenarios(str(FEATURES / "en"), str(FEATURES / "zh"))
