# mentor-cloud — lietuvių kalba (Lithuanian).
# Kiekvienas raktas turi sutapti su pagrindinės (anglų) lokalės raktais; kintamieji turi būti tie patys.

## Bendra

welcome-back = Sveiki sugrįžę, { $name }! Išsiųskite /help ir pamatysite, ką galiu padaryti.
not-joined = Sveiki! Esu programos mentorystės asistentas. Norėdami prisijungti, išsiųskite /start.
not-understood = Nesupratau. Išsiųskite /help ir pamatysite, ką galiu padaryti.
unknown-command = Nežinau komandos { $command }. Išsiųskite /help ir pamatysite, ką galiu padaryti.
text-too-long = Jūsų žinutė per ilga ({ $length ->
        [one] { $length } simbolis
        [few] { $length } simboliai
        [many] { $length } simbolio
       *[other] { $length } simbolių
    }; didžiausias leistinas ilgis – { $limit }). Prašome ją sutrumpinti.
empty-message = Žinutė buvo tuščia. Prašome įrašyti atsakymą.
internal-error = Atsiprašau, mano pusėje kažkas nepavyko, todėl niekas nepakeista. Pabandykite dar kartą po akimirkos.
nothing-to-cancel = Nėra ko atšaukti.
cancelled = Atšaukta. Niekas nepakeista.
onboarding-cancelled = Prisijungimas atšauktas, niekas neišsaugota. Kai norėsite pradėti iš naujo, išsiųskite /start.
dialog-in-progress = Dar nebaigėme pradėto veiksmo. Atsakykite į klausimą aukščiau arba išsiųskite /cancel, jei norite jį nutraukti.
direct-only = Tai privati informacija, todėl į tai atsakau tik asmeniniame pokalbyje. Išsiunčiau atsakymą Jums ten.
direct-only-start = Norėdami tai padaryti, parašykite man asmeniniame pokalbyje.
not-in-room = Ši komanda veikia tik asmeniniuose pokalbiuose.
coordinator-only = Tai gali padaryti tik programos koordinatoriai.
needs-profile = Jūs dar neprisijungėte. Norėdami prisijungti, išsiųskite /start.
choice-invalid = Pasirinkite vieną iš variantų: atsakykite jo numeriu arba pavadinimu.
choice-invalid-multi = Pasirinkite vieną ar kelis variantus: nurodykite jų numerius arba pavadinimus, atskirtus kableliais (pavyzdžiui: 1, 3).
choice-none = Nėra
choice-done = Baigta
discord-reply = Atsakyti
discord-reply-title = Jūsų atsakymas
discord-reply-label = Įrašykite savo atsakymą

help =
    Ką galiu padaryti:
    /start – prisijungti prie programos (su kvietimo kodu, jei jį turite)
    /profile – parodyti Jūsų profilį; /profile edit – jį pakeisti
    /pair – Jūsų mentorystės poros
    /book – suplanuoti susitikimą su savo mentoriumi ar ugdytiniu
    /sessions – Jūsų susitikimai; /reschedule, /cancel-session – perkelti arba atšaukti susitikimą
    /log – užregistruoti valandas; /hours – Jūsų valandos, palyginti su programos biudžetu
    /report – pateikti ataskaitą, kurios prašo programa
    /ask <klausimas> – užduoti klausimą programos žinių bazei
    /share – pasidalyti patirtimi su programa; /entries – Jūsų įrašai
    /mentors – Jums tinkantys mentoriai (jei programa leidžia rinktis)
    /avoid <asmuo> – neleisti sudaryti poros su tam tikru asmeniu
    /language – pakeisti kalbą, kuria su Jumis bendrauju
    /link – susieti kitą pokalbių paskyrą su Jūsų profiliu
    /notify-on – pasirinkti pokalbių paskyrą, į kurią siunčiu pranešimus
    /privacy – ką saugau ir kodėl
    /export – gauti visus savo duomenis failu
    /forget – ištrinti visus savo duomenis
    /cancel – nutraukti tai, ką dabar darome
help-coordinator =
    Koordinatoriams:
    /applications – sprendimo laukiančios mentorių paraiškos
    /match – pasiūlyti geriausias poras visiems, kurie neturi mentoriaus
    /pairs – visos programos poros
    /reports – kas kurią ataskaitą pateikė ir kas vėluoja
    /hide <numeris> – paslėpti žinių bazės įrašą
    /stats – programos apžvalga su diagramomis; /export – programos duomenys CSV failais
    /announce [mentors|mentees|coordinators] <tekstas> – žinutė visiems programos dalyviams arba vieno vaidmens dalyviams
    /circles form [dydis] – suskirstyti visus į tarpusavio mentorystės ratus; /circles – parodyti ratus
    /invite mentor|mentee [panaudojimai] [dienos] – sukurti kvietimo kodą
    /grant coordinator <asmuo> – paskirti ką nors koordinatoriumi

## Prisijungimas

start-already-joined = Jūs jau prisijungėte, { $name }. Išsiųskite /profile ir pamatysite savo profilį.
start-resume = Tęskime nuo ten, kur baigėme.
invite-required = Į šią programą galima patekti tik gavus kvietimą. Paprašykite koordinatoriaus kvietimo kodo ir išsiųskite /start kartu su šiuo kodu.
invite-invalid = Kvietimo kodas { $code } negalioja arba jo galiojimo laikas baigėsi. Paprašykite koordinatoriaus naujo kodo.
invite-accepted-mentor = Jūsų kvietimas tapti mentoriumi priimtas.
invite-accepted-mentee = Jūsų kvietimas tapti ugdytiniu priimtas.
ask-language = Sveiki atvykę į mentorystės programą! Kokia kalba turėčiau su Jumis bendrauti?
ask-consent =
    Prieš pradedant: programai vykdyti saugau Jūsų pateiktą profilį (vardą, šalį, organizaciją, sektorių, karjeros etapą, kalbas, kompetencijas, tikslus, skiriamą laiką, laiko juostą ir susitikimų pageidavimą), informaciją apie tai, kurios pokalbių paskyros priklauso Jums, ir tai, kas vyksta programoje (paraiškas, poras, susitikimus). Programos koordinatoriai gali matyti Jūsų profilį; kiti dalyviai mato tik tai, ko reikia poroms sudaryti. Niekas neparduodama ir neperduodama už programos ribų. Bet kada galite viską peržiūrėti su /export ir ištrinti su /forget. Norėdami sužinoti daugiau, išsiųskite /privacy.
    Ar sutinkate?
consent-yes = Sutinku
consent-no = Nesutinku
consent-refused = Supratau. Neišsaugojau jokios informacijos apie Jus. Jei persigalvosite, vėl išsiųskite /start.
ask-name = Koks Jūsų vardas, kurį matys kiti dalyviai?
name-invalid = Įveskite vardą, kurio ilgis – nuo 2 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }: raidės, tarp kurių gali būti tarpų, brūkšnelių, taškų arba apostrofų.
ask-country = Kurioje šalyje dirbate? Įrašykite jos pavadinimą angliškai arba dviejų raidžių kodą (pavyzdžiui: Germany, DE).
country-invalid = Nežinau šalies „{ $input }“. Įrašykite jos pavadinimą angliškai arba dviejų raidžių ISO kodą, pavyzdžiui, Poland arba PL.
ask-organisation = Kurioje organizacijoje ar įmonėje dirbate? (Jei jokioje, išsiųskite „-“.)
organisation-invalid = Įrašykite organizacijos pavadinimą (iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }) arba „-“, jei organizacijos neturite.
ask-sector = Kuriame sektoriuje dirbate?
ask-career-stage = Kuriame karjeros etape esate?
career-student = Studentas
career-early = Karjeros pradžia (iki 5 metų)
career-mid = Karjeros vidurys (nuo 5 iki 15 metų)
career-senior = Patyręs specialistas (daugiau nei 15 metų)
career-executive = Vadovas arba įkūrėjas
ask-languages = Kuriomis kalbomis galite vesti mentorystės pokalbį? Pasirinkite visas tinkamas (pavyzdžiui: 1, 3).
ask-offers = Kokias kompetencijas galite pasiūlyti kaip mentorius? Pasirinkite visas tinkamas arba „Nėra“. Net jaunesnis specialistas gali būti mentoriumi vyresniam kolegai toje srityje, kurią puikiai išmano (atvirkštinė mentorystė).
ask-years = Kiek metų patirties turite srityje „{ $competence }“?
years-invalid = Nurodykite metų skaičių sveikuoju skaičiumi nuo 0 iki 60.
ask-capacity = Kiek ugdytinių galite turėti vienu metu? (skaičius nuo 1 iki { $max }; dauguma mentorių turi 2)
capacity-invalid = Nurodykite sveikąjį skaičių nuo 1 iki { $max }.
ask-seeks = Kokias kompetencijas norėtumėte ugdyti su mentoriumi? Pasirinkite visas tinkamas arba „Nėra“.
offers-or-seeks-required = Pasirinkite bent vieną kompetenciją – kurią galite pasiūlyti arba kurią norite ugdyti. Grįžkime prie to, ką galite pasiūlyti.
mentor-invite-needs-offer = Jus pakvietė būti mentoriumi, todėl pasirinkite bent vieną kompetenciją, kurią galite pasiūlyti.
mentee-invite-needs-seek = Jus pakvietė būti ugdytiniu, todėl pasirinkite bent vieną kompetenciją, kurią norėtumėte ugdyti.
ask-goals = Kokie Jūsų tikslai šioje programoje? Užtenka kelių sakinių.
goals-invalid = Aprašykite savo tikslus (nuo 3 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
ask-availability = Kiek valandų per mėnesį galite skirti mentorystei? (skaičius, pavyzdžiui, 4)
availability-invalid = Nurodykite valandų skaičių sveikuoju skaičiumi nuo 1 iki 200.
ask-timezone = Kurioje laiko juostoje esate? Pasirinkite vieną arba įrašykite jos pavadinimą (pavyzdžiui: Europe/Berlin).
ask-timezone-free = Kurioje laiko juostoje esate? Įrašykite jos pavadinimą, pavyzdžiui, Europe/Berlin arba America/New_York.
timezone-invalid = Nežinau laiko juostos „{ $input }“. Įrašykite pavadinimą iš laiko juostų duomenų bazės, pavyzdžiui, Europe/Berlin.
ask-meeting-mode = Kaip norėtumėte susitikti?
meeting-online = Nuotoliu
meeting-in-person = Gyvai
meeting-both = Abu būdai
onboarding-done = Ačiū, { $name }! Štai Jūsų profilis:
next-steps-mentor = Jūsų pasiūlymas būti mentoriumi dabar yra paraiška: koordinatorius ją peržiūrės, o aš pranešiu Jums rezultatą.
next-steps-mentee = Toliau koordinatorius suves Jus su mentoriumi, kuris kalba Jūsų kalba ir siūlo tai, ko ieškote. Aš Jus supažindinsiu.
next-steps-coordinator = Esate šios programos koordinatorius. Išsiųskite /help ir pamatysite savo komandas.
next-steps-edit = Visa tai galite pakeisti su /profile edit.

## Profilis

profile-title = Profilis: { $name }
field-name = Vardas
field-country = Šalis
field-organisation = Organizacija
field-sector = Sektorius
field-career-stage = Karjeros etapas
field-languages = Kalbos
field-offers = Siūlo kaip mentorius
field-capacity = Ugdytinių vienu metu
capacity-value = { $count }
field-seeks = Nori ugdyti
field-goals = Tikslai
field-availability = Skiriamas laikas
field-timezone = Laiko juosta
field-meeting-mode = Susitikimai
field-roles = Vaidmenys
field-competences = Kompetencijos
availability-value = { $hours ->
    [one] { $hours } valanda per mėnesį
    [few] { $hours } valandos per mėnesį
    [many] { $hours } valandos per mėnesį
   *[other] { $hours } valandų per mėnesį
}
years-value = { $years ->
    [one] { $years } metai
    [few] { $years } metai
    [many] { $years } metų
   *[other] { $years } metų
}
value-none = –
role-coordinator = koordinatorius
role-mentor = mentorius
role-mentor-applicant = mentorius (paraiška laukia sprendimo)
role-mentor-interview = mentorius (pasiūlytas pokalbis)
role-mentor-rejected = mentoriaus paraiška nepriimta
role-mentee = ugdytinis
profile-edit-ask = Kurią savo profilio dalį norite pakeisti?
profile-updated = Išsaugota. Dabar Jūsų profilis atrodo taip:
profile-coordinator-minimal = Koordinatoriui pakanka vardo, šalies ir laiko juostos.

## Kalba

language-ask = Kokia kalba turėčiau su Jumis bendrauti?
language-set = Nuo šiol su Jumis kalbėsiu lietuviškai.

## Mentorių paraiškos

application-new =
    Nauja mentoriaus paraiška. Pateikė: { $name } ({ $country }, { $organisation }).
    Siūlo: { $offers }
    Tikslai: { $goals }
application-approve = Patvirtinti
application-reject = Atmesti
application-interview = Pakviesti į pokalbį
application-approved-applicant = Gera žinia: Jūsų, kaip mentoriaus, paraiška patvirtinta. Ačiū, kad dalijatės savo patirtimi!
application-approved-coordinator = Paraiška patvirtinta: { $name } dabar yra mentorius.
application-rejected-applicant = Jūsų, kaip mentoriaus, paraiška nepriimta. Koordinatoriaus nurodyta priežastis: { $reason }
application-rejected-coordinator = Paraiška atmesta, o priežastis išsiųsta pareiškėjui ({ $name }).
application-reason-ask = Įrašykite priežastį, dėl kurios atmetama paraiška (pateikė { $name }). Ji bus išsiųsta pareiškėjui.
application-reason-invalid = Nurodykite priežastį (nuo 3 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
application-interview-ask = Kada norėtumėte pasikalbėti su pareiškėju ({ $name })? Įrašykite datą ir laiką savo laiko juostoje ({ $timezone }), pavyzdžiui, 2026-12-03 15:00.
application-interview-invalid = Nepavyko suprasti „{ $input }“ kaip būsimos datos ir laiko. Naudokite formatą 2026-12-03 15:00.
application-interview-applicant = Koordinatorius { $coordinator } norėtų su Jumis pasikalbėti apie Jūsų mentoriaus paraišką { $when } (Jūsų laiku, { $timezone }). Atsakykite koordinatoriui ir patvirtinkite.
application-interview-coordinator = Pareiškėjui ({ $name }) išsiųstas kvietimas į pokalbį { $when } ({ $timezone }).
application-already-decided = Dėl šios paraiškos sprendimas jau priimtas.
application-unknown = Nebegaliu rasti šios paraiškos.
applications-none = Nėra sprendimo laukiančių mentorių paraiškų.
applications-title = Sprendimo laukiančios mentorių paraiškos: { $count }

## Koordinatoriai ir kvietimai

grant-usage = Naudojimas: /grant coordinator <asmuo>, kur <asmuo> – asmens vardas arba pokalbių slapyvardis.
grant-unknown = Tarp prisijungusių dalyvių neradau nė vieno, vardu „{ $input }“.
grant-ambiguous = „{ $input }“ atitinka daugiau nei vieną asmenį. Naudokite asmens pokalbių slapyvardį.
grant-done = { $name } dabar yra koordinatorius.
grant-already = { $name } jau yra koordinatorius.
grant-received = { $by } paskyrė Jus programos koordinatoriumi. Išsiųskite /help ir pamatysite savo naujas komandas.
invite-usage = Naudojimas: /invite mentor|mentee [panaudojimai] [dienos], pavyzdžiui, /invite mentee 10 30. Panaudojimų: nuo 1 iki 500, dienų: nuo 1 iki 365.
invite-created =
    Kvietimo kodas { $role } (galima panaudoti { $uses ->
        [one] { $uses } kartą
        [few] { $uses } kartus
        [many] { $uses } karto
       *[other] { $uses } kartų
    }, galioja iki { $until }):
    { $code }
    Nauji dalyviai siunčia: /start { $code }
role-name-mentor = mentoriui
role-name-mentee = ugdytiniui

## Paskyrų susiejimas

link-code =
    Jūsų susiejimo kodas yra { $code }. Jis galioja 10 minučių.
    Iš kitos savo pokalbių paskyros išsiųskite: /link { $code }
link-done = Ši paskyra dabar susieta su Jūsų profiliu, { $name }.
link-invalid = Šis susiejimo kodas negalioja arba jo galiojimo laikas baigėsi. Išsiųskite /link iš savo pirmosios paskyros ir gausite naują.
link-already = Ši paskyra jau priklauso Jūsų profiliui.
link-other-profile = Ši paskyra jau priklauso kitam profiliui. Jei norite ją susieti, pirmiausia išsiųskite /forget čia.
link-needs-profile = Norėdami gauti kodą, išsiųskite /link iš paskyros, kuri jau turi profilį.
notify-usage = Naudojimas: /notify-on <platforma>, viena iš: { $platforms }. Dabar pranešimai siunčiami į Jūsų paskyrą platformoje { $current }.
notify-set = Nuo šiol pranešimus siųsiu į Jūsų paskyrą platformoje { $platform }.
notify-unknown = Su Jūsų profiliu nesusieta jokia paskyra platformoje { $platform }. Jūsų paskyros: { $platforms }.
link-notice = Su Jūsų profiliu susieta kita pokalbių paskyra ({ $platform }). Jei tai padarėte ne Jūs, praneškite koordinatoriui.

## Privatumas

privacy =
    Ką saugau ir kodėl:
    • Jūsų profilį (vardą, šalį, organizaciją, sektorių, karjeros etapą, kalbas, kompetencijas, tikslus, skiriamą laiką, laiko juostą, susitikimų pageidavimą) – kad galėčiau suvesti Jus su tinkamais žmonėmis.
    • Jūsų pokalbių paskyras – kad galėčiau su Jumis susisiekti ten, kur bendraujate.
    • Programos įrašus (paraiškas, poras, susitikimus, valandas, ataskaitas) – kad galėčiau vykdyti programą ir teikti jos ataskaitas.
    • Koordinatorių veiksmų audito žurnalą – atskaitomybei užtikrinti.
    Koordinatoriai gali matyti Jūsų profilį. Kiti dalyviai mato tik tai, ko reikia poroms sudaryti.
    /export atsiunčia Jums viską, ką apie Jus saugau; /forget visa tai ištrina. Žinios, kuriomis nusprendėte pasidalyti, lieka žinių bazėje anonimizuotos.
export-ready = Štai viskas, ką apie Jus saugau.
forget-confirm = Bus ištrintas Jūsų profilis, susietos paskyros ir programos įrašai. To nebus galima atšaukti. Ar tikrai to norite?
forget-yes = Taip, ištrinti viską
forget-no = Ne, palikti mano duomenis
forget-done = Visi Jūsų duomenys ištrinti. Viso gero ir ačiū, kad dalyvavote.
forget-kept = Niekas neištrinta.

## Poros

why-competences = pasiūla atitinka poreikį: { $competences }
why-languages = bendros kalbos: { $languages }
why-countries = skirtingos šalys ({ $first } ir { $second })
why-overlap = { $hours ->
    [one] { $hours } bendra darbo valanda
    [few] { $hours } bendros darbo valandos
    [many] { $hours } bendros darbo valandos
   *[other] { $hours } bendrų darbo valandų
}
why-reverse = atvirkštinė mentorystė: ugdytinis turi daugiau patirties
pair-accept = Priimti: { $name }
pair-decline = Atmesti: { $name }
pair-intro-mentee = Susipažinkite su savo mentoriumi: { $name } ({ $country }, { $organisation }). Kodėl būtent jūs: { $why }.
pair-intro-mentor = Susipažinkite su savo nauju ugdytiniu: { $name } ({ $country }, { $organisation }). Kodėl būtent jūs: { $why }. Ugdytinio tikslai: „{ $goals }“
pair-intro-next = Priimkite arba atmeskite iki { $deadline } (Jūsų laiku). Kai sutiks abi pusės, suvesiu jus: susitarkite dėl pirmojo susitikimo ir pradėkite nuo tikslų susitarimo.
request-new = { $name } ({ $country }) prašo Jūsų tapti mentoriumi. Kodėl būtent jūs: { $why }. Tikslai: „{ $goals }“ Priimkite arba atmeskite iki { $deadline } (Jūsų laiku).
request-sent = Prašymas išsiųstas: { $name }. Atsakyti galima iki { $deadline } (Jūsų laiku); pranešiu Jums.
pair-unknown = Nerandu šios poros arba ji ne Jūsų.
pair-answered-already = Į tai jau atsakyta arba terminas baigėsi.
request-full = Šis mentorius nebeturi laisvos vietos, todėl prašymas perduotas toliau.
pair-accepted-wait = Ačiū! Kai tik { $name } taip pat sutiks, galėsite pradėti.
pair-active = Jūs ir { $name } dabar esate mentorystės pora. Susisiekti galite čia: { $contact }. Susitarkite dėl pirmojo susitikimo ir pradėkite nuo tikslų susitarimo.
pair-decline-reason-ask = Ar norėtumėte nurodyti priežastį? Tai padės koordinatoriams rasti tinkamesnę porą. Jei norite praleisti, išsiųskite „-“.
pair-declined-self = Supratau, supažindinimas atmestas. Jūs vėl dalyvaujate porų paieškoje.
pair-declined-other = { $name } atmetė supažindinimą. Jūs vėl dalyvaujate porų paieškoje, o koordinatorius ieškos kitos poros.
pair-expired = Į supažindinimą ({ $name }) nebuvo atsakyta laiku, todėl jis nebegalioja. Jūs vėl dalyvaujate porų paieškoje.
pair-declined-coordinator = { $who } atmetė supažindinimą: { $mentor } (mentorius) ir { $mentee } (ugdytinis). Abu vėl dalyvauja porų paieškoje.
pair-declined-coordinator-reason = { $who } atmetė supažindinimą: { $mentor } (mentorius) ir { $mentee } (ugdytinis). Priežastis: „{ $reason }“ Abu vėl dalyvauja porų paieškoje.
pair-expired-coordinator = Supažindinimas nebegalioja, nes niekas neatsakė laiku: { $mentor } (mentorius) ir { $mentee } (ugdytinis). Abu vėl dalyvauja porų paieškoje.
request-declined-self = Supratau, Jūs atmetėte prašymą. Ačiū už atsakymą.
request-lapsed-mentor = Į prašymą ({ $name }) nebuvo atsakyta laiku, todėl jis nebegalioja.
request-passed-on = { $name } negalėjo Jūsų priimti, todėl išsiunčiau prašymą kitam Jūsų pasirinkimui: { $next }.
request-none-left = { $name } negalėjo Jūsų priimti, o nė vienas kitas Jūsų pasirinktas mentorius neturi laisvos vietos. Išsiųskite /mentors ir pamatysite, kas dar tinka.
pair-state-proposed = pasiūlyta
pair-state-rejected = atmesta
pair-state-requested = paprašyta
pair-state-introduced = supažindinta
pair-state-active = aktyvi
pair-state-completed = užbaigta
pair-state-ended = nutraukta
pair-none = Jūs dar neturite mentorystės poros.
pair-list-title = Jūsų mentorystės poros:
pair-role-mentor = Jūsų mentorius
pair-role-mentee = Jūsų ugdytinis
pair-line = { $role }: { $name } – { $state } nuo { $since }
pair-complete-button = Užbaigta: { $name }
pair-end-button = Nutraukti porą: { $name }
pairs-none = Porų dar nėra. Išsiųskite /match, kad jas pasiūlytumėte.
pairs-title = Visos poros: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } nuo { $since }
pairs-end-button = Nutraukti { $mentor } → { $mentee }
pair-cannot-complete = Užbaigti galima tik aktyvią porą; šios poros būsena: { $state }.
pair-cannot-end = Ši pora jau baigėsi ({ $state }).
pair-completed = Sveikiname: Jūsų mentorystė ({ $name }) užbaigta. Ačiū jums abiem!
pair-end-reason-ask = Kodėl pora baigiasi? Tai liks tarp Jūsų ir koordinatorių. Jei norite praleisti, išsiųskite „-“.
pair-ended = Jūsų mentorystės porą ({ $name }) nutraukė { $by }. Jei norėtumėte naujos poros, koordinatorius gali padėti.
pair-ended-self = Pora nutraukta.

## Porų sudarymas

match-none = Šiuo metu nėra ką sujungti į poras: nė vienas ugdytinis be mentoriaus neturi tinkamo mentoriaus su laisva vieta (be poros: { $unmatched }).
match-title = Pasiūlytos poros: { $count } (bendras balas { $total }; be poros: { $unmatched }). Niekas nieko nesužinos, kol nepatvirtinsite.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … ir dar { $count }.
match-approve-all = Patvirtinti visas
match-review = Peržiūrėti po vieną
match-approve = Patvirtinti
match-reject = Atmesti
match-reviewed = Dėl visų pasiūlymų sprendimai priimti. Išsiųskite /pairs ir pamatysite poras.
match-approved = { $count ->
    [one] Patvirtinta { $count } pora, jos nariai supažindinti.
    [few] Patvirtintos { $count } poros, jų nariai supažindinti.
    [many] Patvirtinta { $count } poros, jų nariai supažindinti.
   *[other] Patvirtinta { $count } porų, jų nariai supažindinti.
}
match-approved-full = { $count ->
    [one] { $count } pasiūlymo nepavyko patvirtinti: mentorius nebeturi laisvos vietos arba ugdytinis tuo metu jau rado mentorių.
    [few] { $count } pasiūlymų nepavyko patvirtinti: mentorius nebeturi laisvos vietos arba ugdytinis tuo metu jau rado mentorių.
    [many] { $count } pasiūlymo nepavyko patvirtinti: mentorius nebeturi laisvos vietos arba ugdytinis tuo metu jau rado mentorių.
   *[other] { $count } pasiūlymų nepavyko patvirtinti: mentorius nebeturi laisvos vietos arba ugdytinis tuo metu jau rado mentorių.
}
match-approved-one = { $mentor } ir { $mentee } supažindinti vienas su kitu.
match-full = Mentorius { $mentor } nebeturi laisvos vietos (arba ugdytinis { $mentee } tuo metu jau rado mentorių), todėl šis pasiūlymas atmestas.
match-rejected-one = Atmesta: pora { $mentor } ir { $mentee } daugiau nebus siūloma. Likę pasiūlymai perskaičiuoti; dabar pasiūlymų: { $count }.
match-stale = Šis pasiūlymas nebegalioja.
mentors-off = Šioje programoje poras sudaro koordinatoriai; Jus supažindins su Jūsų mentoriumi.
mentors-not-now = Jūs jau turite mentorių arba atvirą prašymą, arba neieškote jokios kompetencijos (tai galite pakeisti su /profile edit).
mentors-none = Šiuo metu Jums netinka nė vienas mentorius su laisva vieta. Koordinatorius ieškos Jums poros.
mentors-title = Jums labiausiai tinkantys mentoriai:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Paprašyti: { $name }
mentors-gone = Šis mentorius nebepasiekiamas. Štai dabartinis sąrašas.
avoid-usage = Naudojimas: /avoid <asmuo>, nurodant asmens vardą arba pokalbių slapyvardį. Su šiuo asmeniu pora niekada nebus sudaryta; jam apie tai nepranešama.
avoid-done = Pažymėta: su šiuo asmeniu pora nebus sudaryta. Jam apie tai nepranešama.
avoid-self = Savęs išskirti negalima.

## Ratai

circles-usage = Naudojimas: /circles form [dydis], kur dydis – nuo 2 iki { $max } (jei nenurodysite – 5); /circles parodo ratus.
circles-none = Nepavyko sudaryti nė vieno rato: už ratų ribų per mažai žmonių, kurie turi bendrą kalbą ir ieško kokios nors kompetencijos (liko už ratų: { $left }).
circles-formed = { $count ->
    [one] Sudarytas { $count } ratas
    [few] Sudaryti { $count } ratai
    [many] Sudaryta { $count } rato
   *[other] Sudaryta { $count } ratų
} (dalyvių: { $people }); kiekvienam nariui pranešta, kas yra jo rate.
circles-left-out = Į jokį ratą nepateko: { $names } (nėra bendros kalbos su pakankamai kitų dalyvių).
circle-formed = Esate tarpusavio mentorystės rate { $circle } kartu su šiais dalyviais: { $members }. Jūsų bendra kalba: { $language }.
circle-shared = Ką keli iš jūsų nori ugdyti: { $competences }.
circles-empty = Ratų dar nėra. Išsiųskite /circles form, kad juos sudarytumėte.
circles-title = Ratai: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Susitikimai

session-place-open = bus suderinta vėliau
session-describe = { $when } ({ $timezone }), { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}, { $mode }: { $place }
when-unreadable = Nepavyko to suprasti kaip datos ir laiko. Įrašykite jį savo laiku, pavyzdžiui, { $example }, „rytoj 15:00“ arba „antradienį 18:00“.
when-past = Šis laikas jau praėjo. Nurodykite laiką ateityje, pavyzdžiui, { $example }.
when-ambiguous = Šis laikas nevienareikšmis (pavyzdžiui, tuo metu keičiamas laikas arba tokia valanda kaip 3 gali reikšti naktį ar popietę). Parašykite jį tiksliau, pavyzdžiui, { $example }.
when-nonexistent = Tą dieną tokio laiko Jūsų laiko juostoje nėra, nes keičiamas laikas. Pasirinkite kitą, pavyzdžiui, { $example }.
when-too-far = Tai per toli ateityje. Pasirinkite laiką per artimiausius dvejus metus, pavyzdžiui, { $example }.
when-after-end = Tai jau po programos pabaigos. Pasirinkite ankstesnį laiką.
book-no-pair = Norėdami suplanuoti susitikimą, turite turėti aktyvią mentorystės porą. Išsiųskite /pair ir pamatysite savo poras.
book-ask-pair = Su kuo bus susitikimas?
book-ask-when = Kada? Įrašykite datą ir laiką savo laiko juostoje ({ $timezone }), pavyzdžiui, { $example }, „rytoj 15:00“, „antradienį 18:00“ arba „po 3 dienų 10:00“.
minutes-value = { $minutes } min.
book-ask-minutes = Kiek laiko? (arba įrašykite minučių skaičių)
book-minutes-invalid = Pasirinkite trukmę arba įrašykite minučių skaičių (nuo 15 iki 480).
book-ask-mode = Nuotoliu ar gyvai?
book-ask-link = Nuotolinio susitikimo nuoroda? Jei dėl jos susitarsite vėliau, išsiųskite „-“.
book-ask-place = Kur susitiksite? Jei dėl vietos susitarsite vėliau, išsiųskite „-“.
book-place-invalid = Nurodykite nuorodą arba vietą (ne daugiau kaip 300 simbolių) arba „-“.
repeat-once = Tik kartą
repeat-weekly = Kas savaitę
repeat-biweekly = Kas dvi savaites
repeat-cron = pagal tvarkaraštį { $rule }
book-ask-repeat = Ar susitikimas kartosis? Pasirinkite arba įrašykite cron taisyklę (sekundės minutės valandos diena mėnuo savaitės_diena, pvz., 0 0 18 * * Tue).
book-repeat-invalid = Pasirinkite vieną iš variantų arba įrašykite galiojančią cron taisyklę, pavyzdžiui, 0 0 18 * * Tue.
book-sent = Patvirtinimo prašymas išsiųstas ({ $name }): { $session }{ $count ->
    [1] .
    [one] , iš viso { $count } susitikimas.
    [few] , iš viso { $count } susitikimai.
    [many] , iš viso { $count } susitikimo.
   *[other] , iš viso { $count } susitikimų.
}
session-request = { $name } siūlo mentorystės susitikimą: { $session }.
session-series = Kartojasi: { $rule } – { $count ->
    [one] { $count } susitikimas
    [few] { $count } susitikimai
    [many] { $count } susitikimo
   *[other] { $count } susitikimų
} iki programos pabaigos.
session-confirm = Patvirtinti
session-confirm-all = Patvirtinti visus
session-other-time = Pasiūlyti kitą laiką
session-decline = Atmesti
session-unknown = Nerandu šio susitikimo arba jis ne Jūsų.
session-answered-already = Į šį susitikimą jau atsakyta.
session-own-proposal = Tai Jūsų pasiūlymas; jį patvirtina kita pusė.
session-declined = { $name } atmetė susitikimą: { $session }.
session-declined-self = Atmesta. Kitai pusei pranešta.
session-not-upcoming = Šio susitikimo laikas jau praėjo, todėl jo pakeisti negalima.
session-attend-noted = Puiku, iki susitikimo!
session-confirmed = Jūsų susitikimas patvirtintas ({ $name }): { $session }{ $count ->
    [1] .
    [one] , iš viso { $count } susitikimas.
    [few] , iš viso { $count } susitikimai.
    [many] , iš viso { $count } susitikimo.
   *[other] , iš viso { $count } susitikimų.
} Kalendoriaus failas pridėtas.
session-calendar-title = Mentorystės susitikimas: { $name }
session-cancelled = { $name } atšaukė susitikimą: { $session }.
session-cancelled-self = Susitikimas atšauktas, kitai pusei pranešta.
session-ask-new-time = Koks laikas Jums tiktų? Įrašykite jį savo laiko juostoje ({ $timezone }), pavyzdžiui, { $example }.
session-time-sent = Pasiūliau naują laiką ({ $name }): { $session }.
session-reminder = Priminimas: Jūsų susitikimas ({ $name }) – { $session }.
reminder-late = (Šis priminimas vėluoja: numatytu laiku neveikiau.)
session-attend = Dalyvausiu
session-reschedule = Perkelti
session-cancel = Atšaukti
session-follow-up = Ar Jūsų susitikimas ({ $name }, { $session }) įvyko?
session-held = Taip, { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}
session-other-length = Taip, bet ilgiau ar trumpiau
session-missed = Ne
session-already-recorded = Šis susitikimas jau užregistruotas.
session-missed-noted = Pažymėta: susitikimas neįvyko. Suplanuokite naują su /book.
session-ask-length = Kiek minučių jis truko?
session-length-invalid = Atsakykite minučių skaičiumi – nuo 5 iki 600.
session-ask-note = Ar norėtumėte ką nors pažymėti (temą, susitarimą, kitą žingsnį)? Jei norite praleisti, išsiųskite „-“.
session-recorded = Ačiū! Jums abiem įskaityta: { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}.
session-recorded-other = { $name } užregistravo jūsų susitikimą: jums abiem įskaityta { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}.
session-state-proposed = laukia patvirtinimo
session-state-confirmed = patvirtintas
session-state-cancelled = atšauktas
session-state-held = įvyko
session-state-missed = neįvyko
sessions-line = { $when }, { $name }, { $minutes } min. – { $state }
sessions-none = Jūs dar neturite susitikimų. Suplanuokite susitikimą su /book.
sessions-none-upcoming = Artėjančių susitikimų neturite.
sessions-upcoming = Artėjantys:
sessions-past = Neseniai vykę:
sessions-pick-reschedule = Kurį susitikimą norite perkelti?
sessions-pick-cancel = Kurį susitikimą norite atšaukti?

## Valandos

hours-kind-bilateral = Poros susitikimas
hours-kind-group = Grupinis susitikimas
hours-kind-joint = Bendras susirinkimas
hours-kind-preparation = Pasirengimas ir ataskaitos
log-ask-kind = Kam skyrėte šį laiką?
log-ask-hours = Kiek valandų? (pavyzdžiui, 1,5 arba 90 min)
log-hours-invalid = Nurodykite valandas skaičiumi nuo 0,25 iki 12 (pavyzdžiui, 1,5) arba minutėmis (pavyzdžiui, 90 min).
log-done = Užregistruota: { $hours } val., { $kind }.
hours-title = Jūsų valandos: iš viso { $hours } val.
hours-line = { $kind }: { $hours } val.
hours-budget = Programos biudžetas – { $budget ->
    [one] { $budget } valanda
    [few] { $budget } valandos
    [many] { $budget } valandos
   *[other] { $budget } valandų
} vienam ugdytiniui; liko { $left } val. Poros susitikimai iki šiol: { $bilateral } val. (tikimasi bent { $min ->
    [one] { $min } valandos
    [few] { $min } valandų
    [many] { $min } valandos
   *[other] { $min } valandų
}).
hours-warning = Išnaudojote { $hours } val. iš programos { $budget } val. biudžeto.
hours-budget-reached = Pasiekėte programos biudžetą: { $budget ->
    [one] { $budget } valanda
    [few] { $budget } valandos
    [many] { $budget } valandos
   *[other] { $budget } valandų
}.
hours-refused = Šios valandos viršytų programos biudžetą ({ $budget ->
    [one] { $budget } valanda
    [few] { $budget } valandos
    [many] { $budget } valandos
   *[other] { $budget } valandų
}; liko { $left } val.), todėl jos neužregistruotos. Koordinatorius gali padėti.
hours-pending = Dar { $hours } val. viršytų programos biudžetą ({ $budget ->
    [one] { $budget } valanda
    [few] { $budget } valandos
    [many] { $budget } valandos
   *[other] { $budget } valandų
}), todėl jos laukia koordinatoriaus patvirtinimo. Apie sprendimą Jums bus pranešta.
hours-approval-request = { $name } užregistravo { $hours } val. ({ $kind }), todėl iš viso turi { $total } val. – daugiau nei biudžetas ({ $budget } val.). Patvirtinti šias valandas?
hours-approve = Patvirtinti
hours-refuse = Atmesti
hours-approved-coordinator = Patvirtinta: { $name } – { $hours } val. užregistruota.
hours-refused-coordinator = Atmesta: { $name } – { $hours } val. neužregistruota.
hours-approved = { $name } patvirtino Jūsų { $hours } val. virš biudžeto: jos užregistruotos.
hours-not-approved = { $name } nepatvirtino Jūsų { $hours } val. virš biudžeto, todėl jos neužregistruotos.
hours-request-already-decided = Dėl šių valandų sprendimas jau priimtas.
hours-request-unknown = Nebegaliu rasti šių valandų.

## Programa: apklausos, ataskaitos, priminimai

checkin-ask = Kaip sekasi Jūsų mentorystė ({ $name })?
checkin-rating-1 = 1 – prastai
checkin-rating-2 = 2
checkin-rating-3 = 3 – neblogai
checkin-rating-4 = 4
checkin-rating-5 = 5 – puikiai
checkin-ask-comment = Ačiū. Ar norėtumėte ką nors pridurti? Jei norite praleisti, išsiųskite „-“.
checkin-thanks = Ačiū už atsiliepimą!
checkin-low-coordinator = { $name } įvertino mentorystę ({ $other }): { $rating } iš 5. Komentaras: „{ $comment }“
deliverable-due = Priminimas: „{ $title }“ reikia pateikti iki { $due }. Norėdami pateikti, išsiųskite /report.
deliverable-overdue = „{ $title }“ reikėjo pateikti iki { $due }, bet dar nepateikta. Norėdami pateikti, išsiųskite /report.
report-none-owed = Šiuo metu neturite ataskaitų, kurias reikėtų pateikti.
report-ask-which = Kurią ataskaitą norite pateikti?
report-not-owed = Šios ataskaitos Jums teikti nereikia arba ji jau pateikta.
report-question = Klausimas { $number } iš { $count } (atsakymo kalba: { $language }): { $question }
report-answer-invalid = Atsakykite naudodami nuo 2 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }.
report-preview = Štai Jūsų „{ $title }“. Siųsti?
report-send = Siųsti
report-restart = Pradėti iš naujo
report-sent = Ačiū! „{ $title }“ pateikta.
reports-none-configured = Ši programa nereikalauja ataskaitų.
reports-no-pairs = Aktyvių ar užbaigtų porų dar nėra.
reports-title = Ataskaitos:
reports-delivered = { $name }: „{ $title }“ pateikta { $date }
reports-due = { $name }: „{ $title }“ pateikti iki { $date }
reports-overdue = { $name }: „{ $title }“ VĖLUOJA nuo { $date }
nudge-inactive = Jūsų poroje ({ $name }) susitikimo nebuvo jau { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
    [many] { $days } dienos
   *[other] { $days } dienų
}. Išsiųskite /book ir suplanuokite kitą.
nudge-answer = { $name } laukia Jūsų atsakymo dėl supažindinimo. Išsiųskite /pair, kad priimtumėte arba atmestumėte.
nudge-applications = { $count ->
    [one] { $count } mentoriaus paraiška laukia
    [few] { $count } mentorių paraiškos laukia
    [many] { $count } mentorių paraiškos laukia
   *[other] { $count } mentorių paraiškų laukia
} sprendimo. Išsiųskite /applications.
stuck-inactive = Poroje { $mentor } ir { $mentee } susitikimo nebuvo jau { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
    [many] { $days } dienos
   *[other] { $days } dienų
}.

## Žinios

kb-anonymous = programos dalyvis
kb-unavailable = Žinių bazė šiuo metu nepasiekiama. Pabandykite vėliau.
kb-ask-usage = Naudojimas: /ask ir Jūsų klausimas (nuo 3 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }), pavyzdžiui, /ask Kaip pasiruošti pirmajam susitikimui?
kb-ask-mentor = Paklausti mentoriaus
kb-no-results = Žinių bazėje neradau nieko, kas atsakytų į šį klausimą. Galbūt atsakymą žino mentorius – ar perduoti jam Jūsų klausimą?
kb-passages-title = Tinkamiausios ištraukos, kurias radau:
kb-sources = Šaltiniai:
kb-source = [{ $number }] „{ $title }“, autorius: { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Rašymo asistentas užtruko per ilgai, todėl pateikiu pačias ištraukas.)
kb-llm-failed = (Rašymo asistentas nepasiekiamas, todėl pateikiu pačias ištraukas.)
kb-helpful = Naudinga
kb-not-helpful = Nenaudinga
kb-thanks-helpful = Ačiū! Tai padeda geriau surikiuoti atsakymus.
kb-thanks-not-helpful = Ačiū. Klausimą taip pat galite perduoti mentoriui.
kb-nothing-to-route = Pirmiausia užduokite klausimą su /ask; tada galėsiu jį perduoti mentoriui.
kb-no-mentor = Šiuo metu šiam klausimui netinka nė vienas patvirtintas mentorius. Koordinatorius gali padėti.
kb-routed-question = { $name } užduoda klausimą, į kurį žinių bazė negalėjo atsakyti ({ $language }): „{ $question }“ Ar galite į jį atsakyti?
kb-answer-button = Atsakyti
kb-routed = { $count ->
    [1] Jūsų klausimą perdaviau mentoriui.
    [one] Jūsų klausimą perdaviau { $count } mentoriui.
    [few] Jūsų klausimą perdaviau { $count } mentoriams.
    [many] Jūsų klausimą perdaviau { $count } mentoriaus.
   *[other] Jūsų klausimą perdaviau { $count } mentorių.
} Pirmasis atsakymas ateis tiesiai Jums.
kb-question-gone = Šis klausimas jau uždarytas.
kb-already-answered = Ačiū, tačiau į šį klausimą jau atsakė kitas mentorius.
kb-answer-ask = Įrašykite savo atsakymą. Jis bus nusiųstas tiesiai klausimą uždavusiam asmeniui.
kb-answer-invalid = Atsakykite naudodami nuo 10 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }.
kb-mentor-answer = { $name } atsakė į Jūsų klausimą „{ $question }“: { $answer }
kb-answer-sent = Ačiū! Jūsų atsakymas nusiųstas ({ $name }). Ar jis gali tapti žinių bazės įrašu visai programai? Jis bus pridėtas tik tuo atveju, jei sutiksite abu.
kb-keep = Pridėti į žinių bazę
kb-private = Palikti tarp mūsų
kb-entry-exists = Jis jau yra žinių bazėje.
kb-kept-private = Supratau: jis liks tik tarp jūsų dviejų.
kb-consent-waiting = Ačiū. Jis bus pridėtas, kai tik sutiks ir kitas asmuo.
kb-entry-created = Atsakymas dabar yra žinių bazės įrašas #{ $id }. Ačiū, kad dalijatės!
share-ask-title = Kokį pavadinimą suteiksite tam, kuo norite pasidalyti?
share-ask-body = Parašykite tekstą: ko išmokote, kokį metodą taikote arba atsakymą į dažnai užduodamą klausimą.
share-ask-tags = Su kokiomis kompetencijomis tai susiję? Pasirinkite visas tinkamas arba „Nėra“.
share-visibility-programme = Visi programos dalyviai
share-visibility-pair = Tik mano mentorystės pora
share-ask-visibility = Kas gali tai skaityti?
share-name-shown = Rodyti mano vardą
share-name-anonymous = Rodyti „programos dalyvis“
share-ask-name = Kaip nurodyti Jus kaip autorių?
share-keep-yes = Palikti be mano vardo
share-keep-no = Ištrinti
share-ask-consent = Jei kada nors paliksite programą ir ištrinsite savo duomenis, ar šis įrašas turėtų likti žinių bazėje be Jūsų vardo, ar būti ištrintas?
share-ask-language = Kokia kalba tai parašyta?
share-preview = Štai Jūsų įrašas. Išsaugoti?
share-preview-language = Kalba: { $language }
share-preview-tags = Kompetencijos: { $tags }
share-save = Išsaugoti
share-change-language = Pakeisti kalbą
share-restart = Pradėti iš naujo
share-title-invalid = Įrašykite pavadinimą (nuo 3 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
share-body-invalid = Parašykite nuo { $min } iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }.
share-saved = Išsaugota kaip žinių bazės įrašas #{ $id }. Ačiū, kad dalijatės! Jį pakeisti galite su /entries.
entries-none = Dar nepasidalijote jokiais įrašais. Norėdami pradėti, išsiųskite /share.
entries-title = Jūsų įrašai: { $count }. Pasirinkite įrašą, kurį norite pakeisti arba ištrinti.
entries-edit = Redaguoti #{ $id } „{ $title }“
entries-delete = Ištrinti #{ $id }
entry-not-yours = Šis įrašas ne Jūsų arba jo nebėra.
entry-ask-text = Atsiųskite naują įrašo tekstą.
entry-updated = Įrašas #{ $id } atnaujintas.
entry-deleted = Įrašas #{ $id } ištrintas.
hide-usage = Naudojimas: /hide <numeris>, nurodant įrašo numerį, kaip jis rodomas šaltiniuose (pavyzdžiui, /hide 12).
entry-unknown = Įrašo #{ $id } nėra.
entry-hidden = Įrašas #{ $id } paslėptas: jis lieka archyve, bet paieškoje nebebus randamas.
capture-offer = Ar norėtumėte pasidalyti šia pastaba programos žinių bazėje? Pirmiausia bus paprašyta Jūsų mentorystės partnerio sutikimo.
capture-share = Pasidalyti pastaba
capture-nothing = Iš šio susitikimo nėra pastabos, kuria būtų galima pasidalyti.
capture-ask-other = { $name } norėtų pasidalyti jūsų susitikimo pastaba programos žinių bazėje: „{ $note }“ Ar sutinkate?
capture-agree = Sutinku
capture-decline = Prašau, ne
capture-asked = Paprašiau sutikimo ({ $name }).
capture-declined-self = Supratau: pastaba liks tik tarp jūsų dviejų.
capture-declined = { $name } pageidauja, kad pastaba liktų tik tarp jūsų dviejų.
capture-title = Mentorystės susitikimo pastabos, { $date }

## Koordinatoriaus apžvalga

export-which = Kokių duomenų norite?
export-mine = Mano duomenys
export-programme = Programos duomenys (CSV)
export-programme-ready = Programos duomenys: dalyviai, poros, susitikimai, valandos ir ataskaitos.
stats-title = Programos apžvalga:
stats-people = Žmonės: { $total } (ugdytiniai: { $mentees }, patvirtinti mentoriai: { $mentors }, mentorių paraiškos: { $applicants }, koordinatoriai: { $coordinators })
stats-countries = Pagal šalį: { $countries }
stats-pairs = Poros: aktyvios – { $active }, laukia atsakymo – { $introduced }, užbaigtos – { $completed }, nutrauktos – { $ended }
stats-sessions = Susitikimai: įvykę – { $held }, artėjantys – { $upcoming }
stats-hours = Užregistruota valandų: { $hours } val., iš jų poros susitikimuose – { $bilateral } val. (biudžetas – { $budget } val. vienam ugdytiniui)
stats-reports = Ataskaitos: pateiktos – { $delivered }, vėluoja – { $overdue }
stats-checkins = Apklausos: vidutinis įvertinimas { $average } iš 5 (įvertinimų: { $count }, iš jų žemų: { $low })
stats-attention = Reikia dėmesio:
stats-attention-none = Šiuo metu niekam nereikia dėmesio.
stats-attention-inactive = { $mentor } ir { $mentee }: susitikimo nebuvo jau { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
    [many] { $days } dienos
   *[other] { $days } dienų
}
stats-attention-unanswered = { $mentor } ir { $mentee }: supažindinimas arba prašymas laukia atsakymo
stats-attention-overdue = { $name }: „{ $title }“ vėluoja
stats-attention-applications = { $count ->
    [one] { $count } mentoriaus paraiška laukia sprendimo
    [few] { $count } mentorių paraiškos laukia sprendimo
    [many] { $count } mentorių paraiškos laukia sprendimo
   *[other] { $count } mentorių paraiškų laukia sprendimo
}
chart-hours-title = Valandos vienam ugdytiniui, palyginti su biudžetu
chart-hours-series = Užregistruotos valandos
chart-hours-axis = Valandos
chart-budget = Biudžetas ({ $budget } val.)
chart-sessions-title = Įvykę susitikimai per savaitę
chart-sessions-series = Susitikimai
chart-sessions-axis = Susitikimai
chart-countries-title = Dalyviai pagal šalį
chart-countries-series = Dalyviai
chart-countries-axis = Žmonės
announce-usage = Naudojimas: /announce [mentors|mentees|coordinators] <tekstas>, pavyzdžiui, /announce mentees Bendras susirinkimas vyks penktadienį 10:00 (CET).
announce-from = Skelbimas (siuntėjas: { $name }):
announce-sent = { $count ->
    [1] Skelbimas siunčiamas vienam asmeniui.
    [one] Skelbimas siunčiamas { $count } asmeniui.
    [few] Skelbimas siunčiamas { $count } asmenims.
    [many] Skelbimas siunčiamas { $count } asmens.
   *[other] Skelbimas siunčiamas { $count } asmenų.
}

## Grupiniai susitikimai pokalbių kambariuose

group-room-only = Tai veikia rato ar grupės pokalbių kambaryje. Parašykite tai ten.
group-members-only = Grupiniuose susitikimuose gali dalyvauti tik programos dalyviai. Norėdami prisijungti, parašykite man /start asmeniniame pokalbyje.
group-help =
    Grupiniai susitikimai šiame kambaryje:
    /group schedule <kada> <tema> – suplanuoti susitikimą, pavyzdžiui: /group schedule rytoj 15:00 Įdarbinimas užsienyje
    /group attend, /group absent – pranešti, ar dalyvausite
    /group start – pradėti: darbotvarkė ir dalyvių patikrinimas
    /here – atsiliepti į dalyvių patikrinimą
    /round [minutės] – kitas pranešėjas pristato iššūkį, o kiti paeiliui pataria; /next perduoda žodį
    /note <tekstas> – pridėti pastabą; /action <asmuo> <tekstas> – pridėti užduotį
    /group end – užbaigti su santrauka; /group cancel – atšaukti kitą susitikimą
    /group link <ratas> – paskirti šį kambarį ratui
    /group room <ratas> – sukuriu ratui kambarį ir pakviečiu jo narius (Matrix platformoje)
group-status-circle = Tai rato { $circle } kambarys.
group-status-cohort = Šis kambarys nepriklauso jokiam ratui: čia vykstantys susitikimai yra bendri visų programos dalyvių susirinkimai.
group-status-none = Čia nesuplanuota jokių grupinių susitikimų.
group-status-next = Kitas susitikimas: „{ $topic }“, { $when }. Dalyvaus: { $attend }. Negalės dalyvauti: { $absent }.
group-status-running = Vyksta: „{ $topic }“ (suplanuota { $when }). Žadėjo dalyvauti: { $attend }. Negali dalyvauti: { $absent }.
group-no-circle = Šis kambarys nesusietas su jokiu ratu, todėl bendrą visų programos dalyvių susirinkimą čia gali suplanuoti tik koordinatorius. Rato narys gali susieti kambarį su /group link <ratas>, pavyzdžiui, /group link circle-1.
group-schedule-denied = Grupinį susitikimą čia gali suplanuoti tik koordinatorius arba mentorius, kuris yra šio rato narys.
group-schedule-usage = Naudojimas: /group schedule <kada> <tema>, laiką nurodant savo laiko juostoje, pavyzdžiui: /group schedule rytoj 15:00 Įdarbinimas užsienyje
group-topic-invalid = Nurodykite temą (nuo 2 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
group-schedule-clash = Šiame kambaryje tuo metu jau yra susitikimas: „{ $topic }“, { $when }. Pasirinkite kitą laiką.
group-scheduled = { $name } suplanavo grupinį susitikimą: „{ $topic }“, { $when }, { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}. Prieš susitikimą visiems priminsiu. Ar dalyvausite? Atsakykite mygtukais arba komandomis /group attend ar /group absent.
group-invitation = { $name } suplanavo grupinį susitikimą ({ $room }): „{ $topic }“, { $when } ({ $timezone }), { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}. Ar dalyvausite?
group-whole-cohort = visi programos dalyviai
group-attend = Dalyvausiu
group-absent = Negalėsiu dalyvauti
group-will-attend = Pažymėta: { $name } dalyvaus susitikime „{ $topic }“.
group-will-not-attend = Pažymėta: { $name } negalės dalyvauti susitikime „{ $topic }“.
group-nothing-scheduled = Šiame kambaryje nesuplanuota jokių grupinių susitikimų. Suplanuokite susitikimą su /group schedule <kada> <tema>.
group-session-unknown = Nerandu šio grupinio susitikimo.
group-session-over = Grupinis susitikimas „{ $topic }“ jau baigėsi arba buvo atšauktas.
group-reminder-room = Priminimas: grupinis susitikimas „{ $topic }“ vyks { $when }. Ar dalyvausite? Atsakykite mygtukais arba komandomis /group attend ar /group absent.
group-reminder = Priminimas: grupinis susitikimas ({ $room }) „{ $topic }“ vyks { $when } ({ $timezone }).
group-cancelled = { $name } atšaukė grupinį susitikimą „{ $topic }“, numatytą { $when }.
group-cancelled-member = { $name } atšaukė grupinį susitikimą „{ $topic }“, numatytą { $when } ({ $timezone }).
group-cancel-running = Vykstantis susitikimas ne atšaukiamas, o užbaigiamas su /group end.
group-run-denied = Tai gali padaryti tik moderatorius, koordinatorius arba šio rato mentorius.
group-already-running = Čia jau vyksta grupinis susitikimas. Pirmiausia jį užbaikite su /group end.
group-start-too-early = Kitas susitikimas „{ $topic }“ suplanuotas { $when }. Jį galima pradėti anksčiausiai { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minutes
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
} prieš numatytą laiką.
group-agenda =
    Prasideda grupinis susitikimas „{ $topic }“. Moderatorius: { $name }.
    Darbotvarkė:
    1. Dalyvių patikrinimas: atsiliepkite su /here arba mygtuku.
    2. Raundai: /round parenka pranešėją, kuris pristato iššūkį; kiti paeiliui pataria, o /next perduoda žodį. Kiekvienam raundui skiriama { $minutes } min.
    3. Viso susitikimo metu: /note <tekstas> – pastaboms, /action <asmuo> <tekstas> – užduotims.
    4. /group end užbaigia susitikimą ir pateikia santrauką.
    Laukiami: { $expected }. Pateisinti: { $excused }.
group-here-button = Esu čia
group-not-running = Šiame kambaryje nevyksta joks grupinis susitikimas. Suplanuotas susitikimas pradedamas su /group start.
group-present = Sveiki, { $name }! { $count ->
    [1] Čia yra vienas asmuo.
    [one] Čia yra { $count } asmuo.
    [few] Čia yra { $count } asmenys.
    [many] Čia yra { $count } asmens.
   *[other] Čia yra { $count } asmenų.
}
group-already-present = Jūs jau esate sąraše, { $name }.
group-not-present = Pirmiausia atsiliepkite į dalyvių patikrinimą su /here.
group-note-usage = Naudojimas: /note <tekstas>, nuo 2 iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }.
group-noted = Užrašyta (iki šiol { $count ->
    [one] { $count } pastaba
    [few] { $count } pastabos
    [many] { $count } pastabos
   *[other] { $count } pastabų
}).
group-action-usage = Naudojimas: /action <asmuo> <tekstas>, pavyzdžiui: /action Ben atsiųsti kainoraštį (iki { $max ->
        [one] { $max } simbolio
        [few] { $max } simbolių
        [many] { $max } simbolio
       *[other] { $max } simbolių
    }).
group-action-unknown = Šiame susitikime nėra asmens „{ $name }“. Nurodykite pakviesto arba dalyvaujančio asmens vardą: { $members }.
group-action-ambiguous = „{ $name }“ čia atitinka daugiau nei vieną asmenį. Parašykite visą vardą: { $members }.
group-action-noted = Užduotis ({ $name }): { $text }
group-action-reminder = Priminimas iš grupinio susitikimo „{ $topic }“ ({ $date }). Jūsų užduotis: { $text }
group-round-usage = Naudojimas: /round arba /round <minutės>, jei raundo trukmę norite apriboti nuo 2 iki 120 minučių.
group-round-too-few = Raundui reikia bent dviejų dalyvaujančių asmenų. Atsiliepkite į dalyvių patikrinimą su /here.
group-round-all-presented = Visi dalyvaujantys jau pristatė savo iššūkius. Užbaikite susitikimą su /group end.
group-round-start = Raundas { $number } ({ $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}): { $name } pristato iššūkį. Toliau patarimai šia tvarka: { $advisers }. /next perduoda žodį.
group-next-adviser = { $name }, prašome Jūsų patarimo (raundas { $number }, { $left ->
    [0] laikas baigėsi
    [one] liko { $left } minutė
    [few] liko { $left } minutės
    [many] liko { $left } minutės
   *[other] liko { $left } minučių
}).
group-round-done = Raundas { $number } baigtas. Ačiū, { $name }! /round – kitas pranešėjas, /group end – užbaigti susitikimą.
group-no-round = Šiuo metu nevyksta joks raundas. Pradėkite jį su /round.
group-next-denied = Žodį perduoti gali tik kalbantis asmuo, moderatorius arba koordinatorius.
group-round-warning = Raunde { $number } liko { $left ->
    [one] { $left } minutė
    [few] { $left } minutės
    [many] { $left } minutės
   *[other] { $left } minučių
}.
group-round-over = Raundo { $number } laikas baigėsi. { $name }, prašome baigti; tada /next arba /round.
group-summary-title = Grupinio susitikimo „{ $topic }“ santrauka ({ $date }, { $minutes } min.)
group-summary-present = Dalyvavo ({ $count }): { $names }
group-summary-excused = Pateisinti: { $names }
group-summary-notes = Pastabos:
group-summary-no-notes = Pastabų neužrašyta.
group-summary-actions = Užduotys:
group-summary-action = { $name }: { $text }
group-summary-written = Trumpai:
group-hours-logged = Kiekvienam dalyvavusiam asmeniui (iš viso { $count }) užregistruota { $hours } val. kaip „{ $kind }“.
group-consent-asked = Ar pastabas galima išsaugoti programos žinių bazėje be vardų? Kiekvieno iš jūsų paklausiau asmeniniame pokalbyje. Jos išsaugomos tik tuo atveju, jei per { $hours ->
    [one] { $hours } valandą
    [few] { $hours } valandas
    [many] { $hours } valandos
   *[other] { $hours } valandų
} sutiks visi dalyvavusieji.
group-consent-question = Ačiū, kad dalyvavote susitikime „{ $topic }“: Jums užregistruota { $hours } val. Ar susitikimo pastabas galima išsaugoti programos žinių bazėje, nenurodant niekieno vardo? Jos išsaugomos tik tuo atveju, jei iki { $until } ({ $timezone }) sutiks visi dalyvavusieji.
group-consent-yes = Taip, išsaugoti
group-consent-no = Ne
group-consent-closed = Klausimas dėl susitikimo „{ $topic }“ pastabų uždarytas.
group-consent-not-yours = Dėl šių pastabų klausiama tik dalyvavusių asmenų.
group-consent-refused-self = Pažymėta: pastabos nebus išsaugotos.
group-consent-refused = Ne visi sutiko, todėl susitikimo „{ $topic }“ pastabos žinių bazėje neišsaugotos.
group-consent-thanks = Ačiū! Iki šiol sutiko { $agreed } iš { $count }.
group-consent-thanks-saved = Ačiū! Visi sutiko: pastabos išsaugotos kaip įrašas { $id }.
group-consent-saved = Visi sutiko: susitikimo „{ $topic }“ pastabos išsaugotos žinių bazėje kaip įrašas { $id }.
group-consent-lapsed = Ne visi atsakė laiku, todėl susitikimo „{ $topic }“ pastabos žinių bazėje neišsaugotos.
group-entry-title = Grupinis susitikimas: { $topic } ({ $date })
group-entry-actions = Sutarti tolesni žingsniai:
group-link-usage = Naudojimas: /group link <ratas>, pavyzdžiui: /group link circle-1
group-link-unknown = Rato „{ $circle }“ nėra. Ratai: { $circles }.
group-link-denied = Susieti šį kambarį su ratu { $circle } gali tik koordinatorius arba to rato narys.
group-linked = Šis kambarys dabar yra rato { $circle } kambarys (nariai: { $members }).
group-room-usage = Naudojimas: /group room <ratas>, pavyzdžiui: /group room circle-1. Sukuriu ratui kambarį, pakviečiu jo narius ir susieju kambarį su ratu.
group-room-creating = Kuriu kambarį ratui { $circle }, nariai: { $members }. Jis atsiras Jūsų pokalbių sąraše (jei platforma paprašys, priimkite kvietimą).
group-room-missing = Nepakviesti, nes neturi susietos { $platform } paskyros: { $names }.
group-room-unsupported = Platformoje { $platform } negaliu savarankiškai kurti kambarių. Sukurkite grupę su rato { $circle } nariais, pridėkite mane ir ten išsiųskite /group link { $circle }.

## Komandų meniu (Telegram komandų sąrašas, Discord pasvirojo brūkšnio komandos): trumpai, ne daugiau kaip 100 simbolių

cmd-start = Prisijungti prie programos
cmd-start-code = Kvietimo arba susiejimo kodas, jei jį turite
cmd-help = Ką galiu padaryti
cmd-profile = Parodyti Jūsų profilį arba jį pakeisti
cmd-profile-action = „edit“, jei norite pakeisti profilio dalį
cmd-language = Pakeisti kalbą, kuria su Jumis bendrauju
cmd-link = Susieti kitą pokalbių paskyrą su Jūsų profiliu
cmd-link-code = Kodas iš kitos Jūsų paskyros
cmd-notify-on = Pasirinkti pokalbių paskyrą, į kurią siunčiami pranešimai
cmd-notify-on-platform = telegram, matrix, discord arba console
cmd-privacy = Ką saugau ir kodėl
cmd-export = Gauti visus savo duomenis failu
cmd-forget = Ištrinti visus savo duomenis
cmd-cancel = Nutraukti tai, ką dabar darome
cmd-applications = Sprendimo laukiančios mentorių paraiškos
cmd-invite = Sukurti kvietimo kodą
cmd-invite-role = Kam skirtas kodas: mentor arba mentee
cmd-invite-uses = Kiek žmonių gali jį panaudoti (1–500)
cmd-invite-days = Kiek dienų jis galioja (1–365)
cmd-grant = Paskirti ką nors koordinatoriumi
cmd-grant-role = Suteikiamas vaidmuo
cmd-grant-person = Asmens vardas arba pokalbių slapyvardis
cmd-pair = Jūsų mentorystės poros
cmd-mentors = Jums tinkantys mentoriai
cmd-avoid = Neleisti sudaryti poros su tam tikru asmeniu
cmd-avoid-person = Asmens vardas arba pokalbių slapyvardis
cmd-match = Pasiūlyti geriausias poras visiems, kurie neturi mentoriaus
cmd-pairs = Visos programos poros
cmd-circles = Sudaryti tarpusavio mentorystės ratus arba juos parodyti
cmd-circles-action = „form“, jei norite sudaryti ratus iš visų, kurie dar nėra jokiame rate
cmd-circles-size = Žmonių skaičius rate (2–12, numatytasis 5)
cmd-book = Suplanuoti susitikimą su savo mentoriumi ar ugdytiniu
cmd-sessions = Jūsų susitikimai
cmd-reschedule = Perkelti susitikimą į kitą laiką
cmd-cancel-session = Atšaukti susitikimą
cmd-log = Užregistruoti valandas
cmd-hours = Jūsų valandos, palyginti su biudžetu
cmd-report = Pateikti ataskaitą
cmd-reports = Kas kurią ataskaitą pateikė
cmd-ask = Užduoti klausimą programos žinių bazei
cmd-ask-question = Jūsų klausimas
cmd-share = Pasidalyti patirtimi su programa
cmd-entries = Jūsų žinių bazės įrašai
cmd-hide = Paslėpti žinių bazės įrašą
cmd-hide-entry = Įrašo numeris
cmd-stats = Programos apžvalga su diagramomis
cmd-announce = Žinutė visiems programos dalyviams arba vieno vaidmens dalyviams
cmd-announce-audience = Kas ją gaus (numatytai – visi)
cmd-announce-text = Žinutė
cmd-group = Grupiniai susitikimai šiame kambaryje: planuoti, pradėti, užbaigti, dalyvauti
cmd-group-action = schedule, start, end, attend, absent, cancel, link arba room
cmd-group-details = Komandai schedule: laikas ir tema; komandoms link ir room: ratas
cmd-here = Atsiliepti į grupinio susitikimo dalyvių patikrinimą
cmd-round = Kitas grupinio susitikimo pranešėjas
cmd-round-minutes = Raundo trukmė minutėmis (2–120)
cmd-next = Perduoti žodį kitam kalbėtojui
cmd-note = Pridėti pastabą prie grupinio susitikimo
cmd-note-text = Pastaba
cmd-action = Pridėti užduotį kuriam nors asmeniui
cmd-action-person = Kas ją atliks: asmens vardas
cmd-action-text = Ką reikės padaryti
