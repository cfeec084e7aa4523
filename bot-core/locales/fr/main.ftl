# mentor-cloud — français (French).
# Chaque clé doit correspondre à celles de la locale anglaise de référence ; les variables doivent être les mêmes.

## Général

welcome-back = Bon retour parmi nous, { $name } ! Envoyez /help pour voir ce que je peux faire.
not-joined = Bonjour ! Je suis l'assistant de mentorat du programme. Envoyez /start pour rejoindre le programme.
not-understood = Je n'ai pas compris. Envoyez /help pour voir ce que je peux faire.
unknown-command = Je ne connais pas la commande { $command }. Envoyez /help pour voir ce que je peux faire.
text-too-long = Votre message est trop long ({ $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    } ; la limite est de { $limit }). Veuillez le raccourcir.
empty-message = Ce message était vide. Veuillez saisir une réponse.
internal-error = Désolé, un problème est survenu de mon côté et rien n'a été modifié. Veuillez réessayer dans un instant.
nothing-to-cancel = Il n'y a rien à annuler.
cancelled = Annulé. Rien n'a été modifié.
onboarding-cancelled = L'inscription a été annulée et rien n'a été enregistré. Envoyez /start quand vous souhaitez recommencer.
dialog-in-progress = Une démarche est en cours. Répondez à la question ci-dessus, ou envoyez /cancel pour l'interrompre.
direct-only = C'est une information privée, je n'y réponds donc qu'en conversation privée. Je vous l'ai envoyée là-bas.
direct-only-start = Pour cela, veuillez m'écrire en conversation privée.
not-in-room = Cette commande ne fonctionne qu'en conversation privée.
coordinator-only = Seuls les coordinateurs du programme peuvent faire cela.
needs-profile = Vous n'avez pas encore rejoint le programme. Envoyez /start pour le rejoindre.
choice-invalid = Veuillez choisir l'une des options : répondez par son numéro ou son nom.
choice-invalid-multi = Veuillez choisir une ou plusieurs options : leurs numéros ou leurs noms, séparés par des virgules (par exemple : 1, 3).
choice-none = Aucune
choice-done = Terminé
discord-reply = Répondre
discord-reply-title = Votre réponse
discord-reply-label = Saisissez votre réponse

help =
    Ce que je peux faire :
    /start – rejoindre le programme (avec un code d'invitation si vous en avez un)
    /profile – afficher votre profil ; /profile edit – le modifier
    /pair – vos binômes de mentorat
    /book – réserver une séance avec votre mentor ou votre mentoré
    /sessions – vos séances ; /reschedule, /cancel-session – en modifier une
    /log – enregistrer des heures ; /hours – vos heures par rapport au budget du programme
    /report – remettre un rapport demandé par le programme
    /ask <question> – interroger la base de connaissances du programme
    /share – partager un savoir-faire avec le programme ; /entries – vos fiches
    /mentors – les mentors qui vous correspondent (si le programme vous laisse choisir)
    /avoid <personne> – ne jamais être mis en binôme avec quelqu'un
    /language – changer la langue dans laquelle je vous parle
    /link – associer un autre compte de messagerie à votre profil
    /notify-on – choisir le compte de messagerie qui reçoit mes notifications
    /privacy – ce que je conserve et pourquoi
    /export – recevoir toutes vos données dans un fichier
    /forget – effacer toutes vos données
    /cancel – arrêter ce que nous sommes en train de faire
help-coordinator =
    Pour les coordinateurs :
    /applications – candidatures de mentors en attente de décision
    /match – proposer les meilleurs binômes pour toutes les personnes sans mentor
    /pairs – tous les binômes du programme
    /reports – qui a remis quel rapport, et ce qui est en retard
    /hide <numéro> – masquer une fiche de connaissances
    /stats – le programme en un coup d'œil, avec des graphiques ; /export – les données du programme en fichiers CSV
    /announce [mentors|mentees|coordinators] <texte> – un message à toute la cohorte ou à un rôle
    /circles form [taille] – répartir tout le monde en cercles de mentorat entre pairs ; /circles les affiche
    /invite mentor|mentee [utilisations] [jours] – créer un code d'invitation
    /grant coordinator <personne> – nommer quelqu'un coordinateur

## Inscription

start-already-joined = Vous avez déjà rejoint le programme, { $name }. Envoyez /profile pour voir votre profil.
start-resume = Reprenons là où nous nous étions arrêtés.
invite-required = Ce programme est accessible uniquement sur invitation. Veuillez demander un code d'invitation à un coordinateur, puis envoyez /start suivi du code.
invite-invalid = Le code d'invitation { $code } n'est pas valide ou a expiré. Veuillez en demander un nouveau à un coordinateur.
invite-accepted-mentor = Votre invitation en tant que mentor a été acceptée.
invite-accepted-mentee = Votre invitation en tant que mentoré a été acceptée.
ask-language = Bienvenue dans le programme de mentorat ! Quelle langue dois-je utiliser ?
ask-consent =
    Avant de commencer : pour faire fonctionner le programme, je conserve le profil que vous me donnez (nom, pays, organisation, secteur, étape de carrière, langues, compétences, objectifs, disponibilité, fuseau horaire et préférence de rencontre), les comptes de messagerie qui vous appartiennent, et ce qui se passe dans le programme (candidatures, binômes, séances). Les coordinateurs du programme peuvent voir votre profil ; les autres participants ne voient que ce qui est nécessaire à une mise en relation. Rien n'est vendu ni partagé en dehors du programme. Vous pouvez à tout moment tout consulter avec /export et tout effacer avec /forget. Envoyez /privacy pour en savoir plus.
    Acceptez-vous ?
consent-yes = J'accepte
consent-no = Je n'accepte pas
consent-refused = C'est compris. Je n'ai rien enregistré à votre sujet. Si vous changez d'avis, envoyez à nouveau /start.
ask-name = Quel est votre nom, tel que les autres participants doivent le voir ?
name-invalid = Veuillez indiquer un nom de 2 à { $max } caractères : des lettres, avec éventuellement des espaces, des traits d'union, des points ou des apostrophes entre elles.
ask-country = Dans quel pays travaillez-vous ? Tapez son nom en anglais ou son code à deux lettres (par exemple : Germany, DE).
country-invalid = Je ne connais pas le pays « { $input } ». Veuillez taper son nom en anglais ou son code ISO à deux lettres, par exemple Poland ou PL.
ask-organisation = Pour quelle organisation ou entreprise travaillez-vous ? (Envoyez « - » si aucune.)
organisation-invalid = Veuillez indiquer le nom de l'organisation en { $max } caractères au maximum, ou « - » si vous n'en avez pas.
ask-sector = Dans quel secteur travaillez-vous ?
ask-career-stage = À quelle étape de votre carrière êtes-vous ?
career-student = Étudiant
career-early = Début de carrière (jusqu'à 5 ans)
career-mid = Milieu de carrière (de 5 à 15 ans)
career-senior = Senior (plus de 15 ans)
career-executive = Dirigeant ou fondateur
ask-languages = Dans quelles langues pouvez-vous mener un entretien de mentorat ? Choisissez toutes celles qui conviennent (par exemple : 1, 3).
ask-offers = Quelles compétences pouvez-vous offrir en tant que mentor ? Choisissez toutes celles qui conviennent, ou « Aucune ». Même une personne en début de carrière peut accompagner une personne expérimentée dans une compétence qu'elle maîtrise (mentorat inversé).
ask-years = Combien d'années d'expérience avez-vous en « { $competence } » ?
years-invalid = Veuillez répondre par un nombre entier d'années, entre 0 et 60.
ask-capacity = Combien de mentorés pouvez-vous accompagner en même temps ? (un nombre de 1 à { $max } ; la plupart des mentors en accompagnent 2)
capacity-invalid = Veuillez répondre par un nombre entier de 1 à { $max }.
ask-seeks = Quelles compétences aimeriez-vous développer avec un mentor ? Choisissez toutes celles qui conviennent, ou « Aucune ».
offers-or-seeks-required = Veuillez choisir au moins une compétence, à offrir ou à développer. Revenons à ce que vous pouvez offrir.
mentor-invite-needs-offer = Vous avez été invité en tant que mentor : veuillez donc choisir au moins une compétence que vous pouvez offrir.
mentee-invite-needs-seek = Vous avez été invité en tant que mentoré : veuillez donc choisir au moins une compétence que vous aimeriez développer.
ask-goals = Quels sont vos objectifs pour ce programme ? Quelques phrases suffisent.
goals-invalid = Veuillez décrire vos objectifs en 3 à { $max } caractères.
ask-availability = Combien d'heures par mois pouvez-vous consacrer au mentorat ? (un nombre, par exemple 4)
availability-invalid = Veuillez répondre par un nombre entier d'heures, entre 1 et 200.
ask-timezone = Dans quel fuseau horaire êtes-vous ? Choisissez-en un ou tapez son nom (par exemple : Europe/Berlin).
ask-timezone-free = Dans quel fuseau horaire êtes-vous ? Tapez son nom, par exemple Europe/Berlin ou America/New_York.
timezone-invalid = Je ne connais pas le fuseau horaire « { $input } ». Veuillez taper un nom issu de la base de données des fuseaux horaires, par exemple Europe/Berlin.
ask-meeting-mode = Comment souhaitez-vous vous rencontrer ?
meeting-online = En ligne
meeting-in-person = En personne
meeting-both = Les deux
onboarding-done = Merci, { $name } ! Voici votre profil :
next-steps-mentor = Votre proposition de mentorat est désormais une candidature : un coordinateur va l'examiner et je vous communiquerai le résultat.
next-steps-mentee = Prochaine étape : un coordinateur vous mettra en binôme avec un mentor qui parle votre langue et propose ce que vous recherchez. Je vous mettrai en relation.
next-steps-coordinator = Vous êtes coordinateur de ce programme. Envoyez /help pour voir vos commandes.
next-steps-edit = Vous pouvez modifier tout cela avec /profile edit.

## Profil

profile-title = Profil de { $name }
field-name = Nom
field-country = Pays
field-organisation = Organisation
field-sector = Secteur
field-career-stage = Étape de carrière
field-languages = Langues
field-offers = Propose en tant que mentor
field-capacity = Mentorés simultanés
capacity-value = { $count }
field-seeks = Souhaite développer
field-goals = Objectifs
field-availability = Disponibilité
field-timezone = Fuseau horaire
field-meeting-mode = Rencontres
field-roles = Rôles
field-competences = Compétences
availability-value = { $hours } h par mois
years-value = { $years ->
    [one] { $years } an
   *[other] { $years } ans
}
value-none = –
role-coordinator = coordinateur
role-mentor = mentor
role-mentor-applicant = mentor (candidature en attente)
role-mentor-interview = mentor (entretien proposé)
role-mentor-rejected = candidature de mentor non retenue
role-mentee = mentoré
profile-edit-ask = Quelle partie de votre profil voulez-vous modifier ?
profile-updated = C'est enregistré. Voici désormais votre profil :
profile-coordinator-minimal = En tant que coordinateur, vous n'avez besoin que d'un nom, d'un pays et d'un fuseau horaire.

## Langue

language-ask = Quelle langue dois-je utiliser ?
language-set = Désormais, je vous parlerai en français.

## Candidatures de mentors

application-new =
    Nouvelle candidature de mentor de { $name } ({ $country }, { $organisation }).
    Propose : { $offers }
    Objectifs : { $goals }
application-approve = Approuver
application-reject = Refuser
application-interview = Demander un entretien
application-approved-applicant = Bonne nouvelle : votre candidature de mentor a été approuvée. Merci de partager votre expérience !
application-approved-coordinator = La candidature de { $name } a été approuvée : cette personne est désormais mentor.
application-rejected-applicant = Votre candidature de mentor n'a pas été retenue. Motif indiqué par le coordinateur : { $reason }
application-rejected-coordinator = La candidature de { $name } a été refusée et le motif lui a été envoyé.
application-reason-ask = Veuillez saisir le motif du refus de la candidature de { $name }. Il lui sera envoyé.
application-reason-invalid = Veuillez indiquer un motif de 3 à { $max } caractères.
application-interview-ask = Quand souhaitez-vous vous entretenir avec { $name } ? Saisissez une date et une heure dans votre fuseau horaire ({ $timezone }), par exemple 2026-12-03 15:00.
application-interview-invalid = Je n'ai pas pu interpréter « { $input } » comme une date et une heure à venir. Veuillez utiliser le format 2026-12-03 15:00.
application-interview-applicant = Un coordinateur, { $coordinator }, souhaite s'entretenir avec vous au sujet de votre candidature de mentor le { $when } (votre heure locale, { $timezone }). Veuillez lui répondre pour confirmer.
application-interview-coordinator = Un entretien a été proposé à { $name } le { $when } ({ $timezone }).
application-already-decided = Une décision a déjà été prise pour cette candidature.
application-unknown = Je ne trouve plus cette candidature.
applications-none = Aucune candidature de mentor n'est en attente.
applications-title = Candidatures de mentors en attente de décision : { $count }

## Coordinateurs et invitations

grant-usage = Utilisation : /grant coordinator <personne>, où <personne> est le nom ou l'identifiant de messagerie de la personne.
grant-unknown = Je n'ai trouvé personne du nom de « { $input } » parmi les participants inscrits.
grant-ambiguous = Plusieurs personnes correspondent à « { $input } ». Veuillez utiliser l'identifiant de messagerie de la personne.
grant-done = { $name } est désormais coordinateur.
grant-already = { $name } est déjà coordinateur.
grant-received = { $by } vous a nommé coordinateur du programme. Envoyez /help pour voir vos nouvelles commandes.
invite-usage = Utilisation : /invite mentor|mentee [utilisations] [jours], par exemple /invite mentee 10 30. Utilisations : de 1 à 500 ; jours : de 1 à 365.
invite-created =
    Code d'invitation pour { $role } ({ $uses ->
        [one] { $uses } utilisation
       *[other] { $uses } utilisations
    }, valable jusqu'au { $until }) :
    { $code }
    Les nouveaux participants envoient : /start { $code }
role-name-mentor = un mentor
role-name-mentee = un mentoré

## Association de comptes

link-code =
    Votre code d'association est { $code }. Il est valable 10 minutes.
    Depuis votre autre compte de messagerie, envoyez : /link { $code }
link-done = Ce compte est désormais associé à votre profil, { $name }.
link-invalid = Ce code d'association n'est pas valide ou a expiré. Envoyez /link depuis votre premier compte pour en obtenir un nouveau.
link-already = Ce compte appartient déjà à votre profil.
link-other-profile = Ce compte appartient déjà à un autre profil. Envoyez d'abord /forget ici si vous voulez l'associer.
link-needs-profile = Pour obtenir un code, envoyez /link depuis le compte qui possède déjà un profil.
notify-usage = Utilisation : /notify-on <plateforme>, parmi : { $platforms }. Les notifications sont actuellement envoyées à votre compte { $current }.
notify-set = Désormais, j'envoie les notifications à votre compte { $platform }.
notify-unknown = Aucun compte { $platform } n'est associé à votre profil. Vos comptes : { $platforms }.
link-notice = Un autre compte de messagerie ({ $platform }) a été associé à votre profil. Si ce n'était pas vous, prévenez un coordinateur.

## Confidentialité

privacy =
    Ce que je conserve, et pourquoi :
    • Votre profil (nom, pays, organisation, secteur, étape de carrière, langues, compétences, objectifs, disponibilité, fuseau horaire, préférence de rencontre) – pour vous mettre en relation avec les bonnes personnes.
    • Vos comptes de messagerie – pour vous joindre là où vous discutez.
    • Les données du programme (candidatures, binômes, séances, heures, rapports) – pour faire fonctionner le programme et en rendre compte.
    • Un journal d'audit des actions des coordinateurs – pour garantir la responsabilité de chacun.
    Les coordinateurs peuvent voir votre profil. Les autres participants ne voient que ce qui est nécessaire à une mise en relation.
    /export vous envoie tout ce que je conserve à votre sujet ; /forget l'efface. Les connaissances que vous avez choisi de partager restent dans la base de connaissances, sous forme anonymisée.
export-ready = Voici tout ce que je conserve à votre sujet.
forget-confirm = Cela efface votre profil, vos comptes associés et vos données du programme. C'est irréversible. Voulez-vous vraiment continuer ?
forget-yes = Oui, tout effacer
forget-no = Non, conserver mes données
forget-done = Toutes vos données ont été effacées. Au revoir, et merci d'avoir participé.
forget-kept = Rien n'a été effacé.

## Binômes

why-competences = l'offre répond à la demande en { $competences }
why-languages = tous deux parlent { $languages }
why-countries = pays différents ({ $first } et { $second })
why-overlap = { $hours ->
    [one] { $hours } heure de travail en commun
   *[other] { $hours } heures de travail en commun
}
why-reverse = mentorat inversé : le mentoré est le plus expérimenté
pair-accept = Accepter { $name }
pair-decline = Décliner { $name }
pair-intro-mentee = Voici votre mentor : { $name } ({ $country }, { $organisation }). Pourquoi vous deux : { $why }.
pair-intro-mentor = Voici votre nouveau mentoré : { $name } ({ $country }, { $organisation }). Pourquoi vous deux : { $why }. Ses objectifs : « { $goals } »
pair-intro-next = Veuillez accepter ou décliner avant le { $deadline } (votre heure locale). Dès que vous aurez accepté tous les deux, je vous mettrai en relation : convenez d'une première séance, et commencez par un accord sur les objectifs.
request-new = { $name } ({ $country }) vous demande d'être son mentor. Pourquoi vous deux : { $why }. Ses objectifs : « { $goals } » Veuillez accepter ou décliner avant le { $deadline } (votre heure locale).
request-sent = J'ai adressé la demande à { $name }. Cette personne a jusqu'au { $deadline } (votre heure locale) pour répondre ; je vous tiendrai au courant.
pair-unknown = Je ne trouve pas ce binôme, ou il ne vous concerne pas.
pair-answered-already = Une réponse a déjà été donnée, ou le délai est écoulé.
request-full = Ce mentor n'a plus de place libre : la demande a donc été transmise.
pair-accepted-wait = Merci ! Dès que { $name } aura accepté à son tour, vous pourrez commencer.
pair-active = { $name } et vous formez désormais un binôme de mentorat. Vous pouvez joindre cette personne sur { $contact }. Convenez d'une première séance, et commencez par votre accord sur les objectifs.
pair-decline-reason-ask = Souhaitez-vous dire pourquoi ? Cela aide les coordinateurs à trouver un binôme mieux assorti. Envoyez « - » pour passer cette étape.
pair-declined-self = C'est compris, la mise en relation est déclinée. Vous êtes de nouveau en attente d'un binôme.
pair-declined-other = { $name } a décliné la mise en relation. Vous êtes de nouveau en attente d'un binôme, et un coordinateur va chercher une autre correspondance.
pair-expired = La mise en relation avec { $name } n'a pas reçu de réponse à temps et a expiré. Vous êtes de nouveau en attente d'un binôme.
pair-declined-coordinator = { $who } a décliné la mise en relation de { $mentor } (mentor) et { $mentee } (mentoré). Les deux sont de nouveau en attente d'un binôme.
pair-declined-coordinator-reason = { $who } a décliné la mise en relation de { $mentor } (mentor) et { $mentee } (mentoré), en précisant : « { $reason } » Les deux sont de nouveau en attente d'un binôme.
pair-expired-coordinator = La mise en relation de { $mentor } (mentor) et { $mentee } (mentoré) a expiré sans réponse. Les deux sont de nouveau en attente d'un binôme.
request-declined-self = C'est compris, vous avez décliné la demande. Merci d'avoir répondu.
request-lapsed-mentor = La demande de { $name } n'a pas reçu de réponse à temps et a expiré.
request-passed-on = { $name } ne pouvait pas vous accompagner ; j'ai donc adressé la demande à { $next }, votre choix suivant.
request-none-left = { $name } ne pouvait pas vous accompagner, et aucun de vos autres choix n'est disponible. Envoyez /mentors pour voir qui d'autre vous correspond.
pair-state-proposed = proposé
pair-state-rejected = rejeté
pair-state-requested = demandé
pair-state-introduced = mis en relation
pair-state-active = actif
pair-state-completed = terminé
pair-state-ended = interrompu
pair-none = Vous n'avez pas encore de binôme de mentorat.
pair-list-title = Vos binômes de mentorat :
pair-role-mentor = Votre mentor
pair-role-mentee = Votre mentoré
pair-line = { $role } : { $name } – { $state } depuis le { $since }
pair-complete-button = Terminé avec { $name }
pair-end-button = Interrompre le binôme avec { $name }
pairs-none = Il n'y a pas encore de binôme. Envoyez /match pour en proposer.
pairs-title = Tous les binômes : { $count }
pairs-line = { $mentor } → { $mentee } – { $state } depuis le { $since }
pairs-end-button = Interrompre { $mentor } → { $mentee }
pair-cannot-complete = Seul un binôme actif peut être terminé ; celui-ci est { $state }.
pair-cannot-end = Ce binôme a déjà pris fin ({ $state }).
pair-completed = Félicitations : votre mentorat avec { $name } est terminé. Merci à vous deux !
pair-end-reason-ask = Pourquoi ce binôme prend-il fin ? Cela reste entre vous et les coordinateurs. Envoyez « - » pour passer cette étape.
pair-ended = Votre binôme de mentorat avec { $name } a été interrompu par { $by }. Un coordinateur peut vous aider si vous souhaitez un nouveau binôme.
pair-ended-self = Le binôme a pris fin.

## Mise en relation

match-none = Il n'y a personne à mettre en binôme pour le moment : aucun mentoré sans mentor n'a de mentor compatible disposant d'une place libre ({ $unmatched } sans binôme).
match-title = Binômes proposés : { $count } (score total { $total } ; { $unmatched } sans binôme). Personne n'est informé tant que vous n'avez pas approuvé.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … et { $count } de plus.
match-approve-all = Tout approuver
match-review = Examiner un par un
match-approve = Approuver
match-reject = Refuser
match-reviewed = Toutes les propositions ont été traitées. Envoyez /pairs pour voir les binômes.
match-approved = { $count ->
    [one] { $count } binôme approuvé et mis en relation.
   *[other] { $count } binômes approuvés et mis en relation.
}
match-approved-full = { $count ->
    [one] { $count } proposition n'a pas pu être approuvée : le mentor n'a plus de place libre, ou le mentoré a trouvé un mentor entre-temps.
   *[other] { $count } propositions n'ont pas pu être approuvées : le mentor n'a plus de place libre, ou le mentoré a trouvé un mentor entre-temps.
}
match-approved-one = { $mentor } et { $mentee } ont été mis en relation.
match-full = { $mentor } n'a plus de place libre (ou { $mentee } a trouvé un mentor entre-temps) : cette proposition a donc été abandonnée.
match-rejected-one = Refusé : { $mentor } et { $mentee } ne seront plus proposés ensemble. Le reste a été réoptimisé : { $count ->
    [one] { $count } proposition
   *[other] { $count } propositions
} désormais.
match-stale = Cette proposition n'est plus ouverte.
mentors-off = Dans ce programme, ce sont les coordinateurs qui forment les binômes ; vous serez mis en relation avec votre mentor.
mentors-not-now = Vous avez déjà un mentor ou une demande en cours, ou vous ne recherchez aucune compétence (modifiez cela avec /profile edit).
mentors-none = Aucun mentor disposant d'une place libre ne vous correspond pour le moment. Un coordinateur va chercher un binôme pour vous.
mentors-title = Les mentors qui vous correspondent le mieux :
mentors-line = { $name } ({ $country }) : { $why }
mentors-request = Demander à { $name }
mentors-gone = Ce mentor n'est plus disponible. Voici la liste à jour.
avoid-usage = Utilisation : /avoid <personne>, avec son nom ou son identifiant de messagerie. Vous ne serez jamais mis en binôme avec cette personne ; elle n'en est pas informée.
avoid-done = C'est noté : vous ne serez pas mis en binôme avec cette personne. Elle n'en est pas informée.
avoid-self = Vous ne pouvez pas vous exclure vous-même.

## Cercles

circles-usage = Utilisation : /circles form [taille], avec une taille de 2 à { $max } (5 si vous l'omettez) ; /circles affiche les cercles.
circles-none = Aucun cercle n'a pu être formé : trop peu de personnes hors cercle partagent une langue et recherchent une compétence ({ $left ->
    [one] { $left } personne laissée de côté
   *[other] { $left } personnes laissées de côté
}).
circles-formed = { $count ->
    [one] { $count } cercle formé
   *[other] { $count } cercles formés
} avec { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
} ; chaque membre a été informé de la composition de son cercle.
circles-left-out = Aucun cercle n'a pu accueillir : { $names } (aucune langue partagée avec suffisamment d'autres personnes).
circle-formed = Vous faites partie du cercle de mentorat entre pairs { $circle }, avec { $members }. Vous parlez tous { $language }.
circle-shared = Ce que plusieurs d'entre vous souhaitent développer : { $competences }.
circles-empty = Il n'y a pas encore de cercle. Envoyez /circles form pour en former.
circles-title = Cercles : { $count }
circles-line = { $circle } ({ $language }) : { $members } – { $competences }

## Séances

session-place-open = à convenir
session-describe = { $when } ({ $timezone }), { $minutes } minutes, { $mode } : { $place }
when-unreadable = Je n'ai pas pu lire cela comme une date et une heure. Saisissez-les selon votre heure locale, par exemple { $example }, « demain 15:00 » ou « mardi 18:00 ».
when-past = Ce moment est déjà passé. Veuillez indiquer un moment dans le futur, par exemple { $example }.
when-ambiguous = Cette heure est ambiguë (par exemple parce que l'heure change à ce moment-là, ou parce qu'une heure comme 3 peut désigner la nuit ou l'après-midi). Veuillez l'écrire en entier, par exemple { $example }.
when-nonexistent = Cette heure n'existe pas ce jour-là dans votre fuseau horaire, à cause du changement d'heure. Veuillez en choisir une autre, par exemple { $example }.
when-too-far = C'est trop loin. Veuillez choisir un moment dans les deux prochaines années, par exemple { $example }.
when-after-end = C'est après la fin du programme. Veuillez choisir un moment plus tôt.
book-no-pair = Il vous faut un binôme de mentorat actif pour réserver une séance. Envoyez /pair pour voir les vôtres.
book-ask-pair = Avec qui est la séance ?
book-ask-when = Quand ? Saisissez la date et l'heure dans votre fuseau horaire ({ $timezone }), par exemple { $example }, « demain 15:00 », « mardi 18:00 » ou « dans 3 jours 10:00 ».
minutes-value = { $minutes } min
book-ask-minutes = Quelle durée ? (ou saisissez le nombre de minutes)
book-minutes-invalid = Veuillez choisir une durée, ou saisir le nombre de minutes (de 15 à 480).
book-ask-mode = En ligne ou en personne ?
book-ask-link = Le lien de la séance en ligne ? Envoyez « - » si vous en conviendrez plus tard.
book-ask-place = Où vous retrouverez-vous ? Envoyez « - » si vous en conviendrez plus tard.
book-place-invalid = Veuillez indiquer le lien ou le lieu en 300 caractères au maximum, ou « - ».
repeat-once = Une seule fois
repeat-weekly = Chaque semaine
repeat-biweekly = Toutes les deux semaines
repeat-cron = selon le calendrier { $rule }
book-ask-repeat = La séance se répète-t-elle ? Choisissez, ou saisissez une règle cron (secondes minutes heures jour mois jour_de_la_semaine, p. ex. 0 0 18 * * Tue).
book-repeat-invalid = Veuillez choisir l'une des options, ou saisir une règle cron valide comme 0 0 18 * * Tue.
book-sent = J'ai demandé à { $name } de confirmer : { $session }{ $count ->
    [one] .
   *[other] , soit { $count } séances en tout.
}
session-request = { $name } propose une séance de mentorat : { $session }.
session-series = Répétition : { $rule } – { $count ->
    [one] { $count } séance
   *[other] { $count } séances
} jusqu'à la fin du programme.
session-confirm = Confirmer
session-confirm-all = Tout confirmer
session-other-time = Proposer un autre moment
session-decline = Décliner
session-unknown = Je ne trouve pas cette séance, ou elle ne vous concerne pas.
session-answered-already = Une réponse a déjà été donnée pour cette séance.
session-own-proposal = C'est vous qui l'avez proposée ; c'est l'autre personne qui la confirme.
session-declined = { $name } a décliné la séance : { $session }.
session-declined-self = Vous avez décliné la séance. L'autre personne a été informée.
session-not-upcoming = Cette séance n'est plus à venir : elle ne peut donc pas être modifiée.
session-attend-noted = Parfait, à bientôt !
session-confirmed = Votre séance avec { $name } est confirmée : { $session }{ $count ->
    [one] .
   *[other] , soit { $count } séances en tout.
} Le fichier de calendrier est joint.
session-calendar-title = Séance de mentorat avec { $name }
session-cancelled = { $name } a annulé la séance : { $session }.
session-cancelled-self = La séance est annulée, et l'autre personne a été informée.
session-ask-new-time = Quel moment vous conviendrait ? Saisissez-le dans votre fuseau horaire ({ $timezone }), par exemple { $example }.
session-time-sent = J'ai proposé le nouvel horaire à { $name } : { $session }.
session-reminder = Rappel de votre séance avec { $name } : { $session }.
reminder-late = (Ce rappel arrive en retard : je ne fonctionnais pas au moment prévu.)
session-attend = J'y serai
session-reschedule = Déplacer
session-cancel = Annuler
session-follow-up = Votre séance avec { $name } ({ $session }) a-t-elle eu lieu ?
session-held = Oui, { $minutes } minutes
session-other-length = Oui, mais plus longue ou plus courte
session-missed = Non
session-already-recorded = Cette séance a déjà été enregistrée.
session-missed-noted = C'est noté : la séance n'a pas eu lieu. Réservez-en une nouvelle avec /book.
session-ask-length = Combien de minutes a-t-elle duré ?
session-length-invalid = Veuillez répondre en minutes, de 5 à 600.
session-ask-note = Quelque chose à noter (un sujet, un accord, une prochaine étape) ? Envoyez « - » pour passer cette étape.
session-recorded = Merci ! { $minutes ->
    [one] { $minutes } minute est comptabilisée
   *[other] { $minutes } minutes sont comptabilisées
} pour vous deux.
session-recorded-other = { $name } a enregistré votre séance : { $minutes ->
    [one] { $minutes } minute est comptabilisée
   *[other] { $minutes } minutes sont comptabilisées
} pour vous deux.
session-state-proposed = en attente de confirmation
session-state-confirmed = confirmée
session-state-cancelled = annulée
session-state-held = a eu lieu
session-state-missed = n'a pas eu lieu
sessions-line = { $when } avec { $name }, { $minutes } min – { $state }
sessions-none = Vous n'avez pas encore de séance. Réservez-en une avec /book.
sessions-none-upcoming = Vous n'avez aucune séance à venir.
sessions-upcoming = À venir :
sessions-past = Récentes :
sessions-pick-reschedule = Quelle séance voulez-vous déplacer ?
sessions-pick-cancel = Quelle séance voulez-vous annuler ?

## Heures

hours-kind-bilateral = Séance en binôme
hours-kind-group = Séance de groupe
hours-kind-joint = Réunion commune
hours-kind-preparation = Préparation et comptes rendus
log-ask-kind = À quoi avez-vous consacré ce temps ?
log-ask-hours = Combien d'heures ? (par exemple 1,5 ou 90 min)
log-hours-invalid = Veuillez indiquer les heures par un nombre de 0,25 à 12 (par exemple 1,5), ou en minutes (par exemple 90 min).
log-done = Enregistré : { $hours } h, { $kind }.
hours-title = Vos heures : { $hours } h au total.
hours-line = { $kind } : { $hours } h
hours-budget = Le budget du programme est de { $budget ->
    [one] { $budget } heure
   *[other] { $budget } heures
} par mentoré : il reste { $left } h. Séances en binôme jusqu'ici : { $bilateral } h ({ $min ->
    [one] au moins { $min } heure est attendue
   *[other] au moins { $min } heures sont attendues
}).
hours-warning = Vous avez utilisé { $hours } h sur le budget de { $budget } h du programme.
hours-budget-reached = Vous avez atteint le budget du programme, soit { $budget ->
    [one] { $budget } heure
   *[other] { $budget } heures
}.
hours-refused = Ces heures dépasseraient le budget du programme, soit { $budget ->
    [one] { $budget } heure
   *[other] { $budget } heures
} (il reste { $left } h) : elles n'ont donc pas été enregistrées. Un coordinateur peut vous aider.
hours-pending = { $hours } h de plus dépasseraient le budget du programme, soit { $budget ->
    [one] { $budget } heure
   *[other] { $budget } heures
} : elles attendent donc l'approbation d'un coordinateur. Vous recevrez une réponse.
hours-approval-request = { $name } a enregistré { $hours } h ({ $kind }), ce qui porte son total à { $total } h, au-delà du budget de { $budget } h. Approuver ces heures ?
hours-approve = Approuver
hours-refuse = Refuser
hours-approved-coordinator = Approuvé : les { $hours } h de { $name } sont enregistrées.
hours-refused-coordinator = Refusé : les { $hours } h de { $name } ne sont pas enregistrées.
hours-approved = { $name } a approuvé vos { $hours } h au-delà du budget : elles sont enregistrées.
hours-not-approved = { $name } n'a pas approuvé vos { $hours } h au-delà du budget : elles ne sont donc pas enregistrées.
hours-request-already-decided = Une décision a déjà été prise pour ces heures.
hours-request-unknown = Je ne trouve plus ces heures.

## Programme : points d'étape, rapports, relances

checkin-ask = Comment se passe votre mentorat avec { $name } ?
checkin-rating-1 = 1 – mal
checkin-rating-2 = 2
checkin-rating-3 = 3 – correct
checkin-rating-4 = 4
checkin-rating-5 = 5 – excellent
checkin-ask-comment = Merci. Souhaitez-vous ajouter quelque chose ? Envoyez « - » pour passer cette étape.
checkin-thanks = Merci pour votre retour !
checkin-low-coordinator = { $name } a noté le mentorat avec { $other } { $rating } sur 5. Commentaire : « { $comment } »
deliverable-due = Rappel : « { $title } » est à remettre pour le { $due }. Envoyez /report pour le remettre.
deliverable-overdue = « { $title } » était à remettre pour le { $due } et n'a pas encore été remis. Envoyez /report pour le remettre.
report-none-owed = Vous n'avez aucun rapport à remettre pour le moment.
report-ask-which = Quel rapport voulez-vous remettre ?
report-not-owed = Ce rapport n'est pas à remettre par vous, ou il a déjà été remis.
report-question = Question { $number } sur { $count } (langue de réponse : { $language }) : { $question }
report-answer-invalid = Veuillez répondre en 2 à { $max } caractères.
report-preview = Voici votre « { $title } ». L'envoyer ?
report-send = Envoyer
report-restart = Recommencer
report-sent = Merci ! « { $title } » a été remis.
reports-none-configured = Ce programme ne demande aucun rapport.
reports-no-pairs = Il n'y a pas encore de binôme actif ou terminé.
reports-title = Rapports :
reports-delivered = { $name } : « { $title } » remis le { $date }
reports-due = { $name } : « { $title } » à remettre pour le { $date }
reports-overdue = { $name } : « { $title } » EN RETARD depuis le { $date }
nudge-inactive = { $name } et vous n'avez pas eu de séance depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}. Envoyez /book pour planifier la prochaine.
nudge-answer = { $name } attend votre réponse à la mise en relation. Envoyez /pair pour accepter ou décliner.
nudge-applications = { $count ->
    [one] { $count } candidature de mentor est
   *[other] { $count } candidatures de mentors sont
} en attente de décision. Envoyez /applications.
stuck-inactive = { $mentor } et { $mentee } n'ont pas eu de séance depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.

## Connaissances

kb-anonymous = un membre du programme
kb-unavailable = La base de connaissances n'est pas disponible pour le moment. Veuillez réessayer plus tard.
kb-ask-usage = Utilisation : /ask suivi de votre question (3 à { $max } caractères), par exemple /ask Comment préparer une première séance ?
kb-ask-mentor = Demander à un mentor
kb-no-results = Je n'ai rien trouvé dans la base de connaissances qui réponde à cette question. Un mentor le sait peut-être : dois-je lui transmettre votre question ?
kb-passages-title = Les passages les plus pertinents que j'ai trouvés :
kb-sources = Sources :
kb-source = [{ $number }] « { $title } », par { $author } ({ $language }, #{ $id })
kb-llm-timeout = (L'assistant de rédaction a mis trop de temps : voici donc les passages eux-mêmes.)
kb-llm-failed = (L'assistant de rédaction n'est pas disponible : voici donc les passages eux-mêmes.)
kb-helpful = Utile
kb-not-helpful = Pas utile
kb-thanks-helpful = Merci ! Cela aide à mieux classer les réponses.
kb-thanks-not-helpful = Merci. Vous pouvez aussi transmettre la question à un mentor.
kb-nothing-to-route = Posez d'abord votre question avec /ask ; je pourrai ensuite la transmettre à un mentor.
kb-no-mentor = Aucun mentor approuvé ne correspond à cette question pour le moment. Un coordinateur peut vous aider.
kb-routed-question = { $name } pose une question à laquelle la base de connaissances n'a pas pu répondre ({ $language }) : « { $question } » Pouvez-vous y répondre ?
kb-answer-button = Répondre
kb-routed = { $count ->
    [one] J'ai transmis votre question à un mentor.
   *[other] J'ai transmis votre question à { $count } mentors.
} La première réponse vous parviendra directement.
kb-question-gone = Cette question n'est plus ouverte.
kb-already-answered = Merci, mais un autre mentor a déjà répondu à cette question.
kb-answer-ask = Veuillez saisir votre réponse. Elle sera envoyée directement à la personne qui a posé la question.
kb-answer-invalid = Veuillez répondre en 10 à { $max } caractères.
kb-mentor-answer = { $name } a répondu à votre question « { $question } » : { $answer }
kb-answer-sent = Merci ! Votre réponse a été envoyée à { $name }. Peut-elle devenir une fiche de connaissances pour tout le programme ? Elle ne sera ajoutée que si vous êtes d'accord tous les deux.
kb-keep = L'ajouter à la base de connaissances
kb-private = La garder entre nous
kb-entry-exists = Elle figure déjà dans la base de connaissances.
kb-kept-private = C'est compris : elle reste entre vous deux.
kb-consent-waiting = Merci. Elle sera ajoutée dès que l'autre personne aura aussi donné son accord.
kb-entry-created = La réponse est désormais la fiche de connaissances #{ $id }. Merci de l'avoir partagée !
share-ask-title = Quel est le titre de ce que vous souhaitez partager ?
share-ask-body = Veuillez rédiger le texte : ce que vous avez appris, une méthode, la réponse à une question fréquente.
share-ask-tags = Quelles compétences cela concerne-t-il ? Choisissez toutes celles qui conviennent, ou « Aucune ».
share-visibility-programme = Tout le programme
share-visibility-pair = Seulement mon binôme de mentorat
share-ask-visibility = Qui peut la lire ?
share-name-shown = Afficher mon nom
share-name-anonymous = Afficher « un membre du programme »
share-ask-name = Comment voulez-vous être nommé en tant qu'auteur ?
share-keep-yes = La conserver, anonymisée
share-keep-no = La supprimer
share-ask-consent = Si un jour vous quittez le programme et effacez vos données, cette fiche doit-elle rester dans la base de connaissances sans votre nom, ou être supprimée ?
share-ask-language = Dans quelle langue est-elle rédigée ?
share-preview = Voici votre fiche. L'enregistrer ?
share-preview-language = Langue : { $language }
share-preview-tags = Compétences : { $tags }
share-save = Enregistrer
share-change-language = Changer la langue
share-restart = Recommencer
share-title-invalid = Veuillez indiquer un titre de 3 à { $max } caractères.
share-body-invalid = Veuillez écrire entre { $min } et { $max } caractères.
share-saved = Enregistrée comme fiche de connaissances #{ $id }. Merci de l'avoir partagée ! Vous pouvez la modifier avec /entries.
entries-none = Vous n'avez encore partagé aucune fiche. Envoyez /share pour commencer.
entries-title = Vos fiches : { $count }. Choisissez-en une pour la modifier ou la supprimer.
entries-edit = Modifier #{ $id } « { $title } »
entries-delete = Supprimer #{ $id }
entry-not-yours = Cette fiche n'est pas la vôtre, ou elle n'existe plus.
entry-ask-text = Veuillez envoyer le nouveau texte de la fiche.
entry-updated = La fiche #{ $id } est mise à jour.
entry-deleted = La fiche #{ $id } est supprimée.
hide-usage = Utilisation : /hide <numéro>, avec le numéro de la fiche tel qu'il apparaît dans les sources (par exemple /hide 12).
entry-unknown = Il n'existe pas de fiche #{ $id }.
entry-hidden = La fiche #{ $id } est masquée : elle reste dans les archives mais n'apparaît plus dans les recherches.
capture-offer = Souhaitez-vous partager cette note avec la base de connaissances du programme ? Votre partenaire de mentorat devra d'abord donner son accord.
capture-share = Partager la note
capture-nothing = Il n'y a aucune note à partager pour cette séance.
capture-ask-other = { $name } souhaite partager la note de votre séance dans la base de connaissances du programme : « { $note } » Êtes-vous d'accord ?
capture-agree = J'accepte
capture-decline = Plutôt non
capture-asked = J'ai demandé son accord à { $name }.
capture-declined-self = C'est compris : la note reste entre vous deux.
capture-declined = { $name } préfère garder la note entre vous deux.
capture-title = Notes d'une séance de mentorat du { $date }

## Vue des coordinateurs

export-which = Quelles données voulez-vous ?
export-mine = Mes propres données
export-programme = Les données du programme (CSV)
export-programme-ready = Les données du programme : participants, binômes, séances, heures et rapports.
stats-title = Le programme en un coup d'œil :
stats-people = Personnes : { $total } (mentorés : { $mentees }, mentors approuvés : { $mentors }, candidatures de mentors : { $applicants }, coordinateurs : { $coordinators })
stats-countries = Par pays : { $countries }
stats-pairs = Binômes – actifs : { $active }, en attente de réponse : { $introduced }, terminés : { $completed }, interrompus : { $ended }
stats-sessions = Séances – réalisées : { $held }, à venir : { $upcoming }
stats-hours = Heures enregistrées : { $hours } h, dont { $bilateral } h en séances en binôme (budget de { $budget } h par mentoré)
stats-reports = Rapports – remis : { $delivered }, en retard : { $overdue }
stats-checkins = Points d'étape : moyenne de { $average } sur 5 (évaluations : { $count }, dont faibles : { $low })
stats-attention = À surveiller :
stats-attention-none = Rien ne demande d'attention pour le moment.
stats-attention-inactive = { $mentor } et { $mentee } : aucune séance depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
stats-attention-unanswered = { $mentor } et { $mentee } : une mise en relation ou une demande attend une réponse
stats-attention-overdue = { $name } : « { $title } » est en retard
stats-attention-applications = { $count ->
    [one] Une candidature de mentor est en attente
   *[other] { $count } candidatures de mentors sont en attente
}
chart-hours-title = Heures par mentoré par rapport au budget
chart-hours-series = Heures enregistrées
chart-hours-axis = Heures
chart-budget = Budget ({ $budget } h)
chart-sessions-title = Séances réalisées par semaine
chart-sessions-series = Séances
chart-sessions-axis = Séances
chart-countries-title = Participants par pays
chart-countries-series = Participants
chart-countries-axis = Personnes
announce-usage = Utilisation : /announce [mentors|mentees|coordinators] <texte>, par exemple /announce mentees La réunion commune a lieu vendredi à 10:00 (CET).
announce-from = Annonce de { $name } :
announce-sent = { $count ->
    [one] L'annonce est en cours d'envoi à une personne.
   *[other] L'annonce est en cours d'envoi à { $count } personnes.
}

## Séances de groupe dans les salons

group-room-only = Cela fonctionne dans le salon de discussion d'un cercle ou d'un groupe. Veuillez l'écrire là-bas.
group-members-only = Seuls les membres du programme peuvent participer aux séances de groupe. Écrivez-moi /start en conversation privée pour rejoindre le programme.
group-help =
    Séances de groupe dans ce salon :
    /group schedule <quand> <sujet> – planifier une séance, par exemple : /group schedule demain 15:00 Recruter à l'étranger
    /group attend, /group absent – indiquer si vous viendrez
    /group start – commencer : l'ordre du jour et l'appel
    /here – répondre à l'appel
    /round [minutes] – la personne suivante présente un défi et les autres la conseillent à tour de rôle ; /next passe la parole
    /note <texte> – ajouter une note ; /action <personne> <texte> – ajouter une action à mener
    /group end – clore avec un résumé ; /group cancel – annuler la prochaine séance
    /group link <cercle> – faire de ce salon le salon du cercle
    /group room <cercle> – je crée un salon pour le cercle et j'y invite ses membres (sur Matrix)
group-status-circle = Ce salon est celui du cercle { $circle }.
group-status-cohort = Ce salon n'appartient à aucun cercle : les séances qui s'y tiennent sont des réunions communes de toute la cohorte.
group-status-none = Aucune séance de groupe n'est prévue ici.
group-status-next = Prochaine séance : « { $topic } » le { $when }. Présents annoncés : { $attend }. Excusés : { $absent }.
group-status-running = En cours : « { $topic } » (prévue le { $when }). Présents annoncés : { $attend }. Excusés : { $absent }.
group-no-circle = Ce salon n'est lié à aucun cercle : seul un coordinateur peut donc y planifier une réunion commune de la cohorte. Un membre d'un cercle peut lier le salon avec /group link <cercle>, par exemple /group link circle-1.
group-schedule-denied = Seul un coordinateur, ou un mentor membre de ce cercle, peut planifier une séance de groupe ici.
group-schedule-usage = Utilisation : /group schedule <quand> <sujet>, avec l'heure dans votre propre fuseau horaire, par exemple : /group schedule demain 15:00 Recruter à l'étranger
group-topic-invalid = Veuillez indiquer un sujet de 2 à { $max } caractères.
group-schedule-clash = Ce salon a déjà une séance à ce moment-là : « { $topic } » le { $when }. Veuillez choisir un autre moment.
group-scheduled = { $name } a planifié une séance de groupe : « { $topic } » le { $when }, { $minutes } minutes. Je la rappellerai à tout le monde avant qu'elle ait lieu. Viendrez-vous ? Répondez avec les boutons, ou avec /group attend ou /group absent.
group-invitation = { $name } a planifié une séance de groupe pour { $room } : « { $topic } » le { $when } ({ $timezone }), { $minutes } minutes. Y participerez-vous ?
group-whole-cohort = toute la cohorte
group-attend = J'y serai
group-absent = Je ne pourrai pas venir
group-will-attend = C'est noté : { $name } participera à « { $topic } ».
group-will-not-attend = C'est noté : { $name } ne pourra pas participer à « { $topic } ».
group-nothing-scheduled = Aucune séance de groupe n'est prévue dans ce salon. Planifiez-en une avec /group schedule <quand> <sujet>.
group-session-unknown = Je ne trouve pas cette séance de groupe.
group-session-over = La séance de groupe « { $topic } » est terminée ou a été annulée.
group-reminder-room = Rappel : la séance de groupe « { $topic } » a lieu le { $when }. Viendrez-vous ? Répondez avec les boutons, ou avec /group attend ou /group absent.
group-reminder = Rappel : la séance de groupe pour { $room }, « { $topic } », a lieu le { $when } ({ $timezone }).
group-cancelled = { $name } a annulé la séance de groupe « { $topic } » du { $when }.
group-cancelled-member = { $name } a annulé la séance de groupe « { $topic } » du { $when } ({ $timezone }).
group-cancel-running = Une séance en cours ne s'annule pas : elle se clôt, avec /group end.
group-run-denied = Seuls l'animateur, un coordinateur ou un mentor de ce cercle peuvent faire cela.
group-already-running = Une séance de groupe est déjà en cours ici. Clôturez-la d'abord avec /group end.
group-start-too-early = La prochaine séance, « { $topic } », est prévue le { $when }. Elle peut commencer au plus tôt { $minutes } minutes avant.
group-agenda =
    La séance de groupe « { $topic } » commence. Animation : { $name }.
    Ordre du jour :
    1. Appel : répondez avec /here ou le bouton.
    2. Tours : /round désigne une personne qui présente un défi ; les autres donnent leurs conseils à tour de rôle, et /next passe la parole. Chaque tour dure { $minutes } minutes.
    3. Tout au long de la séance : /note <texte> pour les notes, /action <personne> <texte> pour les actions à mener.
    4. /group end clôt la séance avec un résumé.
    Attendus : { $expected }. Excusés : { $excused }.
group-here-button = Je suis là
group-not-running = Aucune séance de groupe n'est en cours dans ce salon. Une séance planifiée commence avec /group start.
group-present = Bienvenue, { $name } ! { $count ->
    [one] Une personne est présente.
   *[other] { $count } personnes sont présentes.
}
group-already-present = Vous êtes déjà sur la liste, { $name }.
group-not-present = Veuillez d'abord répondre à l'appel avec /here.
group-note-usage = Utilisation : /note <texte>, de 2 à { $max } caractères.
group-noted = C'est noté ({ $count ->
    [one] une note
   *[other] { $count } notes
} jusqu'ici).
group-action-usage = Utilisation : /action <personne> <texte>, par exemple : /action Ben envoyer la liste des prix ({ $max } caractères au maximum).
group-action-unknown = Je ne connais pas « { $name } » dans cette séance. Veuillez utiliser le nom d'une personne invitée ou présente : { $members }.
group-action-ambiguous = « { $name } » correspond à plusieurs personnes ici. Veuillez écrire le nom complet : { $members }.
group-action-noted = Action à mener pour { $name } : { $text }
group-action-reminder = Rappel de la séance de groupe « { $topic } » du { $date }. Votre action à mener : { $text }
group-round-usage = Utilisation : /round, ou /round <minutes> pour limiter le tour à une durée de 2 à 120 minutes.
group-round-too-few = Un tour nécessite au moins deux personnes présentes. Répondez à l'appel avec /here.
group-round-all-presented = Toutes les personnes présentes ont présenté. Clôturez la séance avec /group end.
group-round-start = Tour { $number } ({ $minutes } minutes) : { $name } présente un défi. Ensuite, les conseils, dans cet ordre : { $advisers }. /next passe la parole.
group-next-adviser = { $name }, vos conseils, s'il vous plaît (tour { $number }, { $left ->
    [0] le temps est écoulé
    [one] il reste une minute
   *[other] il reste { $left } minutes
}).
group-round-done = Le tour { $number } est terminé. Merci, { $name } ! /round pour la personne suivante, ou /group end pour clore.
group-no-round = Aucun tour n'est en cours. Commencez-en un avec /round.
group-next-denied = Seuls la personne qui a la parole, l'animateur ou un coordinateur peuvent passer la parole.
group-round-warning = { $left ->
    [one] Il reste une minute
   *[other] Il reste { $left } minutes
} dans le tour { $number }.
group-round-over = Le temps du tour { $number } est écoulé. { $name }, veuillez conclure ; ensuite /next ou /round.
group-summary-title = Résumé de la séance de groupe « { $topic } » du { $date } ({ $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    })
group-summary-present = Présents ({ $count }) : { $names }
group-summary-excused = Excusés : { $names }
group-summary-notes = Notes :
group-summary-no-notes = Aucune note n'a été prise.
group-summary-actions = Actions à mener :
group-summary-action = { $name } : { $text }
group-summary-written = En bref :
group-hours-logged = J'ai enregistré { $hours } h au titre de « { $kind } » { $count ->
    [one] pour la personne présente.
   *[other] pour chacune des { $count } personnes présentes.
}
group-consent-asked = Les notes peuvent-elles être versées dans la base de connaissances du programme, sans noms ? J'ai posé la question à chacun d'entre vous en conversation privée. Elles ne sont enregistrées que si toutes les personnes présentes donnent leur accord dans les { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}.
group-consent-question = Merci d'avoir participé à « { $topic } » : j'ai enregistré { $hours } h pour vous. Les notes de la séance peuvent-elles être enregistrées dans la base de connaissances du programme, sans le nom de quiconque ? Elles ne le sont que si toutes les personnes présentes donnent leur accord avant le { $until } ({ $timezone }).
group-consent-yes = Oui, les enregistrer
group-consent-no = Non
group-consent-closed = La question sur les notes de « { $topic } » est close.
group-consent-not-yours = Seules les personnes présentes sont consultées sur ces notes.
group-consent-refused-self = C'est noté : les notes ne seront pas enregistrées.
group-consent-refused = Tout le monde n'a pas donné son accord : les notes de « { $topic } » ne sont donc pas enregistrées dans la base de connaissances.
group-consent-thanks = Merci ! { $agreed } sur { $count } ont donné leur accord jusqu'ici.
group-consent-thanks-saved = Merci ! Tout le monde est d'accord : les notes sont enregistrées comme fiche { $id }.
group-consent-saved = Tout le monde est d'accord : les notes de « { $topic } » sont enregistrées dans la base de connaissances comme fiche { $id }.
group-consent-lapsed = Tout le monde n'a pas répondu à temps : les notes de « { $topic } » ne sont donc pas enregistrées dans la base de connaissances.
group-entry-title = Séance de groupe : { $topic } ({ $date })
group-entry-actions = Prochaines étapes convenues :
group-link-usage = Utilisation : /group link <cercle>, par exemple : /group link circle-1
group-link-unknown = Il n'existe pas de cercle nommé « { $circle } ». Cercles : { $circles }.
group-link-denied = Seul un coordinateur ou un membre de { $circle } peut lier ce salon à ce cercle.
group-linked = Ce salon est désormais celui de { $circle } (membres : { $members }).
group-room-usage = Utilisation : /group room <cercle>, par exemple : /group room circle-1. Je crée un salon pour le cercle, j'y invite ses membres et je le lie au cercle.
group-room-creating = Je crée un salon pour { $circle } avec { $members }. Il apparaîtra dans votre liste de discussions (si la plateforme le demande, acceptez l'invitation).
group-room-missing = Non invités, faute de compte { $platform } lié : { $names }.
group-room-unsupported = Sur { $platform }, je ne peux pas créer de salons moi-même. Créez un groupe avec les membres de { $circle }, ajoutez-moi et envoyez-y /group link { $circle }.

## Menus de commandes (liste de commandes de Telegram, commandes slash de Discord) : courts, 100 caractères au maximum

cmd-start = Rejoindre le programme
cmd-start-code = Code d'invitation ou d'association, si vous en avez un
cmd-help = Ce que je peux faire
cmd-profile = Afficher votre profil, ou le modifier
cmd-profile-action = « edit » pour modifier une partie de votre profil
cmd-language = Changer la langue dans laquelle je vous parle
cmd-link = Associer un autre compte de messagerie à votre profil
cmd-link-code = Le code obtenu depuis votre autre compte
cmd-notify-on = Choisir le compte de messagerie qui reçoit les notifications
cmd-notify-on-platform = telegram, matrix, discord ou console
cmd-privacy = Ce que je conserve et pourquoi
cmd-export = Recevoir toutes vos données dans un fichier
cmd-forget = Effacer toutes vos données
cmd-cancel = Arrêter ce que nous sommes en train de faire
cmd-applications = Candidatures de mentors en attente de décision
cmd-invite = Créer un code d'invitation
cmd-invite-role = À qui s'adresse le code : mentor ou mentee
cmd-invite-uses = Combien de personnes peuvent l'utiliser (1–500)
cmd-invite-days = Combien de jours il reste valable (1–365)
cmd-grant = Nommer quelqu'un coordinateur
cmd-grant-role = Le rôle à attribuer
cmd-grant-person = Son nom ou son identifiant de messagerie
cmd-pair = Vos binômes de mentorat
cmd-mentors = Les mentors qui vous correspondent
cmd-avoid = Ne jamais être mis en binôme avec quelqu'un
cmd-avoid-person = Son nom ou son identifiant de messagerie
cmd-match = Proposer les meilleurs binômes pour toutes les personnes sans mentor
cmd-pairs = Tous les binômes du programme
cmd-circles = Former des cercles de mentorat entre pairs, ou les afficher
cmd-circles-action = « form » pour former des cercles avec toutes les personnes qui n'en ont pas encore
cmd-circles-size = Personnes par cercle (2–12, 5 par défaut)
cmd-book = Réserver une séance avec votre mentor ou votre mentoré
cmd-sessions = Vos séances
cmd-reschedule = Déplacer une séance à un autre moment
cmd-cancel-session = Annuler une séance
cmd-log = Enregistrer des heures
cmd-hours = Vos heures par rapport au budget
cmd-report = Remettre un rapport
cmd-reports = Qui a remis quel rapport
cmd-ask = Interroger la base de connaissances du programme
cmd-ask-question = Votre question
cmd-share = Partager un savoir-faire avec le programme
cmd-entries = Vos fiches de connaissances
cmd-hide = Masquer une fiche de connaissances
cmd-hide-entry = Le numéro de la fiche
cmd-stats = Le programme en un coup d'œil, avec des graphiques
cmd-announce = Un message à toute la cohorte ou à un rôle
cmd-announce-audience = Qui le reçoit (tout le monde par défaut)
cmd-announce-text = Le message
cmd-group = Séances de groupe dans ce salon : planifier, commencer, clore, participer
cmd-group-action = schedule, start, end, attend, absent, cancel, link ou room
cmd-group-details = Pour schedule : quand et le sujet ; pour link et room : le cercle
cmd-here = Répondre à l'appel d'une séance de groupe
cmd-round = La personne suivante qui présente, dans une séance de groupe
cmd-round-minutes = La durée du tour en minutes (2–120)
cmd-next = Passer la parole à la personne suivante
cmd-note = Ajouter une note à la séance de groupe
cmd-note-text = La note
cmd-action = Ajouter une action à mener pour quelqu'un
cmd-action-person = Qui s'en charge : son nom
cmd-action-text = Ce que la personne fera
