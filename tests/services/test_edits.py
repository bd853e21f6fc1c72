"""The recorder behind every write: its ``change`` is there once the block has committed, never None."""

from __future__ import annotations

import pytest

from refdesk.db.models import Partner
from refdesk.services.edits import RowsChange, recording


def test_change_after_the_block(db):
    with recording("Add partner Amara") as rec:
        pid = Partner.create(name="Amara").id
        rec.created(Partner, pid)
    assert isinstance(rec.change, RowsChange)
    assert rec.change.text == "Add partner Amara"
    assert rec.change.added("partners") == 1


def test_change_asked_too_soon_is_an_error(db):
    with recording("Add partner Amara") as rec:
        with pytest.raises(RuntimeError, match="once its recording block has ended"):
            rec.change  # noqa: B018 - the property is what is tested


def test_no_change_when_the_block_fails(db):
    with pytest.raises(ValueError), recording("Add partner Amara") as rec:
        Partner.create(name="Amara")
        raise ValueError("the write went wrong")
    assert Partner.select().count() == 0
    with pytest.raises(RuntimeError):
        rec.change  # noqa: B018
