"""Every setting RefDesk keeps, declared in one place and stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

from refdesk import APP_NAME


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


def _default_currency() -> str:
    return QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) or "USD"


SETTINGS = {
    s.key: s
    for s in (
        Setting("window/geometry", QByteArray, QByteArray()),
        Setting("window/state", QByteArray, QByteArray()),
        Setting("window/last_page", str, "today"),
        Setting("money/currency", str, None),  # None: from the system locale
        Setting("today/ask_after_days", int, None),  # "ask how it went" after; None: rules.ASK_AFTER_DAYS
        Setting("me/name", str, ""),  # signs the drafted thank-you notes ($my_name)
        # note templates (refdesk/services/templates.py); None: the default template
        Setting("templates/referral_received", str, None),
        Setting("templates/closed_business", str, None),
        Setting("templates/prospect_client", str, None),
        Setting("checklist/status", str, "owed"),  # which notes the printed checklist lists
        Setting("checklist/page_size", str, ""),  # "A4" or "Letter"; "" = from the system locale
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


def settings() -> QSettings:
    return QSettings(APP_NAME, APP_NAME)


def get(key: str) -> Any:
    spec = SETTINGS[key]
    default = spec.default
    if key == "money/currency" and default is None:
        default = _default_currency()
    value = settings().value(key, default)
    if value is None:
        return default
    if spec.type is list:
        return list(value) if isinstance(value, (list, tuple)) else [value]
    if spec.type in (str, int, bool) and not isinstance(value, spec.type):
        try:
            return spec.type(value) if spec.type is not bool else str(value).lower() == "true"
        except (TypeError, ValueError):
            return default
    return value


def put(key: str, value: Any) -> None:
    if key not in SETTINGS:
        raise KeyError(key)
    settings().setValue(key, value)
