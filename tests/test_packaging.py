"""The command works from a built wheel, installed in a fresh venv, outside the checkout."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "hisense-2001.yaml"
UV = shutil.which("uv")

pytestmark = pytest.mark.skipif(UV is None, reason="uv is not on PATH (the README's commands install it)")


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT")}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = run(UV, "build", "--wheel", "--out-dir", out, ROOT, cwd=ROOT)  # type: ignore[arg-type]
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("innopath-*.whl")
    return found


def fresh_venv(where: Path) -> Path:
    made = run(UV, "venv", "--quiet", where / "venv", cwd=where)  # type: ignore[arg-type]
    assert made.returncode == 0, made.stderr
    return where / "venv"


def test_wheel_installs_under_one_package_name(wheel: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top == {"innopath"}
    assert "innopath/rules/original.yaml" in names and "innopath/engine/inference/compiler.py" in names


def test_recommend_runs_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    venv = fresh_venv(tmp_path)
    overrides = tmp_path / "overrides.txt"
    overrides.write_text("frozendict>=2.4\nschema>=0.7\n")
    installed = run(
        UV,
        "pip",
        "install",
        "--quiet",
        "--python",
        venv / "bin" / "python",  # type: ignore[arg-type]
        "--override",
        overrides,
        wheel,
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    done = run(venv / "bin" / "innopath", "recommend", EXAMPLE, "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"ranking"' in done.stdout and '"original"' in done.stdout


def test_plain_install_with_frozendict_1_2_fails_with_what_to_do(wheel: Path, tmp_path: Path) -> None:
    venv = fresh_venv(tmp_path)
    installed = run(
        UV,
        "pip",
        "install",
        "--quiet",
        "--python",
        venv / "bin" / "python",
        wheel,  # type: ignore[arg-type]
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    done = run(venv / "bin" / "innopath", "recommend", EXAMPLE, cwd=tmp_path)
    assert done.returncode == 2
    assert "frozendict 1.2" in done.stderr and "pip install 'frozendict>=2.4'" in done.stderr
    assert "Traceback" not in done.stderr
