"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
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
from refdesk.ui.common import settings
from refdesk.ui.common.events import AppEvents

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


PAGES = [
    PageSpec(
        "today",
        "Today",
        "refdesk.ui.today.page",
        "TodayPage",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        "What needs doing today",
    ),
    PageSpec(
        "partners",
        "Partners",
        "refdesk.ui.partners.page",
        "PartnersPage",
        QStyle.StandardPixmap.SP_DirHomeIcon,
        "Everyone who sends you work, or could",
    ),
    PageSpec(
        "referrals",
        "Referrals",
        "refdesk.ui.referrals.page",
        "ReferralsPage",
        QStyle.StandardPixmap.SP_ArrowRight,
        "Referrals given and received",
    ),
    PageSpec(
        "thanks",
        "Thank-yous",
        "refdesk.ui.thanks.page",
        "ThanksPage",
        QStyle.StandardPixmap.SP_DialogApplyButton,
        "Thank-you notes owed, written and sent",
    ),
    PageSpec(
        "charts",
        "Charts",
        "refdesk.ui.charts.page",
        "ChartsPage",
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        "Is each partnership a two-way street?",
    ),
]


class WelcomePanel(QWidget):
    """Shown instead of the pages while the database is empty: the next steps."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        heading = QLabel("Welcome to RefDesk")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            "RefDesk keeps your referral partners, the referrals you give and receive, and the thank-you "
            "notes you owe. Your database is empty. Start in one of these ways:"
        )
        text.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(12)
        self.add_partner = QPushButton("&Add your first partner")
        self.add_partner.setToolTip("Type in someone who sends you work, or could (Ctrl+N)")
        self.add_partner.clicked.connect(window.add_first_partner)
        self.import_contacts = QPushButton("&Import contacts…")
        self.import_contacts.setToolTip("Bring in contacts from Google, Outlook, LinkedIn, a spreadsheet or vCard")
        self.import_contacts.clicked.connect(window.start_import)
        self.import_contacts.setVisible(window.action_import is not None)
        self.load_demo = QPushButton("&Load demo data")
        self.load_demo.setToolTip("Fill this database with made-up partners and referrals to try RefDesk out")
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
        self._stale: set[str] = set()
        self.action_import: QAction | None = None  # set by the import feature

        self.setWindowTitle(APP_NAME)
        self.setObjectName("main-window")
        self.setMinimumSize(QSize(720, 480))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName("Pages")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(max(160, self.fontMetrics().horizontalAdvance("Thank-yous") + 80))
        style = self.style()
        for i, spec in enumerate(PAGES):
            item = QListWidgetItem(style.standardIcon(spec.icon), spec.title)
            item.setToolTip(f"{spec.tip} (Ctrl+{i + 1})")
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
        placeholder = QLabel("Opening your database…")
        placeholder.setObjectName("opening")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setEnabled(False)
        self.stack.addWidget(placeholder)
        self._placeholder = placeholder

    def finish_start(self, *, welcome: bool = False) -> None:
        """Install the window features and show the remembered page (once); with *welcome*,
        the next steps instead when the database is empty."""
        if self.started:
            return
        self.started = True
        from refdesk.ui.actions import install_all

        install_all(self)
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

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon: QStyle.StandardPixmap | None = None):
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.action_new_db = self._action(
            "&New database…", self.new_database, None, "Start a new, empty RefDesk database file"
        )
        self.action_open_db = self._action(
            "&Open database…",
            self.open_database_dialog,
            QKeySequence.StandardKey.Open,
            "Open another RefDesk database file",
            QStyle.StandardPixmap.SP_DialogOpenButton,
        )
        self.action_backup = self._action(
            "&Back up now",
            self.backup_now,
            "Ctrl+Shift+B",
            "Copy the database into the backups folder now",
            QStyle.StandardPixmap.SP_DialogSaveButton,
        )
        self.action_show_folder = self._action(
            "Show &data folder",
            self.show_data_folder,
            None,
            "Open the folder that holds the database, backups and logs",
            QStyle.StandardPixmap.SP_DirOpenIcon,
        )
        self.action_quit = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, "Close RefDesk")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.action_new_db, self.action_open_db):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_backup)
        self.file_menu.addAction(self.action_show_folder)
        self.file_menu_tail = self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)

        self.edit_menu = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.action_undo, self.action_redo = undo, redo
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.addAction(undo)
        self.addAction(redo)

        self.go_menu = bar.addMenu("&Go")
        self.page_actions: dict[str, QAction] = {}
        for i, spec in enumerate(PAGES):
            action = self._action(
                f"&{spec.title}", lambda _=False, k=spec.key: self.show_page(k), f"Ctrl+{i + 1}", spec.tip, spec.icon
            )
            self.go_menu.addAction(action)
            self.addAction(action)
            self.page_actions[spec.key] = action

        self.help_menu = bar.addMenu("&Help")
        self.action_about = self._action(
            "&About RefDesk", self.about, QKeySequence.StandardKey.HelpContents, "Version, data folder and database"
        )
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.action_about)

    def add_file_action(self, action: QAction) -> None:
        """Features add their File menu entries (import, export, print…) before Quit."""
        self.file_menu.insertAction(self.file_menu_tail, action)
        self.addAction(action)

    # --- pages ---------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for *key*, built the first time it is needed."""
        if key not in self.pages:
            spec = next(s for s in PAGES if s.key == key)
            module = importlib.import_module(spec.module)
            page = getattr(module, spec.cls)(self)
            self.pages[key] = page
            self.stack.addWidget(page)
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
        if item is not None:
            self.pages[key].show_item(item)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        if self.welcome is not None and key == PAGES[0].key:
            self.stack.setCurrentWidget(self.welcome)
            return
        page = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        self.stack.setCurrentWidget(page)

    @Slot(str)
    def _on_data_changed(self, _what: str) -> None:
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
        page = self.pages["partners"]
        if hasattr(page, "new_partner"):
            page.new_partner()

    @Slot()
    def start_import(self) -> None:
        if self.action_import is not None:
            self.action_import.trigger()

    @Slot()
    def load_demo_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox, QProgressDialog

        from refdesk.services import demo

        progress = QProgressDialog("Adding demo partners and referrals…", "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        progress.setMinimumDuration(0)
        progress.show()
        QApplication.processEvents()
        try:
            demo.generate(partners=200, referrals=2000, seed=1)
        except Exception as exc:
            log.exception("demo data failed")
            QMessageBox.warning(self, APP_NAME, f"The demo data could not be added: {exc}")
            return
        finally:
            progress.close()
        self.events.data_changed.emit("*")
        self.show_page(PAGES[0].key)

    # --- file actions --------------------------------------------------------------------------

    def _update_db_label(self) -> None:
        self.db_label.setText(f"Database: {paths.describe(self.url)}")
        self.db_label.setToolTip("The database RefDesk is working on")
        self.setWindowTitle(f"{APP_NAME} — {Path(paths.describe(self.url)).name}")

    def switch_database(self, url: str) -> bool:
        """Close the current database and open *url*; on failure keep the current one."""
        from PySide6.QtWidgets import QMessageBox

        from refdesk.db import database

        old = self.url
        try:
            database.close_database()
            database.open_database(url, backup_dir=paths.backup_dir(self.data_dir))
        except database.DatabaseProblem as exc:
            QMessageBox.warning(self, APP_NAME, f"{exc}\n\nRefDesk stays on the database it had open.")
            database.open_database(old, backup_dir=paths.backup_dir(self.data_dir))
            return False
        self.url = url
        self.undo_stack.clear()
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._stale.clear()
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
            self, files.DATABASE, "New RefDesk database", "new-refdesk.db", "RefDesk database (*.db)", self.data_dir
        )
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(".db")
        if path.exists():
            QMessageBox.warning(self, APP_NAME, f"{path} already exists. Use File → Open database… to open it.")
            return
        self.switch_database(paths.sqlite_url(path))

    @Slot()
    def open_database_dialog(self) -> None:
        from refdesk.ui.common import files

        path = files.open_path(
            self, files.DATABASE, "Open RefDesk database", "RefDesk database (*.db);;All files (*)", self.data_dir
        )
        if path is not None:
            self.switch_database(paths.sqlite_url(path))

    @Slot()
    def backup_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from refdesk.db import database
        from refdesk.services.backup import BackupError, export_backup, make_backup

        path = database.current_path()
        try:
            if path is None:  # a team database on a server: a portable export instead of a file copy
                target = export_backup(paths.backup_dir(self.data_dir))
            else:
                target = make_backup(path, paths.backup_dir(self.data_dir))
        except BackupError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        kind = "Export saved" if path is None else "Backup saved"
        self.statusBar().showMessage(f"{kind}: {target.name} (in {target.parent})", 8000)

    @Slot()
    def show_data_folder(self) -> None:
        from refdesk.ui.common import files

        files.show_folder(self, self.data_dir, self.statusBar())

    @Slot()
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(f"About {APP_NAME}")
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            f"{APP_NAME} {__version__}\n\n"
            "Keeps your referral partners, the referrals you give and receive, and the thank-you notes you owe.\n\n"
            f"Data folder: {self.data_dir}\nDatabase: {paths.describe(self.url)}"
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


def app_icon() -> QIcon:
    folder = Path(__file__).resolve().parents[2] / "resources" / "icons"
    icon = QIcon()
    for path in sorted(folder.glob("refdesk*.png")) + sorted(folder.glob("refdesk.svg")):
        icon.addFile(str(path))
    return icon
