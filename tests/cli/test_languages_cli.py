"""The command line speaks the language asked for: ``--lang``, else ``LANG`` (German, Spanish, English)."""

from __future__ import annotations

import os

from tests.conftest import run_refdesk


def _env(**changes) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("REFDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(changes)
    return env


def test_lang_chooses_the_language_of_info(data_dir):
    german = run_refdesk("--lang", "de", "info")
    assert german.returncode == 0, german.stderr
    assert "Datenordner:" in german.stdout and "Danksagungen:" in german.stdout
    spanish = run_refdesk("info", "--lang", "es")  # after the subcommand too
    assert "Carpeta de datos:" in spanish.stdout and "Agradecimientos:" in spanish.stdout


def test_lang_from_the_environment_and_english_otherwise(data_dir):
    result = run_refdesk("info", env=_env(LANG="es_ES.UTF-8"))
    assert "Carpeta de datos:" in result.stdout and result.stderr == ""
    result = run_refdesk("info", env=_env(LANG="fr_FR.UTF-8"))  # not spoken: English, without a warning
    assert "Data folder:" in result.stdout and result.stderr == ""
    result = run_refdesk("--lang", "en", "info", env=_env(LANG="de_DE.UTF-8"))
    assert "Data folder:" in result.stdout


def test_stats_speaks_german_and_spanish(db, data_dir):
    from refdesk.services import demo

    demo.generate(partners=10, referrals=60, seed=2)
    db.close()
    german = run_refdesk("--lang", "de", "stats", env=_env(REFDESK_LOCALE="de_DE"))
    assert german.returncode == 0, german.stderr
    lines = german.stdout.splitlines()
    assert lines[0].startswith("RefDesk-Statistik vom ")
    assert lines[1].startswith("Gezählt in den letzten 12 Monaten (dieser Monat bisher und die 11 ganzen Monate davor)")
    assert "Monat" in lines[7] and "Gegeben" in lines[7] and "Laufend" in lines[7]
    assert "Saldo je Partner (größter zuerst)" in lines and "Fälliges Nachfassen: " in german.stdout
    assert "Kontakt überfällig: " in german.stdout and "Nächste Schritte fällig: " in german.stdout
    spanish = run_refdesk("--lang", "es", "stats", env=_env(REFDESK_LOCALE="es_ES"))
    assert spanish.stdout.startswith("Estadísticas de RefDesk del ")
    assert (
        "Contacto atrasado: " in spanish.stdout
        and "Próximos pasos pendientes: " in spanish.stdout
        and "Consultas pendientes: " in spanish.stdout
    )
    english = run_refdesk("stats")
    assert (
        english.stdout.startswith("RefDesk statistics for ")
        and "Overdue for contact: " in english.stdout
        and "Next steps due: " in english.stdout
    )
