"""What the services and the database say when something goes wrong, in the language spoken: a full
disk, a newer database, a backup that is not one, another RefDesk holding the file; and the printed
"conversations to have" and the thanks' words.  Each is compared with its English, so no English
sentence is left."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import pytest

from refdesk.db.database import DatabaseProblem, open_database
from refdesk.services import backup, export, failures, today
from refdesk.services.instance import DatabaseInUse, Holder
from refdesk.services.referrals.thanked import Acknowledged, rate_words

TODAY = dt.date(2026, 3, 2)
LANGUAGES = ("de", "es")


def in_each(speak, say):
    """What *say()* says in English, German and Spanish."""
    said = {}
    for lang in ("en", *LANGUAGES):
        speak(lang)
        said[lang] = say()
    return said


def test_a_full_disk_is_said_in_german_and_spanish(speak, tmp_path):
    full = OSError(errno.ENOSPC, "No space left on device")
    target = tmp_path / "export.zip"
    said = in_each(speak, lambda: export.explain(full, target))
    assert said["de"].startswith("Der Datenträger ist voll") and str(target) in said["de"]
    assert said["es"].startswith("El disco está lleno") and str(target) in said["es"]
    saved = in_each(speak, lambda: failures.explain(full))
    assert "Alles, was zuvor gespeichert wurde, ist sicher." in saved["de"]
    assert "Todo lo guardado antes está a salvo." in saved["es"]
    for lang in LANGUAGES:
        assert "disk" not in said[lang].replace(str(target), "") and "disk" not in saved[lang]


@pytest.mark.parametrize(
    ("code", "de", "es"),
    [
        (errno.ENOSPC, "der Datenträger ist voll", "el disco está lleno"),
        (errno.EROFS, "der Datenträger ist schreibgeschützt", "el disco es de solo lectura"),
        (errno.EACCES, "keine Berechtigung", "permiso denegado"),
    ],
)
def test_the_reasons_a_file_cannot_be_written(speak, code, de, es):
    said = in_each(speak, lambda: failures.reason(OSError(code, "system words")))
    assert (said["de"], said["es"]) == (de, es)


def test_a_cancelled_export_and_a_file_that_is_no_export(speak, tmp_path):
    said = in_each(speak, lambda: str(export.ExportCancelled()))
    assert said["de"] == "Der Export wurde abgebrochen; es wurde keine Datei geschrieben."
    assert said["es"] == "Se canceló la exportación; no se escribió ningún archivo."
    source = tmp_path / "list.json"
    source.write_text('{"format": "something else"}', encoding="utf-8")

    def refusal() -> str:
        with pytest.raises(export.ExportError) as caught:
            export._load_document(source)
        return str(caught.value)

    said = in_each(speak, refusal)
    assert said["en"] == "list.json is not a RefDesk export."
    assert said["de"] == "list.json ist kein RefDesk-Export."
    assert said["es"] == "list.json no es una exportación de RefDesk."


def test_the_readme_inside_the_export_keeps_its_file_names(speak):
    counts = {model._meta.table_name: 1 for model in export.CSV_NAMES}
    when = dt.datetime(2026, 3, 2, 9, 30)
    said = in_each(speak, lambda: export._readme(counts, when))
    for lang in LANGUAGES:
        assert said[lang] != said["en"]
        assert "rows" not in said[lang] and "spreadsheet" not in said[lang]
        assert export.JSON_NAME in said[lang] and "2026-03-02 09:30" in said[lang]
        for name in export.CSV_NAMES.values():
            assert name in said[lang]
    assert "1 Zeile" in said["de"] and "Tabellenkalkulation" in said["de"]
    assert "1 fila" in said["es"] and "hoja de cálculo" in said["es"]


def test_a_database_from_a_newer_refdesk_is_refused_in_german_and_spanish(speak, data_dir, db_url):
    handle = open_database(db_url)
    handle.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('9999_from_the_future', '2030-01-01')")
    handle.close()

    def refusal() -> str:
        with pytest.raises(DatabaseProblem) as caught:
            open_database(db_url)
        return str(caught.value)

    said = in_each(speak, refusal)
    assert "newer version of RefDesk" in said["en"]
    assert "von einer neueren Version von RefDesk geschrieben" in said["de"]
    assert "Aktualisieren Sie RefDesk" in said["de"]
    assert "una versión más reciente de RefDesk" in said["es"]
    assert "Actualice RefDesk" in said["es"]


def test_a_damaged_backup_is_said_in_german_and_spanish(speak, tmp_path):
    fake = tmp_path / "refdesk-backup.sqlite3"
    fake.write_bytes(b"not a database at all")

    def refusal() -> str:
        with pytest.raises(backup.BackupError) as caught:
            backup.check_backup(fake)
        return str(caught.value)

    said = in_each(speak, refusal)
    assert said["de"] == (
        f"Die Sicherung {fake.name} ist beschädigt (sie ist keine SQLite-Datenbank). Es wurde nichts geändert."
    )
    assert said["es"] == (
        f"La copia de seguridad {fake.name} está dañada (no es una base de datos SQLite). No se cambió nada."
    )


def test_another_refdesk_holding_the_database(speak):
    path = Path("/data/refdesk.sqlite3")
    said = in_each(speak, lambda: str(DatabaseInUse(path, Holder(pid=42, kind="window"))))
    assert "dem RefDesk-Fenster (Prozess 42)" in said["de"] and "Taskleiste" in said["de"]
    assert "la ventana de RefDesk (proceso 42)" in said["es"] and "barra de tareas" in said["es"]
    for lang in LANGUAGES:
        assert "already in use" not in said[lang] and str(path) in said[lang]


def test_the_printed_conversations_to_have(speak):
    item = today.Conversation(1, "Ada Okafor", "Okafor & Co", 4, 0, "Accountants", "A new bakery")
    said = in_each(speak, lambda: today.conversations_html([item], TODAY))
    none = in_each(speak, lambda: today.conversations_html([], TODAY))
    assert "<h2 style='margin-bottom: 2pt'>Anstehende Gespräche</h2>" in said["de"]
    assert "<h2 style='margin-bottom: 2pt'>Conversaciones pendientes</h2>" in said["es"]
    for words in (
        "Partner",
        "Gegeben",
        "Erhalten",
        "Was der Partner von mir möchte",
        "Ideale Empfehlung für den Partner",
    ):
        assert f">{words}</th>" in said["de"]
    for words in ("Socio", "Dada", "Recibida", "Lo que el socio quiere de mí", "Recomendación ideal para el socio"):
        assert f">{words}</th>" in said["es"]
    for lang in LANGUAGES:
        for english in ("Conversations to have", "What they want", "Ideal referral", "Ask:", "most one-sided"):
            assert english not in said[lang]
        assert "one-way streets" not in none[lang] and none[lang] != none["en"]
        assert "Okafor &amp; Co" in said[lang]


def test_the_thanks_in_words(speak):
    said = in_each(speak, lambda: rate_words(4, 3))
    assert said["en"] == "3 of 4 · 75%"
    assert said["de"].startswith("3 von 4 · 75")
    assert said["es"].startswith("3 de 4 · 75")
    sentence = in_each(speak, lambda: Acknowledged(4, 3, 1).sentence())
    assert "Empfehlungen gegeben" in sentence["de"] and "in den letzten 12 Monaten" in sentence["de"]
    assert "recomendaciones" in sentence["es"] and "cliente potencial" in sentence["es"]
    nothing = in_each(speak, lambda: Acknowledged().sentence())
    for lang in LANGUAGES:
        assert "referral" not in sentence[lang] and "referral" not in nothing[lang]
