import pytest

from innopath.engine.common import compat
from innopath.engine.common.errors import EnvironmentProblem


def test_frozendict_1_is_refused_with_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compat, "version", lambda package: "1.2")
    with pytest.raises(EnvironmentProblem) as caught:
        compat.check_dependencies()
    assert "frozendict 1.2" in str(caught.value)
    assert "pip install 'frozendict>=2.4' 'schema>=0.7'" in str(caught.value)


def test_current_environment_passes() -> None:
    compat.check_dependencies()


def test_only_the_compiler_imports_experta() -> None:
    """The dependency guard runs in compiler.py before experta is imported; nothing may import it earlier."""
    from pathlib import Path

    engine_dir = Path(compat.__file__).parents[1]
    importers = {
        p.relative_to(engine_dir).as_posix()
        for p in engine_dir.rglob("*.py")
        if "from experta" in p.read_text() or "import experta" in p.read_text()
    }
    assert importers == {"inference/compiler.py"}
