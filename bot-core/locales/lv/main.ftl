# mentor-cloud — latviešu valoda (Latvian).
# Tulkots no angļu valodas atsauces faila; atslēgas un mainīgie ir tie paši.

## Vispārīgi

welcome-back = Laipni lūdzam atpakaļ, { $name }! Nosūtiet /help, lai redzētu, ko es protu.
not-joined = Sveiki! Esmu programmas mentoringa asistents. Lai pievienotos, nosūtiet /start.
not-understood = Es to nesapratu. Nosūtiet /help, lai redzētu, ko es protu.
unknown-command = Komandu { $command } es nepazīstu. Nosūtiet /help, lai redzētu, ko es protu.
text-too-long = { $length ->
    [zero] Jūsu ziņa ir pārāk gara ({ $length } rakstzīmju; ierobežojums ir { $limit }). Lūdzu, saīsiniet to.
    [one] Jūsu ziņa ir pārāk gara ({ $length } rakstzīme; ierobežojums ir { $limit }). Lūdzu, saīsiniet to.
   *[other] Jūsu ziņa ir pārāk gara ({ $length } rakstzīmes; ierobežojums ir { $limit }). Lūdzu, saīsiniet to.
}
empty-message = Ziņa bija tukša. Lūdzu, ierakstiet atbildi.
internal-error = Atvainojiet, manā pusē radās kļūda, un nekas netika mainīts. Lūdzu, pēc brīža mēģiniet vēlreiz.
nothing-to-cancel = Nav nekā, ko atcelt.
cancelled = Atcelts. Nekas netika mainīts.
onboarding-cancelled = Pievienošanās tika atcelta, un nekas netika saglabāts. Nosūtiet /start, kad vēlaties sākt no jauna.
dialog-in-progress = Kaut kas vēl nav pabeigts. Atbildiet uz jautājumu augstāk vai nosūtiet /cancel, lai pārtrauktu.
direct-only = Šī informācija ir privāta, tāpēc uz to atbildu tikai privātā sarunā. Es to Jums tur nosūtīju.
direct-only-start = Lai to izdarītu, lūdzu, rakstiet man privātā sarunā.
not-in-room = Šī komanda darbojas tikai privātās sarunās.
coordinator-only = To var darīt tikai programmas koordinatori.
needs-profile = Jūs vēl neesat programmā. Lai pievienotos, nosūtiet /start.
choice-invalid = Lūdzu, izvēlieties vienu no iespējām: atbildiet ar tās numuru vai nosaukumu.
choice-invalid-multi = Lūdzu, izvēlieties vienu vai vairākas iespējas: norādiet to numurus vai nosaukumus, atdalot ar komatiem (piemēram: 1, 3).
choice-none = Neviena
choice-done = Gatavs
discord-reply = Atbildēt
discord-reply-title = Jūsu atbilde
discord-reply-label = Ierakstiet savu atbildi

help =
    Ko es protu:
    /start – pievienoties programmai (ar ielūguma kodu, ja Jums tāds ir)
    /profile – parādīt Jūsu profilu; /profile edit – to mainīt
    /pair – Jūsu mentoringa pāri
    /book – rezervēt tikšanos ar savu mentoru vai mentorējamo
    /sessions – Jūsu tikšanās; /reschedule, /cancel-session – pārcelt vai atcelt tikšanos
    /log – reģistrēt stundas; /hours – Jūsu stundas salīdzinājumā ar programmas budžetu
    /report – iesniegt pārskatu, ko pieprasa programma
    /ask <jautājums> – uzdot jautājumu programmas zināšanu bāzei
    /share – dalīties zināšanās ar programmu; /entries – Jūsu ieraksti
    /mentors – Jums piemēroti mentori (ja programma ļauj izvēlēties)
    /avoid <persona> – izslēgt iespēju nonākt pārī ar konkrētu personu
    /language – mainīt valodu, kurā ar Jums sarunājos
    /link – piesaistīt Jūsu profilam vēl vienu tērzēšanas kontu
    /notify-on – izvēlēties tērzēšanas kontu, uz kuru sūtīt manus paziņojumus
    /privacy – ko es glabāju un kāpēc
    /export – saņemt visus savus datus failā
    /forget – dzēst visus savus datus
    /cancel – pārtraukt iesākto darbību
help-coordinator =
    Koordinatoriem:
    /applications – mentoru pieteikumi, kas gaida lēmumu
    /match – piedāvāt labākos pārus visiem, kam nav mentora
    /pairs – visi programmas pāri
    /reports – kurš kuru pārskatu ir iesniedzis un kas ir nokavēts
    /hide <numurs> – paslēpt zināšanu bāzes ierakstu
    /stats – programmas pārskats ar diagrammām; /export – programmas dati CSV failos
    /announce [mentors|mentees|coordinators] <teksts> – ziņa visiem programmas dalībniekiem vai vienai lomai
    /circles form [lielums] – sadalīt visus savstarpējā mentoringa lokos; /circles – parādīt lokus
    /invite mentor|mentee [reizes] [dienas] – izveidot ielūguma kodu
    /grant coordinator <persona> – piešķirt kādam koordinatora tiesības

## Pievienošanās

start-already-joined = Jūs jau esat programmā, { $name }. Nosūtiet /profile, lai redzētu savu profilu.
start-resume = Turpināsim tur, kur palikām.
invite-required = Šajā programmā var piedalīties tikai ar ielūgumu. Lūdzu, palūdziet koordinatoram ielūguma kodu un nosūtiet /start, aiz tā norādot kodu.
invite-invalid = Ielūguma kods { $code } nav derīgs vai tam ir beidzies termiņš. Lūdzu, palūdziet koordinatoram jaunu.
invite-accepted-mentor = Jūsu ielūgums mentora lomā ir pieņemts.
invite-accepted-mentee = Jūsu ielūgums mentorējamā lomā ir pieņemts.
ask-language = Laipni lūdzam mentoringa programmā! Kādā valodā man ar Jums sarunāties?
ask-consent =
    Pirms sākam: lai īstenotu programmu, es glabāju Jūsu sniegto profilu (vārds, valsts, organizācija, nozare, karjeras posms, valodas, kompetences, mērķi, pieejamība, laika josla un vēlamais tikšanās veids), informāciju par to, kuri tērzēšanas konti pieder Jums, un to, kas notiek programmā (pieteikumi, pāri, tikšanās). Programmas koordinatori var redzēt Jūsu profilu; pārējie dalībnieki redz tikai to, kas nepieciešams pāra izveidei. Nekas netiek pārdots vai nodots ārpus programmas. Jebkurā brīdī varat visu apskatīt ar /export un dzēst ar /forget. Lai uzzinātu vairāk, nosūtiet /privacy.
    Vai piekrītat?
consent-yes = Piekrītu
consent-no = Nepiekrītu
consent-refused = Sapratu. Par Jums nekas nav saglabāts. Ja pārdomājat, nosūtiet /start vēlreiz.
ask-name = Kādu vārdu rādīt citiem dalībniekiem?
name-invalid = { $max ->
    [zero] Lūdzu, norādiet vārdu: vismaz 2 un ne vairāk kā { $max } rakstzīmju – burti, starp kuriem var būt atstarpes, defises, punkti vai apostrofi.
    [one] Lūdzu, norādiet vārdu: vismaz 2 un ne vairāk kā { $max } rakstzīme – burti, starp kuriem var būt atstarpes, defises, punkti vai apostrofi.
   *[other] Lūdzu, norādiet vārdu: vismaz 2 un ne vairāk kā { $max } rakstzīmes – burti, starp kuriem var būt atstarpes, defises, punkti vai apostrofi.
}
ask-country = Kurā valstī Jūs strādājat? Ierakstiet tās nosaukumu angliski vai divburtu kodu (piemēram: Germany, DE).
country-invalid = Valsti „{ $input }“ es nepazīstu. Lūdzu, ierakstiet tās nosaukumu angliski vai divburtu ISO kodu, piemēram, Poland vai PL.
ask-organisation = Kurā organizācijā vai uzņēmumā Jūs strādājat? (Ja tādas nav, nosūtiet „-“.)
organisation-invalid = { $max ->
    [zero] Lūdzu, norādiet organizācijas nosaukumu (ne vairāk kā { $max } rakstzīmju) vai „-“, ja tādas nav.
    [one] Lūdzu, norādiet organizācijas nosaukumu (ne vairāk kā { $max } rakstzīme) vai „-“, ja tādas nav.
   *[other] Lūdzu, norādiet organizācijas nosaukumu (ne vairāk kā { $max } rakstzīmes) vai „-“, ja tādas nav.
}
ask-sector = Kurā nozarē Jūs strādājat?
ask-career-stage = Kurā karjeras posmā Jūs esat?
career-student = Students
career-early = Karjeras sākums (līdz 5 gadiem)
career-mid = Karjeras vidusposms (5 līdz 15 gadi)
career-senior = Ilggadēja pieredze (vairāk nekā 15 gadu)
career-executive = Vadītājs vai dibinātājs
ask-languages = Kādās valodās Jūs varat vadīt mentoringa sarunu? Izvēlieties visas atbilstošās (piemēram: 1, 3).
ask-offers = Kādas kompetences Jūs varat piedāvāt mentora lomā? Izvēlieties visas atbilstošās vai „Neviena“. Arī jaunāks kolēģis var būt mentors pieredzējušākam prasmē, ko labi pārvalda (apgrieztais mentorings).
ask-years = Cik gadu pieredze Jums ir jomā „{ $competence }“?
years-invalid = Lūdzu, atbildiet ar veselu gadu skaitu no 0 līdz 60.
ask-capacity = Cik mentorējamo Jūs varat vadīt vienlaikus? (skaitlis no 1 līdz { $max }; lielākā daļa mentoru uzņemas 2)
capacity-invalid = Lūdzu, atbildiet ar veselu skaitli no 1 līdz { $max }.
ask-seeks = Kādas kompetences Jūs vēlētos attīstīt kopā ar mentoru? Izvēlieties visas atbilstošās vai „Neviena“.
offers-or-seeks-required = Lūdzu, izvēlieties vismaz vienu kompetenci, ko piedāvāt vai ko attīstīt. Atgriezīsimies pie tā, ko varat piedāvāt.
mentor-invite-needs-offer = Jūsu ielūgums ir mentora lomai, tāpēc, lūdzu, izvēlieties vismaz vienu kompetenci, ko varat piedāvāt.
mentee-invite-needs-seek = Jūsu ielūgums ir mentorējamā lomai, tāpēc, lūdzu, izvēlieties vismaz vienu kompetenci, ko vēlaties attīstīt.
ask-goals = Kādi ir Jūsu mērķi šajā programmā? Pietiek ar dažiem teikumiem.
goals-invalid = { $max ->
    [zero] Lūdzu, aprakstiet savus mērķus: vismaz 3 un ne vairāk kā { $max } rakstzīmju.
    [one] Lūdzu, aprakstiet savus mērķus: vismaz 3 un ne vairāk kā { $max } rakstzīme.
   *[other] Lūdzu, aprakstiet savus mērķus: vismaz 3 un ne vairāk kā { $max } rakstzīmes.
}
ask-availability = Cik stundu mēnesī Jūs varat veltīt mentoringam? (skaitlis, piemēram, 4)
availability-invalid = Lūdzu, atbildiet ar veselu stundu skaitu no 1 līdz 200.
ask-timezone = Kurā laika joslā Jūs atrodaties? Izvēlieties kādu no piedāvātajām vai ierakstiet tās nosaukumu (piemēram: Europe/Riga).
ask-timezone-free = Kurā laika joslā Jūs atrodaties? Ierakstiet tās nosaukumu, piemēram, Europe/Riga vai America/New_York.
timezone-invalid = Laika joslu „{ $input }“ es nepazīstu. Lūdzu, ierakstiet nosaukumu no laika joslu datubāzes, piemēram, Europe/Riga.
ask-meeting-mode = Kā Jūs vēlētos tikties?
meeting-online = Tiešsaistē
meeting-in-person = Klātienē
meeting-both = Abi varianti
onboarding-done = Paldies, { $name }! Lūk, Jūsu profils:
next-steps-mentor = Jūsu vēlme kļūt par mentoru tagad ir iesniegta kā pieteikums: koordinators to izskatīs, un es Jums paziņošu rezultātu.
next-steps-mentee = Tālāk koordinators Jums atradīs mentoru, kurš runā Jūsu valodā un piedāvā to, ko meklējat. Es jūs savstarpēji iepazīstināšu.
next-steps-coordinator = Jums ir šīs programmas koordinatora tiesības. Nosūtiet /help, lai redzētu savas komandas.
next-steps-edit = Jebko no šī varat mainīt ar /profile edit.

## Profils

profile-title = Profils: { $name }
field-name = Vārds
field-country = Valsts
field-organisation = Organizācija
field-sector = Nozare
field-career-stage = Karjeras posms
field-languages = Valodas
field-offers = Piedāvā mentora lomā
field-capacity = Mentorējamie vienlaikus
capacity-value = { $count }
field-seeks = Vēlas attīstīt
field-goals = Mērķi
field-availability = Pieejamība
field-timezone = Laika josla
field-meeting-mode = Tikšanās
field-roles = Lomas
field-competences = Kompetences
availability-value = { $hours } h mēnesī
years-value = { $years ->
    [zero] { $years } gadu
    [one] { $years } gads
   *[other] { $years } gadi
}
value-none = –
role-coordinator = koordinators
role-mentor = mentors
role-mentor-applicant = mentors (pieteikums tiek izskatīts)
role-mentor-interview = mentors (ierosināta intervija)
role-mentor-rejected = mentora pieteikums nav apstiprināts
role-mentee = mentorējamais
profile-edit-ask = Kuru profila daļu vēlaties mainīt?
profile-updated = Saglabāts. Jūsu profils tagad ir šāds:
profile-coordinator-minimal = Koordinatoram pietiek ar vārdu, valsti un laika joslu.

## Valoda

language-ask = Kādā valodā man ar Jums sarunāties?
language-set = Turpmāk es ar Jums runāšu latviski.

## Mentoru pieteikumi

application-new =
    Jauns mentora pieteikums: { $name } ({ $country }, { $organisation }).
    Piedāvā: { $offers }
    Mērķi: { $goals }
application-approve = Apstiprināt
application-reject = Noraidīt
application-interview = Aicināt uz interviju
application-approved-applicant = Labas ziņas: Jūsu mentora pieteikums ir apstiprināts. Paldies, ka dalāties savā pieredzē!
application-approved-coordinator = { $name } tagad ir apstiprināto mentoru sarakstā.
application-rejected-applicant = Jūsu mentora pieteikums netika apstiprināts. Koordinatora norādītais iemesls: { $reason }
application-rejected-coordinator = Pieteikums ({ $name }) ir noraidīts, un iemesls ir nosūtīts pieteikuma iesniedzējam.
application-reason-ask = Lūdzu, ierakstiet pieteikuma ({ $name }) noraidīšanas iemeslu. Tas tiks nosūtīts pieteikuma iesniedzējam.
application-reason-invalid = { $max ->
    [zero] Lūdzu, norādiet iemeslu: vismaz 3 un ne vairāk kā { $max } rakstzīmju.
    [one] Lūdzu, norādiet iemeslu: vismaz 3 un ne vairāk kā { $max } rakstzīme.
   *[other] Lūdzu, norādiet iemeslu: vismaz 3 un ne vairāk kā { $max } rakstzīmes.
}
application-interview-ask = Kad vēlaties sarunāties ar pieteikuma iesniedzēju ({ $name })? Ierakstiet datumu un laiku savā laika joslā ({ $timezone }), piemēram, 2026-12-03 15:00.
application-interview-invalid = Nevarēju nolasīt „{ $input }“ kā nākotnes datumu un laiku. Lūdzu, izmantojiet formātu 2026-12-03 15:00.
application-interview-applicant = Koordinators { $coordinator } vēlas ar Jums aprunāties par Jūsu mentora pieteikumu { $when } (pēc Jūsu laika, { $timezone }). Lūdzu, atbildiet koordinatoram, lai apstiprinātu.
application-interview-coordinator = { $name } saņēma uzaicinājumu uz interviju { $when } ({ $timezone }).
application-already-decided = Par šo pieteikumu lēmums jau ir pieņemts.
application-unknown = Šo pieteikumu vairs nevaru atrast.
applications-none = Neviens mentora pieteikums negaida lēmumu.
applications-title = Mentoru pieteikumi, kas gaida lēmumu: { $count }

## Koordinatori un ielūgumi

grant-usage = Lietojums: /grant coordinator <persona>, kur <persona> ir personas vārds vai lietotājvārds tērzēšanā.
grant-unknown = Starp pievienojušajiem dalībniekiem neatradu nevienu ar vārdu „{ $input }“.
grant-ambiguous = Vaicājumam „{ $input }“ atbilst vairāk nekā viena persona. Lūdzu, izmantojiet personas lietotājvārdu tērzēšanā.
grant-done = Koordinatora tiesības piešķirtas: { $name }.
grant-already = Koordinatora tiesības jau ir: { $name }.
grant-received = { $by } piešķīra Jums programmas koordinatora tiesības. Nosūtiet /help, lai redzētu savas jaunās komandas.
invite-usage = Lietojums: /invite mentor|mentee [reizes] [dienas], piemēram, /invite mentee 10 30. Reizes: no 1 līdz 500, dienas: no 1 līdz 365.
invite-created =
    Ielūguma kods (loma: { $role }, { $uses ->
        [zero] { $uses } lietošanas reižu
        [one] { $uses } lietošanas reize
       *[other] { $uses } lietošanas reizes
    }, derīgs līdz { $until }):
    { $code }
    Jaunie dalībnieki nosūta: /start { $code }
role-name-mentor = mentors
role-name-mentee = mentorējamais

## Kontu piesaiste

link-code =
    Jūsu piesaistes kods ir { $code }. Tas ir derīgs 10 minūtes.
    No sava otra tērzēšanas konta nosūtiet: /link { $code }
link-done = Šis konts tagad ir piesaistīts Jūsu profilam, { $name }.
link-invalid = Šis piesaistes kods nav derīgs vai tam ir beidzies termiņš. Lai saņemtu jaunu, nosūtiet /link no sava pirmā konta.
link-already = Šis konts jau pieder Jūsu profilam.
link-other-profile = Šis konts jau pieder citam profilam. Ja vēlaties to piesaistīt, vispirms nosūtiet šeit /forget.
link-needs-profile = Lai saņemtu kodu, nosūtiet /link no konta, kuram jau ir profils.
notify-usage = Lietojums: /notify-on <platforma>, viena no: { $platforms }. Paziņojumi pašlaik tiek sūtīti uz Jūsu kontu platformā { $current }.
notify-set = Turpmāk paziņojumus sūtīšu uz Jūsu kontu platformā { $platform }.
notify-unknown = Jūsu profilam nav piesaistīts konts platformā { $platform }. Jūsu konti: { $platforms }.
link-notice = Jūsu profilam tika piesaistīts vēl viens tērzēšanas konts ({ $platform }). Ja tas nebijāt Jūs, informējiet koordinatoru.

## Privātums

privacy =
    Ko es glabāju un kāpēc:
    • Jūsu profilu (vārds, valsts, organizācija, nozare, karjeras posms, valodas, kompetences, mērķi, pieejamība, laika josla, vēlamais tikšanās veids) – lai savestu Jūs kopā ar piemērotiem cilvēkiem.
    • Jūsu tērzēšanas kontus – lai sazinātos ar Jums tur, kur Jūs tērzējat.
    • Programmas ierakstus (pieteikumi, pāri, tikšanās, stundas, pārskati) – lai īstenotu programmu un sniegtu pārskatus par to.
    • Koordinatoru darbību audita žurnālu – pārskatatbildības nodrošināšanai.
    Koordinatori var redzēt Jūsu profilu. Pārējie dalībnieki redz tikai to, kas nepieciešams pāra izveidei.
    /export nosūta Jums visu, ko par Jums glabāju; /forget to dzēš. Zināšanas, ar kurām nolēmāt dalīties, anonimizētā veidā paliek zināšanu bāzē.
export-ready = Lūk, viss, ko par Jums glabāju.
forget-confirm = Tiks dzēsts Jūsu profils, piesaistītie konti un programmas ieraksti. To nevarēs atsaukt. Vai tiešām vēlaties turpināt?
forget-yes = Jā, dzēst visu
forget-no = Nē, saglabāt manus datus
forget-done = Visi Jūsu dati ir dzēsti. Uz redzēšanos, un paldies par dalību!
forget-kept = Nekas netika dzēsts.

## Pāri

why-competences = piedāvājums atbilst vajadzībām: { $competences }
why-languages = kopīgās valodas: { $languages }
why-countries = dažādas valstis ({ $first } un { $second })
why-overlap = { $hours ->
    [zero] { $hours } kopīgu darba stundu
    [one] { $hours } kopīga darba stunda
   *[other] { $hours } kopīgas darba stundas
}
why-reverse = apgrieztais mentorings: mentorējamajam ir lielāka pieredze
pair-accept = Pieņemt: { $name }
pair-decline = Noraidīt: { $name }
pair-intro-mentee = Iepazīstieties ar savu mentoru: { $name } ({ $country }, { $organisation }). Kāpēc tieši jūs: { $why }.
pair-intro-mentor = Iepazīstieties ar savu jauno mentorējamo: { $name } ({ $country }, { $organisation }). Kāpēc tieši jūs: { $why }. Mērķi: „{ $goals }“
pair-intro-next = Lūdzu, pieņemiet vai noraidiet līdz { $deadline } (pēc Jūsu laika). Kad piekritīs abas puses, es jūs savedīšu kopā: vienojieties par pirmo tikšanos un sāciet ar mērķu vienošanos.
request-new = { $name } ({ $country }) lūdz Jūs kļūt par mentoru. Kāpēc tieši jūs: { $why }. Mērķi: „{ $goals }“ Lūdzu, pieņemiet vai noraidiet līdz { $deadline } (pēc Jūsu laika).
request-sent = Lūgums nosūtīts: { $name }. Atbildēt var līdz { $deadline } (pēc Jūsu laika); es Jums paziņošu.
pair-unknown = Nevaru atrast šo pāri, vai arī tas nav Jūsu.
pair-answered-already = Uz to jau ir atbildēts, vai arī termiņš ir beidzies.
request-full = Šim mentoram vairs nav brīvas vietas, tāpēc lūgums tika nodots tālāk.
pair-accepted-wait = Paldies! Tiklīdz arī { $name } pieņems, varēsiet sākt.
pair-active = Jūs un { $name } tagad esat mentoringa pāris. Sazināties var šeit: { $contact }. Vienojieties par pirmo tikšanos un sāciet ar mērķu vienošanos.
pair-decline-reason-ask = Vai vēlaties pastāstīt, kāpēc? Tas palīdzēs koordinatoriem atrast piemērotāku pāri. Lai izlaistu, nosūtiet „-“.
pair-declined-self = Sapratu, iepazīstināšana ir noraidīta. Jūs atkal esat pāru atlasē.
pair-declined-other = { $name } noraidīja iepazīstināšanu. Jūs atkal esat pāru atlasē, un koordinators meklēs citu pāri.
pair-expired = Uz iepazīstināšanu ({ $name }) netika atbildēts laikā, un tā ir atcelta. Jūs atkal esat pāru atlasē.
pair-declined-coordinator = { $who } noraidīja iepazīstināšanu: { $mentor } (mentors) un { $mentee } (mentorējamais). Abi atkal ir pāru atlasē.
pair-declined-coordinator-reason = { $who } noraidīja iepazīstināšanu: { $mentor } (mentors) un { $mentee } (mentorējamais). Iemesls: „{ $reason }“ Abi atkal ir pāru atlasē.
pair-expired-coordinator = Iepazīstināšana beidzās bez atbildes: { $mentor } (mentors) un { $mentee } (mentorējamais). Abi atkal ir pāru atlasē.
request-declined-self = Sapratu, Jūs noraidījāt lūgumu. Paldies par atbildi.
request-lapsed-mentor = Uz lūgumu ({ $name }) netika atbildēts laikā, un tas ir atcelts.
request-passed-on = { $name } nevarēja Jūs uzņemt, tāpēc es nosūtīju lūgumu Jūsu nākamajai izvēlei: { $next }.
request-none-left = { $name } nevarēja Jūs uzņemt, un nevienam citam no Jūsu izvēlētajiem mentoriem nav brīvas vietas. Nosūtiet /mentors, lai redzētu, kas vēl ir piemērots.
pair-state-proposed = piedāvāts
pair-state-rejected = noraidīts
pair-state-requested = lūgts
pair-state-introduced = iepazīstināts
pair-state-active = aktīvs
pair-state-completed = pabeigts
pair-state-ended = pārtraukts
pair-none = Jums vēl nav mentoringa pāra.
pair-list-title = Jūsu mentoringa pāri:
pair-role-mentor = Jūsu mentors
pair-role-mentee = Jūsu mentorējamais
pair-line = { $role }: { $name } – { $state } kopš { $since }
pair-complete-button = Pabeigts: { $name }
pair-end-button = Pārtraukt pāri: { $name }
pairs-none = Pāru vēl nav. Nosūtiet /match, lai tos piedāvātu.
pairs-title = Visi pāri: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } kopš { $since }
pairs-end-button = Pārtraukt { $mentor } → { $mentee }
pair-cannot-complete = Pabeigt var tikai aktīvu pāri; šī pāra statuss: { $state }.
pair-cannot-end = Šis pāris jau ir beidzies ({ $state }).
pair-completed = Apsveicam: Jūsu mentorings ({ $name }) ir pabeigts. Paldies jums abiem!
pair-end-reason-ask = Kāpēc pāris beidzas? Tas paliks starp Jums un koordinatoriem. Lai izlaistu, nosūtiet „-“.
pair-ended = Jūsu mentoringa pāri ({ $name }) pārtrauca { $by }. Ja vēlaties jaunu pāri, koordinators var palīdzēt.
pair-ended-self = Pāris ir pārtraukts.

## Pāru veidošana

match-none = Pašlaik nav neviena, ko savienot pārī: nevienam mentorējamajam bez mentora nav piemērota mentora ar brīvu vietu (bez pāra: { $unmatched }).
match-title = Piedāvātie pāri: { $count } (kopējais vērtējums { $total }; bez pāra: { $unmatched }). Neviens neko neuzzinās, kamēr Jūs neapstiprināsiet.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … un vēl { $count }.
match-approve-all = Apstiprināt visus
match-review = Pārskatīt pa vienam
match-approve = Apstiprināt
match-reject = Noraidīt
match-reviewed = Par visiem priekšlikumiem ir pieņemts lēmums. Nosūtiet /pairs, lai redzētu pārus.
match-approved = { $count ->
    [zero] Apstiprināti { $count } pāri; to dalībnieki ir iepazīstināti.
    [one] Apstiprināts { $count } pāris; tā dalībnieki ir iepazīstināti.
   *[other] Apstiprināti { $count } pāri; to dalībnieki ir iepazīstināti.
}
match-approved-full = { $count ->
    [zero] { $count } priekšlikumus nevarēja apstiprināt: mentoram vairs nav brīvas vietas, vai arī mentorējamais pa to laiku ir atradis mentoru.
    [one] { $count } priekšlikumu nevarēja apstiprināt: mentoram vairs nav brīvas vietas, vai arī mentorējamais pa to laiku ir atradis mentoru.
   *[other] { $count } priekšlikumus nevarēja apstiprināt: mentoram vairs nav brīvas vietas, vai arī mentorējamais pa to laiku ir atradis mentoru.
}
match-approved-one = { $mentor } un { $mentee } ir iepazīstināti viens ar otru.
match-full = Mentoram { $mentor } vairs nav brīvas vietas (vai arī mentorējamais { $mentee } pa to laiku ir atradis mentoru), tāpēc šis priekšlikums ir atcelts.
match-rejected-one = Noraidīts: pāris { $mentor } un { $mentee } vairs netiks piedāvāts. Pārējie priekšlikumi ir optimizēti no jauna; to skaits tagad: { $count }.
match-stale = Šis priekšlikums vairs nav aktuāls.
mentors-off = Šajā programmā pārus veido koordinatori; Jūs iepazīstinās ar Jūsu mentoru.
mentors-not-now = Jums jau ir mentors vai atvērts lūgums, vai arī Jūs nemeklējat nevienu kompetenci (to var mainīt ar /profile edit).
mentors-none = Pašlaik Jums nav piemērota neviena mentora ar brīvu vietu. Koordinators meklēs Jums pāri.
mentors-title = Jums vispiemērotākie mentori:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Lūgt: { $name }
mentors-gone = Šis mentors vairs nav pieejams. Lūk, aktuālais saraksts.
avoid-usage = Lietojums: /avoid <persona>, norādot personas vārdu vai lietotājvārdu tērzēšanā. Ar šo personu Jums nekad netiks veidots pāris; viņai par to netiek paziņots.
avoid-done = Pieņemts zināšanai: ar šo personu Jums netiks veidots pāris. Viņai par to netiek paziņots.
avoid-self = Sevi izslēgt nevar.

## Loki

circles-usage = Lietojums: /circles form [lielums], kur lielums ir no 2 līdz { $max } (ja nenorāda – 5); /circles parāda lokus.
circles-none = Neizdevās izveidot nevienu loku: ārpus lokiem ir pārāk maz cilvēku, kuriem ir kopīga valoda un kuri meklē kādu kompetenci (ārpus lokiem palika: { $left }).
circles-formed = { $count ->
    [zero] Izveidoti { $count } loki
    [one] Izveidots { $count } loks
   *[other] Izveidoti { $count } loki
} (dalībnieku skaits: { $people }); katram dalībniekam ir paziņots, kas ir viņa lokā.
circles-left-out = Nevienā lokā netika iekļauti: { $names } (nav kopīgas valodas ar pietiekami daudziem citiem).
circle-formed = Jūs esat savstarpējā mentoringa lokā { $circle } kopā ar šiem dalībniekiem: { $members }. Jūsu kopīgā valoda: { $language }.
circle-shared = Ko vairāki no jums vēlas attīstīt: { $competences }.
circles-empty = Loku vēl nav. Nosūtiet /circles form, lai tos izveidotu.
circles-title = Loki: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Tikšanās

session-place-open = tiks saskaņots vēlāk
session-describe = { $when } ({ $timezone }), { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}, { $mode }: { $place }
when-unreadable = Nevarēju to nolasīt kā datumu un laiku. Ierakstiet to pēc sava laika, piemēram, { $example }, „rīt 15:00“ vai „otrdien 18:00“.
when-past = Šis laiks jau ir pagājis. Lūdzu, norādiet laiku nākotnē, piemēram, { $example }.
when-ambiguous = Šis laiks ir neviennozīmīgs (piemēram, tad tiek pārgriezti pulksteņi vai stunda, piemēram, 3, var nozīmēt nakti vai pēcpusdienu). Lūdzu, uzrakstiet to pilnībā, piemēram, { $example }.
when-nonexistent = Šāda laika Jūsu laika joslā tajā dienā nav, jo tiek pārgriezti pulksteņi. Lūdzu, izvēlieties citu, piemēram, { $example }.
when-too-far = Tas ir pārāk tālu nākotnē. Lūdzu, izvēlieties laiku tuvāko divu gadu laikā, piemēram, { $example }.
when-after-end = Tas ir pēc programmas beigām. Lūdzu, izvēlieties agrāku laiku.
book-no-pair = Lai rezervētu tikšanos, Jums vajadzīgs aktīvs mentoringa pāris. Nosūtiet /pair, lai redzētu savus pārus.
book-ask-pair = Ar ko būs tikšanās?
book-ask-when = Kad? Ierakstiet datumu un laiku savā laika joslā ({ $timezone }), piemēram, { $example }, „rīt 15:00“, „otrdien 18:00“ vai „pēc 3 dienām 10:00“.
minutes-value = { $minutes } min
book-ask-minutes = Cik ilgi? (vai ierakstiet minūšu skaitu)
book-minutes-invalid = Lūdzu, izvēlieties ilgumu vai ierakstiet minūšu skaitu (no 15 līdz 480).
book-ask-mode = Tiešsaistē vai klātienē?
book-ask-link = Tiešsaistes tikšanās saite? Nosūtiet „-“, ja par to vienosieties vēlāk.
book-ask-place = Kur tiksieties? Nosūtiet „-“, ja par to vienosieties vēlāk.
book-place-invalid = Lūdzu, norādiet saiti vai vietu ne vairāk kā 300 rakstzīmēs vai „-“.
repeat-once = Tikai vienreiz
repeat-weekly = Katru nedēļu
repeat-biweekly = Ik pēc divām nedēļām
repeat-cron = pēc grafika { $rule }
book-ask-repeat = Vai tikšanās atkārtosies? Izvēlieties vai ierakstiet cron kārtulu (sekundes minūtes stundas diena mēnesis nedēļas_diena, piem., 0 0 18 * * Tue).
book-repeat-invalid = Lūdzu, izvēlieties vienu no iespējām vai ierakstiet derīgu cron kārtulu, piemēram, 0 0 18 * * Tue.
book-sent = Lūgums apstiprināt nosūtīts ({ $name }): { $session }{ $count ->
    [1] .
   *[other] , kopā { $count } tikšanās.
}
session-request = { $name } piedāvā mentoringa tikšanos: { $session }.
session-series = Atkārtojas: { $rule } – { $count } tikšanās līdz programmas beigām.
session-confirm = Apstiprināt
session-confirm-all = Apstiprināt visas
session-other-time = Piedāvāt citu laiku
session-decline = Noraidīt
session-unknown = Nevaru atrast šo tikšanos, vai arī tā nav Jūsu.
session-answered-already = Uz šo tikšanos jau ir atbildēts.
session-own-proposal = Šis ir Jūsu piedāvājums; to apstiprina otra puse.
session-declined = { $name } noraidīja tikšanos: { $session }.
session-declined-self = Noraidīts. Otrai pusei ir paziņots.
session-not-upcoming = Šī tikšanās vairs nav gaidāma, tāpēc to nevar mainīt.
session-attend-noted = Lieliski, uz tikšanos!
session-confirmed = Jūsu tikšanās ir apstiprināta ({ $name }): { $session }{ $count ->
    [1] .
   *[other] , kopā { $count } tikšanās.
} Kalendāra fails ir pievienots.
session-calendar-title = Mentoringa tikšanās: { $name }
session-cancelled = { $name } atcēla tikšanos: { $session }.
session-cancelled-self = Tikšanās ir atcelta, un otrai pusei ir paziņots.
session-ask-new-time = Kāds laiks Jums derētu? Ierakstiet to savā laika joslā ({ $timezone }), piemēram, { $example }.
session-time-sent = Jaunais laiks piedāvāts ({ $name }): { $session }.
session-reminder = Atgādinājums: Jūsu tikšanās ({ $name }) – { $session }.
reminder-late = (Šis atgādinājums pienāk novēloti: noteiktajā laikā es nedarbojos.)
session-attend = Būšu
session-reschedule = Pārcelt
session-cancel = Atcelt
session-follow-up = Vai Jūsu tikšanās ({ $name }, { $session }) notika?
session-held = Jā, { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}
session-other-length = Jā, bet ilgāk vai īsāk
session-missed = Nē
session-already-recorded = Šī tikšanās jau ir reģistrēta.
session-missed-noted = Pieņemts zināšanai: tikšanās nenotika. Rezervējiet jaunu ar /book.
session-ask-length = Cik minūšu tā ilga?
session-length-invalid = Lūdzu, atbildiet ar minūšu skaitu no 5 līdz 600.
session-ask-note = Vai vēlaties kaut ko atzīmēt (tēmu, vienošanos, nākamo soli)? Lai izlaistu, nosūtiet „-“.
session-recorded = Paldies! Jums abiem uzskaitīts laiks: { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}.
session-recorded-other = { $name } reģistrēja jūsu tikšanos: jums abiem uzskaitīts laiks – { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}.
session-state-proposed = gaida apstiprinājumu
session-state-confirmed = apstiprināta
session-state-cancelled = atcelta
session-state-held = notika
session-state-missed = nenotika
sessions-line = { $when }, { $name }, { $minutes } min – { $state }
sessions-none = Jums vēl nav tikšanos. Rezervējiet tikšanos ar /book.
sessions-none-upcoming = Jums nav gaidāmu tikšanos.
sessions-upcoming = Gaidāmās:
sessions-past = Nesenās:
sessions-pick-reschedule = Kuru tikšanos vēlaties pārcelt?
sessions-pick-cancel = Kuru tikšanos vēlaties atcelt?

## Stundas

hours-kind-bilateral = Pāra tikšanās
hours-kind-group = Grupas tikšanās
hours-kind-joint = Kopīga sanāksme
hours-kind-preparation = Sagatavošanās un pārskati
log-ask-kind = Kam Jūs izmantojāt šo laiku?
log-ask-hours = Cik stundu? (piemēram, 1,5 vai 90 min)
log-hours-invalid = Lūdzu, norādiet stundas kā skaitli no 0,25 līdz 12 (piemēram, 1,5) vai minūtes (piemēram, 90 min).
log-done = Reģistrēts: { $hours } h, { $kind }.
hours-title = Jūsu stundas: kopā { $hours } h.
hours-line = { $kind }: { $hours } h
hours-budget = Programmas budžets ir { $budget ->
    [zero] { $budget } stundu
    [one] { $budget } stunda
   *[other] { $budget } stundas
} uz vienu mentorējamo; atlikušais laiks: { $left } h. Pāra tikšanās līdz šim: { $bilateral } h (sagaidāms vismaz { $min ->
    [zero] { $min } stundu
    [one] { $min } stunda
   *[other] { $min } stundas
}).
hours-warning = Izmantots: { $hours } h no programmas budžeta ({ $budget } h).
hours-budget-reached = Sasniegts programmas budžets: { $budget ->
    [zero] { $budget } stundu
    [one] { $budget } stunda
   *[other] { $budget } stundas
}.
hours-refused = Šīs stundas pārsniegtu programmas budžetu ({ $budget ->
    [zero] { $budget } stundu
    [one] { $budget } stunda
   *[other] { $budget } stundas
}; atlikušais laiks: { $left } h), tāpēc tās netika reģistrētas. Koordinators var palīdzēt.
hours-pending = Vēl { $hours } h pārsniegtu programmas budžetu ({ $budget ->
    [zero] { $budget } stundu
    [one] { $budget } stunda
   *[other] { $budget } stundas
}), tāpēc tās gaida koordinatora apstiprinājumu. Par lēmumu Jums tiks paziņots.
hours-approval-request = { $name } reģistrēja { $hours } h ({ $kind }), un kopā tas ir { $total } h – vairāk nekā budžets ({ $budget } h). Apstiprināt šīs stundas?
hours-approve = Apstiprināt
hours-refuse = Noraidīt
hours-approved-coordinator = Apstiprināts: { $name } – { $hours } h ir reģistrētas.
hours-refused-coordinator = Noraidīts: { $name } – { $hours } h netiek reģistrētas.
hours-approved = { $name } apstiprināja Jūsu { $hours } h virs budžeta: tās ir reģistrētas.
hours-not-approved = { $name } neapstiprināja Jūsu { $hours } h virs budžeta, tāpēc tās netiek reģistrētas.
hours-request-already-decided = Par šīm stundām jau ir pieņemts lēmums.
hours-request-unknown = Šīs stundas vairs nevaru atrast.

## Programma: aptaujas, pārskati, atgādinājumi

checkin-ask = Kā Jums veicas mentoringā ({ $name })?
checkin-rating-1 = 1 – slikti
checkin-rating-2 = 2
checkin-rating-3 = 3 – normāli
checkin-rating-4 = 4
checkin-rating-5 = 5 – izcili
checkin-ask-comment = Paldies. Vai vēlaties ko piebilst? Lai izlaistu, nosūtiet „-“.
checkin-thanks = Paldies par atsauksmi!
checkin-low-coordinator = { $name } novērtēja mentoringu ({ $other }) ar { $rating } no 5. Komentārs: „{ $comment }“
deliverable-due = Atgādinājums: „{ $title }“ jāiesniedz līdz { $due }. Nosūtiet /report, lai to iesniegtu.
deliverable-overdue = „{ $title }“ bija jāiesniedz līdz { $due }, bet tas vēl nav iesniegts. Nosūtiet /report, lai to iesniegtu.
report-none-owed = Jums pašlaik nav jāiesniedz neviens pārskats.
report-ask-which = Kuru pārskatu vēlaties iesniegt?
report-not-owed = Šis pārskats nav jāiesniedz Jums, vai arī tas jau ir iesniegts.
report-question = Jautājums { $number } no { $count } (atbildes valoda: { $language }): { $question }
report-answer-invalid = { $max ->
    [zero] Lūdzu, atbildiet, izmantojot vismaz 2 un ne vairāk kā { $max } rakstzīmju.
    [one] Lūdzu, atbildiet, izmantojot vismaz 2 un ne vairāk kā { $max } rakstzīmi.
   *[other] Lūdzu, atbildiet, izmantojot vismaz 2 un ne vairāk kā { $max } rakstzīmes.
}
report-preview = Lūk, Jūsu „{ $title }“. Nosūtīt?
report-send = Nosūtīt
report-restart = Sākt no jauna
report-sent = Paldies! „{ $title }“ ir iesniegts.
reports-none-configured = Šajā programmā pārskati nav jāiesniedz.
reports-no-pairs = Aktīvu vai pabeigtu pāru vēl nav.
reports-title = Pārskati:
reports-delivered = { $name }: „{ $title }“ iesniegts { $date }
reports-due = { $name }: „{ $title }“ jāiesniedz līdz { $date }
reports-overdue = { $name }: „{ $title }“ NOKAVĒTS kopš { $date }
nudge-inactive = Jūsu pārī ({ $name }) tikšanās nav bijusi jau { $days ->
    [zero] { $days } dienu
    [one] { $days } dienu
   *[other] { $days } dienas
}. Nosūtiet /book, lai plānotu nākamo.
nudge-answer = { $name } gaida Jūsu atbildi uz iepazīstināšanu. Nosūtiet /pair, lai pieņemtu vai noraidītu.
nudge-applications = { $count ->
    [zero] { $count } mentoru pieteikumi gaida
    [one] { $count } mentora pieteikums gaida
   *[other] { $count } mentoru pieteikumi gaida
} lēmumu. Nosūtiet /applications.
stuck-inactive = Pārī { $mentor } un { $mentee } tikšanās nav bijusi jau { $days ->
    [zero] { $days } dienu
    [one] { $days } dienu
   *[other] { $days } dienas
}.

## Zināšanas

kb-anonymous = programmas dalībnieks
kb-unavailable = Zināšanu bāze pašlaik nav pieejama. Lūdzu, mēģiniet vēlāk.
kb-ask-usage = Lietojums: /ask un Jūsu jautājums (vismaz 3 un ne vairāk kā { $max ->
    [zero] { $max } rakstzīmju
    [one] { $max } rakstzīme
   *[other] { $max } rakstzīmes
}), piemēram, /ask Kā sagatavoties pirmajai tikšanās reizei?
kb-ask-mentor = Jautāt mentoram
kb-no-results = Zināšanu bāzē neatradu neko, kas atbildētu uz šo jautājumu. Varbūt to zina kāds mentors – vai nodot Jūsu jautājumu tālāk?
kb-passages-title = Atbilstošākie fragmenti, ko atradu:
kb-sources = Avoti:
kb-source = [{ $number }] „{ $title }“, autors: { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Rakstīšanas asistents strādāja pārāk ilgi, tāpēc šeit ir paši fragmenti.)
kb-llm-failed = (Rakstīšanas asistents nav pieejams, tāpēc šeit ir paši fragmenti.)
kb-helpful = Noderīgi
kb-not-helpful = Nav noderīgi
kb-thanks-helpful = Paldies! Tas palīdz sakārtot atbildes pēc noderīguma.
kb-thanks-not-helpful = Paldies. Jautājumu varat arī nodot mentoram.
kb-nothing-to-route = Vispirms uzdodiet jautājumu ar /ask; tad varēšu to nodot mentoram.
kb-no-mentor = Pašlaik šim jautājumam nav piemērots neviens apstiprināts mentors. Koordinators var palīdzēt.
kb-routed-question = { $name } uzdod jautājumu, uz kuru zināšanu bāze nespēja atbildēt ({ $language }): „{ $question }“ Vai varat uz to atbildēt?
kb-answer-button = Atbildēt
kb-routed = { $count ->
    [1] Jūsu jautājums ir nodots mentoram.
    [zero] Jūsu jautājums ir nodots { $count } mentoriem.
    [one] Jūsu jautājums ir nodots { $count } mentoram.
   *[other] Jūsu jautājums ir nodots { $count } mentoriem.
} Pirmā atbilde nonāks tieši pie Jums.
kb-question-gone = Šis jautājums vairs nav atvērts.
kb-already-answered = Paldies, bet uz šo jautājumu jau ir atbildējis cits mentors.
kb-answer-ask = Lūdzu, ierakstiet savu atbildi. Tā nonāks tieši pie jautājuma uzdevēja.
kb-answer-invalid = { $max ->
    [zero] Lūdzu, atbildiet, izmantojot vismaz 10 un ne vairāk kā { $max } rakstzīmju.
    [one] Lūdzu, atbildiet, izmantojot vismaz 10 un ne vairāk kā { $max } rakstzīmi.
   *[other] Lūdzu, atbildiet, izmantojot vismaz 10 un ne vairāk kā { $max } rakstzīmes.
}
kb-mentor-answer = { $name } atbildēja uz Jūsu jautājumu „{ $question }“: { $answer }
kb-answer-sent = Paldies! Jūsu atbilde ir nosūtīta ({ $name }). Vai tā var kļūt par zināšanu bāzes ierakstu visai programmai? Tā tiks pievienota tikai tad, ja piekritīsiet abi.
kb-keep = Pievienot zināšanu bāzei
kb-private = Paturēt starp mums
kb-entry-exists = Tā jau ir zināšanu bāzē.
kb-kept-private = Sapratu: tā paliks tikai starp jums abiem.
kb-consent-waiting = Paldies. Tā tiks pievienota, tiklīdz piekritīs arī otra persona.
kb-entry-created = Atbilde tagad ir zināšanu bāzes ieraksts #{ $id }. Paldies, ka dalāties!
share-ask-title = Kāds ir virsraksts tam, ar ko vēlaties dalīties?
share-ask-body = Lūdzu, uzrakstiet tekstu: savu atziņu, metodi vai atbildi uz bieži uzdotu jautājumu.
share-ask-tags = Ar kādām kompetencēm tas ir saistīts? Izvēlieties visas atbilstošās vai „Neviena“.
share-visibility-programme = Visi programmas dalībnieki
share-visibility-pair = Tikai mans mentoringa pāris
share-ask-visibility = Kas drīkst to lasīt?
share-name-shown = Rādīt manu vārdu
share-name-anonymous = Rādīt „programmas dalībnieks“
share-ask-name = Kā Jūs norādīt kā autoru?
share-keep-yes = Paturēt, anonimizējot
share-keep-no = Dzēst
share-ask-consent = Ja kādreiz izstāsieties no programmas un dzēsīsiet savus datus, vai šim ierakstam palikt zināšanu bāzē bez Jūsu vārda vai to dzēst?
share-ask-language = Kādā valodā tas ir uzrakstīts?
share-preview = Lūk, Jūsu ieraksts. Saglabāt?
share-preview-language = Valoda: { $language }
share-preview-tags = Kompetences: { $tags }
share-save = Saglabāt
share-change-language = Mainīt valodu
share-restart = Sākt no jauna
share-title-invalid = { $max ->
    [zero] Lūdzu, norādiet virsrakstu: vismaz 3 un ne vairāk kā { $max } rakstzīmju.
    [one] Lūdzu, norādiet virsrakstu: vismaz 3 un ne vairāk kā { $max } rakstzīme.
   *[other] Lūdzu, norādiet virsrakstu: vismaz 3 un ne vairāk kā { $max } rakstzīmes.
}
share-body-invalid = { $max ->
    [zero] Lūdzu, uzrakstiet vismaz { $min } un ne vairāk kā { $max } rakstzīmju.
    [one] Lūdzu, uzrakstiet vismaz { $min } un ne vairāk kā { $max } rakstzīmi.
   *[other] Lūdzu, uzrakstiet vismaz { $min } un ne vairāk kā { $max } rakstzīmes.
}
share-saved = Saglabāts kā zināšanu bāzes ieraksts #{ $id }. Paldies, ka dalāties! To varat mainīt ar /entries.
entries-none = Jums vēl nav neviena kopīgota ieraksta. Nosūtiet /share, lai sāktu.
entries-title = Jūsu ieraksti: { $count }. Izvēlieties ierakstu, lai to mainītu vai dzēstu.
entries-edit = Rediģēt #{ $id } „{ $title }“
entries-delete = Dzēst #{ $id }
entry-not-yours = Šis ieraksts nav Jūsu, vai arī tas vairs nepastāv.
entry-ask-text = Lūdzu, nosūtiet jauno ieraksta tekstu.
entry-updated = Ieraksts #{ $id } ir atjaunināts.
entry-deleted = Ieraksts #{ $id } ir dzēsts.
hide-usage = Lietojums: /hide <numurs>, norādot ieraksta numuru, kā tas redzams avotos (piemēram, /hide 12).
entry-unknown = Ieraksta #{ $id } nav.
entry-hidden = Ieraksts #{ $id } ir paslēpts: tas paliek arhīvā, bet meklēšanā vairs netiek atrasts.
capture-offer = Vai vēlaties dalīties ar šo piezīmi programmas zināšanu bāzē? Vispirms tiks lūgta Jūsu mentoringa partnera piekrišana.
capture-share = Dalīties ar piezīmi
capture-nothing = Šai tikšanās reizei nav piezīmes, ar ko dalīties.
capture-ask-other = { $name } vēlas dalīties ar jūsu tikšanās piezīmi programmas zināšanu bāzē: „{ $note }“ Vai piekrītat?
capture-agree = Piekrītu
capture-decline = Lūdzu, nē
capture-asked = Piekrišana ir palūgta ({ $name }).
capture-declined-self = Sapratu: piezīme paliks tikai starp jums abiem.
capture-declined = { $name } vēlas, lai piezīme paliktu tikai starp jums abiem.
capture-title = Mentoringa tikšanās piezīmes, { $date }

## Koordinatora pārskats

export-which = Kādus datus vēlaties saņemt?
export-mine = Mani dati
export-programme = Programmas dati (CSV)
export-programme-ready = Programmas dati: dalībnieki, pāri, tikšanās, stundas un pārskati.
stats-title = Programmas pārskats:
stats-people = Cilvēki: { $total } (mentorējamie: { $mentees }, apstiprināti mentori: { $mentors }, mentoru pieteikumi: { $applicants }, koordinatori: { $coordinators })
stats-countries = Pa valstīm: { $countries }
stats-pairs = Pāri: aktīvi – { $active }, gaida atbildi – { $introduced }, pabeigti – { $completed }, pārtraukti – { $ended }
stats-sessions = Tikšanās: notikušas – { $held }, gaidāmas – { $upcoming }
stats-hours = Reģistrētās stundas: { $hours } h, no tām pāra tikšanās – { $bilateral } h (budžets – { $budget } h uz vienu mentorējamo)
stats-reports = Pārskati: iesniegti – { $delivered }, nokavēti – { $overdue }
stats-checkins = Aptaujas: vidējais vērtējums { $average } no 5 (vērtējumi: { $count }, no tiem zemi: { $low })
stats-attention = Nepieciešama uzmanība:
stats-attention-none = Pašlaik nekam nav nepieciešama uzmanība.
stats-attention-inactive = { $mentor } un { $mentee }: tikšanās nav bijusi jau { $days ->
    [zero] { $days } dienu
    [one] { $days } dienu
   *[other] { $days } dienas
}
stats-attention-unanswered = { $mentor } un { $mentee }: iepazīstināšana vai lūgums gaida atbildi
stats-attention-overdue = { $name }: „{ $title }“ ir nokavēts
stats-attention-applications = { $count ->
    [zero] { $count } mentoru pieteikumi gaida lēmumu
    [one] { $count } mentora pieteikums gaida lēmumu
   *[other] { $count } mentoru pieteikumi gaida lēmumu
}
chart-hours-title = Stundas uz vienu mentorējamo salīdzinājumā ar budžetu
chart-hours-series = Reģistrētās stundas
chart-hours-axis = Stundas
chart-budget = Budžets ({ $budget } h)
chart-sessions-title = Notikušās tikšanās pa nedēļām
chart-sessions-series = Tikšanās
chart-sessions-axis = Tikšanās
chart-countries-title = Dalībnieki pa valstīm
chart-countries-series = Dalībnieki
chart-countries-axis = Cilvēki
announce-usage = Lietojums: /announce [mentors|mentees|coordinators] <teksts>, piemēram, /announce mentees Kopīgā sanāksme notiks piektdien plkst. 10:00 (CET).
announce-from = Paziņojums (sūtītājs: { $name }):
announce-sent = { $count ->
    [1] Paziņojums tiek sūtīts vienam cilvēkam.
    [zero] Paziņojums tiek sūtīts { $count } cilvēkiem.
    [one] Paziņojums tiek sūtīts { $count } cilvēkam.
   *[other] Paziņojums tiek sūtīts { $count } cilvēkiem.
}

## Grupas tikšanās tērzēšanas telpās

group-room-only = Tas darbojas loka vai grupas tērzēšanas telpā. Lūdzu, rakstiet to tur.
group-members-only = Grupas tikšanās var piedalīties tikai programmas dalībnieki. Lai pievienotos, uzrakstiet man /start privātā sarunā.
group-help =
    Grupas tikšanās šajā telpā:
    /group schedule <kad> <tēma> – ieplānot tikšanos, piemēram: /group schedule rīt 15:00 Darbinieku pieņemšana ārzemēs
    /group attend, /group absent – paziņot, vai piedalīsieties
    /group start – sākt: darba kārtība un klātesošo pārbaude
    /here – atsaukties klātesošo pārbaudē
    /round [minūtes] – nākamais prezentētājs izklāsta izaicinājumu, un pārējie pēc kārtas dod padomus; /next nodod vārdu
    /note <teksts> – pievienot piezīmi; /action <persona> <teksts> – pievienot uzdevumu
    /group end – noslēgt ar kopsavilkumu; /group cancel – atcelt nākamo tikšanos
    /group link <loks> – padarīt šo telpu par loka telpu
    /group room <loks> – izveidoju lokam telpu un uzaicinu tā dalībniekus (Matrix platformā)
group-status-circle = Šī ir loka { $circle } telpa.
group-status-cohort = Šī telpa nepieder nevienam lokam: tikšanās šeit ir visu programmas dalībnieku kopīgas sanāksmes.
group-status-none = Šeit nav ieplānota neviena grupas tikšanās.
group-status-next = Nākamā tikšanās: „{ $topic }“, { $when }. Piedalīsies: { $attend }. Nevarēs piedalīties: { $absent }.
group-status-running = Notiek: „{ $topic }“ (ieplānota { $when }). Apsolīja piedalīties: { $attend }. Nevar piedalīties: { $absent }.
group-no-circle = Šī telpa nav piesaistīta nevienam lokam, tāpēc visu programmas dalībnieku kopīgu sanāksmi šeit var ieplānot tikai koordinators. Loka dalībnieks var piesaistīt telpu ar /group link <loks>, piemēram, /group link circle-1.
group-schedule-denied = Grupas tikšanos šeit var ieplānot tikai koordinators vai mentors, kas ir šī loka dalībnieks.
group-schedule-usage = Lietojums: /group schedule <kad> <tēma>, laiku norādot savā laika joslā, piemēram: /group schedule rīt 15:00 Darbinieku pieņemšana ārzemēs
group-topic-invalid = { $max ->
    [zero] Lūdzu, norādiet tēmu: vismaz 2 un ne vairāk kā { $max } rakstzīmju.
    [one] Lūdzu, norādiet tēmu: vismaz 2 un ne vairāk kā { $max } rakstzīme.
   *[other] Lūdzu, norādiet tēmu: vismaz 2 un ne vairāk kā { $max } rakstzīmes.
}
group-schedule-clash = Šajā telpā tajā laikā jau ir tikšanās: „{ $topic }“, { $when }. Lūdzu, izvēlieties citu laiku.
group-scheduled = { $name } ieplānoja grupas tikšanos: „{ $topic }“, { $when }, { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}. Pirms tās es visiem atgādināšu. Vai piedalīsieties? Atbildiet ar pogām vai ar /group attend vai /group absent.
group-invitation = { $name } ieplānoja grupas tikšanos ({ $room }): „{ $topic }“, { $when } ({ $timezone }), { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}. Vai piedalīsieties?
group-whole-cohort = visi programmas dalībnieki
group-attend = Piedalīšos
group-absent = Nevarēšu piedalīties
group-will-attend = Pieņemts zināšanai: { $name } piedalīsies tikšanās „{ $topic }“.
group-will-not-attend = Pieņemts zināšanai: { $name } nevarēs piedalīties tikšanās „{ $topic }“.
group-nothing-scheduled = Šajā telpā nav ieplānota neviena grupas tikšanās. Ieplānojiet to ar /group schedule <kad> <tēma>.
group-session-unknown = Nevaru atrast šo grupas tikšanos.
group-session-over = Grupas tikšanās „{ $topic }“ ir beigusies vai atcelta.
group-reminder-room = Atgādinājums: grupas tikšanās „{ $topic }“ notiks { $when }. Vai piedalīsieties? Atbildiet ar pogām vai ar /group attend vai /group absent.
group-reminder = Atgādinājums: grupas tikšanās ({ $room }) „{ $topic }“ notiks { $when } ({ $timezone }).
group-cancelled = { $name } atcēla grupas tikšanos „{ $topic }“, kas bija paredzēta { $when }.
group-cancelled-member = { $name } atcēla grupas tikšanos „{ $topic }“, kas bija paredzēta { $when } ({ $timezone }).
group-cancel-running = Notiekošu tikšanos neatceļ, bet noslēdz ar /group end.
group-run-denied = To var darīt tikai vadītājs, koordinators vai šī loka mentors.
group-already-running = Šeit jau notiek grupas tikšanās. Vispirms noslēdziet to ar /group end.
group-start-too-early = Nākamā tikšanās „{ $topic }“ ir ieplānota { $when }. To var sākt ne agrāk kā { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūti
   *[other] { $minutes } minūtes
} pirms paredzētā laika.
group-agenda =
    Sākas grupas tikšanās „{ $topic }“. Vadītājs: { $name }.
    Darba kārtība:
    1. Klātesošo pārbaude: atsaucieties ar /here vai pogu.
    2. Kārtas: /round izvēlas prezentētāju, kurš izklāsta izaicinājumu; pārējie pēc kārtas dod padomus, un /next nodod vārdu. Katras kārtas ilgums: { $minutes } min.
    3. Visas tikšanās laikā: /note <teksts> – piezīmēm, /action <persona> <teksts> – uzdevumiem.
    4. /group end noslēdz tikšanos ar kopsavilkumu.
    Gaidāmi: { $expected }. Attaisnoti: { $excused }.
group-here-button = Esmu šeit
group-not-running = Šajā telpā nenotiek neviena grupas tikšanās. Ieplānotu tikšanos sāk ar /group start.
group-present = Laipni lūdzam, { $name }! { $count ->
    [1] Šeit ir viens cilvēks.
    [zero] Šeit ir { $count } cilvēku.
    [one] Šeit ir { $count } cilvēks.
   *[other] Šeit ir { $count } cilvēki.
}
group-already-present = Jūs jau esat sarakstā, { $name }.
group-not-present = Lūdzu, vispirms atsaucieties klātesošo pārbaudē ar /here.
group-note-usage = { $max ->
    [zero] Lietojums: /note <teksts>, vismaz 2 un ne vairāk kā { $max } rakstzīmju.
    [one] Lietojums: /note <teksts>, vismaz 2 un ne vairāk kā { $max } rakstzīme.
   *[other] Lietojums: /note <teksts>, vismaz 2 un ne vairāk kā { $max } rakstzīmes.
}
group-noted = Pierakstīts (līdz šim { $count ->
    [zero] { $count } piezīmju
    [one] { $count } piezīme
   *[other] { $count } piezīmes
}).
group-action-usage = { $max ->
    [zero] Lietojums: /action <persona> <teksts>, piemēram: /action Ben nosūtīt cenrādi (ne vairāk kā { $max } rakstzīmju).
    [one] Lietojums: /action <persona> <teksts>, piemēram: /action Ben nosūtīt cenrādi (ne vairāk kā { $max } rakstzīme).
   *[other] Lietojums: /action <persona> <teksts>, piemēram: /action Ben nosūtīt cenrādi (ne vairāk kā { $max } rakstzīmes).
}
group-action-unknown = Šajā tikšanās reizē nezinu nevienu ar vārdu „{ $name }“. Lūdzu, izmantojiet uzaicinātas vai klātesošas personas vārdu: { $members }.
group-action-ambiguous = „{ $name }“ šeit atbilst vairāk nekā vienai personai. Lūdzu, uzrakstiet pilnu vārdu: { $members }.
group-action-noted = Uzdevums ({ $name }): { $text }
group-action-reminder = Atgādinājums no grupas tikšanās „{ $topic }“ ({ $date }). Jūsu uzdevums: { $text }
group-round-usage = Lietojums: /round vai /round <minūtes>, lai kārtai noteiktu laiku no 2 līdz 120 minūtēm.
group-round-too-few = Kārtai vajadzīgi vismaz divi klātesoši cilvēki. Atsaucieties klātesošo pārbaudē ar /here.
group-round-all-presented = Visi klātesošie jau ir prezentējuši. Noslēdziet tikšanos ar /group end.
group-round-start = Kārta { $number } ({ $minutes } min): { $name } izklāsta izaicinājumu. Pēc tam padomi šādā secībā: { $advisers }. /next nodod vārdu.
group-next-adviser = { $name }, lūdzu, Jūsu padoms ({ $number }. kārta, { $left ->
    [0] laiks ir beidzies
   *[other] atlikušais laiks: { $left } min
}).
group-round-done = Kārta { $number } ir pabeigta. Paldies, { $name }! /round – nākamais prezentētājs, /group end – noslēgt tikšanos.
group-no-round = Pašlaik nenotiek neviena kārta. Sāciet to ar /round.
group-next-denied = Vārdu nodot var tikai runātājs, vadītājs vai koordinators.
group-round-warning = Kārtā { $number } atlikušais laiks: { $left } min.
group-round-over = Kārtas { $number } laiks ir beidzies. { $name }, lūdzu, noslēdziet; pēc tam /next vai /round.
group-summary-title = Grupas tikšanās „{ $topic }“ kopsavilkums ({ $date }, { $minutes } min)
group-summary-present = Klātesošie ({ $count }): { $names }
group-summary-excused = Attaisnoti: { $names }
group-summary-notes = Piezīmes:
group-summary-no-notes = Piezīmes netika veiktas.
group-summary-actions = Uzdevumi:
group-summary-action = { $name }: { $text }
group-summary-written = Īsumā:
group-hours-logged = Katram klātesošajam (kopā { $count }) reģistrētas { $hours } h kā „{ $kind }“.
group-consent-asked = Vai piezīmes drīkst saglabāt programmas zināšanu bāzē bez vārdiem? Es to jautāju katram no jums privātā sarunā. Tās tiek saglabātas tikai tad, ja { $hours ->
    [one] { $hours } stundas
   *[other] { $hours } stundu
} laikā piekrīt visi klātesošie.
group-consent-question = Paldies, ka piedalījāties tikšanās „{ $topic }“: Jums reģistrētas { $hours } h. Vai tikšanās piezīmes drīkst saglabāt programmas zināšanu bāzē, nenorādot neviena vārdu? Tās tiek saglabātas tikai tad, ja līdz { $until } ({ $timezone }) piekrīt visi klātesošie.
group-consent-yes = Jā, saglabāt
group-consent-no = Nē
group-consent-closed = Jautājums par tikšanās „{ $topic }“ piezīmēm ir slēgts.
group-consent-not-yours = Par šīm piezīmēm jautā tikai klātesošajiem.
group-consent-refused-self = Pieņemts zināšanai: piezīmes netiks saglabātas.
group-consent-refused = Ne visi piekrita, tāpēc tikšanās „{ $topic }“ piezīmes zināšanu bāzē netiek saglabātas.
group-consent-thanks = Paldies! Līdz šim piekrituši { $agreed } no { $count }.
group-consent-thanks-saved = Paldies! Visi piekrita: piezīmes ir saglabātas kā ieraksts { $id }.
group-consent-saved = Visi piekrita: tikšanās „{ $topic }“ piezīmes ir saglabātas zināšanu bāzē kā ieraksts { $id }.
group-consent-lapsed = Ne visi atbildēja laikus, tāpēc tikšanās „{ $topic }“ piezīmes zināšanu bāzē netiek saglabātas.
group-entry-title = Grupas tikšanās: { $topic } ({ $date })
group-entry-actions = Norunātie nākamie soļi:
group-link-usage = Lietojums: /group link <loks>, piemēram: /group link circle-1
group-link-unknown = Loka „{ $circle }“ nav. Loki: { $circles }.
group-link-denied = Piesaistīt šo telpu lokam { $circle } var tikai koordinators vai šī loka dalībnieks.
group-linked = Šī telpa tagad ir loka { $circle } telpa (dalībnieki: { $members }).
group-room-usage = Lietojums: /group room <loks>, piemēram: /group room circle-1. Izveidoju lokam telpu, uzaicinu tā dalībniekus un piesaistu telpu lokam.
group-room-creating = Veidoju telpu lokam { $circle }, dalībnieki: { $members }. Tā parādīsies Jūsu tērzēšanu sarakstā (ja platforma to prasa, pieņemiet uzaicinājumu).
group-room-missing = Nav uzaicināti, jo viņiem nav piesaistīta { $platform } konta: { $names }.
group-room-unsupported = Platformā { $platform } nevaru izveidot telpas pats. Izveidojiet grupu ar loka { $circle } dalībniekiem, pievienojiet tai mani un nosūtiet tur /group link { $circle }.

## Komandu izvēlnes (Telegram komandu saraksts, Discord slīpsvītras komandas): īsi, ne vairāk kā 100 rakstzīmju

cmd-start = Pievienoties programmai
cmd-start-code = Ielūguma vai piesaistes kods, ja Jums tāds ir
cmd-help = Ko es protu
cmd-profile = Parādīt Jūsu profilu vai to mainīt
cmd-profile-action = „edit“, lai mainītu kādu profila daļu
cmd-language = Mainīt valodu, kurā ar Jums sarunājos
cmd-link = Piesaistīt Jūsu profilam vēl vienu tērzēšanas kontu
cmd-link-code = Kods no Jūsu otra konta
cmd-notify-on = Izvēlēties tērzēšanas kontu, uz kuru sūtīt paziņojumus
cmd-notify-on-platform = telegram, matrix, discord vai console
cmd-privacy = Ko es glabāju un kāpēc
cmd-export = Saņemt visus savus datus failā
cmd-forget = Dzēst visus savus datus
cmd-cancel = Pārtraukt iesākto darbību
cmd-applications = Mentoru pieteikumi, kas gaida lēmumu
cmd-invite = Izveidot ielūguma kodu
cmd-invite-role = Kam paredzēts kods: mentor vai mentee
cmd-invite-uses = Cik cilvēku drīkst to izmantot (1–500)
cmd-invite-days = Cik dienu tas ir derīgs (1–365)
cmd-grant = Piešķirt kādam koordinatora tiesības
cmd-grant-role = Piešķiramā loma
cmd-grant-person = Personas vārds vai lietotājvārds tērzēšanā
cmd-pair = Jūsu mentoringa pāri
cmd-mentors = Jums piemēroti mentori
cmd-avoid = Izslēgt iespēju nonākt pārī ar konkrētu personu
cmd-avoid-person = Personas vārds vai lietotājvārds tērzēšanā
cmd-match = Piedāvāt labākos pārus visiem, kam nav mentora
cmd-pairs = Visi programmas pāri
cmd-circles = Izveidot savstarpējā mentoringa lokus vai parādīt tos
cmd-circles-action = „form“, lai izveidotu lokus no visiem, kas vēl nav nevienā lokā
cmd-circles-size = Cilvēku skaits lokā (2–12, pēc noklusējuma 5)
cmd-book = Rezervēt tikšanos ar savu mentoru vai mentorējamo
cmd-sessions = Jūsu tikšanās
cmd-reschedule = Pārcelt tikšanos uz citu laiku
cmd-cancel-session = Atcelt tikšanos
cmd-log = Reģistrēt stundas
cmd-hours = Jūsu stundas salīdzinājumā ar budžetu
cmd-report = Iesniegt pārskatu
cmd-reports = Kurš kuru pārskatu ir iesniedzis
cmd-ask = Uzdot jautājumu programmas zināšanu bāzei
cmd-ask-question = Jūsu jautājums
cmd-share = Dalīties zināšanās ar programmu
cmd-entries = Jūsu zināšanu bāzes ieraksti
cmd-hide = Paslēpt zināšanu bāzes ierakstu
cmd-hide-entry = Ieraksta numurs
cmd-stats = Programmas pārskats ar diagrammām
cmd-announce = Ziņa visiem programmas dalībniekiem vai vienai lomai
cmd-announce-audience = Kas to saņems (pēc noklusējuma – visi)
cmd-announce-text = Ziņa
cmd-group = Grupas tikšanās šajā telpā: ieplānot, sākt, noslēgt, piedalīties
cmd-group-action = schedule, start, end, attend, absent, cancel, link vai room
cmd-group-details = Komandai schedule: laiks un tēma; komandām link un room: loks
cmd-here = Atsaukties grupas tikšanās klātesošo pārbaudē
cmd-round = Nākamais grupas tikšanās prezentētājs
cmd-round-minutes = Kārtas ilgums minūtēs (2–120)
cmd-next = Nodot vārdu nākamajam runātājam
cmd-note = Pievienot piezīmi grupas tikšanās kopsavilkumam
cmd-note-text = Piezīme
cmd-action = Pievienot kādam uzdevumu
cmd-action-person = Kas to izpildīs: personas vārds
cmd-action-text = Kas jāizdara
