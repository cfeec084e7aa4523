# mentor-cloud — Deutsch (German).
# Übersetzung von en/main.ftl; Schlüssel und Variablen müssen mit der englischen Datei übereinstimmen.

## Allgemeines

welcome-back = Willkommen zurück, { $name }! Senden Sie /help, um zu sehen, was ich kann.
not-joined = Hallo! Ich bin der Mentoring-Assistent des Programms. Senden Sie /start, um teilzunehmen.
not-understood = Das habe ich nicht verstanden. Senden Sie /help, um zu sehen, was ich kann.
unknown-command = Den Befehl { $command } kenne ich nicht. Senden Sie /help, um zu sehen, was ich kann.
text-too-long = Ihre Nachricht ist zu lang ({ $length } Zeichen; erlaubt sind höchstens { $limit }). Bitte kürzen Sie sie.
empty-message = Diese Nachricht war leer. Bitte geben Sie eine Antwort ein.
internal-error = Entschuldigung, bei mir ist etwas schiefgelaufen, und es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.
nothing-to-cancel = Es gibt nichts abzubrechen.
cancelled = Abgebrochen. Es wurde nichts geändert.
onboarding-cancelled = Die Anmeldung wurde abgebrochen und nichts gespeichert. Senden Sie /start, wann immer Sie neu beginnen möchten.
dialog-in-progress = Wir sind gerade mitten in etwas. Beantworten Sie die Frage oben oder senden Sie /cancel, um abzubrechen.
direct-only = Das ist privat, deshalb beantworte ich es nur im Direktchat. Ich habe es Ihnen dorthin geschickt.
direct-only-start = Bitte schreiben Sie mir dafür in einem Direktchat.
not-in-room = Dieser Befehl funktioniert nur in Direktchats.
coordinator-only = Das kann nur das Koordinationsteam des Programms.
needs-profile = Sie nehmen noch nicht teil. Senden Sie /start, um teilzunehmen.
choice-invalid = Bitte wählen Sie eine der Optionen: Antworten Sie mit ihrer Nummer oder ihrem Namen.
choice-invalid-multi = Bitte wählen Sie eine oder mehrere Optionen: ihre Nummern oder Namen, durch Kommas getrennt (zum Beispiel: 1, 3).
choice-none = Keine
choice-done = Fertig
discord-reply = Antworten
discord-reply-title = Ihre Antwort
discord-reply-label = Geben Sie Ihre Antwort ein

help =
    Was ich kann:
    /start – am Programm teilnehmen (mit Einladungscode, falls Sie einen haben)
    /profile – Ihr Profil anzeigen; /profile edit – es ändern
    /pair – Ihre Mentoring-Tandems
    /book – eine Sitzung mit Ihrem Mentor oder Mentee buchen
    /sessions – Ihre Sitzungen; /reschedule, /cancel-session – eine davon ändern
    /log – Stunden erfassen; /hours – Ihre Stunden im Vergleich zum Budget des Programms
    /report – einen Bericht einreichen, den das Programm verlangt
    /ask <Frage> – die Wissensdatenbank des Programms fragen
    /share – Know-how mit dem Programm teilen; /entries – Ihre Einträge
    /mentors – passende Mentoren (wenn das Programm Ihnen die Wahl lässt)
    /avoid <Person> – nie mit einer bestimmten Person ein Tandem bilden
    /language – die Sprache ändern, in der ich mit Ihnen spreche
    /link – ein weiteres Chatkonto mit Ihrem Profil verbinden
    /notify-on – das Chatkonto wählen, das meine Benachrichtigungen erhält
    /privacy – was ich speichere und warum
    /export – alle Ihre Daten als Datei erhalten
    /forget – alle Ihre Daten löschen
    /cancel – den laufenden Vorgang abbrechen
help-coordinator =
    Für das Koordinationsteam:
    /applications – Mentor-Bewerbungen, die auf eine Entscheidung warten
    /match – die besten Tandems für alle ohne Mentor vorschlagen
    /pairs – alle Tandems des Programms
    /reports – wer welchen Bericht eingereicht hat und was überfällig ist
    /hide <Nummer> – einen Wissenseintrag ausblenden
    /stats – das Programm auf einen Blick, mit Diagrammen; /export – die Daten des Programms als CSV-Dateien
    /announce [mentors|mentees|coordinators] <Text> – eine Mitteilung an den ganzen Jahrgang oder eine Rolle
    /circles form [Größe] – alle in Peer-Mentoring-Kreise einteilen; /circles listet sie auf
    /invite mentor|mentee [Nutzungen] [Tage] – einen Einladungscode erstellen
    /grant coordinator <Person> – jemanden ins Koordinationsteam aufnehmen

## Anmeldung

start-already-joined = Sie nehmen bereits teil, { $name }. Senden Sie /profile, um Ihr Profil zu sehen.
start-resume = Machen wir dort weiter, wo wir aufgehört haben.
invite-required = Die Teilnahme an diesem Programm ist nur auf Einladung möglich. Bitte fragen Sie das Koordinationsteam nach einem Einladungscode und senden Sie /start, gefolgt von dem Code.
invite-invalid = Der Einladungscode { $code } ist ungültig oder abgelaufen. Bitte fragen Sie das Koordinationsteam nach einem neuen.
invite-accepted-mentor = Ihre Einladung als Mentor wurde angenommen.
invite-accepted-mentee = Ihre Einladung als Mentee wurde angenommen.
ask-language = Willkommen im Mentoring-Programm! Welche Sprache soll ich verwenden?
ask-consent =
    Bevor wir beginnen: Um das Programm durchzuführen, speichere ich das Profil, das Sie mir geben (Name, Land, Organisation, Branche, Karrierephase, Sprachen, Kompetenzen, Ziele, Verfügbarkeit, Zeitzone und bevorzugte Art der Treffen), welche Chatkonten Ihnen gehören und was im Programm geschieht (Bewerbungen, Tandems, Sitzungen). Das Koordinationsteam des Programms kann Ihr Profil sehen; andere Teilnehmende sehen nur, was für die Bildung eines Tandems nötig ist. Nichts wird verkauft oder außerhalb des Programms weitergegeben. Mit /export können Sie jederzeit alles einsehen und mit /forget alles löschen. Senden Sie /privacy, um mehr zu erfahren.
    Sind Sie einverstanden?
consent-yes = Ich bin einverstanden
consent-no = Ich bin nicht einverstanden
consent-refused = Verstanden. Ich habe nichts über Sie gespeichert. Falls Sie es sich anders überlegen, senden Sie einfach wieder /start.
ask-name = Wie heißen Sie – so, wie andere Teilnehmende Ihren Namen sehen sollen?
name-invalid = Bitte geben Sie einen Namen mit 2 bis { $max } Zeichen an: Buchstaben, dazwischen Leerzeichen, Bindestriche, Punkte oder Apostrophe.
ask-country = In welchem Land arbeiten Sie? Geben Sie den englischen Namen oder den zweibuchstabigen Ländercode ein (zum Beispiel: Germany, DE).
country-invalid = Das Land „{ $input }“ kenne ich nicht. Bitte geben Sie den englischen Namen oder den zweibuchstabigen ISO-Code ein, zum Beispiel Poland oder PL.
ask-organisation = Für welche Organisation oder welches Unternehmen arbeiten Sie? (Senden Sie „-“, falls keine.)
organisation-invalid = Bitte geben Sie den Namen der Organisation mit höchstens { $max } Zeichen an oder „-“, falls Sie keine haben.
ask-sector = In welcher Branche arbeiten Sie?
ask-career-stage = In welcher Karrierephase befinden Sie sich?
career-student = Studium
career-early = Berufseinstieg (bis zu 5 Jahre)
career-mid = Mittlere Laufbahn (5 bis 15 Jahre)
career-senior = Senior (über 15 Jahre)
career-executive = Führungskraft oder Gründer/in
ask-languages = In welchen Sprachen können Sie ein Mentoring-Gespräch führen? Wählen Sie alle zutreffenden aus (zum Beispiel: 1, 3).
ask-offers = Welche Kompetenzen können Sie als Mentor anbieten? Wählen Sie alle zutreffenden aus oder „Keine“. Auch Berufseinsteiger können erfahrene Fachleute in einer Fähigkeit begleiten, die sie beherrschen (Reverse Mentoring).
ask-years = Wie viele Jahre Erfahrung haben Sie in „{ $competence }“?
years-invalid = Bitte antworten Sie mit einer ganzen Zahl von Jahren zwischen 0 und 60.
ask-capacity = Wie viele Mentees können Sie gleichzeitig begleiten? (eine Zahl von 1 bis { $max }; die meisten Mentoren begleiten 2)
capacity-invalid = Bitte antworten Sie mit einer ganzen Zahl von 1 bis { $max }.
ask-seeks = Welche Kompetenzen möchten Sie mit einem Mentor weiterentwickeln? Wählen Sie alle zutreffenden aus oder „Keine“.
offers-or-seeks-required = Bitte wählen Sie mindestens eine Kompetenz – entweder zum Anbieten oder zum Weiterentwickeln. Gehen wir noch einmal zurück zu dem, was Sie anbieten können.
mentor-invite-needs-offer = Sie wurden als Mentor eingeladen. Bitte wählen Sie daher mindestens eine Kompetenz, die Sie anbieten können.
mentee-invite-needs-seek = Sie wurden als Mentee eingeladen. Bitte wählen Sie daher mindestens eine Kompetenz, die Sie weiterentwickeln möchten.
ask-goals = Welche Ziele haben Sie für dieses Programm? Ein paar Sätze genügen.
goals-invalid = Bitte beschreiben Sie Ihre Ziele in 3 bis { $max } Zeichen.
ask-availability = Wie viele Stunden im Monat können Sie für Mentoring aufwenden? (eine Zahl, zum Beispiel 4)
availability-invalid = Bitte antworten Sie mit einer ganzen Zahl von Stunden zwischen 1 und 200.
ask-timezone = In welcher Zeitzone befinden Sie sich? Wählen Sie eine aus oder geben Sie ihren Namen ein (zum Beispiel: Europe/Berlin).
ask-timezone-free = In welcher Zeitzone befinden Sie sich? Geben Sie ihren Namen ein, zum Beispiel Europe/Berlin oder America/New_York.
timezone-invalid = Die Zeitzone „{ $input }“ kenne ich nicht. Bitte geben Sie einen Namen aus der Zeitzonen-Datenbank ein, zum Beispiel Europe/Berlin.
ask-meeting-mode = Wie möchten Sie sich treffen?
meeting-online = Online
meeting-in-person = Persönlich
meeting-both = Beides
onboarding-done = Vielen Dank, { $name }! Hier ist Ihr Profil:
next-steps-mentor = Ihr Angebot, als Mentor tätig zu sein, ist jetzt eine Bewerbung: Das Koordinationsteam prüft sie, und ich teile Ihnen das Ergebnis mit.
next-steps-mentee = Als Nächstes bringt Sie das Koordinationsteam mit einem Mentor zusammen, der Ihre Sprache spricht und anbietet, was Sie suchen. Ich stelle Sie einander vor.
next-steps-coordinator = Sie gehören zum Koordinationsteam dieses Programms. Senden Sie /help, um Ihre Befehle zu sehen.
next-steps-edit = All das können Sie mit /profile edit ändern.

## Profil

profile-title = Profil von { $name }
field-name = Name
field-country = Land
field-organisation = Organisation
field-sector = Branche
field-career-stage = Karrierephase
field-languages = Sprachen
field-offers = Bietet als Mentor an
field-capacity = Mentees gleichzeitig
capacity-value = { $count }
field-seeks = Möchte weiterentwickeln
field-goals = Ziele
field-availability = Verfügbarkeit
field-timezone = Zeitzone
field-meeting-mode = Treffen
field-roles = Rollen
field-competences = Kompetenzen
availability-value = { $hours ->
    [one] { $hours } Stunde im Monat
   *[other] { $hours } Stunden im Monat
}
years-value = { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahre
}
value-none = –
role-coordinator = Koordination
role-mentor = Mentor
role-mentor-applicant = Mentor (Bewerbung läuft)
role-mentor-interview = Mentor (Gespräch vorgeschlagen)
role-mentor-rejected = Mentor-Bewerbung nicht angenommen
role-mentee = Mentee
profile-edit-ask = Welchen Teil Ihres Profils möchten Sie ändern?
profile-updated = Gespeichert. Ihr Profil lautet jetzt:
profile-coordinator-minimal = Im Koordinationsteam brauchen Sie nur einen Namen, ein Land und eine Zeitzone.

## Sprache

language-ask = Welche Sprache soll ich verwenden?
language-set = Ab jetzt spreche ich Deutsch mit Ihnen.

## Mentor-Bewerbungen

application-new =
    Neue Mentor-Bewerbung von { $name } ({ $country }, { $organisation }).
    Bietet an: { $offers }
    Ziele: { $goals }
application-approve = Annehmen
application-reject = Ablehnen
application-interview = Gespräch anfragen
application-approved-applicant = Gute Nachricht: Ihre Bewerbung als Mentor wurde angenommen. Danke, dass Sie Ihre Erfahrung teilen!
application-approved-coordinator = { $name } ist jetzt als Mentor bestätigt.
application-rejected-applicant = Ihre Bewerbung als Mentor wurde nicht angenommen. Begründung des Koordinationsteams: { $reason }
application-rejected-coordinator = Die Bewerbung von { $name } wurde abgelehnt, und die Begründung wurde der Person zugeschickt.
application-reason-ask = Bitte geben Sie den Grund für die Ablehnung der Bewerbung von { $name } ein. Er wird der Person zugeschickt.
application-reason-invalid = Bitte geben Sie eine Begründung mit 3 bis { $max } Zeichen an.
application-interview-ask = Wann möchten Sie mit { $name } sprechen? Geben Sie Datum und Uhrzeit in Ihrer Zeitzone ({ $timezone }) ein, zum Beispiel 2026-12-03 15:00.
application-interview-invalid = Ich konnte „{ $input }“ nicht als Datum und Uhrzeit in der Zukunft lesen. Bitte verwenden Sie die Form 2026-12-03 15:00.
application-interview-applicant = { $coordinator } aus dem Koordinationsteam möchte am { $when } (Ihre Ortszeit, { $timezone }) mit Ihnen über Ihre Mentor-Bewerbung sprechen. Bitte antworten Sie dieser Person, um den Termin zu bestätigen.
application-interview-coordinator = { $name } wurde zu einem Gespräch am { $when } ({ $timezone }) eingeladen.
application-already-decided = Über diese Bewerbung wurde bereits entschieden.
application-unknown = Ich kann diese Bewerbung nicht mehr finden.
applications-none = Es warten keine Mentor-Bewerbungen.
applications-title = Mentor-Bewerbungen, die auf eine Entscheidung warten: { $count }

## Koordination und Einladungen

grant-usage = Verwendung: /grant coordinator <Person>, wobei <Person> der Name oder das Chat-Handle der Person ist.
grant-unknown = Ich habe niemanden namens „{ $input }“ gefunden, der bereits teilnimmt.
grant-ambiguous = Auf „{ $input }“ passt mehr als eine Person. Bitte verwenden Sie das Chat-Handle.
grant-done = { $name } gehört jetzt zum Koordinationsteam.
grant-already = { $name } gehört bereits zum Koordinationsteam.
grant-received = { $by } hat Sie in das Koordinationsteam des Programms aufgenommen. Senden Sie /help, um Ihre neuen Befehle zu sehen.
invite-usage = Verwendung: /invite mentor|mentee [Nutzungen] [Tage], zum Beispiel /invite mentee 10 30. Nutzungen: 1 bis 500, Tage: 1 bis 365.
invite-created =
    Einladungscode für { $role } ({ $uses ->
        [one] { $uses } Nutzung
       *[other] { $uses } Nutzungen
    }, gültig bis { $until }):
    { $code }
    Neue Teilnehmende senden: /start { $code }
role-name-mentor = Mentoren
role-name-mentee = Mentees

## Konten verknüpfen

link-code =
    Ihr Verknüpfungscode lautet { $code }. Er ist 10 Minuten lang gültig.
    Senden Sie von Ihrem anderen Chatkonto: /link { $code }
link-done = Dieses Konto ist jetzt mit Ihrem Profil verknüpft, { $name }.
link-invalid = Dieser Verknüpfungscode ist ungültig oder abgelaufen. Senden Sie /link von Ihrem ersten Konto aus, um einen neuen zu erhalten.
link-already = Dieses Konto gehört bereits zu Ihrem Profil.
link-other-profile = Dieses Konto gehört bereits zu einem anderen Profil. Senden Sie hier zuerst /forget, wenn Sie es verknüpfen möchten.
link-needs-profile = Senden Sie /link von dem Konto aus, das bereits ein Profil hat, um einen Code zu erhalten.
notify-usage = Verwendung: /notify-on <Plattform>, eine von: { $platforms }. Benachrichtigungen gehen derzeit an Ihr Konto bei { $current }.
notify-set = Ab jetzt sende ich Benachrichtigungen an Ihr Konto bei { $platform }.
notify-unknown = Mit Ihrem Profil ist kein Konto bei { $platform } verknüpft. Ihre Konten: { $platforms }.
link-notice = Ein weiteres Chatkonto ({ $platform }) wurde mit Ihrem Profil verknüpft. Falls Sie das nicht waren, informieren Sie bitte das Koordinationsteam.

## Datenschutz

privacy =
    Was ich speichere und warum:
    • Ihr Profil (Name, Land, Organisation, Branche, Karrierephase, Sprachen, Kompetenzen, Ziele, Verfügbarkeit, Zeitzone, bevorzugte Art der Treffen) – um Sie mit den passenden Menschen zusammenzubringen.
    • Ihre Chatkonten – um Sie dort zu erreichen, wo Sie chatten.
    • Programmdaten (Bewerbungen, Tandems, Sitzungen, Stunden, Berichte) – um das Programm durchzuführen und darüber zu berichten.
    • Ein Protokoll der Aktionen des Koordinationsteams – zur Nachvollziehbarkeit.
    Das Koordinationsteam kann Ihr Profil sehen. Andere Teilnehmende sehen nur, was für die Bildung eines Tandems nötig ist.
    /export schickt Ihnen alles, was ich über Sie speichere; /forget löscht es. Wissen, das Sie bewusst geteilt haben, bleibt anonymisiert in der Wissensdatenbank.
export-ready = Hier ist alles, was ich über Sie speichere.
forget-confirm = Dadurch werden Ihr Profil, Ihre verknüpften Konten und Ihre Programmdaten gelöscht. Das kann nicht rückgängig gemacht werden. Sind Sie sicher?
forget-yes = Ja, alles löschen
forget-no = Nein, meine Daten behalten
forget-done = Alle Ihre Daten wurden gelöscht. Auf Wiedersehen und vielen Dank für Ihre Teilnahme.
forget-kept = Es wurde nichts gelöscht.

## Tandems

why-competences = Angebot und Wunsch treffen sich bei { $competences }
why-languages = beide sprechen { $languages }
why-countries = verschiedene Länder ({ $first } und { $second })
why-overlap = { $hours ->
    [one] eine gemeinsame Arbeitsstunde
   *[other] { $hours } gemeinsame Arbeitsstunden
}
why-reverse = Reverse Mentoring: Der Mentee hat mehr Berufserfahrung
pair-accept = { $name } annehmen
pair-decline = { $name } ablehnen
pair-intro-mentee = Lernen Sie Ihren Mentor kennen: { $name } ({ $country }, { $organisation }). Warum Sie beide: { $why }.
pair-intro-mentor = Lernen Sie Ihren neuen Mentee kennen: { $name } ({ $country }, { $organisation }). Warum Sie beide: { $why }. Ziele: „{ $goals }“
pair-intro-next = Bitte nehmen Sie bis { $deadline } (Ihre Ortszeit) an oder lehnen Sie ab. Sobald Sie beide angenommen haben, bringe ich Sie in Kontakt: Vereinbaren Sie eine erste Sitzung und beginnen Sie mit einer Zielvereinbarung.
request-new = { $name } ({ $country }) fragt an, ob Sie Mentor sein möchten. Warum Sie beide: { $why }. Ziele: „{ $goals }“ Bitte nehmen Sie bis { $deadline } (Ihre Ortszeit) an oder lehnen Sie ab.
request-sent = Ich habe { $name } angefragt. Die Person hat bis { $deadline } (Ihre Ortszeit) Zeit zu antworten; ich gebe Ihnen Bescheid.
pair-unknown = Ich kann dieses Tandem nicht finden, oder es gehört nicht zu Ihnen.
pair-answered-already = Darauf wurde bereits geantwortet, oder die Frist ist abgelaufen.
request-full = Dieser Mentor hat keinen freien Platz mehr, daher wurde die Anfrage weitergegeben.
pair-accepted-wait = Danke! Sobald auch { $name } annimmt, können Sie beginnen.
pair-active = Sie und { $name } sind jetzt ein Mentoring-Tandem. Sie erreichen die Person über { $contact }. Vereinbaren Sie eine erste Sitzung und beginnen Sie mit Ihrer Zielvereinbarung.
pair-decline-reason-ask = Möchten Sie sagen, warum? Das hilft dem Koordinationsteam, ein besser passendes Tandem zu finden. Senden Sie „-“, um diesen Schritt zu überspringen.
pair-declined-self = Verstanden, die Vorstellung ist abgelehnt. Sie stehen wieder für eine Vermittlung bereit.
pair-declined-other = { $name } hat die Vorstellung abgelehnt. Sie stehen wieder für eine Vermittlung bereit, und das Koordinationsteam sucht ein anderes Tandem für Sie.
pair-expired = Die Vorstellung mit { $name } wurde nicht rechtzeitig beantwortet und ist verfallen. Sie stehen wieder für eine Vermittlung bereit.
pair-declined-coordinator = { $who } hat die Vorstellung von { $mentor } (Mentor) und { $mentee } (Mentee) abgelehnt. Beide stehen wieder für eine Vermittlung bereit.
pair-declined-coordinator-reason = { $who } hat die Vorstellung von { $mentor } (Mentor) und { $mentee } (Mentee) abgelehnt, mit der Begründung: „{ $reason }“ Beide stehen wieder für eine Vermittlung bereit.
pair-expired-coordinator = Die Vorstellung von { $mentor } (Mentor) und { $mentee } (Mentee) ist ohne Antwort verfallen. Beide stehen wieder für eine Vermittlung bereit.
request-declined-self = Verstanden, Sie haben die Anfrage abgelehnt. Danke für Ihre Antwort.
request-lapsed-mentor = Die Anfrage von { $name } wurde nicht rechtzeitig beantwortet und ist verfallen.
request-passed-on = { $name } konnte Sie nicht aufnehmen, daher habe ich { $next } angefragt, Ihre nächste Wahl.
request-none-left = { $name } konnte Sie nicht aufnehmen, und von Ihren anderen Wunschmentoren ist keiner frei. Senden Sie /mentors, um zu sehen, wer sonst passt.
pair-state-proposed = vorgeschlagen
pair-state-rejected = verworfen
pair-state-requested = angefragt
pair-state-introduced = vorgestellt
pair-state-active = aktiv
pair-state-completed = abgeschlossen
pair-state-ended = beendet
pair-none = Sie haben noch kein Mentoring-Tandem.
pair-list-title = Ihre Mentoring-Tandems:
pair-role-mentor = Ihr Mentor
pair-role-mentee = Ihr Mentee
pair-line = { $role }: { $name } – { $state } seit { $since }
pair-complete-button = Abgeschlossen mit { $name }
pair-end-button = Tandem mit { $name } beenden
pairs-none = Es gibt noch keine Tandems. Senden Sie /match, um welche vorzuschlagen.
pairs-title = Alle Tandems: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } seit { $since }
pairs-end-button = { $mentor } → { $mentee } beenden
pair-cannot-complete = Nur ein aktives Tandem kann abgeschlossen werden; dieses ist { $state }.
pair-cannot-end = Dieses Tandem ist bereits vorbei ({ $state }).
pair-completed = Herzlichen Glückwunsch: Ihr Mentoring mit { $name } ist abgeschlossen. Vielen Dank Ihnen beiden!
pair-end-reason-ask = Warum endet das Tandem? Die Antwort bleibt zwischen Ihnen und dem Koordinationsteam. Senden Sie „-“, um diesen Schritt zu überspringen.
pair-ended = Ihr Mentoring-Tandem mit { $name } wurde von { $by } beendet. Das Koordinationsteam hilft gern, wenn Sie sich ein neues Tandem wünschen.
pair-ended-self = Das Tandem ist beendet.

## Vermittlung

match-none = Im Moment gibt es niemanden zu vermitteln: Kein Mentee ohne Mentor hat einen passenden Mentor mit freiem Platz ({ $unmatched } ohne Tandem).
match-title = Vorgeschlagene Tandems: { $count } (Gesamtpunktzahl { $total }; { $unmatched } ohne Tandem). Niemand erfährt etwas, bevor Sie zustimmen.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … und { $count } weitere.
match-approve-all = Alle annehmen
match-review = Einzeln prüfen
match-approve = Annehmen
match-reject = Ablehnen
match-reviewed = Über alle Vorschläge ist entschieden. Senden Sie /pairs, um die Tandems zu sehen.
match-approved = { $count ->
    [one] Ein Tandem angenommen und vorgestellt.
   *[other] { $count } Tandems angenommen und vorgestellt.
}
match-approved-full = { $count ->
    [one] Ein Vorschlag konnte nicht angenommen werden: Der Mentor hat keinen freien Platz mehr, oder der Mentee hat inzwischen einen Mentor gefunden.
   *[other] { $count } Vorschläge konnten nicht angenommen werden: Der Mentor hat keinen freien Platz mehr, oder der Mentee hat inzwischen einen Mentor gefunden.
}
match-approved-one = { $mentor } und { $mentee } wurden einander vorgestellt.
match-full = { $mentor } hat keinen freien Platz mehr (oder { $mentee } hat inzwischen einen Mentor gefunden), daher wurde dieser Vorschlag verworfen.
match-rejected-one = Abgelehnt: { $mentor } und { $mentee } werden nicht erneut vorgeschlagen. Der Rest wurde neu optimiert: jetzt { $count ->
    [one] ein Vorschlag
   *[other] { $count } Vorschläge
}.
match-stale = Dieser Vorschlag ist nicht mehr offen.
mentors-off = In diesem Programm bildet das Koordinationsteam die Tandems; Sie werden Ihrem Mentor vorgestellt.
mentors-not-now = Sie haben bereits einen Mentor oder eine offene Anfrage, oder Sie suchen keine Kompetenz (das können Sie mit /profile edit ändern).
mentors-none = Im Moment passt kein Mentor mit freiem Platz zu Ihnen. Das Koordinationsteam sucht ein Tandem für Sie.
mentors-title = Mentoren, die am besten zu Ihnen passen:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = { $name } anfragen
mentors-gone = Dieser Mentor ist nicht mehr verfügbar. Hier ist die aktuelle Liste.
avoid-usage = Verwendung: /avoid <Person>, mit dem Namen oder Chat-Handle der Person. Sie werden nie mit ihr ein Tandem bilden; sie erfährt davon nichts.
avoid-done = Notiert: Sie werden mit dieser Person kein Tandem bilden. Sie erfährt davon nichts.
avoid-self = Sie können sich nicht selbst ausschließen.

## Kreise

circles-usage = Verwendung: /circles form [Größe], mit einer Größe von 2 bis { $max } (5, wenn Sie sie weglassen); /circles listet die Kreise auf.
circles-none = Es konnte kein Kreis gebildet werden: Zu wenige Personen außerhalb eines Kreises teilen eine Sprache und suchen eine Kompetenz ({ $left } ohne Kreis).
circles-formed = { $count ->
    [one] Ein Kreis
   *[other] { $count } Kreise
} mit { $people ->
    [one] einer Person
   *[other] { $people } Personen
} gebildet; alle Mitglieder wissen jetzt, wer in ihrem Kreis ist.
circles-left-out = Kein Kreis konnte aufnehmen: { $names } (keine gemeinsame Sprache mit genügend anderen).
circle-formed = Sie sind im Peer-Mentoring-Kreis { $circle }, zusammen mit { $members }. Sie alle sprechen { $language }.
circle-shared = Was mehrere von Ihnen weiterentwickeln möchten: { $competences }.
circles-empty = Es gibt noch keine Kreise. Senden Sie /circles form, um sie zu bilden.
circles-title = Kreise: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Sitzungen

session-place-open = wird noch vereinbart
session-describe = { $when } ({ $timezone }), { $minutes } Minuten, { $mode }: { $place }
when-unreadable = Das konnte ich nicht als Datum und Uhrzeit lesen. Geben Sie es in Ihrer Ortszeit ein, zum Beispiel { $example }, „morgen 15:00“ oder „Di 18:00“.
when-past = Dieser Zeitpunkt ist bereits vorbei. Bitte geben Sie einen Zeitpunkt in der Zukunft an, zum Beispiel { $example }.
when-ambiguous = Diese Uhrzeit ist nicht eindeutig (zum Beispiel, weil dann die Uhren umgestellt werden oder eine Stunde wie 3 nachts oder nachmittags sein kann). Bitte schreiben Sie sie vollständig aus, zum Beispiel { $example }.
when-nonexistent = Diese Uhrzeit gibt es an diesem Tag in Ihrer Zeitzone nicht, weil die Uhren umgestellt werden. Bitte wählen Sie eine andere, zum Beispiel { $example }.
when-too-far = Das liegt zu weit in der Zukunft. Bitte wählen Sie einen Zeitpunkt innerhalb der nächsten zwei Jahre, zum Beispiel { $example }.
when-after-end = Das liegt nach dem Ende des Programms. Bitte wählen Sie einen früheren Zeitpunkt.
book-no-pair = Um eine Sitzung zu buchen, brauchen Sie ein aktives Mentoring-Tandem. Senden Sie /pair, um Ihre Tandems zu sehen.
book-ask-pair = Mit wem findet die Sitzung statt?
book-ask-when = Wann? Geben Sie Datum und Uhrzeit in Ihrer Zeitzone ({ $timezone }) ein, zum Beispiel { $example }, „morgen 15:00“, „Di 18:00“ oder „in 3 Tagen 10:00“.
minutes-value = { $minutes } Min.
book-ask-minutes = Wie lange? (oder geben Sie die Minuten ein)
book-minutes-invalid = Bitte wählen Sie eine Dauer oder geben Sie die Minuten ein (15 bis 480).
book-ask-mode = Online oder persönlich?
book-ask-link = Der Link für die Online-Sitzung? Senden Sie „-“, wenn Sie ihn später vereinbaren.
book-ask-place = Wo treffen Sie sich? Senden Sie „-“, wenn Sie den Ort später vereinbaren.
book-place-invalid = Bitte geben Sie den Link oder Ort mit höchstens 300 Zeichen an oder „-“.
repeat-once = Nur einmal
repeat-weekly = Jede Woche
repeat-biweekly = Alle zwei Wochen
repeat-cron = nach dem Zeitplan { $rule }
book-ask-repeat = Wiederholt sich die Sitzung? Wählen Sie aus oder geben Sie eine Cron-Regel ein (Sekunden Minuten Stunden Tag Monat Wochentag, z. B. 0 0 18 * * Tue).
book-repeat-invalid = Bitte wählen Sie eine der Optionen oder geben Sie eine gültige Cron-Regel ein, etwa 0 0 18 * * Tue.
book-sent = Ich habe { $name } um Bestätigung gebeten: { $session }{ $count ->
    [one] .
   *[other] , insgesamt { $count } Sitzungen.
}
session-request = { $name } schlägt eine Mentoring-Sitzung vor: { $session }.
session-series = Wiederholung: { $rule } – { $count ->
    [one] eine Sitzung
   *[other] { $count } Sitzungen
} bis zum Ende des Programms.
session-confirm = Bestätigen
session-confirm-all = Alle bestätigen
session-other-time = Andere Zeit vorschlagen
session-decline = Ablehnen
session-unknown = Ich kann diese Sitzung nicht finden, oder sie gehört nicht zu Ihnen.
session-answered-already = Auf diese Sitzung wurde bereits geantwortet.
session-own-proposal = Das haben Sie selbst vorgeschlagen; die andere Person bestätigt es.
session-declined = { $name } hat die Sitzung abgelehnt: { $session }.
session-declined-self = Abgelehnt. Die andere Person wurde informiert.
session-not-upcoming = Diese Sitzung liegt nicht mehr in der Zukunft und kann daher nicht geändert werden.
session-attend-noted = Prima, bis dann!
session-confirmed = Ihre Sitzung mit { $name } ist bestätigt: { $session }{ $count ->
    [one] .
   *[other] , insgesamt { $count } Sitzungen.
} Die Kalenderdatei ist angehängt.
session-calendar-title = Mentoring-Sitzung mit { $name }
session-cancelled = { $name } hat die Sitzung abgesagt: { $session }.
session-cancelled-self = Die Sitzung ist abgesagt, und die andere Person wurde informiert.
session-ask-new-time = Welche Zeit würde Ihnen passen? Geben Sie sie in Ihrer Zeitzone ({ $timezone }) ein, zum Beispiel { $example }.
session-time-sent = Ich habe { $name } die neue Zeit vorgeschlagen: { $session }.
session-reminder = Erinnerung an Ihre Sitzung mit { $name }: { $session }.
reminder-late = (Diese Erinnerung kommt verspätet: Zum vorgesehenen Zeitpunkt lief ich nicht.)
session-attend = Ich bin dabei
session-reschedule = Verschieben
session-cancel = Absagen
session-follow-up = Hat Ihre Sitzung mit { $name } stattgefunden ({ $session })?
session-held = Ja, { $minutes } Minuten
session-other-length = Ja, aber länger oder kürzer
session-missed = Nein
session-already-recorded = Diese Sitzung wurde bereits erfasst.
session-missed-noted = Notiert: Die Sitzung hat nicht stattgefunden. Buchen Sie mit /book eine neue.
session-ask-length = Wie viele Minuten hat sie gedauert?
session-length-invalid = Bitte antworten Sie mit der Zahl der Minuten, von 5 bis 600.
session-ask-note = Möchten Sie etwas dazu festhalten (ein Thema, eine Vereinbarung, einen nächsten Schritt)? Senden Sie „-“, um diesen Schritt zu überspringen.
session-recorded = Vielen Dank! { $minutes ->
    [one] Eine Minute ist
   *[other] { $minutes } Minuten sind
} für Sie beide erfasst.
session-recorded-other = { $name } hat Ihre Sitzung erfasst: { $minutes ->
    [one] eine Minute ist
   *[other] { $minutes } Minuten sind
} für Sie beide eingetragen.
session-state-proposed = wartet auf Bestätigung
session-state-confirmed = bestätigt
session-state-cancelled = abgesagt
session-state-held = hat stattgefunden
session-state-missed = hat nicht stattgefunden
sessions-line = { $when } mit { $name }, { $minutes } Min. – { $state }
sessions-none = Sie haben noch keine Sitzungen. Buchen Sie eine mit /book.
sessions-none-upcoming = Sie haben keine anstehenden Sitzungen.
sessions-upcoming = Anstehend:
sessions-past = Zuletzt:
sessions-pick-reschedule = Welche Sitzung möchten Sie verschieben?
sessions-pick-cancel = Welche Sitzung möchten Sie absagen?

## Stunden

hours-kind-bilateral = Tandem-Sitzung
hours-kind-group = Gruppensitzung
hours-kind-joint = Gemeinsames Treffen
hours-kind-preparation = Vorbereitung und Berichte
log-ask-kind = Wofür haben Sie die Zeit aufgewendet?
log-ask-hours = Wie viele Stunden? (zum Beispiel 1,5 oder 90 min)
log-hours-invalid = Bitte geben Sie die Stunden als Zahl von 0,25 bis 12 an (zum Beispiel 1,5) oder die Minuten (zum Beispiel 90 min).
log-done = Erfasst: { $hours } Std., { $kind }.
hours-title = Ihre Stunden: insgesamt { $hours } Std.
hours-line = { $kind }: { $hours } Std.
hours-budget = Das Budget des Programms beträgt { $budget ->
    [one] eine Stunde
   *[other] { $budget } Stunden
} pro Mentee; übrig sind noch { $left } Std. Tandem-Sitzungen bisher: { $bilateral } Std. (erwartet { $min ->
    [one] wird mindestens eine Stunde
   *[other] werden mindestens { $min } Stunden
}).
hours-warning = Sie haben { $hours } von { $budget } Std. des Programmbudgets verbraucht.
hours-budget-reached = Sie haben das Budget des Programms von { $budget ->
    [one] einer Stunde
   *[other] { $budget } Stunden
} erreicht.
hours-refused = Mit diesen Stunden würde das Budget des Programms von { $budget ->
    [one] einer Stunde
   *[other] { $budget } Stunden
} überschritten (übrig: { $left } Std.), daher wurden sie nicht erfasst. Das Koordinationsteam kann helfen.
hours-pending = Weitere { $hours } Std. würden das Budget des Programms von { $budget ->
    [one] einer Stunde
   *[other] { $budget } Stunden
} überschreiten, daher warten sie auf die Freigabe durch das Koordinationsteam. Sie erhalten Bescheid.
hours-approval-request = { $name } hat { $hours } Std. erfasst ({ $kind }) und kommt damit auf { $total } Std., über dem Budget von { $budget } Std. Möchten Sie diese Stunden freigeben?
hours-approve = Freigeben
hours-refuse = Ablehnen
hours-approved-coordinator = Freigegeben: { $hours } Std. für { $name } sind erfasst.
hours-refused-coordinator = Abgelehnt: { $hours } Std. für { $name } werden nicht erfasst.
hours-approved = { $name } hat Ihre { $hours } Std. über dem Budget freigegeben: Die Stunden sind erfasst.
hours-not-approved = { $name } hat Ihre { $hours } Std. über dem Budget nicht freigegeben, daher werden sie nicht erfasst.
hours-request-already-decided = Über diese Stunden wurde bereits entschieden.
hours-request-unknown = Ich kann diese Stunden nicht mehr finden.

## Programm: Check-ins, Berichte, Erinnerungen

checkin-ask = Wie läuft Ihr Mentoring mit { $name }?
checkin-rating-1 = 1 – schlecht
checkin-rating-2 = 2
checkin-rating-3 = 3 – in Ordnung
checkin-rating-4 = 4
checkin-rating-5 = 5 – ausgezeichnet
checkin-ask-comment = Danke. Möchten Sie noch etwas ergänzen? Senden Sie „-“, um diesen Schritt zu überspringen.
checkin-thanks = Vielen Dank für Ihr Feedback!
checkin-low-coordinator = { $name } hat das Mentoring mit { $other } mit { $rating } von 5 bewertet. Kommentar: „{ $comment }“
deliverable-due = Erinnerung: „{ $title }“ ist am { $due } fällig. Senden Sie /report, um den Bericht einzureichen.
deliverable-overdue = „{ $title }“ war am { $due } fällig und wurde noch nicht eingereicht. Senden Sie /report, um den Bericht einzureichen.
report-none-owed = Sie müssen gerade keinen Bericht einreichen.
report-ask-which = Welchen Bericht möchten Sie einreichen?
report-not-owed = Diesen Bericht müssen Sie nicht einreichen, oder er wurde bereits eingereicht.
report-question = Frage { $number } von { $count } (Antwortsprache: { $language }): { $question }
report-answer-invalid = Bitte antworten Sie mit 2 bis { $max } Zeichen.
report-preview = Hier ist Ihr Bericht „{ $title }“. Absenden?
report-send = Absenden
report-restart = Neu beginnen
report-sent = Vielen Dank! „{ $title }“ wurde eingereicht.
reports-none-configured = Dieses Programm verlangt keine Berichte.
reports-no-pairs = Es gibt noch keine aktiven oder abgeschlossenen Tandems.
reports-title = Berichte:
reports-delivered = { $name }: „{ $title }“ eingereicht am { $date }
reports-due = { $name }: „{ $title }“ fällig am { $date }
reports-overdue = { $name }: „{ $title }“ ÜBERFÄLLIG seit { $date }
nudge-inactive = Sie und { $name } hatten seit { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} keine Sitzung. Senden Sie /book, um die nächste zu planen.
nudge-answer = { $name } wartet auf Ihre Antwort auf die Vorstellung. Senden Sie /pair, um anzunehmen oder abzulehnen.
nudge-applications = { $count ->
    [one] Eine Mentor-Bewerbung wartet
   *[other] { $count } Mentor-Bewerbungen warten
} auf eine Entscheidung. Senden Sie /applications.
stuck-inactive = { $mentor } und { $mentee } hatten seit { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} keine Sitzung.

## Wissen

kb-anonymous = ein Mitglied des Programms
kb-unavailable = Die Wissensdatenbank ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal.
kb-ask-usage = Verwendung: /ask, gefolgt von Ihrer Frage (3 bis { $max } Zeichen), zum Beispiel /ask Wie bereite ich mich auf eine erste Sitzung vor?
kb-ask-mentor = Einen Mentor fragen
kb-no-results = In der Wissensdatenbank habe ich nichts gefunden, was diese Frage beantwortet. Vielleicht weiß ein Mentor Rat: Soll ich Ihre Frage weitergeben?
kb-passages-title = Die relevantesten Textstellen, die ich gefunden habe:
kb-sources = Quellen:
kb-source = [{ $number }] „{ $title }“, Autor: { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Der Schreibassistent hat zu lange gebraucht, daher hier die Textstellen selbst.)
kb-llm-failed = (Der Schreibassistent ist nicht verfügbar, daher hier die Textstellen selbst.)
kb-helpful = Hilfreich
kb-not-helpful = Nicht hilfreich
kb-thanks-helpful = Danke! Das hilft, die Antworten besser zu gewichten.
kb-thanks-not-helpful = Danke. Sie können die Frage auch an einen Mentor weitergeben.
kb-nothing-to-route = Stellen Sie Ihre Frage zuerst mit /ask; dann kann ich sie an einen Mentor weitergeben.
kb-no-mentor = Im Moment passt kein bestätigter Mentor zu dieser Frage. Das Koordinationsteam kann helfen.
kb-routed-question = { $name } hat eine Frage, die die Wissensdatenbank nicht beantworten konnte ({ $language }): „{ $question }“ Können Sie sie beantworten?
kb-answer-button = Beantworten
kb-routed = { $count ->
    [one] Ich habe Ihre Frage an einen Mentor weitergegeben.
   *[other] Ich habe Ihre Frage an { $count } Mentoren weitergegeben.
} Die erste Antwort kommt direkt zu Ihnen.
kb-question-gone = Diese Frage ist nicht mehr offen.
kb-already-answered = Danke, aber ein anderer Mentor hat diese Frage bereits beantwortet.
kb-answer-ask = Bitte geben Sie Ihre Antwort ein. Sie geht direkt an die Person, die gefragt hat.
kb-answer-invalid = Bitte antworten Sie mit 10 bis { $max } Zeichen.
kb-mentor-answer = { $name } hat Ihre Frage „{ $question }“ beantwortet: { $answer }
kb-answer-sent = Danke! Ihre Antwort ging an { $name }. Darf daraus ein Wissenseintrag für das ganze Programm werden? Er wird nur aufgenommen, wenn Sie beide zustimmen.
kb-keep = In die Wissensdatenbank aufnehmen
kb-private = Nur zwischen uns
kb-entry-exists = Sie ist bereits in der Wissensdatenbank.
kb-kept-private = Verstanden: Sie bleibt zwischen Ihnen beiden.
kb-consent-waiting = Danke. Sie wird aufgenommen, sobald auch die andere Person zustimmt.
kb-entry-created = Die Antwort ist jetzt Wissenseintrag #{ $id }. Danke fürs Teilen!
share-ask-title = Welchen Titel hat das, was Sie teilen möchten?
share-ask-body = Bitte schreiben Sie den Text: was Sie gelernt haben, eine Methode, eine Antwort auf eine häufige Frage.
share-ask-tags = Um welche Kompetenzen geht es? Wählen Sie alle zutreffenden aus oder „Keine“.
share-visibility-programme = Alle im Programm
share-visibility-pair = Nur mein Mentoring-Tandem
share-ask-visibility = Wer darf es lesen?
share-name-shown = Meinen Namen zeigen
share-name-anonymous = „Ein Mitglied des Programms“ zeigen
share-ask-name = Wie sollen Sie als Autor oder Autorin genannt werden?
share-keep-yes = Anonymisiert behalten
share-keep-no = Löschen
share-ask-consent = Falls Sie das Programm einmal verlassen und Ihre Daten löschen: Soll dieser Eintrag ohne Ihren Namen in der Wissensdatenbank bleiben oder gelöscht werden?
share-ask-language = In welcher Sprache ist er geschrieben?
share-preview = Hier ist Ihr Eintrag. Speichern?
share-preview-language = Sprache: { $language }
share-preview-tags = Kompetenzen: { $tags }
share-save = Speichern
share-change-language = Sprache ändern
share-restart = Neu beginnen
share-title-invalid = Bitte geben Sie einen Titel mit 3 bis { $max } Zeichen an.
share-body-invalid = Bitte schreiben Sie { $min } bis { $max } Zeichen.
share-saved = Als Wissenseintrag #{ $id } gespeichert. Danke fürs Teilen! Mit /entries können Sie ihn ändern.
entries-none = Sie haben noch keine Einträge geteilt. Senden Sie /share, um zu beginnen.
entries-title = Ihre Einträge: { $count }. Wählen Sie einen aus, um ihn zu ändern oder zu löschen.
entries-edit = #{ $id } „{ $title }“ bearbeiten
entries-delete = #{ $id } löschen
entry-not-yours = Dieser Eintrag gehört nicht Ihnen, oder es gibt ihn nicht mehr.
entry-ask-text = Bitte senden Sie den neuen Text des Eintrags.
entry-updated = Eintrag #{ $id } ist aktualisiert.
entry-deleted = Eintrag #{ $id } ist gelöscht.
hide-usage = Verwendung: /hide <Nummer>, mit der Nummer des Eintrags, wie sie in den Quellen steht (zum Beispiel /hide 12).
entry-unknown = Es gibt keinen Eintrag #{ $id }.
entry-hidden = Eintrag #{ $id } ist ausgeblendet: Er bleibt in den Unterlagen erhalten, wird aber nicht mehr gefunden.
capture-offer = Möchten Sie diese Notiz mit der Wissensdatenbank des Programms teilen? Die andere Person in Ihrem Tandem wird zuerst um Zustimmung gebeten.
capture-share = Notiz teilen
capture-nothing = Zu dieser Sitzung gibt es keine Notiz, die geteilt werden könnte.
capture-ask-other = { $name } möchte die Notiz aus Ihrer gemeinsamen Sitzung in der Wissensdatenbank des Programms teilen: „{ $note }“ Sind Sie einverstanden?
capture-agree = Ich bin einverstanden
capture-decline = Lieber nicht
capture-asked = Ich habe { $name } um Zustimmung gebeten.
capture-declined-self = Verstanden: Die Notiz bleibt zwischen Ihnen beiden.
capture-declined = { $name } möchte die Notiz lieber zwischen Ihnen beiden belassen.
capture-title = Notizen aus einer Mentoring-Sitzung am { $date }

## Koordinationsansicht

export-which = Welche Daten möchten Sie?
export-mine = Meine eigenen Daten
export-programme = Die Daten des Programms (CSV)
export-programme-ready = Die Daten des Programms: Teilnehmende, Tandems, Sitzungen, Stunden und Berichte.
stats-title = Das Programm auf einen Blick:
stats-people = Personen: { $total } (Mentees { $mentees }, bestätigte Mentoren { $mentors }, Mentor-Bewerbungen { $applicants }, Koordinationsteam { $coordinators })
stats-countries = Nach Land: { $countries }
stats-pairs = Tandems: { $active } aktiv, { $introduced } warten auf Antwort, { $completed } abgeschlossen, { $ended } beendet
stats-sessions = Sitzungen: { $held } stattgefunden, { $upcoming } anstehend
stats-hours = Erfasste Stunden: { $hours } Std., davon { $bilateral } Std. in Tandem-Sitzungen (Budget { $budget } Std. pro Mentee)
stats-reports = Berichte: { $delivered } eingereicht, { $overdue } überfällig
stats-checkins = Check-ins: durchschnittlich { $average } von 5 aus { $count ->
    [one] einer Bewertung
   *[other] { $count } Bewertungen
}, { $low } niedrig
stats-attention = Braucht Aufmerksamkeit:
stats-attention-none = Im Moment braucht niemand besondere Aufmerksamkeit.
stats-attention-inactive = { $mentor } und { $mentee }: seit { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} keine Sitzung
stats-attention-unanswered = { $mentor } und { $mentee }: Eine Vorstellung oder Anfrage wartet auf Antwort
stats-attention-overdue = { $name }: „{ $title }“ ist überfällig
stats-attention-applications = { $count ->
    [one] Eine Mentor-Bewerbung wartet
   *[other] { $count } Mentor-Bewerbungen warten
}
chart-hours-title = Stunden pro Mentee im Vergleich zum Budget
chart-hours-series = Erfasste Stunden
chart-hours-axis = Stunden
chart-budget = Budget ({ $budget } Std.)
chart-sessions-title = Stattgefundene Sitzungen pro Woche
chart-sessions-series = Sitzungen
chart-sessions-axis = Sitzungen
chart-countries-title = Teilnehmende nach Land
chart-countries-series = Teilnehmende
chart-countries-axis = Personen
announce-usage = Verwendung: /announce [mentors|mentees|coordinators] <Text>, zum Beispiel /announce mentees Das gemeinsame Treffen ist am Freitag um 10:00 Uhr (MEZ).
announce-from = Mitteilung von { $name }:
announce-sent = { $count ->
    [one] Die Mitteilung ist an eine Person unterwegs.
   *[other] Die Mitteilung ist an { $count } Personen unterwegs.
}

## Gruppensitzungen in Räumen

group-room-only = Das funktioniert im Chatraum eines Kreises oder einer Gruppe. Bitte schreiben Sie es dort.
group-members-only = Nur Mitglieder des Programms können an Gruppensitzungen teilnehmen. Schreiben Sie mir /start in einem Direktchat, um teilzunehmen.
group-help =
    Gruppensitzungen in diesem Raum:
    /group schedule <Zeitpunkt> <Thema> – eine Sitzung planen, zum Beispiel: /group schedule morgen 15:00 Personalsuche im Ausland
    /group attend, /group absent – sagen, ob Sie kommen
    /group start – beginnen: Tagesordnung und Anwesenheitsabfrage
    /here – auf die Anwesenheitsabfrage antworten
    /round [Minuten] – die nächste Person schildert eine Herausforderung, die anderen geben reihum Rat; /next gibt das Wort weiter
    /note <Text> – eine Notiz hinzufügen; /action <Person> <Text> – eine Aufgabe hinzufügen
    /group end – mit einer Zusammenfassung abschließen; /group cancel – die nächste Sitzung absagen
    /group link <Kreis> – diesen Raum zum Raum des Kreises machen
    /group room <Kreis> – ich erstelle einen Raum für den Kreis und lade seine Mitglieder ein (auf Matrix)
group-status-circle = Dies ist der Raum des Kreises { $circle }.
group-status-cohort = Dieser Raum gehört zu keinem Kreis: Sitzungen hier sind gemeinsame Treffen des ganzen Jahrgangs.
group-status-none = Hier ist keine Gruppensitzung geplant.
group-status-next = Nächste Sitzung: „{ $topic }“ am { $when }. Dabei: { $attend }. Verhindert: { $absent }.
group-status-running = Läuft gerade: „{ $topic }“ (geplant für { $when }). Zugesagt: { $attend }. Verhindert: { $absent }.
group-no-circle = Dieser Raum ist mit keinem Kreis verknüpft, daher kann hier nur das Koordinationsteam ein gemeinsames Treffen des Jahrgangs planen. Ein Mitglied eines Kreises kann den Raum mit /group link <Kreis> verknüpfen, zum Beispiel /group link circle-1.
group-schedule-denied = Nur das Koordinationsteam oder ein Mentor, der Mitglied dieses Kreises ist, kann hier eine Gruppensitzung planen.
group-schedule-usage = Verwendung: /group schedule <Zeitpunkt> <Thema>, mit der Uhrzeit in Ihrer eigenen Zeitzone, zum Beispiel: /group schedule morgen 15:00 Personalsuche im Ausland
group-topic-invalid = Bitte geben Sie ein Thema mit 2 bis { $max } Zeichen an.
group-schedule-clash = In diesem Raum gibt es zu dieser Zeit bereits eine Sitzung: „{ $topic }“ am { $when }. Bitte wählen Sie eine andere Zeit.
group-scheduled = { $name } hat eine Gruppensitzung geplant: „{ $topic }“ am { $when }, { $minutes } Minuten. Ich erinnere alle vorher daran. Kommen Sie? Antworten Sie mit den Schaltflächen oder mit /group attend bzw. /group absent.
group-invitation = { $name } hat eine Gruppensitzung für { $room } geplant: „{ $topic }“ am { $when } ({ $timezone }), { $minutes } Minuten. Nehmen Sie teil?
group-whole-cohort = den ganzen Jahrgang
group-attend = Ich nehme teil
group-absent = Ich kann nicht teilnehmen
group-will-attend = Notiert: { $name } nimmt an „{ $topic }“ teil.
group-will-not-attend = Notiert: { $name } kann an „{ $topic }“ nicht teilnehmen.
group-nothing-scheduled = In diesem Raum ist keine Gruppensitzung geplant. Planen Sie eine mit /group schedule <Zeitpunkt> <Thema>.
group-session-unknown = Ich kann diese Gruppensitzung nicht finden.
group-session-over = Die Gruppensitzung „{ $topic }“ ist vorbei oder wurde abgesagt.
group-reminder-room = Erinnerung: Die Gruppensitzung „{ $topic }“ ist am { $when }. Kommen Sie? Antworten Sie mit den Schaltflächen oder mit /group attend bzw. /group absent.
group-reminder = Erinnerung: Die Gruppensitzung für { $room }, „{ $topic }“, ist am { $when } ({ $timezone }).
group-cancelled = { $name } hat die Gruppensitzung „{ $topic }“ am { $when } abgesagt.
group-cancelled-member = { $name } hat die Gruppensitzung „{ $topic }“ am { $when } ({ $timezone }) abgesagt.
group-cancel-running = Eine laufende Sitzung wird nicht abgesagt, sondern mit /group end abgeschlossen.
group-run-denied = Das können nur die Moderation, das Koordinationsteam oder ein Mentor dieses Kreises.
group-already-running = Hier läuft bereits eine Gruppensitzung. Schließen Sie sie zuerst mit /group end ab.
group-start-too-early = Die nächste Sitzung, „{ $topic }“, ist für { $when } geplant. Sie kann frühestens { $minutes } Minuten vorher gestartet werden.
group-agenda =
    Die Gruppensitzung „{ $topic }“ beginnt. Moderation: { $name }.
    Tagesordnung:
    1. Anwesenheit: Antworten Sie mit /here oder über die Schaltfläche.
    2. Runden: /round wählt eine Person aus, die eine Herausforderung schildert; die anderen geben reihum Rat, und /next gibt das Wort weiter. Jede Runde dauert { $minutes } Minuten.
    3. Jederzeit: /note <Text> für Notizen, /action <Person> <Text> für Aufgaben.
    4. /group end schließt mit einer Zusammenfassung ab.
    Erwartet: { $expected }. Entschuldigt: { $excused }.
group-here-button = Ich bin da
group-not-running = In diesem Raum läuft keine Gruppensitzung. Eine geplante beginnt mit /group start.
group-present = Willkommen, { $name }! { $count ->
    [one] Eine Person ist da.
   *[other] { $count } Personen sind da.
}
group-already-present = Sie stehen bereits auf der Liste, { $name }.
group-not-present = Bitte antworten Sie zuerst mit /here auf die Anwesenheitsabfrage.
group-note-usage = Verwendung: /note <Text>, mit 2 bis { $max } Zeichen.
group-noted = Notiert (bisher { $count ->
    [one] eine Notiz
   *[other] { $count } Notizen
}).
group-action-usage = Verwendung: /action <Person> <Text>, zum Beispiel: /action Ben die Preisliste schicken (höchstens { $max } Zeichen).
group-action-unknown = „{ $name }“ kenne ich in dieser Sitzung nicht. Bitte verwenden Sie den Namen einer eingeladenen oder anwesenden Person: { $members }.
group-action-ambiguous = Auf „{ $name }“ passt hier mehr als eine Person. Bitte schreiben Sie den vollständigen Namen: { $members }.
group-action-noted = Aufgabe für { $name }: { $text }
group-action-reminder = Erinnerung aus der Gruppensitzung „{ $topic }“ am { $date }. Ihre Aufgabe: { $text }
group-round-usage = Verwendung: /round oder /round <Minuten> für ein Zeitfenster von 2 bis 120 Minuten.
group-round-too-few = Für eine Runde müssen mindestens zwei Personen anwesend sein. Antworten Sie mit /here auf die Anwesenheitsabfrage.
group-round-all-presented = Alle Anwesenden waren an der Reihe. Schließen Sie die Sitzung mit /group end ab.
group-round-start = Runde { $number } ({ $minutes } Minuten): { $name } schildert eine Herausforderung. Danach Rat in dieser Reihenfolge: { $advisers }. /next gibt das Wort weiter.
group-next-adviser = { $name }, bitte Ihr Rat (Runde { $number }, { $left ->
    [0] die Zeit ist um
    [one] noch eine Minute
   *[other] noch { $left } Minuten
}).
group-round-done = Runde { $number } ist abgeschlossen. Danke, { $name }! /round für die nächste Person oder /group end zum Abschließen.
group-no-round = Es läuft keine Runde. Starten Sie eine mit /round.
group-next-denied = Nur die Person, die gerade spricht, die Moderation oder das Koordinationsteam kann das Wort weitergeben.
group-round-warning = Noch { $left ->
    [one] eine Minute
   *[other] { $left } Minuten
} in Runde { $number }.
group-round-over = Die Zeit für Runde { $number } ist um. { $name }, bitte kommen Sie zum Schluss; dann /next oder /round.
group-summary-title = Zusammenfassung der Gruppensitzung „{ $topic }“ am { $date } ({ $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    })
group-summary-present = Anwesend ({ $count }): { $names }
group-summary-excused = Entschuldigt: { $names }
group-summary-notes = Notizen:
group-summary-no-notes = Es wurden keine Notizen gemacht.
group-summary-actions = Aufgaben:
group-summary-action = { $name }: { $text }
group-summary-written = Kurz gesagt:
group-hours-logged = { $count ->
    [one] Für die anwesende Person sind
   *[other] Für jede der { $count } anwesenden Personen sind
} { $hours } Std. als „{ $kind }“ erfasst.
group-consent-asked = Dürfen die Notizen ohne Namen in die Wissensdatenbank des Programms? Ich habe jede und jeden von Ihnen im Direktchat gefragt. Sie werden nur gespeichert, wenn alle Anwesenden innerhalb von { $hours ->
    [one] einer Stunde
   *[other] { $hours } Stunden
} zustimmen.
group-consent-question = Danke für Ihre Teilnahme an „{ $topic }“: { $hours } Std. sind für Sie erfasst. Dürfen die Notizen der Sitzung ohne Namen in der Wissensdatenbank des Programms gespeichert werden? Sie werden nur gespeichert, wenn alle Anwesenden bis { $until } ({ $timezone }) zustimmen.
group-consent-yes = Ja, speichern
group-consent-no = Nein
group-consent-closed = Die Frage zu den Notizen von „{ $topic }“ ist abgeschlossen.
group-consent-not-yours = Zu diesen Notizen werden nur die Personen gefragt, die anwesend waren.
group-consent-refused-self = Notiert: Die Notizen werden nicht gespeichert.
group-consent-refused = Nicht alle haben zugestimmt, daher werden die Notizen von „{ $topic }“ nicht in der Wissensdatenbank gespeichert.
group-consent-thanks = Danke! Bisher haben { $agreed } von { $count } zugestimmt.
group-consent-thanks-saved = Danke! Alle haben zugestimmt: Die Notizen sind als Eintrag { $id } gespeichert.
group-consent-saved = Alle haben zugestimmt: Die Notizen von „{ $topic }“ sind als Eintrag { $id } in der Wissensdatenbank gespeichert.
group-consent-lapsed = Nicht alle haben rechtzeitig geantwortet, daher werden die Notizen von „{ $topic }“ nicht in der Wissensdatenbank gespeichert.
group-entry-title = Gruppensitzung: { $topic } ({ $date })
group-entry-actions = Vereinbarte nächste Schritte:
group-link-usage = Verwendung: /group link <Kreis>, zum Beispiel: /group link circle-1
group-link-unknown = Es gibt keinen Kreis namens „{ $circle }“. Kreise: { $circles }.
group-link-denied = Nur das Koordinationsteam oder ein Mitglied von { $circle } kann diesen Raum damit verknüpfen.
group-linked = Dieser Raum ist jetzt der Raum von { $circle } (Mitglieder: { $members }).
group-room-usage = Verwendung: /group room <Kreis>, zum Beispiel: /group room circle-1. Ich erstelle einen Raum für den Kreis, lade seine Mitglieder ein und verknüpfe den Raum mit dem Kreis.
group-room-creating = Ich erstelle einen Raum für { $circle } mit { $members }. Er erscheint in Ihrer Chatliste (wenn die Plattform danach fragt, nehmen Sie bitte die Einladung an).
group-room-missing = Nicht eingeladen, weil kein { $platform }-Konto verknüpft ist: { $names }.
group-room-unsupported = Auf { $platform } kann ich Räume nicht selbst erstellen. Erstellen Sie eine Gruppe mit den Mitgliedern von { $circle }, fügen Sie mich hinzu und senden Sie dort /group link { $circle }.

## Befehlsmenüs (Befehlsliste von Telegram, Slash-Befehle von Discord): kurz, höchstens 100 Zeichen

cmd-start = Am Programm teilnehmen
cmd-start-code = Einladungs- oder Verknüpfungscode, falls Sie einen haben
cmd-help = Was ich kann
cmd-profile = Ihr Profil anzeigen oder ändern
cmd-profile-action = „edit“, um einen Teil Ihres Profils zu ändern
cmd-language = Die Sprache ändern, in der ich mit Ihnen spreche
cmd-link = Ein weiteres Chatkonto mit Ihrem Profil verbinden
cmd-link-code = Der Code von Ihrem anderen Konto
cmd-notify-on = Das Chatkonto wählen, das Benachrichtigungen erhält
cmd-notify-on-platform = telegram, matrix, discord oder console
cmd-privacy = Was ich speichere und warum
cmd-export = Alle Ihre Daten als Datei erhalten
cmd-forget = Alle Ihre Daten löschen
cmd-cancel = Den laufenden Vorgang abbrechen
cmd-applications = Mentor-Bewerbungen, die auf eine Entscheidung warten
cmd-invite = Einen Einladungscode erstellen
cmd-invite-role = Für wen der Code ist: mentor oder mentee
cmd-invite-uses = Wie viele Personen ihn nutzen dürfen (1–500)
cmd-invite-days = Wie viele Tage er gültig bleibt (1–365)
cmd-grant = Jemanden ins Koordinationsteam aufnehmen
cmd-grant-role = Die zu vergebende Rolle
cmd-grant-person = Name oder Chat-Handle der Person
cmd-pair = Ihre Mentoring-Tandems
cmd-mentors = Mentoren, die zu Ihnen passen
cmd-avoid = Nie mit einer bestimmten Person ein Tandem bilden
cmd-avoid-person = Name oder Chat-Handle der Person
cmd-match = Die besten Tandems für alle ohne Mentor vorschlagen
cmd-pairs = Alle Tandems des Programms
cmd-circles = Peer-Mentoring-Kreise bilden oder auflisten
cmd-circles-action = „form“, um Kreise aus allen zu bilden, die noch in keinem sind
cmd-circles-size = Personen pro Kreis (2–12, Standard 5)
cmd-book = Eine Sitzung mit Ihrem Mentor oder Mentee buchen
cmd-sessions = Ihre Sitzungen
cmd-reschedule = Eine Sitzung auf eine andere Zeit verschieben
cmd-cancel-session = Eine Sitzung absagen
cmd-log = Stunden erfassen
cmd-hours = Ihre Stunden im Vergleich zum Budget
cmd-report = Einen Bericht einreichen
cmd-reports = Wer welchen Bericht eingereicht hat
cmd-ask = Die Wissensdatenbank des Programms fragen
cmd-ask-question = Ihre Frage
cmd-share = Know-how mit dem Programm teilen
cmd-entries = Ihre Wissenseinträge
cmd-hide = Einen Wissenseintrag ausblenden
cmd-hide-entry = Die Nummer des Eintrags
cmd-stats = Das Programm auf einen Blick, mit Diagrammen
cmd-announce = Eine Mitteilung an den ganzen Jahrgang oder eine Rolle
cmd-announce-audience = Wer sie erhält (standardmäßig alle)
cmd-announce-text = Die Mitteilung
cmd-group = Gruppensitzungen in diesem Raum: planen, starten, beenden, teilnehmen
cmd-group-action = schedule, start, end, attend, absent, cancel, link oder room
cmd-group-details = Für schedule: Zeitpunkt und Thema; für link und room: der Kreis
cmd-here = Auf die Anwesenheitsabfrage einer Gruppensitzung antworten
cmd-round = Die nächste präsentierende Person einer Gruppensitzung
cmd-round-minutes = Das Zeitfenster der Runde in Minuten (2–120)
cmd-next = Das Wort an die nächste Person weitergeben
cmd-note = Der Gruppensitzung eine Notiz hinzufügen
cmd-note-text = Die Notiz
cmd-action = Eine Aufgabe für jemanden hinzufügen
cmd-action-person = Wer sie erledigt: der Name
cmd-action-text = Was die Person tun wird
