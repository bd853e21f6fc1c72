"""Edit → Settings… → Reminders: the time of the day's notification, keeping RefDesk in the tray
when the window closes, and starting it at login (hidden in the tray)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QTimeEdit, QVBoxLayout, QWidget

from refdesk import preferences
from refdesk.services import autostart, notifications
from refdesk.ui.common.forms import hint
from refdesk.ui.common.text import plain_label
from refdesk.ui.reminders import watch

START_AT_LOGIN = "reminders/start_at_login"
KEYS = (preferences.REMINDER_TIME, watch.KEEP_IN_TRAY, START_AT_LOGIN, watch.CALENDAR)


class RemindersTab(QWidget):
    """The Reminders tab; ``load()`` / ``values()`` as the dialog's other tabs, ``apply()`` once saved."""

    def __init__(self, data_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminders-settings")
        self.data_dir = data_dir
        box = QGroupBox(self.tr("Reminders outside the window"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self._describe(
            self.time,
            self.tr("Notify at"),
            self.tr(
                "Every day at this time, one desktop notification lists what is due; later, one more "
                "for what falls due while RefDesk runs."
            ),
        )
        form.addRow(self.tr("No&tify at:"), self.time)
        self.keep = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self._describe(
            self.keep,
            self.keep.text().replace("&", ""),
            self.tr("Closing the window leaves RefDesk in the notification area, reminding you; Quit ends it."),
        )
        form.addRow(self.keep)
        self.login = QCheckBox(self.tr("&Start at login, hidden in the tray"))
        self._describe(
            self.login,
            self.login.text().replace("&", ""),
            self.tr("RefDesk starts when you log in, in the tray, so the day's reminder reaches you."),
        )
        form.addRow(self.login)
        self.calendar = QCheckBox(self.tr("Keep a &calendar file up to date"))
        self._describe(
            self.calendar,
            self.calendar.text().replace("&", ""),
            self.tr(
                "RefDesk writes what is due in the next 90 days to this iCalendar file after each change and "
                "every day, for a calendar app to subscribe to; turned off, the file is removed."
            ),
        )
        form.addRow(self.calendar)
        self.calendar_path = data_dir / notifications.CALENDAR_FILE if data_dir is not None else None
        if self.calendar_path is not None:
            where = plain_label(str(self.calendar_path))
            where.setObjectName("calendar-path")
            form.addRow(where)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        if not watch.tray_available():
            self.keep.setEnabled(False)
            layout.addWidget(hint(self.tr("This desktop has no system tray: RefDesk reminds you in its window.")))
        if not autostart.supported():
            self.login.setEnabled(False)
            layout.addWidget(
                hint(
                    self.tr(
                        "Starting at login is set up by hand on this system: the guide in docs/reminders.md says how."
                    )
                )
            )
        layout.addStretch(1)

    @staticmethod
    def _describe(widget: QWidget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)
        widget.setWhatsThis(tip)

    def title(self) -> str:
        return self.tr("Re&minders")

    def load(self, values: dict) -> None:
        if preferences.REMINDER_TIME in values:
            time = preferences.reminder_time(values)
            self.time.setTime(QTime(time.hour, time.minute))
        self.keep.setChecked(bool(values.get(watch.KEEP_IN_TRAY)))
        self.calendar.setChecked(bool(values.get(watch.CALENDAR)))
        # what is on the disk is the truth: an entry removed by hand shows as off
        self.login.setChecked(
            bool(values.get(START_AT_LOGIN)) and (not autostart.supported() or autostart.is_enabled())
        )

    def values(self) -> dict:
        return {
            preferences.REMINDER_TIME: self.time.time().toString("HH:mm"),
            watch.KEEP_IN_TRAY: self.keep.isChecked(),
            START_AT_LOGIN: self.login.isChecked(),
            watch.CALENDAR: self.calendar.isChecked(),
        }

    def apply(self) -> str | None:
        """Write or remove the login entry as the box says, and remove the calendar file when it is
        no longer kept (the window writes it); a sentence when that failed."""
        if not self.calendar.isChecked() and self.calendar_path is not None:
            try:
                self.calendar_path.unlink(missing_ok=True)
            except OSError as exc:
                return self.tr("The calendar file could not be removed: %1").replace("%1", str(exc))
        if not autostart.supported():
            return None
        try:
            autostart.set_enabled(self.login.isChecked(), self.data_dir)
        except autostart.AutostartError as exc:
            return self.tr("Start at login could not be set: %1").replace("%1", str(exc))
        return None
