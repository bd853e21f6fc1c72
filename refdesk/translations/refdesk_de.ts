<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and money</source>
        <translation>Sprache und Geld</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Die des Systems (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of RefDesk&apos;s words, and the way dates and amounts are written. It changes when RefDesk starts again.</source>
        <translation>Die Sprache von RefDesk und wie Datumsangaben und Beträge geschrieben werden. Sie wechselt beim nächsten Start von RefDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>%1 (from your locale)</source>
        <translation>%1 (aus Ihrem Gebietsschema)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source>The three-letter code (EUR, USD, GBP…) a new referral&apos;s value is in, and the Charts page&apos;s values. Empty: your locale&apos;s currency.</source>
        <translation>Der dreibuchstabige Code (EUR, USD, GBP…) für den Wert einer neuen Empfehlung und die Werte der Diagramme. Leer: die Währung Ihres Gebietsschemas.</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Standard&amp;währung:</translation>
    </message>
    <message>
        <source>Your practice&apos;s rules</source>
        <translation>Die Regeln Ihrer Praxis</translation>
    </message>
    <message>
        <source>&amp;Follow up after:</source>
        <translation>&amp;Nachfassen nach:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>A new referral&apos;s follow-up with both parties falls due this many days after it.</source>
        <translation>Das Nachfassen bei beiden Seiten einer neuen Empfehlung ist so viele Tage danach fällig.</translation>
    </message>
    <message>
        <source>&amp;Thank-you due after:</source>
        <translation>&amp;Dank fällig nach:</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Dank fällig</translation>
    </message>
    <message>
        <source>A thank-you falls due this many days after the referral (or the closed business) it is for. Thank-yous already owed keep their dates.</source>
        <translation>Ein Dank ist so viele Tage nach der Empfehlung (oder dem Abschluss) fällig, für die er ist. Bereits offene Danksagungen behalten ihr Datum.</translation>
    </message>
    <message>
        <source>Check-&amp;in every:</source>
        <translation>&amp;Standortgespräch alle:</translation>
    </message>
    <message>
        <source>Standing check-in</source>
        <translation>Standortgespräch</translation>
    </message>
    <message>
        <source>A standing check-in falls due when the last one is more than this many days old (Today, Partners and refdesk stats).</source>
        <translation>Ein Standortgespräch ist fällig, wenn das letzte mehr als so viele Tage zurückliegt (Heute, Partner und refdesk stats).</translation>
    </message>
    <message>
        <source>Gone &amp;quiet after:</source>
        <translation>S&amp;till nach:</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Still geworden</translation>
    </message>
    <message>
        <source>A partner has gone quiet after this many days without a meeting or a referral (Today and refdesk stats).</source>
        <translation>Ein Partner ist still geworden nach so vielen Tagen ohne Treffen oder Empfehlung (Heute und refdesk stats).</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>From %1 to %2 days.</source>
        <translation>Von %1 bis %2 Tage.</translation>
    </message>
    <message>
        <source>Printing and appearance</source>
        <translation>Drucken und Aussehen</translation>
    </message>
    <message>
        <source>From your locale (%1)</source>
        <translation>Aus Ihrem Gebietsschema (%1)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Checklist paper</source>
        <translation>Papier der Checkliste</translation>
    </message>
    <message>
        <source>The paper the thank-you checklist is printed on, or saved as a PDF on.</source>
        <translation>Das Papier, auf dem die Dank-Checkliste gedruckt oder als PDF gespeichert wird.</translation>
    </message>
    <message>
        <source>Checklist &amp;paper:</source>
        <translation>&amp;Papier der Checkliste:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Light or dark windows, charts and icons; by default as the system is.</source>
        <translation>Helle oder dunkle Fenster, Diagramme und Symbole; standardmäßig wie das System.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aussehen:</translation>
    </message>
    <message>
        <source>A new language applies when RefDesk starts again; the rest at once.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RefDesk, alles andere sofort.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Put every setting here back as RefDesk comes (nothing is saved until you press Save)</source>
        <translation>Alle Einstellungen hier auf den Auslieferungszustand zurücksetzen (gespeichert wird erst mit Speichern)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Alt+Down or F4 opens the calendar</source>
        <translation>Alt+Ab oder F4 öffnet den Kalender</translation>
    </message>
    <message>
        <source>; Delete empties it</source>
        <translation>; Entf leert es</translation>
    </message>
    <message>
        <source>Optional; “%1” when empty</source>
        <translation>Optional; „%1“, wenn leer</translation>
    </message>
    <message>
        <source>%1 needs a date</source>
        <translation>%1 braucht ein Datum</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1: Kalender</translation>
    </message>
    <message>
        <source>Arrow keys choose the day, Ctrl+Page Up and Page Down the month; Enter takes it, Esc puts the date back</source>
        <translation>Pfeiltasten wählen den Tag, Strg+Bild auf/ab den Monat; Eingabe übernimmt, Esc stellt das Datum zurück</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved.</source>
        <translation>Was Sie in dieses Formular eingegeben haben, ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed</source>
        <translation>Das Formular schließen und die Eingaben verwerfen</translation>
    </message>
    <message>
        <source>Go back to the form (Esc)</source>
        <translation>Zurück zum Formular (Esc)</translation>
    </message>
</context>
</TS>
