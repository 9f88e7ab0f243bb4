"""Where the packaged data lives, whether run from the checkout or from an installed wheel."""

from importlib.resources import files
from pathlib import Path


def rules_dir() -> Path:
    """The shipped rule base (`rules/` in the checkout, `innopath/rules` when installed)."""
    return Path(str(files("innopath.rules")))


def reports_dir() -> Path:
    """The shipped report templates."""
    return Path(str(files("innopath.reports")))
