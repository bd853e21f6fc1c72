"""The Partners page's actions, declared once (``PAGE_ACTIONS``), and the partner ones run here:
new, edit, retire, delete and merge, each on the partner selected in the list as shown.

Meetings and check-ins have theirs in ``refdesk/ui/partners/entries.py``.  Every change goes
through ``refdesk.services.partners`` and is committed the one way (``refdesk.ui.common.edits``).
The dialogs are imported when first opened, not with the page.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

from refdesk import APP_NAME
from refdesk.services import partners as ps
from refdesk.ui.common import edits
from refdesk.ui.common.actions import ActionSpec
from refdesk.ui.partners.entries import or_none

# What a refused retire lists as "what they changed" (PartnerData attributes, named by vocabulary.field_words).
RETIRE_FIELDS = (
    "name",
    "company",
    "category",
    "stage",
    "retired_reason",
    "notes",
    "tags",
    "emails",
    "phones",
)
SP = QStyle.StandardPixmap
# Each runs the page's method of that name (``ActionSpec.run``); the page keeps them as ``action_<key>``.
PAGE_ACTIONS = (
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("actions", "&Find partner"),
        QT_TRANSLATE_NOOP("actions", "Filter the list by name, company, category, email or tag"),
        "focus_filter",
        QKeySequence.StandardKey.Find,
    ),
    ActionSpec(
        "edit",
        QT_TRANSLATE_NOOP("actions", "&Edit…"),
        QT_TRANSLATE_NOOP("actions", "Edit the selected partner"),
        "edit_partner",
        "Ctrl+E",
        SP.SP_FileDialogDetailedView,
    ),
    ActionSpec(
        "retire",
        QT_TRANSLATE_NOOP("actions", "&Retire…"),
        QT_TRANSLATE_NOOP("actions", "Retire the selected partner, with a reason; their history is kept"),
        "retire_partner",
        "Ctrl+Shift+R",
        SP.SP_DialogNoButton,
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("actions", "&Delete…"),
        QT_TRANSLATE_NOOP("actions", "Delete the selected partner and their history (Del; asks first; undoable)"),
        "delete_partner",
        None,
        SP.SP_TrashIcon,
    ),
    ActionSpec(
        "merge",
        QT_TRANSLATE_NOOP("actions", "&Merge…"),
        QT_TRANSLATE_NOOP("actions", "Merge a duplicate into the selected partner; nothing is lost"),
        "merge_partner",
        "Ctrl+Shift+M",
        SP.SP_ArrowLeft,
    ),
    ActionSpec(
        "duplicate",
        QT_TRANSLATE_NOOP("actions", "&Compare…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Compare the selected possible duplicate with the partner it may be the same person as, then "
            "merge them field by field or keep both (Ctrl+Shift+D)",
        ),
        "resolve_duplicate",
        "Ctrl+Shift+D",
        SP.SP_FileDialogContentsView,
    ),
    ActionSpec(
        "meeting",
        QT_TRANSLATE_NOOP("actions", "Log &meeting…"),
        QT_TRANSLATE_NOOP("actions", "Log a one-to-one, coffee, joint client meeting, call or event"),
        "add_meeting",
        "Ctrl+M",
        SP.SP_FileDialogNewFolder,
    ),
    ActionSpec(
        "checkin",
        QT_TRANSLATE_NOOP("actions", "Add check-&in…"),
        QT_TRANSLATE_NOOP("actions", "Record where you stand: willingness to refer 0–10 and comfort"),
        "add_checkin",
        "Ctrl+K",
        SP.SP_DialogApplyButton,
    ),
    ActionSpec(
        "edit_meeting",
        QT_TRANSLATE_NOOP("actions", "Edit meeting…"),
        QT_TRANSLATE_NOOP("actions", "Edit the selected meeting"),
        "edit_meeting",
    ),
    ActionSpec(
        "delete_meeting",
        QT_TRANSLATE_NOOP("actions", "Delete meeting"),
        QT_TRANSLATE_NOOP("actions", "Delete the selected meeting (undoable)"),
        "delete_meeting",
        None,
        SP.SP_TrashIcon,
    ),
    ActionSpec(
        "edit_checkin",
        QT_TRANSLATE_NOOP("actions", "Edit check-in…"),
        QT_TRANSLATE_NOOP("actions", "Edit the selected check-in"),
        "edit_checkin",
    ),
    ActionSpec(
        "delete_checkin",
        QT_TRANSLATE_NOOP("actions", "Delete check-in"),
        QT_TRANSLATE_NOOP("actions", "Delete the selected check-in (undoable)"),
        "delete_checkin",
        None,
        SP.SP_TrashIcon,
    ),
)


def partner_or_none(pid: int) -> ps.PartnerData | None:
    return or_none(ps.get_partner, pid)


def new(page) -> None:
    """File → New partner: the new partner is selected, widening the filters if they hide them."""
    from refdesk.ui.partners.edit_dialog import PartnerDialog

    dialog = PartnerDialog(page, None, page._categories())
    dialog.saver = edits.FormSaver(
        page.window_,
        lambda data, _version: ps.create_partner(data),
        message=lambda _change: QCoreApplication.translate("partners", "Added %1. Ctrl+Z undoes it.").replace(
            "%1", dialog.data().name.strip()
        ),
    )
    if not page._run_dialog(dialog) or dialog.saver.change is None:
        return
    pid = dialog.saver.change.id
    if page.model.row_of(pid) < 0 and (
        page.filter_edit.text() or page.stage_filter.currentIndex() or page.category_filter.currentIndex()
    ):
        page.filter_edit.clear()
        page.stage_filter.setCurrentIndex(0)
        page.category_filter.setCurrentIndex(0)
    page.select(pid)


def edit(page) -> None:
    """Edit the selected partner; a save that someone else beat is explained, and nothing typed is lost."""
    from refdesk.ui.partners.edit_dialog import PartnerDialog

    pid = page.selected_id()
    if pid is None:
        return
    try:
        loaded = ps.get_partner(pid)  # the version being edited: the save checks nobody saved since
    except ps.PartnerNotFound as exc:
        page._fail(QCoreApplication.translate("partners", "Editing"), exc)
        return
    dialog = PartnerDialog(page, loaded, page._categories())
    dialog.saver = edits.FormSaver(
        page.window_,
        lambda data, version: ps.update_partner(pid, data, version, original=dialog.loaded),
        fetch=lambda: partner_or_none(pid),
        fields=ps.DATA_FIELDS,
    )
    page._run_dialog(dialog)


def retire(page) -> None:
    """Retire the partner whose profile is shown, as shown: if someone else changed it meanwhile, say so."""
    from refdesk.ui.partners.retire_dialog import RetireDialog

    pid = page.selected_id()
    before = page.detail.shown
    if pid is None or before is None or before.id != pid:
        return
    dialog = RetireDialog(page, before.name)
    if not page._run_dialog(dialog):
        return
    reason = dialog.reason_text()
    edits.quick(
        page.window_,
        page,
        QCoreApplication.translate("partners", "Retire %1").replace("%1", before.name),
        lambda: ps.retire_partner(pid, reason, expected_version=before.version),
        overwrite=lambda: ps.retire_partner(pid, reason),
        seen=before,
        now=partner_or_none,
        fields=RETIRE_FIELDS,
        message=QCoreApplication.translate(
            "partners", "Retired %1. Tick “Show retired” to see them; Ctrl+Z undoes."
        ).replace("%1", before.name),
    )


def delete(page) -> None:
    """Delete the selected partner and their history, once the user said so (``page._confirm_delete``)."""
    pid = page.selected_id()
    if pid is None:
        return
    name = page._name() or QCoreApplication.translate("partners", "this partner")
    if not page._confirm_delete(name, len(ps.partner_referrals(pid))):
        return
    page._current_id = None
    edits.quick(
        page.window_,
        page,
        QCoreApplication.translate("partners", "Delete %1").replace("%1", name),
        lambda: ps.delete_partner(pid),
        message=QCoreApplication.translate("partners", "Deleted %1. Ctrl+Z brings them back.").replace("%1", name),
    )


def confirm_delete(parent: QWidget, name: str, referrals: str) -> bool:
    """Ask before deleting *name* and their history (*referrals*: how many, in words); Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QCoreApplication.translate("partners", "Delete %1 with their meetings, check-ins, %2 and thank-yous?")
        .replace("%1", name)
        .replace("%2", referrals),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        QCoreApplication.translate(
            "partners",
            "You can undo this with Ctrl+Z until you close RefDesk. To keep their history instead, retire them.",
        )
    )
    delete_button = box.addButton(
        QCoreApplication.translate("partners", "&Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete_button


def merge(page) -> None:
    """Merge a duplicate the user picks into the selected partner."""
    from refdesk.ui.partners.merge_dialog import MergeDialog

    keep_id = page.selected_id()
    keep = page.model.find(keep_id) if keep_id is not None else None
    if keep is None:
        return
    dialog = MergeDialog(page, keep, page.model.all_rows)
    if not page._run_dialog(dialog):
        return
    other_id = dialog.other_id()
    other = page.model.find(other_id) if other_id is not None else None
    merged = (
        QCoreApplication.translate("partners", "Merged %1 into %2. Ctrl+Z undoes it.")
        .replace("%1", other[ps.COL_NAME] if other else "")
        .replace("%2", keep[ps.COL_NAME])
    )
    edits.quick(
        page.window_,
        page,
        QCoreApplication.translate("partners", "Merge partners"),
        lambda: ps.merge_partners(keep_id, other_id),
        message=merged,
    )


def resolve_duplicate(page) -> None:
    """The selected partner beside the one it may duplicate: merge with the values chosen, or keep both."""
    from refdesk.ui.partners.duplicate_dialog import MERGE, NOT_THE_SAME, DuplicateDialog

    pid = page.selected_id()
    if pid is None:
        return
    try:
        pair = ps.duplicate_pair(pid)
    except ps.PartnerNotFound as exc:
        page._fail(QCoreApplication.translate("partners", "Comparing"), exc)
        return
    if pair is None:
        page.tell(
            QCoreApplication.translate("partners", "This partner is not marked as a possible duplicate of anyone.")
        )
        return
    first, second = pair
    assert first.id is not None and second.id is not None
    dialog = DuplicateDialog(page, first, second)
    if not page._run_dialog(dialog):
        return
    keep, other = first.id, second.id
    seen = {keep: first.version, other: second.version}
    if dialog.result_choice == MERGE:
        chosen = dialog.chosen()
        edits.quick(
            page.window_,
            page,
            QCoreApplication.translate("partners", "Merge partners"),
            lambda: ps.merge_partners(keep, other, expected=seen, chosen=chosen),
            message=QCoreApplication.translate("partners", "Merged %1 into %2. Ctrl+Z undoes it.")
            .replace("%1", second.name)
            .replace("%2", first.name),
        )
        page.select(keep)
    elif dialog.result_choice == NOT_THE_SAME:
        edits.quick(
            page.window_,
            page,
            QCoreApplication.translate("partners", "Not the same person"),
            lambda: ps.not_the_same(other, keep, expected=seen),
            message=QCoreApplication.translate(
                "partners", "%1 and %2 are no longer listed as possible duplicates. Ctrl+Z undoes it."
            )
            .replace("%1", second.name)
            .replace("%2", first.name),
        )
