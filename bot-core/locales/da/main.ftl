# mentor-cloud — dansk (Danish).
# Oversættelse af en/main.ftl; nøgler og variabler skal være de samme som i den engelske fil.

## Generelt

welcome-back = Velkommen tilbage, { $name }! Send /help for at se, hvad jeg kan.
not-joined = Hej! Jeg er programmets mentorassistent. Send /start for at blive en del af programmet.
not-understood = Det forstod jeg ikke. Send /help for at se, hvad jeg kan.
unknown-command = Jeg kender ikke kommandoen { $command }. Send /help for at se, hvad jeg kan.
text-too-long = Din besked er for lang ({ $length } tegn; grænsen er { $limit }). Gør den venligst kortere.
empty-message = Beskeden var tom. Skriv venligst et svar.
internal-error = Beklager, der gik noget galt hos mig, og intet blev ændret. Prøv igen om lidt.
nothing-to-cancel = Der er intet at annullere.
cancelled = Annulleret. Intet blev ændret.
onboarding-cancelled = Tilmeldingen blev annulleret, og intet blev gemt. Send /start, når du vil begynde igen.
dialog-in-progress = Vi er midt i noget. Besvar spørgsmålet ovenfor, eller send /cancel for at stoppe.
direct-only = Det her er privat, så jeg svarer kun på det i en direkte chat. Jeg har sendt det til dig der.
direct-only-start = Skriv til mig i en direkte chat for at gøre det.
not-in-room = Denne kommando virker kun i direkte chats.
coordinator-only = Det kan kun programmets koordinatorer.
needs-profile = Du er ikke tilmeldt endnu. Send /start for at tilmelde dig.
choice-invalid = Vælg en af mulighederne: Svar med dens nummer eller navn.
choice-invalid-multi = Vælg en eller flere muligheder: deres numre eller navne, adskilt med komma (for eksempel: 1, 3).
choice-none = Ingen
choice-done = Færdig
discord-reply = Svar
discord-reply-title = Dit svar
discord-reply-label = Skriv dit svar

help =
    Det kan jeg:
    /start – tilmeld dig programmet (med en invitationskode, hvis du har en)
    /profile – vis din profil; /profile edit – ret den
    /pair – dine mentorpar
    /book – book en session med din mentor eller mentee
    /sessions – dine sessioner; /reschedule, /cancel-session – ændr en af dem
    /log – registrer timer; /hours – dine timer set i forhold til programmets budget
    /report – aflever en rapport, som programmet beder om
    /ask <spørgsmål> – spørg programmets vidensbase
    /share – del knowhow med programmet; /entries – dine indlæg
    /mentors – mentorer, der passer til dig (når programmet lader dig vælge)
    /avoid <person> – bliv aldrig sat i par med en bestemt person
    /language – skift det sprog, jeg taler med dig på
    /link – knyt en anden chatkonto til din profil
    /notify-on – vælg den chatkonto, der får mine notifikationer
    /privacy – hvad jeg gemmer, og hvorfor
    /export – få alle dine data som en fil
    /forget – slet alle dine data
    /cancel – stop det, vi er i gang med
help-coordinator =
    For koordinatorer:
    /applications – mentoransøgninger, der venter på en afgørelse
    /match – foreslå de bedste par for alle uden en mentor
    /pairs – alle programmets par
    /reports – hvem der har afleveret hvilken rapport, og hvad der er forsinket
    /hide <nummer> – skjul et vidensindlæg
    /stats – programmet i overblik, med diagrammer; /export – programmets data som CSV-filer
    /announce [mentors|mentees|coordinators] <tekst> – en meddelelse til hele holdet eller én rolle
    /circles form [størrelse] – del alle ind i peer-mentoring-cirkler; /circles viser dem
    /invite mentor|mentee [antal] [dage] – opret en invitationskode
    /grant coordinator <person> – gør en person til koordinator

## Tilmelding

start-already-joined = Du er allerede tilmeldt, { $name }. Send /profile for at se din profil.
start-resume = Lad os fortsætte, hvor vi slap.
invite-required = Man kan kun deltage i programmet efter invitation. Bed en koordinator om en invitationskode, og send /start efterfulgt af koden.
invite-invalid = Invitationskoden { $code } er ugyldig eller udløbet. Bed en koordinator om en ny.
invite-accepted-mentor = Din invitation som mentor blev accepteret.
invite-accepted-mentee = Din invitation som mentee blev accepteret.
ask-language = Velkommen til mentorprogrammet! Hvilket sprog skal jeg bruge?
ask-consent =
    Før vi går i gang: For at drive programmet gemmer jeg den profil, du giver mig (navn, land, organisation, branche, karrieretrin, sprog, kompetencer, mål, tilgængelighed, tidszone og foretrukken mødeform), hvilke chatkonti der er dine, og hvad der sker i programmet (ansøgninger, par, sessioner). Programmets koordinatorer kan se din profil; andre deltagere ser kun det, der er nødvendigt for at danne et par. Intet bliver solgt eller delt uden for programmet. Du kan til enhver tid se det hele med /export og slette det med /forget. Send /privacy for at læse mere.
    Er du indforstået?
consent-yes = Ja, jeg er indforstået
consent-no = Nej, jeg er ikke indforstået
consent-refused = Forstået. Jeg har ikke gemt noget om dig. Hvis du ombestemmer dig, så send /start igen.
ask-name = Hvad hedder du – sådan som de andre deltagere skal se det?
name-invalid = Angiv et navn på mellem 2 og { $max } tegn: bogstaver, eventuelt med mellemrum, bindestreger, punktummer eller apostroffer imellem.
ask-country = Hvilket land arbejder du i? Skriv landets engelske navn eller dets landekode på to bogstaver (for eksempel: Denmark, DK).
country-invalid = Jeg kender ikke landet „{ $input }“. Skriv landets engelske navn eller dets ISO-kode på to bogstaver, for eksempel Poland eller PL.
ask-organisation = Hvilken organisation eller virksomhed arbejder du for? (Send „-“, hvis du ikke har nogen.)
organisation-invalid = Angiv organisationens navn med højst { $max } tegn, eller „-“, hvis du ikke har nogen.
ask-sector = Hvilken branche arbejder du i?
ask-career-stage = Hvilket trin i karrieren er du på?
career-student = Studerende
career-early = Tidlig karriere (op til 5 år)
career-mid = Midt i karrieren (5 til 15 år)
career-senior = Senior (over 15 år)
career-executive = Topleder eller stifter
ask-languages = Hvilke sprog kan du føre en mentorsamtale på? Vælg alle, der passer (for eksempel: 1, 3).
ask-offers = Hvilke kompetencer kan du tilbyde som mentor? Vælg alle, der passer, eller „Ingen“. Selv en junior kan være mentor for en senior i en færdighed, som vedkommende mestrer (omvendt mentoring).
ask-years = Hvor mange års erfaring har du med „{ $competence }“?
years-invalid = Svar med et helt antal år mellem 0 og 60.
ask-capacity = Hvor mange mentees kan du have ad gangen? (et tal fra 1 til { $max }; de fleste mentorer har 2)
capacity-invalid = Svar med et helt tal fra 1 til { $max }.
ask-seeks = Hvilke kompetencer vil du gerne udvikle sammen med en mentor? Vælg alle, der passer, eller „Ingen“.
offers-or-seeks-required = Vælg mindst én kompetence, enten til at tilbyde eller til at udvikle. Lad os gå tilbage til, hvad du kan tilbyde.
mentor-invite-needs-offer = Du er inviteret som mentor, så vælg mindst én kompetence, du kan tilbyde.
mentee-invite-needs-seek = Du er inviteret som mentee, så vælg mindst én kompetence, du gerne vil udvikle.
ask-goals = Hvad er dine mål med programmet? Et par sætninger er nok.
goals-invalid = Beskriv dine mål med 3 til { $max } tegn.
ask-availability = Hvor mange timer om måneden kan du bruge på mentoring? (et tal, for eksempel 4)
availability-invalid = Svar med et helt antal timer mellem 1 og 200.
ask-timezone = Hvilken tidszone er du i? Vælg en, eller skriv dens navn (for eksempel: Europe/Copenhagen).
ask-timezone-free = Hvilken tidszone er du i? Skriv dens navn, for eksempel Europe/Copenhagen eller America/New_York.
timezone-invalid = Jeg kender ikke tidszonen „{ $input }“. Skriv et navn fra tidszonedatabasen, for eksempel Europe/Copenhagen.
ask-meeting-mode = Hvordan vil du helst mødes?
meeting-online = Online
meeting-in-person = Fysisk
meeting-both = Begge dele
onboarding-done = Tak, { $name }! Her er din profil:
next-steps-mentor = Dit tilbud om at være mentor er nu en ansøgning: En koordinator gennemgår den, og jeg giver dig besked om resultatet.
next-steps-mentee = Næste skridt: En koordinator finder en mentor til dig, som taler dit sprog og tilbyder det, du søger. Jeg præsenterer jer for hinanden.
next-steps-coordinator = Du er koordinator for dette program. Send /help for at se dine kommandoer.
next-steps-edit = Du kan ændre alt dette med /profile edit.

## Profil

profile-title = Profil for { $name }
field-name = Navn
field-country = Land
field-organisation = Organisation
field-sector = Branche
field-career-stage = Karrieretrin
field-languages = Sprog
field-offers = Tilbyder som mentor
field-capacity = Mentees ad gangen
capacity-value = { $count }
field-seeks = Vil gerne udvikle
field-goals = Mål
field-availability = Tilgængelighed
field-timezone = Tidszone
field-meeting-mode = Møder
field-roles = Roller
field-competences = Kompetencer
availability-value = { $hours ->
    [one] { $hours } time om måneden
   *[other] { $hours } timer om måneden
}
years-value = { $years } år
value-none = –
role-coordinator = koordinator
role-mentor = mentor
role-mentor-applicant = mentor (ansøgning afventer)
role-mentor-interview = mentor (samtale foreslået)
role-mentor-rejected = mentoransøgning ikke godkendt
role-mentee = mentee
profile-edit-ask = Hvilken del af din profil vil du ændre?
profile-updated = Gemt. Din profil ser nu sådan ud:
profile-coordinator-minimal = Som koordinator behøver du kun et navn, et land og en tidszone.

## Sprog

language-ask = Hvilket sprog skal jeg bruge?
language-set = Fra nu af taler jeg dansk med dig.

## Mentoransøgninger

application-new =
    Ny mentoransøgning fra { $name } ({ $country }, { $organisation }).
    Tilbyder: { $offers }
    Mål: { $goals }
application-approve = Godkend
application-reject = Afvis
application-interview = Bed om en samtale
application-approved-applicant = Gode nyheder: Din ansøgning som mentor er blevet godkendt. Tak, fordi du deler din erfaring!
application-approved-coordinator = { $name } er nu godkendt som mentor.
application-rejected-applicant = Din ansøgning som mentor blev ikke godkendt. Koordinatorens begrundelse: { $reason }
application-rejected-coordinator = Ansøgningen fra { $name } blev afvist, og begrundelsen er sendt til ansøgeren.
application-reason-ask = Skriv begrundelsen for at afvise ansøgningen fra { $name }. Den bliver sendt til ansøgeren.
application-reason-invalid = Angiv en begrundelse på 3 til { $max } tegn.
application-interview-ask = Hvornår vil du tale med { $name }? Skriv en dato og et klokkeslæt i din tidszone ({ $timezone }), for eksempel 2026-12-03 15:00.
application-interview-invalid = Jeg kunne ikke læse „{ $input }“ som en dato og et klokkeslæt i fremtiden. Brug formatet 2026-12-03 15:00.
application-interview-applicant = En koordinator, { $coordinator }, vil gerne tale med dig om din mentoransøgning den { $when } (din tid, { $timezone }). Svar venligst koordinatoren for at bekræfte.
application-interview-coordinator = { $name } er blevet bedt om en samtale den { $when } ({ $timezone }).
application-already-decided = Der er allerede truffet en afgørelse om denne ansøgning.
application-unknown = Jeg kan ikke længere finde den ansøgning.
applications-none = Ingen mentoransøgninger venter.
applications-title = Mentoransøgninger, der venter på en afgørelse: { $count }

## Koordinatorer og invitationer

grant-usage = Brug: /grant coordinator <person>, hvor <person> er personens navn eller chatbrugernavn.
grant-unknown = Jeg fandt ingen tilmeldt deltager ved navn „{ $input }“.
grant-ambiguous = Mere end én person passer på „{ $input }“. Brug personens chatbrugernavn.
grant-done = { $name } er nu koordinator.
grant-already = { $name } er allerede koordinator.
grant-received = { $by } har gjort dig til koordinator for programmet. Send /help for at se dine nye kommandoer.
invite-usage = Brug: /invite mentor|mentee [antal] [dage], for eksempel /invite mentee 10 30. Antal anvendelser: 1 til 500, dage: 1 til 365.
invite-created =
    Invitationskode til { $role } (kan bruges { $uses ->
        [one] { $uses } gang
       *[other] { $uses } gange
    }, gyldig til { $until }):
    { $code }
    Nye deltagere sender: /start { $code }
role-name-mentor = mentorer
role-name-mentee = mentees

## Tilknytning af konti

link-code =
    Din tilknytningskode er { $code }. Den er gyldig i 10 minutter.
    Send fra din anden chatkonto: /link { $code }
link-done = Denne konto er nu knyttet til din profil, { $name }.
link-invalid = Tilknytningskoden er ugyldig eller udløbet. Send /link fra din første konto for at få en ny.
link-already = Denne konto hører allerede til din profil.
link-other-profile = Denne konto hører allerede til en anden profil. Send /forget her først, hvis du vil knytte den til din profil.
link-needs-profile = Send /link fra den konto, der allerede har en profil, for at få en kode.
notify-usage = Brug: /notify-on <platform>, en af: { $platforms }. Notifikationer går nu til din konto på { $current }.
notify-set = Fra nu af sender jeg notifikationer til din konto på { $platform }.
notify-unknown = Du har ingen konto på { $platform } knyttet til din profil. Dine konti: { $platforms }.
link-notice = En anden chatkonto ({ $platform }) er blevet knyttet til din profil. Hvis det ikke var dig, så sig det til en koordinator.

## Privatliv

privacy =
    Hvad jeg gemmer, og hvorfor:
    • Din profil (navn, land, organisation, branche, karrieretrin, sprog, kompetencer, mål, tilgængelighed, tidszone, foretrukken mødeform) – for at sætte dig sammen med de rigtige mennesker.
    • Dine chatkonti – for at kunne nå dig der, hvor du chatter.
    • Programdata (ansøgninger, par, sessioner, timer, rapporter) – for at drive programmet og rapportere om det.
    • En log over koordinatorernes handlinger – af hensyn til ansvarlighed.
    Koordinatorerne kan se din profil. Andre deltagere ser kun det, som en parring kræver.
    /export sender dig alt, hvad jeg gemmer om dig; /forget sletter det. Viden, som du har valgt at dele, bliver i vidensbasen i anonymiseret form.
export-ready = Her er alt, hvad jeg gemmer om dig.
forget-confirm = Dette sletter din profil, dine tilknyttede konti og dine programdata. Det kan ikke fortrydes. Er du sikker?
forget-yes = Ja, slet det hele
forget-no = Nej, behold mine data
forget-done = Alle dine data er slettet. Farvel, og tak fordi du var med.
forget-kept = Intet blev slettet.

## Par

why-competences = tilbud og ønske mødes i { $competences }
why-languages = begge taler { $languages }
why-countries = forskellige lande ({ $first } og { $second })
why-overlap = { $hours ->
    [one] én fælles arbejdstime
   *[other] { $hours } fælles arbejdstimer
}
why-reverse = omvendt mentoring: mentee er den mest erfarne
pair-accept = Accepter { $name }
pair-decline = Afslå { $name }
pair-intro-mentee = Mød din mentor: { $name } ({ $country }, { $organisation }). Hvorfor jer to: { $why }.
pair-intro-mentor = Mød din nye mentee: { $name } ({ $country }, { $organisation }). Hvorfor jer to: { $why }. Vedkommendes mål: „{ $goals }“
pair-intro-next = Accepter eller afslå senest { $deadline } (din tid). Når I begge har accepteret, sætter jeg jer i forbindelse med hinanden: Aftal en første session, og start med en målaftale.
request-new = { $name } ({ $country }) beder dig om at være mentor. Hvorfor jer to: { $why }. Vedkommendes mål: „{ $goals }“ Accepter eller afslå senest { $deadline } (din tid).
request-sent = Jeg har spurgt { $name }. Vedkommende har indtil { $deadline } (din tid) til at svare; jeg giver dig besked.
pair-unknown = Jeg kan ikke finde det par, eller det er ikke dit.
pair-answered-already = Det er allerede besvaret eller udløbet.
request-full = Den mentor har ikke længere en ledig plads, så anmodningen blev sendt videre.
pair-accepted-wait = Tak! Så snart { $name } også accepterer, kan I gå i gang.
pair-active = Du og { $name } er nu et mentorpar. Du kan kontakte vedkommende på { $contact }. Aftal en første session, og start med jeres målaftale.
pair-decline-reason-ask = Vil du fortælle hvorfor? Det hjælper koordinatorerne med at finde et bedre match. Send „-“ for at springe over.
pair-declined-self = Forstået, introduktionen er afslået. Du er tilbage i puljen.
pair-declined-other = { $name } har afslået introduktionen. Du er tilbage i puljen, og en koordinator vil lede efter et andet match.
pair-expired = Introduktionen til { $name } blev ikke besvaret i tide og er udløbet. Du er tilbage i puljen.
pair-declined-coordinator = { $who } har afslået introduktionen af { $mentor } (mentor) og { $mentee } (mentee). Begge er tilbage i puljen.
pair-declined-coordinator-reason = { $who } har afslået introduktionen af { $mentor } (mentor) og { $mentee } (mentee) med begrundelsen: „{ $reason }“ Begge er tilbage i puljen.
pair-expired-coordinator = Introduktionen af { $mentor } (mentor) og { $mentee } (mentee) udløb uden svar. Begge er tilbage i puljen.
request-declined-self = Forstået, du har afslået anmodningen. Tak for dit svar.
request-lapsed-mentor = Anmodningen fra { $name } blev ikke besvaret i tide og er udløbet.
request-passed-on = { $name } kunne ikke tage dig, så jeg har spurgt { $next }, dit næste valg.
request-none-left = { $name } kunne ikke tage dig, og ingen af dine andre valg har en ledig plads. Send /mentors for at se, hvem der ellers passer.
pair-state-proposed = foreslået
pair-state-rejected = afvist
pair-state-requested = anmodet
pair-state-introduced = introduceret
pair-state-active = aktivt
pair-state-completed = gennemført
pair-state-ended = afsluttet
pair-none = Du har ikke noget mentorpar endnu.
pair-list-title = Dine mentorpar:
pair-role-mentor = Din mentor
pair-role-mentee = Din mentee
pair-line = { $role }: { $name } – { $state } siden { $since }
pair-complete-button = Gennemført med { $name }
pair-end-button = Afslut parret med { $name }
pairs-none = Der er ingen par endnu. Send /match for at foreslå nogle.
pairs-title = Alle par: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } siden { $since }
pairs-end-button = Afslut { $mentor } → { $mentee }
pair-cannot-complete = Kun et aktivt par kan gennemføres; dette er { $state }.
pair-cannot-end = Dette par er allerede slut ({ $state }).
pair-completed = Tillykke: Dit mentorforløb med { $name } er gennemført. Tak til jer begge!
pair-end-reason-ask = Hvorfor slutter parret? Det bliver mellem dig og koordinatorerne. Send „-“ for at springe over.
pair-ended = Dit mentorpar med { $name } blev afsluttet af { $by }. En koordinator kan hjælpe, hvis du gerne vil have et nyt match.
pair-ended-self = Parret er afsluttet.

## Matchning

match-none = Der er ingen at sætte i par lige nu: Ingen mentee uden mentor har en mulig mentor med ledig plads ({ $unmatched } uden match).
match-title = Foreslåede par: { $count } (samlet score { $total }; { $unmatched } uden match). Ingen får besked, før du godkender.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … og { $count } til.
match-approve-all = Godkend alle
match-review = Gennemgå ét ad gangen
match-approve = Godkend
match-reject = Afvis
match-reviewed = Alle forslag er afgjort. Send /pairs for at se parrene.
match-approved = { $count ->
    [one] Ét par godkendt og introduceret.
   *[other] { $count } par godkendt og introduceret.
}
match-approved-full = { $count ->
    [one] Ét forslag kunne ikke godkendes: Mentoren har ikke længere en ledig plads, eller mentee har fundet en mentor i mellemtiden.
   *[other] { $count } forslag kunne ikke godkendes: Mentoren har ikke længere en ledig plads, eller mentee har fundet en mentor i mellemtiden.
}
match-approved-one = { $mentor } og { $mentee } er nu introduceret for hinanden.
match-full = { $mentor } har ikke længere en ledig plads (eller { $mentee } har fundet en mentor i mellemtiden), så forslaget blev droppet.
match-rejected-one = Afvist: { $mentor } og { $mentee } bliver ikke foreslået igen. Resten er optimeret på ny: nu { $count } forslag.
match-stale = Det forslag er ikke længere åbent.
mentors-off = I dette program er det koordinatorerne, der danner parrene; du bliver præsenteret for din mentor.
mentors-not-now = Du har allerede en mentor eller en åben anmodning, eller du søger ingen kompetencer (det kan du ændre med /profile edit).
mentors-none = Ingen mentor med ledig plads passer til dig lige nu. En koordinator vil lede efter et match.
mentors-title = Mentorer, der passer bedst til dig:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Spørg { $name }
mentors-gone = Den mentor er ikke længere tilgængelig. Her er den aktuelle liste.
avoid-usage = Brug: /avoid <person>, med personens navn eller chatbrugernavn. Du bliver aldrig sat i par med vedkommende, og vedkommende får ikke besked.
avoid-done = Noteret: Du bliver ikke sat i par med vedkommende. Vedkommende får ikke besked.
avoid-self = Du kan ikke fravælge dig selv.

## Cirkler

circles-usage = Brug: /circles form [størrelse], med en størrelse fra 2 til { $max } (5, hvis du udelader den); /circles viser cirklerne.
circles-none = Der kunne ikke dannes nogen cirkel: For få personer uden for en cirkel deler et sprog og søger en kompetence ({ $left } udeladt).
circles-formed = { $count ->
    [one] Én cirkel dannet
   *[other] { $count } cirkler dannet
} med { $people ->
    [one] én person
   *[other] { $people } personer
}; hvert medlem har fået besked om, hvem der er i deres cirkel.
circles-left-out = Ingen cirkel kunne optage: { $names } (intet fælles sprog med nok andre).
circle-formed = Du er med i peer-mentoring-cirklen { $circle } sammen med { $members }. I taler alle { $language }.
circle-shared = Det, flere af jer gerne vil udvikle: { $competences }.
circles-empty = Der er ingen cirkler endnu. Send /circles form for at danne dem.
circles-title = Cirkler: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Sessioner

session-place-open = aftales senere
session-describe = { $when } ({ $timezone }), { $minutes } minutter, { $mode }: { $place }
when-unreadable = Det kunne jeg ikke læse som en dato og et klokkeslæt. Skriv det i din egen tid, for eksempel { $example }, „i morgen 15:00“ eller „tir 18:00“.
when-past = Det tidspunkt er allerede passeret. Angiv et tidspunkt i fremtiden, for eksempel { $example }.
when-ambiguous = Det tidspunkt er tvetydigt (for eksempel fordi uret stilles om på det tidspunkt, eller fordi et klokkeslæt som 3 kan være nat eller eftermiddag). Skriv det helt ud, for eksempel { $example }.
when-nonexistent = Det tidspunkt findes ikke i din tidszone den dag, fordi uret stilles om. Vælg et andet, for eksempel { $example }.
when-too-far = Det er for langt ude i fremtiden. Vælg et tidspunkt inden for de næste to år, for eksempel { $example }.
when-after-end = Det er efter programmets afslutning. Vælg et tidligere tidspunkt.
book-no-pair = Du skal have et aktivt mentorpar for at booke en session. Send /pair for at se dine.
book-ask-pair = Hvem er sessionen med?
book-ask-when = Hvornår? Skriv dato og klokkeslæt i din tidszone ({ $timezone }), for eksempel { $example }, „i morgen 15:00“, „tir 18:00“ eller „om 3 dage 10:00“.
minutes-value = { $minutes } min.
book-ask-minutes = Hvor længe? (eller skriv antal minutter)
book-minutes-invalid = Vælg en varighed, eller skriv antal minutter (15 til 480).
book-ask-mode = Online eller fysisk?
book-ask-link = Linket til onlinesessionen? Send „-“, hvis I aftaler det senere.
book-ask-place = Hvor mødes I? Send „-“, hvis I aftaler det senere.
book-place-invalid = Angiv linket eller stedet med højst 300 tegn, eller „-“.
repeat-once = Kun én gang
repeat-weekly = Hver uge
repeat-biweekly = Hver anden uge
repeat-cron = efter planen { $rule }
book-ask-repeat = Gentages den? Vælg, eller skriv en cron-regel (sekunder minutter timer dag måned ugedag, f.eks. 0 0 18 * * Tue).
book-repeat-invalid = Vælg en af mulighederne, eller skriv en gyldig cron-regel som 0 0 18 * * Tue.
book-sent = Jeg har bedt { $name } om at bekræfte: { $session }{ $count ->
    [one] .
   *[other] , i alt { $count } sessioner.
}
session-request = { $name } foreslår en mentorsession: { $session }.
session-series = Gentagelse: { $rule } – { $count ->
    [one] én session
   *[other] { $count } sessioner
} frem til programmets afslutning.
session-confirm = Bekræft
session-confirm-all = Bekræft alle
session-other-time = Foreslå et andet tidspunkt
session-decline = Afslå
session-unknown = Jeg kan ikke finde den session, eller den er ikke din.
session-answered-already = Den session er allerede besvaret.
session-own-proposal = Du har selv foreslået den; den anden person bekræfter den.
session-declined = { $name } har afslået sessionen: { $session }.
session-declined-self = Afslået. Den anden person har fået besked.
session-not-upcoming = Den session ligger ikke længere ude i fremtiden, så den kan ikke ændres.
session-attend-noted = Fint, vi ses!
session-confirmed = Din session med { $name } er bekræftet: { $session }{ $count ->
    [one] .
   *[other] , i alt { $count } sessioner.
} Kalenderfilen er vedhæftet.
session-calendar-title = Mentorsession med { $name }
session-cancelled = { $name } har aflyst sessionen: { $session }.
session-cancelled-self = Sessionen er aflyst, og den anden person har fået besked.
session-ask-new-time = Hvilket tidspunkt passer dig? Skriv det i din tidszone ({ $timezone }), for eksempel { $example }.
session-time-sent = Jeg har foreslået { $name } det nye tidspunkt: { $session }.
session-reminder = Påmindelse: Du har en session med { $name }: { $session }.
reminder-late = (Denne påmindelse kommer for sent: Jeg kørte ikke på det tidspunkt.)
session-attend = Jeg kommer
session-reschedule = Flyt
session-cancel = Aflys
session-follow-up = Fandt din session med { $name } ({ $session }) sted?
session-held = Ja, { $minutes } minutter
session-other-length = Ja, men længere eller kortere
session-missed = Nej
session-already-recorded = Den session er allerede registreret.
session-missed-noted = Noteret: Sessionen fandt ikke sted. Book en ny med /book.
session-ask-length = Hvor mange minutter varede den?
session-length-invalid = Svar med antal minutter, fra 5 til 600.
session-ask-note = Noget at notere om den (et emne, en aftale, et næste skridt)? Send „-“ for at springe over.
session-recorded = Tak! { $minutes ->
    [one] Ét minut
   *[other] { $minutes } minutter
} er registreret for jer begge.
session-recorded-other = { $name } har registreret jeres session: { $minutes ->
    [one] ét minut
   *[other] { $minutes } minutter
} er registreret for jer begge.
session-state-proposed = afventer bekræftelse
session-state-confirmed = bekræftet
session-state-cancelled = aflyst
session-state-held = fandt sted
session-state-missed = fandt ikke sted
sessions-line = { $when } med { $name }, { $minutes } min. – { $state }
sessions-none = Du har ingen sessioner endnu. Book en med /book.
sessions-none-upcoming = Du har ingen kommende sessioner.
sessions-upcoming = Kommende:
sessions-past = Seneste:
sessions-pick-reschedule = Hvilken session vil du flytte?
sessions-pick-cancel = Hvilken session vil du aflyse?

## Timer

hours-kind-bilateral = Parsession
hours-kind-group = Gruppesession
hours-kind-joint = Fælles møde
hours-kind-preparation = Forberedelse og rapportering
log-ask-kind = Hvad brugte du tiden på?
log-ask-hours = Hvor mange timer? (for eksempel 1,5 eller 90 min)
log-hours-invalid = Angiv timerne som et tal fra 0,25 til 12 (for eksempel 1,5) eller som minutter (for eksempel 90 min).
log-done = Registreret: { $hours } t, { $kind }.
hours-title = Dine timer: { $hours } t i alt.
hours-line = { $kind }: { $hours } t
hours-budget = Programmets budget er { $budget ->
    [one] én time
   *[other] { $budget } timer
} pr. mentee: { $left } t er tilbage. Parsessioner indtil nu: { $bilateral } t (der forventes mindst { $min ->
    [one] én time
   *[other] { $min } timer
}).
hours-warning = Du har brugt { $hours } t af programmets budget på { $budget } t.
hours-budget-reached = Du har nået programmets budget på { $budget ->
    [one] én time
   *[other] { $budget } timer
}.
hours-refused = Disse timer ville overskride programmets budget på { $budget ->
    [one] én time
   *[other] { $budget } timer
} ({ $left } t tilbage), så de blev ikke registreret. En koordinator kan hjælpe.
hours-pending = { $hours } t mere ville overskride programmets budget på { $budget ->
    [one] én time
   *[other] { $budget } timer
}, så de venter på en koordinators godkendelse. Du hører nærmere.
hours-approval-request = { $name } har registreret { $hours } t ({ $kind }), hvilket bringer vedkommende op på { $total } t, over budgettet på { $budget } t. Vil du godkende disse timer?
hours-approve = Godkend
hours-refuse = Afvis
hours-approved-coordinator = Godkendt: { $hours } t for { $name } er registreret.
hours-refused-coordinator = Afvist: { $hours } t for { $name } er ikke registreret.
hours-approved = { $name } har godkendt dine { $hours } t over budgettet: de er registreret.
hours-not-approved = { $name } har ikke godkendt dine { $hours } t over budgettet, så de er ikke registreret.
hours-request-already-decided = Der er allerede truffet afgørelse om disse timer.
hours-request-unknown = Jeg kan ikke længere finde disse timer.

## Program: check-ins, rapporter, påmindelser

checkin-ask = Hvordan går dit mentorforløb med { $name }?
checkin-rating-1 = 1 – dårligt
checkin-rating-2 = 2
checkin-rating-3 = 3 – fint
checkin-rating-4 = 4
checkin-rating-5 = 5 – fremragende
checkin-ask-comment = Tak. Er der noget, du vil tilføje? Send „-“ for at springe over.
checkin-thanks = Tak for din feedback!
checkin-low-coordinator = { $name } har givet mentorforløbet med { $other } { $rating } ud af 5. Kommentar: „{ $comment }“
deliverable-due = Påmindelse: „{ $title }“ skal afleveres senest { $due }. Send /report for at aflevere den.
deliverable-overdue = „{ $title }“ skulle have været afleveret senest { $due } og er ikke afleveret endnu. Send /report for at aflevere den.
report-none-owed = Du har ingen rapport at aflevere lige nu.
report-ask-which = Hvilken rapport vil du aflevere?
report-not-owed = Den rapport skal ikke afleveres af dig, eller den er allerede afleveret.
report-question = Spørgsmål { $number } af { $count } (svarsprog: { $language }): { $question }
report-answer-invalid = Svar med 2 til { $max } tegn.
report-preview = Her er din „{ $title }“. Skal den sendes?
report-send = Send den
report-restart = Start forfra
report-sent = Tak! „{ $title }“ er afleveret.
reports-none-configured = Dette program kræver ingen rapporter.
reports-no-pairs = Der er endnu ingen aktive eller gennemførte par.
reports-title = Rapporter:
reports-delivered = { $name }: „{ $title }“ afleveret { $date }
reports-due = { $name }: „{ $title }“ skal afleveres senest { $date }
reports-overdue = { $name }: „{ $title }“ FORSINKET siden { $date }
nudge-inactive = Du og { $name } har ikke haft en session i { $days ->
    [one] én dag
   *[other] { $days } dage
}. Send /book for at planlægge den næste.
nudge-answer = { $name } venter på dit svar på introduktionen. Send /pair for at acceptere eller afslå.
nudge-applications = { $count ->
    [one] Én mentoransøgning venter
   *[other] { $count } mentoransøgninger venter
} på en afgørelse. Send /applications.
stuck-inactive = { $mentor } og { $mentee } har ikke haft en session i { $days ->
    [one] én dag
   *[other] { $days } dage
}.

## Viden

kb-anonymous = et medlem af programmet
kb-unavailable = Vidensbasen er ikke tilgængelig lige nu. Prøv igen senere.
kb-ask-usage = Brug: /ask efterfulgt af dit spørgsmål (3 til { $max } tegn), for eksempel /ask Hvordan forbereder jeg mig til en første session?
kb-ask-mentor = Spørg en mentor
kb-no-results = Jeg fandt intet i vidensbasen, der besvarer dette. Måske ved en mentor det: Skal jeg sende dit spørgsmål videre?
kb-passages-title = De mest relevante uddrag, jeg fandt:
kb-sources = Kilder:
kb-source = [{ $number }] „{ $title }“ af { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Skriveassistenten var for længe om det, så her er selve uddragene.)
kb-llm-failed = (Skriveassistenten er ikke tilgængelig, så her er selve uddragene.)
kb-helpful = Nyttigt
kb-not-helpful = Ikke nyttigt
kb-thanks-helpful = Tak! Det hjælper med at rangere svarene.
kb-thanks-not-helpful = Tak. Du kan også sende spørgsmålet videre til en mentor.
kb-nothing-to-route = Stil først dit spørgsmål med /ask; så kan jeg sende det videre til en mentor.
kb-no-mentor = Ingen godkendt mentor passer til dette spørgsmål lige nu. En koordinator kan hjælpe.
kb-routed-question = { $name } stiller et spørgsmål, som vidensbasen ikke kunne besvare ({ $language }): „{ $question }“ Kan du besvare det?
kb-answer-button = Besvar det
kb-routed = { $count ->
    [one] Jeg har sendt dit spørgsmål videre til en mentor.
   *[other] Jeg har sendt dit spørgsmål videre til { $count } mentorer.
} Det første svar kommer direkte til dig.
kb-question-gone = Det spørgsmål er ikke længere åbent.
kb-already-answered = Tak, men en anden mentor har allerede besvaret spørgsmålet.
kb-answer-ask = Skriv dit svar. Det går direkte til den, der spurgte.
kb-answer-invalid = Svar med 10 til { $max } tegn.
kb-mentor-answer = { $name } har besvaret dit spørgsmål „{ $question }“: { $answer }
kb-answer-sent = Tak! Dit svar er sendt til { $name }. Må det blive et vidensindlæg for hele programmet? Det bliver kun tilføjet, hvis I begge er indforstået.
kb-keep = Tilføj det til vidensbasen
kb-private = Behold det mellem os
kb-entry-exists = Det er allerede i vidensbasen.
kb-kept-private = Forstået: Det bliver mellem jer to.
kb-consent-waiting = Tak. Det bliver tilføjet, så snart den anden person også er indforstået.
kb-entry-created = Svaret er nu vidensindlæg #{ $id }. Tak, fordi du deler!
share-ask-title = Hvad er titlen på det, du vil dele?
share-ask-body = Skriv teksten: noget, du har lært, en metode eller et svar på et almindeligt spørgsmål.
share-ask-tags = Hvilke kompetencer handler det om? Vælg alle, der passer, eller „Ingen“.
share-visibility-programme = Alle i programmet
share-visibility-pair = Kun mit mentorpar
share-ask-visibility = Hvem må læse det?
share-name-shown = Vis mit navn
share-name-anonymous = Vis „et medlem af programmet“
share-ask-name = Hvordan skal du nævnes som forfatter?
share-keep-yes = Behold det anonymiseret
share-keep-no = Slet det
share-ask-consent = Hvis du en dag forlader programmet og sletter dine data, skal dette indlæg så blive i vidensbasen uden dit navn, eller skal det slettes?
share-ask-language = Hvilket sprog er det skrevet på?
share-preview = Her er dit indlæg. Skal det gemmes?
share-preview-language = Sprog: { $language }
share-preview-tags = Kompetencer: { $tags }
share-save = Gem
share-change-language = Skift sprog
share-restart = Start forfra
share-title-invalid = Angiv en titel på 3 til { $max } tegn.
share-body-invalid = Skriv { $min } til { $max } tegn.
share-saved = Gemt som vidensindlæg #{ $id }. Tak, fordi du deler! Du kan ændre det med /entries.
entries-none = Du har ikke delt nogen indlæg endnu. Send /share for at komme i gang.
entries-title = Dine indlæg: { $count }. Vælg et for at ændre eller slette det.
entries-edit = Ret #{ $id } „{ $title }“
entries-delete = Slet #{ $id }
entry-not-yours = Det indlæg er ikke dit, eller det findes ikke længere.
entry-ask-text = Send den nye tekst til indlægget.
entry-updated = Indlæg #{ $id } er opdateret.
entry-deleted = Indlæg #{ $id } er slettet.
hide-usage = Brug: /hide <nummer>, med indlæggets nummer, som det står i kilderne (for eksempel /hide 12).
entry-unknown = Der er intet indlæg #{ $id }.
entry-hidden = Indlæg #{ $id } er skjult: Det bliver i arkivet, men kan ikke længere findes.
capture-offer = Vil du dele denne note med programmets vidensbase? Din mentorpartner bliver først bedt om at sige ja.
capture-share = Del noten
capture-nothing = Der er ingen note at dele fra den session.
capture-ask-other = { $name } vil gerne dele noten fra jeres session i programmets vidensbase: „{ $note }“ Er du indforstået?
capture-agree = Ja, jeg er indforstået
capture-decline = Helst ikke
capture-asked = Jeg har bedt { $name } om at sige ja.
capture-declined-self = Forstået: Noten bliver mellem jer to.
capture-declined = { $name } vil helst have, at noten bliver mellem jer to.
capture-title = Noter fra en mentorsession den { $date }

## Koordinatoroverblik

export-which = Hvilke data vil du have?
export-mine = Mine egne data
export-programme = Programmets data (CSV)
export-programme-ready = Programmets data: deltagere, par, sessioner, timer og rapporter.
stats-title = Programmet i overblik:
stats-people = Personer: { $total } (mentees { $mentees }, godkendte mentorer { $mentors }, mentoransøgninger { $applicants }, koordinatorer { $coordinators })
stats-countries = Efter land: { $countries }
stats-pairs = Par: { $active } aktive, { $introduced } venter på svar, { $completed } gennemført, { $ended } afsluttet
stats-sessions = Sessioner: { $held } afholdt, { $upcoming } kommende
stats-hours = Registrerede timer: { $hours } t, heraf { $bilateral } t i parsessioner (budget { $budget } t pr. mentee)
stats-reports = Rapporter: { $delivered } afleveret, { $overdue } forsinket
stats-checkins = Check-ins: gennemsnit { $average } ud af 5 fra { $count ->
    [one] én vurdering
   *[other] { $count } vurderinger
}, { $low } lave
stats-attention = Kræver opmærksomhed:
stats-attention-none = Ingen kræver opmærksomhed lige nu.
stats-attention-inactive = { $mentor } og { $mentee }: ingen session i { $days ->
    [one] én dag
   *[other] { $days } dage
}
stats-attention-unanswered = { $mentor } og { $mentee }: en introduktion eller anmodning venter på svar
stats-attention-overdue = { $name }: „{ $title }“ er forsinket
stats-attention-applications = { $count ->
    [one] Én mentoransøgning venter
   *[other] { $count } mentoransøgninger venter
}
chart-hours-title = Timer pr. mentee set i forhold til budgettet
chart-hours-series = Registrerede timer
chart-hours-axis = Timer
chart-budget = Budget ({ $budget } t)
chart-sessions-title = Afholdte sessioner pr. uge
chart-sessions-series = Sessioner
chart-sessions-axis = Sessioner
chart-countries-title = Deltagere efter land
chart-countries-series = Deltagere
chart-countries-axis = Personer
announce-usage = Brug: /announce [mentors|mentees|coordinators] <tekst>, for eksempel /announce mentees Det fælles møde er fredag kl. 10:00 (CET).
announce-from = Meddelelse fra { $name }:
announce-sent = { $count ->
    [one] Meddelelsen er på vej til én person.
   *[other] Meddelelsen er på vej til { $count } personer.
}

## Gruppesessioner i rum

group-room-only = Det virker i chatrummet for en cirkel eller gruppe. Skriv det der.
group-members-only = Kun programmets medlemmer kan deltage i gruppesessioner. Skriv /start til mig i en direkte chat for at tilmelde dig.
group-help =
    Gruppesessioner i dette rum:
    /group schedule <tidspunkt> <emne> – planlæg en session, for eksempel: /group schedule i morgen 15:00 Rekruttering i udlandet
    /group attend, /group absent – sig, om du kommer
    /group start – begynd: dagsorden og navneopråb
    /here – svar på navneopråbet
    /round [minutter] – den næste oplægsholder fremlægger en udfordring, og de andre giver råd på skift; /next giver ordet videre
    /note <tekst> – tilføj en note; /action <person> <tekst> – tilføj en opgave
    /group end – afslut med et resumé; /group cancel – aflys den næste session
    /group link <cirkel> – gør dette rum til cirklens rum
    /group room <cirkel> – jeg opretter et rum til cirklen og inviterer dens medlemmer (på Matrix)
group-status-circle = Dette er rummet for cirklen { $circle }.
group-status-cohort = Dette rum hører ikke til nogen cirkel: Sessioner her er fælles møder for hele holdet.
group-status-none = Der er ingen gruppesession planlagt her.
group-status-next = Næste session: „{ $topic }“ den { $when }. Kommer: { $attend }. Kan ikke komme: { $absent }.
group-status-running = I gang: „{ $topic }“ (planlagt til { $when }). Har meldt, at de kommer: { $attend }. Kan ikke komme: { $absent }.
group-no-circle = Dette rum er ikke knyttet til en cirkel, så kun en koordinator kan planlægge et fælles møde for holdet her. Et medlem af en cirkel kan knytte rummet til den med /group link <cirkel>, for eksempel /group link circle-1.
group-schedule-denied = Kun en koordinator eller en mentor, der er medlem af denne cirkel, kan planlægge en gruppesession her.
group-schedule-usage = Brug: /group schedule <tidspunkt> <emne>, med tiden i din egen tidszone, for eksempel: /group schedule i morgen 15:00 Rekruttering i udlandet
group-topic-invalid = Angiv et emne på 2 til { $max } tegn.
group-schedule-clash = Dette rum har allerede en session på det tidspunkt: „{ $topic }“ den { $when }. Vælg et andet tidspunkt.
group-scheduled = { $name } har planlagt en gruppesession: „{ $topic }“ den { $when }, { $minutes } minutter. Jeg minder alle om det i forvejen. Kommer du? Svar med knapperne eller med /group attend eller /group absent.
group-invitation = { $name } har planlagt en gruppesession for { $room }: „{ $topic }“ den { $when } ({ $timezone }), { $minutes } minutter. Deltager du?
group-whole-cohort = hele holdet
group-attend = Jeg kommer
group-absent = Jeg kan ikke komme
group-will-attend = Noteret: { $name } kommer til „{ $topic }“.
group-will-not-attend = Noteret: { $name } kan ikke komme til „{ $topic }“.
group-nothing-scheduled = Der er ingen gruppesession planlagt i dette rum. Planlæg en med /group schedule <tidspunkt> <emne>.
group-session-unknown = Jeg kan ikke finde den gruppesession.
group-session-over = Gruppesessionen „{ $topic }“ er slut eller blev aflyst.
group-reminder-room = Påmindelse: Gruppesessionen „{ $topic }“ er den { $when }. Kommer du? Svar med knapperne eller med /group attend eller /group absent.
group-reminder = Påmindelse: Gruppesessionen for { $room }, „{ $topic }“, er den { $when } ({ $timezone }).
group-cancelled = { $name } har aflyst gruppesessionen „{ $topic }“ den { $when }.
group-cancelled-member = { $name } har aflyst gruppesessionen „{ $topic }“ den { $when } ({ $timezone }).
group-cancel-running = En session, der er i gang, bliver ikke aflyst, men afsluttet med /group end.
group-run-denied = Kun mødelederen, en koordinator eller en mentor i denne cirkel kan gøre det.
group-already-running = Der er allerede en gruppesession i gang her. Afslut den først med /group end.
group-start-too-early = Den næste session, „{ $topic }“, er planlagt til { $when }. Den kan startes tidligst { $minutes } minutter før.
group-agenda =
    Gruppesessionen „{ $topic }“ begynder. Mødeleder: { $name }.
    Dagsorden:
    1. Navneopråb: Svar med /here eller knappen.
    2. Runder: /round vælger en oplægsholder, som fremlægger en udfordring; de andre giver råd på skift, og /next giver ordet videre. Hver runde varer { $minutes } minutter.
    3. Undervejs: /note <tekst> til noter, /action <person> <tekst> til opgaver.
    4. /group end afslutter med et resumé.
    Forventet: { $expected }. Afbud: { $excused }.
group-here-button = Jeg er her
group-not-running = Der er ingen gruppesession i gang i dette rum. En planlagt session begynder med /group start.
group-present = Velkommen, { $name }! { $count ->
    [one] Én person er her.
   *[other] { $count } personer er her.
}
group-already-present = Du er allerede på listen, { $name }.
group-not-present = Svar først på navneopråbet med /here.
group-note-usage = Brug: /note <tekst>, med 2 til { $max } tegn.
group-noted = Noteret ({ $count ->
    [one] én note
   *[other] { $count } noter
} indtil nu).
group-action-usage = Brug: /action <person> <tekst>, for eksempel: /action Ben send prislisten (højst { $max } tegn).
group-action-unknown = Jeg kender ikke „{ $name }“ i denne session. Brug navnet på en, der er inviteret eller til stede: { $members }.
group-action-ambiguous = „{ $name }“ passer på mere end én person her. Skriv hele navnet: { $members }.
group-action-noted = Opgave til { $name }: { $text }
group-action-reminder = Påmindelse fra gruppesessionen „{ $topic }“ den { $date }. Din opgave: { $text }
group-round-usage = Brug: /round, eller /round <minutter> for en tidsramme på 2 til 120 minutter.
group-round-too-few = En runde kræver mindst to personer til stede. Svar på navneopråbet med /here.
group-round-all-presented = Alle, der er her, har haft deres oplæg. Afslut sessionen med /group end.
group-round-start = Runde { $number } ({ $minutes } minutter): { $name } fremlægger en udfordring. Derefter råd i denne rækkefølge: { $advisers }. /next giver ordet videre.
group-next-adviser = { $name }, dit råd, tak (runde { $number }, { $left ->
    [0] tiden er gået
    [one] ét minut tilbage
   *[other] { $left } minutter tilbage
}).
group-round-done = Runde { $number } er færdig. Tak, { $name }! /round for den næste oplægsholder, eller /group end for at afslutte.
group-no-round = Der er ingen runde i gang. Start en med /round.
group-next-denied = Kun den, der har ordet, mødelederen eller en koordinator kan give ordet videre.
group-round-warning = { $left ->
    [one] Ét minut
   *[other] { $left } minutter
} tilbage af runde { $number }.
group-round-over = Tiden for runde { $number } er gået. { $name }, rund venligst af; derefter /next eller /round.
group-summary-title = Resumé af gruppesessionen „{ $topic }“ den { $date } ({ $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    })
group-summary-present = Til stede ({ $count }): { $names }
group-summary-excused = Afbud: { $names }
group-summary-notes = Noter:
group-summary-no-notes = Der blev ikke taget nogen noter.
group-summary-actions = Opgaver:
group-summary-action = { $name }: { $text }
group-summary-written = Kort fortalt:
group-hours-logged = { $hours } t er registreret som „{ $kind }“ for { $count ->
    [one] den person, der var til stede
   *[other] hver af de { $count } personer, der var til stede
}.
group-consent-asked = Må noterne komme i programmets vidensbase uden navne? Jeg har spurgt hver af jer i en direkte chat. De bliver kun gemt, hvis alle, der var til stede, siger ja inden for { $hours ->
    [one] én time
   *[other] { $hours } timer
}.
group-consent-question = Tak, fordi du deltog i „{ $topic }“: { $hours } t er registreret for dig. Må noterne fra sessionen gemmes i programmets vidensbase uden nogens navn? De bliver kun gemt, hvis alle, der var til stede, siger ja senest { $until } ({ $timezone }).
group-consent-yes = Ja, gem dem
group-consent-no = Nej
group-consent-closed = Spørgsmålet om noterne fra „{ $topic }“ er lukket.
group-consent-not-yours = Kun de personer, der var til stede, bliver spurgt om disse noter.
group-consent-refused-self = Noteret: Noterne bliver ikke gemt.
group-consent-refused = Ikke alle sagde ja, så noterne fra „{ $topic }“ bliver ikke gemt i vidensbasen.
group-consent-thanks = Tak! { $agreed } ud af { $count } har sagt ja indtil nu.
group-consent-thanks-saved = Tak! Alle har sagt ja: Noterne er gemt som indlæg { $id }.
group-consent-saved = Alle har sagt ja: Noterne fra „{ $topic }“ er gemt i vidensbasen som indlæg { $id }.
group-consent-lapsed = Ikke alle svarede i tide, så noterne fra „{ $topic }“ bliver ikke gemt i vidensbasen.
group-entry-title = Gruppesession: { $topic } ({ $date })
group-entry-actions = Aftalte næste skridt:
group-link-usage = Brug: /group link <cirkel>, for eksempel: /group link circle-1
group-link-unknown = Der er ingen cirkel ved navn „{ $circle }“. Cirkler: { $circles }.
group-link-denied = Kun en koordinator eller et medlem af { $circle } kan knytte dette rum til cirklen.
group-linked = Dette rum er nu rummet for { $circle } (medlemmer: { $members }).
group-room-usage = Brug: /group room <cirkel>, for eksempel: /group room circle-1. Jeg opretter et rum til cirklen, inviterer dens medlemmer og knytter rummet til cirklen.
group-room-creating = Jeg opretter et rum til { $circle } med { $members }. Det dukker op på din chatliste (hvis platformen beder om det, skal du acceptere invitationen).
group-room-missing = Ikke inviteret, fordi de ikke har knyttet en { $platform }-konto til deres profil: { $names }.
group-room-unsupported = På { $platform } kan jeg ikke selv oprette rum. Opret en gruppe med medlemmerne af { $circle }, tilføj mig, og send /group link { $circle } der.

## Kommandomenuer (Telegrams kommandoliste, Discords skråstregskommandoer): korte, højst 100 tegn

cmd-start = Tilmeld dig programmet
cmd-start-code = Invitations- eller tilknytningskode, hvis du har en
cmd-help = Det kan jeg
cmd-profile = Vis din profil, eller ret den
cmd-profile-action = „edit“ for at ændre en del af din profil
cmd-language = Skift det sprog, jeg taler med dig på
cmd-link = Knyt en anden chatkonto til din profil
cmd-link-code = Koden fra din anden konto
cmd-notify-on = Vælg den chatkonto, der får notifikationer
cmd-notify-on-platform = telegram, matrix, discord eller console
cmd-privacy = Hvad jeg gemmer, og hvorfor
cmd-export = Få alle dine data som en fil
cmd-forget = Slet alle dine data
cmd-cancel = Stop det, vi er i gang med
cmd-applications = Mentoransøgninger, der venter på en afgørelse
cmd-invite = Opret en invitationskode
cmd-invite-role = Hvem koden er til: mentor eller mentee
cmd-invite-uses = Hvor mange personer der må bruge den (1–500)
cmd-invite-days = Hvor mange dage den er gyldig (1–365)
cmd-grant = Gør en person til koordinator
cmd-grant-role = Rollen, der skal tildeles
cmd-grant-person = Personens navn eller chatbrugernavn
cmd-pair = Dine mentorpar
cmd-mentors = Mentorer, der passer til dig
cmd-avoid = Bliv aldrig sat i par med en bestemt person
cmd-avoid-person = Personens navn eller chatbrugernavn
cmd-match = Foreslå de bedste par for alle uden en mentor
cmd-pairs = Alle programmets par
cmd-circles = Dan peer-mentoring-cirkler, eller vis dem
cmd-circles-action = „form“ for at danne cirkler af alle, der endnu ikke er i en
cmd-circles-size = Personer pr. cirkel (2–12, standard 5)
cmd-book = Book en session med din mentor eller mentee
cmd-sessions = Dine sessioner
cmd-reschedule = Flyt en session til et andet tidspunkt
cmd-cancel-session = Aflys en session
cmd-log = Registrer timer
cmd-hours = Dine timer set i forhold til budgettet
cmd-report = Aflever en rapport
cmd-reports = Hvem der har afleveret hvilken rapport
cmd-ask = Spørg programmets vidensbase
cmd-ask-question = Dit spørgsmål
cmd-share = Del knowhow med programmet
cmd-entries = Dine vidensindlæg
cmd-hide = Skjul et vidensindlæg
cmd-hide-entry = Indlæggets nummer
cmd-stats = Programmet i overblik, med diagrammer
cmd-announce = En meddelelse til hele holdet eller én rolle
cmd-announce-audience = Hvem den går til (som standard alle)
cmd-announce-text = Meddelelsen
cmd-group = Gruppesessioner i dette rum: planlæg, start, afslut, deltag
cmd-group-action = schedule, start, end, attend, absent, cancel, link eller room
cmd-group-details = Til schedule: tidspunkt og emne; til link og room: cirklen
cmd-here = Svar på en gruppesessions navneopråb
cmd-round = Næste oplægsholder i en gruppesession
cmd-round-minutes = Rundens tidsramme i minutter (2–120)
cmd-next = Giv ordet videre til den næste
cmd-note = Tilføj en note til gruppesessionen
cmd-note-text = Noten
cmd-action = Tilføj en opgave til en person
cmd-action-person = Hvem der gør det: personens navn
cmd-action-text = Hvad personen skal gøre
