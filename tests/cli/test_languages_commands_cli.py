"""``refdesk referrals``, ``refdesk checklist`` and ``refdesk backup`` in German and Spanish (``--lang``),
and the checklist sheet's own words in the language spoken."""

from __future__ import annotations

import datetime as dt
import json
import re

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


# --- demo, check, export, import-contacts and --help in German and Spanish -------------------------------------

ENGLISH = re.compile(
    r"\b(the|and|is|were|of|with|from|into|this|that|there|not|found|nothing|rows?|created|merged|skipped|"
    r"usage|options|show|print|default|folder|which|would|partners?|referrals?|meetings?|thank-yous?)\b"
)
"""Words of English that the German and Spanish sentences never hold (keys, options and paths aside)."""


def _no_english(text: str, *hide: object) -> None:
    for part in hide:  # paths and file names are the user's, not RefDesk's words
        text = text.replace(str(part), "")
    text = re.sub(r"--?[\w-]+", "", text)  # options are the same in every language
    text = re.sub(r"(?m)^    [a-z-]+(?=\s)|refdesk [a-z-]+", "", text)  # and so are the subcommands
    left = [line for line in text.splitlines() if ENGLISH.search(line)]
    assert not left, "English left:\n" + "\n".join(left)


WORDS = {
    "de": {
        "demo": "Demodaten hinzugefügt: 3 Partner, 12 Empfehlungen, ",
        "check": "keine Fehler gefunden: Die Datenbank ist intakt.",
        "export": "Exportiert nach ",
        "dry run": "Würde {file} importieren (Tabelle (CSV), UTF-8): 2 Zeilen — 2 angelegt, ",
        "imported": "{file} importiert (Tabelle (CSV), UTF-8): 2 Zeilen — 2 angelegt, 0 zusammengeführt, ",
        "no email": "„nicht-da“ ist keine E-Mail-Adresse und wurde daher nicht importiert.",
        "nothing written": "Es wurde nichts geschrieben (Probelauf).",
        "missing": "Es gibt keine Datei namens ",
        "demo problem": "--partners muss mindestens 1 sein und --referrals mindestens 0.",
        "usage": "Aufruf: refdesk",
        "options": "Optionen:",
        "json keys": "--json gibt ",
    },
    "es": {
        "demo": "Datos de demostración añadidos: 3 socios, 12 recomendaciones, ",
        "check": "no encontró nada mal en refdesk.db: la base de datos está sana.",
        "export": "Exportado a ",
        "dry run": "Se importaría {file} (Hoja de cálculo (CSV), UTF-8): 2 filas — 2 creados, ",
        "imported": "{file} importado (Hoja de cálculo (CSV), UTF-8): 2 filas — 2 creados, 0 fusionados, ",
        "no email": "«nicht-da» no es una dirección de correo, así que no se importó.",
        "nothing written": "No se escribió nada (simulación).",
        "missing": "No hay ningún archivo llamado ",
        "demo problem": "--partners debe ser al menos 1 y --referrals al menos 0.",
        "usage": "uso: refdesk",
        "options": "opciones:",
        "json keys": "--json imprime un objeto JSON",
    },
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("lang", ["de", "es"])
def test_demo_check_export_and_import_contacts_speak_the_language(lang, data_dir, tmp_path):
    words = WORDS[lang]
    env = _env(REFDESK_LOCALE=i18n.FORMATS[lang])

    def run(*args: str):
        return run_refdesk("--lang", lang, *args, env=env)

    demo = run("demo", "--partners", "3", "--referrals", "12")
    assert demo.returncode == 0, demo.stderr
    assert demo.stdout.startswith(words["demo"]), demo.stdout
    _no_english(demo.stdout)
    wrong = run("demo", "--partners", "0")
    assert wrong.returncode == 2 and words["demo problem"] in wrong.stderr

    check = run("check")
    assert check.returncode == 0 and words["check"] in check.stdout, check.stdout
    _no_english(check.stdout)
    report = json.loads(run("check", "--json").stdout)  # the keys stay as they are: scripts read them
    assert report["sound"] is True and words["check"] in report["summary"]

    target = tmp_path / "alles.zip"
    export = run("export", str(target))
    assert export.returncode == 0 and export.stdout.startswith(words["export"] + str(target)), export.stdout
    _no_english(export.stdout, target)

    contacts = tmp_path / "kontakte.csv"
    contacts.write_text("Name,Email\nZoe Zinn,zoe@example.com\nYan Yu,nicht-da\n", encoding="utf-8")
    dry = run("import-contacts", "--dry-run", str(contacts))
    assert dry.returncode == 0, dry.stderr
    assert (
        words["dry run"].format(file=contacts) in dry.stdout
        and words["no email"] in dry.stdout
        and words["nothing written"] in dry.stdout
    )
    _no_english(dry.stdout, contacts)
    done = run("import-contacts", str(contacts))
    assert (
        done.returncode == 0
        and words["imported"].format(file=contacts) in done.stdout
        and words["nothing written"] not in done.stdout
    )
    _no_english(done.stdout, contacts)
    as_json = json.loads(run("import-contacts", "--dry-run", "--json", str(contacts)).stdout)
    assert {"format", "encoding", "rows", "created", "merged", "skipped", "errors"} <= set(as_json)
    assert as_json["format"] == "spreadsheet" and any(words["no email"] in e["message"] for e in as_json["errors"])
    missing = run("import-contacts", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and words["missing"] in missing.stderr
    _no_english(missing.stderr, tmp_path / "nope.csv")


SUBCOMMANDS = [
    "info",
    "demo",
    "backup",
    "check",
    "screenshots",
    "checklist",
    "calendar",
    "export",
    "import-json",
    "import-contacts",
    "install-desktop-entry",
    "referrals",
    "stats",
]


@pytest.mark.parametrize("lang", ["de", "es"])
@pytest.mark.parametrize("command", [[], *([name] for name in SUBCOMMANDS)])
def test_help_speaks_the_language(lang, command, data_dir):
    result = run_refdesk("--lang", lang, *command, "--help", env=_env())
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith(WORDS[lang]["usage"]) and WORDS[lang]["options"] in text, text
    if command in (["check"], ["referrals"], ["checklist"]):  # what --json prints: the keys themselves stay
        assert WORDS[lang]["json keys"] in text and (
            "newest_sound_backup" in text or "partner_id" in text or "pages" in text
        )
        text = text.split(WORDS[lang]["json keys"])[0]
    if command == []:
        assert set(SUBCOMMANDS) <= set(re.findall(r"(?m)^    ([a-z-]+)", text))  # every one is listed
    _no_english(text)


def test_argparse_errors_speak_the_language(data_dir):
    result = run_refdesk("--lang", "de", "demo", "--partners", "many", env=_env())
    assert result.returncode == 2 and "ungültiger int-Wert: 'many'" in result.stderr, result.stderr
    result = run_refdesk("--lang", "es", "export", env=_env())
    assert result.returncode == 2 and "se requieren los siguientes argumentos: FILE.zip" in result.stderr
