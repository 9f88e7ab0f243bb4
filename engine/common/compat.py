"""Refuse to run on dependencies known to break experta, with a message that says what to do."""

from importlib.metadata import PackageNotFoundError, version

from innopath.engine.common.errors import EnvironmentProblem, say


def _major(package: str) -> int | None:
    try:
        return int(version(package).split(".")[0])
    except (PackageNotFoundError, ValueError):
        return None


def check_dependencies() -> None:
    """Raise `EnvironmentProblem` when frozendict 1.x (experta's own pin) is installed."""
    major = _major("frozendict")
    if major is not None and major < 2:
        raise EnvironmentProblem(say("frozendict", version=version("frozendict")), [say("frozendict_fix")])
