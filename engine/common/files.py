"""Writing files so that nothing the user had is lost: a temp file beside the target, then a rename."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_writer(target: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[str]]:
    """Open a temp file beside `target`; on success it replaces `target`, on error it is removed.

    An existing `target` is therefore replaced only when the whole new content was written.
    """
    target = Path(target)
    binary = "b" in mode
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path("."))
    try:
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline=None if binary else ""
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the mode a plain open would
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
