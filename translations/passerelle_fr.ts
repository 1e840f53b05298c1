<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>--kind: unknown document "%1" (id1, id3 or a4).</source>
        <translation>--kind : document inconnu « %1 » (id1, id3 ou a4).</translation>
    </message>
    <message>
        <source>%1: not a readable image.</source>
        <translation>%1 : ce n’est pas une image lisible.</translation>
    </message>
    <message>
        <source>an image file is required.</source>
        <translation>il faut un fichier image.</translation>
    </message>
</context>
<context>
    <name>AnswerFacts</name>
    <message>
        <source>your French identity card</source>
        <translation>ta carte d’identité française</translation>
    </message>
    <message>
        <source>your French passport</source>
        <translation>ton passeport français</translation>
    </message>
    <message>
        <source>your foreign identity card or passport</source>
        <translation>ta carte d’identité ou ton passeport étranger</translation>
    </message>
    <message>
        <source>your residence permit</source>
        <translation>ton titre de séjour</translation>
    </message>
    <message>
        <source>your French identity document, even expired</source>
        <translation>ta pièce d’identité française, même périmée</translation>
    </message>
    <message>
        <source>Your ÉduConnect codes, given by your school. No photo needed.</source>
        <translation>Tes codes ÉduConnect, donnés par ton établissement. Pas besoin de photo.</translation>
    </message>
    <message>
        <source>An identity document: your counselor can help you ask for one.</source>
        <translation>Une pièce d’identité : ton conseiller peut t’aider à la demander.</translation>
    </message>
    <message>
        <source>Identity document: %1.</source>
        <translation>Pièce d’identité : %1.</translation>
    </message>
    <message>
        <source>Identity document: %1, a selfie holding it and a proof of address.</source>
        <translation>Pièce d’identité : %1, un selfie avec elle et un justificatif de domicile.</translation>
    </message>
    <message>
        <source>Identity document: %1 and a selfie holding it.</source>
        <translation>Pièce d’identité : %1 et un selfie avec elle.</translation>
    </message>
    <message>
        <source>Log in with ÉduConnect in the pass Culture app by %1.</source>
        <translation>Connecte-toi avec ÉduConnect dans l’application pass Culture au plus tard le %1.</translation>
    </message>
    <message>
        <source>Send your file on Démarche Numérique by %1.</source>
        <translation>Envoie ton dossier sur Démarche Numérique au plus tard le %1.</translation>
    </message>
    <message>
        <source>Confirm your identity in the pass Culture app by %1.</source>
        <translation>Confirme ton identité dans l’application pass Culture au plus tard le %1.</translation>
    </message>
    <message>
        <source>Ask your counselor which of these ideas are near you.</source>
        <translation>Demande à ton conseiller lesquelles de ces idées sont près de chez toi.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>Yes, the pass Culture is for you</source>
        <translation>Oui, le pass Culture est pour toi</translation>
    </message>
    <message>
        <source>to spend now</source>
        <translation>à dépenser dès maintenant</translation>
    </message>
    <message>
        <source>Reminder: %1 to spend, identity to confirm by %2.</source>
        <translation>Pour rappel : %1 à dépenser, identité à confirmer au plus tard le %2.</translation>
    </message>
    <message>
        <source>Reminder: %1 to spend.</source>
        <translation>Pour rappel : %1 à dépenser.</translation>
    </message>
    <message>
        <source>Yes: free offers now, your credit later</source>
        <translation>Oui : les offres gratuites dès maintenant, ton crédit plus tard</translation>
    </message>
    <message>
        <source>Create your account now with your ÉduConnect codes.</source>
        <translation>Crée ton compte dès maintenant avec tes codes ÉduConnect.</translation>
    </message>
    <message>
        <source>Create your account now in the pass Culture app.</source>
        <translation>Crée ton compte dès maintenant dans l’application pass Culture.</translation>
    </message>
    <message>
        <source>Reminder: free offers now, %1 from %2.</source>
        <translation>Pour rappel : offres gratuites dès maintenant, %1 à partir du %2.</translation>
    </message>
    <message>
        <source>Reminder: free offers now.</source>
        <translation>Pour rappel : offres gratuites dès maintenant.</translation>
    </message>
    <message>
        <source>No credit for you, but other good plans exist</source>
        <translation>Pas de crédit pour toi, mais d’autres bons plans existent</translation>
    </message>
    <message>
        <source>Not yet: come back a little later</source>
        <translation>Pas encore : reviens un peu plus tard</translation>
    </message>
    <message>
        <source>Not yet: after more than one year in France</source>
        <translation>Pas encore : après plus d’un an en France</translation>
    </message>
    <message>
        <source>Come back from %1 to create your account.</source>
        <translation>Reviens à partir du %1 pour créer ton compte.</translation>
    </message>
    <message>
        <source>Come back from %1 to get your credit.</source>
        <translation>Reviens à partir du %1 pour avoir ton crédit.</translation>
    </message>
    <message>
        <source>No credit at your age, but other good plans exist</source>
        <translation>Pas de crédit à ton âge, mais d’autres bons plans existent</translation>
    </message>
    <message>
        <source>Started your sign-up before you turned %1? Finish it in the app.</source>
        <translation>Tu as commencé ton inscription avant tes %1 ans ? Termine-la dans l’application.</translation>
    </message>
    <message>
        <source>Already activated your pass? Use it until %1.</source>
        <translation>Tu as déjà activé ton pass ? Utilise-le jusqu’au %1.</translation>
    </message>
    <message>
        <source>Not yet where you live</source>
        <translation>Pas encore là où tu habites</translation>
    </message>
    <message>
        <source>Come back from %1: the pass Culture arrives where you live.</source>
        <translation>Reviens à partir du %1 : le pass Culture arrive là où tu habites.</translation>
    </message>
    <message>
        <source>No pass Culture where you live, but other good plans exist</source>
        <translation>Pas de pass Culture là où tu habites, mais d’autres bons plans existent</translation>
    </message>
    <message>
        <source>Reminder: %1 from %2.</source>
        <translation>Pour rappel : %1 à partir du %2.</translation>
    </message>
    <message>
        <source>Reminder: not yet, come back from %1.</source>
        <translation>Pour rappel : pas encore, reviens à partir du %1.</translation>
    </message>
    <message>
        <source>Reminder: no pass Culture credit, other good plans exist.</source>
        <translation>Pour rappel : pas de crédit pass Culture, mais d’autres bons plans existent.</translation>
    </message>
    <message>
        <source>Free offers</source>
        <translation>Offres gratuites</translation>
    </message>
    <message>
        <source>End of credit</source>
        <translation>Fin du crédit</translation>
    </message>
    <message>
        <source>Too late to start</source>
        <translation>Trop tard pour commencer</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>not possible for you</source>
        <translation>pas possible pour toi</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message numerus="yes">
        <source>Today, %n years old</source>
        <translation>
            <numerusform>Aujourd’hui, %n an</numerusform>
            <numerusform>Aujourd’hui, %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>More than one year in France</source>
        <translation>Plus d’un an en France</translation>
    </message>
    <message>
        <source>The pass arrives where you live</source>
        <translation>Le pass arrive chez toi</translation>
    </message>
    <message numerus="yes">
        <source>At %n years old: %1, %2.</source>
        <translation>
            <numerusform>À %n an : %1, %2.</numerusform>
            <numerusform>À %n ans : %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %n years old today.</source>
        <translation>
            <numerusform>Tu as %n an aujourd’hui.</numerusform>
            <numerusform>Tu as %n ans aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until %1: %2.</source>
        <translation>Attente jusqu’au %1 : %2.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Médiathèques</translation>
    </message>
    <message>
        <source>Borrow books, films, music and games, free or almost free.</source>
        <translation>Emprunte des livres, des films, de la musique et des jeux, gratuitement ou presque.</translation>
    </message>
    <message>
        <source>National museums</source>
        <translation>Musées nationaux</translation>
    </message>
    <message>
        <source>Free before 26 if you live in the European Union.</source>
        <translation>Gratuits avant 26 ans si tu habites dans l’Union européenne.</translation>
    </message>
    <message>
        <source>Youth cards</source>
        <translation>Cartes jeunes</translation>
    </message>
    <message>
        <source>Discounts from your region or town: ask the Mission Locale or the town hall.</source>
        <translation>Des réductions de ta région ou de ta ville : demande à la Mission Locale ou à la mairie.</translation>
    </message>
    <message>
        <source>The pass Culture app</source>
        <translation>L’application pass Culture</translation>
    </message>
    <message>
        <source>Even without credit, find cultural events near you.</source>
        <translation>Même sans crédit, trouve des sorties culturelles près de chez toi.</translation>
    </message>
    <message>
        <source>Mission Locale outings</source>
        <translation>Sorties de la Mission Locale</translation>
    </message>
    <message>
        <source>Outings and events with the Mission Locale and its partners.</source>
        <translation>Des sorties et des événements avec la Mission Locale et ses partenaires.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The pass Culture rules could not be read (%1). Please reinstall Passerelle.</source>
        <translation>Les règles du pass Culture n’ont pas pu être lues (%1). Réinstallez Passerelle.</translation>
    </message>
    <message>
        <source>There is no answer to save yet.</source>
        <translation>Il n’y a pas encore de réponse à enregistrer.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Other users of this computer may open the data folder %1. Passerelle leaves its permissions as they are; the personal data inside stays encrypted. Restrict the folder to your own account unless it is meant to be shared.</source>
        <translation>D’autres utilisateurs de cet ordinateur peuvent ouvrir le dossier de données %1. Passerelle laisse ses droits tels quels ; les données personnelles qu’il contient restent chiffrées. Réservez ce dossier à votre compte, sauf s’il doit être partagé.</translation>
    </message>
</context>
<context>
    <name>CaptureFiles</name>
    <message>
        <source>There is no picture to save.</source>
        <translation>Il n’y a aucune photo à enregistrer.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1 could not be written. Is the folder writable, or the drive full?</source>
        <translation>%1 n’a pas pu être écrit. Le dossier est-il protégé, ou le disque plein ?</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
</context>
<context>
    <name>CaptureGuidance</name>
    <message>
        <source>Good. The card is ready.</source>
        <translation>C’est bon. La carte est prête.</translation>
    </message>
    <message>
        <source>Put the card in the frame.</source>
        <translation>Mets la carte dans le cadre.</translation>
    </message>
    <message>
        <source>Part of the card is outside the picture. Move it to the middle.</source>
        <translation>Une partie de la carte sort de l’image. Mets-la au milieu.</translation>
    </message>
    <message>
        <source>Bring the card closer.</source>
        <translation>Rapproche la carte.</translation>
    </message>
    <message>
        <source>It is too dark. Move toward the light.</source>
        <translation>Il fait trop sombre. Va vers la lumière.</translation>
    </message>
    <message>
        <source>There is too much light. Move away from the lamp.</source>
        <translation>Il y a trop de lumière. Éloigne-toi de la lampe.</translation>
    </message>
    <message>
        <source>Hold the card flat, facing the camera.</source>
        <translation>Tiens la carte bien à plat, face à la caméra.</translation>
    </message>
    <message>
        <source>There is a reflection: tilt the card a little.</source>
        <translation>Il y a un reflet : incline un peu la carte.</translation>
    </message>
    <message>
        <source>The picture is blurry. Hold the card still.</source>
        <translation>L’image est floue. Ne bouge plus la carte.</translation>
    </message>
    <message>
        <source>Good. The passport page is ready.</source>
        <translation>C’est bon. La page du passeport est prête.</translation>
    </message>
    <message>
        <source>Put the open passport in the frame, photo page up.</source>
        <translation>Ouvre ton passeport à la page avec ta photo. Mets-le dans le cadre.</translation>
    </message>
    <message>
        <source>Part of the passport page is outside the picture. Move it to the middle.</source>
        <translation>Une partie de la page sort de l’image. Mets le passeport au milieu.</translation>
    </message>
    <message>
        <source>Bring the passport closer.</source>
        <translation>Rapproche le passeport.</translation>
    </message>
    <message>
        <source>Hold the passport flat, facing the camera.</source>
        <translation>Tiens le passeport bien à plat, face à la caméra.</translation>
    </message>
    <message>
        <source>There is a reflection: tilt the passport a little.</source>
        <translation>Il y a un reflet : incline un peu le passeport.</translation>
    </message>
    <message>
        <source>The picture is blurry. Hold the passport still.</source>
        <translation>L’image est floue. Ne bouge plus le passeport.</translation>
    </message>
    <message>
        <source>Good. The page is ready.</source>
        <translation>C’est bon. La feuille est prête.</translation>
    </message>
    <message>
        <source>Put the whole page in the frame.</source>
        <translation>Mets toute la feuille dans le cadre.</translation>
    </message>
    <message>
        <source>Part of the page is outside the picture. Move it back a little.</source>
        <translation>Une partie de la feuille sort de l’image. Recule-la un peu.</translation>
    </message>
    <message>
        <source>Bring the page closer.</source>
        <translation>Rapproche la feuille.</translation>
    </message>
    <message>
        <source>Hold the page flat, facing the camera.</source>
        <translation>Tiens la feuille bien à plat, face à la caméra.</translation>
    </message>
    <message>
        <source>There is a reflection: tilt the page a little.</source>
        <translation>Il y a un reflet : incline un peu la feuille.</translation>
    </message>
    <message>
        <source>The picture is blurry. Hold the page still.</source>
        <translation>L’image est floue. Ne bouge plus la feuille.</translation>
    </message>
    <message>
        <source>Do not move...</source>
        <translation>Ne bouge plus…</translation>
    </message>
    <message>
        <source>Turn the card over.</source>
        <translation>Retourne la carte.</translation>
    </message>
    <message>
        <source>This is the side you already took: turn the card over.</source>
        <translation>C’est le côté que tu as déjà pris en photo : retourne la carte.</translation>
    </message>
    <message>
        <source>Take your finger off the card.</source>
        <translation>Enlève ton doigt de la carte.</translation>
    </message>
    <message>
        <source>Take your finger off the passport page.</source>
        <translation>Enlève ton doigt de la page du passeport.</translation>
    </message>
    <message>
        <source>Take your finger off the page.</source>
        <translation>Enlève ton doigt de la page.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>--lang: unknown language "%1" (fr or en).</source>
        <translation>--lang : langue inconnue « %1 » (fr ou en).</translation>
    </message>
    <message>
        <source>unexpected argument "%1".</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--data-dir: no saved sessions in "%1".</source>
        <translation>--data-dir : aucune session enregistrée dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>The keychain of this computer cannot be reached. To protect young people's data, Passerelle stores no personal data and no images: only statistics.</source>
        <translation>Le trousseau de cet ordinateur est inaccessible. Pour protéger les données des jeunes, Passerelle n’enregistre ni données personnelles ni images : seulement des statistiques.</translation>
    </message>
    <message>
        <source>The key that protects the saved sessions is missing from the keychain. Their personal data cannot be opened. Passerelle stores no new personal data until the key is back.</source>
        <translation>La clé qui protège les sessions enregistrées n’est plus dans le trousseau. Leurs données personnelles ne peuvent pas être ouvertes. Passerelle n’enregistre plus de données personnelles tant que la clé n’est pas revenue.</translation>
    </message>
    <message>
        <source>The key in the keychain does not match the saved sessions. Their personal data cannot be opened. Passerelle stores no new personal data until the right key is back.</source>
        <translation>La clé du trousseau ne correspond pas aux sessions enregistrées. Leurs données personnelles ne peuvent pas être ouvertes. Passerelle n’enregistre plus de données personnelles tant que la bonne clé n’est pas revenue.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Fill in the day, the month and the year.</source>
        <translation>Remplis le jour, le mois et l’année.</translation>
    </message>
    <message>
        <source>The day must be a number from 1 to 31.</source>
        <translation>Le jour doit être un nombre de 1 à 31.</translation>
    </message>
    <message>
        <source>The month must be a number from 1 to 12.</source>
        <translation>Le mois doit être un nombre de 1 à 12.</translation>
    </message>
    <message>
        <source>The year must have four digits, for example 2008.</source>
        <translation>L’année doit avoir quatre chiffres, par exemple 2008.</translation>
    </message>
    <message>
        <source>This date does not exist (check the day and the month).</source>
        <translation>Cette date n’existe pas (vérifie le jour et le mois).</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>--sessions: give a number from 1 to 1000000.</source>
        <translation>--sessions : indiquez un nombre de 1 à 1000000.</translation>
    </message>
    <message>
        <source>--data-dir is required (the folder to fill).</source>
        <translation>--data-dir est obligatoire (le dossier à remplir).</translation>
    </message>
    <message>
        <source>--days: give a number from 1 to 3650.</source>
        <translation>--days : indiquez un nombre de 1 à 3650.</translation>
    </message>
    <message>
        <source>--seed: give a whole number.</source>
        <translation>--seed : indiquez un nombre entier.</translation>
    </message>
    <message numerus="yes">
        <source>%n made-up session(s) added to %1.</source>
        <translation>
            <numerusform>%n session fictive ajoutée à %1.</numerusform>
            <numerusform>%n sessions fictives ajoutées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the data folder cannot be written to (read-only or not allowed)</source>
        <translation>impossible d’écrire dans le dossier des données (lecture seule ou accès refusé)</translation>
    </message>
    <message>
        <source>the file of saved sessions could not be written</source>
        <translation>le fichier des sessions enregistrées n’a pas pu être écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n made-up session(s) saved to %1, then the next one could not be saved: %2. The others were not added.</source>
        <translation>
            <numerusform>%n session fictive enregistrée dans %1, puis la suivante n’a pas pu l’être : %2. Les autres n’ont pas été ajoutées.</numerusform>
            <numerusform>%n sessions fictives enregistrées dans %1, puis la suivante n’a pas pu l’être : %2. Les autres n’ont pas été ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoFrameSource</name>
    <message>
        <source>Demo (specimen document)</source>
        <translation>Démo (faux document)</translation>
    </message>
</context>
<context>
    <name>DemoPersonas</name>
    <message>
        <source>Léa, 17</source>
        <translation>Léa, 17 ans</translation>
    </message>
    <message>
        <source>French, in high school, has an identity card.</source>
        <translation>Française, au lycée, a une carte d’identité.</translation>
    </message>
    <message>
        <source>Youssef, 18</source>
        <translation>Youssef, 18 ans</translation>
    </message>
    <message>
        <source>From outside the EU, living in France for 8 months, has a residence permit.</source>
        <translation>Hors Union européenne, vit en France depuis 8 mois, a un titre de séjour.</translation>
    </message>
    <message>
        <source>Camille, 20</source>
        <translation>Camille, 20 ans</translation>
    </message>
    <message>
        <source>French, 20 years old, has a passport.</source>
        <translation>Française, 20 ans, a un passeport.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>You can get the pass Culture</source>
        <translation>Tu peux avoir le pass Culture</translation>
    </message>
    <message>
        <source>Free offers now, your credit later</source>
        <translation>Les offres gratuites maintenant, ton crédit plus tard</translation>
    </message>
    <message>
        <source>Not yet: it is a bit early</source>
        <translation>Pas encore : c’est un peu tôt</translation>
    </message>
    <message>
        <source>The age limit has passed</source>
        <translation>L’âge limite est passé</translation>
    </message>
    <message>
        <source>Not available where you live</source>
        <translation>Pas disponible là où tu habites</translation>
    </message>
    <message>
        <source>Not yet: more than one year in France is needed</source>
        <translation>Pas encore : il faut plus d’un an en France</translation>
    </message>
</context>
<context>
    <name>EligibilityCommand</name>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>Montant maintenant</translation>
    </message>
    <message>
        <source>Total still to come</source>
        <translation>Total encore à venir</translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation>Éligible à partir du</translation>
    </message>
    <message>
        <source>Confirm identity by</source>
        <translation>Confirmer l’identité au plus tard le</translation>
    </message>
    <message>
        <source>Credit expires</source>
        <translation>Fin du crédit</translation>
    </message>
    <message>
        <source>%1 months after activation</source>
        <translation>%1 mois après l’activation</translation>
    </message>
    <message>
        <source>Residence condition met on</source>
        <translation>Condition de résidence remplie le</translation>
    </message>
    <message>
        <source>Bonus possible</source>
        <translation>Bonus possible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Digital cap</source>
        <translation>Plafond numérique</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>--birth-date is required (YYYY-MM-DD).</source>
        <translation>--birth-date est obligatoire (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--birth-date: "%1" is not a real date as YYYY-MM-DD.</source>
        <translation>--birth-date : « %1 » n’est pas une vraie date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--on: "%1" is not a real date as YYYY-MM-DD.</source>
        <translation>--on : « %1 » n’est pas une vraie date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--nationality: "%1" is not fr, eu or other.</source>
        <translation>--nationality : « %1 » n’est ni fr, ni eu, ni other.</translation>
    </message>
    <message>
        <source>--resident-since: "%1" is not a real date as YYYY-MM-DD.</source>
        <translation>--resident-since : « %1 » n’est pas une vraie date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--territory: unknown code "%1" (one of: %2).</source>
        <translation>--territory : code inconnu « %1 » (codes possibles : %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Identity route</source>
        <translation>Vérification d’identité</translation>
    </message>
    <message>
        <source>Pictures to prepare</source>
        <translation>Photos à préparer</translation>
    </message>
    <message>
        <source>--document: "%1" is not one of: %2.</source>
        <translation>--document : « %1 » n’est pas l’un de : %2.</translation>
    </message>
    <message>
        <source>--smartphone: "%1" is not yes or no.</source>
        <translation>--smartphone : « %1 » n’est ni yes ni no.</translation>
    </message>
    <message>
        <source>--school: "%1" is not yes or no.</source>
        <translation>--school : « %1 » n’est ni yes ni no.</translation>
    </message>
</context>
<context>
    <name>EligibilityEngine</name>
    <message>
        <source>The birth date is not a real date.</source>
        <translation>La date de naissance n’est pas une vraie date.</translation>
    </message>
    <message>
        <source>The appointment date is not a real date.</source>
        <translation>La date du rendez-vous n’est pas une vraie date.</translation>
    </message>
    <message>
        <source>The birth date is after the appointment date.</source>
        <translation>La date de naissance est après la date du rendez-vous.</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>Vérifie l’année de naissance.</translation>
    </message>
    <message>
        <source>Choose a place of residence from the list.</source>
        <translation>Choisis un lieu de résidence dans la liste.</translation>
    </message>
    <message>
        <source>Enter the date since when you live in France.</source>
        <translation>Indique depuis quand tu habites en France.</translation>
    </message>
    <message>
        <source>The date of arrival in France is before the birth date.</source>
        <translation>La date d’arrivée en France est avant la date de naissance.</translation>
    </message>
    <message>
        <source>The date of arrival in France is in the future.</source>
        <translation>La date d’arrivée en France est dans le futur.</translation>
    </message>
    <message>
        <source>The pass Culture did not exist yet on that date (it started on %1).</source>
        <translation>Le pass Culture n’existait pas encore à cette date (il a commencé le %1).</translation>
    </message>
</context>
<context>
    <name>EligibilityExplainer</name>
    <message>
        <source>From %1, you will get %2 more.</source>
        <translation>À partir du %1, tu auras %2 de plus.</translation>
    </message>
    <message>
        <source>Confirm your identity in the pass Culture app by %1 at the latest.</source>
        <translation>Confirme ton identité dans l’application pass Culture au plus tard le %1.</translation>
    </message>
    <message>
        <source>You can spend your credit until %1.</source>
        <translation>Tu peux dépenser ton crédit jusqu’au %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can spend your credit for %n months after you activate it.</source>
        <translation>
            <numerusform>Tu peux dépenser ton crédit pendant %n mois après l’activation.</numerusform>
            <numerusform>Tu peux dépenser ton crédit pendant %n mois après l’activation.</numerusform>
        </translation>
    </message>
    <message>
        <source>For online offers, you can spend up to %1 in total.</source>
        <translation>Pour les offres en ligne, tu peux dépenser %1 au maximum.</translation>
    </message>
    <message>
        <source>Your counselor can check this with you.</source>
        <translation>Ton conseiller peut vérifier cela avec toi.</translation>
    </message>
    <message>
        <source>From %1, you will get %2.</source>
        <translation>À partir du %1, tu auras %2.</translation>
    </message>
    <message>
        <source>Your counselor can show you other ways to enjoy culture and leisure near you.</source>
        <translation>Ton conseiller peut te montrer d’autres aides pour la culture et les loisirs près de chez toi.</translation>
    </message>
    <message>
        <source>This extra money is for families with a modest income.</source>
        <translation>Cet argent en plus est pour les familles aux revenus modestes.</translation>
    </message>
    <message>
        <source>Good news: you can get the pass Culture.</source>
        <translation>Bonne nouvelle : tu peux avoir le pass Culture.</translation>
    </message>
    <message numerus="yes">
        <source>You are %n years old.</source>
        <translation>
            <numerusform>Tu as %n an.</numerusform>
            <numerusform>Tu as %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can get %1 now.</source>
        <translation>Tu peux avoir %1 maintenant.</translation>
    </message>
    <message>
        <source>You can already create your account and book free offers.</source>
        <translation>Tu peux déjà créer ton compte et réserver des offres gratuites.</translation>
    </message>
    <message>
        <source>It is a bit early for the pass Culture.</source>
        <translation>C’est un peu tôt pour le pass Culture.</translation>
    </message>
    <message>
        <source>From %1, you can book free offers.</source>
        <translation>À partir du %1, tu pourras réserver des offres gratuites.</translation>
    </message>
    <message>
        <source>By then, you will be past the age limit.</source>
        <translation>À ce moment-là, tu auras passé l’âge limite.</translation>
    </message>
    <message>
        <source>So the pass Culture will not be possible for you.</source>
        <translation>Le pass Culture ne sera donc pas possible pour toi.</translation>
    </message>
    <message>
        <source>This is past the age to get a new pass Culture credit.</source>
        <translation>C’est après l’âge pour avoir un nouveau crédit pass Culture.</translation>
    </message>
    <message>
        <source>Did you activate your pass before? Then you can still use it until %1.</source>
        <translation>Tu as activé ton pass avant ? Alors tu peux encore l’utiliser jusqu’au %1.</translation>
    </message>
    <message>
        <source>The pass Culture is not available where you live.</source>
        <translation>Le pass Culture n’existe pas là où tu habites.</translation>
    </message>
    <message>
        <source>It will be available from %1.</source>
        <translation>Il sera possible à partir du %1.</translation>
    </message>
    <message>
        <source>At that time, the pass existed only in some test départements. Check that yours was one of them.</source>
        <translation>À cette époque, le pass existait seulement dans quelques départements test. Vérifie que le tien en faisait partie.</translation>
    </message>
    <message>
        <source>Confirm your identity with ÉduConnect in the pass Culture app by %1 at the latest.</source>
        <translation>Confirme ton identité avec ÉduConnect dans l’application pass Culture au plus tard le %1.</translation>
    </message>
    <message>
        <source>Send your file on Démarche Numérique by %1 at the latest.</source>
        <translation>Envoie ton dossier sur Démarche Numérique au plus tard le %1.</translation>
    </message>
    <message>
        <source>Confirm your identity by %1 at the latest.</source>
        <translation>Confirme ton identité au plus tard le %1.</translation>
    </message>
    <message>
        <source>Where you live, there is no limit for online offers.</source>
        <translation>Là où tu habites, il n’y a pas de limite pour les offres en ligne.</translation>
    </message>
    <message>
        <source>If you activated your credit before %1, this limit is %2.</source>
        <translation>Si tu as activé ton crédit avant le %1, cette limite est de %2.</translation>
    </message>
    <message>
        <source>If you activated your credit before %1, there is no limit for online offers.</source>
        <translation>Si tu as activé ton crédit avant le %1, il n’y a pas de limite pour les offres en ligne.</translation>
    </message>
    <message>
        <source>You may be able to get %1 more.</source>
        <translation>Tu peux peut-être avoir %1 de plus.</translation>
    </message>
    <message>
        <source>Then you may be able to get %1 more.</source>
        <translation>Tu pourras alors peut-être avoir %1 de plus.</translation>
    </message>
    <message>
        <source>At %1, you may be able to get %2 more.</source>
        <translation>À %1 ans, tu pourras peut-être avoir %2 de plus.</translation>
    </message>
    <message>
        <source>There is only one bonus, even if both apply.</source>
        <translation>Il n’y a qu’un seul bonus, même si les deux cas s’appliquent.</translation>
    </message>
    <message>
        <source>You ask for it in the app once your credit is unlocked, with the identity of a parent.</source>
        <translation>Tu le demandes dans l’application une fois ton crédit débloqué, avec l’identité d’un parent.</translation>
    </message>
    <message>
        <source>You will ask for it in the app once your credit of %1 is unlocked, with the identity of a parent.</source>
        <translation>Tu le demanderas dans l’application une fois ton crédit de %1 ans débloqué, avec l’identité d’un parent.</translation>
    </message>
    <message>
        <source>It is for you if your family's quotient familial (CAF or MSA) was at most %1 over the months when you were 17.</source>
        <translation>Il est pour toi si le quotient familial de ta famille (CAF ou MSA) était au plus de %1 pendant les mois de tes 17 ans.</translation>
    </message>
    <message>
        <source>It is also for you if you receive the AAH or your family receives the AEEH (disability allowances).</source>
        <translation>Il est aussi pour toi si tu reçois l’AAH ou si ta famille reçoit l’AEEH (allocations handicap).</translation>
    </message>
    <message>
        <source>Open it with your ÉduConnect codes, given by your school.</source>
        <translation>Ouvre-le avec tes codes ÉduConnect, fournis par ton établissement scolaire.</translation>
    </message>
    <message>
        <source>If your school gave you ÉduConnect codes, you can open it with them.</source>
        <translation>Si ton établissement scolaire t’a donné des codes ÉduConnect, tu peux l’ouvrir avec.</translation>
    </message>
    <message>
        <source>You need to live in France for more than one year first.</source>
        <translation>Il faut d’abord habiter en France depuis plus d’un an.</translation>
    </message>
    <message>
        <source>Did you activate your pass from %1 on? Then you can still use it until %2.</source>
        <translation>Tu as activé ton pass à partir du %1 ? Alors tu peux encore l’utiliser jusqu’au %2.</translation>
    </message>
    <message numerus="yes">
        <source>Did you activate it before %1? Then it lasts %n months after you activated it.</source>
        <translation>
            <numerusform>Tu l’as activé avant le %1 ? Alors il dure %n mois après son activation.</numerusform>
            <numerusform>Tu l’as activé avant le %1 ? Alors il dure %n mois après son activation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you start your sign-up in the app before you turned %1? Then you can still finish it.</source>
        <translation>Tu as commencé ton inscription dans l’application avant tes %1 ans ? Alors tu peux encore la terminer.</translation>
    </message>
    <message>
        <source>Even without credit, you can use the pass Culture app to find cultural events near you.</source>
        <translation>Même sans crédit, tu peux utiliser l’application pass Culture pour trouver des sorties culturelles près de chez toi.</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>--server must be an https:// address (http:// only for this computer).</source>
        <translation>--server doit être une adresse https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>--code is required.</source>
        <translation>--code est obligatoire.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--out is required (the .jsonl file to write).</source>
        <translation>--out est obligatoire (le fichier .jsonl à écrire).</translation>
    </message>
    <message>
        <source>cannot write "%1".</source>
        <translation>impossible d’écrire « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation>
            <numerusform>%n session exportée dans %1.</numerusform>
            <numerusform>%n sessions exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without personal data (purged or not stored).</source>
        <translation>
            <numerusform>dont %n sans données personnelles (effacées ou jamais enregistrées).</numerusform>
            <numerusform>dont %n sans données personnelles (effacées ou jamais enregistrées).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged. Every session that could still be read was exported. Sessions that could not be read: %1.</source>
        <translation>Le fichier des sessions enregistrées est endommagé. Toutes les sessions encore lisibles ont été exportées. Sessions illisibles : %1.</translation>
    </message>
    <message>
        <source>Pictures that could not be read: %1.</source>
        <translation>Photos illisibles : %1.</translation>
    </message>
    <message>
        <source>The saved sessions could not all be read: the export stopped after %1.</source>
        <translation>Les sessions enregistrées n’ont pas toutes pu être lues : l’export s’est arrêté après %1.</translation>
    </message>
</context>
<context>
    <name>IdentityRoute</name>
    <message>
        <source>French identity card, still valid</source>
        <translation>Carte d’identité française, encore valide</translation>
    </message>
    <message>
        <source>French passport, still valid</source>
        <translation>Passeport français, encore valide</translation>
    </message>
    <message>
        <source>Foreign identity card or passport</source>
        <translation>Carte d’identité ou passeport étranger</translation>
    </message>
    <message>
        <source>Residence permit (titre de séjour)</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>French document expired or lost</source>
        <translation>Document français périmé ou perdu</translation>
    </message>
    <message>
        <source>No identity document</source>
        <translation>Pas de pièce d’identité</translation>
    </message>
    <message>
        <source>Front of the identity document</source>
        <translation>Pièce d’identité (devant)</translation>
    </message>
    <message>
        <source>Back of the identity document</source>
        <translation>Pièce d’identité (dos)</translation>
    </message>
    <message>
        <source>Passport photo page</source>
        <translation>Page photo du passeport</translation>
    </message>
    <message>
        <source>Selfie holding the document</source>
        <translation>Selfie avec la pièce d’identité</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>Justificatif de domicile</translation>
    </message>
    <message>
        <source>Photo check in the pass Culture app</source>
        <translation>Vérification par photo dans l’application pass Culture</translation>
    </message>
    <message>
        <source>Online file on Démarche Numérique</source>
        <translation>Dossier en ligne sur Démarche Numérique</translation>
    </message>
    <message>
        <source>In the pass Culture app, you take a photo of your document and of your face.</source>
        <translation>Dans l’application pass Culture, tu prends en photo ta pièce d’identité et ton visage.</translation>
    </message>
    <message>
        <source>Use the original document, not a copy or a screen.</source>
        <translation>Utilise le vrai document, pas une copie ni un écran.</translation>
    </message>
    <message>
        <source>You have three tries.</source>
        <translation>Tu as trois essais.</translation>
    </message>
    <message>
        <source>You send your file on the Démarche Numérique website.</source>
        <translation>Tu envoies ton dossier sur le site Démarche Numérique.</translation>
    </message>
    <message>
        <source>You need: your identity document, a selfie holding it, and a proof of address.</source>
        <translation>Il te faut : ta pièce d’identité, un selfie avec elle, et un justificatif de domicile.</translation>
    </message>
    <message>
        <source>First, you need an identity document. Your counselor can help you ask for one.</source>
        <translation>D’abord, il te faut une pièce d’identité. Ton conseiller peut t’aider à la demander.</translation>
    </message>
    <message>
        <source>ÉduConnect, your school login, in the pass Culture app</source>
        <translation>ÉduConnect, ton compte de l’école, dans l’application pass Culture</translation>
    </message>
    <message>
        <source>When your credit opens</source>
        <translation>Quand ton crédit s’ouvre</translation>
    </message>
    <message>
        <source>In the pass Culture app, choose ÉduConnect and log in with the codes your school gave you.</source>
        <translation>Dans l’application pass Culture, choisis ÉduConnect et connecte-toi avec les codes donnés par ton établissement.</translation>
    </message>
    <message>
        <source>No photo is needed, and there is no wait.</source>
        <translation>Pas besoin de photo, et pas d’attente.</translation>
    </message>
    <message>
        <source>You need: your identity document and a selfie holding it.</source>
        <translation>Il te faut : ta pièce d’identité et un selfie où tu la tiens.</translation>
    </message>
    <message>
        <source>The answer takes up to 5 days.</source>
        <translation>La réponse arrive en 5 jours au plus.</translation>
    </message>
    <message>
        <source>An expired document may be refused.</source>
        <translation>Une pièce périmée peut être refusée.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Passerelle cannot start</source>
        <translation>Passerelle ne peut pas démarrer</translation>
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
        <translation>Française</translation>
    </message>
    <message>
        <source>Another EU or EEA country, or Switzerland</source>
        <translation>Autre pays de l’UE ou de l’EEE, ou Suisse</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Autre pays</translation>
    </message>
</context>
<context>
    <name>OfferGuide</name>
    <message>
        <source>"%1"</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>On a computer, go to the pass Culture website: passculture.app.</source>
        <translation>Sur un ordinateur, va sur le site du pass Culture : passculture.app.</translation>
    </message>
    <message>
        <source>Install the pass Culture app on your phone. It is free.</source>
        <translation>Installe l’application pass Culture sur ton téléphone. Elle est gratuite.</translation>
    </message>
    <message>
        <source>Create your account with your e-mail address.</source>
        <translation>Crée ton compte avec ton adresse e-mail.</translation>
    </message>
    <message>
        <source>Look for an offer near you or online.</source>
        <translation>Cherche une offre près de chez toi ou en ligne.</translation>
    </message>
    <message>
        <source>Look for an offer. In the app, look in: %1.</source>
        <translation>Cherche une offre. Dans l’application, regarde dans : %1.</translation>
    </message>
    <message>
        <source>Book free offers now.</source>
        <translation>Réserve des offres gratuites dès maintenant.</translation>
    </message>
    <message>
        <source>From %1, confirm your identity to get your credit.</source>
        <translation>À partir du %1, confirme ton identité pour avoir ton crédit.</translation>
    </message>
    <message>
        <source>Confirm your identity: %1.</source>
        <translation>Confirme ton identité : %1.</translation>
    </message>
    <message>
        <source>Your credit then arrives on your account.</source>
        <translation>Ensuite, ton crédit arrive sur ton compte.</translation>
    </message>
    <message>
        <source>Book it in the app. On the day, show your booking on your phone.</source>
        <translation>Réserve dans l’application. Le jour J, montre ta réservation sur ton téléphone.</translation>
    </message>
    <message>
        <source>Install the pass Culture app and create your account.</source>
        <translation>Installe l’application pass Culture et crée ton compte.</translation>
    </message>
    <message>
        <source>Confirm your identity by %1.</source>
        <translation>Confirme ton identité au plus tard le %1.</translation>
    </message>
    <message>
        <source>Confirm your identity in the app.</source>
        <translation>Confirme ton identité dans l’application.</translation>
    </message>
    <message>
        <source>Book your first offer.</source>
        <translation>Réserve ta première offre.</translation>
    </message>
    <message>
        <source>Book your first offer: %1?</source>
        <translation>Réserve ta première offre : %1 ?</translation>
    </message>
    <message>
        <source>Book a free offer.</source>
        <translation>Réserve une offre gratuite.</translation>
    </message>
    <message>
        <source>On %1, confirm your identity to get %2.</source>
        <translation>Le %1, confirme ton identité pour avoir %2.</translation>
    </message>
    <message>
        <source>Put a reminder in your phone for %1.</source>
        <translation>Mets un rappel dans ton téléphone pour le %1.</translation>
    </message>
    <message>
        <source>On that day, install the pass Culture app and create your account.</source>
        <translation>Ce jour-là, installe l’application pass Culture et crée ton compte.</translation>
    </message>
    <message>
        <source>Keep your identity document valid.</source>
        <translation>Garde ta pièce d’identité valide.</translation>
    </message>
    <message>
        <source>Talk with your counselor about outings near you.</source>
        <translation>Parle avec ton conseiller des sorties près de chez toi.</translation>
    </message>
    <message>
        <source>Look at the ideas on this page.</source>
        <translation>Regarde les idées sur cette page.</translation>
    </message>
    <message>
        <source>Libraries lend books, comics, films and music. Signing up is often free for young people.</source>
        <translation>Les bibliothèques prêtent des livres, des BD, des films et de la musique. L’inscription est souvent gratuite pour les jeunes.</translation>
    </message>
    <message>
        <source>Many museums and monuments are free before 26. Ask at the entrance.</source>
        <translation>Beaucoup de musées et de monuments sont gratuits avant 26 ans. Demande à l’accueil.</translation>
    </message>
    <message>
        <source>Your town or your region may have a youth card with discounts.</source>
        <translation>Ta ville ou ta région a peut-être une carte jeunes avec des réductions.</translation>
    </message>
    <message>
        <source>Your Mission Locale can tell you about outings and help near you.</source>
        <translation>Ta Mission Locale connaît les sorties et les aides près de chez toi.</translation>
    </message>
    <message>
        <source>You don't know yet? Here is what many young people choose.</source>
        <translation>Tu ne sais pas encore ? Voici ce que beaucoup de jeunes choisissent.</translation>
    </message>
    <message>
        <source>You like this. The pass Culture has it.</source>
        <translation>Tu aimes ça. Le pass Culture en propose.</translation>
    </message>
    <message>
        <source>Some ideas to go out near you.</source>
        <translation>Des idées pour sortir près de chez toi.</translation>
    </message>
    <message>
        <source>What you like also exists near you.</source>
        <translation>Ce que tu aimes existe aussi près de chez toi.</translation>
    </message>
    <message>
        <source>Online offers have a limit: %1 in total.</source>
        <translation>Les offres en ligne ont une limite : %1 en tout.</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>Par exemple : %1.</translation>
    </message>
    <message>
        <source>How to book, from %1</source>
        <translation>Comment réserver, à partir du %1</translation>
    </message>
    <message>
        <source>How to book</source>
        <translation>Comment réserver</translation>
    </message>
    <message>
        <source>Your document: %1</source>
        <translation>Ton document : %1</translation>
    </message>
    <message>
        <source>Use your credit by %1 at the latest.</source>
        <translation>Utilise ton crédit au plus tard le %1.</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>The PIN must have %1 to 12 digits, and digits only.</source>
        <translation>Le code doit avoir de %1 à 12 chiffres, et seulement des chiffres.</translation>
    </message>
    <message>
        <source>The PIN must not repeat one digit only.</source>
        <translation>Le code ne doit pas répéter un seul chiffre.</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>The PIN could not be protected (not enough memory). Try again.</source>
        <translation>Le code n’a pas pu être protégé (mémoire insuffisante). Réessayez.</translation>
    </message>
    <message>
        <source>The settings file cannot be written.</source>
        <translation>Le fichier des réglages ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose your nationality.</source>
        <translation>Choisis ta nationalité.</translation>
    </message>
    <message>
        <source>Choose where you live.</source>
        <translation>Choisis où tu habites.</translation>
    </message>
    <message>
        <source>Choose the identity document you have.</source>
        <translation>Choisis la pièce d’identité que tu as.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Réponds oui ou non.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Il n’y a rien à mettre dans le QR code.</translation>
    </message>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>Le lien est trop long pour un QR code.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>The disk is full. The session is kept in memory and will be saved as soon as there is room. Free some space on the disk.</source>
        <translation>Le disque est plein. La session est gardée en mémoire. Elle sera enregistrée dès qu’il y aura de la place. Libérez de l’espace sur le disque.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (read-only or not allowed). The session is kept in memory and will be saved as soon as the folder can be written to.</source>
        <translation>Impossible d’écrire dans le dossier des données (lecture seule ou accès refusé). La session est gardée en mémoire. Elle sera enregistrée dès que le dossier sera accessible en écriture.</translation>
    </message>
    <message>
        <source>The session could not be saved. It is kept in memory and will be saved again shortly.</source>
        <translation>La session n’a pas pu être enregistrée. Elle est gardée en mémoire et sera enregistrée de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>The saved sessions were written by a newer version of Passerelle. Install that version to open them.</source>
        <translation>Les sessions enregistrées viennent d’une version plus récente de Passerelle. Installez cette version pour les ouvrir.</translation>
    </message>
    <message>
        <source>There are no saved sessions in the folder %1.</source>
        <translation>Il n’y a pas de sessions enregistrées dans le dossier %1.</translation>
    </message>
    <message>
        <source>The disk is full: the saved sessions cannot be opened. Free some space on the disk, then try again.</source>
        <translation>Le disque est plein : les sessions enregistrées ne peuvent pas être ouvertes. Libérez de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (read-only, not allowed, or not a folder). The saved sessions cannot be opened there.</source>
        <translation>Le dossier de données %1 ne peut pas être utilisé (en lecture seule, non autorisé, ou ce n’est pas un dossier). Les sessions enregistrées ne peuvent pas y être ouvertes.</translation>
    </message>
    <message>
        <source>The file of saved sessions in the folder %1 cannot be opened.</source>
        <translation>Le fichier des sessions enregistrées du dossier %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The saved sessions were written by an older version of Passerelle. Open them once with this version to update them, then read them again.</source>
        <translation>Les sessions enregistrées viennent d’une version plus ancienne de Passerelle. Ouvrez-les une fois avec cette version pour les mettre à jour, puis relisez-les.</translation>
    </message>
    <message>
        <source>The file of saved sessions was damaged. It was kept aside as "%1" for support, and a new file was made with what could still be read from it.</source>
        <translation>Le fichier des sessions enregistrées était endommagé. Il a été mis de côté sous le nom « %1 » pour le support, et un nouveau fichier a été créé avec tout ce qui pouvait encore en être lu.</translation>
    </message>
    <message>
        <source>Sessions recovered: %1.</source>
        <translation>Sessions récupérées : %1.</translation>
    </message>
    <message>
        <source>Sessions that could not be read: %1.</source>
        <translation>Sessions illisibles : %1.</translation>
    </message>
</context>
<context>
    <name>RectifyCommand</name>
    <message>
        <source>an image file and the JPEG file to write are required.</source>
        <translation>il faut un fichier image et le fichier JPEG à écrire.</translation>
    </message>
    <message>
        <source>no document found (%1).</source>
        <translation>aucun document trouvé (%1).</translation>
    </message>
    <message>
        <source>cannot write "%1".</source>
        <translation>impossible d’écrire « %1 ».</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>--out is required (the .csv file to write).</source>
        <translation>--out est obligatoire (le fichier .csv à écrire).</translation>
    </message>
    <message>
        <source>cannot write "%1".</source>
        <translation>impossible d’écrire « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of statistics written to %1.</source>
        <translation>
            <numerusform>%n ligne de statistiques écrite dans %1.</numerusform>
            <numerusform>%n lignes de statistiques écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged. Every visit counter that could still be read was written. Counters that could not be read: %1.</source>
        <translation>Le fichier des sessions enregistrées est endommagé. Tous les compteurs de visites encore lisibles ont été écrits. Compteurs illisibles : %1.</translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged. Every session that could still be read was counted. Sessions that could not be read: %1.</source>
        <translation>Le fichier des sessions enregistrées est endommagé. Toutes les sessions encore lisibles ont été comptées. Sessions illisibles : %1.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>--input is required (a session JSON file).</source>
        <translation>--input est obligatoire (un fichier JSON de session).</translation>
    </message>
    <message>
        <source>--out is required (the PDF file to write).</source>
        <translation>--out est obligatoire (le fichier PDF à écrire).</translation>
    </message>
    <message>
        <source>--input: cannot read "%1".</source>
        <translation>--input : impossible de lire « %1 ».</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1 : ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1: chosen_categories: unknown category "%2".</source>
        <translation>%1 : chosen_categories : catégorie inconnue « %2 ».</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Your pass Culture: what to remember</source>
        <translation>Ton pass Culture : ce qu’il faut retenir</translation>
    </message>
    <message>
        <source>Appointment of %1</source>
        <translation>Rendez-vous du %1</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Tes prochaines étapes</translation>
    </message>
    <message>
        <source>What you like</source>
        <translation>Ce que tu aimes</translation>
    </message>
    <message>
        <source>This page holds no copy of your documents.</source>
        <translation>Cette page ne contient aucune copie de tes papiers.</translation>
    </message>
    <message>
        <source>The summary could not be drawn.</source>
        <translation>Le résumé n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of the categories a young person likes, on the summary</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Install the pass Culture app and create your account.</source>
        <translation>Installe l’application pass Culture et crée ton compte.</translation>
    </message>
    <message>
        <source>Book your first offer.</source>
        <translation>Réserve ta première offre.</translation>
    </message>
    <message>
        <source>Book your first offer. An idea: %1.</source>
        <translation>Réserve ta première offre. Une idée : %1.</translation>
    </message>
    <message>
        <source>Book a free offer.</source>
        <translation>Réserve une offre gratuite.</translation>
    </message>
    <message>
        <source>Put a reminder in your phone for that day.</source>
        <translation>Mets un rappel dans ton téléphone pour ce jour-là.</translation>
    </message>
    <message>
        <source>Keep your identity document valid.</source>
        <translation>Garde ta pièce d’identité valide.</translation>
    </message>
    <message>
        <source>Scan this code with your phone's camera. It opens %1:</source>
        <translation>Scanne ce code avec l’appareil photo de ton téléphone. Il ouvre %1 :</translation>
    </message>
    <message>
        <source>Your contact at the Mission Locale: %1</source>
        <translation>Ton contact à la Mission Locale : %1</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyés : %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Reçus par le serveur : %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusés : %1</translation>
    </message>
    <message>
        <source>Still pending: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <source>The file of saved sessions was damaged: the sessions recovered from it were sent with this pass. Give the file set aside to support.</source>
        <translation>Le fichier des sessions enregistrées était endommagé : les sessions récupérées ont été envoyées lors de ce passage. Transmettez au support le fichier mis de côté.</translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <source>Guadeloupe (971)</source>
        <translation>Guadeloupe (971)</translation>
    </message>
    <message>
        <source>Martinique (972)</source>
        <translation>Martinique (972)</translation>
    </message>
    <message>
        <source>French Guiana (973)</source>
        <translation>Guyane (973)</translation>
    </message>
    <message>
        <source>La Réunion (974)</source>
        <translation>La Réunion (974)</translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon (975)</source>
        <translation>Saint-Pierre-et-Miquelon (975)</translation>
    </message>
    <message>
        <source>Mayotte (976)</source>
        <translation>Mayotte (976)</translation>
    </message>
    <message>
        <source>Saint-Barthélemy (977)</source>
        <translation>Saint-Barthélemy (977)</translation>
    </message>
    <message>
        <source>Saint-Martin (978)</source>
        <translation>Saint-Martin (978)</translation>
    </message>
    <message>
        <source>Wallis and Futuna (986)</source>
        <translation>Wallis-et-Futuna (986)</translation>
    </message>
    <message>
        <source>New Caledonia, South Province (988)</source>
        <translation>Nouvelle-Calédonie, province Sud (988)</translation>
    </message>
    <message>
        <source>New Caledonia, another province (988)</source>
        <translation>Nouvelle-Calédonie, autre province (988)</translation>
    </message>
    <message>
        <source>French Polynesia (987)</source>
        <translation>Polynésie française (987)</translation>
    </message>
    <message>
        <source>Outside France</source>
        <translation>Hors de France</translation>
    </message>
</context>
<context>
    <name>WebLink</name>
    <message>
        <source>Type the address of a web page, for example https://pass.culture.fr/.</source>
        <translation>Tape l’adresse d’une page web, par exemple https://pass.culture.fr/.</translation>
    </message>
    <message>
        <source>A web address has no spaces.</source>
        <translation>Une adresse web n’a pas d’espace.</translation>
    </message>
    <message>
        <source>This address is too long for a QR code that scans well: %1 characters at most.</source>
        <translation>Cette adresse est trop longue pour un QR code facile à lire : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>This is not a web address. Check it, for example https://pass.culture.fr/.</source>
        <translation>Ce n’est pas une adresse web. Vérifie-la, par exemple https://pass.culture.fr/.</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>L’adresse doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The address must not hold a user name or a password.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The address needs a site name, for example pass.culture.fr.</source>
        <translation>Il manque le nom du site dans l’adresse, par exemple pass.culture.fr.</translation>
    </message>
    <message>
        <source>the pass Culture site</source>
        <translation>le site du pass Culture</translation>
    </message>
</context>
<context>
    <name>passerelle::HistoryModel</name>
    <message>
        <source>(not given)</source>
        <translation>(non donné)</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Receipt from the server: %1</source>
        <translation>Reçu du serveur : %1</translation>
    </message>
    <message>
        <source>The server's reason: %1</source>
        <translation>Motif donné par le serveur : %1</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Dernier essai : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Not to be sent</source>
        <translation>Pas à envoyer</translation>
    </message>
    <message>
        <source>The file of saved sessions is damaged: %1 of %2 sessions can be shown. Restart Passerelle: it sets the damaged file aside and keeps every session that can still be read.</source>
        <translation>Le fichier des sessions enregistrées est endommagé : %1 sessions sur %2 peuvent être affichées. Redémarrez Passerelle : il met le fichier endommagé de côté et garde toutes les sessions encore lisibles.</translation>
    </message>
</context>
<context>
    <name>passerelle::app::CounselorRecords</name>
    <message>
        <source>The session in progress could not be saved on this computer: %1 It is kept in memory and saved again automatically.</source>
        <translation>La session en cours n’a pas pu être enregistrée sur cet ordinateur : %1 Elle est gardée en mémoire et sera enregistrée automatiquement dès que possible.</translation>
    </message>
    <message>
        <source>Old data could not be deleted today. Passerelle tries again tomorrow.</source>
        <translation>Les données anciennes n’ont pas pu être supprimées aujourd’hui. Passerelle réessaiera demain.</translation>
    </message>
    <message>
        <source>The unfinished session could not be opened. It stays saved.</source>
        <translation>La session non terminée n’a pas pu être ouverte. Elle reste enregistrée.</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Fermer l’historique</translation>
    </message>
    <message>
        <source>History of the sessions</source>
        <translation>Historique des sessions</translation>
    </message>
    <message>
        <source>&amp;History of the sessions...</source>
        <translation>&amp;Historique des sessions…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Photos of the documents</source>
        <translation>Photos des documents</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Goûts</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
</context>
<context>
    <name>passerelle::sync::SyncService</name>
    <message>
        <source>Use an address that starts with https:// (http:// only for this computer).</source>
        <translation>Utilisez une adresse qui commence par https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>The server's certificate is not valid. Nothing was sent.</source>
        <translation>Le certificat du serveur n’est pas valide. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the connection.</source>
        <translation>Le serveur ne répond pas. Vérifiez l’adresse et la connexion.</translation>
    </message>
    <message>
        <source>This code is unknown, expired or already used. Ask for a new code.</source>
        <translation>Ce code est inconnu, expiré ou déjà utilisé. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>The server refused the enrollment (error %1).</source>
        <translation>Le serveur a refusé l’inscription (erreur %1).</translation>
    </message>
    <message>
        <source>The keychain could not keep the access key: %1</source>
        <translation>Le trousseau n’a pas pu garder la clé d’accès : %1</translation>
    </message>
    <message>
        <source>This computer is enrolled for the site "%1".</source>
        <translation>Cet ordinateur est inscrit pour le site « %1 ».</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server yet.</source>
        <translation>Cet ordinateur n’est pas encore inscrit auprès d’un serveur.</translation>
    </message>
    <message>
        <source>The access key is missing from the keychain. Enroll this computer again.</source>
        <translation>La clé d’accès manque dans le trousseau. Inscrivez de nouveau cet ordinateur.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>L’adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>This record cannot be read on this computer: %1</source>
        <translation>Cette fiche ne peut pas être lue sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>The server's certificate is not valid, so nothing more is sent. Tell your administrator.</source>
        <translation>Le certificat du serveur n’est pas valide : plus rien n’est envoyé. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Sending will start again by itself.</source>
        <translation>Le serveur ne répond pas. L’envoi reprendra tout seul.</translation>
    </message>
    <message>
        <source>The connection was cut during sending. It will be tried again.</source>
        <translation>La connexion a été coupée pendant l’envoi. Un nouvel essai sera fait.</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer. Enroll it again with a new code.</source>
        <translation>Le serveur n’accepte plus cet ordinateur. Inscrivez-le de nouveau avec un nouveau code.</translation>
    </message>
    <message>
        <source>The server is busy. Sending will start again by itself.</source>
        <translation>Le serveur est occupé. L’envoi reprendra tout seul.</translation>
    </message>
    <message>
        <source>Refused by the server (%1): %2</source>
        <translation>Refusée par le serveur (%1) : %2</translation>
    </message>
    <message>
        <source>The server answered with an error (%1). It will be tried again.</source>
        <translation>Le serveur a répondu par une erreur (%1). Un nouvel essai sera fait.</translation>
    </message>
    <message>
        <source>Already on the server, sent by another computer (this data folder may have been copied there). It is not sent again from here: tell your administrator.</source>
        <translation>Déjà sur le serveur, envoyée par un autre ordinateur (ce dossier de données y a peut-être été copié). Elle n’est plus envoyée d’ici : prévenez votre administrateur.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AnswerCard</name>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>What exists for you</source>
        <translation>Ce qui existe pour toi</translation>
    </message>
    <message>
        <source>Meanwhile, what exists for you</source>
        <translation>En attendant, ce qui existe pour toi</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AttractScreen</name>
    <message>
        <source>The pass Culture: is it for you?</source>
        <translation>Le pass Culture, c’est pour toi ?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Find out if you can get the pass Culture.</source>
        <translation>Savoir si tu peux avoir le pass Culture.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration (PIN needed)</source>
        <translation>Administration (code nécessaire)</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing about you: it only counts visits, anonymously (the day, your age, the answer, the last step and what you like), without your name or your date of birth.</source>
        <translation>Cette borne ne garde rien sur toi : elle compte seulement les visites, de façon anonyme (le jour, ton âge, la réponse, la dernière étape et ce que tu aimes), sans ton nom ni ta date de naissance.</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing: your answers are erased when you finish or leave, and nothing is sent.</source>
        <translation>Cette borne ne garde rien : tes réponses sont effacées quand tu as fini ou quand tu pars, et rien n’est envoyé.</translation>
    </message>
    <message>
        <source>You can ask at the front desk.</source>
        <translation>Tu peux demander à l’accueil.</translation>
    </message>
    <message>
        <source>Find out in a few minutes, alone. It is free.</source>
        <translation>Découvre-le en quelques minutes, seul ou seule. C’est gratuit.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CameraFrameSource</name>
    <message>
        <source>The camera stopped working. Check its cable, or import a photo from a file.</source>
        <translation>La caméra ne marche plus. Vérifiez son câble, ou importez une photo depuis un fichier.</translation>
    </message>
    <message>
        <source>No camera found. Plug in a webcam, or import a photo from a file.</source>
        <translation>Aucune caméra trouvée. Branchez une webcam, ou importez une photo depuis un fichier.</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Aucune caméra</translation>
    </message>
    <message>
        <source>The camera was unplugged. Plug it back in, or import a photo from a file.</source>
        <translation>La caméra a été débranchée. Rebranchez-la, ou importez une photo depuis un fichier.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureActions</name>
    <message>
        <source>Import a photo or a scan</source>
        <translation>Importer une photo ou un scan</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>&amp;Take the picture</source>
        <translation>Prendre la ph&amp;oto</translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>&amp;Skip this picture</source>
        <translation>Pass&amp;er cette photo</translation>
    </message>
    <message>
        <source>Take the picture now</source>
        <translation>Prendre la photo maintenant</translation>
    </message>
    <message>
        <source>Import a photo or a scan from a file</source>
        <translation>Importer une photo ou un scan depuis un fichier</translation>
    </message>
    <message>
        <source>Skip this picture</source>
        <translation>Passer cette photo</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureDonePanel</name>
    <message>
        <source>kept</source>
        <translation>gardée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>pas prise</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Save the files...</source>
        <translation>En&amp;registrer les fichiers…</translation>
    </message>
    <message>
        <source>Save the pictures and one PDF in a folder</source>
        <translation>Enregistrer les photos et un PDF dans un dossier</translation>
    </message>
    <message>
        <source>Saved in %1: %2</source>
        <translation>Enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>checked, not kept</source>
        <translation>vérifiée, pas gardée</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder where the files were saved</source>
        <translation>Ouvrir le dossier où les fichiers sont enregistrés</translation>
    </message>
    <message>
        <source>Where to save the pictures</source>
        <translation>Où enregistrer les photos</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CapturePage</name>
    <message>
        <source>There is no picture from the camera yet. You can import a file.</source>
        <translation>La caméra n’a encore envoyé aucune image. Tu peux importer un fichier.</translation>
    </message>
    <message>
        <source>This picture could not be prepared. Take it again.</source>
        <translation>Cette photo n’a pas pu être préparée. Reprends-la.</translation>
    </message>
    <message>
        <source>This file is not a picture Passerelle can read. Choose a JPEG or PNG file.</source>
        <translation>Passerelle ne peut pas lire ce fichier comme une image. Choisissez un fichier JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Photos of the documents</source>
        <translation>Photos des papiers</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureReview</name>
    <message>
        <source>Check this picture: %1</source>
        <translation>Vérifie cette photo : %1</translation>
    </message>
    <message>
        <source>Is the picture sharp and complete?</source>
        <translation>La photo est-elle nette et complète ?</translation>
    </message>
    <message>
        <source>The picture, straightened</source>
        <translation>La photo, redressée</translation>
    </message>
    <message>
        <source>Take the picture again</source>
        <translation>Reprendre la photo</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>Garder cette photo</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CaptureStepText</name>
    <message>
        <source>Hold your document next to your face. Look at the camera. Then press Take the picture.</source>
        <translation>Tiens ton papier à côté de ton visage. Regarde la caméra. Puis appuie sur Prendre la photo.</translation>
    </message>
    <message>
        <source>No camera found: this is a demo with a made-up card. To use a real document, import a photo or a scan.</source>
        <translation>Aucune caméra trouvée : ceci est une démo avec une carte inventée. Pour une vraie pièce d’identité, importe une photo ou un scan.</translation>
    </message>
    <message>
        <source>These pictures are the files you will send on Démarche Numérique.</source>
        <translation>Ces photos sont les fichiers que tu enverras sur Démarche Numérique.</translation>
    </message>
    <message>
        <source>We check that your document is readable and still valid; no picture is kept.</source>
        <translation>On vérifie que ta pièce d’identité est lisible et encore valable ; aucune photo n’est gardée.</translation>
    </message>
    <message>
        <source>No picture is needed: you confirm your identity with ÉduConnect.</source>
        <translation>Pas besoin de photo : tu confirmes ton identité avec ÉduConnect.</translation>
    </message>
    <message>
        <source>Picture %1 of %2: %3</source>
        <translation>Photo %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>All the pictures are done</source>
        <translation>Toutes les photos sont faites</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CounselorTools</name>
    <message>
        <source>Set a lock PIN in Tools &gt; Settings first.</source>
        <translation>Choisissez d’abord un code de verrouillage dans Outils &gt; Réglages.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n seconds.</source>
        <translation>
            <numerusform>Code faux. Attendez %n seconde.</numerusform>
            <numerusform>Code faux. Attendez %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code faux.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds.</source>
        <translation>
            <numerusform>Trop de codes faux. Attendez %n seconde.</numerusform>
            <numerusform>Trop de codes faux. Attendez %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Lock while away</source>
        <translation>&amp;Verrouiller pendant mon absence</translation>
    </message>
    <message>
        <source>Passerelle is locked. Counselor's PIN:</source>
        <translation>Passerelle est verrouillé. Code du conseiller :</translation>
    </message>
    <message>
        <source>Counselor's PIN</source>
        <translation>Code du conseiller</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CountdownScreen</name>
    <message numerus="yes">
        <source>In %n seconds, everything you typed is erased for the next person.</source>
        <translation>
            <numerusform>Dans %n seconde, tout ce que tu as écrit est effacé pour la personne suivante.</numerusform>
            <numerusform>Dans %n secondes, tout ce que tu as écrit est effacé pour la personne suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Tu es toujours là ?</translation>
    </message>
    <message>
        <source>&amp;Yes, I am here</source>
        <translation>&amp;Oui, je suis là</translation>
    </message>
    <message>
        <source>Yes, I am here</source>
        <translation>Oui, je suis là</translation>
    </message>
    <message>
        <source>Keep going with your answers.</source>
        <translation>Continuer tes réponses.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DateFieldsEdit</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>JJ</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1 : jour</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1 : mois</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1 : année</translation>
    </message>
    <message>
        <source>Two digits, for example 05</source>
        <translation>Deux chiffres, par exemple 05</translation>
    </message>
    <message>
        <source>Two digits, for example 03</source>
        <translation>Deux chiffres, par exemple 03</translation>
    </message>
    <message>
        <source>Four digits, for example 2008</source>
        <translation>Quatre chiffres, par exemple 2008</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DemoTools</name>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>DEMONSTRATION: made-up people, nothing is saved</source>
        <translation>DÉMONSTRATION : personnes inventées, rien n’est enregistré</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Personnage : %1</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>Recommencer la démonstration</translation>
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
        <translation>Date de fin de validité du papier</translation>
    </message>
    <message>
        <source>This document has expired. The identity check is now done on Démarche Numérique: we also take a selfie with the document and a proof of address.</source>
        <translation>Ce papier n’est plus valable. La vérification se fait donc sur Démarche Numérique. On prend aussi un selfie avec le papier et un justificatif de domicile.</translation>
    </message>
    <message>
        <source>The document is valid until %1.</source>
        <translation>Le papier est valable jusqu’au %1.</translation>
    </message>
    <message>
        <source>This document has expired. The identity check is now done on Démarche Numérique: we also take a selfie with the document.</source>
        <translation>Ce papier n’est plus valable. La vérification se fait donc sur Démarche Numérique : on prend aussi un selfie avec le papier.</translation>
    </message>
    <message>
        <source>Until when is your document valid?</source>
        <translation>Jusqu’à quand ta pièce d’identité est-elle valable ?</translation>
    </message>
    <message>
        <source>On a French identity card made since 2021, the date is on the front, after “Date d'expir.”. On an older card, it is on the back.</source>
        <translation>Sur une carte d’identité française faite depuis 2021, la date est sur le devant, après « Date d’expir. ». Sur une carte plus ancienne, elle est au dos.</translation>
    </message>
    <message>
        <source>On a passport, the date is on the photo page, after “Date d'expiration”.</source>
        <translation>Sur un passeport, la date est sur la page de la photo, après « Date d’expiration ».</translation>
    </message>
    <message>
        <source>Picture: the front of an identity card. The expiry date is at the bottom, after “Date d'expir.”.</source>
        <translation>Image : le devant d’une carte d’identité. La date d’expiration est en bas, après « Date d’expir. ».</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DraftResumeDialog</name>
    <message numerus="yes">
        <source>started %n minute(s) ago</source>
        <translation>
            <numerusform>commencée il y a %n minute</numerusform>
            <numerusform>commencée il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n hour(s) ago</source>
        <translation>
            <numerusform>commencée il y a %n heure</numerusform>
            <numerusform>commencée il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n day(s) ago</source>
        <translation>
            <numerusform>commencée il y a %n jour</numerusform>
            <numerusform>commencée il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation>Session non terminée</translation>
    </message>
    <message>
        <source>A session was not finished (%1, at the step "%2"). Do you want to go on with it?</source>
        <translation>Une session n’est pas terminée (%1, à l’étape « %2 »). Voulez-vous la reprendre ?</translation>
    </message>
    <message>
        <source>Go on with it</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <source>Go on with the unfinished session</source>
        <translation>Reprendre la session non terminée</translation>
    </message>
    <message>
        <source>Discard the unfinished session</source>
        <translation>Abandonner la session non terminée</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::EligibilityTimeline</name>
    <message>
        <source>Your pass Culture by age</source>
        <translation>Ton pass Culture selon ton âge</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::EnrollmentPanel</name>
    <message>
        <source>Sending the sessions to the Mission Locale's server</source>
        <translation>Envoi des sessions au serveur de la Mission Locale</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Given by your Mission Locale, it starts with https://.</source>
        <translation>Donnée par votre Mission Locale, elle commence par https://.</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Type or paste the code, for example ABCD-EFGH-JKLM.</source>
        <translation>Tapez ou collez le code, par exemple ABCD-EFGH-JKLM.</translation>
    </message>
    <message>
        <source>&amp;Link this computer</source>
        <translation>&amp;Relier cet ordinateur</translation>
    </message>
    <message>
        <source>Link this computer to the server</source>
        <translation>Relier cet ordinateur au serveur</translation>
    </message>
    <message>
        <source>Linking result</source>
        <translation>Résultat de la liaison</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Code à usage unique</translation>
    </message>
    <message>
        <source>This computer sends its sessions to %1. A new code links it again.</source>
        <translation>Cet ordinateur envoie ses sessions à %1. Un nouveau code le relie à nouveau.</translation>
    </message>
    <message>
        <source>This computer is not linked to a server yet: the sessions stay here.</source>
        <translation>Cet ordinateur n’est pas encore relié à un serveur : les sessions restent ici.</translation>
    </message>
    <message>
        <source>Type the server address.</source>
        <translation>Tapez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>This address cannot be used. It must start with https://.</source>
        <translation>Cette adresse ne peut pas être utilisée. Elle doit commencer par https://.</translation>
    </message>
    <message>
        <source>Type the one-time code.</source>
        <translation>Tapez le code à usage unique.</translation>
    </message>
    <message>
        <source>Contacting the server...</source>
        <translation>Connexion au serveur…</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::HistoryView</name>
    <message>
        <source>Delete a session</source>
        <translation>Supprimer une session</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessions passées</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Supprimer cette session</translation>
    </message>
    <message>
        <source>Images uploaded: delete them here</source>
        <translation>Images envoyées : les supprimer ici</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de sessions</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) saved on this computer.</source>
        <translation>
            <numerusform>%n session enregistrée sur cet ordinateur.</numerusform>
            <numerusform>%n sessions enregistrées sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this session for good? Its data and images are erased from this computer.</source>
        <translation>Supprimer cette session pour de bon ? Ses données et ses images seront effacées de cet ordinateur.</translation>
    </message>
    <message>
        <source>The session could not be deleted. Try again.</source>
        <translation>La session n’a pas pu être supprimée. Réessayez.</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>La session a été supprimée.</translation>
    </message>
    <message>
        <source>The images could not be deleted. Try again.</source>
        <translation>Les images n’ont pas pu être supprimées. Réessayez.</translation>
    </message>
    <message>
        <source>The images of this session were deleted from this computer.</source>
        <translation>Les images de cette session ont été supprimées de cet ordinateur.</translation>
    </message>
    <message>
        <source>Where to save the files?</source>
        <translation>Où enregistrer les fichiers ?</translation>
    </message>
    <message>
        <source>Save the summary of this session again (PDF)</source>
        <translation>Enregistrer à nouveau le résumé de cette session (PDF)</translation>
    </message>
    <message>
        <source>Save the pictures of this session again</source>
        <translation>Enregistrer à nouveau les photos de cette session</translation>
    </message>
    <message>
        <source>Save the &amp;summary...</source>
        <translation>Enregistrer le &amp;résumé…</translation>
    </message>
    <message>
        <source>Save the &amp;pictures...</source>
        <translation>Enregistrer les &amp;photos…</translation>
    </message>
    <message>
        <source>The data of this session can no longer be opened (deleted after six months, or key missing).</source>
        <translation>Les données de cette session ne peuvent plus être ouvertes (effacées après six mois, ou clé absente).</translation>
    </message>
    <message>
        <source>The summary could not be saved in this folder. Choose another one.</source>
        <translation>Le résumé n’a pas pu être enregistré dans ce dossier. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The summary was saved: %1</source>
        <translation>Le résumé est enregistré : %1</translation>
    </message>
    <message>
        <source>The pictures of this session are no longer on this computer.</source>
        <translation>Les photos de cette session ne sont plus sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the statistics (CSV, no personal data)</source>
        <translation>Exporter les statistiques (CSV, sans données personnelles)</translation>
    </message>
    <message>
        <source>Export the s&amp;tatistics...</source>
        <translation>Exporter les s&amp;tatistiques…</translation>
    </message>
    <message>
        <source>The statistics could not be saved in this folder. Choose another one.</source>
        <translation>Les statistiques n’ont pas pu être enregistrées dans ce dossier. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The statistics were saved: %1</source>
        <translation>Les statistiques sont enregistrées : %1</translation>
    </message>
    <message>
        <source>Newest first. Date, first name, outcome and whether the server has it.</source>
        <translation>Les plus récentes d’abord. Date, prénom, résultat et envoi au serveur.</translation>
    </message>
    <message>
        <source>Send this session to the server again</source>
        <translation>Renvoyer cette session au serveur</translation>
    </message>
    <message>
        <source>For a session the server refused: fix the cause first (for example the server's settings).</source>
        <translation>Pour une session refusée par le serveur : corrigez d’abord la cause (par exemple les réglages du serveur).</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>The server refused this session: %1</source>
        <translation>Le serveur a refusé cette session : %1</translation>
    </message>
    <message>
        <source>This session is no longer refused: it was already queued or sent.</source>
        <translation>Cette session n’est plus refusée : elle était déjà en attente ou envoyée.</translation>
    </message>
    <message>
        <source>The session is queued again: it will be sent at the next sync.</source>
        <translation>La session est de nouveau en attente : elle partira à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::InterestsPage</name>
    <message>
        <source>What do you like?</source>
        <translation>Qu’est-ce que tu aimes ?</translation>
    </message>
    <message>
        <source>Choose as many as you want. "I don't know" is a good answer too.</source>
        <translation>Choisis tout ce que tu aimes. « Je ne sais pas » est aussi une bonne réponse.</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>You can discover ideas on the next page.</source>
        <translation>Tu vas voir des idées à la page suivante.</translation>
    </message>
    <message>
        <source>To continue: choose at least one tile, or "I don't know".</source>
        <translation>Pour continuer : choisis au moins une case. Ou choisis « Je ne sais pas ».</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::KioskDateEntry</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1 : vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Tap, then type it on the number pad.</source>
        <translation>Touche ici, puis tape sur le pavé de chiffres.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::KioskFlow</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Ta date de naissance</translation>
    </message>
    <message>
        <source>Your nationality</source>
        <translation>Ta nationalité</translation>
    </message>
    <message>
        <source>In France since</source>
        <translation>En France depuis</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Où tu habites</translation>
    </message>
    <message>
        <source>Your identity document</source>
        <translation>Ta pièce d’identité</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Ton téléphone</translation>
    </message>
    <message>
        <source>School</source>
        <translation>L’école</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>What you like</source>
        <translation>Ce que tu aimes</translation>
    </message>
    <message>
        <source>Ideas for you</source>
        <translation>Des idées pour toi</translation>
    </message>
    <message>
        <source>To take away</source>
        <translation>À emporter</translation>
    </message>
    <message>
        <source>Something is missing: go back one step.</source>
        <translation>Il manque une réponse : reviens une étape en arrière.</translation>
    </message>
    <message>
        <source>To see a counselor</source>
        <translation>Pour voir un conseiller</translation>
    </message>
    <message>
        <source>Make an appointment with %1:</source>
        <translation>Prends rendez-vous avec %1 :</translation>
    </message>
    <message>
        <source>the Mission Locale</source>
        <translation>la Mission Locale</translation>
    </message>
    <message>
        <source>You can ask at the front desk.</source>
        <translation>Tu peux demander à l’accueil.</translation>
    </message>
    <message>
        <source>Print my summary</source>
        <translation>Imprimer mon résumé</translation>
    </message>
    <message>
        <source>Prints one page with your answer, without your name.</source>
        <translation>Imprime une page avec ta réponse, sans ton nom.</translation>
    </message>
    <message>
        <source>Printed: take your page at the printer.</source>
        <translation>C’est imprimé : prends ta page à l’imprimante.</translation>
    </message>
    <message>
        <source>The printer does not answer. You can ask at the front desk.</source>
        <translation>L’imprimante ne répond pas. Tu peux demander à l’accueil.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Revenir à la question précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>I'm done</source>
        <translation>J’ai fini</translation>
    </message>
    <message>
        <source>Erases your answers and leaves the kiosk to the next person.</source>
        <translation>Efface tes réponses et laisse la borne à la personne suivante.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Quelle est ta date de naissance ?</translation>
    </message>
    <message>
        <source>What is your nationality?</source>
        <translation>Quelle est ta nationalité ?</translation>
    </message>
    <message>
        <source>Since when have you lived in France?</source>
        <translation>Depuis quand habites-tu en France ?</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Où habites-tu ?</translation>
    </message>
    <message>
        <source>Which identity document do you have?</source>
        <translation>Quelle pièce d’identité as-tu ?</translation>
    </message>
    <message>
        <source>Do you have a smartphone?</source>
        <translation>As-tu un smartphone ?</translation>
    </message>
    <message>
        <source>Are you at school, with your ÉduConnect codes? (ÉduConnect is the login your school gives you.)</source>
        <translation>Es-tu au collège ou au lycée, avec tes codes ÉduConnect ? (ÉduConnect, c’est l’identifiant que ton établissement te donne.)</translation>
    </message>
    <message>
        <source>What do you like? Choose as many as you want.</source>
        <translation>Qu’est-ce que tu aimes ? Choisis autant que tu veux.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, I have my codes</source>
        <translation>Oui, j’ai mes codes</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Ask at the front desk which of these ideas are near you.</source>
        <translation>Demande à l’accueil lesquelles de ces idées sont près d’ici.</translation>
    </message>
    <message>
        <source>An identity document: a counselor at the Mission Locale can help you ask for one.</source>
        <translation>Une pièce d’identité : un conseiller de la Mission Locale peut t’aider à la demander.</translation>
    </message>
    <message>
        <source>Scan this code with your phone: it opens %1, where you find the pass Culture app. It holds nothing about you.</source>
        <translation>Scanne ce code avec ton téléphone : il ouvre %1, où tu trouves l’application pass Culture. Il ne contient rien sur toi.</translation>
    </message>
    <message>
        <source>Find the pass Culture app in your phone's app store.</source>
        <translation>Cherche l’application pass Culture dans le magasin d’applications de ton téléphone.</translation>
    </message>
    <message>
        <source>If you want help to confirm your identity, a counselor at the Mission Locale can do it with you.</source>
        <translation>Si tu veux de l’aide pour confirmer ton identité, un conseiller de la Mission Locale peut le faire avec toi.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::KioskWindow</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Admin PIN to leave the kiosk:</source>
        <translation>Code administrateur pour quitter la borne :</translation>
    </message>
    <message>
        <source>Passerelle: the pass Culture</source>
        <translation>Passerelle : le pass Culture</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::LeaveScreen</name>
    <message>
        <source>Erase everything and leave the kiosk?</source>
        <translation>Tout effacer et laisser la place ?</translation>
    </message>
    <message>
        <source>Your answers will be erased. The kiosk is then ready for the next person.</source>
        <translation>Tes réponses seront effacées. La borne sera prête pour la personne suivante.</translation>
    </message>
    <message>
        <source>Yes, erase everything</source>
        <translation>Oui, tout effacer</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>Non, je continue</translation>
    </message>
    <message>
        <source>No, go on with my answers</source>
        <translation>Non, je continue mes réponses</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MainWindow</name>
    <message>
        <source>Appointment saved. Ready for the next person.</source>
        <translation>Rendez-vous enregistré. Prêt pour la personne suivante.</translation>
    </message>
    <message>
        <source>Passerelle: pass Culture appointment</source>
        <translation>Passerelle : rendez-vous pass Culture</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation>&amp;Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MessageLine</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>C’est fait</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::NumberPad</name>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Number pad</source>
        <translation>Pavé de chiffres</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::OffersPage</name>
    <message>
        <source>In the app: %1</source>
        <translation>Dans l’application : %1</translation>
    </message>
    <message>
        <source>Hide the other ideas</source>
        <translation>Cacher les autres idées</translation>
    </message>
    <message>
        <source>See the other ideas (%1)</source>
        <translation>Voir les autres idées (%1)</translation>
    </message>
    <message>
        <source>What the pass Culture holds for you</source>
        <translation>Ce que le pass Culture a pour toi</translation>
    </message>
    <message>
        <source>Ideas for you</source>
        <translation>Des idées pour toi</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::PinDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No PIN is set on this computer. An administrator sets it with: passerelle --set-admin-pin</source>
        <translation>Aucun code n’est défini sur cet ordinateur. Un administrateur le définit avec : passerelle --set-admin-pin</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Code faux. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Code faux. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code faux.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Trop de codes faux. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de codes faux. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>À propos de toi</translation>
    </message>
    <message>
        <source>Appointment of %1. A few questions to check your rights.</source>
        <translation>Rendez-vous du %1. Quelques questions pour connaître tes droits.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Living in France since</source>
        <translation>En France depuis le</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Où habites-tu ?</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Où habites-tu ?</translation>
    </message>
    <message>
        <source>The photo check in the pass Culture app needs a smartphone.</source>
        <translation>La vérification par photo dans l’application pass Culture demande un smartphone.</translation>
    </message>
    <message>
        <source>At 15, 16 or 17, the school login ÉduConnect confirms your identity without photos.</source>
        <translation>À 15, 16 ou 17 ans, le compte ÉduConnect de l’école confirme ton identité sans photo.</translation>
    </message>
    <message numerus="yes">
        <source>To continue, answer the questions marked above: %n left.</source>
        <translation>
            <numerusform>Pour continuer, réponds aux questions signalées plus haut : il en reste %n.</numerusform>
            <numerusform>Pour continuer, réponds aux questions signalées plus haut : il en reste %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is your date of bi&amp;rth?</source>
        <translation>Quelle est ta date de &amp;naissance ?</translation>
    </message>
    <message>
        <source>What is your nationality?</source>
        <translation>Quelle est ta nationalité ?</translation>
    </message>
    <message>
        <source>&amp;Since when have you lived in France?</source>
        <translation>&amp;Depuis quand habites-tu en France ?</translation>
    </message>
    <message>
        <source>Since when have you lived in France?</source>
        <translation>Depuis quand habites-tu en France ?</translation>
    </message>
    <message>
        <source>Choose a place</source>
        <translation>Choisis un lieu</translation>
    </message>
    <message>
        <source>Which &amp;identity document do you have?</source>
        <translation>Quelle pièce d’&amp;identité as-tu ?</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Choisis une pièce</translation>
    </message>
    <message>
        <source>Which identity document do you have?</source>
        <translation>Quelle pièce d’identité as-tu ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 Yes</source>
        <translation>%1 Oui</translation>
    </message>
    <message>
        <source>%1 No</source>
        <translation>%1 Non</translation>
    </message>
    <message>
        <source>Do you have a smartphone?</source>
        <translation>As-tu un smartphone ?</translation>
    </message>
    <message>
        <source>Are you at school, with your ÉduConnect codes?</source>
        <translation>Es-tu au collège ou au lycée, avec tes codes ÉduConnect ?</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>QR code to %1</source>
        <translation>QR code vers %1</translation>
    </message>
    <message>
        <source>Scan it with a phone's camera to open %1</source>
        <translation>Scanne-le avec l’appareil photo d’un téléphone pour ouvrir %1</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ResultPage</name>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n months after activation</source>
        <translation>
            <numerusform>%n mois après l’activation</numerusform>
            <numerusform>%n mois après l’activation</numerusform>
        </translation>
    </message>
    <message>
        <source>Next credit</source>
        <translation>Crédit suivant</translation>
    </message>
    <message>
        <source>Online offers, at most</source>
        <translation>Offres en ligne, au maximum</translation>
    </message>
    <message>
        <source>Free offers from</source>
        <translation>Offres gratuites à partir du</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>pas de limite</translation>
    </message>
    <message>
        <source>More than one year in France on</source>
        <translation>Plus d’un an en France le</translation>
    </message>
    <message>
        <source>Hide the details for the counselor</source>
        <translation>Masquer les détails pour le conseiller</translation>
    </message>
    <message>
        <source>Show the details for the counselor</source>
        <translation>Afficher les détails pour le conseiller</translation>
    </message>
    <message>
        <source>Details for the counselor</source>
        <translation>Détails pour le conseiller</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichés</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqués</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Règles appliquées</translation>
    </message>
    <message>
        <source>%1, %2, in force on %3</source>
        <translation>%1, %2, en vigueur le %3</translation>
    </message>
    <message>
        <source>Credit open since</source>
        <translation>Crédit ouvert depuis le</translation>
    </message>
    <message>
        <source>Credit opens on</source>
        <translation>Crédit ouvert à partir du</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last day to confirm identity</source>
        <translation>Dernier jour pour confirmer l’identité</translation>
    </message>
    <message>
        <source>Credit can be spent until</source>
        <translation>Crédit utilisable jusqu’au</translation>
    </message>
    <message>
        <source>Credit can be spent for</source>
        <translation>Crédit utilisable pendant</translation>
    </message>
    <message>
        <source>Credit activated before %1</source>
        <translation>Crédit activé avant le %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Total still to come</source>
        <translation>Total encore à venir</translation>
    </message>
    <message>
        <source>Online limit if activated before %1</source>
        <translation>Plafond en ligne si activé avant le %1</translation>
    </message>
    <message>
        <source>Late sign-up</source>
        <translation>Inscription tardive</translation>
    </message>
    <message numerus="yes">
        <source>possible if started before %n years old</source>
        <translation>
            <numerusform>possible si commencée avant %n an</numerusform>
            <numerusform>possible si commencée avant %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bonus at %n years old</source>
        <translation>
            <numerusform>Bonus à %n an</numerusform>
            <numerusform>Bonus à %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more, asked in the app with a parent's identity. %2</source>
        <translation>%1 de plus, à demander dans l’application avec l’identité d’un parent. %2</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d’identité</translation>
    </message>
    <message>
        <source>Pictures to prepare</source>
        <translation>Photos à préparer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SessionWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Terminer et enregistrer</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Finish and save the appointment</source>
        <translation>Terminer et enregistrer le rendez-vous</translation>
    </message>
    <message>
        <source>Pass Culture appointment</source>
        <translation>Rendez-vous pass Culture</translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1 Nothing is lost: try again.</source>
        <translation>Le rendez-vous n’a pas pu être enregistré : %1 Rien n’est perdu : réessaie.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SettingsDialog</name>
    <message>
        <source>&amp;Remove the lock PIN</source>
        <translation>&amp;Supprimer le code de verrouillage</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Mission Locale site</source>
        <translation>Site de la Mission Locale</translation>
    </message>
    <message>
        <source>Shown on the take-home summary.</source>
        <translation>Affiché sur le récapitulatif remis au jeune.</translation>
    </message>
    <message>
        <source>Contact of the site</source>
        <translation>Contact du site</translation>
    </message>
    <message>
        <source>Phone or email, shown on the take-home summary.</source>
        <translation>Téléphone ou courriel, affiché sur le récapitulatif remis au jeune.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>New lock PIN</source>
        <translation>Nouveau code de verrouillage</translation>
    </message>
    <message>
        <source>4 to 12 digits. Leave empty to keep the current one.</source>
        <translation>4 à 12 chiffres. Laissez vide pour garder le code actuel.</translation>
    </message>
    <message>
        <source>Remove the lock PIN</source>
        <translation>Supprimer le code de verrouillage</translation>
    </message>
    <message>
        <source>A lock PIN is set (Ctrl+L locks the window).</source>
        <translation>Un code de verrouillage est défini (Ctrl+L verrouille la fenêtre).</translation>
    </message>
    <message>
        <source>No lock PIN is set.</source>
        <translation>Aucun code de verrouillage n’est défini.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Mission Locale &amp;site</source>
        <translation>&amp;Site de la Mission Locale</translation>
    </message>
    <message>
        <source>Site &amp;contact</source>
        <translation>&amp;Contact du site</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Tai&amp;lle du texte</translation>
    </message>
    <message>
        <source>New lock &amp;PIN</source>
        <translation>Nouveau &amp;code de verrouillage</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Link of the QR code</source>
        <translation>Lien du QR code</translation>
    </message>
    <message>
        <source>The web page the QR code opens, on the summary and at the kiosk. Empty: the pass Culture site.</source>
        <translation>La page web qu’ouvre le QR code, sur le récapitulatif et à la borne. Vide : le site du pass Culture.</translation>
    </message>
    <message>
        <source>QR code &amp;link</source>
        <translation>&amp;Lien du QR code</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StepHeader</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SummaryPage</name>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved: %1</source>
        <translation>Le résumé n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Summary saved: %1</source>
        <translation>Résumé enregistré : %1</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimer le résumé</translation>
    </message>
    <message>
        <source>The summary could not be printed: %1</source>
        <translation>Le résumé n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <source>Summary sent to the printer.</source>
        <translation>Résumé envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Your summary to take home</source>
        <translation>Ton résumé à emporter</translation>
    </message>
    <message>
        <source>One page with your answer, your next steps and what you like. Save it or print it.</source>
        <translation>Une seule page. Elle dit ta réponse, tes prochaines étapes et ce que tu aimes. On peut l’enregistrer ou l’imprimer.</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Aperçu du résumé</translation>
    </message>
    <message>
        <source>&amp;Save the PDF</source>
        <translation>&amp;Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>Enregistrer le résumé en fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>No printer here. Show this page at the desk.</source>
        <translation>Pas d’imprimante ici. Montre cette page à l’accueil.</translation>
    </message>
    <message>
        <source>One page with your answer, your next steps and what you like. Print it to take it home.</source>
        <translation>Une seule page. Elle dit ta réponse, tes prochaines étapes et ce que tu aimes. Imprime-la pour la garder.</translation>
    </message>
    <message>
        <source>One page with your answer, your next steps and what you like. Show it at the desk.</source>
        <translation>Une seule page. Elle dit ta réponse, tes prochaines étapes et ce que tu aimes. Montre-la à l’accueil.</translation>
    </message>
    <message>
        <source>Your &amp;name, printed on the summary:</source>
        <translation>&amp;Nom du conseiller ou de la conseillère, imprimé sur le résumé :</translation>
    </message>
    <message>
        <source>Your name, printed on the summary</source>
        <translation>Nom du conseiller ou de la conseillère, imprimé sur le résumé</translation>
    </message>
    <message>
        <source>The young person's contact at the Mission Locale. Saved in the settings.</source>
        <translation>Le contact du jeune à la Mission Locale. Enregistré dans les réglages.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SyncStatusWidget</name>
    <message>
        <source>Sending: this computer is not linked to a server yet (Tools &gt; Settings).</source>
        <translation>Envoi : cet ordinateur n’est pas encore relié à un serveur (Outils &gt; Réglages).</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>All sessions are sent.</source>
        <translation>Toutes les sessions sont envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n session en attente d’envoi.</numerusform>
            <numerusform>%n sessions en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) refused by the server.</source>
        <translation>
            <numerusform>%n session refusée par le serveur.</numerusform>
            <numerusform>%n sessions refusées par le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent: %1.</source>
        <translation>Dernier envoi : %1.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Send the waiting sessions to the server now</source>
        <translation>Envoyer maintenant au serveur les sessions en attente</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Let's see together what the pass Culture can give you.</source>
        <translation>Voyons ensemble ce que le pass Culture peut t’apporter.</translation>
    </message>
    <message>
        <source>In this appointment, we answer three questions together:</source>
        <translation>Dans ce rendez-vous, on répond ensemble à trois questions :</translation>
    </message>
    <message>
        <source>1. Can you get the pass Culture, and how much?
2. Which identity document will you need?
3. What should you do next?</source>
        <translation>1. Peux-tu avoir le pass Culture, et combien ?
2. Quelle pièce d’identité te faut-il ?
3. Que faire ensuite ?</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tes données</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language of the appointment</source>
        <translation>Langue du rendez-vous</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Protection de tes données</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing about you: it only adds your visit to anonymous counts, without your name or your date of birth.</source>
        <translation>Cette borne ne garde rien sur toi : elle ajoute seulement ta visite à des comptages anonymes, sans ton nom ni ta date de naissance.</translation>
    </message>
    <message>
        <source>This kiosk keeps nothing: your answers are erased when you finish or leave.</source>
        <translation>Cette borne ne garde rien : tes réponses sont effacées quand tu termines ou que tu pars.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere.</source>
        <translation>Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Questions? Ask at the Mission Locale's front desk.</source>
        <translation>Des questions ? Demande à l’accueil de la Mission Locale.</translation>
    </message>
    <message>
        <source>This is a demonstration: the young people shown are made up.</source>
        <translation>Ceci est une démonstration : les jeunes montrés sont inventés.</translation>
    </message>
    <message>
        <source>Nothing is kept or sent.</source>
        <translation>Rien n’est gardé ni envoyé.</translation>
    </message>
    <message>
        <source>Questions? Ask the trainer.</source>
        <translation>Des questions ? Demande à la personne qui anime.</translation>
    </message>
    <message>
        <source>Your answers stay on this computer, protected: your personal details for %1 months, the pictures for %2 days or until they are sent.</source>
        <translation>Tes réponses restent sur cet ordinateur, protégées : tes informations personnelles pendant %1 mois, les photos pendant %2 jours ou jusqu’à leur envoi.</translation>
    </message>
    <message>
        <source>They are sent to your Mission Locale's server; the pictures only for a Démarche Numérique file, when the server asks for them.</source>
        <translation>Elles sont envoyées au serveur de ta Mission Locale ; les photos seulement pour un dossier Démarche Numérique, quand le serveur les demande.</translation>
    </message>
    <message>
        <source>To see them or have them deleted, ask your counselor.</source>
        <translation>Pour les voir ou les faire effacer, demande à ton conseiller ou ta conseillère.</translation>
    </message>
</context>
</TS>
