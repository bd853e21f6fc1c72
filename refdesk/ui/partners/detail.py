"""The selected partner beside the list: profile, meetings, standing check-ins and referrals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import due as due_lists
from refdesk.services import formatting, rules
from refdesk.services import partners as ps
from refdesk.services.vocabulary import Direction, Stage, label
from refdesk.ui.common import appearance, contact_light
from refdesk.ui.common.actions import tool_button
from refdesk.ui.common.links import LinkList
from refdesk.ui.common.page import SUBHEADING_SCALE, heading
from refdesk.ui.common.text import plain_label, plain_tooltip
from refdesk.ui.partners.trend import WillingnessTrend

PROFILE_FIELDS = (  # the captions: translated where shown (context "PartnerDetail")
    ("emails", QT_TRANSLATE_NOOP("PartnerDetail", "Email")),
    ("phones", QT_TRANSLATE_NOOP("PartnerDetail", "Phone")),
    ("website", QT_TRANSLATE_NOOP("PartnerDetail", "Website")),
    ("address", QT_TRANSLATE_NOOP("PartnerDetail", "Address")),
    ("tags", QT_TRANSLATE_NOOP("PartnerDetail", "Tags")),
    ("ideal_referral", QT_TRANSLATE_NOOP("PartnerDetail", "Ideal referral for them")),
    ("what_to_tell", QT_TRANSLATE_NOOP("PartnerDetail", "What to tell people about them")),
    ("wants_from_me", QT_TRANSLATE_NOOP("PartnerDetail", "What they want from me")),
    ("want_from_them", QT_TRANSLATE_NOOP("PartnerDetail", "What I want from them")),
    ("experience", QT_TRANSLATE_NOOP("PartnerDetail", "My experience of their service")),
    ("notes", QT_TRANSLATE_NOOP("PartnerDetail", "Notes")),
)
PROFILE_TAB, MEETINGS_TAB, STANDING_TAB, REFERRALS_TAB = range(4)


def check_in_words(last: dt.date | None, today: dt.date | None = None) -> str:
    """Where the standing check-in is, in words (the rule: ``rules.CHECK_IN_DAYS``)."""
    if last is None:
        return QCoreApplication.translate(
            "PartnerDetail", "⚑ Check-in due: you have not asked them yet where you stand."
        )
    when = formatting.date_and_distance(last, today)
    if rules.check_in_due(last, today):
        return (
            QCoreApplication.translate("PartnerDetail", "⚑ Check-in due: the last one was %1, more than %2 days ago.")
            .replace("%1", when)
            .replace("%2", formatting.number(rules.CHECK_IN_DAYS))
        )
    return QCoreApplication.translate("PartnerDetail", "Last check-in %1.").replace("%1", when)


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    return tree


class PartnerDetail(QStackedWidget):
    """Either "select a partner" or the selected partner's profile and history (read-only here:
    the page's actions change it)."""

    referral_opened = Signal(int)

    def __init__(self, actions: dict[str, QAction], parent=None):
        super().__init__(parent)
        self.setObjectName("partner-detail")
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.name_label = heading(scale=SUBHEADING_SCALE * 1.25)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAccessibleName(self.tr("Partner name"))
        self.subtitle_label = plain_label()
        self.subtitle_label.setAccessibleName(self.tr("Company, category and stage"))
        self.due_label = plain_label()
        self.due_label.setAccessibleName(self.tr("Standing check-in"))
        for widget in (self.name_label, self.subtitle_label, self.due_label):
            layout.addWidget(widget)
        # the stay-in-touch light: its shape, then its word and when contact is due
        self.contact_icon = QLabel()
        self.contact_label = plain_label()
        self.contact_label.setAccessibleName(QCoreApplication.translate("contact", "Stay in touch"))
        self.contact_row = QWidget()
        row = QHBoxLayout(self.contact_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.contact_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.contact_label, 1)
        layout.addWidget(self.contact_row)
        self.contact_state: str | None = None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Partner details"))
        self.tabs.setUsesScrollButtons(False)  # every tab's title in view, also in German and Spanish
        self.tabs.addTab(self._profile(), self.tr("&Profile"))
        self.meeting_list = _tree(
            self.tr("Meetings"),
            [self.tr("Date"), self.tr("Kind"), self.tr("Notes"), self.tr("Next step"), self.tr("By")],
        )
        self.tabs.addTab(self._tab(actions, ("meeting", "edit_meeting", "delete_meeting"), self.meeting_list), "")
        self.trend = WillingnessTrend()
        self.checkin_list = _tree(
            self.tr("Standing check-ins"),
            [self.tr("Date"), self.tr("Willingness"), self.tr("Comfort"), self.tr("Notes")],
        )
        self.tabs.addTab(
            self._tab(actions, ("checkin", "edit_checkin", "delete_checkin"), self.trend, self.checkin_list), ""
        )
        self.referral_list = _tree(
            self.tr("Referrals with this partner"),
            [
                self.tr("Date"),
                self.tr("Direction"),
                self.tr("Prospect / from"),
                self.tr("Need"),
                self.tr("Type"),
                self.tr("Status"),
                self.tr("Value"),
            ],
        )
        self.referral_list.itemActivated.connect(
            lambda item, _col: self.referral_opened.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        note = plain_label(
            self.tr(
                "Referrals with this partner, both ways, and where they were the prospect. "
                "Press Enter or double-click one to open it on the Referrals page."
            )
        )
        self.tabs.addTab(self._tab({}, (), note, self.referral_list), "")
        layout.addWidget(self.tabs, 1)

        self.no_selection = plain_label(
            self.tr("Select a partner on the left to see their profile, meetings, check-ins and referrals.")
        )
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.no_selection)
        self.addWidget(panel)
        self.shown: ps.PartnerData | None = None
        self.check_in_is_due = False
        self._titles(0, 0, 0, False)

    def _profile(self) -> QWidget:
        self.profile_values: dict[str, QLabel] = {}
        # email, phone and website are links: a click opens them, right-click or Ctrl+C copies
        self.links = {"emails": LinkList("email"), "phones": LinkList("phone"), "website": LinkList("website")}
        profile = QWidget()
        form = QFormLayout(profile)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, english in PROFILE_FIELDS:
            title = QCoreApplication.translate("PartnerDetail", english)
            value: QWidget
            if key in self.links:
                value = self.links[key]
            else:
                value = plain_label()
                self.profile_values[key] = value
            value.setAccessibleName(title)
            caption = plain_label(title, selectable=False)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.addRow(caption, value)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(profile)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    def _tab(self, actions: dict[str, QAction], keys: tuple[str, ...], *widgets: QWidget) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        if keys:
            row = QHBoxLayout()
            for key in keys:
                row.addWidget(tool_button(actions[key]))
            row.addStretch(1)
            column.addLayout(row)
        for widget in widgets:
            column.addWidget(widget, 1 if isinstance(widget, QTreeWidget) else 0)
        return tab

    def _titles(self, meetings: int, checks: int, referrals: int, due: bool) -> None:
        self.tabs.setTabText(MEETINGS_TAB, self.tr("&Meetings (%1)").replace("%1", formatting.number(meetings)))
        self.tabs.setTabText(STANDING_TAB, self.tr("&Standing") + (" ⚑" if due else ""))
        self.tabs.setTabText(REFERRALS_TAB, self.tr("R&eferrals (%1)").replace("%1", formatting.number(referrals)))
        self.tabs.setTabToolTip(
            STANDING_TAB, self.tr("A check-in is due") if due else self.tr("Where you stand with them")
        )

    @staticmethod
    def selected(tree: QTreeWidget) -> int | None:
        item = tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def show_partner(self, data: ps.PartnerData | None) -> None:
        """Show *data* (None: nothing selected), reading its history."""
        self.shown = data
        if data is None:
            self.check_in_is_due = False
            self.setCurrentWidget(self.no_selection)
            return
        self.setCurrentIndex(1)
        today = dt.date.today()
        self.name_label.setText(data.name)
        stage = label(data.stage)
        if data.stage is Stage.RETIRED and data.retired_reason:
            stage = self.tr("Retired: %1").replace("%1", data.retired_reason)
        self.subtitle_label.setText(" · ".join(x for x in (data.company, data.category, stage) if x))
        last = ps.last_checkin_date(data.id)
        retired = data.stage is Stage.RETIRED
        self.due_label.setText("" if retired else check_in_words(last, today))
        self.due_label.setVisible(not retired)
        self.check_in_is_due = not retired and rules.check_in_due(last, today)
        self._show_contact(data, today)
        self._fill_profile(data)
        meetings = self._fill_meetings(data.id)
        checks = self._fill_checkins(data.id)
        referrals = self._fill_referrals(data.id)
        self._titles(meetings, checks, referrals, self.check_in_is_due)

    def _show_contact(self, data: ps.PartnerData, today: dt.date) -> None:
        """The partner's stay-in-touch state (``due.cadence_state``), in words, colour and shape."""
        state = None if data.id is None else due_lists.cadence_state(today, [data.id]).get(data.id)
        self.contact_state = state.state if state is not None else None
        self.contact_row.setVisible(state is not None)
        if state is None:  # retired: no cadence
            return
        stage = "" if data.cadence_weeks is not None else label(data.stage)
        self.contact_label.setText(contact_light.sentence(state.state, state.due_date, state.weeks, today, stage))
        colour = appearance.state_colour(state.state, self)
        pal = self.contact_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, colour)
        self.contact_label.setPalette(pal)
        side = self.contact_label.fontMetrics().height()
        self.contact_icon.setPixmap(contact_light.icon(state.state).pixmap(side, side))
        self.contact_icon.setToolTip(contact_light.word(state.state))

    def _fill_profile(self, data: ps.PartnerData) -> None:
        placeholder = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.WindowText)
        self.links["emails"].set_values(list(data.emails), data.name)
        self.links["phones"].set_values(list(data.phones), data.name)
        self.links["website"].set_values([(data.website, "")], data.name)
        for key, widget in self.profile_values.items():
            text = getattr(data, key)
            widget.setText(text or "—")
            pal = widget.palette()
            pal.setColor(QPalette.ColorRole.WindowText, normal if text else placeholder)
            widget.setPalette(pal)

    def _fill_meetings(self, partner_id: int) -> int:
        self.meeting_list.clear()
        meetings = ps.list_meetings(partner_id)
        for m in meetings:
            item = QTreeWidgetItem(
                [
                    formatting.date(m.date),
                    label(m.kind),
                    m.notes.replace("\n", " "),
                    m.next_step,
                    formatting.date(m.next_step_date),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(2, plain_tooltip(m.notes))
            item.setToolTip(3, plain_tooltip(m.next_step))
            self.meeting_list.addTopLevelItem(item)
        for col in (0, 1):
            self.meeting_list.resizeColumnToContents(col)
        return len(meetings)

    def _fill_checkins(self, partner_id: int) -> int:
        self.checkin_list.clear()
        checks = ps.list_checkins(partner_id)
        for c in checks:
            item = QTreeWidgetItem(
                [formatting.date(c.date), f"{c.willingness}/10", label(c.comfort), c.notes.replace("\n", " ")]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(3, plain_tooltip(c.notes))
            self.checkin_list.addTopLevelItem(item)
        for col in (0, 1, 2):
            self.checkin_list.resizeColumnToContents(col)
        self.trend.set_points([(c.date, c.willingness) for c in reversed(checks)])
        return len(checks)

    def _fill_referrals(self, partner_id: int) -> int:
        self.referral_list.clear()
        referrals = ps.partner_referrals(partner_id)
        for r in referrals:
            if r.role == "prospect":
                direction = self.tr("They were the prospect")
            else:
                direction = self.tr("You gave") if r.direction is Direction.GIVEN else self.tr("You received")
            value = formatting.money(r.value, r.currency)
            item = QTreeWidgetItem([formatting.date(r.date), direction, r.other, r.need, r.type, r.status, value])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(2, plain_tooltip(r.other))
            item.setToolTip(3, plain_tooltip(r.need))
            item.setTextAlignment(6, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.referral_list.addTopLevelItem(item)
        for col in (0, 1, 2):
            self.referral_list.resizeColumnToContents(col)
        return len(referrals)
