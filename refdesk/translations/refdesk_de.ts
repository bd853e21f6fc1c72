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
    <name>PartnerDialog</name>
    <message>
        <source>Stay in touch e&amp;very</source>
        <translation>&amp;Kontakt alle</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Stay in touch every N weeks</source>
        <translation>Alle N Wochen melden</translation>
    </message>
    <message>
        <source>How often you want to be in touch with them, in weeks (%1 to %2); empty: their stage&apos;s (set in Edit → Settings…). A meeting, a referral either way, a check-in or a thank-you sent starts it again.</source>
        <translation>Wie oft Sie mit dem Partner in Kontakt sein möchten, in Wochen (%1 bis %2); leer: der Rhythmus seiner Phase (unter Bearbeiten → Einstellungen…). Ein Treffen, eine Empfehlung in eine der beiden Richtungen, ein Standortgespräch oder eine versandte Danksagung lässt ihn neu beginnen.</translation>
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
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
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
        <source>Partner</source>
        <translation>Partner</translation>
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
        <source>Due</source>
        <translation>Fällig</translation>
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
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
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
