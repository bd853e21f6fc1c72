"""The window's actions, declared in one list, in the order the menus show them.

Each entry is an ``ActionSpec`` (``refdesk/ui/common/actions.py``); ``None`` is a separator.
``run`` names a method of the window, or ``"module:function"``: a feature's function, called
with the window and imported the first time the action is used, so start-up does not pay for
dialogs nobody opened.  ``SETUP`` are the features that hook into the window when it is built
(the team server banner, dropping a contacts file on the window).  The Go menu is made from
the pages (``refdesk/ui/main_window.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from refdesk.ui.common.actions import ActionSpec

Key = QKeySequence.StandardKey
SP = QStyle.StandardPixmap

FILE = (
    ActionSpec(
        "new_partner",
        QT_TRANSLATE_NOOP("actions", "&New partner…"),
        QT_TRANSLATE_NOOP("actions", "Add someone who sends you work, or could"),
        "add_first_partner",
        Key.New,
        SP.SP_FileIcon,
    ),
    ActionSpec(
        "log_referral",
        QT_TRANSLATE_NOOP("actions", "&Log referral…"),
        QT_TRANSLATE_NOOP("actions", "Record a referral you gave or received"),
        "refdesk.ui.referrals.log:log_referral",
        "Ctrl+L",
        SP.SP_FileDialogNewFolder,
    ),
    None,
    ActionSpec(
        "import_contacts",
        QT_TRANSLATE_NOOP("actions", "&Import contacts…"),
        QT_TRANSLATE_NOOP(
            "actions", "Bring in contacts from Google, Outlook, LinkedIn, HubSpot, a spreadsheet or vCard"
        ),
        "refdesk.ui.importing.history:open_wizard",
        "Ctrl+I",
        SP.SP_ArrowDown,
    ),
    ActionSpec(
        "import_history",
        QT_TRANSLATE_NOOP("actions", "Import &history…"),
        QT_TRANSLATE_NOOP("actions", "See past imports and undo one"),
        "refdesk.ui.importing.history:open_history",
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("actions", "&Export all data…"),
        QT_TRANSLATE_NOOP("actions", "Save everything in a zip file: spreadsheet (CSV) files and one JSON file"),
        "refdesk.ui.backups.export:ask_and_export",
        "Ctrl+Shift+E",
        SP.SP_DriveFDIcon,
    ),
    ActionSpec(
        "print_checklist",
        QT_TRANSLATE_NOOP("actions", "&Print thank-you checklist…"),
        QT_TRANSLATE_NOOP("actions", "Preview and print the list of thank-you notes to write, or save it as a PDF"),
        "refdesk.ui.thanks.checklist:open_preview",
        Key.Print,
        SP.SP_FileDialogDetailedView,
    ),
    ActionSpec(
        "print_labels",
        QT_TRANSLATE_NOOP("actions", "Print &mailing labels…"),
        QT_TRANSLATE_NOOP(
            "actions", "Address labels for the notes to post, on Avery L7160 (A4) or 5160 (Letter) sheets"
        ),
        "refdesk.ui.thanks.mail_print:open_labels",
    ),
    ActionSpec(
        "print_envelopes",
        QT_TRANSLATE_NOOP("actions", "Print en&velopes…"),
        QT_TRANSLATE_NOOP("actions", "One DL or C6 envelope for each note to post"),
        "refdesk.ui.thanks.mail_print:open_envelopes",
    ),
    None,
    ActionSpec(
        "new_database",
        QT_TRANSLATE_NOOP("actions", "Ne&w database…"),
        QT_TRANSLATE_NOOP("actions", "Start a new, empty RefDesk database file"),
        "new_database",
    ),
    ActionSpec(
        "open_database",
        QT_TRANSLATE_NOOP("actions", "&Open database…"),
        QT_TRANSLATE_NOOP("actions", "Open another RefDesk database file"),
        "open_database_dialog",
        Key.Open,
        SP.SP_DialogOpenButton,
    ),
    ActionSpec(
        "connect_team",
        QT_TRANSLATE_NOOP("actions", "Connect to a &team database…"),
        QT_TRANSLATE_NOOP("actions", "Work on a database your team shares on a PostgreSQL server"),
        "refdesk.ui.team.connect:connect_to_team",
        "Ctrl+Shift+T",
        SP.SP_DriveNetIcon,
    ),
    None,
    ActionSpec(
        "backup",
        QT_TRANSLATE_NOOP("actions", "&Back up now"),
        QT_TRANSLATE_NOOP("actions", "Copy the database into the backups folder now"),
        "backup_now",
        "Ctrl+Shift+B",
        SP.SP_DialogSaveButton,
    ),
    ActionSpec(
        "backups",
        QT_TRANSLATE_NOOP("actions", "Back&ups…"),
        QT_TRANSLATE_NOOP("actions", "See the automatic backups, restore one, or open their folder"),
        "refdesk.ui.backups.dialog:open_backups",
        "Ctrl+Shift+U",
        SP.SP_DialogSaveButton,
    ),
    ActionSpec(
        "check_database",
        QT_TRANSLATE_NOOP("actions", "&Check database…"),
        QT_TRANSLATE_NOOP("actions", "Look for damage in the database file with SQLite's full integrity check"),
        "refdesk.ui.backups.check:open_check",
        None,
        SP.SP_DialogApplyButton,
    ),
    ActionSpec(
        "show_folder",
        QT_TRANSLATE_NOOP("actions", "Show data &folder"),
        QT_TRANSLATE_NOOP("actions", "Open the folder that holds the database, backups and logs"),
        "show_data_folder",
        None,
        SP.SP_DirOpenIcon,
    ),
    None,
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("actions", "&Quit"),
        QT_TRANSLATE_NOOP("actions", "Close RefDesk"),
        "refdesk.ui.reminders.watch:quit_refdesk",
        Key.Quit,
        role=QAction.MenuRole.QuitRole,
    ),
)

EDIT = (
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        QT_TRANSLATE_NOOP("actions", "Undo the last change"),
        "refdesk.ui.common.edits:undo",
        Key.Undo,
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        QT_TRANSLATE_NOOP("actions", "Make the change undone last again"),
        "refdesk.ui.common.edits:redo",
        Key.Redo,
    ),
    None,
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("actions", "&Settings…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Language, default currency, your practice's rules, paper, light or dark; your name and the thank-you "
            "note templates",
        ),
        "refdesk.ui.settings.dialog:open_settings",
        ("Ctrl+,", Key.Preferences),
        role=QAction.MenuRole.PreferencesRole,
    ),
)

HELP = (
    ActionSpec(
        "guide",
        QT_TRANSLATE_NOOP("actions", "RefDesk &guide"),
        QT_TRANSLATE_NOOP("actions", "How to use RefDesk, and its words in plain words"),
        "refdesk.ui.help.guide:show_guide",
        Key.HelpContents,
        SP.SP_DialogHelpButton,
    ),
    ActionSpec(
        "tour",
        QT_TRANSLATE_NOOP("actions", "Take the &tour"),
        QT_TRANSLATE_NOOP("actions", "Three steps: the pages, Today, and logging a referral"),
        "refdesk.ui.help.tour:show_tour",
    ),
    None,
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("actions", "&About RefDesk"),
        QT_TRANSLATE_NOOP("actions", "Versions, data folder and database"),
        "about",
        role=QAction.MenuRole.AboutRole,
    ),
)

MENUS = (
    (QT_TRANSLATE_NOOP("actions", "&File"), FILE),
    (QT_TRANSLATE_NOOP("actions", "&Edit"), EDIT),
    (QT_TRANSLATE_NOOP("actions", "&Go"), None),
    (QT_TRANSLATE_NOOP("actions", "&Help"), HELP),
)
"""The menu bar, left to right; the Go menu (None) lists the pages."""

SETUP = (
    "refdesk.ui.team.connect:watch_connection",
    "refdesk.ui.backups.health:watch_health",
    "refdesk.ui.importing.history:accept_drops",
    "refdesk.ui.reminders.watch:watch_reminders",
)
"""Features that hook into the window once its pages are built, each ``function(window)``."""
