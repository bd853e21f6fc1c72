<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AskSection</name>
    <message>
        <source> · prospect thanked</source>
        <translation> · Interessent hat gedankt</translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation>Nachfragen, wie es lief</translation>
    </message>
    <message>
        <source>Partner &amp;thanked me</source>
        <translation>Partner hat mir &amp;gedankt</translation>
    </message>
    <message>
        <source>The partner has thanked you for the selected referral: record it today (Ctrl+H; undo with Ctrl+Z)</source>
        <translation>Der Partner hat sich für die gewählte Empfehlung bedankt: heute festhalten (Strg+H; rückgängig mit Strg+Z)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to ask: every partner you gave a referral to more than %n day(s) ago has thanked you. When one has not, RefDesk lists it here so you can ask how it went.</source>
        <translation>
            <numerusform>Nichts nachzufragen: Jeder Partner, dem Sie vor mehr als %n Tag eine Empfehlung gaben, hat sich bedankt. Wenn einer es nicht tut, listet RefDesk ihn hier, damit Sie nachfragen können.</numerusform>
            <numerusform>Nichts nachzufragen: Jeder Partner, dem Sie vor mehr als %n Tagen eine Empfehlung gaben, hat sich bedankt. Wenn einer es nicht tut, listet RefDesk ihn hier, damit Sie nachfragen können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you gave the referral: listed once the partner has not thanked you for %n day(s) (Edit → Settings…)</source>
        <translation>
            <numerusform>Wann Sie die Empfehlung gegeben haben: aufgeführt, sobald der Partner sich %n Tag lang nicht bedankt hat (Bearbeiten → Einstellungen…)</numerusform>
            <numerusform>Wann Sie die Empfehlung gegeben haben: aufgeführt, sobald der Partner sich %n Tage lang nicht bedankt hat (Bearbeiten → Einstellungen…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner thanked me</source>
        <translation>Partner hat mir gedankt</translation>
    </message>
    <message>
        <source>Noted: %1 thanked you. Undo with Ctrl+Z.</source>
        <translation>Notiert: %1 hat Ihnen gedankt. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>RefDesk backs up your database each day you open it, and before an upgrade. It keeps the newest %1 backups and one for each of the last %2 weeks and %3 months; each is checked when it is made, and one that is not sound is never kept. Restoring a backup replaces your current data with it; RefDesk first saves what you have now as one more backup, so you can change your mind.</source>
        <translation>RefDesk sichert Ihre Datenbank an jedem Tag, an dem Sie es öffnen, und vor einem Update. Es behält die neuesten %1 Sicherungen und je eine für jede der letzten %2 Wochen und %3 Monate; jede wird beim Anlegen geprüft, und eine fehlerhafte wird nie behalten. Eine Sicherung wiederherzustellen ersetzt Ihre aktuellen Daten durch sie; RefDesk speichert vorher Ihren jetzigen Stand als weitere Sicherung, sodass Sie es sich anders überlegen können.</translation>
    </message>
    <message>
        <source>No backups yet.

RefDesk makes one automatically each day it starts. Click “Back up now” to make one at once.</source>
        <translation>Noch keine Sicherungen.

RefDesk legt an jedem Tag, an dem es startet, automatisch eine an. Klicken Sie auf „Jetzt sichern“, um sofort eine anzulegen.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your current data with the selected backup (asks first)</source>
        <translation>Ihre aktuellen Daten durch die gewählte Sicherung ersetzen (fragt vorher)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder now</source>
        <translation>Die Datenbank jetzt in den Sicherungsordner kopieren</translation>
    </message>
    <message>
        <source>&amp;Open backup folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show %1 in your file manager</source>
        <translation>%1 im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created: %2</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>A team database on a server is backed up by exporting it.</source>
        <translation>Eine Team-Datenbank auf einem Server sichern Sie, indem Sie sie exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln Empfehlung</numerusform>
            <numerusform>%Ln Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thank-you(s)</source>
        <translation>
            <numerusform>%Ln Danksagung</numerusform>
            <numerusform>%Ln Danksagungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1 (%2)?

Everything entered since then will be replaced. RefDesk first saves your current data as a new backup, so you can go back to it from this list.</source>
        <translation>Ihre aktuellen Daten durch die Sicherung vom %1 (%2) ersetzen?

Alles, was seitdem eingegeben wurde, wird ersetzt. RefDesk speichert Ihre aktuellen Daten vorher als neue Sicherung, sodass Sie über diese Liste zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <source>Backups can only be restored into a database file.</source>
        <translation>Sicherungen lassen sich nur in eine Datenbankdatei wiederherstellen.</translation>
    </message>
    <message>
        <source>The damaged database was kept as it was, as %1, in case anything is to be salvaged from it.</source>
        <translation>Die beschädigte Datenbank wurde unverändert als %1 aufbewahrt, falls daraus noch etwas zu retten ist.</translation>
    </message>
    <message>
        <source>Your data from before is kept as the backup “%1”.</source>
        <translation>Ihre bisherigen Daten bleiben als Sicherung „%1“ erhalten.</translation>
    </message>
    <message>
        <source>The backup from %1 was restored.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Backup from %1 restored</source>
        <translation>Sicherung vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup could not be made: %1 (details are in the log file)</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1 (Einzelheiten stehen in der Protokolldatei)</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>This file cannot be read: it is damaged and cannot be restored.</source>
        <translation>Diese Datei kann nicht gelesen werden: Sie ist beschädigt und lässt sich nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message numerus="yes">
        <source>%n partner(s) with the largest imbalance, given − received: %1.</source>
        <translation>
            <numerusform>%n Partner mit dem größten Ungleichgewicht, gegeben − erhalten: %1.</numerusform>
            <numerusform>%n Partner mit dem größten Ungleichgewicht, gegeben − erhalten: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which months the charts cover</source>
        <translation>Welche Monate die Diagramme zeigen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From which date (custom range)</source>
        <translation>Ab welchem Datum (eigener Zeitraum)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>To which date (custom range)</source>
        <translation>Bis zu welchem Datum (eigener Zeitraum)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Chart all partners together, or one partner (type to search)</source>
        <translation>Alle Partner zusammen oder einen Partner zeigen (tippen zum Suchen)</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <source>No referrals yet, so there is nothing to chart.

Log the referrals you give and receive on the Referrals page, and these charts will show, month by month, whether each partnership is a two-way street.</source>
        <translation>Noch keine Empfehlungen, also gibt es nichts zu zeigen.

Erfassen Sie auf der Seite Empfehlungen, welche Sie geben und erhalten, und diese Diagramme zeigen Monat für Monat, ob jede Partnerschaft auf Gegenseitigkeit beruht.</translation>
    </message>
    <message>
        <source>Go to &amp;Referrals</source>
        <translation>Zu den &amp;Empfehlungen</translation>
    </message>
    <message>
        <source>Open the referral log (Ctrl+3)</source>
        <translation>Das Empfehlungsprotokoll öffnen (Strg+3)</translation>
    </message>
    <message>
        <source>Go to Referrals</source>
        <translation>Zu den Empfehlungen</translation>
    </message>
    <message>
        <source>%1 (top %2)</source>
        <translation>%1 (Top %2)</translation>
    </message>
    <message>
        <source>Running balance with %1</source>
        <translation>Laufender Saldo mit %1</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>SQLite reads the whole file and compares every index with its table. A big database takes a few seconds; you can keep working meanwhile.</source>
        <translation>SQLite liest die ganze Datei und vergleicht jeden Index mit seiner Tabelle. Bei einer großen Datenbank dauert das einige Sekunden; Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>See the backups and restore one</source>
        <translation>Die Sicherungen ansehen und eine wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 is sound</source>
        <translation>%1 ist in Ordnung</translation>
    </message>
    <message>
        <source>Every page of the file can be read, every index matches its table, and every referral, meeting and thank-you belongs to a partner that is there.</source>
        <translation>Jede Seite der Datei ist lesbar, jeder Index passt zu seiner Tabelle, und jede Empfehlung, jedes Treffen und jedes Dankeschön gehört zu einem vorhandenen Partner.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <source>RefDesk keeps it read-only until you restore a backup.</source>
        <translation>RefDesk hält sie schreibgeschützt, bis Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The check could not run</source>
        <translation>Die Prüfung konnte nicht laufen</translation>
    </message>
    <message>
        <source>A team database on a server is looked after by the server itself: there is no file to check.</source>
        <translation>Um eine Team-Datenbank auf einem Server kümmert sich der Server selbst: Es gibt keine Datei zu prüfen.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in with %1</source>
        <translation>Standortgespräch mit %1</translation>
    </message>
    <message>
        <source>Standing check-in</source>
        <translation>Standortgespräch</translation>
    </message>
    <message>
        <source>Ask them, on purpose, where you stand: how willing are they to refer you, and how far would they go?</source>
        <translation>Fragen Sie gezielt nach, wo Sie stehen: Wie bereit ist der Partner, Sie zu empfehlen, und wie weit würde er gehen?</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Datum des Standortgesprächs</translation>
    </message>
    <message>
        <source>When you asked them (not in the future)</source>
        <translation>Wann Sie nachgefragt haben (nicht in der Zukunft)</translation>
    </message>
    <message>
        <source>Willingness to refer (slider)</source>
        <translation>Empfehlungsbereitschaft (Schieberegler)</translation>
    </message>
    <message>
        <source>0: would never refer you. 10: already looking for people to send you</source>
        <translation>0: würde Sie nie empfehlen. 10: sucht schon nach Leuten, die er Ihnen schicken kann</translation>
    </message>
    <message>
        <source>Willingness to refer, 0 to 10</source>
        <translation>Empfehlungsbereitschaft, 0 bis 10</translation>
    </message>
    <message>
        <source>Their answer, 0 to 10 (Up and Down change it)</source>
        <translation>Die Antwort, 0 bis 10 (Pfeil hoch und runter ändern sie)</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>How far they would go: not refer, recommend you, or introduce you in person</source>
        <translation>Wie weit der Partner gehen würde: nicht empfehlen, Sie weiterempfehlen oder Sie persönlich vorstellen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Willingness</source>
        <translation>&amp;Bereitschaft</translation>
    </message>
    <message>
        <source>0: would never refer you. 10: already looking for people to send you.</source>
        <translation>0: würde Sie nie empfehlen. 10: sucht schon nach Leuten, die er Ihnen schicken kann.</translation>
    </message>
    <message>
        <source>&amp;Comfort</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <source>Recommend: they tell people to call you. Introduce: they connect you in person.</source>
        <translation>Empfehlen: Der Partner rät Leuten, Sie anzurufen. Vorstellen: Er bringt Sie persönlich zusammen.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>ChecklistPreview</name>
    <message>
        <source>Owed</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Owed and written, not sent</source>
        <translation>Offen und geschrieben, nicht versandt</translation>
    </message>
    <message>
        <source>Written, not sent</source>
        <translation>Geschrieben, nicht versandt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Thank-you checklist</source>
        <translation>Checkliste der Danksagungen</translation>
    </message>
    <message>
        <source>Print thank-you checklist</source>
        <translation>Checkliste der Danksagungen drucken</translation>
    </message>
    <message>
        <source>Notes to list</source>
        <translation>Aufzuführende Danksagungen</translation>
    </message>
    <message>
        <source>Which thank-you notes the checklist lists</source>
        <translation>Welche Danksagungen die Checkliste aufführt</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Danksagungen:</translation>
    </message>
    <message>
        <source>The checklist could not be printed: %1</source>
        <translation>Die Checkliste konnte nicht gedruckt werden: %1</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.tsv *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.tsv *.txt);;CSV-Dateien (*.csv);;vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, LinkedIn or HubSpot, a spreadsheet saved as CSV, or a vCard (.vcf) file from your phone. You can also drop the file on this window.</source>
        <translation>Aus Google Kontakte, Outlook, LinkedIn oder HubSpot exportierte Kontakte, eine als CSV gespeicherte Tabelle oder eine vCard-Datei (.vcf) von Ihrem Telefon. Sie können die Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>The contacts file (.csv or .vcf)</source>
        <translation>Die Kontaktdatei (.csv oder .vcf)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Type or paste the path of the file, or use Browse…</source>
        <translation>Geben Sie den Pfad der Datei ein, fügen Sie ihn ein oder wählen Sie Durchsuchen…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Pick the contacts file (Alt+W)</source>
        <translation>Die Kontaktdatei auswählen (Alt+D)</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Nach der Datei suchen</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>Drop a contacts file here
(.csv, .vcf, .tsv or .txt)</source>
        <translation>Kontaktdatei hierher ziehen
(.csv, .vcf, .tsv oder .txt)</translation>
    </message>
    <message>
        <source>Drop area for a contacts file</source>
        <translation>Ablagefläche für eine Kontaktdatei</translation>
    </message>
    <message>
        <source>How to export: Google Contacts → Export → Google CSV; Outlook → Manage contacts → Export; LinkedIn → Settings → Data privacy → Get a copy of your data → Connections; iPhone/Android → share or export contacts as vCard.</source>
        <translation>So exportieren Sie: Google Kontakte → Exportieren → Google CSV; Outlook → Kontakte verwalten → Exportieren; LinkedIn → Einstellungen → Datenschutz → Kopie Ihrer Daten anfordern → Kontakte; iPhone/Android → Kontakte als vCard teilen oder exportieren.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Nothing has been imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ComingUpSection</name>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s), and nothing overdue. Follow-ups, thank-yous, check-ins, meeting next steps and stay-in-touch dates appear here a week ahead.</source>
        <translation>
            <numerusform>Am nächsten Tag ist nichts fällig, und nichts ist überfällig. Nachfassen, Danksagungen, Standortgespräche, nächste Schritte aus Treffen und Kontakttermine erscheinen hier eine Woche im Voraus.</numerusform>
            <numerusform>In den nächsten %n Tagen ist nichts fällig, und nichts ist überfällig. Nachfassen, Danksagungen, Standortgespräche, nächste Schritte aus Treffen und Kontakttermine erscheinen hier eine Woche im Voraus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 — Someone else saved this first</source>
        <translation>%1 — Jemand anderes hat zuerst gespeichert</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translation>Bearbeitungskonflikt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Was Sie gesehen haben</translation>
    </message>
    <message>
        <source>Your version (not saved yet)</source>
        <translation>Ihre Fassung (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Deren Fassung (gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>Deren Fassung &amp;laden</translation>
    </message>
    <message>
        <source>Show what is saved now; where you both changed a field theirs is kept, your other edits stay on screen</source>
        <translation>Zeigen, was jetzt gespeichert ist; wo Sie beide ein Feld geändert haben, bleibt deren Fassung, Ihre übrigen Änderungen bleiben auf dem Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit meiner Fassung ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Save your version over theirs; their changes to these fields are lost</source>
        <translation>Ihre Fassung über deren speichern; deren Änderungen an diesen Feldern gehen verloren</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Close this message and keep your edits on screen, unsaved (Esc)</source>
        <translation>Diese Meldung schließen und Ihre Änderungen ungespeichert auf dem Bildschirm behalten (Esc)</translation>
    </message>
    <message>
        <source>Leave it as they saved it and show their version</source>
        <translation>So lassen, wie es gespeichert wurde, und deren Fassung zeigen</translation>
    </message>
    <message>
        <source>&amp;Do it anyway</source>
        <translation>&amp;Trotzdem ausführen</translation>
    </message>
    <message>
        <source>“%1” on their version, over what they changed</source>
        <translation>„%1“ auf deren Fassung, über deren Änderungen hinweg</translation>
    </message>
    <message>
        <source>“%1” was not done: someone else deleted this %2 after your list was loaded.

Nothing of yours was saved. The list now shows what is saved.</source>
        <translation>„%1“ wurde nicht ausgeführt: Jemand anderes hat diesen Eintrag (%2) gelöscht, nachdem Ihre Liste geladen wurde.

Von Ihnen wurde nichts gespeichert. Die Liste zeigt jetzt, was gespeichert ist.</translation>
    </message>
    <message>
        <source>%1

Nothing was saved. Close the item, or keep editing.</source>
        <translation>%1

Es wurde nichts gespeichert. Schließen Sie den Eintrag, oder bearbeiten Sie weiter.</translation>
    </message>
    <message>
        <source>The item no longer exists, so there is nothing to overwrite</source>
        <translation>Den Eintrag gibt es nicht mehr, es gibt also nichts zu überschreiben</translation>
    </message>
    <message>
        <source>&amp;Close the item</source>
        <translation>Eintrag &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>“%1” was not done: someone else changed this %2 after your list was loaded, and RefDesk does not overwrite their change without asking.

Nothing of yours was saved. Keep their version (the list shows it), or do it anyway.</source>
        <translation>„%1“ wurde nicht ausgeführt: Jemand anderes hat diesen Eintrag (%2) geändert, nachdem Ihre Liste geladen wurde, und RefDesk überschreibt deren Änderung nicht ohne Rückfrage.

Von Ihnen wurde nichts gespeichert. Behalten Sie deren Fassung (die Liste zeigt sie), oder führen Sie es trotzdem aus.</translation>
    </message>
    <message>
        <source>%1

Nothing was saved yet. Reload to see their version (where you both changed a field, theirs is kept; your other edits stay on screen), or overwrite to save yours over theirs.</source>
        <translation>%1

Es wurde noch nichts gespeichert. Laden Sie deren Fassung (wo Sie beide ein Feld geändert haben, bleibt deren; Ihre übrigen Änderungen bleiben auf dem Bildschirm), oder überschreiben Sie sie mit Ihrer.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Mit einer Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>Work on a RefDesk database that your team shares on a PostgreSQL server. Whoever looks after the server can tell you these details.</source>
        <translation>Arbeiten Sie mit einer RefDesk-Datenbank, die Ihr Team auf einem PostgreSQL-Server teilt. Wer den Server betreut, kann Ihnen diese Angaben nennen.</translation>
    </message>
    <message>
        <source>e.g. server.office.lan or 192.168.1.20</source>
        <translation>z. B. server.buero.lan oder 192.168.1.20</translation>
    </message>
    <message>
        <source>leave empty to use the saved password</source>
        <translation>leer lassen für das gespeicherte Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Kept by your operating system&apos;s password store, not in RefDesk&apos;s settings</source>
        <translation>Wird im Passwortspeicher Ihres Betriebssystems aufbewahrt, nicht in den Einstellungen von RefDesk</translation>
    </message>
    <message>
        <source>No system keyring was found, so RefDesk will ask for the password next time</source>
        <translation>Es wurde kein Schlüsselbund des Systems gefunden; RefDesk fragt daher beim nächsten Mal wieder nach dem Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>Der Name oder die Adresse des PostgreSQL-Servers</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL&apos;s usual one is 5432)</source>
        <translation>Der Port des Servers (bei PostgreSQL üblicherweise 5432)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>The name of the shared database on that server</source>
        <translation>Der Name der gemeinsamen Datenbank auf diesem Server</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Your user name on the database server</source>
        <translation>Ihr Benutzername auf dem Datenbankserver</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Your password on the database server</source>
        <translation>Ihr Passwort auf dem Datenbankserver</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect and show the team&apos;s partners and referrals</source>
        <translation>Verbinden und die Partner und Empfehlungen des Teams zeigen</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the database server again now</source>
        <translation>Jetzt erneut versuchen, den Datenbankserver zu erreichen</translation>
    </message>
    <message>
        <source>The team database server %1 cannot be reached. RefDesk keeps trying every few seconds and carries on as soon as it is back. Until then, changes cannot be saved.</source>
        <translation>Der Datenbankserver des Teams %1 ist nicht erreichbar. RefDesk versucht es alle paar Sekunden erneut und macht weiter, sobald er wieder da ist. Bis dahin lassen sich keine Änderungen speichern.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Add another email address</source>
        <translation>Eine weitere E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Add another phone number</source>
        <translation>Eine weitere Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>One email address; empty lines are left out</source>
        <translation>Eine E-Mail-Adresse; leere Zeilen werden weggelassen</translation>
    </message>
    <message>
        <source>One phone number; empty lines are left out</source>
        <translation>Eine Telefonnummer; leere Zeilen werden weggelassen</translation>
    </message>
    <message>
        <source>work, home, mobile…</source>
        <translation>Arbeit, privat, mobil…</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Art der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Kind of phone</source>
        <translation>Art der Telefonnummer</translation>
    </message>
    <message>
        <source>What kind of email address this is, e.g. work or home</source>
        <translation>Welche Art von E-Mail-Adresse das ist, z. B. Arbeit oder privat</translation>
    </message>
    <message>
        <source>What kind of phone number this is, e.g. work or mobile</source>
        <translation>Welche Art von Telefonnummer das ist, z. B. Arbeit oder mobil</translation>
    </message>
    <message>
        <source>Remove this email address</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
    <message>
        <source>Remove email</source>
        <translation>E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Telefonnummer entfernen</translation>
    </message>
</context>
<context>
    <name>ContactWords</name>
    <message numerus="yes">
        <source>Stay in touch: on time, due soon (within %n day(s)) or overdue, by each partner&apos;s “stay in touch every N weeks” (by default their stage&apos;s, set in Edit → Settings…). A meeting, a referral either way, a standing check-in or a thank-you sent starts it again.</source>
        <translation>
            <numerusform>Kontakt halten: rechtzeitig, bald fällig (innerhalb eines Tages) oder überfällig, nach dem Kontaktrhythmus jedes Partners („alle N Wochen melden“; ohne eigenen der seiner Phase, einstellbar unter Bearbeiten → Einstellungen…). Ein Treffen, eine Empfehlung in eine der beiden Richtungen, ein Standortgespräch oder eine versandte Danksagung lässt ihn neu beginnen.</numerusform>
            <numerusform>Kontakt halten: rechtzeitig, bald fällig (innerhalb von %n Tagen) oder überfällig, nach dem Kontaktrhythmus jedes Partners („alle N Wochen melden“; ohne eigenen der seiner Phase, einstellbar unter Bearbeiten → Einstellungen…). Ein Treffen, eine Empfehlung in eine der beiden Richtungen, ein Standortgespräch oder eine versandte Danksagung lässt ihn neu beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: contact was due %1.</source>
        <translation>Überfällig: Der Kontakt war fällig am %1.</translation>
    </message>
    <message>
        <source>Due soon: get in touch by %1.</source>
        <translation>Bald fällig: Melden Sie sich bis %1.</translation>
    </message>
    <message>
        <source>On time: next contact due %1.</source>
        <translation>Rechtzeitig: Der nächste Kontakt ist fällig am %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n week(s), the default for %1.</source>
        <translation>
            <numerusform>Jede Woche melden, die Vorgabe für %1.</numerusform>
            <numerusform>Alle %n Wochen melden, die Vorgabe für %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n week(s).</source>
        <translation>
            <numerusform>Jede Woche melden.</numerusform>
            <numerusform>Alle %n Wochen melden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>Loading %Ln partner(s)…</source>
        <translation>
            <numerusform>%Ln Partner wird geladen…</numerusform>
            <numerusform>%Ln Partner werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln partner(s)</source>
        <translation>
            <numerusform>%1 von %Ln Partner angezeigt</numerusform>
            <numerusform>%1 von %Ln Partnern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> (updating…)</source>
        <translation> (wird aktualisiert…)</translation>
    </message>
    <message>
        <source>No partners yet.

Add someone who sends you work, or could: press Ctrl+N or click “New partner”.</source>
        <translation>Noch keine Partner.

Legen Sie jemanden an, der Ihnen Aufträge vermittelt oder vermitteln könnte: Drücken Sie Strg+N oder klicken Sie auf „Neuer Partner“.</translation>
    </message>
    <message>
        <source>No possible duplicates to look at.

When an import finds someone who may already be here (same name or phone number), they are listed here. Untick “Possible duplicates” to see every partner.</source>
        <translation>Keine möglichen Duplikate zu prüfen.

Findet ein Import jemanden, den es hier vielleicht schon gibt (gleicher Name oder gleiche Telefonnummer), steht er hier. Entfernen Sie das Häkchen bei „Mögliche Duplikate“, um alle Partner zu sehen.</translation>
    </message>
    <message>
        <source>No partner matches the filter.

Change the words (Esc clears them).</source>
        <translation>Kein Partner passt zum Filter.

Ändern Sie die Suchwörter (Esc löscht sie).</translation>
    </message>
    <message>
        <source>No partner matches the filter.

Change the words (Esc clears them) or tick “Show retired”.</source>
        <translation>Kein Partner passt zum Filter.

Ändern Sie die Suchwörter (Esc löscht sie) oder setzen Sie das Häkchen bei „Beendete anzeigen“.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: something went wrong</source>
        <translation>%1: Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>RefDesk ran into a problem it did not expect (%1). What you saved is safe, and you can keep working; if it happens again, please send the report below to the people who make RefDesk.</source>
        <translation>RefDesk ist auf ein unerwartetes Problem gestoßen (%1). Was Sie gespeichert haben, ist sicher, und Sie können weiterarbeiten; wenn es wieder passiert, senden Sie bitte den Bericht unten an die Entwickler von RefDesk.</translation>
    </message>
    <message>
        <source>&amp;Include the last %1 lines of the log</source>
        <translation>Die letzten %1 Zeilen des Protokolls &amp;anhängen</translation>
    </message>
    <message>
        <source>The log says what RefDesk did just before; it may name partners. Email addresses and phone numbers are hidden either way.</source>
        <translation>Das Protokoll zeigt, was RefDesk kurz zuvor getan hat; es kann Partner nennen. E-Mail-Adressen und Telefonnummern sind in jedem Fall verborgen.</translation>
    </message>
    <message>
        <source>The report, exactly as it is copied or saved</source>
        <translation>Der Bericht, genau so, wie er kopiert oder gespeichert wird</translation>
    </message>
    <message>
        <source>This is exactly what is copied or saved: versions and where the problem happened. Email addresses, phone numbers and your home folder&apos;s name are hidden; nothing is sent by itself.</source>
        <translation>Genau das wird kopiert oder gespeichert: Versionen und wo das Problem auftrat. E-Mail-Adressen, Telefonnummern und der Name Ihres Benutzerordners sind verborgen; nichts wird von selbst gesendet.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the report, to paste into an email (Alt+C)</source>
        <translation>Den Bericht kopieren, um ihn in eine E-Mail einzufügen (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the report as a text file (Alt+S)</source>
        <translation>Den Bericht als Textdatei speichern (Alt+S)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder that holds RefDesk&apos;s log files (Alt+L)</source>
        <translation>Den Ordner mit den Protokolldateien von RefDesk öffnen (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>Close this message and go on where you were (Esc)</source>
        <translation>Diese Meldung schließen und dort weitermachen, wo Sie waren (Esc)</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into an email.</source>
        <translation>Der Bericht ist in der Zwischenablage: Fügen Sie ihn in eine E-Mail ein.</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the damaged database with the newest sound backup</source>
        <translation>Die beschädigte Datenbank durch die neueste fehlerfreie Sicherung ersetzen</translation>
    </message>
    <message>
        <source>&amp;Salvage…</source>
        <translation>&amp;Retten…</translation>
    </message>
    <message>
        <source>Save what SQLite can still read of the damaged database into a new backup</source>
        <translation>Was SQLite von der beschädigten Datenbank noch lesen kann, in eine neue Sicherung speichern</translation>
    </message>
    <message>
        <source>Check &amp;database…</source>
        <translation>&amp;Datenbank prüfen…</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full check and see what is wrong, in plain words</source>
        <translation>Die vollständige Prüfung von SQLite ausführen und in klaren Worten sehen, was nicht stimmt</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>This database is damaged: SQLite&apos;s check found %1 in %2. RefDesk has opened it read-only, so nothing more is lost; changes cannot be saved until you restore a backup.</source>
        <translation>Diese Datenbank ist beschädigt: Die Prüfung von SQLite fand %1 in %2. RefDesk hat sie schreibgeschützt geöffnet, damit nichts weiter verloren geht; Änderungen lassen sich erst speichern, wenn Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The newest sound backup is from %1.</source>
        <translation>Die neueste fehlerfreie Sicherung ist vom %1.</translation>
    </message>
    <message>
        <source>There is no sound backup to go back to.</source>
        <translation>Es gibt keine fehlerfreie Sicherung, zu der Sie zurückkehren können.</translation>
    </message>
    <message>
        <source>Salvage… saves what can still be read into a new backup.</source>
        <translation>Retten… speichert, was sich noch lesen lässt, in eine neue Sicherung.</translation>
    </message>
    <message>
        <source>Replace the damaged database with the backup from %1 (asks first)</source>
        <translation>Die beschädigte Datenbank durch die Sicherung vom %1 ersetzen (fragt vorher)</translation>
    </message>
</context>
<context>
    <name>DecisionDelegate</name>
    <message>
        <source>Decision for row %1</source>
        <translation>Entscheidung für Zeile %1</translation>
    </message>
</context>
<context>
    <name>DraftBox</name>
    <message>
        <source>Your mail program has the note to %1. Once you have sent it, mark it here (Ctrl+Z undoes it).</source>
        <translation>Ihr E-Mail-Programm hat die Danksagung an %1. Sobald Sie sie versandt haben, markieren Sie sie hier (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Als &amp;versandt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;written</source>
        <translation>Als &amp;geschrieben markieren</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Entwurf der Danksagung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Which note to start from (edit the templates in Edit → Settings…)</source>
        <translation>Von welcher Vorlage ausgehen (die Vorlagen bearbeiten Sie unter Bearbeiten → Einstellungen…)</translation>
    </message>
    <message>
        <source>The note with their name and the referral filled in: copy it into a card or an email</source>
        <translation>Die Danksagung mit Name und Empfehlung ausgefüllt: in eine Karte oder E-Mail übernehmen</translation>
    </message>
    <message>
        <source>C&amp;opy note</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the note to the clipboard, to paste into an email or a card</source>
        <translation>Den Text in die Zwischenablage kopieren, um ihn in eine E-Mail oder Karte einzufügen</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>⚠ The “%1” template cannot be filled in: %2</source>
        <translation>⚠ Die Vorlage „%1“ lässt sich nicht ausfüllen: %2</translation>
    </message>
    <message>
        <source>Open your mail program with the note to %1</source>
        <translation>Ihr E-Mail-Programm mit der Danksagung an %1 öffnen</translation>
    </message>
    <message>
        <source>No email address on file: add one to the partner to email the note</source>
        <translation>Keine E-Mail-Adresse hinterlegt: tragen Sie beim Partner eine ein, um die Danksagung zu mailen</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>An import found that %1 may be the same person as %2 (same name or phone number, but no email address in common). If they are, choose what to keep of each field and merge: every email address, phone number, meeting, check-in, referral and thank-you of both ends up on one partner. You can undo either choice (Ctrl+Z).</source>
        <translation>Ein Import hat festgestellt, dass %1 dieselbe Person sein könnte wie %2 (gleicher Name oder gleiche Telefonnummer, aber keine gemeinsame E-Mail-Adresse). Wenn ja, wählen Sie für jedes Feld, was bleiben soll, und führen Sie beide zusammen: Alle E-Mail-Adressen, Telefonnummern, Treffen, Standortgespräche, Empfehlungen und Danksagungen beider landen bei einem Partner. Beides lässt sich rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>There first</source>
        <translation>Zuerst da</translation>
    </message>
    <message>
        <source>Possibly the same</source>
        <translation>Vielleicht dieselbe Person</translation>
    </message>
    <message>
        <source> (both kept)</source>
        <translation> (beide behalten)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Hier steht nichts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>E-Mail und Telefon</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into %2, with the values chosen</source>
        <translation>%1 mit %2 zusammenführen, mit den gewählten Werten</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Keep both partners and stop listing them as possible duplicates</source>
        <translation>Beide Partner behalten und nicht mehr als mögliche Duplikate aufführen</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <source>Import, mark as duplicate</source>
        <translation>Importieren, als Duplikat markieren</translation>
    </message>
    <message>
        <source>Import, a different person</source>
        <translation>Importieren, eine andere Person</translation>
    </message>
    <message>
        <source>Merge into that partner</source>
        <translation>Mit diesem Partner zusammenführen</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export failed: %1. Your data is unchanged.</source>
        <translation>Der Export ist fehlgeschlagen: %1. Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Exporting all data…</source>
        <translation>Alle Daten werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile exportiert</numerusform>
            <numerusform>%Ln Zeilen exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>All your data was exported to
%1

It holds one spreadsheet (CSV) file per table and one JSON file with everything (%2, %3).</source>
        <translation>Alle Ihre Daten wurden exportiert nach
%1

Das Archiv enthält je Tabelle eine Tabellendatei (CSV) und eine JSON-Datei mit allem (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln Empfehlung</numerusform>
            <numerusform>%Ln Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Eigene Daten…</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>Gegeben und erhalten</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filter Richtung</translation>
    </message>
    <message>
        <source>Show referrals you gave, received, or both</source>
        <translation>Empfehlungen zeigen, die Sie gegeben oder erhalten haben, oder beide</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter Status</translation>
    </message>
    <message>
        <source>Still open: passed, contacted or meeting. Follow-up due: check the connection now.</source>
        <translation>Noch offen: weitergegeben, kontaktiert oder Termin. Nachfassen fällig: jetzt prüfen, ob der Kontakt zustande kam.</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Jeder Partner</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Filter Partner</translation>
    </message>
    <message>
        <source>Only referrals with this partner (as partner or as prospect)</source>
        <translation>Nur Empfehlungen mit diesem Partner (als Partner oder als Interessent)</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Filter Zeitraum</translation>
    </message>
    <message>
        <source>Only referrals dated in this period</source>
        <translation>Nur Empfehlungen aus diesem Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster gezeigter Tag</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter gezeigter Tag</translation>
    </message>
    <message>
        <source>Search prospect, partner, need, notes…  (Ctrl+F)</source>
        <translation>Interessent, Partner, Bedarf, Notizen suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Empfehlungen suchen</translation>
    </message>
    <message>
        <source>Find referrals by prospect, partner, company, need, notes or feedback</source>
        <translation>Empfehlungen nach Interessent, Partner, Firma, Bedarf, Notizen oder Rückmeldung finden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every referral again</source>
        <translation>Wieder alle Empfehlungen zeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Filter by name, company, category, email or tag (Ctrl+F)</source>
        <translation>Nach Name, Firma, Kategorie, E-Mail oder Schlagwort filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Partner filtern</translation>
    </message>
    <message>
        <source>Type part of a name, company, category, email address or tag; several words must all match. Esc clears.</source>
        <translation>Geben Sie einen Teil eines Namens, einer Firma, Kategorie, E-Mail-Adresse oder eines Schlagworts ein; mehrere Wörter müssen alle passen. Esc löscht.</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filter Stufe</translation>
    </message>
    <message>
        <source>Show only partners at one stage</source>
        <translation>Nur Partner einer Stufe anzeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter Kategorie</translation>
    </message>
    <message>
        <source>Show only one category (profession)</source>
        <translation>Nur eine Kategorie (Beruf) anzeigen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>Beendete &amp;anzeigen</translation>
    </message>
    <message>
        <source>Also list partners you have retired</source>
        <translation>Auch Partner aufführen, mit denen Sie die Partnerschaft beendet haben</translation>
    </message>
    <message>
        <source>Show retired partners</source>
        <translation>Beendete Partner anzeigen</translation>
    </message>
    <message>
        <source>Show only possible duplicates</source>
        <translation>Nur mögliche Duplikate anzeigen</translation>
    </message>
    <message>
        <source>Show only the partners an import found may be the same person as another (same name or phone number), beside that other one; select one and choose Compare… to merge them or keep both</source>
        <translation>Nur die Partner anzeigen, die laut einem Import dieselbe Person wie ein anderer sein könnten (gleicher Name oder gleiche Telefonnummer), neben diesem anderen; wählen Sie einen und dann Vergleichen…, um sie zusammenzuführen oder beide zu behalten</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates (%1)</source>
        <translation>Mögliche &amp;Duplikate (%1)</translation>
    </message>
</context>
<context>
    <name>GivenReceivedChart</name>
    <message numerus="yes">
        <source>%n referral(s) given, most in %1 (%2); %3 received, most in %4 (%5). Running balance at the end: %6.</source>
        <translation>
            <numerusform>%n Empfehlung gegeben, die meisten im %1 (%2); %3 erhalten, die meisten im %4 (%5). Laufender Saldo am Ende: %6.</numerusform>
            <numerusform>%n Empfehlungen gegeben, die meisten im %1 (%2); %3 erhalten, die meisten im %4 (%5). Laufender Saldo am Ende: %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>%1 guide</source>
        <translation>%1-Leitfaden</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Go back to the page before (Alt+Left)</source>
        <translation>Zur vorigen Seite zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation>&amp;Vor →</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Wieder vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The guide&apos;s first page (Alt+Home)</source>
        <translation>Die erste Seite des Leitfadens (Alt+Pos1)</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Begriffe</translation>
    </message>
    <message>
        <source>Every word RefDesk uses, in plain words</source>
        <translation>Jeder Begriff, den RefDesk verwendet, in einfachen Worten</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>RefDesk cannot show this database: parts of it cannot be read. Restore the newest sound backup with the button above (or from File → Backups…).</source>
        <translation>RefDesk kann diese Datenbank nicht anzeigen: Teile davon sind nicht lesbar. Stellen Sie mit der Schaltfläche oben (oder über Datei → Sicherungen…) die neueste fehlerfreie Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Database: %1 (damaged: read-only)</source>
        <translation>Datenbank: %1 (beschädigt: schreibgeschützt)</translation>
    </message>
    <message>
        <source>Salvaging what can be read of %1…</source>
        <translation>Was von %1 lesbar ist, wird gerettet…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln Empfehlung</numerusform>
            <numerusform>%Ln Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thank-you(s)</source>
        <translation>
            <numerusform>%Ln Danksagung</numerusform>
            <numerusform>%Ln Danksagungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation>Gerettet</translation>
    </message>
    <message>
        <source>SQLite salvaged %1 into the new backup %2 (in %3).

Open the backups to restore it?</source>
        <translation>SQLite hat %1 in die neue Sicherung %2 (in %3) gerettet.

Die Sicherungen öffnen, um sie wiederherzustellen?</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Bisherige Importe</translation>
    </message>
    <message>
        <source>No imports yet. Use File → Import contacts… (Ctrl+I) to bring in contacts from Google, Outlook, LinkedIn, a spreadsheet or vCard.</source>
        <translation>Noch keine Importe. Mit Datei → Kontakte importieren… (Strg+I) holen Sie Kontakte aus Google, Outlook, LinkedIn, einer Tabelle oder einer vCard.</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Remove the partners the selected import created and revert what it filled in</source>
        <translation>Die Partner entfernen, die der gewählte Import angelegt hat, und zurücknehmen, was er ergänzt hat</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Den gewählten Import rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>You can keep working; Cancel stops the import and leaves your partners as they were.</source>
        <translation>Sie können weiterarbeiten; Abbrechen beendet den Import und lässt Ihre Partner, wie sie waren.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stand des Imports</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Row messages (a row number is the line in the file):</source>
        <translation>Meldungen zu Zeilen (die Zeilennummer ist die Zeile in der Datei):</translation>
    </message>
    <message>
        <source>Row messages</source>
        <translation>Meldungen zu Zeilen</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the partners this import created and revert what it filled in</source>
        <translation>Die Partner entfernen, die dieser Import angelegt hat, und zurücknehmen, was er ergänzt hat</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %Ln row(s) read</source>
        <translation>
            <numerusform>Import läuft… %Ln Zeile gelesen</numerusform>
            <numerusform>Import läuft… %Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Your partners list is up to date. Undo this import below if it is not what you wanted.</source>
        <translation>Ihre Partnerliste ist auf dem neuesten Stand. Machen Sie den Import unten rückgängig, wenn er nicht Ihren Wünschen entspricht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s) created</source>
        <translation>
            <numerusform>%Ln neuer Partner angelegt</numerusform>
            <numerusform>%Ln neue Partner angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into partners you had</source>
        <translation>
            <numerusform>%Ln mit vorhandenen Partnern zusammengeführt</numerusform>
            <numerusform>%Ln mit vorhandenen Partnern zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen</numerusform>
            <numerusform>%Ln Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked as possible duplicate</source>
        <translation>
            <numerusform>%Ln als mögliches Duplikat markiert</numerusform>
            <numerusform>%Ln als mögliche Duplikate markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(Partners → tick “Possible duplicates” to compare and merge them)</source>
        <translation>(Partner → „Mögliche Duplikate“ ankreuzen, um sie zu vergleichen und zusammenzuführen)</translation>
    </message>
    <message>
        <source>From %1 (%2):</source>
        <translation>Aus %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped because:</source>
        <translation>Übersprungen, weil:</translation>
    </message>
    <message>
        <source>Nothing new was added: everything in this file is already in RefDesk.</source>
        <translation>Nichts Neues hinzugefügt: Alles aus dieser Datei ist bereits in RefDesk.</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Your partners are as they were.</source>
        <translation>Ihre Partner sind unverändert.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; your partners are as they were.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert; Ihre Partner sind unverändert.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The import stopped because of an unexpected problem (%1). Nothing was imported; details are in the log file.</source>
        <translation>Der Import wurde wegen eines unerwarteten Problems abgebrochen (%1). Es wurde nichts importiert; Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Imported %1. Ctrl+Z offers to undo the import.</source>
        <translation>%1 importiert. Mit Strg+Z können Sie den Import rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>LoadingPanel</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <source>Print mailing labels</source>
        <translation>Adressetiketten drucken</translation>
    </message>
    <message>
        <source>Print envelopes</source>
        <translation>Umschläge drucken</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Umschläge</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <source>The sheet of labels in the printer</source>
        <translation>Der Etikettenbogen im Drucker</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 Etiketten)</translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Letter, 30 Etiketten)</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>Umschlaggröße</translation>
    </message>
    <message>
        <source>The envelopes in the printer</source>
        <translation>Die Umschläge im Drucker</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Bogen:</translation>
    </message>
    <message>
        <source>S&amp;ize:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>No labels to print: none of the notes listed has a postal address on file. Add addresses to the partners (Edit on the Partners page), then print again.</source>
        <translation>Keine Etiketten zu drucken: für keine der aufgeführten Danksagungen ist eine Postanschrift hinterlegt. Tragen Sie bei den Partnern Anschriften ein (Bearbeiten auf der Seite Partner) und drucken Sie dann erneut.</translation>
    </message>
    <message>
        <source>No envelopes to print: none of the notes listed has a postal address on file. Add addresses to the partners (Edit on the Partners page), then print again.</source>
        <translation>Keine Umschläge zu drucken: für keine der aufgeführten Danksagungen ist eine Postanschrift hinterlegt. Tragen Sie bei den Partnern Anschriften ein (Bearbeiten auf der Seite Partner) und drucken Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening your database…</source>
        <translation>Ihre Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>Adding demo partners and referrals…</source>
        <translation>Beispielpartner und -empfehlungen werden angelegt…</translation>
    </message>
    <message>
        <source>The demo data could not be added: %1</source>
        <translation>Die Beispieldaten konnten nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>The database RefDesk is working on</source>
        <translation>Die Datenbank, mit der RefDesk arbeitet</translation>
    </message>
    <message>
        <source>%1

RefDesk stays on the database it had open.</source>
        <translation>%1

RefDesk bleibt bei der Datenbank, die geöffnet war.</translation>
    </message>
    <message>
        <source>New RefDesk database</source>
        <translation>Neue RefDesk-Datenbank</translation>
    </message>
    <message>
        <source>RefDesk database (*.db)</source>
        <translation>RefDesk-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open database… to open it.</source>
        <translation>%1 gibt es schon. Öffnen Sie sie mit Datei → Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open RefDesk database</source>
        <translation>RefDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>RefDesk database (*.db);;All files (*)</source>
        <translation>RefDesk-Datenbank (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Keeps your referral partners, the referrals you give and receive, and the thank-you notes you owe.</source>
        <translation>Verwaltet Ihre Empfehlungspartner, die Empfehlungen, die Sie geben und erhalten, und die Dankeskarten, die Sie schulden.</translation>
    </message>
    <message>
        <source>Data folder: %1
Database: %2</source>
        <translation>Datenordner: %1
Datenbank: %2</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>RefDesk matched the file&apos;s columns by their names. Change any that went to the wrong place; columns set to “Don&apos;t import” are left out.</source>
        <translation>RefDesk hat die Spalten der Datei anhand ihrer Namen zugeordnet. Ändern Sie alle, die falsch gelandet sind; Spalten auf „Nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>What RefDesk found in the file</source>
        <translation>Was RefDesk in der Datei gefunden hat</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Zeichenkodierung der Datei</translation>
    </message>
    <message>
        <source>RefDesk could not be sure which encoding this file is in: choose the one under which the names in the examples read right</source>
        <translation>RefDesk konnte die Kodierung dieser Datei nicht sicher erkennen: Wählen Sie die, unter der die Namen in den Beispielen richtig lesbar sind</translation>
    </message>
    <message>
        <source>Enc&amp;oding (a guess: check the names):</source>
        <translation>&amp;Kodierung (geschätzt: prüfen Sie die Namen):</translation>
    </message>
    <message>
        <source>Columns and where they go</source>
        <translation>Spalten und wohin sie gehen</translation>
    </message>
    <message>
        <source>Show &amp;empty columns</source>
        <translation>&amp;Leere Spalten anzeigen</translation>
    </message>
    <message>
        <source>Also list the columns that have no values in the first rows</source>
        <translation>Auch die Spalten aufführen, die in den ersten Zeilen keine Werte haben</translation>
    </message>
    <message>
        <source>Show empty columns</source>
        <translation>Leere Spalten anzeigen</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>Stand der Zuordnung</translation>
    </message>
    <message>
        <source>File: %1
Format: %2 · Encoding: %3
Contact cards are read field by field; there are no columns to match.</source>
        <translation>Datei: %1
Format: %2 · Kodierung: %3
Kontaktkarten werden Feld für Feld gelesen; es gibt keine Spalten zuzuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>(the first %Ln line(s) before the column names are skipped)</source>
        <translation>
            <numerusform>(die erste Zeile vor den Spaltennamen wird übersprungen)</numerusform>
            <numerusform>(die ersten %Ln Zeilen vor den Spaltennamen werden übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1
Format: %2 · Encoding: %3 · Separator: %4</source>
        <translation>Datei: %1
Format: %2 · Kodierung: %3 · Trennzeichen: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) will be imported.</source>
        <translation>
            <numerusform>%Ln Spalte wird importiert.</numerusform>
            <numerusform>%Ln Spalten werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one column holding a name, a business or an email address.</source>
        <translation>Wählen Sie mindestens eine Spalte mit einem Namen, einem Unternehmen oder einer E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting with %1</source>
        <translation>Treffen mit %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Treffens</translation>
    </message>
    <message>
        <source>When you met or talked</source>
        <translation>Wann Sie sich getroffen oder gesprochen haben</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Art des Treffens</translation>
    </message>
    <message>
        <source>One-to-one, coffee, joint client meeting, call or event</source>
        <translation>Einzelgespräch, Kaffee, gemeinsamer Kundentermin, Anruf oder Veranstaltung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>e.g. Send them two introductions</source>
        <translation>z. B. Zwei Kontakte vermitteln</translation>
    </message>
    <message>
        <source>What you agreed to do next</source>
        <translation>Was Sie als Nächstes vereinbart haben</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Next step has a date</source>
        <translation>Nächster Schritt hat ein Datum</translation>
    </message>
    <message>
        <source>Tick to give the next step a date</source>
        <translation>Ankreuzen, um dem nächsten Schritt ein Datum zu geben</translation>
    </message>
    <message>
        <source>Next step date</source>
        <translation>Datum des nächsten Schritts</translation>
    </message>
    <message>
        <source>When the next step is due</source>
        <translation>Wann der nächste Schritt fällig ist</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>What you talked about; after a joint client meeting, how it went and what to do better.</source>
        <translation>Worüber Sie gesprochen haben; nach einem gemeinsamen Kundentermin, wie er lief und was besser werden kann.</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>Nächster &amp;Schritt</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Partner zusammenführen</translation>
    </message>
    <message>
        <source>Keep %1 and merge a duplicate into it. Every email, phone, meeting, check-in, referral and thank-you of the duplicate moves over; empty details are filled in and notes are joined. Then the duplicate is removed. You can undo this (Ctrl+Z).</source>
        <translation>%1 behalten und ein Duplikat damit zusammenführen. Alle E-Mail-Adressen, Telefonnummern, Treffen, Standortgespräche, Empfehlungen und Danksagungen des Duplikats werden übernommen; leere Angaben werden ergänzt und Notizen zusammengefügt. Danach wird das Duplikat entfernt. Das lässt sich rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>Type to find the duplicate: name, company, email…</source>
        <translation>Tippen, um das Duplikat zu finden: Name, Firma, E-Mail…</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Das Duplikat finden</translation>
    </message>
    <message>
        <source>Partners to merge</source>
        <translation>Partner zum Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Choose the duplicate to merge (type part of its name above).</source>
        <translation>Wählen Sie das Duplikat zum Zusammenführen (geben Sie oben einen Teil des Namens ein).</translation>
    </message>
</context>
<context>
    <name>MissingAddresses</name>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will get no label:</source>
        <translation>
            <numerusform>Für %n Danksagung ist keine Postanschrift hinterlegt, sie bekommt daher kein Etikett:</numerusform>
            <numerusform>Für %n Danksagungen ist keine Postanschrift hinterlegt, sie bekommen daher kein Etikett:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will get no envelope:</source>
        <translation>
            <numerusform>Für %n Danksagung ist keine Postanschrift hinterlegt, sie bekommt daher keinen Umschlag:</numerusform>
            <numerusform>Für %n Danksagungen ist keine Postanschrift hinterlegt, sie bekommen daher keinen Umschlag:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will be listed without one:</source>
        <translation>
            <numerusform>Für %n Danksagung ist keine Postanschrift hinterlegt, sie wird daher ohne aufgeführt:</numerusform>
            <numerusform>Für %n Danksagungen ist keine Postanschrift hinterlegt, sie werden daher ohne aufgeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>&amp;Add address…</source>
        <translation>Anschrift &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Print anyway</source>
        <translation>&amp;Trotzdem drucken</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>NextStepsSection</name>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>No next steps due. A meeting&apos;s next step with a date (Partners → Meetings) is listed here when it falls due.</source>
        <translation>Keine nächsten Schritte fällig. Der nächste Schritt eines Treffens mit Datum (Partner → Treffen) erscheint hier, sobald er fällig ist.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected next step done (Ctrl+D; undo with Ctrl+Z)</source>
        <translation>Den ausgewählten nächsten Schritt als erledigt markieren (Strg+D; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Mark next step done</source>
        <translation>Nächsten Schritt als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 (tidied, the name would be “%2”)</source>
        <translation>%1 (bereinigt hieße der Name „%2“)</translation>
    </message>
    <message>
        <source>Tidied: “%1”</source>
        <translation>Bereinigt: „%1“</translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Ideal referral for them</source>
        <translation>Ideale Empfehlung</translation>
    </message>
    <message>
        <source>What to tell people about them</source>
        <translation>Was ich über ihn erzähle</translation>
    </message>
    <message>
        <source>What they want from me</source>
        <translation>Was er von mir möchte</translation>
    </message>
    <message>
        <source>What I want from them</source>
        <translation>Was ich von ihm möchte</translation>
    </message>
    <message>
        <source>My experience of their service</source>
        <translation>Meine Erfahrung mit ihm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>⚑ Check-in due: you have not asked them yet where you stand.</source>
        <translation>⚑ Standortgespräch fällig: Sie haben noch nie nachgefragt, wo Sie stehen.</translation>
    </message>
    <message>
        <source>⚑ Check-in due: the last one was %1, more than %2 days ago.</source>
        <translation>⚑ Standortgespräch fällig: Das letzte war %1, vor mehr als %2 Tagen.</translation>
    </message>
    <message>
        <source>Last check-in %1.</source>
        <translation>Letztes Standortgespräch %1.</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Name des Partners</translation>
    </message>
    <message>
        <source>Company, category and stage</source>
        <translation>Firma, Kategorie und Stufe</translation>
    </message>
    <message>
        <source>Standing check-in</source>
        <translation>Standortgespräch</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Angaben zum Partner</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Standing check-ins</source>
        <translation>Standortgespräche</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Referrals with this partner</source>
        <translation>Empfehlungen mit diesem Partner</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Prospect / from</source>
        <translation>Interessent / von</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Referrals with this partner, both ways, and where they were the prospect. Press Enter or double-click one to open it on the Referrals page.</source>
        <translation>Empfehlungen mit diesem Partner in beide Richtungen und solche, bei denen er der Interessent war. Drücken Sie die Eingabetaste oder doppelklicken Sie auf eine, um sie auf der Seite Empfehlungen zu öffnen.</translation>
    </message>
    <message>
        <source>Select a partner on the left to see their profile, meetings, check-ins and referrals.</source>
        <translation>Wählen Sie links einen Partner, um sein Profil, seine Treffen, Standortgespräche und Empfehlungen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Meetings (%1)</source>
        <translation>&amp;Treffen (%1)</translation>
    </message>
    <message>
        <source>&amp;Standing</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>R&amp;eferrals (%1)</source>
        <translation>E&amp;mpfehlungen (%1)</translation>
    </message>
    <message>
        <source>A check-in is due</source>
        <translation>Ein Standortgespräch ist fällig</translation>
    </message>
    <message>
        <source>Where you stand with them</source>
        <translation>Wo Sie beim Partner stehen</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>They were the prospect</source>
        <translation>War der Interessent</translation>
    </message>
    <message>
        <source>You gave</source>
        <translation>Von Ihnen gegeben</translation>
    </message>
    <message>
        <source>You received</source>
        <translation>Von Ihnen erhalten</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Ask them: “What would be a good referral for you?” Write down who, and in what situation.</source>
        <translation>Fragen Sie: „Was wäre eine gute Empfehlung für Sie?“ Notieren Sie, wer und in welcher Situation.</translation>
    </message>
    <message>
        <source>Ask them: “What do you want me to tell people about you?” Their words, so you can repeat them.</source>
        <translation>Fragen Sie: „Was soll ich anderen über Sie erzählen?“ Mit den Worten des Partners, damit Sie sie wiederholen können.</translation>
    </message>
    <message>
        <source>What they hope to get from you: introductions, mentions, feedback…</source>
        <translation>Was der Partner sich von Ihnen erhofft: Kontakte, Erwähnungen, Rückmeldungen…</translation>
    </message>
    <message>
        <source>What you would like from them: the kind of clients, a testimonial, a joint event…</source>
        <translation>Was Sie sich vom Partner wünschen: die Art von Kunden, eine Referenz, eine gemeinsame Veranstaltung…</translation>
    </message>
    <message>
        <source>Have you used their service yourself, or heard from clients you sent? A personal story makes your referral believable.</source>
        <translation>Haben Sie sein Angebot selbst genutzt oder von Kunden gehört, die Sie geschickt haben? Eine persönliche Geschichte macht Ihre Empfehlung glaubwürdig.</translation>
    </message>
    <message>
        <source>Words to find them by, separated by commas (e.g. chamber, golf, BNI).</source>
        <translation>Wörter, unter denen Sie den Partner finden, durch Kommas getrennt (z. B. Kammer, Golf, BNI).</translation>
    </message>
    <message>
        <source>Anything else worth remembering.</source>
        <translation>Alles andere, was Sie sich merken möchten.</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>e.g. Hannah Goldberg</source>
        <translation>z. B. Hanna Goldberg</translation>
    </message>
    <message>
        <source>Their profession, e.g. Realtor</source>
        <translation>Der Beruf, z. B. Immobilienmakler</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Why, e.g. moved away, clients had a bad experience</source>
        <translation>Warum, z. B. weggezogen, Kunden hatten schlechte Erfahrungen</translation>
    </message>
    <message>
        <source>Retired &amp;because</source>
        <translation>&amp;Beendet, weil</translation>
    </message>
    <message>
        <source>Stay in touch e&amp;very</source>
        <translation>&amp;Kontakt alle</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Add &amp;email</source>
        <translation>&amp;E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>as you would dial it</source>
        <translation>so, wie Sie sie wählen würden</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>&amp;Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Kate&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>St&amp;ufe</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Sch&amp;lagwörter</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Ideal referral for them</source>
        <translation>Ideale Empfehlung für den Partner</translation>
    </message>
    <message>
        <source>What to tell people about them</source>
        <translation>Was Sie anderen über den Partner erzählen</translation>
    </message>
    <message>
        <source>What they want from me</source>
        <translation>Was der Partner von mir möchte</translation>
    </message>
    <message>
        <source>What I want from them</source>
        <translation>Was ich vom Partner möchte</translation>
    </message>
    <message>
        <source>My experience of their service</source>
        <translation>Meine Erfahrung mit seinem Angebot</translation>
    </message>
    <message>
        <source>&amp;Ideal referral for them</source>
        <translation>&amp;Ideale Empfehlung</translation>
    </message>
    <message>
        <source>What to te&amp;ll people</source>
        <translation>Was Sie &amp;erzählen</translation>
    </message>
    <message>
        <source>What they want from &amp;me</source>
        <translation>Was er von &amp;mir möchte</translation>
    </message>
    <message>
        <source>What I want &amp;from them</source>
        <translation>Was ich von ihm &amp;will</translation>
    </message>
    <message>
        <source>My e&amp;xperience of them</source>
        <translation>Meine Erfa&amp;hrung mit ihm</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>Kontakt&amp;daten</translation>
    </message>
    <message>
        <source>&amp;Referral practice</source>
        <translation>Empfehlungs&amp;praxis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The partner&apos;s name (required)</source>
        <translation>Der Name des Partners (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Their business</source>
        <translation>Das Unternehmen des Partners</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Their profession: one you used before, or type a new one</source>
        <translation>Der Beruf: einer, den Sie schon verwendet haben, oder geben Sie einen neuen ein</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Their website address</source>
        <translation>Die Adresse der Website</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Grund für das Beenden</translation>
    </message>
    <message>
        <source>Why they are no longer a partner</source>
        <translation>Warum die Partnerschaft beendet ist</translation>
    </message>
    <message>
        <source>Stay in touch every N weeks</source>
        <translation>Alle N Wochen melden</translation>
    </message>
    <message>
        <source>How often you want to be in touch with them, in weeks (%1 to %2); empty: their stage&apos;s (set in Edit → Settings…). A meeting, a referral either way, a check-in or a thank-you sent starts it again.</source>
        <translation>Wie oft Sie mit dem Partner in Kontakt sein möchten, in Wochen (%1 bis %2); leer: der Rhythmus seiner Phase (unter Bearbeiten → Einstellungen…). Ein Treffen, eine Empfehlung in eine der beiden Richtungen, ein Standortgespräch oder eine versandte Danksagung lässt ihn neu beginnen.</translation>
    </message>
    <message>
        <source>Their postal address, for thank-you cards</source>
        <translation>Die Postanschrift, für Dankeskarten</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Angaben zum Partner</translation>
    </message>
    <message numerus="yes">
        <source>Empty: every %n week(s), the default for %1.</source>
        <translation>
            <numerusform>Leer: jede Woche, die Vorgabe für %1.</numerusform>
            <numerusform>Leer: alle %n Wochen, die Vorgabe für %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>You gave %1, you received %2: balance %3.</source>
        <translation>Gegeben: %1, erhalten: %2, Saldo: %3.</translation>
    </message>
    <message>
        <source>Retired: shown only while “Show retired” is ticked</source>
        <translation>Beendet: nur zu sehen, solange „Beendete anzeigen“ angekreuzt ist</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Number of partners shown</source>
        <translation>Anzahl der angezeigten Partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No partners</source>
        <translation>Keine Partner</translation>
    </message>
    <message>
        <source>That partner no longer exists.</source>
        <translation>Diesen Partner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That partner (or entry) no longer exists; the list has been reloaded.</source>
        <translation>Diesen Partner (oder Eintrag) gibt es nicht mehr; die Liste wurde neu geladen.</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 hat nicht geklappt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln Empfehlung</numerusform>
            <numerusform>%Ln Empfehlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>Was der Import tun wird. Noch wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Preview tables</source>
        <translation>Vorschautabellen</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>When a matched partner already has a different business, title, website, address or notes, &amp;use the file&apos;s value</source>
        <translation>Hat ein zugeordneter Partner schon ein anderes Unternehmen, einen anderen Titel, eine andere Website, Adresse oder Notizen, den Wert aus der Datei &amp;übernehmen</translation>
    </message>
    <message>
        <source>Off: RefDesk keeps what it has and only fills empty fields</source>
        <translation>Aus: RefDesk behält, was es hat, und füllt nur leere Felder</translation>
    </message>
    <message>
        <source>Use the file&apos;s values for matched partners</source>
        <translation>Werte aus der Datei für zugeordnete Partner übernehmen</translation>
    </message>
    <message>
        <source>&amp;Tidy names: “OKAFOR, AMARA” and “amara okafor” become “Amara Okafor”</source>
        <translation>Namen &amp;bereinigen: „OKAFOR, AMARA“ und „amara okafor“ werden zu „Amara Okafor“</translation>
    </message>
    <message>
        <source>Off: every name is stored as the file writes it (only extra spaces removed); the rows below say what tidying would change. On: names in capitals or lower case are re-cased, “Last, First” is turned round, Mr/Mrs/Ms are dropped</source>
        <translation>Aus: Jeder Name wird so gespeichert, wie er in der Datei steht (nur überzählige Leerzeichen entfernt); die Zeilen unten zeigen, was das Bereinigen ändern würde. An: Namen in Groß- oder Kleinbuchstaben bekommen die übliche Schreibung, „Nachname, Vorname“ wird umgedreht, Herr/Frau entfallen</translation>
    </message>
    <message>
        <source>Tidy names</source>
        <translation>Namen bereinigen</translation>
    </message>
    <message>
        <source>Read that &amp;quotation mark as a plain character and check again</source>
        <translation>Dieses &amp;Anführungszeichen als gewöhnliches Zeichen lesen und erneut prüfen</translation>
    </message>
    <message>
        <source>The row with the stray quotation mark comes in with the mark as part of its text; every row after it comes in on its own</source>
        <translation>Die Zeile mit dem verirrten Anführungszeichen wird mit dem Zeichen als Teil ihres Textes übernommen; jede Zeile danach wird für sich eingelesen</translation>
    </message>
    <message>
        <source>Read stray quotation marks as plain characters</source>
        <translation>Verirrte Anführungszeichen als gewöhnliche Zeichen lesen</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file… %Ln row(s) read</source>
        <translation>
            <numerusform>Datei wird geprüft… %Ln Zeile gelesen</numerusform>
            <numerusform>Datei wird geprüft… %Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Mögliche Duplikate (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>%Ln neuer Partner</numerusform>
            <numerusform>%Ln neue Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into partners you have (same email address)</source>
        <translation>
            <numerusform>%Ln mit vorhandenen Partnern zusammengeführt (gleiche E-Mail-Adresse)</numerusform>
            <numerusform>%Ln mit vorhandenen Partnern zusammengeführt (gleiche E-Mail-Adresse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln mögliches Duplikat</numerusform>
            <numerusform>%Ln mögliche Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row message(s) will be listed after the import.</source>
        <translation>
            <numerusform>%Ln Meldung zu Zeilen wird nach dem Import aufgeführt.</numerusform>
            <numerusform>%Ln Meldungen zu Zeilen werden nach dem Import aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been imported. Go back to choose another file.</source>
        <translation>Es wurde nichts importiert. Gehen Sie zurück, um eine andere Datei zu wählen.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>The PDF could not be saved to %1: %2.</source>
        <translation>Das PDF konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF gespeichert</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Send these pages to a printer (Ctrl+P)</source>
        <translation>Diese Seiten an einen Drucker senden (Strg+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file (Ctrl+Shift+S)</source>
        <translation>Diese Seiten als PDF-Datei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Die Vorschau schließen (Esc)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF-Datei (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected referral: status, value, outcome</source>
        <translation>Die gewählte Empfehlung bearbeiten: Status, Wert, Ergebnis</translation>
    </message>
    <message>
        <source>Connection &amp;confirmed</source>
        <translation>Kontakt &amp;bestätigt</translation>
    </message>
    <message>
        <source>Both parties have talked: the follow-up is done</source>
        <translation>Beide Seiten haben miteinander gesprochen: das Nachfassen ist erledigt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected referral and its unsent thank-yous</source>
        <translation>Die gewählte Empfehlung und ihre nicht versandten Danksagungen löschen</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Set &amp;outcome</source>
        <translation>&amp;Ergebnis setzen</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Partner &amp;told</source>
        <translation>Partner &amp;informiert</translation>
    </message>
    <message>
        <source>You have let the partner know how it went (again to undo)</source>
        <translation>Sie haben dem Partner gesagt, wie es lief (nochmals: zurücknehmen)</translation>
    </message>
    <message>
        <source>The &amp;partner thanked me</source>
        <translation>Der &amp;Partner hat mir gedankt</translation>
    </message>
    <message>
        <source>The partner thanked you for this referral (today; again to undo)</source>
        <translation>Der Partner hat Ihnen für diese Empfehlung gedankt (heute; nochmals: zurücknehmen)</translation>
    </message>
    <message>
        <source>The p&amp;rospect thanked me</source>
        <translation>Der Inte&amp;ressent hat mir gedankt</translation>
    </message>
    <message>
        <source>The prospect thanked you for this referral (today; again to undo)</source>
        <translation>Der Interessent hat Ihnen für diese Empfehlung gedankt (heute; nochmals: zurücknehmen)</translation>
    </message>
    <message>
        <source>&amp;Thanked me</source>
        <translation>Hat mir &amp;gedankt</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Move the selected referral along: passed → contacted → meeting → won / lost</source>
        <translation>Die gewählte Empfehlung weiterbringen: weitergegeben → kontaktiert → Termin → gewonnen / verloren</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>How the referral went: good, neutral or bad. A bad outcome adds a follow-up tomorrow to find out what went wrong.</source>
        <translation>Wie die Empfehlung lief: gut, neutral oder schlecht. Ein schlechtes Ergebnis setzt für morgen ein Nachfassen an, um herauszufinden, was schiefging.</translation>
    </message>
    <message>
        <source>Set outcome</source>
        <translation>Ergebnis setzen</translation>
    </message>
    <message>
        <source>Thanked me</source>
        <translation>Hat mir gedankt</translation>
    </message>
    <message>
        <source>On a referral you gave: the partner thanked you (Ctrl+H), the prospect thanked you (Ctrl+Shift+H)</source>
        <translation>Bei einer Empfehlung, die Sie gegeben haben: der Partner hat Ihnen gedankt (Strg+H), der Interessent hat Ihnen gedankt (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Connection confirmed</source>
        <translation>Kontakt bestätigt</translation>
    </message>
    <message>
        <source>Follow-up done: connection confirmed. Undo with Ctrl+Z.</source>
        <translation>Nachfassen erledigt: Kontakt bestätigt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Referral lost</source>
        <translation>Empfehlung verloren</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>Warum ging sie verloren?</translation>
    </message>
    <message>
        <source>Referral: no connection</source>
        <translation>Empfehlung: kein Kontakt</translation>
    </message>
    <message>
        <source>Why was it never connected?</source>
        <translation>Warum kam nie ein Kontakt zustande?</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <translation>Status setzen: %1</translation>
    </message>
    <message>
        <source>Marked as won: a “closed business” thank-you was added. Undo with Ctrl+Z.</source>
        <translation>Als gewonnen markiert: ein Dankeschön für den Geschäftsabschluss wurde hinzugefügt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Referral went badly</source>
        <translation>Empfehlung lief schlecht</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Was ist schiefgegangen?</translation>
    </message>
    <message>
        <source>Outcome: bad. A follow-up tomorrow: find out what went wrong. Undo with Ctrl+Z.</source>
        <translation>Ergebnis: schlecht. Morgen nachfassen: herausfinden, was schiefging. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Outcome: %1. Undo with Ctrl+Z.</source>
        <translation>Ergebnis: %1. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Set outcome: %1</source>
        <translation>Ergebnis setzen: %1</translation>
    </message>
    <message>
        <source>Noted: %1 knows how it went. Undo with Ctrl+Z.</source>
        <translation>Notiert: %1 weiß, wie es lief. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>%1: not told yet. Undo with Ctrl+Z.</source>
        <translation>%1: noch nicht informiert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Partner told</source>
        <translation>Partner informiert</translation>
    </message>
    <message>
        <source>Partner not told</source>
        <translation>Partner nicht informiert</translation>
    </message>
    <message>
        <source>Noted: %1 thanked you. Undo with Ctrl+Z.</source>
        <translation>Notiert: %1 hat Ihnen gedankt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>%1: not thanked you yet. Undo with Ctrl+Z.</source>
        <translation>%1: hat Ihnen noch nicht gedankt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Partner thanked me</source>
        <translation>Partner hat mir gedankt</translation>
    </message>
    <message>
        <source>Prospect thanked me</source>
        <translation>Interessent hat mir gedankt</translation>
    </message>
    <message>
        <source>Delete the referral to %1 (%2, %3)?</source>
        <translation>Die Empfehlung an %1 (%2, %3) löschen?</translation>
    </message>
    <message>
        <source>Delete the referral from %1 (%2, %3)?</source>
        <translation>Die Empfehlung von %1 (%2, %3) löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n unsent thank-you(s) will be removed too.</source>
        <translation>
            <numerusform>Ihre nicht versandte Danksagung wird ebenfalls entfernt.</numerusform>
            <numerusform>Ihre %n nicht versandten Danksagungen werden ebenfalls entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Empfehlung löschen</translation>
    </message>
    <message>
        <source>Referral deleted. Undo with Ctrl+Z.</source>
        <translation>Empfehlung gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Leave the referral as it was (Esc)</source>
        <translation>Die Empfehlung so lassen, wie sie war (Esc)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. they chose a cheaper quote; the timing was wrong</source>
        <translation>z. B. sie nahmen ein günstigeres Angebot; der Zeitpunkt passte nicht</translation>
    </message>
    <message>
        <source>Kept as the referral&apos;s outcome feedback (empty: not known)</source>
        <translation>Wird als Rückmeldung zum Ergebnis der Empfehlung gespeichert (leer: nicht bekannt)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Edit referral</source>
        <translation>Empfehlung bearbeiten</translation>
    </message>
    <message>
        <source>Log referral</source>
        <translation>Empfehlung erfassen</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum der Empfehlung</translation>
    </message>
    <message>
        <source>When you gave or received the referral</source>
        <translation>Wann Sie die Empfehlung gegeben oder erhalten haben</translation>
    </message>
    <message>
        <source>I &amp;gave it to a partner</source>
        <translation>Ich habe sie einem Partner &amp;gegeben</translation>
    </message>
    <message>
        <source>I r&amp;eceived it from a partner</source>
        <translation>Ich habe sie von einem Partner &amp;erhalten</translation>
    </message>
    <message>
        <source>You sent work to the partner</source>
        <translation>Sie haben dem Partner Arbeit vermittelt</translation>
    </message>
    <message>
        <source>The partner sent work to you (a thank-you will be owed)</source>
        <translation>Der Partner hat Ihnen Arbeit vermittelt (ein Dankeschön ist dann fällig)</translation>
    </message>
    <message>
        <source>Type a partner&apos;s name…</source>
        <translation>Namen eines Partners eingeben…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Start typing a name or company; a new name adds a new partner when you save</source>
        <translation>Namen oder Firma eintippen; ein neuer Name legt beim Speichern einen neuen Partner an</translation>
    </message>
    <message>
        <source>The prospect is one of &amp;my partners</source>
        <translation>Der Interessent ist einer &amp;meiner Partner</translation>
    </message>
    <message>
        <source>The prospect is one of my partners</source>
        <translation>Der Interessent ist einer meiner Partner</translation>
    </message>
    <message>
        <source>Tick when you connected two of your partners with each other</source>
        <translation>Ankreuzen, wenn Sie zwei Ihrer Partner miteinander bekannt gemacht haben</translation>
    </message>
    <message>
        <source>“I introduced A to B”</source>
        <translation>„Ich habe A mit B bekannt gemacht“</translation>
    </message>
    <message>
        <source>Type the partner you introduced…</source>
        <translation>Den vorgestellten Partner eingeben…</translation>
    </message>
    <message>
        <source>Prospect partner</source>
        <translation>Partner als Interessent</translation>
    </message>
    <message>
        <source>The partner you introduced (type part of the name)</source>
        <translation>Der Partner, den Sie vorgestellt haben (Teil des Namens eingeben)</translation>
    </message>
    <message>
        <source>Who was referred</source>
        <translation>Wer empfohlen wurde</translation>
    </message>
    <message>
        <source>Prospect name</source>
        <translation>Name des Interessenten</translation>
    </message>
    <message>
        <source>The person or business that was referred</source>
        <translation>Die Person oder Firma, die empfohlen wurde</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>Prospect contact details</source>
        <translation>Kontaktdaten des Interessenten</translation>
    </message>
    <message>
        <source>How to reach the prospect</source>
        <translation>Wie der Interessent erreichbar ist</translation>
    </message>
    <message>
        <source>What they need, e.g. an office move in May</source>
        <translation>Was gebraucht wird, z. B. ein Büroumzug im Mai</translation>
    </message>
    <message>
        <source>What the prospect needs</source>
        <translation>Was der Interessent braucht</translation>
    </message>
    <message>
        <source>What the prospect needs, in a few words</source>
        <translation>Was der Interessent braucht, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>Empfe&amp;hlung</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>&amp;Vorstellung</translation>
    </message>
    <message>
        <source>Who makes first contact</source>
        <translation>Wer den ersten Kontakt aufnimmt</translation>
    </message>
    <message>
        <source>It works best when the partner makes the first call</source>
        <translation>Am besten ruft der Partner zuerst an</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum zum Nachfassen</translation>
    </message>
    <message>
        <source>When to check with both parties that the connection was made (default: two days)</source>
        <translation>Wann Sie bei beiden Seiten nachfragen, ob der Kontakt zustande kam (Vorgabe: zwei Tage)</translation>
    </message>
    <message>
        <source>Connection &amp;confirmed</source>
        <translation>Kontakt bestät&amp;igt</translation>
    </message>
    <message>
        <source>Tick when both parties have confirmed they talked: the follow-up is done</source>
        <translation>Ankreuzen, wenn beide Seiten bestätigt haben, dass sie gesprochen haben: das Nachfassen ist erledigt</translation>
    </message>
    <message>
        <source>Connection confirmed</source>
        <translation>Kontakt bestätigt</translation>
    </message>
    <message>
        <source>Follow-up state</source>
        <translation>Stand des Nachfassens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering (Tab leaves the box, Ctrl+Enter saves)</source>
        <translation>Alles, was man sich merken sollte (Tab verlässt das Feld, Strg+Eingabe speichert)</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Alles, was man sich merken sollte</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>Die Empfehlung</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Prospec&amp;t:</source>
        <translation>In&amp;teressent:</translation>
    </message>
    <message>
        <source>P&amp;hone or email:</source>
        <translation>Te&amp;lefon oder E-Mail:</translation>
    </message>
    <message>
        <source>What they &amp;want:</source>
        <translation>&amp;Bedarf:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;First contact by:</source>
        <translation>Erster &amp;Kontakt durch:</translation>
    </message>
    <message>
        <source>Follow &amp;up on:</source>
        <translation>&amp;Nachfassen am:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>z. B. 1200</translation>
    </message>
    <message>
        <source>Closed value</source>
        <translation>Abschlusswert</translation>
    </message>
    <message>
        <source>The value of the business the referral brought</source>
        <translation>Der Wert des Geschäfts, das die Empfehlung gebracht hat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Three-letter currency code (the default is in the settings)</source>
        <translation>Währungscode aus drei Buchstaben (die Vorgabe steht in den Einstellungen)</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>When the business was won (set automatically when the status becomes Won)</source>
        <translation>Wann das Geschäft gewonnen wurde (wird gesetzt, sobald der Status „Gewonnen“ wird)</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>A bad outcome adds a follow-up tomorrow to find out what went wrong</source>
        <translation>Ein schlechtes Ergebnis setzt für morgen ein Nachfassen an, um herauszufinden, was schiefging</translation>
    </message>
    <message>
        <source>Outcome feedback</source>
        <translation>Rückmeldung zum Ergebnis</translation>
    </message>
    <message>
        <source>What the prospect or partner said about how it went</source>
        <translation>Was Interessent oder Partner dazu sagten, wie es lief</translation>
    </message>
    <message>
        <source>What the prospect or partner said</source>
        <translation>Was Interessent oder Partner sagten</translation>
    </message>
    <message>
        <source>Partner to&amp;ld of the outcome</source>
        <translation>Partner über das Ergebnis in&amp;formiert</translation>
    </message>
    <message>
        <source>Partner told of the outcome</source>
        <translation>Partner über das Ergebnis informiert</translation>
    </message>
    <message>
        <source>Tick when you have let the partner know how it went</source>
        <translation>Ankreuzen, wenn Sie dem Partner gesagt haben, wie es lief</translation>
    </message>
    <message>
        <source>Partner thanked me on</source>
        <translation>Partner hat mir gedankt am</translation>
    </message>
    <message>
        <source>The day the partner thanked you for this referral (empty: not yet)</source>
        <translation>Der Tag, an dem der Partner Ihnen für diese Empfehlung gedankt hat (leer: noch nicht)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Prospect thanked me on</source>
        <translation>Interessent hat mir gedankt am</translation>
    </message>
    <message>
        <source>The day the prospect thanked you for this referral (empty: not yet)</source>
        <translation>Der Tag, an dem der Interessent Ihnen für diese Empfehlung gedankt hat (leer: noch nicht)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Closed &amp;value:</source>
        <translation>Abschluss&amp;wert:</translation>
    </message>
    <message>
        <source>Closed d&amp;ate:</source>
        <translation>Abschlussd&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>Feed&amp;back:</source>
        <translation>Rü&amp;ckmeldung:</translation>
    </message>
    <message>
        <source>Than&amp;ked by partner:</source>
        <translation>Danksag&amp;ung vom Partner:</translation>
    </message>
    <message>
        <source>Thanked b&amp;y prospect:</source>
        <translation>Dank vom Interessenten:</translation>
    </message>
    <message>
        <source>A received referral adds a thank-you to write. Won business you received adds a second one, with its value.</source>
        <translation>Eine erhaltene Empfehlung legt ein zu schreibendes Dankeschön an. Ein gewonnenes Geschäft aus einer erhaltenen Empfehlung legt ein zweites an, mit seinem Wert.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Empfehlung speichern</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Speichern (Eingabetaste oder Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Schließen, ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <source>“%1” is not one of your partners yet: it will be added as a new partner when you save.</source>
        <translation>„%1“ ist noch keiner Ihrer Partner: beim Speichern wird ein neuer Partner angelegt.</translation>
    </message>
    <message>
        <source>The referral is at “%1”: there is no connection left to check.</source>
        <translation>Die Empfehlung steht auf „%1“: es bleibt kein Kontakt zu prüfen.</translation>
    </message>
    <message>
        <source>A bad outcome: find out what went wrong on the follow-up date.</source>
        <translation>Ein schlechtes Ergebnis: am Nachfassdatum herausfinden, was schiefging.</translation>
    </message>
    <message>
        <source>The follow-up as the referral list shows it</source>
        <translation>Das Nachfassen, wie die Liste der Empfehlungen es zeigt</translation>
    </message>
    <message>
        <source>The value of the business won</source>
        <translation>Der Wert des gewonnenen Geschäfts</translation>
    </message>
    <message>
        <source>Why did it not work out?</source>
        <translation>Warum hat es nicht geklappt?</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Was ist schiefgegangen?</translation>
    </message>
    <message>
        <source>Choose the partner you introduced from the list, or untick “The prospect is one of my partners”.</source>
        <translation>Wählen Sie den vorgestellten Partner aus der Liste, oder entfernen Sie das Häkchen bei „Der Interessent ist einer meiner Partner“.</translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation>Diese Empfehlung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Referral saved: %1. Undo with Ctrl+Z.</source>
        <translation>Empfehlung gespeichert: %1. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Partner told</source>
        <translation>Partner informiert</translation>
    </message>
    <message>
        <source>%1 · partner told</source>
        <translation>%1 · Partner informiert</translation>
    </message>
    <message>
        <source> (partner)</source>
        <translation> (Partner)</translation>
    </message>
    <message>
        <source>Find out what went wrong (bad outcome): due %1. Mark it done with “Connection confirmed” (Ctrl+K).</source>
        <translation>Herausfinden, was schiefging (schlechtes Ergebnis): fällig %1. Mit „Kontakt bestätigt“ (Strg+K) als erledigt markieren.</translation>
    </message>
    <message>
        <source>Check with both parties that the connection was made: due %1. Mark it done with “Connection confirmed” (Ctrl+K).</source>
        <translation>Bei beiden Seiten nachfragen, ob der Kontakt zustande kam: fällig %1. Mit „Kontakt bestätigt“ (Strg+K) als erledigt markieren.</translation>
    </message>
    <message>
        <source>%1
Needs: %2</source>
        <translation>%1
Bedarf: %2</translation>
    </message>
    <message>
        <source>You gave this referral</source>
        <translation>Diese Empfehlung haben Sie gegeben</translation>
    </message>
    <message>
        <source>You received this referral</source>
        <translation>Diese Empfehlung haben Sie erhalten</translation>
    </message>
    <message>
        <source>You received this referral: the thank-you is yours to write (Thank-yous page)</source>
        <translation>Diese Empfehlung haben Sie erhalten: das Dankeschön schreiben Sie (Seite Danksagungen)</translation>
    </message>
    <message>
        <source>The partner thanked you on %1.</source>
        <translation>Der Partner hat Ihnen am %1 gedankt.</translation>
    </message>
    <message>
        <source>The prospect thanked you on %1.</source>
        <translation>Der Interessent hat Ihnen am %1 gedankt.</translation>
    </message>
    <message>
        <source>Neither the partner nor the prospect has thanked you yet.</source>
        <translation>Weder der Partner noch der Interessent hat Ihnen bisher gedankt.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referral count</source>
        <translation>Anzahl der Empfehlungen</translation>
    </message>
    <message>
        <source>Log referral…</source>
        <translation>Empfehlung erfassen…</translation>
    </message>
    <message>
        <source>Log referral</source>
        <translation>Empfehlung erfassen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit; right-click for more</source>
        <translation>Doppelklick oder Eingabetaste zum Bearbeiten; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Keine Empfehlungen</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum.</translation>
    </message>
    <message>
        <source>No referrals match these filters.
Change them, or press “Clear filters”.</source>
        <translation>Keine Empfehlung passt zu diesen Filtern.
Ändern Sie sie, oder drücken Sie „Filter zurücksetzen“.</translation>
    </message>
    <message>
        <source>No referrals yet.

When you give someone a referral, or a partner sends work your way, press “Log referral…” (Ctrl+L) to record it.
RefDesk will remind you to follow up and to say thank you.</source>
        <translation>Noch keine Empfehlungen.

Wenn Sie jemandem eine Empfehlung geben oder ein Partner Ihnen Arbeit vermittelt, drücken Sie „Empfehlung erfassen…“ (Strg+L), um sie festzuhalten.
RefDesk erinnert Sie ans Nachfassen und ans Danke-Sagen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) match(es)</source>
        <translation>
            <numerusform>%Ln Empfehlung passt</numerusform>
            <numerusform>%Ln Empfehlungen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln Empfehlung</numerusform>
            <numerusform>%Ln Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln Nachfassen fällig</numerusform>
            <numerusform>%Ln Nachfassen fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>There is no system tray here: RefDesk reminds you in this window.</source>
        <translation>Hier gibt es keinen Infobereich (System-Tray): RefDesk erinnert Sie in diesem Fenster.</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) due today</source>
        <translation>
            <numerusform>%n Sache heute fällig</numerusform>
            <numerusform>%n Sachen heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s) due</source>
        <translation>
            <numerusform>%n weitere Sache fällig</numerusform>
            <numerusform>%n weitere Sachen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on Today</source>
        <translation>
            <numerusform>…und %n weitere unter Heute</numerusform>
            <numerusform>…und %n weitere unter Heute</numerusform>
        </translation>
    </message>
    <message>
        <source>Open RefDesk</source>
        <translation>RefDesk öffnen</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Bis morgen ruhen lassen</translation>
    </message>
    <message>
        <source>Reminders snoozed until tomorrow at %1.</source>
        <translation>Erinnerungen ruhen bis morgen um %1.</translation>
    </message>
    <message>
        <source>RefDesk is still running in the tray</source>
        <translation>RefDesk läuft im Infobereich weiter</translation>
    </message>
    <message>
        <source>It keeps reminding you of the follow-ups, thank-yous and check-ins due, at %1 and when something new falls due. Click its icon in the notification area to open the window again. To quit, choose Quit in the icon&apos;s menu, or File → Quit in the window. Edit → Settings… → Reminders changes this.</source>
        <translation>Es erinnert Sie weiter an fällige Nachfassen, Danksagungen und Standortgespräche – um %1 und sobald etwas Neues fällig wird. Klicken Sie auf sein Symbol im Infobereich, um das Fenster wieder zu öffnen. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols oder Datei → Beenden im Fenster. Unter Bearbeiten → Einstellungen… → Erinnerungen lässt sich das ändern.</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Reminders outside the window</source>
        <translation>Erinnerungen außerhalb des Fensters</translation>
    </message>
    <message>
        <source>Notify at</source>
        <translation>Benachrichtigen um</translation>
    </message>
    <message>
        <source>Every day at this time, one desktop notification lists what is due; later, one more for what falls due while RefDesk runs.</source>
        <translation>Jeden Tag um diese Uhrzeit zeigt eine Desktop-Benachrichtigung, was fällig ist; später eine weitere für das, was fällig wird, während RefDesk läuft.</translation>
    </message>
    <message>
        <source>No&amp;tify at:</source>
        <translation>Benachrichtigen &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window leaves RefDesk in the notification area, reminding you; Quit ends it.</source>
        <translation>Wenn Sie das Fenster schließen, bleibt RefDesk im Infobereich und erinnert Sie weiter; „Beenden“ beendet es.</translation>
    </message>
    <message>
        <source>&amp;Start at login, hidden in the tray</source>
        <translation>Bei der Anmeldung &amp;starten, im Infobereich</translation>
    </message>
    <message>
        <source>RefDesk starts when you log in, in the tray, so the day&apos;s reminder reaches you.</source>
        <translation>RefDesk startet bei Ihrer Anmeldung im Infobereich, damit die Erinnerung des Tages Sie erreicht.</translation>
    </message>
    <message>
        <source>Keep a &amp;calendar file up to date</source>
        <translation>Kalender&amp;datei aktuell halten</translation>
    </message>
    <message>
        <source>RefDesk writes what is due in the next 90 days to this iCalendar file after each change and every day, for a calendar app to subscribe to; turned off, the file is removed.</source>
        <translation>RefDesk schreibt nach jeder Änderung und jeden Tag, was in den nächsten 90 Tagen fällig ist, in diese iCalendar-Datei, die eine Kalender-App abonnieren kann; ausgeschaltet wird die Datei entfernt.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: RefDesk reminds you in its window.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: RefDesk erinnert Sie in seinem Fenster.</translation>
    </message>
    <message>
        <source>Starting at login is set up by hand on this system: the guide in docs/reminders.md says how.</source>
        <translation>Den Start bei der Anmeldung richten Sie auf diesem System von Hand ein: docs/reminders.md beschreibt, wie.</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>The calendar file could not be removed: %1</source>
        <translation>Die Kalenderdatei konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Start at login could not be set: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>RemindersTray</name>
    <message numerus="yes">
        <source>RefDesk: %n thing(s) due today</source>
        <translation>
            <numerusform>RefDesk: %n Sache heute fällig</numerusform>
            <numerusform>RefDesk: %n Sachen heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>RefDesk: nothing due today</source>
        <translation>RefDesk: heute ist nichts fällig</translation>
    </message>
    <message>
        <source>Reminders snoozed until tomorrow</source>
        <translation>Erinnerungen ruhen bis morgen</translation>
    </message>
    <message>
        <source>&amp;Open RefDesk</source>
        <translation>RefDesk ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Heute ist nichts fällig</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message numerus="yes">
        <source>%n more on Today…</source>
        <translation>
            <numerusform>%n weitere unter Heute…</numerusform>
            <numerusform>%n weitere unter Heute…</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until tomorrow</source>
        <translation>Ruht bis morgen</translation>
    </message>
    <message>
        <source>&amp;Snooze until tomorrow</source>
        <translation>Bis morgen &amp;ruhen lassen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retired from the business</source>
        <translation>Hat sich aus dem Geschäft zurückgezogen</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Weggezogen</translation>
    </message>
    <message>
        <source>Clients had a bad experience</source>
        <translation>Kunden hatten schlechte Erfahrungen</translation>
    </message>
    <message>
        <source>Never reciprocated</source>
        <translation>Hat nie etwas zurückgegeben</translation>
    </message>
    <message>
        <source>Joined a competitor</source>
        <translation>Ist zur Konkurrenz gegangen</translation>
    </message>
    <message>
        <source>Retire partner</source>
        <translation>Partnerschaft beenden</translation>
    </message>
    <message>
        <source>Retire %1? They stay in RefDesk with their history, hidden from the list unless you tick “Show retired”. Why are you retiring them?</source>
        <translation>Die Partnerschaft mit %1 beenden? Der Partner bleibt mit seiner Geschichte in RefDesk, ist aber in der Liste verborgen, solange „Beendete anzeigen“ nicht angekreuzt ist. Warum beenden Sie die Partnerschaft?</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Grund wählen oder eingeben</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Grund für das Beenden</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Say why this partner is retired, so you remember later.</source>
        <translation>Geben Sie an, warum die Partnerschaft endet, damit Sie es später noch wissen.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>%1: nothing to do</source>
        <translation>%1: nichts zu tun</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected item (Enter or double-click)</source>
        <translation>Den gewählten Eintrag öffnen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Open selected in %1</source>
        <translation>Gewählten Eintrag in %1 öffnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
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
        <translation>Standort&amp;gespräch alle:</translation>
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
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>From %1 to %2 days.</source>
        <translation>Von %1 bis %2 Tage.</translation>
    </message>
    <message>
        <source>Ask how it went after</source>
        <translation>Nachfragen, wie es lief, nach</translation>
    </message>
    <message>
        <source>Today lists the referrals you gave that the partner has not thanked you for after this many days (default %1)</source>
        <translation>Heute listet die gegebenen Empfehlungen, für die sich der Partner nach so vielen Tagen nicht bedankt hat (Standard %1)</translation>
    </message>
    <message>
        <source>As&amp;k how it went after:</source>
        <translation>Nach&amp;fragen nach:</translation>
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
        <translation>A&amp;ussehen:</translation>
    </message>
    <message>
        <source>Thank-you &amp;notes</source>
        <translation>Dankes&amp;karten</translation>
    </message>
    <message>
        <source>A new language applies when RefDesk starts again; the rest at once.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RefDesk, alles andere sofort.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Standard wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Save the settings (Enter from a field)</source>
        <translation>Die Einstellungen speichern (Eingabe in einem Feld)</translation>
    </message>
    <message>
        <source>&amp;Visibility partners:</source>
        <translation>Si&amp;chtbarkeit:</translation>
    </message>
    <message>
        <source>They know who you are and what you do.</source>
        <translation>Sie wissen, wer Sie sind und was Sie tun.</translation>
    </message>
    <message>
        <source>Cre&amp;dibility partners:</source>
        <translation>Glaubwürd&amp;igkeit:</translation>
    </message>
    <message>
        <source>They trust you enough to recommend you.</source>
        <translation>Sie vertrauen Ihnen genug, um Sie zu empfehlen.</translation>
    </message>
    <message>
        <source>Profita&amp;bility partners:</source>
        <translation>&amp;Rentabilität:</translation>
    </message>
    <message>
        <source>You send each other business.</source>
        <translation>Sie vermitteln einander Geschäfte.</translation>
    </message>
    <message>
        <source>Stay in touch every so many weeks, by stage:</source>
        <translation>Kontaktrhythmus in Wochen, je nach Phase:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Stay in touch with %1 partners</source>
        <translation>Kontaktrhythmus für Partner in der Phase %1</translation>
    </message>
    <message>
        <source>A partner at this stage is due for contact this many weeks after the last touch, unless they have a cadence of their own (Partners → Edit). Today&apos;s “Overdue for contact” and the Partners page&apos;s Contact light count with it. From %1 to %2 weeks; RefDesk&apos;s default: %3.</source>
        <translation>Ein Partner in dieser Phase ist so viele Wochen nach dem letzten Kontakt wieder fällig, außer er hat einen eigenen Rhythmus (Partner → Bearbeiten). „Kontakt überfällig“ auf Heute und die Kontaktampel auf der Seite Partner richten sich danach. Von %1 bis %2 Wochen; Vorgabe von RefDesk: %3.</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>z. B. Sam Rivera</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Signs the drafted thank-you notes ($my_name)</source>
        <translation>Unterschreibt die entworfenen Dankeskarten ($my_name)</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>Vorlage für</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Kartenvorlage</translation>
    </message>
    <message>
        <source>Restore defa&amp;ult</source>
        <translation>Stan&amp;dardvorlage</translation>
    </message>
    <message>
        <source>Put RefDesk&apos;s own template for this reason back in the box</source>
        <translation>RefDesks eigene Vorlage für diesen Anlass wieder einsetzen</translation>
    </message>
    <message>
        <source>&amp;Template for:</source>
        <translation>&amp;Vorlage für:</translation>
    </message>
    <message>
        <source>$$: a dollar sign</source>
        <translation>$$: ein Dollarzeichen</translation>
    </message>
    <message>
        <source>Thank-you note templates</source>
        <translation>Vorlagen für Dankeskarten</translation>
    </message>
    <message>
        <source>The “%1” template: %2 Nothing was saved yet.</source>
        <translation>Die Vorlage „%1“: %2 Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Put every setting here back as RefDesk comes (nothing is saved until you press Save)</source>
        <translation>Alle Einstellungen hier auf den Auslieferungszustand zurücksetzen (gespeichert wird erst mit Speichern)</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>Sent %1</source>
        <translation>Versandt %1</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>Zu schreiben</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Geschrieben %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <source>Import column %1 as</source>
        <translation>Spalte %1 importieren als</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>Connected to the team database again.</source>
        <translation>Wieder mit der Team-Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Connected to the team database %1.</source>
        <translation>Mit der Team-Datenbank %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <source>Change thank-you</source>
        <translation>Danksagung ändern</translation>
    </message>
    <message>
        <source>Add a thank-you</source>
        <translation>Danksagung hinzufügen</translation>
    </message>
    <message>
        <source>A &amp;partner:</source>
        <translation>Ein &amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Someone else:</source>
        <translation>&amp;Jemand anderes:</translation>
    </message>
    <message>
        <source>Thank one of your partners</source>
        <translation>Einem Ihrer Partner danken</translation>
    </message>
    <message>
        <source>Thank someone who is not one of your partners</source>
        <translation>Jemandem danken, der nicht zu Ihren Partnern gehört</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type part of a name to find the partner</source>
        <translation>Einen Teil des Namens eingeben, um den Partner zu finden</translation>
    </message>
    <message>
        <source>Type to search your partners</source>
        <translation>Tippen, um Ihre Partner zu durchsuchen</translation>
    </message>
    <message>
        <source>Name of the person to thank</source>
        <translation>Name der Person, der Sie danken</translation>
    </message>
    <message>
        <source>e.g. Jane Doe</source>
        <translation>z. B. Erika Mustermann</translation>
    </message>
    <message>
        <source>The name of the person to thank</source>
        <translation>Der Name der Person, der Sie danken</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>What the thank-you is for</source>
        <translation>Wofür die Danksagung ist</translation>
    </message>
    <message>
        <source>e.g. for hosting the chapter lunch</source>
        <translation>z. B. für die Ausrichtung des Chapter-Mittagessens</translation>
    </message>
    <message>
        <source>What you are thanking them for</source>
        <translation>Wofür Sie danken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>When the thank-you should go out</source>
        <translation>Wann die Danksagung rausgehen sollte</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>A handwritten card goes a long way</source>
        <translation>Eine handgeschriebene Karte bewirkt viel</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Choose a partner from the list (type part of the name), or choose “Someone else” and type a name.</source>
        <translation>Wählen Sie einen Partner aus der Liste (Teil des Namens eingeben), oder wählen Sie „Jemand anderes“ und geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Type the name of the person to thank.</source>
        <translation>Geben Sie den Namen der Person ein, der Sie danken.</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Owed (not sent yet)</source>
        <translation>Offen (noch nicht versandt)</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>Zu schreiben</translation>
    </message>
    <message>
        <source>Written, not sent</source>
        <translation>Geschrieben, nicht versandt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Which thank-yous to list</source>
        <translation>Welche Danksagungen aufgelistet werden</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Search thank-yous</source>
        <translation>Danksagungen suchen</translation>
    </message>
    <message>
        <source>Search recipient, prospect, need or note (Ctrl+F)</source>
        <translation>Empfänger, Interessent, Bedarf oder Notiz suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show only thank-yous whose recipient, prospect, need or note contain these words</source>
        <translation>Nur Danksagungen zeigen, deren Empfänger, Interessent, Bedarf oder Notiz diese Wörter enthält</translation>
    </message>
    <message>
        <source>Mark &amp;written</source>
        <translation>Als &amp;geschrieben markieren</translation>
    </message>
    <message>
        <source>Mark the selected thank-yous as written, ready to send</source>
        <translation>Die gewählten Danksagungen als geschrieben markieren, bereit zum Versand</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Als &amp;versandt markieren</translation>
    </message>
    <message>
        <source>Mark the selected thank-yous as sent</source>
        <translation>Die gewählten Danksagungen als versandt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;to write</source>
        <translation>Als &amp;zu schreiben markieren</translation>
    </message>
    <message>
        <source>Put the selected thank-yous back on the list of notes to write</source>
        <translation>Die gewählten Danksagungen zurück auf die Liste der zu schreibenden setzen</translation>
    </message>
    <message>
        <source>&amp;Add thank-you…</source>
        <translation>Danksagung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a thank-you by hand, to a partner or to anyone else</source>
        <translation>Eine Danksagung von Hand hinzufügen, an einen Partner oder an jemand anderen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the due date, method or reason of the selected thank-you</source>
        <translation>Fälligkeit, Art oder Anlass der gewählten Danksagung ändern</translation>
    </message>
    <message>
        <source>&amp;Email note…</source>
        <translation>Per &amp;E-Mail…</translation>
    </message>
    <message>
        <source>Open your mail program with the drafted note to the selected recipient, then mark it sent</source>
        <translation>Ihr E-Mail-Programm mit dem Entwurf an den gewählten Empfänger öffnen, dann als versandt markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected thank-yous (Ctrl+Z brings them back)</source>
        <translation>Die gewählten Danksagungen löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the thank-yous</source>
        <translation>Die Danksagungen durchsuchen</translation>
    </message>
    <message>
        <source>Set &amp;method</source>
        <translation>A&amp;rt setzen</translation>
    </message>
    <message>
        <source>Thank them by: %1</source>
        <translation>Danken per: %1</translation>
    </message>
    <message>
        <source>How to thank them: card, email, call or gift (Ctrl+Alt+1…4)</source>
        <translation>Wie Sie danken: Karte, E-Mail, Anruf oder Geschenk (Strg+Alt+1…4)</translation>
    </message>
    <message>
        <source>Set method</source>
        <translation>Art setzen</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>Checkliste &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the checklist of notes to write, or save it as a PDF (Ctrl+P)</source>
        <translation>Die Checkliste der zu schreibenden Danksagungen drucken oder als PDF speichern (Strg+P)</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Checkliste drucken</translation>
    </message>
    <message>
        <source>Thank-yous</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation>(%1 überfällig)</translation>
    </message>
    <message>
        <source>%1 to write</source>
        <translation>%1 zu schreiben</translation>
    </message>
    <message>
        <source>%1 written, not sent</source>
        <translation>%1 geschrieben, nicht versandt</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 versandt</translation>
    </message>
    <message>
        <source>A thank-you is owed until it is sent: still to write, or written and not sent yet. Overdue: owed after its due date.</source>
        <translation>Eine Danksagung ist offen, bis sie versandt ist: noch zu schreiben oder geschrieben und noch nicht versandt. Überfällig: nach ihrem Fälligkeitsdatum noch offen.</translation>
    </message>
    <message>
        <source>No thank-yous match “%1”. Clear the search to see them all.</source>
        <translation>Keine Danksagung passt zu „%1“. Leeren Sie die Suche, um alle zu sehen.</translation>
    </message>
    <message>
        <source>You have not sent any thank-yous yet. Mark a note as sent once it is in the post.</source>
        <translation>Sie haben noch keine Danksagungen versandt. Markieren Sie eine als versandt, sobald sie auf dem Weg ist.</translation>
    </message>
    <message>
        <source>No thank-you notes to write: you are all caught up.

When a partner sends you a referral, a thank-you appears here. To thank anyone else, use “Add thank-you…” (%1).</source>
        <translation>Keine Danksagungen zu schreiben: Sie sind auf dem neuesten Stand.

Wenn Ihnen ein Partner eine Empfehlung schickt, erscheint hier eine Danksagung. Um jemand anderem zu danken, nutzen Sie „Danksagung hinzufügen…“ (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) still to write</source>
        <translation>
            <numerusform>%n Danksagung als zu schreiben markieren</numerusform>
            <numerusform>%n Danksagungen als zu schreiben markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) still to write. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Danksagung als zu schreiben markiert. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Danksagungen als zu schreiben markiert. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) written</source>
        <translation>
            <numerusform>%n Danksagung als geschrieben markieren</numerusform>
            <numerusform>%n Danksagungen als geschrieben markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) written. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Danksagung als geschrieben markiert. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Danksagungen als geschrieben markiert. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) sent</source>
        <translation>
            <numerusform>%n Danksagung als versandt markieren</numerusform>
            <numerusform>%n Danksagungen als versandt markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) sent. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Danksagung als versandt markiert. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Danksagungen als versandt markiert. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set method of %n thank-you(s): %1</source>
        <translation>
            <numerusform>Art von %n Danksagung setzen: %1</numerusform>
            <numerusform>Art von %n Danksagungen setzen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n thank-you(s)</source>
        <translation>
            <numerusform>%n Danksagung löschen</numerusform>
            <numerusform>%n Danksagungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n thank-you(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Danksagung gelöscht. Strg+Z holt sie zurück.</numerusform>
            <numerusform>%n Danksagungen gelöscht. Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note cannot be drafted: %1 (Edit → Settings…)</source>
        <translation>Der Entwurf lässt sich nicht erstellen: %1 (Bearbeiten → Einstellungen…)</translation>
    </message>
    <message>
        <source>No email address on file for %1: add one on the Partners page.</source>
        <translation>Für %1 ist keine E-Mail-Adresse hinterlegt: tragen Sie auf der Seite Partner eine ein.</translation>
    </message>
    <message>
        <source>No mail program opened the note; Change… (Ctrl+E) shows it to copy.</source>
        <translation>Kein E-Mail-Programm hat den Entwurf geöffnet; Ändern… (Strg+E) zeigt ihn zum Kopieren.</translation>
    </message>
</context>
<context>
    <name>ThanksTableModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>given this month</source>
        <translation>diesen Monat gegeben</translation>
    </message>
    <message>
        <source>Referrals you gave this calendar month</source>
        <translation>Empfehlungen, die Sie in diesem Kalendermonat gegeben haben</translation>
    </message>
    <message>
        <source>received this month</source>
        <translation>diesen Monat erhalten</translation>
    </message>
    <message>
        <source>Referrals you received this calendar month</source>
        <translation>Empfehlungen, die Sie in diesem Kalendermonat erhalten haben</translation>
    </message>
    <message>
        <source>given in the last 12 months</source>
        <translation>in den letzten 12 Monaten gegeben</translation>
    </message>
    <message>
        <source>received in the last 12 months</source>
        <translation>in den letzten 12 Monaten erhalten</translation>
    </message>
    <message>
        <source>thank-yous owed</source>
        <translation>offene Danksagungen</translation>
    </message>
    <message>
        <source>Thank-you notes owed: still to write, or written and not sent yet</source>
        <translation>Offene Dankeskarten: noch zu schreiben oder geschrieben und noch nicht versandt</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fälliges Nachfassen</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Gegeben an</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Erhalten von</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Both sides connected: mark the selected follow-ups done (Ctrl+D; undo with Ctrl+Z)</source>
        <translation>Beide Seiten sind in Kontakt: das gewählte Nachfassen als erledigt markieren (Strg+D; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · überfällig</translation>
    </message>
    <message>
        <source>Thank-yous owed</source>
        <translation>Offene Danksagungen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>All thank-yous sent. A referral you receive adds a thank-you to write here.</source>
        <translation>Alle Danksagungen sind versandt. Jede erhaltene Empfehlung fügt hier einen zu schreibenden Dank hinzu.</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>&amp;Versandt</translation>
    </message>
    <message>
        <source>Mark the selected thank-yous sent today (Ctrl+D; undo with Ctrl+Z)</source>
        <translation>Die gewählten Danksagungen als heute versandt markieren (Strg+D; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Conversations to have</source>
        <translation>Anstehende Gespräche</translation>
    </message>
    <message>
        <source>Referrals you gave them %1</source>
        <translation>Empfehlungen, die Sie ihnen gegeben haben, %1</translation>
    </message>
    <message>
        <source>Referrals they gave you %1</source>
        <translation>Empfehlungen, die sie Ihnen gegeben haben, %1</translation>
    </message>
    <message>
        <source>No one-way streets: everyone you referred to in the last 12 months gave something back.</source>
        <translation>Keine Einbahnstraßen: Alle, denen Sie in den letzten 12 Monaten Empfehlungen gaben, haben etwas zurückgegeben.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>A one-page list of these partners with what they want, to take into the conversation (Ctrl+Shift+P; Ctrl+P prints the thank-you checklist)</source>
        <translation>Eine einseitige Liste dieser Partner mit ihren Wünschen, für das Gespräch (Strg+Umschalt+P; Strg+P druckt die Dank-Checkliste)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the conversations list as a PDF file</source>
        <translation>Die Gesprächsliste als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save conversations to have as PDF</source>
        <translation>Anstehende Gespräche als PDF speichern</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>nie gefragt</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Fällige Standortgespräche</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation>Nicht aktuell: %1</translation>
    </message>
    <message>
        <source>Today as RefDesk last showed it, while it reads your data afresh</source>
        <translation>„Heute“, wie RefDesk es zuletzt gezeigt hat, während es Ihre Daten neu liest</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>As at %1 · updating…</source>
        <translation>Stand %1 · wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) given this month</source>
        <translation>
            <numerusform>%n Empfehlung diesen Monat gegeben</numerusform>
            <numerusform>%n Empfehlungen diesen Monat gegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) received this month</source>
        <translation>
            <numerusform>%n Empfehlung diesen Monat erhalten</numerusform>
            <numerusform>%n Empfehlungen diesen Monat erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 given in the last 12 months</source>
        <translation>%1 in den letzten 12 Monaten gegeben</translation>
    </message>
    <message>
        <source>%1 received in the last 12 months</source>
        <translation>%1 in den letzten 12 Monaten erhalten</translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you(s) owed, %1 overdue</source>
        <translation>
            <numerusform>%n offener Dank, %1 überfällig</numerusform>
            <numerusform>%n offene Danksagungen, %1 überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>thank-yous owed (%1 overdue)</source>
        <translation>offene Danksagungen (%1 überfällig)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due today. %n follow-up(s) coming up — see Coming up.</source>
        <translation>
            <numerusform>Heute ist nichts fällig. %n Nachfassen steht an – siehe Demnächst.</numerusform>
            <numerusform>Heute ist nichts fällig. %n Nachfassen stehen an – siehe Demnächst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-ups due. Log a referral and RefDesk reminds you here, %n day(s) later, to check that both sides connected.</source>
        <translation>
            <numerusform>Kein Nachfassen fällig. Erfassen Sie eine Empfehlung, und RefDesk erinnert Sie hier %n Tag später daran, zu prüfen, ob beide Seiten in Kontakt gekommen sind.</numerusform>
            <numerusform>Kein Nachfassen fällig. Erfassen Sie eine Empfehlung, und RefDesk erinnert Sie hier %n Tage später daran, zu prüfen, ob beide Seiten in Kontakt gekommen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone has been asked where you stand in the last %n day(s).</source>
        <translation>
            <numerusform>Alle wurden am letzten Tag gefragt, wo Sie stehen.</numerusform>
            <numerusform>Alle wurden in den letzten %n Tagen gefragt, wo Sie stehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue for contact</source>
        <translation>Kontakt überfällig</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact was due %1</source>
        <translation>Der Kontakt war fällig am %1</translation>
    </message>
    <message>
        <source>No one is overdue for contact: every partner had a meeting, a referral, a check-in or a thank-you within their stay-in-touch time.</source>
        <translation>Bei niemandem ist der Kontakt überfällig: Jeder Partner hatte innerhalb seines Kontaktrhythmus ein Treffen, eine Empfehlung, ein Standortgespräch oder eine Danksagung.</translation>
    </message>
    <message numerus="yes">
        <source>Their last standing check-in: one is due every %n day(s)</source>
        <translation>
            <numerusform>Ihr letztes Standortgespräch: eines ist jeden Tag fällig</numerusform>
            <numerusform>Ihr letztes Standortgespräch: eines ist alle %n Tage fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>%n Nachfassen als erledigt markieren</numerusform>
            <numerusform>%n Nachfassen als erledigt markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done (Ctrl+Z to undo)</source>
        <translation>%1: erledigt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) sent</source>
        <translation>
            <numerusform>%n Dank als versandt markieren</numerusform>
            <numerusform>%n Danksagungen als versandt markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations to have — print preview</source>
        <translation>Anstehende Gespräche – Druckvorschau</translation>
    </message>
    <message>
        <source>Save conversations to have</source>
        <translation>Anstehende Gespräche speichern</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF-Datei (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Your pages</source>
        <translation>Ihre Seiten</translation>
    </message>
    <message>
        <source>The list on the left holds RefDesk&apos;s pages: Today, Partners, Referrals, Thank-yous and Charts. Click one, or press Ctrl+1 to Ctrl+5.</source>
        <translation>Die Liste links enthält die Seiten von RefDesk: Heute, Partner, Empfehlungen, Danksagungen und Diagramme. Klicken Sie auf eine oder drücken Sie Strg+1 bis Strg+5.</translation>
    </message>
    <message>
        <source>Start each day on Today</source>
        <translation>Beginnen Sie jeden Tag mit Heute</translation>
    </message>
    <message>
        <source>Today lists what needs doing, most urgent first: follow-ups due, thank-you notes to write, check-ins due and partners you have not heard from. Double-click a line to open it.</source>
        <translation>Heute listet auf, was zu tun ist, das Dringendste zuerst: fällige Nachfassaktionen, zu schreibende Danksagungen, fällige Standortgespräche und Partner, von denen Sie nichts gehört haben. Doppelklicken Sie auf eine Zeile, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Log every referral</source>
        <translation>Erfassen Sie jede Empfehlung</translation>
    </message>
    <message>
        <source>When you send someone to a partner, or a partner sends someone to you, log it with File → Log referral (Ctrl+L). RefDesk then reminds you to follow up and to say thank you. Help → RefDesk guide (F1) tells the rest.</source>
        <translation>Wenn Sie jemanden an einen Partner vermitteln oder ein Partner jemanden an Sie, erfassen Sie es mit Datei → Empfehlung erfassen (Strg+L). RefDesk erinnert Sie dann ans Nachfassen und ans Danken. Hilfe → RefDesk-Leitfaden (F1) erklärt den Rest.</translation>
    </message>
    <message>
        <source>RefDesk tour</source>
        <translation>RefDesk-Rundgang</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>The step before (Alt+B)</source>
        <translation>Der vorige Schritt (Alt+Z)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>Rundgang &amp;überspringen</translation>
    </message>
    <message>
        <source>Close the tour; Help → Take the tour shows it again (Esc)</source>
        <translation>Den Rundgang schließen; über Hilfe → Rundgang starten sehen Sie ihn wieder (Esc)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Tour, step %1 of %2: %3</source>
        <translation>Rundgang, Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Close the tour (Alt+D)</source>
        <translation>Den Rundgang schließen (Alt+F)</translation>
    </message>
    <message>
        <source>The next step (Alt+N)</source>
        <translation>Der nächste Schritt (Alt+W)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to RefDesk</source>
        <translation>Willkommen bei RefDesk</translation>
    </message>
    <message>
        <source>RefDesk keeps your referral partners, the referrals you give and receive, and the thank-you notes you owe. Your database is empty. Start in one of these ways:</source>
        <translation>RefDesk verwaltet Ihre Empfehlungspartner, die Empfehlungen, die Sie geben und erhalten, und die Dankeskarten, die Sie schulden. Ihre Datenbank ist leer. Beginnen Sie auf eine dieser Arten:</translation>
    </message>
    <message>
        <source>&amp;Add your first partner</source>
        <translation>Ersten Partner &amp;anlegen</translation>
    </message>
    <message>
        <source>Type in someone who sends you work, or could (Ctrl+N)</source>
        <translation>Jemanden eintragen, der Ihnen Aufträge vermittelt oder vermitteln könnte (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring in contacts from Google, Outlook, LinkedIn, a spreadsheet or vCard</source>
        <translation>Kontakte aus Google, Outlook, LinkedIn, einer Tabelle oder vCard übernehmen</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Beispieldaten laden</translation>
    </message>
    <message>
        <source>Fill this database with made-up partners and referrals to try RefDesk out</source>
        <translation>Diese Datenbank mit erfundenen Partnern und Empfehlungen füllen, um RefDesk auszuprobieren</translation>
    </message>
</context>
<context>
    <name>WillingnessTrend</name>
    <message>
        <source>Willingness trend</source>
        <translation>Verlauf der Bereitschaft</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Standortgespräche.</translation>
    </message>
    <message>
        <source>Willingness to refer over time (0–10): %1.</source>
        <translation>Empfehlungsbereitschaft im Zeitverlauf (0–10): %1.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Noch keine Standortgespräche</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Referral won</source>
        <translation>Empfehlung gewonnen</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>z. B. 1200</translation>
    </message>
    <message>
        <source>Value of the business won</source>
        <translation>Wert des gewonnenen Geschäfts</translation>
    </message>
    <message>
        <source>What the business the referral brought is worth (empty: not known yet)</source>
        <translation>Was das Geschäft aus der Empfehlung wert ist (leer: noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Three-letter currency code, such as USD or EUR</source>
        <translation>Währungscode aus drei Buchstaben, etwa USD oder EUR</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>The day the business was won (today unless you say otherwise)</source>
        <translation>Der Tag, an dem das Geschäft gewonnen wurde (heute, wenn Sie nichts anderes angeben)</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Abgeschlossen am:</translation>
    </message>
    <message>
        <source>Congratulations! What was the business with %1 worth?</source>
        <translation>Glückwunsch! Was war das Geschäft mit %1 wert?</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Als &amp;gewonnen markieren</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>%1 (details are in the log file)</source>
        <translation>%1 (Einzelheiten stehen in der Protokolldatei)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Neuer Partner…</translation>
    </message>
    <message>
        <source>Add someone who sends you work, or could</source>
        <translation>Jemanden hinzufügen, der Ihnen Aufträge vermittelt oder vermitteln könnte</translation>
    </message>
    <message>
        <source>&amp;Log referral…</source>
        <translation>Empfehlung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record a referral you gave or received</source>
        <translation>Eine gegebene oder erhaltene Empfehlung festhalten</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring in contacts from Google, Outlook, LinkedIn, HubSpot, a spreadsheet or vCard</source>
        <translation>Kontakte aus Google, Outlook, LinkedIn, HubSpot, einer Tabelle oder vCard übernehmen</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>See past imports and undo one</source>
        <translation>Frühere Importe ansehen und einen rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>Alle Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save everything in a zip file: spreadsheet (CSV) files and one JSON file</source>
        <translation>Alles in einer ZIP-Datei speichern: Tabellen (CSV) und eine JSON-Datei</translation>
    </message>
    <message>
        <source>&amp;Print thank-you checklist…</source>
        <translation>Dank-Checkliste &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview and print the list of thank-you notes to write, or save it as a PDF</source>
        <translation>Die Liste der zu schreibenden Dankeskarten ansehen und drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Print &amp;mailing labels…</source>
        <translation>&amp;Adressetiketten drucken…</translation>
    </message>
    <message>
        <source>Address labels for the notes to post, on Avery L7160 (A4) or 5160 (Letter) sheets</source>
        <translation>Adressetiketten für die zu versendenden Karten, auf Avery-L7160- (A4) oder 5160-Bögen (Letter)</translation>
    </message>
    <message>
        <source>Print en&amp;velopes…</source>
        <translation>&amp;Umschläge drucken…</translation>
    </message>
    <message>
        <source>One DL or C6 envelope for each note to post</source>
        <translation>Ein DL- oder C6-Umschlag für jede zu versendende Karte</translation>
    </message>
    <message>
        <source>Ne&amp;w database…</source>
        <translation>Neue Daten&amp;bank…</translation>
    </message>
    <message>
        <source>Start a new, empty RefDesk database file</source>
        <translation>Eine neue, leere RefDesk-Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another RefDesk database file</source>
        <translation>Eine andere RefDesk-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Work on a database your team shares on a PostgreSQL server</source>
        <translation>Mit einer Datenbank arbeiten, die Ihr Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder now</source>
        <translation>Die Datenbank jetzt in den Sicherungsordner kopieren</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>Sicher&amp;ungen…</translation>
    </message>
    <message>
        <source>See the automatic backups, restore one, or open their folder</source>
        <translation>Die automatischen Sicherungen ansehen, eine wiederherstellen oder ihren Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>Datenbank &amp;prüfen…</translation>
    </message>
    <message>
        <source>Look for damage in the database file with SQLite&apos;s full integrity check</source>
        <translation>Die Datenbankdatei mit SQLites vollständiger Integritätsprüfung auf Schäden untersuchen</translation>
    </message>
    <message>
        <source>Show data &amp;folder</source>
        <translation>Daten&amp;ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the database, backups and logs</source>
        <translation>Den Ordner mit Datenbank, Sicherungen und Protokollen öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>RefDesk schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Make the change undone last again</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, default currency, your practice&apos;s rules, paper, light or dark; your name and the thank-you note templates</source>
        <translation>Sprache, Standardwährung, die Regeln Ihrer Praxis, Papier, hell oder dunkel; Ihr Name und die Vorlagen für Dankeskarten</translation>
    </message>
    <message>
        <source>RefDesk &amp;guide</source>
        <translation>RefDesk-&amp;Leitfaden</translation>
    </message>
    <message>
        <source>How to use RefDesk, and its words in plain words</source>
        <translation>Wie RefDesk funktioniert, und seine Begriffe in einfachen Worten</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Rundgang &amp;starten</translation>
    </message>
    <message>
        <source>Three steps: the pages, Today, and logging a referral</source>
        <translation>Drei Schritte: die Seiten, Heute und eine Empfehlung eintragen</translation>
    </message>
    <message>
        <source>&amp;About RefDesk</source>
        <translation>Über &amp;RefDesk</translation>
    </message>
    <message>
        <source>Versions, data folder and database</source>
        <translation>Versionen, Datenordner und Datenbank</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Find partner</source>
        <translation>Partner &amp;finden</translation>
    </message>
    <message>
        <source>Filter the list by name, company, category, email or tag</source>
        <translation>Die Liste nach Name, Firma, Kategorie, E-Mail oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected partner</source>
        <translation>Den gewählten Partner bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>B&amp;eenden…</translation>
    </message>
    <message>
        <source>Retire the selected partner, with a reason; their history is kept</source>
        <translation>Die Partnerschaft mit dem gewählten Partner beenden, mit Grund; seine Geschichte bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected partner and their history (Del; asks first; undoable)</source>
        <translation>Den gewählten Partner und seine Geschichte löschen (Entf; fragt vorher; rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge a duplicate into the selected partner; nothing is lost</source>
        <translation>Ein Duplikat mit dem gewählten Partner zusammenführen; nichts geht verloren</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare the selected possible duplicate with the partner it may be the same person as, then merge them field by field or keep both (Ctrl+Shift+D)</source>
        <translation>Das gewählte mögliche Duplikat mit dem Partner vergleichen, der dieselbe Person sein könnte, und dann Feld für Feld zusammenführen oder beide behalten (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Log &amp;meeting…</source>
        <translation>E&amp;intragen…</translation>
    </message>
    <message>
        <source>Log a one-to-one, coffee, joint client meeting, call or event</source>
        <translation>Ein Einzelgespräch, einen Kaffee, gemeinsamen Kundentermin, Anruf oder eine Veranstaltung eintragen</translation>
    </message>
    <message>
        <source>Add check-&amp;in…</source>
        <translation>E&amp;intragen…</translation>
    </message>
    <message>
        <source>Record where you stand: willingness to refer 0–10 and comfort</source>
        <translation>Festhalten, wo Sie stehen: Empfehlungsbereitschaft 0–10 und Vertrauen</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected meeting</source>
        <translation>Das gewählte Treffen bearbeiten</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected meeting (undoable)</source>
        <translation>Das gewählte Treffen löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Edit check-in…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected check-in</source>
        <translation>Das gewählte Standortgespräch bearbeiten</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected check-in (undoable)</source>
        <translation>Das gewählte Standortgespräch löschen (rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No referrals in this period.</source>
        <translation>Keine Empfehlungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Thanked me</source>
        <translation>Hat mir gedankt</translation>
    </message>
    <message>
        <source>Balance per partner</source>
        <translation>Saldo je Partner</translation>
    </message>
    <message>
        <source>← they give more  ·  I give more →</source>
        <translation>← sie geben mehr  ·  ich gebe mehr →</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Laufender Saldo</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (beendet)</translation>
    </message>
    <message>
        <source>%1
Given: %2
Received: %3
Balance: %4</source>
        <translation>%1
Gegeben: %2
Erhalten: %3
Saldo: %4</translation>
    </message>
    <message>
        <source>%1
Running balance: %2
This month: %3 given, %4 received</source>
        <translation>%1
Laufender Saldo: %2
Diesen Monat: %3 gegeben, %4 erhalten</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (bisher)</translation>
    </message>
    <message>
        <source>Running balance with %1, %2 to %3%4: %5 at the end; lowest %6 in %7, highest %8 in %9.</source>
        <translation>Laufender Saldo mit %1, %2 bis %3%4: %5 am Ende; am niedrigsten %6 im %7, am höchsten %8 im %9.</translation>
    </message>
    <message>
        <source>Running balance (given − received, from the first month shown)</source>
        <translation>Laufender Saldo (gegeben − erhalten, ab dem ersten gezeigten Monat)</translation>
    </message>
    <message>
        <source>%1 to %2.</source>
        <translation>%1 bis %2.</translation>
    </message>
    <message>
        <source>%1 so far.</source>
        <translation>%1 bisher.</translation>
    </message>
    <message>
        <source>Referrals given and received per month</source>
        <translation>Gegebene und erhaltene Empfehlungen pro Monat</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>%1
Given: %2
Received: %3
Running balance: %4</source>
        <translation>%1
Gegeben: %2
Erhalten: %3
Laufender Saldo: %4</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Given − received</source>
        <translation>Gegeben − erhalten</translation>
    </message>
    <message>
        <source>Value of closed business per month</source>
        <translation>Wert abgeschlossener Geschäfte pro Monat</translation>
    </message>
    <message>
        <source>Won by partners from my referrals</source>
        <translation>Von Partnern aus meinen Empfehlungen gewonnen</translation>
    </message>
    <message>
        <source>Won by me from referrals received</source>
        <translation>Von mir aus erhaltenen Empfehlungen gewonnen</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1; not counted: %2</source>
        <translation>%1; nicht gezählt: %2</translation>
    </message>
    <message>
        <source>No closed business in this period.
Mark a referral as won, with its value.</source>
        <translation>Keine abgeschlossenen Geschäfte in diesem Zeitraum.
Markieren Sie eine Empfehlung als gewonnen, mit ihrem Wert.</translation>
    </message>
    <message>
        <source>No closed business in this period.</source>
        <translation>Keine abgeschlossenen Geschäfte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1: %2 in all, most in %3 (%4).</source>
        <translation>%1: %2 insgesamt, am meisten im %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 in all.</source>
        <translation>%1: %2 insgesamt.</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Letzte 24 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation>Diagramm gespeichert</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show this chart&apos;s numbers as a table; press again for the chart</source>
        <translation>Die Zahlen dieses Diagramms als Tabelle zeigen; noch einmal drücken für das Diagramm</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the “%1” chart as a PNG or SVG image</source>
        <translation>Das Diagramm „%1“ als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Export %1 chart</source>
        <translation>Diagramm %1 exportieren</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: die Zahlen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>When you gave the referral</source>
        <translation>Wann Sie die Empfehlung gegeben haben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When the referral was given or received</source>
        <translation>Wann die Empfehlung gegeben oder erhalten wurde</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Given: you sent work to the partner. Received: the partner sent work to you.</source>
        <translation>Gegeben: Sie haben dem Partner Arbeit vermittelt. Erhalten: der Partner hat Ihnen Arbeit vermittelt.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The partner you gave the referral to, or received it from</source>
        <translation>Der Partner, dem Sie die Empfehlung gaben oder von dem Sie sie erhielten</translation>
    </message>
    <message>
        <source>The person (or partner) who was referred</source>
        <translation>Die Person (oder der Partner), die empfohlen wurde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recommendation (told them to call) or introduction (a warm, facilitated connection)</source>
        <translation>Empfehlung (gesagt, dass sie anrufen sollen) oder Vorstellung (ein persönlich vermittelter Kontakt)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>When to check with both parties that the connection was made</source>
        <translation>Wann Sie bei beiden Seiten nachfragen, ob der Kontakt zustande kam</translation>
    </message>
    <message>
        <source>Closed value</source>
        <translation>Abschlusswert</translation>
    </message>
    <message>
        <source>The business the referral brought, when won</source>
        <translation>Das Geschäft, das die Empfehlung gebracht hat, wenn gewonnen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>How it went: good, neutral or bad, and whether the partner was told</source>
        <translation>Wie es lief: gut, neutral oder schlecht, und ob der Partner informiert wurde</translation>
    </message>
    <message>
        <source>Thanked me</source>
        <translation>Hat mir gedankt</translation>
    </message>
    <message>
        <source>On a referral you gave: whether the partner and the prospect thanked you (Ctrl+H, Ctrl+Shift+H)</source>
        <translation>Bei einer Empfehlung, die Sie gegeben haben: ob Partner und Interessent Ihnen gedankt haben (Strg+H, Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Who you gave it to</source>
        <translation>An wen Sie sie gegeben haben</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Who you referred</source>
        <translation>Wen Sie empfohlen haben</translation>
    </message>
    <message>
        <source>Where the referral is, and whether the prospect thanked you</source>
        <translation>Wo die Empfehlung steht und ob der Interessent sich bedankt hat</translation>
    </message>
    <message>
        <source>The partner</source>
        <translation>Der Partner</translation>
    </message>
    <message>
        <source>To write, written (not yet sent) or sent; owed until it is sent</source>
        <translation>Zu schreiben, geschrieben (noch nicht versandt) oder versandt; offen, bis sie versandt ist</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Who the thank-you is for</source>
        <translation>Wem die Danksagung gilt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum der Empfehlung</translation>
    </message>
    <message>
        <source>When the referral came in</source>
        <translation>Wann die Empfehlung kam</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Handwritten card, email, call or gift</source>
        <translation>Handgeschriebene Karte, E-Mail, Anruf oder Geschenk</translation>
    </message>
    <message>
        <source>When to check that both sides connected</source>
        <translation>Wann Sie prüfen, ob beide Seiten in Kontakt gekommen sind</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Given to or received from them, and the prospect</source>
        <translation>An ihn gegeben oder von ihm erhalten, und der Interessent</translation>
    </message>
    <message>
        <source>When the import ran</source>
        <translation>Wann der Import lief</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The file imported</source>
        <translation>Die importierte Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The kind of file it was</source>
        <translation>Die Art der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Zeilen in der Datei</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>New partners it added</source>
        <translation>Neue Partner, die er hinzugefügt hat</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Partners already there that it filled in</source>
        <translation>Vorhandene Partner, die er ergänzt hat</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rows it left out</source>
        <translation>Zeilen, die er ausgelassen hat</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>New partners that look like one already there</source>
        <translation>Neue Partner, die einem vorhandenen ähneln</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imported, or undone (when)</source>
        <translation>Importiert oder rückgängig gemacht (wann)</translation>
    </message>
    <message>
        <source>Where the referral is</source>
        <translation>Wo die Empfehlung steht</translation>
    </message>
    <message>
        <source>When the thank-you should go out</source>
        <translation>Wann der Dank hinausgehen sollte</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Who to thank</source>
        <translation>Wem zu danken ist</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Why you are thanking them</source>
        <translation>Wofür Sie sich bedanken</translation>
    </message>
    <message>
        <source>To write, or written and not sent yet</source>
        <translation>Zu schreiben oder geschrieben und noch nicht versandt</translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation>Der Name des Partners</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Their business</source>
        <translation>Das Unternehmen des Partners</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Their profession</source>
        <translation>Der Beruf des Partners</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Referrals you gave them %1</source>
        <translation>Empfehlungen, die Sie dem Partner %1 gegeben haben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Referrals they gave you %1</source>
        <translation>Empfehlungen, die der Partner Ihnen %1 gegeben hat</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Of the referrals you gave them %1, how many the partner thanked you for: a healthy two-way street says thank you</source>
        <translation>Für wie viele der Empfehlungen, die Sie dem Partner %1 gegeben haben, er sich bedankt hat: In einer gesunden Partnerschaft auf Gegenseitigkeit sagt man Danke</translation>
    </message>
    <message>
        <source>The latest meeting, referral either way (or as the prospect), standing check-in or thank-you sent</source>
        <translation>Das letzte Treffen, die letzte Empfehlung in eine der beiden Richtungen (oder als Interessent), das letzte Standortgespräch oder die letzte versandte Danksagung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Zuletzt gefragt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Their last willingness to refer you, 0–10</source>
        <translation>Ihre letzte Bereitschaft, Sie zu empfehlen, 0–10</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>The latest meeting, referral either way, standing check-in or thank-you sent</source>
        <translation>Das letzte Treffen, die letzte Empfehlung in eine der beiden Richtungen, das letzte Standortgespräch oder die letzte versandte Danksagung</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>How often you want to be in touch with them (Partners → Edit)</source>
        <translation>Wie oft Sie mit dem Partner in Kontakt sein möchten (Partner → Bearbeiten)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>When it falls due; overdue ones first, marked “overdue”</source>
        <translation>Wann es fällig wird; Überfälliges zuerst, mit „überfällig“ gekennzeichnet</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>What to do, and with whom: a follow-up, a thank-you, a standing check-in, a meeting&apos;s next step or staying in touch</source>
        <translation>Was zu tun ist, und mit wem: Nachfassen, eine Danksagung, ein Standortgespräch, der nächste Schritt eines Treffens oder Kontakt halten</translation>
    </message>
    <message>
        <source>The date you gave the step at the meeting</source>
        <translation>Das Datum, das Sie dem Schritt beim Treffen gegeben haben</translation>
    </message>
    <message>
        <source>Who you met</source>
        <translation>Wen Sie getroffen haben</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>What you agreed to do next</source>
        <translation>Was Sie als Nächstes vereinbart haben</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>When the backup was taken</source>
        <translation>Wann die Sicherung angelegt wurde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Daily, before an upgrade, by hand, or before a restore</source>
        <translation>Täglich, vor einem Update, von Hand oder vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The size of the backup file</source>
        <translation>Die Größe der Sicherungsdatei</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partners in this backup</source>
        <translation>Partner in dieser Sicherung</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Referrals in this backup</source>
        <translation>Empfehlungen in dieser Sicherung</translation>
    </message>
    <message>
        <source>Thank-yous</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>Thank-yous in this backup</source>
        <translation>Danksagungen in dieser Sicherung</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>The column&apos;s name in the file</source>
        <translation>Der Name der Spalte in der Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>A value from the first rows of the file</source>
        <translation>Ein Wert aus den ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Where RefDesk puts the column&apos;s values</source>
        <translation>Wohin RefDesk die Werte der Spalte schreibt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>The row&apos;s line in the file</source>
        <translation>Die Zeile in der Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name the partner gets</source>
        <translation>Der Name, den der Partner erhält</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The partner&apos;s business</source>
        <translation>Das Unternehmen des Partners</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The row&apos;s email addresses</source>
        <translation>Die E-Mail-Adressen der Zeile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The row&apos;s phone numbers</source>
        <translation>Die Telefonnummern der Zeile</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>New partner, merged into one you have, or skipped (and why)</source>
        <translation>Neuer Partner, mit einem vorhandenen zusammengeführt oder übersprungen (und warum)</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <source>The partner this row may be, and why</source>
        <translation>Der Partner, der diese Zeile sein könnte, und warum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>What to do with the row</source>
        <translation>Was mit der Zeile geschehen soll</translation>
    </message>
</context>
<context>
    <name>contact</name>
    <message>
        <source>On time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Retired: no stay-in-touch reminders</source>
        <translation>Im Ruhestand: keine Kontakterinnerungen</translation>
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
    <name>edits</name>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. What you see now is what is saved.</source>
        <translation>Es wurde nichts geändert. Was Sie jetzt sehen, ist gespeichert.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>someone else has deleted this %1 since.</source>
        <translation>jemand anderes hat diesen Eintrag (%1) seitdem gelöscht.</translation>
    </message>
    <message>
        <source>someone else has changed this %1 since.</source>
        <translation>jemand anderes hat diesen Eintrag (%1) seitdem geändert.</translation>
    </message>
    <message>
        <source>Someone else deleted this %1; nothing was saved.</source>
        <translation>Jemand anderes hat diesen Eintrag (%1) gelöscht; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Undo it</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this was not saved. What you typed is still here: save again (if the server cannot be reached, a banner at the top of the window says when it is back).</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen, daher wurde nichts gespeichert. Was Sie eingegeben haben, ist noch da: speichern Sie erneut (ist der Server nicht erreichbar, sagt ein Hinweis oben im Fenster, wann er wieder da ist).</translation>
    </message>
    <message>
        <source>Reloaded the version saved by someone else (they changed %1). Your other changes are still here: Save to keep them, Cancel to leave their version.</source>
        <translation>Die von jemand anderem gespeicherte Fassung wurde geladen (geändert: %1). Ihre übrigen Änderungen sind noch da: Speichern behält sie, Abbrechen belässt deren Fassung.</translation>
    </message>
    <message>
        <source>nothing you can see</source>
        <translation>nichts Sichtbares</translation>
    </message>
    <message>
        <source>%1 Nothing is saved yet: Save again to choose what to do, or Cancel to drop your changes.</source>
        <translation>%1 Noch ist nichts gespeichert: Speichern Sie erneut, um zu entscheiden, was geschehen soll, oder brechen Sie ab, um Ihre Änderungen zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>No file manager could open the folder. It is:

%1</source>
        <translation>Kein Dateimanager konnte den Ordner öffnen. Er lautet:

%1</translation>
    </message>
    <message>
        <source>The path is on the clipboard: paste it into a file manager or a terminal.</source>
        <translation>Der Pfad ist in der Zwischenablage: fügen Sie ihn in einen Dateimanager oder ein Terminal ein.</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Ordnerpfad</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the file just saved</source>
        <translation>Den Ordner der gerade gespeicherten Datei öffnen</translation>
    </message>
    <message>
        <source>Open %1 (Ctrl+Shift+F)</source>
        <translation>%1 öffnen (Strg+Umschalt+F)</translation>
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
<context>
    <name>guide</name>
    <message>
        <source>More in the guide: Help → RefDesk guide (F1).</source>
        <translation>Mehr im Leitfaden: Hilfe → RefDesk-Leitfaden (F1).</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>← Guide</source>
        <translation>← Leitfaden</translation>
    </message>
    <message>
        <source>The words RefDesk uses</source>
        <translation>Die Begriffe von RefDesk</translation>
    </message>
    <message>
        <source>RefDesk guide</source>
        <translation>RefDesk-Leitfaden</translation>
    </message>
    <message>
        <source>This page is not in the guide.</source>
        <translation>Diese Seite gibt es im Leitfaden nicht.</translation>
    </message>
    <message>
        <source>Click for more in the guide.</source>
        <translation>Klicken für mehr im Leitfaden.</translation>
    </message>
    <message>
        <source>What does %1 mean?</source>
        <translation>Was bedeutet %1?</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Envelope %1</source>
        <translation>Umschlag %1</translation>
    </message>
    <message>
        <source>Mailing labels (%1)</source>
        <translation>Adressetiketten (%1)</translation>
    </message>
    <message>
        <source>Envelopes (%1)</source>
        <translation>Umschläge (%1)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>What needs doing today</source>
        <translation>Was heute zu tun ist</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Everyone who sends you work, or could</source>
        <translation>Alle, die Ihnen Aufträge vermitteln – oder es könnten</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Referrals given and received</source>
        <translation>Gegebene und erhaltene Empfehlungen</translation>
    </message>
    <message>
        <source>Thank-yous</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>Thank-you notes owed, written and sent</source>
        <translation>Offene, geschriebene und versandte Dankeskarten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Is each partnership a two-way street?</source>
        <translation>Beruht jede Partnerschaft auf Gegenseitigkeit?</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <source>Added %1. Ctrl+Z undoes it.</source>
        <translation>%1 angelegt. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Das Bearbeiten</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Partnerschaft mit %1 beenden</translation>
    </message>
    <message>
        <source>Retired %1. Tick “Show retired” to see them; Ctrl+Z undoes.</source>
        <translation>Partnerschaft mit %1 beendet. Kreuzen Sie „Beendete anzeigen“ an, um den Partner zu sehen; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>diesen Partner</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings them back.</source>
        <translation>%1 gelöscht. Strg+Z holt den Partner zurück.</translation>
    </message>
    <message>
        <source>Delete %1 with their meetings, check-ins, %2 and thank-yous?</source>
        <translation>%1 mit allen Treffen, Standortgesprächen, %2 und Danksagungen löschen?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z until you close RefDesk. To keep their history instead, retire them.</source>
        <translation>Bis Sie RefDesk schließen, können Sie das mit Strg+Z rückgängig machen. Um die Geschichte zu behalten, beenden Sie stattdessen die Partnerschaft.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Ctrl+Z undoes it.</source>
        <translation>%1 mit %2 zusammengeführt. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Partner zusammenführen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Das Vergleichen</translation>
    </message>
    <message>
        <source>This partner is not marked as a possible duplicate of anyone.</source>
        <translation>Dieser Partner ist bei niemandem als mögliches Duplikat markiert.</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>%1 and %2 are no longer listed as possible duplicates. Ctrl+Z undoes it.</source>
        <translation>%1 und %2 werden nicht mehr als mögliche Duplikate aufgeführt. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Editing the meeting</source>
        <translation>Das Bearbeiten des Treffens</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <source>Meeting deleted. Ctrl+Z brings it back.</source>
        <translation>Treffen gelöscht. Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <source>Editing the check-in</source>
        <translation>Das Bearbeiten des Standortgesprächs</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Standortgespräch löschen</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z brings it back.</source>
        <translation>Standortgespräch gelöscht. Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>Der Drucker oder die PDF-Datei ließ sich nicht zum Schreiben öffnen.</translation>
    </message>
    <message>
        <source>The printer refused to start a new page.</source>
        <translation>Der Drucker konnte keine neue Seite beginnen.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written (check the folder exists and is writable).</source>
        <translation>Die PDF-Datei %1 konnte nicht geschrieben werden (prüfen Sie, ob der Ordner existiert und beschreibbar ist).</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written: %2.</source>
        <translation>Die PDF-Datei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Danksagung</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Standortgespräch</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · überfällig</translation>
    </message>
</context>
</TS>
