# mentor-cloud — suomi (Finnish).
# Käännetty englanninkielisestä viitetiedostosta; avaimet ja muuttujat ovat samat.

## Yleistä

welcome-back = Tervetuloa takaisin, { $name }! Lähetä /help, niin näet, mitä osaan.
not-joined = Hei! Olen ohjelman mentorointiavustaja. Liity ohjelmaan lähettämällä /start.
not-understood = En ymmärtänyt tuota. Lähetä /help, niin näet, mitä osaan.
unknown-command = En tunne komentoa { $command }. Lähetä /help, niin näet, mitä osaan.
text-too-long = Viestisi on liian pitkä ({ $length } merkkiä; enimmäispituus on { $limit }). Lyhennä sitä, kiitos.
empty-message = Viesti oli tyhjä. Kirjoita vastaus, kiitos.
internal-error = Valitettavasti jokin meni vikaan minun päässäni, eikä mitään muutettu. Yritä hetken kuluttua uudelleen.
nothing-to-cancel = Ei ole mitään peruttavaa.
cancelled = Peruttu. Mitään ei muutettu.
onboarding-cancelled = Liittyminen peruttiin, eikä mitään tallennettu. Lähetä /start, kun haluat aloittaa uudelleen.
dialog-in-progress = Meillä on jotain kesken. Vastaa yllä olevaan kysymykseen tai lopeta lähettämällä /cancel.
direct-only = Tämä on yksityistä, joten vastaan siihen vain yksityiskeskustelussa. Lähetin vastauksen sinulle sinne.
direct-only-start = Kirjoita minulle yksityiskeskustelussa, niin voit tehdä sen.
not-in-room = Tämä komento toimii vain yksityiskeskusteluissa.
coordinator-only = Vain ohjelman koordinaattorit voivat tehdä sen.
needs-profile = Et ole vielä liittynyt. Liity lähettämällä /start.
choice-invalid = Valitse yksi vaihtoehdoista: vastaa sen numerolla tai nimellä.
choice-invalid-multi = Valitse yksi tai useampi vaihtoehto: niiden numerot tai nimet pilkuilla erotettuina (esimerkiksi: 1, 3).
choice-none = Ei mitään
choice-done = Valmis
discord-reply = Vastaa
discord-reply-title = Vastauksesi
discord-reply-label = Kirjoita vastauksesi

help =
    Näin voin auttaa:
    /start – liity ohjelmaan (kutsukoodilla, jos sinulla on sellainen)
    /profile – näytä profiilisi; /profile edit – muokkaa sitä
    /pair – mentorointiparisi
    /book – varaa tapaaminen mentorisi tai mentoroitavasi kanssa
    /sessions – tapaamisesi; /reschedule, /cancel-session – siirrä tai peru tapaaminen
    /log – kirjaa tunteja; /hours – tuntisi suhteessa ohjelman budjettiin
    /report – palauta raportti, jota ohjelma pyytää
    /ask <kysymys> – kysy ohjelman tietopankista
    /share – jaa osaamistasi ohjelmalle; /entries – merkintäsi
    /mentors – sinulle sopivat mentorit (jos ohjelma antaa sinun valita)
    /avoid <henkilö> – estä pariksi joutuminen tietyn henkilön kanssa
    /language – vaihda kieltä, jolla puhun kanssasi
    /link – yhdistä toinen chat-tili profiiliisi
    /notify-on – valitse chat-tili, johon ilmoitukseni tulevat
    /privacy – mitä tallennan ja miksi
    /export – lataa kaikki tietosi tiedostona
    /forget – poista kaikki tietosi
    /cancel – keskeytä meneillään oleva toiminto
help-coordinator =
    Koordinaattoreille:
    /applications – päätöstä odottavat mentorihakemukset
    /match – ehdota parhaat parit kaikille, joilla ei ole mentoria
    /pairs – kaikki ohjelman parit
    /reports – kuka on palauttanut minkäkin raportin ja mikä on myöhässä
    /hide <numero> – piilota tietopankin merkintä
    /stats – ohjelma yhdellä silmäyksellä, kaavioineen; /export – ohjelman tiedot CSV-tiedostoina
    /announce [mentors|mentees|coordinators] <teksti> – tiedote koko osallistujajoukolle tai yhdelle roolille
    /circles form [koko] – jaa kaikki vertaismentorointipiireihin; /circles näyttää piirit
    /invite mentor|mentee [käyttökerrat] [päivät] – luo kutsukoodi
    /grant coordinator <henkilö> – tee jostakusta koordinaattori

## Liittyminen

start-already-joined = Olet jo liittynyt, { $name }. Lähetä /profile, niin näet profiilisi.
start-resume = Jatketaan siitä, mihin jäimme.
invite-required = Tähän ohjelmaan pääsee vain kutsusta. Pyydä koordinaattorilta kutsukoodi ja lähetä /start ja sen perään koodi.
invite-invalid = Kutsukoodi { $code } ei kelpaa tai on vanhentunut. Pyydä koordinaattorilta uusi.
invite-accepted-mentor = Kutsusi mentoriksi hyväksyttiin.
invite-accepted-mentee = Kutsusi mentoroitavaksi hyväksyttiin.
ask-language = Tervetuloa mentorointiohjelmaan! Millä kielellä puhun kanssasi?
ask-consent =
    Ennen kuin aloitamme: ohjelman toteuttamiseksi tallennan antamasi profiilin (nimi, maa, organisaatio, toimiala, uravaihe, kielet, osaamiset, tavoitteet, käytettävissä oleva aika, aikavyöhyke ja toivottu tapaamistapa), tiedon siitä, mitkä chat-tilit ovat sinun, sekä sen, mitä ohjelmassa tapahtuu (hakemukset, parit, tapaamiset). Ohjelman koordinaattorit näkevät profiilisi; muut osallistujat näkevät vain sen, mitä parin muodostamiseen tarvitaan. Mitään ei myydä eikä jaeta ohjelman ulkopuolelle. Voit milloin tahansa nähdä kaiken komennolla /export ja poistaa sen komennolla /forget. Lähetä /privacy, niin voit lukea lisää.
    Hyväksytkö tämän?
consent-yes = Hyväksyn
consent-no = En hyväksy
consent-refused = Selvä. En ole tallentanut sinusta mitään. Jos muutat mielesi, lähetä /start uudelleen.
ask-name = Millä nimellä haluat näkyä muille osallistujille?
name-invalid = Anna nimi, jonka pituus on 2–{ $max } merkkiä: kirjaimia, joiden välissä voi olla välilyöntejä, yhdysmerkkejä, pisteitä tai heittomerkkejä.
ask-country = Missä maassa työskentelet? Kirjoita maan englanninkielinen nimi tai sen kaksikirjaiminen koodi (esimerkiksi: Germany, DE).
country-invalid = En tunne maata ”{ $input }”. Kirjoita maan englanninkielinen nimi tai sen kaksikirjaiminen ISO-koodi, esimerkiksi Poland tai PL.
ask-organisation = Missä organisaatiossa tai yrityksessä työskentelet? (Lähetä ”-”, jos sellaista ei ole.)
organisation-invalid = Anna organisaation nimi (enintään { $max } merkkiä) tai ”-”, jos sellaista ei ole.
ask-sector = Millä toimialalla työskentelet?
ask-career-stage = Missä uravaiheessa olet?
career-student = Opiskelija
career-early = Uran alkuvaihe (enintään 5 vuotta)
career-mid = Uran keskivaihe (5–15 vuotta)
career-senior = Kokenut ammattilainen (yli 15 vuotta)
career-executive = Johtaja tai perustaja
ask-languages = Millä kielillä pystyt käymään mentorointikeskustelun? Valitse kaikki sopivat (esimerkiksi: 1, 3).
ask-offers = Mitä osaamista voit tarjota mentorina? Valitse kaikki sopivat tai ”Ei mitään”. Myös nuorempi voi mentoroida kokeneempaa taidossa, jonka hän hallitsee (käänteinen mentorointi).
ask-years = Kuinka monen vuoden kokemus sinulla on osaamisalueelta ”{ $competence }”?
years-invalid = Vastaa vuosien määrällä kokonaislukuna väliltä 0–60.
ask-capacity = Kuinka monta mentoroitavaa voit ottaa samanaikaisesti? (luku väliltä 1–{ $max }; useimmat mentorit ottavat 2)
capacity-invalid = Vastaa kokonaisluvulla väliltä 1–{ $max }.
ask-seeks = Mitä osaamista haluaisit kehittää mentorin kanssa? Valitse kaikki sopivat tai ”Ei mitään”.
offers-or-seeks-required = Valitse vähintään yksi osaaminen, joko tarjottavaksi tai kehitettäväksi. Palataan siihen, mitä voit tarjota.
mentor-invite-needs-offer = Sinut kutsuttiin mentoriksi, joten valitse vähintään yksi osaaminen, jota voit tarjota.
mentee-invite-needs-seek = Sinut kutsuttiin mentoroitavaksi, joten valitse vähintään yksi osaaminen, jota haluaisit kehittää.
ask-goals = Mitkä ovat tavoitteesi tässä ohjelmassa? Muutama lause riittää.
goals-invalid = Kuvaile tavoitteesi 3–{ $max } merkillä.
ask-availability = Kuinka monta tuntia kuukaudessa voit käyttää mentorointiin? (luku, esimerkiksi 4)
availability-invalid = Vastaa tuntimäärällä kokonaislukuna väliltä 1–200.
ask-timezone = Millä aikavyöhykkeellä olet? Valitse yksi tai kirjoita sen nimi (esimerkiksi: Europe/Helsinki).
ask-timezone-free = Millä aikavyöhykkeellä olet? Kirjoita sen nimi, esimerkiksi Europe/Helsinki tai America/New_York.
timezone-invalid = En tunne aikavyöhykettä ”{ $input }”. Kirjoita nimi aikavyöhyketietokannasta, esimerkiksi Europe/Helsinki.
ask-meeting-mode = Miten haluaisit tavata?
meeting-online = Verkossa
meeting-in-person = Kasvokkain
meeting-both = Molemmat
onboarding-done = Kiitos, { $name }! Tässä on profiilisi:
next-steps-mentor = Tarjouksesi toimia mentorina on nyt hakemus: koordinaattori käy sen läpi, ja kerron sinulle tuloksen.
next-steps-mentee = Seuraavaksi koordinaattori etsii sinulle parin: mentorin, joka puhuu kieltäsi ja tarjoaa sitä, mitä etsit. Esittelen teidät toisillenne.
next-steps-coordinator = Olet tämän ohjelman koordinaattori. Lähetä /help, niin näet komentosi.
next-steps-edit = Voit muuttaa mitä tahansa näistä komennolla /profile edit.

## Profiili

profile-title = Profiili: { $name }
field-name = Nimi
field-country = Maa
field-organisation = Organisaatio
field-sector = Toimiala
field-career-stage = Uravaihe
field-languages = Kielet
field-offers = Tarjoaa mentorina
field-capacity = Mentoroitavia kerrallaan
capacity-value = { $count }
field-seeks = Haluaa kehittää
field-goals = Tavoitteet
field-availability = Käytettävissä
field-timezone = Aikavyöhyke
field-meeting-mode = Tapaamiset
field-roles = Roolit
field-competences = Osaaminen
availability-value = { $hours } h kuukaudessa
years-value = { $years ->
    [one] { $years } vuosi
   *[other] { $years } vuotta
}
value-none = –
role-coordinator = koordinaattori
role-mentor = mentori
role-mentor-applicant = mentori (hakemus käsittelyssä)
role-mentor-interview = mentori (haastattelua ehdotettu)
role-mentor-rejected = mentorihakemusta ei hyväksytty
role-mentee = mentoroitava
profile-edit-ask = Mitä profiilisi kohtaa haluat muuttaa?
profile-updated = Tallennettu. Profiilisi näyttää nyt tältä:
profile-coordinator-minimal = Koordinaattorina tarvitset vain nimen, maan ja aikavyöhykkeen.

## Kieli

language-ask = Millä kielellä puhun kanssasi?
language-set = Puhun tästä lähtien kanssasi suomea.

## Mentorihakemukset

application-new =
    Uusi mentorihakemus: { $name } ({ $country }, { $organisation }).
    Tarjoaa: { $offers }
    Tavoitteet: { $goals }
application-approve = Hyväksy
application-reject = Hylkää
application-interview = Pyydä haastattelua
application-approved-applicant = Hyviä uutisia: mentorihakemuksesi on hyväksytty. Kiitos, että jaat kokemustasi!
application-approved-coordinator = { $name } on nyt hyväksytty mentori.
application-rejected-applicant = Mentorihakemustasi ei hyväksytty. Koordinaattorin perustelu: { $reason }
application-rejected-coordinator = Hakijan { $name } hakemus hylättiin, ja perustelu lähetettiin hänelle.
application-reason-ask = Kirjoita syy, miksi hakijan { $name } hakemus hylätään. Se lähetetään hänelle.
application-reason-invalid = Anna perustelu, jonka pituus on 3–{ $max } merkkiä.
application-interview-ask = Milloin haluaisit keskustella hakijan { $name } kanssa? Kirjoita päivämäärä ja kellonaika omalla aikavyöhykkeelläsi ({ $timezone }), esimerkiksi 2026-12-03 15:00.
application-interview-invalid = En pystynyt tulkitsemaan tekstiä ”{ $input }” tulevaksi päivämääräksi ja kellonajaksi. Käytä muotoa 2026-12-03 15:00.
application-interview-applicant = Koordinaattori { $coordinator } haluaisi keskustella kanssasi mentorihakemuksestasi { $when } (sinun aikaasi, { $timezone }). Vahvista ajankohta vastaamalla hänelle.
application-interview-coordinator = Hakijaa { $name } pyydettiin haastatteluun { $when } ({ $timezone }).
application-already-decided = Tästä hakemuksesta on jo päätetty.
application-unknown = En löydä tätä hakemusta enää.
applications-none = Yksikään mentorihakemus ei odota päätöstä.
applications-title = Päätöstä odottavat mentorihakemukset: { $count }

## Koordinaattorit ja kutsut

grant-usage = Käyttö: /grant coordinator <henkilö>, jossa <henkilö> on hänen nimensä tai chat-käyttäjätunnuksensa.
grant-unknown = En löytänyt liittyneistä ketään nimeltä ”{ $input }”.
grant-ambiguous = Hakuun ”{ $input }” sopii useampi kuin yksi henkilö. Käytä hänen chat-käyttäjätunnustaan.
grant-done = { $name } on nyt koordinaattori.
grant-already = { $name } on jo koordinaattori.
grant-received = { $by } teki sinusta ohjelman koordinaattorin. Lähetä /help, niin näet uudet komentosi.
invite-usage = Käyttö: /invite mentor|mentee [käyttökerrat] [päivät], esimerkiksi /invite mentee 10 30. Käyttökerrat: 1–500, päivät: 1–365.
invite-created =
    Kutsukoodi (rooli: { $role }, { $uses ->
        [one] { $uses } käyttökerta
       *[other] { $uses } käyttökertaa
    }, voimassa { $until } asti):
    { $code }
    Uudet osallistujat lähettävät: /start { $code }
role-name-mentor = mentori
role-name-mentee = mentoroitava

## Tilien yhdistäminen

link-code =
    Yhdistämiskoodisi on { $code }. Se on voimassa 10 minuuttia.
    Lähetä toiselta chat-tililtäsi: /link { $code }
link-done = Tämä tili on nyt yhdistetty profiiliisi, { $name }.
link-invalid = Yhdistämiskoodi ei kelpaa tai on vanhentunut. Lähetä /link ensimmäiseltä tililtäsi, niin saat uuden.
link-already = Tämä tili kuuluu jo profiiliisi.
link-other-profile = Tämä tili kuuluu jo toiseen profiiliin. Jos haluat yhdistää sen, lähetä ensin täällä /forget.
link-needs-profile = Saat koodin lähettämällä /link siltä tililtä, jolla on jo profiili.
notify-usage = Käyttö: /notify-on <alusta>, jokin näistä: { $platforms }. Ilmoitukset tulevat nyt tilillesi palvelussa { $current }.
notify-set = Lähetän tästä lähtien ilmoitukset tilillesi palvelussa { $platform }.
notify-unknown = Profiiliisi ei ole yhdistetty tiliä palvelussa { $platform }. Tilisi: { $platforms }.
link-notice = Profiiliisi yhdistettiin toinen chat-tili ({ $platform }). Jos se et ollut sinä, kerro asiasta koordinaattorille.

## Tietosuoja

privacy =
    Mitä tallennan ja miksi:
    • Profiilisi (nimi, maa, organisaatio, toimiala, uravaihe, kielet, osaamiset, tavoitteet, käytettävissä oleva aika, aikavyöhyke, toivottu tapaamistapa) – jotta voin yhdistää sinut oikeiden ihmisten kanssa.
    • Chat-tilisi – jotta tavoitan sinut siellä, missä keskustelet.
    • Ohjelman tiedot (hakemukset, parit, tapaamiset, tunnit, raportit) – ohjelman toteuttamista ja siitä raportointia varten.
    • Koordinaattorien toimien tarkastusloki – vastuullisuuden varmistamiseksi.
    Koordinaattorit näkevät profiilisi. Muut osallistujat näkevät vain sen, mitä parin muodostaminen vaatii.
    /export lähettää sinulle kaiken, mitä olen sinusta tallentanut; /forget poistaa sen. Tieto, jonka olet halunnut jakaa, jää tietopankkiin anonymisoituna.
export-ready = Tässä on kaikki, mitä olen sinusta tallentanut.
forget-confirm = Tämä poistaa profiilisi, yhdistetyt tilisi ja ohjelmaan liittyvät tietosi. Poistoa ei voi perua. Oletko varma?
forget-yes = Kyllä, poista kaikki
forget-no = Ei, säilytä tietoni
forget-done = Kaikki tietosi on poistettu. Näkemiin, ja kiitos osallistumisestasi!
forget-kept = Mitään ei poistettu.

## Parit

why-competences = tarjonta ja tarve kohtaavat: { $competences }
why-languages = yhteiset kielet: { $languages }
why-countries = eri maat ({ $first } ja { $second })
why-overlap = { $hours ->
    [one] yksi yhteinen työtunti
   *[other] { $hours } yhteistä työtuntia
}
why-reverse = käänteinen mentorointi: mentoroitava on kokeneempi
pair-accept = Hyväksy: { $name }
pair-decline = Hylkää: { $name }
pair-intro-mentee = Tässä mentorisi: { $name } ({ $country }, { $organisation }). Miksi juuri te: { $why }.
pair-intro-mentor = Tässä uusi mentoroitavasi: { $name } ({ $country }, { $organisation }). Miksi juuri te: { $why }. Tavoitteet: ”{ $goals }”
pair-intro-next = Hyväksy tai hylkää viimeistään { $deadline } (sinun aikaasi). Kun olette molemmat hyväksyneet, saatan teidät yhteen: sopikaa ensimmäisestä tapaamisesta ja aloittakaa tavoitesopimuksella.
request-new = { $name } ({ $country }) pyytää sinua mentorikseen. Miksi juuri te: { $why }. Tavoitteet: ”{ $goals }” Hyväksy tai hylkää viimeistään { $deadline } (sinun aikaasi).
request-sent = Lähetin pyynnön: { $name }. Vastausaikaa on { $deadline } asti (sinun aikaasi); kerron sinulle tuloksen.
pair-unknown = En löydä tätä paria, tai se ei ole sinun.
pair-answered-already = Tähän on jo vastattu, tai se on rauennut.
request-full = Tällä mentorilla ei ole enää vapaata paikkaa, joten pyyntö välitettiin eteenpäin.
pair-accepted-wait = Kiitos! Heti kun myös { $name } hyväksyy, voitte aloittaa.
pair-active = Sinä ja { $name } olette nyt mentorointipari. Tavoitat hänet täältä: { $contact }. Sopikaa ensimmäisestä tapaamisesta ja aloittakaa tavoitesopimuksella.
pair-decline-reason-ask = Haluatko kertoa syyn? Se auttaa koordinaattoreita löytämään paremmin sopivan parin. Ohita lähettämällä ”-”.
pair-declined-self = Selvä, esittely on hylätty. Odotat taas paria.
pair-declined-other = { $name } hylkäsi esittelyn. Odotat taas paria, ja koordinaattori etsii sinulle toisen.
pair-expired = Esittelyyn ({ $name }) ei vastattu ajoissa, ja se raukesi. Odotat taas paria.
pair-declined-coordinator = { $who } hylkäsi esittelyn: { $mentor } (mentori) ja { $mentee } (mentoroitava). Molemmat odottavat taas paria.
pair-declined-coordinator-reason = { $who } hylkäsi esittelyn: { $mentor } (mentori) ja { $mentee } (mentoroitava). Perustelu: ”{ $reason }” Molemmat odottavat taas paria.
pair-expired-coordinator = Esittely raukesi ilman vastausta: { $mentor } (mentori) ja { $mentee } (mentoroitava). Molemmat odottavat taas paria.
request-declined-self = Selvä, kieltäydyit pyynnöstä. Kiitos vastauksestasi.
request-lapsed-mentor = Pyyntöön ({ $name }) ei vastattu ajoissa, ja se raukesi.
request-passed-on = { $name } ei voinut ottaa sinua mentoroitavakseen, joten lähetin pyynnön seuraavalle valinnallesi: { $next }.
request-none-left = { $name } ei voinut ottaa sinua mentoroitavakseen, eikä kenelläkään muulla valitsemallasi mentorilla ole vapaata paikkaa. Lähetä /mentors, niin näet, kuka muu sopisi.
pair-state-proposed = ehdotettu
pair-state-rejected = hylätty
pair-state-requested = pyydetty
pair-state-introduced = esitelty
pair-state-active = aktiivinen
pair-state-completed = valmis
pair-state-ended = lopetettu
pair-none = Sinulla ei ole vielä mentorointiparia.
pair-list-title = Mentorointiparisi:
pair-role-mentor = Mentorisi
pair-role-mentee = Mentoroitavasi
pair-line = { $role }: { $name } – { $state } { $since } alkaen
pair-complete-button = Valmis: { $name }
pair-end-button = Lopeta pari: { $name }
pairs-none = Pareja ei ole vielä. Lähetä /match, niin ehdotan pareja.
pairs-title = Kaikki parit: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } { $since } alkaen
pairs-end-button = Lopeta { $mentor } → { $mentee }
pair-cannot-complete = Vain aktiivisen parin voi merkitä valmiiksi; tämän parin tila: { $state }.
pair-cannot-end = Tämä pari on jo päättynyt ({ $state }).
pair-completed = Onnittelut: mentorointinne on valmis ({ $name }). Kiitos teille molemmille!
pair-end-reason-ask = Miksi pari päättyy? Vastaus jää sinun ja koordinaattorien välille. Ohita lähettämällä ”-”.
pair-ended = Mentorointiparisi ({ $name }) lopetettiin; lopettaja: { $by }. Koordinaattori auttaa, jos haluat uuden parin.
pair-ended-self = Pari on lopetettu.

## Parinmuodostus

match-none = Juuri nyt ei ole ketään yhdistettävää: yhdelläkään mentoroitavalla ilman mentoria ei ole sopivaa mentoria, jolla olisi vapaa paikka (ilman paria: { $unmatched }).
match-title = Ehdotetut parit: { $count } (yhteispisteet { $total }; ilman paria: { $unmatched }). Kenellekään ei kerrota mitään ennen kuin hyväksyt.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … ja { $count } muuta.
match-approve-all = Hyväksy kaikki
match-review = Käy läpi yksitellen
match-approve = Hyväksy
match-reject = Hylkää
match-reviewed = Kaikki ehdotukset on käsitelty. Lähetä /pairs, niin näet parit.
match-approved = { $count ->
    [one] Yksi pari hyväksytty ja esitelty.
   *[other] { $count } paria hyväksytty ja esitelty.
}
match-approved-full = { $count ->
    [one] Yhtä ehdotusta ei voitu hyväksyä: mentorilla ei ole enää vapaata paikkaa, tai mentoroitava on sillä välin löytänyt mentorin.
   *[other] { $count } ehdotusta ei voitu hyväksyä: mentorilla ei ole enää vapaata paikkaa, tai mentoroitava on sillä välin löytänyt mentorin.
}
match-approved-one = { $mentor } ja { $mentee } on esitelty toisilleen.
match-full = Mentorilla { $mentor } ei ole enää vapaata paikkaa (tai mentoroitava { $mentee } on sillä välin löytänyt mentorin), joten ehdotus poistettiin.
match-rejected-one = Hylätty: paria { $mentor } ja { $mentee } ei ehdoteta uudelleen. Loput optimoitiin uudelleen: ehdotuksia nyt { $count }.
match-stale = Tämä ehdotus ei ole enää avoinna.
mentors-off = Tässä ohjelmassa koordinaattorit muodostavat parit; sinut esitellään mentorillesi.
mentors-not-now = Sinulla on jo mentori tai avoin pyyntö, tai et hae mitään osaamista (voit muuttaa tätä komennolla /profile edit).
mentors-none = Sinulle ei juuri nyt sovi yksikään mentori, jolla on vapaa paikka. Koordinaattori etsii sinulle parin.
mentors-title = Sinulle parhaiten sopivat mentorit:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Pyydä: { $name }
mentors-gone = Tämä mentori ei ole enää saatavilla. Tässä on ajantasainen luettelo.
avoid-usage = Käyttö: /avoid <henkilö>, jossa <henkilö> on hänen nimensä tai chat-käyttäjätunnuksensa. Sinua ei koskaan yhdistetä pariksi hänen kanssaan, eikä hänelle kerrota asiasta.
avoid-done = Merkitty: sinua ei yhdistetä pariksi hänen kanssaan. Hänelle ei kerrota asiasta.
avoid-self = Et voi estää itseäsi.

## Piirit

circles-usage = Käyttö: /circles form [koko], jossa koko on 2–{ $max } (oletus 5); /circles näyttää piirit.
circles-none = Yhtään piiriä ei voitu muodostaa: piirien ulkopuolella on liian vähän ihmisiä, joilla on yhteinen kieli ja jotka hakevat jotakin osaamista (ulkopuolelle jäi { $left }).
circles-formed = { $count ->
    [one] Yksi piiri muodostettu
   *[other] { $count } piiriä muodostettu
} (osallistujia yhteensä { $people }); jokaiselle jäsenelle on kerrottu, keitä hänen piirissään on.
circles-left-out = Mikään piiri ei voinut ottaa mukaan: { $names } (ei yhteistä kieltä riittävän monen muun kanssa).
circle-formed = Olet vertaismentorointipiirissä { $circle } yhdessä näiden kanssa: { $members }. Yhteinen kielenne: { $language }.
circle-shared = Mitä useampi teistä haluaa kehittää: { $competences }.
circles-empty = Piirejä ei ole vielä. Lähetä /circles form, niin ne muodostetaan.
circles-title = Piirit: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Tapaamiset

session-place-open = sovitaan myöhemmin
session-describe = { $when } ({ $timezone }), { $minutes } minuuttia, { $mode }: { $place }
when-unreadable = En pystynyt tulkitsemaan tätä päivämääräksi ja kellonajaksi. Kirjoita se omassa ajassasi, esimerkiksi { $example }, ”huomenna 15:00” tai ”ti 18:00”.
when-past = Tämä aika on jo mennyt. Anna tuleva aika, esimerkiksi { $example }.
when-ambiguous = Tämä aika on monitulkintainen (esimerkiksi kelloja siirretään silloin, tai tunti kuten 3 voi tarkoittaa yötä tai iltapäivää). Kirjoita se kokonaan, esimerkiksi { $example }.
when-nonexistent = Tätä kellonaikaa ei ole aikavyöhykkeelläsi sinä päivänä, koska kelloja siirretään. Valitse toinen, esimerkiksi { $example }.
when-too-far = Se on liian kaukana. Valitse aika seuraavan kahden vuoden ajalta, esimerkiksi { $example }.
when-after-end = Se on ohjelman päättymisen jälkeen. Valitse aikaisempi aika.
book-no-pair = Tapaamisen varaamiseen tarvitset aktiivisen mentorointiparin. Lähetä /pair, niin näet parisi.
book-ask-pair = Kenen kanssa tapaaminen on?
book-ask-when = Milloin? Kirjoita päivämäärä ja kellonaika aikavyöhykkeelläsi ({ $timezone }), esimerkiksi { $example }, ”huomenna 15:00”, ”ti 18:00” tai ”3 päivän päästä 10:00”.
minutes-value = { $minutes } min
book-ask-minutes = Kuinka pitkä? (tai kirjoita minuuttimäärä)
book-minutes-invalid = Valitse kesto tai kirjoita minuuttimäärä (15–480).
book-ask-mode = Verkossa vai kasvokkain?
book-ask-link = Verkkotapaamisen linkki? Lähetä ”-”, jos sovitte siitä myöhemmin.
book-ask-place = Missä tapaatte? Lähetä ”-”, jos sovitte siitä myöhemmin.
book-place-invalid = Anna linkki tai paikka enintään 300 merkillä, tai ”-”.
repeat-once = Vain kerran
repeat-weekly = Joka viikko
repeat-biweekly = Joka toinen viikko
repeat-cron = aikataululla { $rule }
book-ask-repeat = Toistuuko tapaaminen? Valitse tai kirjoita cron-sääntö (sekunnit minuutit tunnit päivä kuukausi viikonpäivä, esim. 0 0 18 * * Tue).
book-repeat-invalid = Valitse yksi vaihtoehdoista tai kirjoita kelvollinen cron-sääntö, kuten 0 0 18 * * Tue.
book-sent = Lähetin vahvistuspyynnön ({ $name }): { $session }{ $count ->
    [one] .
   *[other] , yhteensä { $count } tapaamista.
}
session-request = { $name } ehdottaa mentorointitapaamista: { $session }.
session-series = Toisto: { $rule } – { $count ->
    [one] yksi tapaaminen
   *[other] { $count } tapaamista
} ohjelman loppuun asti.
session-confirm = Vahvista
session-confirm-all = Vahvista kaikki
session-other-time = Ehdota toista aikaa
session-decline = Kieltäydy
session-unknown = En löydä tätä tapaamista, tai se ei ole sinun.
session-answered-already = Tähän tapaamiseen on jo vastattu.
session-own-proposal = Ehdotit tätä itse; toinen osapuoli vahvistaa sen.
session-declined = { $name } kieltäytyi tapaamisesta: { $session }.
session-declined-self = Kieltäydyit. Toiselle osapuolelle on kerrottu.
session-not-upcoming = Tämä tapaaminen ei ole enää tulossa, joten sitä ei voi muuttaa.
session-attend-noted = Hienoa, nähdään siellä!
session-confirmed = Tapaamisesi on vahvistettu ({ $name }): { $session }{ $count ->
    [one] .
   *[other] , yhteensä { $count } tapaamista.
} Kalenteritiedosto on liitteenä.
session-calendar-title = Mentorointitapaaminen: { $name }
session-cancelled = { $name } perui tapaamisen: { $session }.
session-cancelled-self = Tapaaminen on peruttu, ja toiselle osapuolelle on kerrottu.
session-ask-new-time = Mikä aika sopisi sinulle? Kirjoita se aikavyöhykkeelläsi ({ $timezone }), esimerkiksi { $example }.
session-time-sent = Ehdotin uutta aikaa ({ $name }): { $session }.
session-reminder = Muistutus: tapaamisesi ({ $name }) on { $session }.
reminder-late = (Tämä muistutus tulee myöhässä: en ollut käynnissä sen aikaan.)
session-attend = Tulen
session-reschedule = Siirrä
session-cancel = Peru
session-follow-up = Toteutuiko tapaamisesi ({ $name }, { $session })?
session-held = Kyllä, { $minutes } minuuttia
session-other-length = Kyllä, mutta pidempi tai lyhyempi
session-missed = Ei
session-already-recorded = Tämä tapaaminen on jo kirjattu.
session-missed-noted = Merkitty: tapaaminen ei toteutunut. Varaa uusi komennolla /book.
session-ask-length = Kuinka monta minuuttia se kesti?
session-length-invalid = Vastaa minuutteina, 5–600.
session-ask-note = Haluatko kirjata siitä jotain (aiheen, sopimuksen, seuraavan askeleen)? Ohita lähettämällä ”-”.
session-recorded = Kiitos! { $minutes ->
    [one] Yksi minuutti
   *[other] { $minutes } minuuttia
} on kirjattu teille molemmille.
session-recorded-other = { $name } kirjasi tapaamisenne: { $minutes ->
    [one] yksi minuutti
   *[other] { $minutes } minuuttia
} on kirjattu teille molemmille.
session-state-proposed = odottaa vahvistusta
session-state-confirmed = vahvistettu
session-state-cancelled = peruttu
session-state-held = toteutui
session-state-missed = ei toteutunut
sessions-line = { $when }, { $name }, { $minutes } min – { $state }
sessions-none = Sinulla ei ole vielä tapaamisia. Varaa tapaaminen komennolla /book.
sessions-none-upcoming = Sinulla ei ole tulevia tapaamisia.
sessions-upcoming = Tulossa:
sessions-past = Viimeisimmät:
sessions-pick-reschedule = Minkä tapaamisen haluat siirtää?
sessions-pick-cancel = Minkä tapaamisen haluat perua?

## Tunnit

hours-kind-bilateral = Parin tapaaminen
hours-kind-group = Ryhmätapaaminen
hours-kind-joint = Yhteinen kokous
hours-kind-preparation = Valmistelu ja raportointi
log-ask-kind = Mihin käytit ajan?
log-ask-hours = Kuinka monta tuntia? (esimerkiksi 1,5 tai 90 min)
log-hours-invalid = Anna tunnit lukuna 0,25–12 (esimerkiksi 1,5) tai minuutteina (esimerkiksi 90 min).
log-done = Kirjattu: { $hours } h, { $kind }.
hours-title = Tuntisi: yhteensä { $hours } h.
hours-line = { $kind }: { $hours } h
hours-budget = Ohjelman budjetti on { $budget ->
    [one] yksi tunti
   *[other] { $budget } tuntia
} mentoroitavaa kohden: jäljellä { $left } h. Parin tapaamiset tähän mennessä: { $bilateral } h (odotetaan vähintään { $min ->
    [one] yhtä tuntia
   *[other] { $min } tuntia
}).
hours-warning = Olet käyttänyt ohjelman budjetista { $hours } h / { $budget } h.
hours-budget-reached = Olet saavuttanut ohjelman budjetin ({ $budget ->
    [one] yksi tunti
   *[other] { $budget } tuntia
}).
hours-refused = Nämä tunnit ylittäisivät ohjelman budjetin ({ $budget ->
    [one] yksi tunti
   *[other] { $budget } tuntia
}; jäljellä { $left } h), joten niitä ei kirjattu. Koordinaattori voi auttaa.
hours-pending = Vielä { $hours } h ylittäisi ohjelman budjetin ({ $budget ->
    [one] yksi tunti
   *[other] { $budget } tuntia
}), joten tunnit odottavat koordinaattorin hyväksyntää. Saat tiedon päätöksestä.
hours-approval-request = { $name } kirjasi { $hours } h ({ $kind }), jolloin hänen tuntejaan on yhteensä { $total } h eli yli budjetin ({ $budget } h). Hyväksytäänkö nämä tunnit?
hours-approve = Hyväksy
hours-refuse = Hylkää
hours-approved-coordinator = Hyväksytty: { $name }, { $hours } h on kirjattu.
hours-refused-coordinator = Hylätty: { $name }, { $hours } h jätettiin kirjaamatta.
hours-approved = { $name } hyväksyi budjetin ylittävät tuntisi ({ $hours } h): ne on kirjattu.
hours-not-approved = { $name } ei hyväksynyt budjetin ylittäviä tuntejasi ({ $hours } h), joten niitä ei kirjattu.
hours-request-already-decided = Näistä tunneista on jo päätetty.
hours-request-unknown = En löydä näitä tunteja enää.

## Ohjelma: kuulumiskyselyt, raportit, muistutukset

checkin-ask = Miten mentorointinne sujuu ({ $name })?
checkin-rating-1 = 1 – huonosti
checkin-rating-2 = 2
checkin-rating-3 = 3 – ihan hyvin
checkin-rating-4 = 4
checkin-rating-5 = 5 – erinomaisesti
checkin-ask-comment = Kiitos. Haluatko lisätä jotain? Ohita lähettämällä ”-”.
checkin-thanks = Kiitos palautteestasi!
checkin-low-coordinator = { $name } arvioi mentoroinnin ({ $other }) arvosanalla { $rating }/5. Kommentti: ”{ $comment }”
deliverable-due = Muistutus: ”{ $title }” on palautettava viimeistään { $due }. Palauta se lähettämällä /report.
deliverable-overdue = ”{ $title }” piti palauttaa viimeistään { $due }, eikä sitä ole vielä palautettu. Palauta se lähettämällä /report.
report-none-owed = Sinulla ei ole juuri nyt palautettavia raportteja.
report-ask-which = Minkä raportin haluat palauttaa?
report-not-owed = Sinun ei tarvitse palauttaa tätä raporttia, tai se on jo palautettu.
report-question = Kysymys { $number }/{ $count } (vastauskieli: { $language }): { $question }
report-answer-invalid = Vastaa 2–{ $max } merkillä.
report-preview = Tässä on ”{ $title }”. Lähetetäänkö?
report-send = Lähetä
report-restart = Aloita alusta
report-sent = Kiitos! ”{ $title }” on palautettu.
reports-none-configured = Tämä ohjelma ei edellytä raportteja.
reports-no-pairs = Aktiivisia tai valmiita pareja ei ole vielä.
reports-title = Raportit:
reports-delivered = { $name }: ”{ $title }” palautettu { $date }
reports-due = { $name }: ”{ $title }” palautettava viimeistään { $date }
reports-overdue = { $name }: ”{ $title }” MYÖHÄSSÄ { $date } alkaen
nudge-inactive = Sinä ja { $name } ette ole tavanneet { $days ->
    [one] yhteen päivään
   *[other] { $days } päivään
}. Suunnittele seuraava tapaaminen lähettämällä /book.
nudge-answer = { $name } odottaa vastaustasi esittelyyn. Lähetä /pair, niin voit hyväksyä tai hylätä sen.
nudge-applications = { $count ->
    [one] Yksi mentorihakemus odottaa
   *[other] { $count } mentorihakemusta odottaa
} päätöstä. Lähetä /applications.
stuck-inactive = { $mentor } ja { $mentee } eivät ole tavanneet { $days ->
    [one] yhteen päivään
   *[other] { $days } päivään
}.

## Tietopankki

kb-anonymous = ohjelman jäsen
kb-unavailable = Tietopankki ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.
kb-ask-usage = Käyttö: /ask ja perään kysymyksesi (3–{ $max } merkkiä), esimerkiksi /ask Miten valmistaudun ensimmäiseen tapaamiseen?
kb-ask-mentor = Kysy mentorilta
kb-no-results = En löytänyt tietopankista mitään, mikä vastaisi tähän. Mentori saattaa tietää: välitänkö kysymyksesi eteenpäin?
kb-passages-title = Osuvimmat löytämäni tekstikohdat:
kb-sources = Lähteet:
kb-source = [{ $number }] ”{ $title }”, kirjoittaja { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Kirjoitusavustajalta kesti liian kauan, joten tässä ovat itse tekstikohdat.)
kb-llm-failed = (Kirjoitusavustaja ei ole käytettävissä, joten tässä ovat itse tekstikohdat.)
kb-helpful = Hyödyllinen
kb-not-helpful = Ei hyödyllinen
kb-thanks-helpful = Kiitos! Tämä auttaa vastausten järjestämisessä.
kb-thanks-not-helpful = Kiitos. Voit myös välittää kysymyksen mentorille.
kb-nothing-to-route = Esitä kysymyksesi ensin komennolla /ask; sitten voin välittää sen mentorille.
kb-no-mentor = Yksikään hyväksytty mentori ei juuri nyt sovi tähän kysymykseen. Koordinaattori voi auttaa.
kb-routed-question = { $name } esitti kysymyksen, johon tietopankista ei löytynyt vastausta ({ $language }): ”{ $question }” Osaatko vastata siihen?
kb-answer-button = Vastaa
kb-routed = { $count ->
    [one] Välitin kysymyksesi mentorille.
   *[other] Välitin kysymyksesi { $count } mentorille.
} Ensimmäinen vastaus tulee suoraan sinulle.
kb-question-gone = Tämä kysymys ei ole enää avoinna.
kb-already-answered = Kiitos, mutta toinen mentori on jo vastannut tähän kysymykseen.
kb-answer-ask = Kirjoita vastauksesi. Se menee suoraan kysyjälle.
kb-answer-invalid = Vastaa 10–{ $max } merkillä.
kb-mentor-answer = { $name } vastasi kysymykseesi ”{ $question }”: { $answer }
kb-answer-sent = Kiitos! Vastauksesi on lähetetty ({ $name }). Saako siitä tulla tietopankin merkintä koko ohjelmalle? Se lisätään vain, jos hyväksytte sen molemmat.
kb-keep = Lisää tietopankkiin
kb-private = Pidetään se meidän välisenämme
kb-entry-exists = Se on jo tietopankissa.
kb-kept-private = Selvä: se jää teidän kahden välille.
kb-consent-waiting = Kiitos. Se lisätään heti, kun myös toinen osapuoli hyväksyy.
kb-entry-created = Vastaus on nyt tietopankin merkintä #{ $id }. Kiitos jakamisesta!
share-ask-title = Mikä on jakamasi asian otsikko?
share-ask-body = Kirjoita teksti: mitä opit, jokin menetelmä tai vastaus usein kysyttyyn kysymykseen.
share-ask-tags = Mihin osaamiseen se liittyy? Valitse kaikki sopivat tai ”Ei mitään”.
share-visibility-programme = Kaikki ohjelmassa
share-visibility-pair = Vain mentorointiparini
share-ask-visibility = Kuka saa lukea sen?
share-name-shown = Näytä nimeni
share-name-anonymous = Näytä ”ohjelman jäsen”
share-ask-name = Miten sinut mainitaan kirjoittajana?
share-keep-yes = Säilytä nimettömänä
share-keep-no = Poista se
share-ask-consent = Jos joskus lähdet ohjelmasta ja poistat tietosi, jääkö tämä merkintä tietopankkiin ilman nimeäsi vai poistetaanko se?
share-ask-language = Millä kielellä se on kirjoitettu?
share-preview = Tässä on merkintäsi. Tallennetaanko?
share-preview-language = Kieli: { $language }
share-preview-tags = Osaaminen: { $tags }
share-save = Tallenna
share-change-language = Vaihda kieltä
share-restart = Aloita alusta
share-title-invalid = Anna otsikko, jonka pituus on 3–{ $max } merkkiä.
share-body-invalid = Kirjoita { $min }–{ $max } merkkiä.
share-saved = Tallennettu tietopankin merkinnäksi #{ $id }. Kiitos jakamisesta! Voit muokata sitä komennolla /entries.
entries-none = Et ole vielä jakanut yhtään merkintää. Aloita lähettämällä /share.
entries-title = Merkintäsi: { $count }. Valitse merkintä, jota haluat muokata tai jonka haluat poistaa.
entries-edit = Muokkaa #{ $id } ”{ $title }”
entries-delete = Poista #{ $id }
entry-not-yours = Merkintä ei ole sinun, tai sitä ei ole enää olemassa.
entry-ask-text = Lähetä merkinnän uusi teksti.
entry-updated = Merkintä #{ $id } on päivitetty.
entry-deleted = Merkintä #{ $id } on poistettu.
hide-usage = Käyttö: /hide <numero>, jossa numero on merkinnän numero lähteissä (esimerkiksi /hide 12).
entry-unknown = Merkintää #{ $id } ei ole.
entry-hidden = Merkintä #{ $id } on piilotettu: se säilyy tiedoissa, mutta sitä ei enää löydy haussa.
capture-offer = Haluatko jakaa tämän muistiinpanon ohjelman tietopankkiin? Mentorointikumppaniltasi kysytään ensin suostumus.
capture-share = Jaa muistiinpano
capture-nothing = Tästä tapaamisesta ei ole jaettavaa muistiinpanoa.
capture-ask-other = { $name } haluaisi jakaa tapaamisenne muistiinpanon ohjelman tietopankkiin: ”{ $note }” Hyväksytkö?
capture-agree = Hyväksyn
capture-decline = Mieluummin ei
capture-asked = Pyysin suostumusta: { $name }.
capture-declined-self = Selvä: muistiinpano jää teidän kahden välille.
capture-declined = { $name } haluaa pitää muistiinpanon teidän kahden välisenä.
capture-title = Muistiinpanot mentorointitapaamisesta ({ $date })

## Koordinaattorin näkymä

export-which = Mitä tietoja haluat?
export-mine = Omat tietoni
export-programme = Ohjelman tiedot (CSV)
export-programme-ready = Ohjelman tiedot: osallistujat, parit, tapaamiset, tunnit ja raportit.
stats-title = Ohjelma yhdellä silmäyksellä:
stats-people = Henkilöt: { $total } (mentoroitavat { $mentees }, hyväksytyt mentorit { $mentors }, mentorihakemukset { $applicants }, koordinaattorit { $coordinators })
stats-countries = Maittain: { $countries }
stats-pairs = Parit: aktiivisia { $active }, vastausta odottaa { $introduced }, valmiita { $completed }, lopetettuja { $ended }
stats-sessions = Tapaamiset: toteutuneita { $held }, tulossa { $upcoming }
stats-hours = Kirjatut tunnit: { $hours } h, joista parin tapaamisissa { $bilateral } h (budjetti { $budget } h mentoroitavaa kohden)
stats-reports = Raportit: palautettu { $delivered }, myöhässä { $overdue }
stats-checkins = Kuulumiskyselyt: keskiarvo { $average }/5, arvioita { $count }, joista heikkoja { $low }
stats-attention = Vaatii huomiota:
stats-attention-none = Kukaan ei juuri nyt vaadi huomiota.
stats-attention-inactive = { $mentor } ja { $mentee }: ei tapaamista { $days ->
    [one] yhteen päivään
   *[other] { $days } päivään
}
stats-attention-unanswered = { $mentor } ja { $mentee }: esittely tai pyyntö odottaa vastausta
stats-attention-overdue = { $name }: ”{ $title }” on myöhässä
stats-attention-applications = { $count ->
    [one] Yksi mentorihakemus odottaa
   *[other] { $count } mentorihakemusta odottaa
}
chart-hours-title = Tunnit mentoroitavaa kohden suhteessa budjettiin
chart-hours-series = Kirjatut tunnit
chart-hours-axis = Tunnit
chart-budget = Budjetti ({ $budget } h)
chart-sessions-title = Toteutuneet tapaamiset viikoittain
chart-sessions-series = Tapaamiset
chart-sessions-axis = Tapaamiset
chart-countries-title = Osallistujat maittain
chart-countries-series = Osallistujat
chart-countries-axis = Henkilöt
announce-usage = Käyttö: /announce [mentors|mentees|coordinators] <teksti>, esimerkiksi /announce mentees Yhteinen kokous on perjantaina klo 10.00 (CET).
announce-from = { $name } tiedottaa:
announce-sent = { $count ->
    [one] Tiedote on matkalla yhdelle henkilölle.
   *[other] Tiedote on matkalla { $count } henkilölle.
}

## Ryhmätapaamiset huoneissa

group-room-only = Tämä toimii piirin tai ryhmän chat-huoneessa. Kirjoita se siellä.
group-members-only = Vain ohjelman jäsenet voivat osallistua ryhmätapaamisiin. Liity kirjoittamalla minulle /start yksityiskeskustelussa.
group-help =
    Ryhmätapaamiset tässä huoneessa:
    /group schedule <aika> <aihe> – suunnittele tapaaminen, esimerkiksi: /group schedule huomenna 15:00 Rekrytointi ulkomailta
    /group attend, /group absent – kerro, tuletko
    /group start – aloita: asialista ja nimenhuuto
    /here – vastaa nimenhuutoon
    /round [minuutit] – seuraava esittäjä kertoo haasteestaan, ja muut antavat vuorollaan neuvoja; /next antaa puheenvuoron seuraavalle
    /note <teksti> – lisää muistiinpano; /action <henkilö> <teksti> – lisää tehtävä
    /group end – päätä tapaaminen yhteenvetoon; /group cancel – peru seuraava tapaaminen
    /group link <piiri> – tee tästä huoneesta piirin huone
    /group room <piiri> – luon piirille huoneen ja kutsun sen jäsenet (Matrixissa)
group-status-circle = Tämä on piirin { $circle } huone.
group-status-cohort = Tämä huone ei kuulu mihinkään piiriin: täällä pidettävät tapaamiset ovat koko osallistujajoukon yhteisiä kokouksia.
group-status-none = Täällä ei ole suunniteltuja ryhmätapaamisia.
group-status-next = Seuraava tapaaminen: ”{ $topic }” { $when }. Tulossa: { $attend }. Eivät pääse: { $absent }.
group-status-running = Käynnissä: ”{ $topic }” (suunniteltu { $when }). Ilmoittivat tulevansa: { $attend }. Eivät pääse: { $absent }.
group-no-circle = Tätä huonetta ei ole yhdistetty piiriin, joten vain koordinaattori voi suunnitella tänne koko osallistujajoukon yhteisen kokouksen. Piirin jäsen voi yhdistää huoneen piiriin komennolla /group link <piiri>, esimerkiksi /group link circle-1.
group-schedule-denied = Vain koordinaattori tai tämän piirin jäsenenä oleva mentori voi suunnitella tänne ryhmätapaamisen.
group-schedule-usage = Käyttö: /group schedule <aika> <aihe>, aika omalla aikavyöhykkeelläsi, esimerkiksi: /group schedule huomenna 15:00 Rekrytointi ulkomailta
group-topic-invalid = Anna aihe, jonka pituus on 2–{ $max } merkkiä.
group-schedule-clash = Tässä huoneessa on silloin jo tapaaminen: ”{ $topic }” { $when }. Valitse toinen aika.
group-scheduled = { $name } suunnitteli ryhmätapaamisen: ”{ $topic }” { $when }, { $minutes } minuuttia. Muistutan kaikkia ennen sitä. Tuletko? Vastaa painikkeilla tai komennolla /group attend tai /group absent.
group-invitation = { $name } suunnitteli ryhmätapaamisen ({ $room }): ”{ $topic }” { $when } ({ $timezone }), { $minutes } minuuttia. Osallistutko?
group-whole-cohort = koko osallistujajoukko
group-attend = Osallistun
group-absent = En pääse
group-will-attend = Merkitty: { $name } osallistuu tapaamiseen ”{ $topic }”.
group-will-not-attend = Merkitty: { $name } ei pääse tapaamiseen ”{ $topic }”.
group-nothing-scheduled = Tähän huoneeseen ei ole suunniteltu ryhmätapaamista. Suunnittele sellainen komennolla /group schedule <aika> <aihe>.
group-session-unknown = En löydä tätä ryhmätapaamista.
group-session-over = Ryhmätapaaminen ”{ $topic }” on päättynyt tai peruttu.
group-reminder-room = Muistutus: ryhmätapaaminen ”{ $topic }” on { $when }. Tuletko? Vastaa painikkeilla tai komennolla /group attend tai /group absent.
group-reminder = Muistutus: ryhmätapaaminen ”{ $topic }” ({ $room }) on { $when } ({ $timezone }).
group-cancelled = { $name } perui ryhmätapaamisen ”{ $topic }” ({ $when }).
group-cancelled-member = { $name } perui ryhmätapaamisen ”{ $topic }” ({ $when }, { $timezone }).
group-cancel-running = Käynnissä olevaa tapaamista ei peruta, vaan se päätetään komennolla /group end.
group-run-denied = Vain tapaamisen vetäjä, koordinaattori tai tämän piirin mentori voi tehdä sen.
group-already-running = Täällä on jo käynnissä ryhmätapaaminen. Päätä se ensin komennolla /group end.
group-start-too-early = Seuraava tapaaminen, ”{ $topic }”, on suunniteltu ajalle { $when }. Sen voi aloittaa aikaisintaan { $minutes } minuuttia ennen.
group-agenda =
    Ryhmätapaaminen ”{ $topic }” alkaa. Vetäjä: { $name }.
    Asialista:
    1. Nimenhuuto: vastaa komennolla /here tai painikkeella.
    2. Kierrokset: /round valitsee esittäjän, joka kertoo haasteestaan; muut antavat vuorollaan neuvoja, ja /next antaa puheenvuoron seuraavalle. Jokainen kierros kestää { $minutes } minuuttia.
    3. Koko ajan: /note <teksti> muistiinpanoille, /action <henkilö> <teksti> tehtäville.
    4. /group end päättää tapaamisen yhteenvetoon.
    Odotetaan: { $expected }. Esteen ilmoittaneet: { $excused }.
group-here-button = Olen paikalla
group-not-running = Tässä huoneessa ei ole käynnissä ryhmätapaamista. Suunniteltu tapaaminen alkaa komennolla /group start.
group-present = Tervetuloa, { $name }! { $count ->
    [one] Paikalla on yksi henkilö.
   *[other] Paikalla on { $count } henkilöä.
}
group-already-present = Olet jo listalla, { $name }.
group-not-present = Vastaa ensin nimenhuutoon komennolla /here.
group-note-usage = Käyttö: /note <teksti>, 2–{ $max } merkkiä.
group-noted = Merkitty (tähän mennessä { $count ->
    [one] yksi muistiinpano
   *[other] { $count } muistiinpanoa
}).
group-action-usage = Käyttö: /action <henkilö> <teksti>, esimerkiksi: /action Ben lähetä hinnasto (enintään { $max } merkkiä).
group-action-unknown = En tunne tässä tapaamisessa ketään nimeltä ”{ $name }”. Käytä kutsutun tai paikalla olevan henkilön nimeä: { $members }.
group-action-ambiguous = Nimi ”{ $name }” sopii täällä useampaan kuin yhteen henkilöön. Kirjoita koko nimi: { $members }.
group-action-noted = Tehtävä ({ $name }): { $text }
group-action-reminder = Muistutus ryhmätapaamisesta ”{ $topic }” ({ $date }). Tehtäväsi: { $text }
group-round-usage = Käyttö: /round tai /round <minuutit>, jos haluat 2–120 minuutin aikarajan.
group-round-too-few = Kierrokseen tarvitaan vähintään kaksi paikalla olevaa. Vastaa nimenhuutoon komennolla /here.
group-round-all-presented = Kaikki paikalla olevat ovat jo esittäneet haasteensa. Päätä tapaaminen komennolla /group end.
group-round-start = Kierros { $number } ({ $minutes } minuuttia): { $name } kertoo haasteestaan. Sitten neuvot tässä järjestyksessä: { $advisers }. /next antaa puheenvuoron seuraavalle.
group-next-adviser = { $name }, neuvosi, kiitos (kierros { $number }, { $left ->
    [0] aika on lopussa
    [one] minuutti jäljellä
   *[other] { $left } minuuttia jäljellä
}).
group-round-done = Kierros { $number } on valmis. Kiitos, { $name }! /round seuraavalle esittäjälle tai /group end lopettamiseen.
group-no-round = Kierrosta ei ole käynnissä. Aloita sellainen komennolla /round.
group-next-denied = Vain puhuja, vetäjä tai koordinaattori voi antaa puheenvuoron eteenpäin.
group-round-warning = Kierrosta { $number } on jäljellä { $left ->
    [one] yksi minuutti
   *[other] { $left } minuuttia
}.
group-round-over = Kierroksen { $number } aika on lopussa. { $name }, lopettele; sitten /next tai /round.
group-summary-title = Yhteenveto ryhmätapaamisesta ”{ $topic }” ({ $date }, { $minutes ->
        [one] { $minutes } minuutti
       *[other] { $minutes } minuuttia
    })
group-summary-present = Paikalla ({ $count }): { $names }
group-summary-excused = Esteen ilmoittaneet: { $names }
group-summary-notes = Muistiinpanot:
group-summary-no-notes = Muistiinpanoja ei tehty.
group-summary-actions = Tehtävät:
group-summary-action = { $name }: { $text }
group-summary-written = Lyhyesti:
group-hours-logged = Jokaiselle paikalla olleelle ({ $count }) on kirjattu { $hours } h (”{ $kind }”).
group-consent-asked = Saako muistiinpanot tallentaa ohjelman tietopankkiin ilman nimiä? Kysyin asiaa jokaiselta teistä yksityiskeskustelussa. Ne tallennetaan vain, jos kaikki paikalla olleet hyväksyvät { $hours ->
    [one] tunnin
   *[other] { $hours } tunnin
} kuluessa.
group-consent-question = Kiitos osallistumisesta tapaamiseen ”{ $topic }”: sinulle on kirjattu { $hours } h. Saako tapaamisen muistiinpanot tallentaa ohjelman tietopankkiin ilman kenenkään nimeä? Ne tallennetaan vain, jos kaikki paikalla olleet hyväksyvät viimeistään { $until } ({ $timezone }).
group-consent-yes = Kyllä, tallenna
group-consent-no = Ei
group-consent-closed = Kysymys tapaamisen ”{ $topic }” muistiinpanoista on suljettu.
group-consent-not-yours = Näistä muistiinpanoista kysytään vain paikalla olleilta.
group-consent-refused-self = Merkitty: muistiinpanoja ei tallenneta.
group-consent-refused = Kaikki eivät hyväksyneet, joten tapaamisen ”{ $topic }” muistiinpanoja ei tallenneta tietopankkiin.
group-consent-thanks = Kiitos! Tähän mennessä { $agreed }/{ $count } on hyväksynyt.
group-consent-thanks-saved = Kiitos! Kaikki hyväksyivät: muistiinpanot on tallennettu merkinnäksi { $id }.
group-consent-saved = Kaikki hyväksyivät: tapaamisen ”{ $topic }” muistiinpanot on tallennettu tietopankkiin merkinnäksi { $id }.
group-consent-lapsed = Kaikki eivät vastanneet ajoissa, joten tapaamisen ”{ $topic }” muistiinpanoja ei tallenneta tietopankkiin.
group-entry-title = Ryhmätapaaminen: { $topic } ({ $date })
group-entry-actions = Sovitut seuraavat askeleet:
group-link-usage = Käyttö: /group link <piiri>, esimerkiksi: /group link circle-1
group-link-unknown = Piiriä nimeltä ”{ $circle }” ei ole. Piirit: { $circles }.
group-link-denied = Vain koordinaattori tai piirin { $circle } jäsen voi yhdistää tämän huoneen siihen.
group-linked = Tämä huone on nyt piirin { $circle } huone (jäsenet: { $members }).
group-room-usage = Käyttö: /group room <piiri>, esimerkiksi: /group room circle-1. Luon piirille huoneen, kutsun sen jäsenet ja yhdistän huoneen piiriin.
group-room-creating = Luon huoneen piirille { $circle }, jäseninä { $members }. Se näkyy keskusteluluettelossasi (jos alusta pyytää, hyväksy kutsu).
group-room-missing = Ei kutsuttu, koska heillä ei ole yhdistettyä tiliä palvelussa { $platform }: { $names }.
group-room-unsupported = Palvelussa { $platform } en voi itse luoda huoneita. Luo ryhmä piirin { $circle } jäsenistä, lisää minut siihen ja lähetä siellä /group link { $circle }.

## Komentovalikot (Telegramin komentoluettelo, Discordin vinoviivakomennot): lyhyitä, enintään 100 merkkiä

cmd-start = Liity ohjelmaan
cmd-start-code = Kutsu- tai yhdistämiskoodi, jos sinulla on sellainen
cmd-help = Näin voin auttaa
cmd-profile = Näytä profiilisi tai muokkaa sitä
cmd-profile-action = ”edit”, jos haluat muuttaa osaa profiilistasi
cmd-language = Vaihda kieltä, jolla puhun kanssasi
cmd-link = Yhdistä toinen chat-tili profiiliisi
cmd-link-code = Koodi toiselta tililtäsi
cmd-notify-on = Valitse chat-tili, johon ilmoitukset tulevat
cmd-notify-on-platform = telegram, matrix, discord tai console
cmd-privacy = Mitä tallennan ja miksi
cmd-export = Lataa kaikki tietosi tiedostona
cmd-forget = Poista kaikki tietosi
cmd-cancel = Keskeytä meneillään oleva toiminto
cmd-applications = Päätöstä odottavat mentorihakemukset
cmd-invite = Luo kutsukoodi
cmd-invite-role = Kenelle koodi on: mentor tai mentee
cmd-invite-uses = Kuinka moni voi käyttää sitä (1–500)
cmd-invite-days = Kuinka monta päivää se on voimassa (1–365)
cmd-grant = Tee jostakusta koordinaattori
cmd-grant-role = Annettava rooli
cmd-grant-person = Hänen nimensä tai chat-käyttäjätunnuksensa
cmd-pair = Mentorointiparisi
cmd-mentors = Sinulle sopivat mentorit
cmd-avoid = Estä pariksi joutuminen tietyn henkilön kanssa
cmd-avoid-person = Hänen nimensä tai chat-käyttäjätunnuksensa
cmd-match = Ehdota parhaat parit kaikille, joilla ei ole mentoria
cmd-pairs = Kaikki ohjelman parit
cmd-circles = Muodosta vertaismentorointipiirit tai näytä ne
cmd-circles-action = ”form”, jos haluat muodostaa piirit kaikista, jotka eivät vielä ole missään piirissä
cmd-circles-size = Henkilöitä piiriä kohden (2–12, oletus 5)
cmd-book = Varaa tapaaminen mentorisi tai mentoroitavasi kanssa
cmd-sessions = Tapaamisesi
cmd-reschedule = Siirrä tapaaminen toiseen aikaan
cmd-cancel-session = Peru tapaaminen
cmd-log = Kirjaa tunteja
cmd-hours = Tuntisi suhteessa budjettiin
cmd-report = Palauta raportti
cmd-reports = Kuka on palauttanut minkäkin raportin
cmd-ask = Kysy ohjelman tietopankista
cmd-ask-question = Kysymyksesi
cmd-share = Jaa osaamistasi ohjelmalle
cmd-entries = Tietopankkimerkintäsi
cmd-hide = Piilota tietopankin merkintä
cmd-hide-entry = Merkinnän numero
cmd-stats = Ohjelma yhdellä silmäyksellä, kaavioineen
cmd-announce = Tiedote koko osallistujajoukolle tai yhdelle roolille
cmd-announce-audience = Kenelle se menee (oletuksena kaikille)
cmd-announce-text = Tiedote
cmd-group = Ryhmätapaamiset tässä huoneessa: suunnittele, aloita, päätä, osallistu
cmd-group-action = schedule, start, end, attend, absent, cancel, link tai room
cmd-group-details = schedule: aika ja aihe; link ja room: piiri
cmd-here = Vastaa ryhmätapaamisen nimenhuutoon
cmd-round = Ryhmätapaamisen seuraava esittäjä
cmd-round-minutes = Kierroksen aikaraja minuutteina (2–120)
cmd-next = Anna puheenvuoro seuraavalle puhujalle
cmd-note = Lisää muistiinpano ryhmätapaamiseen
cmd-note-text = Muistiinpano
cmd-action = Lisää tehtävä jollekulle
cmd-action-person = Kuka sen tekee: hänen nimensä
cmd-action-text = Mitä hän tekee
