"""RefDesk's languages, and the catalogue of the sentences its Qt-free code says.

Two catalogues, one per side of the line Qt may not cross, chosen from one language:

- the window's words (``refdesk/ui``) go through Qt's ``tr()`` / ``QCoreApplication.translate``;
  their sources are ``refdesk/translations/refdesk_<lang>.ts`` (``pyside6-lupdate``) and the
  window loads the compiled ``refdesk_<lang>.qm`` with Qt's own ``qtbase_<lang>.qm``;
- what services, commands and the command line say (errors, rule explanations, PDF headings)
  goes through ``_()`` and ``ngettext()`` here: GNU gettext, extracted and compiled with Babel
  (``refdesk/translations/<lang>/LC_MESSAGES/refdesk.po`` → ``refdesk.mo``).

``make translations`` updates and compiles both.  The language is ``--lang``, else
``REFDESK_LANG``, else the one chosen in the settings, else the system's (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``); a language RefDesk does not speak is English.  A missing
or damaged catalogue is logged and the words stay English: it never stops RefDesk.  Qt-free.
"""

from __future__ import annotations

import gettext
import logging
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

K = TypeVar("K")

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
"""The languages RefDesk speaks, each named in itself (as a list of languages shows them)."""

FALLBACK = "en"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
DOMAIN = "refdesk"

FORMATS = {"en": "en_US", "de": "de_DE", "es": "es_ES"}
"""The formats of a language when the system's locale is of another one."""

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = FALLBACK


def code_of(name: str | None) -> str:
    """The language part of a locale or language name: ``de_DE.UTF-8`` → ``de``; "" for none."""
    name = (name or "").strip().split(".")[0].split("@")[0].replace("-", "_")
    if name in ("C", "POSIX"):
        return ""
    return name.split("_")[0].lower()


def system_language() -> str:
    """The system's language as the environment says it (``LANGUAGE`` first, as gettext reads it)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(var, "").split(":"):
            code = code_of(part)
            if code:
                return code
    return FALLBACK


def choose(asked: str | None, setting: str | None = None) -> tuple[str, str | None]:
    """The language to speak: *asked* (``--lang``), else ``REFDESK_LANG``, else *setting*, else the
    system's; with a warning line when one asked for by name is not one RefDesk speaks.

    The system's language is English without a warning when RefDesk does not speak it."""
    for chosen in (asked, os.environ.get("REFDESK_LANG"), setting):
        if chosen and chosen.strip().lower() not in ("", "system"):
            code = code_of(chosen)
            if code in LANGUAGES:
                return code, None
            known = ", ".join(LANGUAGES)
            return FALLBACK, f"RefDesk does not speak “{chosen.strip()}”: it speaks English instead (it knows {known})."
    code = system_language()
    return (code if code in LANGUAGES else FALLBACK), None


def install(language: str) -> str:
    """Speak *language* from now on (Qt-free side); returns it (English for one RefDesk does not
    speak).  A missing or damaged catalogue is logged, never raised: its words stay English."""
    global _translation, _language
    _language = language if language in LANGUAGES else FALLBACK
    _translation = gettext.NullTranslations()
    if _language == FALLBACK:
        return _language
    path = TRANSLATIONS / _language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as handle:
            _translation = gettext.GNUTranslations(handle)
    except Exception as exc:  # noqa: BLE001  (missing, truncated, not a catalogue: RefDesk goes on in English)
        log.warning("the %s catalogue %s cannot be read (%s): its words stay English", _language, path, exc)
    return _language


def language() -> str:
    """The language spoken now (``en``, ``de``, ``es``)."""
    return _language


def formats_locale(language: str, system_locale: str) -> str:
    """The locale whose formats go with *language*: the system's when it is of that language
    (``de_AT`` stays Austrian), else the language's usual one (``de`` → ``de_DE``)."""
    if code_of(system_locale) == language:
        return system_locale
    return FORMATS.get(language, FORMATS[FALLBACK])


def _(text: str) -> str:
    """*text* in the language spoken."""
    return _translation.gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """*singular* or *plural* as *n* asks, in the language spoken (which may have other forms)."""
    return _translation.ngettext(singular, plural, n)


def N_(text: str) -> str:
    """Mark *text* for the catalogue where it is declared (a table of words); ``_()`` translates it
    where it is shown."""
    return text


class Words(Mapping[K, str]):
    """A table of words marked with ``N_()`` whose values are read in the language spoken at the
    moment they are read: ``Words({"a": N_("Hello")})["a"]`` is "Hallo" in German."""

    def __init__(self, table: Mapping[K, str]):
        self._table = dict(table)

    def __getitem__(self, key: K) -> str:
        return _(self._table[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)
