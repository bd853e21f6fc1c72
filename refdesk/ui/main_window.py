"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME, __version__, paths
from refdesk.ui import actions as window_actions
from refdesk.ui.common import icons, settings
from refdesk.ui.common.actions import ActionSpec, from_spec
from refdesk.ui.common.events import AppEvents
from refdesk.ui.common.page import heading

# Dialog classes (QMessageBox, QFileDialog, QProgressDialog) and QDesktopServices are imported where
# they are used: the window's frame paints before PySide6 has to build them.

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    module: str
    cls: str
    icon: QStyle.StandardPixmap
    tip: str
    slow_import: bool = False  # its module loads in the background the first time (ui/common/page_loading.py)
    # then "module:function" reads what the page first shows, in the same worker; the page's class
    # takes the result as prefetched= (unless something changed meanwhile)
    prefetch: str = ""


PAGES = [
    PageSpec(
        "today",
        QT_TRANSLATE_NOOP("pages", "Today"),
        "refdesk.ui.today.page",
        "TodayPage",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("pages", "What needs doing today"),
    ),
    PageSpec(
        "partners",
        QT_TRANSLATE_NOOP("pages", "Partners"),
        "refdesk.ui.partners.page",
        "PartnersPage",
        QStyle.StandardPixmap.SP_DirHomeIcon,
        QT_TRANSLATE_NOOP("pages", "Everyone who sends you work, or could"),
    ),
    PageSpec(
        "referrals",
        QT_TRANSLATE_NOOP("pages", "Referrals"),
        "refdesk.ui.referrals.page",
        "ReferralsPage",
        QStyle.StandardPixmap.SP_ArrowRight,
        QT_TRANSLATE_NOOP("pages", "Referrals given and received"),
    ),
    PageSpec(
        "thanks",
        QT_TRANSLATE_NOOP("pages", "Thank-yous"),
        "refdesk.ui.thanks.page",
        "ThanksPage",
        QStyle.StandardPixmap.SP_DialogApplyButton,
        QT_TRANSLATE_NOOP("pages", "Thank-you notes owed, written and sent"),
    ),
    PageSpec(
        "charts",
        QT_TRANSLATE_NOOP("pages", "Charts"),
        "refdesk.ui.charts.page",
        "ChartsPage",
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("pages", "Is each partnership a two-way street?"),
        slow_import=True,  # matplotlib
        prefetch="refdesk.ui.charts.data:first_view",
    ),
]


def _page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("pages", spec.title)


def _page_tip(spec: PageSpec) -> str:
    return QCoreApplication.translate("pages", spec.tip)


class WelcomePanel(QWidget):
    """Shown instead of the pages while the database is empty: the next steps."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        title = heading(self.tr("Welcome to RefDesk"))
        text = QLabel(
            self.tr(
                "RefDesk keeps your referral partners, the referrals you give and receive, and the thank-you "
                "notes you owe. Your database is empty. Start in one of these ways:"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        self.add_partner = QPushButton(self.tr("&Add your first partner"))
        self.add_partner.setToolTip(self.tr("Type in someone who sends you work, or could (Ctrl+N)"))
        self.add_partner.clicked.connect(window.add_first_partner)
        self.import_contacts = QPushButton(self.tr("&Import contacts…"))
        self.import_contacts.setToolTip(
            self.tr("Bring in contacts from Google, Outlook, LinkedIn, a spreadsheet or vCard")
        )
        self.import_contacts.clicked.connect(window.start_import)
        self.load_demo = QPushButton(self.tr("&Load demo data"))
        self.load_demo.setToolTip(self.tr("Fill this database with made-up partners and referrals to try RefDesk out"))
        self.load_demo.clicked.connect(window.load_demo_data)
        for button in (self.add_partner, self.import_contacts, self.load_demo):
            button.setMinimumHeight(36)
            button.setAccessibleName(button.text().replace("&", ""))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """The window.  With ``defer=True`` (how RefDesk starts) only the frame is built — menus,
    navigation, status bar and an "Opening…" line — so it can paint before the database is
    opened; the caller then calls ``finish_start()`` to build the pages and window features."""

    def __init__(self, data_dir: Path, url: str, *, defer: bool = False):
        super().__init__()
        self.data_dir = data_dir
        self.url = url
        self.events = AppEvents(self)
        self.undo_stack = QUndoStack(self)
        self.pages: dict[str, QWidget] = {}
        self.loading: dict[str, QWidget] = {}  # pages whose code is loading, and what stands in for them
        self._pending_items: dict[str, object] = {}  # what to show on them once they are built
        self._stale: set[str] = set()
        self._changes = 0  # data changes and databases opened so far: what a page read ahead may miss
        self.actions: dict[str, QAction] = {}  # every window action (refdesk/ui/actions.py), by key
        # What the window's features keep on it while they are open (each None until used):
        self.import_wizard = None  # the contacts import wizard on screen (refdesk/ui/importing)
        self.exporter = None  # the export running or last run (refdesk/ui/backups/export.py)
        self.backups_dialog = None  # File → Backups… (refdesk/ui/backups/dialog.py)
        self.team_connection = None  # the team server's watch and banner (refdesk/ui/team/connect.py)
        self.health = None  # the database's check and its damage banner (refdesk/ui/backups/health.py)
        self.check_dialog = None  # File → Check database… (refdesk/ui/backups/check.py)
        self.reminders = None  # the tray icon and notifications (refdesk/ui/reminders/watch.py)

        self.setWindowTitle(APP_NAME)
        self.setObjectName("main-window")
        self.setMinimumSize(QSize(720, 480))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(max(160, max(self.fontMetrics().horizontalAdvance(_page_title(p)) for p in PAGES) + 80))
        for i, spec in enumerate(PAGES):
            item = QListWidgetItem(icons.icon(spec.key), _page_title(spec))
            item.setToolTip(f"{QCoreApplication.translate('pages', spec.tip)} (Ctrl+{i + 1})")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.welcome: WelcomePanel | None = None

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.db_label = QLabel()
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_label)
        self._update_db_label()
        self.started = False
        self._restore_geometry()
        if defer:
            self._show_placeholder()
        else:
            self.finish_start()

    def _show_placeholder(self) -> None:
        """Until the pages are built: the remembered page selected and a quiet "Opening…" line."""
        keys = [s.key for s in PAGES]
        last = settings.get("window/last_page")
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)
        placeholder = QLabel(self.tr("Opening your database…"))
        placeholder.setObjectName("opening")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setEnabled(False)
        self.stack.addWidget(placeholder)
        self._placeholder = placeholder

    def show_notice(self, text: str) -> None:
        """Instead of a page that cannot be shown: *text*, where "Opening your database…" was."""
        placeholder = getattr(self, "_placeholder", None)
        if placeholder is None:
            placeholder = QLabel()
            placeholder.setObjectName("opening")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
            self._placeholder = placeholder
        placeholder.setTextFormat(Qt.TextFormat.PlainText)
        placeholder.setWordWrap(True)
        placeholder.setEnabled(True)
        placeholder.setText(text)
        self.stack.setCurrentWidget(placeholder)

    def finish_start(self, *, welcome: bool = False) -> None:
        """Install the window features and show the remembered page (once); with *welcome*,
        the next steps instead when the database is empty."""
        if self.started:
            return
        self.started = True
        for name in window_actions.SETUP:
            _resolve(name)(self)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.events.data_changed.connect(self._on_data_changed)
        self.events.show_requested.connect(self.show_page)
        self.show_page(getattr(self, "_requested_page", None) or settings.get("window/last_page"))
        placeholder = getattr(self, "_placeholder", None)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._placeholder = None
        if welcome:
            self.show_welcome_if_empty()

    # --- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        """The menu bar from the one declared list (``refdesk/ui/actions.py``)."""
        bar = self.menuBar()
        for title, specs in window_actions.MENUS:
            menu = bar.addMenu(QCoreApplication.translate("actions", title))
            setattr(self, f"{title.strip('&').lower()}_menu", menu)
            if specs is None:  # the Go menu: the pages
                specs = tuple(
                    ActionSpec(
                        f"page_{p.key}", f"&{_page_title(p)}", _page_tip(p), f"page:{p.key}", f"Ctrl+{i + 1}", p.icon
                    )
                    for i, p in enumerate(PAGES)
                )
            for spec in specs:
                if spec is None:
                    menu.addSeparator()
                    continue
                action = from_spec(self, spec, self._slot(spec.run))
                self.actions[spec.key] = action
                menu.addAction(action)
        self.page_actions = {spec.key: self.actions[f"page_{spec.key}"] for spec in PAGES}
        undo, redo = self.actions["undo"], self.actions["redo"]
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo_text, redo_text = self.tr("&Undo"), self.tr("&Redo")
        undo_with, redo_with = self.tr("&Undo %1"), self.tr("&Redo %1")
        self.undo_stack.undoTextChanged.connect(
            lambda text: undo.setText(undo_with.replace("%1", text) if text else undo_text)
        )
        self.undo_stack.redoTextChanged.connect(
            lambda text: redo.setText(redo_with.replace("%1", text) if text else redo_text)
        )
        undo.setEnabled(False)
        redo.setEnabled(False)

    def _slot(self, run: str):
        """What an action's ``run`` names: a page to show, a feature's function, or a method here."""
        if run.startswith("page:"):
            key = run.removeprefix("page:")
            return lambda: self.show_page(key)
        if ":" in run:
            return lambda: _resolve(run)(self)
        return getattr(self, run)

    # --- pages ---------------------------------------------------------------------------------

    def page(self, key: str, prefetched: object = None) -> QWidget:
        """The page for *key*, built the first time it is needed (from *prefetched*, its spec's
        ``prefetch`` read, when given)."""
        if key not in self.pages:
            spec = next(s for s in PAGES if s.key == key)
            if key in self.loading:  # a worker is importing its code: two threads importing it at once break it
                self.loading[key].wait()
            module = importlib.import_module(spec.module)
            cls = getattr(module, spec.cls)
            page = cls(self) if prefetched is None else cls(self, prefetched=prefetched)
            self.pages[key] = page
            self.stack.addWidget(page)
            panel = self.loading.pop(key, None)  # asked for while its code was loading: built now, shown now
            if panel is not None and self.stack.currentWidget() is panel:
                self.stack.setCurrentWidget(page)
                item = self._pending_items.pop(key, None)
                if item is not None:
                    page.show_item(item)
        return self.pages[key]

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else PAGES[0].key

    @Slot(str)
    def show_page(self, key: str, item=None) -> None:
        if not self.started:  # asked for before the database is open: shown once it is
            self._requested_page = key
            return
        keys = [s.key for s in PAGES]
        if key not in keys:
            key = PAGES[0].key
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _on_nav
        else:
            self._on_nav(row)
        if item is not None and key in self.pages:
            self.pages[key].show_item(item)
        elif item is not None:
            self._pending_items[key] = item  # shown once the page's code has loaded

    def _load_page(self, spec: PageSpec) -> bool:
        """True while *spec*'s page is standing in for itself because its code is still loading."""
        from refdesk.ui.common import page_loading

        if spec.key in self.loading:
            self.stack.setCurrentWidget(self.loading[spec.key])
            return True
        if spec.key in self.pages or not spec.slow_import or not page_loading.needs_loading(spec.module):
            return False
        panel = self.loading[spec.key] = page_loading.LoadingPanel(spec.title)
        self.stack.addWidget(panel)
        self.stack.setCurrentWidget(panel)
        changes = self._changes

        def loaded(prefetched: object) -> None:
            try:
                if self.loading.get(spec.key) is panel and self.stack.currentWidget() is panel:
                    # still wanted: built and shown in its place; from what was read ahead unless an
                    # edit (or another database) came in meanwhile
                    self.page(spec.key, prefetched if self._changes == changes else None)
            except Exception as exc:  # a damaged file found by the page: the banner says so, as at the start
                if self.health is None or not self.health.take_over(exc):
                    raise
            finally:
                self.loading.pop(spec.key, None)
                self._pending_items.pop(spec.key, None)
                self.stack.removeWidget(panel)
                panel.deleteLater()

        page_loading.load(panel, spec.module, loaded, _resolve(spec.prefetch) if spec.prefetch else None)
        return True

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        if self.welcome is not None and key == PAGES[0].key:
            self.stack.setCurrentWidget(self.welcome)
            return
        if self._load_page(PAGES[row]):
            return
        page = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        self.stack.setCurrentWidget(page)

    @Slot(str)
    def _on_data_changed(self, _what: str) -> None:
        self._changes += 1
        self._leave_welcome()
        current = self.current_key()
        for key, page in self.pages.items():
            if key == current:
                page.refresh()
            else:
                self._stale.add(key)

    def show_welcome_if_empty(self) -> None:
        from refdesk.services.info import is_empty

        if is_empty():
            if self.welcome is None:
                self.welcome = WelcomePanel(self)
                self.stack.addWidget(self.welcome)
            self.show_page(PAGES[0].key)
            self.stack.setCurrentWidget(self.welcome)

    def _leave_welcome(self) -> None:
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
            if self.current_key() == PAGES[0].key:
                self._on_nav(0)

    @Slot()
    def add_first_partner(self) -> None:
        self._leave_welcome()
        self.show_page("partners")
        self.pages["partners"].new_partner()

    @Slot()
    def start_import(self) -> None:
        self.actions["import_contacts"].trigger()

    @Slot()
    def load_demo_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox, QProgressDialog

        from refdesk.services import demo

        progress = QProgressDialog(self.tr("Adding demo partners and referrals…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        progress.setMinimumDuration(0)
        progress.show()
        QApplication.processEvents()
        try:
            demo.generate(partners=200, referrals=2000, seed=1)
        except Exception as exc:
            log.exception("demo data failed")
            QMessageBox.warning(self, APP_NAME, self.tr("The demo data could not be added: %1").replace("%1", str(exc)))
            return
        finally:
            progress.close()
        self.events.data_changed.emit("*")
        self.show_page(PAGES[0].key)

    # --- file actions --------------------------------------------------------------------------

    def _update_db_label(self) -> None:
        self.db_label.setText(self.tr("Database: %1").replace("%1", paths.describe(self.url)))
        self.db_label.setToolTip(self.tr("The database RefDesk is working on"))
        self.setWindowTitle(f"{APP_NAME} — {Path(paths.describe(self.url)).name}")

    def switch_database(self, url: str) -> bool:
        """Close the current database and open *url*; on failure keep the current one."""
        from PySide6.QtWidgets import QMessageBox

        from refdesk.services import connection

        old = self.url
        try:
            connection.close()
            connection.open(url, backup_dir=paths.backup_dir(self.data_dir))
        except connection.DatabaseProblem as exc:
            QMessageBox.warning(
                self, APP_NAME, self.tr("%1\n\nRefDesk stays on the database it had open.").replace("%1", str(exc))
            )
            connection.open(old, backup_dir=paths.backup_dir(self.data_dir))
            if self.health is not None:
                self.health.check()  # reopened: if it was damaged, it is read-only again
            return False
        self.url = url
        self.undo_stack.clear()
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._stale.clear()
        self._changes += 1
        self._update_db_label()
        self.events.database_changed.emit()
        if self.welcome is not None:
            self._leave_welcome()
        self.show_page(self.current_key())
        self.show_welcome_if_empty()
        return True

    @Slot()
    def new_database(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from refdesk.ui.common import files

        path, _ = files.save_path(
            self,
            files.DATABASE,
            self.tr("New RefDesk database"),
            "new-refdesk.db",
            self.tr("RefDesk database (*.db)"),
            self.data_dir,
        )
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(".db")
        if path.exists():
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("%1 already exists. Use File → Open database… to open it.").replace("%1", str(path)),
            )
            return
        self.switch_database(paths.sqlite_url(path))

    @Slot()
    def open_database_dialog(self) -> None:
        from refdesk.ui.common import files

        path = files.open_path(
            self,
            files.DATABASE,
            self.tr("Open RefDesk database"),
            self.tr("RefDesk database (*.db);;All files (*)"),
            self.data_dir,
        )
        if path is not None:
            self.switch_database(paths.sqlite_url(path))

    @Slot()
    def backup_now(self) -> None:
        from refdesk.ui.backups.dialog import back_up

        back_up(self)

    @Slot()
    def show_data_folder(self) -> None:
        from refdesk.ui.common import files

        files.show_folder(self, self.data_dir, self.statusBar())

    @Slot()
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        from refdesk.ui.common.errors import all_versions

        versions = "\n".join(f"{key}: {value}" for key, value in all_versions().items())
        box.setText(
            f"{APP_NAME} {__version__}\n\n"
            + self.tr(
                "Keeps your referral partners, the referrals you give and receive, and the thank-you notes you owe."
            )
            + "\n\n"
            + self.tr("Data folder: %1\nDatabase: %2")
            .replace("%1", str(self.data_dir))
            .replace("%2", paths.describe(self.url))
            + f"\n\n{versions}"
        )
        box.exec()

    # --- window state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.get("window/geometry")
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1180, 760)

    def closeEvent(self, event) -> None:
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/last_page", self.current_key())
        super().closeEvent(event)


def _resolve(name: str):
    """The function ``"module:function"`` names, imported now."""
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)
