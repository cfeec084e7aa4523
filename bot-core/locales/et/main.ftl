# mentor-cloud — eesti keel (Estonian).
# Tõlgitud ingliskeelsest võrdlusfailist; võtmed ja muutujad on samad.

## Üldist

welcome-back = Tere tulemast tagasi, { $name }! Saada /help, et näha, mida ma oskan.
not-joined = Tere! Olen programmi mentorlusassistent. Liitumiseks saada /start.
not-understood = Ma ei saanud sellest aru. Saada /help, et näha, mida ma oskan.
unknown-command = Ma ei tunne käsku { $command }. Saada /help, et näha, mida ma oskan.
text-too-long = Sinu sõnum on liiga pikk ({ $length } tähemärki, lubatud on { $limit }). Palun lühenda seda.
empty-message = See sõnum oli tühi. Palun kirjuta vastus.
internal-error = Vabandust, minu poolel läks midagi valesti ja midagi ei muudetud. Palun proovi hetke pärast uuesti.
nothing-to-cancel = Pole midagi, mida tühistada.
cancelled = Tühistatud. Midagi ei muudetud.
onboarding-cancelled = Liitumine tühistati ja midagi ei salvestatud. Saada /start, kui soovid uuesti alustada.
dialog-in-progress = Meil on üks asi pooleli. Vasta ülaltoodud küsimusele või saada katkestamiseks /cancel.
direct-only = See on privaatne, seega vastan sellele ainult otsevestluses. Saatsin selle sulle sinna.
direct-only-start = Selleks kirjuta mulle palun otsevestluses.
not-in-room = See käsk töötab ainult otsevestlustes.
coordinator-only = Seda saavad teha ainult programmi koordinaatorid.
needs-profile = Sa pole veel liitunud. Liitumiseks saada /start.
choice-invalid = Palun vali üks valikutest: vasta selle numbri või nimega.
choice-invalid-multi = Palun vali üks või mitu valikut: nende numbrid või nimed komadega eraldatult (näiteks: 1, 3).
choice-none = Ei ühtegi
choice-done = Valmis
discord-reply = Vasta
discord-reply-title = Sinu vastus
discord-reply-label = Kirjuta oma vastus

help =
    Mida ma oskan:
    /start – liitu programmiga (kutsekoodiga, kui see sul on)
    /profile – näita oma profiili; /profile edit – muuda seda
    /pair – sinu mentorluspaarid
    /book – broneeri kohtumine oma mentori või mentiiga
    /sessions – sinu kohtumised; /reschedule, /cancel-session – muuda kohtumise aega või tühista see
    /log – pane tunnid kirja; /hours – sinu tunnid võrreldes programmi eelarvega
    /report – esita aruanne, mida programm nõuab
    /ask <küsimus> – küsi programmi teadmusbaasist
    /share – jaga oskusteavet programmiga; /entries – sinu kirjed
    /mentors – sulle sobivad mentorid (kui programm lubab valida)
    /avoid <isik> – ära satu kunagi kindla inimesega paari
    /language – muuda keelt, milles ma sinuga räägin
    /link – seo oma profiiliga veel üks vestluskonto
    /notify-on – vali vestluskonto, kuhu ma teavitused saadan
    /privacy – mida ma salvestan ja miks
    /export – saa kõik oma andmed failina
    /forget – kustuta kõik oma andmed
    /cancel – katkesta pooleliolev tegevus
help-coordinator =
    Koordinaatoritele:
    /applications – otsust ootavad mentoritaotlused
    /match – paku parimad paarid kõigile, kel pole mentorit
    /pairs – kõik programmi paarid
    /reports – kes on millise aruande esitanud ja mis on hilinenud
    /hide <number> – peida teadmuskirje
    /stats – programm ühe pilguga, koos diagrammidega; /export – programmi andmed CSV-failidena
    /announce [mentors|mentees|coordinators] <tekst> – teadaanne kogu lennule või ühele rollile
    /circles form [suurus] – jaga kõik vertaismentorluse ringidesse; /circles näitab ringe
    /invite mentor|mentee [kasutuskorrad] [päevad] – loo kutsekood
    /grant coordinator <isik> – määra keegi koordinaatoriks

## Liitumine

start-already-joined = Sa oled juba liitunud, { $name }. Saada /profile, et näha oma profiili.
start-resume = Jätkame sealt, kus pooleli jäime.
invite-required = Sellesse programmi pääseb ainult kutsega. Palu koordinaatorilt kutsekood ja saada /start koos koodiga.
invite-invalid = Kutsekood { $code } ei kehti või on aegunud. Palu koordinaatorilt uus.
invite-accepted-mentor = Sinu kutse mentoriks võeti vastu.
invite-accepted-mentee = Sinu kutse mentiiks võeti vastu.
ask-language = Tere tulemast mentorlusprogrammi! Mis keeles ma sinuga räägin?
ask-consent =
    Enne kui alustame: programmi läbiviimiseks salvestan profiili, mille mulle annad (nimi, riik, organisatsioon, valdkond, karjäärietapp, keeled, pädevused, eesmärgid, ajaline panus, ajavöönd ja eelistatud kohtumisviis), selle, millised vestluskontod on sinu omad, ning selle, mis programmis toimub (taotlused, paarid, kohtumised). Programmi koordinaatorid näevad sinu profiili; teised osalejad näevad ainult seda, mis on vajalik paari moodustamiseks. Midagi ei müüda ega jagata väljapoole programmi. Saad igal ajal kõike näha käsuga /export ja selle kustutada käsuga /forget. Lisateabe saamiseks saada /privacy.
    Kas oled nõus?
consent-yes = Olen nõus
consent-no = Ma ei ole nõus
consent-refused = Selge. Ma pole sinu kohta midagi salvestanud. Kui mõtled ümber, saada uuesti /start.
ask-name = Mis nime all soovid, et teised osalejad sind näeksid?
name-invalid = Palun sisesta nimi, mis on 2 kuni { $max } tähemärki pikk: tähed, mille vahel võivad olla tühikud, sidekriipsud, punktid või ülakomad.
ask-country = Millises riigis sa töötad? Kirjuta riigi ingliskeelne nimi või kahetäheline kood (näiteks: Germany, DE).
country-invalid = Ma ei tunne riiki „{ $input }“. Palun kirjuta riigi ingliskeelne nimi või kahetäheline ISO-kood, näiteks Poland või PL.
ask-organisation = Millises organisatsioonis või ettevõttes sa töötad? (Kui sellist pole, saada „-“.)
organisation-invalid = Palun sisesta organisatsiooni nimi (kuni { $max } tähemärki) või „-“, kui sellist pole.
ask-sector = Millises valdkonnas sa töötad?
ask-career-stage = Millises karjäärietapis sa oled?
career-student = Üliõpilane
career-early = Karjääri algus (kuni 5 aastat)
career-mid = Karjääri keskpaik (5 kuni 15 aastat)
career-senior = Kogenud spetsialist (üle 15 aasta)
career-executive = Juht või asutaja
ask-languages = Millistes keeltes suudad mentorvestlust pidada? Vali kõik sobivad (näiteks: 1, 3).
ask-offers = Milliseid pädevusi saad mentorina pakkuda? Vali kõik sobivad või „Ei ühtegi“. Ka noorem spetsialist võib olla kogenumale mentoriks oskuses, mida ta hästi valdab (pöördmentorlus).
ask-years = Mitu aastat kogemust sul on valdkonnas „{ $competence }“?
years-invalid = Palun vasta aastate arvuga täisarvuna vahemikus 0 kuni 60.
ask-capacity = Mitu mentiid saad korraga juhendada? (arv vahemikus 1 kuni { $max }; enamik mentoreid võtab 2)
capacity-invalid = Palun vasta täisarvuga vahemikus 1 kuni { $max }.
ask-seeks = Milliseid pädevusi sooviksid mentori abiga arendada? Vali kõik sobivad või „Ei ühtegi“.
offers-or-seeks-required = Palun vali vähemalt üks pädevus, kas pakkumiseks või arendamiseks. Läheme tagasi selle juurde, mida saad pakkuda.
mentor-invite-needs-offer = Sind kutsuti mentoriks, seega vali palun vähemalt üks pädevus, mida saad pakkuda.
mentee-invite-needs-seek = Sind kutsuti mentiiks, seega vali palun vähemalt üks pädevus, mida sooviksid arendada.
ask-goals = Millised on sinu eesmärgid selles programmis? Paarist lausest piisab.
goals-invalid = Palun kirjelda oma eesmärke 3 kuni { $max } tähemärgiga.
ask-availability = Mitu tundi kuus saad mentorlusele pühendada? (arv, näiteks 4)
availability-invalid = Palun vasta tundide arvuga täisarvuna vahemikus 1 kuni 200.
ask-timezone = Millises ajavööndis sa oled? Vali üks või kirjuta selle nimi (näiteks: Europe/Tallinn).
ask-timezone-free = Millises ajavööndis sa oled? Kirjuta selle nimi, näiteks Europe/Tallinn või America/New_York.
timezone-invalid = Ma ei tunne ajavööndit „{ $input }“. Palun kirjuta nimi ajavööndite andmebaasist, näiteks Europe/Tallinn.
ask-meeting-mode = Kuidas sa eelistad kohtuda?
meeting-online = Veebis
meeting-in-person = Silmast silma
meeting-both = Mõlemad
onboarding-done = Aitäh, { $name }! Siin on sinu profiil:
next-steps-mentor = Sinu soov olla mentor on nüüd taotlus: koordinaator vaatab selle üle ja ma annan sulle tulemusest teada.
next-steps-mentee = Järgmiseks leiab koordinaator sulle mentori, kes räägib sinu keelt ja pakub seda, mida otsid. Ma tutvustan teid teineteisele.
next-steps-coordinator = Sa oled selle programmi koordinaator. Saada /help, et näha oma käske.
next-steps-edit = Kõike seda saad muuta käsuga /profile edit.

## Profiil

profile-title = Profiil: { $name }
field-name = Nimi
field-country = Riik
field-organisation = Organisatsioon
field-sector = Valdkond
field-career-stage = Karjäärietapp
field-languages = Keeled
field-offers = Pakub mentorina
field-capacity = Mentiisid korraga
capacity-value = { $count }
field-seeks = Soovib arendada
field-goals = Eesmärgid
field-availability = Ajaline panus
field-timezone = Ajavöönd
field-meeting-mode = Kohtumised
field-roles = Rollid
field-competences = Pädevused
availability-value = { $hours } h kuus
years-value = { $years ->
    [one] { $years } aasta
   *[other] { $years } aastat
}
value-none = –
role-coordinator = koordinaator
role-mentor = mentor
role-mentor-applicant = mentor (taotlus ootel)
role-mentor-interview = mentor (vestlus pakutud)
role-mentor-rejected = mentoritaotlust ei rahuldatud
role-mentee = mentii
profile-edit-ask = Millist osa oma profiilist soovid muuta?
profile-updated = Salvestatud. Sinu profiil on nüüd selline:
profile-coordinator-minimal = Koordinaatorina on sul vaja ainult nime, riiki ja ajavööndit.

## Keel

language-ask = Mis keeles ma sinuga räägin?
language-set = Räägin nüüdsest sinuga eesti keeles.

## Mentoritaotlused

application-new =
    Uus mentoritaotlus: { $name } ({ $country }, { $organisation }).
    Pakub: { $offers }
    Eesmärgid: { $goals }
application-approve = Kinnita
application-reject = Lükka tagasi
application-interview = Palu vestlust
application-approved-applicant = Head uudised: sinu mentoritaotlus on kinnitatud. Aitäh, et jagad oma kogemust!
application-approved-coordinator = { $name } on nüüd kinnitatud mentor.
application-rejected-applicant = Sinu mentoritaotlust ei rahuldatud. Koordinaatori põhjendus: { $reason }
application-rejected-coordinator = Taotleja { $name } taotlus lükati tagasi ja põhjendus saadeti talle.
application-reason-ask = Palun kirjuta, miks taotleja { $name } taotlus tagasi lükatakse. Põhjendus saadetakse talle.
application-reason-invalid = Palun sisesta põhjendus, mis on 3 kuni { $max } tähemärki pikk.
application-interview-ask = Millal sooviksid taotlejaga { $name } rääkida? Kirjuta kuupäev ja kellaaeg oma ajavööndis ({ $timezone }), näiteks 2026-12-03 15:00.
application-interview-invalid = Ma ei suutnud tõlgendada „{ $input }“ tulevase kuupäeva ja kellaajana. Palun kasuta kuju 2026-12-03 15:00.
application-interview-applicant = Koordinaator { $coordinator } soovib sinuga rääkida sinu mentoritaotlusest { $when } (sinu aja järgi, { $timezone }). Kinnitamiseks vasta talle.
application-interview-coordinator = Taotleja { $name } kutsuti vestlusele { $when } ({ $timezone }).
application-already-decided = Selle taotluse kohta on otsus juba tehtud.
application-unknown = Ma ei leia seda taotlust enam.
applications-none = Ükski mentoritaotlus ei oota otsust.
applications-title = Otsust ootavad mentoritaotlused: { $count }

## Koordinaatorid ja kutsed

grant-usage = Kasutus: /grant coordinator <isik>, kus <isik> on tema nimi või kasutajanimi vestlusrakenduses.
grant-unknown = Liitunute seast ei leidnud ma kedagi nimega „{ $input }“.
grant-ambiguous = Päringule „{ $input }“ vastab rohkem kui üks inimene. Palun kasuta tema kasutajanime vestlusrakenduses.
grant-done = { $name } on nüüd koordinaator.
grant-already = { $name } on juba koordinaator.
grant-received = { $by } määras sind programmi koordinaatoriks. Saada /help, et näha oma uusi käske.
invite-usage = Kasutus: /invite mentor|mentee [kasutuskorrad] [päevad], näiteks /invite mentee 10 30. Kasutuskorrad: 1 kuni 500, päevad: 1 kuni 365.
invite-created =
    Kutsekood (roll: { $role }, { $uses ->
        [one] { $uses } kasutuskord
       *[other] { $uses } kasutuskorda
    }, kehtib kuni { $until }):
    { $code }
    Uued osalejad saadavad: /start { $code }
role-name-mentor = mentor
role-name-mentee = mentii

## Kontode sidumine

link-code =
    Sinu sidumiskood on { $code }. See kehtib 10 minutit.
    Saada oma teiselt vestluskontolt: /link { $code }
link-done = See konto on nüüd seotud sinu profiiliga, { $name }.
link-invalid = See sidumiskood ei kehti või on aegunud. Uue saamiseks saada /link oma esimeselt kontolt.
link-already = See konto kuulub juba sinu profiilile.
link-other-profile = See konto kuulub juba teisele profiilile. Kui soovid selle siduda, saada siin esmalt /forget.
link-needs-profile = Koodi saamiseks saada /link kontolt, millel on juba profiil.
notify-usage = Kasutus: /notify-on <platvorm>, üks järgmistest: { $platforms }. Teavitused lähevad praegu sinu kontole platvormil { $current }.
notify-set = Saadan nüüdsest teavitused sinu kontole platvormil { $platform }.
notify-unknown = Sinu profiiliga pole seotud ühtegi kontot platvormil { $platform }. Sinu kontod: { $platforms }.
link-notice = Sinu profiiliga seoti veel üks vestluskonto ({ $platform }). Kui see polnud sina, anna koordinaatorile teada.

## Privaatsus

privacy =
    Mida ma salvestan ja miks:
    • Sinu profiil (nimi, riik, organisatsioon, valdkond, karjäärietapp, keeled, pädevused, eesmärgid, ajaline panus, ajavöönd, eelistatud kohtumisviis) – et viia sind kokku õigete inimestega.
    • Sinu vestluskontod – et jõuda sinuni seal, kus sa suhtled.
    • Programmi andmed (taotlused, paarid, kohtumised, tunnid, aruanded) – programmi läbiviimiseks ja selle kohta aru andmiseks.
    • Koordinaatorite tegevuste auditilogi – vastutuse tagamiseks.
    Koordinaatorid näevad sinu profiili. Teised osalejad näevad ainult seda, mida paari moodustamine nõuab.
    /export saadab sulle kõik, mida ma sinu kohta salvestan; /forget kustutab selle. Teadmised, mida oled otsustanud jagada, jäävad anonüümsena teadmusbaasi.
export-ready = Siin on kõik, mida ma sinu kohta salvestan.
forget-confirm = See kustutab sinu profiili, seotud kontod ja programmiandmed. Seda ei saa tagasi võtta. Kas oled kindel?
forget-yes = Jah, kustuta kõik
forget-no = Ei, säilita minu andmed
forget-done = Kõik sinu andmed on kustutatud. Head aega ja aitäh osalemast!
forget-kept = Midagi ei kustutatud.

## Paarid

why-competences = pakkumine ja soov kohtuvad: { $competences }
why-languages = ühised keeled: { $languages }
why-countries = eri riigid ({ $first } ja { $second })
why-overlap = { $hours ->
    [one] üks ühine töötund
   *[other] { $hours } ühist töötundi
}
why-reverse = pöördmentorlus: mentii on kogenum
pair-accept = Nõustu: { $name }
pair-decline = Keeldu: { $name }
pair-intro-mentee = Tutvu oma mentoriga: { $name } ({ $country }, { $organisation }). Miks just teie: { $why }.
pair-intro-mentor = Tutvu oma uue mentiiga: { $name } ({ $country }, { $organisation }). Miks just teie: { $why }. Mentii eesmärgid: „{ $goals }“
pair-intro-next = Palun nõustu või keeldu hiljemalt { $deadline } (sinu aja järgi). Kui olete mõlemad nõustunud, viin teid kokku: leppige kokku esimene kohtumine ja alustage eesmärkide kokkuleppest.
request-new = { $name } ({ $country }) palub sind oma mentoriks. Miks just teie: { $why }. Eesmärgid: „{ $goals }“ Palun nõustu või keeldu hiljemalt { $deadline } (sinu aja järgi).
request-sent = Saatsin palve: { $name }. Vastamiseks on aega kuni { $deadline } (sinu aja järgi); annan sulle teada.
pair-unknown = Ma ei leia seda paari või see pole sinu oma.
pair-answered-already = Sellele on juba vastatud või see on aegunud.
request-full = Sellel mentoril pole enam vaba kohta, seega saadeti palve edasi.
pair-accepted-wait = Aitäh! Niipea kui ka { $name } nõustub, saate alustada.
pair-active = Sina ja { $name } olete nüüd mentorluspaar. Temaga saad ühendust siin: { $contact }. Leppige kokku esimene kohtumine ja alustage eesmärkide kokkuleppest.
pair-decline-reason-ask = Kas soovid öelda, miks? See aitab koordinaatoritel leida paremini sobiva paari. Vahelejätmiseks saada „-“.
pair-declined-self = Selge, tutvustusest on keeldutud. Ootad taas paarilist.
pair-declined-other = { $name } keeldus tutvustusest. Ootad taas paarilist ja koordinaator otsib sulle uue.
pair-expired = Tutvustusele ({ $name }) ei vastatud õigel ajal ja see aegus. Ootad taas paarilist.
pair-declined-coordinator = { $who } keeldus tutvustusest: { $mentor } (mentor) ja { $mentee } (mentii). Mõlemad ootavad taas paarilist.
pair-declined-coordinator-reason = { $who } keeldus tutvustusest: { $mentor } (mentor) ja { $mentee } (mentii). Põhjendus: „{ $reason }“ Mõlemad ootavad taas paarilist.
pair-expired-coordinator = Tutvustus aegus vastuseta: { $mentor } (mentor) ja { $mentee } (mentii). Mõlemad ootavad taas paarilist.
request-declined-self = Selge, keeldusid palvest. Aitäh vastamast.
request-lapsed-mentor = Palvele ({ $name }) ei vastatud õigel ajal ja see aegus.
request-passed-on = { $name } ei saanud sind mentiiks võtta, seega saatsin palve sinu järgmisele valikule: { $next }.
request-none-left = { $name } ei saanud sind mentiiks võtta ja ühelgi teisel sinu valitud mentoril pole vaba kohta. Saada /mentors, et näha, kes veel sobib.
pair-state-proposed = pakutud
pair-state-rejected = tagasi lükatud
pair-state-requested = palutud
pair-state-introduced = tutvustatud
pair-state-active = aktiivne
pair-state-completed = lõpetatud
pair-state-ended = katkestatud
pair-none = Sul pole veel mentorluspaari.
pair-list-title = Sinu mentorluspaarid:
pair-role-mentor = Sinu mentor
pair-role-mentee = Sinu mentii
pair-line = { $role }: { $name } – { $state } alates { $since }
pair-complete-button = Lõpetatud: { $name }
pair-end-button = Katkesta paar: { $name }
pairs-none = Paare veel pole. Saada /match, et neid pakkuda.
pairs-title = Kõik paarid: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } alates { $since }
pairs-end-button = Katkesta { $mentor } → { $mentee }
pair-cannot-complete = Lõpetada saab ainult aktiivset paari; selle paari olek: { $state }.
pair-cannot-end = See paar on juba lõppenud ({ $state }).
pair-completed = Palju õnne: mentorlus on lõpetatud (paariline: { $name }). Aitäh teile mõlemale!
pair-end-reason-ask = Miks paar lõpeb? See jääb sinu ja koordinaatorite vahele. Vahelejätmiseks saada „-“.
pair-ended = Sinu mentorluspaari ({ $name }) katkestas { $by }. Kui soovid uut paarilist, saab koordinaator aidata.
pair-ended-self = Paar on katkestatud.

## Paaride moodustamine

match-none = Praegu pole kedagi, keda paari panna: ühelgi mentorita mentiil pole sobivat vaba kohaga mentorit (paarita: { $unmatched }).
match-title = Pakutud paarid: { $count } (koguskoor { $total }; paarita: { $unmatched }). Keegi ei saa midagi teada enne, kui sa kinnitad.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … ja veel { $count }.
match-approve-all = Kinnita kõik
match-review = Vaata ükshaaval üle
match-approve = Kinnita
match-reject = Lükka tagasi
match-reviewed = Kõigi ettepanekute kohta on otsus tehtud. Saada /pairs, et paare näha.
match-approved = { $count ->
    [one] Üks paar kinnitatud ja tutvustatud.
   *[other] { $count } paari kinnitatud ja tutvustatud.
}
match-approved-full = { $count ->
    [one] Üht ettepanekut ei saanud kinnitada: mentoril pole enam vaba kohta või on mentii vahepeal mentori leidnud.
   *[other] { $count } ettepanekut ei saanud kinnitada: mentoril pole enam vaba kohta või on mentii vahepeal mentori leidnud.
}
match-approved-one = { $mentor } ja { $mentee } on teineteisele tutvustatud.
match-full = Mentoril { $mentor } pole enam vaba kohta (või on mentii { $mentee } vahepeal mentori leidnud), seega jäeti see ettepanek kõrvale.
match-rejected-one = Tagasi lükatud: paari { $mentor } ja { $mentee } enam ei pakuta. Ülejäänud on uuesti optimeeritud: ettepanekuid on nüüd { $count }.
match-stale = See ettepanek pole enam avatud.
mentors-off = Selles programmis moodustavad paarid koordinaatorid; sind tutvustatakse sinu mentoriga.
mentors-not-now = Sul on juba mentor või avatud palve või sa ei otsi ühtegi pädevust (seda saad muuta käsuga /profile edit).
mentors-none = Praegu ei sobi sulle ükski vaba kohaga mentor. Koordinaator otsib sulle paarilise.
mentors-title = Sulle kõige paremini sobivad mentorid:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Palu: { $name }
mentors-gone = See mentor pole enam saadaval. Siin on praegune nimekiri.
avoid-usage = Kasutus: /avoid <isik>, kus <isik> on tema nimi või kasutajanimi vestlusrakenduses. Sind ei panda temaga kunagi paari ja talle sellest ei teatata.
avoid-done = Märgitud: sind ei panda temaga paari. Talle sellest ei teatata.
avoid-self = Sa ei saa iseennast välistada.

## Ringid

circles-usage = Kasutus: /circles form [suurus], kus suurus on 2 kuni { $max } (vaikimisi 5); /circles näitab ringe.
circles-none = Ühtegi ringi ei õnnestunud moodustada: ringidest väljaspool on liiga vähe inimesi, kellel on ühine keel ja kes otsivad mõnda pädevust (välja jäi { $left }).
circles-formed = { $count ->
    [one] Moodustati üks ring
   *[other] Moodustati { $count } ringi
} (osalejaid kokku { $people }); iga liige teab nüüd, kes on tema ringis.
circles-left-out = Ükski ring ei saanud vastu võtta: { $names } (pole ühist keelt piisavalt paljude teistega).
circle-formed = Oled vertaismentorluse ringis { $circle } koos nendega: { $members }. Teie ühine keel: { $language }.
circle-shared = Mida mitu teist soovivad arendada: { $competences }.
circles-empty = Ringe veel pole. Saada /circles form, et need moodustada.
circles-title = Ringid: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Kohtumised

session-place-open = lepitakse kokku hiljem
session-describe = { $when } ({ $timezone }), { $minutes } minutit, { $mode }: { $place }
when-unreadable = Ma ei suutnud seda kuupäeva ja kellaajana lugeda. Kirjuta see oma aja järgi, näiteks { $example }, „homme 15:00“ või „teisipäeval 18:00“.
when-past = See aeg on juba möödas. Palun anna aeg tulevikus, näiteks { $example }.
when-ambiguous = See aeg on mitmetähenduslik (näiteks keeratakse siis kella või võib tund nagu 3 tähendada ööd või pärastlõunat). Palun kirjuta see täpsemalt välja, näiteks { $example }.
when-nonexistent = Seda kellaaega sel päeval sinu ajavööndis ei ole, sest kella keeratakse. Palun vali muu aeg, näiteks { $example }.
when-too-far = See on liiga kaugel. Palun vali aeg järgmise kahe aasta jooksul, näiteks { $example }.
when-after-end = See on pärast programmi lõppu. Palun vali varasem aeg.
book-no-pair = Kohtumise broneerimiseks on vaja aktiivset mentorluspaari. Saada /pair, et oma paare näha.
book-ask-pair = Kellega kohtumine toimub?
book-ask-when = Millal? Kirjuta kuupäev ja kellaaeg oma ajavööndis ({ $timezone }), näiteks { $example }, „homme 15:00“, „teisipäeval 18:00“ või „3 päeva pärast 10:00“.
minutes-value = { $minutes } min
book-ask-minutes = Kui kaua? (või kirjuta minutid)
book-minutes-invalid = Palun vali kestus või kirjuta minutid (15 kuni 480).
book-ask-mode = Veebis või silmast silma?
book-ask-link = Veebikohtumise link? Saada „-“, kui lepite selle kokku hiljem.
book-ask-place = Kus te kohtute? Saada „-“, kui lepite selle kokku hiljem.
book-place-invalid = Palun anna link või koht kuni 300 tähemärgiga või „-“.
repeat-once = Ainult üks kord
repeat-weekly = Iga nädal
repeat-biweekly = Üle nädala
repeat-cron = ajakava järgi { $rule }
book-ask-repeat = Kas kohtumine kordub? Vali või kirjuta cron-reegel (sekundid minutid tunnid päev kuu nädalapäev, nt 0 0 18 * * Tue).
book-repeat-invalid = Palun vali üks valikutest või kirjuta kehtiv cron-reegel, näiteks 0 0 18 * * Tue.
book-sent = Palusin kinnitust ({ $name }): { $session }{ $count ->
    [one] .
   *[other] , kokku { $count } kohtumist.
}
session-request = { $name } pakub mentorluskohtumist: { $session }.
session-series = Kordumine: { $rule } – { $count ->
    [one] üks kohtumine
   *[other] { $count } kohtumist
} kuni programmi lõpuni.
session-confirm = Kinnita
session-confirm-all = Kinnita kõik
session-other-time = Paku muud aega
session-decline = Keeldu
session-unknown = Ma ei leia seda kohtumist või see pole sinu oma.
session-answered-already = Sellele kohtumisele on juba vastatud.
session-own-proposal = Pakkusid seda ise; teine osapool kinnitab selle.
session-declined = { $name } keeldus kohtumisest: { $session }.
session-declined-self = Keeldutud. Teisele osapoolele on teatatud.
session-not-upcoming = See kohtumine ei ole enam tulemas, seega ei saa seda muuta.
session-attend-noted = Tore, kohtumiseni!
session-confirmed = Sinu kohtumine on kinnitatud ({ $name }): { $session }{ $count ->
    [one] .
   *[other] , kokku { $count } kohtumist.
} Kalendrifail on lisatud.
session-calendar-title = Mentorluskohtumine: { $name }
session-cancelled = { $name } tühistas kohtumise: { $session }.
session-cancelled-self = Kohtumine on tühistatud ja teisele osapoolele on teatatud.
session-ask-new-time = Milline aeg sulle sobiks? Kirjuta see oma ajavööndis ({ $timezone }), näiteks { $example }.
session-time-sent = Pakkusin uut aega ({ $name }): { $session }.
session-reminder = Meeldetuletus: sinu kohtumine ({ $name }) on { $session }.
reminder-late = (See meeldetuletus tuleb hilinemisega: ma ei töötanud sel ajal.)
session-attend = Tulen kohale
session-reschedule = Muuda aega
session-cancel = Tühista
session-follow-up = Kas sinu kohtumine ({ $name }, { $session }) toimus?
session-held = Jah, { $minutes } minutit
session-other-length = Jah, aga pikem või lühem
session-missed = Ei
session-already-recorded = See kohtumine on juba kirja pandud.
session-missed-noted = Märgitud: kohtumine ei toimunud. Broneeri uus käsuga /book.
session-ask-length = Mitu minutit see kestis?
session-length-invalid = Palun vasta minutitega, 5 kuni 600.
session-ask-note = Kas soovid midagi kirja panna (teema, kokkulepe, järgmine samm)? Vahelejätmiseks saada „-“.
session-recorded = Aitäh! { $minutes ->
    [one] Üks minut
   *[other] { $minutes } minutit
} on teile mõlemale kirja pandud.
session-recorded-other = { $name } pani teie kohtumise kirja: { $minutes ->
    [one] üks minut
   *[other] { $minutes } minutit
} on teile mõlemale arvestatud.
session-state-proposed = ootab kinnitust
session-state-confirmed = kinnitatud
session-state-cancelled = tühistatud
session-state-held = toimus
session-state-missed = ei toimunud
sessions-line = { $when }, { $name }, { $minutes } min – { $state }
sessions-none = Sul pole veel kohtumisi. Broneeri kohtumine käsuga /book.
sessions-none-upcoming = Sul pole tulevasi kohtumisi.
sessions-upcoming = Tulemas:
sessions-past = Hiljutised:
sessions-pick-reschedule = Millise kohtumise aega soovid muuta?
sessions-pick-cancel = Millise kohtumise soovid tühistada?

## Tunnid

hours-kind-bilateral = Paarikohtumine
hours-kind-group = Rühmakohtumine
hours-kind-joint = Ühine koosolek
hours-kind-preparation = Ettevalmistus ja aruandlus
log-ask-kind = Millele sa aega kulutasid?
log-ask-hours = Mitu tundi? (näiteks 1,5 või 90 min)
log-hours-invalid = Palun anna tunnid arvuna 0,25 kuni 12 (näiteks 1,5) või minutitena (näiteks 90 min).
log-done = Kirja pandud: { $hours } h, { $kind }.
hours-title = Sinu tunnid: kokku { $hours } h.
hours-line = { $kind }: { $hours } h
hours-budget = Programmi eelarve on { $budget ->
    [one] üks tund
   *[other] { $budget } tundi
} mentii kohta: alles on { $left } h. Paarikohtumisi seni: { $bilateral } h (oodatakse vähemalt { $min ->
    [one] üht tundi
   *[other] { $min } tundi
}).
hours-warning = Oled kasutanud { $hours } h programmi { $budget } h eelarvest.
hours-budget-reached = Oled jõudnud programmi eelarve piirini: { $budget ->
    [one] üks tund
   *[other] { $budget } tundi
}.
hours-refused = Need tunnid ületaksid programmi eelarvet ({ $budget ->
    [one] üks tund
   *[other] { $budget } tundi
}; alles on { $left } h), seega neid kirja ei pandud. Koordinaator saab aidata.
hours-pending = Veel { $hours } h ületaks programmi eelarvet ({ $budget ->
    [one] üks tund
   *[other] { $budget } tundi
}), seega ootavad need koordinaatori kinnitust. Annan sulle teada.
hours-approval-request = { $name } pani kirja { $hours } h ({ $kind }), millega tal on kokku { $total } h ehk üle eelarve ({ $budget } h). Kas kinnitad need tunnid?
hours-approve = Kinnita
hours-refuse = Lükka tagasi
hours-approved-coordinator = Kinnitatud: { $name } – { $hours } h on kirja pandud.
hours-refused-coordinator = Tagasi lükatud: { $name } – { $hours } h jääb kirja panemata.
hours-approved = { $name } kinnitas sinu eelarvet ületavad { $hours } h: need on kirja pandud.
hours-not-approved = { $name } ei kinnitanud sinu eelarvet ületavaid { $hours } h, seega neid kirja ei pandud.
hours-request-already-decided = Nende tundide kohta on juba otsus tehtud.
hours-request-unknown = Ma ei leia neid tunde enam.

## Programm: tagasiside, aruanded, meeldetuletused

checkin-ask = Kuidas sinu mentorlus sujub ({ $name })?
checkin-rating-1 = 1 – halvasti
checkin-rating-2 = 2
checkin-rating-3 = 3 – normaalselt
checkin-rating-4 = 4
checkin-rating-5 = 5 – suurepäraselt
checkin-ask-comment = Aitäh. Kas soovid midagi lisada? Vahelejätmiseks saada „-“.
checkin-thanks = Aitäh tagasiside eest!
checkin-low-coordinator = { $name } hindas mentorlust ({ $other }) hindega { $rating } viiest. Kommentaar: „{ $comment }“
deliverable-due = Meeldetuletus: „{ $title }“ tuleb esitada hiljemalt { $due }. Saada /report, et see esitada.
deliverable-overdue = „{ $title }“ tuli esitada hiljemalt { $due } ja see on veel esitamata. Saada /report, et see esitada.
report-none-owed = Sul pole praegu ühtegi aruannet esitada.
report-ask-which = Millist aruannet soovid esitada?
report-not-owed = Seda aruannet ei pea sina esitama või on see juba esitatud.
report-question = Küsimus { $number }/{ $count } (vastamise keel: { $language }): { $question }
report-answer-invalid = Palun vasta 2 kuni { $max } tähemärgiga.
report-preview = Siin on sinu „{ $title }“. Kas saadan selle?
report-send = Saada
report-restart = Alusta uuesti
report-sent = Aitäh! „{ $title }“ on esitatud.
reports-none-configured = See programm ei nõua aruandeid.
reports-no-pairs = Aktiivseid ega lõpetatud paare veel pole.
reports-title = Aruanded:
reports-delivered = { $name }: „{ $title }“ esitatud { $date }
reports-due = { $name }: „{ $title }“ tähtaeg { $date }
reports-overdue = { $name }: „{ $title }“ HILINENUD alates { $date }
nudge-inactive = Sina ja { $name } pole { $days ->
    [one] ühe päeva
   *[other] { $days } päeva
} jooksul kohtunud. Saada /book, et järgmine kohtumine planeerida.
nudge-answer = { $name } ootab sinu vastust tutvustusele. Saada /pair, et nõustuda või keelduda.
nudge-applications = { $count ->
    [one] Üks mentoritaotlus ootab
   *[other] { $count } mentoritaotlust ootab
} otsust. Saada /applications.
stuck-inactive = { $mentor } ja { $mentee } pole { $days ->
    [one] ühe päeva
   *[other] { $days } päeva
} jooksul kohtunud.

## Teadmised

kb-anonymous = programmi liige
kb-unavailable = Teadmusbaas pole praegu saadaval. Palun proovi hiljem uuesti.
kb-ask-usage = Kasutus: /ask ja selle järel sinu küsimus (3 kuni { $max } tähemärki), näiteks /ask Kuidas esimeseks kohtumiseks valmistuda?
kb-ask-mentor = Küsi mentorilt
kb-no-results = Ma ei leidnud teadmusbaasist midagi, mis sellele küsimusele vastaks. Võib-olla teab mõni mentor: kas saadan sinu küsimuse edasi?
kb-passages-title = Kõige asjakohasemad lõigud, mille leidsin:
kb-sources = Allikad:
kb-source = [{ $number }] „{ $title }“, autor { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Kirjutamisabiline vastas liiga aeglaselt, seega on siin lõigud ise.)
kb-llm-failed = (Kirjutamisabiline pole saadaval, seega on siin lõigud ise.)
kb-helpful = Kasulik
kb-not-helpful = Polnud kasulik
kb-thanks-helpful = Aitäh! See aitab vastuseid paremini järjestada.
kb-thanks-not-helpful = Aitäh. Võid küsimuse ka mentorile edasi saata.
kb-nothing-to-route = Esita oma küsimus kõigepealt käsuga /ask; siis saan selle mentorile edasi saata.
kb-no-mentor = Praegu ei sobi sellele küsimusele ükski kinnitatud mentor. Koordinaator saab aidata.
kb-routed-question = { $name } esitas küsimuse, millele teadmusbaasist vastust ei leitud ({ $language }): „{ $question }“ Kas oskad sellele vastata?
kb-answer-button = Vasta
kb-routed = { $count ->
    [one] Saatsin sinu küsimuse edasi ühele mentorile.
   *[other] Saatsin sinu küsimuse edasi { $count } mentorile.
} Esimene vastus tuleb otse sulle.
kb-question-gone = See küsimus pole enam avatud.
kb-already-answered = Aitäh, aga teine mentor on sellele küsimusele juba vastanud.
kb-answer-ask = Palun kirjuta oma vastus. See läheb otse küsijale.
kb-answer-invalid = Palun vasta 10 kuni { $max } tähemärgiga.
kb-mentor-answer = { $name } vastas sinu küsimusele „{ $question }“: { $answer }
kb-answer-sent = Aitäh! Saatsin sinu vastuse edasi ({ $name }). Kas sellest võib saada teadmuskirje kogu programmi jaoks? See lisatakse ainult siis, kui te mõlemad nõustute.
kb-keep = Lisa teadmusbaasi
kb-private = Jäägu meie vahele
kb-entry-exists = See on juba teadmusbaasis.
kb-kept-private = Selge: see jääb teie kahe vahele.
kb-consent-waiting = Aitäh. See lisatakse kohe, kui ka teine osapool nõustub.
kb-entry-created = Vastus on nüüd teadmuskirje #{ $id }. Aitäh jagamast!
share-ask-title = Mis on selle pealkiri, mida soovid jagada?
share-ask-body = Palun kirjuta tekst: mida sa õppisid, mõni meetod või vastus levinud küsimusele.
share-ask-tags = Milliste pädevuste kohta see on? Vali kõik sobivad või „Ei ühtegi“.
share-visibility-programme = Kõik programmis osalejad
share-visibility-pair = Ainult minu mentorluspaar
share-ask-visibility = Kes võivad seda lugeda?
share-name-shown = Näita minu nime
share-name-anonymous = Näita „programmi liige“
share-ask-name = Kuidas sind autorina nimetada?
share-keep-yes = Jäta alles anonüümsena
share-keep-no = Kustuta
share-ask-consent = Kui sa kunagi programmist lahkud ja oma andmed kustutad, kas see kirje peaks jääma teadmusbaasi ilma sinu nimeta või tuleks see kustutada?
share-ask-language = Mis keeles see on kirjutatud?
share-preview = Siin on sinu kirje. Kas salvestan selle?
share-preview-language = Keel: { $language }
share-preview-tags = Pädevused: { $tags }
share-save = Salvesta
share-change-language = Muuda keelt
share-restart = Alusta uuesti
share-title-invalid = Palun sisesta pealkiri, mis on 3 kuni { $max } tähemärki pikk.
share-body-invalid = Palun kirjuta { $min } kuni { $max } tähemärki.
share-saved = Salvestatud teadmuskirjena #{ $id }. Aitäh jagamast! Saad seda muuta käsuga /entries.
entries-none = Sa pole veel ühtegi kirjet jaganud. Alustamiseks saada /share.
entries-title = Sinu kirjed: { $count }. Vali kirje, mida muuta või kustutada.
entries-edit = Muuda #{ $id } „{ $title }“
entries-delete = Kustuta #{ $id }
entry-not-yours = See kirje pole sinu oma või seda pole enam olemas.
entry-ask-text = Palun saada kirje uus tekst.
entry-updated = Kirje #{ $id } on uuendatud.
entry-deleted = Kirje #{ $id } on kustutatud.
hide-usage = Kasutus: /hide <number>, kus number on kirje number allikate loetelus (näiteks /hide 12).
entry-unknown = Kirjet #{ $id } pole olemas.
entry-hidden = Kirje #{ $id } on peidetud: see jääb andmetesse alles, kuid otsingus seda enam ei leita.
capture-offer = Kas soovid seda märkust programmi teadmusbaasiga jagada? Kõigepealt küsitakse nõusolekut sinu mentorluspartnerilt.
capture-share = Jaga märkust
capture-nothing = Sellest kohtumisest pole märkust, mida jagada.
capture-ask-other = { $name } soovib jagada teie kohtumise märkust programmi teadmusbaasis: „{ $note }“ Kas oled nõus?
capture-agree = Olen nõus
capture-decline = Pigem mitte
capture-asked = Palusin nõusolekut: { $name }.
capture-declined-self = Selge: märkus jääb teie kahe vahele.
capture-declined = { $name } eelistab, et märkus jääks teie kahe vahele.
capture-title = Märkused mentorluskohtumiselt ({ $date })

## Koordinaatori ülevaade

export-which = Milliseid andmeid soovid?
export-mine = Minu enda andmed
export-programme = Programmi andmed (CSV)
export-programme-ready = Programmi andmed: osalejad, paarid, kohtumised, tunnid ja aruanded.
stats-title = Programm ühe pilguga:
stats-people = Inimesed: { $total } (mentiid { $mentees }, kinnitatud mentorid { $mentors }, mentoritaotlused { $applicants }, koordinaatorid { $coordinators })
stats-countries = Riikide kaupa: { $countries }
stats-pairs = Paarid: aktiivsed { $active }, vastust ootavad { $introduced }, lõpetatud { $completed }, katkestatud { $ended }
stats-sessions = Kohtumised: toimunud { $held }, tulemas { $upcoming }
stats-hours = Kirja pandud tunnid: { $hours } h, neist paarikohtumistel { $bilateral } h (eelarve { $budget } h mentii kohta)
stats-reports = Aruanded: esitatud { $delivered }, hilinenud { $overdue }
stats-checkins = Tagasiside: keskmine hinne { $average } viiest, hinnanguid { $count }, neist madalaid { $low }
stats-attention = Vajab tähelepanu:
stats-attention-none = Praegu ei vaja keegi tähelepanu.
stats-attention-inactive = { $mentor } ja { $mentee }: pole { $days ->
    [one] ühe päeva
   *[other] { $days } päeva
} jooksul kohtunud
stats-attention-unanswered = { $mentor } ja { $mentee }: tutvustus või palve ootab vastust
stats-attention-overdue = { $name }: „{ $title }“ on hilinenud
stats-attention-applications = { $count ->
    [one] Üks mentoritaotlus ootab
   *[other] { $count } mentoritaotlust ootab
}
chart-hours-title = Tunnid mentii kohta võrreldes eelarvega
chart-hours-series = Kirja pandud tunnid
chart-hours-axis = Tunnid
chart-budget = Eelarve ({ $budget } h)
chart-sessions-title = Toimunud kohtumised nädalas
chart-sessions-series = Kohtumised
chart-sessions-axis = Kohtumised
chart-countries-title = Osalejad riikide kaupa
chart-countries-series = Osalejad
chart-countries-axis = Inimesed
announce-usage = Kasutus: /announce [mentors|mentees|coordinators] <tekst>, näiteks /announce mentees Ühine koosolek toimub reedel kell 10:00 (CET).
announce-from = Teadaanne ({ $name }):
announce-sent = { $count ->
    [one] Teadaanne on teel ühele inimesele.
   *[other] Teadaanne on teel { $count } inimesele.
}

## Rühmakohtumised ruumides

group-room-only = See töötab ringi või rühma vestlusruumis. Palun kirjuta see sinna.
group-members-only = Rühmakohtumistel saavad osaleda ainult programmi liikmed. Liitumiseks kirjuta mulle otsevestluses /start.
group-help =
    Rühmakohtumised selles ruumis:
    /group schedule <aeg> <teema> – planeeri kohtumine, näiteks: /group schedule homme 15:00 Värbamine välismaal
    /group attend, /group absent – anna teada, kas tuled
    /group start – alusta: päevakord ja kohaloleku kontroll
    /here – vasta kohaloleku kontrollile
    /round [minutid] – järgmine esineja kirjeldab oma väljakutset ja teised annavad kordamööda nõu; /next annab sõna edasi
    /note <tekst> – lisa märkus; /action <isik> <tekst> – lisa ülesanne
    /group end – lõpeta kokkuvõttega; /group cancel – tühista järgmine kohtumine
    /group link <ring> – tee sellest ruumist ringi ruum
    /group room <ring> – loon ringile ruumi ja kutsun sinna selle liikmed (Matrixis)
group-status-circle = See on ringi { $circle } ruum.
group-status-cohort = See ruum ei kuulu ühelegi ringile: siinsed kohtumised on kogu lennu ühised koosolekud.
group-status-none = Siin pole ühtegi rühmakohtumist planeeritud.
group-status-next = Järgmine kohtumine: „{ $topic }“, { $when }. Tulevad: { $attend }. Ei saa tulla: { $absent }.
group-status-running = Käimas: „{ $topic }“ (planeeritud: { $when }). Lubasid tulla: { $attend }. Ei saa tulla: { $absent }.
group-no-circle = See ruum pole seotud ühegi ringiga, seega saab siin kogu lennu ühist koosolekut planeerida ainult koordinaator. Ringi liige saab ruumi ringiga siduda käsuga /group link <ring>, näiteks /group link circle-1.
group-schedule-denied = Siin saab rühmakohtumist planeerida ainult koordinaator või mentor, kes on selle ringi liige.
group-schedule-usage = Kasutus: /group schedule <aeg> <teema>, kus aeg on sinu enda ajavööndis, näiteks: /group schedule homme 15:00 Värbamine välismaal
group-topic-invalid = Palun sisesta teema, mis on 2 kuni { $max } tähemärki pikk.
group-schedule-clash = Selles ruumis on sel ajal juba kohtumine: „{ $topic }“, { $when }. Palun vali muu aeg.
group-scheduled = { $name } planeeris rühmakohtumise: „{ $topic }“, { $when }, { $minutes } minutit. Tuletan seda kõigile enne meelde. Kas tuled? Vasta nuppudega või käsuga /group attend või /group absent.
group-invitation = { $name } planeeris rühmakohtumise ({ $room }): „{ $topic }“, { $when } ({ $timezone }), { $minutes } minutit. Kas osaled?
group-whole-cohort = kogu lend
group-attend = Osalen
group-absent = Ei saa osaleda
group-will-attend = Märgitud: { $name } osaleb kohtumisel „{ $topic }“.
group-will-not-attend = Märgitud: { $name } ei saa kohtumisel „{ $topic }“ osaleda.
group-nothing-scheduled = Selles ruumis pole ühtegi rühmakohtumist planeeritud. Planeeri see käsuga /group schedule <aeg> <teema>.
group-session-unknown = Ma ei leia seda rühmakohtumist.
group-session-over = Rühmakohtumine „{ $topic }“ on läbi või see tühistati.
group-reminder-room = Meeldetuletus: rühmakohtumine „{ $topic }“ toimub { $when }. Kas tuled? Vasta nuppudega või käsuga /group attend või /group absent.
group-reminder = Meeldetuletus: rühmakohtumine „{ $topic }“ ({ $room }) toimub { $when } ({ $timezone }).
group-cancelled = { $name } tühistas rühmakohtumise „{ $topic }“ ({ $when }).
group-cancelled-member = { $name } tühistas rühmakohtumise „{ $topic }“ ({ $when }, { $timezone }).
group-cancel-running = Käimasolevat kohtumist ei tühistata, vaid see lõpetatakse käsuga /group end.
group-run-denied = Seda saab teha ainult läbiviija, koordinaator või selle ringi mentor.
group-already-running = Siin on rühmakohtumine juba käimas. Lõpeta see kõigepealt käsuga /group end.
group-start-too-early = Järgmine kohtumine „{ $topic }“ on planeeritud ajale { $when }. Seda saab alustada kõige varem { $minutes } minutit enne.
group-agenda =
    Rühmakohtumine „{ $topic }“ algab. Läbiviija: { $name }.
    Päevakord:
    1. Kohalolek: vasta käsuga /here või nupuga.
    2. Voorud: /round valib esineja, kes kirjeldab oma väljakutset; teised annavad kordamööda nõu ja /next annab sõna edasi. Iga voor kestab { $minutes } minutit.
    3. Kogu aeg: /note <tekst> märkuste jaoks, /action <isik> <tekst> ülesannete jaoks.
    4. /group end lõpetab kohtumise kokkuvõttega.
    Oodatud: { $expected }. Puudumisest teatanud: { $excused }.
group-here-button = Olen kohal
group-not-running = Selles ruumis pole ühtegi rühmakohtumist käimas. Planeeritud kohtumine algab käsuga /group start.
group-present = Tere tulemast, { $name }! { $count ->
    [one] Kohal on üks inimene.
   *[other] Kohal on { $count } inimest.
}
group-already-present = Sa oled juba nimekirjas, { $name }.
group-not-present = Palun vasta kõigepealt kohaloleku kontrollile käsuga /here.
group-note-usage = Kasutus: /note <tekst>, 2 kuni { $max } tähemärki.
group-noted = Märgitud (seni { $count ->
    [one] üks märkus
   *[other] { $count } märkust
}).
group-action-usage = Kasutus: /action <isik> <tekst>, näiteks: /action Ben saada hinnakiri (kuni { $max } tähemärki).
group-action-unknown = Ma ei tea selles kohtumises kedagi nimega „{ $name }“. Palun kasuta kutsutud või kohaloleva inimese nime: { $members }.
group-action-ambiguous = Nimele „{ $name }“ vastab siin rohkem kui üks inimene. Palun kirjuta täisnimi: { $members }.
group-action-noted = Ülesanne ({ $name }): { $text }
group-action-reminder = Meeldetuletus rühmakohtumiselt „{ $topic }“ ({ $date }). Sinu ülesanne: { $text }
group-round-usage = Kasutus: /round või /round <minutid>, kui soovid ajapiiri 2 kuni 120 minutit.
group-round-too-few = Vooru jaoks peab kohal olema vähemalt kaks inimest. Vasta kohaloleku kontrollile käsuga /here.
group-round-all-presented = Kõik kohalolijad on esinenud. Lõpeta kohtumine käsuga /group end.
group-round-start = Voor { $number } ({ $minutes } minutit): { $name } kirjeldab oma väljakutset. Seejärel annavad nõu selles järjekorras: { $advisers }. /next annab sõna edasi.
group-next-adviser = { $name }, palun sinu nõuanne (voor { $number }, { $left ->
    [0] aeg on läbi
    [one] jäänud on üks minut
   *[other] jäänud on { $left } minutit
}).
group-round-done = Voor { $number } on lõppenud. Aitäh, { $name }! /round järgmise esineja jaoks või /group end lõpetamiseks.
group-no-round = Ühtegi vooru pole käimas. Alusta vooru käsuga /round.
group-next-denied = Sõna saab edasi anda ainult kõneleja, läbiviija või koordinaator.
group-round-warning = Vooru { $number } lõpuni on jäänud { $left ->
    [one] üks minut
   *[other] { $left } minutit
}.
group-round-over = Vooru { $number } aeg on läbi. { $name }, palun lõpeta; seejärel /next või /round.
group-summary-title = Rühmakohtumise „{ $topic }“ kokkuvõte, { $date } ({ $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutit
    })
group-summary-present = Kohal ({ $count }): { $names }
group-summary-excused = Puudumisest teatanud: { $names }
group-summary-notes = Märkused:
group-summary-no-notes = Märkusi ei tehtud.
group-summary-actions = Ülesanded:
group-summary-action = { $name }: { $text }
group-summary-written = Lühidalt:
group-hours-logged = Igale kohalolijale ({ $count }) on kirja pandud { $hours } h („{ $kind }“).
group-consent-asked = Kas märkused võib lisada programmi teadmusbaasi ilma nimedeta? Küsisin seda igaühelt teist otsevestluses. Need salvestatakse ainult siis, kui kõik kohalolijad nõustuvad { $hours ->
    [one] ühe tunni
   *[other] { $hours } tunni
} jooksul.
group-consent-question = Aitäh, et osalesid kohtumisel „{ $topic }“: sulle on kirja pandud { $hours } h. Kas kohtumise märkused võib salvestada programmi teadmusbaasi ilma kellegi nimeta? Need salvestatakse ainult siis, kui kõik kohalolijad nõustuvad hiljemalt { $until } ({ $timezone }).
group-consent-yes = Jah, salvesta
group-consent-no = Ei
group-consent-closed = Küsimus kohtumise „{ $topic }“ märkuste kohta on suletud.
group-consent-not-yours = Nende märkuste kohta küsitakse ainult kohal olnud inimestelt.
group-consent-refused-self = Märgitud: märkusi ei salvestata.
group-consent-refused = Kõik ei nõustunud, seega kohtumise „{ $topic }“ märkusi teadmusbaasi ei salvestata.
group-consent-thanks = Aitäh! Seni on nõustunud { $agreed }/{ $count }.
group-consent-thanks-saved = Aitäh! Kõik nõustusid: märkused on salvestatud kirjena { $id }.
group-consent-saved = Kõik nõustusid: kohtumise „{ $topic }“ märkused on salvestatud teadmusbaasi kirjena { $id }.
group-consent-lapsed = Kõik ei vastanud õigel ajal, seega kohtumise „{ $topic }“ märkusi teadmusbaasi ei salvestata.
group-entry-title = Rühmakohtumine: { $topic } ({ $date })
group-entry-actions = Kokkulepitud järgmised sammud:
group-link-usage = Kasutus: /group link <ring>, näiteks: /group link circle-1
group-link-unknown = Ringi nimega „{ $circle }“ pole olemas. Ringid: { $circles }.
group-link-denied = Seda ruumi saab ringiga { $circle } siduda ainult koordinaator või selle ringi liige.
group-linked = See ruum on nüüd ringi { $circle } ruum (liikmed: { $members }).
group-room-usage = Kasutus: /group room <ring>, näiteks: /group room circle-1. Loon ringile ruumi, kutsun sinna selle liikmed ja seon ruumi ringiga.
group-room-creating = Loon ringile { $circle } ruumi, liikmed: { $members }. See ilmub sinu vestluste loendisse (kui platvorm küsib, võta kutse vastu).
group-room-missing = Kutset ei saadetud, sest neil pole platvormi { $platform } kontot seotud: { $names }.
group-room-unsupported = Platvormil { $platform } ei saa ma ise ruume luua. Loo grupp ringi { $circle } liikmetega, lisa mind sinna ja saada seal /group link { $circle }.

## Käsumenüüd (Telegrami käsuloend, Discordi kaldkriipsukäsud): lühidalt, kuni 100 tähemärki

cmd-start = Liitu programmiga
cmd-start-code = Kutse- või sidumiskood, kui see sul on
cmd-help = Mida ma oskan
cmd-profile = Näita oma profiili või muuda seda
cmd-profile-action = „edit“, et muuta osa oma profiilist
cmd-language = Muuda keelt, milles ma sinuga räägin
cmd-link = Seo oma profiiliga veel üks vestluskonto
cmd-link-code = Kood sinu teiselt kontolt
cmd-notify-on = Vali vestluskonto, kuhu teavitused saadetakse
cmd-notify-on-platform = telegram, matrix, discord või console
cmd-privacy = Mida ma salvestan ja miks
cmd-export = Saa kõik oma andmed failina
cmd-forget = Kustuta kõik oma andmed
cmd-cancel = Katkesta pooleliolev tegevus
cmd-applications = Otsust ootavad mentoritaotlused
cmd-invite = Loo kutsekood
cmd-invite-role = Kellele kood on: mentor või mentee
cmd-invite-uses = Mitu inimest võib seda kasutada (1–500)
cmd-invite-days = Mitu päeva see kehtib (1–365)
cmd-grant = Määra keegi koordinaatoriks
cmd-grant-role = Antav roll
cmd-grant-person = Tema nimi või kasutajanimi vestlusrakenduses
cmd-pair = Sinu mentorluspaarid
cmd-mentors = Sulle sobivad mentorid
cmd-avoid = Ära satu kunagi kindla inimesega paari
cmd-avoid-person = Tema nimi või kasutajanimi vestlusrakenduses
cmd-match = Paku parimad paarid kõigile, kel pole mentorit
cmd-pairs = Kõik programmi paarid
cmd-circles = Moodusta vertaismentorluse ringid või näita neid
cmd-circles-action = „form“, et moodustada ringid kõigist, kes pole veel üheski ringis
cmd-circles-size = Inimesi ringis (2–12, vaikimisi 5)
cmd-book = Broneeri kohtumine oma mentori või mentiiga
cmd-sessions = Sinu kohtumised
cmd-reschedule = Muuda kohtumise aega
cmd-cancel-session = Tühista kohtumine
cmd-log = Pane tunnid kirja
cmd-hours = Sinu tunnid võrreldes eelarvega
cmd-report = Esita aruanne
cmd-reports = Kes on millise aruande esitanud
cmd-ask = Küsi programmi teadmusbaasist
cmd-ask-question = Sinu küsimus
cmd-share = Jaga oma oskusteavet programmiga
cmd-entries = Sinu teadmuskirjed
cmd-hide = Peida teadmuskirje
cmd-hide-entry = Kirje number
cmd-stats = Programm ühe pilguga, koos diagrammidega
cmd-announce = Teadaanne kogu lennule või ühele rollile
cmd-announce-audience = Kes selle saavad (vaikimisi kõik)
cmd-announce-text = Teade
cmd-group = Rühmakohtumised selles ruumis: planeeri, alusta, lõpeta, osale
cmd-group-action = schedule, start, end, attend, absent, cancel, link või room
cmd-group-details = schedule puhul: aeg ja teema; link ja room puhul: ring
cmd-here = Vasta rühmakohtumise kohaloleku kontrollile
cmd-round = Rühmakohtumise järgmine esineja
cmd-round-minutes = Vooru ajapiir minutites (2–120)
cmd-next = Anna sõna järgmisele kõnelejale
cmd-note = Lisa rühmakohtumisele märkus
cmd-note-text = Märkus
cmd-action = Lisa kellelegi ülesanne
cmd-action-person = Kes selle teeb: tema nimi
cmd-action-text = Mida ta teeb
