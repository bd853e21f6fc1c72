<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AskSection</name>
    <message numerus="yes">
        <source>Nothing to ask: every partner you gave a referral to more than %n day(s) ago has thanked you. When one has not, RefDesk lists it here so you can ask how it went.</source>
        <translation>
            <numerusform>Nothing to ask: every partner you gave a referral to more than %n day ago has thanked you. When one has not, RefDesk lists it here so you can ask how it went.</numerusform>
            <numerusform>Nothing to ask: every partner you gave a referral to more than %n days ago has thanked you. When one has not, RefDesk lists it here so you can ask how it went.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you gave the referral: listed once the partner has not thanked you for %n day(s) (Edit → Settings…)</source>
        <translation>
            <numerusform>When you gave the referral: listed once the partner has not thanked you for %n day (Edit → Settings…)</numerusform>
            <numerusform>When you gave the referral: listed once the partner has not thanked you for %n days (Edit → Settings…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thank-you(s)</source>
        <translation>
            <numerusform>%Ln thank-you</numerusform>
            <numerusform>%Ln thank-yous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message numerus="yes">
        <source>%n partner(s) with the largest imbalance, given − received: %1.</source>
        <translation>
            <numerusform>%n partner with the largest imbalance, given − received: %1.</numerusform>
            <numerusform>%n partners with the largest imbalance, given − received: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingUpSection</name>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s), and nothing overdue. Follow-ups, thank-yous, check-ins, meeting next steps and stay-in-touch dates appear here a week ahead.</source>
        <translation>
            <numerusform>Nothing due in the next %n day, and nothing overdue. Follow-ups, thank-yous, check-ins, meeting next steps and stay-in-touch dates appear here a week ahead.</numerusform>
            <numerusform>Nothing due in the next %n days, and nothing overdue. Follow-ups, thank-yous, check-ins, meeting next steps and stay-in-touch dates appear here a week ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactWords</name>
    <message numerus="yes">
        <source>Stay in touch: on time, due soon (within %n day(s)) or overdue, by each partner&apos;s “stay in touch every N weeks” (by default their stage&apos;s, set in Edit → Settings…). A meeting, a referral either way, a standing check-in or a thank-you sent starts it again.</source>
        <translation>
            <numerusform>Stay in touch: on time, due soon (within %n day) or overdue, by each partner&apos;s “stay in touch every N weeks” (by default their stage&apos;s, set in Edit → Settings…). A meeting, a referral either way, a standing check-in or a thank-you sent starts it again.</numerusform>
            <numerusform>Stay in touch: on time, due soon (within %n days) or overdue, by each partner&apos;s “stay in touch every N weeks” (by default their stage&apos;s, set in Edit → Settings…). A meeting, a referral either way, a standing check-in or a thank-you sent starts it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n week(s), the default for %1.</source>
        <translation>
            <numerusform>Stay in touch every week, the default for %1.</numerusform>
            <numerusform>Stay in touch every %n weeks, the default for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n week(s).</source>
        <translation>
            <numerusform>Stay in touch every week.</numerusform>
            <numerusform>Stay in touch every %n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>Loading %Ln partner(s)…</source>
        <translation>
            <numerusform>Loading %Ln partner…</numerusform>
            <numerusform>Loading %Ln partners…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln partner(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln partner</numerusform>
            <numerusform>Showing %1 of %Ln partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <source>Exported %Ln row(s)</source>
        <translation>
            <numerusform>Exported %Ln row</numerusform>
            <numerusform>Exported %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GivenReceivedChart</name>
    <message numerus="yes">
        <source>%n referral(s) given, most in %1 (%2); %3 received, most in %4 (%5). Running balance at the end: %6.</source>
        <translation>
            <numerusform>%n referral given, most in %1 (%2); %3 received, most in %4 (%5). Running balance at the end: %6.</numerusform>
            <numerusform>%n referrals given, most in %1 (%2); %3 received, most in %4 (%5). Running balance at the end: %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thank-you(s)</source>
        <translation>
            <numerusform>%Ln thank-you</numerusform>
            <numerusform>%Ln thank-yous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>Importing… %Ln row(s) read</source>
        <translation>
            <numerusform>Importing… %Ln row read</numerusform>
            <numerusform>Importing… %Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s) created</source>
        <translation>
            <numerusform>%Ln new partner created</numerusform>
            <numerusform>%Ln new partners created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into partners you had</source>
        <translation>
            <numerusform>%Ln merged into partners you had</numerusform>
            <numerusform>%Ln merged into partners you had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln row skipped</numerusform>
            <numerusform>%Ln rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked as possible duplicate</source>
        <translation>
            <numerusform>%Ln marked as possible duplicate</numerusform>
            <numerusform>%Ln marked as possible duplicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>(the first %Ln line(s) before the column names are skipped)</source>
        <translation>
            <numerusform>(the first %Ln line before the column names is skipped)</numerusform>
            <numerusform>(the first %Ln lines before the column names are skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) will be imported.</source>
        <translation>
            <numerusform>%Ln column will be imported.</numerusform>
            <numerusform>%Ln columns will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingAddresses</name>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will get no label:</source>
        <translation>
            <numerusform>%n note has no postal address on file, so it will get no label:</numerusform>
            <numerusform>%n notes have no postal address on file, so they will get no label:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will get no envelope:</source>
        <translation>
            <numerusform>%n note has no postal address on file, so it will get no envelope:</numerusform>
            <numerusform>%n notes have no postal address on file, so they will get no envelope:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will be listed without one:</source>
        <translation>
            <numerusform>%n note has no postal address on file, so it will be listed without one:</numerusform>
            <numerusform>%n notes have no postal address on file, so they will be listed without one:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message numerus="yes">
        <source>Empty: every %n week(s), the default for %1.</source>
        <translation>
            <numerusform>Empty: every week, the default for %1.</numerusform>
            <numerusform>Empty: every %n weeks, the default for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>Checking the file… %Ln row(s) read</source>
        <translation>
            <numerusform>Checking the file… %Ln row read</numerusform>
            <numerusform>Checking the file… %Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>%Ln new partner</numerusform>
            <numerusform>%Ln new partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into partners you have (same email address)</source>
        <translation>
            <numerusform>%Ln merged into partners you have (same email address)</numerusform>
            <numerusform>%Ln merged into partners you have (same email address)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row message(s) will be listed after the import.</source>
        <translation>
            <numerusform>%Ln row message will be listed after the import.</numerusform>
            <numerusform>%Ln row messages will be listed after the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message numerus="yes">
        <source>Its %n unsent thank-you(s) will be removed too.</source>
        <translation>
            <numerusform>Its unsent thank-you will be removed too.</numerusform>
            <numerusform>Its %n unsent thank-yous will be removed too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <source>%Ln referral(s) match(es)</source>
        <translation>
            <numerusform>%Ln referral matches</numerusform>
            <numerusform>%Ln referrals match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n thing(s) due today</source>
        <translation>
            <numerusform>%n thing due today</numerusform>
            <numerusform>%n things due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s) due</source>
        <translation>
            <numerusform>%n more thing due</numerusform>
            <numerusform>%n more things due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on Today</source>
        <translation>
            <numerusform>…and %n more on Today</numerusform>
            <numerusform>…and %n more on Today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersTray</name>
    <message numerus="yes">
        <source>RefDesk: %n thing(s) due today</source>
        <translation>
            <numerusform>RefDesk: %n thing due today</numerusform>
            <numerusform>RefDesk: %n things due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more on Today…</source>
        <translation>
            <numerusform>%n more on Today…</numerusform>
            <numerusform>%n more on Today…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message numerus="yes">
        <source>Mark %n thank-you(s) still to write</source>
        <translation>
            <numerusform>Mark %n thank-you still to write</numerusform>
            <numerusform>Mark %n thank-yous still to write</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) still to write. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Marked %n thank-you still to write. Ctrl+Z undoes it.</numerusform>
            <numerusform>Marked %n thank-yous still to write. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) written</source>
        <translation>
            <numerusform>Mark %n thank-you written</numerusform>
            <numerusform>Mark %n thank-yous written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) written. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Marked %n thank-you written. Ctrl+Z undoes it.</numerusform>
            <numerusform>Marked %n thank-yous written. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) sent</source>
        <translation>
            <numerusform>Mark %n thank-you sent</numerusform>
            <numerusform>Mark %n thank-yous sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) sent. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Marked %n thank-you sent. Ctrl+Z undoes it.</numerusform>
            <numerusform>Marked %n thank-yous sent. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set method of %n thank-you(s): %1</source>
        <translation>
            <numerusform>Set method of %n thank-you: %1</numerusform>
            <numerusform>Set method of %n thank-yous: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n thank-you(s)</source>
        <translation>
            <numerusform>Delete %n thank-you</numerusform>
            <numerusform>Delete %n thank-yous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n thank-you(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Deleted %n thank-you. Ctrl+Z brings them back.</numerusform>
            <numerusform>Deleted %n thank-yous. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n referral(s) given this month</source>
        <translation>
            <numerusform>%n referral given this month</numerusform>
            <numerusform>%n referrals given this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) received this month</source>
        <translation>
            <numerusform>%n referral received this month</numerusform>
            <numerusform>%n referrals received this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you(s) owed, %1 overdue</source>
        <translation>
            <numerusform>%n thank-you owed, %1 overdue</numerusform>
            <numerusform>%n thank-yous owed, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-ups due. Log a referral and RefDesk reminds you here, %n day(s) later, to check that both sides connected.</source>
        <translation>
            <numerusform>No follow-ups due. Log a referral and RefDesk reminds you here, %n day later, to check that both sides connected.</numerusform>
            <numerusform>No follow-ups due. Log a referral and RefDesk reminds you here, %n days later, to check that both sides connected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone has been asked where you stand in the last %n day(s).</source>
        <translation>
            <numerusform>Everyone has been asked where you stand in the last day.</numerusform>
            <numerusform>Everyone has been asked where you stand in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their last standing check-in: one is due every %n day(s)</source>
        <translation>
            <numerusform>Their last standing check-in: one is due every day</numerusform>
            <numerusform>Their last standing check-in: one is due every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing due today. %n follow-up(s) coming up — see Coming up.</source>
        <translation>
            <numerusform>Nothing due today. %n follow-up coming up — see Coming up.</numerusform>
            <numerusform>Nothing due today. %n follow-ups coming up — see Coming up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Mark %n follow-up done</numerusform>
            <numerusform>Mark %n follow-ups done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) sent</source>
        <translation>
            <numerusform>Mark %n thank-you sent</numerusform>
            <numerusform>Mark %n thank-yous sent</numerusform>
        </translation>
    </message>
</context>
</TS>
