"""Edit → Settings… (Ctrl+,): on "General", the language, the default currency, the practice's
rules (the day-counts, the stay-in-touch cadence of each stage in weeks, and "ask how it went after",
set here only), the checklist's paper and light or dark, each with a tooltip saying what it changes, and
"Restore defaults"; on "Thank-you notes", your name and the note templates.

Each template is checked before anything is stored (``services.templates.check``): an unknown
placeholder or a lone ``$`` is named, the dialog stays open with the text as typed, and the
templates already stored are kept; "Restore default" puts a template's default back in the box.

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
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refdesk import i18n, preferences
from refdesk.preferences import CADENCES, RULES, SettingError
from refdesk.services import formatting, rules, templates
from refdesk.services.vocabulary import Stage, label
from refdesk.ui.common import appearance, settings
from refdesk.ui.common.forms import FormDialog, buddy_label, error_label, hint, show_error
from refdesk.ui.reminders.settings_tab import RemindersTab
from refdesk.ui.thanks.draft import template_text
from refdesk.ui.today.ask import SETTING as ASK_SETTING
from refdesk.ui.today.ask import ask_after_days


class SettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        general_page = QWidget()
        layout = QVBoxLayout(general_page)
        self.tabs.addTab(general_page, self.tr("&General"))
        outer.addWidget(self.tabs)

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
        self._cadences(form)
        self.ask_days = QSpinBox()
        self.ask_days.setRange(1, 365)
        self.ask_days.setSuffix(self.tr(" days"))
        self.ask_days.setValue(ask_after_days())
        self._describe(
            self.ask_days,
            self.tr("Ask how it went after"),
            self.tr(
                "Today lists the referrals you gave that the partner has not thanked you for after this many days "
                "(default %1)"
            ).replace("%1", str(rules.ASK_AFTER_DAYS)),
        )
        form.addRow(self.tr("As&k how it went after:"), self.ask_days)
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

        self.tabs.addTab(self._notes_page(), self.tr("Thank-you &notes"))
        self.reminders = RemindersTab(getattr(parent, "data_dir", None))  # the window's data folder, for login
        self.tabs.addTab(self.reminders, self.reminders.title())
        self.note = hint(self.tr("A new language applies when RefDesk starts again; the rest at once."))
        outer.addWidget(self.note)
        self.error = error_label()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.restore_all = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_all.setText(self.tr("&Restore defaults"))
        self.restore_all.setToolTip(
            self.tr("Put every setting here back as RefDesk comes (nothing is saved until you press Save)")
        )
        self.restore_all.clicked.connect(self.restore_defaults)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the settings (Enter from a field)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.load(settings.values())

    def _cadences(self, form: QFormLayout) -> None:
        """Stay in touch every so many weeks, by stage (a partner's own cadence comes first)."""
        low, high = rules.CADENCE_LIMITS
        words = {
            Stage.VISIBILITY: (
                self.tr("&Visibility partners:"),
                self.tr("They know who you are and what you do."),
            ),
            Stage.CREDIBILITY: (
                self.tr("Cre&dibility partners:"),
                self.tr("They trust you enough to recommend you."),
            ),
            Stage.PROFITABILITY: (
                self.tr("Profita&bility partners:"),
                self.tr("You send each other business."),
            ),
        }
        form.addRow(hint(self.tr("Stay in touch every so many weeks, by stage:")))
        for key, name in CADENCES.items():
            stage = Stage(name.removeprefix("cadence_").removesuffix("_weeks"))
            text, who = words[stage]
            box = QSpinBox()
            box.setRange(0, 99999)  # as the day-counts: out of the limits is refused with words, not clamped
            box.setSuffix(self.tr(" weeks"))
            default = rules.DEFAULTS[name]
            self._describe(
                box,
                self.tr("Stay in touch with %1 partners").replace("%1", label(stage)),
                who
                + " "
                + self.tr(
                    "A partner at this stage is due for contact this many weeks after the last touch, unless they "
                    "have a cadence of their own (Partners → Edit). Today's “Overdue for contact” and the Partners "
                    "page's Contact light count with it. From %1 to %2 weeks; RefDesk's default: %3."
                )
                .replace("%1", str(low))
                .replace("%2", str(high))
                .replace("%3", str(default)),
            )
            form.addRow(text, box)
            self.rules[key] = box

    def _notes_page(self) -> QWidget:
        """Your name (it signs the drafted notes) and the note templates, one reason at a time."""
        page = QWidget()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Sam Rivera"))
        self._describe(self.name, self.tr("Your name"), self.tr("Signs the drafted thank-you notes ($my_name)"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Your na&me:"), self.name), self.name)
        self.texts = {kind: template_text(kind) for kind in templates.KINDS}
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Template for"))
        for kind in templates.KINDS:
            self.kind.addItem(templates.kind_words(kind), kind)
        self.template = QPlainTextEdit()
        self.template.setTabChangesFocus(True)
        self.template.setAccessibleName(self.tr("Note template"))
        self.template.setFixedHeight(self.fontMetrics().lineSpacing() * 10 + 12)
        self.restore = QPushButton(self.tr("Restore defa&ult"))
        self.restore.setToolTip(self.tr("Put RefDesk's own template for this reason back in the box"))
        self.restore.clicked.connect(lambda: self.template.setPlainText(templates.DEFAULTS[self.kind.currentData()]))
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Template for:"), self.kind))
        top.addWidget(self.kind, 1)
        top.addWidget(self.restore)
        pairs = [f"${name}: {words}" for name, words in templates.PLACEHOLDERS.items()]
        pairs.append(self.tr("$$: a dollar sign"))
        places = "\n".join(" · ".join(pairs[i : i + 3]) for i in range(0, len(pairs), 3))
        box = QGroupBox(self.tr("Thank-you note templates"))
        inner = QVBoxLayout(box)
        inner.addLayout(top)
        inner.addWidget(self.template)
        placeholders = hint(places)
        placeholders.setWordWrap(False)  # short lines: the dialog's height is known before it is shown
        inner.addWidget(placeholders)
        self._shown_kind = self.kind.currentData()
        self.template.setPlainText(self.texts[self._shown_kind])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _kind_changed(self, _index: int) -> None:
        self.texts[self._shown_kind] = self.template.toPlainText()
        self._shown_kind = self.kind.currentData()
        self.template.setPlainText(self.texts[self._shown_kind])

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
        self.ask_days.setValue(values.get(ASK_SETTING) or rules.ASK_AFTER_DAYS)
        if "me/name" in values:
            self.name.setText(values["me/name"] or "")
        for kind in templates.KINDS:
            stored = values.get(f"templates/{kind}")
            if f"templates/{kind}" in values:
                self.texts[kind] = stored or templates.DEFAULTS[kind]
        self.template.setPlainText(self.texts[self._shown_kind])
        self.reminders.load(values)

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
        found[ASK_SETTING] = self.ask_days.value()
        found["me/name"] = self.name.text().strip()
        texts = dict(self.texts)
        texts[self._shown_kind] = self.template.toPlainText()
        found.update({f"templates/{kind}": text for kind, text in texts.items()})
        found.update(self.reminders.values())
        return found

    def restore_defaults(self) -> None:
        """The General tab's settings as RefDesk comes (your name and templates are kept)."""
        defaults = {key: spec.default for key, spec in preferences.SETTINGS.items()}
        for key in ("me/name", *(f"templates/{kind}" for kind in templates.KINDS)):
            defaults.pop(key, None)
        self.load(defaults)
        show_error(self.error, "")

    # --- saving -------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Check every value, then store them all (or none, with the first problem said)."""
        values = self.values()
        texts = {kind: values.pop(f"templates/{kind}") for kind in templates.KINDS}
        checked = {}
        for key, value in values.items():
            try:
                checked[key] = preferences.check(key, value) if key in preferences.SETTINGS else value
            except SettingError as exc:
                widget = self.rules.get(key) or (self.currency if key == "money/currency" else None)
                label = widget.accessibleName() if widget is not None else key
                show_error(self.error, f"{label}: {exc}")
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    if isinstance(widget, QSpinBox):
                        widget.selectAll()
                self.tabs.setCurrentIndex(0)
                return
        for kind, text in texts.items():
            try:
                templates.check(text)
            except templates.TemplateError as exc:
                self.tabs.setCurrentIndex(1)
                self.kind.setCurrentIndex(self.kind.findData(kind))
                show_error(
                    self.error,
                    self.tr("The “%1” template: %2 Nothing was saved yet.")
                    .replace("%1", templates.kind_words(kind))
                    .replace("%2", str(exc)),
                )
                self.template.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        problem = self.reminders.apply()  # the login entry first: when it cannot be written, nothing is stored
        if problem:
            self.tabs.setCurrentWidget(self.reminders)
            show_error(self.error, problem)
            return
        for key, value in checked.items():
            settings.put(key, value)
        for kind, text in texts.items():
            # the default is not stored: a better default in a later RefDesk reaches the user
            settings.put(f"templates/{kind}", "" if text == templates.DEFAULTS[kind] else text)
        apply_at_once(checked)
        super().accept()


def apply_at_once(values: dict) -> None:
    """What a saved form changes at once: the rules and cadences, the default currency, light or dark."""
    rules.configure(**{name: values[key] for key, name in (RULES | CADENCES).items()})
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
