# mentor-cloud — Türkçe (Turkish).
# Buradaki her anahtar İngilizce referans dosyadakilerle aynı olmalıdır; değişkenler de aynı olmalıdır.

## Genel

welcome-back = Tekrar hoş geldiniz, { $name }! Neler yapabildiğimi görmek için /help gönderin.
not-joined = Merhaba! Ben programın mentorluk asistanıyım. Katılmak için /start gönderin.
not-understood = Bunu anlayamadım. Neler yapabildiğimi görmek için /help gönderin.
unknown-command = { $command } komutunu bilmiyorum. Neler yapabildiğimi görmek için /help gönderin.
text-too-long = Mesajınız çok uzun ({ $length } karakter; sınır { $limit }). Lütfen kısaltın.
empty-message = Bu mesaj boştu. Lütfen bir yanıt yazın.
internal-error = Üzgünüm, benim tarafımda bir sorun oluştu ve hiçbir şey değiştirilmedi. Lütfen biraz sonra tekrar deneyin.
nothing-to-cancel = İptal edilecek bir şey yok.
cancelled = İptal edildi. Hiçbir şey değiştirilmedi.
onboarding-cancelled = Katılım iptal edildi ve hiçbir şey kaydedilmedi. Yeniden başlamak istediğinizde /start gönderin.
dialog-in-progress = Şu anda devam eden bir işlemimiz var. Yukarıdaki soruyu yanıtlayın ya da durdurmak için /cancel gönderin.
direct-only = Bu özel bir bilgi, bu yüzden yalnızca özel sohbette yanıtlıyorum. Yanıtı size oradan gönderdim.
direct-only-start = Bunu yapmak için lütfen bana özel sohbetten yazın.
not-in-room = Bu komut yalnızca özel sohbetlerde çalışır.
coordinator-only = Bunu yalnızca program koordinatörleri yapabilir.
needs-profile = Henüz katılmadınız. Katılmak için /start gönderin.
choice-invalid = Lütfen seçeneklerden birini seçin: numarasını ya da adını yazın.
choice-invalid-multi = Lütfen bir veya daha fazla seçenek seçin: numaralarını ya da adlarını virgülle ayırarak yazın (örneğin: 1, 3).
choice-none = Hiçbiri
choice-done = Tamam
discord-reply = Yanıtla
discord-reply-title = Yanıtınız
discord-reply-label = Yanıtınızı yazın

help =
    Neler yapabilirim:
    /start – programa katılma (davet kodunuz varsa onunla)
    /profile – profilinizi gösterme; /profile edit – profilinizi değiştirme
    /pair – mentorluk eşleşmelerinizi görme
    /book – mentorunuz ya da mentinizle oturum ayarlama
    /sessions – oturumlarınız; /reschedule, /cancel-session – bir oturumu değiştirme
    /log – saat kaydetme; /hours – programın bütçesine göre saatleriniz
    /report – programın istediği bir raporu teslim etme
    /ask <soru> – programın bilgi tabanına soru sorma
    /share – bilgi ve deneyimi programla paylaşma; /entries – kayıtlarınız
    /mentors – size uygun mentorlar (program seçim yapmanıza izin veriyorsa)
    /avoid <kişi> – belirli biriyle asla eşleştirilmeme
    /language – sizinle konuştuğum dili değiştirme
    /link – profilinize başka bir sohbet hesabı bağlama
    /notify-on – bildirimlerimi alacak sohbet hesabını seçme
    /privacy – neleri ve neden sakladığım
    /export – tüm verilerinizi dosya olarak alma
    /forget – tüm verilerinizi silme
    /cancel – yaptığımız işlemi durdurma
help-coordinator =
    Koordinatörler için:
    /applications – karar bekleyen mentorluk başvuruları
    /match – mentoru olmayan herkes için en iyi eşleşmeleri önerme
    /pairs – programdaki tüm eşleşmeler
    /reports – kimin hangi raporu teslim ettiği ve neyin geciktiği
    /hide <numara> – bir bilgi kaydını gizleme
    /stats – grafiklerle programa genel bakış; /export – programın verileri CSV dosyaları olarak
    /announce [mentors|mentees|coordinators] <metin> – tüm katılımcılara ya da tek bir role mesaj
    /circles form [boyut] – herkesi akran mentorluğu çemberlerine ayırma; /circles çemberleri listeler
    /invite mentor|mentee [kullanım] [gün] – davet kodu oluşturma
    /grant coordinator <kişi> – birini koordinatör yapma

## Katılım

start-already-joined = Zaten katıldınız, { $name }. Profilinizi görmek için /profile gönderin.
start-resume = Kaldığımız yerden devam edelim.
invite-required = Bu programa yalnızca davetle katılınabilir. Lütfen bir koordinatörden davet kodu isteyin ve /start komutunu, ardından kodu yazarak gönderin.
invite-invalid = { $code } davet kodu geçersiz ya da süresi dolmuş. Lütfen bir koordinatörden yeni bir kod isteyin.
invite-accepted-mentor = Mentor olarak davetiniz kabul edildi.
invite-accepted-mentee = Menti olarak davetiniz kabul edildi.
ask-language = Mentorluk programına hoş geldiniz! Hangi dili kullanmamı istersiniz?
ask-consent =
    Başlamadan önce: programı yürütmek için bana verdiğiniz profili (ad, ülke, kuruluş, sektör, kariyer aşaması, diller, yetkinlikler, hedefler, ayırabileceğiniz zaman, saat dilimi ve görüşme tercihi), hangi sohbet hesaplarının size ait olduğunu ve programda olup bitenleri (başvurular, eşleşmeler, oturumlar) saklıyorum. Programın koordinatörleri profilinizi görebilir; diğer katılımcılar yalnızca bir eşleştirme için gerekli olanı görür. Hiçbir şey satılmaz ya da program dışında paylaşılmaz. İstediğiniz zaman her şeyi /export ile görebilir, /forget ile silebilirsiniz. Daha fazla bilgi için /privacy gönderin.
    Kabul ediyor musunuz?
consent-yes = Kabul ediyorum
consent-no = Kabul etmiyorum
consent-refused = Anlaşıldı. Sizinle ilgili hiçbir şey saklamadım. Fikrinizi değiştirirseniz yeniden /start gönderin.
ask-name = Diğer katılımcıların göreceği şekliyle adınız nedir?
name-invalid = Lütfen 2 ile { $max } karakter arasında bir ad girin: ad harflerden oluşmalı; harflerin arasında boşluk, kısa çizgi, nokta veya kesme işareti olabilir.
ask-country = Hangi ülkede çalışıyorsunuz? Ülkenin İngilizce adını ya da iki harfli kodunu yazın (örneğin: Germany, DE).
country-invalid = “{ $input }” diye bir ülke bilmiyorum. Lütfen ülkenin İngilizce adını ya da iki harfli ISO kodunu yazın; örneğin Poland veya PL.
ask-organisation = Hangi kuruluşta ya da şirkette çalışıyorsunuz? (Yoksa “-” gönderin.)
organisation-invalid = Lütfen kuruluşun adını en fazla { $max } karakterle yazın ya da kuruluşunuz yoksa “-” gönderin.
ask-sector = Hangi sektörde çalışıyorsunuz?
ask-career-stage = Kariyerinizin hangi aşamasındasınız?
career-student = Öğrenci
career-early = Kariyerin başlarında (5 yıla kadar)
career-mid = Kariyerin ortasında (5 ile 15 yıl arası)
career-senior = Kıdemli (15 yıldan fazla)
career-executive = Üst düzey yönetici veya kurucu
ask-languages = Hangi dillerde mentorluk görüşmesi yapabilirsiniz? Uygun olanların hepsini seçin (örneğin: 1, 3).
ask-offers = Mentor olarak hangi yetkinlikleri sunabilirsiniz? Uygun olanların hepsini ya da “Hiçbiri” seçeneğini seçin. Kariyerinin başındaki biri bile, iyi bildiği bir beceride kıdemli birine mentorluk yapabilir (tersine mentorluk).
ask-years = “{ $competence }” alanında kaç yıllık deneyiminiz var?
years-invalid = Lütfen yıl sayısını 0 ile 60 arasında bir tam sayı olarak yazın.
ask-capacity = Aynı anda kaç mentiyle çalışabilirsiniz? (1 ile { $max } arasında bir sayı; çoğu mentor 2 mentiyle çalışır)
capacity-invalid = Lütfen 1 ile { $max } arasında bir tam sayı yazın.
ask-seeks = Bir mentorla hangi yetkinlikleri geliştirmek istersiniz? Uygun olanların hepsini ya da “Hiçbiri” seçeneğini seçin.
offers-or-seeks-required = Lütfen sunmak ya da geliştirmek üzere en az bir yetkinlik seçin. Sunabileceklerinize geri dönelim.
mentor-invite-needs-offer = Mentor olarak davet edildiniz; bu yüzden lütfen sunabileceğiniz en az bir yetkinlik seçin.
mentee-invite-needs-seek = Menti olarak davet edildiniz; bu yüzden lütfen geliştirmek istediğiniz en az bir yetkinlik seçin.
ask-goals = Bu programdaki hedefleriniz neler? Birkaç cümle yeterli.
goals-invalid = Lütfen hedeflerinizi 3 ile { $max } karakter arasında anlatın.
ask-availability = Mentorluğa ayda kaç saat ayırabilirsiniz? (bir sayı, örneğin 4)
availability-invalid = Lütfen saat sayısını 1 ile 200 arasında bir tam sayı olarak yazın.
ask-timezone = Hangi saat dilimindesiniz? Birini seçin ya da adını yazın (örneğin: Europe/Berlin).
ask-timezone-free = Hangi saat dilimindesiniz? Adını yazın; örneğin Europe/Berlin veya America/New_York.
timezone-invalid = “{ $input }” diye bir saat dilimi bilmiyorum. Lütfen saat dilimi veritabanındaki bir adı yazın; örneğin Europe/Berlin.
ask-meeting-mode = Nasıl görüşmek istersiniz?
meeting-online = Çevrim içi
meeting-in-person = Yüz yüze
meeting-both = İkisi de
onboarding-done = Teşekkürler, { $name }! Profiliniz şöyle:
next-steps-mentor = Mentorluk teklifiniz artık bir başvuru: bir koordinatör bunu inceleyecek, ben de sonucu size bildireceğim.
next-steps-mentee = Sırada şu var: bir koordinatör sizi, dilinizi konuşan ve aradığınızı sunan bir mentorla eşleştirecek. Sizi tanıştıracağım.
next-steps-coordinator = Bu programın koordinatörüsünüz. Komutlarınızı görmek için /help gönderin.
next-steps-edit = Bunların hepsini /profile edit ile değiştirebilirsiniz.

## Profil

profile-title = Profil: { $name }
field-name = Ad
field-country = Ülke
field-organisation = Kuruluş
field-sector = Sektör
field-career-stage = Kariyer aşaması
field-languages = Diller
field-offers = Mentor olarak sundukları
field-capacity = Aynı anda menti sayısı
capacity-value = { $count }
field-seeks = Geliştirmek istedikleri
field-goals = Hedefler
field-availability = Ayırabileceği zaman
field-timezone = Saat dilimi
field-meeting-mode = Görüşme
field-roles = Roller
field-competences = Yetkinlikler
availability-value = ayda { $hours } saat
years-value = { $years } yıl
value-none = –
role-coordinator = koordinatör
role-mentor = mentor
role-mentor-applicant = mentor (başvuru beklemede)
role-mentor-interview = mentor (görüşme önerildi)
role-mentor-rejected = mentorluk başvurusu kabul edilmedi
role-mentee = menti
profile-edit-ask = Profilinizin hangi kısmını değiştirmek istiyorsunuz?
profile-updated = Kaydedildi. Profiliniz artık şöyle:
profile-coordinator-minimal = Koordinatör olarak yalnızca bir ad, bir ülke ve bir saat dilimi girmeniz yeterlidir.

## Dil

language-ask = Hangi dili kullanmamı istersiniz?
language-set = Bundan sonra sizinle Türkçe konuşacağım.

## Mentorluk başvuruları

application-new =
    Yeni mentorluk başvurusu: { $name } ({ $country }, { $organisation }).
    Sundukları: { $offers }
    Hedefleri: { $goals }
application-approve = Onayla
application-reject = Reddet
application-interview = Görüşme iste
application-approved-applicant = Güzel haber: mentorluk başvurunuz onaylandı. Deneyiminizi paylaştığınız için teşekkür ederiz!
application-approved-coordinator = { $name } artık onaylı bir mentor.
application-rejected-applicant = Mentorluk başvurunuz kabul edilmedi. Koordinatörün gerekçesi: { $reason }
application-rejected-coordinator = { $name } adlı kişinin başvurusu reddedildi ve gerekçe kendisine gönderildi.
application-reason-ask = Lütfen { $name } adlı kişinin başvurusunu reddetme gerekçenizi yazın. Gerekçe kendisine gönderilecek.
application-reason-invalid = Lütfen 3 ile { $max } karakter arasında bir gerekçe yazın.
application-interview-ask = { $name } ile ne zaman görüşmek istersiniz? Kendi saat diliminize ({ $timezone }) göre bir tarih ve saat yazın; örneğin 2026-12-03 15:00.
application-interview-invalid = “{ $input }” ifadesini gelecekteki bir tarih ve saat olarak okuyamadım. Lütfen 2026-12-03 15:00 biçimini kullanın.
application-interview-applicant = Bir koordinatör, { $coordinator }, mentorluk başvurunuz hakkında { $when } tarihinde (sizin saatinizle, { $timezone }) sizinle görüşmek istiyor. Onaylamak için lütfen kendisine yanıt verin.
application-interview-coordinator = { $name } adlı kişiden { $when } ({ $timezone }) için görüşme talep edildi.
application-already-decided = Bu başvuru hakkında zaten karar verildi.
application-unknown = Bu başvuruyu artık bulamıyorum.
applications-none = Bekleyen mentorluk başvurusu yok.
applications-title = Karar bekleyen mentorluk başvuruları: { $count }

## Koordinatörler ve davetler

grant-usage = Kullanım: /grant coordinator <kişi>; burada <kişi>, ilgili kişinin adı ya da sohbet kullanıcı adıdır.
grant-unknown = Katılmış kişiler arasında “{ $input }” adında kimseyi bulamadım.
grant-ambiguous = “{ $input }” ile eşleşen birden fazla kişi var. Lütfen kişinin sohbet kullanıcı adını kullanın.
grant-done = { $name } artık bir koordinatör.
grant-already = { $name } zaten bir koordinatör.
grant-received = { $by } sizi programın koordinatörü yaptı. Yeni komutlarınızı görmek için /help gönderin.
invite-usage = Kullanım: /invite mentor|mentee [kullanım] [gün]; örneğin /invite mentee 10 30. Kullanım sayısı: 1 ile 500 arası, gün: 1 ile 365 arası.
invite-created =
    Davet kodu ({ $role } için, { $uses } kullanımlık, { $until } tarihine kadar geçerli):
    { $code }
    Yeni katılımcılar şunu gönderir: /start { $code }
role-name-mentor = mentor
role-name-mentee = menti

## Hesap bağlama

link-code =
    Bağlantı kodunuz: { $code }. Kod 10 dakika geçerlidir.
    Diğer sohbet hesabınızdan şunu gönderin: /link { $code }
link-done = Bu hesap artık profilinize bağlı, { $name }.
link-invalid = Bu bağlantı kodu geçersiz ya da süresi dolmuş. Yeni bir kod almak için ilk hesabınızdan /link gönderin.
link-already = Bu hesap zaten profilinize ait.
link-other-profile = Bu hesap zaten başka bir profile ait. Bağlamak istiyorsanız önce burada /forget gönderin.
link-needs-profile = Kod almak için, zaten profili olan hesaptan /link gönderin.
notify-usage = Kullanım: /notify-on <platform>; şunlardan biri: { $platforms }. Bildirimler şu anda { $current } hesabınıza gidiyor.
notify-set = Bundan sonra bildirimleri { $platform } hesabınıza göndereceğim.
notify-unknown = Profilinize bağlı bir { $platform } hesabınız yok. Hesaplarınız: { $platforms }.
link-notice = Profilinize başka bir sohbet hesabı ({ $platform }) bağlandı. Bunu siz yapmadıysanız bir koordinatöre haber verin.

## Gizlilik

privacy =
    Neleri ve neden saklıyorum:
    • Profiliniz (ad, ülke, kuruluş, sektör, kariyer aşaması, diller, yetkinlikler, hedefler, ayırabileceğiniz zaman, saat dilimi, görüşme tercihi) – sizi doğru kişilerle eşleştirmek için.
    • Sohbet hesaplarınız – size sohbet ettiğiniz yerden ulaşmak için.
    • Program kayıtları (başvurular, eşleşmeler, oturumlar, saatler, raporlar) – programı yürütmek ve raporlamak için.
    • Koordinatörlerin işlemlerine ait denetim kaydı – hesap verebilirlik için.
    Koordinatörler profilinizi görebilir. Diğer katılımcılar yalnızca bir eşleştirme için gerekli olanı görür.
    /export hakkınızda sakladığım her şeyi size gönderir; /forget bunları siler. Paylaşmayı seçtiğiniz bilgiler, anonimleştirilmiş olarak bilgi tabanında kalır.
export-ready = Hakkınızda sakladığım her şey burada.
forget-confirm = Bu işlem profilinizi, bağlı hesaplarınızı ve program kayıtlarınızı siler. Geri alınamaz. Emin misiniz?
forget-yes = Evet, her şeyi sil
forget-no = Hayır, verilerimi sakla
forget-done = Tüm verileriniz silindi. Hoşça kalın, katıldığınız için teşekkür ederiz.
forget-kept = Hiçbir şey silinmedi.

## Eşleşmeler

why-competences = sunulan ve aranan yetkinlikler örtüşüyor: { $competences }
why-languages = ortak diller: { $languages }
why-countries = farklı ülkeler ({ $first } ve { $second })
why-overlap = { $hours } ortak çalışma saati
why-reverse = tersine mentorluk: menti daha kıdemli
pair-accept = Kabul et: { $name }
pair-decline = Reddet: { $name }
pair-intro-mentee = Mentorunuzla tanışın: { $name } ({ $country }, { $organisation }). Neden siz ikiniz: { $why }.
pair-intro-mentor = Yeni mentinizle tanışın: { $name } ({ $country }, { $organisation }). Neden siz ikiniz: { $why }. Hedefleri: “{ $goals }”
pair-intro-next = Lütfen { $deadline } tarihine kadar (sizin saatinizle) kabul edin ya da reddedin. İkiniz de kabul ettiğinizde sizi birbirinizle buluşturacağım: ilk oturum için anlaşın ve bir hedef anlaşmasıyla başlayın.
request-new = { $name } ({ $country }) mentoru olmanızı istiyor. Neden siz ikiniz: { $why }. Hedefleri: “{ $goals }” Lütfen { $deadline } tarihine kadar (sizin saatinizle) kabul edin ya da reddedin.
request-sent = Talebi ilettim: { $name }. Yanıt için { $deadline } tarihine kadar (sizin saatinizle) süre var; sonucu size bildireceğim.
pair-unknown = Bu eşleşmeyi bulamıyorum ya da size ait değil.
pair-answered-already = Bu zaten yanıtlandı ya da süresi doldu.
request-full = Bu mentorun artık boş yeri yok, bu yüzden talep bir sonrakine iletildi.
pair-accepted-wait = Teşekkürler! { $name } de kabul eder etmez başlayabilirsiniz.
pair-active = Siz ve { $name } artık bir mentorluk eşleşmesisiniz. Ona şuradan ulaşabilirsiniz: { $contact }. İlk oturum için anlaşın ve hedef anlaşmanızla başlayın.
pair-decline-reason-ask = Nedenini söylemek ister misiniz? Bu, koordinatörlerin daha uygun bir eşleşme bulmasına yardımcı olur. Atlamak için “-” gönderin.
pair-declined-self = Anlaşıldı, tanıştırma reddedildi. Yeniden eşleşme bekleyenler arasındasınız.
pair-declined-other = { $name } tanıştırmayı reddetti. Yeniden eşleşme bekleyenler arasındasınız; bir koordinatör size başka bir eşleşme arayacak.
pair-expired = { $name } ile tanıştırma zamanında yanıtlanmadı ve süresi doldu. Yeniden eşleşme bekleyenler arasındasınız.
pair-declined-coordinator = { $who }, { $mentor } (mentor) ve { $mentee } (menti) tanıştırmasını reddetti. İkisi de yeniden eşleşme bekleyenler arasında.
pair-declined-coordinator-reason = { $who }, { $mentor } (mentor) ve { $mentee } (menti) tanıştırmasını şu gerekçeyle reddetti: “{ $reason }” İkisi de yeniden eşleşme bekleyenler arasında.
pair-expired-coordinator = { $mentor } (mentor) ve { $mentee } (menti) tanıştırması yanıtsız kaldı ve süresi doldu. İkisi de yeniden eşleşme bekleyenler arasında.
request-declined-self = Anlaşıldı, talebi reddettiniz. Yanıtınız için teşekkürler.
request-lapsed-mentor = { $name } adlı kişinin talebi zamanında yanıtlanmadı ve süresi doldu.
request-passed-on = { $name } sizi kabul edemedi; bu yüzden talebi bir sonraki tercihinize ilettim: { $next }.
request-none-left = { $name } sizi kabul edemedi ve diğer tercihlerinizin hiçbirinde boş yer yok. Başka kimlerin uygun olduğunu görmek için /mentors gönderin.
pair-state-proposed = önerildi
pair-state-rejected = reddedildi
pair-state-requested = talep edildi
pair-state-introduced = tanıştırıldı
pair-state-active = etkin
pair-state-completed = tamamlandı
pair-state-ended = sonlandırıldı
pair-none = Henüz bir mentorluk eşleşmeniz yok.
pair-list-title = Mentorluk eşleşmeleriniz:
pair-role-mentor = Mentorunuz
pair-role-mentee = Mentiniz
pair-line = { $role }: { $name } – { $state } ({ $since } itibarıyla)
pair-complete-button = Tamamlandı: { $name }
pair-end-button = Eşleşmeyi sonlandır: { $name }
pairs-none = Henüz eşleşme yok. Eşleşme önermek için /match gönderin.
pairs-title = Tüm eşleşmeler: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } ({ $since } itibarıyla)
pairs-end-button = Sonlandır: { $mentor } → { $mentee }
pair-cannot-complete = Yalnızca etkin bir eşleşme tamamlanabilir; bu eşleşmenin durumu: { $state }.
pair-cannot-end = Bu eşleşme zaten sona erdi ({ $state }).
pair-completed = Tebrikler: { $name } ile mentorluğunuz tamamlandı. İkinize de teşekkürler!
pair-end-reason-ask = Eşleşme neden sona eriyor? Bu bilgi sizinle koordinatörler arasında kalır. Atlamak için “-” gönderin.
pair-ended = { $name } ile mentorluk eşleşmeniz { $by } tarafından sonlandırıldı. Yeni bir eşleşme isterseniz bir koordinatör yardımcı olabilir.
pair-ended-self = Eşleşme sonlandırıldı.

## Eşleştirme

match-none = Şu anda eşleştirilecek kimse yok: mentoru olmayan hiçbir mentinin boş yeri olan uygun bir mentoru yok (eşleşmeyen: { $unmatched }).
match-title = Önerilen eşleşmeler: { $count } (toplam puan { $total }; eşleşmeyen: { $unmatched }). Siz onaylayana kadar kimseye bir şey bildirilmez.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … ve { $count } tane daha.
match-approve-all = Tümünü onayla
match-review = Tek tek incele
match-approve = Onayla
match-reject = Reddet
match-reviewed = Tüm öneriler hakkında karar verildi. Eşleşmeleri görmek için /pairs gönderin.
match-approved = { $count } eşleşme onaylandı ve taraflar tanıştırıldı.
match-approved-full = { $count } öneri onaylanamadı: mentorun artık boş yeri yok ya da menti bu arada bir mentor buldu.
match-approved-one = { $mentor } ve { $mentee } birbiriyle tanıştırıldı.
match-full = { $mentor } adlı mentorun artık boş yeri yok (ya da { $mentee } bu arada bir mentor buldu), bu yüzden bu öneri kaldırıldı.
match-rejected-one = Reddedildi: { $mentor } ve { $mentee } bir daha birlikte önerilmeyecek. Geri kalanlar yeniden optimize edildi: şu anda { $count } öneri var.
match-stale = Bu öneri artık açık değil.
mentors-off = Bu programda eşleşmeleri koordinatörler oluşturur; mentorunuzla tanıştırılacaksınız.
mentors-not-now = Zaten bir mentorunuz ya da açık bir talebiniz var veya hiçbir yetkinlik aramıyorsunuz (bunu /profile edit ile değiştirebilirsiniz).
mentors-none = Şu anda boş yeri olan hiçbir mentor size uygun değil. Bir koordinatör sizin için eşleşme arayacak.
mentors-title = Size en uygun mentorlar:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Talep gönder: { $name }
mentors-gone = Bu mentor artık müsait değil. Güncel liste şöyle.
avoid-usage = Kullanım: /avoid <kişi>; burada <kişi>, ilgili kişinin adı ya da sohbet kullanıcı adıdır. Bu kişiyle asla eşleştirilmezsiniz; kişiye bu bildirilmez.
avoid-done = Not edildi: bu kişiyle eşleştirilmeyeceksiniz. Kişiye bu bildirilmez.
avoid-self = Kendinizi hariç tutamazsınız.

## Çemberler

circles-usage = Kullanım: /circles form [boyut]; boyut 2 ile { $max } arasında olmalıdır (belirtmezseniz 5); /circles çemberleri listeler.
circles-none = Hiç çember oluşturulamadı: çemberlerin dışında ortak bir dili konuşan ve bir yetkinlik arayan çok az kişi var (dışarıda kalan: { $left }).
circles-formed = { $count } çember oluşturuldu (toplam { $people } kişi); her üyeye çemberinde kimlerin olduğu bildirildi.
circles-left-out = Hiçbir çembere alınamayanlar: { $names } (yeterince kişiyle ortak bir dil yok).
circle-formed = { $circle } akran mentorluğu çemberindesiniz; diğer üyeler: { $members }. Ortak diliniz: { $language }.
circle-shared = Birkaçınızın geliştirmek istediği: { $competences }.
circles-empty = Henüz çember yok. Oluşturmak için /circles form gönderin.
circles-title = Çemberler: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Oturumlar

session-place-open = daha sonra kararlaştırılacak
session-describe = { $when } ({ $timezone }), { $minutes } dakika, { $mode }: { $place }
when-unreadable = Bunu bir tarih ve saat olarak okuyamadım. Kendi saatinize göre yazın, örneğin { $example }, “yarın 15:00” ya da “salı 18:00”.
when-past = Bu zaman geçti. Lütfen ileri bir zaman girin, örneğin { $example }.
when-ambiguous = Bu saat belirsiz (örneğin o sırada saatler değişiyor ya da 3 gibi bir saat gece veya öğleden sonra olabilir). Lütfen açıkça yazın, örneğin { $example }.
when-nonexistent = Saatler değiştiği için bu saat, o gün saat diliminizde yok. Lütfen başka bir saat seçin, örneğin { $example }.
when-too-far = Bu çok ileri bir tarih. Lütfen önümüzdeki iki yıl içinde bir zaman seçin, örneğin { $example }.
when-after-end = Bu zaman programın bitişinden sonra. Lütfen daha erken bir zaman seçin.
book-no-pair = Oturum ayarlamak için etkin bir mentorluk eşleşmeniz olmalı. Eşleşmelerinizi görmek için /pair gönderin.
book-ask-pair = Oturum kiminle?
book-ask-when = Ne zaman? Tarihi ve saati kendi saat diliminize ({ $timezone }) göre yazın, örneğin { $example }, “yarın 15:00”, “salı 18:00” ya da “3 gün sonra 10:00”.
minutes-value = { $minutes } dk
book-ask-minutes = Ne kadar sürecek? (ya da dakikayı yazın)
book-minutes-invalid = Lütfen bir süre seçin ya da dakikayı yazın (15 ile 480 arası).
book-ask-mode = Çevrim içi mi, yüz yüze mi?
book-ask-link = Çevrim içi oturumun bağlantısı nedir? Daha sonra kararlaştıracaksanız “-” gönderin.
book-ask-place = Nerede buluşacaksınız? Daha sonra kararlaştıracaksanız “-” gönderin.
book-place-invalid = Lütfen bağlantıyı ya da yeri en fazla 300 karakterle yazın veya “-” gönderin.
repeat-once = Yalnızca bir kez
repeat-weekly = Her hafta
repeat-biweekly = İki haftada bir
repeat-cron = { $rule } takvimine göre
book-ask-repeat = Oturum tekrarlanacak mı? Seçin ya da bir cron kuralı yazın (saniye dakika saat gün ay haftanın_günü, örn. 0 0 18 * * Tue).
book-repeat-invalid = Lütfen seçeneklerden birini seçin ya da 0 0 18 * * Tue gibi geçerli bir cron kuralı yazın.
book-sent = Onay isteğini ilettim ({ $name }): { $session }{ $count ->
    [one] .
   *[other] ; toplam { $count } oturum.
}
session-request = { $name } bir mentorluk oturumu öneriyor: { $session }.
session-series = Tekrar: { $rule } – program bitene kadar { $count } oturum.
session-confirm = Onayla
session-confirm-all = Tümünü onayla
session-other-time = Başka zaman öner
session-decline = Reddet
session-unknown = Bu oturumu bulamıyorum ya da size ait değil.
session-answered-already = Bu oturum zaten yanıtlandı.
session-own-proposal = Bunu siz önerdiniz; diğer kişi onaylayacak.
session-declined = { $name } oturumu reddetti: { $session }.
session-declined-self = Reddedildi. Diğer kişiye bildirildi.
session-not-upcoming = Bu oturumun zamanı geçti, bu yüzden değiştirilemez.
session-attend-noted = Harika, görüşmek üzere!
session-confirmed = { $name } ile oturumunuz onaylandı: { $session }{ $count ->
    [one] .
   *[other] ; toplam { $count } oturum.
} Takvim dosyası ekte.
session-calendar-title = Mentorluk oturumu: { $name }
session-cancelled = { $name } oturumu iptal etti: { $session }.
session-cancelled-self = Oturum iptal edildi ve diğer kişiye bildirildi.
session-ask-new-time = Hangi zaman size uyar? Saat diliminize ({ $timezone }) göre yazın, örneğin { $example }.
session-time-sent = Yeni zamanı önerdim ({ $name }): { $session }.
session-reminder = Hatırlatma: { $name } ile oturumunuz – { $session }.
reminder-late = (Bu hatırlatma gecikti: zamanında çalışmıyordum.)
session-attend = Katılacağım
session-reschedule = Zamanı değiştir
session-cancel = İptal et
session-follow-up = { $name } ile oturumunuz ({ $session }) gerçekleşti mi?
session-held = Evet, { $minutes } dakika
session-other-length = Evet, ama daha uzun ya da kısa
session-missed = Hayır
session-already-recorded = Bu oturum zaten kaydedildi.
session-missed-noted = Not edildi: oturum gerçekleşmedi. /book ile yeni bir oturum ayarlayın.
session-ask-length = Kaç dakika sürdü?
session-length-invalid = Lütfen dakikayı 5 ile 600 arasında bir sayı olarak yazın.
session-ask-note = Not etmek istediğiniz bir şey var mı (bir konu, bir anlaşma, bir sonraki adım)? Atlamak için “-” gönderin.
session-recorded = Teşekkürler! İkiniz için de { $minutes } dakika kaydedildi.
session-recorded-other = { $name } oturumunuzu kaydetti: ikiniz için de { $minutes } dakika kaydedildi.
session-state-proposed = onay bekliyor
session-state-confirmed = onaylandı
session-state-cancelled = iptal edildi
session-state-held = gerçekleşti
session-state-missed = gerçekleşmedi
sessions-line = { $when }, { $name }, { $minutes } dk – { $state }
sessions-none = Henüz oturumunuz yok. /book ile bir oturum ayarlayın.
sessions-none-upcoming = Yaklaşan oturumunuz yok.
sessions-upcoming = Yaklaşan:
sessions-past = Geçmiş:
sessions-pick-reschedule = Hangi oturumun zamanını değiştirmek istiyorsunuz?
sessions-pick-cancel = Hangi oturumu iptal etmek istiyorsunuz?

## Saatler

hours-kind-bilateral = İkili oturum
hours-kind-group = Grup oturumu
hours-kind-joint = Ortak toplantı
hours-kind-preparation = Hazırlık ve raporlama
log-ask-kind = Bu süreyi ne için harcadınız?
log-ask-hours = Kaç saat? (örneğin 1,5 ya da 90 min)
log-hours-invalid = Lütfen saati 0,25 ile 12 arasında bir sayı olarak (örneğin 1,5) ya da dakika olarak (örneğin 90 min) yazın.
log-done = Kaydedildi: { $hours } sa, { $kind }.
hours-title = Saatleriniz: toplam { $hours } sa.
hours-line = { $kind }: { $hours } sa
hours-budget = Programın bütçesi menti başına { $budget } saat; { $left } sa kaldı. Şimdiye kadarki ikili oturumlar: { $bilateral } sa (en az { $min } saat bekleniyor).
hours-warning = Programın { $budget } saatlik bütçesinden { $hours } sa kullandınız.
hours-budget-reached = Programın { $budget } saatlik bütçesine ulaştınız.
hours-refused = Bu saatler programın { $budget } saatlik bütçesini aşacağı için ({ $left } sa kaldı) kaydedilmedi. Bir koordinatör yardımcı olabilir.
hours-pending = { $hours } sa daha programın { $budget } saatlik bütçesini aşacağı için bu saatler bir koordinatörün onayını bekliyor. Size haber verilecek.
hours-approval-request = { $name } { $hours } sa kaydetti ({ $kind }); böylece toplamı { $total } sa oldu ve { $budget } sa bütçeyi aştı. Bu saatler onaylansın mı?
hours-approve = Onayla
hours-refuse = Reddet
hours-approved-coordinator = Onaylandı: { $name } için { $hours } sa kaydedildi.
hours-refused-coordinator = Reddedildi: { $name } için { $hours } sa kaydedilmedi.
hours-approved = { $name }, bütçeyi aşan { $hours } sa için onay verdi: saatleriniz kaydedildi.
hours-not-approved = { $name }, bütçeyi aşan { $hours } sa için onay vermedi; bu yüzden saatleriniz kaydedilmedi.
hours-request-already-decided = Bu saatler hakkında zaten karar verildi.
hours-request-unknown = Bu saatleri artık bulamıyorum.

## Program: durum yoklamaları, raporlar, hatırlatmalar

checkin-ask = { $name } ile mentorluğunuz nasıl gidiyor?
checkin-rating-1 = 1 – kötü
checkin-rating-2 = 2
checkin-rating-3 = 3 – fena değil
checkin-rating-4 = 4
checkin-rating-5 = 5 – mükemmel
checkin-ask-comment = Teşekkürler. Eklemek istediğiniz bir şey var mı? Atlamak için “-” gönderin.
checkin-thanks = Geri bildiriminiz için teşekkürler!
checkin-low-coordinator = { $name }, { $other } ile mentorluğu 5 üzerinden { $rating } olarak değerlendirdi. Yorum: “{ $comment }”
deliverable-due = Hatırlatma: “{ $title }” için son tarih { $due }. Teslim etmek için /report gönderin.
deliverable-overdue = “{ $title }” için son tarih { $due } idi ve henüz teslim edilmedi. Teslim etmek için /report gönderin.
report-none-owed = Şu anda teslim etmeniz gereken bir rapor yok.
report-ask-which = Hangi raporu teslim etmek istiyorsunuz?
report-not-owed = Bu raporu sizin teslim etmeniz gerekmiyor ya da rapor zaten teslim edildi.
report-question = Soru { $number }/{ $count } (yanıt dili: { $language }): { $question }
report-answer-invalid = Lütfen 2 ile { $max } karakter arasında bir yanıt yazın.
report-preview = İşte “{ $title }” raporunuz. Gönderilsin mi?
report-send = Gönder
report-restart = Baştan başla
report-sent = Teşekkürler! “{ $title }” teslim edildi.
reports-none-configured = Bu program rapor istemiyor.
reports-no-pairs = Henüz etkin ya da tamamlanmış eşleşme yok.
reports-title = Raporlar:
reports-delivered = { $name }: “{ $title }” – { $date } tarihinde teslim edildi
reports-due = { $name }: “{ $title }” – son tarih { $date }
reports-overdue = { $name }: “{ $title }” – { $date } tarihinden beri GECİKMİŞ
nudge-inactive = { $name } ile { $days } gündür oturum yapmadınız. Bir sonrakini planlamak için /book gönderin.
nudge-answer = { $name }, tanıştırmaya yanıt vermenizi bekliyor. Kabul etmek ya da reddetmek için /pair gönderin.
nudge-applications = { $count } mentorluk başvurusu karar bekliyor. /applications gönderin.
stuck-inactive = { $mentor } ve { $mentee } { $days } gündür oturum yapmadı.

## Bilgi tabanı

kb-anonymous = bir program katılımcısı
kb-unavailable = Bilgi tabanı şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin.
kb-ask-usage = Kullanım: /ask ve ardından sorunuz (3 ile { $max } karakter arası); örneğin /ask İlk oturuma nasıl hazırlanırım?
kb-ask-mentor = Bir mentora sor
kb-no-results = Bilgi tabanında bu soruyu yanıtlayan bir şey bulamadım. Bir mentor biliyor olabilir: sorunuzu iletmemi ister misiniz?
kb-passages-title = Bulduğum en ilgili bölümler:
kb-sources = Kaynaklar:
kb-source = [{ $number }] “{ $title }”, yazan: { $author } ({ $language }, #{ $id })
kb-llm-timeout = (Yazım asistanı çok uzun sürdü, bu yüzden bölümlerin kendisini veriyorum.)
kb-llm-failed = (Yazım asistanı kullanılamıyor, bu yüzden bölümlerin kendisini veriyorum.)
kb-helpful = Faydalı
kb-not-helpful = Faydalı değil
kb-thanks-helpful = Teşekkürler! Bu, yanıtları sıralamaya yardımcı oluyor.
kb-thanks-not-helpful = Teşekkürler. Soruyu bir mentora da iletebilirsiniz.
kb-nothing-to-route = Önce sorunuzu /ask ile sorun; ardından onu bir mentora iletebilirim.
kb-no-mentor = Şu anda bu soruya uygun onaylı bir mentor yok. Bir koordinatör yardımcı olabilir.
kb-routed-question = { $name }, bilgi tabanının yanıtlayamadığı bir soru soruyor ({ $language }): “{ $question }” Yanıtlayabilir misiniz?
kb-answer-button = Yanıtla
kb-routed = Sorunuzu { $count } mentora ilettim. İlk yanıt doğrudan size gelecek.
kb-question-gone = Bu soru artık açık değil.
kb-already-answered = Teşekkürler, ancak bu soruyu başka bir mentor zaten yanıtladı.
kb-answer-ask = Lütfen yanıtınızı yazın. Yanıt doğrudan soruyu soran kişiye gider.
kb-answer-invalid = Lütfen 10 ile { $max } karakter arasında bir yanıt yazın.
kb-mentor-answer = { $name }, “{ $question }” sorunuzu yanıtladı: { $answer }
kb-answer-sent = Teşekkürler! Yanıtınız { $name } adlı kişiye gönderildi. Bu yanıt tüm program için bir bilgi kaydı olabilir mi? Yalnızca ikiniz de kabul ederseniz eklenir.
kb-keep = Bilgi tabanına ekle
kb-private = Aramızda kalsın
kb-entry-exists = Bu zaten bilgi tabanında.
kb-kept-private = Anlaşıldı: bu ikiniz arasında kalacak.
kb-consent-waiting = Teşekkürler. Diğer kişi de kabul eder etmez eklenecek.
kb-entry-created = Yanıt artık #{ $id } numaralı bilgi kaydı. Paylaştığınız için teşekkürler!
share-ask-title = Paylaşmak istediğiniz şeyin başlığı nedir?
share-ask-body = Lütfen metni yazın: öğrendiğiniz bir şey, bir yöntem ya da sık sorulan bir soruya yanıt.
share-ask-tags = Hangi yetkinliklerle ilgili? Uygun olanların hepsini ya da “Hiçbiri” seçeneğini seçin.
share-visibility-programme = Programdaki herkes
share-visibility-pair = Yalnızca mentorluk eşleşmem
share-ask-visibility = Bunu kimler okuyabilir?
share-name-shown = Adımı göster
share-name-anonymous = “bir program katılımcısı” olarak göster
share-ask-name = Yazar olarak nasıl anılmak istersiniz?
share-keep-yes = Anonim olarak kalsın
share-keep-no = Silinsin
share-ask-consent = Bir gün programdan ayrılıp verilerinizi silerseniz bu kayıt adınız olmadan bilgi tabanında kalsın mı, yoksa silinsin mi?
share-ask-language = Hangi dilde yazıldı?
share-preview = Kaydınız şöyle. Kaydedilsin mi?
share-preview-language = Dil: { $language }
share-preview-tags = Yetkinlikler: { $tags }
share-save = Kaydet
share-change-language = Dili değiştir
share-restart = Baştan başla
share-title-invalid = Lütfen 3 ile { $max } karakter arasında bir başlık yazın.
share-body-invalid = Lütfen { $min } ile { $max } karakter arasında bir metin yazın.
share-saved = #{ $id } numaralı bilgi kaydı olarak kaydedildi. Paylaştığınız için teşekkürler! /entries ile değiştirebilirsiniz.
entries-none = Henüz hiçbir kayıt paylaşmadınız. Başlamak için /share gönderin.
entries-title = Kayıtlarınız: { $count }. Değiştirmek ya da silmek için birini seçin.
entries-edit = Düzenle: #{ $id } “{ $title }”
entries-delete = Sil: #{ $id }
entry-not-yours = Bu kayıt size ait değil ya da artık mevcut değil.
entry-ask-text = Lütfen kaydın yeni metnini gönderin.
entry-updated = #{ $id } numaralı kayıt güncellendi.
entry-deleted = #{ $id } numaralı kayıt silindi.
hide-usage = Kullanım: /hide <numara>; numara, kaynaklarda gösterilen kayıt numarasıdır (örneğin /hide 12).
entry-unknown = #{ $id } numaralı bir kayıt yok.
entry-hidden = #{ $id } numaralı kayıt gizlendi: kayıtlarda durmaya devam eder ama artık aramalarda bulunmaz.
capture-offer = Bu notu programın bilgi tabanıyla paylaşmak ister misiniz? Önce mentorluk eşinizin onayı istenecek.
capture-share = Notu paylaş
capture-nothing = Bu oturumdan paylaşılacak bir not yok.
capture-ask-other = { $name }, oturumunuzdan alınan notu programın bilgi tabanında paylaşmak istiyor: “{ $note }” Kabul ediyor musunuz?
capture-agree = Kabul ediyorum
capture-decline = Lütfen paylaşmayın
capture-asked = { $name } adlı kişiden onay istedim.
capture-declined-self = Anlaşıldı: not ikiniz arasında kalacak.
capture-declined = { $name }, notun ikiniz arasında kalmasını tercih ediyor.
capture-title = { $date } tarihli mentorluk oturumundan notlar

## Koordinatör görünümü

export-which = Hangi verileri istiyorsunuz?
export-mine = Kendi verilerim
export-programme = Programın verileri (CSV)
export-programme-ready = Programın verileri: katılımcılar, eşleşmeler, oturumlar, saatler ve raporlar.
stats-title = Programa genel bakış:
stats-people = Kişiler: { $total } (menti: { $mentees }, onaylı mentor: { $mentors }, mentorluk başvurusu: { $applicants }, koordinatör: { $coordinators })
stats-countries = Ülkelere göre: { $countries }
stats-pairs = Eşleşmeler: { $active } etkin, { $introduced } yanıt bekliyor, { $completed } tamamlandı, { $ended } sonlandırıldı
stats-sessions = Oturumlar: { $held } gerçekleşti, { $upcoming } yaklaşıyor
stats-hours = Kaydedilen saatler: { $hours } sa; ikili oturumlarda: { $bilateral } sa (menti başına bütçe: { $budget } sa)
stats-reports = Raporlar: { $delivered } teslim edildi, { $overdue } gecikmiş
stats-checkins = Durum yoklamaları: { $count } değerlendirmede 5 üzerinden ortalama { $average }; düşük puan: { $low }
stats-attention = İlgilenilmesi gerekenler:
stats-attention-none = Şu anda ilgilenilmesi gereken kimse yok.
stats-attention-inactive = { $mentor } ve { $mentee }: { $days } gündür oturum yok
stats-attention-unanswered = { $mentor } ve { $mentee }: bir tanıştırma ya da talep yanıt bekliyor
stats-attention-overdue = { $name }: “{ $title }” gecikti
stats-attention-applications = { $count } mentorluk başvurusu bekliyor
chart-hours-title = Bütçeye göre menti başına saatler
chart-hours-series = Kaydedilen saatler
chart-hours-axis = Saat
chart-budget = Bütçe ({ $budget } sa)
chart-sessions-title = Haftalık gerçekleşen oturumlar
chart-sessions-series = Oturumlar
chart-sessions-axis = Oturum
chart-countries-title = Ülkelere göre katılımcılar
chart-countries-series = Katılımcılar
chart-countries-axis = Kişi
announce-usage = Kullanım: /announce [mentors|mentees|coordinators] <metin>; örneğin /announce mentees Ortak toplantı cuma günü saat 10:00'da (CET).
announce-from = { $name } tarafından gönderilen duyuru:
announce-sent = Duyuru { $count } kişiye gönderiliyor.

## Odalarda grup oturumları

group-room-only = Bu, bir çemberin ya da grubun sohbet odasında çalışır. Lütfen oraya yazın.
group-members-only = Grup oturumlarına yalnızca programın üyeleri katılabilir. Katılmak için bana özel sohbetten /start yazın.
group-help =
    Bu odadaki grup oturumları:
    /group schedule <zaman> <konu> – oturum planlama, örneğin: /group schedule yarın 15:00 Yurt dışından işe alım
    /group attend, /group absent – katılıp katılmayacağınızı bildirme
    /group start – başlatma: gündem ve yoklama
    /here – yoklamaya yanıt verme
    /round [dakika] – sıradaki konuşmacı bir zorluğunu anlatır, diğerleri sırayla tavsiye verir; /next sözü devreder
    /note <metin> – not ekleme; /action <kişi> <metin> – eylem maddesi ekleme
    /group end – özetle kapatma; /group cancel – sonraki oturumu iptal etme
    /group link <çember> – bu odayı çemberin odası yapma
    /group room <çember> – çember için bir oda oluşturur, üyelerini davet ederim (Matrix'te)
group-status-circle = Burası { $circle } çemberinin odası.
group-status-cohort = Bu oda hiçbir çembere ait değil: buradaki oturumlar tüm katılımcıların ortak toplantılarıdır.
group-status-none = Burada planlanmış bir grup oturumu yok.
group-status-next = Sonraki oturum: “{ $topic }”, { $when }. Katılacaklar: { $attend }. Katılamayacaklar: { $absent }.
group-status-running = Devam ediyor: “{ $topic }” ({ $when } için planlanmıştı). Katılacağını söyleyenler: { $attend }. Katılamayacaklar: { $absent }.
group-no-circle = Bu oda bir çembere bağlı değil; bu yüzden burada tüm katılımcılar için ortak bir toplantıyı yalnızca bir koordinatör planlayabilir. Bir çemberin üyesi odayı /group link <çember> ile bağlayabilir; örneğin /group link circle-1.
group-schedule-denied = Burada grup oturumunu yalnızca bir koordinatör ya da bu çemberin üyesi olan bir mentor planlayabilir.
group-schedule-usage = Kullanım: /group schedule <zaman> <konu>; zamanı kendi saat diliminize göre yazın, örneğin: /group schedule yarın 15:00 Yurt dışından işe alım
group-topic-invalid = Lütfen 2 ile { $max } karakter arasında bir konu yazın.
group-schedule-clash = Bu odada o saatte zaten bir oturum var: “{ $topic }”, { $when }. Lütfen başka bir zaman seçin.
group-scheduled = { $name } bir grup oturumu planladı: “{ $topic }”, { $when }, { $minutes } dakika. Oturumdan önce herkese hatırlatacağım. Katılacak mısınız? Düğmelerle ya da /group attend veya /group absent ile yanıt verin.
group-invitation = { $name } bir grup oturumu planladı ({ $room }): “{ $topic }”, { $when } ({ $timezone }), { $minutes } dakika. Katılacak mısınız?
group-whole-cohort = tüm katılımcılar
group-attend = Katılacağım
group-absent = Katılamayacağım
group-will-attend = Not edildi: { $name }, “{ $topic }” oturumuna katılacak.
group-will-not-attend = Not edildi: { $name }, “{ $topic }” oturumuna katılamayacak.
group-nothing-scheduled = Bu odada planlanmış bir grup oturumu yok. /group schedule <zaman> <konu> ile bir oturum planlayın.
group-session-unknown = Bu grup oturumunu bulamıyorum.
group-session-over = “{ $topic }” grup oturumu sona erdi ya da iptal edildi.
group-reminder-room = Hatırlatma: “{ $topic }” grup oturumu { $when }. Katılacak mısınız? Düğmelerle ya da /group attend veya /group absent ile yanıt verin.
group-reminder = Hatırlatma: grup oturumu ({ $room }) “{ $topic }” – { $when } ({ $timezone }).
group-cancelled = { $name }, “{ $topic }” grup oturumunu ({ $when }) iptal etti.
group-cancelled-member = { $name }, “{ $topic }” grup oturumunu ({ $when }, { $timezone }) iptal etti.
group-cancel-running = Devam eden bir oturum iptal edilmez, /group end ile kapatılır.
group-run-denied = Bunu yalnızca moderatör, bir koordinatör ya da bu çemberin bir mentoru yapabilir.
group-already-running = Burada zaten devam eden bir grup oturumu var. Önce /group end ile kapatın.
group-start-too-early = Sonraki oturum, “{ $topic }”, { $when } için planlandı. En erken { $minutes } dakika önceden başlatılabilir.
group-agenda =
    “{ $topic }” grup oturumu başlıyor. Moderatör: { $name }.
    Gündem:
    1. Yoklama: /here ile ya da düğmeyle yanıt verin.
    2. Turlar: /round bir konuşmacı seçer, o da bir zorluğunu anlatır; diğerleri sırayla tavsiye verir, /next sözü devreder. Her tur { $minutes } dakikadır.
    3. Oturum boyunca: notlar için /note <metin>, eylem maddeleri için /action <kişi> <metin>.
    4. /group end oturumu bir özetle kapatır.
    Beklenenler: { $expected }. Mazeretliler: { $excused }.
group-here-button = Buradayım
group-not-running = Bu odada devam eden bir grup oturumu yok. Planlanmış bir oturum /group start ile başlar.
group-present = Hoş geldiniz, { $name }! Burada { $count } kişi var.
group-already-present = Zaten listedesiniz, { $name }.
group-not-present = Lütfen önce /here ile yoklamaya yanıt verin.
group-note-usage = Kullanım: /note <metin>; 2 ile { $max } karakter arası.
group-noted = Not edildi (şimdiye kadar { $count } not).
group-action-usage = Kullanım: /action <kişi> <metin>; örneğin: /action Ayşe fiyat listesini gönderecek (en fazla { $max } karakter).
group-action-unknown = Bu oturumda “{ $name }” adlı birini tanımıyorum. Lütfen davet edilen ya da burada bulunan birinin adını kullanın: { $members }.
group-action-ambiguous = “{ $name }” burada birden fazla kişiyle eşleşiyor. Lütfen tam adı yazın: { $members }.
group-action-noted = Eylem maddesi ({ $name }): { $text }
group-action-reminder = “{ $topic }” grup oturumundan ({ $date }) hatırlatma. Eylem maddeniz: { $text }
group-round-usage = Kullanım: /round ya da 2 ile 120 dakika arası bir süre sınırı için /round <dakika>.
group-round-too-few = Bir tur için en az iki kişinin burada olması gerekir. /here ile yoklamaya yanıt verin.
group-round-all-presented = Buradaki herkes sunumunu yaptı. Oturumu /group end ile kapatın.
group-round-start = Tur { $number } ({ $minutes } dakika): { $name } bir zorluğunu anlatıyor. Ardından tavsiyeler şu sırayla: { $advisers }. /next sözü devreder.
group-next-adviser = { $name }, tavsiyenizi alalım lütfen (tur { $number }, { $left ->
    [0] süre doldu
   *[other] { $left } dakika kaldı
}).
group-round-done = Tur { $number } tamamlandı. Teşekkürler, { $name }! Sıradaki konuşmacı için /round, kapatmak için /group end.
group-no-round = Devam eden bir tur yok. /round ile bir tur başlatın.
group-next-denied = Sözü yalnızca konuşan kişi, moderatör ya da bir koordinatör devredebilir.
group-round-warning = Tur { $number } için { $left } dakika kaldı.
group-round-over = Tur { $number } için süre doldu. { $name }, lütfen toparlayın; ardından /next ya da /round.
group-summary-title = “{ $topic }” grup oturumunun özeti, { $date } ({ $minutes } dakika)
group-summary-present = Katılanlar ({ $count }): { $names }
group-summary-excused = Mazeretliler: { $names }
group-summary-notes = Notlar:
group-summary-no-notes = Not alınmadı.
group-summary-actions = Eylem maddeleri:
group-summary-action = { $name }: { $text }
group-summary-written = Kısaca:
group-hours-logged = Katılan { $count } kişinin her biri için “{ $kind }” olarak { $hours } sa kaydedildi.
group-consent-asked = Notlar, isimler olmadan programın bilgi tabanına eklenebilir mi? Her birinize özel sohbetten sordum. Notlar yalnızca katılan herkes { $hours } saat içinde kabul ederse kaydedilir.
group-consent-question = “{ $topic }” oturumuna katıldığınız için teşekkürler: sizin için { $hours } sa kaydedildi. Oturumun notları, kimsenin adı geçmeden programın bilgi tabanına kaydedilebilir mi? Notlar yalnızca katılan herkes { $until } ({ $timezone }) tarihine kadar kabul ederse kaydedilir.
group-consent-yes = Evet, kaydedilsin
group-consent-no = Hayır
group-consent-closed = “{ $topic }” notlarıyla ilgili soru kapandı.
group-consent-not-yours = Bu notlar hakkında yalnızca oturumda bulunan kişilere soruluyor.
group-consent-refused-self = Not edildi: notlar kaydedilmeyecek.
group-consent-refused = Herkes kabul etmedi; bu yüzden “{ $topic }” notları bilgi tabanına kaydedilmedi.
group-consent-thanks = Teşekkürler! Şimdiye kadar { $count } kişiden { $agreed } kişi kabul etti.
group-consent-thanks-saved = Teşekkürler! Herkes kabul etti: notlar { $id } numaralı kayıt olarak kaydedildi.
group-consent-saved = Herkes kabul etti: “{ $topic }” notları bilgi tabanına { $id } numaralı kayıt olarak kaydedildi.
group-consent-lapsed = Herkes zamanında yanıt vermedi; bu yüzden “{ $topic }” notları bilgi tabanına kaydedilmedi.
group-entry-title = Grup oturumu: { $topic } ({ $date })
group-entry-actions = Üzerinde anlaşılan sonraki adımlar:
group-link-usage = Kullanım: /group link <çember>; örneğin: /group link circle-1
group-link-unknown = “{ $circle }” adında bir çember yok. Çemberler: { $circles }.
group-link-denied = Bu odayı { $circle } çemberine yalnızca bir koordinatör ya da o çemberin bir üyesi bağlayabilir.
group-linked = Bu oda artık { $circle } çemberinin odası (üyeler: { $members }).
group-room-usage = Kullanım: /group room <çember>; örneğin: /group room circle-1. Çember için bir oda oluşturur, üyelerini davet eder ve odayı çembere bağlarım.
group-room-creating = { $circle } için { $members } ile bir oda oluşturuyorum. Oda sohbet listenizde görünecek (platform isterse daveti kabul edin).
group-room-missing = { $platform } hesabı bağlı olmadığı için davet edilmeyenler: { $names }.
group-room-unsupported = { $platform } üzerinde kendim oda oluşturamıyorum. { $circle } üyeleriyle bir grup oluşturun, beni de ekleyin ve oraya /group link { $circle } gönderin.

## Komut menüleri (Telegram komut listesi, Discord eğik çizgi komutları): kısa, en fazla 100 karakter

cmd-start = Programa katılma
cmd-start-code = Varsa davet veya bağlantı kodunuz
cmd-help = Neler yapabilirim
cmd-profile = Profilinizi gösterme veya değiştirme
cmd-profile-action = Profilinizin bir kısmını değiştirmek için “edit”
cmd-language = Sizinle konuştuğum dili değiştirme
cmd-link = Profilinize başka bir sohbet hesabı bağlama
cmd-link-code = Diğer hesabınızdan aldığınız kod
cmd-notify-on = Bildirimleri alacak sohbet hesabını seçme
cmd-notify-on-platform = telegram, matrix, discord veya console
cmd-privacy = Neleri ve neden sakladığım
cmd-export = Tüm verilerinizi dosya olarak alma
cmd-forget = Tüm verilerinizi silme
cmd-cancel = Yaptığımız işlemi durdurma
cmd-applications = Karar bekleyen mentorluk başvuruları
cmd-invite = Davet kodu oluşturma
cmd-invite-role = Kodun kimin için olduğu: mentor veya mentee
cmd-invite-uses = Kaç kişinin kullanabileceği (1–500)
cmd-invite-days = Kaç gün geçerli kalacağı (1–365)
cmd-grant = Birini koordinatör yapma
cmd-grant-role = Verilecek rol
cmd-grant-person = Kişinin adı ya da sohbet kullanıcı adı
cmd-pair = Mentorluk eşleşmeleriniz
cmd-mentors = Size uygun mentorlar
cmd-avoid = Belirli biriyle asla eşleştirilmeme
cmd-avoid-person = Kişinin adı ya da sohbet kullanıcı adı
cmd-match = Mentoru olmayan herkes için en iyi eşleşmeleri önerme
cmd-pairs = Programdaki tüm eşleşmeler
cmd-circles = Akran mentorluğu çemberleri oluşturma veya listeleme
cmd-circles-action = Henüz bir çemberde olmayan herkesle çember oluşturmak için “form”
cmd-circles-size = Çember başına kişi sayısı (2–12, varsayılan 5)
cmd-book = Mentorunuz ya da mentinizle oturum ayarlama
cmd-sessions = Oturumlarınız
cmd-reschedule = Bir oturumu başka bir zamana taşıma
cmd-cancel-session = Bir oturumu iptal etme
cmd-log = Saat kaydetme
cmd-hours = Bütçeye göre saatleriniz
cmd-report = Rapor teslim etme
cmd-reports = Kimin hangi raporu teslim ettiği
cmd-ask = Programın bilgi tabanına soru sorma
cmd-ask-question = Sorunuz
cmd-share = Bilgi ve deneyimi programla paylaşma
cmd-entries = Bilgi kayıtlarınız
cmd-hide = Bir bilgi kaydını gizleme
cmd-hide-entry = Kaydın numarası
cmd-stats = Grafiklerle programa genel bakış
cmd-announce = Tüm katılımcılara ya da tek bir role mesaj
cmd-announce-audience = Kimin alacağı (varsayılan: herkes)
cmd-announce-text = Mesaj
cmd-group = Bu odadaki grup oturumları: planlama, başlatma, kapatma, katılım
cmd-group-action = schedule, start, end, attend, absent, cancel, link veya room
cmd-group-details = schedule için: zaman ve konu; link ve room için: çember
cmd-here = Grup oturumunun yoklamasına yanıt verme
cmd-round = Grup oturumunda sıradaki konuşmacı
cmd-round-minutes = Turun dakika cinsinden süresi (2–120)
cmd-next = Sözü sıradaki konuşmacıya devretme
cmd-note = Grup oturumuna not ekleme
cmd-note-text = Not
cmd-action = Biri için eylem maddesi ekleme
cmd-action-person = Kimin yapacağı: kişinin adı
cmd-action-text = Ne yapacağı
