"""The import wizard's pages: choose the file, check the columns, preview (the import itself: ``finish.py``).

Each page builds its own widgets; the wizard (``ImportWizard``) holds what the pages share (the
file's analysis, the worker) and runs the check and the import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from refdesk.i18n import _
from refdesk.services import formatting
from refdesk.services.importer import (
    TARGETS,
    EncodingUnsure,
    ImportRefused,
    Options,
    Summary,
    analyse,
    encoding_label,
)
from refdesk.ui.common import files, icons, settings
from refdesk.ui.common.text import plain_label
from refdesk.ui.importing.models import DecisionDelegate, DuplicateModel, MappingModel, OutcomeModel, TargetDelegate

if TYPE_CHECKING:
    from refdesk.ui.importing.wizard import ImportWizard


def _file_filter() -> str:
    return QCoreApplication.translate(
        "ChoosePage",
        "Contacts (*.csv *.vcf *.vcard *.tsv *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)",
    )


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(
            self.tr(
                "Contacts exported from Google Contacts, Outlook, LinkedIn or HubSpot, a spreadsheet saved "
                "as CSV, or a vCard (.vcf) file from your phone. You can also drop the file on this window."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The contacts file (.csv or .vcf)"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setToolTip(self.tr("Type or paste the path of the file, or use Browse…"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self._changed)
        self.browse = QPushButton(self.tr("Bro&wse…"))  # Alt+B is the wizard's Back
        self.browse.setToolTip(self.tr("Pick the contacts file (Alt+W)"))
        self.browse.setAccessibleName(self.tr("Browse for the file"))
        self.browse.clicked.connect(self.pick)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.problem_icon = QLabel()
        self.problem_icon.setPixmap(icons.icon("warning").pixmap(24))
        self.problem = plain_label(selectable=False)
        self.problem.setAccessibleName(self.tr("Problem with the file"))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        problem_row.addWidget(self.problem, 1)
        self.problem_icon.hide()
        self.problem.hide()
        self.drop_zone = plain_label(self.tr("Drop a contacts file here\n(.csv, .vcf, .tsv or .txt)"), selectable=False)
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setObjectName("drop-zone")
        self.drop_zone.setAccessibleName(self.tr("Drop area for a contacts file"))
        self.drop_zone.setMinimumHeight(120)
        self.drop_zone.setStyleSheet(
            "#drop-zone { border: 2px dashed palette(mid); border-radius: 8px; color: palette(placeholder-text); }"
        )
        hint = plain_label(
            self.tr(
                "How to export: Google Contacts → Export → Google CSV; Outlook → Manage contacts → Export; "
                "LinkedIn → Settings → Data privacy → Get a copy of your data → Connections; "
                "iPhone/Android → share or export contacts as vCard."
            ),
            selectable=False,
        )
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addLayout(problem_row)
        layout.addSpacing(8)
        layout.addWidget(self.drop_zone, 1)
        layout.addSpacing(8)
        layout.addWidget(hint)
        self.setAcceptDrops(True)

    def _changed(self) -> None:
        self.problem.hide()
        self.problem_icon.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    @Slot()
    def pick(self) -> None:
        path = files.open_path(
            self, files.CONTACTS, self.tr("Import contacts"), _file_filter(), start=self.path_edit.text().strip()
        )
        if path is not None:
            self.path_edit.setText(str(path))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.problem_icon.show()

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip().strip('"'))
        try:
            try:
                self.wiz.analysis = analyse(path)
            except EncodingUnsure as unsure:  # read it the likeliest way; the next page offers the others
                self.wiz.analysis = analyse(path, encoding=unsure.candidates[0])
                self.wiz.analysis.source.candidates = unsure.candidates
        except ImportRefused as exc:
            self.show_problem(f"{exc}\n\n" + self.tr("Nothing has been imported."))
            return False
        return True

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.path_edit.setText(urls[0].toLocalFile())
            event.acceptProposedAction()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "RefDesk matched the file's columns by their names. Change any that went to the wrong "
                "place; columns set to “Don't import” are left out."
            )
        )
        self.detected = plain_label(selectable=False)
        self.detected.setAccessibleName(self.tr("What RefDesk found in the file"))
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Text encoding of the file"))
        self.encoding.setToolTip(
            self.tr(
                "RefDesk could not be sure which encoding this file is in: choose the one under which the names in "
                "the examples read right"
            )
        )
        self.encoding_label = QLabel(self.tr("Enc&oding (a guess: check the names):"))
        self.encoding_label.setBuddy(self.encoding)
        self.encoding.activated.connect(self._encoding_chosen)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.view.setAccessibleName(self.tr("Columns and where they go"))
        self.view.setItemDelegateForColumn(MappingModel.TARGET, TargetDelegate(self.view))
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setWordWrap(False)
        self.show_empty = QCheckBox(self.tr("Show &empty columns"))
        self.show_empty.setToolTip(self.tr("Also list the columns that have no values in the first rows"))
        self.show_empty.setAccessibleName(self.tr("Show empty columns"))
        self.show_empty.toggled.connect(self._filter_rows)
        self.status = plain_label(selectable=False)
        self.status.setAccessibleName(self.tr("Mapping status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_label)
        encoding_row.addWidget(self.encoding)
        encoding_row.addStretch(1)
        layout.addLayout(encoding_row)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.show_empty)
        layout.addLayout(bottom)
        self.model: MappingModel | None = None

    def _encoding_chosen(self) -> None:
        """Read the file again in the encoding chosen: the examples show the names as they will be stored."""
        analysis = self.wiz.analysis
        chosen = self.encoding.currentData()
        if analysis is None or chosen == analysis.source.encoding:
            return
        candidates = analysis.source.candidates
        try:
            self.wiz.analysis = analyse(analysis.source.path, encoding=chosen)
        except ImportRefused as exc:
            self.status.setText(str(exc))
            return
        self.wiz.analysis.source.candidates = candidates
        self.initializePage()

    def initializePage(self) -> None:
        analysis = self.wiz.analysis
        source = analysis.source
        guessed = bool(source.candidates)
        self.encoding.setVisible(guessed)
        self.encoding_label.setVisible(guessed)
        if guessed:
            self.encoding.clear()
            for codec in source.candidates:
                self.encoding.addItem(encoding_label(codec), codec)
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(source.encoding)))
        if source.kind == "vcard":
            self.detected.setText(
                self.tr(
                    "File: %1\nFormat: %2 · Encoding: %3\nContact cards are read field by field; there are no "
                    "columns to match."
                )
                .replace("%3", source.encoding_label)
                .replace("%2", analysis.format_label)
                .replace("%1", source.path.name)
            )
            self.view.hide()
            self.show_empty.hide()
            self.status.setText("")
            return
        self.view.show()
        self.show_empty.show()
        lines = (
            " " + self.tr("(the first %Ln line(s) before the column names are skipped)", "", source.skip_lines)
            if source.skip_lines
            else ""
        )
        self.detected.setText(
            self.tr("File: %1\nFormat: %2 · Encoding: %3 · Separator: %4")
            .replace("%4", source.delimiter_label)
            .replace("%3", source.encoding_label)
            .replace("%2", analysis.format_label)
            .replace("%1", source.path.name)
            + lines
        )
        self.model = MappingModel(analysis.mapping, analysis.samples, self)
        self.model.dataChanged.connect(self._mapping_changed)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MappingModel.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingModel.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingModel.TARGET, QHeaderView.ResizeMode.Interactive)
        combo_width = max(self.fontMetrics().horizontalAdvance(_(t)) for t in TARGETS.values()) + 48
        header.resizeSection(MappingModel.TARGET, combo_width)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingModel.TARGET))
        self.view.resizeRowsToContents()
        self._filter_rows()
        self._mapping_changed()

    def _filter_rows(self) -> None:
        if self.model is None:
            return
        show_all = self.show_empty.isChecked()
        for row in range(self.model.rowCount()):
            column = self.model.mapping.columns[row]
            empty = not self.model.example(row) and column.target in ("ignore", "label")
            self.view.setRowHidden(row, empty and not show_all)

    def _mapping_changed(self, *_args) -> None:
        self.completeChanged.emit()
        if self.model is None:
            return
        if self.model.mapping.usable():
            chosen = [c.target_label for c in self.model.mapping.columns if c.target not in ("ignore", "label")]
            self.status.setText(self.tr("%Ln column(s) will be imported.", "", len(chosen)))
        else:
            self.status.setText(self.tr("Choose at least one column holding a name, a business or an email address."))

    def isComplete(self) -> bool:
        analysis = self.wiz.analysis
        return analysis is not None and (analysis.source.kind == "vcard" or analysis.mapping.usable())


class PreviewPage(QWizardPage):
    PREVIEW_ROWS = 50

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What the import will do. Nothing has been written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.counts = plain_label(self.tr("Checking the file…"), selectable=False)
        self.counts.setAccessibleName(self.tr("What the import will do"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.rows_model = OutcomeModel(parent=self)
        self.dup_model = DuplicateModel(self)
        self.rows_view = _table(self.rows_model, self.tr("First rows of the file"))
        self.dup_view = _table(self.dup_model, self.tr("Possible duplicates"))
        self.dup_view.setItemDelegateForColumn(5, DecisionDelegate(self.dup_view))
        self.dup_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preview tables"))
        self.tabs.addTab(self.rows_view, self.tr("First rows"))
        self.tabs.addTab(self.dup_view, self.tr("Possible duplicates"))
        self.overwrite = QCheckBox(
            self.tr(
                "When a matched partner already has a different business, title, website, "
                "address or notes, &use the file's value"
            )
        )
        self.overwrite.setToolTip(self.tr("Off: RefDesk keeps what it has and only fills empty fields"))
        self.overwrite.setAccessibleName(self.tr("Use the file's values for matched partners"))
        self.tidy_names = QCheckBox(self.tr("&Tidy names: “OKAFOR, AMARA” and “amara okafor” become “Amara Okafor”"))
        self.tidy_names.setToolTip(
            self.tr(
                "Off: every name is stored as the file writes it (only extra spaces removed); the rows below say "
                "what tidying would change. On: names in capitals or lower case are re-cased, “Last, First” is "
                "turned round, Mr/Mrs/Ms are dropped"
            )
        )
        self.tidy_names.setAccessibleName(self.tr("Tidy names"))
        self.tidy_names.setChecked(bool(settings.get("import/tidy_names")))
        self.tidy_names.toggled.connect(self._tidy_names)
        self.literal_quotes = QCheckBox(self.tr("Read that &quotation mark as a plain character and check again"))
        self.literal_quotes.setToolTip(
            self.tr(
                "The row with the stray quotation mark comes in with the mark as part of its text; every row after it "
                "comes in on its own"
            )
        )
        self.literal_quotes.setAccessibleName(self.tr("Read stray quotation marks as plain characters"))
        self.literal_quotes.toggled.connect(self._literal_quotes)
        self.literal_quotes.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.literal_quotes)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.tidy_names)
        layout.addWidget(self.overwrite)
        self.summary: Summary | None = None

    def initializePage(self) -> None:
        self.summary = None
        self.literal_quotes.setVisible(self.wiz.analysis.source.literal_quotes)
        self.rows_model.set_outcomes([])
        self.dup_model.set_outcomes([])
        self.counts.setText(self.tr("Checking the file…"))
        self.progress.setValue(0)
        self.progress.show()
        self.wiz.start_worker(self, dry_run=True, options=Options(tidy_names=self.tidy_names.isChecked()))

    def on_progress(self, permille: int, rows: int) -> None:
        self.progress.setValue(permille)
        self.counts.setText(self.tr("Checking the file… %Ln row(s) read", "", rows))

    def on_finished(self, summary: Summary) -> None:
        self.summary = summary
        self.progress.hide()
        self.rows_model.set_outcomes(summary.outcomes)
        self.dup_model.set_outcomes(summary.duplicates)
        for row in range(self.dup_model.rowCount()):
            self.dup_view.openPersistentEditor(self.dup_model.index(row, 5))
        for view in (self.rows_view, self.dup_view):
            view.resizeColumnsToContents()
            for column in range(1, 5):
                view.setColumnWidth(column, min(view.columnWidth(column), 160))
            view.setWordWrap(True)  # long "what happens" sentences wrap instead of being cut
        decision_width = (
            max(
                self.fontMetrics().horizontalAdvance(QCoreApplication.translate("DuplicateModel", t))
                for _k, t in DuplicateModel.CHOICES
            )
            + 48
        )
        self.dup_view.horizontalHeader().setStretchLastSection(False)
        self.dup_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.dup_view.setColumnWidth(5, decision_width)
        for view in (self.rows_view, self.dup_view):
            view.resizeRowsToContents()
        self.tabs.setTabText(
            1, self.tr("Possible duplicates (%1)").replace("%1", formatting.number(summary.possible_duplicates))
        )
        self.tabs.setTabEnabled(1, summary.possible_duplicates > 0)
        text = (
            self.tr("%Ln row(s)", "", summary.rows)
            + ": "
            + ", ".join(
                (
                    self.tr("%Ln new partner(s)", "", summary.created),
                    self.tr("%Ln merged into partners you have (same email address)", "", summary.merged),
                    self.tr("%Ln skipped", "", summary.skipped),
                    self.tr("%Ln possible duplicate(s)", "", summary.possible_duplicates),
                )
            )
            + "."
        )
        problems = len(summary.errors)
        if problems:
            text += " " + self.tr("%Ln row message(s) will be listed after the import.", "", problems)
        self.counts.setText(text)
        self.completeChanged.emit()

    def on_failed(self, message: str) -> None:
        self.progress.hide()
        stray = "opens a quotation mark" in message
        if stray:
            self.literal_quotes.show()
            self.counts.setText(message)
        else:
            self.counts.setText(
                f"{message}\n\n" + self.tr("Nothing has been imported. Go back to choose another file.")
            )
        self.completeChanged.emit()

    def _tidy_names(self, on: bool) -> None:
        """Remember the choice, and check the file again: the rows show the names as they will be stored."""
        settings.put("import/tidy_names", on)
        self.initializePage()

    def _literal_quotes(self, on: bool) -> None:
        """Check the file again reading (or no longer reading) a stray quotation mark as a character."""
        self.wiz.analysis.source.literal_quotes = on
        self.initializePage()

    def on_cancelled(self) -> None:
        self.progress.hide()

    def isComplete(self) -> bool:
        return self.summary is not None

    def options(self) -> Options:
        return Options(
            overwrite=self.overwrite.isChecked(),
            decisions=self.dup_model.options_decisions(),
            tidy_names=self.tidy_names.isChecked(),
        )
