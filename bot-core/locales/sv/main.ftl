# mentor-cloud — svenska (Swedish).
# Översatt från den engelska referensfilen; nycklar och variabler är desamma som där.

## Allmänt

welcome-back = Välkommen tillbaka, { $name }! Skicka /help för att se vad jag kan göra.
not-joined = Hej! Jag är programmets mentorsassistent. Skicka /start för att gå med.
not-understood = Det där förstod jag inte. Skicka /help för att se vad jag kan göra.
unknown-command = Kommandot { $command } känner jag inte till. Skicka /help för att se vad jag kan göra.
text-too-long = Ditt meddelande är för långt ({ $length } tecken; gränsen är { $limit }). Korta ner det, tack.
empty-message = Meddelandet var tomt. Skriv ett svar, tack.
internal-error = Tyvärr gick något fel hos mig och ingenting ändrades. Försök igen om en stund.
nothing-to-cancel = Det finns inget att avbryta.
cancelled = Avbrutet. Ingenting ändrades.
onboarding-cancelled = Anmälan avbröts och ingenting sparades. Skicka /start när du vill börja om.
dialog-in-progress = Vi är mitt i något. Svara på frågan ovan eller skicka /cancel för att avbryta.
direct-only = Det här är privat, så jag svarar bara på det i en direktchatt. Jag har skickat det till dig där.
direct-only-start = Skriv till mig i en direktchatt för att göra det.
not-in-room = Det här kommandot fungerar bara i direktchattar.
coordinator-only = Bara programmets koordinatorer kan göra det.
needs-profile = Du har inte gått med än. Skicka /start för att gå med.
choice-invalid = Välj ett av alternativen: svara med dess nummer eller namn.
choice-invalid-multi = Välj ett eller flera alternativ: deras nummer eller namn, åtskilda med kommatecken (till exempel: 1, 3).
choice-none = Inga
choice-done = Klar
discord-reply = Svara
discord-reply-title = Ditt svar
discord-reply-label = Skriv ditt svar

help =
    Det här kan jag:
    /start – gå med i programmet (med en inbjudningskod om du har en)
    /profile – visa din profil; /profile edit – ändra den
    /pair – dina mentorspar
    /book – boka en träff med din mentor eller adept
    /sessions – dina träffar; /reschedule, /cancel-session – ändra en av dem
    /log – registrera timmar; /hours – dina timmar jämfört med programmets budget
    /report – lämna in en rapport som programmet begär
    /ask <fråga> – fråga programmets kunskapsbank
    /share – dela kunskap med programmet; /entries – dina poster
    /mentors – mentorer som passar dig (när programmet låter dig välja)
    /avoid <person> – bli aldrig matchad med en viss person
    /language – byt språket jag pratar med dig på
    /link – koppla ett annat chattkonto till din profil
    /notify-on – välj vilket chattkonto som får mina aviseringar
    /privacy – vad jag sparar och varför
    /export – få alla dina uppgifter som en fil
    /forget – radera alla dina uppgifter
    /cancel – avbryt det vi håller på med
help-coordinator =
    För koordinatorer:
    /applications – mentorsansökningar som väntar på beslut
    /match – föreslå de bästa paren för alla som saknar mentor
    /pairs – alla par i programmet
    /reports – vem som har lämnat in vilken rapport, och vad som är försenat
    /hide <nummer> – dölj en post i kunskapsbanken
    /stats – programmet i korthet, med diagram; /export – programmets data som CSV-filer
    /announce [mentors|mentees|coordinators] <text> – ett meddelande till hela deltagargruppen eller en roll
    /circles form [storlek] – dela in alla i cirklar för kollegialt mentorskap; /circles listar dem
    /invite mentor|mentee [användningar] [dagar] – skapa en inbjudningskod
    /grant coordinator <person> – gör någon till koordinator

## Anmälan

start-already-joined = Du är redan med, { $name }. Skicka /profile för att se din profil.
start-resume = Vi fortsätter där vi slutade.
invite-required = Det här programmet kräver inbjudan. Be en koordinator om en inbjudningskod och skicka /start följt av koden.
invite-invalid = Inbjudningskoden { $code } är ogiltig eller har gått ut. Be en koordinator om en ny.
invite-accepted-mentor = Din inbjudan som mentor har godkänts.
invite-accepted-mentee = Din inbjudan som adept har godkänts.
ask-language = Välkommen till mentorsprogrammet! Vilket språk ska jag använda?
ask-consent =
    Innan vi börjar: för att driva programmet sparar jag profilen du ger mig (namn, land, organisation, bransch, karriärsteg, språk, kompetenser, mål, tillgänglighet, tidszon och önskat mötessätt), vilka chattkonton som är dina och vad som händer i programmet (ansökningar, par, träffar). Programmets koordinatorer kan se din profil; andra deltagare ser bara det som behövs för en matchning. Ingenting säljs eller delas utanför programmet. Du kan när som helst se allt med /export och radera det med /forget. Skicka /privacy för att läsa mer.
    Godkänner du detta?
consent-yes = Jag godkänner
consent-no = Jag godkänner inte
consent-refused = Jag förstår. Jag har inte sparat något om dig. Om du ändrar dig kan du skicka /start igen.
ask-name = Vad heter du, så som andra deltagare ska se det?
name-invalid = Ange ett namn på mellan 2 och { $max } tecken: bokstäver, med mellanslag, bindestreck, punkter eller apostrofer mellan dem.
ask-country = I vilket land arbetar du? Skriv landets engelska namn eller dess tvåbokstavskod (till exempel: Germany, DE).
country-invalid = Landet ”{ $input }” känner jag inte till. Skriv landets engelska namn eller dess tvåbokstaviga ISO-kod, till exempel Poland eller PL.
ask-organisation = Vilken organisation eller vilket företag arbetar du för? (Skicka ”-” om du inte har någon.)
organisation-invalid = Ange organisationens namn med högst { $max } tecken, eller ”-” om du inte har någon.
ask-sector = Inom vilken bransch arbetar du?
ask-career-stage = Var i karriären befinner du dig?
career-student = Student
career-early = Tidig karriär (upp till 5 år)
career-mid = Mitt i karriären (5 till 15 år)
career-senior = Senior (över 15 år)
career-executive = Chef eller grundare
ask-languages = På vilka språk kan du föra ett mentorssamtal? Välj alla som passar (till exempel: 1, 3).
ask-offers = Vilka kompetenser kan du erbjuda som mentor? Välj alla som passar, eller ”Inga”. Även en junior kan vara mentor för en senior i en färdighet som juniorn behärskar (omvänt mentorskap).
ask-years = Hur många års erfarenhet har du av ”{ $competence }”?
years-invalid = Svara med ett helt antal år mellan 0 och 60.
ask-capacity = Hur många adepter kan du ta emot samtidigt? (ett tal från 1 till { $max }; de flesta mentorer tar 2)
capacity-invalid = Svara med ett heltal från 1 till { $max }.
ask-seeks = Vilka kompetenser vill du utveckla med hjälp av en mentor? Välj alla som passar, eller ”Inga”.
offers-or-seeks-required = Välj minst en kompetens, antingen att erbjuda eller att utveckla. Vi går tillbaka till vad du kan erbjuda.
mentor-invite-needs-offer = Du blev inbjuden som mentor, så välj minst en kompetens som du kan erbjuda.
mentee-invite-needs-seek = Du blev inbjuden som adept, så välj minst en kompetens som du vill utveckla.
ask-goals = Vilka mål har du med programmet? Några meningar räcker.
goals-invalid = Beskriv dina mål med 3 till { $max } tecken.
ask-availability = Hur många timmar i månaden kan du lägga på mentorskap? (ett tal, till exempel 4)
availability-invalid = Svara med ett helt antal timmar mellan 1 och 200.
ask-timezone = Vilken tidszon befinner du dig i? Välj en eller skriv dess namn (till exempel: Europe/Stockholm).
ask-timezone-free = Vilken tidszon befinner du dig i? Skriv dess namn, till exempel Europe/Stockholm eller America/New_York.
timezone-invalid = Tidszonen ”{ $input }” känner jag inte till. Skriv ett namn från tidszonsdatabasen, till exempel Europe/Stockholm.
ask-meeting-mode = Hur vill du helst träffas?
meeting-online = Online
meeting-in-person = På plats
meeting-both = Båda
onboarding-done = Tack, { $name }! Här är din profil:
next-steps-mentor = Ditt erbjudande att vara mentor är nu en ansökan: en koordinator går igenom den och jag meddelar dig resultatet.
next-steps-mentee = Härnäst matchar en koordinator dig med en mentor som talar ditt språk och erbjuder det du söker. Jag presenterar er för varandra.
next-steps-coordinator = Du är koordinator i det här programmet. Skicka /help för att se dina kommandon.
next-steps-edit = Du kan ändra allt detta med /profile edit.

## Profil

profile-title = Profil för { $name }
field-name = Namn
field-country = Land
field-organisation = Organisation
field-sector = Bransch
field-career-stage = Karriärsteg
field-languages = Språk
field-offers = Erbjuder som mentor
field-capacity = Adepter samtidigt
capacity-value = { $count }
field-seeks = Vill utveckla
field-goals = Mål
field-availability = Tillgänglighet
field-timezone = Tidszon
field-meeting-mode = Möten
field-roles = Roller
field-competences = Kompetenser
availability-value = { $hours } h i månaden
years-value = { $years } år
value-none = –
role-coordinator = koordinator
role-mentor = mentor
role-mentor-applicant = mentor (ansökan behandlas)
role-mentor-interview = mentor (intervju föreslagen)
role-mentor-rejected = mentorsansökan inte godkänd
role-mentee = adept
profile-edit-ask = Vilken del av din profil vill du ändra?
profile-updated = Sparat. Din profil ser nu ut så här:
profile-coordinator-minimal = Som koordinator behöver du bara ett namn, ett land och en tidszon.

## Språk

language-ask = Vilket språk ska jag använda?
language-set = Från och med nu pratar jag svenska med dig.

## Mentorsansökningar

application-new =
    Ny mentorsansökan från { $name } ({ $country }, { $organisation }).
    Erbjuder: { $offers }
    Mål: { $goals }
application-approve = Godkänn
application-reject = Avslå
application-interview = Be om en intervju
application-approved-applicant = Goda nyheter: din ansökan som mentor har godkänts. Tack för att du delar med dig av din erfarenhet!
application-approved-coordinator = { $name } är nu godkänd mentor.
application-rejected-applicant = Din ansökan som mentor godkändes inte. Koordinatorns motivering: { $reason }
application-rejected-coordinator = Ansökan från { $name } avslogs och motiveringen har skickats till personen.
application-reason-ask = Skriv skälet till att ansökan från { $name } avslås. Det skickas till personen.
application-reason-invalid = Ange ett skäl på 3 till { $max } tecken.
application-interview-ask = När vill du prata med { $name }? Skriv datum och tid i din tidszon ({ $timezone }), till exempel 2026-12-03 15:00.
application-interview-invalid = Jag kunde inte tolka ”{ $input }” som ett datum och en tid i framtiden. Använd formatet 2026-12-03 15:00.
application-interview-applicant = En koordinator, { $coordinator }, vill prata med dig om din mentorsansökan { $when } (din tid, { $timezone }). Svara koordinatorn för att bekräfta.
application-interview-coordinator = { $name } har fått en förfrågan om intervju { $when } ({ $timezone }).
application-already-decided = Den här ansökan har redan avgjorts.
application-unknown = Jag hittar inte den ansökan längre.
applications-none = Inga mentorsansökningar väntar.
applications-title = Mentorsansökningar som väntar på beslut: { $count }

## Koordinatorer och inbjudningar

grant-usage = Användning: /grant coordinator <person>, där <person> är personens namn eller användarnamn i chatten.
grant-unknown = Jag hittade ingen som heter ”{ $input }” bland dem som har gått med.
grant-ambiguous = Fler än en person matchar ”{ $input }”. Använd personens användarnamn i chatten.
grant-done = { $name } är nu koordinator.
grant-already = { $name } är redan koordinator.
grant-received = { $by } har gjort dig till koordinator i programmet. Skicka /help för att se dina nya kommandon.
invite-usage = Användning: /invite mentor|mentee [användningar] [dagar], till exempel /invite mentee 10 30. Användningar: 1 till 500, dagar: 1 till 365.
invite-created =
    Inbjudningskod för { $role } ({ $uses ->
        [one] { $uses } användning
       *[other] { $uses } användningar
    }, giltig till { $until }):
    { $code }
    Nya deltagare skickar: /start { $code }
role-name-mentor = en mentor
role-name-mentee = en adept

## Koppla konton

link-code =
    Din kopplingskod är { $code }. Den gäller i 10 minuter.
    Skicka från ditt andra chattkonto: /link { $code }
link-done = Det här kontot är nu kopplat till din profil, { $name }.
link-invalid = Kopplingskoden är ogiltig eller har gått ut. Skicka /link från ditt första konto för att få en ny.
link-already = Det här kontot hör redan till din profil.
link-other-profile = Det här kontot hör redan till en annan profil. Skicka först /forget här om du vill koppla det.
link-needs-profile = Skicka /link från kontot som redan har en profil för att få en kod.
notify-usage = Användning: /notify-on <plattform>, en av: { $platforms }. Aviseringar går nu till ditt konto på { $current }.
notify-set = Från och med nu skickar jag aviseringar till ditt konto på { $platform }.
notify-unknown = Du har inget konto på { $platform } kopplat till din profil. Dina konton: { $platforms }.
link-notice = Ett annat chattkonto ({ $platform }) har kopplats till din profil. Om det inte var du, säg till en koordinator.

## Integritet

privacy =
    Vad jag sparar och varför:
    • Din profil (namn, land, organisation, bransch, karriärsteg, språk, kompetenser, mål, tillgänglighet, tidszon, önskat mötessätt) – för att matcha dig med rätt personer.
    • Dina chattkonton – för att nå dig där du chattar.
    • Programmets register (ansökningar, par, träffar, timmar, rapporter) – för att driva programmet och rapportera om det.
    • En granskningslogg över koordinatorernas åtgärder – för att kunna utkräva ansvar.
    Koordinatorer kan se din profil. Andra deltagare ser bara det som en matchning kräver.
    /export skickar dig allt jag sparar om dig; /forget raderar det. Kunskap som du har valt att dela stannar kvar i kunskapsbanken, anonymiserad.
export-ready = Här är allt jag sparar om dig.
forget-confirm = Detta raderar din profil, dina kopplade konton och dina uppgifter i programmet. Det går inte att ångra. Är du säker?
forget-yes = Ja, radera allt
forget-no = Nej, behåll mina uppgifter
forget-done = Alla dina uppgifter har raderats. Hej då, och tack för att du var med!
forget-kept = Ingenting raderades.

## Par

why-competences = erbjudande och önskemål möts i { $competences }
why-languages = båda talar { $languages }
why-countries = olika länder ({ $first } och { $second })
why-overlap = { $hours ->
    [one] en gemensam arbetstimme
   *[other] { $hours } gemensamma arbetstimmar
}
why-reverse = omvänt mentorskap: adepten är den mer erfarna
pair-accept = Acceptera { $name }
pair-decline = Tacka nej till { $name }
pair-intro-mentee = Möt din mentor: { $name } ({ $country }, { $organisation }). Varför just ni: { $why }.
pair-intro-mentor = Möt din nya adept: { $name } ({ $country }, { $organisation }). Varför just ni: { $why }. Adeptens mål: ”{ $goals }”
pair-intro-next = Acceptera eller tacka nej senast { $deadline } (din tid). När ni båda har accepterat sätter jag er i kontakt: kom överens om en första träff och börja med en målöverenskommelse.
request-new = { $name } ({ $country }) vill ha dig som mentor. Varför just ni: { $why }. Personens mål: ”{ $goals }” Acceptera eller tacka nej senast { $deadline } (din tid).
request-sent = Jag har frågat { $name }. Personen har till { $deadline } (din tid) på sig att svara; jag hör av mig.
pair-unknown = Jag hittar inte det paret, eller så är det inte ditt.
pair-answered-already = Det här har redan besvarats eller har gått ut.
request-full = Den mentorn har ingen ledig plats längre, så förfrågan skickades vidare.
pair-accepted-wait = Tack! Så snart { $name } också accepterar kan ni börja.
pair-active = Du och { $name } är nu ett mentorspar. Du når personen på { $contact }. Kom överens om en första träff och börja med er målöverenskommelse.
pair-decline-reason-ask = Vill du berätta varför? Det hjälper koordinatorerna att hitta en bättre matchning. Skicka ”-” för att hoppa över.
pair-declined-self = Uppfattat, presentationen är avböjd. Du är tillbaka bland dem som väntar på en matchning.
pair-declined-other = { $name } tackade nej till presentationen. Du är tillbaka bland dem som väntar på en matchning, och en koordinator letar efter en annan.
pair-expired = Presentationen för { $name } besvarades inte i tid och har gått ut. Du är tillbaka bland dem som väntar på en matchning.
pair-declined-coordinator = { $who } tackade nej till presentationen av { $mentor } (mentor) och { $mentee } (adept). Båda väntar åter på en matchning.
pair-declined-coordinator-reason = { $who } tackade nej till presentationen av { $mentor } (mentor) och { $mentee } (adept) med motiveringen: ”{ $reason }” Båda väntar åter på en matchning.
pair-expired-coordinator = Presentationen av { $mentor } (mentor) och { $mentee } (adept) gick ut utan svar. Båda väntar åter på en matchning.
request-declined-self = Uppfattat, du har tackat nej till förfrågan. Tack för ditt svar.
request-lapsed-mentor = Förfrågan från { $name } besvarades inte i tid och har gått ut.
request-passed-on = { $name } kunde inte ta emot dig, så jag har frågat { $next }, ditt nästa val.
request-none-left = { $name } kunde inte ta emot dig, och inget av dina andra val har en ledig plats. Skicka /mentors för att se vilka fler som passar.
pair-state-proposed = föreslaget
pair-state-rejected = avvisat
pair-state-requested = förfrågat
pair-state-introduced = presenterat
pair-state-active = aktivt
pair-state-completed = slutfört
pair-state-ended = avslutat
pair-none = Du har inget mentorspar än.
pair-list-title = Dina mentorspar:
pair-role-mentor = Din mentor
pair-role-mentee = Din adept
pair-line = { $role }: { $name } – { $state } sedan { $since }
pair-complete-button = Slutfört med { $name }
pair-end-button = Avsluta paret med { $name }
pairs-none = Det finns inga par än. Skicka /match för att föreslå några.
pairs-title = Alla par: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } sedan { $since }
pairs-end-button = Avsluta { $mentor } → { $mentee }
pair-cannot-complete = Bara ett aktivt par kan slutföras; det här är { $state }.
pair-cannot-end = Det här paret är redan avslutat ({ $state }).
pair-completed = Grattis: ditt mentorskap med { $name } är slutfört. Tack till er båda!
pair-end-reason-ask = Varför avslutas paret? Det stannar mellan dig och koordinatorerna. Skicka ”-” för att hoppa över.
pair-ended = Ditt mentorspar med { $name } avslutades av { $by }. En koordinator kan hjälpa till om du vill ha en ny matchning.
pair-ended-self = Paret är avslutat.

## Matchning

match-none = Det finns ingen att matcha just nu: ingen adept utan mentor har en möjlig mentor med ledig plats ({ $unmatched } utan matchning).
match-title = Föreslagna par: { $count } (total poäng { $total }; { $unmatched } utan matchning). Ingen får veta något förrän du godkänner.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … och { $count } till.
match-approve-all = Godkänn alla
match-review = Granska ett i taget
match-approve = Godkänn
match-reject = Avslå
match-reviewed = Alla förslag är avgjorda. Skicka /pairs för att se paren.
match-approved = { $count ->
    [one] Ett par godkänt och presenterat.
   *[other] { $count } par godkända och presenterade.
}
match-approved-full = { $count ->
    [one] Ett förslag kunde inte godkännas: mentorn har ingen ledig plats längre, eller så har adepten hittat en mentor under tiden.
   *[other] { $count } förslag kunde inte godkännas: mentorn har ingen ledig plats längre, eller så har adepten hittat en mentor under tiden.
}
match-approved-one = { $mentor } och { $mentee } har presenterats för varandra.
match-full = { $mentor } har ingen ledig plats längre (eller så har { $mentee } hittat en mentor under tiden), så förslaget togs bort.
match-rejected-one = Avslaget: { $mentor } och { $mentee } föreslås inte igen. Resten har optimerats om: nu { $count } förslag.
match-stale = Det förslaget är inte längre öppet.
mentors-off = I det här programmet är det koordinatorerna som bildar paren; du blir presenterad för din mentor.
mentors-not-now = Du har redan en mentor eller en öppen förfrågan, eller så söker du ingen kompetens (ändra det med /profile edit).
mentors-none = Ingen mentor med ledig plats passar dig just nu. En koordinator letar efter en matchning.
mentors-title = Mentorer som passar dig bäst:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Fråga { $name }
mentors-gone = Den mentorn är inte längre tillgänglig. Här är den aktuella listan.
avoid-usage = Användning: /avoid <person>, med personens namn eller användarnamn i chatten. Du blir aldrig matchad med personen, och personen får inget veta.
avoid-done = Noterat: du blir inte matchad med personen. Personen får inget veta.
avoid-self = Du kan inte undvika dig själv.

## Cirklar

circles-usage = Användning: /circles form [storlek], med en storlek från 2 till { $max } (5 om du utelämnar den); /circles listar cirklarna.
circles-none = Ingen cirkel kunde bildas: för få personer utanför en cirkel delar ett språk och söker en kompetens ({ $left } utanför).
circles-formed = { $count ->
    [one] En cirkel bildad
   *[other] { $count } cirklar bildade
} med { $people ->
    [one] en person
   *[other] { $people } personer
}; varje medlem har fått veta vilka som är med i deras cirkel.
circles-left-out = Ingen cirkel kunde ta emot: { $names } (inget gemensamt språk med tillräckligt många andra).
circle-formed = Du är med i cirkeln { $circle } för kollegialt mentorskap, tillsammans med { $members }. Ni talar alla { $language }.
circle-shared = Det som flera av er vill utveckla: { $competences }.
circles-empty = Det finns inga cirklar än. Skicka /circles form för att bilda dem.
circles-title = Cirklar: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Träffar

session-place-open = bestäms senare
session-describe = { $when } ({ $timezone }), { $minutes } minuter, { $mode }: { $place }
when-unreadable = Jag kunde inte läsa det som ett datum och en tid. Skriv det i din egen tid, till exempel { $example }, ”imorgon 15:00” eller ”tis 18:00”.
when-past = Den tiden har redan passerat. Ange en tid i framtiden, till exempel { $example }.
when-ambiguous = Den tiden är tvetydig (till exempel ställs klockan om då, eller så kan en timme som 3 vara natt eller eftermiddag). Skriv ut den helt, till exempel { $example }.
when-nonexistent = Den tiden finns inte i din tidszon den dagen, eftersom klockan ställs om. Välj en annan, till exempel { $example }.
when-too-far = Det är för långt fram. Välj en tid inom de närmaste två åren, till exempel { $example }.
when-after-end = Det är efter att programmet har slutat. Välj en tidigare tid.
book-no-pair = Du behöver ett aktivt mentorspar för att boka en träff. Skicka /pair för att se dina.
book-ask-pair = Med vem är träffen?
book-ask-when = När? Skriv datum och tid i din tidszon ({ $timezone }), till exempel { $example }, ”imorgon 15:00”, ”tis 18:00” eller ”om 3 dagar 10:00”.
minutes-value = { $minutes } min
book-ask-minutes = Hur länge? (eller skriv antalet minuter)
book-minutes-invalid = Välj en längd eller skriv antalet minuter (15 till 480).
book-ask-mode = Online eller på plats?
book-ask-link = Länken till onlineträffen? Skicka ”-” om ni bestämmer den senare.
book-ask-place = Var ska ni träffas? Skicka ”-” om ni bestämmer det senare.
book-place-invalid = Ange länken eller platsen med högst 300 tecken, eller ”-”.
repeat-once = Bara en gång
repeat-weekly = Varje vecka
repeat-biweekly = Varannan vecka
repeat-cron = enligt schemat { $rule }
book-ask-repeat = Upprepas den? Välj, eller skriv en cron-regel (sekunder minuter timmar dag månad veckodag, t.ex. 0 0 18 * * Tue).
book-repeat-invalid = Välj ett av alternativen, eller skriv en giltig cron-regel som 0 0 18 * * Tue.
book-sent = Jag har bett { $name } att bekräfta: { $session }{ $count ->
    [one] .
   *[other] , totalt { $count } träffar.
}
session-request = { $name } föreslår en mentorsträff: { $session }.
session-series = Upprepning: { $rule } – { $count ->
    [one] en träff
   *[other] { $count } träffar
} fram till programmets slut.
session-confirm = Bekräfta
session-confirm-all = Bekräfta alla
session-other-time = Föreslå en annan tid
session-decline = Tacka nej
session-unknown = Jag hittar inte den träffen, eller så är den inte din.
session-answered-already = Den träffen har redan besvarats.
session-own-proposal = Du föreslog den själv; den andra personen bekräftar den.
session-declined = { $name } tackade nej till träffen: { $session }.
session-declined-self = Du har tackat nej. Den andra personen har fått veta det.
session-not-upcoming = Den träffen ligger inte längre framåt i tiden, så den kan inte ändras.
session-attend-noted = Toppen, vi ses där!
session-confirmed = Din träff med { $name } är bekräftad: { $session }{ $count ->
    [one] .
   *[other] , totalt { $count } träffar.
} Kalenderfilen är bifogad.
session-calendar-title = Mentorsträff med { $name }
session-cancelled = { $name } ställde in träffen: { $session }.
session-cancelled-self = Träffen är inställd, och den andra personen har fått veta det.
session-ask-new-time = Vilken tid skulle passa dig? Skriv den i din tidszon ({ $timezone }), till exempel { $example }.
session-time-sent = Jag har föreslagit den nya tiden för { $name }: { $session }.
session-reminder = Påminnelse: du har en träff med { $name }: { $session }.
reminder-late = (Den här påminnelsen kommer sent: jag var inte igång vid den tiden.)
session-attend = Jag kommer
session-reschedule = Flytta
session-cancel = Ställ in
session-follow-up = Blev din träff med { $name } ({ $session }) av?
session-held = Ja, { $minutes } minuter
session-other-length = Ja, men längre eller kortare
session-missed = Nej
session-already-recorded = Den träffen är redan registrerad.
session-missed-noted = Noterat: träffen blev inte av. Boka en ny med /book.
session-ask-length = Hur många minuter varade den?
session-length-invalid = Svara med antalet minuter, från 5 till 600.
session-ask-note = Något att anteckna om den (ett ämne, en överenskommelse, ett nästa steg)? Skicka ”-” för att hoppa över.
session-recorded = Tack! { $minutes ->
    [one] En minut
   *[other] { $minutes } minuter
} har registrerats för er båda.
session-recorded-other = { $name } har registrerat er träff: { $minutes ->
    [one] en minut
   *[other] { $minutes } minuter
} har registrerats för er båda.
session-state-proposed = väntar på bekräftelse
session-state-confirmed = bekräftad
session-state-cancelled = inställd
session-state-held = blev av
session-state-missed = blev inte av
sessions-line = { $when } med { $name }, { $minutes } min – { $state }
sessions-none = Du har inga träffar än. Boka en med /book.
sessions-none-upcoming = Du har inga kommande träffar.
sessions-upcoming = Kommande:
sessions-past = Senaste:
sessions-pick-reschedule = Vilken träff vill du flytta?
sessions-pick-cancel = Vilken träff vill du ställa in?

## Timmar

hours-kind-bilateral = Träff i paret
hours-kind-group = Gruppträff
hours-kind-joint = Gemensamt möte
hours-kind-preparation = Förberedelse och rapportering
log-ask-kind = Vad använde du tiden till?
log-ask-hours = Hur många timmar? (till exempel 1,5 eller 90 min)
log-hours-invalid = Ange timmarna som ett tal från 0,25 till 12 (till exempel 1,5) eller som minuter (till exempel 90 min).
log-done = Registrerat: { $hours } tim, { $kind }.
hours-title = Dina timmar: totalt { $hours } tim.
hours-line = { $kind }: { $hours } tim
hours-budget = Programmets budget är { $budget ->
    [one] en timme
   *[other] { $budget } timmar
} per adept: { $left } tim återstår. Träffar i paret hittills: { $bilateral } tim (minst { $min ->
    [one] en timme
   *[other] { $min } timmar
} förväntas).
hours-warning = Du har använt { $hours } tim av programmets budget på { $budget } tim.
hours-budget-reached = Du har nått programmets budget på { $budget ->
    [one] en timme
   *[other] { $budget } timmar
}.
hours-refused = De här timmarna skulle överskrida programmets budget på { $budget ->
    [one] en timme
   *[other] { $budget } timmar
} ({ $left } tim återstår), så de registrerades inte. En koordinator kan hjälpa till.
hours-pending = { $hours } tim till skulle överskrida programmets budget på { $budget ->
    [one] en timme
   *[other] { $budget } timmar
}, så de väntar på att en koordinator godkänner dem. Du får besked.
hours-approval-request = { $name } registrerade { $hours } tim ({ $kind }), vilket ger totalt { $total } tim, över budgeten på { $budget } tim. Vill du godkänna de här timmarna?
hours-approve = Godkänn
hours-refuse = Avslå
hours-approved-coordinator = Godkänt: { $hours } tim för { $name } är registrerade.
hours-refused-coordinator = Avslaget: { $hours } tim för { $name } registreras inte.
hours-approved = { $name } godkände dina { $hours } tim över budgeten: de är registrerade.
hours-not-approved = { $name } godkände inte dina { $hours } tim över budgeten, så de registreras inte.
hours-request-already-decided = Det finns redan ett beslut om de här timmarna.
hours-request-unknown = Jag hittar inte de här timmarna längre.

## Program: avstämningar, rapporter, påminnelser

checkin-ask = Hur går ditt mentorskap med { $name }?
checkin-rating-1 = 1 – dåligt
checkin-rating-2 = 2
checkin-rating-3 = 3 – okej
checkin-rating-4 = 4
checkin-rating-5 = 5 – utmärkt
checkin-ask-comment = Tack. Något du vill lägga till? Skicka ”-” för att hoppa över.
checkin-thanks = Tack för din återkoppling!
checkin-low-coordinator = { $name } gav mentorskapet med { $other } betyget { $rating } av 5. Kommentar: ”{ $comment }”
deliverable-due = Påminnelse: ”{ $title }” ska lämnas in senast { $due }. Skicka /report för att lämna in den.
deliverable-overdue = ”{ $title }” skulle ha lämnats in senast { $due } och har inte lämnats in än. Skicka /report för att lämna in den.
report-none-owed = Du har ingen rapport att lämna in just nu.
report-ask-which = Vilken rapport vill du lämna in?
report-not-owed = Den rapporten ska inte lämnas in av dig, eller så har den redan lämnats in.
report-question = Fråga { $number } av { $count } (svarsspråk: { $language }): { $question }
report-answer-invalid = Svara med 2 till { $max } tecken.
report-preview = Här är din ”{ $title }”. Vill du skicka den?
report-send = Skicka den
report-restart = Börja om
report-sent = Tack! ”{ $title }” har lämnats in.
reports-none-configured = Det här programmet kräver inga rapporter.
reports-no-pairs = Det finns inga aktiva eller slutförda par än.
reports-title = Rapporter:
reports-delivered = { $name }: ”{ $title }” inlämnad { $date }
reports-due = { $name }: ”{ $title }” ska lämnas in senast { $date }
reports-overdue = { $name }: ”{ $title }” FÖRSENAD sedan { $date }
nudge-inactive = Du och { $name } har inte haft någon träff på { $days ->
    [one] en dag
   *[other] { $days } dagar
}. Skicka /book för att planera nästa.
nudge-answer = { $name } väntar på ditt svar på presentationen. Skicka /pair för att acceptera eller tacka nej.
nudge-applications = { $count ->
    [one] En mentorsansökan väntar
   *[other] { $count } mentorsansökningar väntar
} på beslut. Skicka /applications.
stuck-inactive = { $mentor } och { $mentee } har inte haft någon träff på { $days ->
    [one] en dag
   *[other] { $days } dagar
}.

## Kunskap

kb-anonymous = en programdeltagare
kb-unavailable = Kunskapsbanken är inte tillgänglig just nu. Försök igen senare.
kb-ask-usage = Användning: /ask följt av din fråga (3 till { $max } tecken), till exempel /ask Hur förbereder jag mig inför en första träff?
kb-ask-mentor = Fråga en mentor
kb-no-results = Jag hittade inget i kunskapsbanken som besvarar det här. En mentor kanske vet: ska jag skicka vidare din fråga?
kb-passages-title = De mest relevanta avsnitten jag hittade:
kb-sources = Källor:
kb-source = [{ $number }] ”{ $title }” av { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Skrivassistenten tog för lång tid, så här är själva avsnitten.)
kb-llm-failed = (Skrivassistenten är inte tillgänglig, så här är själva avsnitten.)
kb-helpful = Till hjälp
kb-not-helpful = Inte till hjälp
kb-thanks-helpful = Tack! Det hjälper till att rangordna svaren.
kb-thanks-not-helpful = Tack. Du kan också skicka vidare frågan till en mentor.
kb-nothing-to-route = Ställ först din fråga med /ask; sedan kan jag skicka den vidare till en mentor.
kb-no-mentor = Ingen godkänd mentor passar för den här frågan just nu. En koordinator kan hjälpa till.
kb-routed-question = { $name } har en fråga som kunskapsbanken inte kunde besvara ({ $language }): ”{ $question }” Kan du svara på den?
kb-answer-button = Svara på den
kb-routed = { $count ->
    [one] Jag har skickat vidare din fråga till en mentor.
   *[other] Jag har skickat vidare din fråga till { $count } mentorer.
} Det första svaret kommer direkt till dig.
kb-question-gone = Den frågan är inte längre öppen.
kb-already-answered = Tack, men en annan mentor har redan besvarat den här frågan.
kb-answer-ask = Skriv ditt svar. Det går direkt till den som frågade.
kb-answer-invalid = Svara med 10 till { $max } tecken.
kb-mentor-answer = { $name } har svarat på din fråga ”{ $question }”: { $answer }
kb-answer-sent = Tack! Ditt svar har skickats till { $name }. Får det bli en post i kunskapsbanken för hela programmet? Det läggs bara till om ni båda godkänner.
kb-keep = Lägg till i kunskapsbanken
kb-private = Håll det mellan oss
kb-entry-exists = Det finns redan i kunskapsbanken.
kb-kept-private = Uppfattat: det stannar mellan er två.
kb-consent-waiting = Tack. Det läggs till så snart den andra personen också godkänner.
kb-entry-created = Svaret är nu post #{ $id } i kunskapsbanken. Tack för att du delar med dig!
share-ask-title = Vilken rubrik har det du vill dela?
share-ask-body = Skriv texten: något du har lärt dig, en metod, ett svar på en vanlig fråga.
share-ask-tags = Vilka kompetenser handlar det om? Välj alla som passar, eller ”Inga”.
share-visibility-programme = Alla i programmet
share-visibility-pair = Bara mitt mentorspar
share-ask-visibility = Vem får läsa det?
share-name-shown = Visa mitt namn
share-name-anonymous = Visa ”en programdeltagare”
share-ask-name = Hur vill du anges som författare?
share-keep-yes = Behåll den, anonymiserad
share-keep-no = Radera den
share-ask-consent = Om du någon gång lämnar programmet och raderar dina uppgifter, ska den här posten då stanna kvar i kunskapsbanken utan ditt namn, eller raderas?
share-ask-language = Vilket språk är det skrivet på?
share-preview = Här är din post. Vill du spara den?
share-preview-language = Språk: { $language }
share-preview-tags = Kompetenser: { $tags }
share-save = Spara
share-change-language = Byt språk
share-restart = Börja om
share-title-invalid = Ange en rubrik på 3 till { $max } tecken.
share-body-invalid = Skriv { $min } till { $max } tecken.
share-saved = Sparat som post #{ $id } i kunskapsbanken. Tack för att du delar med dig! Du kan ändra den med /entries.
entries-none = Du har inte delat några poster än. Skicka /share för att börja.
entries-title = Dina poster: { $count }. Välj en för att ändra eller radera den.
entries-edit = Redigera #{ $id } ”{ $title }”
entries-delete = Radera #{ $id }
entry-not-yours = Den posten är inte din, eller så finns den inte längre.
entry-ask-text = Skicka postens nya text.
entry-updated = Post #{ $id } har uppdaterats.
entry-deleted = Post #{ $id } har raderats.
hide-usage = Användning: /hide <nummer>, med postens nummer så som det visas i källorna (till exempel /hide 12).
entry-unknown = Det finns ingen post #{ $id }.
entry-hidden = Post #{ $id } är dold: den finns kvar i registret men hittas inte längre.
capture-offer = Vill du dela den här anteckningen med programmets kunskapsbank? Din mentorspartner får först frågan om att godkänna.
capture-share = Dela anteckningen
capture-nothing = Det finns ingen anteckning att dela från den träffen.
capture-ask-other = { $name } vill dela anteckningen från er träff i programmets kunskapsbank: ”{ $note }” Godkänner du det?
capture-agree = Jag godkänner
capture-decline = Helst inte
capture-asked = Jag har bett { $name } om godkännande.
capture-declined-self = Uppfattat: anteckningen stannar mellan er två.
capture-declined = { $name } vill hellre att anteckningen stannar mellan er två.
capture-title = Anteckningar från en mentorsträff { $date }

## Koordinatorns översikt

export-which = Vilka uppgifter vill du ha?
export-mine = Mina egna uppgifter
export-programme = Programmets data (CSV)
export-programme-ready = Programmets data: deltagare, par, träffar, timmar och rapporter.
stats-title = Programmet i korthet:
stats-people = Personer: { $total } (adepter { $mentees }, godkända mentorer { $mentors }, mentorsansökningar { $applicants }, koordinatorer { $coordinators })
stats-countries = Per land: { $countries }
stats-pairs = Par: { $active } aktiva, { $introduced } väntar på svar, { $completed } slutförda, { $ended } avslutade
stats-sessions = Träffar: { $held } genomförda, { $upcoming } kommande
stats-hours = Registrerade timmar: { $hours } tim, varav { $bilateral } tim i träffar i paret (budget { $budget } tim per adept)
stats-reports = Rapporter: { $delivered } inlämnade, { $overdue } försenade
stats-checkins = Avstämningar: i genomsnitt { $average } av 5 från { $count } betyg, { $low } låga
stats-attention = Behöver uppmärksamhet:
stats-attention-none = Ingen behöver uppmärksamhet just nu.
stats-attention-inactive = { $mentor } och { $mentee }: ingen träff på { $days ->
    [one] en dag
   *[other] { $days } dagar
}
stats-attention-unanswered = { $mentor } och { $mentee }: en presentation eller förfrågan väntar på svar
stats-attention-overdue = { $name }: ”{ $title }” är försenad
stats-attention-applications = { $count ->
    [one] En mentorsansökan väntar
   *[other] { $count } mentorsansökningar väntar
}
chart-hours-title = Timmar per adept jämfört med budgeten
chart-hours-series = Registrerade timmar
chart-hours-axis = Timmar
chart-budget = Budget ({ $budget } tim)
chart-sessions-title = Genomförda träffar per vecka
chart-sessions-series = Träffar
chart-sessions-axis = Träffar
chart-countries-title = Deltagare per land
chart-countries-series = Deltagare
chart-countries-axis = Personer
announce-usage = Användning: /announce [mentors|mentees|coordinators] <text>, till exempel /announce mentees Det gemensamma mötet är på fredag kl. 10:00 (CET).
announce-from = Meddelande från { $name }:
announce-sent = { $count ->
    [one] Meddelandet är på väg till en person.
   *[other] Meddelandet är på väg till { $count } personer.
}

## Gruppträffar i chattrum

group-room-only = Det här fungerar i chattrummet för en cirkel eller grupp. Skriv det där.
group-members-only = Bara programmets medlemmar kan delta i gruppträffar. Skriv /start till mig i en direktchatt för att gå med.
group-help =
    Gruppträffar i det här rummet:
    /group schedule <när> <ämne> – planera en träff, till exempel: /group schedule imorgon 15:00 Rekrytera utomlands
    /group attend, /group absent – säg om du kommer
    /group start – börja: dagordningen och närvaroropet
    /here – svara på närvaroropet
    /round [minuter] – nästa presentatör beskriver en utmaning och de andra ger råd i tur och ordning; /next lämnar över ordet
    /note <text> – lägg till en anteckning; /action <person> <text> – lägg till en åtgärdspunkt
    /group end – avsluta med en sammanfattning; /group cancel – ställ in nästa träff
    /group link <cirkel> – gör det här rummet till cirkelns rum
    /group room <cirkel> – jag skapar ett rum för cirkeln och bjuder in dess medlemmar (på Matrix)
group-status-circle = Det här är rummet för cirkeln { $circle }.
group-status-cohort = Det här rummet hör inte till någon cirkel: träffar här är gemensamma möten för hela deltagargruppen.
group-status-none = Ingen gruppträff är planerad här.
group-status-next = Nästa träff: ”{ $topic }” { $when }. Kommer: { $attend }. Kan inte komma: { $absent }.
group-status-running = Pågår: ”{ $topic }” (planerad till { $when }). Har sagt att de kommer: { $attend }. Kan inte komma: { $absent }.
group-no-circle = Det här rummet är inte kopplat till någon cirkel, så bara en koordinator kan planera ett gemensamt möte för hela deltagargruppen här. En medlem i en cirkel kan koppla rummet med /group link <cirkel>, till exempel /group link circle-1.
group-schedule-denied = Bara en koordinator, eller en mentor som är medlem i den här cirkeln, kan planera en gruppträff här.
group-schedule-usage = Användning: /group schedule <när> <ämne>, med tiden i din egen tidszon, till exempel: /group schedule imorgon 15:00 Rekrytera utomlands
group-topic-invalid = Ange ett ämne på 2 till { $max } tecken.
group-schedule-clash = Det här rummet har redan en träff då: ”{ $topic }” { $when }. Välj en annan tid.
group-scheduled = { $name } har planerat en gruppträff: ”{ $topic }” { $when }, { $minutes } minuter. Jag påminner alla innan. Kommer du? Svara med knapparna, eller med /group attend eller /group absent.
group-invitation = { $name } har planerat en gruppträff för { $room }: ”{ $topic }” { $when } ({ $timezone }), { $minutes } minuter. Kommer du?
group-whole-cohort = hela deltagargruppen
group-attend = Jag kommer
group-absent = Jag kan inte komma
group-will-attend = Noterat: { $name } kommer till ”{ $topic }”.
group-will-not-attend = Noterat: { $name } kan inte komma till ”{ $topic }”.
group-nothing-scheduled = Ingen gruppträff är planerad i det här rummet. Planera en med /group schedule <när> <ämne>.
group-session-unknown = Jag hittar inte den gruppträffen.
group-session-over = Gruppträffen ”{ $topic }” är över eller har ställts in.
group-reminder-room = Påminnelse: gruppträffen ”{ $topic }” är { $when }. Kommer du? Svara med knapparna, eller med /group attend eller /group absent.
group-reminder = Påminnelse: gruppträffen för { $room }, ”{ $topic }”, är { $when } ({ $timezone }).
group-cancelled = { $name } har ställt in gruppträffen ”{ $topic }” { $when }.
group-cancelled-member = { $name } har ställt in gruppträffen ”{ $topic }” { $when } ({ $timezone }).
group-cancel-running = En pågående träff ställs inte in utan avslutas, med /group end.
group-run-denied = Bara samtalsledaren, en koordinator eller en mentor i den här cirkeln kan göra det.
group-already-running = En gruppträff pågår redan här. Avsluta den först med /group end.
group-start-too-early = Nästa träff, ”{ $topic }”, är planerad till { $when }. Den kan startas tidigast { $minutes } minuter innan.
group-agenda =
    Gruppträffen ”{ $topic }” börjar. Samtalsledare: { $name }.
    Dagordning:
    1. Närvaro: svara med /here eller knappen.
    2. Rundor: /round väljer en presentatör som beskriver en utmaning; de andra ger råd i tur och ordning, och /next lämnar över ordet. Varje runda är { $minutes } minuter.
    3. Hela tiden: /note <text> för anteckningar, /action <person> <text> för åtgärdspunkter.
    4. /group end avslutar med en sammanfattning.
    Väntas: { $expected }. Förhindrade: { $excused }.
group-here-button = Jag är här
group-not-running = Ingen gruppträff pågår i det här rummet. En planerad träff börjar med /group start.
group-present = Välkommen, { $name }! { $count ->
    [one] En person är här.
   *[other] { $count } personer är här.
}
group-already-present = Du står redan på listan, { $name }.
group-not-present = Svara först på närvaroropet med /here.
group-note-usage = Användning: /note <text>, med 2 till { $max } tecken.
group-noted = Antecknat ({ $count ->
    [one] en anteckning
   *[other] { $count } anteckningar
} hittills).
group-action-usage = Användning: /action <person> <text>, till exempel: /action Ben skicka prislistan (högst { $max } tecken).
group-action-unknown = Jag känner inte till ”{ $name }” i den här träffen. Använd namnet på någon som är inbjuden eller närvarande: { $members }.
group-action-ambiguous = ”{ $name }” passar in på fler än en person här. Skriv hela namnet: { $members }.
group-action-noted = Åtgärdspunkt för { $name }: { $text }
group-action-reminder = Påminnelse från gruppträffen ”{ $topic }” { $date }. Din åtgärdspunkt: { $text }
group-round-usage = Användning: /round, eller /round <minuter> för en tidsram på 2 till 120 minuter.
group-round-too-few = En runda kräver minst två närvarande. Svara på närvaroropet med /here.
group-round-all-presented = Alla här har presenterat. Avsluta träffen med /group end.
group-round-start = Runda { $number } ({ $minutes } minuter): { $name } presenterar en utmaning. Sedan råd, i den här ordningen: { $advisers }. /next lämnar över ordet.
group-next-adviser = { $name }, ditt råd, tack (runda { $number }, { $left ->
    [0] tiden är ute
    [one] en minut kvar
   *[other] { $left } minuter kvar
}).
group-round-done = Runda { $number } är klar. Tack, { $name }! /round för nästa presentatör, eller /group end för att avsluta.
group-no-round = Ingen runda pågår. Starta en med /round.
group-next-denied = Bara den som talar, samtalsledaren eller en koordinator kan lämna över ordet.
group-round-warning = { $left ->
    [one] En minut
   *[other] { $left } minuter
} kvar av runda { $number }.
group-round-over = Tiden för runda { $number } är ute. { $name }, avrunda gärna; sedan /next eller /round.
group-summary-title = Sammanfattning av gruppträffen ”{ $topic }” { $date } ({ $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    })
group-summary-present = Närvarande ({ $count }): { $names }
group-summary-excused = Förhindrade: { $names }
group-summary-notes = Anteckningar:
group-summary-no-notes = Inga anteckningar gjordes.
group-summary-actions = Åtgärdspunkter:
group-summary-action = { $name }: { $text }
group-summary-written = Kort sagt:
group-hours-logged = { $hours } tim har registrerats som ”{ $kind }” för var och en av de { $count } närvarande.
group-consent-asked = Får anteckningarna gå till programmets kunskapsbank, utan namn? Jag har frågat var och en av er i er direktchatt. De sparas bara om alla närvarande godkänner inom { $hours ->
    [one] en timme
   *[other] { $hours } timmar
}.
group-consent-question = Tack för att du deltog i ”{ $topic }”: { $hours } tim har registrerats för dig. Får anteckningarna från träffen sparas i programmets kunskapsbank, utan någons namn? De sparas bara om alla närvarande godkänner senast { $until } ({ $timezone }).
group-consent-yes = Ja, spara dem
group-consent-no = Nej
group-consent-closed = Frågan om anteckningarna från ”{ $topic }” är stängd.
group-consent-not-yours = Bara de som var närvarande tillfrågas om de här anteckningarna.
group-consent-refused-self = Noterat: anteckningarna sparas inte.
group-consent-refused = Alla godkände inte, så anteckningarna från ”{ $topic }” sparas inte i kunskapsbanken.
group-consent-thanks = Tack! { $agreed } av { $count } har godkänt hittills.
group-consent-thanks-saved = Tack! Alla godkände: anteckningarna har sparats som post { $id }.
group-consent-saved = Alla godkände: anteckningarna från ”{ $topic }” har sparats i kunskapsbanken som post { $id }.
group-consent-lapsed = Alla svarade inte i tid, så anteckningarna från ”{ $topic }” sparas inte i kunskapsbanken.
group-entry-title = Gruppträff: { $topic } ({ $date })
group-entry-actions = Överenskomna nästa steg:
group-link-usage = Användning: /group link <cirkel>, till exempel: /group link circle-1
group-link-unknown = Det finns ingen cirkel som heter ”{ $circle }”. Cirklar: { $circles }.
group-link-denied = Bara en koordinator eller en medlem i { $circle } kan koppla det här rummet till cirkeln.
group-linked = Det här rummet är nu rummet för { $circle } (medlemmar: { $members }).
group-room-usage = Användning: /group room <cirkel>, till exempel: /group room circle-1. Jag skapar ett rum för cirkeln, bjuder in dess medlemmar och kopplar rummet till cirkeln.
group-room-creating = Jag skapar ett rum för { $circle } med { $members }. Det dyker upp i din chattlista (om plattformen frågar, acceptera inbjudan).
group-room-missing = Inte inbjudna, eftersom de inte har något { $platform }-konto kopplat: { $names }.
group-room-unsupported = På { $platform } kan jag inte skapa rum själv. Skapa en grupp med medlemmarna i { $circle }, lägg till mig och skicka /group link { $circle } där.

## Kommandomenyer (Telegrams kommandolista, Discords snedstreckskommandon): korta, högst 100 tecken

cmd-start = Gå med i programmet
cmd-start-code = Inbjudnings- eller kopplingskod, om du har en
cmd-help = Det här kan jag
cmd-profile = Visa din profil eller ändra den
cmd-profile-action = ”edit” för att ändra en del av din profil
cmd-language = Byt språket jag pratar med dig på
cmd-link = Koppla ett annat chattkonto till din profil
cmd-link-code = Koden från ditt andra konto
cmd-notify-on = Välj vilket chattkonto som får aviseringar
cmd-notify-on-platform = telegram, matrix, discord eller console
cmd-privacy = Vad jag sparar och varför
cmd-export = Få alla dina uppgifter som en fil
cmd-forget = Radera alla dina uppgifter
cmd-cancel = Avbryt det vi håller på med
cmd-applications = Mentorsansökningar som väntar på beslut
cmd-invite = Skapa en inbjudningskod
cmd-invite-role = Vem koden gäller: mentor eller mentee
cmd-invite-uses = Hur många personer som får använda den (1–500)
cmd-invite-days = Hur många dagar den gäller (1–365)
cmd-grant = Gör någon till koordinator
cmd-grant-role = Rollen som ska tilldelas
cmd-grant-person = Personens namn eller användarnamn i chatten
cmd-pair = Dina mentorspar
cmd-mentors = Mentorer som passar dig
cmd-avoid = Bli aldrig matchad med en viss person
cmd-avoid-person = Personens namn eller användarnamn i chatten
cmd-match = Föreslå de bästa paren för alla som saknar mentor
cmd-pairs = Alla par i programmet
cmd-circles = Bilda cirklar för kollegialt mentorskap, eller lista dem
cmd-circles-action = ”form” för att bilda cirklar av alla som inte är med i någon än
cmd-circles-size = Personer per cirkel (2–12, standard 5)
cmd-book = Boka en träff med din mentor eller adept
cmd-sessions = Dina träffar
cmd-reschedule = Flytta en träff till en annan tid
cmd-cancel-session = Ställ in en träff
cmd-log = Registrera timmar
cmd-hours = Dina timmar jämfört med budgeten
cmd-report = Lämna in en rapport
cmd-reports = Vem som har lämnat in vilken rapport
cmd-ask = Fråga programmets kunskapsbank
cmd-ask-question = Din fråga
cmd-share = Dela kunskap med programmet
cmd-entries = Dina poster i kunskapsbanken
cmd-hide = Dölj en post i kunskapsbanken
cmd-hide-entry = Postens nummer
cmd-stats = Programmet i korthet, med diagram
cmd-announce = Ett meddelande till hela deltagargruppen eller en roll
cmd-announce-audience = Vem som får det (alla om inget anges)
cmd-announce-text = Meddelandet
cmd-group = Gruppträffar i det här rummet: planera, starta, avsluta, anmäla närvaro
cmd-group-action = schedule, start, end, attend, absent, cancel, link eller room
cmd-group-details = För schedule: när och ämne; för link och room: cirkeln
cmd-here = Svara på närvaroropet i en gruppträff
cmd-round = Nästa presentatör i en gruppträff
cmd-round-minutes = Rundans tidsram i minuter (2–120)
cmd-next = Lämna över ordet till nästa talare
cmd-note = Lägg till en anteckning i gruppträffen
cmd-note-text = Anteckningen
cmd-action = Lägg till en åtgärdspunkt för någon
cmd-action-person = Vem som ska göra det: personens namn
cmd-action-text = Vad personen ska göra
