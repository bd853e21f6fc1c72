"""Undoing a contacts import, the one way, from the wizard, from Import history or with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from refdesk import APP_NAME


def undo_import(window, parent, batch_id: int) -> str | None:
    """Undo the import *batch_id*, after the one question, the one way: through Edit → Undo when it
    is the last change, else directly.  Returns what was undone, in words (None: not undone)."""
    from refdesk.services.edits import CallChange
    from refdesk.services.importer import UndoProblem, batch_info, result_words, undo_batch, undo_question
    from refdesk.ui.common import edits

    command = window.undo_stack.command(window.undo_stack.index() - 1)
    change = getattr(command, "change", None)
    if isinstance(command, edits.ChangeCommand) and isinstance(change, CallChange) and change.id == batch_id:
        edits.undo(window)  # asks, undoes, announces; the command leaves the stack
        return result_words(change.result) if change.result is not None else None
    batch = batch_info(batch_id)
    if batch is None or not edits.confirm(
        parent, undo_question(batch), QCoreApplication.translate("edits", "&Undo it")
    ):
        return None
    try:
        result = undo_batch(batch_id)
    except UndoProblem as exc:
        QMessageBox.information(parent, APP_NAME, str(exc))
        return None
    window.events.data_changed.emit("partners")
    return result_words(result)
