"""The dialog that creates or edits a partner's profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import partners as ps
from refdesk.services import rules
from refdesk.services.vocabulary import Stage, label
from refdesk.ui.common import icons
from refdesk.ui.common.forms import FormDialog, buddy_label, error_label, hint, show_error, tab_order_of, text_box
from refdesk.ui.help.guide import with_help


def hints() -> dict[str, str]:
    """The hint under each field of the referral practice (and tags, notes), in the language spoken."""
    return {
        "ideal_referral": QCoreApplication.translate(
            "PartnerDialog", "Ask them: “What would be a good referral for you?” Write down who, and in what situation."
        ),
        "what_to_tell": QCoreApplication.translate(
            "PartnerDialog",
            "Ask them: “What do you want me to tell people about you?” Their words, so you can repeat them.",
        ),
        "wants_from_me": QCoreApplication.translate(
            "PartnerDialog", "What they hope to get from you: introductions, mentions, feedback…"
        ),
        "want_from_them": QCoreApplication.translate(
            "PartnerDialog", "What you would like from them: the kind of clients, a testimonial, a joint event…"
        ),
        "experience": QCoreApplication.translate(
            "PartnerDialog",
            "Have you used their service yourself, or heard from clients you sent? A personal story "
            "makes your referral believable.",
        ),
        "tags": QCoreApplication.translate(
            "PartnerDialog", "Words to find them by, separated by commas (e.g. chamber, golf, BNI)."
        ),
        "notes": QCoreApplication.translate("PartnerDialog", "Anything else worth remembering."),
    }


class ContactList(QWidget):
    """Several emails (or phones): one line each with its kind, a remove button, and an Add button.
    *what*: "email" or "phone"."""

    changed = Signal()

    def __init__(self, what: str, placeholder: str, parent=None, button_text: str = ""):
        super().__init__(parent)
        self.what = what
        self.placeholder = placeholder
        self._rows: list[tuple[QWidget, QLineEdit, QLineEdit]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(button_text or self._say(self.tr("Add email"), self.tr("Add phone")))
        self.add_button.setToolTip(self._say(self.tr("Add another email address"), self.tr("Add another phone number")))
        self.add_button.setAccessibleName(self._say(self.tr("Add email"), self.tr("Add phone")))
        self.add_button.clicked.connect(lambda: self.add_row("", "", focus=True))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: str, kind: str, focus: bool = False) -> QLineEdit:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(value)
        edit.setPlaceholderText(self.placeholder)
        edit.setAccessibleName(self._say(self.tr("Email"), self.tr("Phone")))
        edit.setToolTip(
            self._say(
                self.tr("One email address; empty lines are left out"),
                self.tr("One phone number; empty lines are left out"),
            )
        )
        kind_edit = QLineEdit(kind)
        kind_edit.setPlaceholderText(self.tr("work, home, mobile…"))
        kind_edit.setAccessibleName(self._say(self.tr("Kind of email"), self.tr("Kind of phone")))
        kind_edit.setToolTip(
            self._say(
                self.tr("What kind of email address this is, e.g. work or home"),
                self.tr("What kind of phone number this is, e.g. work or mobile"),
            )
        )
        kind_edit.setMaximumWidth(kind_edit.fontMetrics().horizontalAdvance(kind_edit.placeholderText()) + 20)
        remove = QToolButton()
        remove.setIcon(icons.icon("x"))
        remove.setToolTip(self._say(self.tr("Remove this email address"), self.tr("Remove this phone number")))
        remove.setAccessibleName(self._say(self.tr("Remove email"), self.tr("Remove phone")))
        line.addWidget(edit, 1)
        line.addWidget(kind_edit)
        line.addWidget(remove)
        entry = (row, edit, kind_edit)
        self._rows.append(entry)
        remove.clicked.connect(lambda: self._remove(entry))
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.changed.emit()  # the dialog puts the new line in its Tab order
        if focus:
            edit.setFocus()
        return edit

    def _say(self, email: str, phone: str) -> str:
        """The words for this list's kind: *email* for emails, *phone* for phones."""
        return email if self.what == "email" else phone

    def _remove(self, entry) -> None:
        self._rows.remove(entry)
        entry[0].hide()  # out of the Tab order at once; deleted later
        entry[0].deleteLater()

    def set_values(self, values: list[tuple[str, str]]) -> None:
        for entry in list(self._rows):
            self._remove(entry)
        for value, kind in values:
            self.add_row(value, kind)
        if not values:
            self.add_row("", "")

    def values(self) -> list[tuple[str, str]]:
        return [(edit.text().strip(), kind.text().strip()) for _row, edit, kind in self._rows if edit.text().strip()]

    def edits(self) -> list[QLineEdit]:
        return [edit for _row, edit, _kind in self._rows]

    def focus_order(self) -> list[QWidget]:
        """Each line's value, kind and remove button, then the Add button: the order on screen."""
        order: list[QWidget] = []
        for row, edit, kind in self._rows:
            order.extend((edit, kind, *row.findChildren(QToolButton)))
        return [*order, self.add_button]


class PartnerDialog(FormDialog):
    """New partner, or edit one.  ``data()`` gives what was typed; ``accept`` only when it is valid.

    Escape or Cancel on a changed form asks before discarding it (``FormDialog``).
    """

    def __init__(self, parent=None, data: ps.PartnerData | None = None, categories: list[str] | None = None):
        super().__init__(parent)
        self.loaded = data if data is not None and data.id else None  # the saved version being edited
        self.saver = None  # refdesk.ui.common.edits.FormSaver: saves on Save, keeps the dialog open if it cannot
        self.setWindowTitle(self.tr("Edit partner") if data and data.id else self.tr("New partner"))
        self.setObjectName("partner-dialog")
        self.setMinimumWidth(560)
        self.error = error_label()

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Hannah Goldberg"))
        self.company = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(categories or [])
        self.category.setCurrentText("")
        self.category.lineEdit().setPlaceholderText(self.tr("Their profession, e.g. Realtor"))
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://…")
        self.address = text_box(self.tr("Address"), 2)
        self.tags = QLineEdit()
        self.stage = QComboBox()
        for stage in Stage:
            self.stage.addItem(label(stage), stage)
        self.retired_reason = QLineEdit()
        self.retired_reason.setPlaceholderText(self.tr("Why, e.g. moved away, clients had a bad experience"))
        self.retired_label = buddy_label(self.tr("Retired &because"), self.retired_reason)
        self.cadence = QLineEdit()
        self.cadence.setMaxLength(6)
        self.cadence.setMaximumWidth(self.cadence.fontMetrics().horizontalAdvance("0000000") + 16)
        self.cadence_label = buddy_label(self.tr("Stay in touch e&very"), self.cadence)
        self.cadence_hint = hint("")
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence)
        cadence_row.addWidget(QLabel(self.tr("weeks")))
        cadence_row.addWidget(self.cadence_hint, 1)
        self.emails = ContactList("email", self.tr("name@example.com"), button_text=self.tr("Add &email"))
        self.phones = ContactList("phone", self.tr("as you would dial it"), button_text=self.tr("Add p&hone"))
        self.notes = text_box(self.tr("Notes"), 3)
        hint_of = hints()

        contact = QWidget()
        form = QFormLayout(contact)
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("Com&pany"), self.company)
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow(buddy_label(self.tr("&Stage"), self.stage), with_help(self.stage, "stage"))
        form.addRow(self.retired_label, self.retired_reason)
        self.cadence_field = with_help(cadence_row, "gone_quiet")
        form.addRow(self.cadence_label, self.cadence_field)
        form.addRow(self.tr("Emails"), self.emails)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow("", hint(hint_of["tags"]))
        form.addRow(self.tr("N&otes"), self.notes)

        practice = QWidget()
        pform = QFormLayout(practice)
        self.ideal_referral = text_box(self.tr("Ideal referral for them"))
        self.what_to_tell = text_box(self.tr("What to tell people about them"))
        self.wants_from_me = text_box(self.tr("What they want from me"))
        self.want_from_them = text_box(self.tr("What I want from them"))
        self.experience = text_box(self.tr("My experience of their service"))
        for title, box, key in (
            (self.tr("&Ideal referral for them"), self.ideal_referral, "ideal_referral"),
            (self.tr("What to te&ll people"), self.what_to_tell, "what_to_tell"),
            (self.tr("What they want from &me"), self.wants_from_me, "wants_from_me"),
            (self.tr("What I want &from them"), self.want_from_them, "want_from_them"),
            (self.tr("My e&xperience of them"), self.experience, "experience"),
        ):
            pform.addRow(title, box)
            pform.addRow("", hint(hint_of[key]))

        self.tabs = QTabWidget()
        self.tabs.addTab(contact, self.tr("&Contact"))
        self.tabs.addTab(practice, self.tr("&Referral practice"))
        for widget, name, tip in (
            (self.name, self.tr("Name"), self.tr("The partner's name (required)")),
            (self.company, self.tr("Company"), self.tr("Their business")),
            (self.category, self.tr("Category"), self.tr("Their profession: one you used before, or type a new one")),
            (self.website, self.tr("Website"), self.tr("Their website address")),
            (self.tags, self.tr("Tags"), hint_of["tags"]),
            (self.stage, self.tr("Stage"), ""),
            (self.retired_reason, self.tr("Reason for retiring"), self.tr("Why they are no longer a partner")),
            (
                self.cadence,
                self.tr("Stay in touch every N weeks"),
                self.tr(
                    "How often you want to be in touch with them, in weeks (%1 to %2); empty: their stage's "
                    "(set in Edit → Settings…). A meeting, a referral either way, a check-in or a thank-you sent "
                    "starts it again."
                )
                .replace("%1", str(rules.CADENCE_LIMITS[0]))
                .replace("%2", str(rules.CADENCE_LIMITS[1])),
            ),
            (self.address, self.tr("Address"), self.tr("Their postal address, for thank-you cards")),
            (self.notes, self.tr("Notes"), hint_of["notes"]),
            (self.tabs, self.tr("Partner details"), ""),
        ):
            widget.setAccessibleName(name)
            if tip:
                widget.setToolTip(tip)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.emails.changed.connect(self._order_tabs)
        self.phones.changed.connect(self._order_tabs)
        self.set_data(data or ps.PartnerData())
        self._order_tabs()
        self.name.setFocus()  # not the tab bar: typing starts with the name

    def _order_tabs(self) -> None:
        """Tab follows the screen, top to bottom, also through email and phone lines added later."""
        chain = [
            self.tabs.tabBar(),
            self.name,
            self.company,
            self.category,
            self.stage,
            self.retired_reason,
            self.cadence,
            *self.emails.focus_order(),
            *self.phones.focus_order(),
            self.website,
            self.address,
            self.tags,
            self.notes,
            self.ideal_referral,
            self.what_to_tell,
            self.wants_from_me,
            self.want_from_them,
            self.experience,
            *tab_order_of(self.buttons),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _stage_changed(self) -> None:
        stage = self.stage.currentData()
        retired = stage is Stage.RETIRED
        self.retired_reason.setVisible(retired)
        self.retired_label.setVisible(retired)
        # retired partners have no cadence; else empty means the stage's, and the box shows it as such
        self.cadence_label.setVisible(not retired)
        self.cadence_field.setVisible(not retired)
        if not retired:
            weeks = rules.cadence_weeks(stage)
            self.cadence.setPlaceholderText(str(weeks))
            self.cadence_hint.setText(
                self.tr("Empty: every %n week(s), the default for %1.", "", weeks or 0).replace("%1", label(stage))
            )

    def _cadence_weeks(self) -> int | None:
        """The weeks typed (None when empty: the stage's); text that is no number is refused on Save."""
        text = self.cadence.text().strip()
        try:
            return int(text) if text else None
        except ValueError:
            return None

    def set_data(self, data: ps.PartnerData) -> None:
        self._id = data.id
        self._version = data.version
        for name in ("name", "company", "website", "tags", "retired_reason"):
            getattr(self, name).setText(getattr(data, name))
        self.category.setCurrentText(data.category)
        for name in (
            "address",
            "notes",
            "ideal_referral",
            "what_to_tell",
            "wants_from_me",
            "want_from_them",
            "experience",
        ):
            getattr(self, name).setPlainText(getattr(data, name))
        self.stage.setCurrentIndex(self.stage.findData(data.stage))
        self.emails.set_values(data.emails)
        self.phones.set_values(data.phones)
        self.cadence.setText("" if data.cadence_weeks is None else str(data.cadence_weeks))
        self._stage_changed()

    def data(self) -> ps.PartnerData:
        return ps.PartnerData(
            name=self.name.text(),
            company=self.company.text(),
            category=self.category.currentText().strip(),
            website=self.website.text(),
            address=self.address.toPlainText(),
            tags=self.tags.text(),
            notes=self.notes.toPlainText(),
            ideal_referral=self.ideal_referral.toPlainText(),
            what_to_tell=self.what_to_tell.toPlainText(),
            wants_from_me=self.wants_from_me.toPlainText(),
            want_from_them=self.want_from_them.toPlainText(),
            experience=self.experience.toPlainText(),
            stage=self.stage.currentData(),
            retired_reason=self.retired_reason.text(),
            emails=self.emails.values(),
            phones=self.phones.values(),
            cadence_weeks=self._cadence_weeks(),
            id=self._id,
            version=self._version,
        )

    collect = data
    fill = set_data

    def show_problem(self, text: str, field: str = "") -> None:
        """A sentence above the form (e.g. why the last save did not go through), and the field it is about."""
        show_error(self.error, text)
        if field:
            self.tabs.setCurrentIndex(0)
        if field == "name":
            self.name.setFocus()
        elif field == "emails":
            bad = text.split("“", 1)[-1].split("”", 1)[0]
            for edit in self.emails.edits():
                if edit.text().strip() == bad:
                    edit.setFocus()
                    edit.selectAll()
        elif field == "retired_reason":
            self.retired_reason.setFocus()
        elif field == "cadence_weeks":
            self.cadence.setFocus()
            self.cadence.selectAll()

    def accept(self) -> None:
        typed = self.cadence.text().strip()
        if typed and self.stage.currentData() is not Stage.RETIRED:
            try:
                rules.check_weeks(typed)  # "abc", 0 and 10,000 weeks are refused in words
            except rules.RuleError as exc:
                self.show_problem(str(exc), "cadence_weeks")
                return
        problems = ps.validate(self.data())
        if problems:
            key, text = next(iter(problems.items()))
            self.show_problem(text, key)
            return
        if self.saver is not None and not self.saver.save(self):
            return
        super().accept()
