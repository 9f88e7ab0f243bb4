import os
import stat
import threading
from pathlib import Path

import pytest

from innopath.engine.common.files import (
    OutputError,
    atomic_writer,
    check_writable,
    create_exclusive,
    refuse_same_file,
    write_text_atomic,
)


def test_a_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    real, link = tmp_path / "real.md", tmp_path / "link.md"
    real.write_text("old")
    link.symlink_to(real)
    write_text_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_fifo_is_written_directly_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_text_atomic(fifo, "through the pipe")
    reader.join(timeout=5)
    assert received == ["through the pipe"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_character_device_is_written_directly() -> None:
    write_text_atomic(Path("/dev/null"), "discarded")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "secret.yaml"
    target.write_text("old")
    target.chmod(0o600)
    write_text_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() == "new"


def test_a_new_file_gets_the_mode_a_plain_open_would(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    write_text_atomic(target, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write("half")
        raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_refused_as_an_output(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder"):
        check_writable(tmp_path)


def test_a_read_only_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="not writable"):
            check_writable(folder / "out.csv")
    finally:
        folder.chmod(0o700)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        check_writable(tmp_path / "missing" / "out.csv")


def test_the_input_is_never_the_output(tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    source.write_text("core_ip: 3\n")
    (tmp_path / "alias.yaml").symlink_to(source)
    with pytest.raises(OutputError, match="would replace the input"):
        refuse_same_file(source, tmp_path / "alias.yaml")


def test_create_exclusive_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    create_exclusive(target, "first")
    with pytest.raises(FileExistsError):
        create_exclusive(target, "second")
    assert target.read_text() == "first"
