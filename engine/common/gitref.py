"""A folder as it was at a git ref (a commit, branch or tag), written out to a temporary folder."""

import io
import subprocess
import tarfile
from pathlib import Path

from innopath.engine.common.errors import InnopathError


class GitRefError(InnopathError):
    """No git, not a git checkout, an unknown ref, or a ref without the folder."""


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitRefError("git is not installed; name a rule-base folder instead of a git ref") from None


def _text(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8", "replace").strip()


def folder_at_ref(folder: Path, ref: str, into: Path) -> Path:
    """Write `folder` as it was at `ref` (of the repository that holds `folder`) into `into`; return `into`.

    Raises `GitRefError` when `folder` is not in a git checkout, `ref` names no commit, or the folder did
    not exist at that commit.
    """
    folder = folder.resolve()
    if not folder.is_dir():
        raise GitRefError(f"{folder}: not a folder")
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise GitRefError(
            f"{folder} is not in a git checkout, so --against {ref!r} cannot name a commit; "
            "name a rule-base folder instead"
        )
    root = Path(_text(top))
    prefix = folder.relative_to(root.resolve()).as_posix()
    if ref.startswith("-") or _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode:
        raise GitRefError(
            f"{ref!r} is neither a folder nor a commit, branch or tag of the git checkout at {root}"
        )
    tree = f"{ref}:{prefix}" if prefix != "." else f"{ref}:"
    if _git(root, "cat-file", "-e", tree).returncode != 0:
        raise GitRefError(f"{prefix}/ does not exist at {ref!r} in {root}")
    archive = _git(root, "archive", "--format=tar", tree)
    if archive.returncode != 0:
        message = archive.stderr.decode("utf-8", "replace").strip()
        raise GitRefError(f"git archive {tree} failed: {message}")
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into
