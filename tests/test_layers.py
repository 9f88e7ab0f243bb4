"""The house: every module of engine/ and reports/ imports only from its own layer or the layers below."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAYERS = (
    "innopath.engine.common",
    "innopath.engine.knowledge",
    "innopath.engine.inference",
    "innopath.engine.columnar",
    "innopath.reports",
    "innopath.engine.analysis",
    "innopath.engine.applications",
    "innopath.engine.store",
    "innopath.engine.web",
    "innopath.engine.cli",
)
"""From the bottom up. `reports` holds the wording (labels, phrases) that analysis and applications use."""


def layer_of(module: str) -> int | None:
    for index, prefix in enumerate(LAYERS):
        if module == prefix or module.startswith(prefix + "."):
            return index
    return None


def module_name(path: Path) -> str:
    folder, *rest = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(["innopath", folder, *rest]).removesuffix(".__init__")


def imported(path: Path) -> list[tuple[int, str]]:
    """Every innopath module the file imports, at the top or inside a function, with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name.startswith("innopath.")]


SOURCES = sorted([*(ROOT / "engine").rglob("*.py"), *(ROOT / "reports").rglob("*.py")])


def test_every_engine_module_belongs_to_a_layer() -> None:
    assert [p for p in SOURCES if layer_of(module_name(p)) is None and p.name != "__init__.py"] == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_import_runs_up_the_layers(path: Path) -> None:
    own = layer_of(module_name(path))
    if own is None:
        return
    upward = [
        f"line {line}: {name}"
        for line, name in imported(path)
        if (target := layer_of(name)) is not None and target > own
    ]
    assert upward == [], f"{module_name(path)} ({LAYERS[own]}) imports from a higher layer"


def test_the_check_finds_an_upward_import(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("def f():\n    from innopath.engine.cli.console import x\n")
    assert imported(source) == [(2, "innopath.engine.cli.console")]
    assert layer_of("innopath.engine.cli.console") > layer_of("innopath.engine.analysis.whatif")  # type: ignore[operator]
