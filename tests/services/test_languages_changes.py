"""What services say in the language spoken: the change descriptions the Edit menu's "Undo …" and the
status bar show, the default note templates (a stored template never changes), the check's words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from refdesk.db.models import Direction, Partner, Referral, ReferralStatus, Stage, ThankMethod, ThankStatus
from refdesk.services import integrity, templates, thanks
from refdesk.services import partners as ps
from refdesk.services import referrals as rs
from refdesk.services.importer.history import import_change

TODAY = dt.date(2026, 3, 2)


CHANGES = {
    "en": [
        "Add partner Ada Okafor",
        "Edit Ada Okafor",
        "Log referral from Ada Okafor",
        "Mark referral as won",
        "The partner thanked me",
        "Add meeting with Ada Okafor",
        "Mark 2 thank-yous sent",
        "Set method of 2 thank-yous to gift",
        "Move Ada Okafor to Credibility",
        "Merge Bo Ek into Ada Okafor",
    ],
    "de": [
        "Partner Ada Okafor hinzufügen",
        "Ada Okafor bearbeiten",
        "Empfehlung von Ada Okafor erfassen",
        "Empfehlung als gewonnen markieren",
        "Der Partner hat sich bedankt",
        "Treffen mit Ada Okafor hinzufügen",
        "2 Danksagungen als versandt markieren",
        "Art von 2 Danksagungen auf Geschenk setzen",
        "Ada Okafor auf Glaubwürdigkeit setzen",
        "Bo Ek mit Ada Okafor zusammenführen",
    ],
    "es": [
        "Añadir socio Ada Okafor",
        "Editar a Ada Okafor",
        "Registrar recomendación de Ada Okafor",
        "Marcar recomendación como ganada",
        "El socio me dio las gracias",
        "Añadir reunión con Ada Okafor",
        "Marcar 2 agradecimientos como enviados",
        "Cambiar la forma de 2 agradecimientos a regalo",
        "Pasar a Ada Okafor a Credibilidad",
        "Fusionar Bo Ek con Ada Okafor",
    ],
}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_change_descriptions_speak_the_language(db, speak, lang):
    speak(lang)
    said = []
    change = ps.create_partner(ps.PartnerData(name="Ada Okafor"))
    said.append(change.text)
    ada = change.id
    said.append(ps.update_partner(ada, ps.PartnerData(name="Ada Okafor", company="Okafor Realty")).text)
    given = rs.create_referral(
        rs.ReferralData(date=TODAY, direction=Direction.GIVEN, partner_id=ada, prospect_name="Pat Prospect")
    )
    said.append(
        rs.create_referral(
            rs.ReferralData(date=TODAY, direction=Direction.RECEIVED, partner_id=ada, prospect_name="Sam")
        ).text
    )
    said.append(rs.set_status(given.id, ReferralStatus.WON, today=TODAY).text)
    said.append(rs.set_thanked(given.id, "partner", today=TODAY).text)
    said.append(ps.add_meeting(ada, ps.MeetingData(date=TODAY)).text)
    ids = [thanks.add_thank_you(ada, today=TODAY).id for _round in range(2)]
    said.append(thanks.set_status(ids, ThankStatus.SENT, today=TODAY).text)
    said.append(thanks.set_method(ids, ThankMethod.GIFT).text)
    said.append(ps.set_stage(ada, Stage.CREDIBILITY).text)
    bo = Partner.create(name="Bo Ek").id
    said.append(ps.merge_partners(ada, bo).text)
    assert said == CHANGES[lang]


def test_an_import_change_and_its_question_speak_the_language(db, speak):
    from refdesk.db.models import ImportBatch

    batch = ImportBatch.create(file="/home/sam/google.csv", format="google", encoding="utf-8", created=3, merged=1)
    speak("de")
    change = import_change(batch.id)
    assert change.text == "google.csv importieren"
    assert change.confirm_undo.startswith("Den Import von google.csv (")
    assert (
        "die 3 Partner entfernt, die er angelegt hat" in change.confirm_undo
        and "bei 1 Partner ergänzt" in change.confirm_undo
    )


@pytest.mark.parametrize(
    ("lang", "start", "subject"),
    [
        (
            "en",
            "Dear Ada,\n\nGood news: the work with Jane Doe went ahead, ",
            "Thank you: the referral became business",
        ),
        ("de", "Hallo Ada,\n\ngute Nachrichten: Der Auftrag mit Jane Doe ist zustande gekommen, ", "Vielen Dank: Aus"),
        ("es", "Hola, Ada:\n\nBuenas noticias: el trabajo con Jane Doe salió adelante, ", "Gracias: la recomendación"),
    ],
)
def test_default_templates_speak_the_owners_language(db, speak, lang, start, subject):
    ada = Partner.create(name="Dr. Ada Okafor")
    ref = Referral.create(
        date=TODAY,
        direction=Direction.RECEIVED,
        partner=ada,
        prospect_name="Jane Doe",
        prospect_need="kitchen remodel",
        status=ReferralStatus.WON,
        closed_value=Decimal("1200"),
        currency="EUR",
    )
    speak(lang)
    values = templates.values_for(ada.name, ref.id, "Sam Seller")
    business = {"en": "of business (kitchen remodel)", "de": "Umsatz (kitchen remodel)", "es": "de negocio"}[lang]
    assert business in values["business"]
    for kind in templates.KINDS:
        templates.check(templates.DEFAULTS[kind])  # every translated default is a valid template
        assert templates.fill(templates.DEFAULTS[kind], values).endswith("Sam Seller")
    note = templates.draft(templates.CLOSED_BUSINESS, templates.DEFAULTS[templates.CLOSED_BUSINESS], values)
    assert note.body.startswith(start) and note.subject.startswith(subject)
    stored = "Hi $first_name, thanks for $prospect!\n$my_name"  # the owner's own: never translated
    assert (
        templates.draft(templates.REFERRAL_RECEIVED, stored, values).body == "Hi Ada, thanks for Jane Doe!\nSam Seller"
    )
    if lang != "en":
        assert "Dear" not in templates.DEFAULTS[templates.REFERRAL_RECEIVED]
        assert "first name" not in templates.PLACEHOLDERS["first_name"]
        with pytest.raises(templates.TemplateError) as refused:
            templates.check("Hallo $vorname")
        assert "is not a placeholder" not in str(refused.value) and "$vorname" in str(refused.value)


def test_the_checks_words_speak_the_language(tmp_path, speak):
    report = integrity.Report(tmp_path / "refdesk.db", ["row 3 missing from index x"] * 2, [("referral", 4, "partner")])
    speak("de")
    assert integrity.count_words(report.problems) == "2 Probleme"
    assert report.summary().endswith("hat in refdesk.db 3 Probleme gefunden: Die Datenbank ist beschädigt.")
    assert report.findings() == [
        "2 Probleme in den Indizes, mit denen SQLite Zeilen schnell findet, daher könnten Listen und Suchen "
        "einige Zeilen übersehen oder doppelt zeigen.",
        "1 Empfehlung verweist auf einen Eintrag, der nicht mehr da ist (Partner).",
    ]
    speak("es")
    assert integrity.count_words(report.problems * 60) == "al menos 120 problemas"


@pytest.mark.parametrize(
    ("lang", "unknown_year", "with_year"),
    [
        ("en", "Birthday: May 14", "Birthday: May 14, 1980"),
        ("de", "Geburtstag: 14. Mai", "Geburtstag: 14. Mai 1980"),
        ("es", "Cumpleaños: 14 de mayo", "Cumpleaños: 14 de mayo de 1980"),
    ],
)
def test_an_imported_birthday_is_written_in_the_language_and_format_of_the_import(speak, lang, unknown_year, with_year):
    from refdesk.services.importer.contacts import birthday_text

    speak(lang)
    assert birthday_text("--05-14") == unknown_year
    assert birthday_text("1980-05-14") == with_year
    assert birthday_text("0/0/00") == ""


@pytest.mark.parametrize(
    ("lang", "fields"),
    [
        ("en", "follow-up date, what they need"),
        ("de", "bedarf, datum zum nachfassen"),
        ("es", "fecha de seguimiento, qué necesita"),
    ],
)
def test_what_someone_else_changed_is_named_in_the_language(db, speak, lang, fields):
    """A conflict names the fields someone else changed in words of the language spoken (the
    conflict dialog shows these labels as they are)."""
    from refdesk.services.concurrency import Conflict, save_checked, snapshot

    speak(lang)
    p = Partner.create(name="Ada Okafor")
    r = Referral.create(date=dt.date(2026, 3, 1), direction=Direction.GIVEN, partner=p, prospect_name="Ben")
    mine, theirs = Referral.get_by_id(r.id), Referral.get_by_id(r.id)
    version, loaded = mine.version, snapshot(mine)
    theirs.follow_up_date, theirs.prospect_need = dt.date(2026, 3, 9), "A new roof"
    save_checked(theirs, version)
    mine.notes = "Called"
    with pytest.raises(Conflict) as info:
        save_checked(mine, version, original=loaded)
    labels = ", ".join(sorted(c.label.lower() for c in info.value.changes))
    assert labels == fields
    assert all(f in str(info.value).lower() for f in fields.split(", "))
