"""The Partners page's actions, declared once (``PAGE_ACTIONS``), and the partner ones run here:
new, edit, retire, delete and merge, each on the partner selected in the list as shown.

Meetings and check-ins have theirs in ``refdesk/ui/partners/entries.py``.  Every change goes
through ``refdesk.services.partners`` and is committed the one way (``refdesk.ui.common.edits``).
The dialogs are imported when first opened, not with the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

from refdesk import APP_NAME
from refdesk.services import formatting
from refdesk.services import partners as ps
from refdesk.ui.common import edits
from refdesk.ui.common.actions import ActionSpec
from refdesk.ui.partners.entries import or_none

# What a refused retire lists as "what they changed" (PartnerData attribute → label).
RETIRE_FIELDS = {
    "name": "Name",
    "company": "Company",
    "category": "Category",
    "stage": "Stage",
    "retired_reason": "Retired because",
    "notes": "Notes",
    "tags": "Tags",
    "emails": "Email addresses",
    "phones": "Phone numbers",
}
SP = QStyle.StandardPixmap
# Each runs the page's method of that name (``ActionSpec.run``); the page keeps them as ``action_<key>``.
PAGE_ACTIONS = (
    ActionSpec(
        "find",
        "&Find partner",
        "Filter the list by name, company, category, email or tag",
        "focus_filter",
        QKeySequence.StandardKey.Find,
    ),
    ActionSpec("edit", "&Edit…", "Edit the selected partner", "edit_partner", "Ctrl+E", SP.SP_FileDialogDetailedView),
    ActionSpec(
        "retire",
        "&Retire…",
        "Retire the selected partner, with a reason; their history is kept",
        "retire_partner",
        "Ctrl+Shift+R",
        SP.SP_DialogNoButton,
    ),
    ActionSpec(
        "delete",
        "&Delete…",
        "Delete the selected partner and their history (Del; asks first; undoable)",
        "delete_partner",
        None,
        SP.SP_TrashIcon,
    ),
    ActionSpec(
        "merge",
        "&Merge…",
        "Merge a duplicate into the selected partner; nothing is lost",
        "merge_partner",
        "Ctrl+Shift+M",
        SP.SP_ArrowLeft,
    ),
    ActionSpec(
        "duplicate",
        "&Compare…",
        "Compare the selected possible duplicate with the partner it may be the same person as, then "
        "merge them field by field or keep both (Ctrl+Shift+D)",
        "resolve_duplicate",
        "Ctrl+Shift+D",
        SP.SP_FileDialogContentsView,
    ),
    ActionSpec(
        "meeting",
        "Log &meeting…",
        "Log a one-to-one, coffee, joint client meeting, call or event",
        "add_meeting",
        "Ctrl+M",
        SP.SP_FileDialogNewFolder,
    ),
    ActionSpec(
        "checkin",
        "Add check-&in…",
        "Record where you stand: willingness to refer 0–10 and comfort",
        "add_checkin",
        "Ctrl+K",
        SP.SP_DialogApplyButton,
    ),
    ActionSpec("edit_meeting", "Edit meeting…", "Edit the selected meeting", "edit_meeting"),
    ActionSpec(
        "delete_meeting",
        "Delete meeting",
        "Delete the selected meeting (undoable)",
        "delete_meeting",
        None,
        SP.SP_TrashIcon,
    ),
    ActionSpec("edit_checkin", "Edit check-in…", "Edit the selected check-in", "edit_checkin"),
    ActionSpec(
        "delete_checkin",
        "Delete check-in",
        "Delete the selected check-in (undoable)",
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
        message=lambda change: f"Added {change.text.removeprefix('Add partner ')}. Ctrl+Z undoes it.",
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
        page._fail("Editing", exc)
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
        f"Retire {before.name}",
        lambda: ps.retire_partner(pid, reason, expected_version=before.version),
        overwrite=lambda: ps.retire_partner(pid, reason),
        seen=before,
        now=partner_or_none,
        fields=RETIRE_FIELDS,
        message=f"Retired {before.name}. Tick “Show retired” to see them; Ctrl+Z undoes.",
    )


def delete(page) -> None:
    """Delete the selected partner and their history, once the user said so (``page._confirm_delete``)."""
    pid = page.selected_id()
    if pid is None:
        return
    name = page._name() or "this partner"
    if not page._confirm_delete(name, len(ps.partner_referrals(pid))):
        return
    page._current_id = None
    edits.quick(
        page.window_,
        page,
        f"Delete {name}",
        lambda: ps.delete_partner(pid),
        message=f"Deleted {name}. Ctrl+Z brings them back.",
    )


def confirm_delete(parent: QWidget, name: str, referrals: int) -> bool:
    """Ask before deleting *name* and their history; Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        f"Delete {name} with their meetings, check-ins, {formatting.count(referrals, 'referral')} and thank-yous?",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        "You can undo this with Ctrl+Z until you close RefDesk. To keep their history instead, retire them."
    )
    delete_button = box.addButton("&Delete", QMessageBox.ButtonRole.DestructiveRole)
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
    change = edits.quick(page.window_, page, "Merge partners", lambda: ps.merge_partners(keep_id, other_id))
    if change is not None:
        page.tell(f"{change.text}. Ctrl+Z undoes it.")


def resolve_duplicate(page) -> None:
    """The selected partner beside the one it may duplicate: merge with the values chosen, or keep both."""
    from refdesk.ui.partners.duplicate_dialog import MERGE, NOT_THE_SAME, DuplicateDialog

    pid = page.selected_id()
    if pid is None:
        return
    try:
        pair = ps.duplicate_pair(pid)
    except ps.PartnerNotFound as exc:
        page._fail("Comparing", exc)
        return
    if pair is None:
        page.tell("This partner is not marked as a possible duplicate of anyone.")
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
            "Merge partners",
            lambda: ps.merge_partners(keep, other, expected=seen, chosen=chosen),
            message=f"Merged {second.name} into {first.name}. Ctrl+Z undoes it.",
        )
        page.select(keep)
    elif dialog.result_choice == NOT_THE_SAME:
        edits.quick(
            page.window_,
            page,
            "Not the same person",
            lambda: ps.not_the_same(other, keep, expected=seen),
            message=f"{second.name} and {first.name} are no longer listed as possible duplicates. Ctrl+Z undoes it.",
        )
