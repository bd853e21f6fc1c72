"""Edit → Settings…: the language, the default currency, the practice's rules, the checklist's
paper and light or dark, each with a tooltip saying what it changes, and "Restore defaults".

Every value goes through the declared list (``refdesk/preferences.py``): one the setting cannot
take (0 days, 10,000 days, "EURO") is refused with a sentence under the form, and nothing is
stored.  The rules and the currency apply at once (Today, Partners, the due lists and
``refdesk stats`` count with them); appearance too; the language when RefDesk starts again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refdesk import i18n, preferences
from refdesk.preferences import RULES, SettingError
from refdesk.services import formatting, rules
from refdesk.ui.common import appearance, settings
from refdesk.ui.common.forms import FormDialog, error_label, hint, show_error


class SettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Language and money"))
        form = QFormLayout(general)
        self.language = QComboBox()
        system = i18n.LANGUAGES.get(i18n.system_language(), i18n.LANGUAGES[i18n.FALLBACK])
        self.language.addItem(self.tr("The system's (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self._describe(
            self.language,
            self.tr("Language"),
            self.tr(
                "The language of RefDesk's words, and the way dates and amounts are written. It changes when RefDesk starts again."
            ),
        )
        form.addRow(self.tr("&Language:"), self.language)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("%1 (from your locale)").replace("%1", formatting.locale_currency()))
        self.currency.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.currency.placeholderText()) + 24)
        self._describe(
            self.currency,
            self.tr("Default currency"),
            self.tr(
                "The three-letter code (EUR, USD, GBP…) a new referral's value is in, and the Charts page's values. Empty: your locale's currency."
            ),
        )
        form.addRow(self.tr("Default &currency:"), self.currency)
        layout.addWidget(general)

        practice = QGroupBox(self.tr("Your practice's rules"))
        form = QFormLayout(practice)
        low, high = rules.LIMITS
        words = {
            "follow_up_days": (
                self.tr("&Follow up after:"),
                self.tr("Follow-up"),
                self.tr("A new referral's follow-up with both parties falls due this many days after it."),
            ),
            "thank_you_days": (
                self.tr("&Thank-you due after:"),
                self.tr("Thank-you due"),
                self.tr(
                    "A thank-you falls due this many days after the referral (or the closed business) it is for. Thank-yous already owed keep their dates."
                ),
            ),
            "check_in_days": (
                self.tr("Check-&in every:"),
                self.tr("Standing check-in"),
                self.tr(
                    "A standing check-in falls due when the last one is more than this many days old (Today, Partners and refdesk stats)."
                ),
            ),
            "quiet_days": (
                self.tr("Gone &quiet after:"),
                self.tr("Gone quiet"),
                self.tr(
                    "A partner has gone quiet after this many days without a meeting or a referral (Today and refdesk stats)."
                ),
            ),
        }
        self.rules: dict[str, QSpinBox] = {}
        for key, name in RULES.items():
            label, accessible, tip = words[name]
            box = QSpinBox()
            box.setRange(0, 99999)  # what may be typed: out of the rule's limits is refused with words, not clamped
            box.setSuffix(self.tr(" days"))
            self._describe(
                box,
                accessible,
                tip + " " + self.tr("From %1 to %2 days.").replace("%1", str(low)).replace("%2", str(high)),
            )
            form.addRow(label, box)
            self.rules[key] = box
        layout.addWidget(practice)

        look = QGroupBox(self.tr("Printing and appearance"))
        form = QFormLayout(look)
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("From your locale (%1)").replace("%1", _locale_page_size()), "")
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem(self.tr("Letter"), "Letter")
        self._describe(
            self.page_size,
            self.tr("Checklist paper"),
            self.tr("The paper the thank-you checklist is printed on, or saved as a PDF on."),
        )
        form.addRow(self.tr("Checklist &paper:"), self.page_size)
        self.appearance = QComboBox()
        for value, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.appearance.addItem(text, value)
        self._describe(
            self.appearance,
            self.tr("Appearance"),
            self.tr("Light or dark windows, charts and icons; by default as the system is."),
        )
        form.addRow(self.tr("&Appearance:"), self.appearance)
        layout.addWidget(look)

        self.note = hint(self.tr("A new language applies when RefDesk starts again; the rest at once."))
        layout.addWidget(self.note)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore.setText(self.tr("&Restore defaults"))
        self.restore.setToolTip(
            self.tr("Put every setting here back as RefDesk comes (nothing is saved until you press Save)")
        )
        self.restore.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load(settings.values())

    @staticmethod
    def _describe(widget: QWidget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)
        widget.setWhatsThis(tip)

    # --- the form's values ------------------------------------------------------------------------

    def load(self, values: dict) -> None:
        self._select(self.language, values["ui/language"])
        self.currency.setText(values["money/currency"])
        for key, box in self.rules.items():
            box.setValue(int(values[key]))
        self._select(self.page_size, values["checklist/page_size"])
        self._select(self.appearance, values["ui/appearance"])

    @staticmethod
    def _select(box: QComboBox, value) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def values(self) -> dict:
        """What the form says, by setting key (not yet checked)."""
        found = {
            "ui/language": self.language.currentData(),
            "money/currency": self.currency.text().strip().upper(),
            "checklist/page_size": self.page_size.currentData(),
            "ui/appearance": self.appearance.currentData(),
        }
        found.update({key: box.value() for key, box in self.rules.items()})
        return found

    def restore_defaults(self) -> None:
        self.load({key: spec.default for key, spec in preferences.SETTINGS.items()})
        show_error(self.error, "")

    # --- saving -------------------------------------------------------------------------------------

    def save(self) -> None:
        """Check every value, then store them all (or none, with the first problem said)."""
        values = self.values()
        checked = {}
        for key, value in values.items():
            try:
                checked[key] = preferences.check(key, value)
            except SettingError as exc:
                widget = self.rules.get(key) or (self.currency if key == "money/currency" else None)
                label = widget.accessibleName() if widget is not None else key
                show_error(self.error, f"{label}: {exc}")
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    if isinstance(widget, QSpinBox):
                        widget.selectAll()
                return
        for key, value in checked.items():
            settings.put(key, value)
        apply_at_once(checked)
        self.accept()


def apply_at_once(values: dict) -> None:
    """What a saved form changes at once: the rules, the default currency, light or dark."""
    rules.configure(**{name: values[key] for key, name in RULES.items()})
    formatting.configure(locale=str(formatting.current_locale()), currency=values["money/currency"] or None)
    appearance.apply(values["ui/appearance"])


def _locale_page_size() -> str:
    from refdesk.ui.thanks.printing import default_page_size

    return default_page_size()


def open_settings(window) -> SettingsDialog | None:
    """Edit → Settings…: the dialog; once saved, every page shows what the new rules say."""
    dialog = SettingsDialog(window)
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return None
    from refdesk.ui.common.edits import tell

    window.events.data_changed.emit("settings")
    tell(window, dialog.tr("Settings saved."))
    return dialog
