"""The charts' tests read labels in American English, whatever the machine's locale."""

from __future__ import annotations

import pytest

from refdesk.services import formatting


@pytest.fixture(autouse=True)
def american_english():
    saved = (formatting._locale, formatting._currency)
    formatting.configure("en_US", "USD")
    yield
    formatting._locale, formatting._currency = saved
