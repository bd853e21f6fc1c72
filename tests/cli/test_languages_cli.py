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
