"""Passwords for team databases, kept in the system keyring (never in settings files).

``keyring`` picks the platform's store (Windows Credential Manager, macOS
Keychain, Secret Service on Linux).  When no usable backend exists (a headless
server, or only keyring's "fail" backend) nothing is stored and the user is
asked again next time.  Entries are keyed by ``user@host:port/database``.
"""

from __future__ import annotations

import logging
from urllib.parse import unquote, urlparse

log = logging.getLogger(__name__)

SERVICE = "RefDesk"

# Passwords typed this session but not kept in a keyring (no backend, or the user said no):
# in memory only, so reconnecting after a dropped link does not ask again.
_session: dict[str, str] = {}


def account(url: str) -> str:
    """The keyring entry name for a server URL: ``user@host:port/database`` (no password)."""
    parsed = urlparse(url)
    user = unquote(parsed.username or "")
    return f"{user}@{parsed.hostname or 'localhost'}:{parsed.port or 5432}/{unquote(parsed.path.lstrip('/'))}"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # keyring missing or broken
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def available() -> bool:
    """True when passwords can be kept in a system keyring."""
    return _keyring() is not None


def remember_for_session(url: str, password: str) -> None:
    _session[account(url)] = password


def forget_session_password(url: str) -> None:
    _session.pop(account(url), None)


def get_password(url: str) -> str | None:
    """The password for *url*'s account: typed this session, else from the keyring, else None."""
    if account(url) in _session:
        return _session[account(url)]
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(SERVICE, account(url))
    except Exception as exc:  # a locked or broken keyring must not stop RefDesk
        log.warning("could not read the keyring: %s", exc)
        return None


def store_password(url: str, password: str) -> bool:
    """Keep *password* for *url*'s account; False when there is no keyring to keep it in."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(SERVICE, account(url), password)
    except Exception as exc:
        log.warning("could not store the password in the keyring: %s", exc)
        return False
    return True


def forget_password(url: str) -> None:
    _session.pop(account(url), None)
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(SERVICE, account(url))
    except Exception:  # not stored, or keyring unavailable
        pass
