"""Each finished feature in German and Spanish: what a user reads once the language is chosen.

``speaking(lang)`` installs the window's translations (Qt's own too) and the Qt-free catalogue,
as start-up does, and puts English back afterwards."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from refdesk import i18n
from refdesk.services import formatting
from refdesk.ui.application import install_translators


@contextlib.contextmanager
def speaking(lang: str):
    app = QApplication.instance()
    install_translators(app, lang)
    i18n.install(lang)
    formatting.configure(i18n.FORMATS[lang])
    try:
        yield
    finally:
        install_translators(app, "en")
        i18n.install("en")
        formatting.configure("en_US")


FORMS = {
    "de": ("Änderungen verwerfen?", "&Verwerfen", "&Weiter bearbeiten", "Nicht gesetzt", "Alt+Ab oder F4"),
    "es": ("¿Descartar los cambios?", "&Descartar", "&Seguir editando", "Sin fecha", "Alt+Abajo o F4"),
}


@pytest.mark.parametrize("lang", ["de", "es"])
def test_forms_ask_and_date_fields_speak_the_language(qtbot, monkeypatch, lang):
    from refdesk.ui.common.forms import DateField, ask_discard

    question, discard, keep, empty, keys = FORMS[lang]
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with speaking(lang):
        field = DateField(name="Due", optional=True)
        qtbot.addWidget(field)
        assert field.specialValueText() == empty
        assert field.toolTip().startswith(keys)
        ask_discard(field)
    assert seen == {"text": question, "buttons": sorted([discard, keep])}


WINDOW = {
    "de": {
        "menus": ["&Datei", "&Bearbeiten", "&Gehe zu", "&Hilfe"],
        "pages": ["Heute", "Partner", "Empfehlungen", "Danksagungen", "Diagramme"],
        "new_partner": "&Neuer Partner…",
        "settings": "&Einstellungen…",
        "heading": "Heute, ",
        "sections": ["Fälliges Nachfassen", "Offene Danksagungen", "Anstehende Gespräche"],
        "follow_up_columns": ["Fällig", "Partner", "Empfehlung", "Status"],
        "quiet_empty": "Bei niemandem ist der Kontakt überfällig: Jeder Partner hatte innerhalb seines Kontaktrhythmus",
        "one_follow_up": "Kein Nachfassen fällig. Erfassen Sie eine Empfehlung, und RefDesk erinnert Sie hier 1 Tag später",
        "month": "0 Empfehlungen diesen Monat gegeben",
    },
    "es": {
        "menus": ["&Archivo", "&Editar", "&Ir", "A&yuda"],
        "pages": ["Hoy", "Socios", "Recomendaciones", "Agradecimientos", "Gráficos"],
        "new_partner": "&Nuevo socio…",
        "settings": "&Preferencias…",
        "heading": "Hoy, ",
        "sections": ["Seguimientos pendientes", "Agradecimientos pendientes", "Conversaciones pendientes"],
        "follow_up_columns": ["Vence", "Socio", "Recomendación", "Estado"],
        "quiet_empty": "Nadie tiene el contacto atrasado: cada socio tuvo una reunión, una recomendación",
        "one_follow_up": "No hay seguimientos pendientes. Registre una recomendación y RefDesk le recordará aquí, 1 día después",
        "month": "0 recomendaciones dadas este mes",
    },
}


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_window_and_today_speak_the_language(qtbot, db, data_dir, db_url, qsettings_clean, lang):
    from PySide6.QtCore import Qt

    from refdesk.services import rules
    from refdesk.ui.main_window import MainWindow

    words = WINDOW[lang]
    with speaking(lang):
        rules.configure(follow_up_days=1)
        window = MainWindow(data_dir, db_url)
        qtbot.addWidget(window)
        window.show_page("today")
        today = window.pages["today"]
        today.refresh()
        assert [a.text() for a in window.menuBar().actions()] == words["menus"]
        assert [window.nav.item(i).text() for i in range(window.nav.count())] == words["pages"]
        assert window.actions["new_partner"].text() == words["new_partner"]
        assert window.actions["settings"].text() == words["settings"]
        assert today.heading.text().startswith(words["heading"])
        assert [s.title() for s in today.sections[:3]] == words["sections"]
        model = today.follow_ups.model
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert titles == words["follow_up_columns"]
        assert today.quiet.empty.text().startswith(words["quiet_empty"])
        assert today.follow_ups.empty.text().startswith(words["one_follow_up"])  # %n: one day
        assert today.fig_given_month.accessibleName() == words["month"]  # %n: none


CHARTS = {
    "de": {
        "headings": [
            "Gegebene und erhaltene Empfehlungen pro Monat",
            "Saldo je Partner (Top 15)",
            "Wert abgeschlossener Geschäfte pro Monat",
        ],
        "periods": ["Letzte 12 Monate", "Letzte 24 Monate", "Gesamter Zeitraum", "Eigener Zeitraum…"],
        "buttons": ("Tabelle", "Exportieren…"),
        "ylabel": "Empfehlungen",
        "summary": "1 Empfehlung gegeben, die meisten im",
        "table": ["Monat", "Gegeben", "Erhalten", "Gegeben − erhalten", "Laufender Saldo"],
    },
    "es": {
        "headings": [
            "Recomendaciones dadas y recibidas por mes",
            "Saldo por socio (los 15 primeros)",
            "Valor de los negocios cerrados por mes",
        ],
        "periods": ["Últimos 12 meses", "Últimos 24 meses", "Todo el periodo", "Periodo personalizado…"],
        "buttons": ("Tabla", "Exportar…"),
        "ylabel": "Recomendaciones",
        "summary": "1 recomendación dada, la mayoría en",
        "table": ["Mes", "Dadas", "Recibidas", "Dadas − recibidas", "Saldo acumulado"],
    },
}


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_charts_speak_the_language(qtbot, db, data_dir, db_url, qsettings_clean, lang):
    import datetime as dt

    from refdesk.db.models import Direction, Partner
    from refdesk.services import referrals as svc
    from refdesk.ui.main_window import MainWindow

    ada = Partner.create(name="Ada Okafor")
    svc.create_referral(
        svc.ReferralData(date=dt.date.today(), direction=Direction.GIVEN, partner_id=ada.id, prospect_name="Pat")
    )
    words = CHARTS[lang]
    with speaking(lang):
        window = MainWindow(data_dir, db_url)
        qtbot.addWidget(window)
        window.show_page("charts")
        qtbot.waitUntil(lambda: "charts" in window.pages, timeout=15000)  # once the database is open
        page = window.pages["charts"]
        qtbot.waitUntil(lambda: bool(page.given_received.rows), timeout=20000)
        assert [p.heading.text() for p in page.panels] == words["headings"]
        assert [page.period.itemText(i) for i in range(page.period.count())] == words["periods"]
        chart = page.given_received
        assert (chart.table_button.text(), chart.export_button.text()) == words["buttons"]
        assert chart.axes.get_ylabel() == words["ylabel"]
        assert words["summary"] in chart.summary()
        assert chart.table_rows()[0] == words["table"]


@pytest.mark.parametrize("lang", ["de", "es"])
def test_settings_speak_the_language_with_distinct_alt_letters(qtbot, window, lang):
    from refdesk.ui.settings.dialog import SettingsDialog
    from tests.ui.common.dialogs import collisions

    with speaking(lang):
        dialog = SettingsDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == {"de": "Einstellungen", "es": "Preferencias"}[lang]
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            assert collisions(dialog) == {}, (lang, tab)
