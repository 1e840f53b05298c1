<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
