"""“Log referral…” from anywhere in the window (Ctrl+L), and the referral dialog opened the one way."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from refdesk import APP_NAME
from refdesk.services import referrals as svc
from refdesk.services.partners import partner_choices
from refdesk.ui.common import edits

log = logging.getLogger(__name__)

# What a refused one-click change lists as "what they changed" (ReferralRow attributes, named by vocabulary.field_words).
ROW_FIELDS = (
    "date",
    "direction",
    "partner",
    "prospect",
    "prospect_need",
    "type",
    "status",
    "follow_up_date",
    "follow_up_done",
    "closed_value",
    "closed_date",
    "outcome",
    "outcome_feedback",
    "partner_told",
    "partner_thanked_date",
    "prospect_thanked_date",
    "notes",
)
DATA_FIELDS = [name for name in svc.ReferralData.__dataclass_fields__ if name != "version"]


def _data_or_none(referral_id: int) -> svc.ReferralData | None:
    try:
        return svc.data_of(referral_id)
    except svc.ReferralError:
        return None


def open_dialog(window, referral_id: int | None = None, prefill: svc.ReferralData | None = None) -> int | None:
    """Show the Log/Edit referral dialog; returns the saved referral's id, or None if cancelled."""
    from refdesk.services import formatting
    from refdesk.ui.referrals.dialog import ReferralDialog

    data = prefill
    if referral_id is not None:
        data = _data_or_none(referral_id)
        if data is None:
            QMessageBox.warning(
                window, APP_NAME, QCoreApplication.translate("ReferralDialog", "That referral no longer exists.")
            )
            return None
    dialog = ReferralDialog(
        window, partner_choices(), data, editing=referral_id is not None, currency=formatting.default_currency()
    )
    if referral_id is None:
        write = lambda values, _version: svc.create_referral(values)  # noqa: E731
    else:

        def write(values, version):
            # version: the one the edit started from (None after "Overwrite with mine")
            return svc.update_referral(referral_id, values, expected_version=version, original=dialog.loaded)

    dialog.saver = edits.FormSaver(
        window,
        write,
        fetch=lambda: _data_or_none(referral_id) if referral_id is not None else None,
        fields=DATA_FIELDS,
        message=lambda change: QCoreApplication.translate(
            "ReferralDialog", "Referral saved: %1. Undo with Ctrl+Z."
        ).replace("%1", change.text),
    )
    dialog.exec()
    dialog.deleteLater()
    change = dialog.saver.change
    return change.id if change is not None else None


def log_referral(window) -> None:
    """The window action: log a new referral, then show it on the Referrals page."""
    referral_id = open_dialog(window)
    if referral_id is not None:
        window.show_page("referrals", referral_id)
