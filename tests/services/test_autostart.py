"""Start at login: the freedesktop autostart entry, written and removed under XDG_CONFIG_HOME."""

from __future__ import annotations

import configparser
import os
import stat
import sys

import pytest

from refdesk.services import autostart

pytestmark = pytest.mark.skipif(not autostart.supported(), reason="freedesktop autostart entries: Linux and the BSDs")


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    home = tmp_path / "config home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def _entry(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _exec_argv(value: str) -> list[str]:
    """The Exec value as a desktop reads it (Desktop Entry Specification): the string's escapes
    undone, then the arguments split, a quoted one with \\" \\` \\$ \\\\ inside taken as the character."""
    value = value.replace("\\\\", "\\")
    argv, word, quoted, i = [], None, False, 0
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and value[i + 1 : i + 2] in ('"', "`", "$", "\\"):
            word, i = word + value[i + 1], i + 2
            continue
        if c == '"':
            quoted, word = not quoted, word or ""
        elif c == " " and not quoted:
            if word is not None:
                argv.append(word)
            word = None
        else:
            word = (word or "") + c
        i += 1
    if word is not None:
        argv.append(word)
    return [a.replace("%%", "%") for a in argv]


def test_enable_writes_an_entry_that_starts_refdesk_in_the_tray(config_home, data_dir):
    assert not autostart.is_enabled()
    path = autostart.enable(data_dir)
    assert path == config_home / "autostart" / "refdesk.desktop"
    assert autostart.is_enabled()
    entry = _entry(path)
    assert entry["Type"] == "Application" and entry["Name"] == "RefDesk" and entry["Terminal"] == "false"
    argv = _exec_argv(entry["Exec"])
    assert argv[:3] == [sys.executable, "-m", "refdesk"]
    assert argv[-1] == "--tray"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not list(path.parent.glob("*.partial"))


def test_a_data_folder_other_than_the_usual_is_named_and_quoted(config_home, tmp_path, monkeypatch):
    monkeypatch.delenv("REFDESK_DATA_DIR", raising=False)
    odd = tmp_path / 'my "data" $HOME 100%'
    argv = _exec_argv(_entry(autostart.enable(odd))["Exec"])
    assert argv[-3:] == ["--data-dir", str(odd), "--tray"]


def test_the_usual_data_folder_is_not_named(config_home, monkeypatch):
    import platformdirs

    argv = autostart.command(platformdirs.user_data_path("RefDesk", appauthor=False))
    assert "--data-dir" not in argv and argv[-1] == "--tray"


def test_disable_removes_the_entry_and_twice_is_fine(config_home, data_dir):
    autostart.enable(data_dir)
    autostart.disable()
    assert not autostart.is_enabled()
    autostart.disable()
    autostart.set_enabled(True, data_dir)
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not (config_home / "autostart" / "refdesk.desktop").exists()


def test_without_xdg_config_home_it_is_under_dot_config(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    for value in (None, "", "relative/path"):  # unset, empty or not absolute: the specification's default
        if value is None:
            monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_CONFIG_HOME", value)
        assert autostart.entry_path() == tmp_path / ".config" / "autostart" / "refdesk.desktop"


def test_a_folder_that_cannot_be_written_is_a_clear_error(config_home, data_dir):
    config_home.mkdir()
    (config_home / "autostart").write_text("a file where the folder should be")
    with pytest.raises(autostart.AutostartError) as caught:
        autostart.enable(data_dir)
    assert "autostart" in str(caught.value)


def test_quoting_follows_the_desktop_entry_specification():
    assert autostart.quote_exec(["/usr/bin/refdesk", "--tray"]) == "/usr/bin/refdesk --tray"
    assert autostart.quote_exec(["/opt/Ref Desk/refdesk"]) == '"/opt/Ref Desk/refdesk"'
    assert autostart.quote_exec(['a"b']) == '"a\\\\"b"'  # \" inside quotes, its backslash escaped again
    assert autostart.quote_exec(["50%"]) == "50%%"
