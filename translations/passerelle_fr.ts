<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Fill in the day, the month and the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day must be a number from 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be a number from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must have four digits, for example 2008.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist (check the day and the month).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>You can get the pass Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free offers now, your credit later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: it is a bit early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age limit has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: one year in France is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available where you live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityCommand</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm identity by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months after activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence condition met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot; (fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date: &quot;%1&quot; is not a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on: &quot;%1&quot; is not a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nationality: &quot;%1&quot; is not fr, eu or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resident-since: &quot;%1&quot; is not a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--territory: unknown code &quot;%1&quot; (one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityEngine</name>
    <message>
        <source>The birth date is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment date is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is after the appointment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a place of residence from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date since when you live in France.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of arrival in France is before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of arrival in France is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass Culture did not exist yet on that date (it started on %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityExplainer</name>
    <message>
        <source>From %1, you will get %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your identity in the pass Culture app by %1 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can spend your credit until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can spend your credit for %n months after you activate it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For online offers, you can spend up to %1 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may get %1 more at 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counselor can check this with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, you will get %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counselor can show you other ways to enjoy culture and leisure near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This extra money is for families with a modest income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is also for young people who receive the AEEH or the AAH (disability allowances).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good news: you can get the pass Culture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You are %n years old.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can get %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can already create your account and book free offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a bit early for the pass Culture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, you can book free offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to live in France for at least one year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By then, you will be past the age limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So the pass Culture will not be possible for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is past the age to get a new pass Culture credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you activate your pass before? Then you can still use it until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass Culture is not available where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be available from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At that time, the pass existed only in some test départements. Check that yours was one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityRoute</name>
    <message>
        <source>French identity card, still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French passport, still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign identity card or passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit (titre de séjour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French document expired or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of the identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport photo page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selfie holding the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo check in the pass Culture app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online file on Démarche Numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the pass Culture app, you take a photo of your document and of your face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the original document, not a copy or a screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have three tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You send your file on the Démarche Numérique website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need: your identity document, a selfie holding it, and a proof of address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer comes within a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, you need an identity document. Your counselor can help you ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nationality</name>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another EU or EEA country, or Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>Metropolitan France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guadeloupe (971)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Martinique (972)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Guiana (973)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La Réunion (974)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon (975)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayotte (976)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint-Barthélemy (977)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint-Martin (978)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallis and Futuna (986)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Caledonia, South Province (988)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Caledonia, another province (988)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Polynesia (987)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside France</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
