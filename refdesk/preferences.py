"""Every setting RefDesk keeps, declared once, and how they are put to use.  Qt-free.

The settings live in one file, ``RefDesk.conf`` in the user's config folder (platformdirs:
``~/.config/RefDesk`` on Linux), in Qt's INI format.  The window reads and writes it with
``QSettings`` (``refdesk/ui/common/settings.py``); the command line, which has no Qt, reads the
few plain values it needs (the rules, the language, the currency) with ``read()`` here, so
``refdesk stats`` counts with the same rules as the window.

``apply()`` puts them to use, on both sides: the practice's day-counts and stay-in-touch cadences
by stage (``services/rules.py``),
the language (``refdesk/i18n.py``) and the formats and currency (``services/formatting.py``).
"""

from __future__ import annotations

import configparser
import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from refdesk import APP_NAME, i18n
from refdesk.i18n import _
from refdesk.services import formatting, rules

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type  # str, int, bool or bytes (a QByteArray in QSettings)
    default: Any
    choices: tuple[str, ...] = ()  # the only values allowed, when there is such a list
    limits: tuple[int, int] | None = None  # the smallest and largest number allowed


RULES = {  # the practice's day-counts: setting key → the name rules.configure() knows it by
    "rules/follow_up_days": "follow_up_days",
    "rules/thank_you_days": "thank_you_days",
    "rules/check_in_days": "check_in_days",
}
CADENCES = {  # the stay-in-touch cadence by stage, in weeks: setting key → the name rules.configure() knows it by
    "rules/cadence_visibility_weeks": "cadence_visibility_weeks",
    "rules/cadence_credibility_weeks": "cadence_credibility_weeks",
    "rules/cadence_profitability_weeks": "cadence_profitability_weeks",
}
REMINDER_TIME = "reminder_time"  # "HH:MM": the calendar's alarms and the day's notification (default 09:00)

LANGUAGE_CHOICES = ("", *i18n.LANGUAGES)  # "": the system's
APPEARANCES = ("system", "light", "dark")
PAGE_SIZES = ("", "A4", "Letter")  # "": from the locale

SETTINGS = {
    s.key: s
    for s in (
        Setting("window/geometry", bytes, b""),
        Setting("window/state", bytes, b""),
        Setting("window/last_page", str, "today"),
        Setting("help/tour_done", bool, False),  # the first start's tour was closed once: never offered again
        Setting("ui/language", str, "", LANGUAGE_CHOICES),
        Setting("ui/appearance", str, "system", APPEARANCES),
        Setting("money/currency", str, ""),  # an ISO code; "": the locale's country's
        *(Setting(key, int, rules.DEFAULTS[name], limits=rules.limits(name)) for key, name in RULES.items()),
        *(Setting(key, int, rules.DEFAULTS[name], limits=rules.limits(name)) for key, name in CADENCES.items()),
        Setting(REMINDER_TIME, str, "09:00"),
        Setting("today/ask_after_days", int, None),  # "ask how it went" after; None: rules.ASK_AFTER_DAYS
        Setting("me/name", str, ""),  # signs the drafted thank-you notes ($my_name)
        # note templates (refdesk/services/templates.py); None: the default template
        Setting("templates/referral_received", str, None),
        Setting("templates/closed_business", str, None),
        Setting("templates/prospect_client", str, None),
        Setting("checklist/status", str, "owed"),  # which notes the printed checklist lists
        Setting("checklist/page_size", str, "", PAGE_SIZES),
        Setting("labels/sheet", str, ""),  # "L7160" or "5160"; "" = the one for the paper in use
        Setting("envelopes/size", str, ""),  # "DL" or "C6"; "" = DL
        Setting("import/tidy_names", bool, False),  # re-case and reorder imported names (else kept as given)
        Setting("team/last_server", str, ""),  # team mode: last "postgresql://user@host:port/db", never a password
        # the folder the last file of each kind was chosen in (refdesk/ui/common/files.py); "" = not yet
        Setting("files/last_folder/database", str, ""),  # RefDesk database files
        Setting("files/last_folder/contacts", str, ""),  # contacts files to import
        Setting("files/last_folder/export", str, ""),  # what RefDesk saves: exports, PDFs, chart images
    )
}


class SettingError(ValueError):
    """A value a setting cannot take; ``str()`` says so for the user."""


def settings_file() -> Path:
    """The settings file (the same one ``QSettings`` uses on Linux, now on every system)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / f"{APP_NAME}.conf"


def check(key: str, value: Any) -> Any:
    """*value* as setting *key* takes it, or ``SettingError`` saying why not."""
    spec = SETTINGS[key]
    if spec.limits is not None:
        try:
            return rules.check(_RULE_NAMES.get(key, ""), value)
        except rules.RuleError as exc:
            raise SettingError(str(exc)) from None
    if key == REMINDER_TIME:
        return parse_time(value).strftime("%H:%M")
    if spec.choices and value not in spec.choices:
        raise SettingError(_("“{value}” is not one of the choices.").format(value=value))
    if key == "money/currency":
        code = str(value or "").strip().upper()
        if code and not formatting.is_currency(code):
            raise SettingError(
                _("“{code}” is not a currency code: use three letters such as EUR, USD or GBP.").format(code=value)
            )
        return code
    return value


_RULE_NAMES = RULES | CADENCES


def parse_time(value: Any) -> dt.time:
    """A time of day typed as "9:00" or "21:30" (24-hour clock), or ``SettingError`` saying how to write it."""
    text = str(value or "").strip()
    hours, sep, minutes = text.partition(":")
    try:
        if not sep or not hours.isdigit() or len(minutes) != 2 or not minutes.isdigit():
            raise ValueError(text)
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise SettingError(
            _("“{value}” is not a time of day: write it as hours and minutes, such as 09:00 or 17:30.").format(
                value=value
            )
        ) from None


def reminder_time(values: dict[str, Any] | None = None) -> dt.time:
    """The time of day reminders go off (``REMINDER_TIME`` in *values*, else in the settings file)."""
    values = read() if values is None else values
    try:
        return parse_time(values.get(REMINDER_TIME) or SETTINGS[REMINDER_TIME].default)
    except SettingError:
        return parse_time(SETTINGS[REMINDER_TIME].default)


def _unquote(raw: str) -> str | None:
    """A plain value as Qt writes it in an INI file (None for Qt's typed values such as @ByteArray)."""
    raw = raw.strip()
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        raw = raw[1:-1]
        for escaped, char in (('\\"', '"'), ("\\n", "\n"), ("\\t", "\t"), ("\\\\", "\\")):
            raw = raw.replace(escaped, char)
    if raw.startswith("@@"):
        return raw[1:]
    if raw.startswith("@"):
        return None
    return raw


def read(path: Path | None = None) -> dict[str, Any]:
    """The plain settings (text and numbers) from the settings file, without Qt; a value missing,
    unreadable or out of range is its default (the window never stores one out of range)."""
    path = path or settings_file()
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case, as Qt writes them
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeError, OSError) as exc:
        log.warning("the settings file %s cannot be read (%s): the defaults are used", path, exc)
    values: dict[str, Any] = {}
    for key, spec in SETTINGS.items():
        values[key] = spec.default
        if spec.type is bytes:
            continue
        section, _sep, name = key.partition("/") if "/" in key else ("General", "", key)
        raw = parser.get(section, name.replace("/", "\\"), fallback=None)
        text = _unquote(raw) if raw is not None else None
        if text is None:
            continue
        try:
            typed: Any = int(text) if spec.type is int else (text.lower() == "true") if spec.type is bool else text
            values[key] = check(key, typed)
        except (SettingError, ValueError):
            log.warning("setting %s: %r is not allowed, the default is used", key, text)
    return values


def apply(values: dict[str, Any], *, lang: str | None = None) -> tuple[str, str | None]:
    """Put *values* (as ``read()`` or the window's settings give them) to use: the rules, the
    language (*lang*, ``--lang``, comes first) and the formats.  Returns the language spoken and
    a warning line when the one asked for is not one RefDesk speaks."""
    rules.configure(**{name: values.get(key, rules.DEFAULTS[name]) for key, name in _RULE_NAMES.items()})
    language, warning = i18n.choose(lang, values.get("ui/language") or None)
    language = i18n.install(language)
    asked = os.environ.get("REFDESK_LOCALE", "")
    locale = asked or i18n.formats_locale(language, formatting.system_locale_name())
    formatting.configure(locale=locale, currency=values.get("money/currency") or None)
    return language, warning
