"""``refdesk install-desktop-entry``: icon and .desktop file for the current user, in a temporary home."""

from __future__ import annotations

import configparser
import os
import shlex

from PySide6.QtGui import QImage

from refdesk import assets
from refdesk.commands import install_desktop_entry as ide
from tests.conftest import ROOT, run_refdesk


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def env_with_home(tmp_path, xdg: bool):
    env = dict(os.environ, HOME=str(tmp_path / "home"))
    if xdg:
        env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    else:
        env.pop("XDG_DATA_HOME", None)
    return env


def test_installs_icon_and_entry_under_xdg_data_home(tmp_path):
    result = run_refdesk("install-desktop-entry", env=env_with_home(tmp_path, xdg=True))
    assert result.returncode == 0, result.stderr
    share = tmp_path / "xdg"
    desktop = share / "applications" / "refdesk.desktop"
    assert str(desktop) in result.stdout
    entry = read_entry(desktop)
    assert entry["Type"] == "Application" and entry["Name"] == "RefDesk"
    assert entry["Icon"] == "refdesk" and entry["Terminal"] == "false"
    exec_args = shlex.split(entry["Exec"])
    assert os.path.exists(exec_args[0])  # this installation's own launcher
    assert entry["TryExec"] == exec_args[0]
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "refdesk.png"
        image = QImage(str(png))
        assert image.width() == size and image.height() == size
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "refdesk.svg").read_text().startswith("<?xml")
    assert not (tmp_path / "home" / ".local").exists()


def test_defaults_to_local_share_and_uninstalls(tmp_path):
    env = env_with_home(tmp_path, xdg=False)
    assert run_refdesk("install-desktop-entry", env=env).returncode == 0
    share = tmp_path / "home" / ".local" / "share"
    assert (share / "applications" / "refdesk.desktop").exists()
    again = run_refdesk("install-desktop-entry", env=env)  # installing twice is fine
    assert again.returncode == 0
    removed = run_refdesk("install-desktop-entry", "--uninstall", env=env)
    assert removed.returncode == 0 and "Removed" in removed.stdout
    assert not (share / "applications" / "refdesk.desktop").exists()
    assert not list((share / "icons").rglob("refdesk.*"))


def test_the_entry_starts_this_checkout(tmp_path, monkeypatch):
    monkeypatch.setattr(ide.sys, "executable", str(tmp_path / "bin" / "python3"))
    command, workdir = ide.launch_command()
    assert command[1:] == ["-m", "refdesk"] and workdir == ROOT
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "refdesk-gui").write_text("#!/bin/sh\n")
    command, workdir = ide.launch_command()
    assert command == [str(tmp_path / "bin" / "refdesk-gui")] and workdir is None


def test_exec_quoting_follows_the_spec(tmp_path):
    template = assets.text(assets.DESKTOP_FILE)
    text = ide.desktop_entry_text(template, ["/opt/My Apps/python", "-m", "refdesk", "100%"], tmp_path)
    path = tmp_path / "e.desktop"
    path.write_text(text)
    entry = read_entry(path)
    assert entry["Exec"] == '"/opt/My Apps/python" -m refdesk 100%%'
    assert entry["Path"] == str(tmp_path)
    assert text.count("\nExec=") == 1


def test_unwritable_home_is_a_clear_error(tmp_path):
    blocker = tmp_path / "xdg"
    blocker.write_text("a file where a folder should be")
    result = run_refdesk("install-desktop-entry", env=env_with_home(tmp_path, xdg=True))
    assert result.returncode == 2
    assert result.stderr.startswith("refdesk: The menu entry could not be installed")
    assert "Traceback" not in result.stderr


def test_desktop_file_in_the_package_is_valid():
    entry = read_entry(assets.path(assets.DESKTOP_FILE))
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"]
    assert entry["StartupWMClass"] == "RefDesk"
