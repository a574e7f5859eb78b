<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Plan the week…</source>
        <translation>Préparer ma semaine…</translation>
    </message>
    <message>
        <source>Nothing waits for you today. Plan this week&apos;s calls, or note a name someone gave you (Ctrl+L).</source>
        <translation>Rien ne vous attend aujourd’hui. Choisissez les appels de la semaine, ou notez un nom que l’on vous a donné (Ctrl+L).</translation>
    </message>
    <message>
        <source>See them all in Follow-ups</source>
        <translation>Les voir toutes dans Relances</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Aujourd’hui, {date}</translation>
    </message>
    <message>
        <source>New people this week: {count} of the {goal} you aim for</source>
        <translation>Nouvelles personnes cette semaine&#xa0;: {count} sur les {goal} visées</translation>
    </message>
    <message numerus="yes">
        <source>Calls to make (the first 10 of %Ln)</source>
        <translation>
            <numerusform>Appels à passer (les 10 premiers sur %Ln)</numerusform>
            <numerusform>Appels à passer (les 10 premiers sur %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls to make (%Ln)</source>
        <translation>
            <numerusform>Appels à passer (%Ln)</numerusform>
            <numerusform>Appels à passer (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thank-yous owed (%Ln)</source>
        <translation>
            <numerusform>Remerciements à adresser (%Ln)</numerusform>
            <numerusform>Remerciements à adresser (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tell them how it went (%Ln)</source>
        <translation>
            <numerusform>Nouvelles à donner (%Ln)</numerusform>
            <numerusform>Nouvelles à donner (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%Ln)</source>
        <translation>
            <numerusform>Relances à faire (%Ln)</numerusform>
            <numerusform>Relances à faire (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the next 7 days (%Ln)</source>
        <translation>
            <numerusform>Rendez-vous dans les 7 prochains jours (%Ln)</numerusform>
            <numerusform>Rendez-vous dans les 7 prochains jours (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your day starts here</source>
        <translation>Votre journée commence ici</translation>
    </message>
    <message>
        <source>Each morning, this page will list the calls to make, the relays to thank and the follow-ups due. Begin with the people you already know, or look around the demo, a network already under way in a file of its own.</source>
        <translation>Chaque matin, cette page listera les appels à passer, les relais à remercier et les relances à faire. Commencez par les personnes que vous connaissez déjà, ou parcourez la démo, un réseau déjà bien engagé, dans un fichier à part.</translation>
    </message>
    <message>
        <source>Import my LinkedIn connections…</source>
        <translation>Importer mes relations LinkedIn…</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Ajouter une première personne</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Découvrir la démo</translation>
    </message>
    <message>
        <source>Warm call</source>
        <translation>Appel chaud</translation>
    </message>
    <message>
        <source>Someone you know</source>
        <translation>Quelqu’un que vous connaissez</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Appel froid</translation>
    </message>
    <message>
        <source>Nobody introduced them</source>
        <translation>Personne ne vous a donné ce nom</translation>
    </message>
    <message>
        <source>{name} said you may use their name</source>
        <translation>{name} vous autorise à citer son nom</translation>
    </message>
    <message>
        <source>Ask {name} whether you may use their name</source>
        <translation>Demandez à {name} si vous pouvez citer son nom</translation>
    </message>
    <message>
        <source>Do not use {name}’s name</source>
        <translation>Ne citez pas {name}</translation>
    </message>
    <message>
        <source>Planned this week</source>
        <translation>Prévu cette semaine</translation>
    </message>
    <message>
        <source>Worth a call</source>
        <translation>À appeler</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Pour {name}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>Thank {name}</source>
        <translation>Remercier {name}</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>You met {name} on {date}; they have not heard from you since</source>
        <translation>Rendez-vous avec {name} le {date}&#xa0;; pas de nouvelles de votre part depuis</translation>
    </message>
    <message>
        <source>Tell {name} how it went</source>
        <translation>Raconter à {name} comment cela s’est passé</translation>
    </message>
    <message>
        <source>Get back in touch with {name}</source>
        <translation>Reprendre contact avec {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days late</source>
        <translation>
            <numerusform>%Ln jour de retard</numerusform>
            <numerusform>%Ln jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>pour aujourd’hui</translation>
    </message>
    <message>
        <source>Got back in touch with {name}</source>
        <translation>Contact repris avec {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
</context>
<context>
    <name>ArgParse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version de Carnet et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>il manque ces arguments&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix impossible&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>il faut une valeur après cette option</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur incorrecte&#xa0;: %(value)r</translation>
    </message>
</context>
<context>
    <name>CadenceChooser</name>
    <message>
        <source>Every … days</source>
        <translation>Tous les … jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>CadenceDefaultsDialog</name>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Rythmes de prise de nouvelles</translation>
    </message>
    <message>
        <source>People think of you when your last contact is recent. For everyone without a rhythm of their own, Carnet reminds you to get back in touch after:</source>
        <translation>On pense à vous quand votre dernier échange est récent. Pour toutes les personnes sans rythme qui leur soit propre, Carnet vous rappelle de reprendre contact après&#xa0;:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>Any call, meeting, email or notebook entry about someone starts the count again.</source>
        <translation>Chaque appel, rendez-vous, e-mail ou note du carnet sur quelqu’un remet le compteur à zéro.</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>How often do you want to get back in touch with {name}?</source>
        <translation>Tous les combien voulez-vous reprendre contact avec {name}&#xa0;?</translation>
    </message>
    <message>
        <source>As usual for their status ({rhythm})</source>
        <translation>Comme d’habitude pour son statut ({rhythm})</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Ne jamais me le rappeler</translation>
    </message>
</context>
<context>
    <name>CallCommands</name>
    <message>
        <source>&amp;Log a call or meeting…</source>
        <translation>&amp;Noter un appel ou un rendez-vous…</translation>
    </message>
    <message>
        <source>After-meeting &amp;debrief…</source>
        <translation>&amp;Compte rendu de rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Prepare a call…</source>
        <translation>&amp;Préparer un appel…</translation>
    </message>
    <message>
        <source>Play&amp;book cards…</source>
        <translation>&amp;Fiches réflexes…</translation>
    </message>
    <message>
        <source>My p&amp;rofile…</source>
        <translation>&amp;Mon profil…</translation>
    </message>
    <message>
        <source>Help &amp;given…</source>
        <translation>&amp;Aide donnée…</translation>
    </message>
    <message>
        <source>C&amp;V handed over…</source>
        <translation>C&amp;V remis…</translation>
    </message>
    <message>
        <source>Call &amp;now…</source>
        <translation>Appeler &amp;maintenant…</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Appeler maintenant</translation>
    </message>
    <message>
        <source>Choose the person you are calling first: select them in Contacts or in the referral tree, then choose Call now again.</source>
        <translation>Choisissez d’abord la personne que vous appelez&#xa0;: sélectionnez-la dans Contacts ou dans l’arbre des relais, puis choisissez de nouveau Appeler maintenant.</translation>
    </message>
</context>
<context>
    <name>CallCorrections</name>
    <message>
        <source>Correct the call with {name}</source>
        <translation>Corriger l’appel avec {name}</translation>
    </message>
    <message>
        <source>Delete the call with {name}</source>
        <translation>Supprimer l’appel avec {name}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>CallEntry</name>
    <message>
        <source>Meeting with {name}</source>
        <translation>Rendez-vous avec {name}</translation>
    </message>
    <message>
        <source>Video call with {name}</source>
        <translation>Visio avec {name}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Appel avec {name}</translation>
    </message>
</context>
<context>
    <name>CallForms</name>
    <message>
        <source>Choose a person…</source>
        <translation>Choisir une personne…</translation>
    </message>
    <message>
        <source>Type a name to choose a person…</source>
        <translation>Tapez un nom pour choisir une personne…</translation>
    </message>
    <message>
        <source>Thank your connector</source>
        <translation>Remercier votre relais</translation>
    </message>
    <message>
        <source>It went well with {person}. Tell {connector} how it went, and thank them?</source>
        <translation>Cela s’est bien passé avec {person}. Raconter à {connector} comment cela s’est passé, et le remercier&#xa0;?</translation>
    </message>
    <message>
        <source>A follow-up will remind you on {date}.</source>
        <translation>Une relance vous le rappellera le {date}.</translation>
    </message>
    <message>
        <source>Add the follow-up</source>
        <translation>Ajouter la relance</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Tell {connector} how it went with {person}, and thank them</source>
        <translation>Raconter à {connector} comment cela s’est passé avec {person}, et lui dire merci</translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Relance non ajoutée</translation>
    </message>
    <message>
        <source>Also tell where it led to those who led you there: {names}</source>
        <translation>Dire aussi où cela a mené aux relais en amont&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Tell {connector} where it led (a meeting with {person}, through {relay}) and thank them</source>
        <translation>Dire à {connector} où cela a mené (un rendez-vous avec {person}, grâce à {relay}) et remercier</translation>
    </message>
</context>
<context>
    <name>CallModeWindow</name>
    <message>
        <source>Call with {name}</source>
        <translation>Appel avec {name}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>L’essentiel</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Fiches réflexes</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Type d’appel</translation>
    </message>
    <message>
        <source>What they say, what you learn</source>
        <translation>Ce qu’on vous dit, ce que vous apprenez</translation>
    </message>
    <message>
        <source>Notes of the call</source>
        <translation>Notes de l’appel</translation>
    </message>
    <message>
        <source>A name they give you</source>
        <translation>Un nom qu’on vous donne</translation>
    </message>
    <message>
        <source>Name given</source>
        <translation>Nom donné</translation>
    </message>
    <message>
        <source>Permission to use their name</source>
        <translation>Permission de citer son nom</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Names given</source>
        <translation>Noms donnés</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>How did it go? One click logs the call and closes this window.</source>
        <translation>Comment s’est passé l’appel&#xa0;? Un clic l’enregistre et ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <source>{name}: {permission}</source>
        <translation>{name}&#xa0;: {permission}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved yet: Carnet cannot write to your data file. What you typed stays here, and Carnet tries again every few seconds.</source>
        <translation>Pas encore enregistré&#xa0;: Carnet ne peut pas écrire dans votre fichier de données. Ce que vous avez tapé reste ici, et Carnet réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>{name} (already in your contacts)</source>
        <translation>{name} (déjà dans vos contacts)</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Open their card</source>
        <translation>Ouvrir sa fiche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment ça s’est passé</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui s’est dit</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>Rien d’écrit</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Aucune prévue</translation>
    </message>
    <message>
        <source>Logged from their card. To change it, use “Correct…”: Ctrl+Z undoes it.</source>
        <translation>Noté depuis sa fiche. Pour le modifier, choisissez «&#xa0;Corriger…&#xa0;»&#xa0;; Ctrl+Z annule chaque modification.</translation>
    </message>
    <message>
        <source>This call or meeting was deleted. Edit › Undo (Ctrl+Z) puts it back.</source>
        <translation>Cet appel ou ce rendez-vous a été supprimé. Édition › Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>CallPreparationDialog</name>
    <message>
        <source>Prepare a call</source>
        <translation>Préparer un appel</translation>
    </message>
    <message>
        <source>What do you want from this call? e.g. Understand how the team works, and get the name of the sales director</source>
        <translation>Qu’attendez-vous de cet appel&#xa0;? Par exemple&#xa0;: comprendre comment l’équipe fonctionne, et obtenir le nom du directeur commercial</translation>
    </message>
    <message>
        <source>- What do you know of the company?
- Who else should I talk to?
- May I call them on your behalf?</source>
        <translation>- Que savez-vous de l’entreprise&#xa0;?
- Avec qui d’autre devrais-je parler&#xa0;?
- Puis-je l’appeler de votre part&#xa0;?</translation>
    </message>
    <message>
        <source>Edit my profile…</source>
        <translation>Modifier mon profil…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>My pitch</source>
        <translation>Ma présentation</translation>
    </message>
    <message>
        <source>My precise ask</source>
        <translation>Ma demande précise</translation>
    </message>
    <message>
        <source>&amp;Call with</source>
        <translation>&amp;Appel avec</translation>
    </message>
    <message>
        <source>&amp;Goal of the call</source>
        <translation>&amp;But de l’appel</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions à poser</translation>
    </message>
    <message>
        <source>Call preparation: {name}</source>
        <translation>Préparation d’appel&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Goal of the call</source>
        <translation>But de l’appel</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Choose the person you are going to call.</source>
        <translation>Choisissez la personne que vous allez appeler.</translation>
    </message>
    <message>
        <source>Not written yet: add it in My profile.</source>
        <translation>Pas encore rédigée&#xa0;: ajoutez-la dans Mon profil.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Saved in your notebook</source>
        <translation>Enregistrée dans votre carnet</translation>
    </message>
    <message>
        <source>Not saved yet: Carnet cannot write to your data file. Your text stays here, and Carnet tries again every few seconds.</source>
        <translation>Pas encore enregistré&#xa0;: Carnet ne peut pas écrire dans votre fichier de données. Votre texte reste ici, et Carnet réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Preparation not saved</source>
        <translation>Préparation non enregistrée</translation>
    </message>
    <message>
        <source>Your preparation could not be saved yet, so it stays open: nothing you typed is lost.

{reason}</source>
        <translation>Votre préparation n’a pas encore pu être enregistrée, elle reste donc ouverte&#xa0;: rien de ce que vous avez tapé n’est perdu.

{reason}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Appel avec {name}</translation>
    </message>
    <message>
        <source>On behalf of {connector}</source>
        <translation>De la part de {connector}</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Their link</source>
        <translation>Leur lien</translation>
    </message>
    <message>
        <source>Cold call: nobody introduced you.</source>
        <translation>Appel froid&#xa0;: vous appelez sans recommandation.</translation>
    </message>
    <message>
        <source>If the call gets difficult</source>
        <translation>Si l’appel se passe mal</translation>
    </message>
    <message>
        <source>Call preparation</source>
        <translation>Préparation d’appel</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Carnet could not write {file}. Choose another folder.</source>
        <translation>Carnet n’a pas pu écrire {file}. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Fill in what you know, then save: the rest can wait.</source>
        <translation>Notez ce que vous savez, puis enregistrez&#xa0;: le reste peut attendre.</translation>
    </message>
    <message>
        <source>Introduced by {name}</source>
        <translation>Nom transmis par {name}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Carnet: your network, relay by relay.</source>
        <translation>Carnet&#xa0;: votre réseau, de relais en relais.</translation>
    </message>
    <message>
        <source>Without a window:
  carnet import FILE       import contacts (LinkedIn, Google, Outlook, vCard)
  carnet export --format csv|vcard|backup FILE
                           export your contacts, or all your data
Type carnet import --help or carnet export --help for their options.</source>
        <translation>Sans fenêtre&#xa0;:
  carnet import FICHIER    importer des contacts (LinkedIn, Google, Outlook, vCard)
  carnet export --format csv|vcard|backup FICHIER
                           exporter vos contacts, ou toutes vos données
Tapez carnet import --help ou carnet export --help pour voir leurs options.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>folder holding your data (instead of the usual one)</source>
        <translation>dossier qui contient vos données (au lieu du dossier habituel)</translation>
    </message>
    <message>
        <source>open the demo data</source>
        <translation>ouvrir les données de démonstration</translation>
    </message>
    <message>
        <source>show Carnet&apos;s version and exit</source>
        <translation>afficher la version de Carnet et quitter</translation>
    </message>
    <message>
        <source>Carnet: import contacts, export your data</source>
        <translation>Carnet&#xa0;: importer des contacts, exporter vos données</translation>
    </message>
    <message>
        <source>import contacts from a file</source>
        <translation>importer des contacts depuis un fichier</translation>
    </message>
    <message>
        <source>Import contacts from a file: LinkedIn (Connections.csv or the export zip), Google Contacts, Outlook, vCard, or a CSV file exported by Carnet.</source>
        <translation>Importer des contacts depuis un fichier&#xa0;: LinkedIn (Connections.csv ou le zip de l’export), Google Contacts, Outlook, vCard, ou un fichier CSV exporté par Carnet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>the file of contacts to import</source>
        <translation>le fichier de contacts à importer</translation>
    </message>
    <message>
        <source>read and check the file, write nothing</source>
        <translation>lire et vérifier le fichier, sans rien enregistrer</translation>
    </message>
    <message>
        <source>export your contacts, or all your data as a backup</source>
        <translation>exporter vos contacts, ou toutes vos données dans une sauvegarde</translation>
    </message>
    <message>
        <source>Export your contacts to a spreadsheet (CSV) or an address book (vCard), or all your data to a backup file.</source>
        <translation>Exporter vos contacts vers un tableur (CSV) ou un carnet d’adresses (vCard), ou toutes vos données dans un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>csv for a spreadsheet, vcard for an address book, backup for all</source>
        <translation>csv pour un tableur, vcard pour un carnet d’adresses, backup pour tout</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>what separates the columns of a CSV file (default &apos;;&apos;)</source>
        <translation>ce qui sépare les colonnes d’un fichier CSV (par défaut «&#xa0;;&#xa0;»)</translation>
    </message>
    <message>
        <source>folder holding your data</source>
        <translation>dossier qui contient vos données</translation>
    </message>
    <message>
        <source>use the demo data</source>
        <translation>utiliser les données de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts read in {file}</source>
        <translation>
            <numerusform>%Ln contact lu dans {file}</numerusform>
            <numerusform>%Ln contacts lus dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written. An import would give:</source>
        <translation>Essai à blanc&#xa0;: rien n’a été enregistré. Une importation donnerait&#xa0;:</translation>
    </message>
    <message>
        <source>New people: {count}</source>
        <translation>Nouvelles personnes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Merged into people already in Carnet: {count}</source>
        <translation>Fusionnés avec des personnes déjà dans Carnet&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Skipped: {count}</source>
        <translation>Ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Lines repeating an earlier contact, combined with it: {count}</source>
        <translation>Lignes répétant un contact précédent, réunies avec lui&#xa0;: {count}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Backup saved: {file}</source>
        <translation>Sauvegarde enregistrée&#xa0;: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to {file}</source>
        <translation>
            <numerusform>%Ln personne exportée dans {file}</numerusform>
            <numerusform>%Ln personnes exportées dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>portable mode: keep data, settings and logs in a Carnet-data folder beside Carnet (a file named portable beside the program does the same)</source>
        <translation>mode portable&#xa0;: garder données, réglages et journaux dans un dossier Carnet-data à côté de Carnet (un fichier nommé portable à côté du programme fait de même)</translation>
    </message>
    <message>
        <source>start hidden in the notification area, to remind you of the day&apos;s follow-ups (as when Carnet starts with your session)</source>
        <translation>démarrer caché dans la zone de notification, pour vous rappeler les relances du jour (comme quand Carnet démarre avec votre session)</translation>
    </message>
    <message>
        <source>portable mode: use the Carnet-data folder beside Carnet</source>
        <translation>mode portable&#xa0;: utiliser le dossier Carnet-data à côté de Carnet</translation>
    </message>
</context>
<context>
    <name>ConnectorBriefingPanel</name>
    <message>
        <source>Connector briefing</source>
        <translation>Fiche du relais</translation>
    </message>
    <message>
        <source>Opening line</source>
        <translation>Phrase d’introduction</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Their link</source>
        <translation>Leur lien</translation>
    </message>
    <message>
        <source>Why call them</source>
        <translation>Pourquoi l’appeler</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Forewarned</source>
        <translation>Appel annoncé</translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation>Nom donné aussi par</translation>
    </message>
    <message>
        <source>Note {connector}&apos;s job and background on their card: if the name rings no bell, that is what you will explain.</source>
        <translation>Notez le poste et le parcours de {connector} sur sa fiche&#xa0;: si le nom ne dit rien à la personne que vous appelez, c’est ce que vous lui expliquerez.</translation>
    </message>
    <message>
        <source>{connector} agreed that you call on their behalf.</source>
        <translation>{connector} est d’accord pour que vous appeliez de sa part.</translation>
    </message>
    <message>
        <source>{connector} asked you not to use their name: do not mention them in this call.</source>
        <translation>{connector} vous a demandé de ne pas utiliser son nom&#xa0;: ne citez pas ce nom pendant cet appel.</translation>
    </message>
    <message>
        <source>You have not asked {connector} yet whether you may use their name. Ask them before you call, or call without naming them.</source>
        <translation>Vous n’avez pas encore demandé à {connector} si vous pouvez utiliser son nom. Demandez-le avant d’appeler, ou appelez sans le citer.</translation>
    </message>
    <message>
        <source>Choose a person to see who introduced you to them.</source>
        <translation>Choisissez une personne pour voir qui vous l’a recommandée.</translation>
    </message>
    <message>
        <source>Nobody introduced you to {person}: you know them already. Tell them where you stand and ask for their advice and a few names, as between friends.</source>
        <translation>Personne ne vous a présenté {person}&#xa0;: vous vous connaissez déjà. Dites où vous en êtes, demandez un conseil et quelques noms, simplement, comme entre proches.</translation>
    </message>
    <message>
        <source>Hello {person}, it&apos;s me. I&apos;m looking for my next job and I&apos;d like your advice: do you have ten minutes this week?</source>
        <translation>Bonjour {person}, c’est moi. Je prépare la suite de mon parcours et j’aimerais avoir ton avis&#xa0;: aurais-tu dix minutes cette semaine&#xa0;?</translation>
    </message>
    <message>
        <source>Nobody introduced you to {person}: this is a cold call. Say who you are and why you are calling them in particular.</source>
        <translation>Personne ne vous a donné le nom de {person}&#xa0;: c’est un appel froid. Dites qui vous êtes et pourquoi vous appelez cette personne en particulier.</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>Cette personne ne fait plus partie de vos contacts.</translation>
    </message>
    <message>
        <source>Hello, {connector} told you I would call: I&apos;m the person they mentioned. Do you have a few minutes now, or when would suit you better?</source>
        <translation>Bonjour, {connector} m’a dit vous avoir annoncé mon appel&#xa0;: c’est bien moi. Avez-vous quelques minutes maintenant, ou quel moment vous conviendrait mieux&#xa0;?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m calling on behalf of {connector}, who suggested we talk: they thought you could tell me how things work at {organization}. Do you have a few minutes?</source>
        <translation>Bonjour, je vous appelle de la part de {connector}, qui m’a suggéré de vous contacter&#xa0;: selon {connector}, vous pourriez m’expliquer comment les choses fonctionnent chez {organization}. Auriez-vous quelques minutes&#xa0;?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m calling on behalf of {connector}, who suggested we talk. Do you have a few minutes?</source>
        <translation>Bonjour, je vous appelle de la part de {connector}, qui m’a suggéré de vous contacter. Auriez-vous quelques minutes&#xa0;?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m preparing my next career step and I&apos;m interested in {organization}. Could you spare a few minutes to share your experience?</source>
        <translation>Bonjour, je prépare la prochaine étape de ma carrière et {organization} m’intéresse. Pourriez-vous m’accorder quelques minutes pour me faire part de votre expérience&#xa0;?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m preparing my next career step. Could you spare a few minutes to share your experience?</source>
        <translation>Bonjour, je prépare la prochaine étape de ma carrière. Pourriez-vous m’accorder quelques minutes pour me faire part de votre expérience&#xa0;?</translation>
    </message>
    <message>
        <source>{connector} has told them that you will call.</source>
        <translation>{connector} a prévenu cette personne de votre appel.</translation>
    </message>
    <message>
        <source>They do not expect your call: say in one sentence who {connector} is to you.</source>
        <translation>Cette personne n’attend pas votre appel&#xa0;: dites en une phrase qui est {connector} pour vous.</translation>
    </message>
    <message>
        <source>You don&apos;t know whether they expect your call.</source>
        <translation>Vous ne savez pas si cette personne attend votre appel.</translation>
    </message>
    <message>
        <source>{job} at {organization}</source>
        <translation>{job} chez {organization}</translation>
    </message>
    <message>
        <source>name given on {date}</source>
        <translation>nom donné le {date}</translation>
    </message>
    <message>
        <source>thanked on {date}</source>
        <translation>remerciements adressés le {date}</translation>
    </message>
</context>
<context>
    <name>ConnectorChoiceDialog</name>
    <message>
        <source>Who gave you this name?</source>
        <translation>Qui vous a donné ce nom&#xa0;?</translation>
    </message>
    <message>
        <source>Type a name to search your contacts</source>
        <translation>Tapez un nom pour chercher dans vos contacts</translation>
    </message>
    <message>
        <source>How they know each other, why this name is worth a call</source>
        <translation>Comment ces deux personnes se connaissent, pourquoi ce nom vaut un appel</translation>
    </message>
    <message>
        <source>Who gave you {name}&apos;s name? Choose them among your contacts.</source>
        <translation>Qui vous a donné le nom de {name}&#xa0;? Choisissez cette personne parmi vos contacts.</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Relais</translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation>&amp;Autorisation</translation>
    </message>
    <message>
        <source>They e&amp;xpect my call</source>
        <translation>Appe&amp;l annoncé</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Contexte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Choose the connector among your contacts.</source>
        <translation>Choisissez le relais parmi vos contacts.</translation>
    </message>
</context>
<context>
    <name>ContactPointsEditor</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Label of {name}</source>
        <translation>Libellé de {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search names, companies, tags, emails, notes…</source>
        <translation>Chercher noms, entreprises, étiquettes, e-mails, notes…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Chercher dans les contacts</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Chercher les doublons…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Not contacted for</source>
        <translation>Sans nouvelles depuis</translation>
    </message>
    <message>
        <source>Contacted or not</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>&amp;Target companies only</source>
        <translation>&amp;Entreprises cibles seulement</translation>
    </message>
    <message>
        <source>&amp;Due for follow-up</source>
        <translation>À &amp;relancer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Another card of the same person: merge it into this one</source>
        <translation>Une autre fiche de la même personne&#xa0;: la fusionner avec celle-ci</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>An e-mail or a LinkedIn message from a template, filled in for this person</source>
        <translation>Un e-mail ou un message LinkedIn tiré d’un modèle, rempli pour cette personne</translation>
    </message>
    <message>
        <source>Not contacted for 2 weeks</source>
        <translation>Sans nouvelles depuis 2 semaines</translation>
    </message>
    <message>
        <source>Not contacted for a month</source>
        <translation>Sans nouvelles depuis un mois</translation>
    </message>
    <message>
        <source>Not contacted for 2 months</source>
        <translation>Sans nouvelles depuis 2 mois</translation>
    </message>
    <message>
        <source>Not contacted for 3 months</source>
        <translation>Sans nouvelles depuis 3 mois</translation>
    </message>
    <message>
        <source>Not contacted for 6 months</source>
        <translation>Sans nouvelles depuis 6 mois</translation>
    </message>
    <message>
        <source>Nobody here yet.

Add the first person with File ▸ New contact (Ctrl+N), note a name you were given with New lead (Ctrl+L), or import your LinkedIn connections.</source>
        <translation>Personne pour l’instant.

Ajoutez une première personne avec Fichier ▸ Nouveau contact (Ctrl+N), notez un nom que l’on vous a donné avec Nouvelle piste (Ctrl+L), ou importez vos relations LinkedIn.</translation>
    </message>
    <message>
        <source>Nobody matches this search and these filters.</source>
        <translation>Personne ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>This person is gone</source>
        <translation>Cette personne n’existe plus</translation>
    </message>
    <message>
        <source>This card was deleted meanwhile; what you typed was not saved.</source>
        <translation>Cette fiche a été supprimée entre-temps&#xa0;; ce que vous avez tapé n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation>Supprimer cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Going with them: {list}.</source>
        <translation>Seront supprimés avec&#xa0;: {list}.</translation>
    </message>
    <message>
        <source>The people they introduced stay in your contacts.</source>
        <translation>Les personnes recommandées par cette personne restent dans vos contacts.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez revenir en arrière avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>{name} was already in your contacts: the new connector is on their card</source>
        <translation>{name} figurait déjà dans vos contacts&#xa0;: le nouveau relais est ajouté à sa fiche</translation>
    </message>
    <message>
        <source>New lead {name}</source>
        <translation>Nouvelle piste&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Lead saved: {name}</source>
        <translation>Piste enregistrée&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} people</source>
        <translation>
            <numerusform>%Ln personne sur {total}</numerusform>
            <numerusform>%Ln personnes sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls or meetings</source>
        <translation>
            <numerusform>%Ln appel ou rendez-vous</numerusform>
            <numerusform>%Ln appels ou rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln introductions that brought them</source>
        <translation>
            <numerusform>la mise en relation à l’origine de cette fiche</numerusform>
            <numerusform>les %Ln mises en relation à l’origine de cette fiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln names they gave you</source>
        <translation>
            <numerusform>%Ln nom que cette personne vous a donné</numerusform>
            <numerusform>%Ln noms que cette personne vous a donnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln notebook entries about them stay, no longer linked to them.</source>
        <translation>
            <numerusform>La note du carnet à son sujet est conservée, sans plus lui être liée.</numerusform>
            <numerusform>Les %Ln notes du carnet à son sujet sont conservées, sans plus lui être liées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This card changed meanwhile</source>
        <translation>Cette fiche a changé entre-temps</translation>
    </message>
    <message>
        <source>While you were editing this card, it was changed elsewhere (by an import or another window). Your changes were saved; the other fields now show what was added meanwhile.</source>
        <translation>Pendant que vous modifiiez cette fiche, elle a été changée ailleurs (par une importation ou une autre fenêtre). Vos modifications ont été enregistrées&#xa0;; les autres champs montrent maintenant ce qui a été ajouté entre-temps.</translation>
    </message>
    <message>
        <source>Your network starts here</source>
        <translation>Votre réseau commence ici</translation>
    </message>
    <message>
        <source>Bring in the people you already know, or add the first person you will call. The demo shows a network already under way, in a file of its own.</source>
        <translation>Faites venir les personnes que vous connaissez déjà, ou ajoutez la première personne que vous appellerez. La démo montre un réseau déjà en route, dans un fichier à part.</translation>
    </message>
    <message>
        <source>Import my LinkedIn connections…</source>
        <translation>Importer mes relations LinkedIn…</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Ajouter une première personne</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Découvrir la démo</translation>
    </message>
    <message>
        <source>Choose someone in the list</source>
        <translation>Choisissez quelqu’un dans la liste</translation>
    </message>
    <message>
        <source>Their card shows who introduced you, where you stand and what you said to each other.</source>
        <translation>Sa fiche montre qui vous a donné son nom, où vous en êtes et ce que vous vous êtes dit.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Note a name I was given…</source>
        <translation>Noter un nom qu’on m’a donné…</translation>
    </message>
</context>
<context>
    <name>CvHandedDialog</name>
    <message>
        <source>CV handed over</source>
        <translation>CV remis</translation>
    </message>
    <message>
        <source>A CV passed on is often the last you hear of it. Next time, ask for the name and the permission to call on their behalf (see the playbook card).</source>
        <translation>Un CV transmis, c’est souvent la dernière nouvelle que l’on en a. La prochaine fois, demandez plutôt le nom et la permission d’appeler de sa part (voir la fiche réflexe).</translation>
    </message>
    <message>
        <source>e.g. the export manager at Maison Orsane</source>
        <translation>ex. le directeur export de Maison Orsane</translation>
    </message>
    <message>
        <source>Ask what became of it on</source>
        <translation>Demander ce qu’il est devenu le</translation>
    </message>
    <message>
        <source>Handed &amp;to</source>
        <translation>Remis &amp;à</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>Note it</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Ask {person} what became of your CV (for {for_what})</source>
        <translation>Demander à {person} ce qu’est devenu votre CV (pour {for_what})</translation>
    </message>
    <message>
        <source>Ask {person} what became of your CV</source>
        <translation>Demander à {person} ce qu’est devenu votre CV</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Weeks, by their Monday</source>
        <translation>Semaines, désignées par leur lundi</translation>
    </message>
    <message>
        <source>New people contacted, week by week</source>
        <translation>Nouvelles personnes contactées, semaine après semaine</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Weekly goal ({n})</source>
        <translation>Objectif hebdomadaire ({n})</translation>
    </message>
    <message>
        <source>Calls, week by week</source>
        <translation>Appels, semaine après semaine</translation>
    </message>
    <message>
        <source>Good calls</source>
        <translation>Appels réussis</translation>
    </message>
    <message>
        <source>Difficult calls</source>
        <translation>Appels difficiles</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Autres appels</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>{n}%</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <source>{n} of {goal}</source>
        <translation>{n} sur {goal}</translation>
    </message>
    <message>
        <source>Weekly goal reached. Well done!</source>
        <translation>Objectif de la semaine atteint. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>no warm call yet</source>
        <translation>aucun appel chaud pour l’instant</translation>
    </message>
    <message>
        <source>no cold call yet</source>
        <translation>aucun appel froid pour l’instant</translation>
    </message>
    <message>
        <source>no call to someone you know yet</source>
        <translation>aucun appel à une connaissance pour l’instant</translation>
    </message>
    <message>
        <source>counted apart from warm and cold calls</source>
        <translation>comptés à part des appels chauds et froids</translation>
    </message>
    <message>
        <source>method: about {n} in 10</source>
        <translation>selon la méthode&#xa0;: environ {n} sur 10</translation>
    </message>
    <message>
        <source>No meeting logged in the last 12 weeks.</source>
        <translation>Aucun rendez-vous noté ces 12 dernières semaines.</translation>
    </message>
    <message>
        <source>nobody known inside</source>
        <translation>personne de connu dans la place</translation>
    </message>
    <message>
        <source>▲ way in found</source>
        <translation>▲ porte d’entrée trouvée</translation>
    </message>
    <message>
        <source>▲ {n} closer</source>
        <translation>▲ {n} de moins</translation>
    </message>
    <message>
        <source>▼ {n} farther</source>
        <translation>▼ {n} de plus</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more new people to reach your weekly goal.</source>
        <translation>
            <numerusform>Encore %Ln nouvelle personne pour atteindre votre objectif de la semaine.</numerusform>
            <numerusform>Encore %Ln nouvelles personnes pour atteindre votre objectif de la semaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good</source>
        <translation>
            <numerusform>%Ln réussi</numerusform>
            <numerusform>%Ln réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln difficult</source>
        <translation>
            <numerusform>%Ln difficile</numerusform>
            <numerusform>%Ln difficiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {calls} got a meeting ({rate})</source>
        <translation>
            <numerusform>%Ln sur {calls} a débouché sur un rendez-vous ({rate})</numerusform>
            <numerusform>%Ln sur {calls} ont débouché sur un rendez-vous ({rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln names from {meetings}</source>
        <translation>
            <numerusform>%Ln nom obtenu en {meetings}</numerusform>
            <numerusform>%Ln noms obtenus en {meetings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln rendez-vous</numerusform>
            <numerusform>%Ln rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <source>decision maker met</source>
        <translation>décideur rencontré</translation>
    </message>
    <message numerus="yes">
        <source>someone inside met, %Ln relays to go</source>
        <translation>
            <numerusform>quelqu’un de l’intérieur rencontré, encore %Ln relais</numerusform>
            <numerusform>quelqu’un de l’intérieur rencontré, encore %Ln relais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relays away</source>
        <translation>
            <numerusform>à %Ln relais</numerusform>
            <numerusform>à %Ln relais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>New people contacted this week</source>
        <translation>Nouvelles personnes contactées cette semaine</translation>
    </message>
    <message>
        <source>Calls this week</source>
        <translation>Appels de la semaine</translation>
    </message>
    <message>
        <source>Meetings obtained (last 12 weeks)</source>
        <translation>Rendez-vous obtenus (12 dernières semaines)</translation>
    </message>
    <message>
        <source>Names obtained per meeting (last 12 weeks)</source>
        <translation>Noms obtenus par rendez-vous (12 dernières semaines)</translation>
    </message>
    <message>
        <source>Target companies: relays to the person who can hire you</source>
        <translation>Entreprises cibles&#xa0;: relais jusqu’à la personne qui peut vous embaucher</translation>
    </message>
    <message>
        <source>Target companies</source>
        <translation>Entreprises cibles</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>No target company yet: add the companies you would like to work for on the Target companies page to follow how close you get.</source>
        <translation>Aucune entreprise cible pour l’instant&#xa0;: ajoutez les entreprises où vous aimeriez travailler dans la page Entreprises cibles pour suivre de combien vous vous en approchez.</translation>
    </message>
    <message>
        <source>Plan and review my week…</source>
        <translation>Préparer et faire le bilan de ma semaine…</translation>
    </message>
    <message>
        <source>On Monday, pick this week&apos;s calls; on Friday, see what became of them</source>
        <translation>Le lundi, choisissez les appels de la semaine&#xa0;; le vendredi, voyez ce qu’ils sont devenus</translation>
    </message>
    <message>
        <source>This week, since {date}</source>
        <translation>Cette semaine, depuis le {date}</translation>
    </message>
    <message>
        <source>Warm calls:</source>
        <translation>Appels chauds&#xa0;:</translation>
    </message>
    <message>
        <source>Cold calls:</source>
        <translation>Appels froids&#xa0;:</translation>
    </message>
    <message>
        <source>People you know:</source>
        <translation>Vos connaissances&#xa0;:</translation>
    </message>
    <message>
        <source>Phone and video calls only: your own rates, beside the method&apos;s.</source>
        <translation>Appels téléphoniques et visios seulement&#xa0;: vos propres taux, à côté de ceux de la méthode.</translation>
    </message>
    <message>
        <source>(priority {n})</source>
        <translation>(priorité {n})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>Il y a %Ln jour</numerusform>
            <numerusform>Il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the good ones: most calls go well. Over 12 weeks: {calls}.</source>
        <translation>Comptez les bons&#xa0;: la plupart des appels se passent bien. Sur 12 semaines&#xa0;: {calls}.</translation>
    </message>
    <message>
        <source>Your week at a glance</source>
        <translation>Votre semaine d’un coup d’œil</translation>
    </message>
    <message>
        <source>Log your calls and meetings as you go: this page then counts the new people you reach each week against your goal, the meetings you obtain and the names you are given.</source>
        <translation>Notez vos appels et vos rendez-vous au fil de l’eau&#xa0;: cette page compte alors, semaine après semaine, les nouvelles personnes jointes face à votre objectif, les rendez-vous obtenus et les noms que l’on vous donne.</translation>
    </message>
    <message>
        <source>Log a call or meeting…</source>
        <translation>Noter un appel ou un rendez-vous…</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Why this name, how they know each other</source>
        <translation>Pourquoi ce nom, comment ces deux personnes se connaissent</translation>
    </message>
    <message>
        <source>Name obtained</source>
        <translation>Nom obtenu</translation>
    </message>
    <message>
        <source>Company of the name obtained</source>
        <translation>Entreprise du nom obtenu</translation>
    </message>
    <message>
        <source>Permission to use their name</source>
        <translation>Autorisation d’utiliser son nom</translation>
    </message>
    <message>
        <source>Why this name</source>
        <translation>Pourquoi ce nom</translation>
    </message>
    <message>
        <source>After-meeting debrief</source>
        <translation>Compte rendu de rendez-vous</translation>
    </message>
    <message>
        <source>Facts about the company, the team, the job…</source>
        <translation>Ce que vous avez appris sur l’entreprise, l’équipe, le poste…</translation>
    </message>
    <message>
        <source>What they advised you to do or to read</source>
        <translation>Ce que l’on vous a conseillé de faire ou de lire</translation>
    </message>
    <message>
        <source>Add another name</source>
        <translation>Ajouter un autre nom</translation>
    </message>
    <message>
        <source>e.g. Call Sophie on Thursday</source>
        <translation>Par exemple&#xa0;: appeler Sophie jeudi</translation>
    </message>
    <message>
        <source>Record this meeting in the call log, outcome:</source>
        <translation>Noter ce rendez-vous dans le journal des appels, résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>by</source>
        <translation>d’ici le</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Rencontre faite</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>What I &amp;learned</source>
        <translation>Ce que j’ai &amp;appris</translation>
    </message>
    <message>
        <source>&amp;Advice received</source>
        <translation>&amp;Conseils reçus</translation>
    </message>
    <message>
        <source>Names &amp;obtained</source>
        <translation>&amp;Noms obtenus</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Prochaine étape</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>Nobody introduced you to this person: no one to thank.</source>
        <translation>Personne ne vous a donné le nom de cette personne&#xa0;: personne à remercier.</translation>
    </message>
    <message>
        <source>I have told {connector} how it went and thanked them</source>
        <translation>J’ai raconté à {connector} comment cela s’est passé et je lui ai dit merci</translation>
    </message>
    <message>
        <source>(last thanked on {date})</source>
        <translation>(dernier remerciement le {date})</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Rendez-vous avec {name}</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j’ai appris</translation>
    </message>
    <message>
        <source>Advice received</source>
        <translation>Conseils reçus</translation>
    </message>
    <message>
        <source>Names obtained</source>
        <translation>Noms obtenus</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>may use their name</source>
        <translation>je peux utiliser son nom</translation>
    </message>
    <message>
        <source>may not use their name</source>
        <translation>je ne peux pas utiliser son nom</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>d’ici le {date}</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>The disk is full, so Carnet could not save your last change. What you typed is still in the window. Free some space (empty the bin, delete large files), then save again.</source>
        <translation>Le disque est plein&#xa0;: Carnet n’a pas pu enregistrer votre dernière modification. Ce que vous avez tapé est toujours dans la fenêtre. Libérez de la place (videz la corbeille, supprimez de gros fichiers), puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Carnet may not write in the folder of your data any more, so your last change was not saved. What you typed is still in the window. Check that the disk or USB key is not write-protected, then save again.</source>
        <translation>Carnet n’a plus le droit d’écrire dans le dossier de vos données&#xa0;: votre dernière modification n’a pas été enregistrée. Ce que vous avez tapé est toujours dans la fenêtre. Vérifiez que le disque ou la clé USB n’est pas protégé en écriture, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Another program is using your data file, so Carnet could not save just now. What you typed is still in the window: wait a moment, then save again.</source>
        <translation>Un autre programme utilise votre fichier de données&#xa0;: Carnet n’a pas pu enregistrer à l’instant. Ce que vous avez tapé est toujours dans la fenêtre&#xa0;: patientez un moment, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Carnet cannot reach your data file: the disk may have been unplugged or may be failing. What you typed is still in the window. Reconnect the disk, then save again.</source>
        <translation>Carnet n’arrive pas à atteindre votre fichier de données&#xa0;: le disque a peut-être été débranché, ou il est défaillant. Ce que vous avez tapé est toujours dans la fenêtre. Rebranchez le disque, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>This text holds an invisible NUL character; remove it, or paste the text again.</source>
        <translation>Ce texte contient un caractère invisible (NUL)&#xa0;; supprimez-le, ou collez à nouveau le texte.</translation>
    </message>
    <message>
        <source>A keep-in-touch rhythm is between 1 and 3650 days.</source>
        <translation>Un rythme de prise de nouvelles va de 1 à 3&#xa0;650 jours.</translation>
    </message>
    <message>
        <source>Say in a few words what to do, for example “Call Marc back”.</source>
        <translation>Dites en quelques mots ce qu’il faut faire, par exemple «&#xa0;Rappeler Marc&#xa0;».</translation>
    </message>
    <message>
        <source>Keep the follow-up to one line of at most 300 characters.</source>
        <translation>Limitez la relance à une ligne de 300 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until.</source>
        <translation>Choisissez un jour après aujourd’hui pour reporter.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists; the list has been refreshed.</source>
        <translation>Cette relance n’existe plus&#xa0;; la liste a été actualisée.</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts; choose someone else.</source>
        <translation>Cette personne ne fait plus partie de vos contacts&#xa0;; choisissez quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Choose the day it is due.</source>
        <translation>Choisissez le jour de l’échéance.</translation>
    </message>
    <message>
        <source>Choose the person you talked to.</source>
        <translation>Choisissez la personne avec qui vous avez parlé.</translation>
    </message>
    <message>
        <source>This date is in the future. Log a call once it happened; plan it as a next step instead.</source>
        <translation>Cette date est dans le futur. Notez un appel une fois qu’il a eu lieu&#xa0;; en attendant, prévoyez-le comme prochaine étape.</translation>
    </message>
    <message>
        <source>A duration is between 0 minutes and 24 hours.</source>
        <translation>Une durée va de 0 minute à 24 heures.</translation>
    </message>
    <message>
        <source>Each name obtained needs a name: fill it in, or empty the line.</source>
        <translation>Chaque ligne de nom obtenu doit comporter un nom&#xa0;: complétez-la, ou videz-la.</translation>
    </message>
    <message>
        <source>Type the name you were given.</source>
        <translation>Tapez le nom que l’on vous a donné.</translation>
    </message>
    <message>
        <source>The person who mentioned them is no longer in your contacts; choose someone else.</source>
        <translation>La personne qui vous en a parlé ne fait plus partie de vos contacts&#xa0;; choisissez quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Keep it to one line: 2,000 characters at most.</source>
        <translation>Une seule ligne&#xa0;: 2&#xa0;000 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose two different cards to merge.</source>
        <translation>Choisissez deux fiches différentes à fusionner.</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>Cette personne ne fait plus partie de vos contacts.</translation>
    </message>
    <message>
        <source>This text is too long for one note (more than a million characters). Split it into several entries.</source>
        <translation>Ce texte est trop long pour une seule note (plus d’un million de caractères). Répartissez-le en plusieurs notes.</translation>
    </message>
    <message>
        <source>A title holds at most 300 characters.</source>
        <translation>Un titre compte au plus 300 caractères.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another organisation already has this name.</source>
        <translation>Une autre organisation porte déjà ce nom.</translation>
    </message>
    <message>
        <source>The priority goes from 1 (most wanted) to 5.</source>
        <translation>La priorité va de 1 (la plus souhaitée) à 5.</translation>
    </message>
    <message>
        <source>This organisation is no longer in your contacts.</source>
        <translation>Cette organisation ne fait plus partie de vos contacts.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character; remove it, or type the text again.</source>
        <translation>Ce texte contient un caractère de contrôle invisible&#xa0;; supprimez-le, ou tapez à nouveau le texte.</translation>
    </message>
    <message>
        <source>This text is too long: 300 characters at most.</source>
        <translation>Ce texte est trop long&#xa0;: 300 caractères au plus.</translation>
    </message>
    <message>
        <source>This text is too long: 100,000 characters at most (about fifty pages).</source>
        <translation>Ce texte est trop long&#xa0;: 100&#xa0;000 caractères au plus (une cinquantaine de pages).</translation>
    </message>
    <message>
        <source>A person needs at least a first or a last name.</source>
        <translation>Une personne doit avoir au moins un prénom ou un nom.</translation>
    </message>
    <message>
        <source>This text is too long: 50 characters at most.</source>
        <translation>Ce texte est trop long&#xa0;: 50 caractères au plus.</translation>
    </message>
    <message>
        <source>This text is too long: 100 characters at most.</source>
        <translation>Ce texte est trop long&#xa0;: 100 caractères au plus.</translation>
    </message>
    <message>
        <source>This text is too long: 200 characters at most.</source>
        <translation>Ce texte est trop long&#xa0;: 200 caractères au plus.</translation>
    </message>
    <message>
        <source>This text is too long: 500 characters at most.</source>
        <translation>Ce texte est trop long&#xa0;: 500 caractères au plus.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an email address, e.g. marie.dupont@example.fr.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail, comme marie.dupont@example.fr.</translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces and + ( ) - . / only, e.g. +33 6 12 34 56 78.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et + ( ) - . /, par exemple +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>A phone number holds between 3 and 20 digits.</source>
        <translation>Un numéro de téléphone compte de 3 à 20 chiffres.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address, e.g. https://www.linkedin.com/in/name.</source>
        <translation>Cela ne ressemble pas à une adresse web, comme https://www.linkedin.com/in/nom.</translation>
    </message>
    <message>
        <source>Keep in touch every 1 to 3,650 days, or never.</source>
        <translation>Gardez le contact tous les 1 à 3&#xa0;650 jours, ou jamais.</translation>
    </message>
    <message>
        <source>the person you are talking to</source>
        <translation>la personne à qui vous parlez</translation>
    </message>
    <message>
        <source>who gave you their name</source>
        <translation>qui vous a donné son nom</translation>
    </message>
    <message>
        <source>the connector&apos;s job and company</source>
        <translation>le poste et l’entreprise du relais</translation>
    </message>
    <message>
        <source>the connector&apos;s background</source>
        <translation>le parcours du relais</translation>
    </message>
    <message>
        <source>how the connector knows them</source>
        <translation>comment le relais connaît la personne appelée</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>your precise ask, from your profile</source>
        <translation>votre demande précise, tirée de votre profil</translation>
    </message>
    <message>
        <source>A little help with my search</source>
        <translation>Un petit coup de pouce pour ma recherche</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

I hope you are well. I am looking for my next position, and I am meeting people who know the field well.
{my_pitch}

What I am looking for: {my_ask}
I am especially interested in {company}.

Would you know one or two people I could talk to? Could you put me in touch with them, and may I tell them that you sent me?

Thank you in advance,
{my_name}</source>
        <translation>Bonjour {recipient_first_name},

J’espère que vous allez bien. Je cherche mon prochain poste, et je rencontre des personnes qui connaissent bien le terrain.
{my_pitch}

Ma demande&#xa0;: {my_ask}
Je m’intéresse tout particulièrement à {company}.

Connaîtriez-vous une ou deux personnes avec qui je pourrais échanger&#xa0;? Pourriez-vous me mettre en relation avec elles, et puis-je leur dire que je viens de votre part&#xa0;?

Merci d’avance,
{my_name}</translation>
    </message>
    <message>
        <source>A request for advice</source>
        <translation>Une demande de conseil</translation>
    </message>
    <message>
        <source>Hello {recipient},

{connector} suggested that I get in touch with you.
My name is {my_name}.
{my_pitch}

What I am looking for: {my_ask}

I am not asking you for a job: your view of your field would help me a lot. Would you have twenty minutes for a call or a coffee in the coming days?

Thank you in advance,
{my_name}</source>
        <translation>Bonjour {recipient},

{connector} m’a conseillé de prendre contact avec vous.
Je m’appelle {my_name}.
{my_pitch}

Ma demande&#xa0;: {my_ask}

Je ne vous demande pas un emploi&#xa0;: votre regard sur votre métier m’aiderait beaucoup. Auriez-vous vingt minutes pour un appel ou un café dans les jours qui viennent&#xa0;?

Merci d’avance,
{my_name}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

Thank you for putting me in touch with {person}: it was a real help.
I will let you know how it goes.

Thank you again,
{my_name}</source>
        <translation>Bonjour {recipient_first_name},

Merci pour la mise en relation avec {person}&#xa0;: elle m’a été précieuse.
Je vous tiendrai au courant de la suite.

Encore merci,
{my_name}</translation>
    </message>
    <message>
        <source>Where your help led</source>
        <translation>Des nouvelles de ma recherche</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

I wanted to tell you where your help led: thanks to you, I was able to talk with {person}.
I learned a lot about {company}.

Thank you again; I will keep you posted.
{my_name}</source>
        <translation>Bonjour {recipient_first_name},

Je voulais vous dire où votre aide a mené&#xa0;: grâce à vous, j’ai pu échanger avec {person}.
J’en ai beaucoup appris sur {company}.

Encore merci&#xa0;; je vous tiens au courant.
{my_name}</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Merci pour notre échange</translation>
    </message>
    <message>
        <source>Hello {recipient},

Thank you for the time you gave me. Your advice was very useful to me.
I will also tell {connector} how our conversation went.

As agreed, I will keep you informed of how my search goes.

Best regards,
{my_name}</source>
        <translation>Bonjour {recipient},

Merci pour le temps que vous m’avez consacré. Vos conseils m’ont été très utiles.
Je raconterai aussi à {connector} comment s’est passé notre échange.

Comme convenu, je vous tiendrai au courant de la suite de ma recherche.

Bien cordialement,
{my_name}</translation>
    </message>
    <message>
        <source>May I say that you sent me?</source>
        <translation>Puis-je dire que je viens de votre part&#xa0;?</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

Thank you again for giving me the name of {person}.
Before I get in touch, may I tell them that you sent me? If you would rather I did not mention you, just say so: I will write without naming you.

Thank you,
{my_name}</source>
        <translation>Bonjour {recipient_first_name},

Merci encore de m’avoir donné le nom de {person}.
Avant de prendre contact, puis-je dire que je viens de votre part&#xa0;? Si vous préférez que je ne vous cite pas, dites-le-moi simplement&#xa0;: j’écrirai sans mentionner votre nom.

Merci,
{my_name}</translation>
    </message>
    <message>
        <source>Choose whom the message was sent to.</source>
        <translation>Choisissez à qui le message a été envoyé.</translation>
    </message>
    <message>
        <source>A message is sent as an email or a message.</source>
        <translation>Un message s’envoie par e-mail ou par messagerie.</translation>
    </message>
    <message>
        <source>A template needs a subject.</source>
        <translation>Un modèle a besoin d’un objet.</translation>
    </message>
    <message>
        <source>This text is too long for a message; shorten it.</source>
        <translation>Ce texte est trop long pour un message&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>They don&apos;t remember {connector}</source>
        <translation>La personne appelée ne se souvient pas de {connector}</translation>
    </message>
    <message>
        <source>Stay on the line and help them place {connector}:

- {connector} is {connector_role}.
- Background: {connector_background}
- How they know each other: {connector_link}

Most of the time the name comes back. If it does not, never mind: go on to what you came for.

- **My ask:** {my_ask}</source>
        <translation>Ne raccrochez pas&#xa0;: aidez la personne appelée à situer {connector}.

- {connector} est {connector_role}.
- Parcours&#xa0;: {connector_background}
- Comment ces deux personnes se connaissent&#xa0;: {connector_link}

Le plus souvent, le déclic se fait. Sinon, tant pis&#xa0;: enchaînez sur l’objet de votre appel.

- **Ma demande&#xa0;:** {my_ask}</translation>
    </message>
    <message>
        <source>They don&apos;t like {connector}</source>
        <translation>La personne appelée n’apprécie pas {connector}</translation>
    </message>
    <message>
        <source>Stay out of it: neither defend {connector} nor agree.

- Say simply: “{connector} has only ever spoken well of you.”
- Then move straight on to your request.

- **My ask:** {my_ask}</source>
        <translation>N’entrez pas dans le débat&#xa0;: ne défendez pas {connector}, n’abondez pas non plus.

- Dites simplement&#xa0;: «&#xa0;{connector} ne m’a jamais dit que du bien de vous.&#xa0;»
- Puis passez directement à votre demande.

- **Ma demande&#xa0;:** {my_ask}</translation>
    </message>
    <message>
        <source>They resent the call</source>
        <translation>La personne appelée prend mal l’appel</translation>
    </message>
    <message>
        <source>It happens, and it is not about you.

1. Cut it short: skip the questions you had left.
2. Apologise: “I am sorry to have taken your time. I was told your advice would help my project; clearly we were mistaken.”
3. Offer a light contact: “May I keep in touch? One day I may be of use to you.”
4. Thank them, hang up, and go on to your next call. Count the good calls, not this one.</source>
        <translation>Cela arrive, et ce n’est pas vous qui êtes en cause.

1. Écourtez&#xa0;: laissez tomber les questions qui restaient.
2. Excusez-vous&#xa0;: «&#xa0;Pardon de vous avoir pris votre temps. On m’avait dit que vos conseils m’aideraient dans mon projet&#xa0;; de toute évidence, il y a eu méprise.&#xa0;»
3. Proposez un contact léger&#xa0;: «&#xa0;Puis-je rester en contact avec vous&#xa0;? Un jour, je pourrai peut-être vous être utile.&#xa0;»
4. Remerciez, raccrochez, et passez à l’appel suivant. Comptez les bons appels, pas celui-ci.</translation>
    </message>
    <message>
        <source>“You should call…”</source>
        <translation>«&#xa0;Tu devrais appeler…&#xa0;»</translation>
    </message>
    <message>
        <source>When someone says “you should call…”, ask a little more right away:

- What do they do, and where?
- How do you know them?
- May I call them on your behalf?
- Would they agree to meet me, for a coffee or a short call?
- Could you tell them I will call?

Write the name down at once, with the permission you got.</source>
        <translation>Quand quelqu’un vous dit «&#xa0;tu devrais appeler…&#xa0;», demandez-en un peu plus tout de suite&#xa0;:

- Que fait cette personne, et où&#xa0;?
- Comment la connais-tu&#xa0;?
- Puis-je l’appeler de ta part&#xa0;?
- Accepterait-elle de me rencontrer, pour un café ou un court appel&#xa0;?
- Pourrais-tu la prévenir que je vais l’appeler&#xa0;?

Notez le nom tout de suite, avec l’autorisation obtenue.</translation>
    </message>
    <message>
        <source>your connector</source>
        <translation>votre relais</translation>
    </message>
    <message>
        <source>(write your precise ask in My profile)</source>
        <translation>(rédigez votre demande précise dans Mon profil)</translation>
    </message>
    <message>
        <source>A card needs a title.</source>
        <translation>Une fiche doit avoir un titre.</translation>
    </message>
    <message>
        <source>The weekly goal is a number of new people between 1 and 100.</source>
        <translation>L’objectif hebdomadaire est un nombre de nouvelles personnes compris entre 1 et 100.</translation>
    </message>
    <message>
        <source>Nobody can introduce you to themselves.</source>
        <translation>Une personne ne peut pas vous recommander auprès d’elle-même.</translation>
    </message>
    <message>
        <source>This would make a loop: this person already led you to the connector.</source>
        <translation>Cela ferait une boucle&#xa0;: cette personne est déjà sur le chemin qui mène à ce relais.</translation>
    </message>
    <message>
        <source>This introduction is already recorded.</source>
        <translation>Cette mise en relation est déjà enregistrée.</translation>
    </message>
    <message>
        <source>This introduction no longer exists; it may have been removed.</source>
        <translation>Cette mise en relation n’existe plus&#xa0;; elle a peut-être été retirée.</translation>
    </message>
    <message>
        <source>This person did not give you that name; add the introduction first.</source>
        <translation>Cette personne ne vous a pas donné ce nom&#xa0;; ajoutez d’abord la mise en relation.</translation>
    </message>
    <message>
        <source>Type the name of the company.</source>
        <translation>Tapez le nom de l’entreprise.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character.</source>
        <translation>Ce texte contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>its contents do not match its checksum</source>
        <translation>son contenu ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>the data inside is not a Carnet database</source>
        <translation>les données qu’il contient ne sont pas une base Carnet</translation>
    </message>
    <message>
        <source>the database inside fails SQLite&apos;s integrity check</source>
        <translation>la base qu’il contient échoue à la vérification d’intégrité de SQLite</translation>
    </message>
    <message>
        <source>the database inside is empty</source>
        <translation>la base qu’il contient est vide</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Le fichier {file} est vide.</translation>
    </message>
    <message>
        <source>The file {file} is not a contacts file Carnet can read (it does not hold text).</source>
        <translation>Le fichier {file} n’est pas un fichier de contacts que Carnet sait lire (il ne contient pas de texte).</translation>
    </message>
    <message>
        <source>The file {file} is too large ({size} MB): Carnet imports files of up to {limit} MB.</source>
        <translation>Le fichier {file} est trop volumineux ({size} Mo)&#xa0;: Carnet importe des fichiers de {limit} Mo au plus.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {detail}.</source>
        <translation>Le fichier {file} n’a pas pu être lu&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>Carnet does not recognise {file}. It reads the contacts exported by LinkedIn (Connections.csv or the export zip), Google Contacts and Outlook, and vCard files (.vcf).</source>
        <translation>Carnet ne reconnaît pas {file}. Il lit les contacts exportés par LinkedIn (Connections.csv ou le zip de l’export), Google Contacts et Outlook, ainsi que les fichiers vCard (.vcf).</translation>
    </message>
    <message>
        <source>The file {file} is a damaged zip file.</source>
        <translation>Le fichier {file} est un fichier zip endommagé.</translation>
    </message>
    <message>
        <source>The zip file {file} holds no Connections.csv. In LinkedIn, ask for a copy of your data that includes your connections, then import the zip you receive.</source>
        <translation>Le fichier zip {file} ne contient pas de Connections.csv. Dans LinkedIn, demandez une copie de vos données qui comprenne vos relations, puis importez le zip que vous recevrez.</translation>
    </message>
    <message>
        <source>The file {file} ends in the middle of a contact card (the card that starts on line {line} has no end): the file was probably cut short.</source>
        <translation>Le fichier {file} s’arrête au milieu d’une fiche de contact (la fiche qui commence ligne {line} n’a pas de fin)&#xa0;: le fichier a probablement été tronqué.</translation>
    </message>
    <message>
        <source>Line {line} of {file} could not be read: {detail}.</source>
        <translation>La ligne {line} de {file} n’a pas pu être lue&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>The file {file} holds column names but no contact.</source>
        <translation>Le fichier {file} contient des noms de colonnes mais aucun contact.</translation>
    </message>
    <message>
        <source>The file {file} is not a Carnet backup file.</source>
        <translation>Le fichier {file} n’est pas un fichier de sauvegarde Carnet.</translation>
    </message>
    <message>
        <source>The backup file {file} is damaged ({detail}). Your current data was left as it was.</source>
        <translation>Le fichier de sauvegarde {file} est endommagé ({detail}). Vos données actuelles n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>The backup file {file} was saved by a newer version of Carnet. Install the latest Carnet to restore it. Your current data was left as it was.</source>
        <translation>Le fichier de sauvegarde {file} a été créé par une version plus récente de Carnet. Installez la dernière version de Carnet pour le restaurer. Vos données actuelles n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Carnet could not write the file {file}: {detail}.</source>
        <translation>Carnet n’a pas pu écrire le fichier {file}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>No name on this line: it was skipped.</source>
        <translation>Aucun nom sur cette ligne&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <source>This card is an organisation, not a person: it was skipped.</source>
        <translation>Cette fiche est une organisation, pas une personne&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <source>This contact appears earlier in the file (line {value}): both were combined.</source>
        <translation>Ce contact figure plus haut dans le fichier (ligne {value})&#xa0;: les deux ont été réunis.</translation>
    </message>
    <message>
        <source>Already in Carnet as {value}: skipped, as you chose.</source>
        <translation>Déjà dans Carnet sous le nom {value}&#xa0;: ignoré, comme vous l’avez choisi.</translation>
    </message>
    <message>
        <source>This call or meeting is no longer in Carnet; it may have been deleted.</source>
        <translation>Cet appel ou ce rendez-vous n’est plus dans Carnet&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>it unpacks to far more data than a Carnet backup of its size can hold</source>
        <translation>il se décompresse en bien plus de données qu’une sauvegarde Carnet de cette taille ne peut en contenir</translation>
    </message>
    <message>
        <source>the database inside holds tables or rules that Carnet did not make</source>
        <translation>la base de données qu’il contient a des tables ou des règles que Carnet n’a pas créées</translation>
    </message>
    <message>
        <source>Another import or Carnet window is writing to your data: this import waits for it to finish, then merges into what it added.</source>
        <translation>Une autre importation ou une fenêtre de Carnet écrit dans vos données&#xa0;: cette importation attend qu’elle ait fini, puis fusionne avec ce qu’elle a ajouté.</translation>
    </message>
    <message>
        <source>The file {path} was saved by a newer version of Carnet and was left untouched. Install the latest Carnet to use it.</source>
        <translation>Le fichier {path} a été enregistré par une version plus récente de Carnet et n’a pas été modifié. Installez la dernière version de Carnet pour l’utiliser.</translation>
    </message>
    <message>
        <source>Carnet cannot open the file {path}.</source>
        <translation>Carnet ne peut pas ouvrir le fichier {path}.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space, then run the command again.</source>
        <translation>Le disque est plein, rien n’a donc été écrit. Libérez de la place, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Carnet may not write to {path}, so nothing was written. Check that the disk or USB key is not write-protected and that the file is yours, then run the command again.</source>
        <translation>Carnet n’a pas le droit d’écrire dans {path}, rien n’a donc été écrit. Vérifiez que le disque ou la clé USB n’est pas protégé en écriture et que le fichier vous appartient, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Your data file is damaged, so nothing was written. Open Carnet&apos;s window: it offers to put back your latest good backup.</source>
        <translation>Votre fichier de données est endommagé, rien n’a donc été écrit. Ouvrez la fenêtre de Carnet&#xa0;: elle vous propose de remettre votre dernière bonne sauvegarde.</translation>
    </message>
    <message>
        <source>Another program kept your data file busy for too long, so nothing was written. Close the program that uses it (a backup or sync tool, another Carnet), then run the command again.</source>
        <translation>Un autre programme a occupé votre fichier de données trop longtemps, rien n’a donc été écrit. Fermez le programme qui l’utilise (outil de sauvegarde ou de synchronisation, autre Carnet), puis relancez la commande.</translation>
    </message>
    <message>
        <source>Carnet cannot reach {path}: the disk may have been unplugged or may be failing. Nothing was written. Reconnect the disk, then run the command again.</source>
        <translation>Carnet n’arrive pas à joindre {path}&#xa0;: le disque a peut-être été débranché ou est défaillant. Rien n’a été écrit. Rebranchez le disque, puis relancez la commande.</translation>
    </message>
    <message>
        <source>{path} is a folder, where Carnet expects a file. Choose another name, then run the command again.</source>
        <translation>{path} est un dossier, là où Carnet attend un fichier. Choisissez un autre nom, puis relancez la commande.</translation>
    </message>
    <message>
        <source>{path} is a file, where Carnet expects a folder. Choose another data folder, then run the command again.</source>
        <translation>{path} est un fichier, là où Carnet attend un dossier. Choisissez un autre dossier de données, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing of this command was written.</source>
        <translation>Arrêté avant la fin&#xa0;: rien de cette commande n’a été écrit.</translation>
    </message>
    <message>
        <source>Carnet stopped on an unexpected problem ({kind}); nothing was changed. Run the command again; if it happens again, tell whoever helps you with Carnet.</source>
        <translation>Carnet s’est arrêté sur un problème imprévu ({kind})&#xa0;; rien n’a été modifié. Relancez la commande&#xa0;; si cela se reproduit, prévenez la personne qui vous aide avec Carnet.</translation>
    </message>
    <message>
        <source>Carnet does not recognise the columns of {file}: none of them speaks of people. Carnet reads the contacts exported by LinkedIn, Google Contacts, Outlook and Thunderbird, and the address books of phones and computers.</source>
        <translation>Carnet ne reconnaît pas les colonnes de {file}&#xa0;: aucune ne parle de personnes. Carnet lit les contacts exportés par LinkedIn, Google Contacts, Outlook et Thunderbird, et les carnets d’adresses des téléphones et des ordinateurs.</translation>
    </message>
    <message>
        <source>The file {file} holds no contact card.</source>
        <translation>Le fichier {file} ne contient aucune fiche de contact.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it was kept in the person’s import note instead.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse e-mail&#xa0;: elle a été gardée dans la note d’import de la personne.</translation>
    </message>
    <message>
        <source>“{value}” is an address inside Outlook, not an email address: it was kept in the person’s import note instead.</source>
        <translation>«&#xa0;{value}&#xa0;» est une adresse interne à Outlook, pas une adresse e-mail&#xa0;: elle a été gardée dans la note d’import de la personne.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number Carnet can store: it was kept in the person’s import note instead.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un numéro de téléphone que Carnet peut enregistrer&#xa0;: il a été gardé dans la note d’import de la personne.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address: it was kept in the person’s import note instead.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse web&#xa0;: elle a été gardée dans la note d’import de la personne.</translation>
    </message>
    <message>
        <source>“{value}” is longer than Carnet keeps in this field: it was shortened, and kept whole in the person’s import note.</source>
        <translation>«&#xa0;{value}&#xa0;» est plus long que ce que Carnet garde dans ce champ&#xa0;: le texte a été raccourci, et gardé en entier dans la note d’import de la personne.</translation>
    </message>
    <message>
        <source>Dates written like “{value}” were not understood: each was kept in its person’s import note instead.</source>
        <translation>Les dates écrites comme «&#xa0;{value}&#xa0;» n’ont pas été comprises&#xa0;: chacune a été gardée dans la note d’import de la personne.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>En relation depuis le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Column without a name</source>
        <translation>Colonne sans nom</translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>Importé de {file}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>This line is not part of a contact card: it was ignored.</source>
        <translation>Cette ligne ne fait partie d’aucune fiche de contact&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <source>This card has no end (the file was probably cut short here): it was skipped.</source>
        <translation>Cette fiche n’a pas de fin (le fichier a sans doute été coupé ici)&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <source>This card could not be read: it was skipped.</source>
        <translation>Cette fiche n’a pas pu être lue&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <source>The card of {value} could not be read: it was skipped.</source>
        <translation>La fiche «&#xa0;{value}&#xa0;» n’a pas pu être lue&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <source>A line of this card could not be read: “{value}” was left out.</source>
        <translation>Une ligne de cette fiche n’a pas pu être lue&#xa0;: «&#xa0;{value}&#xa0;» a été laissé de côté.</translation>
    </message>
    <message>
        <source>The photo on this card is damaged: it was left out (Carnet keeps no photos).</source>
        <translation>La photo de cette fiche est abîmée&#xa0;: elle a été laissée de côté (Carnet ne garde pas les photos).</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Date à retenir</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Related person</source>
        <translation>Personne liée</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Profil sur un réseau social</translation>
    </message>
    <message>
        <source>This line could not be read (a cell is too long or badly quoted): it was skipped.</source>
        <translation>Cette ligne n’a pas pu être lue (une case est trop longue ou ses guillemets sont mal placés)&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <source>Your data file is damaged. Carnet can put back your latest good backup: choose File › Restore from a backup…</source>
        <translation>Votre fichier de données est endommagé. Carnet peut remettre votre dernière sauvegarde intacte&#xa0;: choisissez Fichier › Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>The file {file} is a Carnet backup, not a contacts file: to open it, choose File › Restore from a backup…, then Backup file…</source>
        <translation>Le fichier {file} est une sauvegarde Carnet, pas un fichier de contacts&#xa0;: pour l’ouvrir, choisissez Fichier › Restaurer une sauvegarde…, puis Fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>This person is already in your contacts. Say who mentioned them, and Carnet adds that connector to their card; or choose “someone new”.</source>
        <translation>Cette personne est déjà dans vos contacts. Indiquez qui vous l’a citée&#xa0;: Carnet ajoute ce relais à sa fiche&#xa0;; ou choisissez «&#xa0;quelqu’un de nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>“Send me your CV”</source>
        <translation>«&#xa0;Envoyez-moi votre CV&#xa0;»</translation>
    </message>
    <message>
        <source>A CV passed on is seldom read, and you would not know what became of it. Turn the offer into a name:

- “Thank you, gladly. Whom would you pass it to?”
- “May I call them myself, and say that you sent me?”
- “Could you tell them I will call?”

If they still want it, send it and note it (Calls ▸ CV handed over…): Carnet will remind you to ask what became of it.</source>
        <translation>Un CV transmis est rarement lu, et vous ne sauriez pas ce qu’il est devenu. Transformez l’offre en un nom&#xa0;:

- «&#xa0;Merci, volontiers. À qui le transmettriez-vous&#xa0;?&#xa0;»
- «&#xa0;Puis-je l’appeler moi-même, de votre part&#xa0;?&#xa0;»
- «&#xa0;Pourriez-vous la prévenir de mon appel&#xa0;?&#xa0;»

Si la personne y tient, envoyez-le et notez-le (Appels ▸ CV remis…)&#xa0;: Carnet vous rappellera de demander ce qu’il est devenu.</translation>
    </message>
    <message>
        <source>“I have nothing for you”</source>
        <translation>«&#xa0;Je n’ai rien pour vous&#xa0;»</translation>
    </message>
    <message>
        <source>You are not asking for a job, and you can say so:

- “I am not asking you for a job: I am after advice, and people to talk to.”
- Ask what they see in their field: who is growing, who is moving.
- Then: “In my place, whom would you go and see?”

- **My ask:** {my_ask}</source>
        <translation>Vous ne demandez pas un emploi, et vous pouvez le dire&#xa0;:

- «&#xa0;Je ne vous demande pas de poste&#xa0;: je cherche des conseils, et des personnes à rencontrer.&#xa0;»
- Demandez ce que la personne voit dans son secteur&#xa0;: qui se développe, qui bouge.
- Puis&#xa0;: «&#xa0;À ma place, qui iriez-vous voir&#xa0;?&#xa0;»

- **Ma demande&#xa0;:** {my_ask}</translation>
    </message>
    <message>
        <source>“I’m not the right person”</source>
        <translation>«&#xa0;Je ne suis pas la bonne personne&#xa0;»</translation>
    </message>
    <message>
        <source>Good news: they probably know who is.

- “Who would be the right person, in your view?”
- “How do you know them? May I call them on your behalf?”
- Ask a question or two about their own work anyway: you came to learn.

Write the name down at once, with the permission you got.</source>
        <translation>Bonne nouvelle&#xa0;: la personne sait sans doute qui l’est.

- «&#xa0;Qui serait la bonne personne, selon vous&#xa0;?&#xa0;»
- «&#xa0;Comment la connaissez-vous&#xa0;? Puis-je l’appeler de votre part&#xa0;?&#xa0;»
- Posez tout de même une ou deux questions sur son propre métier&#xa0;: vous êtes là pour apprendre.

Notez le nom tout de suite, avec la permission obtenue.</translation>
    </message>
    <message>
        <source>“Call me back later”</source>
        <translation>«&#xa0;Rappelez-moi plus tard&#xa0;»</translation>
    </message>
    <message>
        <source>Agree on the moment now, while you have them:

- “Would Thursday morning or Friday afternoon suit you better?”
- Say how long it takes: “Twenty minutes will do.”
- Remind them who sent you: {connector}.

Note the call back as a next step, and call exactly when agreed.</source>
        <translation>Fixez le moment maintenant, pendant que vous avez la personne au téléphone&#xa0;:

- «&#xa0;Jeudi matin ou vendredi après-midi, qu’est-ce qui vous arrange le mieux&#xa0;?&#xa0;»
- Dites combien de temps il faut&#xa0;: «&#xa0;Vingt minutes suffiront.&#xa0;»
- Rappelez-lui qui vous envoie&#xa0;: {connector}.

Notez le rappel comme prochaine étape, et rappelez exactement au moment convenu.</translation>
    </message>
    <message>
        <source>This card no longer exists; the playbook has been reloaded.</source>
        <translation>Cette fiche n’existe plus&#xa0;; les fiches réflexes ont été rechargées.</translation>
    </message>
    <message>
        <source>Keep “for” to one line of at most 300 characters.</source>
        <translation>Gardez «&#xa0;pour&#xa0;» sur une ligne de 300 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose a day after the CV was handed over to ask what became of it.</source>
        <translation>Choisissez un jour après la remise du CV pour demander ce qu’il est devenu.</translation>
    </message>
    <message>
        <source>Choose what you gave.</source>
        <translation>Choisissez ce que vous avez donné.</translation>
    </message>
    <message>
        <source>The file {file} is not a playbook exported by Carnet. Ask for the file again, or choose another one. Your cards were left as they were.</source>
        <translation>Le fichier {file} n’est pas un fichier de fiches réflexes exporté par Carnet. Redemandez le fichier, ou choisissez-en un autre. Vos fiches n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Card {number} of {file} has no title, or a text Carnet cannot read. Nothing was imported: your cards were left as they were.</source>
        <translation>La fiche {number} de {file} n’a pas de titre, ou un texte que Carnet ne sait pas lire. Rien n’a été importé&#xa0;: vos fiches n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>The file {file} is too big for a playbook (at most 100 cards and 1 MB). Nothing was imported: your cards were left as they were.</source>
        <translation>Le fichier {file} est trop gros pour des fiches réflexes (100 fiches et 1&#xa0;Mo au plus). Rien n’a été importé&#xa0;: vos fiches n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>The playbook {file} was saved by a newer Carnet. Install the latest Carnet to import it.</source>
        <translation>Les fiches réflexes {file} ont été enregistrées par une version plus récente de Carnet. Installez la dernière version de Carnet pour l’importer.</translation>
    </message>
    <message>
        <source>This call or meeting was changed elsewhere (in another window or by an import) since Carnet showed it, so nothing was deleted. It now shows as it is saved.</source>
        <translation>Cet appel ou ce rendez-vous a été modifié ailleurs (dans une autre fenêtre ou par une importation) depuis que Carnet l’a affiché&#xa0;: rien n’a été supprimé. Il s’affiche maintenant tel qu’il est enregistré.</translation>
    </message>
    <message>
        <source>This call or meeting was changed elsewhere (in another window or by an import) since this step: undoing or redoing it would erase that change, so Carnet leaves the call as it is.</source>
        <translation>Cet appel ou ce rendez-vous a été modifié ailleurs (dans une autre fenêtre ou par une importation) depuis cette étape&#xa0;: l’annuler ou la rétablir effacerait cette modification, Carnet laisse donc l’appel tel qu’il est.</translation>
    </message>
    <message>
        <source>Carnet cannot write in the folder {path}. Check that the disk is connected and not full, and that you may write there, then try again.</source>
        <translation>Carnet ne peut pas écrire dans le dossier {path}. Vérifiez que le disque est branché et n’est pas plein, et que vous avez le droit d’y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>Carnet could not update the file {path} to this version. Your data was put back as it was; a copy is also kept in {backup}.</source>
        <translation>Carnet n’a pas pu mettre à jour le fichier {path} pour cette version. Vos données ont été remises telles qu’elles étaient&#xa0;; une copie est aussi gardée dans {backup}.</translation>
    </message>
    <message>
        <source>An earlier version of Carnet was stopped while it updated the file {path}, and no copy made before that update was found. The file was left as it is: keep it, whoever helps you with Carnet can put your data back from it.</source>
        <translation>Une version précédente de Carnet a été interrompue pendant la mise à jour du fichier {path}, et aucune copie faite avant cette mise à jour n’a été trouvée. Le fichier a été laissé tel quel&#xa0;: gardez-le, la personne qui vous aide avec Carnet pourra en tirer vos données.</translation>
    </message>
    <message>
        <source>Your data file {path} is missing or empty, but Carnet keeps backups of your data, the latest in {backup}. Nothing was changed: Carnet&apos;s window offers to put that backup back when it opens.</source>
        <translation>Votre fichier de données {path} est absent ou vide, mais Carnet garde des sauvegardes de vos données, la plus récente dans {backup}. Rien n’a été modifié&#xa0;: à son ouverture, la fenêtre de Carnet vous propose de remettre cette sauvegarde.</translation>
    </message>
    <message>
        <source>The file {path} is not a Carnet file, or it is damaged. It was left untouched: move it elsewhere to start afresh, or choose another data folder.</source>
        <translation>Le fichier {path} n’est pas un fichier Carnet, ou il est endommagé. Il n’a pas été modifié&#xa0;: déplacez-le ailleurs pour repartir de zéro, ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>“{value}” is longer than Carnet keeps, even in a note: it was shortened in its field, and its first 1,000,000 characters were kept in the person’s import note.</source>
        <translation>«&#xa0;{value}&#xa0;» dépasse ce que Carnet garde, même dans une note&#xa0;: le champ en a reçu une version raccourcie, et ses 1&#xa0;000&#xa0;000 premiers caractères sont dans la note d’import de la personne.</translation>
    </message>
    <message>
        <source>The details of this contact that Carnet has no field for pass 1,000,000 characters, what a note holds: the person’s import note keeps their beginning only.</source>
        <translation>Les informations de ce contact qui n’ont pas de champ dans Carnet dépassent 1&#xa0;000&#xa0;000 de caractères, la taille d’une note&#xa0;: la note d’import de la personne n’en garde que le début.</translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation>Ce nom est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>These cards share an email address or a LinkedIn profile, or have nearly the same name at the same organisation. Merge the two cards of one person: nothing is lost, and Edit ▸ Undo puts them back.</source>
        <translation>Ces fiches partagent une adresse e-mail ou un profil LinkedIn, ou portent presque le même nom dans la même organisation. Fusionnez les deux fiches d’une même personne&#xa0;: rien n’est perdu, et Édition ▸ Annuler les rétablit.</translation>
    </message>
    <message>
        <source>No likely duplicates: no two cards share an email address or a LinkedIn profile, and no names are nearly the same at one organisation.</source>
        <translation>Aucun doublon probable&#xa0;: aucune fiche ne partage d’adresse e-mail ni de profil LinkedIn avec une autre, et aucun nom n’est presque identique à un autre dans une même organisation.</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>Do not propose this pair again</source>
        <translation>Ne plus proposer cette paire</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <source>Keep the first card</source>
        <translation>Garder la première fiche</translation>
    </message>
    <message>
        <source>Keep the second card</source>
        <translation>Garder la seconde fiche</translation>
    </message>
    <message>
        <source>Merge, keeping the first card</source>
        <translation>Fusionner en gardant la première fiche</translation>
    </message>
    <message>
        <source>Merge, keeping the second card</source>
        <translation>Fusionner en gardant la seconde fiche</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs to look at</source>
        <translation>
            <numerusform>%Ln paire à examiner</numerusform>
            <numerusform>%Ln paires à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls or meetings</source>
        <translation>
            <numerusform>%Ln appel ou rendez-vous</numerusform>
            <numerusform>%Ln appels ou rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln introductions</source>
        <translation>
            <numerusform>%Ln mise en relation</numerusform>
            <numerusform>%Ln mises en relation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Untitled entry</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Ensuite&#xa0;: {step}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Carnet ran into a problem</source>
        <translation>Carnet a rencontré un problème</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Carnet is still running, and what was saved stays saved; the last thing you did may not have been completed.</source>
        <translation>Un incident inattendu s’est produit. Carnet fonctionne toujours, et ce qui était enregistré le reste&#xa0;; votre dernière action n’a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>A report was written to {log}. If this happens again, click “Copy details” and send the text to whoever helps you with Carnet.</source>
        <translation>Un rapport a été écrit dans {log}. Si cela se reproduit, cliquez sur «&#xa0;Copier les détails&#xa0;» et envoyez le texte à la personne qui vous aide avec Carnet.</translation>
    </message>
    <message>
        <source>If this happens again, click “Copy details” and send the text to whoever helps you with Carnet.</source>
        <translation>Si cela se reproduit, cliquez sur «&#xa0;Copier les détails&#xa0;» et envoyez le texte à la personne qui vous aide avec Carnet.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>Carnet could not save</source>
        <translation>Carnet n’a pas pu enregistrer</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>This happened {count} times.</source>
        <translation>Cela s’est produit {count} fois.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Nom donné par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Relation établie le</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contact pris</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontre faite</translation>
    </message>
    <message>
        <source>In relation</source>
        <translation>En relation</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>Added in Carnet</source>
        <translation>Saisie dans Carnet</translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation>Export LinkedIn</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Contacts Google</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Contacts Outlook</translation>
    </message>
    <message>
        <source>Thunderbird address book</source>
        <translation>Carnet d’adresses Thunderbird</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <source>Carnet export</source>
        <translation>Export de Carnet</translation>
    </message>
</context>
<context>
    <name>FillInEditor</name>
    <message>
        <source>Insert a name</source>
        <translation>Insérer un nom</translation>
    </message>
</context>
<context>
    <name>FillIns</name>
    <message>
        <source>the person called</source>
        <translation>la personne appelée</translation>
    </message>
    <message>
        <source>the relay</source>
        <translation>le relais</translation>
    </message>
    <message>
        <source>the relay&apos;s job</source>
        <translation>le poste du relais</translation>
    </message>
    <message>
        <source>the relay&apos;s background</source>
        <translation>le parcours du relais</translation>
    </message>
    <message>
        <source>how they know each other</source>
        <translation>leur lien</translation>
    </message>
    <message>
        <source>my name</source>
        <translation>mon nom</translation>
    </message>
    <message>
        <source>my ask</source>
        <translation>ma demande</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>la personne destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s first name</source>
        <translation>son prénom</translation>
    </message>
    <message>
        <source>the person met</source>
        <translation>la personne rencontrée</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>l’entreprise</translation>
    </message>
    <message>
        <source>my pitch</source>
        <translation>ma présentation</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>«&#xa0;{label}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>For example: call Marc back about the opening</source>
        <translation>Par exemple&#xa0;: rappeler Marc au sujet du poste ouvert</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>Type a name to choose a person…</source>
        <translation>Tapez un nom pour choisir une personne…</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>no reminder</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <source>every 3 weeks</source>
        <translation>toutes les 3 semaines</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <translation>tous les 2 mois</translation>
    </message>
    <message>
        <source>every 6 months</source>
        <translation>tous les 6 mois</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>tous les ans</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>tous les jours</numerusform>
            <numerusform>tous les %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Whom to call, thank or get back in touch with. Keep-in-touch reminders come from each person&apos;s rhythm and your last contact with them.</source>
        <translation>Qui appeler, remercier ou recontacter. Les rappels pour garder le contact découlent du rythme de chaque personne et de votre dernier échange avec elle.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nouvelle relance…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Marquer la relance sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>D’une semaine</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Jusqu’à une date…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open their card</source>
        <translation>Ouvrir sa fiche</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythms…</source>
        <translation>Rythmes de prise de nouvelles…</translation>
    </message>
    <message>
        <source>Export to a calendar…</source>
        <translation>Exporter vers un agenda…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Get back in touch (no contact noted yet)</source>
        <translation>Reprendre contact (aucun échange noté pour l’instant)</translation>
    </message>
    <message>
        <source>Get back in touch (last contact: {date})</source>
        <translation>Reprendre contact (dernier échange&#xa0;: {date})</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}. Any call, meeting, email or note resets it.</source>
        <translation>Garder le contact {rhythm}. Chaque appel, rendez-vous, e-mail ou note remet le compteur à zéro.</translation>
    </message>
    <message>
        <source>Change rhythm…</source>
        <translation>Changer le rythme…</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouvelle relance</translation>
    </message>
    <message>
        <source>Edit the follow-up</source>
        <translation>Modifier la relance</translation>
    </message>
    <message>
        <source>Got back in touch with {name}</source>
        <translation>Contact repris avec {name}</translation>
    </message>
    <message>
        <source>Get back in touch with {name}</source>
        <translation>Reprendre contact avec {name}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln days late)</source>
        <translation>
            <numerusform>(%Ln jour de retard)</numerusform>
            <numerusform>(%Ln jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up for now</source>
        <translation>Rien à relancer pour l’instant</translation>
    </message>
    <message>
        <source>The next steps you note after a call, the thanks you owe a relay and the people to get back in touch with will appear here, on the day they are due.</source>
        <translation>Les suites notées après un appel, les remerciements dus à un relais et les personnes à recontacter apparaîtront ici, le jour venu.</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Help given</source>
        <translation>Aide donnée</translation>
    </message>
    <message>
        <source>Networking goes both ways: note what you gave, as you note what you got.</source>
        <translation>Le réseau va dans les deux sens&#xa0;: notez ce que vous donnez, comme ce que vous recevez.</translation>
    </message>
    <message>
        <source>e.g. put her in touch with my former manager at Céladon</source>
        <translation>ex. lui ai présenté mon ancien responsable chez Céladon</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Note it</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>GiveAndTakePanel</name>
    <message>
        <source>Give and take</source>
        <translation>Donner et recevoir</translation>
    </message>
    <message>
        <source>Whom you could help now</source>
        <translation>Qui vous pourriez aider maintenant</translation>
    </message>
    <message>
        <source>This week: {asks} and {gives}</source>
        <translation>Cette semaine&#xa0;: {asks} et {gives}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asks</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gives</source>
        <translation>
            <numerusform>%Ln aide donnée</numerusform>
            <numerusform>%Ln aides données</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for a return: everyone who helped you has heard from you since. Help given: Calls ▸ Help given…</source>
        <translation>Personne n’attend de retour&#xa0;: vous avez donné des nouvelles à chaque personne qui vous a rendu service. Aide donnée&#xa0;: Appels ▸ Aide donnée…</translation>
    </message>
    <message>
        <source>They helped you; you could help them now:</source>
        <translation>Leur aide vous a servi&#xa0;; à votre tour de leur rendre service&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln names given</source>
        <translation>
            <numerusform>%Ln nom donné</numerusform>
            <numerusform>%Ln noms donnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln helpful talks</source>
        <translation>
            <numerusform>%Ln échange utile</numerusform>
            <numerusform>%Ln échanges utiles</numerusform>
        </translation>
    </message>
    <message>
        <source>last help given on {date}</source>
        <translation>dernière aide donnée le {date}</translation>
    </message>
    <message>
        <source>nothing given back yet</source>
        <translation>rien donné en retour pour l’instant</translation>
    </message>
    <message>
        <source>• &lt;b&gt;{name}&lt;/b&gt;: {what}; {given}</source>
        <translation>• &lt;b&gt;{name}&lt;/b&gt;&#xa0;: {what}&#xa0;; {given}</translation>
    </message>
</context>
<context>
    <name>GuideCommands</name>
    <message>
        <source>Carnet &amp;guide</source>
        <translation>&amp;Guide de Carnet</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Carnet guide</source>
        <translation>Guide de Carnet</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>La méthode</translation>
    </message>
    <message>
        <source>Using Carnet</source>
        <translation>Utiliser Carnet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Going relay by relay&lt;/h2&gt;&lt;p&gt;Most jobs are filled through people. Rather than sending CVs, you talk to people who know the companies you aim for, and each of them gives you one or two names, with the permission to call on their behalf.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Call on someone&apos;s recommendation.&lt;/b&gt; Saying who suggested the call opens far more doors than a cold call: keep track of who introduced you to whom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask little, and precisely.&lt;/b&gt; A few minutes, a piece of advice, one or two names, and the permission to use the name of the person who sent you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Go step by step&lt;/b&gt; until you speak face to face with the person who can hire you, gathering facts about the company on the way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep the rhythm.&lt;/b&gt; A handful of new people each week; count the good calls, cut the rare bad one short and move on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the loop.&lt;/b&gt; Tell the people who helped you what came of it, and thank them.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Avancer de relais en relais&lt;/h2&gt;&lt;p&gt;La plupart des postes sont pourvus grâce au bouche-à-oreille. Plutôt que d’envoyer des CV, vous parlez à des gens qui connaissent les entreprises que vous visez, et chacun vous donne un ou deux noms, avec l’autorisation d’appeler de sa part.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Appelez de la part de quelqu’un.&lt;/b&gt; Dire qui vous envoie ouvre bien plus de portes qu’un appel froid&#xa0;: gardez la trace de qui vous a donné quel nom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Demandez peu, et précisément.&lt;/b&gt; Quelques minutes, un conseil, un ou deux noms, et l’autorisation d’utiliser le nom de la personne qui vous envoie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Avancez pas à pas&lt;/b&gt; jusqu’à parler face à face avec la personne qui peut vous embaucher, en recueillant en chemin des informations sur l’entreprise.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gardez le rythme.&lt;/b&gt; Quelques nouvelles personnes chaque semaine&#xa0;; comptez les bons appels, écourtez le rare mauvais et passez à la suite.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bouclez la boucle.&lt;/b&gt; Dites aux personnes qui vous ont apporté leur aide ce qu’il en est sorti, et remerciez-les.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Carnet, day by day&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Contacts&lt;/b&gt;: everyone you know or were told about, with their company and the whole history of your exchanges. Type in the search box to find anyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;New lead&lt;/b&gt;: a friend mentions a name? Note it in seconds, with who mentioned it and whether you may use their name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Referral tree&lt;/b&gt;: who led you to whom, and how far you are from each target company.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Notebook&lt;/b&gt;: write down what you learned right after a meeting; it saves itself as you type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Calls&lt;/b&gt;: prepare a call, log it, and note the names you were given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow-ups and dashboard&lt;/b&gt;: whom to call or thank today, and your week against your goal.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your data stays on this computer, in one file that Carnet backs up every day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Carnet au quotidien&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Contacts&lt;/b&gt;&#xa0;: toutes les personnes que vous connaissez ou dont on vous a parlé, avec leur entreprise et tout l’historique de vos échanges. Tapez dans la zone de recherche pour retrouver n’importe qui.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nouvelle piste&lt;/b&gt;&#xa0;: un ami cite un nom&#xa0;? Notez-le en quelques secondes, avec qui vous l’a donné et si vous pouvez utiliser son nom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Arbre des relais&lt;/b&gt;&#xa0;: de qui vient chaque nom, et à quelle distance vous êtes de chaque entreprise cible.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Carnet de notes&lt;/b&gt;&#xa0;: notez ce que vous avez appris juste après un rendez-vous&#xa0;; tout s’enregistre pendant que vous tapez.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Appels&lt;/b&gt;&#xa0;: préparez un appel, notez-le, et inscrivez les noms que l’on vous a donnés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Relances et tableau de bord&lt;/b&gt;&#xa0;: qui appeler ou remercier aujourd’hui, et votre semaine au regard de votre objectif.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans un seul fichier que Carnet sauvegarde chaque jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Google Contacts</source>
        <translation>Contacts Google</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Contacts Outlook</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (split into first and last name)</source>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn address</source>
        <translation>Adresse LinkedIn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Relation établie le</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Create a new person</source>
        <translation>Créer une nouvelle personne</translation>
    </message>
    <message>
        <source>Same LinkedIn</source>
        <translation>Même LinkedIn</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Même e-mail</translation>
    </message>
    <message>
        <source>Same name and company</source>
        <translation>Même nom et même entreprise</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>These contacts look like people already in Carnet. Merging fills the empty fields of the existing card and adds new emails and phones; it never overwrites what you wrote. Choose for the selected lines, or for all of them when none is selected:</source>
        <translation>Ces contacts ressemblent à des personnes déjà présentes dans Carnet. Fusionner complète les champs vides de la fiche existante et ajoute les nouveaux e-mails et téléphones&#xa0;; cela n’écrase jamais ce que vous avez écrit. Choisissez pour les lignes sélectionnées, ou pour toutes si aucune n’est sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Create new people</source>
        <translation>Créer de nouvelles personnes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Already in Carnet</source>
        <translation>Déjà dans Carnet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Likely duplicates ({count})</source>
        <translation>Doublons probables ({count})</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>In Carnet</source>
        <translation>Dans Carnet</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Fusionner avec {name}</translation>
    </message>
    <message>
        <source>Import {count}</source>
        <translation>Importer {count}</translation>
    </message>
    <message>
        <source>Importing {file}… Cancel puts everything back as it was.</source>
        <translation>Importation de {file}… Annuler remet tout comme avant.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>New people: {count}</source>
        <translation>Nouvelles personnes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Merged into people already in Carnet: {count}</source>
        <translation>Fusionnés avec des personnes déjà dans Carnet&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Skipped: {count}</source>
        <translation>Ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Lines repeating an earlier contact, combined with it: {count}</source>
        <translation>Lignes répétant un contact précédent, réunies avec lui&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Pourquoi elle a été ignorée</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Nothing was written: your data is as it was.</source>
        <translation>Rien n’a été enregistré&#xa0;: vos données sont telles qu’avant.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L’importation a échoué</translation>
    </message>
    <message>
        <source>Carnet could not write these contacts ({detail}). Nothing was written: your data is as it was.</source>
        <translation>Carnet n’a pas pu enregistrer ces contacts ({detail}). Rien n’a été enregistré&#xa0;: vos données sont telles qu’avant.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>a Carnet export</source>
        <translation>un export de Carnet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts found in {file}</source>
        <translation>
            <numerusform>%Ln contact trouvé dans {file}</numerusform>
            <numerusform>%Ln contacts trouvés dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Your LinkedIn connections wait apart, under &quot;LinkedIn connections&quot; in the referral tree: right-click those you know personally, or record who gave you their name, to bring them into your tree.</source>
        <translation>Vos relations LinkedIn attendent à part, sous «&#xa0;Relations LinkedIn&#xa0;» dans l’arbre des recommandations&#xa0;: clic droit sur celles que vous connaissez personnellement, ou notez qui vous a donné leur nom, pour les faire entrer dans votre arbre.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Carnet may not write to your data file</source>
        <translation>Carnet n’a pas le droit d’écrire dans votre fichier de données</translation>
    </message>
    <message>
        <source>your data file is damaged</source>
        <translation>votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>another program is using your data file</source>
        <translation>un autre programme utilise votre fichier de données</translation>
    </message>
    <message>
        <source>the disk cannot be reached</source>
        <translation>le disque est inaccessible</translation>
    </message>
    <message>
        <source>an unexpected problem; the details are in Carnet&apos;s log</source>
        <translation>un problème imprévu&#xa0;; le détail est dans le journal de Carnet</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Ce que contient chaque colonne</translation>
    </message>
    <message>
        <source>Read the file again with these columns</source>
        <translation>Relire le fichier avec ces colonnes</translation>
    </message>
    <message>
        <source>Kept in a note</source>
        <translation>Gardé dans une note</translation>
    </message>
    <message>
        <source>Contacts with details Carnet has no field for: {count}. Those details will be kept in a note about each person, in the notebook.</source>
        <translation>Contacts avec des informations que Carnet ne sait pas ranger&#xa0;: {count}. Ces informations seront gardées dans une note sur chaque personne, dans le carnet de notes.</translation>
    </message>
    <message>
        <source>People with a note of the details Carnet has no field for: {count}</source>
        <translation>Personnes avec une note des informations que Carnet ne sait pas ranger&#xa0;: {count}</translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation>export LinkedIn</translation>
    </message>
    <message>
        <source>Thunderbird address book</source>
        <translation>carnet d’adresses Thunderbird</translation>
    </message>
    <message>
        <source>address book of a phone or a computer</source>
        <translation>carnet d’adresses d’un téléphone ou d’un ordinateur</translation>
    </message>
    <message>
        <source>a program Carnet does not know</source>
        <translation>un logiciel que Carnet ne connaît pas</translation>
    </message>
    <message>
        <source>LinkedIn address, if the website is one (else kept in a note)</source>
        <translation>Adresse LinkedIn, si le site web en est une (sinon gardé dans une note)</translation>
    </message>
    <message>
        <source>Where the file seems to come from: {source}.</source>
        <translation>Provenance probable du fichier&#xa0;: {source}.</translation>
    </message>
    <message>
        <source>Carnet does not know this file’s columns: check in the Columns tab which one holds what, then read the file again.</source>
        <translation>Carnet ne connaît pas les colonnes de ce fichier&#xa0;: vérifiez dans l’onglet Colonnes ce que contient chacune, puis relisez le fichier.</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import.</source>
        <translation>Rien n’est enregistré tant que vous n’avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>Another import or another program is writing to your data. This import waits for it to finish, then merges with what it added. Cancel puts everything back as it was.</source>
        <translation>Un autre import ou un autre programme écrit dans vos données. Cet import attend qu’il ait fini, puis fusionne avec ce qu’il a ajouté. Annuler remet tout comme avant.</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Someone I know</source>
        <translation>Quelqu’un que je connais</translation>
    </message>
    <message>
        <source>Who do you know who could help you?</source>
        <translation>Qui connaissez-vous qui pourrait vous aider&#xa0;?</translation>
    </message>
    <message>
        <source>A person {name} introduced me to</source>
        <translation>Une personne que {name} m’a recommandée</translation>
    </message>
    <message>
        <source>Who did {name} suggest you call?</source>
        <translation>Qui appeler, sur le conseil de {name}&#xa0;?</translation>
    </message>
    <message>
        <source>How they know each other, why this name is worth a call</source>
        <translation>Comment ces deux personnes se connaissent, pourquoi ce nom vaut un appel</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation>&amp;Autorisation</translation>
    </message>
    <message>
        <source>They e&amp;xpect my call</source>
        <translation>Appe&amp;l annoncé</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Contexte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contact pris</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontre faite</translation>
    </message>
    <message>
        <source>In relation</source>
        <translation>En relation</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>May use their name</source>
        <translation>Peut citer son nom</translation>
    </message>
    <message>
        <source>May not use their name</source>
        <translation>Ne pas citer son nom</translation>
    </message>
    <message>
        <source>Permission not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Compte rendu de rendez-vous</translation>
    </message>
    <message>
        <source>Call preparation</source>
        <translation>Préparation d’appel</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Facts about a company</source>
        <translation>Informations sur une entreprise</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Meeting obtained</source>
        <translation>Rendez-vous obtenu</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas pour l’instant</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Warm: on someone&apos;s recommendation</source>
        <translation>Chaud&#xa0;: de la part de quelqu’un</translation>
    </message>
    <message>
        <source>Known: someone you already know</source>
        <translation>Connu&#xa0;: quelqu’un que vous connaissez déjà</translation>
    </message>
    <message>
        <source>Cold: without a recommendation</source>
        <translation>Froid&#xa0;: sans recommandation</translation>
    </message>
    <message>
        <source>Yes, they expect my call</source>
        <translation>Oui, mon appel est attendu</translation>
    </message>
    <message>
        <source>No, not told</source>
        <translation>Non, mon appel n’est pas annoncé</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Thank the connector</source>
        <translation>Remercier le relais</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Not qualified yet</source>
        <translation>Pas encore qualifiée</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Worth a call</source>
        <translation>À appeler</translation>
    </message>
    <message>
        <source>Help given: an introduction</source>
        <translation>Aide donnée&#xa0;: une mise en relation</translation>
    </message>
    <message>
        <source>Help given: advice</source>
        <translation>Aide donnée&#xa0;: un conseil</translation>
    </message>
    <message>
        <source>Help given: an article</source>
        <translation>Aide donnée&#xa0;: un article</translation>
    </message>
    <message>
        <source>Help given: news</source>
        <translation>Aide donnée&#xa0;: des nouvelles</translation>
    </message>
    <message>
        <source>CV handed over</source>
        <translation>CV remis</translation>
    </message>
</context>
<context>
    <name>LightContact</name>
    <message>
        <source>Keep a light contact</source>
        <translation>Garder un contact léger</translation>
    </message>
    <message>
        <source>The call with {person} was difficult. It happens, and the door stays open: keep in touch lightly, every six months?</source>
        <translation>L’appel avec {person} a été difficile. Cela arrive, et la porte reste ouverte&#xa0;: garder un contact léger, tous les six mois&#xa0;?</translation>
    </message>
    <message>
        <source>A first short word (some news, an article) is planned for {date}.</source>
        <translation>Un premier petit mot (des nouvelles, un article) est prévu le {date}.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Send {person} a short friendly word: some news or an article</source>
        <translation>Envoyer un petit mot amical à {person}&#xa0;: des nouvelles ou un article</translation>
    </message>
    <message>
        <source>Light contact not planned</source>
        <translation>Contact léger non prévu</translation>
    </message>
</context>
<context>
    <name>LinkedPeople</name>
    <message>
        <source>Remove {name} from this entry</source>
        <translation>Retirer {name} de cette note</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log a call or meeting</source>
        <translation>Noter un appel ou un rendez-vous</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>What was said, what you learned</source>
        <translation>Ce qui s’est dit, ce que vous avez appris</translation>
    </message>
    <message>
        <source>e.g. Call Mathieu back on Monday to set a meeting</source>
        <translation>Par exemple&#xa0;: rappeler Mathieu lundi pour fixer un rendez-vous</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>by</source>
        <translation>d’ici le</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>A&amp;vec</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Type d’appel</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>R&amp;ésumé</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Prochaine étape</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Nobody introduced you to this person.</source>
        <translation>Personne ne vous a donné le nom de cette personne.</translation>
    </message>
    <message>
        <source>Nobody introduced you: you know this person directly.</source>
        <translation>Personne ne vous l’a présentée&#xa0;: vous connaissez cette personne directement.</translation>
    </message>
    <message>
        <source>Introduced by {connector}: {permission}.</source>
        <translation>Recommandé par {connector}&#xa0;: {permission}.</translation>
    </message>
    <message>
        <source>Correct a call or meeting</source>
        <translation>Corriger un appel ou un rendez-vous</translation>
    </message>
    <message>
        <source>This call changed meanwhile</source>
        <translation>Cet appel a changé entre-temps</translation>
    </message>
    <message>
        <source>While you were correcting this call, it was changed elsewhere (in another window or by an import). Your corrections were saved; the fields you did not touch keep what was saved there.</source>
        <translation>Pendant que vous corrigiez cet appel, il a été modifié ailleurs (dans une autre fenêtre ou par une importation). Vos corrections sont enregistrées&#xa0;; les champs que vous n’avez pas touchés gardent ce qui y était enregistré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Arbre des relais</translation>
    </message>
    <message>
        <source>Target companies</source>
        <translation>Entreprises cibles</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Carnet de notes</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>Nouvelle &amp;piste…</translation>
    </message>
    <message>
        <source>Note a name someone gave you (Ctrl+L)</source>
        <translation>Noter un nom que quelqu’un vous a donné (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Actions rapides</translation>
    </message>
    <message>
        <source>New notebook &amp;entry</source>
        <translation>Nouvelle &amp;note du carnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Chercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>A&amp;ppels</translation>
    </message>
    <message>
        <source>&amp;Write a message…</source>
        <translation>É&amp;crire un message…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>&amp;Modèles de messages…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>À &amp;propos de Carnet</translation>
    </message>
    <message>
        <source>Choose a person first, in Contacts or in the referral tree.</source>
        <translation>Choisissez d’abord une personne, dans Contacts ou dans l’arbre des relais.</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Carnet&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Your network, relay by relay: who introduced you to whom, your calls and your notes.&lt;/p&gt;&lt;p&gt;Your data: {file}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Carnet&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Votre réseau, de relais en relais&#xa0;: les noms que l’on vous a donnés, vos appels et vos notes.&lt;/p&gt;&lt;p&gt;Vos données&#xa0;: {file}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carnet — {name}</source>
        <translation>Carnet — {name}</translation>
    </message>
    <message>
        <source>(portable)</source>
        <translation>(mode portable)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two cards</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Which other card is also {name}? Its calls, notes, introductions, follow-ups, addresses and tags move to this card, and its empty fields are filled in; then it is deleted. You can undo this with Edit ▸ Undo.</source>
        <translation>Quelle autre fiche correspond aussi à {name}&#xa0;? Ses appels, notes, mises en relation, relances, adresses et étiquettes passent sur cette fiche, dont les champs vides sont complétés&#xa0;; puis l’autre fiche est supprimée. Vous pouvez revenir en arrière avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Choose the other card</source>
        <translation>Choisir l’autre fiche</translation>
    </message>
    <message>
        <source>Type a few letters of the name</source>
        <translation>Tapez quelques lettres du nom</translation>
    </message>
    <message>
        <source>Other card</source>
        <translation>Autre fiche</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Fusionner avec {name}</translation>
    </message>
    <message>
        <source>{name}: {list}.</source>
        <translation>{name}&#xa0;: {list}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls or meetings</source>
        <translation>
            <numerusform>%Ln appel ou rendez-vous</numerusform>
            <numerusform>%Ln appels ou rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook entries</source>
        <translation>
            <numerusform>%Ln note du carnet</numerusform>
            <numerusform>%Ln notes du carnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln introductions</source>
        <translation>
            <numerusform>%Ln mise en relation</numerusform>
            <numerusform>%Ln mises en relation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Write a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>No e-mail address: type one, or copy the text</source>
        <translation>Pas d’adresse e-mail&#xa0;: saisissez-en une, ou copiez le texte</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>Ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <source>Copy for LinkedIn</source>
        <translation>Copier pour LinkedIn</translation>
    </message>
    <message>
        <source>Edit the template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>By message (LinkedIn or other)</source>
        <translation>Par message (LinkedIn ou autre)</translation>
    </message>
    <message>
        <source>&amp;Kind of message</source>
        <translation>&amp;Type de message</translation>
    </message>
    <message>
        <source>Se&amp;nt</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <source>Log as sent</source>
        <translation>Noter comme envoyé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A message to {name}. Read it, change what you like, then send it.</source>
        <translation>Un message pour {name}. Relisez-le, modifiez ce que vous voulez, puis envoyez-le.</translation>
    </message>
    <message>
        <source>{relay} asked you not to use their name: this message does not mention them.</source>
        <translation>{relay} vous a demandé de ne pas utiliser son nom&#xa0;: ce message ne le cite pas.</translation>
    </message>
    <message>
        <source>You have not asked {relay} yet whether you may use their name, so this message does not mention them. You may send it as it is, or ask them first.</source>
        <translation>Vous n’avez pas encore demandé à {relay} si vous pouvez utiliser son nom&#xa0;: ce message ne le cite donc pas. Vous pouvez l’envoyer tel quel, ou poser d’abord la question.</translation>
    </message>
    <message>
        <source>Ask {relay} first</source>
        <translation>Demander d’abord à {relay}</translation>
    </message>
    <message>
        <source>There is no e-mail address for this person, so the message is copied: paste it into a new e-mail or on LinkedIn (Ctrl+V).</source>
        <translation>Cette personne n’a pas d’adresse e-mail&#xa0;: le message est donc copié. Collez-le dans un nouvel e-mail ou sur LinkedIn (Ctrl+V).</translation>
    </message>
    <message>
        <source>Your mail program opens with the message. Once you have sent it, click “Log as sent”.</source>
        <translation>Votre messagerie s’ouvre avec le message. Une fois qu’il est parti, cliquez sur «&#xa0;Noter comme envoyé&#xa0;».</translation>
    </message>
    <message>
        <source>This message is too long to be handed to your mail program in one piece: it opens with the address and the subject, and the text is copied. Paste it into the message (Ctrl+V).</source>
        <translation>Ce message est trop long pour être transmis d’un seul tenant à votre messagerie&#xa0;: elle s’ouvre avec l’adresse et l’objet, et le texte est copié. Collez-le dans le message (Ctrl+V).</translation>
    </message>
    <message>
        <source>The text is copied: paste it into LinkedIn (Ctrl+V). Once you have sent it, click “Log as sent”.</source>
        <translation>Le texte est copié&#xa0;: collez-le dans LinkedIn (Ctrl+V). Une fois le message parti, cliquez sur «&#xa0;Noter comme envoyé&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Ask for an introduction</source>
        <translation>Demander une mise en relation</translation>
    </message>
    <message>
        <source>First message to a new person</source>
        <translation>Premier message à une nouvelle personne</translation>
    </message>
    <message>
        <source>Ask the relay whether you may name them</source>
        <translation>Demander au relais si vous pouvez le citer</translation>
    </message>
    <message>
        <source>Thank the relay</source>
        <translation>Remercier le relais</translation>
    </message>
    <message>
        <source>Tell the relay how it went</source>
        <translation>Raconter la suite au relais</translation>
    </message>
    <message>
        <source>Follow up after a meeting</source>
        <translation>Relancer après un rendez-vous</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>The names in the rounded boxes are filled in for each message; a line whose name Carnet does not know is left out. The relay is named only when they said you may.</source>
        <translation>Les noms dans les cases arrondies sont remplis pour chaque message&#xa0;; une ligne dont Carnet ne connaît pas le nom est omise. Le relais n’est cité que s’il vous l’a permis.</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Types de message</translation>
    </message>
    <message>
        <source>Reset to the default wording</source>
        <translation>Revenir au texte d’origine</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <source>Carnet’s wording</source>
        <translation>Le texte de Carnet</translation>
    </message>
</context>
<context>
    <name>NameMatchBox</name>
    <message>
        <source>Already in your contacts:</source>
        <translation>Déjà dans vos contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Même personne que</translation>
    </message>
    <message>
        <source>No, someone new: make a new card</source>
        <translation>Non, quelqu’un de nouveau&#xa0;: créer une fiche</translation>
    </message>
    <message>
        <source>It is {name}: add a connector to their card</source>
        <translation>C’est {name}&#xa0;: ajouter un relais à sa fiche</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>A note keeps text only: pictures cannot be pasted into it. Save the picture in a folder and write here where to find it.</source>
        <translation>Une note ne garde que du texte&#xa0;: on ne peut pas y coller d’image. Enregistrez l’image dans un dossier et notez ici où la trouver.</translation>
    </message>
    <message>
        <source>This text is too long to paste: a note holds up to {limit} characters and this one would have {count}. Paste a shorter part, or split it into several entries.</source>
        <translation>Ce texte est trop long pour être collé&#xa0;: une note contient au plus {limit} caractères et celle-ci en aurait {count}. Collez un passage plus court, ou répartissez-le en plusieurs notes.</translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <source>New entry</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Search the notebook…</source>
        <translation>Chercher dans le carnet…</translation>
    </message>
    <message>
        <source>Search the notebook</source>
        <translation>Chercher dans le carnet</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Afficher les notes du type</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Show entries about</source>
        <translation>Afficher les notes concernant</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <source>Show entries about the company</source>
        <translation>Afficher les notes sur l’entreprise</translation>
    </message>
    <message>
        <source>Notebook entries</source>
        <translation>Notes du carnet</translation>
    </message>
    <message>
        <source>Title, e.g. Coffee with the sales director</source>
        <translation>Titre, par exemple&#xa0;: café avec le directeur commercial</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>Entreprise…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Supprimer la note…</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the entry as it reads, with its formatting</source>
        <translation>Afficher la note telle qu’elle se lit, avec sa mise en forme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos de</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>No entry matches. Try other words, or clear the filters.</source>
        <translation>Aucune note ne correspond. Essayez d’autres mots, ou retirez les filtres.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Not saved yet: Carnet cannot write to your data file. Check that the disk is not full and that the file may be written to. Your text stays here, and Carnet tries again every few seconds.</source>
        <translation>Pas encore enregistré&#xa0;: Carnet ne peut pas écrire dans votre fichier de données. Vérifiez que le disque n’est pas plein et que le fichier est modifiable. Votre texte reste ici, et Carnet réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Not saved yet: something went wrong while saving. Your text stays here, and Carnet tries again every few seconds.</source>
        <translation>Pas encore enregistré&#xa0;: un problème est survenu pendant l’enregistrement. Votre texte reste ici, et Carnet réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Not pasted</source>
        <translation>Non collé</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>This entry could not be saved yet, so Carnet keeps it open: nothing you typed is lost.

{reason}</source>
        <translation>Cette note n’a pas encore pu être enregistrée, Carnet la garde donc ouverte&#xa0;: rien de ce que vous avez tapé n’est perdu.

{reason}</translation>
    </message>
    <message>
        <source>The entry you are writing could not be saved.

{reason}

Stay in Carnet to copy your text elsewhere, or quit and lose the latest changes?</source>
        <translation>La note que vous rédigez n’a pas pu être enregistrée.

{reason}

Rester dans Carnet pour copier votre texte ailleurs, ou quitter et perdre les dernières modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette note&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “{title}” from your notebook? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» de votre carnet&#xa0;? Ce n’est pas réversible.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <source>Saved. This entry was also changed elsewhere meanwhile: your changes were kept, and the rest now shows what was saved there.</source>
        <translation>Enregistré. Cette entrée a aussi été modifiée ailleurs entre-temps&#xa0;: vos modifications ont été gardées, et le reste montre maintenant ce qui y a été enregistré.</translation>
    </message>
    <message>
        <source>What you learned, the names you were given, what to do next…</source>
        <translation>Ce que vous avez appris, les noms qu’on vous a donnés, la suite à donner…</translation>
    </message>
    <message>
        <source>Make the line a heading (Ctrl+Alt+2)</source>
        <translation>Faire de la ligne un titre (Ctrl+Alt+2)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>Make the lines a list (Ctrl+Shift+8)</source>
        <translation>Mettre les lignes en liste (Ctrl+Maj+8)</translation>
    </message>
    <message>
        <source>Make the lines a numbered list (Ctrl+Shift+7)</source>
        <translation>Mettre les lignes en liste numérotée (Ctrl+Maj+7)</translation>
    </message>
    <message>
        <source>Your notebook is empty</source>
        <translation>Votre carnet de notes est vide</translation>
    </message>
    <message>
        <source>After a call or a meeting, write down what you learned, the names you were given and what to do next: you will find it here, by person and by company.</source>
        <translation>Après un appel ou un rendez-vous, notez ce que vous avez appris, les noms que l’on vous a donnés et la suite à donner&#xa0;: vous le retrouverez ici, par personne et par entreprise.</translation>
    </message>
    <message>
        <source>Write the first entry</source>
        <translation>Écrire la première note</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>priority {n}</source>
        <translation>priorité {n}</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Search organisations…</source>
        <translation>Chercher des organisations…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Chercher des organisations</translation>
    </message>
    <message>
        <source>&amp;Target companies only</source>
        <translation>&amp;Entreprises cibles seulement</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>A company I want to work for</source>
        <translation>Une entreprise où je veux travailler</translation>
    </message>
    <message>
        <source>priority </source>
        <translation>priorité </translation>
    </message>
    <message>
        <source>1 is the most wanted</source>
        <translation>1 est la plus souhaitée</translation>
    </message>
    <message>
        <source>What they do, what you know about them</source>
        <translation>Ce qu’elle fait, ce que vous en savez</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos de</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>People there</source>
        <translation>Les personnes qui y travaillent</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Facts gathered</source>
        <translation>Informations recueillies</translation>
    </message>
    <message>
        <source>Can hire (decision maker)</source>
        <translation>Décide des embauches</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>People there ({n})</source>
        <translation>Les personnes qui y travaillent ({n})</translation>
    </message>
    <message>
        <source>Facts gathered ({n})</source>
        <translation>Informations recueillies ({n})</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Notebook entries about it stay, no longer linked to it.</source>
        <translation>Les notes du carnet qui la concernent sont conservées, sans plus lui être liées.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez revenir en arrière avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete this organisation?</source>
        <translation>Supprimer cette organisation&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people who work there stay in your contacts, no longer linked to it.</source>
        <translation>
            <numerusform>La personne qui y travaille reste dans vos contacts, sans plus y être liée.</numerusform>
            <numerusform>Les %Ln personnes qui y travaillent restent dans vos contacts, sans plus y être liées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The companies of your search</source>
        <translation>Les entreprises de votre recherche</translation>
    </message>
    <message>
        <source>Keep here the companies you hear about or would like to work for, what they do and who you know there. Mark those you aim for as targets.</source>
        <translation>Gardez ici les entreprises dont on vous parle ou pour lesquelles vous aimeriez travailler, ce qu’elles font et qui vous y connaissez. Marquez comme cibles celles que vous visez.</translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Choisissez une organisation dans la liste</translation>
    </message>
    <message>
        <source>Its card shows the people you know there and what you learned about it.</source>
        <translation>Sa fiche montre les personnes que vous y connaissez et ce que vous avez appris sur elle.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>First card</source>
        <translation>Première fiche</translation>
    </message>
    <message>
        <source>Second card</source>
        <translation>Seconde fiche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>same email address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>même profil LinkedIn</translation>
    </message>
    <message>
        <source>similar name at {organization}</source>
        <translation>nom semblable chez {organization}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Nom donné par</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>{name} — tags: {tags}</source>
        <translation>{name} — étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>There is nobody in your contacts yet.</source>
        <translation>Il n’y a encore personne dans vos contacts.</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>Les données de qui&#xa0;?</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>{name} - data from Carnet</source>
        <translation>{name} - données de Carnet</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Carnet could not write the file</source>
        <translation>Carnet n’a pas pu écrire le fichier</translation>
    </message>
    <message>
        <source>Carnet could not write {file}: {reason}.</source>
        <translation>Carnet n’a pas pu écrire {file}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Everything Carnet holds about {name} is in {file}.</source>
        <translation>Tout ce que Carnet contient sur {name} se trouve dans {file}.</translation>
    </message>
    <message>
        <source>Calls and meetings: {count}</source>
        <translation>Appels et rendez-vous&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Introductions, given or received: {count}</source>
        <translation>Mises en relation, données ou reçues&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Follow-ups: {count}</source>
        <translation>Relances&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Notebook entries about them alone: {count}</source>
        <translation>Notes du carnet qui ne concernent que cette personne&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Delete {name} and all their data? This cannot be undone.</source>
        <translation>Supprimer {name} et toutes ses données&#xa0;? Ce n’est pas réversible.</translation>
    </message>
    <message>
        <source>Copies in your automatic backups disappear as those backups are replaced, within five weeks.</source>
        <translation>Les copies dans vos sauvegardes automatiques disparaissent à mesure que ces sauvegardes sont remplacées, d’ici cinq semaines.</translation>
    </message>
    <message>
        <source>Delete all their data?</source>
        <translation>Supprimer toutes ses données&#xa0;?</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook entries are also about other people: they are kept, no longer linked to {name}. Their text may still mention {name}.</source>
        <translation>
            <numerusform>%Ln note du carnet concerne aussi d’autres personnes&#xa0;: elle est conservée, sans plus être liée à {name}. Son texte peut encore citer {name}.</numerusform>
            <numerusform>%Ln notes du carnet concernent aussi d’autres personnes&#xa0;: elles sont conservées, sans plus être liées à {name}. Leur texte peut encore citer {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Entreprise ou organisation</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>+ Add an email address</source>
        <translation>+ Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>+ Add a phone number</source>
        <translation>+ Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Ne jamais me le rappeler</translation>
    </message>
    <message>
        <source>Can &amp;hire (decision maker)</source>
        <translation>&amp;Décide des embauches</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. luxury, Lyon</source>
        <translation>Séparées par des virgules, par exemple&#xa0;: luxe, Lyon</translation>
    </message>
    <message>
        <source>Career path, current role, what they know</source>
        <translation>Parcours, poste actuel, ce que cette personne connaît</translation>
    </message>
    <message>
        <source>Where, when, through whom</source>
        <translation>Où, quand, par qui</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Link&amp;edIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Keep in touch</source>
        <translation>&amp;Garder le contact</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>Pa&amp;rcours</translation>
    </message>
    <message>
        <source>&amp;How we met</source>
        <translation>Premier &amp;contact</translation>
    </message>
    <message>
        <source>New organisation: Carnet adds it when you save.</source>
        <translation>Nouvelle organisation&#xa0;: Carnet l’ajoutera à l’enregistrement.</translation>
    </message>
    <message>
        <source>As usual for their status</source>
        <translation>Comme d’habitude pour son statut</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>In my search</source>
        <translation>Dans ma recherche</translation>
    </message>
    <message>
        <source>What I know of them</source>
        <translation>Ce que j’en sais</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Playbook cards</source>
        <translation>Fiches réflexes</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Reset to the default wording</source>
        <translation>Revenir au texte d’origine</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Titre de la fiche</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texte de la fiche</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Texte d’origine</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <source>The names in the rounded boxes are filled in during the call; a line whose name Carnet does not know yet is left out.</source>
        <translation>Les noms dans les cases arrondies sont remplis pendant l’appel&#xa0;; une ligne dont Carnet ne connaît pas encore le nom est laissée de côté.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Take the cards of a playbook file, from a coach</source>
        <translation>Reprendre les fiches réflexes d’un fichier, par exemple celui d’un coach</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save these cards as a file to share</source>
        <translation>Enregistrer ces fiches dans un fichier à partager</translation>
    </message>
    <message>
        <source>Back to Carnet’s cards</source>
        <translation>Revenir aux fiches de Carnet</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nouvelle situation</translation>
    </message>
    <message>
        <source>Your own card</source>
        <translation>Votre propre fiche</translation>
    </message>
    <message>
        <source>Import a playbook</source>
        <translation>Importer des fiches réflexes</translation>
    </message>
    <message>
        <source>Carnet playbook (*.json)</source>
        <translation>Fiches réflexes Carnet (*.json)</translation>
    </message>
    <message>
        <source>Export the playbook</source>
        <translation>Exporter les fiches réflexes</translation>
    </message>
    <message>
        <source>playbook.json</source>
        <translation>fiches-reflexes.json</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <source>Playbook</source>
        <translation>Fiches réflexes</translation>
    </message>
    <message>
        <source>If the call gets difficult</source>
        <translation>Si l’appel se passe mal</translation>
    </message>
    <message>
        <source>Edit cards…</source>
        <translation>Modifier les fiches…</translation>
    </message>
    <message>
        <source>Playbook card</source>
        <translation>Fiche réflexe</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>e.g. Key account manager</source>
        <translation>Par exemple&#xa0;: responsable grands comptes</translation>
    </message>
    <message>
        <source>e.g. Luxury perfume, selective cosmetics</source>
        <translation>Par exemple&#xa0;: parfumerie de luxe, cosmétique sélective</translation>
    </message>
    <message>
        <source>Who you are and what you bring, in three or four sentences</source>
        <translation>Qui vous êtes et ce que vous apportez, en trois ou quatre phrases</translation>
    </message>
    <message>
        <source>What exactly you ask of the people you meet: the kind of person you want to talk to, in which companies</source>
        <translation>Ce que vous demandez exactement aux personnes que vous rencontrez&#xa0;: le type de personne à qui vous voulez parler, dans quelles entreprises</translation>
    </message>
    <message>
        <source> new people a week</source>
        <translation> nouvelles personnes par semaine</translation>
    </message>
    <message>
        <source>People help those whose ask is precise. Your pitch and your ask are shown in every call preparation.</source>
        <translation>On aide volontiers ceux dont la demande est précise. Votre présentation et votre demande figurent dans chaque préparation d’appel.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Target role</source>
        <translation>&amp;Poste visé</translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation>&amp;Secteurs</translation>
    </message>
    <message>
        <source>&amp;Pitch</source>
        <translation>Pré&amp;sentation</translation>
    </message>
    <message>
        <source>Precise &amp;ask</source>
        <translation>&amp;Demande précise</translation>
    </message>
    <message>
        <source>&amp;Weekly goal</source>
        <translation>&amp;Objectif hebdomadaire</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuickLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Someone gave you a name? Note it now, qualify it later.</source>
        <translation>Quelqu’un vous a donné un nom&#xa0;? Notez-le maintenant, vous le préciserez plus tard.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Nobody (you found them yourself)</source>
        <translation>Personne (nom trouvé par vous-même)</translation>
    </message>
    <message>
        <source>Type a few letters of their name</source>
        <translation>Tapez quelques lettres de son nom</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>Où cette personne travaille</translation>
    </message>
    <message>
        <source>e.g. lunch with Marie, 12 March</source>
        <translation>Par exemple&#xa0;: déjeuner avec Marie, le 12 mars</translation>
    </message>
    <message>
        <source>To ask</source>
        <translation>À demander</translation>
    </message>
    <message>
        <source>Yes, I may say they sent me</source>
        <translation>Oui, je peux dire que c’est de sa part</translation>
    </message>
    <message>
        <source>No, without their name</source>
        <translation>Non, sans citer son nom</translation>
    </message>
    <message>
        <source>e.g. runs the purchasing team I want to join</source>
        <translation>Par exemple&#xa0;: dirige l’équipe achats que je veux rejoindre</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Mentioned by</source>
        <translation>&amp;Cité par</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>C&amp;ontexte</translation>
    </message>
    <message>
        <source>May I use their &amp;name?</source>
        <translation>Puis-je utiliser son &amp;nom&#xa0;?</translation>
    </message>
    <message>
        <source>They e&amp;xpect my call</source>
        <translation>Appe&amp;l annoncé</translation>
    </message>
    <message>
        <source>&amp;Why call them</source>
        <translation>&amp;Pourquoi l’appeler</translation>
    </message>
    <message>
        <source>Save the lead</source>
        <translation>Enregistrer la piste</translation>
    </message>
</context>
<context>
    <name>ReferralMap</name>
    <message>
        <source>Names given: {count}</source>
        <translation>Noms donnés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Map of the referral tree</source>
        <translation>Carte de l’arbre des relais</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel down)</source>
        <translation>Zoom arrière (Ctrl+molette vers le bas)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel up)</source>
        <translation>Zoom avant (Ctrl+molette vers le haut)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole tree</source>
        <translation>Afficher tout l’arbre</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image, SVG drawing or PDF</source>
        <translation>Enregistrer la carte en image PNG, dessin SVG ou PDF</translation>
    </message>
    <message>
        <source>Drag to move around; Ctrl+wheel to zoom.</source>
        <translation>Faites glisser pour vous déplacer&#xa0;; Ctrl+molette pour zoomer.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Peut embaucher</translation>
    </message>
    <message>
        <source>May use their name</source>
        <translation>Peut citer son nom</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>May not use their name</source>
        <translation>Ne pas citer son nom</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contact pris</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontre faite</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the referral map</source>
        <translation>Exporter la carte des relais</translation>
    </message>
    <message>
        <source>referral-map.png</source>
        <translation>carte-des-relais.png</translation>
    </message>
    <message>
        <source>The map was not saved</source>
        <translation>La carte n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Carnet could not write {path}. Check that the folder exists and that you may write there, then try again.</source>
        <translation>Carnet n’a pas pu écrire {path}. Vérifiez que le dossier existe et que vous avez le droit d’y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Arbre des relais</translation>
    </message>
    <message>
        <source>Who introduced you to whom, drawn by Carnet</source>
        <translation>Qui vous a donné quel nom, dessiné par Carnet</translation>
    </message>
    <message>
        <source>Back to actual size (100 %)</source>
        <translation>Revenir à la taille réelle (100&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>ReferralStyle</name>
    <message>
        <source>Not contacted yet</source>
        <translation>Pas encore de contact</translation>
    </message>
    <message>
        <source>Contacted, not met yet</source>
        <translation>Contact pris, pas encore de rencontre</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontre faite</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Citer son nom</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>May you say you call on behalf of the connector?</source>
        <translation>Pouvez-vous dire que vous appelez de la part du relais&#xa0;?</translation>
    </message>
    <message>
        <source>Where things stand since the connector gave the name</source>
        <translation>Où en sont les choses depuis que le relais a donné le nom</translation>
    </message>
    <message>
        <source>How many names this person gave you</source>
        <translation>Combien de noms cette personne vous a donnés</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>Relations LinkedIn</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Moi ({name})</translation>
    </message>
    <message>
        <source>People you are connected with on LinkedIn but nobody introduced: mark those you know, or record who gave you their name, to bring them into your tree.</source>
        <translation>Vos relations LinkedIn que personne ne vous a présentées&#xa0;: indiquez celles que vous connaissez, ou qui vous a donné leur nom, pour les faire entrer dans votre arbre.</translation>
    </message>
    <message>
        <source>{organization} is one of your target companies</source>
        <translation>{organization} fait partie de vos entreprises cibles</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Peut embaucher</translation>
    </message>
    <message>
        <source>Also named by: {names}</source>
        <translation>Nom donné aussi par&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>ReferralView</name>
    <message>
        <source>Each person sits under the one who gave you their name. Right-click someone to note where things stand; drag a person onto whoever gave you their name.</source>
        <translation>Chaque personne figure sous celle qui vous a donné son nom. Faites un clic droit sur quelqu’un pour noter où vous en êtes&#xa0;; faites glisser une personne sur celle qui vous a donné son nom.</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Trouver une personne…</translation>
    </message>
    <message>
        <source>Find a person in the tree</source>
        <translation>Trouver une personne dans l’arbre</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Arbre des relais</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Add someone I know…</source>
        <translation>Ajouter quelqu’un que je connais…</translation>
    </message>
    <message>
        <source>Add a person {name} introduced me to…</source>
        <translation>Ajouter une personne que {name} m’a recommandée…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Aucune personne trouvée</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} sur {count}</translation>
    </message>
    <message>
        <source>Recorded: {connector} gave you {person}&apos;s name.</source>
        <translation>C’est noté&#xa0;: {connector} vous a donné le nom de {person}.</translation>
    </message>
    <message>
        <source>{person} stays under {first}, who gave their name first; right-click to change.</source>
        <translation>{person} reste sous {first}, qui vous a donné son nom en premier&#xa0;; clic droit pour changer.</translation>
    </message>
    <message>
        <source>Right-click {person} to note whether you may use the name.</source>
        <translation>Faites un clic droit sur {person} pour noter si vous pouvez utiliser le nom.</translation>
    </message>
    <message>
        <source>Remove this introduction?</source>
        <translation>Retirer cette mise en relation&#xa0;?</translation>
    </message>
    <message>
        <source>Forget that {connector} gave you {person}&apos;s name? {person} stays in your contacts, with their calls and notes.</source>
        <translation>Oublier que {connector} vous a donné le nom de {person}&#xa0;? {person} reste dans vos contacts, avec ses appels et ses notes.</translation>
    </message>
    <message>
        <source>Who gave me {name}&apos;s name?…</source>
        <translation>Qui m’a donné le nom de {name}&#xa0;?…</translation>
    </message>
    <message>
        <source>I know {name} personally</source>
        <translation>Je connais {name} personnellement</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où en sont les choses</translation>
    </message>
    <message>
        <source>May I use {connector}&apos;s name?</source>
        <translation>Puis-je utiliser le nom de {connector}&#xa0;?</translation>
    </message>
    <message>
        <source>Has {connector} told them you will call?</source>
        <translation>Votre appel a-t-il été annoncé par {connector}&#xa0;?</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Peut embaucher</translation>
    </message>
    <message>
        <source>This person can hire you, or decide who is hired</source>
        <translation>Cette personne peut vous embaucher, ou décider de qui est embauché</translation>
    </message>
    <message>
        <source>Show under</source>
        <translation>Afficher sous</translation>
    </message>
    <message>
        <source>Remove the introduction by {connector}…</source>
        <translation>Retirer la mise en relation par {connector}…</translation>
    </message>
    <message>
        <source>Open {name}&apos;s card</source>
        <translation>Ouvrir la fiche de {name}</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Afficher dans la liste</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <source>Write a message to {name}…</source>
        <translation>Écrire un message à {name}…</translation>
    </message>
    <message>
        <source>Thank the relay, {connector}…</source>
        <translation>Remercier le relais, {connector}…</translation>
    </message>
    <message>
        <source>Your referral tree starts with you</source>
        <translation>Votre arbre de recommandations part de vous</translation>
    </message>
    <message>
        <source>Add the people you know: each name they give you will sit under them, relay by relay, up to the person who can hire you.</source>
        <translation>Ajoutez les personnes que vous connaissez&#xa0;: chaque nom qu’elles vous donnent se place sous elles, relais après relais, jusqu’à la personne qui peut vous recruter.</translation>
    </message>
    <message>
        <source>Call {name} now…</source>
        <translation>Appeler {name} maintenant…</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;Remind me each day of what is due, at</source>
        <translation>&amp;Me rappeler chaque jour ce qui est à faire, à</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Heure du rappel quotidien</translation>
    </message>
    <message>
        <source>&amp;Start Carnet with my session, hidden in the notification area</source>
        <translation>&amp;Démarrer Carnet avec ma session, caché dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop shows no notification area: Carnet cannot remind you there nor wait in it hidden. Your choices are kept for when it has one.</source>
        <translation>Ce bureau n’affiche pas de zone de notification&#xa0;: Carnet ne peut ni vous y faire de rappel ni y attendre caché. Vos choix sont gardés pour le jour où il en aura une.</translation>
    </message>
    <message>
        <source>Carnet runs in portable mode (from its own folder, a USB stick for example) and leaves nothing on this computer, so it cannot start with your session.</source>
        <translation>Carnet fonctionne en mode portable (depuis son propre dossier, une clé USB par exemple) et ne laisse rien sur cet ordinateur&#xa0;: il ne peut donc pas démarrer avec votre session.</translation>
    </message>
    <message>
        <source>Start with the session</source>
        <translation>Démarrage avec la session</translation>
    </message>
    <message>
        <source>Carnet could not change what starts with your session: {reason}</source>
        <translation>Carnet n’a pas pu modifier ce qui démarre avec votre session&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Today</source>
        <translation>Ouvrir Aujourd’hui</translation>
    </message>
    <message>
        <source>Quit Carnet</source>
        <translation>Quitter Carnet</translation>
    </message>
    <message>
        <source>Today in Carnet</source>
        <translation>Aujourd’hui dans Carnet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln relance à faire</numerusform>
            <numerusform>%Ln relances à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned call(s) still to make this week</source>
        <translation>
            <numerusform>%Ln appel prévu cette semaine, pas encore passé</numerusform>
            <numerusform>%Ln appels prévus cette semaine, pas encore passés</numerusform>
        </translation>
    </message>
    <message>
        <source>With {names}</source>
        <translation>Avec {names}</translation>
    </message>
    <message>
        <source>Click to open Today.</source>
        <translation>Cliquez pour ouvrir Aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Export follow-ups to a &amp;calendar (.ics)…</source>
        <translation>Exporter les relances vers un &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Weekly report (PDF)…</source>
        <translation>&amp;Bilan de la semaine (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print weekly report…</source>
        <translation>&amp;Imprimer le bilan de la semaine…</translation>
    </message>
    <message>
        <source>Get back in touch with {name}</source>
        <translation>Reprendre contact avec {name}</translation>
    </message>
    <message>
        <source>Last contact: {date}</source>
        <translation>Dernier échange&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Échéance le {date}</translation>
    </message>
    <message>
        <source>From Carnet</source>
        <translation>Depuis Carnet</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar</source>
        <translation>Exporter les relances vers un agenda</translation>
    </message>
    <message>
        <source>Carnet follow-ups</source>
        <translation>Relances Carnet</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>L’agenda n’a pas été exporté</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Agenda exporté</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Weekly report {date}</source>
        <translation>Bilan de la semaine {date}</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Enregistrer le bilan de la semaine</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le bilan n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Carnet could not write the file {file}: {detail}.</source>
        <translation>Carnet n’a pas pu écrire le fichier {file}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>Weekly report saved</source>
        <translation>Bilan de la semaine enregistré</translation>
    </message>
    <message>
        <source>The report is in {file}.</source>
        <translation>Le bilan se trouve dans {file}.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups written to {file}.

Import this file into Google Calendar (Settings › Import), Outlook or Apple Calendar. Importing a newer file later updates the same events instead of adding them twice.</source>
        <translation>
            <numerusform>%Ln relance écrite dans {file}.

Importez ce fichier dans Google Agenda (Paramètres › Importer), Outlook ou Calendrier d’Apple. Importer plus tard un fichier plus récent met à jour les mêmes événements au lieu de les ajouter en double.</numerusform>
            <numerusform>%Ln relances écrites dans {file}.

Importez ce fichier dans Google Agenda (Paramètres › Importer), Outlook ou Calendrier d’Apple. Importer plus tard un fichier plus récent met à jour les mêmes événements au lieu de les ajouter en double.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>One page for your coach: the week&apos;s figures, the charts, your progress toward each target company and the calls planned for the next week.</source>
        <translation>Une page pour votre coach&#xa0;: les chiffres de la semaine, les graphiques, votre progression vers chaque entreprise cible et les appels prévus la semaine suivante.</translation>
    </message>
    <message>
        <source>This week (since {date})</source>
        <translation>Cette semaine (depuis le {date})</translation>
    </message>
    <message>
        <source>Last week (from {date})</source>
        <translation>La semaine dernière (à partir du {date})</translation>
    </message>
    <message>
        <source>Show people by their initials only</source>
        <translation>N’afficher que les initiales des personnes</translation>
    </message>
    <message>
        <source>Names become initials, such as “H. M.”, and each follow-up shows its kind instead of its wording, which may hold names.</source>
        <translation>Les noms deviennent des initiales, comme «&#xa0;H. M.&#xa0;», et chaque relance affiche son type au lieu de son libellé, qui pourrait contenir des noms.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Carnet copies your data each day you use it, and before every update or restore. Choose the copy to put back. Your current data is copied first, so you can come back to it.</source>
        <translation>Carnet copie vos données chaque jour où vous l’utilisez, ainsi qu’avant chaque mise à jour ou restauration. Choisissez la copie à remettre. Vos données actuelles sont d’abord copiées&#xa0;: vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind of copy</source>
        <translation>Type de copie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Notebook entries</source>
        <translation>Notes du carnet</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Appels et rendez-vous</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Carnet has made no backup of this data yet.</source>
        <translation>Carnet n’a encore fait aucune sauvegarde de ces données.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Les sauvegardes sont conservées dans {folder}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Backup file…</source>
        <translation>Fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup file saved with Carnet</source>
        <translation>Restaurer un fichier de sauvegarde enregistré avec Carnet</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Copie quotidienne</translation>
    </message>
    <message>
        <source>Before an update of Carnet</source>
        <translation>Avant une mise à jour de Carnet</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before: {reason}</source>
        <translation>Avant&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Put this backup back?</source>
        <translation>Remettre cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Carnet will show your data as it was on {date}. What you changed since then will be replaced; a copy of your current data is kept among the backups.</source>
        <translation>Carnet affichera vos données telles qu’elles étaient le {date}. Ce que vous avez modifié depuis sera remplacé&#xa0;; une copie de vos données actuelles est conservée parmi les sauvegardes.</translation>
    </message>
    <message>
        <source>This backup is no longer there.</source>
        <translation>Cette sauvegarde n’existe plus.</translation>
    </message>
    <message>
        <source>This file is not a Carnet backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde Carnet.</translation>
    </message>
    <message>
        <source>This backup is damaged: SQLite&apos;s check of it failed. Choose another one.</source>
        <translation>Cette sauvegarde est endommagée&#xa0;: la vérification par SQLite a échoué. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Carnet. Install the latest Carnet to restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Carnet. Installez la dernière version de Carnet pour la restaurer.</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cette sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Your data was left as it was.</source>
        <translation>Vos données n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Carnet cannot restore just now</source>
        <translation>Carnet ne peut pas restaurer pour le moment</translation>
    </message>
    <message>
        <source>The notebook entry you are writing could not be saved. Copy its text elsewhere, or correct it, then restore again.</source>
        <translation>La note que vous rédigez n’a pas pu être enregistrée. Copiez son texte ailleurs, ou corrigez-la, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>Carnet cannot read all of your data file {file}: it was damaged, perhaps by a disk problem or a power cut.</source>
        <translation>Carnet ne peut pas lire entièrement votre fichier de données {file}&#xa0;: il a été endommagé, peut-être par un problème de disque ou une coupure de courant.</translation>
    </message>
    <message>
        <source>Carnet found no good backup to put back, so the file was left as it is. Keep it: whoever helps you with Carnet may be able to recover it.</source>
        <translation>Carnet n’a trouvé aucune sauvegarde intacte à remettre&#xa0;: le fichier a été laissé tel quel. Conservez-le&#xa0;: la personne qui vous aide avec Carnet pourra peut-être le récupérer.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Carnet can put back your latest good backup, from {date}: {people} and {notes}. What you entered after it would have to be entered again. The damaged file is kept in {folder}.</source>
        <translation>Carnet peut remettre votre dernière sauvegarde intacte, du {date}&#xa0;: {people} et {notes}. Ce que vous avez saisi depuis serait à saisir de nouveau. Le fichier endommagé est conservé dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook entries</source>
        <translation>
            <numerusform>%Ln note du carnet</numerusform>
            <numerusform>%Ln notes du carnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data file is empty</source>
        <translation>Votre fichier de données est vide</translation>
    </message>
    <message>
        <source>Your data file {file} is missing or empty, although Carnet has backups of your data: another program or a disk problem may have emptied it.</source>
        <translation>Votre fichier de données {file} est absent ou vide, alors que Carnet a des sauvegardes de vos données&#xa0;: un autre programme ou un problème de disque l’a peut-être vidé.</translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>Restore from a back&amp;up…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Exporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Delete this person and all their data…</source>
        <translation>Supprimer cette personne et toutes ses données…</translation>
    </message>
    <message>
        <source>Put back an automatic copy, or a backup file you saved</source>
        <translation>Remettre une copie automatique, ou un fichier de sauvegarde que vous avez enregistré</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>A new language applies the next time Carnet starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Carnet.</translation>
    </message>
    <message>
        <source>How long before Carnet reminds you to get back in touch with someone</source>
        <translation>Délai avant que Carnet vous rappelle de reprendre contact avec quelqu’un</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>Les &amp;semaines commencent le</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Les semaines commencent le</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythms…</source>
        <translation>Rythmes de prise de nouvelles…</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Carnet is already open with this data on the computer “{host}”.

Close it there, then start Carnet again. If that computer stopped without closing Carnet, delete the file {lock} and start again.</source>
        <translation>Carnet est déjà ouvert avec ces données sur l’ordinateur «&#xa0;{host}&#xa0;».

Fermez-le là-bas, puis relancez Carnet. Si cet ordinateur s’est arrêté sans fermer Carnet, supprimez le fichier {lock} et relancez.</translation>
    </message>
    <message>
        <source>Carnet is already open with this data (process {pid}), but it does not answer.

Wait until it has finished starting, or close it, then start Carnet again.</source>
        <translation>Carnet est déjà ouvert avec ces données (processus {pid}), mais il ne répond pas.

Attendez qu’il ait fini de démarrer, ou fermez-le, puis relancez Carnet.</translation>
    </message>
    <message>
        <source>Carnet cannot open your data</source>
        <translation>Carnet ne peut pas ouvrir vos données</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until…</source>
        <translation>Reporter jusqu’au…</translation>
    </message>
    <message>
        <source>Until which day should “{what}” wait?</source>
        <translation>Jusqu’à quel jour «&#xa0;{what}&#xa0;» doit-il attendre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>StageLegend</name>
    <message>
        <source>Can hire</source>
        <translation>Peut embaucher</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>Carnet cannot open your data</source>
        <translation>Carnet ne peut pas ouvrir vos données</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Add a target company</source>
        <translation>Ajouter une entreprise cible</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sans priorité</translation>
    </message>
    <message>
        <source>1 — most wanted</source>
        <translation>1 — la plus souhaitée</translation>
    </message>
    <message>
        <source>A company you would like to work for: Carnet will show the chains of people that lead there.</source>
        <translation>Une entreprise où vous aimeriez travailler&#xa0;: Carnet vous montrera les chaînes de personnes qui y mènent.</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>The companies you want to work for, nearest first: how many relays still separate you from the person who can hire you, and the next call to make.</source>
        <translation>Les entreprises où vous voulez travailler, les plus proches d’abord&#xa0;: combien de relais vous séparent encore de la personne qui peut vous embaucher, et le prochain appel à passer.</translation>
    </message>
    <message>
        <source>Target company</source>
        <translation>Entreprise cible</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Relays away</source>
        <translation>Relais restants</translation>
    </message>
    <message>
        <source>Target companies</source>
        <translation>Entreprises cibles</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Show in the referral tree</source>
        <translation>Afficher dans l’arbre des relais</translation>
    </message>
    <message>
        <source>Chains to the people inside</source>
        <translation>Chaînes vers les personnes dans la place</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où en sont les choses</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Citer son nom</translation>
    </message>
    <message>
        <source>Add a target company…</source>
        <translation>Ajouter une entreprise cible…</translation>
    </message>
    <message>
        <source>Remove from targets…</source>
        <translation>Retirer des cibles…</translation>
    </message>
    <message>
        <source>(priority {n})</source>
        <translation>(priorité {n})</translation>
    </message>
    <message>
        <source>Decision maker: {names}</source>
        <translation>Qui décide&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Decision maker: not known yet. Right-click a person in the referral tree to mark them.</source>
        <translation>Qui décide&#xa0;: on ne le sait pas encore. Faites un clic droit sur une personne dans l’arbre des relais pour l’indiquer.</translation>
    </message>
    <message>
        <source>To {person}</source>
        <translation>Vers {person}</translation>
    </message>
    <message>
        <source>Declined: not a way in</source>
        <translation>A décliné&#xa0;: pas une porte d’entrée</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontre faite</translation>
    </message>
    <message>
        <source>Nobody there is a way in yet: the people you know there declined.</source>
        <translation>Aucune porte d’entrée pour l’instant&#xa0;: les personnes que vous y connaissez ont décliné.</translation>
    </message>
    <message>
        <source>Nobody there in your contacts yet.</source>
        <translation>Personne de cette entreprise dans vos contacts pour l’instant.</translation>
    </message>
    <message>
        <source>You have met the person who can hire you.</source>
        <translation>Vous avez rencontré la personne qui peut vous embaucher.</translation>
    </message>
    <message numerus="yes">
        <source>You have met someone inside: %Ln relays to the person who can hire you.</source>
        <translation>
            <numerusform>Vous avez rencontré quelqu’un de l’intérieur&#xa0;: encore&#xa0;%Ln relais jusqu’à la personne qui peut vous embaucher.</numerusform>
            <numerusform>Vous avez rencontré quelqu’un de l’intérieur&#xa0;: encore&#xa0;%Ln relais jusqu’à la personne qui peut vous embaucher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %Ln relays away from the person who can hire you.</source>
        <translation>
            <numerusform>Vous êtes à&#xa0;%Ln relais de la personne qui peut vous embaucher.</numerusform>
            <numerusform>Vous êtes à&#xa0;%Ln relais de la personne qui peut vous embaucher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call {person}.</source>
        <translation>Appelez {person}.</translation>
    </message>
    <message>
        <source>Call {person} on behalf of {connector}.</source>
        <translation>Appelez {person} de la part de {connector}.</translation>
    </message>
    <message>
        <source>Call {person}, without naming {connector}: they asked you not to.</source>
        <translation>Appelez {person} sans citer {connector}&#xa0;: {connector} vous l’a demandé.</translation>
    </message>
    <message>
        <source>Ask {connector} whether you may use their name, then call {person}.</source>
        <translation>Demandez à {connector} si vous pouvez utiliser son nom, puis appelez {person}.</translation>
    </message>
    <message>
        <source>Thank {connector} and tell them how it went with {person}.</source>
        <translation>Remerciez {connector} et racontez-lui comment cela s’est passé avec {person}.</translation>
    </message>
    <message>
        <source>Follow up with {person} to get a meeting.</source>
        <translation>Relancez {person} pour obtenir un rendez-vous.</translation>
    </message>
    <message>
        <source>{person} declined: ask {connector} for another name at {company}.</source>
        <translation>{person} a décliné&#xa0;: demandez à {connector} un autre nom chez {company}.</translation>
    </message>
    <message>
        <source>{person} declined: ask your contacts who else knows {company}.</source>
        <translation>{person} a décliné&#xa0;: demandez à vos contacts qui d’autre connaît {company}.</translation>
    </message>
    <message>
        <source>Ask {person} who decides on hiring at {company}, and for their name.</source>
        <translation>Demandez à {person} qui décide des embauches chez {company}, et son nom.</translation>
    </message>
    <message>
        <source>You have met {person}, who decides. Tell the people who led you there how it went, and thank them.</source>
        <translation>Vous avez rencontré {person}, qui décide. Racontez aux personnes qui vous ont ouvert la voie comment cela s’est passé, et remerciez-les.</translation>
    </message>
    <message>
        <source>Nobody at {company} in your contacts yet: ask the people you know who knows {company}.</source>
        <translation>Personne de {company} dans vos contacts pour l’instant&#xa0;: demandez autour de vous qui connaît {company}.</translation>
    </message>
    <message>
        <source>Remove from your targets?</source>
        <translation>Retirer de vos cibles&#xa0;?</translation>
    </message>
    <message>
        <source>Stop following {company} as a target company? The company and the people who work there stay in your contacts.</source>
        <translation>Ne plus suivre {company} comme entreprise cible&#xa0;? L’entreprise et les personnes qui y travaillent restent dans vos contacts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln relays away</source>
        <translation>
            <numerusform>à %Ln relais</numerusform>
            <numerusform>à %Ln relais</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company in the list</source>
        <translation>Choisissez une entreprise dans la liste</translation>
    </message>
    <message>
        <source>You will see how many relays still separate you from someone inside.</source>
        <translation>Vous verrez combien de relais vous séparent encore de quelqu’un de l’intérieur.</translation>
    </message>
    <message>
        <source>Aim at the companies you want</source>
        <translation>Visez les entreprises qui vous attirent</translation>
    </message>
    <message>
        <source>Name the companies you would like to work for: Carnet then shows how close your network brings you to each of them, and whom to call next.</source>
        <translation>Nommez les entreprises où vous aimeriez travailler&#xa0;: Carnet montre alors à quelle distance votre réseau vous en place, et qui appeler ensuite.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Nothing yet. Calls, notebook entries and introductions show here.</source>
        <translation>Rien pour l’instant. Les appels, les notes du carnet et les mises en relation s’affichent ici.</translation>
    </message>
    <message>
        <source>Notebook: {title}</source>
        <translation>Carnet&#xa0;: {title}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{name} gave you this name</source>
        <translation>{name} vous a donné ce nom</translation>
    </message>
    <message>
        <source>Gave you the name of {name}</source>
        <translation>Vous a donné le nom de {name}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Fait&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Overdue: {title}</source>
        <translation>En retard&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Planned: {title}</source>
        <translation>Prévu&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Thank the connector</source>
        <translation>Remercier le relais</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Open and correct…</source>
        <translation>Ouvrir et corriger…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Informed: {title}</source>
        <translation>Retour fait&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Follow-up not changed</source>
        <translation>Relance inchangée</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save a &amp;backup file…</source>
        <translation>Enregistrer un fichier de &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Restaurer un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (LinkedIn, Google, Outlook, vCard) (*.csv *.vcf *.zip *.txt)</source>
        <translation>Contacts (LinkedIn, Google, Outlook, vCard) (*.csv *.vcf *.zip *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard for address books (*.vcf)</source>
        <translation>vCard pour carnets d’adresses (*.vcf)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exporter les personnes</translation>
    </message>
    <message>
        <source>Carnet contacts.csv</source>
        <translation>Contacts Carnet.csv</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Carnet backup {date}</source>
        <translation>Sauvegarde Carnet {date}</translation>
    </message>
    <message>
        <source>Save a backup file</source>
        <translation>Enregistrer un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Carnet backup files (*.zip)</source>
        <translation>Fichiers de sauvegarde Carnet (*.zip)</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurer un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cette sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Replace your data with this backup?</source>
        <translation>Remplacer vos données par cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>The backup {file} was saved on {date}. People in it: {people}.

It will replace all the data Carnet shows now. Your current data is first copied to {folder}, so nothing is lost.</source>
        <translation>La sauvegarde {file} a été enregistrée le {date}. Personnes qu’elle contient&#xa0;: {people}.

Elle remplacera toutes les données qu’affiche Carnet maintenant. Vos données actuelles sont d’abord copiées dans {folder}&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Carnet now shows the data of {file}.</source>
        <translation>Carnet affiche maintenant les données de {file}.</translation>
    </message>
    <message>
        <source>Your previous data is kept in {copy}.</source>
        <translation>Vos données précédentes sont conservées dans {copy}.</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Un problème est survenu&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Carnet could not write the file</source>
        <translation>Carnet n’a pas pu écrire le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to {file}.</source>
        <translation>
            <numerusform>%Ln personne exportée dans {file}.</numerusform>
            <numerusform>%Ln personnes exportées dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All your data is in {file}.

To carry it to another computer, copy this file there and choose File › Restore from a backup…, then Backup file…</source>
        <translation>Toutes vos données sont dans {file}.

Pour les emporter sur un autre ordinateur, copiez-y ce fichier et choisissez Fichier › Restaurer une sauvegarde…, puis Fichier de sauvegarde…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>The data changed since: this step can no longer be undone or redone.</source>
        <translation>Les données ont changé entre-temps&#xa0;: cette étape ne peut plus être annulée ni rétablie.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Fusionner {name}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Log the call with {name}</source>
        <translation>Enregistrer l’appel avec {name}</translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <source>My week</source>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <source>Monday: plan the calls</source>
        <translation>Lundi&#xa0;: prévoir les appels</translation>
    </message>
    <message>
        <source>Friday: review</source>
        <translation>Vendredi&#xa0;: bilan</translation>
    </message>
    <message>
        <source>Tick this week&apos;s calls: {fewest} to {most} people you may call, on someone&apos;s recommendation or whom you know. Qualify a lead first if you are unsure.</source>
        <translation>Cochez les appels de la semaine&#xa0;: {fewest} à {most} personnes que vous pouvez appeler, de la part de quelqu’un ou parce que vous les connaissez. En cas de doute, qualifiez d’abord la piste.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>People you may call this week</source>
        <translation>Personnes à appeler cette semaine</translation>
    </message>
    <message>
        <source>Selected lead:</source>
        <translation>Piste choisie&#xa0;:</translation>
    </message>
    <message>
        <source>Save this week&apos;s plan</source>
        <translation>Enregistrer le programme de la semaine</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>This week&apos;s planned calls</source>
        <translation>Appels prévus cette semaine</translation>
    </message>
    <message>
        <source>Carry the calls not made over to next week</source>
        <translation>Reporter à la semaine prochaine les appels non passés</translation>
    </message>
    <message>
        <source>you know them</source>
        <translation>vous vous connaissez</translation>
    </message>
    <message numerus="yes">
        <source>%Ln parked leads left out of the plan.</source>
        <translation>
            <numerusform>%Ln piste en attente, laissée hors du programme.</numerusform>
            <numerusform>%Ln pistes en attente, laissées hors du programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>What became of the calls planned for the week of {date}</source>
        <translation>Ce que sont devenus les appels prévus la semaine du {date}</translation>
    </message>
    <message>
        <source>Meeting obtained</source>
        <translation>Rendez-vous obtenu</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appel passé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls planned</source>
        <translation>
            <numerusform>%Ln appel prévu</numerusform>
            <numerusform>%Ln appels prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln made</source>
        <translation>
            <numerusform>%Ln passé</numerusform>
            <numerusform>%Ln passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings obtained</source>
        <translation>
            <numerusform>%Ln rendez-vous obtenu</numerusform>
            <numerusform>%Ln rendez-vous obtenus</numerusform>
        </translation>
    </message>
    <message>
        <source>No call planned this week yet.</source>
        <translation>Aucun appel prévu cette semaine pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls picked</source>
        <translation>
            <numerusform>%Ln appel choisi</numerusform>
            <numerusform>%Ln appels choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>aim for at least {n}.</source>
        <translation>visez au moins {n}.</translation>
    </message>
    <message>
        <source>more than {n} is a lot: keep time to prepare each call.</source>
        <translation>plus de {n}, c’est beaucoup&#xa0;: gardez du temps pour préparer chaque appel.</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Weekly report</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>Week from {first} to {last}</source>
        <translation>Semaine du {first} au {last}</translation>
    </message>
    <message>
        <source>New people contacted</source>
        <translation>Nouvelles personnes contactées</translation>
    </message>
    <message>
        <source>Calls this week</source>
        <translation>Appels de la semaine</translation>
    </message>
    <message>
        <source>Meetings obtained, warm calls (12 weeks)</source>
        <translation>Rendez-vous obtenus, appels chauds (12 semaines)</translation>
    </message>
    <message>
        <source>Meetings obtained, cold calls (12 weeks)</source>
        <translation>Rendez-vous obtenus, appels froids (12 semaines)</translation>
    </message>
    <message>
        <source>Meetings obtained, calls to people you know (12 weeks)</source>
        <translation>Rendez-vous obtenus, appels à vos connaissances (12 semaines)</translation>
    </message>
    <message>
        <source>Names obtained per meeting (12 weeks)</source>
        <translation>Noms obtenus par rendez-vous (12 semaines)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>No target company yet.</source>
        <translation>Aucune entreprise cible pour l’instant.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Rien de prévu pour l’instant.</translation>
    </message>
    <message>
        <source>Planned until {date}</source>
        <translation>Prévu jusqu’au {date}</translation>
    </message>
    <message>
        <source>Made with Carnet on {date}.</source>
        <translation>Établi avec Carnet le {date}.</translation>
    </message>
    <message>
        <source>People are shown by their initials.</source>
        <translation>Les personnes sont désignées par leurs initiales.</translation>
    </message>
    <message>
        <source>Relays to the person who can hire you, per target company</source>
        <translation>Relais jusqu’à la personne qui peut vous embaucher, par entreprise cible</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>le fichier n’a pas pu être créé</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>Il y a %Ln jour</numerusform>
            <numerusform>Il y a %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Bienvenue dans Carnet</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>Your search, in a few words</source>
        <translation>Votre recherche, en quelques mots</translation>
    </message>
    <message>
        <source>e.g. Key account manager, luxury goods</source>
        <translation>Par exemple&#xa0;: responsable grands comptes, luxe</translation>
    </message>
    <message>
        <source>Who you are and what you bring, in two sentences</source>
        <translation>Qui vous êtes et ce que vous apportez, en deux phrases</translation>
    </message>
    <message>
        <source>What exactly people can do for you, e.g. two names at a target company</source>
        <translation>Ce que l’on peut faire exactement pour vous, par exemple deux noms dans une entreprise cible</translation>
    </message>
    <message>
        <source> new people a week</source>
        <translation> nouvelles personnes par semaine</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Role you are looking for</source>
        <translation>&amp;Poste recherché</translation>
    </message>
    <message>
        <source>Your &amp;pitch</source>
        <translation>Votre pré&amp;sentation</translation>
    </message>
    <message>
        <source>Your precise &amp;ask</source>
        <translation>Votre &amp;demande précise</translation>
    </message>
    <message>
        <source>Weekly &amp;goal</source>
        <translation>&amp;Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>Carnet helps you meet the people who can hire you, one recommendation at a time. What you write here appears in every call preparation; you can change it later under File → My profile.</source>
        <translation>Carnet vous aide à rencontrer qui peut vous embaucher, de recommandation en recommandation. Ce texte figure dans chaque préparation d’appel&#xa0;; vous pourrez le changer dans Fichier → Mon profil.</translation>
    </message>
</context>
<context>
    <name>_SidePanel</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Peut embaucher</translation>
    </message>
    <message>
        <source>Works at one of your target companies</source>
        <translation>Travaille dans l’une de vos entreprises cibles</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people you know directly; {total} in your tree.</source>
        <translation>
            <numerusform>%Ln personne que vous connaissez directement&#xa0;; {total} dans votre arbre.</numerusform>
            <numerusform>%Ln personnes que vous connaissez directement&#xa0;; {total} dans votre arbre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave you %Ln names</source>
        <translation>
            <numerusform>Vous a donné %Ln nom</numerusform>
            <numerusform>Vous a donné %Ln noms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation>Comment souhaitez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
    <message>
        <source>A ready-made network in a separate file: your own data is not touched.</source>
        <translation>Un réseau tout prêt, dans un fichier à part&#xa0;: vos propres données ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Import my LinkedIn connections</source>
        <translation>Importer mes relations LinkedIn</translation>
    </message>
    <message>
        <source>From the Connections.csv file (or the zip) that LinkedIn sends you.</source>
        <translation>À partir du fichier Connections.csv (ou du zip) que LinkedIn vous envoie.</translation>
    </message>
    <message>
        <source>Start with an empty notebook</source>
        <translation>Commencer avec un carnet vide</translation>
    </message>
    <message>
        <source>Add the first people you will call, and who introduced you to them.</source>
        <translation>Ajoutez les premières personnes que vous allez appeler, et qui vous les a recommandées.</translation>
    </message>
    <message>
        <source>You can open this welcome again from the Help menu.</source>
        <translation>Vous pourrez rouvrir cet accueil depuis le menu Aide.</translation>
    </message>
</context>
</TS>
