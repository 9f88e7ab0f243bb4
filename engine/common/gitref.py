"""A folder as it was at a git ref (a commit, branch or tag), written out to a temporary folder."""

import io
import subprocess
import tarfile
from pathlib import Path

from innopath.engine.common.errors import InnopathError, say


class GitRefError(InnopathError):
    """No git, not a git checkout, an unknown ref, or a ref without the folder."""


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitRefError(say("git_missing")) from None


def _text(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8", "replace").strip()


def folder_at_ref(folder: Path, ref: str, into: Path) -> Path:
    """Write `folder` as it was at `ref` (of the repository that holds `folder`) into `into`; return `into`.

    Raises `GitRefError` when `folder` is not in a git checkout, `ref` names no commit, or the folder did
    not exist at that commit.
    """
    folder = folder.resolve()
    if not folder.is_dir():
        raise GitRefError(say("git_not_folder", folder=folder))
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise GitRefError(say("git_not_checkout", folder=folder, ref=repr(ref)))
    root = Path(_text(top))
    prefix = folder.relative_to(root.resolve()).as_posix()
    if ref.startswith("-") or _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode:
        raise GitRefError(say("git_bad_ref", ref=repr(ref), root=root))
    tree = f"{ref}:{prefix}" if prefix != "." else f"{ref}:"
    if _git(root, "cat-file", "-e", tree).returncode != 0:
        raise GitRefError(say("git_no_prefix", prefix=prefix, ref=repr(ref), root=root))
    archive = _git(root, "archive", "--format=tar", tree)
    if archive.returncode != 0:
        message = archive.stderr.decode("utf-8", "replace").strip()
        raise GitRefError(say("git_archive", tree=tree, message=message))
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into
