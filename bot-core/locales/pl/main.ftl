# mentor-cloud — polski (Polish).
# Tłumaczenie pliku en/main.ftl; klucze i zmienne muszą być takie same jak w wersji angielskiej.

## Ogólne

welcome-back = Witamy ponownie, { $name }! Wyślij /help, aby zobaczyć, co potrafię.
not-joined = Dzień dobry! Jestem asystentem programu mentoringowego. Wyślij /start, aby dołączyć.
not-understood = Nie rozumiem tej wiadomości. Wyślij /help, aby zobaczyć, co potrafię.
unknown-command = Nie znam polecenia { $command }. Wyślij /help, aby zobaczyć, co potrafię.
text-too-long = Wiadomość jest za długa ({ $length ->
    [one] { $length } znak
    [few] { $length } znaki
   *[many] { $length } znaków
}; limit to { $limit }). Skróć ją, proszę.
empty-message = Ta wiadomość była pusta. Wpisz odpowiedź.
internal-error = Przepraszam, coś poszło nie tak po mojej stronie i nic nie zostało zmienione. Spróbuj ponownie za chwilę.
nothing-to-cancel = Nie ma nic do anulowania.
cancelled = Anulowano. Nic nie zostało zmienione.
onboarding-cancelled = Dołączanie zostało anulowane i nic nie zapisano. Aby zacząć od nowa, wyślij /start w dowolnym momencie.
dialog-in-progress = Jesteśmy w trakcie innej czynności. Odpowiedz na pytanie powyżej albo wyślij /cancel, aby przerwać.
direct-only = To sprawa prywatna, dlatego odpowiadam na nią tylko w czacie prywatnym. Odpowiedź została wysłana właśnie tam.
direct-only-start = Aby to zrobić, napisz do mnie w czacie prywatnym.
not-in-room = To polecenie działa tylko w czatach prywatnych.
coordinator-only = Tylko koordynatorzy programu mogą to zrobić.
needs-profile = Nie dołączono jeszcze do programu. Wyślij /start, aby dołączyć.
choice-invalid = Wybierz jedną z opcji: odpowiedz jej numerem lub nazwą.
choice-invalid-multi = Wybierz jedną lub więcej opcji: podaj ich numery lub nazwy, oddzielone przecinkami (na przykład: 1, 3).
choice-none = Brak
choice-done = Gotowe
discord-reply = Odpowiedz
discord-reply-title = Odpowiedź
discord-reply-label = Wpisz odpowiedź

help =
    Co potrafię:
    /start – dołączenie do programu (z kodem zaproszenia, jeśli jest)
    /profile – wyświetlenie profilu; /profile edit – zmiana profilu
    /pair – wyświetlenie swoich par mentoringowych
    /book – rezerwacja sesji z mentorem lub mentee
    /sessions – wyświetlenie swoich sesji; /reschedule, /cancel-session – zmiana terminu lub odwołanie sesji
    /log – zapisanie godzin; /hours – zestawienie godzin z budżetem programu
    /report – złożenie raportu wymaganego przez program
    /ask <pytanie> – pytanie do bazy wiedzy programu
    /share – podzielenie się wiedzą z programem; /entries – wyświetlenie swoich wpisów
    /mentors – pasujący mentorzy (jeśli program pozwala wybierać)
    /avoid <osoba> – wykluczenie łączenia w parę z daną osobą
    /language – zmiana języka, w którym rozmawiamy
    /link – połączenie innego konta czatu z profilem
    /notify-on – wybór konta czatu, na które wysyłam powiadomienia
    /privacy – co przechowuję i dlaczego
    /export – pobranie wszystkich swoich danych w postaci pliku
    /forget – usunięcie wszystkich swoich danych
    /cancel – przerwanie bieżącej czynności
help-coordinator =
    Dla koordynatorów:
    /applications – zgłoszenia mentorów czekające na decyzję
    /match – propozycja najlepszych par dla wszystkich bez mentora
    /pairs – wszystkie pary w programie
    /reports – kto złożył który raport i co jest zaległe
    /hide <numer> – ukrycie wpisu w bazie wiedzy
    /stats – przegląd programu z wykresami; /export – dane programu w plikach CSV
    /announce [mentors|mentees|coordinators] <tekst> – wiadomość do wszystkich uczestników programu lub do jednej roli
    /circles form [rozmiar] – podział wszystkich na kręgi mentoringu koleżeńskiego; /circles – lista kręgów
    /invite mentor|mentee [liczba użyć] [dni] – utworzenie kodu zaproszenia
    /grant coordinator <osoba> – nadanie komuś roli koordynatora

## Dołączanie

start-already-joined = Udział w programie jest już aktywny, { $name }. Wyślij /profile, aby zobaczyć swój profil.
start-resume = Kontynuujmy od miejsca, w którym skończyliśmy.
invite-required = Do programu można dołączyć tylko na zaproszenie. Poproś koordynatora o kod zaproszenia i wyślij /start, a po nim ten kod.
invite-invalid = Kod zaproszenia { $code } jest nieprawidłowy lub wygasł. Poproś koordynatora o nowy.
invite-accepted-mentor = Zaproszenie do roli mentora zostało przyjęte.
invite-accepted-mentee = Zaproszenie do roli mentee zostało przyjęte.
ask-language = Witamy w programie mentoringowym! Którego języka mam używać?
ask-consent =
    Zanim zaczniemy: aby prowadzić program, przechowuję podany mi profil (imię i nazwisko, kraj, organizacja, sektor, etap kariery, języki, kompetencje, cele, dostępność, strefa czasowa i preferowana forma spotkań), informację o tym, które konta czatu należą do tej samej osoby, oraz przebieg udziału w programie (zgłoszenia, pary, sesje). Koordynatorzy programu widzą profil; pozostali uczestnicy widzą tylko to, co jest potrzebne do połączenia w parę. Nic nie jest sprzedawane ani udostępniane poza programem. W każdej chwili można wszystko zobaczyć poleceniem /export i usunąć poleceniem /forget. Wyślij /privacy, aby dowiedzieć się więcej.
    Czy wyrażasz zgodę?
consent-yes = Zgadzam się
consent-no = Nie zgadzam się
consent-refused = Rozumiem. Nie zapisano żadnych danych. W razie zmiany decyzji wystarczy ponownie wysłać /start.
ask-name = Podaj imię i nazwisko w takiej formie, w jakiej mają je widzieć inni uczestnicy.
name-invalid = Imię i nazwisko musi mieć od 2 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
} i składać się z liter, między którymi mogą być spacje, łączniki, kropki lub apostrofy.
ask-country = W jakim kraju pracujesz? Wpisz jego angielską nazwę lub dwuliterowy kod (na przykład: Poland, PL).
country-invalid = Nie znam kraju „{ $input }”. Wpisz jego angielską nazwę lub dwuliterowy kod ISO, na przykład Poland lub PL.
ask-organisation = Podaj nazwę organizacji lub firmy, w której pracujesz. (Wyślij „-”, jeśli nie dotyczy).
organisation-invalid = Podaj nazwę organizacji o długości maksymalnie { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
} albo „-”, jeśli nie dotyczy.
ask-sector = Wybierz sektor, w którym pracujesz.
ask-career-stage = Wybierz swój etap kariery.
career-student = Studia
career-early = Początek kariery (do 5 lat)
career-mid = Środek kariery (od 5 do 15 lat)
career-senior = Senior (ponad 15 lat)
career-executive = Kadra zarządzająca lub założyciel/założycielka firmy
ask-languages = W jakich językach możliwa jest rozmowa mentoringowa? Wybierz wszystkie pasujące (na przykład: 1, 3).
ask-offers = Jakie kompetencje możesz zaoferować jako mentor? Wybierz wszystkie pasujące albo „Brak”. Również osoba na początku kariery może być mentorem dla seniora w umiejętności, którą dobrze zna (mentoring odwrócony).
ask-years = Ile lat doświadczenia masz w obszarze „{ $competence }”?
years-invalid = Podaj liczbę lat jako liczbę całkowitą od 0 do 60.
ask-capacity = Ilu mentee możesz prowadzić jednocześnie? (liczba od 1 do { $max }; większość mentorów prowadzi 2 osoby)
capacity-invalid = Podaj liczbę całkowitą od 1 do { $max }.
ask-seeks = Jakie kompetencje chcesz rozwijać z mentorem? Wybierz wszystkie pasujące albo „Brak”.
offers-or-seeks-required = Wybierz co najmniej jedną kompetencję – do zaoferowania albo do rozwijania. Wróćmy do tego, co możesz zaoferować.
mentor-invite-needs-offer = Zaproszenie dotyczy roli mentora, więc wybierz co najmniej jedną kompetencję, którą możesz zaoferować.
mentee-invite-needs-seek = Zaproszenie dotyczy roli mentee, więc wybierz co najmniej jedną kompetencję, którą chcesz rozwijać.
ask-goals = Jakie cele chcesz osiągnąć w tym programie? Wystarczy kilka zdań.
goals-invalid = Opis celów musi mieć od 3 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
ask-availability = Ile godzin miesięcznie możesz poświęcić na mentoring? (liczba, na przykład 4)
availability-invalid = Podaj liczbę godzin jako liczbę całkowitą od 1 do 200.
ask-timezone = Wybierz swoją strefę czasową albo wpisz jej nazwę (na przykład: Europe/Warsaw).
ask-timezone-free = Wpisz nazwę swojej strefy czasowej, na przykład Europe/Warsaw lub America/New_York.
timezone-invalid = Nie znam strefy czasowej „{ $input }”. Wpisz nazwę z bazy stref czasowych, na przykład Europe/Warsaw.
ask-meeting-mode = Wybierz preferowaną formę spotkań.
meeting-online = Online
meeting-in-person = Osobiście
meeting-both = Obie formy
onboarding-done = Dziękuję, { $name }! Oto zapisany profil:
next-steps-mentor = Oferta mentoringu ma teraz status zgłoszenia: koordynator je sprawdzi, a ja przekażę wynik.
next-steps-mentee = Teraz koordynator dobierze mentora, który mówi tym samym językiem i oferuje to, czego szukasz. Przedstawię Was sobie.
next-steps-coordinator = Masz rolę koordynatora tego programu. Wyślij /help, aby zobaczyć dostępne polecenia.
next-steps-edit = Wszystko to można zmienić poleceniem /profile edit.

## Profil

profile-title = Profil: { $name }
field-name = Imię i nazwisko
field-country = Kraj
field-organisation = Organizacja
field-sector = Sektor
field-career-stage = Etap kariery
field-languages = Języki
field-offers = Oferuje jako mentor
field-capacity = Mentee jednocześnie
capacity-value = { $count }
field-seeks = Chce rozwijać
field-goals = Cele
field-availability = Dostępność
field-timezone = Strefa czasowa
field-meeting-mode = Spotkania
field-roles = Role
field-competences = Kompetencje
availability-value = { $hours ->
    [one] { $hours } godzina miesięcznie
    [few] { $hours } godziny miesięcznie
   *[many] { $hours } godzin miesięcznie
}
years-value = { $years ->
    [one] { $years } rok
    [few] { $years } lata
   *[many] { $years } lat
}
value-none = –
role-coordinator = koordynator
role-mentor = mentor
role-mentor-applicant = mentor (zgłoszenie w toku)
role-mentor-interview = mentor (zaproponowano rozmowę)
role-mentor-rejected = zgłoszenie na mentora nieprzyjęte
role-mentee = mentee
profile-edit-ask = Którą część profilu chcesz zmienić?
profile-updated = Zapisano. Aktualny profil:
profile-coordinator-minimal = W roli koordynatora wystarczy podać imię i nazwisko, kraj i strefę czasową.

## Język

language-ask = Którego języka mam używać?
language-set = Od teraz będę pisać po polsku.

## Zgłoszenia mentorów

application-new =
    Nowe zgłoszenie na mentora: { $name } ({ $country }, { $organisation }).
    Oferuje: { $offers }
    Cele: { $goals }
application-approve = Zatwierdź
application-reject = Odrzuć
application-interview = Poproś o rozmowę
application-approved-applicant = Dobra wiadomość: zgłoszenie na mentora zostało zatwierdzone. Dziękujemy za chęć dzielenia się doświadczeniem!
application-approved-coordinator = { $name } ma teraz zatwierdzoną rolę mentora.
application-rejected-applicant = Zgłoszenie na mentora nie zostało przyjęte. Uzasadnienie koordynatora: { $reason }
application-rejected-coordinator = Zgłoszenie osoby { $name } zostało odrzucone, a uzasadnienie zostało jej przesłane.
application-reason-ask = Podaj powód odrzucenia zgłoszenia osoby { $name }. Zostanie on jej przesłany.
application-reason-invalid = Uzasadnienie musi mieć od 3 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
application-interview-ask = Kiedy chcesz porozmawiać z osobą { $name }? Wpisz datę i godzinę w swojej strefie czasowej ({ $timezone }), na przykład 2026-12-03 15:00.
application-interview-invalid = Nie udało się odczytać „{ $input }” jako przyszłej daty i godziny. Użyj formatu 2026-12-03 15:00.
application-interview-applicant = Osoba koordynująca program, { $coordinator }, proponuje rozmowę o zgłoszeniu na mentora w terminie { $when } (czas lokalny, { $timezone }). Odpowiedz tej osobie, aby potwierdzić.
application-interview-coordinator = Osobie { $name } zaproponowano rozmowę w terminie { $when } ({ $timezone }).
application-already-decided = W sprawie tego zgłoszenia decyzja została już podjęta.
application-unknown = Nie mogę już znaleźć tego zgłoszenia.
applications-none = Brak zgłoszeń mentorów oczekujących na decyzję.
applications-title = Zgłoszenia mentorów oczekujące na decyzję: { $count }

## Koordynatorzy i zaproszenia

grant-usage = Użycie: /grant coordinator <osoba>, gdzie <osoba> to imię i nazwisko lub nazwa użytkownika w czacie.
grant-unknown = Wśród uczestników programu nie ma nikogo o nazwie „{ $input }”.
grant-ambiguous = Do „{ $input }” pasuje więcej niż jedna osoba. Użyj nazwy użytkownika w czacie.
grant-done = { $name } ma teraz rolę koordynatora.
grant-already = { $name } ma już rolę koordynatora.
grant-received = Nowa rola: koordynator programu (nadana przez: { $by }). Wyślij /help, aby zobaczyć nowe polecenia.
invite-usage = Użycie: /invite mentor|mentee [liczba użyć] [dni], na przykład /invite mentee 10 30. Liczba użyć: od 1 do 500, dni: od 1 do 365.
invite-created =
    Kod zaproszenia dla { $role } ({ $uses ->
        [one] { $uses } użycie
        [few] { $uses } użycia
       *[many] { $uses } użyć
    }, ważny do { $until }):
    { $code }
    Nowi uczestnicy wysyłają: /start { $code }
role-name-mentor = mentorów
role-name-mentee = mentee

## Łączenie kont

link-code =
    Kod połączenia: { $code }. Jest ważny przez 10 minut.
    Z drugiego konta czatu wyślij: /link { $code }
link-done = To konto jest teraz połączone z profilem, { $name }.
link-invalid = Ten kod połączenia jest nieprawidłowy lub wygasł. Wyślij /link z pierwszego konta, aby otrzymać nowy.
link-already = To konto już należy do tego profilu.
link-other-profile = To konto należy już do innego profilu. Aby je połączyć, najpierw wyślij tutaj /forget.
link-needs-profile = Aby otrzymać kod, wyślij /link z konta, które ma już profil.
notify-usage = Użycie: /notify-on <platforma>, jedna z: { $platforms }. Obecnie powiadomienia trafiają na konto { $current }.
notify-set = Od teraz wysyłam powiadomienia na konto { $platform }.
notify-unknown = Z profilem nie połączono żadnego konta { $platform }. Połączone konta: { $platforms }.
link-notice = Z profilem połączono kolejne konto czatu ({ $platform }). Nie rozpoznajesz tej zmiany? Poinformuj koordynatora.

## Prywatność

privacy =
    Co przechowuję i dlaczego:
    • Profil (imię i nazwisko, kraj, organizacja, sektor, etap kariery, języki, kompetencje, cele, dostępność, strefa czasowa, preferowana forma spotkań) – aby dobierać odpowiednie osoby do współpracy.
    • Konta czatu – aby móc się kontaktować tam, gdzie toczą się rozmowy.
    • Dane z przebiegu programu (zgłoszenia, pary, sesje, godziny, raporty) – aby prowadzić program i sporządzać z niego sprawozdania.
    • Dziennik działań koordynatorów – aby zapewnić rozliczalność.
    Koordynatorzy widzą profil. Pozostali uczestnicy widzą tylko to, co jest potrzebne do połączenia w parę.
    /export przesyła wszystkie przechowywane dane; /forget je usuwa. Wiedza udostępniona z własnej woli pozostaje w bazie wiedzy w formie zanonimizowanej.
export-ready = Oto wszystkie przechowywane dane.
forget-confirm = Spowoduje to usunięcie profilu, połączonych kont i danych z przebiegu programu. Tej operacji nie można cofnąć. Czy na pewno?
forget-yes = Tak, usuń wszystko
forget-no = Nie, zachowaj moje dane
forget-done = Wszystkie dane zostały usunięte. Do widzenia i dziękujemy za udział w programie.
forget-kept = Nic nie zostało usunięte.

## Pary

why-competences = oferta pasuje do potrzeb: { $competences }
why-languages = obie osoby mówią: { $languages }
why-countries = różne kraje ({ $first } i { $second })
why-overlap = { $hours ->
    [one] jedna wspólna godzina pracy
    [few] { $hours } wspólne godziny pracy
   *[many] { $hours } wspólnych godzin pracy
}
why-reverse = mentoring odwrócony: mentee ma większe doświadczenie
pair-accept = Akceptuj: { $name }
pair-decline = Odrzuć: { $name }
pair-intro-mentee = Przedstawiam mentora: { $name } ({ $country }, { $organisation }). Dlaczego właśnie ta para: { $why }.
pair-intro-mentor = Przedstawiam nową osobę w roli mentee: { $name } ({ $country }, { $organisation }). Dlaczego właśnie ta para: { $why }. Cele: „{ $goals }”
pair-intro-next = Zaakceptuj lub odrzuć propozycję do { $deadline } (czas lokalny). Gdy obie strony ją zaakceptują, skontaktuję Was ze sobą: umówcie pierwszą sesję i zacznijcie od uzgodnienia celów.
request-new = { $name } ({ $country }) prosi o mentoring. Dlaczego właśnie ta para: { $why }. Cele: „{ $goals }” Zaakceptuj lub odrzuć prośbę do { $deadline } (czas lokalny).
request-sent = Prośba została wysłana (mentor: { $name }). Odpowiedź jest możliwa do { $deadline } (czas lokalny); dam znać, gdy przyjdzie.
pair-unknown = Nie mogę znaleźć tej pary albo nie masz do niej dostępu.
pair-answered-already = Odpowiedź została już udzielona albo termin minął.
request-full = Ten mentor nie ma już wolnego miejsca, więc prośba została przekazana dalej.
pair-accepted-wait = Dziękuję! Gdy { $name } również zaakceptuje, możecie zaczynać.
pair-active = Para mentoringowa z osobą { $name } jest już aktywna. Kontakt: { $contact }. Umówcie pierwszą sesję i zacznijcie od uzgodnienia celów.
pair-decline-reason-ask = Czy chcesz podać powód? To pomoże koordynatorom znaleźć lepsze dopasowanie. Wyślij „-”, aby pominąć.
pair-declined-self = Rozumiem, propozycja została odrzucona. Profil wraca do puli osób czekających na parę.
pair-declined-other = Osoba { $name } odrzuciła propozycję. Profil wraca do puli osób czekających na parę, a koordynator poszuka innego dopasowania.
pair-expired = Propozycja pary z osobą { $name } nie doczekała się odpowiedzi na czas i wygasła. Profil wraca do puli osób czekających na parę.
pair-declined-coordinator = Osoba { $who } odrzuciła propozycję pary: { $mentor } (mentor) i { $mentee } (mentee). Obie osoby wracają do puli.
pair-declined-coordinator-reason = Osoba { $who } odrzuciła propozycję pary: { $mentor } (mentor) i { $mentee } (mentee), z uzasadnieniem: „{ $reason }” Obie osoby wracają do puli.
pair-expired-coordinator = Propozycja pary wygasła bez odpowiedzi: { $mentor } (mentor) i { $mentee } (mentee). Obie osoby wracają do puli.
request-declined-self = Rozumiem, prośba została odrzucona. Dziękuję za odpowiedź.
request-lapsed-mentor = Prośba od osoby { $name } nie doczekała się odpowiedzi na czas i wygasła.
request-passed-on = Osoba { $name } nie może podjąć się mentoringu, więc prośba trafiła do kolejnego wybranego mentora: { $next }.
request-none-left = Osoba { $name } nie może podjąć się mentoringu, a żaden z pozostałych wybranych mentorów nie ma wolnego miejsca. Wyślij /mentors, aby zobaczyć, kto jeszcze pasuje.
pair-state-proposed = zaproponowana
pair-state-rejected = odrzucona
pair-state-requested = zgłoszona
pair-state-introduced = przedstawiona
pair-state-active = aktywna
pair-state-completed = ukończona
pair-state-ended = zakończona
pair-none = Nie masz jeszcze pary mentoringowej.
pair-list-title = Pary mentoringowe:
pair-role-mentor = Mentor
pair-role-mentee = Mentee
pair-line = { $role }: { $name } – { $state } od { $since }
pair-complete-button = Oznacz jako ukończoną: { $name }
pair-end-button = Zakończ parę: { $name }
pairs-none = Nie ma jeszcze żadnych par. Wyślij /match, aby je zaproponować.
pairs-title = Wszystkie pary: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } od { $since }
pairs-end-button = Zakończ: { $mentor } → { $mentee }
pair-cannot-complete = Ukończyć można tylko aktywną parę; status tej pary: { $state }.
pair-cannot-end = Ta para już się zakończyła ({ $state }).
pair-completed = Gratulacje: mentoring z osobą { $name } został ukończony. Dziękujemy obu stronom!
pair-end-reason-ask = Dlaczego para się kończy? Odpowiedź zobaczą tylko koordynatorzy. Wyślij „-”, aby pominąć.
pair-ended = Para mentoringowa z osobą { $name } została zakończona (przez: { $by }). Jeśli potrzebne jest nowe dopasowanie, koordynator może pomóc.
pair-ended-self = Para została zakończona.

## Dobór par

match-none = Obecnie nie ma kogo połączyć w pary: żaden mentee bez mentora nie ma pasującego mentora z wolnym miejscem (bez pary: { $unmatched }).
match-title = Proponowane pary: { $count } (łączny wynik { $total }; bez pary: { $unmatched }). Nikt nie zostanie o niczym poinformowany przed zatwierdzeniem.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … i jeszcze { $count }.
match-approve-all = Zatwierdź wszystkie
match-review = Przejrzyj po kolei
match-approve = Zatwierdź
match-reject = Odrzuć
match-reviewed = Wszystkie propozycje zostały rozpatrzone. Wyślij /pairs, aby zobaczyć pary.
match-approved = { $count ->
    [one] Zatwierdzono jedną parę i przedstawiono sobie jej członków.
    [few] Zatwierdzono { $count } pary i przedstawiono sobie ich członków.
   *[many] Zatwierdzono { $count } par i przedstawiono sobie ich członków.
}
match-approved-full = { $count ->
    [one] Nie udało się zatwierdzić jednej propozycji: mentor nie ma już wolnego miejsca albo mentee ma już w międzyczasie mentora.
   *[other] Nie udało się zatwierdzić { $count } propozycji: mentor nie ma już wolnego miejsca albo mentee ma już w międzyczasie mentora.
}
match-approved-one = Przedstawiono sobie: { $mentor } i { $mentee }.
match-full = { $mentor } nie ma już wolnego miejsca (albo { $mentee } ma już w międzyczasie mentora), więc ta propozycja została usunięta.
match-rejected-one = Odrzucono: para { $mentor } i { $mentee } nie zostanie ponownie zaproponowana. Pozostałe propozycje zoptymalizowano od nowa; ich liczba: { $count }.
match-stale = Ta propozycja nie jest już otwarta.
mentors-off = W tym programie pary dobierają koordynatorzy; przedstawię mentora, gdy para będzie gotowa.
mentors-not-now = Masz już mentora lub otwartą prośbę albo nie szukasz żadnej kompetencji (możesz to zmienić poleceniem /profile edit).
mentors-none = Obecnie nie pasuje żaden mentor z wolnym miejscem. Koordynator poszuka dopasowania.
mentors-title = Najlepiej pasujący mentorzy:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Poproś: { $name }
mentors-gone = Ten mentor nie jest już dostępny. Oto aktualna lista.
avoid-usage = Użycie: /avoid <osoba>, gdzie <osoba> to imię i nazwisko lub nazwa użytkownika w czacie. Połączenie w parę z tą osobą zostanie wykluczone na stałe; nie zostanie ona o tym poinformowana.
avoid-done = Zanotowano: połączenie w parę z tą osobą jest wykluczone. Nie zostanie ona o tym poinformowana.
avoid-self = Nie można wykluczyć własnego profilu.

## Kręgi

circles-usage = Użycie: /circles form [rozmiar], gdzie rozmiar to liczba od 2 do { $max } (domyślnie 5); /circles wyświetla listę kręgów.
circles-none = Nie udało się utworzyć żadnego kręgu: poza kręgami jest za mało osób, które mówią wspólnym językiem i szukają jakiejś kompetencji (poza kręgiem: { $left }).
circles-formed = { $count ->
    [one] Utworzono jeden krąg
    [few] Utworzono { $count } kręgi
   *[many] Utworzono { $count } kręgów
} ({ $people ->
    [one] { $people } osoba
    [few] { $people } osoby
   *[many] { $people } osób
}); wszyscy członkowie wiedzą już, kto jest w ich kręgu.
circles-left-out = Nie udało się przydzielić do kręgu: { $names } (brak języka wspólnego z wystarczającą liczbą innych osób).
circle-formed = Należysz teraz do kręgu mentoringu koleżeńskiego { $circle } razem z: { $members }. Wspólny język: { $language }.
circle-shared = Kompetencje, które chce rozwijać kilka osób z kręgu: { $competences }.
circles-empty = Nie ma jeszcze żadnych kręgów. Wyślij /circles form, aby je utworzyć.
circles-title = Kręgi: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Sesje

session-place-open = do uzgodnienia
session-describe = { $when } ({ $timezone }), { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}, { $mode }: { $place }
when-unreadable = Nie udało się odczytać daty i godziny. Wpisz je według czasu lokalnego, na przykład { $example }, „jutro 15:00” lub „wt 18:00”.
when-past = Ten termin już minął. Podaj termin w przyszłości, na przykład { $example }.
when-ambiguous = Ta godzina jest niejednoznaczna (na przykład wtedy następuje zmiana czasu albo godzina taka jak 3 może oznaczać noc lub popołudnie). Wpisz ją w pełnej postaci, na przykład { $example }.
when-nonexistent = Tego dnia ta godzina nie istnieje w tej strefie czasowej z powodu zmiany czasu. Wybierz inną, na przykład { $example }.
when-too-far = To zbyt odległy termin. Wybierz termin w ciągu najbliższych dwóch lat, na przykład { $example }.
when-after-end = Ten termin wypada po zakończeniu programu. Wybierz wcześniejszy.
book-no-pair = Aby zarezerwować sesję, potrzebna jest aktywna para mentoringowa. Wyślij /pair, aby zobaczyć swoje pary.
book-ask-pair = Z kim ma się odbyć sesja?
book-ask-when = Kiedy? Wpisz datę i godzinę w swojej strefie czasowej ({ $timezone }), na przykład { $example }, „jutro 15:00”, „wt 18:00” lub „za 3 dni 10:00”.
minutes-value = { $minutes } min
book-ask-minutes = Jak długo? (albo wpisz liczbę minut)
book-minutes-invalid = Wybierz długość albo wpisz liczbę minut (od 15 do 480).
book-ask-mode = Online czy osobiście?
book-ask-link = Link do sesji online? Wyślij „-”, jeśli zostanie uzgodniony później.
book-ask-place = Gdzie odbędzie się spotkanie? Wyślij „-”, jeśli miejsce zostanie uzgodnione później.
book-place-invalid = Podaj link lub miejsce (maksymalnie 300 znaków) albo „-”.
repeat-once = Tylko raz
repeat-weekly = Co tydzień
repeat-biweekly = Co dwa tygodnie
repeat-cron = według harmonogramu { $rule }
book-ask-repeat = Czy sesja ma się powtarzać? Wybierz opcję albo wpisz regułę cron (sekundy minuty godziny dzień miesiąc dzień_tygodnia, np. 0 0 18 * * Tue).
book-repeat-invalid = Wybierz jedną z opcji albo wpisz prawidłową regułę cron, na przykład 0 0 18 * * Tue.
book-sent = Wysłano prośbę o potwierdzenie do osoby { $name }: { $session }{ $count ->
    [one] .
    [few] , łącznie { $count } sesje.
   *[many] , łącznie { $count } sesji.
}
session-request = { $name } proponuje sesję mentoringową: { $session }.
session-series = Powtarzanie: { $rule } – { $count ->
    [one] { $count } sesja
    [few] { $count } sesje
   *[many] { $count } sesji
} do końca programu.
session-confirm = Potwierdź
session-confirm-all = Potwierdź wszystkie
session-other-time = Zaproponuj inny termin
session-decline = Odrzuć
session-unknown = Nie mogę znaleźć tej sesji albo nie masz do niej dostępu.
session-answered-already = Odpowiedź w sprawie tej sesji została już udzielona.
session-own-proposal = Nie można potwierdzić własnej propozycji; potwierdza ją druga osoba.
session-declined = Osoba { $name } odrzuciła sesję: { $session }.
session-declined-self = Odrzucono. Druga osoba została poinformowana.
session-not-upcoming = Termin tej sesji już minął, więc nie można jej zmienić.
session-attend-noted = Świetnie, do zobaczenia!
session-confirmed = Sesja z osobą { $name } została potwierdzona: { $session }{ $count ->
    [one] .
    [few] , łącznie { $count } sesje.
   *[many] , łącznie { $count } sesji.
} Plik kalendarza jest w załączniku.
session-calendar-title = Sesja mentoringowa: { $name }
session-cancelled = Osoba { $name } odwołała sesję: { $session }.
session-cancelled-self = Sesja została odwołana, a druga osoba – poinformowana.
session-ask-new-time = Jaki termin by pasował? Wpisz go w swojej strefie czasowej ({ $timezone }), na przykład { $example }.
session-time-sent = Nowy termin został wysłany do osoby { $name }: { $session }.
session-reminder = Przypomnienie: sesja z osobą { $name } – { $session }.
reminder-late = (To przypomnienie przychodzi z opóźnieniem: w zaplanowanym czasie nie działałem).
session-attend = Będę
session-reschedule = Zmień termin
session-cancel = Odwołaj
session-follow-up = Czy sesja z osobą { $name } ({ $session }) się odbyła?
session-held = Tak, { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}
session-other-length = Tak, ale dłużej lub krócej
session-missed = Nie
session-already-recorded = Ta sesja została już zapisana.
session-missed-noted = Zanotowano: sesja się nie odbyła. Zarezerwuj nową poleceniem /book.
session-ask-length = Ile minut trwała?
session-length-invalid = Podaj liczbę minut, od 5 do 600.
session-ask-note = Czy chcesz coś zanotować (temat, ustalenie, kolejny krok)? Wyślij „-”, aby pominąć.
session-recorded = Dziękuję! Obu stronom zaliczono { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}.
session-recorded-other = Osoba { $name } zapisała wspólną sesję: obu stronom zaliczono { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}.
session-state-proposed = czeka na potwierdzenie
session-state-confirmed = potwierdzona
session-state-cancelled = odwołana
session-state-held = odbyła się
session-state-missed = nie odbyła się
sessions-line = { $when } z osobą { $name }, { $minutes } min – { $state }
sessions-none = Nie masz jeszcze żadnych sesji. Zarezerwuj sesję poleceniem /book.
sessions-none-upcoming = Nie masz nadchodzących sesji.
sessions-upcoming = Nadchodzące:
sessions-past = Ostatnie:
sessions-pick-reschedule = Której sesji termin chcesz zmienić?
sessions-pick-cancel = Którą sesję chcesz odwołać?

## Godziny

hours-kind-bilateral = Sesja w parze
hours-kind-group = Sesja grupowa
hours-kind-joint = Wspólne spotkanie
hours-kind-preparation = Przygotowanie i raporty
log-ask-kind = Na co poświęcono ten czas?
log-ask-hours = Ile godzin? (na przykład 1,5 albo 90 min)
log-hours-invalid = Podaj liczbę godzin od 0,25 do 12 (na przykład 1,5) albo liczbę minut (na przykład 90 min).
log-done = Zapisano: { $hours } godz., { $kind }.
hours-title = Godziny: łącznie { $hours } godz.
hours-line = { $kind }: { $hours } godz.
hours-budget = Budżet programu to { $budget ->
    [one] { $budget } godzina
    [few] { $budget } godziny
   *[many] { $budget } godzin
} na osobę w roli mentee; pozostało: { $left } godz. Sesje w parze do tej pory: { $bilateral } godz. (oczekiwane minimum to { $min ->
    [one] { $min } godzina
    [few] { $min } godziny
   *[many] { $min } godzin
}).
hours-warning = Wykorzystano { $hours } z { $budget } godz. budżetu programu.
hours-budget-reached = Osiągnięto budżet programu: { $budget ->
    [one] { $budget } godzina
    [few] { $budget } godziny
   *[many] { $budget } godzin
}.
hours-refused = Te godziny przekroczyłyby budżet programu ({ $budget ->
    [one] { $budget } godzina
    [few] { $budget } godziny
   *[many] { $budget } godzin
}; pozostało: { $left } godz.), więc nie zostały zapisane. Koordynator może pomóc.
hours-pending = Kolejne { $hours } godz. przekroczyłyby budżet programu ({ $budget ->
    [one] { $budget } godzina
    [few] { $budget } godziny
   *[many] { $budget } godzin
}), więc czekają na zatwierdzenie przez koordynatora. Decyzja zostanie przekazana.
hours-approval-request = Osoba { $name } zapisała { $hours } godz. ({ $kind }), co daje łącznie { $total } godz., czyli więcej niż budżet ({ $budget } godz.). Zatwierdzić te godziny?
hours-approve = Zatwierdź
hours-refuse = Odrzuć
hours-approved-coordinator = Zatwierdzono: zapisano { $hours } godz. dla osoby { $name }.
hours-refused-coordinator = Odrzucono: nie zapisano { $hours } godz. dla osoby { $name }.
hours-approved = Osoba { $name } zatwierdziła { $hours } godz. ponad budżet: zostały zapisane.
hours-not-approved = Osoba { $name } nie zatwierdziła { $hours } godz. ponad budżet, więc nie zostały zapisane.
hours-request-already-decided = W sprawie tych godzin decyzja już zapadła.
hours-request-unknown = Nie mogę już znaleźć tych godzin.

## Program: ankiety, raporty, przypomnienia

checkin-ask = Jak przebiega mentoring z osobą { $name }?
checkin-rating-1 = 1 – słabo
checkin-rating-2 = 2
checkin-rating-3 = 3 – w porządku
checkin-rating-4 = 4
checkin-rating-5 = 5 – świetnie
checkin-ask-comment = Dziękuję. Chcesz coś dodać? Wyślij „-”, aby pominąć.
checkin-thanks = Dziękuję za opinię!
checkin-low-coordinator = Osoba { $name } oceniła mentoring z osobą { $other } na { $rating } w skali do 5. Komentarz: „{ $comment }”
deliverable-due = Przypomnienie: termin złożenia „{ $title }” mija { $due }. Wyślij /report, aby złożyć raport.
deliverable-overdue = Termin złożenia „{ $title }” minął { $due }, a raport nie został jeszcze złożony. Wyślij /report, aby go złożyć.
report-none-owed = Obecnie nie masz żadnego raportu do złożenia.
report-ask-which = Który raport chcesz złożyć?
report-not-owed = Złożenie tego raportu nie jest wymagane albo raport został już złożony.
report-question = Pytanie { $number } z { $count } (język odpowiedzi: { $language }): { $question }
report-answer-invalid = Odpowiedź musi mieć od 2 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
report-preview = Oto „{ $title }”. Wysłać?
report-send = Wyślij
report-restart = Zacznij od nowa
report-sent = Dziękuję! Raport „{ $title }” został złożony.
reports-none-configured = Ten program nie wymaga raportów.
reports-no-pairs = Nie ma jeszcze aktywnych ani ukończonych par.
reports-title = Raporty:
reports-delivered = { $name }: „{ $title }” – złożony { $date }
reports-due = { $name }: „{ $title }” – termin { $date }
reports-overdue = { $name }: „{ $title }” – ZALEGŁY od { $date }
nudge-inactive = Od { $days ->
    [one] { $days } dnia
   *[many] { $days } dni
} nie odbyła się żadna sesja z osobą { $name }. Wyślij /book, aby zaplanować kolejną.
nudge-answer = Osoba { $name } czeka na odpowiedź w sprawie propozycji pary. Wyślij /pair, aby ją zaakceptować lub odrzucić.
nudge-applications = { $count ->
    [one] Jedno zgłoszenie mentora czeka
    [few] { $count } zgłoszenia mentorów czekają
   *[many] { $count } zgłoszeń mentorów czeka
} na decyzję. Wyślij /applications.
stuck-inactive = Para { $mentor } i { $mentee }: brak sesji od { $days ->
    [one] { $days } dnia
   *[many] { $days } dni
}.

## Wiedza

kb-anonymous = osoba uczestnicząca w programie
kb-unavailable = Baza wiedzy jest obecnie niedostępna. Spróbuj ponownie później.
kb-ask-usage = Użycie: /ask, a po nim pytanie (od 3 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}), na przykład /ask Jak przygotować się do pierwszej sesji?
kb-ask-mentor = Zapytaj mentora
kb-no-results = W bazie wiedzy nie ma nic, co odpowiadałoby na to pytanie. Może wie to któryś z mentorów – przekazać pytanie dalej?
kb-passages-title = Najtrafniejsze znalezione fragmenty:
kb-sources = Źródła:
kb-source = [{ $number }] „{ $title }”, autor: { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Asystent redagujący odpowiedź działał zbyt długo, więc oto same fragmenty).
kb-llm-failed = (Asystent redagujący odpowiedź jest niedostępny, więc oto same fragmenty).
kb-helpful = Pomocne
kb-not-helpful = Niepomocne
kb-thanks-helpful = Dziękuję! To pomaga lepiej szeregować odpowiedzi.
kb-thanks-not-helpful = Dziękuję. Możesz też przekazać pytanie mentorowi.
kb-nothing-to-route = Najpierw zadaj pytanie poleceniem /ask; potem będzie można przekazać je mentorowi.
kb-no-mentor = Obecnie do tego pytania nie pasuje żaden zatwierdzony mentor. Koordynator może pomóc.
kb-routed-question = Osoba { $name } zadaje pytanie, na które baza wiedzy nie zna odpowiedzi ({ $language }): „{ $question }” Czy możesz na nie odpowiedzieć?
kb-answer-button = Odpowiedz
kb-routed = { $count ->
    [one] Pytanie zostało przekazane mentorowi.
    [few] Pytanie zostało przekazane { $count } mentorom.
   *[many] Pytanie zostało przekazane { $count } mentorom.
} Pierwsza odpowiedź trafi bezpośrednio do Ciebie.
kb-question-gone = To pytanie nie jest już otwarte.
kb-already-answered = Dziękuję, ale na to pytanie odpowiedział już inny mentor.
kb-answer-ask = Wpisz odpowiedź. Trafi ona bezpośrednio do osoby, która zadała pytanie.
kb-answer-invalid = Odpowiedź musi mieć od 10 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
kb-mentor-answer = Osoba { $name } odpowiedziała na pytanie „{ $question }”: { $answer }
kb-answer-sent = Dziękuję! Odpowiedź trafiła do osoby { $name }. Czy może ona stać się wpisem w bazie wiedzy dla całego programu? Zostanie dodana tylko za zgodą obu stron.
kb-keep = Dodaj do bazy wiedzy
kb-private = Zachowaj między nami
kb-entry-exists = To jest już w bazie wiedzy.
kb-kept-private = Rozumiem: odpowiedź zostaje tylko między Wami.
kb-consent-waiting = Dziękuję. Odpowiedź zostanie dodana, gdy tylko druga osoba również wyrazi zgodę.
kb-entry-created = Odpowiedź jest teraz wpisem #{ $id } w bazie wiedzy. Dziękuję za podzielenie się wiedzą!
share-ask-title = Jaki tytuł ma mieć to, czym chcesz się podzielić?
share-ask-body = Napisz tekst: zdobytą wiedzę, metodę albo odpowiedź na często zadawane pytanie.
share-ask-tags = Jakich kompetencji to dotyczy? Wybierz wszystkie pasujące albo „Brak”.
share-visibility-programme = Wszyscy w programie
share-visibility-pair = Tylko moja para mentoringowa
share-ask-visibility = Kto może to czytać?
share-name-shown = Pokaż moje imię i nazwisko
share-name-anonymous = Pokaż „osoba uczestnicząca w programie”
share-ask-name = Jak podpisać autorstwo?
share-keep-yes = Zachowaj w formie anonimowej
share-keep-no = Usuń
share-ask-consent = Jeśli kiedyś opuścisz program i usuniesz swoje dane, czy ten wpis ma pozostać w bazie wiedzy bez imienia i nazwiska autora, czy zostać usunięty?
share-ask-language = W jakim języku jest napisany?
share-preview = Oto gotowy wpis. Zapisać?
share-preview-language = Język: { $language }
share-preview-tags = Kompetencje: { $tags }
share-save = Zapisz
share-change-language = Zmień język
share-restart = Zacznij od nowa
share-title-invalid = Tytuł musi mieć od 3 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
share-body-invalid = Tekst musi mieć od { $min } do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
share-saved = Zapisano jako wpis #{ $id } w bazie wiedzy. Dziękuję za podzielenie się wiedzą! Wpis można zmienić poleceniem /entries.
entries-none = Nie masz jeszcze żadnych wpisów. Wyślij /share, aby zacząć.
entries-title = Wpisy: { $count }. Wybierz wpis, aby go zmienić lub usunąć.
entries-edit = Edytuj #{ $id } „{ $title }”
entries-delete = Usuń #{ $id }
entry-not-yours = Ten wpis nie należy do Ciebie albo już nie istnieje.
entry-ask-text = Wyślij nowy tekst wpisu.
entry-updated = Wpis #{ $id } został zaktualizowany.
entry-deleted = Wpis #{ $id } został usunięty.
hide-usage = Użycie: /hide <numer>, gdzie <numer> to numer wpisu podany w źródłach (na przykład /hide 12).
entry-unknown = Nie ma wpisu #{ $id }.
entry-hidden = Wpis #{ $id } został ukryty: pozostaje w archiwum, ale nie pojawia się już w wynikach wyszukiwania.
capture-offer = Czy chcesz udostępnić tę notatkę w bazie wiedzy programu? Najpierw o zgodę zostanie poproszona druga osoba z pary mentoringowej.
capture-share = Udostępnij notatkę
capture-nothing = Z tej sesji nie ma notatki do udostępnienia.
capture-ask-other = Osoba { $name } chce udostępnić notatkę z Waszej sesji w bazie wiedzy programu: „{ $note }” Czy wyrażasz zgodę?
capture-agree = Zgadzam się
capture-decline = Wolę nie
capture-asked = Poproszono osobę { $name } o zgodę.
capture-declined-self = Rozumiem: notatka zostaje tylko między Wami.
capture-declined = Osoba { $name } woli zachować notatkę tylko między Wami.
capture-title = Notatki z sesji mentoringowej z dnia { $date }

## Widok koordynatora

export-which = Jakie dane chcesz otrzymać?
export-mine = Moje dane
export-programme = Dane programu (CSV)
export-programme-ready = Dane programu: uczestnicy, pary, sesje, godziny i raporty.
stats-title = Program w skrócie:
stats-people = Osoby: { $total } (mentee: { $mentees }, zatwierdzeni mentorzy: { $mentors }, zgłoszenia mentorów: { $applicants }, koordynatorzy: { $coordinators })
stats-countries = Według kraju: { $countries }
stats-pairs = Pary: aktywne – { $active }, czekające na odpowiedź – { $introduced }, ukończone – { $completed }, zakończone przedwcześnie – { $ended }
stats-sessions = Sesje: odbyte – { $held }, nadchodzące – { $upcoming }
stats-hours = Zapisane godziny: { $hours } godz., w tym w sesjach w parze: { $bilateral } godz. (budżet: { $budget } godz. na osobę w roli mentee)
stats-reports = Raporty: złożone – { $delivered }, zaległe – { $overdue }
stats-checkins = Ankiety: średnia ocena { $average } na 5 (liczba ocen: { $count }, w tym niskich: { $low })
stats-attention = Wymaga uwagi:
stats-attention-none = Obecnie nic nie wymaga uwagi.
stats-attention-inactive = { $mentor } i { $mentee }: brak sesji od { $days ->
    [one] { $days } dnia
   *[many] { $days } dni
}
stats-attention-unanswered = { $mentor } i { $mentee }: propozycja pary lub prośba czeka na odpowiedź
stats-attention-overdue = { $name }: „{ $title }” – zaległy
stats-attention-applications = { $count ->
    [one] Jedno zgłoszenie mentora czeka na decyzję
    [few] { $count } zgłoszenia mentorów czekają na decyzję
   *[many] { $count } zgłoszeń mentorów czeka na decyzję
}
chart-hours-title = Godziny na osobę w roli mentee na tle budżetu
chart-hours-series = Zapisane godziny
chart-hours-axis = Godziny
chart-budget = Budżet ({ $budget } godz.)
chart-sessions-title = Odbyte sesje w poszczególnych tygodniach
chart-sessions-series = Sesje
chart-sessions-axis = Sesje
chart-countries-title = Uczestnicy według kraju
chart-countries-series = Uczestnicy
chart-countries-axis = Osoby
announce-usage = Użycie: /announce [mentors|mentees|coordinators] <tekst>, na przykład /announce mentees Wspólne spotkanie odbędzie się w piątek o 10:00 (CET).
announce-from = Ogłoszenie (nadawca: { $name }):
announce-sent = { $count ->
    [one] Ogłoszenie jest wysyłane do jednej osoby.
    [few] Ogłoszenie jest wysyłane do { $count } osób.
   *[many] Ogłoszenie jest wysyłane do { $count } osób.
}

## Sesje grupowe w pokojach czatu

group-room-only = To działa w pokoju czatu kręgu lub grupy. Napisz to tam.
group-members-only = W sesjach grupowych mogą brać udział tylko uczestnicy programu. Aby dołączyć, wyślij mi /start w czacie prywatnym.
group-help =
    Sesje grupowe w tym pokoju:
    /group schedule <kiedy> <temat> – zaplanowanie sesji, na przykład: /group schedule jutro 15:00 Rekrutacja za granicą
    /group attend, /group absent – zgłoszenie obecności lub nieobecności
    /group start – rozpoczęcie: agenda i sprawdzenie obecności
    /here – odpowiedź na sprawdzenie obecności
    /round [minuty] – kolejna osoba przedstawia wyzwanie, a pozostałe po kolei doradzają; /next przekazuje głos
    /note <tekst> – dodanie notatki; /action <osoba> <tekst> – dodanie zadania
    /group end – zakończenie z podsumowaniem; /group cancel – odwołanie najbliższej sesji
    /group link <krąg> – przypisanie tego pokoju do kręgu
    /group room <krąg> – utworzę pokój dla kręgu i zaproszę jego członków (na Matriksie)
group-status-circle = To jest pokój kręgu { $circle }.
group-status-cohort = Ten pokój nie należy do żadnego kręgu: sesje w nim to wspólne spotkania wszystkich uczestników programu.
group-status-none = Nie zaplanowano tu żadnej sesji grupowej.
group-status-next = Najbliższa sesja: „{ $topic }”, { $when }. Zapowiedziana obecność: { $attend }. Zapowiedziana nieobecność: { $absent }.
group-status-running = W toku: „{ $topic }” (zaplanowana na { $when }). Zapowiedziana obecność: { $attend }. Zapowiedziana nieobecność: { $absent }.
group-no-circle = Ten pokój nie jest powiązany z żadnym kręgiem, więc wspólne spotkanie wszystkich uczestników może tu zaplanować tylko koordynator. Członek kręgu może powiązać pokój poleceniem /group link <krąg>, na przykład /group link circle-1.
group-schedule-denied = Sesję grupową może tu zaplanować tylko koordynator albo mentor należący do tego kręgu.
group-schedule-usage = Użycie: /group schedule <kiedy> <temat>, z godziną w swojej strefie czasowej, na przykład: /group schedule jutro 15:00 Rekrutacja za granicą
group-topic-invalid = Temat musi mieć od 2 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
group-schedule-clash = W tym pokoju jest już wtedy sesja: „{ $topic }”, { $when }. Wybierz inny termin.
group-scheduled = Osoba { $name } zaplanowała sesję grupową: „{ $topic }”, { $when }, { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}. Przed sesją przypomnę o niej wszystkim. Czy będziesz? Odpowiedz przyciskami albo poleceniem /group attend lub /group absent.
group-invitation = Osoba { $name } zaplanowała sesję grupową ({ $room }): „{ $topic }”, { $when } ({ $timezone }), { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}. Czy weźmiesz udział?
group-whole-cohort = wszyscy uczestnicy programu
group-attend = Będę
group-absent = Nie mogę przyjść
group-will-attend = Zanotowano: osoba { $name } będzie na sesji „{ $topic }”.
group-will-not-attend = Zanotowano: osoba { $name } nie może być na sesji „{ $topic }”.
group-nothing-scheduled = W tym pokoju nie zaplanowano żadnej sesji grupowej. Zaplanuj ją poleceniem /group schedule <kiedy> <temat>.
group-session-unknown = Nie mogę znaleźć tej sesji grupowej.
group-session-over = Sesja grupowa „{ $topic }” już się zakończyła albo została odwołana.
group-reminder-room = Przypomnienie: sesja grupowa „{ $topic }” odbędzie się { $when }. Czy będziesz? Odpowiedz przyciskami albo poleceniem /group attend lub /group absent.
group-reminder = Przypomnienie: sesja grupowa ({ $room }) „{ $topic }” odbędzie się { $when } ({ $timezone }).
group-cancelled = Osoba { $name } odwołała sesję grupową „{ $topic }” zaplanowaną na { $when }.
group-cancelled-member = Osoba { $name } odwołała sesję grupową „{ $topic }” zaplanowaną na { $when } ({ $timezone }).
group-cancel-running = Trwającej sesji się nie odwołuje, tylko zamyka poleceniem /group end.
group-run-denied = Może to zrobić tylko osoba prowadząca, koordynator lub mentor z tego kręgu.
group-already-running = W tym pokoju trwa już sesja grupowa. Najpierw zamknij ją poleceniem /group end.
group-start-too-early = Najbliższa sesja, „{ $topic }”, jest zaplanowana na { $when }. Można ją rozpocząć najwcześniej { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
   *[many] { $minutes } minut
} przed czasem.
group-agenda =
    Rozpoczyna się sesja grupowa „{ $topic }”. Prowadzenie: { $name }.
    Agenda:
    1. Sprawdzenie obecności: odpowiedz poleceniem /here lub przyciskiem.
    2. Rundy: /round wybiera osobę, która przedstawia wyzwanie; pozostałe osoby po kolei doradzają, a /next przekazuje głos. Każda runda trwa { $minutes } min.
    3. Przez cały czas: /note <tekst> – notatki, /action <osoba> <tekst> – zadania.
    4. /group end zamyka sesję podsumowaniem.
    Oczekiwane osoby: { $expected }. Usprawiedliwione nieobecności: { $excused }.
group-here-button = Jestem
group-not-running = W tym pokoju nie trwa żadna sesja grupowa. Zaplanowaną sesję rozpoczyna się poleceniem /group start.
group-present = Witaj, { $name }! { $count ->
    [one] Obecna jest jedna osoba.
    [few] Obecne są { $count } osoby.
   *[many] Obecnych jest { $count } osób.
}
group-already-present = Jesteś już na liście, { $name }.
group-not-present = Najpierw odpowiedz na sprawdzenie obecności poleceniem /here.
group-note-usage = Użycie: /note <tekst>, od 2 do { $max ->
    [one] { $max } znaku
   *[other] { $max } znaków
}.
group-noted = Zanotowano (dotąd { $count ->
    [one] jedna notatka
    [few] { $count } notatki
   *[many] { $count } notatek
}).
group-action-usage = Użycie: /action <osoba> <tekst>, na przykład: /action Ben wysłać cennik (maksymalnie { $max ->
    [one] { $max } znak
    [few] { $max } znaki
   *[many] { $max } znaków
}).
group-action-unknown = W tej sesji nie ma osoby „{ $name }”. Podaj imię osoby zaproszonej lub obecnej: { $members }.
group-action-ambiguous = Do „{ $name }” pasuje tu więcej niż jedna osoba. Wpisz pełne imię i nazwisko: { $members }.
group-action-noted = Zadanie dla osoby { $name }: { $text }
group-action-reminder = Przypomnienie z sesji grupowej „{ $topic }” z dnia { $date }. Zadanie do wykonania: { $text }
group-round-usage = Użycie: /round albo /round <minuty>, aby ograniczyć czas rundy do wartości od 2 do 120 minut.
group-round-too-few = Do rundy potrzebne są co najmniej dwie obecne osoby. Odpowiedz na sprawdzenie obecności poleceniem /here.
group-round-all-presented = Wszystkie obecne osoby już przedstawiły swoje wyzwania. Zamknij sesję poleceniem /group end.
group-round-start = Runda { $number } ({ $minutes } min): { $name } – prezentacja wyzwania. Potem rady w tej kolejności: { $advisers }. /next przekazuje głos.
group-next-adviser = { $name }, prosimy o radę (runda { $number }, { $left ->
    [0] czas minął
    [one] została minuta
    [few] zostały { $left } minuty
   *[many] zostało { $left } minut
}).
group-round-done = Runda { $number } zakończona. Dziękujemy, { $name }! /round – kolejna osoba, /group end – zakończenie sesji.
group-no-round = Żadna runda nie trwa. Rozpocznij ją poleceniem /round.
group-next-denied = Głos może przekazać tylko osoba mówiąca, osoba prowadząca lub koordynator.
group-round-warning = { $left ->
    [one] Została minuta
    [few] Zostały { $left } minuty
   *[many] Zostało { $left } minut
} do końca rundy { $number }.
group-round-over = Czas rundy { $number } minął. { $name }, prosimy o zakończenie; potem /next lub /round.
group-summary-title = Podsumowanie sesji grupowej „{ $topic }” z dnia { $date } ({ $minutes } min)
group-summary-present = Obecność ({ $count }): { $names }
group-summary-excused = Usprawiedliwione nieobecności: { $names }
group-summary-notes = Notatki:
group-summary-no-notes = Nie sporządzono notatek.
group-summary-actions = Zadania:
group-summary-action = { $name }: { $text }
group-summary-written = W skrócie:
group-hours-logged = Każdej obecnej osobie (łącznie { $count }) zapisano { $hours } godz. jako „{ $kind }”.
group-consent-asked = Czy notatki mogą trafić do bazy wiedzy programu, bez nazwisk? Każda osoba dostała to pytanie w czacie prywatnym. Notatki zostaną zapisane tylko wtedy, gdy wszystkie obecne osoby zgodzą się w ciągu { $hours ->
    [one] { $hours } godziny
   *[many] { $hours } godzin
}.
group-consent-question = Dziękujemy za udział w sesji „{ $topic }”: zapisano { $hours } godz. Czy notatki z sesji mogą zostać zapisane w bazie wiedzy programu, bez niczyich nazwisk? Zostaną zapisane tylko wtedy, gdy wszystkie obecne osoby wyrażą zgodę do { $until } ({ $timezone }).
group-consent-yes = Tak, zapisz
group-consent-no = Nie
group-consent-closed = Pytanie o notatki z sesji „{ $topic }” jest już zamknięte.
group-consent-not-yours = O te notatki pytane są tylko osoby, które były obecne.
group-consent-refused-self = Zanotowano: notatki nie zostaną zapisane.
group-consent-refused = Nie wszyscy się zgodzili, więc notatki z sesji „{ $topic }” nie zostaną zapisane w bazie wiedzy.
group-consent-thanks = Dziękuję! Dotąd zgodę wyraziło { $agreed } z { $count }.
group-consent-thanks-saved = Dziękuję! Wszyscy się zgodzili: notatki zapisano jako wpis { $id }.
group-consent-saved = Wszyscy się zgodzili: notatki z sesji „{ $topic }” zapisano w bazie wiedzy jako wpis { $id }.
group-consent-lapsed = Nie wszyscy odpowiedzieli na czas, więc notatki z sesji „{ $topic }” nie zostaną zapisane w bazie wiedzy.
group-entry-title = Sesja grupowa: { $topic } ({ $date })
group-entry-actions = Ustalone kolejne kroki:
group-link-usage = Użycie: /group link <krąg>, na przykład: /group link circle-1
group-link-unknown = Nie ma kręgu o nazwie „{ $circle }”. Kręgi: { $circles }.
group-link-denied = Powiązać ten pokój z kręgiem { $circle } może tylko koordynator lub członek tego kręgu.
group-linked = Ten pokój jest teraz pokojem kręgu { $circle } (członkowie: { $members }).
group-room-usage = Użycie: /group room <krąg>, na przykład: /group room circle-1. Utworzę pokój dla kręgu, zaproszę jego członków i powiążę pokój z kręgiem.
group-room-creating = Tworzę pokój dla kręgu { $circle } z udziałem: { $members }. Pojawi się na liście czatów (jeśli platforma o to poprosi, przyjmij zaproszenie).
group-room-missing = Bez zaproszenia, bo brak powiązanego konta { $platform }: { $names }.
group-room-unsupported = Na platformie { $platform } nie mogę samodzielnie tworzyć pokoi. Utwórz grupę z członkami kręgu { $circle }, dodaj do niej mnie i wyślij tam /group link { $circle }.

## Menu poleceń (lista poleceń w Telegramie, polecenia z ukośnikiem w Discordzie): krótko, maksymalnie 100 znaków

cmd-start = Dołączenie do programu
cmd-start-code = Kod zaproszenia lub połączenia, jeśli jest
cmd-help = Co potrafię
cmd-profile = Wyświetlenie lub zmiana profilu
cmd-profile-action = „edit”, aby zmienić część profilu
cmd-language = Zmiana języka, w którym rozmawiamy
cmd-link = Połączenie innego konta czatu z profilem
cmd-link-code = Kod z drugiego konta
cmd-notify-on = Wybór konta czatu, na które trafiają powiadomienia
cmd-notify-on-platform = telegram, matrix, discord lub console
cmd-privacy = Co przechowuję i dlaczego
cmd-export = Pobranie wszystkich swoich danych w postaci pliku
cmd-forget = Usunięcie wszystkich swoich danych
cmd-cancel = Przerwanie bieżącej czynności
cmd-applications = Zgłoszenia mentorów czekające na decyzję
cmd-invite = Utworzenie kodu zaproszenia
cmd-invite-role = Dla kogo jest kod: mentor lub mentee
cmd-invite-uses = Ile osób może go użyć (1–500)
cmd-invite-days = Przez ile dni jest ważny (1–365)
cmd-grant = Nadanie komuś roli koordynatora
cmd-grant-role = Rola do nadania
cmd-grant-person = Imię i nazwisko lub nazwa użytkownika w czacie
cmd-pair = Wyświetlenie swoich par mentoringowych
cmd-mentors = Pasujący mentorzy
cmd-avoid = Wykluczenie łączenia w parę z daną osobą
cmd-avoid-person = Imię i nazwisko lub nazwa użytkownika w czacie
cmd-match = Propozycja najlepszych par dla wszystkich bez mentora
cmd-pairs = Wszystkie pary w programie
cmd-circles = Utworzenie kręgów mentoringu koleżeńskiego lub ich lista
cmd-circles-action = „form”, aby utworzyć kręgi ze wszystkich osób spoza kręgów
cmd-circles-size = Liczba osób w kręgu (2–12, domyślnie 5)
cmd-book = Rezerwacja sesji z mentorem lub mentee
cmd-sessions = Wyświetlenie swoich sesji
cmd-reschedule = Zmiana terminu sesji
cmd-cancel-session = Odwołanie sesji
cmd-log = Zapisanie godzin
cmd-hours = Zestawienie godzin z budżetem programu
cmd-report = Złożenie raportu
cmd-reports = Kto złożył który raport
cmd-ask = Pytanie do bazy wiedzy programu
cmd-ask-question = Treść pytania
cmd-share = Podzielenie się wiedzą z programem
cmd-entries = Wyświetlenie swoich wpisów w bazie wiedzy
cmd-hide = Ukrycie wpisu w bazie wiedzy
cmd-hide-entry = Numer wpisu
cmd-stats = Przegląd programu z wykresami
cmd-announce = Wiadomość do wszystkich uczestników programu lub do jednej roli
cmd-announce-audience = Kto ją otrzyma (domyślnie wszyscy)
cmd-announce-text = Treść wiadomości
cmd-group = Sesje grupowe w tym pokoju: planowanie, rozpoczęcie, zakończenie, udział
cmd-group-action = schedule, start, end, attend, absent, cancel, link lub room
cmd-group-details = Dla schedule: termin i temat; dla link i room: krąg
cmd-here = Odpowiedź na sprawdzenie obecności w sesji grupowej
cmd-round = Kolejna osoba prezentująca w sesji grupowej
cmd-round-minutes = Czas rundy w minutach (2–120)
cmd-next = Przekazanie głosu kolejnej osobie
cmd-note = Dodanie notatki do sesji grupowej
cmd-note-text = Treść notatki
cmd-action = Dodanie zadania dla wybranej osoby
cmd-action-person = Kto je wykona: imię
cmd-action-text = Co ma zostać zrobione
