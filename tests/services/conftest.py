"""Fixtures shared by the services' tests."""

from __future__ import annotations

import pytest

from refdesk import i18n
from refdesk.services import formatting


@pytest.fixture
def speak():
    """``speak("de")``: the services speak that language until the test ends."""

    def install(lang: str) -> None:
        i18n.install(lang)
        formatting.configure(i18n.FORMATS[lang])

    yield install
    i18n.install("en")
    formatting.configure("en_US")
