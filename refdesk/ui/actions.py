"""The window's actions, declared in one list, in the order the menus show them.

Each entry is an ``ActionSpec`` (``refdesk/ui/common/actions.py``); ``None`` is a separator.
``run`` names a method of the window, or ``"module:function"``: a feature's function, called
with the window and imported the first time the action is used, so start-up does not pay for
dialogs nobody opened.  ``SETUP`` are the features that hook into the window when it is built
(the team server banner, dropping a contacts file on the window).  The Go menu is made from
the pages (``refdesk/ui/main_window.py``).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from refdesk.ui.common.actions import ActionSpec

Key = QKeySequence.StandardKey
SP = QStyle.StandardPixmap

FILE = (
    ActionSpec(
        "new_partner",
        "&New partner…",
        "Add someone who sends you work, or could",
        "add_first_partner",
        Key.New,
        SP.SP_FileIcon,
    ),
    ActionSpec(
        "log_referral",
        "&Log referral…",
        "Record a referral you gave or received",
        "refdesk.ui.referrals.log:log_referral",
        "Ctrl+L",
        SP.SP_FileDialogNewFolder,
    ),
    None,
    ActionSpec(
        "import_contacts",
        "&Import contacts…",
        "Bring in contacts from Google, Outlook, LinkedIn, HubSpot, a spreadsheet or vCard",
        "refdesk.ui.importing.history:open_wizard",
        "Ctrl+I",
        SP.SP_ArrowDown,
    ),
    ActionSpec(
        "import_history",
        "Import &history…",
        "See past imports and undo one",
        "refdesk.ui.importing.history:open_history",
    ),
    ActionSpec(
        "export",
        "&Export all data…",
        "Save everything in a zip file: spreadsheet (CSV) files and one JSON file",
        "refdesk.ui.backups.export:ask_and_export",
        "Ctrl+Shift+E",
        SP.SP_DriveFDIcon,
    ),
    ActionSpec(
        "print_checklist",
        "&Print thank-you checklist…",
        "Preview and print the list of thank-you notes to write, or save it as a PDF",
        "refdesk.ui.thanks.checklist:open_preview",
        Key.Print,
        SP.SP_FileDialogDetailedView,
    ),
    ActionSpec(
        "print_labels",
        "Print &mailing labels…",
        "Address labels for the notes to post, on Avery L7160 (A4) or 5160 (Letter) sheets",
        "refdesk.ui.thanks.mail_print:open_labels",
    ),
    ActionSpec(
        "print_envelopes",
        "Print en&velopes…",
        "One DL or C6 envelope for each note to post",
        "refdesk.ui.thanks.mail_print:open_envelopes",
    ),
    None,
    ActionSpec("new_database", "Ne&w database…", "Start a new, empty RefDesk database file", "new_database"),
    ActionSpec(
        "open_database",
        "&Open database…",
        "Open another RefDesk database file",
        "open_database_dialog",
        Key.Open,
        SP.SP_DialogOpenButton,
    ),
    ActionSpec(
        "connect_team",
        "Connect to a &team database…",
        "Work on a database your team shares on a PostgreSQL server",
        "refdesk.ui.team.connect:connect_to_team",
        "Ctrl+Shift+T",
        SP.SP_DriveNetIcon,
    ),
    None,
    ActionSpec(
        "backup",
        "&Back up now",
        "Copy the database into the backups folder now",
        "backup_now",
        "Ctrl+Shift+B",
        SP.SP_DialogSaveButton,
    ),
    ActionSpec(
        "backups",
        "Back&ups…",
        "See the automatic backups, restore one, or open their folder",
        "refdesk.ui.backups.dialog:open_backups",
        "Ctrl+Shift+U",
        SP.SP_DialogSaveButton,
    ),
    ActionSpec(
        "check_database",
        "&Check database…",
        "Look for damage in the database file with SQLite's full integrity check",
        "refdesk.ui.backups.check:open_check",
        None,
        SP.SP_DialogApplyButton,
    ),
    ActionSpec(
        "show_folder",
        "Show data &folder",
        "Open the folder that holds the database, backups and logs",
        "show_data_folder",
        None,
        SP.SP_DirOpenIcon,
    ),
    None,
    ActionSpec("quit", "&Quit", "Close RefDesk", "close", Key.Quit, role=QAction.MenuRole.QuitRole),
)

EDIT = (
    ActionSpec("undo", "&Undo", "Undo the last change", "refdesk.ui.common.edits:undo", Key.Undo),
    ActionSpec("redo", "&Redo", "Make the change undone last again", "refdesk.ui.common.edits:redo", Key.Redo),
    None,
    ActionSpec(
        "settings",
        "&Settings…",
        "Your name, when to ask how a referral went, and the thank-you note templates",
        "refdesk.ui.settings.dialog:open_settings",
        "Ctrl+,",
        role=QAction.MenuRole.PreferencesRole,
    ),
)

HELP = (
    ActionSpec(
        "about",
        "&About RefDesk",
        "Version, data folder and database",
        "about",
        Key.HelpContents,
        role=QAction.MenuRole.AboutRole,
    ),
)

MENUS = (("&File", FILE), ("&Edit", EDIT), ("&Go", None), ("&Help", HELP))
"""The menu bar, left to right; the Go menu (None) lists the pages."""

SETUP = (
    "refdesk.ui.team.connect:watch_connection",
    "refdesk.ui.backups.health:watch_health",
    "refdesk.ui.importing.history:accept_drops",
)
"""Features that hook into the window once its pages are built, each ``function(window)``."""
