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
        <source>Their last standing check-in: one is due every %n day(s)</source>
        <translation>
            <numerusform>Their last standing check-in: one is due every day</numerusform>
            <numerusform>Their last standing check-in: one is due every %n days</numerusform>
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
