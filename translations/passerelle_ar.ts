<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>--kind: unknown document "%1" (id1, id3 or a4).</source>
        <translation>--kind: وثيقة غير معروفة «%1» (id1 أو id3 أو a4).</translation>
    </message>
    <message>
        <source>%1: not a readable image.</source>
        <translation>%1: ليست صورة يمكن قراءتها.</translation>
    </message>
    <message>
        <source>an image file is required.</source>
        <translation>يلزم ملف صورة.</translation>
    </message>
</context>
<context>
    <name>AnswerFacts</name>
    <message>
        <source>your French identity card</source>
        <translation>بطاقة هويتك الفرنسية</translation>
    </message>
    <message>
        <source>your French passport</source>
        <translation>جواز سفرك الفرنسي</translation>
    </message>
    <message>
        <source>your foreign identity card or passport</source>
        <translation>بطاقة هويتك أو جواز سفرك الأجنبي</translation>
    </message>
    <message>
        <source>your residence permit</source>
        <translation>بطاقة إقامتك</translation>
    </message>
    <message>
        <source>your French identity document, even expired</source>
        <translation>وثيقة هويتك الفرنسية، حتى لو انتهت صلاحيتها</translation>
    </message>
    <message>
        <source>Your ÉduConnect codes, given by your school. No photo needed.</source>
        <translation>رموز ÉduConnect التي أعطتك إياها مدرستك. لا حاجة إلى صور.</translation>
    </message>
    <message>
        <source>An identity document: your counselor can help you ask for one.</source>
        <translation>وثيقة هوية: يمكن لمستشارك مساعدتك في طلبها.</translation>
    </message>
    <message>
        <source>Identity document: %1.</source>
        <translation>وثيقة الهوية: %1.</translation>
    </message>
    <message>
        <source>Identity document: %1, a selfie holding it and a proof of address.</source>
        <translation>وثيقة الهوية: %1، وصورة سيلفي وأنت تحملها، وإثبات عنوان.</translation>
    </message>
    <message>
        <source>Identity document: %1 and a selfie holding it.</source>
        <translation>وثيقة الهوية: %1 وصورة سيلفي وأنت تحملها.</translation>
    </message>
    <message>
        <source>Log in with ÉduConnect in the pass Culture app by %1.</source>
        <translation>سجّل الدخول عبر ÉduConnect في تطبيق pass Culture في موعد أقصاه %1.</translation>
    </message>
    <message>
        <source>Send your file on Démarche Numérique by %1.</source>
        <translation>أرسل ملفك على Démarche Numérique في موعد أقصاه %1.</translation>
    </message>
    <message>
        <source>Confirm your identity in the pass Culture app by %1.</source>
        <translation>أكّد هويتك في تطبيق pass Culture في موعد أقصاه %1.</translation>
    </message>
    <message>
        <source>Ask your counselor which of these ideas are near you.</source>
        <translation>اسأل مستشارك أيّ هذه الأفكار قريبة منك.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ابتداءً من %1</translation>
    </message>
    <message>
        <source>Yes, the pass Culture is for you</source>
        <translation>نعم، pass Culture لك</translation>
    </message>
    <message>
        <source>to spend now</source>
        <translation>لتنفقها الآن</translation>
    </message>
    <message>
        <source>Reminder: %1 to spend, identity to confirm by %2.</source>
        <translation>تذكير: %1 لتنفقها، وتأكيد الهوية في موعد أقصاه %2.</translation>
    </message>
    <message>
        <source>Reminder: %1 to spend.</source>
        <translation>تذكير: %1 لتنفقها.</translation>
    </message>
    <message>
        <source>Yes: free offers now, your credit later</source>
        <translation>نعم: العروض المجانية الآن، ورصيدك لاحقًا</translation>
    </message>
    <message>
        <source>Create your account now with your ÉduConnect codes.</source>
        <translation>أنشئ حسابك الآن برموز ÉduConnect.</translation>
    </message>
    <message>
        <source>Create your account now in the pass Culture app.</source>
        <translation>أنشئ حسابك الآن في تطبيق pass Culture.</translation>
    </message>
    <message>
        <source>Reminder: free offers now, %1 from %2.</source>
        <translation>تذكير: العروض المجانية الآن، و%1 ابتداءً من %2.</translation>
    </message>
    <message>
        <source>Reminder: free offers now.</source>
        <translation>تذكير: العروض المجانية الآن.</translation>
    </message>
    <message>
        <source>No credit for you, but other good plans exist</source>
        <translation>لا رصيد لك، لكن توجد فرص جيدة أخرى</translation>
    </message>
    <message>
        <source>Not yet: come back a little later</source>
        <translation>ليس بعد: عُد لاحقًا</translation>
    </message>
    <message>
        <source>Not yet: after more than one year in France</source>
        <translation>ليس بعد: بعد أكثر من سنة في فرنسا</translation>
    </message>
    <message>
        <source>Come back from %1 to create your account.</source>
        <translation>عُد ابتداءً من %1 لإنشاء حسابك.</translation>
    </message>
    <message>
        <source>Come back from %1 to get your credit.</source>
        <translation>عُد ابتداءً من %1 للحصول على رصيدك.</translation>
    </message>
    <message>
        <source>No credit at your age, but other good plans exist</source>
        <translation>لا رصيد في سنّك، لكن توجد فرص جيدة أخرى</translation>
    </message>
    <message>
        <source>Started your sign-up before you turned %1? Finish it in the app.</source>
        <translation>هل بدأت تسجيلك قبل أن تبلغ %1 سنة؟ أكمله في التطبيق.</translation>
    </message>
    <message>
        <source>Already activated your pass? Use it until %1.</source>
        <translation>هل فعّلت رصيدك من قبل؟ استعمله حتى %1.</translation>
    </message>
    <message>
        <source>Not yet where you live</source>
        <translation>ليس بعد في مكان سكنك</translation>
    </message>
    <message>
        <source>Come back from %1: the pass Culture arrives where you live.</source>
        <translation>عُد ابتداءً من %1: يصل pass Culture إلى مكان سكنك.</translation>
    </message>
    <message>
        <source>No pass Culture where you live, but other good plans exist</source>
        <translation>لا يوجد pass Culture في مكان سكنك، لكن توجد فرص جيدة أخرى</translation>
    </message>
    <message>
        <source>Reminder: %1 from %2.</source>
        <translation>تذكير: %1 ابتداءً من %2.</translation>
    </message>
    <message>
        <source>Reminder: not yet, come back from %1.</source>
        <translation>تذكير: ليس بعد، عُد ابتداءً من %1.</translation>
    </message>
    <message>
        <source>Reminder: no pass Culture credit, other good plans exist.</source>
        <translation>تذكير: لا رصيد من pass Culture، لكن توجد فرص جيدة أخرى.</translation>
    </message>
    <message>
        <source>Free offers</source>
        <translation>عروض مجانية</translation>
    </message>
    <message>
        <source>End of credit</source>
        <translation>نهاية الرصيد</translation>
    </message>
    <message>
        <source>Too late to start</source>
        <translation>فات أوان البدء</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>مضى</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>not possible for you</source>
        <translation>غير ممكن لك</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>قادم</translation>
    </message>
    <message numerus="yes">
        <source>Today, %n years old</source>
        <translation>
            <numerusform>اليوم، %n سنة</numerusform>
            <numerusform>اليوم، سنة واحدة</numerusform>
            <numerusform>اليوم، سنتان</numerusform>
            <numerusform>اليوم، %n سنوات</numerusform>
            <numerusform>اليوم، %n سنة</numerusform>
            <numerusform>اليوم، %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>More than one year in France</source>
        <translation>أكثر من سنة في فرنسا</translation>
    </message>
    <message>
        <source>The pass arrives where you live</source>
        <translation>يصل الـpass إلى مكان سكنك</translation>
    </message>
    <message numerus="yes">
        <source>At %n years old: %1, %2.</source>
        <translation>
            <numerusform>في سن %n: %1، %2.</numerusform>
            <numerusform>في سن %n: %1، %2.</numerusform>
            <numerusform>في سن %n: %1، %2.</numerusform>
            <numerusform>في سن %n: %1، %2.</numerusform>
            <numerusform>في سن %n: %1، %2.</numerusform>
            <numerusform>في سن %n: %1، %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %n years old today.</source>
        <translation>
            <numerusform>عمرك اليوم %n سنة.</numerusform>
            <numerusform>عمرك اليوم سنة واحدة.</numerusform>
            <numerusform>عمرك اليوم سنتان.</numerusform>
            <numerusform>عمرك اليوم %n سنوات.</numerusform>
            <numerusform>عمرك اليوم %n سنة.</numerusform>
            <numerusform>عمرك اليوم %n سنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until %1: %2.</source>
        <translation>انتظار حتى %1: %2.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>المكتبات العامة</translation>
    </message>
    <message>
        <source>Borrow books, films, music and games, free or almost free.</source>
        <translation>استعر كتبًا وأفلامًا وموسيقى وألعابًا، مجانًا أو تقريبًا.</translation>
    </message>
    <message>
        <source>National museums</source>
        <translation>المتاحف الوطنية</translation>
    </message>
    <message>
        <source>Free before 26 if you live in the European Union.</source>
        <translation>مجانية قبل سن 26 إذا كنت تسكن في الاتحاد الأوروبي.</translation>
    </message>
    <message>
        <source>Youth cards</source>
        <translation>بطاقات الشباب</translation>
    </message>
    <message>
        <source>Discounts from your region or town: ask the Mission Locale or the town hall.</source>
        <translation>تخفيضات من منطقتك أو مدينتك: اسأل Mission Locale أو البلدية.</translation>
    </message>
    <message>
        <source>The pass Culture app</source>
        <translation>تطبيق pass Culture</translation>
    </message>
    <message>
        <source>Even without credit, find cultural events near you.</source>
        <translation>حتى دون رصيد، اعثر على فعاليات ثقافية قريبة منك.</translation>
    </message>
    <message>
        <source>Mission Locale outings</source>
        <translation>نزهات Mission Locale</translation>
    </message>
    <message>
        <source>Outings and events with the Mission Locale and its partners.</source>
        <translation>نزهات وفعاليات مع Mission Locale وشركائها.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The pass Culture rules could not be read (%1). Please reinstall Passerelle.</source>
        <translation>تعذّرت قراءة قواعد pass Culture (%1). يُرجى إعادة تثبيت Passerelle.</translation>
    </message>
    <message>
        <source>There is no answer to save yet.</source>
        <translation>لا يوجد جواب للحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>تعذّر إنشاء مجلد البيانات %1.</translation>
    </message>
    <message>
        <source>Other users of this computer may open the data folder %1. Passerelle leaves its permissions as they are; the personal data inside stays encrypted. Restrict the folder to your own account unless it is meant to be shared.</source>
        <translation>يمكن لمستخدمين آخرين لهذا الحاسوب فتح مجلد البيانات %1. يترك Passerelle صلاحياته كما هي؛ وتبقى البيانات الشخصية بداخله مشفّرة. اجعل المجلد مقصورًا على حسابك ما لم يكن مخصّصًا للمشاركة.</translation>
    </message>
</context>
<context>
    <name>CaptureFiles</name>
    <message>
        <source>There is no picture to save.</source>
        <translation>لا توجد أي صورة للحفظ.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>هذا المجلد غير موجود.</translation>
    </message>
    <message>
        <source>%1 could not be written. Is the folder writable, or the drive full?</source>
        <translation>تعذّرت كتابة %1. هل المجلد محمي من الكتابة، أم القرص ممتلئ؟</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>وثائق الهوية</translation>
    </message>
</context>
<context>
    <name>CaptureGuidance</name>
    <message>
        <source>Good. The card is ready.</source>
        <translation>جيد. البطاقة جاهزة.</translation>
    </message>
    <message>
        <source>Put the card in the frame.</source>
        <translation>ضع البطاقة داخل الإطار.</translation>
    </message>
    <message>
        <source>Part of the card is outside the picture. Move it to the middle.</source>
        <translation>جزء من البطاقة خارج الصورة. ضعها في الوسط.</translation>
    </message>
    <message>
        <source>Bring the card closer.</source>
        <translation>قرّب البطاقة.</translation>
    </message>
    <message>
        <source>It is too dark. Move toward the light.</source>
        <translation>المكان مظلم جداً. اقترب من الضوء.</translation>
    </message>
    <message>
        <source>There is too much light. Move away from the lamp.</source>
        <translation>الضوء قوي جداً. ابتعد عن المصباح.</translation>
    </message>
    <message>
        <source>Hold the card flat, facing the camera.</source>
        <translation>أمسك البطاقة مستوية أمام الكاميرا.</translation>
    </message>
    <message>
        <source>There is a reflection: tilt the card a little.</source>
        <translation>يوجد لمعان على البطاقة: أمِلها قليلاً.</translation>
    </message>
    <message>
        <source>The picture is blurry. Hold the card still.</source>
        <translation>الصورة غير واضحة. لا تحرّك البطاقة.</translation>
    </message>
    <message>
        <source>Good. The passport page is ready.</source>
        <translation>جيد. صفحة جواز السفر جاهزة.</translation>
    </message>
    <message>
        <source>Put the open passport in the frame, photo page up.</source>
        <translation>افتح جواز سفرك على الصفحة التي فيها صورتك. ضعه داخل الإطار.</translation>
    </message>
    <message>
        <source>Part of the passport page is outside the picture. Move it to the middle.</source>
        <translation>جزء من الصفحة خارج الصورة. ضع جواز السفر في الوسط.</translation>
    </message>
    <message>
        <source>Bring the passport closer.</source>
        <translation>قرّب جواز السفر.</translation>
    </message>
    <message>
        <source>Hold the passport flat, facing the camera.</source>
        <translation>أمسك جواز السفر مستوياً أمام الكاميرا.</translation>
    </message>
    <message>
        <source>There is a reflection: tilt the passport a little.</source>
        <translation>يوجد لمعان على الصفحة: أمِل جواز السفر قليلاً.</translation>
    </message>
    <message>
        <source>The picture is blurry. Hold the passport still.</source>
        <translation>الصورة غير واضحة. لا تحرّك جواز السفر.</translation>
    </message>
    <message>
        <source>Good. The page is ready.</source>
        <translation>جيد. الورقة جاهزة.</translation>
    </message>
    <message>
        <source>Put the whole page in the frame.</source>
        <translation>ضع الورقة كلها داخل الإطار.</translation>
    </message>
    <message>
        <source>Part of the page is outside the picture. Move it back a little.</source>
        <translation>جزء من الورقة خارج الصورة. أبعِدها قليلاً.</translation>
    </message>
    <message>
        <source>Bring the page closer.</source>
        <translation>قرّب الورقة.</translation>
    </message>
    <message>
        <source>Hold the page flat, facing the camera.</source>
        <translation>أمسك الورقة مستوية أمام الكاميرا.</translation>
    </message>
    <message>
        <source>There is a reflection: tilt the page a little.</source>
        <translation>يوجد لمعان على الورقة: أمِلها قليلاً.</translation>
    </message>
    <message>
        <source>The picture is blurry. Hold the page still.</source>
        <translation>الصورة غير واضحة. لا تحرّك الورقة.</translation>
    </message>
    <message>
        <source>Do not move...</source>
        <translation>لا تتحرك...</translation>
    </message>
    <message>
        <source>Turn the card over.</source>
        <translation>اقلب البطاقة.</translation>
    </message>
    <message>
        <source>This is the side you already took: turn the card over.</source>
        <translation>هذا هو الوجه الذي صوّرته من قبل: اقلب البطاقة.</translation>
    </message>
    <message>
        <source>Take your finger off the card.</source>
        <translation>أبعِد إصبعك عن البطاقة.</translation>
    </message>
    <message>
        <source>Take your finger off the passport page.</source>
        <translation>أبعِد إصبعك عن صفحة جواز السفر.</translation>
    </message>
    <message>
        <source>Take your finger off the page.</source>
        <translation>أبعِد إصبعك عن الصفحة.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>--lang: unknown language "%1" (fr or en).</source>
        <translation>--lang: لغة غير معروفة «%1» (fr أو en).</translation>
    </message>
    <message>
        <source>unexpected argument "%1".</source>
        <translation>وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>--data-dir: no saved sessions in "%1".</source>
        <translation>--data-dir: لا توجد أي جلسة محفوظة في «%1».</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>The keychain of this computer cannot be reached. To protect young people's data, Passerelle stores no personal data and no images: only statistics.</source>
        <translation>تعذّر الوصول إلى سلسلة مفاتيح هذا الحاسوب. لحماية بيانات الشباب، لا يحفظ Passerelle أي بيانات شخصية ولا أي صور: الإحصاءات فقط.</translation>
    </message>
    <message>
        <source>The key that protects the saved sessions is missing from the keychain. Their personal data cannot be opened. Passerelle stores no new personal data until the key is back.</source>
        <translation>المفتاح الذي يحمي الجلسات المحفوظة غير موجود في سلسلة المفاتيح. لا يمكن فتح بياناتها الشخصية. لن يحفظ Passerelle أي بيانات شخصية جديدة حتى يعود المفتاح.</translation>
    </message>
    <message>
        <source>The key in the keychain does not match the saved sessions. Their personal data cannot be opened. Passerelle stores no new personal data until the right key is back.</source>
        <translation>المفتاح الموجود في سلسلة المفاتيح لا يطابق الجلسات المحفوظة. لا يمكن فتح بياناتها الشخصية. لن يحفظ Passerelle أي بيانات شخصية جديدة حتى يعود المفتاح الصحيح.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Fill in the day, the month and the year.</source>
        <translation>اكتب اليوم والشهر والسنة.</translation>
    </message>
    <message>
        <source>The day must be a number from 1 to 31.</source>
        <translation>اليوم رقم من 1 إلى 31.</translation>
    </message>
    <message>
        <source>The month must be a number from 1 to 12.</source>
        <translation>الشهر رقم من 1 إلى 12.</translation>
    </message>
    <message>
        <source>The year must have four digits, for example 2008.</source>
        <translation>السنة فيها أربعة أرقام، مثلاً 2008.</translation>
    </message>
    <message>
        <source>This date does not exist (check the day and the month).</source>
        <translation>هذا التاريخ غير موجود (تحقق من اليوم والشهر).</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>--sessions: give a number from 1 to 1000000.</source>
        <translation>--sessions: أدخل رقماً من 1 إلى 1000000.</translation>
    </message>
    <message>
        <source>--data-dir is required (the folder to fill).</source>
        <translation>--data-dir إلزامي (المجلد المراد ملؤه).</translation>
    </message>
    <message>
        <source>--days: give a number from 1 to 3650.</source>
        <translation>--days: أدخل رقماً من 1 إلى 3650.</translation>
    </message>
    <message>
        <source>--seed: give a whole number.</source>
        <translation>--seed: أدخل عدداً صحيحاً.</translation>
    </message>
    <message numerus="yes">
        <source>%n made-up session(s) added to %1.</source>
        <translation>
            <numerusform>أُضيفت %n جلسة وهمية إلى %1.</numerusform>
            <numerusform>أُضيفت جلسة وهمية واحدة إلى %1.</numerusform>
            <numerusform>أُضيفت جلستان وهميتان إلى %1.</numerusform>
            <numerusform>أُضيفت %n جلسات وهمية إلى %1.</numerusform>
            <numerusform>أُضيفت %n جلسة وهمية إلى %1.</numerusform>
            <numerusform>أُضيفت %n جلسة وهمية إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the data folder cannot be written to (read-only or not allowed)</source>
        <translation>تعذّرت الكتابة في مجلد البيانات (للقراءة فقط أو غير مسموح)</translation>
    </message>
    <message>
        <source>the file of saved sessions could not be written</source>
        <translation>تعذّرت كتابة ملف الجلسات المحفوظة</translation>
    </message>
    <message numerus="yes">
        <source>%n made-up session(s) saved to %1, then the next one could not be saved: %2. The others were not added.</source>
        <translation>
            <numerusform>حُفظت %n جلسة وهمية في %1، ثم تعذّر حفظ الجلسة التالية: %2. لم تُضف الجلسات الأخرى.</numerusform>
            <numerusform>حُفظت جلسة وهمية واحدة في %1، ثم تعذّر حفظ الجلسة التالية: %2. لم تُضف الجلسات الأخرى.</numerusform>
            <numerusform>حُفظت جلستان وهميتان في %1، ثم تعذّر حفظ الجلسة التالية: %2. لم تُضف الجلسات الأخرى.</numerusform>
            <numerusform>حُفظت %n جلسات وهمية في %1، ثم تعذّر حفظ الجلسة التالية: %2. لم تُضف الجلسات الأخرى.</numerusform>
            <numerusform>حُفظت %n جلسة وهمية في %1، ثم تعذّر حفظ الجلسة التالية: %2. لم تُضف الجلسات الأخرى.</numerusform>
            <numerusform>حُفظت %n جلسة وهمية في %1، ثم تعذّر حفظ الجلسة التالية: %2. لم تُضف الجلسات الأخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoFrameSource</name>
    <message>
        <source>Demo (specimen document)</source>
        <translation>عرض توضيحي (وثيقة نموذجية)</translation>
    </message>
</context>
<context>
    <name>DemoPersonas</name>
    <message>
        <source>Léa, 17</source>
        <translation>ليا، 17 سنة</translation>
    </message>
    <message>
        <source>French, in high school, has an identity card.</source>
        <translation>فرنسية، في الثانوية، عندها بطاقة هوية.</translation>
    </message>
    <message>
        <source>Youssef, 18</source>
        <translation>يوسف، 18 سنة</translation>
    </message>
    <message>
        <source>From outside the EU, living in France for 8 months, has a residence permit.</source>
        <translation>من خارج الاتحاد الأوروبي، يعيش في فرنسا منذ 8 أشهر، عنده بطاقة إقامة.</translation>
    </message>
    <message>
        <source>Camille, 20</source>
        <translation>كاميل، 20 سنة</translation>
    </message>
    <message>
        <source>French, 20 years old, has a passport.</source>
        <translation>فرنسية، 20 سنة، عندها جواز سفر.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>You can get the pass Culture</source>
        <translation>يمكنك الحصول على pass Culture</translation>
    </message>
    <message>
        <source>Free offers now, your credit later</source>
        <translation>عروض مجانية الآن، ورصيدك لاحقاً</translation>
    </message>
    <message>
        <source>Not yet: it is a bit early</source>
        <translation>ليس بعد: الوقت مبكر قليلاً</translation>
    </message>
    <message>
        <source>The age limit has passed</source>
        <translation>لقد تجاوزت السن المحدد</translation>
    </message>
    <message>
        <source>Not available where you live</source>
        <translation>غير متوفر في مكان سكنك</translation>
    </message>
    <message>
        <source>Not yet: more than one year in France is needed</source>
        <translation>ليس بعد: يجب أن تعيش في فرنسا أكثر من سنة</translation>
    </message>
</context>
<context>
    <name>EligibilityCommand</name>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>المبلغ الآن</translation>
    </message>
    <message>
        <source>Total still to come</source>
        <translation>المجموع الذي سيأتي لاحقاً</translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation>مستحق ابتداءً من</translation>
    </message>
    <message>
        <source>Confirm identity by</source>
        <translation>تأكيد الهوية في موعد أقصاه</translation>
    </message>
    <message>
        <source>Credit expires</source>
        <translation>انتهاء الرصيد</translation>
    </message>
    <message>
        <source>%1 months after activation</source>
        <translation>%1 شهراً بعد التفعيل</translation>
    </message>
    <message>
        <source>Residence condition met on</source>
        <translation>شرط الإقامة مستوفى في</translation>
    </message>
    <message>
        <source>Bonus possible</source>
        <translation>مبلغ إضافي ممكن</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Digital cap</source>
        <translation>سقف العروض الرقمية</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>--birth-date is required (YYYY-MM-DD).</source>
        <translation>--birth-date إلزامي (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--birth-date: "%1" is not a real date as YYYY-MM-DD.</source>
        <translation>--birth-date: «%1» ليس تاريخاً صحيحاً بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--on: "%1" is not a real date as YYYY-MM-DD.</source>
        <translation>--on: «%1» ليس تاريخاً صحيحاً بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--nationality: "%1" is not fr, eu or other.</source>
        <translation>--nationality: «%1» ليس fr ولا eu ولا other.</translation>
    </message>
    <message>
        <source>--resident-since: "%1" is not a real date as YYYY-MM-DD.</source>
        <translation>--resident-since: «%1» ليس تاريخاً صحيحاً بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--territory: unknown code "%1" (one of: %2).</source>
        <translation>--territory: رمز غير معروف «%1» (الرموز الممكنة: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Identity route</source>
        <translation>طريقة التحقق من الهوية</translation>
    </message>
    <message>
        <source>Pictures to prepare</source>
        <translation>الصور المطلوب تحضيرها</translation>
    </message>
    <message>
        <source>--document: "%1" is not one of: %2.</source>
        <translation>--document: «%1» ليست من بين: %2.</translation>
    </message>
    <message>
        <source>--smartphone: "%1" is not yes or no.</source>
        <translation>--smartphone: «%1» ليست yes ولا no.</translation>
    </message>
    <message>
        <source>--school: "%1" is not yes or no.</source>
        <translation>--school: «%1» ليست yes ولا no.</translation>
    </message>
</context>
<context>
    <name>EligibilityEngine</name>
    <message>
        <source>The birth date is not a real date.</source>
        <translation>تاريخ الميلاد ليس تاريخاً صحيحاً.</translation>
    </message>
    <message>
        <source>The appointment date is not a real date.</source>
        <translation>تاريخ الموعد ليس تاريخاً صحيحاً.</translation>
    </message>
    <message>
        <source>The birth date is after the appointment date.</source>
        <translation>تاريخ الميلاد بعد تاريخ الموعد.</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>تحقق من سنة الميلاد.</translation>
    </message>
    <message>
        <source>Choose a place of residence from the list.</source>
        <translation>اختر مكان السكن من القائمة.</translation>
    </message>
    <message>
        <source>Enter the date since when you live in France.</source>
        <translation>اكتب التاريخ الذي بدأت فيه العيش في فرنسا.</translation>
    </message>
    <message>
        <source>The date of arrival in France is before the birth date.</source>
        <translation>تاريخ الوصول إلى فرنسا قبل تاريخ الميلاد.</translation>
    </message>
    <message>
        <source>The date of arrival in France is in the future.</source>
        <translation>تاريخ الوصول إلى فرنسا في المستقبل.</translation>
    </message>
    <message>
        <source>The pass Culture did not exist yet on that date (it started on %1).</source>
        <translation>لم يكن pass Culture موجوداً في هذا التاريخ (بدأ في %1).</translation>
    </message>
</context>
<context>
    <name>EligibilityExplainer</name>
    <message>
        <source>From %1, you will get %2 more.</source>
        <translation>ابتداءً من %1، ستحصل على %2 إضافية.</translation>
    </message>
    <message>
        <source>Confirm your identity in the pass Culture app by %1 at the latest.</source>
        <translation>أكّد هويتك في تطبيق pass Culture قبل %1.</translation>
    </message>
    <message>
        <source>You can spend your credit until %1.</source>
        <translation>يمكنك استعمال رصيدك حتى %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can spend your credit for %n months after you activate it.</source>
        <translation>
            <numerusform>يمكنك استعمال رصيدك %n شهر بعد تفعيله.</numerusform>
            <numerusform>يمكنك استعمال رصيدك شهراً واحداً بعد تفعيله.</numerusform>
            <numerusform>يمكنك استعمال رصيدك شهرين بعد تفعيله.</numerusform>
            <numerusform>يمكنك استعمال رصيدك %n أشهر بعد تفعيله.</numerusform>
            <numerusform>يمكنك استعمال رصيدك %n شهراً بعد تفعيله.</numerusform>
            <numerusform>يمكنك استعمال رصيدك %n شهر بعد تفعيله.</numerusform>
        </translation>
    </message>
    <message>
        <source>For online offers, you can spend up to %1 in total.</source>
        <translation>للعروض على الإنترنت، يمكنك صرف %1 كحد أقصى.</translation>
    </message>
    <message>
        <source>Your counselor can check this with you.</source>
        <translation>مستشارك يمكنه أن يتحقق من هذا معك.</translation>
    </message>
    <message>
        <source>From %1, you will get %2.</source>
        <translation>ابتداءً من %1، ستحصل على %2.</translation>
    </message>
    <message>
        <source>Your counselor can show you other ways to enjoy culture and leisure near you.</source>
        <translation>مستشارك يمكنه أن يريك طرقاً أخرى للثقافة والترفيه قربك.</translation>
    </message>
    <message>
        <source>This extra money is for families with a modest income.</source>
        <translation>هذا المبلغ الإضافي للعائلات ذات الدخل المحدود.</translation>
    </message>
    <message>
        <source>Good news: you can get the pass Culture.</source>
        <translation>خبر جيد: يمكنك الحصول على pass Culture.</translation>
    </message>
    <message numerus="yes">
        <source>You are %n years old.</source>
        <translation>
            <numerusform>عمرك %n سنة.</numerusform>
            <numerusform>عمرك سنة واحدة.</numerusform>
            <numerusform>عمرك سنتان.</numerusform>
            <numerusform>عمرك %n سنوات.</numerusform>
            <numerusform>عمرك %n سنة.</numerusform>
            <numerusform>عمرك %n سنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can get %1 now.</source>
        <translation>يمكنك الحصول على %1 الآن.</translation>
    </message>
    <message>
        <source>You can already create your account and book free offers.</source>
        <translation>يمكنك الآن إنشاء حسابك وحجز عروض مجانية.</translation>
    </message>
    <message>
        <source>It is a bit early for the pass Culture.</source>
        <translation>الوقت مبكر قليلاً لـ pass Culture.</translation>
    </message>
    <message>
        <source>From %1, you can book free offers.</source>
        <translation>ابتداءً من %1، يمكنك حجز عروض مجانية.</translation>
    </message>
    <message>
        <source>By then, you will be past the age limit.</source>
        <translation>في ذلك الوقت، ستكون قد تجاوزت السن المحدد.</translation>
    </message>
    <message>
        <source>So the pass Culture will not be possible for you.</source>
        <translation>لذلك لن يكون pass Culture ممكناً لك.</translation>
    </message>
    <message>
        <source>This is past the age to get a new pass Culture credit.</source>
        <translation>لقد تجاوزت السن للحصول على رصيد جديد من pass Culture.</translation>
    </message>
    <message>
        <source>Did you activate your pass before? Then you can still use it until %1.</source>
        <translation>هل فعّلت pass Culture من قبل؟ إذن يمكنك استعماله حتى %1.</translation>
    </message>
    <message>
        <source>The pass Culture is not available where you live.</source>
        <translation>‏pass Culture غير متوفر في مكان سكنك.</translation>
    </message>
    <message>
        <source>It will be available from %1.</source>
        <translation>سيكون متوفراً ابتداءً من %1.</translation>
    </message>
    <message>
        <source>At that time, the pass existed only in some test départements. Check that yours was one of them.</source>
        <translation>في ذلك الوقت، كان pass Culture موجوداً في بعض المقاطعات التجريبية فقط. تحقق إن كانت مقاطعتك منها.</translation>
    </message>
    <message>
        <source>Confirm your identity with ÉduConnect in the pass Culture app by %1 at the latest.</source>
        <translation>أكّد هويتك عبر ÉduConnect في تطبيق pass Culture قبل %1.</translation>
    </message>
    <message>
        <source>Send your file on Démarche Numérique by %1 at the latest.</source>
        <translation>أرسل ملفك على Démarche Numérique قبل %1.</translation>
    </message>
    <message>
        <source>Confirm your identity by %1 at the latest.</source>
        <translation>أكّد هويتك قبل %1.</translation>
    </message>
    <message>
        <source>Where you live, there is no limit for online offers.</source>
        <translation>حيث تسكن، لا يوجد حد للعروض على الإنترنت.</translation>
    </message>
    <message>
        <source>If you activated your credit before %1, this limit is %2.</source>
        <translation>إذا فعّلت رصيدك قبل %1، فهذا الحد هو %2.</translation>
    </message>
    <message>
        <source>If you activated your credit before %1, there is no limit for online offers.</source>
        <translation>إذا فعّلت رصيدك قبل %1، فلا يوجد حد للعروض على الإنترنت.</translation>
    </message>
    <message>
        <source>You may be able to get %1 more.</source>
        <translation>ربما يمكنك الحصول على %1 إضافية.</translation>
    </message>
    <message>
        <source>Then you may be able to get %1 more.</source>
        <translation>عندها ربما يمكنك الحصول على %1 إضافية.</translation>
    </message>
    <message>
        <source>At %1, you may be able to get %2 more.</source>
        <translation>في سن %1، ربما يمكنك الحصول على %2 إضافية.</translation>
    </message>
    <message>
        <source>There is only one bonus, even if both apply.</source>
        <translation>هناك مكافأة واحدة فقط، حتى لو انطبقت الحالتان.</translation>
    </message>
    <message>
        <source>You ask for it in the app once your credit is unlocked, with the identity of a parent.</source>
        <translation>تطلبها في التطبيق بعد فتح رصيدك، مع هوية أحد الوالدين.</translation>
    </message>
    <message>
        <source>You will ask for it in the app once your credit of %1 is unlocked, with the identity of a parent.</source>
        <translation>ستطلبها في التطبيق بعد فتح رصيد سن %1، مع هوية أحد الوالدين.</translation>
    </message>
    <message>
        <source>It is for you if your family's quotient familial (CAF or MSA) was at most %1 over the months when you were 17.</source>
        <translation>هي لك إذا كان الحاصل العائلي لأسرتك (CAF أو MSA) لا يتجاوز %1 خلال أشهر سن 17.</translation>
    </message>
    <message>
        <source>It is also for you if you receive the AAH or your family receives the AEEH (disability allowances).</source>
        <translation>وهي لك أيضًا إذا كنت تتلقى AAH أو تتلقى أسرتك AEEH (منح الإعاقة).</translation>
    </message>
    <message>
        <source>Open it with your ÉduConnect codes, given by your school.</source>
        <translation>افتحه برموز ÉduConnect التي أعطتك إياها مدرستك.</translation>
    </message>
    <message>
        <source>If your school gave you ÉduConnect codes, you can open it with them.</source>
        <translation>إذا أعطتك مدرستك رموز ÉduConnect، يمكنك فتحه بها.</translation>
    </message>
    <message>
        <source>You need to live in France for more than one year first.</source>
        <translation>يجب أولًا أن تعيش في فرنسا أكثر من سنة.</translation>
    </message>
    <message>
        <source>Did you activate your pass from %1 on? Then you can still use it until %2.</source>
        <translation>هل فعّلت بطاقتك ابتداءً من %1؟ إذن يمكنك استخدامها حتى %2.</translation>
    </message>
    <message numerus="yes">
        <source>Did you activate it before %1? Then it lasts %n months after you activated it.</source>
        <translation>
            <numerusform>هل فعّلته قبل %1؟ إذن يدوم %n شهرًا بعد تفعيله.</numerusform>
            <numerusform>هل فعّلته قبل %1؟ إذن يدوم %n شهرًا بعد تفعيله.</numerusform>
            <numerusform>هل فعّلته قبل %1؟ إذن يدوم %n شهرًا بعد تفعيله.</numerusform>
            <numerusform>هل فعّلته قبل %1؟ إذن يدوم %n أشهر بعد تفعيله.</numerusform>
            <numerusform>هل فعّلته قبل %1؟ إذن يدوم %n شهرًا بعد تفعيله.</numerusform>
            <numerusform>هل فعّلته قبل %1؟ إذن يدوم %n شهر بعد تفعيله.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you start your sign-up in the app before you turned %1? Then you can still finish it.</source>
        <translation>هل بدأت تسجيلك في التطبيق قبل أن تبلغ %1؟ إذن لا يزال بإمكانك إكماله.</translation>
    </message>
    <message>
        <source>Even without credit, you can use the pass Culture app to find cultural events near you.</source>
        <translation>حتى بدون رصيد، يمكنك استخدام تطبيق pass Culture للعثور على فعاليات ثقافية قربك.</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>--server must be an https:// address (http:// only for this computer).</source>
        <translation>--server يجب أن يكون عنواناً يبدأ بـ https:// (http:// فقط لهذا الحاسوب).</translation>
    </message>
    <message>
        <source>--code is required.</source>
        <translation>--code إلزامي.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--out is required (the .jsonl file to write).</source>
        <translation>--out إلزامي (ملف .jsonl المراد كتابته).</translation>
    </message>
    <message>
        <source>cannot write "%1".</source>
        <translation>تعذّرت كتابة «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation>
            <numerusform>صُدِّرت %n جلسة إلى %1.</numerusform>
            <numerusform>صُدِّرت جلسة واحدة إلى %1.</numerusform>
            <numerusform>صُدِّرت جلستان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلسات إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلسة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلسة إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without personal data (purged or not stored).</source>
        <translation>
            <numerusform>منها %n جلسة بدون بيانات شخصية (حُذفت أو لم تُحفظ).</numerusform>
            <numerusform>منها جلسة واحدة بدون بيانات شخصية (حُذفت أو لم تُحفظ).</numerusform>
            <numerusform>منها جلستان بدون بيانات شخصية (حُذفت أو لم تُحفظ).</numerusform>
            <numerusform>منها %n جلسات بدون بيانات شخصية (حُذفت أو لم تُحفظ).</numerusform>
            <numerusform>منها %n جلسة بدون بيانات شخصية (حُذفت أو لم تُحفظ).</numerusform>
            <numerusform>منها %n جلسة بدون بيانات شخصية (حُذفت أو لم تُحفظ).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged. Every session that could still be read was exported. Sessions that could not be read: %1.</source>
        <translation>ملف الجلسات المحفوظة تالف. صُدّرت كل جلسة أمكنت قراءتها. الجلسات التي تعذّرت قراءتها: %1.</translation>
    </message>
    <message>
        <source>Pictures that could not be read: %1.</source>
        <translation>الصور التي تعذّرت قراءتها: %1.</translation>
    </message>
    <message>
        <source>The saved sessions could not all be read: the export stopped after %1.</source>
        <translation>تعذّرت قراءة كل الجلسات المحفوظة: توقّف التصدير بعد %1.</translation>
    </message>
</context>
<context>
    <name>IdentityRoute</name>
    <message>
        <source>French identity card, still valid</source>
        <translation>بطاقة هوية فرنسية صالحة</translation>
    </message>
    <message>
        <source>French passport, still valid</source>
        <translation>جواز سفر فرنسي صالح</translation>
    </message>
    <message>
        <source>Foreign identity card or passport</source>
        <translation>بطاقة هوية أو جواز سفر أجنبي</translation>
    </message>
    <message>
        <source>Residence permit (titre de séjour)</source>
        <translation>بطاقة إقامة (titre de séjour)</translation>
    </message>
    <message>
        <source>French document expired or lost</source>
        <translation>وثيقة فرنسية منتهية الصلاحية أو ضائعة</translation>
    </message>
    <message>
        <source>No identity document</source>
        <translation>لا توجد وثيقة هوية</translation>
    </message>
    <message>
        <source>Front of the identity document</source>
        <translation>وجه وثيقة الهوية</translation>
    </message>
    <message>
        <source>Back of the identity document</source>
        <translation>ظهر وثيقة الهوية</translation>
    </message>
    <message>
        <source>Passport photo page</source>
        <translation>صفحة الصورة في جواز السفر</translation>
    </message>
    <message>
        <source>Selfie holding the document</source>
        <translation>صورة سيلفي وأنت تحمل الوثيقة</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>إثبات السكن</translation>
    </message>
    <message>
        <source>Photo check in the pass Culture app</source>
        <translation>التحقق بالصور في تطبيق pass Culture</translation>
    </message>
    <message>
        <source>Online file on Démarche Numérique</source>
        <translation>ملف على الإنترنت في موقع Démarche Numérique</translation>
    </message>
    <message>
        <source>In the pass Culture app, you take a photo of your document and of your face.</source>
        <translation>في تطبيق pass Culture، تأخذ صورة لوثيقتك ولوجهك.</translation>
    </message>
    <message>
        <source>Use the original document, not a copy or a screen.</source>
        <translation>استعمل الوثيقة الأصلية، لا نسخة ولا شاشة.</translation>
    </message>
    <message>
        <source>You have three tries.</source>
        <translation>عندك ثلاث محاولات.</translation>
    </message>
    <message>
        <source>You send your file on the Démarche Numérique website.</source>
        <translation>ترسل ملفك في موقع Démarche Numérique.</translation>
    </message>
    <message>
        <source>You need: your identity document, a selfie holding it, and a proof of address.</source>
        <translation>تحتاج إلى: وثيقة هويتك، وصورة سيلفي وأنت تحملها، وإثبات السكن.</translation>
    </message>
    <message>
        <source>First, you need an identity document. Your counselor can help you ask for one.</source>
        <translation>أولاً، تحتاج إلى وثيقة هوية. مستشارك يمكنه مساعدتك في طلبها.</translation>
    </message>
    <message>
        <source>ÉduConnect, your school login, in the pass Culture app</source>
        <translation>ÉduConnect، حساب مدرستك، في تطبيق pass Culture</translation>
    </message>
    <message>
        <source>When your credit opens</source>
        <translation>عندما يُفتح رصيدك</translation>
    </message>
    <message>
        <source>In the pass Culture app, choose ÉduConnect and log in with the codes your school gave you.</source>
        <translation>في تطبيق pass Culture، اختر ÉduConnect وسجّل الدخول بالرموز التي أعطتك إياها مدرستك.</translation>
    </message>
    <message>
        <source>No photo is needed, and there is no wait.</source>
        <translation>لا حاجة إلى صور، ولا انتظار.</translation>
    </message>
    <message>
        <source>You need: your identity document and a selfie holding it.</source>
        <translation>تحتاج إلى: وثيقة هويتك وصورة سيلفي وأنت تمسكها.</translation>
    </message>
    <message>
        <source>The answer takes up to 5 days.</source>
        <translation>يصل الرد خلال 5 أيام على الأكثر.</translation>
    </message>
    <message>
        <source>An expired document may be refused.</source>
        <translation>قد تُرفض الوثيقة المنتهية الصلاحية.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Passerelle cannot start</source>
        <translation>تعذّر تشغيل Passerelle</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
</context>
<context>
    <name>Nationality</name>
    <message>
        <source>French</source>
        <translation>فرنسية</translation>
    </message>
    <message>
        <source>Another EU or EEA country, or Switzerland</source>
        <translation>بلد آخر من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية، أو سويسرا</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>بلد آخر</translation>
    </message>
</context>
<context>
    <name>OfferGuide</name>
    <message>
        <source>"%1"</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>On a computer, go to the pass Culture website: passculture.app.</source>
        <translation>على حاسوب، اذهب إلى موقع pass Culture: passculture.app.</translation>
    </message>
    <message>
        <source>Install the pass Culture app on your phone. It is free.</source>
        <translation>ثبّت تطبيق pass Culture على هاتفك. التطبيق مجاني.</translation>
    </message>
    <message>
        <source>Create your account with your e-mail address.</source>
        <translation>أنشئ حسابك ببريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Look for an offer near you or online.</source>
        <translation>ابحث عن عرض قريب منك أو على الإنترنت.</translation>
    </message>
    <message>
        <source>Look for an offer. In the app, look in: %1.</source>
        <translation>ابحث عن عرض. في التطبيق، انظر في: %1.</translation>
    </message>
    <message>
        <source>Book free offers now.</source>
        <translation>احجز عروضاً مجانية من الآن.</translation>
    </message>
    <message>
        <source>From %1, confirm your identity to get your credit.</source>
        <translation>ابتداءً من %1، أكّد هويتك لتحصل على رصيدك.</translation>
    </message>
    <message>
        <source>Confirm your identity: %1.</source>
        <translation>أكّد هويتك: %1.</translation>
    </message>
    <message>
        <source>Your credit then arrives on your account.</source>
        <translation>بعد ذلك، يصل رصيدك إلى حسابك.</translation>
    </message>
    <message>
        <source>Book it in the app. On the day, show your booking on your phone.</source>
        <translation>احجز في التطبيق. في يوم النشاط، أظهر حجزك على هاتفك.</translation>
    </message>
    <message>
        <source>Install the pass Culture app and create your account.</source>
        <translation>ثبّت تطبيق pass Culture وأنشئ حسابك.</translation>
    </message>
    <message>
        <source>Confirm your identity by %1.</source>
        <translation>أكّد هويتك. آخر موعد: %1.</translation>
    </message>
    <message>
        <source>Confirm your identity in the app.</source>
        <translation>أكّد هويتك في التطبيق.</translation>
    </message>
    <message>
        <source>Book your first offer.</source>
        <translation>احجز أول عرض لك.</translation>
    </message>
    <message>
        <source>Book your first offer: %1?</source>
        <translation>احجز أول عرض لك: %1؟</translation>
    </message>
    <message>
        <source>Use your credit by %1 at the latest.</source>
        <translation>استعمل رصيدك. آخر موعد: %1.</translation>
    </message>
    <message>
        <source>Book a free offer.</source>
        <translation>احجز عرضاً مجانياً.</translation>
    </message>
    <message>
        <source>On %1, confirm your identity to get %2.</source>
        <translation>في %1، أكّد هويتك لتحصل على %2.</translation>
    </message>
    <message>
        <source>Put a reminder in your phone for %1.</source>
        <translation>ضع تذكيراً في هاتفك ليوم %1.</translation>
    </message>
    <message>
        <source>On that day, install the pass Culture app and create your account.</source>
        <translation>في ذلك اليوم، ثبّت تطبيق pass Culture وأنشئ حسابك.</translation>
    </message>
    <message>
        <source>Keep your identity document valid.</source>
        <translation>يجب أن تبقى وثيقة هويتك صالحة.</translation>
    </message>
    <message>
        <source>Talk with your counselor about outings near you.</source>
        <translation>تحدّث مع مستشارك عن الأنشطة القريبة منك.</translation>
    </message>
    <message>
        <source>Look at the ideas on this page.</source>
        <translation>انظر إلى الأفكار في هذه الصفحة.</translation>
    </message>
    <message>
        <source>Libraries lend books, comics, films and music. Signing up is often free for young people.</source>
        <translation>المكتبات تُعير الكتب والقصص المصورة والأفلام والموسيقى. التسجيل فيها غالباً مجاني للشباب.</translation>
    </message>
    <message>
        <source>Many museums and monuments are free before 26. Ask at the entrance.</source>
        <translation>كثير من المتاحف والمعالم مجانية قبل سن 26. اسأل عند المدخل.</translation>
    </message>
    <message>
        <source>Your town or your region may have a youth card with discounts.</source>
        <translation>قد توجد في مدينتك أو منطقتك بطاقة للشباب فيها تخفيضات.</translation>
    </message>
    <message>
        <source>Your Mission Locale can tell you about outings and help near you.</source>
        <translation>الـ Mission Locale تعرف الأنشطة والمساعدات القريبة منك.</translation>
    </message>
    <message>
        <source>You don't know yet? Here is what many young people choose.</source>
        <translation>لا تعرف بعد؟ هذا ما يختاره كثير من الشباب.</translation>
    </message>
    <message>
        <source>You like this. The pass Culture has it.</source>
        <translation>أنت تحب هذا. وهو موجود في pass Culture.</translation>
    </message>
    <message>
        <source>Some ideas to go out near you.</source>
        <translation>أفكار للخروج قرب مكان سكنك.</translation>
    </message>
    <message>
        <source>What you like also exists near you.</source>
        <translation>ما تحبه موجود أيضاً قرب مكان سكنك.</translation>
    </message>
    <message>
        <source>Online offers have a limit: %1 in total.</source>
        <translation>للعروض على الإنترنت حد أقصى: %1 في المجموع.</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>مثلاً: %1.</translation>
    </message>
    <message>
        <source>How to book, from %1</source>
        <translation>كيف تحجز، ابتداءً من %1</translation>
    </message>
    <message>
        <source>How to book</source>
        <translation>كيف تحجز</translation>
    </message>
    <message>
        <source>Your document: %1</source>
        <translation>وثيقتك: %1</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>The PIN must have %1 to 12 digits, and digits only.</source>
        <translation>يجب أن يتكون الرمز من %1 إلى 12 رقماً، ومن أرقام فقط.</translation>
    </message>
    <message>
        <source>The PIN must not repeat one digit only.</source>
        <translation>يجب ألا يتكون الرمز من رقم واحد مكرر.</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>The PIN could not be protected (not enough memory). Try again.</source>
        <translation>تعذّرت حماية الرمز (الذاكرة غير كافية). حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The settings file cannot be written.</source>
        <translation>تعذّرت الكتابة في ملف الإعدادات.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose your nationality.</source>
        <translation>اختر جنسيتك.</translation>
    </message>
    <message>
        <source>Choose where you live.</source>
        <translation>اختر مكان سكنك.</translation>
    </message>
    <message>
        <source>Choose the identity document you have.</source>
        <translation>اختر وثيقة الهوية التي لديك.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>أجب بنعم أو لا.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>لا يوجد شيء لوضعه في رمز QR.</translation>
    </message>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>الرابط طويل جدًا لرمز QR.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>The disk is full. The session is kept in memory and will be saved as soon as there is room. Free some space on the disk.</source>
        <translation>القرص ممتلئ. الجلسة محفوظة في الذاكرة، وستُحفظ على القرص فور توفر مساحة. حرّر بعض المساحة على القرص.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (read-only or not allowed). The session is kept in memory and will be saved as soon as the folder can be written to.</source>
        <translation>تعذّرت الكتابة في مجلد البيانات (للقراءة فقط أو غير مسموح). الجلسة محفوظة في الذاكرة، وستُحفظ فور إمكان الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>The session could not be saved. It is kept in memory and will be saved again shortly.</source>
        <translation>تعذّر حفظ الجلسة. لكنها محفوظة في الذاكرة، وستُحفظ من جديد بعد قليل.</translation>
    </message>
    <message>
        <source>The saved sessions were written by a newer version of Passerelle. Install that version to open them.</source>
        <translation>الجلسات المحفوظة كُتبت بإصدار أحدث من Passerelle. ثبّت ذلك الإصدار لفتحها.</translation>
    </message>
    <message>
        <source>There are no saved sessions in the folder %1.</source>
        <translation>لا توجد جلسات محفوظة في المجلد %1.</translation>
    </message>
    <message>
        <source>The disk is full: the saved sessions cannot be opened. Free some space on the disk, then try again.</source>
        <translation>القرص ممتلئ: لا يمكن فتح الجلسات المحفوظة. حرّر بعض المساحة على القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (read-only, not allowed, or not a folder). The saved sessions cannot be opened there.</source>
        <translation>لا يمكن استخدام مجلد البيانات %1 (للقراءة فقط، أو غير مسموح به، أو ليس مجلدًا). لا يمكن فتح الجلسات المحفوظة فيه.</translation>
    </message>
    <message>
        <source>The file of saved sessions in the folder %1 cannot be opened.</source>
        <translation>لا يمكن فتح ملف الجلسات المحفوظة في المجلد %1.</translation>
    </message>
    <message>
        <source>The saved sessions were written by an older version of Passerelle. Open them once with this version to update them, then read them again.</source>
        <translation>الجلسات المحفوظة كُتبت بإصدار أقدم من Passerelle. افتحها مرة واحدة بهذا الإصدار لتحديثها، ثم اقرأها من جديد.</translation>
    </message>
    <message>
        <source>The file of saved sessions was damaged. It was kept aside as "%1" for support, and a new file was made with what could still be read from it.</source>
        <translation>كان ملف الجلسات المحفوظة تالفًا. وُضع جانبًا باسم "%1" لفريق الدعم، وأُنشئ ملف جديد بكل ما أمكنت قراءته منه.</translation>
    </message>
    <message>
        <source>Sessions recovered: %1.</source>
        <translation>الجلسات المستعادة: %1.</translation>
    </message>
    <message>
        <source>Sessions that could not be read: %1.</source>
        <translation>الجلسات التي تعذّرت قراءتها: %1.</translation>
    </message>
</context>
<context>
    <name>RectifyCommand</name>
    <message>
        <source>an image file and the JPEG file to write are required.</source>
        <translation>يلزم ملف صورة وملف JPEG المراد كتابته.</translation>
    </message>
    <message>
        <source>no document found (%1).</source>
        <translation>لم يُعثر على أي وثيقة (%1).</translation>
    </message>
    <message>
        <source>cannot write "%1".</source>
        <translation>تعذّرت كتابة «%1».</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>--out is required (the .csv file to write).</source>
        <translation>--out إلزامي (ملف .csv المراد كتابته).</translation>
    </message>
    <message>
        <source>cannot write "%1".</source>
        <translation>تعذّرت كتابة «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of statistics written to %1.</source>
        <translation>
            <numerusform>كُتب %n سطر من الإحصاءات في %1.</numerusform>
            <numerusform>كُتب سطر واحد من الإحصاءات في %1.</numerusform>
            <numerusform>كُتب سطران من الإحصاءات في %1.</numerusform>
            <numerusform>كُتبت %n أسطر من الإحصاءات في %1.</numerusform>
            <numerusform>كُتب %n سطراً من الإحصاءات في %1.</numerusform>
            <numerusform>كُتب %n سطر من الإحصاءات في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged. Every visit counter that could still be read was written. Counters that could not be read: %1.</source>
        <translation>ملف الجلسات المحفوظة تالف. كُتب كل عدّاد زيارات أمكنت قراءته. العدّادات التي تعذّرت قراءتها: %1.</translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged. Every session that could still be read was counted. Sessions that could not be read: %1.</source>
        <translation>ملف الجلسات المحفوظة تالف. حُسبت كل جلسة أمكنت قراءتها. الجلسات التي تعذّرت قراءتها: %1.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>--input is required (a session JSON file).</source>
        <translation>--input إلزامي (ملف JSON لجلسة).</translation>
    </message>
    <message>
        <source>--out is required (the PDF file to write).</source>
        <translation>--out إلزامي (ملف PDF المراد كتابته).</translation>
    </message>
    <message>
        <source>--input: cannot read "%1".</source>
        <translation>--input: تعذّرت قراءة «%1».</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1: ليس كائن JSON.</translation>
    </message>
    <message>
        <source>%1: chosen_categories: unknown category "%2".</source>
        <translation>%1: chosen_categories: فئة غير معروفة «%2».</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Your pass Culture: what to remember</source>
        <translation>ما يجب أن تتذكره عن pass Culture</translation>
    </message>
    <message>
        <source>Appointment of %1</source>
        <translation>موعد %1</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>خطواتك القادمة</translation>
    </message>
    <message>
        <source>What you like</source>
        <translation>ما تحبه</translation>
    </message>
    <message>
        <source>This page holds no copy of your documents.</source>
        <translation>هذه الصفحة لا تحتوي على أي نسخة من وثائقك.</translation>
    </message>
    <message>
        <source>The summary could not be drawn.</source>
        <translation>تعذّر رسم الملخص.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of the categories a young person likes, on the summary</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>Install the pass Culture app and create your account.</source>
        <translation>ثبّت تطبيق pass Culture وأنشئ حسابك.</translation>
    </message>
    <message>
        <source>Book your first offer.</source>
        <translation>احجز أول عرض لك.</translation>
    </message>
    <message>
        <source>Book your first offer. An idea: %1.</source>
        <translation>احجز أول عرض لك. فكرة: %1.</translation>
    </message>
    <message>
        <source>Book a free offer.</source>
        <translation>احجز عرضًا مجانيًا.</translation>
    </message>
    <message>
        <source>Put a reminder in your phone for that day.</source>
        <translation>ضع تذكيرًا في هاتفك لذلك اليوم.</translation>
    </message>
    <message>
        <source>Keep your identity document valid.</source>
        <translation>حافظ على صلاحية وثيقة هويتك.</translation>
    </message>
    <message>
        <source>Scan this code with your phone's camera. It opens %1:</source>
        <translation>امسح هذا الرمز بكاميرا هاتفك. سيفتح %1:</translation>
    </message>
    <message>
        <source>Your contact at the Mission Locale: %1</source>
        <translation>الشخص المسؤول عنك في الـ Mission Locale: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sent: %1</source>
        <translation>المُرسَلة: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>التي استلمها الخادم: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>المرفوضة: %1</translation>
    </message>
    <message>
        <source>Still pending: %1</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <source>The file of saved sessions was damaged: the sessions recovered from it were sent with this pass. Give the file set aside to support.</source>
        <translation>كان ملف الجلسات المحفوظة تالفًا: أُرسلت الجلسات المستعادة منه في هذه الدورة. سلّم الملف الموضوع جانبًا إلى فريق الدعم.</translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>Metropolitan France</source>
        <translation>فرنسا القارية</translation>
    </message>
    <message>
        <source>Guadeloupe (971)</source>
        <translation>غوادلوب (971)</translation>
    </message>
    <message>
        <source>Martinique (972)</source>
        <translation>مارتينيك (972)</translation>
    </message>
    <message>
        <source>French Guiana (973)</source>
        <translation>غويانا الفرنسية (973)</translation>
    </message>
    <message>
        <source>La Réunion (974)</source>
        <translation>لا ريونيون (974)</translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon (975)</source>
        <translation>سان بيير وميكلون (975)</translation>
    </message>
    <message>
        <source>Mayotte (976)</source>
        <translation>مايوت (976)</translation>
    </message>
    <message>
        <source>Saint-Barthélemy (977)</source>
        <translation>سان بارتيلمي (977)</translation>
    </message>
    <message>
        <source>Saint-Martin (978)</source>
        <translation>سان مارتن (978)</translation>
    </message>
    <message>
        <source>Wallis and Futuna (986)</source>
        <translation>واليس وفوتونا (986)</translation>
    </message>
    <message>
        <source>New Caledonia, South Province (988)</source>
        <translation>كاليدونيا الجديدة، الإقليم الجنوبي (988)</translation>
    </message>
    <message>
        <source>New Caledonia, another province (988)</source>
        <translation>كاليدونيا الجديدة، إقليم آخر (988)</translation>
    </message>
    <message>
        <source>French Polynesia (987)</source>
        <translation>بولينيزيا الفرنسية (987)</translation>
    </message>
    <message>
        <source>Outside France</source>
        <translation>خارج فرنسا</translation>
    </message>
</context>
<context>
    <name>WebLink</name>
    <message>
        <source>Type the address of a web page, for example https://pass.culture.fr/.</source>
        <translation>اكتب عنوان صفحة ويب، مثلًا https://pass.culture.fr/.</translation>
    </message>
    <message>
        <source>A web address has no spaces.</source>
        <translation>عنوان الويب لا يحتوي على مسافات.</translation>
    </message>
    <message>
        <source>This address is too long for a QR code that scans well: %1 characters at most.</source>
        <translation>هذا العنوان طويل جدًا لرمز QR سهل القراءة: %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>This is not a web address. Check it, for example https://pass.culture.fr/.</source>
        <translation>هذا ليس عنوان ويب. تحقّق منه، مثلًا https://pass.culture.fr/.</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>يجب أن يبدأ العنوان بـ https:// أو http://.</translation>
    </message>
    <message>
        <source>The address must not hold a user name or a password.</source>
        <translation>يجب ألّا يحتوي العنوان على اسم مستخدم أو كلمة مرور.</translation>
    </message>
    <message>
        <source>The address needs a site name, for example pass.culture.fr.</source>
        <translation>ينقص العنوانَ اسمُ الموقع، مثلًا pass.culture.fr.</translation>
    </message>
    <message>
        <source>the pass Culture site</source>
        <translation>موقع pass Culture</translation>
    </message>
</context>
<context>
    <name>passerelle::HistoryModel</name>
    <message>
        <source>(not given)</source>
        <translation>(غير مذكور)</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Receipt from the server: %1</source>
        <translation>إيصال الخادم: %1</translation>
    </message>
    <message>
        <source>The server's reason: %1</source>
        <translation>سبب الخادم: %1</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>آخر محاولة: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>رفضها الخادم</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Not to be sent</source>
        <translation>لا تُرسل</translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged: %1 of %2 sessions can be shown. Restart Passerelle: it sets the damaged file aside and keeps every session that can still be read.</source>
        <translation>ملف الجلسات المحفوظة تالف: يمكن عرض %1 من أصل %2 جلسة. أعد تشغيل Passerelle: سيضع الملف التالف جانبًا ويحتفظ بكل جلسة ما زالت قراءتها ممكنة.</translation>
    </message>
</context>
<context>
    <name>passerelle::app::CounselorRecords</name>
    <message>
        <source>The session in progress could not be saved on this computer: %1 It is kept in memory and saved again automatically.</source>
        <translation>تعذّر حفظ الجلسة الجارية على هذا الحاسوب: %1 لكنها محفوظة في الذاكرة، وستُحفظ من جديد تلقائياً.</translation>
    </message>
    <message>
        <source>Old data could not be deleted today. Passerelle tries again tomorrow.</source>
        <translation>تعذّر حذف البيانات القديمة اليوم. سيحاول Passerelle من جديد غداً.</translation>
    </message>
    <message>
        <source>The unfinished session could not be opened. It stays saved.</source>
        <translation>تعذّر فتح الجلسة غير المكتملة. لكنها تبقى محفوظة.</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>إغلاق السجل</translation>
    </message>
    <message>
        <source>History of the sessions</source>
        <translation>سجل الجلسات</translation>
    </message>
    <message>
        <source>&amp;History of the sessions...</source>
        <translation>سجل الجلسات (&amp;H)...</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>الترحيب</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <source>Photos of the documents</source>
        <translation>صور الوثائق</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>الاهتمامات</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
</context>
<context>
    <name>passerelle::sync::SyncService</name>
    <message>
        <source>Use an address that starts with https:// (http:// only for this computer).</source>
        <translation>استعمل عنواناً يبدأ بـ https:// (http:// فقط لهذا الحاسوب).</translation>
    </message>
    <message>
        <source>The server's certificate is not valid. Nothing was sent.</source>
        <translation>شهادة الخادم غير صالحة. لم يُرسَل أي شيء.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقق من العنوان ومن الاتصال.</translation>
    </message>
    <message>
        <source>This code is unknown, expired or already used. Ask for a new code.</source>
        <translation>هذا الرمز غير معروف أو منتهي الصلاحية أو مستعمل من قبل. اطلب رمزاً جديداً.</translation>
    </message>
    <message>
        <source>The server refused the enrollment (error %1).</source>
        <translation>رفض الخادم التسجيل (الخطأ %1).</translation>
    </message>
    <message>
        <source>The keychain could not keep the access key: %1</source>
        <translation>تعذّر حفظ مفتاح الوصول في سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>This computer is enrolled for the site "%1".</source>
        <translation>هذا الحاسوب مسجَّل لمقر «%1».</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server yet.</source>
        <translation>هذا الحاسوب غير مسجَّل لدى أي خادم بعد.</translation>
    </message>
    <message>
        <source>The access key is missing from the keychain. Enroll this computer again.</source>
        <translation>مفتاح الوصول غير موجود في سلسلة المفاتيح. سجّل هذا الحاسوب من جديد.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https://.</translation>
    </message>
    <message>
        <source>This record cannot be read on this computer: %1</source>
        <translation>تعذّرت قراءة هذا الملف على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <source>The server's certificate is not valid, so nothing more is sent. Tell your administrator.</source>
        <translation>شهادة الخادم غير صالحة، لذلك لن يُرسَل أي شيء بعد الآن. أخبر المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Sending will start again by itself.</source>
        <translation>تعذّر الوصول إلى الخادم. سيُستأنف الإرسال تلقائياً.</translation>
    </message>
    <message>
        <source>The connection was cut during sending. It will be tried again.</source>
        <translation>انقطع الاتصال أثناء الإرسال. ستتم المحاولة من جديد.</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer. Enroll it again with a new code.</source>
        <translation>لم يعد الخادم يقبل هذا الحاسوب. سجّله من جديد برمز جديد.</translation>
    </message>
    <message>
        <source>The server is busy. Sending will start again by itself.</source>
        <translation>الخادم مشغول. سيُستأنف الإرسال تلقائياً.</translation>
    </message>
    <message>
        <source>Refused by the server (%1): %2</source>
        <translation>رفضها الخادم (%1): %2</translation>
    </message>
    <message>
        <source>The server answered with an error (%1). It will be tried again.</source>
        <translation>ردّ الخادم بخطأ (%1). ستتم المحاولة من جديد.</translation>
    </message>
    <message>
        <source>Already on the server, sent by another computer (this data folder may have been copied there). It is not sent again from here: tell your administrator.</source>
        <translation>موجودة بالفعل على الخادم، أرسلها حاسوب آخر (ربما نُسخ مجلد البيانات هذا إليه). لن تُرسَل مرة أخرى من هنا: أخبر المسؤول عن النظام.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AnswerCard</name>
    <message>
        <source>Your answer</source>
        <translation>جوابك</translation>
    </message>
    <message>
        <source>What exists for you</source>
        <translation>ما هو متاح لك</translation>
    </message>
    <message>
        <source>Meanwhile, what exists for you</source>
        <translation>في الانتظار، ما هو متاح لك</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AttractScreen</name>
    <message>
        <source>The pass Culture: is it for you?</source>
        <translation>‏pass Culture: هل هو لك؟</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Find out if you can get the pass Culture.</source>
        <translation>اعرف إن كان يمكنك الحصول على pass Culture.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Administration (PIN needed)</source>
        <translation>الإدارة (يلزم رمز)</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing about you: it only counts visits, anonymously (the day, your age, the answer, the last step and what you like), without your name or your date of birth.</source>
        <translation>لا يحتفظ هذا الجهاز بأي شيء عنك: يعدّ الزيارات فقط، دون ذكر الهوية (اليوم، عمرك، الجواب، آخر خطوة وما تحبه)، دون اسمك ولا تاريخ ميلادك.</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing: your answers are erased when you finish or leave, and nothing is sent.</source>
        <translation>لا يحتفظ هذا الجهاز بأي شيء: تُمحى إجاباتك عندما تنتهي أو تغادر، ولا يُرسَل أي شيء.</translation>
    </message>
    <message>
        <source>You can ask at the front desk.</source>
        <translation>يمكنك أن تسأل في الاستقبال.</translation>
    </message>
    <message>
        <source>Find out in a few minutes, alone. It is free.</source>
        <translation>اكتشف ذلك في بضع دقائق، بمفردك. إنه مجاني.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CameraFrameSource</name>
    <message>
        <source>The camera stopped working. Check its cable, or import a photo from a file.</source>
        <translation>توقفت الكاميرا عن العمل. تحقق من سلكها، أو استورد صورة من ملف.</translation>
    </message>
    <message>
        <source>No camera found. Plug in a webcam, or import a photo from a file.</source>
        <translation>لم يُعثر على أي كاميرا. وصّل كاميرا ويب، أو استورد صورة من ملف.</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>لا توجد كاميرا</translation>
    </message>
    <message>
        <source>The camera was unplugged. Plug it back in, or import a photo from a file.</source>
        <translation>فُصلت الكاميرا. أعد توصيلها، أو استورد صورة من ملف.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureActions</name>
    <message>
        <source>Import a photo or a scan</source>
        <translation>استيراد صورة أو مسح ضوئي</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>&amp;Take the picture</source>
        <translation>التقط الصورة (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation>استيراد ملف (&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Skip this picture</source>
        <translation>تخطَّ هذه الصورة (&amp;S)</translation>
    </message>
    <message>
        <source>Take the picture now</source>
        <translation>التقط الصورة الآن</translation>
    </message>
    <message>
        <source>Import a photo or a scan from a file</source>
        <translation>استيراد صورة أو مسح ضوئي من ملف</translation>
    </message>
    <message>
        <source>Skip this picture</source>
        <translation>تخطَّ هذه الصورة</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureDonePanel</name>
    <message>
        <source>kept</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم تخطيها</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>لم تُلتقط</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>&amp;Save the files...</source>
        <translation>حفظ الملفات (&amp;S)...</translation>
    </message>
    <message>
        <source>Save the pictures and one PDF in a folder</source>
        <translation>حفظ الصور وملف PDF واحد في مجلد</translation>
    </message>
    <message>
        <source>Saved in %1: %2</source>
        <translation>حُفظت في %1: %2</translation>
    </message>
    <message>
        <source>checked, not kept</source>
        <translation>تم التحقق منها، غير محفوظة</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>فتح المجلد (&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder where the files were saved</source>
        <translation>فتح المجلد الذي حُفظت فيه الملفات</translation>
    </message>
    <message>
        <source>Where to save the pictures</source>
        <translation>أين تُحفظ الصور</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CapturePage</name>
    <message>
        <source>There is no picture from the camera yet. You can import a file.</source>
        <translation>لم تُرسل الكاميرا أي صورة بعد. يمكنك استيراد ملف.</translation>
    </message>
    <message>
        <source>This picture could not be prepared. Take it again.</source>
        <translation>تعذّر تجهيز هذه الصورة. التقطها من جديد.</translation>
    </message>
    <message>
        <source>This file is not a picture Passerelle can read. Choose a JPEG or PNG file.</source>
        <translation>لا يستطيع Passerelle قراءة هذا الملف كصورة. اختر ملف JPEG أو PNG.</translation>
    </message>
    <message>
        <source>Photos of the documents</source>
        <translation>صور الوثائق</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>صورة الكاميرا</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureReview</name>
    <message>
        <source>Check this picture: %1</source>
        <translation>تحقق من هذه الصورة: %1</translation>
    </message>
    <message>
        <source>Is the picture sharp and complete?</source>
        <translation>هل الصورة واضحة وكاملة؟</translation>
    </message>
    <message>
        <source>The picture, straightened</source>
        <translation>الصورة بعد تقويمها</translation>
    </message>
    <message>
        <source>Take the picture again</source>
        <translation>التقط الصورة من جديد</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>احتفظ بهذه الصورة</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>أعد الالتقاط (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>احتفظ بها (&amp;K)</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureStepText</name>
    <message>
        <source>Hold your document next to your face. Look at the camera. Then press Take the picture.</source>
        <translation>أمسك وثيقتك بجانب وجهك. انظر إلى الكاميرا. ثم اضغط على «التقط الصورة».</translation>
    </message>
    <message>
        <source>No camera found: this is a demo with a made-up card. To use a real document, import a photo or a scan.</source>
        <translation>لم يُعثر على أي كاميرا: هذا عرض توضيحي ببطاقة خيالية. لاستعمال وثيقة حقيقية، استورد صورة أو مسحاً ضوئياً.</translation>
    </message>
    <message>
        <source>These pictures are the files you will send on Démarche Numérique.</source>
        <translation>هذه الصور هي الملفات التي سترسلها على ⁦Démarche Numérique⁩.</translation>
    </message>
    <message>
        <source>We check that your document is readable and still valid; no picture is kept.</source>
        <translation>نتحقق من أن وثيقتك مقروءة ولا تزال صالحة؛ لا نحتفظ بأي صورة.</translation>
    </message>
    <message>
        <source>No picture is needed: you confirm your identity with ÉduConnect.</source>
        <translation>لا حاجة إلى صور: تؤكد هويتك عبر ÉduConnect.</translation>
    </message>
    <message>
        <source>Picture %1 of %2: %3</source>
        <translation>الصورة %1 من %2: %3</translation>
    </message>
    <message>
        <source>All the pictures are done</source>
        <translation>كل الصور جاهزة</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CounselorTools</name>
    <message>
        <source>Set a lock PIN in Tools &gt; Settings first.</source>
        <translation>حدّد أولاً رمز قفل في الأدوات &gt; الإعدادات.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n seconds.</source>
        <translation>
            <numerusform>رمز خاطئ. انتظر %n ثانية.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانية واحدة.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانيتين.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثوانٍ.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز خاطئ.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds.</source>
        <translation>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثانية.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر ثانية واحدة.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر ثانيتين.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثوانٍ.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثانية.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>الأدوات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>الإعدادات (&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Lock while away</source>
        <translation>القفل أثناء غيابي (&amp;L)</translation>
    </message>
    <message>
        <source>Passerelle is locked. Counselor's PIN:</source>
        <translation>‏Passerelle مقفل. رمز المستشار:</translation>
    </message>
    <message>
        <source>Counselor's PIN</source>
        <translation>رمز المستشار</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل (&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CountdownScreen</name>
    <message numerus="yes">
        <source>In %n seconds, everything you typed is erased for the next person.</source>
        <translation>
            <numerusform>بعد %n ثانية، يُمحى كل ما كتبته للشخص التالي.</numerusform>
            <numerusform>بعد ثانية واحدة، يُمحى كل ما كتبته للشخص التالي.</numerusform>
            <numerusform>بعد ثانيتين، يُمحى كل ما كتبته للشخص التالي.</numerusform>
            <numerusform>بعد %n ثوانٍ، يُمحى كل ما كتبته للشخص التالي.</numerusform>
            <numerusform>بعد %n ثانية، يُمحى كل ما كتبته للشخص التالي.</numerusform>
            <numerusform>بعد %n ثانية، يُمحى كل ما كتبته للشخص التالي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>&amp;Yes, I am here</source>
        <translation>نعم، أنا هنا (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes, I am here</source>
        <translation>نعم، أنا هنا</translation>
    </message>
    <message>
        <source>Keep going with your answers.</source>
        <translation>تابع أجوبتك.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DateFieldsEdit</name>
    <message>
        <source>&amp;Day</source>
        <translation>اليوم (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>الشهر (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>السنة (&amp;Y)</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>يي</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>شش</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>سسسس</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: اليوم</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: الشهر</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: السنة</translation>
    </message>
    <message>
        <source>Two digits, for example 05</source>
        <translation>رقمان، مثلاً 05</translation>
    </message>
    <message>
        <source>Two digits, for example 03</source>
        <translation>رقمان، مثلاً 03</translation>
    </message>
    <message>
        <source>Four digits, for example 2008</source>
        <translation>أربعة أرقام، مثلاً 2008</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DemoTools</name>
    <message>
        <source>Demonstration</source>
        <translation>عرض توضيحي</translation>
    </message>
    <message>
        <source>DEMONSTRATION: made-up people, nothing is saved</source>
        <translation>عرض توضيحي: أشخاص خياليون، لا يُحفظ شيء</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>شخصية: %1</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>إعادة العرض التوضيحي</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DocumentExpiryField</name>
    <message>
        <source>Expiry date of the document</source>
        <translation>تاريخ انتهاء صلاحية الوثيقة</translation>
    </message>
    <message>
        <source>This document has expired. The identity check is now done on Démarche Numérique: we also take a selfie with the document and a proof of address.</source>
        <translation>انتهت صلاحية هذه الوثيقة. لذلك يتم التحقق من الهوية في Démarche Numérique. نأخذ أيضاً صورة سيلفي مع الوثيقة، وإثبات السكن.</translation>
    </message>
    <message>
        <source>The document is valid until %1.</source>
        <translation>الوثيقة صالحة حتى %1.</translation>
    </message>
    <message>
        <source>This document has expired. The identity check is now done on Démarche Numérique: we also take a selfie with the document.</source>
        <translation>انتهت صلاحية هذه الوثيقة. يتم التحقق الآن عبر Démarche Numérique: نلتقط أيضًا صورة سيلفي مع الوثيقة.</translation>
    </message>
    <message>
        <source>Until when is your document valid?</source>
        <translation>حتى متى تبقى وثيقتك صالحة؟</translation>
    </message>
    <message>
        <source>On a French identity card made since 2021, the date is on the front, after “Date d'expir.”. On an older card, it is on the back.</source>
        <translation>على بطاقة الهوية الفرنسية الصادرة منذ 2021، يوجد التاريخ على الوجه الأمامي، بعد «⁦Date d'expir.⁩». على البطاقة الأقدم، يوجد على الظهر.</translation>
    </message>
    <message>
        <source>On a passport, the date is on the photo page, after “Date d'expiration”.</source>
        <translation>على جواز السفر، يوجد التاريخ في صفحة الصورة، بعد «⁦Date d'expiration⁩».</translation>
    </message>
    <message>
        <source>Picture: the front of an identity card. The expiry date is at the bottom, after “Date d'expir.”.</source>
        <translation>صورة: الوجه الأمامي لبطاقة هوية. تاريخ انتهاء الصلاحية في الأسفل، بعد «⁦Date d'expir.⁩».</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DraftResumeDialog</name>
    <message numerus="yes">
        <source>started %n minute(s) ago</source>
        <translation>
            <numerusform>بدأت منذ %n دقيقة</numerusform>
            <numerusform>بدأت منذ دقيقة واحدة</numerusform>
            <numerusform>بدأت منذ دقيقتين</numerusform>
            <numerusform>بدأت منذ %n دقائق</numerusform>
            <numerusform>بدأت منذ %n دقيقة</numerusform>
            <numerusform>بدأت منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n hour(s) ago</source>
        <translation>
            <numerusform>بدأت منذ %n ساعة</numerusform>
            <numerusform>بدأت منذ ساعة واحدة</numerusform>
            <numerusform>بدأت منذ ساعتين</numerusform>
            <numerusform>بدأت منذ %n ساعات</numerusform>
            <numerusform>بدأت منذ %n ساعة</numerusform>
            <numerusform>بدأت منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n day(s) ago</source>
        <translation>
            <numerusform>بدأت منذ %n يوم</numerusform>
            <numerusform>بدأت منذ يوم واحد</numerusform>
            <numerusform>بدأت منذ يومين</numerusform>
            <numerusform>بدأت منذ %n أيام</numerusform>
            <numerusform>بدأت منذ %n يوماً</numerusform>
            <numerusform>بدأت منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation>جلسة غير مكتملة</translation>
    </message>
    <message>
        <source>A session was not finished (%1, at the step "%2"). Do you want to go on with it?</source>
        <translation>هناك جلسة غير مكتملة (%1، عند خطوة «%2»). هل تريد متابعتها؟</translation>
    </message>
    <message>
        <source>Go on with it</source>
        <translation>متابعتها</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>التخلي عنها</translation>
    </message>
    <message>
        <source>Go on with the unfinished session</source>
        <translation>متابعة الجلسة غير المكتملة</translation>
    </message>
    <message>
        <source>Discard the unfinished session</source>
        <translation>التخلي عن الجلسة غير المكتملة</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::EligibilityTimeline</name>
    <message>
        <source>Your pass Culture by age</source>
        <translation>pass Culture الخاص بك حسب العمر</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::EnrollmentPanel</name>
    <message>
        <source>Sending the sessions to the Mission Locale's server</source>
        <translation>إرسال الجلسات إلى خادم الـ Mission Locale</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Given by your Mission Locale, it starts with https://.</source>
        <translation>تعطيك إياه الـ Mission Locale، ويبدأ بـ https://.</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>رمز صالح لمرة واحدة</translation>
    </message>
    <message>
        <source>Type or paste the code, for example ABCD-EFGH-JKLM.</source>
        <translation>اكتب الرمز أو الصقه، مثلاً ABCD-EFGH-JKLM.</translation>
    </message>
    <message>
        <source>&amp;Link this computer</source>
        <translation>ربط هذا الحاسوب (&amp;L)</translation>
    </message>
    <message>
        <source>Link this computer to the server</source>
        <translation>ربط هذا الحاسوب بالخادم</translation>
    </message>
    <message>
        <source>Linking result</source>
        <translation>نتيجة الربط</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>عنوان الخادم (&amp;A)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>رمز صالح لمرة واحدة (&amp;C)</translation>
    </message>
    <message>
        <source>This computer sends its sessions to %1. A new code links it again.</source>
        <translation>هذا الحاسوب يرسل جلساته إلى %1. رمز جديد يعيد ربطه.</translation>
    </message>
    <message>
        <source>This computer is not linked to a server yet: the sessions stay here.</source>
        <translation>هذا الحاسوب غير مربوط بأي خادم بعد: تبقى الجلسات هنا.</translation>
    </message>
    <message>
        <source>Type the server address.</source>
        <translation>اكتب عنوان الخادم.</translation>
    </message>
    <message>
        <source>This address cannot be used. It must start with https://.</source>
        <translation>لا يمكن استعمال هذا العنوان. يجب أن يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>Type the one-time code.</source>
        <translation>اكتب الرمز الصالح لمرة واحدة.</translation>
    </message>
    <message>
        <source>Contacting the server...</source>
        <translation>جارٍ الاتصال بالخادم...</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::HistoryView</name>
    <message>
        <source>Delete a session</source>
        <translation>حذف جلسة</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>الجلسات السابقة</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>حذف هذه الجلسة</translation>
    </message>
    <message>
        <source>Images uploaded: delete them here</source>
        <translation>الصور أُرسلت: احذفها من هنا</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>عدد الجلسات</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) saved on this computer.</source>
        <translation>
            <numerusform>%n جلسة محفوظة على هذا الحاسوب.</numerusform>
            <numerusform>جلسة واحدة محفوظة على هذا الحاسوب.</numerusform>
            <numerusform>جلستان محفوظتان على هذا الحاسوب.</numerusform>
            <numerusform>%n جلسات محفوظة على هذا الحاسوب.</numerusform>
            <numerusform>%n جلسة محفوظة على هذا الحاسوب.</numerusform>
            <numerusform>%n جلسة محفوظة على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this session for good? Its data and images are erased from this computer.</source>
        <translation>حذف هذه الجلسة نهائياً؟ ستُمحى بياناتها وصورها من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The session could not be deleted. Try again.</source>
        <translation>تعذّر حذف الجلسة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>حُذفت الجلسة.</translation>
    </message>
    <message>
        <source>The images could not be deleted. Try again.</source>
        <translation>تعذّر حذف الصور. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The images of this session were deleted from this computer.</source>
        <translation>حُذفت صور هذه الجلسة من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Where to save the files?</source>
        <translation>أين تريد حفظ الملفات؟</translation>
    </message>
    <message>
        <source>Save the summary of this session again (PDF)</source>
        <translation>حفظ ملخص هذه الجلسة من جديد (PDF)</translation>
    </message>
    <message>
        <source>Save the pictures of this session again</source>
        <translation>حفظ صور هذه الجلسة من جديد</translation>
    </message>
    <message>
        <source>Save the &amp;summary...</source>
        <translation>حفظ الملخص (&amp;S)...</translation>
    </message>
    <message>
        <source>Save the &amp;pictures...</source>
        <translation>حفظ الصور (&amp;P)...</translation>
    </message>
    <message>
        <source>The data of this session can no longer be opened (deleted after six months, or key missing).</source>
        <translation>لم يعد ممكناً فتح بيانات هذه الجلسة (حُذفت بعد ستة أشهر، أو المفتاح غير موجود).</translation>
    </message>
    <message>
        <source>The summary could not be saved in this folder. Choose another one.</source>
        <translation>تعذّر حفظ الملخص في هذا المجلد. اختر مجلداً آخر.</translation>
    </message>
    <message>
        <source>The summary was saved: %1</source>
        <translation>حُفظ الملخص: %1</translation>
    </message>
    <message>
        <source>The pictures of this session are no longer on this computer.</source>
        <translation>صور هذه الجلسة لم تعد موجودة على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>حُفظ %n ملف في %1.</numerusform>
            <numerusform>حُفظ ملف واحد في %1.</numerusform>
            <numerusform>حُفظ ملفان في %1.</numerusform>
            <numerusform>حُفظت %n ملفات في %1.</numerusform>
            <numerusform>حُفظ %n ملفاً في %1.</numerusform>
            <numerusform>حُفظ %n ملف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the statistics (CSV, no personal data)</source>
        <translation>تصدير الإحصاءات (CSV، بدون بيانات شخصية)</translation>
    </message>
    <message>
        <source>Export the s&amp;tatistics...</source>
        <translation>تصدير الإحصاءات (&amp;T)...</translation>
    </message>
    <message>
        <source>The statistics could not be saved in this folder. Choose another one.</source>
        <translation>تعذّر حفظ الإحصاءات في هذا المجلد. اختر مجلداً آخر.</translation>
    </message>
    <message>
        <source>The statistics were saved: %1</source>
        <translation>حُفظت الإحصاءات: %1</translation>
    </message>
    <message>
        <source>Newest first. Date, first name, outcome and whether the server has it.</source>
        <translation>الأحدث أولاً. التاريخ والاسم الأول والنتيجة، وهل وصلت إلى الخادم.</translation>
    </message>
    <message>
        <source>Send this session to the server again</source>
        <translation>إرسال هذه الجلسة إلى الخادم مرة أخرى</translation>
    </message>
    <message>
        <source>For a session the server refused: fix the cause first (for example the server's settings).</source>
        <translation>لجلسة رفضها الخادم: أصلح السبب أولاً (مثلاً إعدادات الخادم).</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>إرسال مرة أخرى (&amp;A)</translation>
    </message>
    <message>
        <source>The server refused this session: %1</source>
        <translation>رفض الخادم هذه الجلسة: %1</translation>
    </message>
    <message>
        <source>This session is no longer refused: it was already queued or sent.</source>
        <translation>لم تعد هذه الجلسة مرفوضة: كانت في الانتظار أو أُرسلت.</translation>
    </message>
    <message>
        <source>The session is queued again: it will be sent at the next sync.</source>
        <translation>عادت الجلسة إلى الانتظار: ستُرسل في المزامنة القادمة.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::InterestsPage</name>
    <message>
        <source>What do you like?</source>
        <translation>ماذا تحب؟</translation>
    </message>
    <message>
        <source>Choose as many as you want. "I don't know" is a good answer too.</source>
        <translation>اختر كل ما تحبه. «لا أعرف» جواب جيد أيضاً.</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>You can discover ideas on the next page.</source>
        <translation>سترى أفكاراً في الصفحة التالية.</translation>
    </message>
    <message>
        <source>To continue: choose at least one tile, or "I don't know".</source>
        <translation>للمتابعة: اختر خانة واحدة على الأقل. أو اختر «لا أعرف».</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::KioskDateEntry</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: فارغ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tap, then type it on the number pad.</source>
        <translation>المس هنا، ثم اكتب على لوحة الأرقام.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::KioskFlow</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>تاريخ ميلادك</translation>
    </message>
    <message>
        <source>Your nationality</source>
        <translation>جنسيتك</translation>
    </message>
    <message>
        <source>In France since</source>
        <translation>في فرنسا منذ</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>مكان سكنك</translation>
    </message>
    <message>
        <source>Your identity document</source>
        <translation>وثيقة هويتك</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>هاتفك</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>جوابك</translation>
    </message>
    <message>
        <source>What you like</source>
        <translation>ما تحبه</translation>
    </message>
    <message>
        <source>Ideas for you</source>
        <translation>أفكار لك</translation>
    </message>
    <message>
        <source>To take away</source>
        <translation>لتأخذه معك</translation>
    </message>
    <message>
        <source>Something is missing: go back one step.</source>
        <translation>ينقص جواب: ارجع خطوة إلى الوراء.</translation>
    </message>
    <message>
        <source>To see a counselor</source>
        <translation>لمقابلة مستشار</translation>
    </message>
    <message>
        <source>Make an appointment with %1:</source>
        <translation>خذ موعداً مع %1:</translation>
    </message>
    <message>
        <source>the Mission Locale</source>
        <translation>Mission Locale</translation>
    </message>
    <message>
        <source>You can ask at the front desk.</source>
        <translation>يمكنك أن تسأل في الاستقبال.</translation>
    </message>
    <message>
        <source>Print my summary</source>
        <translation>اطبع ملخصي</translation>
    </message>
    <message>
        <source>Prints one page with your answer, without your name.</source>
        <translation>يطبع صفحة واحدة فيها جوابك، دون اسمك.</translation>
    </message>
    <message>
        <source>Printed: take your page at the printer.</source>
        <translation>تمت الطباعة: خذ صفحتك من الطابعة.</translation>
    </message>
    <message>
        <source>The printer does not answer. You can ask at the front desk.</source>
        <translation>الطابعة لا تستجيب. يمكنك أن تسأل في الاستقبال.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>العودة إلى السؤال السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>I'm done</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <source>Erases your answers and leaves the kiosk to the next person.</source>
        <translation>يمحو إجاباتك ويترك الجهاز للشخص التالي.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>ما هو تاريخ ميلادك؟</translation>
    </message>
    <message>
        <source>What is your nationality?</source>
        <translation>ما هي جنسيتك؟</translation>
    </message>
    <message>
        <source>Since when have you lived in France?</source>
        <translation>منذ متى تسكن في فرنسا؟</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>أين تسكن؟</translation>
    </message>
    <message>
        <source>Which identity document do you have?</source>
        <translation>ما هي وثيقة الهوية التي لديك؟</translation>
    </message>
    <message>
        <source>Do you have a smartphone?</source>
        <translation>هل لديك هاتف ذكي؟</translation>
    </message>
    <message>
        <source>Are you at school, with your ÉduConnect codes? (ÉduConnect is the login your school gives you.)</source>
        <translation>هل أنت في المدرسة، ولديك رموز ÉduConnect؟ (ÉduConnect هو معرّف الدخول الذي تعطيك إياه مدرستك.)</translation>
    </message>
    <message>
        <source>What do you like? Choose as many as you want.</source>
        <translation>ماذا تحب؟ اختر ما تشاء.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes, I have my codes</source>
        <translation>نعم، لديّ رموزي</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Ask at the front desk which of these ideas are near you.</source>
        <translation>اسأل في الاستقبال أيّ هذه الأفكار قريبة من هنا.</translation>
    </message>
    <message>
        <source>An identity document: a counselor at the Mission Locale can help you ask for one.</source>
        <translation>وثيقة هوية: يمكن لمستشار في Mission Locale أن يساعدك في طلبها.</translation>
    </message>
    <message>
        <source>Scan this code with your phone: it opens %1, where you find the pass Culture app. It holds nothing about you.</source>
        <translation>امسح هذا الرمز بهاتفك: يفتح %1، حيث تجد تطبيق pass Culture. لا يحتوي على أي شيء عنك.</translation>
    </message>
    <message>
        <source>Find the pass Culture app in your phone's app store.</source>
        <translation>ابحث عن تطبيق pass Culture في متجر التطبيقات على هاتفك.</translation>
    </message>
    <message>
        <source>If you want help to confirm your identity, a counselor at the Mission Locale can do it with you.</source>
        <translation>إذا أردت مساعدة لتأكيد هويتك، يمكن لمستشار في Mission Locale أن يقوم بذلك معك.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::KioskWindow</name>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Admin PIN to leave the kiosk:</source>
        <translation>رمز الإدارة للخروج من الجهاز:</translation>
    </message>
    <message>
        <source>Passerelle: the pass Culture</source>
        <translation>‏Passerelle: pass Culture</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::LeaveScreen</name>
    <message>
        <source>Erase everything and leave the kiosk?</source>
        <translation>هل تريد محو كل شيء وترك المكان؟</translation>
    </message>
    <message>
        <source>Your answers will be erased. The kiosk is then ready for the next person.</source>
        <translation>ستُمحى إجاباتك. ويصبح الجهاز جاهزاً للشخص التالي.</translation>
    </message>
    <message>
        <source>Yes, erase everything</source>
        <translation>نعم، امحُ كل شيء</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>لا، سأكمل</translation>
    </message>
    <message>
        <source>No, go on with my answers</source>
        <translation>لا، سأكمل إجاباتي</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MainWindow</name>
    <message>
        <source>Appointment saved. Ready for the next person.</source>
        <translation>حُفظ الموعد. كل شيء جاهز للشخص التالي.</translation>
    </message>
    <message>
        <source>Passerelle: pass Culture appointment</source>
        <translation>‏Passerelle: موعد pass Culture</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>الموعد (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation>موعد جديد (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MessageLine</name>
    <message>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::NumberPad</name>
    <message>
        <source>Erase the last digit</source>
        <translation>امحُ آخر رقم</translation>
    </message>
    <message>
        <source>Number pad</source>
        <translation>لوحة الأرقام</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::OffersPage</name>
    <message>
        <source>In the app: %1</source>
        <translation>في التطبيق: %1</translation>
    </message>
    <message>
        <source>Hide the other ideas</source>
        <translation>أخفِ الأفكار الأخرى</translation>
    </message>
    <message>
        <source>See the other ideas (%1)</source>
        <translation>اعرض الأفكار الأخرى (%1)</translation>
    </message>
    <message>
        <source>What the pass Culture holds for you</source>
        <translation>ما يقدّمه لك pass Culture</translation>
    </message>
    <message>
        <source>Ideas for you</source>
        <translation>أفكار لك</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::PinDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No PIN is set on this computer. An administrator sets it with: passerelle --set-admin-pin</source>
        <translation>لم يُحدَّد أي رمز على هذا الحاسوب. يحدّده المسؤول بهذا الأمر: passerelle --set-admin-pin</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة من جديد.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانية واحدة قبل المحاولة من جديد.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانيتين قبل المحاولة من جديد.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثوانٍ قبل المحاولة من جديد.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة من جديد.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز خاطئ.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثانية قبل المحاولة من جديد.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر ثانية واحدة قبل المحاولة من جديد.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر ثانيتين قبل المحاولة من جديد.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثوانٍ قبل المحاولة من جديد.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثانية قبل المحاولة من جديد.</numerusform>
            <numerusform>رموز خاطئة كثيرة. انتظر %n ثانية قبل المحاولة من جديد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>عنك</translation>
    </message>
    <message>
        <source>Appointment of %1. A few questions to check your rights.</source>
        <translation>موعد %1. بعض الأسئلة لمعرفة حقوقك.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Living in France since</source>
        <translation>تعيش في فرنسا منذ</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>أين تسكن؟ (&amp;W)</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>أين تسكن؟</translation>
    </message>
    <message>
        <source>The photo check in the pass Culture app needs a smartphone.</source>
        <translation>التحقق بالصور في تطبيق pass Culture يحتاج إلى هاتف ذكي.</translation>
    </message>
    <message>
        <source>At 15, 16 or 17, the school login ÉduConnect confirms your identity without photos.</source>
        <translation>في سن 15 أو 16 أو 17، يؤكد حساب المدرسة ÉduConnect هويتك بدون صور.</translation>
    </message>
    <message numerus="yes">
        <source>To continue, answer the questions marked above: %n left.</source>
        <translation>
            <numerusform>للمتابعة، أجب عن الأسئلة المشار إليها أعلاه: بقي %n.</numerusform>
            <numerusform>للمتابعة، أجب عن الأسئلة المشار إليها أعلاه: بقي سؤال واحد.</numerusform>
            <numerusform>للمتابعة، أجب عن الأسئلة المشار إليها أعلاه: بقي سؤالان.</numerusform>
            <numerusform>للمتابعة، أجب عن الأسئلة المشار إليها أعلاه: بقيت %n أسئلة.</numerusform>
            <numerusform>للمتابعة، أجب عن الأسئلة المشار إليها أعلاه: بقي %n سؤالًا.</numerusform>
            <numerusform>للمتابعة، أجب عن الأسئلة المشار إليها أعلاه: بقي %n سؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is your date of bi&amp;rth?</source>
        <translation>ما هو تاريخ &amp;ميلادك؟</translation>
    </message>
    <message>
        <source>What is your nationality?</source>
        <translation>ما هي جنسيتك؟</translation>
    </message>
    <message>
        <source>&amp;Since when have you lived in France?</source>
        <translation>منذ متى &amp;تسكن في فرنسا؟</translation>
    </message>
    <message>
        <source>Since when have you lived in France?</source>
        <translation>منذ متى تسكن في فرنسا؟</translation>
    </message>
    <message>
        <source>Choose a place</source>
        <translation>اختر مكانًا</translation>
    </message>
    <message>
        <source>Which &amp;identity document do you have?</source>
        <translation>ما هي &amp;وثيقة الهوية التي لديك؟</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>اختر وثيقة</translation>
    </message>
    <message>
        <source>Which identity document do you have?</source>
        <translation>ما هي وثيقة الهوية التي لديك؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 Yes</source>
        <translation>%1 نعم</translation>
    </message>
    <message>
        <source>%1 No</source>
        <translation>%1 لا</translation>
    </message>
    <message>
        <source>Do you have a smartphone?</source>
        <translation>هل لديك هاتف ذكي؟</translation>
    </message>
    <message>
        <source>Are you at school, with your ÉduConnect codes?</source>
        <translation>هل أنت في المدرسة ولديك رموز ÉduConnect؟</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <source>QR code to %1</source>
        <translation>رمز QR إلى %1</translation>
    </message>
    <message>
        <source>Scan it with a phone's camera to open %1</source>
        <translation>امسحه بكاميرا الهاتف لفتح %1</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ResultPage</name>
    <message>
        <source>Your answer</source>
        <translation>جوابك</translation>
    </message>
    <message numerus="yes">
        <source>%n months after activation</source>
        <translation>
            <numerusform>%n شهر بعد التفعيل</numerusform>
            <numerusform>شهر واحد بعد التفعيل</numerusform>
            <numerusform>شهران بعد التفعيل</numerusform>
            <numerusform>%n أشهر بعد التفعيل</numerusform>
            <numerusform>%n شهراً بعد التفعيل</numerusform>
            <numerusform>%n شهر بعد التفعيل</numerusform>
        </translation>
    </message>
    <message>
        <source>Next credit</source>
        <translation>الرصيد القادم</translation>
    </message>
    <message>
        <source>Online offers, at most</source>
        <translation>العروض على الإنترنت، كحد أقصى</translation>
    </message>
    <message>
        <source>Free offers from</source>
        <translation>عروض مجانية ابتداءً من</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>More than one year in France on</source>
        <translation>أكثر من سنة في فرنسا في</translation>
    </message>
    <message>
        <source>Hide the details for the counselor</source>
        <translation>إخفاء التفاصيل الخاصة بالمستشار</translation>
    </message>
    <message>
        <source>Show the details for the counselor</source>
        <translation>عرض التفاصيل الخاصة بالمستشار</translation>
    </message>
    <message>
        <source>Details for the counselor</source>
        <translation>تفاصيل للمستشار</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>معروضة</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>القواعد المطبّقة</translation>
    </message>
    <message>
        <source>%1, %2, in force on %3</source>
        <translation>%1، %2، السارية في %3</translation>
    </message>
    <message>
        <source>Credit open since</source>
        <translation>الرصيد مفتوح منذ</translation>
    </message>
    <message>
        <source>Credit opens on</source>
        <translation>يُفتح الرصيد في</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last day to confirm identity</source>
        <translation>آخر يوم لتأكيد الهوية</translation>
    </message>
    <message>
        <source>Credit can be spent until</source>
        <translation>يمكن إنفاق الرصيد حتى</translation>
    </message>
    <message>
        <source>Credit can be spent for</source>
        <translation>يمكن إنفاق الرصيد لمدة</translation>
    </message>
    <message>
        <source>Credit activated before %1</source>
        <translation>رصيد مفعّل قبل %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Total still to come</source>
        <translation>المجموع القادم</translation>
    </message>
    <message>
        <source>Online limit if activated before %1</source>
        <translation>سقف العروض عبر الإنترنت إذا فُعّل قبل %1</translation>
    </message>
    <message>
        <source>Late sign-up</source>
        <translation>تسجيل متأخر</translation>
    </message>
    <message numerus="yes">
        <source>possible if started before %n years old</source>
        <translation>
            <numerusform>ممكن إذا بدأ قبل سن %n</numerusform>
            <numerusform>ممكن إذا بدأ قبل سن %n</numerusform>
            <numerusform>ممكن إذا بدأ قبل سن %n</numerusform>
            <numerusform>ممكن إذا بدأ قبل سن %n</numerusform>
            <numerusform>ممكن إذا بدأ قبل سن %n</numerusform>
            <numerusform>ممكن إذا بدأ قبل سن %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bonus at %n years old</source>
        <translation>
            <numerusform>مكافأة في سن %n</numerusform>
            <numerusform>مكافأة في سن %n</numerusform>
            <numerusform>مكافأة في سن %n</numerusform>
            <numerusform>مكافأة في سن %n</numerusform>
            <numerusform>مكافأة في سن %n</numerusform>
            <numerusform>مكافأة في سن %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more, asked in the app with a parent's identity. %2</source>
        <translation>%1 إضافية، تُطلب في التطبيق بهوية أحد الوالدين. %2</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <source>Pictures to prepare</source>
        <translation>الصور المطلوب تحضيرها</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SessionWizard</name>
    <message>
        <source>The appointment could not be saved: %1 Nothing is lost: try again.</source>
        <translation>لم يُحفظ الموعد: %1 لم يضع شيء: حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التالي (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>السابق (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>إنهاء وحفظ (&amp;F)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Finish and save the appointment</source>
        <translation>إنهاء الموعد وحفظه</translation>
    </message>
    <message>
        <source>Pass Culture appointment</source>
        <translation>موعد pass Culture</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SettingsDialog</name>
    <message>
        <source>&amp;Remove the lock PIN</source>
        <translation>إزالة رمز القفل (&amp;R)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Mission Locale site</source>
        <translation>مقر الـ Mission Locale</translation>
    </message>
    <message>
        <source>Shown on the take-home summary.</source>
        <translation>يظهر في الملخص الذي يأخذه الشاب معه.</translation>
    </message>
    <message>
        <source>Contact of the site</source>
        <translation>وسيلة الاتصال بالمقر</translation>
    </message>
    <message>
        <source>Phone or email, shown on the take-home summary.</source>
        <translation>هاتف أو بريد إلكتروني، يظهر في الملخص الذي يأخذه الشاب معه.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>New lock PIN</source>
        <translation>رمز قفل جديد</translation>
    </message>
    <message>
        <source>4 to 12 digits. Leave empty to keep the current one.</source>
        <translation>من 4 إلى 12 رقماً. اتركه فارغاً للاحتفاظ بالرمز الحالي.</translation>
    </message>
    <message>
        <source>Remove the lock PIN</source>
        <translation>إزالة رمز القفل</translation>
    </message>
    <message>
        <source>A lock PIN is set (Ctrl+L locks the window).</source>
        <translation>رمز القفل محدَّد (Ctrl+L يقفل النافذة).</translation>
    </message>
    <message>
        <source>No lock PIN is set.</source>
        <translation>لم يُحدَّد أي رمز قفل.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>اسمك (&amp;N)</translation>
    </message>
    <message>
        <source>Mission Locale &amp;site</source>
        <translation>مقر الـ Mission Locale (&amp;S)</translation>
    </message>
    <message>
        <source>Site &amp;contact</source>
        <translation>وسيلة الاتصال بالمقر (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>المظهر (&amp;T)</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>حجم النص (&amp;Z)</translation>
    </message>
    <message>
        <source>New lock &amp;PIN</source>
        <translation>رمز قفل جديد (&amp;P)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Link of the QR code</source>
        <translation>رابط رمز QR</translation>
    </message>
    <message>
        <source>The web page the QR code opens, on the summary and at the kiosk. Empty: the pass Culture site.</source>
        <translation>صفحة الويب التي يفتحها رمز QR، في الملخّص وعلى الجهاز. إذا كان فارغًا: موقع pass Culture.</translation>
    </message>
    <message>
        <source>QR code &amp;link</source>
        <translation>رابط رمز QR (&amp;L)</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StepHeader</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>الخطوة التالية: %1</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SummaryPage</name>
    <message>
        <source>Save the summary</source>
        <translation>حفظ الملخص</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved: %1</source>
        <translation>تعذّر حفظ الملخص: %1</translation>
    </message>
    <message>
        <source>Summary saved: %1</source>
        <translation>حُفظ الملخص: %1</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>طباعة الملخص</translation>
    </message>
    <message>
        <source>The summary could not be printed: %1</source>
        <translation>تعذّرت طباعة الملخص: %1</translation>
    </message>
    <message>
        <source>Summary sent to the printer.</source>
        <translation>أُرسل الملخص إلى الطابعة.</translation>
    </message>
    <message>
        <source>Your summary to take home</source>
        <translation>ملخصك لتأخذه معك</translation>
    </message>
    <message>
        <source>One page with your answer, your next steps and what you like. Save it or print it.</source>
        <translation>صفحة واحدة فيها جوابك وخطواتك القادمة وما تحبه. يمكن حفظها أو طباعتها.</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>معاينة الملخص</translation>
    </message>
    <message>
        <source>&amp;Save the PDF</source>
        <translation>حفظ ملف PDF (&amp;S)</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>حفظ الملخص كملف PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>طباعة (&amp;P)</translation>
    </message>
    <message>
        <source>No printer here. Show this page at the desk.</source>
        <translation>لا توجد طابعة هنا. أظهر هذه الصفحة في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>One page with your answer, your next steps and what you like. Print it to take it home.</source>
        <translation>صفحة واحدة فيها جوابك وخطواتك القادمة وما تحبه. اطبعها لتأخذها معك.</translation>
    </message>
    <message>
        <source>One page with your answer, your next steps and what you like. Show it at the desk.</source>
        <translation>صفحة واحدة فيها جوابك وخطواتك القادمة وما تحبه. أظهرها في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Your &amp;name, printed on the summary:</source>
        <translation>اسمك، مطبوع على الملخّص (&amp;N):</translation>
    </message>
    <message>
        <source>Your name, printed on the summary</source>
        <translation>اسمك، مطبوع على الملخّص</translation>
    </message>
    <message>
        <source>The young person's contact at the Mission Locale. Saved in the settings.</source>
        <translation>الشخص المسؤول عن الشاب في الـ Mission Locale. يُحفظ في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SyncStatusWidget</name>
    <message>
        <source>Sending: this computer is not linked to a server yet (Tools &gt; Settings).</source>
        <translation>الإرسال: هذا الحاسوب غير مربوط بأي خادم بعد (الأدوات &gt; الإعدادات).</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>جارٍ الإرسال...</translation>
    </message>
    <message>
        <source>All sessions are sent.</source>
        <translation>أُرسلت كل الجلسات.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n جلسة في انتظار الإرسال.</numerusform>
            <numerusform>جلسة واحدة في انتظار الإرسال.</numerusform>
            <numerusform>جلستان في انتظار الإرسال.</numerusform>
            <numerusform>%n جلسات في انتظار الإرسال.</numerusform>
            <numerusform>%n جلسة في انتظار الإرسال.</numerusform>
            <numerusform>%n جلسة في انتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) refused by the server.</source>
        <translation>
            <numerusform>%n جلسة رفضها الخادم.</numerusform>
            <numerusform>جلسة واحدة رفضها الخادم.</numerusform>
            <numerusform>جلستان رفضهما الخادم.</numerusform>
            <numerusform>%n جلسات رفضها الخادم.</numerusform>
            <numerusform>%n جلسة رفضها الخادم.</numerusform>
            <numerusform>%n جلسة رفضها الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent: %1.</source>
        <translation>آخر إرسال: %1.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>لم يُرسَل أي شيء بعد.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن (&amp;S)</translation>
    </message>
    <message>
        <source>Send the waiting sessions to the server now</source>
        <translation>إرسال الجلسات المنتظرة إلى الخادم الآن</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <source>Let's see together what the pass Culture can give you.</source>
        <translation>لنرَ معاً ماذا يمكن أن يعطيك pass Culture.</translation>
    </message>
    <message>
        <source>In this appointment, we answer three questions together:</source>
        <translation>في هذا الموعد، نجيب معاً عن ثلاثة أسئلة:</translation>
    </message>
    <message>
        <source>1. Can you get the pass Culture, and how much?
2. Which identity document will you need?
3. What should you do next?</source>
        <translation>1. هل يمكنك الحصول على pass Culture، وكم؟
2. أي وثيقة هوية ستحتاج؟
3. ماذا تفعل بعد ذلك؟</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>معلوماتك</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>Language of the appointment</source>
        <translation>لغة الموعد</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>حماية معلوماتك</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing about you: it only adds your visit to anonymous counts, without your name or your date of birth.</source>
        <translation>لا يحتفظ هذا الجهاز بأي شيء عنك: يضيف زيارتك فقط إلى إحصاءات مجهولة، بدون اسمك ولا تاريخ ميلادك.</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing: your answers are erased when you finish or leave.</source>
        <translation>لا يحتفظ هذا الجهاز بأي شيء: تُمحى إجاباتك عندما تنتهي أو تغادر.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere.</source>
        <translation>لا يُرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>Questions? Ask at the Mission Locale's front desk.</source>
        <translation>أسئلة؟ اسأل في استقبال البعثة المحلية (Mission Locale).</translation>
    </message>
    <message>
        <source>This is a demonstration: the young people shown are made up.</source>
        <translation>هذا عرض توضيحي: الشباب المعروضون غير حقيقيين.</translation>
    </message>
    <message>
        <source>Nothing is kept or sent.</source>
        <translation>لا يُحفظ أي شيء ولا يُرسل.</translation>
    </message>
    <message>
        <source>Questions? Ask the trainer.</source>
        <translation>أسئلة؟ اسأل المدرّب.</translation>
    </message>
    <message>
        <source>Your answers stay on this computer, protected: your personal details for %1 months, the pictures for %2 days or until they are sent.</source>
        <translation>تبقى إجاباتك على هذا الحاسوب، محمية: معلوماتك الشخصية لمدة %1 أشهر، والصور لمدة %2 يومًا أو حتى إرسالها.</translation>
    </message>
    <message>
        <source>They are sent to your Mission Locale's server; the pictures only for a Démarche Numérique file, when the server asks for them.</source>
        <translation>تُرسل إلى خادم البعثة المحلية (Mission Locale)؛ والصور فقط لملف Démarche Numérique، عندما يطلبها الخادم.</translation>
    </message>
    <message>
        <source>To see them or have them deleted, ask your counselor.</source>
        <translation>لرؤيتها أو لحذفها، اسأل مستشارك.</translation>
    </message>
</context>
</TS>
