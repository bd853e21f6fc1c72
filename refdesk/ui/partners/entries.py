"""A partner's meetings and standing check-ins, added, edited and deleted from the Partners page."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from refdesk.services import partners as ps
from refdesk.ui.common import edits
from refdesk.ui.partners.detail import MEETINGS_TAB, STANDING_TAB, PartnerDetail


def or_none(get, row_id: int):
    try:
        return get(row_id)
    except ps.PartnerNotFound:
        return None


def _kind(page, kind: str):
    """(words, dialog class, add, get, update, delete, list widget, tab) for "meeting" or "checkin";
    words: (editing it failed, deleting it, deleted)."""
    if kind == "meeting":
        from refdesk.ui.partners.meeting_dialog import MeetingDialog

        return (
            (
                QCoreApplication.translate("partners", "Editing the meeting"),
                QCoreApplication.translate("partners", "Delete meeting"),
                QCoreApplication.translate("partners", "Meeting deleted. Ctrl+Z brings it back."),
            ),
            MeetingDialog,
            ps.add_meeting,
            ps.get_meeting,
            ps.update_meeting,
            ps.delete_meeting,
            page.detail.meeting_list,
            MEETINGS_TAB,
        )
    from refdesk.ui.partners.checkin_dialog import CheckInDialog

    return (
        (
            QCoreApplication.translate("partners", "Editing the check-in"),
            QCoreApplication.translate("partners", "Delete check-in"),
            QCoreApplication.translate("partners", "Check-in deleted. Ctrl+Z brings it back."),
        ),
        CheckInDialog,
        ps.add_checkin,
        ps.get_checkin,
        ps.update_checkin,
        ps.delete_checkin,
        page.detail.checkin_list,
        STANDING_TAB,
    )


def add(page, kind: str) -> None:
    _words, dialog_class, add_entry, _get, _update, _delete, _list, tab = _kind(page, kind)
    pid = page.selected_id()
    if pid is None:
        return
    dialog = dialog_class(page, page._name())
    dialog.saver = edits.FormSaver(page.window_, lambda data, _version: add_entry(pid, data))
    if page._run_dialog(dialog):
        page.detail.tabs.setCurrentIndex(tab)


def edit(page, kind: str) -> None:
    words, dialog_class, _add, get, update, _delete, entries, _tab = _kind(page, kind)
    pid, entry_id = page.selected_id(), PartnerDetail.selected(entries)
    if pid is None or entry_id is None:
        return
    before = or_none(get, entry_id)
    if before is None:
        page._fail(words[0], ps.PartnerNotFound(entry_id))
        return
    dialog = dialog_class(page, page._name(), before)
    dialog.saver = edits.FormSaver(
        page.window_,
        lambda data, version: update(entry_id, dataclasses.replace(data, version=version)),
        fetch=lambda: or_none(get, entry_id),
        fields=[f.name for f in dataclasses.fields(before) if f.name not in ("id", "partner_id", "version")],
    )
    page._run_dialog(dialog)


def delete(page, kind: str) -> None:
    words, _dialog, _add, _get, _update, delete_entry, entries, _tab = _kind(page, kind)
    pid, entry_id = page.selected_id(), PartnerDetail.selected(entries)
    if pid is None or entry_id is None:
        return
    edits.quick(
        page.window_,
        page,
        words[1],
        lambda: delete_entry(entry_id),
        message=words[2],
    )
