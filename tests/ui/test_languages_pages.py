"""The Partners, Referrals and Thank-yous pages, their dialogs and the shared ones, in German and Spanish: no
English left in what a user reads (labels, buttons, menus, headers, cells, tooltips, placeholders),
no two Alt letters alike in a dialog, and dates and money in the language's formats.

What counts as English: any text the window says in English whose translation differs (every source
of the ``.ts`` file, and of the ``.po`` catalogue), and a few words that are never German or Spanish."""

from __future__ import annotations

import csv
import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from babel.messages import pofile
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from refdesk.db.models import Direction, Partner, ReferralStatus
from refdesk.services import referrals as svc
from tests.conftest import ROOT
from tests.ui.common.dialogs import DIALOGS, collisions, seed
from tests.ui.test_languages import speaking

TR = ROOT / "refdesk" / "translations"
ENGLISH_WORDS = re.compile(
    r"\b(the|and|you|your|with|of|to|referral|referrals|thank-you|thank-yous|follow-up|"
    r"overdue|written|sent|owed|save|delete|edit|cancel|close|print|search|partner told|not yet)\b",
    re.IGNORECASE,
)
USER_TEXT = ("Ada Okafor", "Okafor Realty", "Ben Smith", "Smith Mortgages", "Carla Client", "Realtor")
"""What the tests typed: names are shown as typed, in any language."""


def _english(lang: str) -> set[str]:
    """Every English text RefDesk says that reads differently in *lang* (Alt letters left out)."""
    found = set()
    for message in ET.parse(TR / f"refdesk_{lang}.ts").getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if source.replace("&", "") not in {f.replace("&", "") for f in forms} and len(source) > 2:
            found.add(source.replace("&", "").strip())
    with (TR / lang / "LC_MESSAGES" / "refdesk.po").open("rb") as handle:
        for message in pofile.read_po(handle, locale=lang):
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if ids[0] and ids[0] not in strings and "{" not in ids[0] and len(ids[0]) > 2:
                found.add(ids[0])
    return found


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything *root* shows a user: its own words and its lists' headers and cells."""
    shown = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.windowTitle() if widget is root else ""]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(getattr(widget, "menu", lambda: None)(), QMenu):
            texts.extend(a.text() for a in widget.menu().actions())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
                for row in range(min(model.rowCount(QModelIndex()), 20)):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(model.data(model.index(row, column), role) or ""))
        shown.extend((name, text) for text in texts if text and text.strip())
    return shown


def _english_left(root: QWidget, english: set[str], typed_too: tuple[str, ...] = (), paths=()) -> list[str]:
    """What *root* still says in English; *typed_too*: whole texts shown as a file wrote them; *paths* shown within."""
    left = []
    for where, text in _texts(root):
        plain = text.replace("&", "")
        if plain.removeprefix("<qt>").removesuffix("</qt>") in typed_too:
            continue
        for path in paths:
            plain = plain.replace(str(path), "")
        for typed in USER_TEXT:
            plain = plain.replace(typed, "")
        if plain.strip() in english or ENGLISH_WORDS.search(plain):
            left.append(f"{where}: {text!r}")
    return left


@pytest.fixture
def seeded(db):
    ids = seed()
    ben = Partner.get_by_id(ids["ben"])
    svc.create_referral(  # a given referral, won, with a bad outcome: more words to read
        svc.ReferralData(
            date=dt.date(2025, 3, 5),
            direction=Direction.GIVEN,
            partner_id=ben.id,
            prospect_name="Carla Client",
            status=ReferralStatus.WON,
            closed_value=Decimal("2500.50"),
            currency="EUR",
            closed_date=dt.date(2025, 3, 5),
        )
    )
    return ids


def _window(qtbot, data_dir, db_url):
    """The main window, built in the language spoken (as at start-up)."""
    from refdesk.ui.main_window import MainWindow

    window = MainWindow(data_dir, db_url)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_referrals_and_thank_yous_pages_speak_the_language(qtbot, data_dir, db_url, qsettings_clean, seeded, lang):
    with speaking(lang):
        window = _window(qtbot, data_dir, db_url)
        english = _english(lang)
        for key in ("referrals", "thanks"):
            window.show_page(key)
            page = window.pages[key]
            page.refresh()
            page.table.selectRow(0)
            assert page.model.rowCount() >= 1
            left = _english_left(page, english)
            assert not left, "\n".join([key, *left])


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_partners_page_and_its_details_speak_the_language(qtbot, data_dir, db_url, qsettings_clean, seeded, lang):
    from refdesk.db.models import Comfort, MeetingKind
    from refdesk.services import partners as ps

    today = dt.date.today()
    ps.add_meeting(
        seeded["ada"],
        ps.MeetingData(date=today, kind=MeetingKind.COFFEE, next_step="Carla Client", next_step_date=today),
    )
    ps.add_checkin(seeded["ada"], ps.CheckInData(date=today, willingness=7, comfort=Comfort.WOULD_RECOMMEND))
    svc.create_referral(  # given in the last 12 months: the Thanked me cell and its tooltip have words
        svc.ReferralData(date=today, direction=Direction.GIVEN, partner_id=seeded["ada"], prospect_name="Carla Client")
    )
    with speaking(lang):
        window = _window(qtbot, data_dir, db_url)
        english = _english(lang)
        window.show_page("partners")
        page = window.pages["partners"]
        page.refresh()
        page.select(seeded["ben"])
        assert page.model.rowCount() == 2
        assert page.count_label.text() == {"de": "2 Partner", "es": "2 socios"}[lang]
        seen = []
        for tab in range(page.tabs.count()):  # the profile, meetings, standing and referrals
            page.tabs.setCurrentIndex(tab)
            seen.extend(_english_left(page, english))
        page.select(seeded["ada"])
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            seen.extend(_english_left(page, english))
        assert page.meeting_list.topLevelItemCount() == 1 and page.checkin_list.topLevelItemCount() == 1
        thanked = page.model.index(page.model.row_of(seeded["ada"]), 7)
        assert thanked.data() == {"de": "0 von 1 · 0\xa0%", "es": "0 de 1 · 0\xa0%"}[lang]
        page.filter_edit.setText("zzz")  # no match: the words saying why the list is empty
        assert page.list_stack.currentWidget() is page.empty_label
        seen.extend(_english_left(page, english))
        page.filter_edit.clear()
        page.select(None)  # nobody selected: the words asking to select one
        seen.extend(_english_left(page, english))
        left = sorted(set(seen))
        assert not left, "\n".join(left)


DIALOG_NAMES = [
    "partner: new",
    "partner: contact",
    "partner: contact, retired",
    "partner: referral practice",
    "meeting",
    "meeting: next step dated",
    "check-in",
    "retire",
    "merge",
    "duplicate",
    "referral: new",
    "referral: prospect is a partner",
    "referral: editing",
    "referral won",
    "thank-you: new",
    "thank-you: change",
]


@pytest.mark.parametrize("lang", ["de", "es"])
@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_the_dialogs_speak_the_language_with_distinct_alt_letters(qtbot, window, db, lang, name):
    with speaking(lang):
        dialog = DIALOGS[name](window, seed())
        qtbot.addWidget(dialog)
        dialog.show()
        left = _english_left(dialog, _english(lang))
        assert not left, "\n".join(left)
        assert collisions(dialog) == {}


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_conflict_question_and_the_print_preview_speak_the_language(qtbot, window, db, lang):
    from refdesk.db.models import Referral
    from refdesk.services.concurrency import Conflict
    from refdesk.ui.common.conflict_dialog import ConflictDialog
    from refdesk.ui.thanks.checklist import ChecklistPreview, make_printer

    with speaking(lang):
        english = _english(lang)
        conflict = Conflict(Referral, 1, 1, 2)
        for action in (None, "Set status: Won"):
            dialog = ConflictDialog(conflict, window, action=action)
            qtbot.addWidget(dialog)
            dialog.show()
            left = _english_left(dialog, english)
            assert not left, "\n".join(left)
            assert collisions(dialog) == {}
        assert {"de": "Empfehlung", "es": "recomendación"}[lang] in dialog.message.text()
        preview = ChecklistPreview(window, make_printer())
        qtbot.addWidget(preview)
        preview.show()
        assert [b.text() for b in preview.buttons] == {
            "de": ["&Drucken…", "Als &PDF speichern…", "S&chließen"],
            "es": ["&Imprimir…", "Guardar como P&DF…", "&Cerrar"],
        }[lang]
        assert preview.print_action.receivers("2triggered(bool)") == 1  # Qt's own Print was found, in its words


DATES = {
    "en": {"date": "Mar 5, 2025", "value": "€2,500.50", "due": r"[A-Z][a-z]{2} \d{1,2}, \d{4}"},
    "de": {"date": "05.03.2025", "value": "2.500,50\xa0€", "due": r"\d\d\.\d\d\.\d{4}"},
    "es": {"date": "5 mar 2025", "value": "2.500,50\xa0€", "due": r"\d{1,2} [a-z]{3} \d{4}"},
}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_referral_and_thank_you_columns_show_dates_and_money_the_languages_way(
    qtbot, data_dir, db_url, qsettings_clean, seeded, lang
):
    from tests.ui.test_locale import _column_texts

    with speaking(lang):
        window = _window(qtbot, data_dir, db_url)
        window.show_page("referrals")
        model = window.pages["referrals"].model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        date, value = titles[0], titles[7]  # "Date", "Closed value" in the language spoken
        assert (date, value) == {
            "en": ("Date", "Closed value"),
            "de": ("Datum", "Abschlusswert"),
            "es": ("Fecha", "Valor cerrado"),
        }[lang]
        given = [row for row in range(2) if model.referral(row).direction is Direction.GIVEN][0]
        assert model.index(given, 0).data() == DATES[lang]["date"]
        assert model.index(given, 7).data() == DATES[lang]["value"]
        window.show_page("thanks")
        thanks = window.pages["thanks"].model
        due = thanks.headerData(4, Qt.Orientation.Horizontal)
        assert due == {"en": "Due", "de": "Fällig", "es": "Vence"}[lang]
        texts = _column_texts(thanks, due)
        assert texts and all(re.fullmatch(DATES[lang]["due"], text) for text in texts), texts


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("de", "„zwölf“ ist kein Betrag. Geben Sie eine Zahl ein, etwa 1200 oder 1.200,50."),
        ("es", "«zwölf» no es un importe. Escriba un número como 1200 o 1.200,50."),
    ],
)
def test_a_bad_amount_is_refused_in_the_language(qtbot, window, db, lang, said):
    with speaking(lang):
        dialog = DIALOGS["referral won"](window, seed())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.value.setText("zwölf")
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text().endswith(said)


@pytest.mark.parametrize("lang", ["de", "es"])
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_import_wizard_and_import_history_speak_the_language(qtbot, window, db, lang):
    from refdesk.ui.importing.history import ImportHistoryDialog, open_wizard

    fixture = ROOT / "tests" / "fixtures" / "import" / "google.csv"
    with fixture.open(encoding="utf-8", newline="") as handle:  # what the file says is shown as written
        typed = tuple({cell for row in csv.reader(handle) for cell in row})
    with speaking(lang):
        english = _english(lang)
        wizard = open_wizard(window, fixture)
        qtbot.waitExposed(wizard)
        seen = []
        for page in (wizard.choose_page, wizard.mapping_page, wizard.preview_page):
            assert wizard.currentPage() is page
            if page is wizard.preview_page:
                qtbot.waitUntil(lambda: wizard.preview_page.summary is not None, timeout=10000)
            seen.append(_english_left(wizard, english, typed))
            assert collisions(wizard) == {}, page.title()
            wizard.next()
        qtbot.waitUntil(lambda: wizard.import_page.done, timeout=20000)
        seen.append(_english_left(wizard, english, typed))
        assert {"de": "4 neue Partner angelegt", "es": "4 socios nuevos creados"}[
            lang
        ] in wizard.import_page.status.text()
        left = [text for page in seen for text in page]
        assert not left, "\n".join(left)
        history = ImportHistoryDialog(window)
        qtbot.addWidget(history)
        history.show()
        left = _english_left(history, english)
        assert not left, "\n".join(left)
        assert collisions(history) == {}
        wizard.close()


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_backups_dialog_speaks_the_language(qtbot, window, db, lang):
    from refdesk.ui.backups.dialog import BackupsDialog

    with speaking(lang):
        english = _english(lang)
        empty = BackupsDialog(window)
        qtbot.addWidget(empty)
        empty.show()
        left = _english_left(empty, english, paths=[empty.folder])
        assert not left, "\n".join(left)
        empty.backup_button.click()  # Back up now
        qtbot.waitUntil(lambda: empty.model.rowCount() == 1, timeout=10000)
        empty.close()
        dialog = BackupsDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.model.index(0, 1).data() == {"de": "Von Hand", "es": "Manual"}[lang]
        left = _english_left(dialog, english, paths=[dialog.folder])
        assert not left, "\n".join(left)
        assert collisions(dialog) == {}


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_crash_dialog_speaks_the_language(qtbot, window, tmp_path, lang):
    import sys

    from refdesk.ui.common.errors import CrashDialog

    with speaking(lang):
        try:
            raise ValueError("boom")
        except ValueError:
            dialog = CrashDialog(sys.exc_info(), tmp_path / "refdesk.log", window)
        qtbot.addWidget(dialog)
        dialog.show()
        left = _english_left(dialog, _english(lang))  # the report itself stays English, for the people who make RefDesk
        assert not left, "\n".join(left)
        assert collisions(dialog) == {}


@pytest.mark.parametrize("lang", ["de", "es"])
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_tour_speaks_the_language(qtbot, window, lang):
    from refdesk.ui.help.tour import STEPS, show_tour

    with speaking(lang):
        english = _english(lang)
        tour = show_tour(window)
        for step in range(len(STEPS)):
            tour.show_step(step)
            left = _english_left(tour, english)
            assert not left, "\n".join(left)
            assert collisions(tour) == {}
        assert tour.counter.text() == {"de": "Schritt 3 von 3", "es": "Paso 3 de 3"}[lang]
        tour.close()


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_team_connect_dialog_and_its_banner_speak_the_language(qtbot, window, lang):
    from refdesk.ui.team.connect import ConnectDialog, ConnectionBanner

    with speaking(lang):
        english = _english(lang)
        dialog = ConnectDialog(window, "postgresql://ada@server.office.lan:5432/refdesk")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.user.clear()
        dialog.ok.click()  # a field left empty: said in the language
        assert dialog.isVisible() and dialog.error.isVisible()
        assert dialog.error.text() == {"de": "Bitte ausfüllen: Benutzername.", "es": "Rellene: usuario."}[lang]
        left = _english_left(dialog, english, typed_too=("server.office.lan", "refdesk", "5432"))
        assert not left, "\n".join(left)
        assert collisions(dialog) == {}
        banner = ConnectionBanner()
        qtbot.addWidget(banner)
        banner.show_problem("server.office.lan:5432")
        left = _english_left(banner, english)
        assert not left, "\n".join(left)
        assert collisions(banner) == {}


@pytest.mark.parametrize("lang", ["de", "es"])
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_label_and_envelope_printing_speaks_the_language(
    qtbot, window, db, monkeypatch, message_boxes, tmp_path, lang
):
    from pypdf import PdfReader

    from refdesk.services import mailing
    from refdesk.ui.thanks import labels, mail_print, printing
    from tests.services.thanks_data import partner, thank

    thank(partner("Ada Okafor", address="1 Main St\nSpringfield"), due=dt.date.today())
    thank(partner("Ben Smith"), due=dt.date.today())
    shown = []
    monkeypatch.setattr(mail_print.MailPreview, "exec", lambda d: shown.append(d) or 0)
    with speaking(lang):
        english = _english(lang)
        anyway = {"de": "&Trotzdem drucken", "es": "&Imprimir igualmente"}[lang]
        for key in ("print_labels", "print_envelopes"):
            message_boxes.answers = [anyway]
            window.actions[key].trigger()
            box = message_boxes[-1]  # the note without an address, named
            said = [box.text.replace("Ben Smith", ""), *box.buttons]
            assert not [t for t in said if ENGLISH_WORDS.search(t.replace("&", ""))], said
            dialog = shown.pop()
            qtbot.addWidget(dialog)
            dialog.show()
            left = _english_left(dialog, english, typed_too=("DL (220 × 110 mm)", "C6 (162 × 114 mm)"))
            assert not left, "\n".join(left)
            assert collisions(dialog) == {}
            path = dialog.save_pdf(tmp_path / f"{key}.pdf")
            assert (
                PdfReader(str(path)).metadata.title == dialog.printer_.docName() not in ("Mailing labels", "Envelopes")
            )
            dialog.close()
        items = mailing.mailing("owed").addressed
        for kind, title in (
            ("labels", "Adressetiketten (L7160)"),
            ("envelopes", "Umschläge (DL)"),
        ):  # as the command line writes
            if lang == "es":
                title = title.replace("Adressetiketten", "Etiquetas de dirección").replace("Umschläge", "Sobres")
            path = tmp_path / f"{kind}.pdf"
            labels.write_pdf(items, path, **{kind: title[title.index("(") + 1 : -1]})
            assert PdfReader(str(path)).metadata.title == title
        nowhere = tmp_path / "no such folder" / "labels.pdf"
        with pytest.raises(printing.PrintProblem) as problem:
            labels.write_pdf(items, nowhere, labels="L7160")
        assert str(problem.value).startswith({"de": "Die PDF-Datei", "es": "No se pudo escribir el archivo PDF"}[lang])
        assert not ENGLISH_WORDS.search(str(problem.value).replace(str(nowhere), "")), str(problem.value)


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_guide_speaks_the_language_at_every_section_the_window_links_to(qtbot, lang):
    """Every "?" (the glossary's sections) and every link between the guide's pages lands on an anchor of
    the page in the language spoken, whose text has no English left; the pictures are the English pages'."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from refdesk.services.vocabulary import GLOSSARY
    from refdesk.ui.help import guide

    pages = ["index.html", "pages.html", "practice.html"]
    english_pages = {page: guide.page_html(page) for page in pages}
    links = {link for text in english_pages.values() for link in re.findall(r'href="([^"]+)"', text)}
    sections = sorted({term.section for term in GLOSSARY.values()} | links | set(pages))
    with speaking(lang):
        dialog = guide.GuideDialog()
        qtbot.addWidget(dialog)
        assert dialog.browser.documentTitle() == {"de": "RefDesk-Leitfaden", "es": "Guía de RefDesk"}[lang]
        for page in pages:
            text = guide.page_html(page)
            assert text != english_pages[page] and "$" not in text, page
            structure = re.compile(r'(?:name|href|src)="[^"]+"')
            assert structure.findall(text) == structure.findall(english_pages[page]), page  # same anchors, links
        for section in sections:
            dialog.show_section(section)
            assert dialog.current_section() == section
            page, _, anchor = section.partition("#")
            if anchor:
                assert f'name="{anchor}"' in guide.page_html(page), section
            if page != guide.WORDS:
                plain = dialog.browser.toPlainText()
                assert not ENGLISH_WORDS.search(plain), (section, ENGLISH_WORDS.search(plain))
        dialog.show_section("index.html")
        picture = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("today.png"))
        assert picture is not None and not picture.isNull()
