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
