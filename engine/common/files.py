"""Writing files so that nothing the user had is lost: a temp file beside the target, then a rename.

The rename happens only onto a regular file (or a new name): a symlink is followed and its target
replaced, a terminal, FIFO or other character device (`-o /dev/stdout`) is written directly, and anything
else that is not a regular file is refused. A replaced file keeps its permission bits.
"""

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from innopath.engine.common.errors import InnopathError, Phrase, say


class OutputError(InnopathError):
    """An output path that cannot be written (a folder, a socket, the input itself)."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _existing_mode(target: Path) -> int | None:
    """The stat mode of what is at `target` (after symlinks), or None when nothing is."""
    try:
        return target.stat().st_mode
    except FileNotFoundError:
        return None


def is_stream(target: Path) -> bool:
    """Whether `target` is a FIFO or a character device (a terminal, /dev/stdout, /dev/null)."""
    mode = _existing_mode(target)
    return mode is not None and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode))


def _role(role: str) -> "Phrase | str":
    """The role of a file (output, summary, report) in words, when it has a message of its own."""
    try:
        return say(f"role_{role}")
    except KeyError:
        return role


def check_writable(target: Path, role: str = "output") -> None:
    """Fail now, before any work, when `target` cannot be written: a folder, a missing or read-only folder."""
    target = Path(target)
    mode = _existing_mode(target)
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(say("output_folder", target=target, role=_role(role)))
    if mode is not None and not (stat.S_ISREG(mode) or is_stream(target)):
        raise OutputError(say("output_not_regular", target=target, role=_role(role)))
    if is_stream(target):
        return
    folder = Path(os.path.realpath(target)).parent
    if not folder.is_dir():
        raise OutputError(say("output_no_folder", target=target, folder=target.parent))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(say("output_not_writable", target=target, folder=folder))


def refuse_same_file(source: Path, target: Path) -> None:
    """Refuse to write an output over the input it is made from."""
    if source.exists() and target.exists() and os.path.samefile(source, target):
        raise OutputError(say("output_same", target=target, source=source))


@contextmanager
def atomic_writer(target: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[str]]:
    """Open a temp file beside `target`; on success it replaces `target`, on error it is removed.

    An existing `target` is therefore replaced only when the whole new content was written. A symlink is
    written through to its target; a FIFO or character device is written directly.
    """
    target = Path(os.path.realpath(target))
    binary = "b" in mode
    text_args = {"encoding": None if binary else encoding, "newline": None if binary else ""}
    if is_stream(target):
        with open(target, mode, **text_args) as stream:  # type: ignore[call-overload]
            yield stream
        return
    existing = _existing_mode(target)
    if existing is not None and not stat.S_ISREG(existing):
        raise OutputError(say("output_refuse", target=target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **text_args) as handle:  # type: ignore[call-overload]
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        kept = stat.S_IMODE(existing) if existing is not None else 0o666 & ~_umask()
        os.chmod(tmp, kept)  # mkstemp makes 0600: keep the replaced file's mode, else a plain open's
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(target: Path, text: str) -> None:
    with atomic_writer(target) as handle:
        handle.write(text)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_writer(target, "wb") as handle:
        handle.write(data)  # type: ignore[arg-type]


def create_exclusive(target: Path, text: str) -> None:
    """Create `target` with `text`, failing with `FileExistsError` if anything is already there.

    The text is written to a temporary file first and hard-linked to `target` (an atomic create that fails if
    the name exists), so nobody ever sees `target` empty: opening with "x" and then writing left a moment in
    which a second interview took the new, still blank file for one not yet started.
    """
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: create, then write
            with open(target, "x", encoding="utf-8", newline="") as handle:
                handle.write(text)
    finally:
        Path(tmp).unlink(missing_ok=True)
