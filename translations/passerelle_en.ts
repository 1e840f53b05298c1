<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerFacts</name>
    <message numerus="yes">
        <source>Today, %n years old</source>
        <translation>
            <numerusform>Today, %n year old</numerusform>
            <numerusform>Today, %n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %n years old: %1, %2.</source>
        <translation>
            <numerusform>At %n year old: %1, %2.</numerusform>
            <numerusform>At %n years old: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %n years old today.</source>
        <translation>
            <numerusform>You are %n year old today.</numerusform>
            <numerusform>You are %n years old today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message numerus="yes">
        <source>%n made-up session(s) added to %1.</source>
        <translation>
            <numerusform>%n made-up session added to %1.</numerusform>
            <numerusform>%n made-up sessions added to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made-up session(s) saved to %1, then the next one could not be saved: %2. The others were not added.</source>
        <translation>
            <numerusform>%n made-up session saved to %1, then the next one could not be saved: %2. The others were not added.</numerusform>
            <numerusform>%n made-up sessions saved to %1, then the next one could not be saved: %2. The others were not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityExplainer</name>
    <message numerus="yes">
        <source>You can spend your credit for %n months after you activate it.</source>
        <translation>
            <numerusform>You can spend your credit for %n month after you activate it.</numerusform>
            <numerusform>You can spend your credit for %n months after you activate it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %n years old.</source>
        <translation>
            <numerusform>You are %n year old.</numerusform>
            <numerusform>You are %n years old.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Did you activate it before %1? Then it lasts %n months after you activated it.</source>
        <translation>
            <numerusform>Did you activate it before %1? Then it lasts %n month after you activated it.</numerusform>
            <numerusform>Did you activate it before %1? Then it lasts %n months after you activated it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation>
            <numerusform>%n session exported to %1.</numerusform>
            <numerusform>%n sessions exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without personal data (purged or not stored).</source>
        <translation>
            <numerusform>%n of them without personal data (purged or not stored).</numerusform>
            <numerusform>%n of them without personal data (purged or not stored).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message numerus="yes">
        <source>%n line(s) of statistics written to %1.</source>
        <translation>
            <numerusform>%n line of statistics written to %1.</numerusform>
            <numerusform>%n lines of statistics written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CounselorTools</name>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n seconds.</source>
        <translation>
            <numerusform>Wrong PIN. Wait %n second.</numerusform>
            <numerusform>Wrong PIN. Wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Wait %n second.</numerusform>
            <numerusform>Too many wrong PINs. Wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CountdownScreen</name>
    <message numerus="yes">
        <source>In %n seconds, everything you typed is erased for the next person.</source>
        <translation>
            <numerusform>In %n second, everything you typed is erased for the next person.</numerusform>
            <numerusform>In %n seconds, everything you typed is erased for the next person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DraftResumeDialog</name>
    <message numerus="yes">
        <source>started %n minute(s) ago</source>
        <translation>
            <numerusform>started %n minute ago</numerusform>
            <numerusform>started %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n hour(s) ago</source>
        <translation>
            <numerusform>started %n hour ago</numerusform>
            <numerusform>started %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n day(s) ago</source>
        <translation>
            <numerusform>started %n day ago</numerusform>
            <numerusform>started %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::EligibilityTimeline</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::HistoryView</name>
    <message numerus="yes">
        <source>%n session(s) saved on this computer.</source>
        <translation>
            <numerusform>%n session saved on this computer.</numerusform>
            <numerusform>%n sessions saved on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n file saved in %1.</numerusform>
            <numerusform>%n files saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::PinDialog</name>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Wrong PIN. Wait %n second before trying again.</numerusform>
            <numerusform>Wrong PIN. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Too many wrong PINs. Wait %n second before trying again.</numerusform>
            <numerusform>Too many wrong PINs. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ProfilePage</name>
    <message numerus="yes">
        <source>To continue, answer the questions marked above: %n left.</source>
        <translation><numerusform>To continue, answer the questions marked above: %n left.</numerusform><numerusform>To continue, answer the questions marked above: %n left.</numerusform></translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ResultPage</name>
    <message numerus="yes">
        <source>%n months after activation</source>
        <translation>
            <numerusform>%n month after activation</numerusform>
            <numerusform>%n months after activation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>possible if started before %n years old</source>
        <translation><numerusform>possible if started before %n year old</numerusform><numerusform>possible if started before %n years old</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Bonus at %n years old</source>
        <translation><numerusform>Bonus at %n year old</numerusform><numerusform>Bonus at %n years old</numerusform></translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n session(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n session waiting to be sent.</numerusform>
            <numerusform>%n sessions waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) refused by the server.</source>
        <translation>
            <numerusform>%n session refused by the server.</numerusform>
            <numerusform>%n sessions refused by the server.</numerusform>
        </translation>
    </message>
</context>
</TS>
