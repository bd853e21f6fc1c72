"""The window's settings: the declared list of ``refdesk/preferences.py``, stored with QSettings.

One file on every system (``preferences.settings_file()``, Qt's INI format), so the command line
reads the same values without Qt.  ``put()`` refuses a value the setting cannot take: nothing
out of range is ever stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from refdesk import preferences
from refdesk.preferences import SETTINGS, Setting, SettingError  # noqa: F401  (the declared list, here too)


def settings() -> QSettings:
    return QSettings(str(preferences.settings_file()), QSettings.Format.IniFormat)


def get(key: str) -> Any:
    spec = SETTINGS[key]
    default = QByteArray(spec.default) if spec.type is bytes else spec.default
    value = settings().value(key, default)
    if value is None:
        return default
    if spec.type is bytes:
        return value if isinstance(value, QByteArray) else default
    if spec.type is bool and not isinstance(value, bool):
        return str(value).lower() == "true"
    if spec.type in (str, int) and not isinstance(value, spec.type):
        try:
            value = spec.type(value)
        except (TypeError, ValueError):
            return default
    try:
        return (
            preferences.check(key, value) if (spec.choices or spec.limits or key in preferences.CHECKED_KEYS) else value
        )
    except SettingError:
        return default


def put(key: str, value: Any) -> None:
    """Store *value* for *key*; ``SettingError`` (nothing stored) when the setting cannot take it."""
    if key not in SETTINGS:
        raise KeyError(key)
    spec = SETTINGS[key]
    if spec.choices or spec.limits or key in preferences.CHECKED_KEYS:
        value = preferences.check(key, value)
    settings().setValue(key, value)


def values() -> dict[str, Any]:
    """Every setting's value now, by key (what ``preferences.apply()`` takes)."""
    return {key: get(key) for key in SETTINGS}


def restore_defaults(keys) -> None:
    """Forget the stored values of *keys*: each is its default again."""
    store = settings()
    for key in keys:
        store.remove(key)
