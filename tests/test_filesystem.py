"""Finding and reading files without trusting the file system: regular files only from folders, bounded reads,
and every path the OS refuses a Problem naming it."""

from __future__ import annotations

import io
import os
import socket
import stat
import sys
import threading

import pytest

from factlint.read.filesystem import FileKind, MissingPathError, bounded, discover, file_kind, read_bytes
from factlint.model import Problem

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and sockets are POSIX")


@pytest.mark.parametrize("mode, kind", [
    (stat.S_IFREG | 0o644, FileKind.REGULAR), (stat.S_IFDIR | 0o755, FileKind.FOLDER),
    (stat.S_IFIFO | 0o600, FileKind.FIFO), (stat.S_IFCHR | 0o666, FileKind.CHARACTER_DEVICE),
    (stat.S_IFBLK | 0o660, FileKind.BLOCK_DEVICE), (stat.S_IFSOCK | 0o777, FileKind.SOCKET),
    (0, FileKind.OTHER),
])
def test_file_kind(mode, kind):
    assert file_kind(mode) is kind


@pytest.mark.parametrize("data, limit, expected", [
    (b"", 10, b""), (b"x" * 10, 10, b"x" * 10), (b"x" * 11, 10, "gave more than the size limit of 10 bytes"),
    (b"x" * (3 << 20), 3 << 20, b"x" * (3 << 20)), (b"x" * ((3 << 20) + 1), 3 << 20, "more than the size limit"),
])
def test_bounded(data, limit, expected):
    result = bounded(io.BytesIO(data), limit, "p")
    if isinstance(expected, bytes):
        assert result == expected
    else:
        assert isinstance(result, Problem) and expected in result.message and result.path == "p"


def test_bounded_stops_reading_past_the_limit():
    stream = io.BytesIO(b"x" * 100)
    assert isinstance(bounded(stream, 10, "p"), Problem)
    assert stream.tell() == 11  # nothing is read past the first byte over the limit


@pytest.mark.parametrize("size, limit, expected", [
    (5, 10, b"hello"), (11, 10, "file of 11 bytes is over the size limit of 10; skipped"),
])
def test_regular_files(tmp_path, size, limit, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello world"[:size])
    result = read_bytes(str(path), limit, named=False)
    assert result == expected if isinstance(expected, bytes) else expected in result.message


@posix_only
@pytest.mark.parametrize("named", [False, True])
def test_a_fifo_found_in_a_folder_is_skipped_and_a_named_one_is_read(tmp_path, named):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    if named:
        writer = threading.Thread(target=fifo.write_bytes, args=(b"The talks lasted four days.",))
        writer.start()
        assert read_bytes(str(fifo), 1000, named=True) == b"The talks lasted four days."
        writer.join()
    else:  # no writer: reading would wait for ever
        problem = read_bytes(str(fifo), 1000, named=False)
        assert problem.message == "not a regular file but a FIFO (named pipe); skipped (name it to read it)"


@posix_only
@pytest.mark.parametrize("device, limit, expected", [
    ("/dev/zero", 1000, "character device gave more than the size limit of 1000 bytes"),
    ("/dev/null", 1000, b""),
])
def test_named_devices_are_read_up_to_the_limit(device, limit, expected):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    result = read_bytes(device, limit, named=True)
    assert result == expected if isinstance(expected, bytes) else expected in result.message


@posix_only
def test_a_device_found_by_a_link_in_a_folder_is_skipped(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    assert "but a character device; skipped" in read_bytes(str(tmp_path / "zero.txt"), 10, named=False).message


@posix_only
@pytest.mark.parametrize("named", [False, True])
def test_sockets(tmp_path, named):
    path = tmp_path / "s.txt"
    if len(str(path)) > 100:
        pytest.skip("socket path too long for AF_UNIX")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        problem = read_bytes(str(path), 10, named=named)
    finally:
        server.close()
    assert isinstance(problem, Problem)
    assert ("socket" if not named else "cannot read file") in problem.message


@posix_only
@pytest.mark.parametrize("make, reason", [
    (lambda p: os.symlink(p / "x.txt", p / "x.txt"), "Too many levels of symbolic links"),
    (lambda p: os.symlink(p / "gone", p / "x.txt"), "No such file or directory"),
])
def test_paths_the_os_refuses_are_problems_naming_them(tmp_path, make, reason):
    make(tmp_path)
    problem = read_bytes(str(tmp_path / "x.txt"), 10, named=True)
    assert problem.path == str(tmp_path / "x.txt") and problem.message == f"cannot read file: {reason}"


@pytest.mark.parametrize("path", ["d" * 300 + "/x.txt", "/".join(["d" * 200] * 25)])
def test_paths_too_long_are_problems_naming_them(path):
    problem = read_bytes(path, 10, named=True)
    assert problem.path == path and "is too long for the system (File name too long)" in problem.message


def _deep_tree(root, depth: int) -> str:
    """A chain of folders `depth` deep (built with relative paths, past PATH_MAX) with an article at the bottom."""
    old = os.getcwd()
    os.chdir(root)
    try:
        for _ in range(depth):
            os.mkdir("d" * 10)
            os.chdir("d" * 10)
        with open("deep.txt", "w") as handle:
            handle.write("The talks lasted four days.\n")
    finally:
        os.chdir(old)
    return os.path.join(str(root), *(["d" * 10] * depth), "deep.txt")


@pytest.mark.skipif(sys.platform != "linux", reason="PATH_MAX of 4096 is Linux's")
def test_a_tree_deeper_than_path_max_is_a_problem_not_a_silent_skip(tmp_path):
    deep = _deep_tree(tmp_path, 500)
    (tmp_path / "top.txt").write_text("The talks lasted four days.\n")
    found = discover([str(tmp_path)])
    assert str(tmp_path / "top.txt") in found
    unlisted = [p for p in found if p != str(tmp_path / "top.txt")]
    assert len(unlisted) == 1 and deep.startswith(unlisted[0]) and len(unlisted[0]) >= 4000
    problem = read_bytes(unlisted[0], 1000, named=False)
    assert "too long for the system (File name too long); it and anything under it are not checked" in problem.message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root lists everything")
def test_a_folder_without_permission_is_a_problem(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("x")
    locked.chmod(0)
    try:
        found = discover([str(tmp_path)])
        assert found == [str(locked)]
        assert read_bytes(str(locked), 10, named=False).message.startswith("cannot read folder: Permission denied")
    finally:
        locked.chmod(0o755)


@posix_only
def test_discover_lists_special_files_for_reading_to_refuse(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert [os.path.basename(p) for p in discover([str(tmp_path)])] == ["a.txt", "loop.txt", "pipe.txt"]


@pytest.mark.parametrize("named", ["-", "/dev/null"])
def test_discover_keeps_named_paths_as_they_are(named):
    if named != "-" and not os.path.exists(named):
        pytest.skip("no /dev/null")
    assert discover([named]) == [named]


def test_discover_names_a_missing_path(tmp_path):
    with pytest.raises(MissingPathError):
        discover([str(tmp_path / "nope")])


def test_discover_keeps_a_named_path_too_long_to_stat(tmp_path):
    long = str(tmp_path / ("x" * 300))
    assert discover([long]) == [long]
