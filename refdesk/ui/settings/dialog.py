"""Edit → Settings… (Ctrl+,): your name, when to ask how a referral went, and the note templates.

Each template is checked before anything is stored (``services.templates.check``): an unknown
placeholder or a lone ``$`` is named beside the template, the dialog stays open with the text as
typed, and the templates already stored are kept.  "Restore default" puts a template's default
back in the box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from refdesk.services import rules, templates
from refdesk.ui.common import settings
from refdesk.ui.common.forms import FormDialog, buddy_label, error_label, hint, show_error
from refdesk.ui.thanks.draft import my_name, template_text
from refdesk.ui.today.ask import SETTING as ASK_SETTING
from refdesk.ui.today.ask import ask_after_days


class SettingsDialog(FormDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.setMinimumWidth(620)
        self.name = QLineEdit(my_name())
        self.name.setAccessibleName("Your name")
        self.name.setPlaceholderText("e.g. Sam Rivera")
        self.name.setToolTip("Signs the drafted thank-you notes ($my_name)")
        self.ask_days = QSpinBox()
        self.ask_days.setRange(1, 365)
        self.ask_days.setSuffix(" days")
        self.ask_days.setValue(ask_after_days())
        self.ask_days.setAccessibleName("Ask how it went after")
        self.ask_days.setToolTip(
            "Today lists the referrals you gave that the partner has not thanked you for after this many days "
            f"(default {rules.ASK_AFTER_DAYS})"
        )
        form = QFormLayout()
        form.addRow(buddy_label("Your &name:", self.name), self.name)
        form.addRow(buddy_label("&Ask how it went after:", self.ask_days), self.ask_days)

        self.texts = {kind: template_text(kind) for kind in templates.KINDS}
        self.kind = QComboBox()
        self.kind.setAccessibleName("Template for")
        for kind, words in templates.KINDS.items():
            self.kind.addItem(words, kind)
        self.template = QPlainTextEdit()
        self.template.setTabChangesFocus(True)
        self.template.setAccessibleName("Note template")
        self.template.setFixedHeight(self.fontMetrics().lineSpacing() * 10 + 12)
        self.restore = QPushButton("&Restore default")
        self.restore.setToolTip("Put RefDesk's own template for this reason back in the box")
        self.restore.clicked.connect(lambda: self.template.setPlainText(templates.DEFAULTS[self.kind.currentData()]))
        top = QHBoxLayout()
        top.addWidget(buddy_label("&Template for:", self.kind))
        top.addWidget(self.kind, 1)
        top.addWidget(self.restore)
        pairs = [f"${name}: {words}" for name, words in templates.PLACEHOLDERS.items()] + ["$$: a dollar sign"]
        places = "\n".join(" · ".join(pairs[i : i + 3]) for i in range(0, len(pairs), 3))
        box = QGroupBox("Thank-you note templates")
        inner = QVBoxLayout(box)
        inner.addLayout(top)
        inner.addWidget(self.template)
        placeholders = hint(places)
        placeholders.setWordWrap(False)  # short lines: the dialog's height is known before it is shown
        inner.addWidget(placeholders)
        self._shown_kind = self.kind.currentData()
        self.template.setPlainText(self.texts[self._shown_kind])
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Save the settings (Enter from a field)")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _kind_changed(self, _index: int) -> None:
        self.texts[self._shown_kind] = self.template.toPlainText()
        self._shown_kind = self.kind.currentData()
        self.template.setPlainText(self.texts[self._shown_kind])

    def values(self) -> dict:
        texts = dict(self.texts)
        texts[self._shown_kind] = self.template.toPlainText()
        return {"name": self.name.text().strip(), "ask_days": self.ask_days.value(), "templates": texts}

    def accept(self) -> None:
        values = self.values()
        for kind, text in values["templates"].items():
            try:
                templates.check(text)
            except templates.TemplateError as exc:
                self.kind.setCurrentIndex(self.kind.findData(kind))
                show_error(self.error, f"The “{templates.KINDS[kind]}” template: {exc} Nothing was saved yet.")
                self.template.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        settings.put("me/name", values["name"])
        settings.put(ASK_SETTING, values["ask_days"])
        for kind, text in values["templates"].items():
            # the default is not stored: a better default in a later RefDesk reaches the user
            settings.put(f"templates/{kind}", "" if text == templates.DEFAULTS[kind] else text)
        super().accept()


def open_settings(window) -> SettingsDialog:
    dialog = SettingsDialog(window)
    if dialog.exec():
        window.statusBar().showMessage("Settings saved.", 8000)
        window.events.data_changed.emit("settings")
    return dialog
