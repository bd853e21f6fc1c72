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
