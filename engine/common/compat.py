"""Refuse to run on dependencies known to break experta, with a message that says what to do."""

from importlib.metadata import PackageNotFoundError, version

from innopath.engine.common.errors import EnvironmentProblem

FIX = (
    "experta 1.9.4 pins frozendict==1.2, which does not import on Python 3.10+. Install innopath with uv "
    "(`uv sync` in the checkout, or `uv tool install innopath`), which applies the project's overrides, or "
    "repair this environment with: pip install 'frozendict>=2.4' 'schema>=0.7'"
)


def _major(package: str) -> int | None:
    try:
        return int(version(package).split(".")[0])
    except (PackageNotFoundError, ValueError):
        return None


def check_dependencies() -> None:
    """Raise `EnvironmentProblem` when frozendict 1.x (experta's own pin) is installed."""
    major = _major("frozendict")
    if major is not None and major < 2:
        raise EnvironmentProblem(f"frozendict {version('frozendict')} is installed and cannot work", [FIX])
