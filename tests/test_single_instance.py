"""One RefDesk per database: a second launch brings the first forward; writers never share a file unknowingly."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from refdesk import paths
from refdesk.services.instance import DatabaseInUse, InstanceLock, command_lock, read_holder
from tests.conftest import ROOT, run_refdesk

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process handling in these tests")


def start_window(data_dir: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "refdesk", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def log_text(data_dir: Path) -> str:
    path = data_dir / "logs" / "refdesk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


@pytest.fixture
def first_window(tmp_path):
    folder = tmp_path / "data"
    proc = start_window(folder)
    try:
        wait_for(lambda: "locked" in log_text(folder) or proc.poll() is not None)
        assert proc.poll() is None, proc.stderr.read()
        yield proc, folder
    finally:
        stop(proc)


def test_second_launch_brings_the_first_window_forward_and_exits(first_window):
    proc, folder = first_window
    started = time.monotonic()
    second = run_refdesk("--data-dir", str(folder), timeout=60)
    assert second.returncode == 0, second.stderr
    assert time.monotonic() - started < 20
    wait_for(lambda: "a second launch asked this window to come forward" in log_text(folder), 10)
    assert proc.poll() is None  # the first window is still there
    holder = read_holder(folder / paths.DATABASE_FILE)
    assert holder is not None and holder.pid == proc.pid and holder.kind == "window"


def test_command_line_writer_is_refused_while_the_window_is_open_but_readers_run(first_window):
    proc, folder = first_window
    demo = run_refdesk("--data-dir", str(folder), "demo", "--partners", "2", "--referrals", "1")
    assert demo.returncode == 2
    assert f"in use by the RefDesk window (process {proc.pid})" in demo.stderr
    assert "Traceback" not in demo.stderr
    info = run_refdesk("--data-dir", str(folder), "info", "--json")
    assert info.returncode == 0, info.stderr
    assert '"partners": 0' in info.stdout  # the refused writer wrote nothing
    exported = run_refdesk("--data-dir", str(folder), "export", str(folder.parent / "x.zip"))
    assert exported.returncode == 0, exported.stderr
    stop(proc)
    # once the window is closed the lock is gone (the OS drops it, even after a kill)
    demo = run_refdesk("--data-dir", str(folder), "demo", "--partners", "2", "--referrals", "1")
    assert demo.returncode == 0, demo.stderr


def test_a_window_on_another_database_is_not_disturbed(first_window, tmp_path):
    proc, folder = first_window
    other_folder = tmp_path / "other"
    other = start_window(other_folder)
    try:
        wait_for(lambda: "locked" in log_text(other_folder) or other.poll() is not None)
        assert other.poll() is None  # it stayed open: a different database
        assert read_holder(other_folder / paths.DATABASE_FILE).pid == other.pid
    finally:
        stop(other)
    assert "come forward" not in log_text(folder)


def test_lock_conflicts_and_release(tmp_path):
    db_path = tmp_path / "refdesk.db"
    first = InstanceLock(db_path, kind="command", command="demo")
    assert first.acquire()
    with pytest.raises(DatabaseInUse, match=r"`refdesk demo` \(process \d+\).*Wait for it to finish"):
        InstanceLock(db_path, kind="window").acquire()
    first.release()
    with InstanceLock(db_path, kind="window") as again:
        assert again.held
    assert not again.held


def test_lock_in_a_missing_folder_is_skipped(tmp_path):
    assert InstanceLock(tmp_path / "nowhere" / "refdesk.db").acquire() is False


def test_command_lock_only_for_writers(tmp_path):
    import argparse

    folder = tmp_path / "d"
    folder.mkdir()
    db_path = folder / paths.DATABASE_FILE
    window = InstanceLock(db_path, kind="window")
    window.acquire()
    try:
        reader = argparse.Namespace(command="info", data_dir=str(folder), database_url=None)
        with command_lock(reader) as lock:
            assert lock is None
        declared = argparse.Namespace(command="export", database_access="read", data_dir=str(folder), database_url=None)
        with command_lock(declared) as lock:
            assert lock is None
        writer = argparse.Namespace(command="import-contacts", data_dir=str(folder), database_url=None)
        with pytest.raises(DatabaseInUse, match="Close the RefDesk window first"):
            with command_lock(writer):
                pass
        server = argparse.Namespace(command="demo", data_dir=str(folder), database_url="postgresql://h/db")
        with command_lock(server) as lock:
            assert lock is None  # a team server is shared on purpose
    finally:
        window.release()


def test_launch_while_a_command_holds_the_database_explains(qapp, tmp_path):
    from refdesk.app import claim_database

    folder = tmp_path / "d"
    folder.mkdir()
    url = paths.sqlite_url(folder / paths.DATABASE_FILE)
    with InstanceLock(folder / paths.DATABASE_FILE, kind="command", command="import-contacts"):
        answer = claim_database(folder, url)
    assert isinstance(answer, str)
    assert "`refdesk import-contacts`" in answer and "Wait for it to finish" in answer


def test_launch_when_the_window_does_not_answer(qapp, tmp_path, monkeypatch):
    from refdesk.app import claim_database
    from refdesk.ui import single_instance

    monkeypatch.setattr(single_instance, "CONNECT_WAIT_SECONDS", 0.3)
    folder = tmp_path / "d"
    folder.mkdir()
    url = paths.sqlite_url(folder / paths.DATABASE_FILE)
    with InstanceLock(folder / paths.DATABASE_FILE, kind="window"):
        answer = claim_database(folder, url)
    assert isinstance(answer, str) and "Switch to it from the task bar" in answer
    instance = claim_database(folder, url)  # and once it is gone, this launch owns the database
    assert not isinstance(instance, str) and instance.lock.held
    instance.release()


def test_opening_a_database_another_refdesk_holds_goes_back(window, data_dir, tmp_path, monkeypatch):
    from refdesk.ui import single_instance
    from refdesk.ui.single_instance import SingleInstance

    instance = SingleInstance(data_dir / paths.DATABASE_FILE)
    assert instance.claim() == "first"
    instance.attach(window)
    other_path = tmp_path / "team.db"
    other_url = paths.sqlite_url(other_path)
    warnings = []
    monkeypatch.setattr(single_instance.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    held = InstanceLock(other_path, kind="command", command="demo")
    held.acquire()
    try:
        window.switch_database(other_url)
    finally:
        held.release()
    assert warnings and "`refdesk demo`" in warnings[0] and "goes back" in warnings[0]
    assert window.url != other_url and instance.db_path == (data_dir / paths.DATABASE_FILE).absolute()
    # a free database: the lock moves with the window
    assert window.switch_database(other_url)
    assert instance.db_path == other_path.absolute() and instance.lock.held
    with pytest.raises(DatabaseInUse):
        InstanceLock(other_path).acquire()
    assert InstanceLock(data_dir / paths.DATABASE_FILE).acquire()  # the old one was let go
    instance.release()


def test_server_name_is_per_database_and_stable(tmp_path):
    from refdesk.ui.single_instance import server_name

    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")
    assert server_name(tmp_path / "a.db") == server_name(tmp_path / "a.db")
    assert len(server_name(tmp_path / ("long" * 100) / "a.db")) < 40  # local socket names must stay short


@pytest.mark.timeout(240)
def test_a_window_ended_by_sigterm_quits_as_file_quit_and_leaves_no_socket(tmp_path):
    """A logout or ``kill`` ends RefDesk as File → Quit does: the socket goes, the lock is let go."""
    import signal

    folder, temp = tmp_path / "data", tmp_path / "tmp"
    temp.mkdir()
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(temp),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # no page or window state remembered by other tests
    )
    errors = tmp_path / "stderr.txt"
    with open(errors, "w") as err:  # a file, not a pipe: a chatty child never blocks on a full pipe
        proc = subprocess.Popen(
            [sys.executable, "-m", "refdesk", "--data-dir", str(folder)], env=env, stdout=subprocess.DEVNULL, stderr=err
        )
    try:
        wait_for(lambda: any(p.name.startswith("refdesk-") for p in temp.iterdir()) or proc.poll() is not None, 180)
        assert proc.poll() is None, errors.read_text()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
    finally:
        stop(proc)
    errors.unlink()
    assert list(temp.iterdir()) == []
    demo = run_refdesk("--data-dir", str(folder), "demo", "--partners", "1", "--referrals", "1")
    assert demo.returncode == 0, demo.stderr  # the lock went with it
