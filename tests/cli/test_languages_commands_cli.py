"""``refdesk referrals``, ``refdesk checklist`` and ``refdesk backup`` in German and Spanish (``--lang``),
and the checklist sheet's own words in the language spoken."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk import i18n
from refdesk.db.models import Direction, Partner
from refdesk.services import formatting
from refdesk.services import referrals as svc
from tests.cli.test_languages_cli import _env
from tests.conftest import run_refdesk

TODAY = dt.date.today()


@pytest.fixture
def logged(db):
    """A referral received (a thank-you owed) and one given whose follow-up is overdue."""
    ada = Partner.create(name="Ada Okafor", company="Okafor Realty")
    for direction, days_ago in ((Direction.RECEIVED, 1), (Direction.GIVEN, 10)):
        svc.create_referral(
            svc.ReferralData(
                date=TODAY - dt.timedelta(days=days_ago),
                direction=direction,
                partner_id=ada.id,
                prospect_name="Pat Prospect",
            )
        )
    db.close()


def test_referrals_speaks_german_and_spanish(logged, data_dir):
    german = run_refdesk("--lang", "de", "referrals", env=_env(REFDESK_LOCALE="de_DE"))
    assert german.returncode == 0, german.stderr
    assert german.stdout.splitlines()[-1] == "2 Empfehlungen."
    assert "Erhalten" in german.stdout and "Gegeben" in german.stdout and "(überfällig)" in german.stdout
    due = run_refdesk("--lang", "de", "referrals", "--due", env=_env(REFDESK_LOCALE="de_DE"))
    assert due.stdout.splitlines()[-1] == "1 Empfehlung mit fälligem Nachfassen."
    spanish = run_refdesk("--lang", "es", "referrals", "--due", env=_env(REFDESK_LOCALE="es_ES"))
    assert spanish.stdout.splitlines()[-1] == "1 recomendación con seguimiento pendiente."
    assert "seguimiento el " in spanish.stdout and "(vencido)" in spanish.stdout
    wrong = run_refdesk("--lang", "es", "referrals", "--direction", "sideways")
    assert wrong.returncode != 0 and "--direction debe ser 'given' o 'received', no 'sideways'." in wrong.stderr
    english = run_refdesk("referrals", "--due")
    assert english.stdout.splitlines()[-1] == "1 referral with a follow-up due."


def test_checklist_and_backup_say_what_they_wrote_in_the_language(logged, data_dir, tmp_path):
    out = tmp_path / "danke.pdf"
    german = run_refdesk("--lang", "de", "checklist", "--pdf", str(out), "--page-size", "A4")
    assert german.returncode == 0, german.stderr
    assert (
        german.stdout.strip() == f"{out} geschrieben: 1 Danksagung auf 1 Seite A4; 1 zu verschicken ohne Postanschrift."
    )
    spanish = run_refdesk("--lang", "es", "checklist", "--pdf", str(out), "--page-size", "A4")
    assert spanish.stdout.strip() == f"Escrito {out}: 1 nota en 1 página A4; 1 por enviar sin dirección postal."
    backup = run_refdesk("--lang", "de", "backup")
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout.startswith(  # a file's copy, or a server's portable export
        ("Sicherung geschrieben: ", "Dies ist eine Server-Datenbank, daher ist die Sicherung ein übertragbarer Export")
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("de", ["Checkliste der Danksagungen", "Zu schreibende Danksagungen", "Zu schreiben — 1 Danksagung"]),
        ("es", ["Lista de agradecimientos", "Notas por escribir", "Por escribir — 1 nota"]),
    ],
)
def test_the_checklist_sheet_speaks_the_language(db, lang, words):
    from refdesk.services.checklist import build_checklist, column_titles, page_of, to_html

    ada = Partner.create(name="Ada Okafor")
    svc.create_referral(
        svc.ReferralData(date=TODAY, direction=Direction.RECEIVED, partner_id=ada.id, prospect_name="Pat Prospect")
    )
    i18n.install(lang)
    formatting.configure(i18n.FORMATS[lang])
    try:
        checklist = build_checklist("owed")
        assert [checklist.title, checklist.subtitle, checklist.groups[0].heading] == words
        assert (
            column_titles()[1:]
            == {
                "de": ("Empfänger", "Senden an", "Anlass", "Fällig", "Art"),
                "es": ("Destinatario", "Enviar a", "Motivo", "Vence", "Forma"),
            }[lang]
        )
        assert page_of(2, 5) == {"de": "Seite 2 von 5", "es": "Página 2 de 5"}[lang]
        assert (
            checklist.rows[0].reason
            == {"de": "für die Empfehlung von Pat Prospect", "es": "por recomendar a Pat Prospect"}[lang]
        )
        assert "Recipient" not in to_html(checklist)
    finally:
        i18n.install("en")
        formatting.configure("en_US")
