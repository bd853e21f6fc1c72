"""Today's content in one read, and the last known Today kept beside the database."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import stat

from refdesk import i18n
from refdesk.services import demo, rules
from refdesk.services import today as today_service

TODAY = dt.date(2026, 3, 10)
ASK = rules.ASK_AFTER_DAYS


def test_the_last_known_today_reads_back_as_it_was_kept(db, db_url, data_dir):
    demo.generate(partners=30, referrals=300, seed=3, today=TODAY)
    content = today_service.read(TODAY)
    assert content.follow_ups.total and content.thanks.total and content.streets  # the demo data owes things
    old_mask = os.umask(0)  # the most open umask
    try:
        today_service.save_last(data_dir, db_url, content)
    finally:
        os.umask(old_mask)
    kept = data_dir / today_service.LAST_FILE
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # it holds people's names, whatever the umask
    assert db_url.encode() not in kept.read_bytes()  # nor the address, which may hold a password
    again = today_service.load_last(data_dir, db_url, TODAY, ASK)
    assert again == content


def test_the_last_known_today_is_not_used_for_another_day_database_or_language(db, db_url, data_dir, monkeypatch):
    today_service.save_last(data_dir, db_url, today_service.read(TODAY))
    assert today_service.load_last(data_dir, db_url, TODAY, ASK) is not None
    assert today_service.load_last(data_dir, db_url, TODAY + dt.timedelta(days=1), ASK) is None  # "overdue" has moved
    assert today_service.load_last(data_dir, db_url + "-other", TODAY, ASK) is None
    assert today_service.load_last(data_dir, db_url, TODAY, ASK + 1) is None  # "ask how it went" set anew
    monkeypatch.setattr(rules, "CHECK_IN_DAYS", rules.CHECK_IN_DAYS + 1)  # Settings: another rule
    assert today_service.load_last(data_dir, db_url, TODAY, ASK) is None
    monkeypatch.undo()
    assert today_service.load_last(data_dir, db_url, TODAY, ASK) is not None
    monkeypatch.setattr(i18n, "language", lambda: "de")
    assert today_service.load_last(data_dir, db_url, TODAY, ASK) is None  # its sentences are in English
    assert today_service.load_last(data_dir / "elsewhere", db_url, TODAY, ASK) is None  # none kept there


def test_a_damaged_or_changed_file_is_not_used_and_cannot_run_code(db, db_url, data_dir):
    kept = data_dir / today_service.LAST_FILE
    today_service.save_last(data_dir, db_url, today_service.read(TODAY))
    kept.write_bytes(kept.read_bytes()[:100])  # cut short
    assert today_service.load_last(data_dir, db_url, TODAY, ASK) is None

    class Boom:
        def __reduce__(self):
            return (os.remove, (str(data_dir / "victim"),))

    (data_dir / "victim").write_text("still here")
    stamp = today_service._stamp(db_url, TODAY, ASK)
    kept.write_bytes(pickle.dumps((stamp, Boom())))
    assert today_service.load_last(data_dir, db_url, TODAY, ASK) is None
    assert (data_dir / "victim").read_text() == "still here"

    # a name reached through an allowed module: datetime's builtins, then eval
    def text(t: str) -> bytes:  # SHORT_BINUNICODE
        return b"\x8c" + bytes([len(t)]) + t.encode()

    # PROTO 4; datetime.__builtins__.get (STACK_GLOBAL); ("eval",) REDUCE; ("…",) REDUCE; STOP
    crafted = b"\x80\x04" + text("datetime") + text("__builtins__.get") + b"\x93" + text("eval") + b"\x85R"
    crafted += text("__import__('os').getpid()") + b"\x85R."
    assert pickle.loads(crafted) == os.getpid()  # what it would do, unchecked
    kept.write_bytes(crafted)
    assert today_service.load_last(data_dir, db_url, TODAY, ASK) is None


def test_keeping_it_on_a_read_only_folder_only_logs(db, db_url, tmp_path, caplog):
    folder = tmp_path / "missing" / "folder"  # cannot be written: its parent does not exist
    today_service.save_last(folder, db_url, today_service.read(TODAY))
    assert "could not keep the last Today" in caplog.text
